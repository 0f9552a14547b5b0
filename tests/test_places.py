"""Places: a name counts as a place only when it is a division of the national list (or a town),
so words that look like places (文明城市, 海岛县, 深水区) and parts of the country (东北地区) are not
regions, 广州地区 is Guangzhou, and a division written after its city is both places."""

from __future__ import annotations

import pytest

from reportgen.english.names import place_en
from reportgen.english.terms import default_terms
from reportgen.extract.places import find_places
from reportgen.gazetteer import divisions, resolve_place
from reportgen.words import cut


def _places(text: str) -> list[str]:
    return [p.name for p in find_places(list(cut(text)))]


@pytest.mark.parametrize("text", ["振兴东北地区等老工业基地", "创建全国文明城市", "支持海岛县发展",
                                  "打造一批旅游名县", "改革进入深水区", "推进洞庭湖区综合治理", "西北地区生态保护"])
def test_words_that_look_like_places_are_no_region(text):
    assert _places(text) == []


@pytest.mark.parametrize("text, want", [
    ("广州地区法院受理案件", ["广州市"]),
    ("上海浦东新区综合配套改革", ["上海市", "浦东新区"]),
    ("平凉市崆峒区人民法院", ["平凉市", "崆峒区"]),
    ("海北州刚察县人民法院", ["海北州", "刚察县"]),
    ("青海省海北藏族自治州", ["青海省", "海北藏族自治州"]),
    ("哈密市伊州区人民法院", ["哈密市", "伊州区"]),
    ("台湾地区居民", ["台湾地区"]),
])
def test_divisions_of_the_national_list_are_regions(text, want):
    assert _places(text) == want


def test_the_division_list_holds_current_and_former_names():
    listed = divisions()
    assert len(listed) > 4000
    assert {"崆峒区", "堆龙德庆区", "浦东新区", "日喀则地区"} <= set(listed)
    assert resolve_place("东北地区") == [] and resolve_place("城关镇") == ["城关镇"]


def test_a_county_is_named_as_the_division_list_names_it():
    terms = default_terms()
    assert place_en("崆峒区", terms) == ("Kongtong District", "gazetteer")  # not the reading Kongdong
    assert place_en("汝州市", terms)[0] == "Ruzhou"


def test_an_autonomous_county_names_its_peoples():
    terms = default_terms()
    assert place_en("循化撒拉族自治县", terms)[0] == "Xunhua Salar Autonomous County"
    assert place_en("积石山保安族东乡族撒拉族自治县", terms)[0] == "Jishishan Bonan, Dongxiang and Salar Autonomous County"
    assert place_en("兰坪白族普米族自治县", terms, short=True)[0] == "Lanping"


def test_the_list_settles_a_reading_only_where_its_english_spells_the_characters():
    listed = divisions()
    assert listed["朝阳区"] == "Chaoyang" and listed["长清区"] == "Changqing"  # not Zhaoyang, Zhangqing
    assert listed["改则县"] == "" and listed["南部县"] == ""  # the source's 'Modified' and 'Southern' are not taken
