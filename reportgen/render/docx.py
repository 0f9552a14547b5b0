"""The briefing as an editable Word document (python-docx): named styles, East Asian fonts
on styles and runs, figure cards as tables, charts as PNG, page-number and TOC fields."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from reportgen.assemble import Briefing, Figure
from reportgen.render.charts import bar_chart

RED = RGBColor(0xC8, 0x10, 0x2E)
BLUE = RGBColor(0x0B, 0x2E, 0x6F)
GREY = RGBColor(0x50, 0x60, 0x7A)
MISSING = "[English missing]"

# name → (based on, east-asian font role, size pt, bold, colour)
STYLES: dict[str, tuple[str, str, float, bool, RGBColor | None]] = {
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


def _east_asian(rpr_owner, font: str) -> None:
    """Set w:eastAsia (and ascii/hAnsi) on a style's or run's rPr: python-docx's font.name does not."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), font)


def _chinese_by_default(doc) -> None:
    """Document language: East Asian text is zh-CN (python-docx's template says en-US), so Word
    and LibreOffice pick the Simplified Chinese glyph forms of a pan-CJK font, not the Japanese."""
    lang = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    lang.set(qn("w:eastAsia"), "zh-CN")


def _styles(doc, fonts: dict[str, list[str]], table: dict | None = None, normal_size: float = 10.5) -> None:
    _chinese_by_default(doc)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(normal_size)
    _east_asian(normal.element, fonts["body"][0])
    from docx.enum.style import WD_STYLE_TYPE

    for name, (base, role, size, bold, color) in (table or STYLES).items():
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles[base]
        st.font.size = Pt(size)
        st.font.bold = bold
        if color is not None:
            st.font.color.rgb = color
        st.font.name = fonts[role][0]
        _east_asian(st.element, fonts[role][0])
        st.quick_style = True


def _style_id(name: str) -> str:
    """The id Word and python-docx give a custom style: its name without spaces."""
    return name.replace(" ", "")


def _para(container, text: str = "", style: str | None = None):
    """Add a paragraph and set its style by id: python-docx's lookup by name scans every style
    on each call (seconds for a briefing)."""
    p = container.add_paragraph(text)
    if style is not None:
        p._p.style = _style_id(style)
    return p


def _run(par, text: str, font: str, **kw):
    r = par.add_run(text)
    _east_asian(r._element, font)
    for k, v in kw.items():
        setattr(r.font, k, v)
    return r


def _field(par, instr: str, placeholder: str = "") -> None:
    """A Word field (PAGE, TOC …): python-docx has no field API, so write the XML."""
    def el(tag: str, **attrs: str):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        return e
    for part in ("begin", "instr", "separate", "text", "end"):
        r = par.add_run()
        if part == "instr":
            t = el("w:instrText", **{"xml:space": "preserve"})
            t.text = f" {instr} "
            r._element.append(t)
        elif part == "text":
            r.text = placeholder
        else:
            r._element.append(el("w:fldChar", **{"w:fldCharType": {"begin": "begin", "separate": "separate",
                                                                      "end": "end"}[part]}))


def _bi(doc, langs: list[str], zh: str | None, en: str | None, style: str = "Body Text CN") -> None:
    if "zh" in langs and zh:
        _para(doc, zh, style=style)
    if "en" in langs:
        _para(doc, en or MISSING, style="English Text" if style == "Body Text CN" else style)


def _cards(doc, figures: list[Figure], langs: list[str], fonts: dict[str, list[str]]) -> None:
    cols = 3
    rows = (len(figures) + cols - 1) // cols
    table = doc.add_table(rows=rows, cols=cols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, f in enumerate(figures):
        cell = table.cell(i // cols, i % cols)
        p = cell.paragraphs[0]
        p._p.style = _style_id("Figure Number")
        _run(p, f.value, fonts["figures"][0])
        _run(p, f.unit, fonts["figures"][0], size=Pt(10))
        if f.change is not None:
            arrow = "▲" if (f.change.en or "").startswith("up") else "▼"
            _run(p, f" {arrow}{f.change.value}{f.change.unit}", fonts["figures"][0], size=Pt(8.5))
        if "zh" in langs:
            _para(cell, f.label, style="Figure Label")
        if "en" in langs:
            en = (f.label_en or MISSING) + (f" — {f.en}" if f.en else "")
            _para(cell, en, style="English Text")
        _para(cell, f"[{f.ref}] {f.item_id}", style="Source Note")


def render_docx(briefing: Briefing, cache_dir=None, layout: str = "yitu") -> bytes:
    """The DOCX in the theme's layout: `yitu` (cards and charts) or `jianbao` (a 简报 document)."""
    if layout == "jianbao":
        from reportgen.render.docx_jianbao import render_jianbao

        return render_jianbao(briefing)
    cfg = briefing.config
    langs = briefing.languages
    fonts = briefing.fonts
    doc = Document()
    _styles(doc, fonts)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(20)
    head = sec.header.paragraphs[0]
    head.text = " ".join(x for x in (cfg.classification, cfg.title.get("zh") if "zh" in langs else cfg.title.get("en")) if x)
    head._p.style = _style_id("Source Note")
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(foot, "PAGE", "1")
    _properties(doc, briefing)

    if cfg.classification:
        p = _para(doc, cfg.classification, style="Briefing Meta")
        p.runs[0].font.color.rgb = RED
    issue = " · ".join(x for x in ((f"第{cfg.issue}期" if "zh" in langs else ""), (f"No. {cfg.issue}" if "en" in langs else "")) if x)
    _para(doc, f"{issue}    {cfg.date.isoformat()}    {cfg.period}".strip(), style="Briefing Meta")
    _bi(doc, langs, cfg.title.get("zh"), cfg.title.get("en"), "Briefing Title")
    _bi(doc, langs, cfg.issuer.get("zh"), cfg.issuer.get("en"), "Briefing Meta")
    if briefing.hero is not None:
        h = briefing.hero
        p = _para(doc, "", style="Figure Number")
        _run(p, h.value, fonts["figures"][0], size=Pt(40))
        _run(p, h.unit, fonts["figures"][0], size=Pt(16))
        _bi(doc, langs, briefing.hero_caption.get("zh"), briefing.hero_caption.get("en") or None, "Figure Label")
        if "en" in langs and h.en:
            _para(doc, h.en, style="English Text")
        _para(doc, f"[{h.ref}] {h.item_id}", style="Source Note")
    p = _para(doc, "", style="Briefing Meta")
    _field(p, 'TOC \\o "1-2" \\h \\z \\u', "（打开文件时更新目录 · The table of contents updates when the file is opened）")

    passes = [["zh"], ["en"]] if briefing.layout == "sequential" else [langs]
    for pass_langs in passes:
        for s in briefing.sections:
            doc.add_page_break()
            heading = " ".join(x for x in ((s.heading.get("zh") if "zh" in pass_langs else ""),
                                           (s.heading.get("en") if "en" in pass_langs else "")) if x)
            _para(doc, f"{s.number}  {heading}", style="Section Heading")
            for item in s.items:
                _item(doc, item, pass_langs, fonts)
            if s.chart:
                png = bar_chart(s.chart, "png", fonts["figures"], pass_langs, cache_dir)
                doc.add_picture(io.BytesIO(png), width=Mm(150))
                _bi(doc, pass_langs, f"本部分可比数据（{s.chart_unit}）", f"Comparable figures in this section ({s.chart_unit})",
                    "Caption CN")
    _sources(doc, briefing, langs)
    return save(doc, briefing)


def _properties(doc, briefing: Briefing) -> None:
    """Title, author, subject, keywords, language and fixed dates."""
    cfg = briefing.config
    props = doc.core_properties
    props.title = " / ".join(x for x in (cfg.title.get("zh"), cfg.title.get("en")) if x)
    props.author = " / ".join(x for x in (cfg.issuer.get("zh"), cfg.issuer.get("en")) if x) or "reportgen"
    props.subject = f"{cfg.period} briefing".strip()
    props.keywords = ", ".join(s.heading.get("zh") or s.heading.get("en") or "" for s in briefing.sections)
    props.language = "zh-CN" if "zh" in briefing.languages else "en"
    stamp = dt.datetime(cfg.date.year, cfg.date.month, cfg.date.day)
    props.created = props.modified = stamp
    props.last_modified_by = "reportgen"
    props.revision = 1


def save(doc, briefing: Briefing) -> bytes:
    """The document's bytes, reproducible: fields update on open, zip entries carry the config's date."""
    cfg = briefing.config
    _update_fields_on_open(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return reproducible_zip(buf.getvalue(), (cfg.date.year, cfg.date.month, cfg.date.day, 0, 0, 0))


def reproducible_zip(data: bytes, date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """The same package with every entry stamped with one date, so equal input gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=max(date_time, (1980, 1, 1, 0, 0, 0)))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def _item(doc, item, langs: list[str], fonts: dict[str, list[str]]) -> None:
    title = " / ".join(x for x in ((item.title or "（无标题）") if "zh" in langs else "",
                                   (item.title_en or MISSING) if "en" in langs else "") if x)
    _para(doc, title, style="Item Heading")
    if item.subtitle and "zh" in langs:
        _para(doc, item.subtitle, style="Briefing Meta")
    if item.figures:
        _cards(doc, item.figures, langs, fonts)
    _bi(doc, langs, item.summary, item.summary_en)
    for q in item.quotes if "zh" in langs else []:
        _para(doc, f"“{q['text']}”——{q['speaker']}" + (f"，{q['role']}" if q.get("role") else ""),
                          style="Body Text CN")
    for c in item.cases:
        zh = "典型案例：" + "、".join(c.get("parties") or []) + (f" · {c['dispute']}" if c.get("dispute") else "")
        en = "Typical case. Parties: " + ", ".join(p["en"] or MISSING for p in c["parties_en"])
        _bi(doc, langs, zh + (f"。{c['outcome']}" if c.get("outcome") else ""), en)
    for tag, names, (left, right) in (("工作举措 Campaigns", item.campaigns, ("“", "”")),
                                      ("文件 Documents", item.documents, ("《", "》"))):
        if not names:
            continue
        zh = "；".join(f"{left}{c['zh']}{right}" for c in names)
        en = "; ".join((c["en"] + (" (pinyin)" if c["origin"] == "pinyin" else "")) if c["en"] else MISSING
                       for c in names)
        label_zh, label_en = tag.split(" ", 1)
        _bi(doc, langs, f"{label_zh}：{zh}", f"{label_en}: {en}", "Source Note")


def _sources(doc, briefing: Briefing, langs: list[str]) -> None:
    doc.add_page_break()
    _para(doc, " ".join(x for x in ("资料来源" if "zh" in langs else "", "Sources" if "en" in langs else "") if x),
                      style="Section Heading")
    for item in briefing.items + briefing.left_out:
        credits = "；".join(f"{c['role']} {c['name']}" + (f" ({c['name_en']})" if "en" in langs and c["name_en"] else "")
                           for c in item.credits)
        text = f"{item.id}  {item.title or '（无标题）'}"
        if "en" in langs:
            text += f" / {item.title_en or MISSING}"
        _para(doc, text, style="Body Text CN")
        _para(doc, " · ".join(x for x in (credits, item.source) if x), style="Source Note")
    _para(doc, " ".join(x for x in ("数据出处" if "zh" in langs else "", "Where each figure comes from" if "en" in langs else "") if x),
                      style="Item Heading")
    for sentence, figs in briefing.evidence:
        parts = []
        for f in figs:
            line = f"[{f.ref}] {f.label} {f.value}{f.unit}"
            if "en" in langs:
                line += f" · {f.label_en or MISSING}" + (f": {f.en}" if f.en else "")
            parts.append(line)
        _para(doc, "    ".join(parts), style="Figure Label")
        _para(doc, f"{figs[0].item_id}  {sentence}", style="Source Note")
    if briefing.config.distribution:
        _para(doc, ("分送：" if "zh" in langs else "Distribution: ") + "，".join(briefing.config.distribution),
                          style="Body Text CN")


def _update_fields_on_open(doc) -> None:
    settings = doc.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    settings.append(el)



