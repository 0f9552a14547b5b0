"""The mobile edition: the briefing as one long narrow page (`<stem>-mobile.pdf`, the poster) and as
phone screens (`mobile/<stem>-NN.png`).

The screens are laid out as pages of their own, one page a screen, so that a page break falls
between blocks (a figure tile, a quote, a headline with what follows it) and never through one;
each page is drawn on its own, so no screen is past the size a renderer can draw (a single long
image loses what lies beyond about 32,767 pixels). The last screen is cut below its content.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportgen.render.html import layout
from reportgen.render.job import Artifact, RenderJob

WIDTH_MM = 110
MAX_PAGE_MM = 5000  # PDF viewers stop at 200 inches; longer briefings get several long pages
SCREEN_PX = (1080, 1920)  # a phone screen, portrait
SCREEN_MM = WIDTH_MM * SCREEN_PX[1] / SCREEN_PX[0]
MARGIN_MM = (6, 5)  # top and bottom, left and right
_PX_PER_MM = 96 / 25.4
_NO_MARGIN_BOXES = """
  @top-left {{ content: none !important }} @top-right {{ content: none !important }}
  @bottom-left {{ content: none !important }} @bottom-center {{ content: none !important }}
  @bottom-right {{ content: none !important }}"""
PAGE_CSS = """
@page {{ size: {width}mm {height}mm !important; margin: {my}mm {mx}mm !important;""" + _NO_MARGIN_BOXES + """ }}
@page :first {{ margin: {my}mm {mx}mm !important;""" + _NO_MARGIN_BOXES + """ }}
@page :left {{ margin: {my}mm {mx}mm !important; }}
@page :right {{ margin: {my}mm {mx}mm !important; }}
"""
# The long page is one page: no forced break anywhere in it (the selector outweighs a theme's classes).
LONG_CSS = """
*:not(#reportgen-no-such-id) { break-before: auto !important; break-after: auto !important; page-break-before: auto !important;
    page-break-after: auto !important; }
"""
# A screen keeps the draft mark at its head: every page of a draft says so.
SCREEN_CSS = """
@page { @top-left { content: string(draftmark) !important; color: #c8102e; font: bold 7pt var(--font-heading); } }
"""


def _css(height_mm: float, top_mm: float, theme_css: str, screens: bool):
    from weasyprint import CSS

    text = PAGE_CSS.format(width=WIDTH_MM, height=f"{height_mm:.1f}", my=f"{top_mm:g}", mx=MARGIN_MM[1])
    return CSS(string=text + theme_css + (SCREEN_CSS if screens else LONG_CSS))


def long_pdf(html: str, dirs: list[Path], theme_css: str = "") -> bytes:
    """Lay the briefing out on a very tall page, measure it, and lay it out again at that height."""
    def at_height(height_mm: float):
        return layout(html, dirs, stylesheets=[_css(height_mm, MARGIN_MM[0], theme_css, False)])[0]

    doc = at_height(MAX_PAGE_MM)
    if len(doc.pages) == 1:
        used_px = doc.pages[0]._page_box.children[0].margin_height()
        doc = at_height(used_px / _PX_PER_MM + 2 * MARGIN_MM[0] + 2)  # content + vertical margins + a little air
    return doc.write_pdf(pdf_identifier=b"reportgen-mobile", custom_metadata=True)


def screens_pdf(html: str, dirs: list[Path], theme_css: str = "") -> bytes:
    """The briefing laid out screen by screen: pages of a phone screen's proportions."""
    doc = layout(html, dirs, stylesheets=[_css(SCREEN_MM, MARGIN_MM[0] + 2, theme_css, True)])[0]
    return doc.write_pdf(pdf_identifier=b"reportgen-screens")


def screen_pngs(pdf: bytes, width_px: int = SCREEN_PX[0]) -> list[bytes]:
    """Each page of the screens PDF drawn on its own at phone width; the last one cut a margin
    below its content."""
    import pypdfium2 as pdfium

    out: list[bytes] = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for i, page in enumerate(doc):
            image = page.render(scale=width_px / page.get_width()).to_pil().convert("RGB")
            if i < len(doc) - 1 and image.height > SCREEN_PX[1] * width_px // SCREEN_PX[0]:
                image = image.crop((0, 0, image.width, SCREEN_PX[1] * width_px // SCREEN_PX[0]))  # a rounding pixel
            if i == len(doc) - 1:
                image = _trimmed(image, round(MARGIN_MM[0] * width_px / WIDTH_MM))
            buf = io.BytesIO()
            image.save(buf, "PNG", optimize=False, compress_level=6)
            out.append(buf.getvalue())
    finally:
        doc.close()
    return out


def _trimmed(image, margin_px: int):
    """The image cut `margin_px` below its last row that is not background (the top left pixel's colour)."""
    from PIL import Image, ImageChops

    background = Image.new(image.mode, image.size, image.getpixel((0, 0)))
    box = ImageChops.difference(image, background).convert("L").point(lambda v: 255 if v > 24 else 0).getbbox()
    if box is None:
        return image
    return image.crop((0, 0, image.width, min(image.height, box[3] + margin_px)))


def render_mobile(job: RenderJob) -> list[Artifact]:
    """`<stem>-mobile.pdf` (the long page) and its phone screens `mobile/<stem>-NN.png`."""
    stem = job.briefing.config.stem
    css = job.theme.mobile_css()
    pdf = long_pdf(job.html, job.theme.dirs, css)
    pngs = screen_pngs(screens_pdf(job.html, job.theme.dirs, css))
    shots = [Artifact(f"mobile/{stem}-{i:02d}.png", png) for i, png in enumerate(pngs, 1)]
    return [Artifact(f"{stem}-mobile.pdf", pdf), *shots]
