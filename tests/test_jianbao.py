"""The 简报 theme: masthead, GB/T 9704 page, closing block, fonts that fell back."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from reportgen.build import build
from reportgen.config import load_config
from reportgen.render.chinese import cn_ordinal

ROOT = Path(__file__).resolve().parent.parent

CONFIG = f"""\
title: {{zh: 2025年全区法院执行工作情况, en: Court enforcement work in 2025}}
bulletin: {{zh: 政法信息简报, en: Legal Affairs Bulletin}}
issuer: {{zh: 政法信息简报编辑组, en: Legal Affairs Briefing Desk}}
issue: 12
date: 2026-01-20
sources: ['{ROOT}/seeds/000_*.txt']
outside_sources: true
theme: jianbao
outputs: [pdf]
classification: 内部资料 注意保存
distribution: [各中级人民法院, 各基层人民法院]
closing: {{report: [自治区党委政法委], send: [自治区人民检察院, 自治区司法厅]}}
"""


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jb")
    p = tmp / "jb.yaml"
    p.write_text(CONFIG + f"output_dir: {tmp / 'out'}\n", "utf-8")
    cfg = load_config(p)
    notes = []
    res = build(cfg, echo=notes.append)
    reader = PdfReader(cfg.out_dir / "jb.pdf")
    return res, reader, [page.extract_text() for page in reader.pages], notes


def test_masthead(bulletin):
    res, reader, pages, _ = bulletin
    first = pages[0]
    for text in ("内部资料 注意保存", "政法信息简报", "第12期", "政法信息简报编辑组", "2026年1月20日",
                 "2025年全区法院执行工作情况", "一、执行工作"):
        assert text in first, text
    assert '<div class="red-rule">' in res.html


def test_page_geometry_and_numbers(bulletin):
    _, reader, pages, _ = bulletin
    w, h = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert abs(w - 595.3) < 1 and abs(h - 841.9) < 1  # A4
    assert "— 1 —" in pages[0] and "— 2 —" in pages[1]


def test_closing_block(bulletin):
    _, _, pages, _ = bulletin
    last = pages[-1]
    assert "报：自治区党委政法委。" in last
    assert "送：自治区人民检察院，自治区司法厅。" in last
    assert "发：各中级人民法院，各基层人民法院。" in last
    assert "共印2份" in last
    assert "政法信息简报编辑组" in last and "2026年1月20日印发" in last  # 印发机关 and 印发日期


def test_font_fallbacks_are_reported(bulletin):
    _, reader, _, notes = bulletin
    fonts = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in (p["/Resources"].get("/Font") or {}).values()}
    installed_fangsong = any("FangSong" in f for f in fonts)
    assert installed_fangsong or any(n.startswith("fonts: body uses") for n in notes)


def test_cn_ordinal():
    assert [cn_ordinal(n) for n in (1, 9, 10, 12, 20, 23)] == ["一", "九", "十", "十二", "二十", "二十三"]


def test_numbered_copies_and_manifest(tmp_path):
    import csv

    from click.testing import CliRunner

    from reportgen.cli import cli
    from reportgen.distribute import sha256_of  # noqa: F401

    p = tmp_path / "jb.yaml"
    p.write_text(CONFIG + f"numbered_copies: true\noutput_dir: {tmp_path / 'out'}\n", "utf-8")
    cfg = load_config(p)
    res = build(cfg, echo=lambda *a: None)
    out = cfg.out_dir
    rows = list(csv.DictReader((out / "manifest.csv").open(encoding="utf-8")))
    assert [(r["file"], r["recipient"], r["copy_number"]) for r in rows] == [
        ("jb.pdf", "", ""), ("copies/jb-000001.pdf", "各中级人民法院", "000001"),
        ("copies/jb-000002.pdf", "各基层人民法院", "000002")]
    for r in rows:
        assert sha256_of(out / r["file"]) == r["sha256"]
    text = PdfReader(out / "copies" / "jb-000002.pdf").pages[0].extract_text()
    assert "000002" in text and "各基层人民法院" in text
    assert "000001" not in PdfReader(out / "jb.pdf").pages[0].extract_text()
    assert res.copies and CliRunner().invoke(cli, ["verify", str(out)], standalone_mode=False).exit_code == 0
    (out / "copies" / "jb-000001.pdf").write_bytes(b"tampered")
    r = CliRunner().invoke(cli, ["verify", str(out)], standalone_mode=False)
    assert r.exit_code == 1 and "1 file(s) differ" in r.output


def test_numbered_copies_need_recipients(tmp_path):
    from reportgen.config import ConfigError

    p = tmp_path / "jb.yaml"
    p.write_text(CONFIG.replace("distribution: [各中级人民法院, 各基层人民法院]\n", "") + "numbered_copies: yes please\n",
                 "utf-8")
    with pytest.raises(ConfigError, match="numbered_copies .*expected true or false"):
        load_config(p)


def test_pdfa_tagged_with_summaries_attached(tmp_path):
    import pikepdf
    import yaml

    p = tmp_path / "jb.yaml"
    p.write_text(CONFIG + "pdf: {variant: pdf/a-3b, tagged: true, attach_summaries: true}\n"
                 f"output_dir: {tmp_path / 'out'}\n", "utf-8")
    cfg = load_config(p)
    build(cfg, echo=lambda *a: None)
    with pikepdf.open(cfg.out_dir / "jb.pdf") as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"].startswith("2025年全区法院执行工作情况")
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.S) == "/GTS_PDFA1" and "/DestOutputProfile" in intent
        assert bool(pdf.Root.MarkInfo.Marked) and "/StructTreeRoot" in pdf.Root
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                desc = (font.DescendantFonts[0] if "/DescendantFonts" in font else font).FontDescriptor
                assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        attached = pdf.attachments["summaries.yaml"].get_file().read_bytes()
    summaries = yaml.safe_load(attached)["summaries"]
    assert summaries[0]["source"]["path"].endswith("000_d993715c01815687.txt")
    assert summaries[0]["articles"][0]["stats"][0]["value"] == "47717"


def test_docx_follows_the_bulletin_layout(tmp_path):
    import io
    import zipfile

    import docx

    p = tmp_path / "jb.yaml"
    p.write_text(CONFIG.replace("outputs: [pdf]", "outputs: [docx]") + f"output_dir: {tmp_path / 'out'}\n", "utf-8")
    cfg = load_config(p)
    build(cfg, echo=lambda *a: None)
    data = (cfg.out_dir / "jb.docx").read_bytes()
    d = docx.Document(io.BytesIO(data))
    texts = [par.text for par in d.paragraphs]
    assert texts[:3] == ["内部资料 注意保存", "政法信息简报", "第12期"]
    assert "\u3000政法信息简报编辑组\t2026年1月20日" in texts and "一、执行工作" in texts
    assert any(t.startswith("（一）执法攻坚提质增效") for t in texts)
    cells = [c.text for row in d.tables[-1].rows for c in row.cells]
    assert cells == ["报：自治区党委政法委。", "送：自治区人民检察院，自治区司法厅。", "发：各中级人民法院，各基层人民法院。",
                     "政法信息简报编辑组\t2026年1月20日印发", "（共印2份）"]
    sec = d.sections[0]
    assert round(sec.top_margin.mm) == 37 and round(sec.left_margin.mm) == 28
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    assert 'w:styleId="BulletinName"' in xml and 'w:color w:val="D40000"' in xml


def test_chinese_punctuation_is_full_width_and_numbers_are_untouched():
    from reportgen.render.chinese import zh_punct, zh_punct_html

    assert zh_punct("受理执行案件(新收加旧存)47717件,同比增长20.49%,已结") == "受理执行案件（新收加旧存）47717件，同比增长20.49%，已结"
    assert zh_punct("共1,200件;其中3.5%来自基层.") == "共1,200件；其中3.5%来自基层。"
    assert zh_punct('他说:"好的"') == "他说：“好的”"
    assert zh_punct("10:30开会") == "10:30开会" and zh_punct("Cases (2025), 1.5") == "Cases (2025), 1.5"
    assert zh_punct_html('<p>甲&amp;乙,丙<a href="x,y">链,接</a></p>') == '<p>甲&amp;乙，丙<a href="x,y">链，接</a></p>'


def test_doctor_names_the_fandol_package_and_the_fontconfig_link():
    from reportgen.commands import doctor

    noto = frozenset({"Noto Serif CJK SC", "Noto Sans CJK SC", "LXGW WenKai"})
    lines: list[str] = []
    assert doctor.main(echo=lines.append, families=lambda: noto) == 0  # Noto is enough to build
    text = "\n".join(lines)
    assert "jianbao body font: Noto Serif CJK SC (first choice 仿宋_GB2312 not installed)" in text
    assert "texlive-lang-chinese" in text
    if doctor.FANDOL_DIR.is_dir():  # installed but not linked: the link is the fix, not the package
        assert f"ln -sfn {doctor.FANDOL_DIR} {doctor.FANDOL_LINK}" in text
