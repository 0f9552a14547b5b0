"""Read a config file: YAML (safe, no aliases), every key checked against its declaration, every
problem reported together with its key and line, then the values worked out from the keys
(source files, the publication window)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import re
from pathlib import Path
from typing import Any

import yaml

from reportgen.config.model import Config
from reportgen.config.options import _BAD, Context, Problems, Reader
from reportgen.config.options import _Loader as _Loader
from reportgen.errors import UserError

SOURCE_SUFFIXES = (".txt", ".md", ".yaml", ".yml")


class ConfigError(UserError):
    """One or more problems in a config file; each line names the key and its line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s) in the config:\n{lines}")


def load_config(path: Path, check_files: bool = True, overrides: dict[str, str] | None = None) -> Config:
    """Read and validate a config; raises ConfigError listing every problem found. `overrides` set
    keys for this run only (`reportgen build --week 2026-W04 --date 2026-01-26`); a week given
    this way replaces the config's `date_range`."""
    cfg, problems = read_config(path, check_files, overrides)
    if problems:
        raise ConfigError(path, problems)
    assert cfg is not None
    return cfg


def read_config(path: Path, check_files: bool = True, overrides: dict[str, str] | None = None
                ) -> tuple[Config | None, list[str]]:
    """The config as far as it could be read, and every problem found (for `check`, which goes on to
    look at what only the sources can tell)."""
    root, raw = _compose(path)
    for key, value in (overrides or {}).items():
        _override(root, raw, key, value)
    reader = Reader(Context(path))
    cfg = reader.record(root, Config, "", None)
    problems = reader.problems
    if cfg is _BAD:  # not a mapping at all
        return None, problems.items
    files = _source_files(cfg, path, root, problems) if check_files else []
    if check_files:
        for g in cfg.glossary:
            if not g.is_file():
                problems.add("glossary", _node_of(root, "glossary"), f"{g} not found")
    if cfg.title is not None and not cfg.title:
        problems.add("title", _node_of(root, "title"), "needs zh or en text")
    window, window_label = _window(cfg, root, problems)
    if cfg.issue == "auto" and window is None:
        problems.add("issue", _node_of(root, "issue"), "`auto` numbers issues by `week` or `date_range`: give one")
    if cfg.numbered_copies and not cfg.distribution:
        problems.add("numbered_copies", _node_of(root, "numbered_copies"), "needs recipients in `distribution`")
    if cfg.numbered_copies and "pdf" not in cfg.outputs:
        problems.add("numbered_copies", _node_of(root, "numbered_copies"), "numbered copies are PDFs: add pdf to "
                     "`outputs`")
    _check_additions(cfg, root, problems)
    _check_theme(cfg, path, root, problems)
    _check_sections(cfg, root, problems)
    if cfg.logo is not None and check_files:
        _check_logo(cfg.logo, root, problems)
    cfg = dataclasses.replace(
        cfg, path=path, source_files=files, window=window, window_label=window_label, raw=raw,
        bulletin=cfg.bulletin or cfg.title, series=cfg.series or path.stem,
        copies=cfg.copies or len(cfg.distribution))
    return cfg, problems.items


def _check_additions(cfg: Config, root: yaml.Node, problems: Problems) -> None:
    """Own figures must be numbers reportgen can read (they are printed and numbered like the others)."""
    from reportgen.review.edits import normalize

    nodes = _node_of(root, "additions")
    for i, add in enumerate(cfg.additions):
        node = nodes.value[i] if isinstance(nodes, yaml.SequenceNode) and i < len(nodes.value) else nodes
        for j, own in enumerate(add.figures):
            try:
                normalize(own.value, own.unit)
            except ValueError as exc:
                problems.add(f"additions[{i + 1}].figures[{j + 1}]", _node_of(node, "figures"), str(exc))


def _check_theme(cfg: Config, path: Path, root: yaml.Node, problems: Problems) -> None:
    from reportgen.render.themes import BUILTIN_THEMES, builtin_names

    if not cfg.theme:
        return
    if "/" not in cfg.theme and (BUILTIN_THEMES / cfg.theme / "briefing.html").is_file():
        return
    folder = path.resolve().parent / cfg.theme
    if not folder.is_dir():
        problems.add("theme", _node_of(root, "theme"), f"{cfg.theme!r} is neither a built-in theme "
                     f"({', '.join(builtin_names())}) nor a folder beside the config (looked for {folder})")


def _check_sections(cfg: Config, root: yaml.Node, problems: Problems) -> None:
    from reportgen.vocab import TOPICS

    nodes = _node_of(root, "sections")
    for i, sec in enumerate(cfg.sections or []):
        node = nodes.value[i] if isinstance(nodes, yaml.SequenceNode) and i < len(nodes.value) else nodes
        unknown = [t for t in sec.topics or [] if t not in TOPICS]
        if unknown:
            problems.add(f"sections[{i + 1}].topics", _node_of(node, "topics"),
                         f"unknown topic {', '.join(map(repr, unknown))} (topics: {', '.join(TOPICS)})")


_LOGO_TYPES = (".png", ".jpg", ".jpeg", ".svg")


def _check_logo(logo: Path, root: yaml.Node, problems: Problems) -> None:
    if logo.suffix.lower() not in _LOGO_TYPES:
        problems.add("logo", _node_of(root, "logo"), f"{logo.name}: a logo is a PNG, JPEG or SVG image")
    elif not logo.is_file():
        problems.add("logo", _node_of(root, "logo"), f"{logo} not found")
    elif logo.stat().st_size > 5 * 1024 * 1024:
        problems.add("logo", _node_of(root, "logo"), f"{logo} is larger than 5 MiB")


def _compose(path: Path) -> tuple[yaml.Node, dict[str, Any]]:
    """The YAML node tree (for line numbers) and the plain data of a config file."""
    if not path.exists():
        raise UserError(f"{path}: config file not found (give the path to a .yaml config, e.g. config/2025.yaml)")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot be read as UTF-8 text: {exc}") from None
    if len(text) > 1_000_000:
        raise UserError(f"{path}: config is too large ({len(text)} characters)")
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConfigError(path, [f"{where}invalid YAML: {getattr(exc, 'problem', None) or exc}"]) from None
    if root is None:
        raise ConfigError(path, ["the file is empty; see config/2025.yaml for an example"])
    _refuse_aliases(root, path)
    raw = yaml.load(text, Loader=_Loader)
    return root, raw if isinstance(raw, dict) else {}


def _source_files(cfg: Config, path: Path, root: yaml.Node, problems: Problems) -> list[Path]:
    """The files the `sources` globs match (relative to the config's folder), in order, each once,
    without those `exclude` (or a `sources` entry starting with `!`) names."""
    base = path.resolve().parent
    files: list[Path] = []
    excluded: set[Path] = set()
    negated = [p[1:] for p in cfg.sources if p.startswith("!")]
    for pattern in [*negated, *cfg.exclude]:
        excluded.update(Path(h).resolve() for h in glob.glob(str(base / pattern), recursive=True))
    for pattern in (p for p in cfg.sources if not p.startswith("!")):
        hits = sorted(glob.glob(str(base / pattern), recursive=True))
        hits = [h for h in hits if Path(h).suffix.lower() in SOURCE_SUFFIXES]
        if not hits:
            problems.add("sources", _node_of(root, "sources"),
                         f"{pattern!r} matches no .txt, .md or .yaml file (relative to {base})")
        files.extend(Path(h) for h in hits if Path(h).resolve() not in excluded)
    if cfg.sources and not files and not problems.items:
        problems.add("sources", _node_of(root, "sources"), "every file the sources match is excluded")
    return _unique(files)


def _window(cfg: Config, root: yaml.Node, problems: Problems) -> tuple[tuple[dt.date, dt.date] | None, str]:
    """The publication window from `week` or `date_range`, and its label (the week, or from..to)."""
    if cfg.week and cfg.date_range:
        problems.add("week", _node_of(root, "week"), "give either `week` or `date_range`, not both")
        return None, ""
    if cfg.week:
        m = re.fullmatch(r"(\d{4})-?W(\d{2})", cfg.week.strip())
        try:
            if not m:
                raise ValueError
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            problems.add("week", _node_of(root, "week"), f"expected an ISO week like 2026-W03, got {cfg.week!r}")
            return None, ""
        return (start, start + dt.timedelta(days=6)), f"{m[1]}-W{m[2]}"
    if cfg.date_range:
        lo, hi = cfg.date_range.start, cfg.date_range.end
        return (lo, hi), f"{lo.isoformat()}..{hi.isoformat()}"
    return None, ""


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for p in paths:
        r = p.resolve()
        if r not in seen:
            seen.add(r)
            out.append(p)
    return out


def _override(root: yaml.Node, raw: dict[str, Any], key: str, value: str) -> None:
    """Set a top-level key of the composed config (as if the file said `key: value`)."""
    if not isinstance(root, yaml.MappingNode):
        return
    drop = {key} | ({"date_range"} if key == "week" else {"week"} if key == "date_range" else set())
    root.value = [(k, v) for k, v in root.value if getattr(k, "value", None) not in drop]
    mark = root.start_mark
    root.value.append((yaml.ScalarNode("tag:yaml.org,2002:str", key, mark, mark),
                       yaml.ScalarNode("tag:yaml.org,2002:str", value, mark, mark)))
    for k in drop:
        raw.pop(k, None)
    raw[key] = value


def _node_of(root: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if getattr(k, "value", None) == key:
                return v
    return root


def _refuse_aliases(root: yaml.Node, path: Path) -> None:
    """A config has no use for anchors and aliases; refusing them stops alias bombs early."""
    stack, count = [root], 0
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        count += 1
        if id(node) in seen:
            raise ConfigError(path, [f"line {node.start_mark.line + 1}: YAML aliases (*name) are not "
                                     f"allowed in a config; write the value out"])
        seen.add(id(node))
        if count > 100_000:
            raise ConfigError(path, ["the config has too many entries (over 100,000)"])
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))
