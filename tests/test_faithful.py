"""Every figure printed in the example briefing says what its source says: found through its
figure number in the PDF and the DOCX, its printed Chinese is the source's own characters at the
figure's place (same digits, same qualifier words, same change verb), and a change's arrow points
the way its verb does."""

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from reportgen.build import build
from reportgen.config import load_config

ROOT = Path(__file__).resolve().parent.parent
_UP = re.compile(r"增长|上升|提高|提升|增加|增多|上涨|攀升|扩大")
_DOWN = re.compile(r"下降|减少|降低|缩短|缩减|压降|压缩|下滑|回落")


def _flat(text: str) -> str:
    return re.sub(r"\s+|\*\*|__", "", text)  # spaces and markdown emphasis are not words


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faithful")
    shutil.copytree(ROOT / "config", tmp / "config")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    cfg = load_config(tmp / "config" / "2025.yaml")
    res = build(cfg, echo=lambda *a: None, force=True)
    stats = {s["id"]: (summary, s) for summary in res.summaries for a in summary["articles"] for s in a["stats"]}
    return cfg, res, stats


def test_printed_chinese_is_the_sources_own_words(example):
    cfg, res, stats = example
    figures = res.briefing.figures
    assert len(figures) > 40
    for f in figures:
        summary, stat = stats[f.id]
        source = (cfg.path.parent / ".." / summary["source"]["path"]).resolve()
        if not source.exists():
            source = ROOT / summary["source"]["path"]
        text = source.read_text("utf-8")
        start, end = stat["span"]
        said = text[start - len(f.lead):end]
        assert _flat(said) == _flat(f.zh), (f.id, said, f.zh)
        assert stat["value"] in said
        if f.kind == "change" and f.arrow:
            verb = _UP if f.arrow == "▲" else _DOWN
            assert verb.search(f.lead) or not (_UP.search(f.lead) or _DOWN.search(f.lead)), (f.id, f.lead, f.arrow)


def test_every_numbered_figure_in_the_pdf_and_docx_is_printed_as_the_source_says(example):
    cfg, res, _ = example
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = _flat(subprocess.run(["pdftotext", str(cfg.out_dir / "2025.pdf"), "-"], capture_output=True, text=True,
                               check=True).stdout)
    word = _flat("\n".join(p.text for p in docx.Document(cfg.out_dir / "2025.docx").paragraphs))
    pdf_evidence, word_evidence = pdf[pdf.rindex("数据出处"):], word[word.rindex("数据出处"):]
    for f in res.briefing.figures:
        for name, text in (("PDF", pdf_evidence), ("DOCX", word_evidence)):
            k = text.find(f"[{f.ref}]")
            assert k >= 0, (name, f.ref)
            assert text.startswith(_flat(f.labelled), k + len(f"[{f.ref}]")), (name, f.ref, text[k:k + 40], f.labelled)
        assert _flat(f.zh) in pdf
