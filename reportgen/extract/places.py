"""Regions named in text: provinces, prefectures, cities, counties, towns.

Sources: the province table shipped with reportgen, place names tagged `ns` in jieba's
dictionary, and stems followed by an administrative suffix (堆龙德庆 + 区).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, count

import yaml

SUFFIX_LEVEL = [
    ("特别行政区", "special_administrative_region"), ("自治区", "autonomous_region"), ("省", "province"),
    ("自治州", "prefecture"), ("地区", "prefecture"), ("盟", "prefecture"), ("州", "prefecture"),
    ("市", "city"), ("自治县", "county"), ("县", "county"), ("旗", "county"), ("区", "district"),
    ("镇", "town"), ("乡", "town"), ("街道", "town"),
]
_SINGLE_SUFFIX = {"市", "县", "区", "州", "旗", "盟", "镇", "乡"}
_DETERMINERS = set("各全本该我每多两诸此其")
_NOT_PLACES = {"全区", "全市", "全县", "全省", "全州", "社区", "辖区", "城区", "园区", "景区", "牧区", "库区",
               "山区", "地区", "市区", "郊区", "新区", "片区", "矿区", "灾区", "林区", "小区", "风险地区",
               "东区", "西区", "南区", "北区", "中区", "本市", "本县", "我市", "我县", "我区", "我省", "边境县"}


@dataclass(frozen=True)
class Place:
    name: str
    level: str


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
            if word in _NOT_PLACES or len(word) < 2 or word[0] in _DETERMINERS:
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
def _short_names() -> dict[str, dict]:
    return {s: p for p in provinces() for s in p["short"] if len(s) >= 2}


def find_places(tokens: list[str]) -> list[Place]:
    """Places in a token sequence (jieba tokens), in order of first mention, without repeats."""
    names, stems = gazetteer()
    short = _short_names()
    found: dict[str, Place] = {}
    # only tokens that can start a place are looked at: a name, a province's short name, or a
    # word before an administrative suffix (found with set operations, not a test per token)
    present = set(tokens)
    hit = (present & names) | (present & short.keys())
    suffixes = present & _SINGLE_SUFFIX
    wanted = hit | suffixes
    marks = list(compress(count(), map(wanted.__contains__, tokens))) if wanted else []
    starts = sorted({k for k in marks if tokens[k] in hit} | {k - 1 for k in marks if k and tokens[k] in suffixes})
    done = -1  # a suffix merged into the place before it is not looked at again
    for i in starts:
        if i <= done:
            continue
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in names and tok not in _NOT_PLACES:
            if tok not in found:
                found[tok] = Place(tok, level_of(tok) or "unknown")
        elif nxt in _SINGLE_SUFFIX and len(tok) >= 2 and tok[0] not in _DETERMINERS \
                and (tok in stems or tok in _stem_ok(tok, tokens, i)):
            name = tok + nxt
            if name not in _NOT_PLACES:
                found.setdefault(name, Place(name, level_of(name) or "unknown"))
            done = i + 1
        elif tok in short:
            prov = short[tok]
            found.setdefault(prov["name"], Place(prov["name"], prov["level"]))
    return list(found.values())


_INSTITUTION_HEADS = ("人民法院", "法院", "人民检察院", "检察院", "公安局", "司法局", "人民政府", "政府",
                      "派出所", "委", "中级", "高级")


def _stem_ok(tok: str, tokens: list[str], i: int) -> set[str]:
    """A stem not in the dictionary counts when an institution follows (伊州 区 人民法院)."""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    if all("\u4e00" <= c <= "\u9fff" for c in tok) and after.startswith(_INSTITUTION_HEADS):
        return {tok}
    return set()
