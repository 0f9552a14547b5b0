"""Tests that look at the example briefing (config/2025.yaml) as a reader does.

- Chosen pages of the 一图读懂 PDF, its sources PDF and the mobile screens, drawn at low resolution,
  match the committed reference images within a tolerance (scripts/visual.py yitu --update draws them
  again and writes an image diff of each change to review).
- The layout: no page less than 40 % filled but a section's or the document's last, no heading as the
  last line of a page, no line that starts with a figure number; the reading copy is at most 8 pages
  and one sources page.
- The mobile edition: no blank screen; every big number of the PDF is on some screen and drawn there
  (its pixels are not background); a page break never cuts a figure tile or a quote.
"""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("visual", ROOT / "tests" / "visual" / "poster.py")
visual = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(visual)

HEADINGS = {"h1", "h2", "h3", "h4"}


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    out = tmp_path_factory.mktemp("visual")
    cfg, res = visual.build_example(out)
    from reportgen.render.themes import load_theme

    theme = load_theme(cfg.theme, cfg.path.parent)
    return cfg, res, out, theme


# --- reference images --------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(visual.PAGES))
def test_page_matches_its_reference_image(example, name):
    from PIL import Image

    _, _, out, _ = example
    reference = visual.REFERENCES / f"{name}.png"
    assert reference.is_file(), f"tests/visual/yitu/{name}.png is missing (scripts/visual.py yitu --update)"
    now = visual.pages(out)[name]
    want = Image.open(reference).convert("RGB")
    if not visual.matches(want, now):
        visual.DIFFS.mkdir(parents=True, exist_ok=True)
        diff = visual.DIFFS / f"{name}-diff.png"
        visual.diff_image(want, now).save(diff)
        mean, strong = visual.difference(want, now)
        pytest.fail(f"{name} differs from tests/visual/yitu/{name}.png (mean {mean:.2f}, strong {strong:.2%}); the image "
                    f"diff is {diff} (scripts/visual.py yitu --update draws the references again)")


def test_the_comparison_sees_a_moved_block_and_forgives_a_pixel():
    """The tolerance is not so wide that a changed layout passes: a block moved by 3 mm fails, noise
    of one grey level and a one-pixel shift of a hairline pass."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (248, 351), "white")
    draw = ImageDraw.Draw(page)
    for y in range(30, 330, 18):
        draw.rectangle((20, y, 228, y + 9), fill=(11, 46, 111))
    moved = Image.new("RGB", page.size, "white")
    moved.paste(page.crop((0, 0, 248, 340)), (0, 4))
    noisy = page.point(lambda v: min(v + 1, 255))
    hair = page.copy()
    ImageDraw.Draw(hair).line((20, 20, 228, 20), fill=(200, 200, 200))
    assert not visual.matches(page, moved)
    assert visual.matches(page, noisy) and visual.matches(page, hair)


# --- the reading copy's layout -------------------------------------------------------------------

def _walk(box, ancestors, out):
    """Every line box under `box` with the elements it is inside (tag, classes), in order."""
    from weasyprint.formatting_structure import boxes

    here = ancestors
    element = getattr(box, "element", None)
    if element is not None and (not ancestors or ancestors[-1][2] is not element):
        here = [*ancestors, (box.element_tag, set((element.get("class") or "").split()), element)]
    if isinstance(box, boxes.LineBox):
        out.append((box, here))
    for child in getattr(box, "children", ()):
        _walk(child, here, out)
    return out


def _first_text(box):
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.TextBox):
        return box if box.text.strip() else None
    for child in getattr(box, "children", ()):
        found = _first_text(child)
        if found is not None:
            return found
    return None


def _inside(box, root, ancestors=()):
    """The elements (tag, classes) the box is inside, found from `root`."""
    if box is root:
        return list(ancestors)
    element = getattr(root, "element", None)
    here = list(ancestors)
    if element is not None and (not here or here[-1][2] is not element):
        here.append((root.element_tag, set((element.get("class") or "").split()), element))
    for child in getattr(root, "children", ()):
        found = _inside(box, child, here)
        if found is not None:
            return found
    return None


def _pages(html: str, dirs, stylesheets=None):
    from reportgen.render.html import layout

    doc, _ = layout(html, dirs, stylesheets=stylesheets)
    pages = []
    for page in doc.pages:
        box = page._page_box
        body = [c for c in box.children if type(c).__name__ not in ("MarginBox",)]
        lines = []
        for child in body:
            lines.extend(_walk(child, [], []))
        pages.append((page, box, body, lines))
    return doc, pages


def _bottom(lines) -> float:
    return max((line.position_y + line.margin_height() for line, _ in lines), default=0.0)


def _content_boxes(body):
    """Boxes that show something: text lines, images and boxes with a background of their own."""
    from weasyprint.formatting_structure import boxes

    out, todo = [], list(body)
    while todo:
        box = todo.pop()
        if box.element_tag in ("html", "body"):
            todo.extend(getattr(box, "children", ()))
            continue
        bg = box.style["background_color"]
        if isinstance(box, boxes.LineBox | boxes.ReplacedBox) or (bg is not None and bg.alpha > 0):
            out.append(box)
        todo.extend(getattr(box, "children", ()))
    return out


def _filled(box, body) -> float:
    """How much of the page's content area is used, top to the lowest thing shown."""
    top, height = box.content_box_y(), box.height
    shown = _content_boxes(body)
    low = max((b.position_y + b.margin_height() for b in shown), default=top)
    return (low - top) / height


def _starts_with_break(page) -> bool:
    """The page begins with a block that always starts a page (the sources page)."""
    return "sources" in page.anchors


def test_the_reading_copy_is_at_most_eight_pages_and_one_sources_page(example):
    import pypdfium2 as pdfium

    cfg, res, out, _ = example
    doc = pdfium.PdfDocument(str(out / "2025.pdf"))
    try:
        texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()
    sources = [i for i, t in enumerate(texts) if "资料来源" in t and "Sources" in t]
    assert sources == [len(texts) - 1], "the sources are the last page, and only that"
    assert len(texts) - 1 <= 8, f"{len(texts) - 1} pages of reading copy"
    last = texts[-1]
    assert not re.search(r"[0-9a-f]{12,}", last) and ".txt" not in last and "seeds/" not in last  # no paths, no hashes
    assert "另有" not in "".join(texts) and not re.search(r"\[\d+\]\s*\d{3}-\d{2}", "".join(texts))


def test_the_docx_ends_with_the_compact_sources_and_marks_once(example):
    """The DOCX, like the PDF: the classification printed once, no evidence list, no file paths, no
    "more figures" notes; the sources page lists each item shown and says where the sentences are."""
    import docx
    from docx.oxml.ns import qn

    cfg, res, out, _ = example
    body = docx.Document(out / "2025.docx").element.body
    text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))
    assert text.count(cfg.classification) == 1
    tail = text[text.rindex("资料来源"):]
    assert "2025-sources.pdf" in tail and ".txt" not in text and "数据出处" not in text.replace("《数据出处》", "")
    assert all(v.title in tail for v in res.briefing.items)
    assert "另有" not in text and not re.search(r"\[\d+\]\s*\d{3}-\d{2}", text)
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(out / "2025.pdf"))
    try:
        pdf = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    assert pdf.count(cfg.classification) == 1


def _layout_problems(pages) -> list[str]:
    """Pages under 40 % filled but a section's or the document's last, pages ending with a heading, lines
    starting with a figure number."""
    problems = []
    for i, (_, box, body, lines) in enumerate(pages):
        last_page = i == len(pages) - 1
        next_breaks = not last_page and _starts_with_break(pages[i + 1][0])
        fill = _filled(box, body)
        if fill < 0.4 and not (last_page or next_breaks):
            problems.append(f"page {i + 1}: {fill:.0%} filled")
        if lines and not last_page:
            line, inside = max(lines, key=lambda p: p[0].position_y + p[0].margin_height())
            if any(tag in HEADINGS for tag, _, _ in inside):
                problems.append(f"page {i + 1}: ends with a heading: {_first_text(line).text!r}")
        for line, inside in lines:
            first = _first_text(line)
            if first is None:
                continue
            where = _inside(first, line, inside) or inside
            if any(tag == "sup" or "ref" in classes for tag, classes, _ in where):
                problems.append(f"page {i + 1}: a line starts with figure number {first.text!r}")
    return problems


def test_layout_fill_headings_and_figure_numbers(example):
    """No page under 40 % filled but a section's or the document's last; no heading as a page's last
    line; no line that starts with a figure number (a superscript)."""
    cfg, res, out, theme = example
    doc, pages = _pages(res.html, theme.dirs)
    assert len(pages) >= 3
    problems = _layout_problems(pages)
    assert not problems, "\n".join(problems)


def test_every_figure_is_printed_with_its_number_as_a_superscript(example):
    """The reading copy prints each figure (its Chinese as printed.py says it) followed by its number,
    small and raised; the number is never a link to an evidence list in the same file."""
    cfg, res, out, _ = example
    for f in res.briefing.figures:
        assert f'<sup class="ref">{f.ref}</sup>' in res.html, f.ref
    assert 'href="#fig-' not in res.html and 'class="more"' not in res.html


# --- the mobile edition ----------------------------------------------------------------------------

def test_mobile_screens_show_every_big_number_and_none_is_blank(example):
    import pypdfium2 as pdfium
    from PIL import Image

    from reportgen.render import mobile

    cfg, res, out, theme = example
    pngs = sorted((out / "mobile").glob("2025-*.png"))
    assert len(pngs) >= 5
    images = [Image.open(p).convert("RGB") for p in pngs]
    width, height = mobile.SCREEN_PX
    assert all(im.width == width and im.height <= height for im in images)
    assert all(im.height == height for im in images[:-1])
    for n, im in enumerate(images, 1):  # something is drawn below the draft mark on every screen
        body = im.crop((0, round(im.height * 0.06), im.width, im.height)).convert("L")
        ink = sum(body.point(lambda v: 255 if v < 200 else 0).histogram()[255:]) / (body.width * body.height)
        assert ink > 0.02, f"screen {n} is blank ({ink:.2%} ink)"
    # the screens are the pages of the screens layout, drawn one by one: find each big number's place
    pdf = mobile.screens_pdf(res.html, theme.dirs, theme.mobile_css())
    assert [png.read_bytes() for png in pngs] == mobile.screen_pngs(pdf)
    numbers = re.findall(r'<span class="num">([^<]+)</span>', res.html)
    assert len(numbers) >= len(res.briefing.figures) - sum(1 for f in res.briefing.figures if f.kind == "change")
    doc = pdfium.PdfDocument(pdf)
    try:
        missing = []
        for number in dict.fromkeys(numbers):
            if not _drawn_somewhere(doc, images, number):
                missing.append(number)
    finally:
        doc.close()
    assert not missing, f"big numbers on no screen, or not drawn: {missing}"


def _drawn_somewhere(doc, images, text: str) -> bool:
    """The text is on a page of the screens PDF, and the screen image has ink where it stands."""
    for i in range(len(doc)):
        page = doc[i]
        textpage = page.get_textpage()
        searcher = textpage.search(text, match_whole_word=False)
        found = searcher.get_next()
        while found:
            start, count = found
            boxes = [textpage.get_charbox(start + k) for k in range(count)]
            left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
            bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
            scale = images[i].width / page.get_width()
            h = page.get_height()
            crop = images[i].crop((int(left * scale), int((h - top) * scale), int(right * scale) + 1,
                                   int((h - bottom) * scale) + 1)).convert("L")
            if crop.width and crop.height and crop.getextrema()[0] < 160:  # dark glyph pixels are there
                return True
            found = searcher.get_next()
    return False


def test_mobile_screens_are_cut_between_blocks(example):
    """A screen ends between two blocks: no figure tile, key figure or quote is on two screens, no
    screen ends with a heading or is under 40 % filled but the last before the sources, and the last
    screen holds the sources and only them."""
    from reportgen.render import mobile

    cfg, res, out, theme = example
    from weasyprint import CSS

    css = mobile._css(mobile.SCREEN_MM, mobile.MARGIN_MM[0] + 2, theme.mobile_css(), True)
    assert isinstance(css, CSS)
    doc, pages = _pages(res.html, theme.dirs, [css])
    where: dict[int, set[int]] = {}
    for i, (_, _, _, lines) in enumerate(pages):
        for _, inside in lines:
            for _, classes, element in inside:
                if classes & {"tile", "key", "quote", "hero"}:
                    where.setdefault(id(element), set()).add(i)
    split = [pages_ for pages_ in where.values() if len(pages_) > 1]
    assert where and not split, f"{len(split)} block(s) cut by a screen's end"
    problems = _layout_problems(pages)  # the same rules as the A4 pages
    assert not problems, "\n".join(problems)
    last_lines = pages[-1][3]
    assert any("sources" in classes for _, inside in last_lines for _, classes, _ in inside)
    assert not any("section" in classes for _, inside in last_lines for _, classes, _ in inside)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_long_mobile_page_is_one_page_with_everything(example):
    import subprocess

    from pypdf import PdfReader

    cfg, res, out, _ = example
    reader = PdfReader(io.BytesIO((out / "2025-mobile.pdf").read_bytes()))
    assert len(reader.pages) == 1
    text = "".join(subprocess.run(["pdftotext", "-raw", str(out / "2025-mobile.pdf"), "-"], capture_output=True,
                                  text=True, check=True).stdout.split())
    for f in res.briefing.figures:
        assert f"{f.number_zh}{f.ref}{f.caveat_zh}".replace(" ", "") in text, (f.ref, f.zh)  # caveat: the line under
