"""English generated from an item's facts only: a title and one or two sentences whose every
number is one of the item's statistics. Nothing is said that the statistics do not say."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportgen.english.figures import figure_en
from reportgen.english.names import place_en
from reportgen.english.terms import Terms
from reportgen.vocab import OTHER_TOPIC, TOPICS

_LEAD_KINDS = ("count", "amount")
_LEVEL_RANK = {"province": 0, "autonomous_region": 0, "special_administrative_region": 0, "prefecture": 1,
               "city": 2, "county": 3, "district": 3, "town": 4}


def own_level(item: Mapping[str, Any]) -> str | None:
    """The level of the region an item calls its own without naming it (自治区司法厅 → an
    autonomous region, 省高级人民法院 → a province), from its institutions."""
    for inst in item.get("institutions") or []:
        name = inst.get("name") or ""
        if name.startswith(("自治区", "区直")):
            return "autonomous_region"
        if name.startswith(("省", "全省")):
            return "province"
    return None


def main_region(item: Mapping[str, Any], terms: Terms) -> str | None:
    """English name of the item's widest region (province first), if it has an English name.

    None when the item's own, unnamed region (自治区司法厅) cannot be the named province-level
    one (浙江省), or when it names several regions of the widest level (a national report that
    mentions Shanghai and Beijing): the figures would be credited to the wrong place."""
    regions = sorted(item.get("regions") or [], key=lambda r: _LEVEL_RANK.get(r.get("level"), 9))
    own = own_level(item)
    if own and regions and _LEVEL_RANK.get(regions[0].get("level")) == 0 and regions[0].get("level") != own:
        return None
    if regions:
        widest = _LEVEL_RANK.get(regions[0].get("level"), 9)
        if len({r["name"] for r in regions if _LEVEL_RANK.get(r.get("level"), 9) == widest}) > 1:
            return None
    for r in regions:
        en, _ = place_en(r["name"], terms, short=True)
        if en:
            return en
    return None


def stat_phrase(stat: Mapping[str, Any], changes: Mapping[str, Mapping[str, Any]]) -> str | None:
    """'enforcement cases received: 47,717 cases (up 20.49% year on year)' or None."""
    if not stat.get("label_en"):
        return None
    fig = figure_en(stat)
    if fig is None:
        return None
    text = f"{stat['label_en']}: {fig}"
    change = changes.get(stat["id"])
    if change is not None:
        cfig = figure_en(change)
        if cfig:
            text += f" ({cfig})"
    return text


def lead_stats(item: Mapping[str, Any], n: int = 3) -> list[Mapping[str, Any]]:
    """The item's first counts and amounts that have English, in text order; figures of a bare
    noun (单位, 干警) only when there are not enough others."""
    named: list[Mapping[str, Any]] = []
    bare: list[Mapping[str, Any]] = []
    for s in item.get("stats") or []:
        if s.get("kind") not in _LEAD_KINDS or not s.get("label_en") or s.get("qualifier") == "at_most" \
                or not figure_en(s):
            continue
        if len(s.get("label") or "") > 2:
            named.append(s)
            if len(named) == n:
                break  # enough: bare nouns are not needed
        else:
            bare.append(s)
    return (named + bare)[:n]


def title_en(item: Mapping[str, Any], terms: Terms) -> str | None:
    """'Enforcement, Xizang, 2025: enforcement cases received, 47,717 cases'."""
    # the topic heads the title only when it names one (其他 says nothing about the item)
    head = [TOPICS[t].en if (t := item.get("topic") or "") in TOPICS and t != OTHER_TOPIC else ""]
    region = main_region(item, terms)
    if region:
        head.append(region)
    if item.get("period"):
        head.append(str(item["period"]))
    head = [h for h in head if h]
    lead = lead_stats(item, 1)
    if not lead and not region:
        return None
    text = ", ".join(head)
    if lead:
        text += f": {lead[0]['label_en']}, {figure_en(lead[0])}"
    return text[:1].upper() + text[1:]


def summary_en(item: Mapping[str, Any], terms: Terms) -> str | None:
    """One or two sentences built only from the item's statistics."""
    changes = {s["of"]: s for s in item.get("stats") or [] if s.get("of")}
    phrases = list(dict.fromkeys(p for p in (stat_phrase(s, changes) for s in lead_stats(item, 3)) if p))
    if not phrases:
        return None
    where = main_region(item, terms)
    period = item.get("period")
    intro = "Figures reported" + (f" for {where}" if where else "") + (f" in {period}" if period else "")
    return f"{intro}: " + "; ".join(phrases) + "."
