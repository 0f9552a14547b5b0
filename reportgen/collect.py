"""Gather the summaries a briefing is built from: parse article files (cached by content
hash) and load YAML summaries; a summary marked `reviewed: true` is used as edited."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportgen import __version__
from reportgen.errors import InputError, UserError
from reportgen.yamlio import dump, load_file, write_atomic


@lru_cache(maxsize=1)
def cache_key() -> str:
    """Parsed summaries are cached under the article's hash and this key: the reportgen version and
    a digest of the package's code and data, so any change to the parser invalidates the cache."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"reportgen-{__version__}-schema1".encode())
    for f in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml") and "__pycache__" not in p.parts):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


@dataclass
class Collected:
    """The summaries to build from, and what happened to each source."""

    summaries: list[dict[str, Any]] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)  # the source file of each summary
    parsed: int = 0
    cached: int = 0
    errors: list[str] = field(default_factory=list)


def display_path(path: Path) -> str:
    """The path as a reader would type it: relative to the current folder when inside it."""
    try:
        return os.path.relpath(path.resolve())
    except ValueError:
        return str(path)


def _cache_path(cache_dir: Path, data: bytes) -> Path:
    digest = hashlib.sha256(cache_key().encode() + b"\0" + data).hexdigest()
    return cache_dir / f"{digest[:32]}.yaml"


def _valid_summary(data: Any) -> bool:
    return isinstance(data, dict) and data.get("schema") == 1 and isinstance(data.get("articles"), list)


def collect(files: list[Path], cache_dir: Path, progress=None) -> Collected:
    """Summaries for every source file; bad files are reported, the rest still used."""
    out = Collected()
    for path in files:
        try:
            if path.suffix.lower() in (".yaml", ".yml"):
                data = load_file(path)
                if not _valid_summary(data):
                    raise UserError(f"{path}: is not a reportgen summary (schema: 1 with articles:)")
                out.summaries.append(data)
            else:
                out.summaries.append(_parsed(path, cache_dir, out))
            out.paths.append(path)
        except UserError as exc:
            out.errors.append(str(exc))
        if progress:
            progress()
    return out


def _parsed(path: Path, cache_dir: Path, out: Collected) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    cached = _cache_path(cache_dir, raw)
    if cached.exists():
        try:
            data = load_file(cached)
            if _valid_summary(data):
                out.cached += 1
                data["source"]["path"] = display_path(path)
                return data
        except UserError:
            pass
    from reportgen.pipeline import parse_file

    data = parse_file(path, display_path(path))
    out.parsed += 1
    write_atomic(cached, dump(data))
    return data
