"""Regions named in text: provinces, prefectures, cities, counties, towns.

Sources: the province table shipped with reportgen, place names tagged `ns` in jieba's
dictionary, and stems followed by an administrative suffix (堆龙德庆 + 区); a name above town level
counts only when it is a division of the national list (gazetteer.resolve_place).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from reportgen.gazetteer import (
    DETERMINERS,
    NOT_PLACES,
    SINGLE_SUFFIX,
    gazetteer,
    is_listed,
    level_of,
    provinces,
    resolve_place,
)


@dataclass(frozen=True)
class Place:
    name: str
    level: str


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
    suffixes = present & SINGLE_SUFFIX
    wanted = hit | suffixes
    marks = list(compress(count(), map(wanted.__contains__, tokens))) if wanted else []
    starts = sorted({k for k in marks if tokens[k] in hit} | {k - 1 for k in marks if k and tokens[k] in suffixes})
    done = -1  # a suffix merged into the place before it is not looked at again
    for i in starts:
        if i <= done:
            continue
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in names and tok not in NOT_PLACES:
            for name in resolve_place(tok):
                found.setdefault(name, Place(name, level_of(name) or "unknown"))
        elif nxt in SINGLE_SUFFIX and len(tok) >= 2 and tok[0] not in DETERMINERS \
                and (tok in stems or tok in _stem_ok(tok, tokens, i) or is_listed(tok + nxt)):
            if tok + nxt not in NOT_PLACES:
                for name in resolve_place(tok + nxt):
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
