"""Place names as the parser knows them: the province table shipped with reportgen, and the
place names tagged `ns` in jieba's dictionary, with their administrative level by suffix.

Used by segmentation (place names weigh more when matching a fragment to its story) and by
extraction (regions, institutions)."""

from __future__ import annotations

import os
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
