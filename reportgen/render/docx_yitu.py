"""The 一图读懂 layout of the DOCX: title block, hero figure, figure cards as tables, charts as
PNG, typical cases, and the sources with where each figure comes from."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from reportgen.assemble import Briefing, Figure
from reportgen.render.charts import bar_chart
from reportgen.render.docx_base import (
    StyleTable,
    draft_mark,
    field,
    logo,
    para,
    plain_paragraphs,
    properties,
    run,
    save,
    style_id,
    styles,
)

RED = RGBColor(0xC8, 0x10, 0x2E)
BLUE = RGBColor(0x0B, 0x2E, 0x6F)
GREY = RGBColor(0x50, 0x60, 0x7A)

# name → (based on, east-asian font role, size pt, bold, colour)
STYLES: StyleTable = {
    "Briefing Title": ("Title", "heading", 24, True, BLUE),
    "Briefing Meta": ("Normal", "heading", 10, False, GREY),
    "Section Heading": ("Heading 1", "heading", 16, True, BLUE),
    "Item Heading": ("Heading 2", "heading", 12.5, True, BLUE),
    "Body Text CN": ("Normal", "body", 10.5, False, None),
    "English Text": ("Normal", "body", 9.5, False, GREY),
    "Figure Number": ("Normal", "figures", 20, True, RED),
    "Figure Label": ("Normal", "heading", 9, False, None),
    "Caption CN": ("Caption", "body", 8.5, False, GREY),
    "Source Note": ("Normal", "body", 8, False, GREY),
}


def _bi(doc, langs: list[str], zh: str | None, en: str | None, style: str = "Body Text CN") -> None:
    if "zh" in langs and zh:
        para(doc, zh, style=style)
    if "en" in langs and en:  # English that could not be built is left out (the build lists it)
        para(doc, en, style="English Text" if style == "Body Text CN" else style)


def _cards(doc, figures: list[Figure], langs: list[str], fonts: dict[str, list[str]]) -> None:
    cols = 3
    rows = (len(figures) + cols - 1) // cols
    table = doc.add_table(rows=rows, cols=cols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, f in enumerate(figures):
        cell = table.cell(i // cols, i % cols)
        p = cell.paragraphs[0]
        p._p.style = style_id("Figure Number")
        if f.lead:
            run(p, f.lead, fonts["figures"][0], size=Pt(10))
        run(p, f.value, fonts["figures"][0])
        run(p, f.unit, fonts["figures"][0], size=Pt(10))
        if f.change is not None:
            run(p, f" {f.change.arrow}{f.change.zh}", fonts["figures"][0], size=Pt(8.5))
        if "zh" in langs:
            para(cell, f.label, style="Figure Label")
        if "en" in langs and f.label_en and f.en:
            para(cell, f"{f.label_en} — {f.en}", style="English Text")
        para(cell, f"[{f.ref}] {f.item_id}", style="Source Note")


def render_yitu(briefing: Briefing, cache_dir=None) -> bytes:
    """The briefing as a 一图读懂 Word document."""
    cfg = briefing.config
    langs = briefing.languages
    fonts = briefing.fonts
    doc = Document()
    styles(doc, fonts, STYLES)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(20)
    head = sec.header.paragraphs[0]
    head.text = " ".join(x for x in (cfg.classification, cfg.title.zh if "zh" in langs else cfg.title.en) if x)
    head._p.style = style_id("Source Note")
    draft_mark(sec, briefing, fonts["heading"][0])
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(foot, "PAGE", "1")
    properties(doc, briefing)

    if cfg.classification:
        p = para(doc, cfg.classification, style="Briefing Meta")
        p.runs[0].font.color.rgb = RED
    logo(doc, briefing, 30)
    issue = " · ".join(x for x in ((f"第{cfg.issue}期" if "zh" in langs else ""), (f"No. {cfg.issue}" if "en" in langs else "")) if x)
    para(doc, f"{issue}    {cfg.date.isoformat()}    {cfg.period}".strip(), style="Briefing Meta")
    _bi(doc, langs, cfg.title.zh, cfg.title.en, "Briefing Title")
    _bi(doc, langs, cfg.issuer.zh, cfg.issuer.en, "Briefing Meta")
    if briefing.hero is not None:
        h = briefing.hero
        p = para(doc, "", style="Figure Number")
        if h.lead:
            run(p, h.lead, fonts["figures"][0], size=Pt(16))
        run(p, h.value, fonts["figures"][0], size=Pt(40))
        run(p, h.unit, fonts["figures"][0], size=Pt(16))
        _bi(doc, langs, briefing.hero_caption.zh, briefing.hero_caption.en or None, "Figure Label")
        if "en" in langs and h.en:
            para(doc, h.en, style="English Text")
        para(doc, f"[{h.ref}] {h.item_id}", style="Source Note")
    p = para(doc, "", style="Briefing Meta")
    field(p, 'TOC \\o "1-2" \\h \\z \\u', "（打开文件时更新目录 · The table of contents updates when the file is opened）")

    _foreword(doc, briefing, langs)
    for item in briefing.front:
        _item(doc, item, langs, fonts)
    passes = [["zh"], ["en"]] if briefing.layout == "sequential" else [langs]
    for pass_langs in passes:
        for s in briefing.sections:
            doc.add_page_break()
            heading = " ".join(x for x in ((s.heading.zh if "zh" in pass_langs else ""),
                                           (s.heading.en if "en" in pass_langs else "")) if x)
            para(doc, f"{s.number}  {heading}", style="Section Heading")
            for item in s.items:
                _item(doc, item, pass_langs, fonts)
                for chart in item.charts:
                    png = bar_chart(chart, "png", fonts["figures"], pass_langs, cache_dir)
                    doc.add_picture(io.BytesIO(png), width=Mm(150))
                    _bi(doc, pass_langs, chart.title_zh, chart.title_en, "Caption CN")
    _sources(doc, briefing, langs)
    return save(doc, briefing)


def _foreword(doc, briefing: Briefing, langs: list[str]) -> None:
    zh, en = briefing.foreword
    if not (zh or en):
        return
    _bi(doc, langs, "编者按", "Editor's note", "Item Heading")
    for text in plain_paragraphs(zh) if "zh" in langs else []:
        para(doc, text, style="Body Text CN")
    for text in plain_paragraphs(en) if "en" in langs else []:
        para(doc, text, style="English Text")


def _item(doc, item, langs: list[str], fonts: dict[str, list[str]]) -> None:
    title = " / ".join(x for x in (item.title if "zh" in langs else "",
                                   item.title_en if "en" in langs else "") if x)
    if item.kind == "addition":
        _bi(doc, langs, "编者", "Editor", "Source Note")
        if title:
            para(doc, title, style="Item Heading")
        if item.figures:
            _cards(doc, item.figures, langs, fonts)
        for text in plain_paragraphs(item.text_zh) if "zh" in langs else []:
            para(doc, text, style="Body Text CN")
        for text in plain_paragraphs(item.text_en) if "en" in langs else []:
            para(doc, text, style="English Text")
        return
    para(doc, title, style="Item Heading")
    if item.subtitle and "zh" in langs:
        para(doc, item.subtitle, style="Briefing Meta")
    if item.figures:
        _cards(doc, item.figures, langs, fonts)
    _bi(doc, langs, item.summary, item.summary_en)
    for q in item.quotes if "zh" in langs else []:
        para(doc, f"“{q['text']}”——{q['speaker']}" + (f"，{q['role']}" if q.get("role") else ""),
                          style="Body Text CN")
    for c in item.cases:
        zh = "典型案例：" + "、".join(c.get("parties") or []) + (f" · {c['dispute']}" if c.get("dispute") else "")
        names = [p["en"] for p in c["parties_en"] if p["en"]]
        _bi(doc, langs, zh + (f"。{c['outcome']}" if c.get("outcome") else ""),
            "Typical case. Parties: " + ", ".join(names) if names else None)
    for tag, names, (left, right) in (("工作举措 Campaigns", item.campaigns, ("“", "”")),
                                      ("文件 Documents", item.documents, ("《", "》"))):
        if not names:
            continue
        zh = "；".join(f"{left}{c['zh']}{right}" for c in names)
        said = [c["en"] for c in names if c["en"] and c["origin"] != "pinyin"]
        label_zh, label_en = tag.split(" ", 1)
        _bi(doc, langs, f"{label_zh}：{zh}", f"{label_en}: {'; '.join(said)}" if said else None, "Source Note")


def _sources(doc, briefing: Briefing, langs: list[str]) -> None:
    doc.add_page_break()
    para(doc, " ".join(x for x in ("资料来源" if "zh" in langs else "", "Sources" if "en" in langs else "") if x),
                      style="Section Heading")
    for item in briefing.items + briefing.left_out:
        credits = "；".join(f"{c['role']} {c['name']}" + (f" ({c['name_en']})" if "en" in langs and c["name_en"] else "")
                           for c in item.credits)
        text = f"{item.id}  {item.title}"
        if "en" in langs and item.title_en:
            text += f" / {item.title_en}"
        para(doc, text, style="Body Text CN")
        para(doc, " · ".join(x for x in (credits, item.source) if x), style="Source Note")
    para(doc, " ".join(x for x in ("数据出处" if "zh" in langs else "", "Where each figure comes from" if "en" in langs else "") if x),
                      style="Item Heading")
    for sentence, figs in briefing.evidence:
        parts = []
        for f in figs:
            line = f"[{f.ref}] {f.labelled}"
            if "en" in langs and f.label_en and f.en:
                line += f" · {f.label_en}: {f.en}"
            parts.append(line)
        para(doc, "    ".join(parts), style="Figure Label")
        para(doc, f"{figs[0].item_id}  {sentence}", style="Source Note")
    if briefing.config.distribution:
        para(doc, ("分送：" if "zh" in langs else "Distribution: ") + "，".join(briefing.config.distribution),
                          style="Body Text CN")
