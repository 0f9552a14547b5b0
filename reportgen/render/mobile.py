"""The mobile edition: the briefing as one long narrow page (PDF) and as phone-screen PNGs."""

from __future__ import annotations

import io
from pathlib import Path

from reportgen.render.html import layout
from reportgen.render.job import Artifact, RenderJob

WIDTH_MM = 110
MAX_PAGE_MM = 5000  # PDF viewers stop at 200 inches; longer briefings get several long pages
_PX_PER_MM = 96 / 25.4
PAGE_CSS = """
@page {{ size: {width}mm {height}mm !important; margin: 6mm 5mm !important;
  @top-left {{ content: none !important }} @top-right {{ content: none !important }}
  @bottom-left {{ content: none !important }} @bottom-center {{ content: none !important }}
  @bottom-right {{ content: none !important }} }}
@page :left {{ margin: 6mm 5mm !important; @bottom-left {{ content: none !important }} }}
@page :right {{ margin: 6mm 5mm !important; @bottom-right {{ content: none !important }} }}
"""


def long_pdf(html: str, dirs: list[Path], theme_css: str = "") -> bytes:
    """Lay the briefing out on a very tall page, measure it, and lay it out again at that height."""
    from weasyprint import CSS

    def at_height(height_mm: float):
        css = CSS(string=PAGE_CSS.format(width=WIDTH_MM, height=f"{height_mm:.1f}") + theme_css)
        return layout(html, dirs, stylesheets=[css])[0]

    doc = at_height(MAX_PAGE_MM)
    if len(doc.pages) == 1:
        used_px = doc.pages[0]._page_box.children[0].margin_height()
        doc = at_height(used_px / _PX_PER_MM + 12 + 2)  # content + vertical margins + a little air
    return doc.write_pdf(pdf_identifier=b"reportgen-mobile", custom_metadata=True)


def screen_pngs(pdf: bytes, width_px: int = 1080, screen_px: int = 1920) -> list[bytes]:
    """Each long page rendered at phone width and cut into screen-high PNG images."""
    import pypdfium2 as pdfium

    out: list[bytes] = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for page in doc:
            scale = width_px / page.get_width()
            image = page.render(scale=scale).to_pil().convert("RGB")
            for top in range(0, image.height, screen_px):
                buf = io.BytesIO()
                image.crop((0, top, image.width, min(top + screen_px, image.height))).save(buf, "PNG")
                out.append(buf.getvalue())
    finally:
        doc.close()
    return out


def render_mobile(job: RenderJob) -> list[Artifact]:
    """`<stem>-mobile.pdf` and its phone screens `mobile/<stem>-NN.png`."""
    stem = job.briefing.config.stem
    pdf = long_pdf(job.html, job.theme.dirs, job.theme.mobile_css())
    shots = [Artifact(f"mobile/{stem}-{i:02d}.png", png) for i, png in enumerate(screen_pngs(pdf), 1)]
    return [Artifact(f"{stem}-mobile.pdf", pdf), *shots]
