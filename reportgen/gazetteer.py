"""Place names as the parser knows them: the province table shipped with reportgen, and the
place names tagged `ns` in jieba's dictionary, with their administrative level by suffix.

Used by segmentation (place names weigh more when matching a fragment to its story) and by
extraction (regions, institutions)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources

import yaml

SUFFIX_LEVEL = [
    ("特别行政区", "special_administrative_region"), ("自治区", "autonomous_region"), ("省", "province"),
    ("自治州", "prefecture"), ("地区", "prefecture"), ("盟", "prefecture"), ("州", "prefecture"),
    ("市", "city"), ("自治县", "county"), ("县", "county"), ("旗", "county"), ("区", "district"),
    ("镇", "town"), ("乡", "town"), ("街道", "town"),
]
SINGLE_SUFFIX = {"市", "县", "区", "州", "旗", "盟", "镇", "乡"}
DETERMINERS = set("各全本该我每多两诸此其")
NOT_PLACES = {"全区", "全市", "全县", "全省", "全州", "社区", "辖区", "城区", "园区", "景区", "牧区", "库区",
               "山区", "地区", "市区", "郊区", "新区", "片区", "矿区", "灾区", "林区", "小区", "风险地区",
               "东区", "西区", "南区", "北区", "中区", "本市", "本县", "我市", "我县", "我区", "我省", "边境县"}


@lru_cache(maxsize=1)
def provinces() -> list[dict]:
    return yaml.safe_load(resources.files("reportgen.data").joinpath("provinces.yaml").read_text("utf-8"))


def level_of(name: str) -> str | None:
    """Administrative level from a place name's suffix."""
    for prov in provinces():
        if name == prov["name"]:
            return prov["level"]
    if name in ("北京市", "天津市", "上海市", "重庆市"):
        return "province"
    for suffix, level in SUFFIX_LEVEL:
        if name.endswith(suffix) and len(name) > len(suffix):
            return level
    return None


@lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(place names with an administrative suffix, bare place stems) from jieba's dictionary."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    names: set[str] = set()
    stems: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith(" ns\n"):
                continue
            word = line.split(" ", 1)[0]
            if word in NOT_PLACES or len(word) < 2 or word[0] in DETERMINERS:
                continue
            level = level_of(word)
            if level is not None and len(word) >= 3:
                names.add(word)
            elif level is None:
                stems.add(word)
    for prov in provinces():
        names.add(prov["name"])
        stems.update(s for s in prov["short"] if len(s) >= 2)
    return frozenset(names), frozenset(stems)


@lru_cache(maxsize=1)
def divisions() -> dict[str, str]:
    """Every prefecture- and county-level division, current and former (divisions.tsv, written by
    scripts/divisions.py from the national division codes): Chinese name → English bare name, or ''."""
    out: dict[str, str] = {}
    text = resources.files("reportgen.data").joinpath("divisions.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            _code, zh, en, _status = line.split("\t")
            if en or zh not in out:
                out[zh] = en
    return out


def is_division(name: str) -> bool:
    """A province-, prefecture- or county-level division by its full name (崆峒区, 浦东新区, 广州市)."""
    return name in divisions() or name in _province_names()


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    return frozenset(p["name"] for p in provinces())


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, str]:
    """Short name → full name for provinces and prefecture-level cities (上海 → 上海市, 广州 → 广州市)."""
    out: dict[str, str] = {}
    for p in provinces():
        out.update({s: p["name"] for s in p["short"] if len(s) >= 2})
        out[p["name"]] = p["name"]
    for zh in divisions():
        if zh.endswith("市") and len(zh) >= 3:
            out.setdefault(zh[:-1], zh)
            out.setdefault(zh, zh)
    return out


_TOWN_SUFFIXES = ("镇", "乡", "街道")


# the peoples named in autonomous divisions' names (阿坝藏族羌族自治州, 伊犁哈萨克自治州), with their
# English names as the State Council's white papers write them (longest first, for matching)
PEOPLES = {"维吾尔": "Uygur", "柯尔克孜": "Kirgiz", "乌孜别克": "Uzbek", "哈萨克": "Kazak", "塔吉克": "Tajik",
           "塔塔尔": "Tatar", "达斡尔": "Daur", "鄂温克": "Ewenki", "鄂伦春": "Oroqen", "俄罗斯": "Russian",
           "蒙古": "Mongolian", "布依": "Bouyei", "朝鲜": "Korean", "土家": "Tujia", "哈尼": "Hani", "傈僳": "Lisu",
           "拉祜": "Lahu", "东乡": "Dongxiang", "纳西": "Naxi", "景颇": "Jingpo", "仫佬": "Mulao", "布朗": "Blang",
           "撒拉": "Salar", "毛南": "Maonan", "仡佬": "Gelao", "锡伯": "Xibe", "阿昌": "Achang", "普米": "Pumi",
           "德昂": "De'ang", "保安": "Bonan", "裕固": "Yugur", "独龙": "Derung", "赫哲": "Hezhen", "门巴": "Monba",
           "珞巴": "Lhoba", "基诺": "Jino", "藏": "Tibetan", "回": "Hui", "苗": "Miao", "彝": "Yi", "壮": "Zhuang",
           "满": "Manchu", "侗": "Dong", "瑶": "Yao", "白": "Bai", "傣": "Dai", "黎": "Li", "佤": "Va", "畲": "She",
           "水": "Shui", "羌": "Qiang", "土": "Tu", "怒": "Nu", "京": "Gin", "各": "Multi-Ethnic"}
_PEOPLE = "|".join(PEOPLES)
AUTONOMOUS = re.compile(rf"^(.{{2,}}?)((?:(?:{_PEOPLE})族?)+)自治([州县旗])$")
PEOPLE = re.compile(rf"({_PEOPLE})族?")


@lru_cache(maxsize=1)
def _autonomous_short() -> frozenset[str]:
    """Autonomous prefectures, counties and banners by their short names (海北州, 黔东南州, 循化县)."""
    return frozenset(m.group(1) + m.group(3) for zh in divisions() if (m := AUTONOMOUS.match(zh)))


@lru_cache(maxsize=1)
def _named_places() -> frozenset[str]:
    """Places with an English name of their own in places_en.yaml (台湾地区: Taiwan region)."""
    data = yaml.safe_load(resources.files("reportgen.data").joinpath("places_en.yaml").read_text("utf-8"))
    return frozenset(data["places"])


def is_listed(name: str) -> bool:
    """A division of the national list by its full name or, for an autonomous one, its short name (海北州),
    or a place named in places_en.yaml."""
    return is_division(name) or name in _autonomous_short() or name in _named_places()


def resolve_place(name: str) -> list[str]:
    """The divisions a name with an administrative suffix stands for: itself when it is one (or a town,
    for which no list is shipped); the city of `X地区` when X is one (广州地区 is the Guangzhou area);
    both parts of a division written after its city or province (上海浦东新区); nothing for a word that
    only looks like a place (文明城市, 海岛县, 深水区, 洞庭湖区) or a part of the country (东北地区)."""
    if name.endswith(_TOWN_SUFFIXES) or is_listed(name):
        return [name]
    stems = _by_stem()
    if name.endswith("地区"):
        full = stems.get(name[:-2])
        return [full] if full else []
    for k in range(2, len(name) - 1):
        head = stems.get(name[:k])
        if head and is_division(name[k:]):
            return [head, name[k:]]
    return []
