"""English generated from an item's facts only: a title and one or two sentences whose every
number is one of the item's statistics. Nothing is said that the statistics do not say."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reportgen.english.figures import figure_en, period_english
from reportgen.english.names import place_en
from reportgen.english.terms import Terms
from reportgen.extract.periods import is_target
from reportgen.summary import changes_by_level
from reportgen.vocab import OTHER_TOPIC, TOPICS

_LEAD_KINDS = ("count", "amount")
_PARTS = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|县|区|盟|旗)")


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


def place_phrase(name: str, terms: Terms) -> str | None:
    """English for a place name that may hold several levels, most specific first:
    日喀则市拉孜县 → 'Lhatse County, Shigatse'. None when a part has no English."""
    parts = _PARTS.findall(name) or [name]
    if "".join(parts) != name:
        parts = [name]
    out = []
    for i, part in enumerate(parts):
        en, _ = place_en(part, terms, short=i < len(parts) - 1 or len(parts) == 1)
        if not en:
            return None
        out.append(en)
    return ", ".join(reversed(out))


def main_region(item: Mapping[str, Any], terms: Terms) -> str | None:
    """English name of the place the item's figures cover (its scope: what the text says about who
    reports them), 'China' for national figures; None when the text does not say, so that no
    figure is credited to a place it does not cover."""
    scope = item.get("scope")
    if not scope:
        return None
    if scope.get("level") == "national":
        return "China"
    return place_phrase(scope.get("name") or "", terms)


_POSTMODIFIER = re.compile(r" (?:in|of|for|with|from|at|on|under|by|to) ")


def without_head(fig: str, label_en: str) -> str:
    """The figure without its counting word when the label's head noun is that word already:
    'schools in remote mountainous areas: 16', not '… 16 schools' (but 'cases received: 47,717 cases',
    whose head is the participle's noun phrase, keeps it)."""
    head = _POSTMODIFIER.split(label_en, maxsplit=1)[0].split()
    if not head:
        return fig
    word = head[-1].lower()
    number, _, unit = fig.rpartition(" ")
    if number and unit.lower() == word and re.search(r"\d$", number):
        return number
    return fig


def stat_phrase(stat: Mapping[str, Any], changes: Mapping[str, Mapping[str, Any]]) -> str | None:
    """'enforcement cases received: 47,717 cases (up 20.49% year on year)' or None."""
    if not stat.get("label_en"):
        return None
    fig = figure_en(stat)
    if fig is None:
        return None
    text = f"{stat['label_en']}: {without_head(fig, stat['label_en'])}"
    change = changes.get(stat["id"])
    if change is not None:
        cfig = figure_en(change)
        if cfig:
            text += f" ({cfig})"
    return text


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def lead_stats(item: Mapping[str, Any], n: int = 3) -> list[Mapping[str, Any]]:
    """The item's first counts and amounts that have English, in text order; figures of a bare
    noun (单位, 干警) only when there are not enough others."""
    named: list[Mapping[str, Any]] = []
    bare: list[Mapping[str, Any]] = []
    for s in item.get("stats") or []:
        if s.get("kind") not in _LEAD_KINDS or not s.get("label_en") or s.get("qualifier") == "at_most" \
                or s.get("lead") == "从" or not figure_en(s):
            continue
        if len(_BRACKETED.sub("", s.get("label") or "")) > 2:  # 村（居）, 县（市、区）: a bare noun, its kinds in brackets
            named.append(s)
            if len(named) == n:
                break  # enough: bare nouns are not needed
        else:
            bare.append(s)
    return (named + bare)[:n]


def stated_period(stats: list[Mapping[str, Any]], item_period: Any = None) -> str | None:
    """The period the figures themselves are of, when they share one: a 2026 report's review of
    2025 gives 2025, never the report's year; figures of different or unknown years give none, and
    so do targets (到2030年 in a 2026 report: a year after the item's own is no year figures are of)."""
    periods = {(s.get("period"), s.get("period_part") or "") for s in stats}  # a first half is no whole year
    if len(periods) != 1 or None in {p for p, _ in periods}:
        return None
    period, part = (str(x) for x in periods.pop())
    mine = [int(y) for y in re.findall(r"\d{4}", str(item_period or ""))]
    theirs = [int(y) for y in re.findall(r"\d{4}", period)]
    if mine and theirs and theirs[0] > mine[-1]:
        return None
    if any(is_target(str(s.get("sentence") or ""), period) for s in stats):
        return None  # 到2030年，实施100个左右重大项目: a target, not figures of 2030
    if any(_cumulative(s) for s in stats):
        return None  # 累计注册科技型企业超4500家: a total over the years, not the year's figure
    return period_english(period, part) if "-" not in period else period


def _cumulative(stat: Mapping[str, Any]) -> bool:
    """Whether a figure is a running total its sentence dates to no year (累计注册科技型企业超4500家;
    but 2025年累计受理 and 全年累计 are the year's)."""
    label, sentence = str(stat.get("label") or ""), str(stat.get("sentence") or "")
    m = re.search(rf"(?:累计|累积)[^，,。；;\d]{{0,4}}{re.escape(label)}", sentence) if label else None
    return m is not None and re.search(r"\d{4}\s*年|全年|当年|今年|去年|本年", sentence[:m.start()]) is None


def title_en(item: Mapping[str, Any], terms: Terms) -> str | None:
    """'Enforcement, Xizang, 2025: enforcement cases received, 47,717 cases'."""
    # the topic heads the title only when it names one (其他 says nothing about the item)
    head = [TOPICS[t].en if (t := item.get("topic") or "") in TOPICS and t != OTHER_TOPIC else ""]
    region = main_region(item, terms)
    if region:
        head.append(region)
    lead = lead_stats(item, 1)
    if period := stated_period(lead, item.get("period")):
        head.append(period)
    head = [h for h in head if h]
    if not lead and not region:
        return None
    text = ", ".join(head)
    if lead:  # without a topic, place or year the label heads the title (no ': …' with nothing before it)
        fig = figure_en(lead[0]) or ""
        text += f"{': ' if text else ''}{lead[0]['label_en']}, {without_head(fig, lead[0]['label_en'])}"
    return text[:1].upper() + text[1:]


def summary_en(item: Mapping[str, Any], terms: Terms) -> str | None:
    """One or two sentences built only from the item's statistics."""
    changes = changes_by_level(item.get("stats") or [])
    phrases = list(dict.fromkeys(p for p in (stat_phrase(s, changes) for s in lead_stats(item, 3)) if p))
    if not phrases:
        return None
    where = main_region(item, terms)
    period = stated_period(lead_stats(item, 3), item.get("period"))
    if where == "China":
        intro = "Nationwide figures" + (f" for {period}" if period else "")
    else:
        intro = "Figures reported" + (f" for {where}" if where else "") + (f" in {period}" if period else "")
    return f"{intro}: " + "; ".join(phrases) + "."
