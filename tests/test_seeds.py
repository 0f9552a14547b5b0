"""Structure and key statistics of the five seed pages."""

from collections import Counter

import pytest

from tests.conftest import article

EXPECTED_KINDS = {
    "000_d993715c01815687.txt": ["article", "article", "article", "short_news", "short_news", "article"],
    "001_d65aec121ee7cd40.txt": ["article", "photo_caption", "photo_caption", "photo_caption", "photo_caption",
                                 "commentary", "article"],
    "002_3fd2ad91d394d67d.txt": ["article"],
    "003_3bdffecf4705e351.txt": ["article", "photo_caption", "short_news", "short_news", "short_news"],
    "004_ab7b0f57302c5d81.txt": ["article", "article", "short_news", "article", "photo_caption", "continuation",
                                 "article", "short_news", "short_news", "fragment"],
}


def test_the_seeds_hold_29_items(seed_summaries):
    assert sum(len(sm["articles"]) for sm in seed_summaries.values()) == 29


def test_items_and_kinds(seed_summaries):
    for name, kinds in EXPECTED_KINDS.items():
        assert [a["kind"] for a in seed_summaries[name]["articles"]] == kinds, name


def test_titles_subtitles_and_bylines(seed_summaries):
    a = article(seed_summaries, "000-01")
    assert a["title"] == "执法攻坚提质增效 司法为民暖人心"
    assert a["subtitle"] == "——2025年全区法院执行工作成效显著"
    assert a["reporters"] == ["王香香"] and a["period"] == "2025"
    a = article(seed_summaries, "000-02")
    assert a["reporters"] == ["赵文慧"] and a["correspondents"] == ["何雪"]
    a = article(seed_summaries, "000-04")  # dateline 本报拉萨讯（记者 … 见习记者 …）
    assert a["dateline"] == "拉萨" and a["reporters"] == ["赵文慧", "权文娟"]
    a = article(seed_summaries, "000-05")
    assert a["subtitle"] == "6只藏狼幼崽顺利移交至专业救助机构"
    assert a["photographers"] == ["王香香", "格罗"] and a["photos"][0]["caption"] == "图为获救的藏狼幼崽。"
    a = article(seed_summaries, "003-01")  # byline before the title
    assert a["title"] == "踔厉奋发 笃行不怠" and a["reporters"] == ["王香香"]
    a = article(seed_summaries, "003-04")  # a headline printed on two lines
    assert a["title"] == "自治区司法厅 召开“五四”青年干部座谈会"
    a = article(seed_summaries, "004-08")  # 本报讯 记者黄辉 通讯员王红兵 近日…
    assert a["reporters"] == ["黄辉"] and a["correspondents"] == ["王红兵"]


def test_page_header_bylines_and_columns(seed_summaries):
    main, comment, field = (article(seed_summaries, f"001-0{i}") for i in (1, 6, 7))
    assert main["columns"] == ["关注"] and main["reporters"] == ["田得乾"]
    assert comment["columns"] == ["时评"] and comment["authors"] == ["田得乾"]
    assert field["columns"] == ["一线传真"] and field["correspondents"] == ["秦婷"]
    assert field["title"] == "执行有「温度」 解纷暖人心"
    # four photos the layout placed inside a paragraph of 001-01, under one credit: four items
    photos = [article(seed_summaries, f"001-0{i}") for i in (2, 3, 4, 5)]
    assert all(p["kind"] == "photo_caption" and p["printed_inside"] == "001-01" for p in photos)
    assert [p["photos"][0]["credit"] for p in photos] == ["省法院供图"] * 4
    assert photos[0]["photos"][0]["caption"] == "海东市平安区集中执行案款发放现场" and main["photos"] == []
    # a photo printed inside its own story, credited in the story's byline, stays with the story
    tobacco = article(seed_summaries, "003-05")
    assert tobacco["photos"][0]["caption"].startswith("图为西藏烟草") and "袁海霞" in tobacco["photographers"]


def test_continuation_and_fragments(seed_summaries):
    cont = article(seed_summaries, "004-06")
    assert cont["kind"] == "continuation" and cont["notes"] == ["上接第一版"]
    # two pieces of the Taizhou story printed inside the Sichuan story are one fragment of it
    frag = article(seed_summaries, "004-10")
    assert frag["kind"] == "fragment" and frag["attached_to"] == "004-06" and frag["printed_inside"] == "004-09"
    assert frag["lines"] == [157, 173] and any("天台县司法局" in s["sentence"] for s in frag["stats"])
    assert any("黄岩区" in s["sentence"] for s in frag["stats"]) or "黄岩" in "".join(frag["keywords"]) \
        or any(r["name"].startswith("黄岩") for r in frag["regions"])
    sichuan = article(seed_summaries, "004-09")
    # the story interrupted by the fragment is read across it: 重刑率 … 15.6%
    assert any(s["label"] == "重刑率" and s["norm"] == 15.6 for s in sichuan["stats"])
    assert article(seed_summaries, "004-07")["title"] is None  # the page lost this title
    assert article(seed_summaries, "004-07")["reporters"] == ["赵红旗"]


def test_layout_break_rejoined_in_statistics(seed_summaries):
    a = article(seed_summaries, "000-01")
    s = next(s for s in a["stats"] if s["norm"] == 30 and s["norm_unit"] == "%")
    assert s["qualifier"] == "at_most"
    assert "仅能覆盖不足30%的债权" in s["sentence"]


@pytest.mark.parametrize("item_id,label,norm,norm_unit,kind", [
    ("000-01", "受理执行案件", 47717, "件", "count"),
    ("000-01", "执行到位金额", 3407000000, "元", "amount"),
    ("000-01", "执行到位案款", 40759100, "元", "amount"),
    ("001-01", "受理执行案件", 140628, "件", "count"),
    ("001-01", "结案率", 93.04, "%", "rate"),
    ("002-01", "信息", 21000, "条", "count"),
    ("003-01", "法官人均结案", 136.92, "件", "count"),
    ("004-09", "挽回经济损失", 800000000, "元", "amount"),
])
def test_key_statistics(seed_summaries, item_id, label, norm, norm_unit, kind):
    stats = article(seed_summaries, item_id)["stats"]
    matches = [s for s in stats if s["norm"] == norm and s["norm_unit"] == norm_unit]
    assert matches, f"{norm} {norm_unit} not found in {item_id}"
    assert any(label in s["label"] and s["kind"] == kind for s in matches), matches


def test_full_width_digits_keep_their_written_form(tmp_path):
    from reportgen.pipeline import parse_file

    p = tmp_path / "fw.txt"
    p.write_text("据统计，三年来共受理执行案件１４０６２８件，结案率９３．０４％。\n", "utf-8")
    stats = parse_file(p)["articles"][0]["stats"]
    assert [(s["value"], s["norm"]) for s in stats] == [("１４０６２８", 140628), ("９３．０４", 93.04)]


def test_every_statistic_traces_back_to_its_span(seed_summaries, seed_text):
    total = 0
    for name, summary in seed_summaries.items():
        text = seed_text[name]
        for a in summary["articles"]:
            for s in a["stats"]:
                start, end = s["span"]
                assert s["value"] in text[start:end], (s["id"], s["value"], text[start:end])
                assert s["sentence"], s["id"]
                total += 1
    assert total > 250


def test_typical_cases(seed_summaries):
    cases = article(seed_summaries, "000-01")["cases"]
    first = cases[0]
    assert first["parties"] == ["达某", "高某"] and first["dispute"] == "股权转让纠纷"
    assert "恢复执行" in first["measures"]
    amounts = {s["id"]: s["norm"] for s in article(seed_summaries, "000-01")["stats"]}
    assert [amounts[i] for i in first["amounts"]] == [126399, 30000]


def test_quotes_people_regions_documents(seed_summaries):
    a = article(seed_summaries, "000-01")
    assert {"speaker": "刘彬", "role": "自治区高级人民法院执行局局长"}.items() <= a["quotes"][0].items()
    assert {"name": "拉萨市", "level": "city"} in [{"name": r["name"], "level": r["level"]} for r in a["regions"]]
    assert {"name": "拉萨市城关区人民法院", "type": "court"} in [{"name": i["name"], "type": i["type"]}
                                                              for i in a["institutions"]]
    assert "交叉执行" in a["campaigns"]
    assert any(d.startswith("关于进一步深化执行工作") for d in a["documents"])
    assert a["topic"] == "执行"
    assert a["summary"].startswith("受理执行案件")
    assert article(seed_summaries, "004-04")["topic"] == "检察"


def test_no_statistics_from_years_or_dates(seed_summaries):
    units = Counter(s["norm_unit"] for sm in seed_summaries.values() for a in sm["articles"] for s in a["stats"])
    years = [s for sm in seed_summaries.values() for a in sm["articles"] for s in a["stats"]
             if s["norm_unit"] == "年" and s["norm"] >= 1900]
    assert not years and units["件"] > 50


def test_determiners_are_not_places(seed_summaries):
    names = {r["name"] for sm in seed_summaries.values() for a in sm["articles"] for r in a["regions"]}
    assert not {n for n in names if n[0] in "各全本该我每"}, names
    assert {"疏勒县", "伊州区", "堆龙德庆区", "海北藏族自治州"} <= names
