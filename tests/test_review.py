"""The review step: corrections made on the review page (driven in a real browser) and kept beside
the config reach the next build's PDF; conflicting saves are refused; the server only serves this
machine, refuses foreign POSTs and writes nothing outside the review folder."""

import re
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
import yaml

from reportgen.build import build
from reportgen.config import load_config

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def project(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "config").mkdir()
    text = (ROOT / "config" / "2025.yaml").read_text("utf-8")
    (tmp_path / "config" / "2025.yaml").write_text(text + f"\noutput_dir: {tmp_path / 'out'}\n", "utf-8")
    return tmp_path


@pytest.fixture()
def server(project):
    """The review app of the example project, served by uvicorn on a free port of 127.0.0.1."""
    import uvicorn

    from reportgen.review.app import create_app
    from reportgen.review.session import Session

    session = Session(project / "config" / "2025.yaml")
    app = create_app(session)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app, session
    srv.should_exit = True
    thread.join(timeout=10)


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/setup.sh installs it)")
def test_review_page_in_a_browser_reaches_the_pdf(server, project):
    from playwright.sync_api import sync_playwright

    url, _, session = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            stale = browser.new_page()  # a second tab, loaded before the first one saves
            page.goto(url)
            stale.goto(url)
            form = page.locator("form#item-000-01")
            row = form.locator('tr[data-stat="000-01.s03"]')  # 已结案件39872件
            row.locator('input[name="label"]').fill("全区已结执行案件")
            form.locator('tr[data-stat="000-01.s08"] input.on-card').uncheck()  # 交叉执行案件969件 off the cards
            form.locator('input[name="reviewed"]').check()
            form.locator("button.save").click()
            page.wait_for_load_state("load")
            page.locator("form#item-000-01 .item-id").wait_for()
            assert page.locator('form#item-000-01 tr[data-stat="000-01.s03"] input[name="label"]').input_value() \
                == "全区已结执行案件"
            hero = page.locator('form#item-000-01 tr[data-stat="000-01.s04"] input.hero')  # 34.07亿元
            hero.check()
            page.wait_for_timeout(1500)
            assert page.locator('form#item-000-01 tr[data-stat="000-01.s04"] input.hero').is_checked()
            # the second tab still holds the old version: its save is refused with a conflict message
            other = stale.locator("form#item-000-01")
            other.locator('tr[data-stat="000-01.s01"] input[name="label"]').fill("受理案件")
            other.locator("button.save").click()
            message = other.locator(".message")
            message.wait_for()
            # the answer replaces the 保存中… Saving… said while the request is under way
            stale.wait_for_function("(t => t.length > 0 && !t.includes('Saving'))"
                                    "(document.querySelector('form#item-000-01 .message').textContent)")
            assert "Conflict" in message.text_content() and "conflict" in message.get_attribute("class")
            page.screenshot(path=str(project / "review.png"))
        finally:
            browser.close()
    reviewed = project / "config" / "reviewed"
    saved = yaml.safe_load(next(reviewed.glob("000_*.yaml")).read_text("utf-8"))
    item = next(a for a in saved["articles"] if a["id"] == "000-01")
    assert item["reviewed"] is True and "000-01.s08" not in item["cards"]
    assert next(s for s in item["stats"] if s["id"] == "000-01.s01")["label"] == "受理执行案件"  # the stale save lost
    res = build(load_config(project / "config" / "2025.yaml"), echo=lambda *a: None, force=True)
    text = _pdf_text(project / "out" / "2025.pdf")
    evidence = _pdf_text(project / "out" / "2025-sources.pdf")
    assert "全区已结执行案件" in text and "全区已结执行案件39872件" in evidence
    assert res.briefing.hero.id == "000-01.s04" and text.index("34.07") < text.index("01执行工作")
    assert not any(f.id == "000-01.s08" for f in res.briefing.figures)
    assert not re.search(r"\[\d+\]交叉执行案件969件", evidence)  # no numbered figure (the sentence may still be quoted)
    assert res.reviewed > 0


def test_server_refuses_foreign_posts_and_unknown_items(server, project):
    import httpx

    url, app, _ = server
    token = app.state.token
    r = httpx.post(f"{url}/api/items/000-01", json={"item": {"reviewed": True}})
    assert r.status_code == 403  # no token
    r = httpx.post(f"{url}/api/items/000-01", json={"item": {"reviewed": True}},
                   headers={"X-Review-Token": token, "Origin": "http://evil.example"})
    assert r.status_code == 403  # another site
    for bad in ("../../x", "..%2F..%2Fx", "000-01/../../../x"):
        r = httpx.post(f"{url}/api/items/{bad}", json={"item": {"reviewed": True}}, headers={"X-Review-Token": token})
        assert r.status_code == 404
    r = httpx.get(f"{url}/theme/../../../../etc/passwd")
    assert r.status_code == 404 and "root:" not in r.text
    written = [p for p in project.rglob("*") if p.is_file() and "out" not in p.relative_to(project).parts]
    assert not [p for p in written if "reviewed" in p.parts or p.name == "x"]


def test_invalid_corrections_save_nothing(server, project):
    import httpx

    url, app, session = server
    headers = {"X-Review-Token": app.state.token}
    for edit, words in (({"stats": {"000-01.s01": {"value": "很多"}}}, "not a number"),
                        ({"stats": {"000-01.s01": {"kind": "total"}}}, "kind"),
                        ({"stats": {"000-01.s01": {"period": "去年"}}}, "not a year"),
                        ({"item": {"cards": ["999-01.s01"]}}, "not a figure")):
        r = httpx.post(f"{url}/api/items/000-01", json=edit, headers=headers)
        assert r.status_code == 422 and any(words in p for p in r.json()["problems"]), r.json()
    assert not (project / "config" / "reviewed").exists()


def test_server_binds_to_this_machine_by_default():
    from click.testing import CliRunner

    from reportgen.cli import cli

    help_text = CliRunner().invoke(cli, ["review", "--help"]).output
    assert "[default: 127.0.0.1]" in help_text


def _docx_text(path: Path) -> str:
    import docx

    d = docx.Document(path)
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "".join("".join(p.text for p in d.paragraphs).split()) + "".join("".join(cells).split())


def test_figures_xlsx_round_trip_reaches_pdf_and_docx(project):
    from openpyxl import load_workbook

    from reportgen.cli import cli

    cfg_path = project / "config" / "2025.yaml"
    from click.testing import CliRunner

    runner = CliRunner()
    xlsx = project / "figures.xlsx"
    r = runner.invoke(cli, ["figures", str(cfg_path), "--format", "xlsx", "-o", str(xlsx)], standalone_mode=False)
    assert r.exit_code == 0, r.output
    wb = load_workbook(xlsx)
    ws = wb.active
    header = [c.value for c in ws[1]]
    col = {name: i + 1 for i, name in enumerate(header)}
    from openpyxl.utils import get_column_letter

    assert ws.freeze_panes == "A2" and ws.column_dimensions[get_column_letter(col["sentence"])].width >= 60
    assert {"caveat", "caveat_en", "since"} <= set(header)  # what the cards print beside a figure, editable too
    rows = {ws.cell(r, col["id"]).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows["000-01.s03"], col["label"]).value = "全区已结执行案件"
    ws.cell(rows["000-01.s08"], col["shown"]).value = "no"
    wb.save(xlsx)
    r = runner.invoke(cli, ["figures", str(cfg_path), "--apply", str(xlsx)], standalone_mode=False)
    assert r.exit_code == 0, r.output
    assert "000-01.s03 label: '已结案件' → '全区已结执行案件'" in r.output and "000-01.s08 shown" in r.output
    build(load_config(cfg_path), echo=lambda *a: None, force=True)
    pdf, word = _pdf_text(project / "out" / "2025.pdf"), _docx_text(project / "out" / "2025.docx")
    evidence = _pdf_text(project / "out" / "2025-sources.pdf")
    for text in (pdf, word):  # the reading copies print the corrected label with the figure
        assert "全区已结执行案件" in text and "39872件" in text
    assert "全区已结执行案件39872件" in evidence  # and the evidence names it so, with its number
    assert not re.search(r"\[\d+\]交叉执行案件969件", evidence)


def test_a_bad_row_is_refused_whole(project):
    from click.testing import CliRunner

    from reportgen.cli import cli

    cfg_path = project / "config" / "2025.yaml"
    runner = CliRunner()
    out = runner.invoke(cli, ["figures", str(cfg_path), "--format", "csv"], standalone_mode=False).output
    lines = out.lstrip("\ufeff").splitlines()
    import csv
    import io

    table = list(csv.DictReader(io.StringIO("\n".join(lines))))
    table[0]["label"] = "一个好标签"
    table[1]["value"] = "不是数字"
    table[2]["id"] = "999-99.s99"
    path = project / "edited.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(table[0]))
        w.writeheader()
        w.writerows(table)
    from reportgen.cli import main as cli_main  # the real entry point: errors are one line, exit 2

    p = subprocess.run([__import__("sys").executable, "-m", "reportgen", "figures", str(cfg_path), "--apply",
                        str(path)], capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "row 3" in p.stderr and "not a number" in p.stderr and "row 4: '999-99.s99'" in p.stderr
    assert not (project / "config" / "reviewed").exists()  # the good row was not applied either
    assert cli_main


def test_formulas_in_cells_are_neutralised():
    from reportgen.review.figures import _cell, _uncell

    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")" and _uncell(_cell("=1+1")) == "=1+1"
    assert _cell("受理") == "受理" and _cell(47717) == 47717


def test_a_hand_made_summary_without_source_is_one_error_line(tmp_path):
    bad = tmp_path / "hand.yaml"
    bad.write_text("schema: 1\ngenerator: me\nreviewed: true\npage: {items: 1, markdown: false, "
                   "simplified_from_traditional: false}\nwarnings: []\narticles:\n- id: h-01\n  kind: article\n"
                   "  title: 手写\n  stats: []\n", "utf-8")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"title: t\nsources: ['{bad}', '{ROOT}/seeds/000_*.txt']\noutputs: [docx]\n"
                   f"output_dir: {tmp_path / 'out'}\noutside_sources: true\n", "utf-8")
    p = subprocess.run([__import__("sys").executable, "-m", "reportgen", "build", str(cfg)], capture_output=True,
                       text=True)
    assert "Traceback" not in p.stderr and p.returncode == 2
    line = next(ln for ln in p.stderr.splitlines() if "hand.yaml" in ln)
    assert line.startswith("error: ") and "`source` is missing" in line and "line 7: articles[0]" in line
    assert (tmp_path / "out" / "c.docx").exists()  # the rest is still built


def test_reviewed_summary_replaces_its_article_and_a_changed_article_is_reported(project):
    from reportgen.review.session import Session

    cfg_path = project / "config" / "2025.yaml"
    before = build(load_config(cfg_path), echo=lambda *a: None)
    session = Session(cfg_path)
    assert session.save("000-01", {"version": None, "item": {"reviewed": True},
                                   "stats": {"000-01.s01": {"label": "全区受理执行案件"}}}) == []
    res = build(load_config(cfg_path), echo=lambda *a: None)
    assert res.items == before.items and len(res.summaries) == 5  # replaced, not added
    first = next(f for f in res.briefing.figures if f.id == "000-01.s01")
    assert first.label == "全区受理执行案件" and first.reviewed and res.reviewed > 0
    assert not any("changed since it was reviewed" in w for w in res.warnings)
    article = project / "seeds" / "000_d993715c01815687.txt"
    article.write_text(article.read_text("utf-8") + "\n补充一段。\n", "utf-8")
    res = build(load_config(cfg_path), echo=lambda *a: None)
    assert any("000_d993715c01815687.txt: changed since it was reviewed" in w for w in res.warnings)
    assert not next(f for f in res.briefing.figures if f.id == "000-01.s01").reviewed and res.reviewed == 0


def test_an_article_and_its_summary_both_listed_are_used_once(project, tmp_path):
    from reportgen.pipeline import parse_file
    from reportgen.yamlio import dump

    summary = parse_file(project / "seeds" / "003_3bdffecf4705e351.txt")
    (project / "seeds" / "003_reviewed.yaml").write_text(dump(summary), "utf-8")
    cfg_path = project / "config" / "2025.yaml"
    cfg_path.write_text(cfg_path.read_text("utf-8").replace("  - ../seeds/*.txt", "  - ../seeds/*.txt\n  - ../seeds/*.yaml"),
                        "utf-8")
    res = build(load_config(cfg_path), echo=lambda *a: None)
    assert len(res.summaries) == 5
    assert any("003_3bdffecf4705e351.txt: also given as" in w and "the summary is used, once" in w
               for w in res.warnings), res.errors


def test_a_sentence_stored_cut_is_not_marked_changed_until_the_article_changes(project):
    """A long sentence is stored cut with `…`; the page marked it as changed in the article (struck
    through) although it was there, and so was a sentence the page layout broke across columns. Only a
    sentence the article no longer holds (an article changed since its summary was reviewed) is marked."""
    from reportgen.review.session import Session

    def stats() -> dict[str, dict]:
        return {s["id"]: s for g in Session(cfg_path).state()["groups"] for i in g["items"] if i["id"] == "000-01"
                for s in i["stats"]}

    cfg_path = project / "config" / "2025.yaml"
    first = stats()["000-01.s01"]
    sentence = first["before"] + first["mark"] + first["after"]
    assert sentence.endswith("…")  # the case: a sentence stored cut
    assert not any(s["gone"] for s in stats().values())
    # nor one the page layout broke across lines or columns (001-01, 004-09 of the seeds)
    assert not [x["id"] for g in Session(cfg_path).state()["groups"] for i in g["items"] for x in i["stats"]
                if x["gone"]]
    assert Session(cfg_path).save("000-01", {"version": None, "item": {"reviewed": True}}) == []
    assert not any(s["gone"] for s in stats().values())  # the reviewed summary's sentences, still in the article
    article = project / "seeds" / "000_d993715c01815687.txt"
    text = article.read_text("utf-8")
    cut = sentence.strip("…")[:12]
    assert cut in text
    article.write_text(text.replace(cut, "改写后的句子"), "utf-8")
    assert stats()["000-01.s01"]["gone"]


def test_the_figure_is_marked_where_it_stands_in_a_sentence_holding_its_digits_twice():
    from reportgen.review.session import _mark_at

    row = "三亚庭 | 22.22% | 20.00% | 2.22 |"
    text = "表1\n部门 | 结案率\n" + row + "\n"
    start = text.index("| 2.22 |") + 2
    assert _mark_at(row, "2.22", 0, text, start) == row.index("| 2.22 |") + 2
    assert _mark_at(row, "22.22%", 0, text, text.index("22.22%")) == row.index("22.22%")
    assert _mark_at(row, "2.22", 0, "", start) == row.index("2.22")  # the article gone: the first one


def test_the_review_page_prints_each_figure_as_its_card_does(project):
    """The 'as printed' column holds what the card prints: a caveat in its brackets (740万余人次（含被害人
    个人信息数量）) and the open-ended start of a figure without a period (1120人 · 2016年以来, since 2016)."""
    from reportgen.review.session import Session

    stats = {s["value"]: s for g in Session(project / "config" / "2025.yaml").state()["groups"] for i in g["items"]
             if i["id"] == "004-09" for s in i["stats"]}
    assert stats["740"]["printed_zh"] == "740万余人次（含被害人个人信息数量） · 2016年以来"
    assert stats["1120"]["printed_zh"] == "1120人 · 2016年以来"
    assert stats["1120"]["printed_en"] == "1,120 people, since 2016"


def test_a_caveat_and_a_start_can_be_corrected_and_are_checked():
    """The bracket after a figure and the start it is counted from print on the cards, so a person can
    correct both; a caveat changed without its English loses the old English (it says another caveat),
    and a start must be said as the source says one."""
    from reportgen.review.edits import apply

    item = {"id": "a-01", "stats": [{"id": "a-01.s01", "label": "结案", "value": "879", "unit": "件", "norm": 879,
                                     "norm_unit": "件", "qualifier": "exact", "kind": "count", "period": None,
                                     "caveat": "含旧存343件", "caveat_en": "including cases left over: 343 cases",
                                     "caveat_en_origin": "composed"}]}
    out, problems = apply(item, {"stats": {"a-01.s01": {"caveat": "（含旧存334件）", "since": "2016年以来"}}}, [])
    stat = out["stats"][0]
    assert problems == [] and stat["caveat"] == "含旧存334件" and stat["since"] == "2016年以来"
    assert stat["caveat_en"] is None and stat["caveat_en_origin"] == "missing"  # the old English said 343
    out, problems = apply(item, {"stats": {"a-01.s01": {"caveat": "含旧存334件",
                                                         "caveat_en": "including 334 cases left over"}}}, [])
    assert problems == [] and out["stats"][0]["caveat_en_origin"] == "human"
    out, problems = apply(item, {"stats": {"a-01.s01": {"caveat": "", "since": ""}}}, [])
    assert problems == [] and "caveat" not in out["stats"][0] and "caveat_en" not in out["stats"][0]
    out, problems = apply(item, {"stats": {"a-01.s01": {"since": "去年", "caveat": "含" * 61}}}, [])
    assert out is item and len(problems) == 2 and "since" in problems[1] and "caveat" in problems[0]


def test_a_reviewer_who_changes_the_period_drops_the_part_of_the_old_year() -> None:
    """2024年上半年 corrected to 2023: the part (上半年) was said of 2024; kept when the year stays."""
    from reportgen.review.edits import Problems, _stat

    stat = {"id": "a-01.s01", "label": "x", "value": "1", "unit": "件", "period": "2024", "period_part": "上半年"}
    _stat(stat, {"period": "2024"}, problems := Problems())
    assert stat["period_part"] == "上半年" and not problems.items
    _stat(stat, {"period": "2023"}, problems)
    assert stat["period"] == "2023" and "period_part" not in stat
