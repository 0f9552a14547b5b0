"""Every figure printed in the example briefing says what its source says: printed in the PDF and
the DOCX with its figure number, found through that number in the sources PDF, its printed Chinese
is the source's own characters at the figure's place (same digits, same qualifier words, same
change verb), and a change's arrow points the way its verb does."""

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
        before = _flat(text[max(0, start - len(f.lead) - 8):start])  # 突破 **10万** 件: spaces, markup
        assert before.endswith(_flat(f.lead)), (f.id, before, f.lead)
        said = f.lead + text[start:end]
        if f.caveat:  # 740万余人次（含被害人个人信息数量）: the source's bracket right after the figure
            assert f.caveat in text[end:end + len(f.caveat) + 3], (f.id, f.caveat)
            said += f"（{f.caveat}）"
        assert _flat(said) == _flat(f.zh), (f.id, said, f.zh)
        assert stat["value"] in said
        if f.kind == "change" and f.arrow:
            verb = _UP if f.arrow == "▲" else _DOWN
            assert verb.search(f.lead) or not (_UP.search(f.lead) or _DOWN.search(f.lead)), (f.id, f.lead, f.arrow)


def test_every_numbered_figure_in_the_pdf_and_docx_is_printed_as_the_source_says(example):
    """Every figure of the briefing is printed in the PDF and in the DOCX followed by its number (a
    superscript); under that number the sources PDF gives its label and Chinese, which are the
    source's words (the first test)."""
    cfg, res, _ = example
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def text(name: str, *args: str) -> str:
        return _flat(subprocess.run(["pdftotext", *args, str(cfg.out_dir / name), "-"], capture_output=True,
                                    text=True, check=True).stdout)

    reading, evidence = text("2025.pdf", "-raw"), text("2025-sources.pdf")
    word = _docx_runs(cfg.out_dir / "2025.docx")
    assert len(res.briefing.figures) > 40
    for f in res.briefing.figures:
        k = evidence.find(f"[{f.ref}]")
        assert k >= 0, ("sources PDF", f.ref)
        assert evidence.startswith(_flat(f.labelled), k + len(f"[{f.ref}]")), (f.ref, evidence[k:k + 40], f.labelled)
        number = _flat(f.number_zh)
        caveat = _flat(f.caveat_zh)  # under the number, right after its superscript
        assert f"{number}{f.ref}{caveat}" in reading, ("PDF", f.ref, f.zh)
        assert f"{number}^{f.ref}^{caveat}" in word, ("DOCX", f.ref, f.zh)


def _docx_runs(path: Path) -> str:
    """The DOCX's text in document order, table cells included, each superscript run as ^text^."""
    from docx.oxml.ns import qn

    body = docx.Document(path).element.body
    out = []
    for r in body.iter(qn("w:r")):
        t = "".join(x.text or "" for x in r.iter(qn("w:t")))
        va = r.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}")
        out.append(f"^{t}^" if t and va is not None and va.get(qn("w:val")) == "superscript" else t)
    return _flat("".join(out))
