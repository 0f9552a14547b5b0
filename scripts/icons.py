"""Draw the 一图读懂 theme's icons for Word: each `reportgen/themes/yitu/icons/<name>.svg` as a PNG
(white on transparent, 96 px square) in `icons/png/`, which the DOCX colours per section. Run it
after changing an SVG; tests/test_visual.py checks that each PNG is still its SVG.

    .venv/bin/python scripts/icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "reportgen" / "themes" / "yitu" / "icons"
SIZE = 96


def drawn(svg: bytes, size: int = SIZE) -> bytes:
    """The SVG drawn as a white-on-transparent PNG of size × size pixels (WeasyPrint lays it out, pdfium
    draws it; its strokes' darkness becomes the alpha)."""
    import base64

    import pypdfium2 as pdfium
    from PIL import Image
    from weasyprint import HTML

    url = "data:image/svg+xml;base64," + base64.b64encode(svg.replace(b"currentColor", b"#000000")).decode()
    html = (f"<style>@page {{ size: {size}px {size}px; margin: 0 }} body {{ margin: 0 }}</style>"
            f"<img src='{url}' style='display:block; width:{size}px; height:{size}px'>")
    pdf = pdfium.PdfDocument(HTML(string=html).write_pdf())
    try:
        page = pdf[0]
        grey = page.render(scale=size / page.get_width()).to_pil().convert("L").resize((size, size))
    finally:
        pdf.close()
    out = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    out.putalpha(grey.point(lambda v: 255 - v))
    buf = io.BytesIO()
    out.save(buf, "PNG")
    return buf.getvalue()


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from reportgen.render.poster import ICONS

    (FOLDER / "png").mkdir(exist_ok=True)
    for name in ICONS:
        png = drawn((FOLDER / f"{name}.svg").read_bytes())
        (FOLDER / "png" / f"{name}.png").write_bytes(png)
        print(f"icons/png/{name}.png")


if __name__ == "__main__":
    main()
