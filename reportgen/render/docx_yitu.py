"""The 一图读懂 layout of the DOCX, as the PDF lays it out: a cover band (masthead, the hero and the
key figures with their scope), then one colour band a section and, per item, a headline, a short
caption and a grid of big figures with icons; pull quotes, charts under their item, and one compact
sources page. Every figure carries its number as a superscript: its sentence is in the sources PDF."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from reportgen.assemble import Briefing, Figure, ItemView
from reportgen.render.charts import bar_chart
from reportgen.render.chinese import cn_date
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
from reportgen.render.poster import clip, clip_en, icon_png, tone

RED = RGBColor(0xC8, 0x10, 0x2E)
BLUE = RGBColor(0x0B, 0x2E, 0x6F)
GREY = RGBColor(0x5A, 0x64, 0x78)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
CONTENT_MM = 186  # A4 less 12 mm margins

# name → (based on, east-asian font role, size pt, bold, colour)
STYLES: StyleTable = {
    "Briefing Title": ("Title", "heading", 22, True, WHITE),
    "Briefing Meta": ("Normal", "heading", 9, False, GREY),
    "Section Heading": ("Heading 1", "heading", 14, True, WHITE),
    "Item Heading": ("Heading 2", "heading", 11.5, True, BLUE),
    "Body Text CN": ("Normal", "body", 9.5, False, None),
    "English Text": ("Normal", "body", 7.5, False, GREY),
    "Figure Number": ("Normal", "figures", 18, True, RED),
    "Figure Label": ("Normal", "heading", 8.5, False, None),
    "Caption CN": ("Caption", "body", 8.5, False, GREY),
    "Source Note": ("Normal", "body", 7.5, False, GREY),
    "Pull Quote": ("Normal", "kai", 9.5, False, None),
}


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _soft(colour: str, amount: float = 0.9) -> str:
    """The colour mixed with white (a tile's background)."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)


def _shade(cell, fill: str) -> None:
    _fill(cell._tc.get_or_add_tcPr(), fill)


def _fill(pr, fill: str) -> None:
    """A solid background in a cell's or a paragraph's properties."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#"))
    pr.append(shd)


def _top_rule(cell, colour: str, eighths: int = 12) -> None:
    """A coloured rule along the top of a cell (the tile's accent), no other border."""
    pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        if side == "top":
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(eighths))
            b.set(qn("w:color"), colour.lstrip("#"))
        else:
            b.set(qn("w:val"), "nil")
        borders.append(b)
    pr.append(borders)


def _spacing(p, before: float = 0, after: float = 0, keep: bool = False) -> None:
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if keep:
        fmt.keep_with_next = True


def _gap(doc, points: float, keep: bool = False) -> None:
    """A thin empty line between blocks (an empty paragraph would be a whole line high); `keep` holds
    what comes before it (a band, a headline) on the page of what follows."""
    p = para(doc, "", style="Source Note")
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(points)  # a length: exactly that high
    fmt.keep_with_next = keep


def _table(doc, rows: int, cols: int, width_mm: float = CONTENT_MM):
    table = doc.add_table(rows=rows, cols=cols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row of tiles is never cut by a page break
        for cell in row.cells:
            cell.width = Mm(width_mm / cols)
    return table


def _cell_text(cell, text: str, style: str, colour: RGBColor | None = None, first: bool = False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p._p.style = style_id(style)
    r = p.add_run(text)
    if colour is not None:
        r.font.color.rgb = colour
    return p


def _ref(p, f: Figure, font: str):
    """The figure's number, a small superscript after it (never the first thing on a line)."""
    r = run(p, str(f.ref), font, size=Pt(6))
    r.font.superscript = True
    r.font.color.rgb = GREY
    return r


def _number(p, f: Figure, font: str, colour: str, size: float, icon: bool = True) -> None:
    """Icon, lead words, number, unit and the figure's number, on one line."""
    if icon and (png := icon_png([], f.measure, colour)) is not None:
        p.add_run().add_picture(io.BytesIO(png), width=Mm(size * 0.3), height=Mm(size * 0.3))
        p.add_run(" ")
    for text, pt in ((f.lead, size * 0.5), (f.value, size), (f.unit, size * 0.5)):
        if text:
            r = run(p, text, font, size=Pt(pt), bold=True)
            r.font.color.rgb = _rgb(colour)
    _ref(p, f, font)


def _caveat(cell, f: Figure, langs: list[str]) -> None:
    """The source's bracket after the figure (含旧存343件), under its number: the figure is not what it
    is without it."""
    if f.caveat and "zh" in langs:
        _cell_text(cell, f.caveat_zh, "Figure Label").runs[0].font.bold = True


def _change(p, f: Figure, font: str) -> None:
    assert f.change is not None
    r = run(p, f"{f.change.arrow} {f.change.zh}".strip(), font, size=Pt(7.5), bold=True)
    r.font.color.rgb = RGBColor(0x1D, 0x7A, 0x3A) if f.change.direction == "down" else RED
    _ref(p, f.change, font)


def _figure_en(f: Figure) -> str:
    """The English line under a figure: its label, and the English figure where it says more than the
    digits printed big (a lead word, a scale, a bound, a caveat)."""
    more = f.en if f.en and (f.lead or f.unit != f.norm_unit or f.caveat) else ""
    return " · ".join(x for x in (f.label_en, more, f.change.en if f.change and f.change.en else "", f.since_en)
                      if x) if f.label_en else ""


def _grid(doc, figures: list[Figure], langs: list[str], fonts: dict[str, list[str]], colour: str,
          cols: int = 4) -> None:
    rows = (len(figures) + cols - 1) // cols
    table = _table(doc, rows, cols)
    for i, f in enumerate(figures):
        cell = table.cell(i // cols, i % cols)
        _shade(cell, _soft(colour, 0.92))
        _top_rule(cell, colour)
        p = cell.paragraphs[0]
        p._p.style = style_id("Figure Number")
        _number(p, f, fonts["figures"][0], colour, 16)
        _caveat(cell, f, langs)
        if f.change is not None:
            c = cell.add_paragraph()
            c._p.style = style_id("Figure Label")
            _change(c, f, fonts["figures"][0])
        if "zh" in langs:  # 2016年以来: a figure counted from an open-ended start is no one year's
            _cell_text(cell, f.label + (f" · {f.since}" if f.since else ""), "Figure Label")
        elif f.label_en:
            _cell_text(cell, f.label_en, "Figure Label")
        if "en" in langs and (en := _figure_en(f) if "zh" in langs else (f.en or "")):
            _cell_text(cell, en, "English Text")
    for i in range(len(figures), rows * cols):  # an empty place in the last row stays blank
        table.cell(i // cols, i % cols).paragraphs[0].text = ""
    _gap(doc, 6)


def _band(doc, text: str, en: str, colour: str) -> None:
    """A section's colour band: number and heading in white on the section's colour (a Heading 1, so
    the table of contents lists it). A shaded paragraph, not a table: keep-with-next holds it on the
    page of its first item in Word and LibreOffice alike."""
    p = para(doc, "", style="Section Heading")
    _fill(p._p.get_or_add_pPr(), colour)
    fmt = p.paragraph_format
    fmt.left_indent = fmt.right_indent = Mm(0)
    r = p.add_run(f" {text}")
    r.font.color.rgb = WHITE
    if en:
        e = p.add_run(f"  {en}")
        e.font.size, e.font.bold = Pt(9), False
        e.font.color.rgb = WHITE
    _spacing(p, 3, 3, keep=True)
    _gap(doc, 6, keep=True)  # the band stays on the page of its first item


def render_yitu(briefing: Briefing, cache_dir=None) -> bytes:
    """The briefing as a 一图读懂 Word document."""
    cfg = briefing.config
    langs = briefing.languages
    fonts = briefing.fonts
    doc = Document()
    styles(doc, fonts, STYLES, normal_size=9.5)
    for name in STYLES:  # tight paragraphs, as on the poster
        fmt = doc.styles[name].paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(1)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(12)
    sec.top_margin = sec.bottom_margin = Mm(14)
    head = sec.header.paragraphs[0]
    head.text = cfg.title.zh if "zh" in langs else cfg.title.en
    head._p.style = style_id("Source Note")
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    draft_mark(sec, briefing, fonts["heading"][0])
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(foot, "PAGE", "1")
    properties(doc, briefing)

    _cover(doc, briefing, langs, fonts)
    _foreword(doc, briefing, langs)
    for item in briefing.front:
        _item(doc, item, langs, fonts, tone(0), cache_dir)
    passes = [["zh"], ["en"]] if briefing.layout == "sequential" else [langs]
    for pass_langs in passes:
        for n, s in enumerate(briefing.sections):
            colour = tone(n)
            heading = s.heading.zh if "zh" in pass_langs else s.heading.en
            en = s.heading.en if "zh" in pass_langs and "en" in pass_langs else ""
            _band(doc, f"{s.number}  {heading or ''}", en or "", colour)
            for item in s.items:
                _item(doc, item, pass_langs, fonts, colour, cache_dir)
    _sources(doc, briefing, langs)
    return save(doc, briefing)


def _cover(doc, briefing: Briefing, langs: list[str], fonts: dict[str, list[str]]) -> None:
    cfg = briefing.config
    if cfg.classification:  # printed once, on the cover
        p = para(doc, cfg.classification, style="Briefing Meta")
        p.runs[0].font.color.rgb = RED
        p.runs[0].font.bold = True
    logo(doc, briefing, 30)
    cell = _table(doc, 1, 1).cell(0, 0)
    _shade(cell, "#0b2e6f")
    kicker = " ".join(x for x in ("一图读懂" if "zh" in langs else "", "At a glance" if "en" in langs else "") if x)
    k = _cell_text(cell, kicker, "Briefing Meta", RGBColor(0xFF, 0xD3, 0x4D), first=True)
    k.runs[0].font.bold = True
    if "zh" in langs and cfg.title.zh:
        _cell_text(cell, cfg.title.zh, "Briefing Title", WHITE)
    if "en" in langs and cfg.title.en:
        t = _cell_text(cell, cfg.title.en, "Briefing Title", RGBColor(0xC9, 0xD5, 0xEC))
        t.runs[0].font.size, t.runs[0].font.bold = Pt(11), False
    issue = " · ".join(x for x in ((f"第{cfg.issue}期" if "zh" in langs else ""),
                                   (f"No. {cfg.issue}" if "en" in langs else "")) if x)
    issuer = " ".join(x for x in ((cfg.issuer.zh if "zh" in langs else ""), (cfg.issuer.en if "en" in langs else ""))
                      if x)
    period = (f"统计期 {cfg.period}" if "zh" in langs else f"Period {cfg.period}") if cfg.period else ""
    day = cn_date(cfg.date) if "zh" in langs else cfg.date.isoformat()
    _cell_text(cell, "    ".join(x for x in (issuer, issue, day, period) if x), "Briefing Meta",
               RGBColor(0xDF, 0xE7, 0xF7))
    _gap(doc, 6)
    if briefing.hero is None:
        _toc(doc)
        return
    h = briefing.hero
    cell = _table(doc, 1, 1).cell(0, 0)
    _shade(cell, "#fcf0f1")
    _top_rule(cell, "#c8102e", 16)
    p = cell.paragraphs[0]
    p._p.style = style_id("Figure Number")
    _number(p, h, fonts["figures"][0], "#c8102e", 40)
    _caveat(cell, h, langs)
    _bi_cell(cell, langs, briefing.hero_caption.zh, briefing.hero_caption.en, "Item Heading")
    if h.change is not None:
        c = cell.add_paragraph()
        _change(c, h, fonts["figures"][0])
        if "en" in langs and h.change.en:
            run(c, f" · {h.change.en}", fonts["body"][0], size=Pt(8)).font.color.rgb = GREY
    if "en" in langs and h.en:
        _cell_text(cell, h.en, "English Text")
    if h.scope_zh:
        scope = " ".join(x for x in ((h.scope_zh if "zh" in langs else ""),
                                     (h.scope_text_en if "en" in langs else "")) if x)
        _cell_text(cell, scope, "Source Note")
    more = briefing.key_figures[1:]
    if more:
        _gap(doc, 4)
        table = _table(doc, 1, len(more))
        for i, f in enumerate(more):
            cell = table.cell(0, i)
            _shade(cell, "#f4f6fa")
            _top_rule(cell, "#0b2e6f")
            p = cell.paragraphs[0]
            p._p.style = style_id("Figure Number")
            _number(p, f, fonts["figures"][0], "#0b2e6f", 18)
            _caveat(cell, f, langs)
            if "zh" in langs:
                _cell_text(cell, f.label, "Figure Label").runs[0].font.bold = True
            if "en" in langs and f.label_en:
                _cell_text(cell, f.label_en + (f" · {f.en}" if f.en else ""), "English Text")
            if f.scope_zh:
                _cell_text(cell, " ".join(x for x in ((f.scope_zh if "zh" in langs else ""),
                                                      (f.scope_text_en if "en" in langs else "")) if x),
                           "Source Note")
    _gap(doc, 6)
    _toc(doc)


def _toc(doc) -> None:
    p = para(doc, "", style="Source Note")
    field(p, 'TOC \\o "1-1" \\h \\z \\u', "（打开文件时更新目录 · The table of contents updates when the file is opened）")


def _bi_cell(cell, langs: list[str], zh: str | None, en: str | None, style: str) -> None:
    if "zh" in langs and zh:
        _cell_text(cell, zh, style)
    if "en" in langs and en:
        _cell_text(cell, en, "English Text")


def _bi(doc, langs: list[str], zh: str | None, en: str | None, style: str = "Body Text CN", keep: bool = False) -> None:
    if "zh" in langs and zh:
        _spacing(para(doc, zh, style=style), after=0.5, keep=keep)
    if "en" in langs and en:  # English that could not be built is left out (the build lists it)
        _spacing(para(doc, en, style="English Text"), after=1, keep=keep)


def _foreword(doc, briefing: Briefing, langs: list[str]) -> None:
    zh, en = briefing.foreword
    if not (zh or en):
        return
    _bi(doc, langs, "编者按", "Editor's note", "Item Heading")
    for text in plain_paragraphs(zh) if "zh" in langs else []:
        para(doc, text, style="Body Text CN")
    for text in plain_paragraphs(en) if "en" in langs else []:
        para(doc, text, style="English Text")


def _item(doc, item: ItemView, langs: list[str], fonts: dict[str, list[str]], colour: str, cache_dir) -> None:
    if item.kind == "addition":
        _bi(doc, langs, "【编者】", "Editor", "Source Note", keep=True)
        if item.title or item.title_en:
            _heading(doc, item.title if "zh" in langs else item.title_en, colour)
        if item.figures:
            _grid(doc, item.figures, langs, fonts, colour)
            if "zh" in langs:
                para(doc, "；".join(dict.fromkeys(f.sentence for f in item.figures)), style="Source Note")
        for text in plain_paragraphs(item.text_zh) if "zh" in langs else []:
            para(doc, text, style="Body Text CN")
        for text in plain_paragraphs(item.text_en) if "en" in langs else []:
            para(doc, text, style="English Text")
        return
    if item.kind == "photo_caption":
        _bi(doc, langs, "图片新闻", "Photo news", "Item Heading", keep=True)
    else:
        _heading(doc, item.title if "zh" in langs else item.title_en, colour)
        if "zh" in langs and "en" in langs and item.title_en:
            _spacing(para(doc, item.title_en, style="English Text"), after=0.5, keep=True)
    caption = (clip(item.summary, 88), None if item.summary_en_listed else clip_en(item.summary_en, 176))
    if not item.figures:
        _bi(doc, langs, *caption)
    else:  # figures first: the grid under the headline, the caption under the grid
        _grid(doc, item.figures, langs, fonts, colour)
        _bi(doc, langs, *caption)
    for q in item.quotes if "zh" in langs else []:
        cell = _table(doc, 1, 1).cell(0, 0)
        _shade(cell, _soft(colour, 0.92))
        _cell_text(cell, f"“{clip(q['text'], 64)}”", "Pull Quote", first=True)
        who = f"—— {q['speaker']}" + (f"，{q['role']}" if q.get("role") else "")
        _cell_text(cell, who, "Source Note").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _gap(doc, 4)
    for c in item.cases[:1]:
        zh = "典型案例：" + "、".join(c.get("parties") or []) + (f" · {c['dispute']}" if c.get("dispute") else "") + \
            (f" · {clip(c['outcome'], 40)}" if c.get("outcome") else "")
        names = [p["en"] for p in c["parties_en"] if p["en"]]
        _bi(doc, langs, zh, "Typical case. Parties: " + ", ".join(names) if names else None, "Source Note")
    if item.campaigns:
        named = item.campaigns[:3]
        zh = "举措：" + "  ".join(f"“{c['zh']}”" for c in named)
        said = [c["en"] for c in named if c["en"] and c["origin"] != "pinyin"]
        _bi(doc, langs, zh, ("Initiatives: " + "; ".join(said)) if said else None, "Source Note")
    for chart in item.charts:
        png = bar_chart(chart, "png", fonts["figures"], langs, cache_dir)
        doc.add_picture(io.BytesIO(png), width=Mm(120))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bi(doc, langs, chart.title_zh, chart.title_en, "Caption CN")
    _gap(doc, 6)


def _heading(doc, text: str | None, colour: str) -> None:
    p = para(doc, text or "", style="Item Heading")
    for r in p.runs:
        r.font.color.rgb = _rgb(colour)
    _spacing(p, 3, 0.5, keep=True)


def _sources(doc, briefing: Briefing, langs: list[str]) -> None:
    """One compact page: the articles (title, authors, date), where the figures' sentences are, and
    the distribution."""
    cfg = briefing.config
    doc.add_page_break()
    _band(doc, " ".join(x for x in ("资料来源" if "zh" in langs else "", "Sources" if "en" in langs else "") if x),
          "", "#0b2e6f")
    for item in briefing.items:
        title = item.title if "zh" in langs else (item.title_en or item.title)
        names = "、".join(c["name"] or "" for c in item.credits)
        p = para(doc, " · ".join(x for x in (title or "", names, item.published or "") if x), style="Source Note")
        _spacing(p, after=0.5)
    _bi(doc, langs, f"每个数字右上角的编号对应《数据出处》（{cfg.stem}-sources.pdf）中的原句。",
        f"The small number beside each figure leads to its source sentence in {cfg.stem}-sources.pdf.", "Source Note")
    if cfg.distribution:
        para(doc, ("分送：" if "zh" in langs else "Distribution: ") + "，".join(cfg.distribution), style="Body Text CN")
