"""The compiler's week (config/weekly.yaml as a compiler runs it): two issues built one after the
other and kept, --week/--date for one run, exclude, the config check that finds every mistake at
once, the editor's own text, figures and logo in the PDF and DOCX, theme extension, file modes,
outputs beside the project, and `reportgen doctor`."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reportgen.config import load_config
from reportgen.yamlio import load_file

ROOT = Path(__file__).resolve().parents[1]
PDFTOTEXT = shutil.which("pdftotext")


def run(*args: str, cwd: Path, umask: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reportgen", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(path)
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "".join("".join(p.text for p in d.paragraphs).split()) + "".join("".join(cells).split())


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """The example project as a compiler has it: config/ and seeds/, nothing built yet."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "config", tmp_path / "config", ignore=shutil.ignore_patterns("issues.yaml"))
    return tmp_path


def _no_traceback(p: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in p.stderr + p.stdout, p.stderr[-3000:]


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")
def test_two_weeks_of_the_weekly_briefing_are_both_kept_numbered_and_listed(project):
    elsewhere = project / "elsewhere"  # outputs go beside the project, wherever the command runs
    elsewhere.mkdir()
    first = run("build", str(project / "config" / "weekly.yaml"), "-q", cwd=elsewhere)
    _no_traceback(first)
    assert first.returncode == 0, first.stderr[-2000:]
    second = run("build", str(project / "config" / "weekly.yaml"), "--week", "2026-W04", "--date", "2026-01-26",
                 "-q", cwd=elsewhere)
    assert second.returncode == 0, second.stderr[-2000:]
    assert not (elsewhere / "out").exists()

    w3, w4 = project / "out" / "weekly" / "2026-W03", project / "out" / "weekly" / "2026-W04"
    for folder in (w3, w4):
        assert (folder / "weekly.pdf").stat().st_size > 10_000 and (folder / "weekly.docx").is_file()
    assert "第1期" in pdf_text(w3 / "weekly.pdf") and "第2期" in pdf_text(w4 / "weekly.pdf")
    assert "2026年1月26日" in pdf_text(w4 / "weekly.pdf")  # --date for this run only
    assert "date: 2026-01-19" in (project / "config" / "weekly.yaml").read_text("utf-8")  # the config is untouched
    # each issue's summaries are its own articles: week 3 has 000, 001, 003; week 4 has 004
    assert sorted(p.name[:3] for p in (w3 / "summaries").glob("*.yaml")) == ["000", "001", "003"]
    assert sorted(p.name[:3] for p in (w4 / "summaries").glob("*.yaml")) == ["004"]
    registry = load_file(project / "config" / "issues.yaml")
    assert registry["政法信息简报"]["2026"] == {"2026-W03": 1, "2026-W04": 2}

    listed = run("issues", str(project / "config" / "weekly.yaml"), cwd=elsewhere)
    assert listed.returncode == 0, listed.stderr
    lines = [ln for ln in listed.stdout.splitlines() if "第" in ln]
    assert len(lines) == 2
    assert re.search(r"第1期\s+2026-W03\s+2026-01-19\s+\S*out/weekly/2026-W03/: .*weekly\.pdf", lines[0]), lines[0]
    assert re.search(r"第2期\s+2026-W04\s+2026-01-26\s+\S*out/weekly/2026-W04/: .*weekly\.pdf", lines[1]), lines[1]

    again = run("build", str(project / "config" / "weekly.yaml"), "-q", cwd=elsewhere)  # week 3 rebuilt: still 第1期
    assert again.returncode == 0 and "weekly.pdf (unchanged)" in again.stdout
    assert load_file(project / "config" / "issues.yaml")["政法信息简报"]["2026"]["2026-W03"] == 1


def test_a_bad_week_or_date_on_the_command_line_is_one_clear_error(project):
    for args, words in ((["--week", "2026-W60"], "week"), (["--date", "2026-02-30"], "date")):
        p = run("build", str(project / "config" / "weekly.yaml"), *args, cwd=project)
        _no_traceback(p)
        assert p.returncode == 2 and p.stderr.startswith("error: ") and words in p.stderr, p.stderr


FIVE_MISTAKES = """\
title: {zh: 本周政法工作动态, en: Legal affairs this week}
sources: [../seeds/*.txt]
theme: yitoo
date: 2026-02-30
logo: seal.png
hero: {stat: 000-01.s99}
sections:
  - heading: {zh: 执行工作, en: Enforcement}
    topics: [执形]
"""


def test_check_reports_five_planted_mistakes_with_their_lines(project):
    cfg = project / "config" / "mistakes.yaml"
    cfg.write_text(FIVE_MISTAKES, "utf-8")
    p = run("check", str(cfg), cwd=project)
    _no_traceback(p)
    assert p.returncode == 2
    found = {key: int(line) for key, line in re.findall(r"^  ([\w.\[\]]+) \(line (\d+)\):", p.stderr, re.M)}
    assert found == {"theme": 3, "date": 4, "logo": 5, "hero.stat": 6, "sections[1].topics": 9}, p.stderr
    assert "yitoo" in p.stderr and "执形" in p.stderr and "000-01.s99" in p.stderr and "seal.png" in p.stderr


def test_a_comma_inside_a_bilingual_mapping_is_explained(project):
    cfg = project / "config" / "comma.yaml"
    cfg.write_text("title: {zh: 政法, 简报, en: Legal affairs}\nsources: [../seeds/000_*.txt]\n", "utf-8")
    p = run("check", str(cfg), cwd=project)
    assert p.returncode == 2 and "title.简报 (line 1)" in p.stderr
    assert "a comma inside {…} ends the value" in p.stderr and "Chinese comma" in p.stderr


def test_exclude_and_negated_sources_and_check_lists_what_is_included(project):
    cfg = project / "config" / "some.yaml"
    cfg.write_text("title: {zh: 测试, en: Test}\nsources: ['../seeds/*.txt', '!../seeds/002_*']\n"
                   "exclude: ['../seeds/004_*']\noutputs: [docx]\n", "utf-8")
    names = sorted(p.name[:3] for p in load_config(cfg).source_files)
    assert names == ["000", "001", "003"]
    p = run("check", str(cfg), cwd=project)
    assert p.returncode == 0, p.stderr
    listed = [ln.strip() for ln in p.stdout.splitlines()[1:]]
    assert [Path(x).name[:3] for x in listed] == ["000", "001", "003"]


def test_outputs_are_readable_by_colleagues_and_follow_the_umask(project):
    cfg = project / "config" / "one.yaml"
    cfg.write_text("title: {zh: 测试, en: Test}\nsources: ['../seeds/000_*.txt']\noutputs: [docx]\n", "utf-8")
    assert run("build", str(cfg), "-q", cwd=project, umask=0o022).returncode == 0
    docx = project / "out" / "one" / "one.docx"
    assert stat.S_IMODE(docx.stat().st_mode) == 0o644
    assert run("build", str(cfg), "-q", "--force", cwd=project, umask=0o027).returncode == 0
    assert stat.S_IMODE(docx.stat().st_mode) == 0o640
    assert not [p for p in docx.parent.iterdir() if p.name.startswith(".") and p.suffix == ".tmp"]


def _logo(path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(1, 1), dpi=60)
    fig.patch.set_facecolor("#c8102e")
    fig.savefig(path, format="png")
    plt.close(fig)


OWN = """\
logo: seal.png
foreword:
  zh: 本期聚焦**执行工作**。请各单位对照落实。
  en: This issue looks at **enforcement**.
additions:
  - title: {zh: 本院一月执行情况, en: Enforcement in this court in January}
    text: {zh: 一月份本院执行工作平稳推进。, en: Enforcement went steadily in January.}
    figures:
      - {label: 受理执行案件, value: "1234", unit: 件, label_en: enforcement cases received,
         source: 本院审管办统计，2026年1月}
"""


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("theme", ["yitu", "jianbao"])
def test_foreword_additions_and_logo_reach_pdf_and_docx(project, theme):
    _logo(project / "config" / "seal.png")
    cfg = project / "config" / "own.yaml"
    cfg.write_text(f"title: {{zh: 测试简报, en: Test}}\nsources: ['../seeds/000_*.txt']\ntheme: {theme}\n"
                   f"outputs: [pdf, docx]\ndate: 2026-01-20\n{OWN}", "utf-8")
    p = run("build", str(cfg), "-q", cwd=project)
    _no_traceback(p)
    assert p.returncode == 0, p.stderr[-2000:]
    pdf, docx = project / "out" / "own" / "own.pdf", project / "out" / "own" / "own.docx"
    for text in (pdf_text(pdf), docx_text(docx)):
        assert "编者按" in text and "本期聚焦执行工作。请各单位对照落实。" in text
        assert "本院一月执行情况" in text and "一月份本院执行工作平稳推进。" in text
        assert "1234件" in text
        assert "Thisissuelooksatenforcement." in text
    assert "本院审管办统计，2026年1月" in pdf_text(pdf)  # the own figure's source, in the annex
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len(images.splitlines()) > 2, "no logo image in the PDF"
    assert any(n.startswith("word/media/") for n in zipfile.ZipFile(docx).namelist()), "no logo in the DOCX"


@pytest.mark.parametrize("base, css_rule", [("yitu", ".tile"), ("jianbao", ".red-rule")])
def test_a_project_theme_with_only_a_template_gets_its_builtin_css(project, base, css_rule):
    theme = project / "config" / "house"
    theme.mkdir()
    (theme / "briefing.html").write_text('{% extends "builtin/briefing.html" %}'
                                         '{% block closing %}<p class="house">HOUSE FOOTER</p>{% endblock %}'
                                         if base == "jianbao" else
                                         '{% extends "builtin/briefing.html" %}'
                                         '{% block cover %}<p class="house">HOUSE COVER</p>{% endblock %}', "utf-8")
    if base == "jianbao":
        (theme / "theme.yaml").write_text("extends: jianbao\n", "utf-8")
    cfg = project / "config" / "house.yaml"
    cfg.write_text("title: {zh: 测试, en: Test}\nsources: ['../seeds/000_*.txt']\ntheme: house\noutputs: [pdf]\n",
                   "utf-8")
    from reportgen.build import build

    res = build(load_config(cfg), echo=lambda *a: None)
    sheet = re.search(r'<link rel="stylesheet" href="file://([^"]+)"', res.html)
    assert "HOUSE" in res.html and sheet is not None  # the built-in stylesheet, though the theme has none
    assert Path(sheet.group(1)).parent.name == base and css_rule in Path(sheet.group(1)).read_text("utf-8")
    if base == "jianbao":
        assert 'class="bulletin"' in res.html  # the 简报 masthead: jianbao's template was extended


def test_doctor_names_what_is_missing_with_the_command_that_installs_it(capsys):
    from reportgen.commands.doctor import main

    assert main() == 0  # this machine was set up by scripts/setup.sh
    out = capsys.readouterr().out
    assert "ok       WeasyPrint and Pango" in out and "yitu body font: Noto Serif CJK SC" in out
    lines: list[str] = []
    assert main(echo=lines.append, families=lambda: frozenset()) == 1  # a machine without CJK fonts
    text = "\n".join(lines)
    assert "MISSING  yitu body font: none of Noto Serif CJK SC, Noto Sans CJK SC is installed" in text
    assert "apt-get install" in text and "fonts-noto-cjk" in text and "fonts-lxgw-wenkai" in text
    assert "cannot build yet" in text


def test_doctor_is_a_command():
    p = subprocess.run([sys.executable, "-m", "reportgen", "doctor"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "ready to build" in p.stdout, p.stdout + p.stderr
