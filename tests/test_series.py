"""Weekly series: publication dates, week selection, issue numbers that advance and are kept."""

import datetime as dt
from pathlib import Path

import pytest

from reportgen.build import build
from reportgen.config import ConfigError, load_config
from reportgen.pipeline import parse_bytes
from reportgen.read import front_matter, publication_date

ARTICLE = "{title}\n\n2025年,全区法院受理执行案件{n}件,执行到位金额34.07亿元。\n"


def test_front_matter_and_file_name_dates():
    meta, end = front_matter("---\ndate: 2026-01-15\nsource: 西藏日报\n---\n标题\n")
    assert meta == {"date": "2026-01-15", "source": "西藏日报"} and end == 38
    assert publication_date(meta, "x.txt") == "2026-01-15"
    assert publication_date({}, "西藏日报_20260114_第3版.txt") == "2026-01-14"
    assert publication_date({}, "2026-01-09 page.md") == "2026-01-09"
    assert publication_date({}, "000_d993715c01815687.txt") is None
    assert front_matter("标题\n---\n") == ({}, 0)


def test_front_matter_is_not_parsed_as_text_and_spans_still_hold():
    text = "---\ndate: 2026-01-15\n---\n" + ARTICLE.format(title="拉萨法院执行工作", n=47717)
    s = parse_bytes(text.encode(), "a.txt")
    assert s["published"] == "2026-01-15"
    item = s["articles"][0]
    assert item["title"] == "拉萨法院执行工作"
    st = item["stats"][0]
    assert text[st["span"][0]:st["span"][1]].startswith("47717")


def make_project(tmp: Path) -> Path:
    src = tmp / "src"
    src.mkdir()
    for name, n in (("2026-01-12_a.txt", 100), ("2026-01-18_b.txt", 200), ("2026-01-19_c.txt", 300),
                    ("undated.txt", 400)):
        (src / name).write_text(ARTICLE.format(title=f"执行工作{n}", n=n), "utf-8")
    return src


def config(tmp: Path, week: str, extra: str = "") -> Path:
    p = tmp / "weekly.yaml"
    p.write_text(f"title: 本周动态\nsources: [src/*.txt]\nweek: {week}\nissue: auto\nseries: 测试简报\n"
                 f"date: 2026-01-19\noutputs: [docx]\noutput_dir: {tmp / 'out'}\n{extra}", "utf-8")
    return p


def test_week_selects_by_publication_date_and_numbers_advance(tmp_path):
    make_project(tmp_path)
    notes: list[str] = []
    cfg = load_config(config(tmp_path, "2026-W03"))
    assert cfg.window == (dt.date(2026, 1, 12), dt.date(2026, 1, 18))
    res = build(cfg, echo=notes.append)
    assert sorted(s["source"]["path"][-16:] for s in res.summaries) == ["2026-01-12_a.txt", "2026-01-18_b.txt"]
    assert any("undated.txt" in n and "no publication date" in n for n in notes)
    assert any("2026-01-19_c.txt (2026-01-19)" in n for n in notes)
    assert res.briefing.config.issue == 1
    nxt = build(load_config(config(tmp_path, "2026-W04")), echo=lambda *a: None)
    assert nxt.briefing.config.issue == 2
    assert [s["source"]["path"][-16:] for s in nxt.summaries] == ["2026-01-19_c.txt"]
    again = build(load_config(config(tmp_path, "2026-W03")), echo=lambda *a: None)
    assert again.briefing.config.issue == 1
    registry = (tmp_path / "issues.yaml").read_text("utf-8")
    assert "测试简报" in registry and "2026-W03: 1" in registry and "2026-W04: 2" in registry


def test_config_dates_for_undated_sources(tmp_path):
    make_project(tmp_path)
    cfg = load_config(config(tmp_path, "2026-W03", "dates: {src/undated.txt: 2026-01-14}\n"))
    res = build(cfg, echo=lambda *a: None)
    assert len(res.summaries) == 3


def test_bad_week_and_auto_without_window(tmp_path):
    make_project(tmp_path)
    with pytest.raises(ConfigError, match="week .*ISO week"):
        load_config(config(tmp_path, "2026-W60"))
    p = tmp_path / "x.yaml"
    p.write_text("title: t\nsources: [src/*.txt]\nissue: auto\n", "utf-8")
    with pytest.raises(ConfigError, match="issue .*`auto`"):
        load_config(p)


def test_date_range(tmp_path):
    make_project(tmp_path)
    p = config(tmp_path, "2026-W03")
    p.write_text(p.read_text("utf-8").replace("week: 2026-W03\n", "date_range: {from: 2026-01-18, to: 2026-01-19}\n"),
                 "utf-8")
    res = build(load_config(p), echo=lambda *a: None)
    assert len(res.summaries) == 2 and res.briefing.config.issue == 1
