"""Themes: template folders searched project first, built-in last; each theme's settings
(`theme.yaml`: fonts by role, its DOCX layout, its mobile stylesheet); font families resolved
against what is installed.

The built-in themes are package data (`reportgen/themes/<name>/`), so an installed wheel finds
them; a project theme is a folder next to the config whose templates are searched first.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from reportgen.errors import UserError
from reportgen.yamlio import load_file

BUILTIN_THEMES = Path(__file__).resolve().parent.parent / "themes"
DEFAULT_THEME = "yitu"
ROLES = ("title", "heading", "kai", "body", "figures")
DOCX_LAYOUTS = ("yitu", "jianbao")


def builtin_names() -> list[str]:
    return sorted(p.name for p in BUILTIN_THEMES.iterdir() if (p / "briefing.html").is_file())


@dataclass(frozen=True)
class Theme:
    """A theme: its template folders in search order and its settings."""

    name: str
    dirs: list[Path]
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def docx_layout(self) -> str:
        """The DOCX layout this theme declares (`docx:` in theme.yaml), default yitu."""
        return str(self.settings.get("docx", DEFAULT_THEME))

    def mobile_css(self) -> str:
        """The stylesheet the theme adds for the mobile edition (`mobile:` in theme.yaml), or ''."""
        name = self.settings.get("mobile")
        for d in self.dirs if name else ():
            f = d / str(name)
            if f.is_file():
                return f.read_text("utf-8")
        return ""

    @cached_property
    def digest(self) -> str:
        """One hash of every file in the theme folders (what an output depends on)."""
        h = hashlib.sha256()
        for d in self.dirs:
            for f in sorted(d.rglob("*")):
                if f.is_file():
                    h.update(f.name.encode() + b"\0" + f.read_bytes())
        return h.hexdigest()


def theme_dirs(theme: str, config_dir: Path) -> list[Path]:
    """Template folders in search order: the chosen theme, then the built-in theme it extends (a
    project theme's `extends:` in its theme.yaml, default yitu)."""
    default = BUILTIN_THEMES / DEFAULT_THEME
    if "/" not in theme and (BUILTIN_THEMES / theme / "briefing.html").is_file():
        first = BUILTIN_THEMES / theme
    else:
        first = (config_dir / theme).resolve()
        if not first.is_dir():
            raise UserError(f"theme: {theme!r} is neither a built-in theme ({', '.join(builtin_names())}) "
                            f"nor a folder (looked for {first})")
        settings = first / "theme.yaml"
        base = load_file(settings).get("extends") if settings.is_file() else None
        if base is not None:
            if not isinstance(base, str) or base not in builtin_names():
                raise UserError(f"{settings}: extends: {base!r} is not a built-in theme ({', '.join(builtin_names())})")
            default = BUILTIN_THEMES / base
    return [first] if first == default else [first, default]


def theme_settings(dirs: list[Path]) -> dict[str, Any]:
    """The first `theme.yaml` found in the search order (fonts by role, docx layout, mobile CSS)."""
    for d in dirs:
        f = d / "theme.yaml"
        if f.is_file():
            data = load_file(f)
            if not isinstance(data, dict):
                raise UserError(f"{f}: expected a mapping with `fonts:`")
            return data
    return {}


def load_theme(theme: str, config_dir: Path) -> Theme:
    """The theme a config names (a built-in name or a folder relative to the config)."""
    dirs = theme_dirs(theme, config_dir)
    settings = theme_settings(dirs)
    layout = settings.get("docx", DEFAULT_THEME)
    if layout not in DOCX_LAYOUTS:
        raise UserError(f"{dirs[0] / 'theme.yaml'}: docx: {layout!r} is not a DOCX layout "
                        f"({', '.join(DOCX_LAYOUTS)})")
    return Theme(theme, dirs, settings)


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Font family names fontconfig knows (all localized names), or empty when fc-list is missing."""
    if shutil.which("fc-list") is None:
        return frozenset()
    out = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False).stdout
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(",") if name.strip())


def resolve_fonts(settings: dict, requested: dict[str, list[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """Families by role (the config's, else the theme's), installed ones first; and notes saying
    which role fell back to what."""
    defaults = (settings.get("fonts") or {})
    have = installed_families()
    fonts: dict[str, list[str]] = {}
    notes: list[str] = []
    for role in ROLES:
        wanted = list(requested.get(role) or defaults.get(role) or defaults.get("body") or ["Noto Serif CJK SC"])
        if not have:
            fonts[role] = wanted
            continue
        present = [f for f in wanted if f in have]
        missing = [f for f in wanted if f not in have]
        if not present:
            notes.append(f"fonts: none of {', '.join(wanted)} is installed for {role}; the system default is used")
            fonts[role] = wanted
            continue
        if missing and wanted.index(present[0]) > 0:
            notes.append(f"fonts: {role} uses {present[0]} ({', '.join(wanted[:wanted.index(present[0])])} "
                         f"not installed)")
        fonts[role] = present + missing
    return fonts, notes
