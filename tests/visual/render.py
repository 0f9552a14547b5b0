"""Pictures of chosen pages of a theme's example briefing, compared with committed references.

Each theme names the example config it is built from and the pages that are looked at; the example
is built in a scratch copy of the project (config/ and seeds/), so nothing in out/ changes. Pages are
rendered with PDFium (pypdfium2) at a low resolution in grey, which is what CI (Debian, the fonts
scripts/setup.sh installs) reproduces; two pictures are the same when few pixels differ by much.

`scripts/visual.py THEME` compares and writes an image diff of every page that differs;
`scripts/visual.py THEME --update` rewrites the references (and the diffs, for the review of the
change). References live in tests/visual/<theme>/.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = Path(__file__).resolve().parent
DPI = 36  # A4 at 36 dpi: 298 × 421 pixels
LEVEL = 64  # a pixel differs when its grey differs by more than this (of 255)
TOLERANCE = 0.001  # a page matches when at most this share of its pixels differ (a moved line: several %)


@dataclass(frozen=True)
class Example:
    config: str  # the example config, relative to config/
    stem: str  # the PDF's name without .pdf
    pages: tuple[int, ...]  # 1-based; negative counts from the end (-1: the last page)


THEMES = {"jianbao": Example("weekly.yaml", "weekly", (1, 2, -1))}


def build_example(theme: str, into: Path) -> tuple[Path, Any]:
    """Build the theme's example in a copy of config/ and seeds/ under `into`: the PDF's path and the
    build's result (its HTML, briefing and config)."""
    from reportgen.build import build
    from reportgen.config import load_config

    ex = THEMES[theme]
    shutil.copytree(ROOT / "seeds", into / "seeds")
    shutil.copytree(ROOT / "config", into / "config", ignore=shutil.ignore_patterns("issues.yaml"))
    with contextlib.chdir(into):  # sources are named relative to the folder the build runs in
        cfg = load_config(into / "config" / ex.config)
        res = build(cfg, echo=lambda *a: None, force=True)
    if res.errors:
        raise RuntimeError("; ".join(res.errors))
    return cfg.issue_dir / f"{ex.stem}.pdf", res


def page_numbers(theme: str, count: int) -> list[int]:
    """The 1-based pages looked at, for a PDF of `count` pages."""
    return [p if p > 0 else count + 1 + p for p in THEMES[theme].pages]


def render(pdf: Path, pages: list[int], dpi: int = DPI, grey: bool = True):
    """The pages as PIL images (greyscale unless grey=False)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        images = [doc[p - 1].render(scale=dpi / 72, grayscale=grey).to_pil() for p in pages]
        return [im.convert("L" if grey else "RGB") for im in images]
    finally:
        doc.close()


def reference_name(theme: str, index: int) -> str:
    """page-1.png, page-2.png, page-last.png (negative positions are named from the end)."""
    p = THEMES[theme].pages[index]
    return f"page-{p}.png" if p > 0 else ("page-last.png" if p == -1 else f"page-last{p + 1}.png")


def difference(a, b) -> float:
    """The share of pixels whose grey differs by more than LEVEL (1.0 when the sizes differ)."""
    from PIL import ImageChops

    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > LEVEL else 0)
    return diff.histogram()[255] / (a.size[0] * a.size[1])


def diff_image(old, new):
    """Old | new | the two overlaid (old only: red, new only: blue), side by side, for review."""
    from PIL import Image, ImageChops

    w, h = max(old.width, new.width), max(old.height, new.height)
    sheet = Image.new("RGB", (3 * w + 20, h), "white")
    sheet.paste(old.convert("RGB"), (0, 0))
    sheet.paste(new.convert("RGB"), (w + 10, 0))
    o, n = old.resize((w, h)), new.resize((w, h))
    changed = ImageChops.difference(o, n).point(lambda v: 255 if v > LEVEL else 0)
    overlay = Image.merge("RGB", (o, ImageChops.darker(o, n), n))
    overlay.paste((255, 255, 255), mask=ImageChops.invert(changed).point(lambda v: 200 if v else 0))
    sheet.paste(overlay, (2 * w + 20, 0))
    return sheet


def compare(theme: str, pdf: Path, diffs: Path | None = None, update: bool = False) -> list[str]:
    """Compare the chosen pages of `pdf` with the references (or rewrite them with update); one line
    per page that differs (or was rewritten). Diff images go to `diffs` when given."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    count = len(doc)
    doc.close()
    folder = REFERENCES / theme
    pages = page_numbers(theme, count)
    out = []
    for i, (number, image) in enumerate(zip(pages, render(pdf, pages), strict=True)):
        ref = folder / reference_name(theme, i)
        old = _open(ref)
        share = difference(old, image) if old is not None else 1.0
        if share > (0 if update else TOLERANCE):
            out.append(f"{ref.relative_to(ROOT)}: page {number} of {count}: {share:.2%} of the pixels differ"
                       if old is not None else f"{ref.relative_to(ROOT)}: no reference yet (page {number} of {count})")
            if diffs is not None and old is not None:
                diffs.mkdir(parents=True, exist_ok=True)
                diff_image(old, image).save(diffs / ref.name.replace(".png", "-diff.png"))
            if update:
                folder.mkdir(parents=True, exist_ok=True)
                image.save(ref, optimize=True)
    return out


def _open(path: Path):
    from PIL import Image

    if not path.is_file():
        return None
    with Image.open(path) as im:
        return im.convert("L")


def scratch() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="reportgen-visual-")
