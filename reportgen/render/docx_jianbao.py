"""The 简报 layout of the DOCX (GB/T 9704-2012): masthead, red rule, 一、/（一） headings, 16 pt
仿宋 body on a grid of 22 lines of 28 characters, page numbers — N — one character in from the
outside edge (odd pages right, even pages left), mirrored margins, and the 版记 (报/送/发, 印发机关
and 印发日期) at the foot of the last page. Headings keep with the paragraph after them, a figure's
number [n] is tied to the character before it, and with `languages: {layout: sequential}` the
English follows the Chinese as a part of its own."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor

from reportgen.assemble import Briefing, closing_block, listed
from reportgen.render.chinese import cn_date, cn_ordinal, en_date, zh_punct
from reportgen.render.docx_base import (
    DRAFT_EN,
    DRAFT_ZH,
    StyleTable,
    field,
    logo,
    para,
    plain_paragraphs,
    properties,
    run,
    save,
    styles,
)

RED = RGBColor(0xD4, 0x00, 0x00)
GREY = RGBColor(0x33, 0x33, 0x33)
LINE = Pt(28.9)  # 22 lines in the 225 mm type area
TIGHTEN = Pt(0.25)  # 16 pt characters set 0.25 pt closer: 28 of them (441 pt) fill the 156 mm (442.2 pt) line
PITCH = Emu(Pt(16) - TIGHTEN)
WORD_JOINER = "\u2060"  # no line break between a figure and its number [n]
STYLES: StyleTable = {
    "Bulletin Name": ("Normal", "title", 36, True, RED),
    "Bulletin Meta": ("Normal", "body", 16, False, None),
    "Bulletin Title": ("Normal", "title", 22, True, RGBColor(0, 0, 0)),
    "Heading One": ("Heading 1", "heading", 16, False, RGBColor(0, 0, 0)),
    "Heading Two": ("Heading 2", "kai", 16, False, RGBColor(0, 0, 0)),
    "Bulletin Body": ("Normal", "body", 16, False, None),
    "English Text": ("Normal", "body", 12, False, GREY),
    "English Heading": ("Normal", "body", 13, True, RGBColor(0, 0, 0)),
    "Annex Text": ("Normal", "body", 10.5, False, GREY),
    "Closing Text": ("Normal", "body", 14, False, None),
}
GRID_STYLES = ("Bulletin Body", "Heading One", "Heading Two")
ENGLISH_FONT = "Noto Serif CJK SC"


def _border(par, edge: str, size_eighths: int, color: str) -> None:
    """A rule above or below a paragraph (w:pBdr)."""
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(bdr, *_AFTER_PBDR_PPR)
    el = OxmlElement(f"w:{edge}")
    for k, v in (("w:val", "single"), ("w:sz", str(size_eighths)), ("w:space", "1"), ("w:color", color)):
        el.set(qn(k), v)
    bdr.append(el)


def _el(tag: str, **attrs: str):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


# Where an element goes among its siblings (the schema's order, which Word checks).
_AFTER_SPACING_RPR = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr",
                      "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
                      "w:specVanish", "w:oMath")
_AFTER_SNAP_PPR = ("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                   "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_PBDR_PPR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                   "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                   "w:snapToGrid", *_AFTER_SNAP_PPR)


def _grid(sec) -> None:
    """The line grid of GB/T 9704: 22 lines a page (Word's 文档网格, lines only: a character grid is
    laid out differently by Word and LibreOffice; 28 characters a line come from the body's spacing)."""
    sect = sec._sectPr
    for old in sect.findall(qn("w:docGrid")):
        sect.remove(old)
    sect.append(_el("w:docGrid", **{"w:type": "lines", "w:linePitch": str(round(LINE.pt * 20))}))


def _condensed(style) -> None:
    """Characters 0.25 pt closer than their 16 pt: 28 of them fill the 156 mm line."""
    rpr = style.element.get_or_add_rPr()
    rpr.insert_element_before(_el("w:spacing", **{"w:val": str(round(-TIGHTEN.pt * 20))}), *_AFTER_SPACING_RPR)


def _grid_defaults(doc) -> None:
    """The document's default size is the body's, 16 pt; only the body and its headings snap to the
    line grid (the English, the annex, the masthead and the 版记 keep their own line spacing), and
    they are set 28 characters a line."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = _el(tag)
            rpr.insert_element_before(el, *_AFTER_SPACING_RPR[_AFTER_SPACING_RPR.index(tag) + 1:])
        el.set(qn("w:val"), "32")
    for name in STYLES:
        if name not in GRID_STYLES:
            doc.styles[name].element.get_or_add_pPr().insert_element_before(
                _el("w:snapToGrid", **{"w:val": "0"}), *_AFTER_SNAP_PPR)
        else:
            _condensed(doc.styles[name])


def _mirror_margins(doc) -> None:
    """Inside and outside margins (28 mm at the binding side) on facing pages."""
    settings = doc.settings.element
    zoom = settings.find(qn("w:zoom"))
    el = _el("w:mirrorMargins")
    if zoom is not None:
        zoom.addnext(el)
    else:
        settings.insert(0, el)


def _page_number(footer, outside: str) -> None:
    """— N — in 4号 (14 pt), one character (14 pt) in from the outside edge, 7 mm below the type area."""
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if outside == "right" else WD_ALIGN_PARAGRAPH.LEFT
    pf = p.paragraph_format
    if outside == "right":
        pf.right_indent = Pt(14)
    else:
        pf.left_indent = Pt(14)
    pf.space_before = Pt(0)
    for text in ("— ", None, " —"):
        if text is None:
            field(p, "PAGE", "1")
        else:
            p.add_run(text)
    for r in p.runs:
        r.font.size = Pt(14)


def _draft(header, briefing: Briefing, font: str) -> None:
    if not briefing.draft:
        return
    p = header.paragraphs[0].insert_paragraph_before()
    r = run(p, DRAFT_ZH + (f"  {DRAFT_EN}" if "en" in briefing.languages else ""), font, bold=True)
    r.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)


def _keep(p, with_next: bool = True):
    p.paragraph_format.keep_with_next = with_next
    p.paragraph_format.keep_together = True
    return p


def _figures(doc, lead: str, figs: list[str], refs: list[str], style: str, sep: str, end: str):
    """A line of figures, each followed by its number [n] in superscript, tied to the figure."""
    p = para(doc, lead, style)
    for i, (text, ref) in enumerate(zip(figs, refs, strict=True)):
        p.add_run(text + WORD_JOINER)
        r = p.add_run(f"[{ref}]")
        r.font.superscript = True
        p.add_run(sep if i < len(figs) - 1 else end)
    return p


def _zh_figures(doc, lead: str, shown, change: bool = True):
    texts = [zh_punct(zh) + (f"（{f.change.zh}）" if change and f.change else "") for f, zh, _ in listed(shown)]
    return _figures(doc, lead, texts, [str(f.ref) for f in shown], "Bulletin Body", "；", "。")


def _en_figures(doc, lead: str, shown, change: bool = True):
    texts = [f"{f.label_en}, {en}" + (f" ({f.change.en})" if change and f.change and f.change.en else "") + "\u00a0"
             for f, _, en in listed(shown)]
    return _figures(doc, lead, texts, [str(f.ref) for f in shown], "English Text", "; ", ".")


def render_jianbao(briefing: Briefing, cache_dir=None) -> bytes:
    """The briefing as a 简报 Word document (GB/T 9704-2012)."""
    cfg = briefing.config
    langs = briefing.languages
    passes = [["zh"], ["en"]] if briefing.layout == "sequential" else [langs]
    first = passes[0]
    zh = "zh" in first
    doc = Document()
    styles(doc, briefing.fonts, STYLES, normal_size=16)
    for name in ("Bulletin Body", "Heading One", "Heading Two"):
        pf = doc.styles[name].paragraph_format
        pf.first_line_indent = Emu(PITCH * 2)
        pf.line_spacing = LINE
        pf.space_before = pf.space_after = Pt(0)
    for name in ("Heading One", "Heading Two", "English Heading"):
        doc.styles[name].paragraph_format.keep_with_next = True
        doc.styles[name].paragraph_format.keep_together = True
    for name in ("English Text", "English Heading"):
        doc.styles[name].font.name = ENGLISH_FONT
    doc.styles["Bulletin Title"].paragraph_format.space_before = Pt(24)
    doc.styles["Bulletin Title"].paragraph_format.space_after = Pt(18)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    sec.footer_distance = Emu(Mm(35) - Mm(7) - Pt(14))  # the number's top 7 mm below the type area
    _grid(sec)
    _grid_defaults(doc)
    _mirror_margins(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    for header in (sec.header, sec.even_page_header):
        _draft(header, briefing, briefing.fonts["heading"][0])
    _page_number(sec.footer, "right")
    _page_number(sec.even_page_footer, "left")
    properties(doc, briefing)

    if cfg.classification:
        para(doc, cfg.classification, "Heading One").paragraph_format.first_line_indent = Pt(0)
    if cfg.logo is not None:
        logo(doc, briefing, 22)
    name = para(doc, (cfg.bulletin.zh if zh else cfg.bulletin.en) or "", "Bulletin Name")
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, f"第{cfg.issue}期" if zh else f"No. {cfg.issue}", "Bulletin Meta").alignment = WD_ALIGN_PARAGRAPH.CENTER
    meta = para(doc, "", "Bulletin Meta")
    meta.paragraph_format.tab_stops.add_tab_stop(Emu(Mm(156) - PITCH), WD_TAB_ALIGNMENT.RIGHT)
    date = cn_date(cfg.date) if zh else cfg.date.isoformat()
    meta.add_run(f"\u3000{cfg.issuer.zh if zh else cfg.issuer.en}\t{date}")
    _border(meta, "bottom", 16, "D40000")
    for text, lang in ((cfg.title.zh, "zh"), (cfg.title.en, "en")):
        if lang in first and text:
            t = para(doc, zh_punct(text) if lang == "zh" else text, "Bulletin Title" if lang == "zh" else "English Text")
            t.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for n, part in enumerate(passes):
        if n:
            _english_head(doc, briefing)
        _body(doc, briefing, part)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _annex(doc, briefing)
    _closing(doc, briefing, zh)
    return save(doc, briefing)


def _english_head(doc, briefing: Briefing) -> None:
    """The English part's own head, on a new page."""
    cfg = briefing.config
    p = para(doc, "", "English Text")
    p.add_run().add_break(WD_BREAK.PAGE)
    line = " · ".join(x for x in (cfg.bulletin.en or cfg.title.en, f"No. {cfg.issue}", cfg.issuer.en,
                                   en_date(cfg.date)) if x)
    head = para(doc, line, "English Text")
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.runs[0].font.color.rgb = RED
    _border(head, "bottom", 4, "D40000")
    if cfg.title.en:
        t = para(doc, cfg.title.en, "Bulletin Title")
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t.runs[0].font.name = ENGLISH_FONT
        t.runs[0].font.size = Pt(18)
    note = para(doc, "English version of the Chinese bulletin above; the Chinese text prevails. Figure numbers "
                     "lead to the annex.", "English Text")
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _body(doc, briefing: Briefing, langs: list[str]) -> None:
    """Foreword, the compiler's additions and the sections, in the languages of one part."""
    zh, en = "zh" in langs, "en" in langs
    heading_en = "English Heading" if not zh else "English Text"
    zh_note, en_note = briefing.foreword
    if zh and zh_note:
        para(doc, "编者按", "Heading One")
        for text in plain_paragraphs(zh_note):
            para(doc, zh_punct(text), "Bulletin Body")
    if en and en_note:
        if not zh:
            para(doc, "Editor's note", heading_en)
        for text in plain_paragraphs(en_note):
            para(doc, text, "English Text")
    for item in briefing.front:
        _addition(doc, item, langs, "")
    for s_index, s in enumerate(briefing.sections, 1):
        if zh:
            para(doc, f"{cn_ordinal(s_index)}、{zh_punct(s.heading.zh)}", "Heading One")
        if en and s.heading.en:
            _keep(para(doc, f"{s_index}. {s.heading.en}", heading_en))
        for i_index, item in enumerate(s.items, 1):
            if item.kind == "addition":
                _addition(doc, item, langs, f"（{cn_ordinal(i_index)}）")
                continue
            if zh:
                para(doc, f"（{cn_ordinal(i_index)}）{zh_punct(item.title or '')}", "Heading Two")
            if en and item.title_en:
                _keep(para(doc, f"({i_index}) {item.title_en}", heading_en))
            if zh and item.summary:
                para(doc, zh_punct(item.summary), "Bulletin Body")
            if item.figures and zh:
                _zh_figures(doc, "主要数据：", item.figures)
            said = [f for f in item.figures if f.label_en and f.en]
            if en and said:
                _en_figures(doc, "Key figures: ", said)
            if en and item.summary_en:
                para(doc, item.summary_en, "English Text")
            for c in item.cases if zh else []:
                text = "、".join(c.get("parties") or []) + (c.get("dispute") or "") + "。" + (c.get("outcome") or "")
                para(doc, "典型案例：" + zh_punct(text), "Bulletin Body")


def _addition(doc, item, langs: list[str], number: str) -> None:
    """A paragraph or figures of the compiler's own, marked 【编者】 / [Editor]."""
    if "zh" in langs:
        para(doc, f"{number}【编者】{zh_punct(item.title or '')}", "Heading Two")
        for text in plain_paragraphs(item.text_zh):
            para(doc, zh_punct(text), "Bulletin Body")
        if item.figures:
            _zh_figures(doc, "数据：", item.figures, change=False)
    if "en" in langs:
        if item.title_en or "zh" not in langs:
            _keep(para(doc, f"[Editor] {item.title_en or ''}".strip(),
                       "English Text" if "zh" in langs else "English Heading"))
        for text in plain_paragraphs(item.text_en):
            para(doc, text, "English Text")
        said = [f for f in item.figures if f.label_en and f.en]
        if said:
            _en_figures(doc, "Figures: ", said, change=False)


def _annex(doc, briefing: Briefing) -> None:
    """Every figure's number, its figure and the sentence it comes from, as the source says it."""
    zh = "zh" in briefing.languages
    both = "en" in briefing.languages
    h = para(doc, "附件：数据出处" if zh else "Annex: where each figure comes from", "Heading One")
    h.paragraph_format.first_line_indent = Pt(0)
    for sentence, shown in briefing.evidence:
        figs = para(doc, "  ".join(f"[{f.ref}] {f.labelled}" + (f" ({f.label_en})" if both and f.label_en else "")
                                   for f in shown), "Annex Text")
        figs.runs[0].bold = True
        _keep(figs)
        _keep(para(doc, f"{shown[0].item_id}  {sentence}", "Annex Text"), with_next=False)
    for item in briefing.items:
        credits = "".join(f"  {c['role']} {c['name']}" for c in item.credits)
        _keep(para(doc, f"{item.id}  {item.title}{credits}  {item.source}", "Annex Text"), with_next=False)


def _closing(doc, briefing: Briefing, zh: bool) -> None:
    """The 版记: 报/送/发, then 印发机关 and 印发日期, between rules (the first and last 0.35 mm, the
    ones between 0.25 mm), in a table anchored to the foot of the last page's type area; 共印N份
    under it. Its rows do not split and no cell is empty."""
    cfg = briefing.config
    closing = closing_block(cfg)
    rows: list[tuple[str, str]] = []
    for key, zh_lead, en_lead in (("report", "报：", "To: "), ("send", "送：", "Cc: "),
                                  ("issue", "发：", "Distribution: ")):
        if closing[key]:
            rows.append(((zh_lead if zh else en_lead) + "，".join(closing[key]) + "。", ""))
    issuer = (cfg.issuer.zh if zh else cfg.issuer.en) or ""
    rows.append((issuer, f"{cn_date(cfg.date)}印发" if zh else f"Issued {en_date(cfg.date)}"))
    copies = (f"（共印{cfg.copies}份）" if zh else f"({cfg.copies} copies)") if cfg.copies else ""
    if copies:
        rows.append(("", copies))
    table = doc.add_table(rows=len(rows), cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _float_to_foot(table)
    ruled = len(rows) - (1 if copies else 0)
    for i, (left, right) in enumerate(rows):
        tr = table.rows[i]._tr
        tr.get_or_add_trPr().append(_el("w:cantSplit"))
        cell = table.cell(i, 0)
        p = cell.paragraphs[0]
        p._p.style = None
        pf = p.paragraph_format
        pf.left_indent = pf.right_indent = Pt(14)
        pf.space_before, pf.space_after = Pt(2), Pt(2)
        pf.keep_with_next = i < len(rows) - 1
        pf.keep_together = True
        if right and left:
            pf.tab_stops.add_tab_stop(Emu(Mm(156) - Pt(28)), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(f"{left}\t{right}")
        elif right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(right)
        else:
            p.add_run(left)
        for r in p.runs:
            r.font.size = Pt(14 if i < ruled else 12)
        if i < ruled:
            _cell_rules(cell, top=8 if i == 0 else 4, bottom=8 if i == ruled - 1 else 4)
        else:
            _cell_rules(cell, top=8, bottom=0)
    anchor = para(doc, "", "Closing Text")  # a floating table is anchored to the paragraph after it
    anchor.paragraph_format.line_spacing = Pt(1)
    anchor.paragraph_format.space_before = anchor.paragraph_format.space_after = Pt(0)


def _float_to_foot(table) -> None:
    """A table positioned at the bottom of the type area of the page its anchor is on (w:tblpPr),
    centred, with the text of the document above it."""
    tblpr = table._tbl.tblPr
    tblpr.insert_element_before(_el("w:tblpPr", **{"w:vertAnchor": "margin", "w:horzAnchor": "margin",
                                       "w:tblpXSpec": "center", "w:tblpYSpec": "bottom",
                                       "w:topFromText": "284"}),
                                "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
                                "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                                "w:tblLayout", "w:tblCellMar", "w:tblLook")
    width = tblpr.find(qn("w:tblW"))
    if width is None:
        width = _el("w:tblW")
        tblpr.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(round(Mm(156).pt * 20)))


def _cell_rules(cell, top: int, bottom: int) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge, size in (("top", top), ("bottom", bottom), ("left", 0), ("right", 0)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if size else "nil")
        if size:
            el.set(qn("w:sz"), str(size))
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tcpr.append(borders)
