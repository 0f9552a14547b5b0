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
from reportgen.errors import UserError
from reportgen.files import MiB, kind_of, read_limited
from reportgen.yamlio import load_text

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SOURCE_SUFFIXES = (".txt", ".md", ".yaml", ".yml")
MAX_CONFIG_BYTES = MiB


class ConfigError(UserError):
    """One or more problems in a config file; each line names the key and its line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s) in the config:\n{lines}")


def load_config(path: Path, check_files: bool = True) -> Config:
    """Read and validate a config; raises ConfigError listing every problem found."""
    root, raw = _compose(path)
    reader = Reader(Context(path))
    cfg = reader.record(root, Config, "", None)
    problems = reader.problems
    if cfg is _BAD:  # not a mapping at all
        raise ConfigError(path, problems.items)
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
    if problems.items:
        raise ConfigError(path, problems.items)
    return dataclasses.replace(
        cfg, path=path, source_files=files, refused_sources=refused, skipped_sources=skipped, project=project,
        window=window, window_label=window_label, raw=raw,
        bulletin=cfg.bulletin or cfg.title, series=cfg.series or path.stem,
        copies=cfg.copies or len(cfg.distribution))


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
    try:
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
    """The files the `sources` globs match (relative to the config's folder), in order, each once;
    the ones refused (not a regular file, outside the project), each with its reason; and the ones
    inside the output folder, which are the build's own and are not read."""
    base = path.resolve().parent
    out_dir = (Path(cfg.output_dir) if cfg.output_dir else Path("out") / path.stem).resolve()
    files: list[Path] = []
    refused: list[str] = []
    skipped: list[Path] = []
    for pattern in cfg.sources:
        hits = sorted(glob.glob(str(base / pattern), recursive=True))
        hits = [h for h in hits if Path(h).suffix.lower() in SOURCE_SUFFIXES]
        if not hits:
            problems.add("sources", _node_of(root, "sources"),
                         f"{pattern!r} matches no .txt, .md or .yaml file (relative to {base})")
        for h in hits:
            p = Path(h)
            real = p.resolve()
            if real == path.resolve():
                continue  # the config itself is no source
            if real.is_relative_to(out_dir):
                skipped.append(p)
            elif (reason := _refusal(p, real, project, cfg.outside_sources)) is not None:
                refused.append(f"{p}: {reason}")
            else:
                files.append(p)
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


def _node_of(root: yaml.Node, key: str) -> yaml.Node | None:
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
