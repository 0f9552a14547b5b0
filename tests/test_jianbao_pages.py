"""The 简报 as it prints: the example (config/weekly.yaml) built once, its pages looked at.

Pictures: chosen pages rendered at low resolution and compared with tests/visual/jianbao/ within a
tolerance (`scripts/visual.py jianbao --update` rewrites them; review the image diffs it writes).
Structure, from WeasyPrint's own layout of the same HTML: no page less than 40 % filled except the
last page of a part or of the document, no heading as the last line of a page, no line that starts
with a figure's number [n], 28 characters in a full line of Chinese, the 版记 at the foot of the last
page with its 印发日期, page numbers one character in from the outside edge, Chinese first with its
own punctuation, the body in a 仿宋 and a bold title. The DOCX: headings kept with the next
paragraph, odd and even page numbers, tables that do not split and have no empty cell, no TOC.
"""

from __future__ import annotations

import re
import zipfile

import pytest
from pypdf import PdfReader

from reportgen.render.chinese import cn_date
from reportgen.render.html import layout
from reportgen.render.themes import BUILTIN_THEMES, installed_families
from tests.visual.render import THEMES, build_example, compare

PT = 4 / 3  # CSS pixels in a point
_CJK_LINE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’…—]+")
_NO_START = "，。、；：？！”’）》」』】…%"  # marks a line may not start with (GB/T 15834 line breaking)
_HALF_WIDTH = re.compile(r"[\u4e00-\u9fff][,;:?!(]|[,;:?!)][\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jianbao-pages")
    pdf, res = build_example("jianbao", tmp)
    doc, _ = layout(res.html, [BUILTIN_THEMES / "jianbao"])
    return pdf, res, doc


def _walk(box, stack=()):
    """Every box with the (tag, classes) of the elements it is inside, outermost first."""
    el = getattr(box, "element", None)
    here = stack + (((el.tag, tuple((el.get("class") or "").split())),) if el is not None else ())
    yield box, here
    for child in getattr(box, "children", None) or []:
        yield from _walk(child, here)


def _inside(stack, tag: str | None = None, cls: str | None = None) -> bool:
    return any((tag is None or t == tag) and (cls is None or cls in c) for t, c in stack)


def _text(box) -> str:
    return "".join(b.text for b, _ in _walk(box) if type(b).__name__ == "TextBox")


def _lines(page, with_element: bool = False):
    """The line boxes of a page's flow (not its margin boxes), top to bottom, with their stacks (and
    the element of the block they are lines of)."""
    out = []

    def visit(box, stack, block):
        el = getattr(box, "element", None)
        here = stack + (((el.tag, tuple((el.get("class") or "").split())),) if el is not None else ())
        if type(box).__name__ == "LineBox":
            if _text(box).strip():
                out.append((box, here, block))
            return
        for child in getattr(box, "children", None) or []:
            visit(child, here, el if type(box).__name__ == "BlockBox" else block)

    for child in page._page_box.children:
        if type(child).__name__ != "MarginBox":
            visit(child, (), None)
    out.sort(key=lambda x: x[0].position_y)
    return out if with_element else [(b, s) for b, s, _ in out]


def _area(page) -> tuple[float, float]:
    pb = page._page_box
    return pb.content_box_y(), pb.content_box_y() + pb.height


def _first_pages(doc, cls: str) -> list[int]:
    """The 0-based pages on which an element of this class starts."""
    seen, out = set(), []
    for i, page in enumerate(doc.pages):
        for box, _ in _walk(page._page_box):
            el = getattr(box, "element", None)
            if el is not None and cls in (el.get("class") or "").split() and id(el) not in seen:
                seen.add(id(el))
                out.append(i)
    return out


def test_chosen_pages_look_like_the_references(example, tmp_path):
    pdf, res, _ = example
    differ = compare("jianbao", pdf, diffs=tmp_path)
    fonts = ", ".join(f"{role}: {names[0]}" for role, names in res.briefing.fonts.items())
    assert not differ, ("\n".join(differ) + f"\nimage diffs: {tmp_path}\nfonts used: {fonts} (the references "
                        "are made with the fonts scripts/setup.sh installs)\nif the change is intended: "
                        ".venv/bin/python scripts/visual.py jianbao --update, and review out/visual/jianbao/")
    assert len(THEMES["jianbao"].pages) >= 3


def test_no_page_is_less_than_40_percent_filled_except_the_last_of_a_part(example):
    _, _, doc = example
    part_ends = {p - 1 for cls in ("part-head", "annex") for p in _first_pages(doc, cls)} | {len(doc.pages) - 1}
    assert len(doc.pages) >= 8 and len(part_ends) == 3
    for i, page in enumerate(doc.pages):
        top, bottom = _area(page)
        lines = _lines(page)
        filled = (max(b.position_y + b.height for b, _ in lines) - top) / (bottom - top)
        assert i in part_ends or filled >= 0.4, f"page {i + 1} is {filled:.0%} filled"


def test_no_heading_is_the_last_line_of_a_page(example):
    _, _, doc = example
    for i, page in enumerate(doc.pages[:-1]):
        last, stack = _lines(page)[-1]
        assert not (_inside(stack, "h2") or _inside(stack, "h3") or _inside(stack, "h1")), \
            f"page {i + 1} ends with the heading {_text(last)!r}"


def test_no_line_starts_with_a_figure_number(example):
    _, res, doc = example
    refs = re.findall(r'(.{0,20})<a class="ref"', res.html)
    tied = re.compile(r'<span class="tie">[^<]$|\w[^<\s]*&#160;$')  # to a character, or a no-break space
    assert len(refs) > 40 and all(tied.search(r) for r in refs), [r for r in refs if not tied.search(r)][:3]
    ties = [b for page in doc.pages for b, s in _walk(page._page_box) if s and "tie" in s[-1][1]]
    assert ties and all(b.style["white_space"] == "nowrap" for b in ties)  # the tie holds
    checked = 0
    for i, page in enumerate(doc.pages):
        for line, _ in _lines(page):
            leaves = [(b, s) for b, s in _walk(line) if type(b).__name__ == "TextBox" and b.text.strip()]
            if leaves:
                checked += 1
                assert not _inside(leaves[0][1], "a", "ref"), f"page {i + 1}: a line starts with {_text(line)!r}"
    assert checked > 200


def test_a_full_line_of_chinese_has_28_characters(example):
    _, _, doc = example
    by_paragraph: dict[int, list[str]] = {}
    for page in doc.pages:
        for line, stack, block in _lines(page, with_element=True):
            if _inside(stack, "p", "zh") and not _inside(stack, "footer"):
                by_paragraph.setdefault(id(block), []).append(_text(line))
    counts = []
    for lines in by_paragraph.values():
        for k, text in enumerate(lines[:-1]):  # a paragraph's last line is as long as it is
            if _CJK_LINE.fullmatch(text.strip()):
                count = len(text.strip()) + (2 if k == 0 else 0)  # the first line's indent: two
                counts.append(count)
                # shorter only where the next line would otherwise start with a mark that may not
                # start one (，。” …): a character or two go down with it
                after = lines[k + 1].strip()
                assert count == 28 or (26 <= count < 28 and any(c in _NO_START for c in after[1:3])), \
                    (count, text, after[:4])
    assert len(counts) >= 20, counts
    assert counts.count(28) >= 0.8 * len(counts), counts


def test_the_closing_block_is_at_the_foot_of_the_last_page_with_its_printing_date(example):
    _, res, doc = example
    pages = {i for i, page in enumerate(doc.pages) for b, s in _walk(page._page_box)
             if getattr(b, "element_tag", None) == "footer" and "closing" in (b.element.get("class") or "")}
    assert pages == {len(doc.pages) - 1}, pages
    page = doc.pages[-1]
    _, bottom = _area(page)
    block = max((b for b, _ in _walk(page._page_box) if getattr(b, "element_tag", None) == "footer"),
                key=lambda b: b.margin_height())
    rules = next(b for b, s in _walk(block) if s and s[-1] == ("div", ("rules",)))
    assert abs(block.position_y + block.margin_height() - bottom) < 1 * PT  # at the foot of the type area
    text = _text(block)
    assert f"{cn_date(res.briefing.config.date)}印发" in text and "政法信息简报编辑组" in text
    assert text.index("报：") < text.index("送：") < text.index("发：") < text.index("印发")
    flow = [b for b, s in _lines(page) if not _inside(s, "footer")]
    assert max(b.position_y + b.height for b in flow) <= rules.position_y  # below the text, not over it


def test_page_numbers_stand_one_character_in_from_the_outside_edge(example):
    _, _, doc = example
    for i, page in enumerate(doc.pages[:4]):
        pb = page._page_box
        odd = i % 2 == 0
        box = next(b for b in pb.children if getattr(b, "at_keyword", "") == ("@bottom-right" if odd else "@bottom-left"))
        text = [b for b, _ in _walk(box) if type(b).__name__ == "TextBox"]
        assert "".join(t.text for t in text).replace(" ", "") == f"—{i + 1}—"
        left = min(t.position_x for t in text)
        right = max(t.position_x + t.width for t in text)
        if odd:
            assert abs(pb.content_box_x() + pb.width - 14 * PT - right) < 1.5, (i, right)
        else:
            assert abs(pb.content_box_x() + 14 * PT - left) < 1.5, (i, left)
        top_of_number = min(t.position_y for t in text)
        assert abs(top_of_number - (_area(page)[1] + 7 * 96 / 25.4)) < 8  # 7 mm below the type area


def test_chinese_first_with_full_width_punctuation_then_english_then_annex(example):
    pdf, res, _ = example
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    text = "\n".join(pages)
    english = next(i for i, t in enumerate(pages) if res.briefing.config.title.en in t and i > 0)
    assert all("Key figures" not in t and "Enforcement" not in t for t in pages[:english])
    assert text.index("七、其他") < text.index("Key figures") < text.index("附件：数据出处")
    assert all(not _HALF_WIDTH.search(t) for t in pages[:english]), \
        [m.group(0) for t in pages[:english] for m in _HALF_WIDTH.finditer(t)]
    assert "（新收加旧存）47717件，同比增长20.49%，" in "".join(pages[0].split())
    assert all("未经审核 草稿" in t for t in pages)  # not reviewed: the draft mark on every page


def test_body_in_a_fangsong_and_the_title_bold(example):
    pdf, res, doc = example
    fonts = {str(f.get_object()["/BaseFont"]) for p in PdfReader(pdf).pages
             for f in (p["/Resources"].get("/Font") or {}).values()}
    body = res.briefing.fonts["body"][0]
    assert any(body.replace(" ", "").replace("_", "") in f.replace("_", "") for f in fonts), (body, fonts)
    if "FandolFang" in installed_families():  # scripts/setup.sh installs it
        assert body == "FandolFang" or "仿宋" in body or "FangSong" in body
    title = next(b for page in doc.pages[:1] for b, s in _walk(page._page_box) if getattr(b, "element_tag", "") == "h1")
    assert title.style["font_weight"] == 700 or "小标宋" in res.briefing.fonts["title"][0]
    if res.briefing.fonts["title"][0] == "Noto Serif CJK SC":
        assert any("NotoSerifCJK" in f.replace("-", "") and "Bold" in f for f in fonts), fonts


# ----------------------------------------------------------------------------------------------- DOCX

def _docx(example):
    import docx

    pdf, res, _ = example
    path = pdf.with_suffix(".docx")
    return docx.Document(path), zipfile.ZipFile(path), res


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_docx_headings_keep_with_next_and_chinese_comes_first(example):
    d, _, res = _docx(example)
    for name in ("Heading One", "Heading Two"):
        assert d.styles[name].paragraph_format.keep_with_next is True
    paras = d.paragraphs
    styles = [p.style.name for p in paras]
    heads = [i for i, s in enumerate(styles) if s in ("Heading One", "Heading Two")]
    assert heads and all(i + 1 < len(paras) and paras[i + 1].text.strip() for i in heads)
    texts = [p.text for p in paras]
    english = next(i for i, t in enumerate(texts) if t.startswith("Legal Affairs Bulletin"))
    last_chinese = max(i for i, t in enumerate(texts) if t.startswith("七、"))
    assert last_chinese < english < texts.index("附件：数据出处")
    assert not any(t.startswith(("Key figures", "1. Enforcement")) for t in texts[:english])
    body = [t for t in texts[:english] if t.startswith("主要数据：")]
    assert body and all(re.search(r"[^\u2060]\[\d+\]", t) is None for t in body)  # [n] tied to what it numbers
    assert all(not _HALF_WIDTH.search(t) for t in texts[:english])


def test_docx_odd_and_even_page_numbers_on_the_outside(example):
    d, z, _ = _docx(example)
    settings = z.read("word/settings.xml").decode()
    assert "<w:evenAndOddHeaders/>" in settings and "<w:mirrorMargins/>" in settings
    sec = d.sections[0]
    for footer, side in ((sec.footer, "right"), (sec.even_page_footer, "left")):
        p = footer.paragraphs[0]
        assert p.alignment is not None and p.alignment.name == side.upper()
        indent = p.paragraph_format.right_indent if side == "right" else p.paragraph_format.left_indent
        assert indent is not None and round(indent.pt) == 14
        assert "PAGE" in "".join(x.text or "" for x in p._p.iter(f"{W}instrText"))
    body = d.styles["Bulletin Body"]
    assert body.font.name == _docx(example)[2].briefing.fonts["body"][0]
    assert round(body.paragraph_format.line_spacing.pt, 1) == 28.9


def test_docx_tables_do_not_split_have_no_empty_cell_and_there_is_no_toc(example):
    d, z, res = _docx(example)
    document = z.read("word/document.xml").decode()
    assert "TOC" not in "".join(re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", document))
    assert d.tables
    for table in d.tables:
        for row in table.rows:
            assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None
            assert all(c.text.strip() for c in row.cells)
    closing = d.tables[-1]
    assert closing._tbl.find(f"{W}tblPr/{W}tblpPr").get(f"{W}tblpYSpec") == "bottom"  # at the foot of the page
    cells = [c.text for row in closing.rows for c in row.cells]
    assert cells[-2] == f"政法信息简报编辑组\t{cn_date(res.briefing.config.date)}印发"
