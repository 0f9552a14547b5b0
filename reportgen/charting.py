"""Which figures a chart may compare: only like with like.

A chart draws either one measure (the same label, unit and kind) across places or periods, or the
parts of one total (a figure and the 其中… parts told right after it, in the same unit and sentence).
Figures of different measures, different units or different kinds are never on one axis; a section
with nothing comparable has no chart. Each chart says what it compares and where and when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportgen.english.figures import period_english

if TYPE_CHECKING:
    from reportgen.assemble import Figure

CHARTABLE = ("count", "amount", "percent", "rate")
_PARTS = re.compile(r"其中|包括|分别为|分别是")


@dataclass
class Chart:
    """Bars of comparable figures, with the title that says what they compare."""

    figures: list[Figure]
    title_zh: str
    title_en: str
    unit: str
    by: str  # "place", "period" or "part"
    bars_zh: list[str] = field(default_factory=list)  # the label of each bar
    bars_en: list[str] = field(default_factory=list)


def _unit_name(f: Figure) -> str:
    return f.norm_unit or f.unit


def across(figures: list[Figure]) -> list[Chart]:
    """Charts of one measure across places or periods: the same label, unit and kind, at least
    three bars, each a different place (or, in one place, a different period)."""
    groups: dict[tuple[str, str, str, str], list[Figure]] = {}
    for f in figures:  # (a first half is compared with first halves only: the part of the year is in the key)
        if f.kind in CHARTABLE and f.label:
            groups.setdefault((f.label, _unit_name(f), f.kind, f.period_part), []).append(f)
    out = []
    for (label, unit, _, part), group in groups.items():
        places = {f.region for f in group}
        periods = {f.period for f in group}
        if len(group) >= 3 and len(places) == len(group) and None not in places \
                and len(periods) == 1 and None not in periods:  # places compared in one same year
            chart = Chart(group, f"{label}（按地区，{unit}{_when_zh(periods, part)}）",
                          f"{group[0].label_en} by place ({_unit_en(unit)}{_when_en(periods, part)})" if group[0].label_en else "",
                          unit, "place")
            chart.bars_zh = [f.region or "" for f in group]
            chart.bars_en = [f.scope_en or "" for f in group]  # English not built is left out, never filled in
            out.append(chart)
        elif len(group) >= 3 and len(places) == 1 and len(periods) == len(group) and None not in periods:
            where = group[0].region or ""
            chart = Chart(sorted(group, key=lambda f: f.period or ""), f"{where}{label}（按年份，{unit}）",
                          f"{group[0].label_en}, {group[0].scope_en or ''} by year ({_unit_en(unit)})"
                          .replace(", ,", ",") if group[0].label_en else "",
                          unit, "period")
            chart.bars_zh = [f"{f.period}年{part}" for f in chart.figures]
            chart.bars_en = [period_english(str(f.period), part) for f in chart.figures]
            out.append(chart)
    return out


def parts(figures: list[Figure]) -> list[Chart]:
    """Charts of the parts of one total: a figure followed, in its sentence, by 其中… parts in the
    same unit and kind (at least two parts)."""
    out = []
    for i, total in enumerate(figures):
        if total.kind not in CHARTABLE or not total.label:
            continue
        rest = [f for f in figures[i + 1:] if f.sentence == total.sentence and f.item_id == total.item_id]
        after = total.sentence.split(total.value, 1)[-1] if total.value in total.sentence else ""
        if not _PARTS.search(after):
            continue
        members = [f for f in rest if _unit_name(f) == _unit_name(total) and f.kind == total.kind and f.label
                   and f.label != total.label and f.norm <= total.norm]
        if len(members) >= 2:
            chart = Chart([total, *members], f"{total.label}及其构成（{_unit_name(total)}{_when_zh({total.period}, total.period_part)}）",
                          f"{total.label_en} and its parts ({_unit_en(_unit_name(total))}{_when_en({total.period}, total.period_part)})"
                          if total.label_en else "",
                          _unit_name(total), "part")
            chart.bars_zh = [f.label for f in chart.figures]
            chart.bars_en = [f.label_en or "" for f in chart.figures]
            out.append(chart)
    return out


def _unit_en(unit: str) -> str:
    from reportgen.vocab import unit_en

    return {"元": "CNY", "百分点": "percentage points", "个百分点": "percentage points"}.get(unit) or unit_en(unit, 2) \
        or unit


def _when_zh(periods: set[str | None], part: str = "") -> str:
    return f"，{next(iter(periods))}年{part}" if len(periods) == 1 and None not in periods else ""


def _when_en(periods: set[str | None], part: str = "") -> str:
    return f", {period_english(str(next(iter(periods))), part)}" if len(periods) == 1 and None not in periods else ""


def charts(figures: list[Figure]) -> list[Chart]:
    """Every like-with-like chart these figures allow, parts of a total first."""
    return parts(figures) + across(figures)
