"""`reportgen doctor`: what this machine has and lacks for a build, each missing piece with the
command that installs it on Debian and a note for other systems."""

from __future__ import annotations

import ctypes.util
import importlib
import importlib.metadata
import platform
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Debian package of each free font family the built-in themes name.
FONT_PACKAGES = {
    "Noto Sans CJK SC": "fonts-noto-cjk",
    "Noto Serif CJK SC": "fonts-noto-cjk",
    "LXGW WenKai": "fonts-lxgw-wenkai",
    "FandolFang": "texlive-lang-chinese",
    "FandolKai": "texlive-lang-chinese",
    "FandolHei": "texlive-lang-chinese",
    "FandolSong": "texlive-lang-chinese",
}
# Where texlive-lang-chinese puts the Fandol fonts: outside fontconfig's folders until linked into one.
FANDOL_DIR = Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")
FANDOL_LINK = Path("/usr/local/share/fonts/fandol")
# Official (licensed) families a 简报 uses when an office has them; never installed by reportgen.
OFFICIAL = ("方正小标宋简体", "仿宋_GB2312", "楷体_GB2312", "黑体")


@dataclass
class Finding:
    """One thing a build needs (or a test or an edition can use): whether it is here."""

    what: str
    ok: bool
    detail: str
    needed: bool = True  # False: optional (a missing one is a note, not a failure)
    debian: str = ""  # the command that installs it on Debian
    elsewhere: str = ""  # a note for other systems


def _python() -> Finding:
    ok = sys.version_info >= (3, 11)
    return Finding("Python ≥ 3.11", ok, platform.python_version(), debian="apt-get install python3 python3-venv",
                   elsewhere="python.org or the system's package manager")


def _distributions() -> list[Finding]:
    """The Python packages reportgen declares (its own requirements), importable or not."""
    try:
        requires = importlib.metadata.requires("reportgen") or []
    except importlib.metadata.PackageNotFoundError:
        return [Finding("reportgen installed", False, "the package is not installed",
                        debian="bash scripts/setup.sh", elsewhere="python -m pip install -e .")]
    out = []
    for req in requires:
        if "extra ==" in req:
            continue
        name = re.split(r"[ <>=!~;\[]", req, maxsplit=1)[0]
        try:
            version = importlib.metadata.version(name)
            out.append(Finding(f"Python package {name}", True, version))
        except importlib.metadata.PackageNotFoundError:
            out.append(Finding(f"Python package {name}", False, f"missing (needs {req})",
                               debian="bash scripts/setup.sh", elsewhere=f"python -m pip install '{req}'"))
    return out


def _weasyprint() -> list[Finding]:
    """WeasyPrint loads Pango through cffi: importing it is the test that the libraries are there."""
    try:
        weasyprint = importlib.import_module("weasyprint")
        from weasyprint.text.ffi import pango

        v = pango.pango_version()  # major * 10000 + minor * 100 + micro
        pango_version = f"Pango {v // 10000}.{v // 100 % 100}.{v % 100}"
        found = [Finding("WeasyPrint and Pango", True, f"WeasyPrint {weasyprint.__version__} {pango_version}".strip())]
    except Exception as exc:  # noqa: BLE001 - OSError for a missing library, ImportError without the package
        found = [Finding("WeasyPrint and Pango", False, f"cannot load: {str(exc).splitlines()[0][:120]}",
                         debian="apt-get install libpango-1.0-0 libpangoft2-1.0-0",
                         elsewhere="see WeasyPrint's installation notes (Homebrew: brew install pango)")]
    subset = ctypes.util.find_library("harfbuzz-subset")
    found.append(Finding("harfbuzz-subset (fonts subset in the PDF)", subset is not None,
                         subset or "missing: PDFs embed whole fonts (tens of MB)", needed=False,
                         debian="apt-get install libharfbuzz-subset0",
                         elsewhere="HarfBuzz ≥ 2.6 with its subset library"))
    return found


def _fonts(families: Callable[[], frozenset[str]]) -> list[Finding]:
    """For each built-in theme and role: the family a build would use."""
    from reportgen.render.themes import BUILTIN_THEMES, ROLES, builtin_names, theme_dirs, theme_settings

    if shutil.which("fc-list") is None:
        return [Finding("fontconfig (fc-list)", False, "missing: fonts cannot be found",
                        debian="apt-get install fontconfig", elsewhere="fontconfig from the package manager")]
    have = families()
    out = []
    for theme in builtin_names():
        settings = theme_settings(theme_dirs(theme, BUILTIN_THEMES))
        for role in ROLES:
            wanted = list((settings.get("fonts") or {}).get(role) or [])
            present = [f for f in wanted if f in have]
            free = [f for f in wanted if f in FONT_PACKAGES]
            if present and present[0] == wanted[0]:
                out.append(Finding(f"{theme} {role} font", True, present[0]))
            elif present:  # a fallback: said, and installed when it is free (official fonts: one line below)
                before = wanted[:wanted.index(present[0])]
                free_before = [f for f in before if f in FONT_PACKAGES]
                out.append(Finding(f"{theme} {role} font", True, f"{present[0]} (first choice {wanted[0]} not "
                                   f"installed)", needed=False, debian=_install(free_before),
                                   elsewhere=_elsewhere(free_before[0]) if free_before else ""))
            else:
                out.append(Finding(f"{theme} {role} font", False, f"none of {', '.join(wanted)} is installed",
                                   debian=_install(free), elsewhere=_elsewhere(wanted[0])))
    if FANDOL_DIR.is_dir() and "FandolFang" not in have:  # installed, but fontconfig does not look there
        out.append(Finding("Fandol fonts (jianbao 仿宋 and 楷体) visible to fontconfig", False,
                           f"{FANDOL_DIR} is not in fontconfig's folders", needed=False,
                           debian=f"ln -sfn {FANDOL_DIR} {FANDOL_LINK} && fc-cache -f (as root; scripts/setup.sh "
                                  f"does this)"))
    official = [f for f in OFFICIAL if f in have]
    out.append(Finding("official 简报 fonts (方正小标宋, 仿宋_GB2312 …)", bool(official),
                       ", ".join(official) if official else "not installed: the jianbao theme uses free fallbacks",
                       needed=False, elsewhere="licensed fonts: install the office's own copies (they are not free)"))
    return out


def _install(families: list[str]) -> str:
    packages = sorted({FONT_PACKAGES[f] for f in families if f in FONT_PACKAGES})
    return f"apt-get install {' '.join(packages)}" if packages else ""


def _elsewhere(family: str) -> str:
    if family in OFFICIAL or family not in FONT_PACKAGES:
        return "a licensed font: install the office's own copy"
    return f"install the {family} font (the system's package manager or the font's own site)"


def _tools() -> list[Finding]:
    out = [Finding("poppler (pdftoppm, pdftotext)", shutil.which("pdftoppm") is not None,
                   shutil.which("pdftoppm") or "missing: tests that read PDFs are skipped", needed=False,
                   debian="apt-get install poppler-utils", elsewhere="poppler (Homebrew: brew install poppler)")]
    browser = next((p for b in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(b))), None)
    out.append(Finding("a browser (Chromium) for the review page's tests", browser is not None,
                       browser or "missing: the review page's browser tests are skipped",
                       needed=False, debian="apt-get install chromium",
                       elsewhere="Chromium or Chrome on PATH (the review page itself needs only a browser)"))
    return out


def findings(families: Callable[[], frozenset[str]] | None = None) -> list[Finding]:
    """Everything doctor looks at, in the order it prints them."""
    from reportgen.render.themes import installed_families

    return [_python(), *_distributions(), *_weasyprint(), *_fonts(families or installed_families), *_tools()]


def main(echo: Callable[[str], None] = print, families: Callable[[], frozenset[str]] | None = None) -> int:
    """Print what is here and what is missing; exit 1 when a build cannot run, else 0."""
    found = findings(families)
    for f in found:
        mark = "ok" if f.ok else ("MISSING" if f.needed else "missing")
        echo(f"{mark:8} {f.what}: {f.detail}")
    fixes = [f for f in found if (not f.ok or "not installed" in f.detail) and (f.debian or f.elsewhere)]
    if fixes:
        echo("")
        echo("to install what is missing:")
        debian = sorted({f.debian for f in fixes if f.debian.startswith("apt-get")})
        if debian:
            packages = " ".join(sorted({p for d in debian for p in d.split()[2:]}))
            echo(f"  on Debian (as root):  apt-get update && apt-get install {packages}")
        for f in fixes:
            if f.debian and not f.debian.startswith("apt-get"):
                echo(f"  {f.what}: {f.debian}")
        for f in fixes:
            if f.elsewhere:
                echo(f"  elsewhere, {f.what}: {f.elsewhere}")
    blocking = [f for f in found if f.needed and not f.ok]
    echo("")
    echo(f"{Path(sys.executable).parent.parent}: " + ("ready to build" if not blocking else
                                                    f"cannot build yet: {len(blocking)} missing piece(s)"))
    return 1 if blocking else 0
