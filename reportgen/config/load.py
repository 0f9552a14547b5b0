"""Read a config file: YAML (safe, no aliases), every key checked against its declaration, every
problem reported together with its key and line, then the values worked out from the keys
(source files, the publication window)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from reportgen.config.model import Config
from reportgen.config.options import _BAD, Context, Problems, Reader
from reportgen.config.options import _Loader as _Loader
from reportgen.errors import UserError
from reportgen.files import MiB, kind_of, read_limited
from reportgen.yamlio import load_text

SOURCE_SUFFIXES = (".txt", ".md", ".yaml", ".yml")
MAX_CONFIG_BYTES = MiB


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
    project = project_root(path.resolve().parent)
    files, refused, skipped = _source_files(cfg, path, root, problems, project) if check_files else ([], [], [])
    if check_files and cfg.signing_key is not None and not cfg.signing_key.is_file():
        problems.add("signing_key", _node_of(root, "signing_key"), f"{cfg.signing_key} not found (make one with "
                     f"`reportgen keygen`)")
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
    _check_theme(cfg, path, project, root, problems)
    _check_sections(cfg, root, problems)
    if cfg.logo is not None and check_files:
        _check_logo(cfg.logo, root, problems)
    cfg = dataclasses.replace(
        cfg, path=path, source_files=files, refused_sources=refused, skipped_sources=skipped, project=project,
        window=window, window_label=window_label, raw=raw,
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


def _check_theme(cfg: Config, path: Path, project: Path, root: yaml.Node, problems: Problems) -> None:
    """The theme as a build would find it: built-in, or a folder inside the project (its
    `theme.yaml` `extends:` a built-in theme)."""
    from reportgen.render.themes import theme_dirs

    if not cfg.theme:
        return
    try:
        theme_dirs(cfg.theme, path.resolve().parent, project)
    except UserError as exc:
        problems.add("theme", _node_of(root, "theme"), str(exc).removeprefix("theme: "))


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
        text = read_limited(path, MAX_CONFIG_BYTES, "config").decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: cannot be read as UTF-8 text: {exc}") from None
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConfigError(path, [f"{where}invalid YAML: {getattr(exc, 'problem', None) or exc}"]) from None
    if root is None:
        raise ConfigError(path, ["the file is empty; see config/2025.yaml for an example"])
    _refuse_aliases(root, path)
    try:  # a date YAML cannot make (2026-02-30) stays text: the Reader reports it with its key
        raw = yaml.load(text, Loader=_Loader)
    except (yaml.YAMLError, ValueError, TypeError, AttributeError, OverflowError):
        raw = None
    try:
        if raw is None:
            raw = load_text(text, path)
    except UserError as exc:  # a tag or a value YAML cannot make (`!!python/object`, 2026-13-45)
        raise ConfigError(path, [str(exc).removeprefix(f"{path}:").strip()]) from None
    return root, raw if isinstance(raw, dict) else {}


def project_root(config_dir: Path) -> Path:
    """The project a config belongs to: the repository holding it (the nearest folder with `.git`),
    else the folder above the config's folder (config/2025.yaml → the folder holding config/)."""
    for d in (config_dir, *config_dir.parents):
        if (d / ".git").exists():
            return d
    return config_dir.parent


def _source_files(cfg: Config, path: Path, root: yaml.Node, problems: Problems,
                  project: Path) -> tuple[list[Path], list[str], list[Path]]:
    """The files the `sources` globs match (relative to the config's folder), in order, each once,
    without those `exclude` (or a `sources` entry starting with `!`) names; the ones refused (not a
    regular file, outside the project), each with its reason; and the ones inside the output
    folder, which are the build's own and are not read."""
    base = path.resolve().parent
    outputs_base = base.parent if base.name == "config" else base  # as Config.out_dir
    out_dir = (outputs_base / (cfg.output_dir or f"out/{path.stem}")).resolve()
    files: list[Path] = []
    excluded: set[Path] = set()
    negated = [p[1:] for p in cfg.sources if p.startswith("!")]
    for pattern in [*negated, *cfg.exclude]:
        excluded.update(Path(h).resolve() for h in glob.glob(str(base / pattern), recursive=True))
    refused: list[str] = []
    skipped: list[Path] = []
    for pattern in (p for p in cfg.sources if not p.startswith("!")):
        hits = sorted(glob.glob(str(base / pattern), recursive=True))
        hits = [h for h in hits if Path(h).suffix.lower() in SOURCE_SUFFIXES]
        if not hits:
            problems.add("sources", _node_of(root, "sources"),
                         f"{pattern!r} matches no .txt, .md or .yaml file (relative to {base})")
        for h in hits:
            p = Path(h)
            real = p.resolve()
            if real in excluded:
                continue
            if real == path.resolve():
                continue  # the config itself is no source
            if real.is_relative_to(out_dir):
                skipped.append(p)
            elif (reason := _refusal(p, real, project, cfg.outside_sources)) is not None:
                refused.append(f"{p}: {reason}")
            else:
                files.append(p)
    if cfg.sources and not files and not refused and not problems.items:
        problems.add("sources", _node_of(root, "sources"), "every file the sources match is excluded")
    return _unique(files), list(dict.fromkeys(refused)), _unique(skipped)


def _refusal(p: Path, real: Path, project: Path, outside: bool) -> str | None:
    """Why a matched file may not be a source, or None."""
    try:
        mode = p.stat().st_mode
    except OSError:
        return "is a link to nothing" if p.is_symlink() else "cannot be read"
    if not stat.S_ISREG(mode):
        return f"is {kind_of(mode)}, not a regular file (only regular files can be sources)"
    if not outside and not real.is_relative_to(project):
        via = f" (a link to {real})" if p.is_symlink() or real != p.absolute() else ""
        return (f"is outside the project {project}{via} (move it into the project, or set `outside_sources: true` "
                f"in the config to allow it)")
    return None


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
