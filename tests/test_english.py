import re
from pathlib import Path

import pytest
import yaml

from reportgen.commands.parse import run_parse
from reportgen.english.enrich import enrich_item
from reportgen.english.figures import figure_en, money, number
from reportgen.english.labels import label_en
from reportgen.english.names import institution_en, person_en, place_en
from reportgen.english.terms import default_terms, load_terms, read_glossary_file
from reportgen.english.translate import ArgosTranslator
from reportgen.errors import UserError
from reportgen.yamlio import dump, load_file

T = default_terms()


def stat(**kw):
    base = {"id": "x-01.s01", "label": "受理执行案件", "value": "1", "unit": "件", "norm": 1, "norm_unit": "件",
            "qualifier": "exact", "kind": "count"}
    return {**base, **kw}


@pytest.mark.parametrize("s, expected", [
    (stat(norm=47717), "47,717 cases"),
    (stat(norm=1), "1 case"),
    (stat(norm=3407000000, norm_unit="元", kind="amount"), "CNY 3.407 billion"),
    (stat(norm=40759100, norm_unit="元", kind="amount"), "CNY 40.7591 million"),
    (stat(norm=20.49, norm_unit="%", kind="change", direction="up", comparison="yoy"), "up 20.49% year on year"),
    (stat(norm=9.12, norm_unit="百分点", kind="change", direction="down"), "down 9.12 percentage points"),
    (stat(norm=1000, qualifier="at_least"), "more than 1,000 cases"),
    (stat(norm=40, norm_max=50, norm_unit="%", qualifier="range", kind="percent"), "40%–50%"),
    (stat(norm=33.333333, norm_unit="%", kind="percent"), "33.33%"),
    (stat(norm=5, norm_unit="斤"), None),
])
def test_figures(s, expected):
    assert figure_en(s) == expected


def test_number_and_money():
    assert number(1234567) == "1,234,567"
    assert number("3.4070") == "3.407"
    assert money(12000) == "CNY 12,000"


@pytest.mark.parametrize("zh, en", [
    ("拉萨市", "Lhasa"), ("日喀则市", "Shigatse"), ("海北藏族自治州", "Haibei Tibetan Autonomous Prefecture"),
    ("刚察县", "Gangca County"), ("西藏自治区", "Xizang Autonomous Region"), ("青海省", "Qinghai Province"),
    ("张家口市", "Zhangjiakou City"), ("某某县", None),
])
def test_places(zh, en):
    assert place_en(zh, T)[0] == en


def test_place_preference_from_config():
    terms = load_terms(place_names={"西藏": "Tibet"})
    assert place_en("西藏自治区", terms)[0] == "Tibet Autonomous Region"


@pytest.mark.parametrize("zh, en", [
    ("王香香", "Wang Xiangxiang"), ("欧阳明", "Ouyang Ming"), ("曾宪", "Zeng Xian"), ("高某", "Gao (anonymized)"),
    ("格桑拉姆", "Gesang Lamu"), ("Smith", None),
])
def test_people(zh, en):
    assert person_en(zh)[0] == en


@pytest.mark.parametrize("zh, en", [
    ("拉萨市城关区人民法院", "Chengguan District People's Court, Lhasa"),
    ("拉萨市中级人民法院", "Lhasa Intermediate People's Court"),
    ("青海省高级人民法院", "Higher People's Court of Qinghai Province"),
    ("最高人民法院", "Supreme People's Court"),
    ("海北藏族自治州刚察县人民法院执行局",
     "Enforcement Bureau of the Gangca County People's Court, Haibei Tibetan Autonomous Prefecture"),
    ("四川法院", "Sichuan courts"),
    ("某某公司", None),
])
def test_institutions(zh, en):
    assert institution_en(zh, T)[0] == en


def test_labels_glossary_composed_missing():
    assert label_en("执行到位金额", T) == ("amount recovered through enforcement", "glossary")
    assert label_en("审结刑事案件", T) == ("criminal cases concluded", "composed")
    assert label_en("审结故意杀人、强奸、抢劫等案件", T)[0] == \
        "intentional homicide, rape, robbery and other cases concluded"
    assert label_en("这座矗立", T) == (None, "missing")
    assert label_en("", T) == (None, "missing")


def test_project_glossary_overrides(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text("- {zh: 这座矗立, en: this standing tower}\n- {zh: 执行到位金额, en: money recovered}\n", "utf-8")
    terms = load_terms([g])
    assert label_en("这座矗立", terms) == ("this standing tower", "glossary")
    assert label_en("执行到位金额", terms)[0] == "money recovered"


def test_missing_english_is_flagged_not_invented():
    item = {"id": "x-01", "kind": "article", "topic": "其他", "regions": [], "stats": [stat(label="这座矗立")]}
    missing = enrich_item(item, T)
    s = item["stats"][0]
    assert s["label_en"] is None and s["label_en_origin"] == "missing"
    assert "x-01.s01 label '这座矗立'" in missing


def test_machine_translation_is_marked():
    class Fake:
        def translate(self, text):
            return f"MT({text})"

    item = {"id": "x-01", "kind": "article", "topic": "其他", "regions": [], "stats": [stat(label="这座矗立")]}
    enrich_item(item, T, translator=ArgosTranslator(engine=Fake()))
    assert item["stats"][0]["label_en"] == "MT(这座矗立)"
    assert item["stats"][0]["label_en_origin"] == "machine"


_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def test_summary_sentences_only_state_statistics(seed_summaries):
    checked = 0
    for summary in seed_summaries.values():
        for item in summary["articles"]:
            if not item.get("summary_en"):
                continue
            allowed = " ".join(figure_en(s) or "" for s in item["stats"]) + f" {item.get('period') or ''}"
            allowed_nums = set(_NUM.findall(allowed))
            for n in _NUM.findall(item["summary_en"]):
                assert n in allowed_nums, (item["id"], n, item["summary_en"])
                checked += 1
    assert checked > 20


def test_title_en_is_generated_with_origin(seed_summaries):
    from tests.conftest import article

    a = article(seed_summaries, "000-01")
    assert a["title_en"].startswith("Enforcement, Xizang, 2025: enforcement cases received, 47,717 cases")
    assert a["title_en_origin"] == "generated"


def test_human_overrides_survive_reparse(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("拉萨法院执行工作\n\n2025年,全区法院受理执行案件47717件,执行到位金额34.07亿元。\n", "utf-8")
    out = tmp_path / "out"
    run_parse([src], out, echo=lambda *a: None)
    target = out / "a.yaml"
    data = load_file(target)
    item = data["articles"][0]
    item["title_en"], item["title_en_origin"] = "Lhasa courts' enforcement in 2025", "human"
    item["stats"][0]["label_en"] = "enforcement cases accepted"
    del item["stats"][0]["label_en_origin"]  # an editor who deletes the origin also marks it as theirs
    target.write_text(dump(data), "utf-8")
    run_parse([src], out, echo=lambda *a: None)
    again = load_file(target)["articles"][0]
    assert again["title_en"] == "Lhasa courts' enforcement in 2025"
    assert again["title_en_origin"] == "human"
    assert again["stats"][0]["label_en"] == "enforcement cases accepted"
    assert again["stats"][0]["label_en_origin"] == "human"
    assert again["stats"][1]["label_en_origin"] == "glossary"


def test_seed_label_coverage_is_reported(seed_summaries):
    labels = [s for sm in seed_summaries.values() for a in sm["articles"] for s in a["stats"]]
    covered = [s for s in labels if s["label_en"]]
    assert all(s["label_en_origin"] in ("glossary", "composed") for s in covered)
    assert len(covered) / len(labels) > 0.7


def test_glossary_size_and_notes():
    assert len(T.glossary) >= 300
    assert Path(__file__).parent.parent.joinpath("reportgen/data/glossary.yaml").exists()


def test_every_glossary_entry_has_a_note():
    assert all(t.note for t in T.glossary.values())


def test_glossary_entries_have_only_known_keys():
    """An unquoted comma in a flow entry (`en: a, b`) silently cuts the English; none may exist."""
    data = yaml.safe_load(Path(__file__).parent.parent.joinpath("reportgen/data/glossary.yaml").read_text("utf-8"))
    bad = [t for g in data["groups"] for t in g["terms"]
           if set(t) - {"zh", "en", "pos", "note"} or not isinstance(t.get("en"), str)]
    assert bad == []


def test_project_glossary_with_unquoted_comma_is_refused(tmp_path):
    f = tmp_path / "g.yaml"
    f.write_text("- {zh: 中小微企业, en: micro, small and medium-sized enterprises}\n", encoding="utf-8")
    with pytest.raises(UserError, match="needs quotes"):
        read_glossary_file(f)


def test_quoted_names_and_place_preference_in_labels():
    assert label_en("院领导包案化解“积案”“难案”", T)[0] == \
        "court leaders personally took on and resolved “backlog cases” and “difficult cases”"
    en, origin = label_en("开展“送法进军营”系列活动", T)
    assert origin == "composed" and "(送法进军营)" in en and en.startswith("“Song Fa")
    tibet = load_terms(place_names={"西藏": "Tibet"})
    assert label_en("赴藏", tibet)[0] == "sent to Tibet"
    assert label_en("赴藏", T)[0] == "sent to Xizang"


def test_glossary_has_no_duplicate_entries():
    data = yaml.safe_load(Path(__file__).parent.parent.joinpath("reportgen/data/glossary.yaml").read_text("utf-8"))
    zh = [t["zh"] for g in data["groups"] for t in g["terms"]]
    assert sorted({z for z in zh if zh.count(z) > 1}) == []


def test_summary_sentences_do_not_repeat_a_figure(seed_summaries):
    for sm in seed_summaries.values():
        for a in sm["articles"]:
            if a.get("summary_en"):
                parts = a["summary_en"].split(": ", 1)[-1].rstrip(".").split("; ")
                assert len(parts) == len(set(parts)), a["summary_en"]


def test_figures_are_credited_to_the_items_scope_only():
    """The English names the place the item's scope says, 'China' for national figures, and no
    place at all when the scope is unknown (regions named in passing never count)."""
    from reportgen.english.generate import main_region, summary_en

    item = {"regions": [{"name": "浙江省", "level": "province"}], "scope": None}
    assert main_region(item, T) is None
    assert main_region({"scope": {"name": "西藏自治区", "level": "province", "basis": "全区法院"}}, T) == "Xizang"
    assert main_region({"scope": {"name": "全国", "level": "national", "basis": "全国法院"}}, T) == "China"
    assert main_region({"scope": {"name": "日喀则市拉孜县", "level": "county", "basis": "x"}}, T) == "Lhatse County, Shigatse"
    stat = {"id": "x.s01", "label": "受理案件", "label_en": "cases received", "value": "100", "unit": "件", "norm": 100,
            "norm_unit": "件", "qualifier": "exact", "kind": "count"}
    national = {"scope": {"name": "全国", "level": "national", "basis": "全国法院"}, "period": "2024", "stats": [stat]}
    assert summary_en(national, T).startswith("Nationwide figures for 2024:")
    assert summary_en({"scope": None, "stats": [stat]}, T).startswith("Figures reported: ")


def test_province_lookup_is_the_first_province_a_name_or_short_name_belongs_to():
    def scan(name):
        return next((p for p in T.provinces if name == p["name"] or (name in p.get("short", []) and len(name) > 1)), None)

    names = {p["name"] for p in T.provinces} | {s for p in T.provinces for s in p.get("short", [])} | {"拉萨市", "藏", ""}
    for name in names:
        assert T.province(name) is scan(name), name


def test_english_fields_are_placed_after_their_chinese_field():
    from reportgen.english.enrich import _place_english_beside

    rec = {"id": "1", "label": "案件", "value": "3", "span": [0, 1], "label_en_origin": "glossary",
           "label_en": "cases", "extra": 1}
    for _ in range(2):  # the second time from the remembered order
        d = dict(rec)
        _place_english_beside(d)
        assert list(d) == ["id", "label", "label_en", "label_en_origin", "value", "span", "extra"]
        assert d == rec
