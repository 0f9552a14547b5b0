"""The output folder: files written atomically, and a record of what each output was made from,
so that an output whose inputs did not change is kept instead of being rendered again."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportgen.errors import UserError
from reportgen.yamlio import write_atomic


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Made:
    """A file in the output folder: its name and hash, and for a numbered copy its recipient."""

    name: str
    sha256: str
    recipient: str = ""
    copy_number: str = ""


class Record:
    """`.cache/outputs.json`: for each renderer, the key of its inputs and the files it made; and
    the key of the whole build's inputs with the briefing's counts (for the nothing-changed check)."""

    VERSION = 2

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.path = out_dir / ".outputs.json"
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict) or data.get("version") != self.VERSION:
            data = {}
        self.data: dict[str, Any] = data

    def files(self, renderer: str, key: str) -> list[Made] | None:
        """The files `renderer` made from inputs `key`, if they are all still there unchanged."""
        entry = (self.data.get("renderers") or {}).get(renderer) or {}
        if entry.get("key") != key:
            return None
        made = [Made(**m) for m in entry.get("files") or []]
        if not made or not all(self._intact(m) for m in made):
            return None
        return made

    def _intact(self, m: Made) -> bool:
        target = self.out_dir / m.name
        return target.is_file() and sha256_file(target) == m.sha256

    def set(self, renderer: str, key: str, made: list[Made]) -> None:
        self.data.setdefault("renderers", {})[renderer] = {"key": key, "files": [vars(m) for m in made]}

    def drop_others(self, keep: list[str]) -> None:
        """Forget renderers the config no longer asks for."""
        renderers = self.data.get("renderers") or {}
        for name in [n for n in renderers if n not in keep]:
            del renderers[name]

    def build(self, key: str) -> dict[str, Any] | None:
        """What the last build with inputs `key` made, if every file it made is still intact."""
        last = self.data.get("build") or {}
        if last.get("key") != key:
            return None
        for entry in (self.data.get("renderers") or {}).values():
            if not all(self._intact(Made(**m)) for m in entry.get("files") or []):
                return None
        return last

    def set_build(self, key: str, **facts: Any) -> None:
        self.data["build"] = {"key": key, **facts}

    def save(self) -> None:
        self.data["version"] = self.VERSION
        write_atomic(self.path, json.dumps(self.data, indent=1, ensure_ascii=False))


@dataclass
class Folder:
    """The output folder of a build (of this issue, in a weekly series) and the cache it shares."""

    path: Path
    cache: Path
    written: list[Path] = field(default_factory=list)

    def create(self) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"{self.path}: cannot create the output folder: {exc.strerror}") from None

    def write(self, name: str, data: bytes | str) -> Path:
        """Write a file atomically (readers see the old file or the new one, never a part)."""
        target = self.path / name
        try:
            write_atomic(target, data)
        except OSError as exc:
            raise UserError(f"{target}: cannot be written: {exc.strerror}") from None
        self.written.append(target)
        return target

    def write_if_changed(self, name: str, text: str) -> bool:
        """Write a text file only when its content differs from what is there."""
        target = self.path / name
        try:
            if target.read_text("utf-8") == text:
                return False
        except (OSError, UnicodeDecodeError):
            pass
        self.write(name, text)
        return True
