"""Themes: template folders searched project first, built-in last; each theme's settings
(`theme.yaml`: fonts by role, its DOCX layout, its mobile stylesheet, the template of its sources
file); font families resolved
against what is installed.

The built-in themes are package data (`reportgen/themes/<name>/`), so an installed wheel finds
them; a project theme is a folder next to the config whose templates are searched first.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import os
import re
import shutil
import stat
import subprocess
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from reportgen.errors import UserError
from reportgen.yamlio import load_text

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

    @property
    def sources(self) -> str | None:
        """The template of the evidence file `<stem>-sources.pdf` (`sources:` in theme.yaml), or None:
        the theme prints its evidence itself."""
        name = self.settings.get("sources")
        return str(name) if name else None

    def mobile_css(self) -> str:
        """The stylesheet the theme adds for the mobile edition (`mobile:` in theme.yaml), or ''."""
        name = self.settings.get("mobile")
        for d in self.dirs if name else ():
            f = d / str(name)
            if f.is_file():
                return theme_file(d, str(name)).decode("utf-8", "replace")
        return ""

    @cached_property
    def digest(self) -> str:
        """One hash of every file in the theme folders (what an output depends on)."""
        h = hashlib.sha256()
        for d in self.dirs:
            for f in theme_files(d):
                h.update(f.relative_to(d).as_posix().encode() + b"\0" + theme_file(d, f.relative_to(d).as_posix()))
        return h.hexdigest()


MAX_THEME_FILES = 500
MAX_THEME_FILE_BYTES = 20 * 1024 * 1024


def theme_files(folder: Path) -> list[Path]:
    """The files of a theme folder, walked without following links; UserError for a link that
    leads out of the folder, for anything that is not a regular file, and for a folder too large
    to be a theme."""
    root = folder.resolve()
    out: list[Path] = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        dirs.sort()
        for n in sorted(names) + [d for d in dirs if (Path(top) / d).is_symlink()]:
            f = Path(top) / n
            real = f.resolve()
            if not real.is_relative_to(root):
                raise UserError(f"{f}: is a link out of the theme folder (to {real}); a theme may only use its "
                                f"own files (copy the file into the theme folder)")
            if not f.is_file() and f.is_symlink() and real.is_dir():
                continue  # a link to a folder inside the theme: its files are walked there
            try:
                mode = os.stat(f).st_mode
            except OSError:
                raise UserError(f"{f}: is a link to nothing (remove it from the theme folder)") from None
            if not stat.S_ISREG(mode):
                raise UserError(f"{f}: is not a regular file; a theme holds templates, stylesheets and images")
            out.append(f)
        if len(out) > MAX_THEME_FILES:
            raise UserError(f"{folder}: holds over {MAX_THEME_FILES} files, more than a theme (name the theme's own "
                            f"folder in `theme:`)")
    return out


def theme_file(folder: Path, name: str) -> bytes:
    """A file of a theme folder by its relative name, refused when it leads out of the folder."""
    from reportgen.files import read_limited

    pure = PurePosixPath(name)
    f = folder.joinpath(*pure.parts)
    if pure.is_absolute() or ".." in pure.parts or not f.resolve().is_relative_to(folder.resolve()):
        raise UserError(f"{f}: is outside the theme folder {folder}; a theme may only use its own files")
    return read_limited(f, MAX_THEME_FILE_BYTES, "theme file")


def theme_dirs(theme: str, config_dir: Path, project: Path | None = None) -> list[Path]:
    """Template folders in search order: the chosen theme, then the built-in theme it extends (a
    project theme's `extends:` in its theme.yaml, default yitu). A project theme is a folder inside
    the project (`project`, default the config's folder's parent), named relative to the config's folder."""
    default = BUILTIN_THEMES / DEFAULT_THEME
    if "/" not in theme and (BUILTIN_THEMES / theme / "briefing.html").is_file():
        first = BUILTIN_THEMES / theme
    else:
        project = (project or config_dir.parent).resolve()
        first = (config_dir / theme).resolve()
        if Path(theme).is_absolute() or not first.is_relative_to(project) or first == project:
            raise UserError(f"theme: {theme!r} is neither a built-in theme ({', '.join(builtin_names())}) nor a "
                            f"theme folder inside the project {project} (name a folder relative to the config)")
        if not first.is_dir():
            raise UserError(f"theme: {theme!r} is neither a built-in theme ({', '.join(builtin_names())}) "
                            f"nor a folder (looked for {first})")
        theme_files(first)
        settings = first / "theme.yaml"
        base = _settings_of(settings).get("extends") if settings.is_file() else None
        if base is not None:
            if not isinstance(base, str) or base not in builtin_names():
                raise UserError(f"{settings}: extends: {base!r} is not a built-in theme ({', '.join(builtin_names())})")
            default = BUILTIN_THEMES / base
    return [first] if first == default else [first, default]


def _settings_of(f: Path) -> dict[str, Any]:
    """A project theme's theme.yaml, read from inside its folder (for `extends:`)."""
    data = load_text(theme_file(f.parent, f.name).decode("utf-8", "replace"), f)
    return data if isinstance(data, dict) else {}


def theme_settings(dirs: list[Path]) -> dict[str, Any]:
    """The first `theme.yaml` found in the search order (fonts by role, docx layout, mobile CSS),
    every key checked."""
    for d in dirs:
        f = d / "theme.yaml"
        if f.is_file() or f.is_symlink():
            data = load_text(theme_file(d, "theme.yaml").decode("utf-8", "replace"), f)
            if not isinstance(data, dict):
                raise UserError(f"{f}: expected a mapping with `fonts:`, `docx:`, `mobile:` and `sources:`")
            problems = _settings_problems(data, d)
            if problems:
                raise UserError(f"{f}: " + "; ".join(problems))
            return data
    return {}


def _settings_problems(data: dict[str, Any], folder: Path) -> list[str]:
    out = [f"unknown key {k!r} (known keys: docx, extends, fonts, mobile, sources)" for k in data
           if k not in ("fonts", "docx", "mobile", "extends", "sources")]
    fonts = data.get("fonts")
    if fonts is not None:
        if not isinstance(fonts, dict):
            out.append("fonts: expected a mapping of roles to lists of font families")
        else:
            for role, names in fonts.items():
                if role not in ROLES:
                    out.append(f"fonts: unknown role {role!r} (roles: {', '.join(ROLES)})")
                elif not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
                    out.append(f"fonts: {role}: expected a list of font family names")
    layout = data.get("docx", DEFAULT_THEME)
    if layout not in DOCX_LAYOUTS:
        out.append(f"docx: {layout!r} is not a DOCX layout ({', '.join(DOCX_LAYOUTS)})")
    mobile = data.get("mobile")
    if mobile is not None and (not isinstance(mobile, str) or not mobile.endswith(".css")):
        out.append(f"mobile: expected the name of a .css file in the theme folder, got {mobile!r}")
    elif mobile is not None and (PurePosixPath(mobile).is_absolute() or ".." in PurePosixPath(mobile).parts):
        out.append(f"mobile: {mobile!r} is outside the theme folder")
    sources = data.get("sources")
    if sources is not None and (not isinstance(sources, str) or not sources.endswith(".html")
                                or "/" in sources or sources.startswith(".")):
        out.append(f"sources: expected the name of an .html template in the theme folder, got {sources!r}")
    return out


def load_theme(theme: str, config_dir: Path, project: Path | None = None) -> Theme:
    """The theme a config names (a built-in name or a folder inside the project, relative to the config)."""
    dirs = theme_dirs(theme, config_dir, project)
    return Theme(theme, dirs, theme_settings(dirs))


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


@lru_cache(maxsize=1)
def _coverage() -> dict[str, frozenset[int]]:
    """The characters each installed family has glyphs for (all its faces together), from fontconfig."""
    if shutil.which("fc-list") is None:
        return {}
    out = subprocess.run(["fc-list", "--format", "%{family}\t%{charset}\n"], capture_output=True, text=True,
                         check=False).stdout
    cover: dict[str, set[int]] = {}
    for line in out.splitlines():
        families, _, charset = line.partition("\t")
        chars: set[int] = set()
        for part in charset.split():
            lo, _, hi = part.partition("-")
            try:
                chars.update(range(int(lo, 16), int(hi or lo, 16) + 1))
            except ValueError:
                continue
        for family in families.split(","):
            cover.setdefault(family.strip(), set()).update(chars)
    return {k: frozenset(v) for k, v in cover.items()}


_TAGS = re.compile(r"<(style|script)\b.*?</\1>|<[^>]*>", re.S | re.I)


def glyph_problems(fonts: dict[str, list[str]], html: str) -> list[str]:
    """One message for each role whose text would be printed as empty boxes: the characters of the
    briefing that no installed font has, naming the role and the font it asked for. None when
    fontconfig is missing (WeasyPrint cannot run without it anyway)."""
    cover = _coverage()
    if not cover:
        return []
    text = html_lib.unescape(_TAGS.sub(" ", html))
    needed = {ord(c) for c in text if not c.isspace() and c.isprintable()}
    anywhere = frozenset().union(*cover.values())
    boxes = sorted(needed - anywhere)
    if not boxes:
        return []
    sample = "".join(chr(c) for c in boxes[:12]) + ("…" if len(boxes) > 12 else "")
    out = []
    for role in ROLES:
        wanted = fonts.get(role) or []
        absent = [f for f in wanted if f not in cover]
        if absent and len(absent) == len(wanted):
            out.append(f"fonts: {role}: {', '.join(wanted)} is not installed and no installed font has glyphs for "
                       f"{len(boxes)} of the {len(needed)} characters of the text ({sample}): the PDF would show "
                       f"them as empty boxes (apt-get install fonts-noto-cjk, or name an installed font in `fonts:`)")
    if not out:
        out.append(f"fonts: no installed font has glyphs for {len(boxes)} character(s) of the text ({sample}), "
                   f"asked for in {', '.join(sorted({f for r in ROLES for f in fonts.get(r) or []}))}: the PDF would "
                   f"show them as empty boxes (install a font that has them)")
    return out
