"""The 简报 layout of the DOCX (GB/T 9704-2012): masthead, red rule, 一、/（一） headings,
16 pt body, page numbers — N —, and the 报/送/发 closing block between rules."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from reportgen.assemble import Briefing, closing_block
from reportgen.render.chinese import cn_date, cn_ordinal
from reportgen.render.docx_base import (
    StyleTable,
    draft_mark,
    field,
    logo,
    para,
    plain_paragraphs,
    properties,
    save,
    styles,
)

RED = RGBColor(0xD4, 0x00, 0x00)
GREY = RGBColor(0x33, 0x33, 0x33)
STYLES: StyleTable = {
    "Bulletin Name": ("Normal", "title", 36, True, RED),
    "Bulletin Meta": ("Normal", "body", 16, False, None),
    "Bulletin Title": ("Normal", "title", 22, False, RGBColor(0, 0, 0)),
    "Heading One": ("Heading 1", "heading", 16, False, RGBColor(0, 0, 0)),
    "Heading Two": ("Heading 2", "kai", 16, False, RGBColor(0, 0, 0)),
    "Bulletin Body": ("Normal", "body", 16, False, None),
    "English Text": ("Normal", "body", 12, False, GREY),
    "Annex Text": ("Normal", "body", 10.5, False, GREY),
    "Closing Text": ("Normal", "body", 14, False, None),
}


def _border(par, edge: str, size_eighths: int, color: str) -> None:
    """A rule above or below a paragraph (w:pBdr)."""
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{edge}")
    for k, v in (("w:val", "single"), ("w:sz", str(size_eighths)), ("w:space", "1"), ("w:color", color)):
        el.set(qn(k), v)
    bdr.append(el)


def render_jianbao(briefing: Briefing, cache_dir=None) -> bytes:
    """The briefing as a 简报 Word document (GB/T 9704-2012)."""
    cfg = briefing.config
    langs = briefing.languages
    zh = "zh" in langs
    doc = Document()
    styles(doc, briefing.fonts, STYLES, normal_size=16)
    for name in ("Bulletin Body", "Heading One", "Heading Two"):
        pf = doc.styles[name].paragraph_format
        pf.first_line_indent = Pt(32)
        pf.line_spacing = Pt(28.9)
        pf.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    draft_mark(sec, briefing, briefing.fonts["heading"][0])
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("— ")
    field(foot, "PAGE", "1")
    foot.add_run(" —")
    properties(doc, briefing)

    if cfg.classification:
        para(doc, cfg.classification, "Heading One").paragraph_format.first_line_indent = Pt(0)
    if cfg.logo is not None:
        logo(doc, briefing, 22)
    name = para(doc, (cfg.bulletin.zh if zh else cfg.bulletin.en) or "", "Bulletin Name")
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, f"第{cfg.issue}期" if zh else f"No. {cfg.issue}", "Bulletin Meta").alignment = WD_ALIGN_PARAGRAPH.CENTER
    meta = para(doc, "", "Bulletin Meta")
    meta.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    date = cn_date(cfg.date) if zh else cfg.date.isoformat()
    meta.add_run(f"{cfg.issuer.zh if zh else cfg.issuer.en}\t{date}")
    _border(meta, "bottom", 16, "D40000")
    for text, lang in ((cfg.title.zh, "zh"), (cfg.title.en, "en")):
        if lang in langs and text:
            para(doc, text, "Bulletin Title" if lang == "zh" else "English Text").alignment = WD_ALIGN_PARAGRAPH.CENTER

    zh_note, en_note = briefing.foreword
    if zh and zh_note:
        para(doc, "编者按", "Heading One")
        for text in plain_paragraphs(zh_note):
            para(doc, text, "Bulletin Body")
    if "en" in langs and en_note:
        for text in plain_paragraphs(en_note):
            para(doc, text, "English Text")
    for item in briefing.front:
        _addition(doc, item, langs, "")
    for s_index, s in enumerate(briefing.sections, 1):
        if zh:
            para(doc, f"{cn_ordinal(s_index)}、{s.heading.zh}", "Heading One")
        if "en" in langs and s.heading.en:
            para(doc, f"{s_index}. {s.heading.en}", "English Text")
        for i_index, item in enumerate(s.items, 1):
            if item.kind == "addition":
                _addition(doc, item, langs, f"（{cn_ordinal(i_index)}）")
                continue
            if zh:
                para(doc, f"（{cn_ordinal(i_index)}）{item.title}", "Heading Two")
            if "en" in langs and item.title_en:
                para(doc, f"({i_index}) {item.title_en}", "English Text")
            if zh and item.summary:
                para(doc, item.summary, "Bulletin Body")
            if item.figures:
                if zh:
                    figs = "；".join(f.labelled + (f"（{f.change.zh}）" if f.change else "") + f"[{f.ref}]"
                                    for f in item.figures)
                    para(doc, f"主要数据：{figs}。", "Bulletin Body")
                said = [f for f in item.figures if f.label_en and f.en]
                if "en" in langs and said:
                    figs = "; ".join(f"{f.label_en}, {f.en} [{f.ref}]" for f in said)
                    para(doc, f"Key figures: {figs}.", "English Text")
            if "en" in langs and item.summary_en:
                para(doc, item.summary_en, "English Text")
    doc.add_page_break()
    para(doc, "附件：数据出处" if zh else "Annex: where each figure comes from", "Heading One")
    for sentence, shown in briefing.evidence:
        para(doc, "  ".join(f"[{f.ref}] {f.labelled}" + (f" ({f.label_en})" if "en" in langs and f.label_en else "")
                             for f in shown), "Annex Text").runs[0].bold = True
        para(doc, f"{shown[0].item_id}  {sentence}", "Annex Text")
    _closing(doc, briefing)
    return save(doc, briefing)


def _addition(doc, item, langs: list[str], number: str) -> None:
    """A paragraph or figures of the compiler's own, marked 【编者】 / [Editor]."""
    if "zh" in langs:
        para(doc, f"{number}【编者】{item.title or ''}", "Heading Two")
        for text in plain_paragraphs(item.text_zh):
            para(doc, text, "Bulletin Body")
        if item.figures:
            para(doc, "数据：" + "；".join(f"{f.labelled}[{f.ref}]" for f in item.figures) + "。", "Bulletin Body")
    if "en" in langs:
        if item.title_en or "zh" not in langs:
            para(doc, f"[Editor] {item.title_en or ''}".strip(), "English Text")
        for text in plain_paragraphs(item.text_en):
            para(doc, text, "English Text")
        said = [f for f in item.figures if f.label_en and f.en]
        if said:
            para(doc, "Figures: " + "; ".join(f"{f.label_en}, {f.en} [{f.ref}]" for f in said) + ".", "English Text")


def _closing(doc, briefing: Briefing) -> None:
    """报/送/发 and 共印N份 in a table whose rows are separated by rules."""
    cfg = briefing.config
    zh = "zh" in briefing.languages
    closing = closing_block(cfg)
    rows = [(("报：" if zh else "To: ") + "，".join(closing["report"]) + "。") if closing["report"] else None,
            (("送：" if zh else "Cc: ") + "，".join(closing["send"]) + "。") if closing["send"] else None,
            (("发：" if zh else "Distribution: ") + "，".join(closing["issue"]) + "。") if closing["issue"] else None]
    rows = [r for r in rows if r]
    last = (cfg.issuer.zh if zh else cfg.issuer.en) or ""
    copies = (f"共印{cfg.copies}份" if zh else f"{cfg.copies} copies") if cfg.copies else ""
    para(doc, "", "Closing Text")
    table = doc.add_table(rows=len(rows) + 1, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, text in enumerate(rows + [None]):
        cell = table.cell(i, 0)
        p = cell.paragraphs[0]
        p._p.style = None
        if text is None:
            p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(f"{last}\t{copies}")
        else:
            p.add_run(text)
        for r in p.runs:
            r.font.size = Pt(14)
        _cell_rules(cell, top=8 if i == 0 else 4, bottom=8 if i == len(rows) else 4)


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



