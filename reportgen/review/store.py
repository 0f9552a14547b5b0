"""Where corrections live: reviewed summaries beside the config, in the folder it names
(`review_dir`, default `reviewed/`), never under `out/`.

A reviewed summary is the whole summary of one article with a person's corrections, choices and
review marks; it names its article (`article:`, the path relative to the config's folder) and keeps
the article's SHA-256 (`source.sha256`). When a build meets that article among its sources, the
reviewed summary replaces the parse (no duplicate items, nothing to list in `sources`); when the
article's bytes have changed since, the build says so and counts its figures as not reviewed.
The briefing-wide choices (the hero figure) are `briefing.yaml` in the same folder. Every file is
written atomically; its SHA-256 is its version, so that two editors cannot silently overwrite
each other.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportgen.errors import UserError
from reportgen.yamlio import dump, load_file, write_atomic

BRIEFING = "briefing.yaml"
_SAFE = re.compile(r"[^\w.\-]+")


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass
class Replacement:
    """An article and the reviewed summary that replaces its parse."""

    article: Path
    reviewed: Path
    stale: bool  # the article changed since it was reviewed


@dataclass
class ReviewStore:
    """The review folder of one config."""

    folder: Path
    config_dir: Path
    _index: dict[str, Path] | None = field(default=None, repr=False)

    def key(self, article: Path) -> str:
        """An article's name in the store: its path relative to the config's folder."""
        try:
            return Path(os.path.relpath(article.resolve(), self.config_dir.resolve())).as_posix()
        except ValueError:
            return article.resolve().as_posix()

    def index(self) -> dict[str, Path]:
        """Reviewed summaries by the article they replace."""
        if self._index is None:
            self._index = {}
            for f in sorted(self.folder.glob("*.yaml")) if self.folder.is_dir() else []:
                if f.name == BRIEFING:
                    continue
                try:
                    data = load_file(f)
                except UserError:
                    continue  # reported when the build loads it as a source
                if isinstance(data, dict) and isinstance(data.get("article"), str):
                    self._index[data["article"]] = f
        return self._index

    def path_for(self, article: Path) -> Path:
        """Where the reviewed summary of an article is (or will be) kept."""
        key = self.key(article)
        if key in self.index():
            return self.index()[key]
        name = _SAFE.sub("_", Path(key).stem) or "article"
        target = self.folder / f"{name}.yaml"
        if target.exists() or any(p == target for p in self.index().values()):
            target = self.folder / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:6]}.yaml"
        return target

    def substitute(self, files: list[Path]) -> tuple[list[Path], list[Replacement]]:
        """The build's sources with each reviewed article replaced by its reviewed summary."""
        out, replaced = [], []
        for f in files:
            reviewed = self.index().get(self.key(f))
            if reviewed is None:
                out.append(f)
                continue
            try:
                sha = hashlib.sha256(f.read_bytes()).hexdigest()
            except OSError:
                out.append(f)
                continue
            data = load_file(reviewed)
            stale = (data.get("article_sha256") or (data.get("source") or {}).get("sha256")) != sha
            replaced.append(Replacement(f, reviewed, stale))
            out.append(reviewed)
        return out, replaced

    def write(self, article: Path, summary: dict[str, Any], expected: str | None) -> str:
        """Store the reviewed summary of an article; refuses when the file changed since `expected`
        (its version when the editor loaded it; None: the editor started from the parse)."""
        target = self.path_for(article)
        current = version_of(target.read_bytes()) if target.exists() else None
        if current != expected:
            raise Conflict(f"{target.name} was changed by someone else since you loaded it; reload to see the "
                           f"current version, then make your change again")
        sha = hashlib.sha256(article.read_bytes()).hexdigest()
        summary = {"article": self.key(article), "article_sha256": sha,
                   **{k: v for k, v in summary.items() if k not in ("article", "article_sha256")}}
        summary["reviewed"] = True
        text = dump(summary)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text)
        if self._index is not None:
            self._index[self.key(article)] = target
        return version_of(text.encode("utf-8"))

    def briefing(self) -> tuple[dict[str, Any], str | None]:
        """The briefing-wide choices (hero) and their version."""
        path = self.folder / BRIEFING
        if not path.exists():
            return {}, None
        data = load_file(path)
        return (data if isinstance(data, dict) else {}), version_of(path.read_bytes())

    def write_briefing(self, data: dict[str, Any], expected: str | None) -> str:
        path = self.folder / BRIEFING
        current = version_of(path.read_bytes()) if path.exists() else None
        if current != expected:
            raise Conflict("the briefing's choices were changed by someone else since you loaded them; reload")
        text = "# Choices made on the review page (reportgen review) for the whole briefing.\n" + dump(data)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
        return version_of(text.encode("utf-8"))


class Conflict(UserError):
    """A save based on a version that is no longer the current one."""


def store_for(cfg) -> ReviewStore:
    """The review store a config names."""
    base = cfg.path.resolve().parent
    return ReviewStore((base / cfg.review_dir).resolve(), base)
