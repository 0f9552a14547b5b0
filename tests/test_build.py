import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from reportgen.build import build
from reportgen.cli import cli
from reportgen.config import Bilingual, ConfigError, load_config
from reportgen.config.docs import BEGIN, END, reference_table
from reportgen.config.model import Config
from reportgen.config.options import options, yaml_key
from reportgen.render.html import SafeFetcher

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """\
title: {{zh: 测试简报, en: Test briefing}}
issuer: {{zh: 编辑组, en: Desk}}
period: "2025"
issue: 3
date: 2026-01-20
sources: [{sources}]
sections:
  - heading: {{zh: 执行工作, en: Enforcement}}
    topics: [执行]
  - heading: {{zh: 其他工作, en: Other work}}
    topics: [审判, 检察, 公安, 司法行政, 普法, 其他]
classification: 内部资料 注意保存
distribution: [甲单位, 乙单位]
output_dir: {out}
outside_sources: true
{extra}"""


def write_config(tmp: Path, sources: str, extra: str = "", name: str = "t.yaml") -> Path:
    p = tmp / name
    p.write_text(CONFIG.format(sources=sources, out=tmp / "out", extra=extra), "utf-8")
    return p


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    cfg = load_config(write_config(tmp, f"'{ROOT}/seeds/*.txt'"))
    res = build(cfg, echo=lambda *a: None)
    return cfg, res


def test_config_errors_are_all_reported_with_key_and_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("title: {zh: 简报}\nissue: three\ncolour: red\nsources: [nothing/*.txt]\n"
                 "languages: {show: [fr]}\noutputs: [pdf, html]\n", "utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    msg = str(exc.value)
    assert "issue (line 2): expected a whole number" in msg
    assert "colour (line 3): unknown key" in msg
    assert "sources (line 4): 'nothing/*.txt' matches no" in msg
    assert "languages.show" in msg and "outputs" in msg
    assert len(exc.value.problems) == 5


def test_config_refuses_aliases_and_bad_yaml(tmp_path):
    p = tmp_path / "a.yaml"
    p.write_text("title: &t {zh: a}\nissuer: *t\nsources: [x]\n", "utf-8")
    with pytest.raises(ConfigError, match="aliases"):
        load_config(p)
    p.write_text("title: [unclosed\n", "utf-8")
    with pytest.raises(ConfigError, match="line 2"):
        load_config(p)


def test_check_command_and_exit_codes(tmp_path):
    good = write_config(tmp_path, f"'{ROOT}/seeds/000_*.txt'")
    r = CliRunner().invoke(cli, ["check", str(good)], standalone_mode=False)
    assert r.exit_code == 0 and "OK (1 source file(s)" in r.output
    import subprocess
    import sys
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: 1\nsources: []\nfoo: 2\n", "utf-8")
    p = subprocess.run([sys.executable, "-m", "reportgen", "check", str(bad)], capture_output=True, text=True)
    assert p.returncode == 2 and "foo (line 3): unknown key" in p.stderr and "Traceback" not in p.stderr


def test_every_config_key_is_documented():
    doc = (ROOT / "docs" / "config.md").read_text("utf-8")
    generated = doc[doc.index(BEGIN) + len(BEGIN):doc.index(END)]
    assert generated == "\n" + reference_table(), "docs/config.md differs from the declarations: run scripts/config_docs.py"
    for f, meta, _ in options(Config):
        assert f"`{yaml_key(f, meta)}`" in generated and meta.help, f.name


def test_shipped_config_is_valid():
    cfg = load_config(ROOT / "config" / "2025.yaml")
    assert len(cfg.source_files) == 5 and cfg.outputs == ["pdf", "docx"]


def test_pdf_structure(built):
    cfg, res = built
    pdf = cfg.out_dir / "t.pdf"
    reader = PdfReader(pdf)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) >= 5
    for heading in ("执行工作", "Enforcement", "其他工作", "Other work", "资料来源", "Sources"):
        assert heading in text, heading
    assert "47717" in text and "47,717 cases" in text  # both languages of the hero figure
    outline = [o.title if not isinstance(o, list) else None for o in reader.outline]
    assert any(t and "01" in t and "执行工作" in t for t in outline)
    meta = reader.metadata
    assert meta.title.startswith("测试简报") and "编辑组" in meta.author
    fonts = set()
    for page in reader.pages:
        for f in (page["/Resources"].get("/Font") or {}).values():
            f = f.get_object()
            desc = f["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in f \
                else f.get("/FontDescriptor")
            if desc is not None:
                desc = desc.get_object()
                assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), f["/BaseFont"]
                fonts.add(str(f["/BaseFont"]))
    assert any("CJK" in f for f in fonts) and all("+" in f for f in fonts)  # embedded subsets
    assert not [f for f in fonts if "Oblique" in f or "Italic" in f or "Mono" in f], fonts  # faces the design uses


def test_every_figure_shown_leads_to_its_sentence(built):
    """Each figure of the reading copy carries its number; the sources PDF has that number with the
    figure and its sentence, and the PDF says where to look."""
    cfg, res = built
    b = res.briefing
    assert b.figures and b.hero is not None
    evidence = "\n".join(p.extract_text() for p in PdfReader(cfg.out_dir / "t-sources.pdf").pages)
    for f in b.figures:
        assert f.sentence and f.value in f.sentence.replace(",", "") or f.value in f.sentence
        assert f"[{f.ref}]" in evidence
    for sec in b.sections:
        for item in sec.items:
            for f in item.figures:
                assert f'<sup class="ref">{f.ref}</sup>' in res.html
    assert "t-sources.pdf" in "".join(p.extract_text() for p in PdfReader(cfg.out_dir / "t.pdf").pages)


def test_docx_styles_fonts_fields(built):
    cfg, _ = built
    data = (cfg.out_dir / "t.docx").read_bytes()
    z = zipfile.ZipFile(io.BytesIO(data))
    styles = z.read("word/styles.xml").decode()
    doc = z.read("word/document.xml").decode()
    for name in ("Briefing Title", "Section Heading", "Item Heading", "Figure Number", "Source Note"):
        assert f'w:styleId="{name.replace(" ", "")}"' in styles, name
    assert 'w:eastAsia="Noto Sans CJK SC"' in styles and 'w:eastAsia="Noto Serif CJK SC"' in styles
    assert '<w:lang w:val="en-US" w:eastAsia="zh-CN"' in styles  # Chinese glyph forms, English spelling
    assert "TOC \\o" in doc and "<w:tbl>" in doc and "47717" in doc and "47,717 cases" in doc
    footers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/footer")]
    assert any(" PAGE " in f for f in footers)
    assert "w:updateFields" in z.read("word/settings.xml").decode()
    import docx
    d = docx.Document(io.BytesIO(data))
    assert d.core_properties.title.startswith("测试简报")


def test_docx_section_bands_stay_with_their_first_item(built):
    """A section's colour band is a shaded paragraph kept with the next one (a one-cell table was left
    alone at the foot of a page in LibreOffice), and so is the thin gap under it."""
    import docx
    from docx.oxml.ns import qn

    cfg, _ = built
    d = docx.Document(cfg.out_dir / "t.docx")
    body = d.paragraphs
    bands = [i for i, p in enumerate(body) if p.style.name == "Section Heading"]
    assert bands
    for i in bands:
        band = body[i]
        assert band.paragraph_format.keep_with_next and body[i + 1].paragraph_format.keep_with_next
        assert band._p.pPr.find(qn("w:shd")) is not None


def test_summaries_used_are_written(built):
    cfg, _ = built
    assert len(list((cfg.out_dir / "summaries").glob("*.yaml"))) == 5


def test_article_markup_is_literal_and_nothing_is_fetched(tmp_path):
    body = ('拉萨法院执行工作\n\n“{{ 7*7 }}{% for x in y %}”<img src="file:///etc/passwd">2025年,全区法院受理执行案件'
            '47717件,<link href="http://example.invalid/x.css"><iframe src="http://x.invalid">执行到位金额34.07亿元。\n')
    (tmp_path / "h.txt").write_text(body, "utf-8")
    cfg = dataclasses.replace(load_config(write_config(tmp_path, f"'{tmp_path}/h.txt'")), sections=None)
    res = build(cfg, echo=lambda *a: None)
    from reportgen.render.html import render_sources_html
    from reportgen.render.themes import load_theme

    evidence_html = render_sources_html(res.briefing, load_theme("yitu", tmp_path).dirs)
    for html in (res.html, evidence_html):
        assert '<img src="file:' not in html and "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
        assert "<iframe" not in html and "<link href" not in html
    assert "&lt;iframe src=&#34;http://x.invalid&#34;&gt;" in evidence_html  # the whole sentence, as text
    assert not [w for w in res.warnings if "refused to fetch" in w]
    for name in ("t.pdf", "t-sources.pdf"):
        text = "\n".join(p.extract_text() for p in PdfReader(cfg.out_dir / name).pages).replace("\n", "")
        assert "{{ 7*7 }}{% for x in y %}" in text and '<img src="file:///etc/passwd">' in text, name
    assert '<link href="http://example.invalid/x.css"><iframe src="http://x.invalid">' in text
    import docx
    body = "\n".join(p.text for p in docx.Document(cfg.out_dir / "t.docx").paragraphs)
    assert '“{{ 7*7 }}{% for x in y %}”<img src="file:///etc/passwd">2025年' in body


def test_fetcher_refuses_outside_allowed(tmp_path):
    f = SafeFetcher([tmp_path])
    (tmp_path / "ok.css").write_text("p{}", "utf-8")
    f.fetch((tmp_path / "ok.css").as_uri())
    for url in ("file:///etc/passwd", "http://example.invalid/", (tmp_path / ".." / "x").resolve().as_uri()):
        with pytest.raises(ValueError):
            f.fetch(url)
    assert len(f.refused) == 3


def test_project_theme_extends_builtin_and_sequential_layout(tmp_path):
    theme = tmp_path / "mytheme"
    theme.mkdir()
    (theme / "briefing.html").write_text(
        '{% extends "builtin/briefing.html" %}{% block cover %}<p>PROJECT COVER</p>{% endblock %}', "utf-8")
    (theme / "style.css").write_text("p { color: black; }", "utf-8")
    cfg = load_config(write_config(tmp_path, f"'{ROOT}/seeds/000_*.txt'",
                                   "theme: mytheme\noutputs: [pdf]\nlanguages: {show: [zh, en], layout: sequential}\n"))
    res = build(cfg, echo=lambda *a: None)
    assert "PROJECT COVER" in res.html and 'id="sec-01-en"' in res.html
    assert [p.name for p in res.written] == ["t.pdf", "t-sources.pdf"]  # the built-in theme's sources file


def test_hero_override_and_unknown_item_warning(tmp_path):
    cfg = load_config(write_config(tmp_path, f"'{ROOT}/seeds/000_*.txt'", "hero: {stat: 000-01.s04}\noutputs: [docx]\n"))
    cfg = dataclasses.replace(cfg, sections=[cfg.sections[0], dataclasses.replace(
        cfg.sections[1], topics=None, items=["000-02", "999-01"])])
    res = build(cfg, echo=lambda *a: None)
    assert res.briefing.hero.id == "000-01.s04" and res.briefing.hero.unit == "亿元"
    assert any("999-01" in w for w in res.warnings)


def test_pdf_language_and_chinese_line_breaking(built):
    import shutil
    import subprocess

    cfg, _ = built
    pdf = cfg.out_dir / "t.pdf"
    reader = PdfReader(pdf)
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert reader.metadata["/Keywords"].startswith("执行工作")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    lines = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.splitlines()
    wrapped = [ln for ln in lines if ln and ln[0] in "，。、；：？！”）》"]
    assert len(lines) > 300 and not wrapped, wrapped[:5]


def test_unchanged_outputs_are_kept_and_changes_render_again(tmp_path):
    cfg = load_config(write_config(tmp_path, f"'{ROOT}/seeds/000_*.txt'", "outputs: [docx]\n"))
    first = build(cfg, echo=lambda *a: None)
    both = ["t.docx", "t-sources.pdf"]  # the DOCX and the sources file its figure numbers lead to
    assert [p.name for p in first.written] == both
    again = build(cfg, echo=lambda *a: None)
    assert not again.written and [p.name for p in again.kept] == both and again.unchanged
    (cfg.out_dir / "t.docx").write_bytes(b"damaged")
    repaired = build(cfg, echo=lambda *a: None)
    assert [p.name for p in repaired.written] == ["t.docx"]
    cfg = dataclasses.replace(cfg, title=Bilingual("另一个标题", "Another title"), raw={**cfg.raw, "title": "另一个标题"})
    changed = build(cfg, echo=lambda *a: None)
    assert [p.name for p in changed.written] == both
    assert [p.name for p in build(cfg, echo=lambda *a: None, force=True).written] == both


def test_reproducible_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    text = write_config(tmp_path, f"'{ROOT}/seeds/003_*.txt'").read_text("utf-8").replace("date: 2026-01-20\n", "")
    (tmp_path / "t.yaml").write_text(text, "utf-8")
    cfg = load_config(tmp_path / "t.yaml")
    assert cfg.date.isoformat() == "2026-01-01"
    build(cfg, echo=lambda *a: None)
    first = {p.suffix: p.read_bytes() for p in cfg.out_dir.glob("t.*")}
    build(cfg, echo=lambda *a: None, force=True)
    second = {p.suffix: p.read_bytes() for p in cfg.out_dir.glob("t.*")}
    assert set(first) == {".pdf", ".docx"} and first == second


def test_mobile_edition(tmp_path):
    from PIL import Image

    cfg = load_config(write_config(tmp_path, f"'{ROOT}/seeds/003_*.txt'", "outputs: [pdf]\nmobile: true\n"))
    res = build(cfg, echo=lambda *a: None)
    pdf = PdfReader(cfg.out_dir / "t-mobile.pdf")
    w, h = (float(x) for x in pdf.pages[0].mediabox.upper_right)
    assert len(pdf.pages) == 1 and abs(w - 311.8) < 1 and h > 842  # one long 110 mm page
    text = pdf.pages[0].extract_text()
    assert "47717" not in text and "踔厉奋发" in text and "Sources" in text
    pngs = sorted((cfg.out_dir / "mobile").glob("t-*.png"))
    assert len(pngs) >= 2 and len(res.mobile) == len(pngs) + 1
    sizes = [Image.open(p).size for p in pngs]  # whole screens, the last one cut below its content
    assert all(s == (1080, 1920) for s in sizes[:-1]) and sizes[-1][0] == 1080 and sizes[-1][1] < 1920
    # the screens together are about as long as the long page (nothing lost, no blank screens)
    assert sum(s[1] for s in sizes) * w / 1080 > 0.8 * h
    manifest = (cfg.out_dir / "manifest.csv").read_text("utf-8")
    assert "t-mobile.pdf" in manifest and "mobile/t-01.png" in manifest


def test_bare_photos_are_listed_not_placed_in_topic_sections(built):
    """A photo with only a caption (001-02 … 001-05) has nothing for a section to show; a photo
    news item with text of its own (004-05) is placed like any other item."""
    _, res = built
    b = res.briefing
    placed = {v.id for sec in b.sections for v in sec.items}
    assert {"001-02", "001-03", "001-04", "001-05"}.isdisjoint(placed) and "004-05" in placed
    listed = {v.id: v for v in b.left_out}
    assert listed["001-02"].title == "图：海东市平安区集中执行案款发放现场"
    assert not any("001-02" in w for w in res.warnings)


def test_a_figure_told_twice_is_shown_once(built):
    """000-05 states 6只藏狼幼崽 in its subtitle and twice in its text: one card."""
    _, res = built
    for sec in res.briefing.sections:
        for v in sec.items:
            facts = [(f.label, f.norm, f.norm_unit, f.kind) for f in v.figures]
            assert len(facts) == len(set(facts)), v.id
            if v.id == "000-05":
                assert [f.label for f in v.figures].count("藏狼幼崽") == 1


def test_cards_prefer_named_figures_over_bare_nouns(built):
    """001-01 opens with 12家单位; its cards show figures named by glossary terms instead, in text order."""
    _, res = built
    item = next(v for sec in res.briefing.sections for v in sec.items if v.id == "001-01")
    labels = [f.label for f in item.figures]
    assert "单位" not in labels and len(labels) == 6 and all(len(x) > 2 for x in labels)
    assert all(f.label_en for f in item.figures)
    assert [f.ref for f in item.figures] == sorted(f.ref for f in item.figures)


def test_like_with_like_chart_in_pdf_and_docx_and_charts_false(tmp_path):
    """Three provinces' high courts report the same measure for the same year: one chart by place,
    drawn with the last item it compares, in the PDF and the DOCX; `charts: false` draws none."""
    for i, (prov, n) in enumerate((("青海省", 3200), ("甘肃省", 5400), ("宁夏回族自治区", 2100))):
        (tmp_path / f"p{i}.txt").write_text(f"{prov}法院执行工作\n\n2025年，{prov}高级人民法院介绍，全省法院受理执行案件"
                                            f"{n}件，执结{n - 100}件。\n", "utf-8")
    cfg = load_config(write_config(tmp_path, f"'{tmp_path}/p*.txt'"))
    cfg = dataclasses.replace(cfg, sections=None)
    res = build(cfg, echo=lambda *a: None)
    charted = [c for v in res.briefing.items for c in v.charts]
    assert [c.title_zh for c in charted] == ["受理执行案件（按地区，件，2025年）", "执结（按地区，件，2025年）"]
    assert all(c.by == "place" and c.bars_zh == ["青海省", "甘肃省", "宁夏回族自治区"] for c in charted)
    assert res.html.count('<figure class="chart">') == 2
    z = zipfile.ZipFile(cfg.out_dir / "t.docx")
    assert any(n.startswith("word/media/") for n in z.namelist())
    res = build(dataclasses.replace(cfg, charts=False), echo=lambda *a: None, force=True)
    assert '<figure class="chart">' not in res.html


def test_a_figure_of_the_year_before_makes_no_card_of_its_own():
    from reportgen.assemble import assemble
    from reportgen.pipeline import parse_bytes

    cfg = load_config(Path(__file__).resolve().parent.parent / "config" / "2025.yaml")
    page = ("全市法院执行工作通报\n2025年，全市法院共受理执行案件1200件，执结1100件，执行到位金额3.2亿元；"
            "去年同期受理执行案件1500件，执结1300件。\n")
    summary = parse_bytes(page.encode(), "a.txt")
    prior = {s["id"] for s in summary["articles"][0]["stats"] if s.get("comparison") == "prior"}
    assert len(prior) == 2
    shown = {f.id for f in assemble(cfg, [summary]).figures}
    assert shown and not shown & prior


def test_a_caveat_is_printed_on_the_card_in_pdf_html_and_docx(tmp_path):
    """879件(含旧存343件): the card prints the bracket with the figure, in the HTML, the PDF's text
    and the DOCX; its English says it. A figure whose caveat has no English prints no English label."""
    (tmp_path / "p.txt").write_text("某县法院执行工作通报\n\n2025年，某县人民法院共受理执行案件879件(含旧存343件)，"
                                    "执结1700件(不含民特、民撤案件)，执行到位金额3.2亿元。\n", "utf-8")
    cfg = load_config(write_config(tmp_path, f"'{tmp_path}/p.txt'"))
    res = build(dataclasses.replace(cfg, sections=None), echo=lambda *a: None)
    figs = {f.value: f for f in res.briefing.figures}
    assert figs["879"].zh == "879件（含旧存343件）" and figs["879"].label_en
    assert figs["879"].en == "879 cases (including cases left over from previous years: 343 cases)"
    assert figs["1700"].label_en is None and figs["1700"].en is None
    assert "（含旧存343件）" in res.html and "（不含民特、民撤案件）" in res.html
    assert "including cases left over from previous years: 343 cases" in res.html
    pdf = "".join(p.extract_text() for p in PdfReader(cfg.out_dir / "t.pdf").pages)
    assert "含旧存343件" in pdf.replace("\n", "")
    import docx

    text = "\n".join(p.text for t in docx.Document(cfg.out_dir / "t.docx").tables for c in t._cells
                     for p in c.paragraphs)
    assert "（含旧存343件）" in text and "（不含民特、民撤案件）" in text


def test_a_figure_since_a_year_prints_since_when_on_its_card(tmp_path):
    """Two figures with one label, one since 2021 and one since 2016: each card says which, in Chinese
    and English (HTML/PDF and DOCX), so neither reads as one year's figure."""
    (tmp_path / "p.txt").write_text("四川法院打击电信网络诈骗\n\n2021年以来，四川法院判处5年以上有期徒刑275人。"
                                    "秦海介绍，2016年以来，四川法院判处5年以上有期徒刑1120人。\n", "utf-8")
    cfg = load_config(write_config(tmp_path, f"'{tmp_path}/p.txt'"))
    res = build(dataclasses.replace(cfg, sections=None), echo=lambda *a: None)
    figs = {f.value: f for f in res.briefing.figures}
    assert (figs["275"].since, figs["1120"].since) == ("2021年以来", "2016年以来")
    assert figs["1120"].since_en == "since 2016" and figs["1120"].scope_zh.endswith("2016年以来")
    assert res.html.count('class="since"> · 2016年以来') == 1 and res.html.count('class="since"> · 2021年以来') == 1
    assert "since 2016" in res.html
    pdf = "".join(p.extract_text() for p in PdfReader(cfg.out_dir / "t.pdf").pages).replace("\n", "")
    assert "2016年以来" in pdf and "2021年以来" in pdf
    import docx

    text = "\n".join(p.text for t in docx.Document(cfg.out_dir / "t.docx").tables for c in t._cells
                     for p in c.paragraphs)
    assert "判处5年以上有期徒刑 · 2016年以来" in text and "since 2016" in text
    evidence = "".join("".join(p.extract_text().split()) for p in PdfReader(cfg.out_dir / "t-sources.pdf").pages)
    assert "2016年以来判处5年以上有期徒刑1120人" in evidence and "1,120people,since2016" in evidence


def test_figures_listed_in_one_sentence_say_their_open_ended_start_once():
    """数据：2021年以来A；B；…: the start is said by the first figure counted from it, again only where
    it changes (the 简报's figure lines, in HTML and DOCX alike)."""
    from reportgen.assemble import Figure, listed

    def fig(label, value, since="", period=None):
        return Figure(ref=1, id=label, item_id="i", label=label, label_en=label, value=value, unit="件", en=f"{value} cases",
                      kind="count", norm=float(value), norm_unit="件", sentence="", source="s", since=since,
                      period=period)

    said = listed([fig("收案", "5", "2021年以来"), fig("结案", "6", "2021年以来"), fig("执结", "7", "2016年以来"),
                   fig("新收", "8", "2016年以来", "2024")])
    assert [zh for _, zh, _ in said] == ["2021年以来收案5件", "结案6件", "2016年以来执结7件", "新收8件"]
    assert [en for _, _, en in said] == ["5 cases, since 2021", "6 cases", "7 cases, since 2016", "8 cases"]


def test_a_figure_given_its_year_prints_no_open_ended_start():
    """A reviewer who corrects a figure's period to 2023 leaves the parser's 2016年以来 in the summary:
    the card, its scope line and its English say 2023, never both."""
    from reportgen.assemble import Figure

    f = Figure(ref=1, id="s", item_id="i", label="判处", label_en="sentenced", value="1120", unit="人",
               en="1,120 people", kind="count", norm=1120.0, norm_unit="人", sentence="", source="s",
               since="2016年以来", period="2023")
    assert (f.since, f.since_en, f.scope_zh, f.labelled, f.en_said) == ("", "", "2023年", "判处1120人", "1,120 people")
