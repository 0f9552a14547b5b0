"""What every DOCX layout shares (python-docx): named paragraph styles with East Asian fonts,
paragraphs and runs set by style id, Word fields, document properties, reproducible bytes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from reportgen.assemble import Briefing

StyleTable = dict[str, tuple[str, str, float, bool, RGBColor | None]]


def east_asian(rpr_owner, font: str) -> None:
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


def styles(doc, fonts: dict[str, list[str]], table: StyleTable, normal_size: float = 10.5) -> None:
    _chinese_by_default(doc)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(normal_size)
    east_asian(normal.element, fonts["body"][0])
    from docx.enum.style import WD_STYLE_TYPE

    for name, (base, role, size, bold, color) in table.items():
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles[base]
        st.font.size = Pt(size)
        st.font.bold = bold
        if color is not None:
            st.font.color.rgb = color
        st.font.name = fonts[role][0]
        east_asian(st.element, fonts[role][0])
        st.quick_style = True


def style_id(name: str) -> str:
    """The id Word and python-docx give a custom style: its name without spaces."""
    return name.replace(" ", "")


def para(container, text: str = "", style: str | None = None):
    """Add a paragraph and set its style by id: python-docx's lookup by name scans every style
    on each call (seconds for a briefing)."""
    p = container.add_paragraph(text)
    if style is not None:
        p._p.style = style_id(style)
    return p


def run(par, text: str, font: str, **kw):
    r = par.add_run(text)
    east_asian(r._element, font)
    for k, v in kw.items():
        setattr(r.font, k, v)
    return r


def field(par, instr: str, placeholder: str = "") -> None:
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


DRAFT_ZH, DRAFT_EN = "未经审核 草稿", "Draft: figures not reviewed"


def draft_mark(section, briefing: Briefing, font: str) -> None:
    """A red draft mark at the head of every page while a figure shown is not reviewed."""
    if not briefing.draft:
        return
    p = section.header.paragraphs[0].insert_paragraph_before()
    r = run(p, DRAFT_ZH + (f"  {DRAFT_EN}" if "en" in briefing.languages else ""), font, bold=True)
    r.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)


def plain_paragraphs(html: str) -> list[str]:
    """The paragraphs of rendered Markdown as plain text (lists as '· ' lines), for Word."""
    import html as html_lib
    import re

    text = re.sub(r"<li>", "· ", html)
    blocks = re.split(r"</p>|</li>|<br\s*/?>", text)
    return [t for b in blocks if (t := html_lib.unescape(re.sub(r"<[^>]+>", "", b)).strip())]


def logo(container, briefing: Briefing, width_mm: float) -> bool:
    """The config's logo at the head of the document; False when it cannot go in a DOCX (SVG)."""
    from docx.shared import Mm

    path = briefing.config.logo
    if path is None or not path.is_file():
        return True
    if path.suffix.lower() == ".svg":
        return False
    container.add_picture(str(path), width=Mm(width_mm))
    return True


def properties(doc, briefing: Briefing) -> None:
    """Title, author, subject, keywords, language and fixed dates."""
    cfg = briefing.config
    props = doc.core_properties
    props.title = " / ".join(x for x in (cfg.title.zh, cfg.title.en) if x)
    props.author = " / ".join(x for x in (cfg.issuer.zh, cfg.issuer.en) if x) or "reportgen"
    props.subject = f"{cfg.period} briefing".strip()
    props.keywords = ", ".join(s.heading.zh or s.heading.en or "" for s in briefing.sections)
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


def _update_fields_on_open(doc) -> None:
    settings = doc.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    settings.append(el)
