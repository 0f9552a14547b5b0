"""Reference images of the 一图读懂 example briefing (config/2025.yaml): chosen pages of the PDF, of
its sources PDF and of the mobile edition's screens, drawn at low resolution and committed under
tests/visual/yitu/. tests/test_visual.py draws them again and compares within a tolerance.

    .venv/bin/python scripts/visual.py yitu            # compare; an image diff of each page that differs
    .venv/bin/python scripts/visual.py yitu --update   # draw the references again (and an image diff of each change)

An image diff (out/visual/yitu/<name>-diff.png) shows the reference, the page as drawn now, and the
difference in red; review it before committing a changed reference.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = ROOT / "tests" / "visual" / "yitu"
DIFFS = ROOT / "out" / "visual" / "yitu"
DPI = 30  # A4 at 248 x 351 pixels: layout and colour show, font rasterization hardly does
SCREEN_WIDTH = 270  # a phone screen at a quarter of 1080 pixels

# name → (file of the build, page number counting from 1; -1 is the last page)
PAGES = {
    "yitu-cover": ("2025.pdf", 1),
    "yitu-page-2": ("2025.pdf", 2),
    "yitu-page-4": ("2025.pdf", 4),
    "yitu-sources": ("2025.pdf", -1),
    "evidence-1": ("2025-sources.pdf", 1),
    "screen-first": ("mobile", 1),
    "screen-sources": ("mobile", -1),
}
# How different a page may be and still match: the mean difference of grey levels (0-255) after a
# small blur, and the share of pixels that differ by more than STRONG levels.
MEAN_LIMIT = 2.5
STRONG = 64
STRONG_LIMIT = 0.01


def build_example(folder: Path):
    """The example briefing (config/2025.yaml), PDF, DOCX and mobile edition, built into `folder`."""
    os.chdir(ROOT)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from reportgen.build import build
    from reportgen.config import load_config

    cfg = load_config(ROOT / "config" / "2025.yaml")
    cfg = dataclasses.replace(cfg, output_dir=str(folder), mobile=True, outputs=["pdf", "docx"])
    return cfg, build(cfg, echo=lambda *a: None, force=True)


def pdf_page(path: Path, number: int, dpi: int = DPI):
    """One page of a PDF as a greyscale-free RGB image at `dpi`."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[number - 1 if number > 0 else len(doc) + number]
        return page.render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def pages(out: Path) -> dict:
    """Each chosen page as an image, from a build in `out`."""
    from PIL import Image

    shots = sorted((out / "mobile").glob("*.png"))
    got = {}
    for name, (file, number) in PAGES.items():
        if file == "mobile":
            image = Image.open(shots[number - 1 if number > 0 else len(shots) + number]).convert("RGB")
            got[name] = image.resize((SCREEN_WIDTH, round(image.height * SCREEN_WIDTH / image.width)), Image.LANCZOS)
        else:
            got[name] = pdf_page(out / file, number)
    return got


def difference(reference, now) -> tuple[float, float]:
    """(mean difference, share of strongly different pixels) of two images; (255, 1) when their sizes differ."""
    from PIL import ImageChops, ImageFilter

    if reference.size != now.size:
        return 255.0, 1.0
    a = reference.convert("L").filter(ImageFilter.BoxBlur(1))
    b = now.convert("L").filter(ImageFilter.BoxBlur(1))
    diff = ImageChops.difference(a, b)
    hist = diff.histogram()
    total = reference.size[0] * reference.size[1]
    mean = sum(i * n for i, n in enumerate(hist)) / total
    strong = sum(hist[STRONG:]) / total
    return mean, strong


def matches(reference, now) -> bool:
    mean, strong = difference(reference, now)
    return mean <= MEAN_LIMIT and strong <= STRONG_LIMIT


def diff_image(reference, now):
    """Reference | now | the difference in red over a faded reference."""
    from PIL import Image, ImageChops

    w = max(reference.width, now.width)
    h = max(reference.height, now.height)
    out = Image.new("RGB", (3 * w + 20, h), "white")
    out.paste(reference, (0, 0))
    out.paste(now, (w + 10, 0))
    base = Image.new("RGB", (w, h), "white")
    base.paste(Image.blend(reference, Image.new("RGB", reference.size, "white"), 0.7), (0, 0))
    canvas = Image.new("RGB", (w, h), "white")
    canvas.paste(now, (0, 0))
    ref_canvas = Image.new("RGB", (w, h), "white")
    ref_canvas.paste(reference, (0, 0))
    mask = ImageChops.difference(ref_canvas.convert("L"), canvas.convert("L")).point(lambda v: 255 if v > 40 else 0)
    base.paste(Image.new("RGB", (w, h), (220, 0, 0)), (0, 0), mask)
    out.paste(base, (2 * w + 20, 0))
    return out


def main(update: bool = False, readme: Path | None = None) -> int:
    """Compare (or with `update` draw again) the references; `readme` also gets the first page at 80 dpi.
    Exit status 1 when a page differs and nothing was rewritten."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        build_example(Path(tmp))
        now = pages(Path(tmp))
        if readme is not None:
            pdf_page(Path(tmp) / "2025.pdf", 1, dpi=80).save(readme, optimize=True)
            print(f"wrote {readme}")
    REFERENCES.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, image in now.items():
        path = REFERENCES / f"{name}.png"
        reference = Image.open(path).convert("RGB") if path.is_file() else None
        if reference is None or not matches(reference, image):
            changed.append(name)
            if reference is not None:
                DIFFS.mkdir(parents=True, exist_ok=True)
                diff_image(reference, image).save(DIFFS / f"{name}-diff.png")
                mean, strong = difference(reference, image)
                print(f"{name}: differs (mean {mean:.2f}, strong {strong:.3%}); see {DIFFS / (name + '-diff.png')}")
            else:
                print(f"{name}: no reference yet")
        if update and (reference is None or name in changed):
            image.save(path, optimize=True)
            print(f"wrote {path.relative_to(ROOT)}")
    if not changed:
        print(f"all {len(now)} pages match their references")
    return 1 if changed and not update else 0
