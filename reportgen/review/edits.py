"""Corrections to a summary, checked before anything is saved: a value that is not a number, an
unknown kind or qualifier, a period that is not a year or a year range, a card that is not one of
the item's figures … each is a problem naming the field; a correction with any problem changes
nothing."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from reportgen.vocab import DIRECTIONS, KINDS, QUALIFIERS

STAT_FIELDS = ("label", "label_en", "value", "unit", "qualifier", "region", "period", "kind", "direction",
               "caveat", "caveat_en", "since")
ITEM_FIELDS = ("title", "title_en", "summary_en", "reviewed", "dropped", "section", "cards")
_PERIOD = re.compile(r"(\d{4})(?:\s*[-–—至到]\s*(\d{4}))?")
_MAX_TEXT = 400
_MAX_CAVEAT = 60
# an open-ended start as the source says it: 2016年以来, 自2021年7月起 (summary schema: stat.since)
_SINCE = re.compile(r"(?:自|从|從)?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)?\s*(?:以来|以來|起)")


@dataclass
class Problems:
    items: list[str] = field(default_factory=list)

    def add(self, where: str, msg: str) -> None:
        self.items.append(f"{where}: {msg}")


def period_of(text: Any) -> str | None:
    """'' → None; 2025 → '2025'; '2019-2021' → '2019-2021'; anything else raises ValueError."""
    if text in (None, ""):
        return None
    m = _PERIOD.fullmatch(str(text).strip())
    if not m:
        raise ValueError(f"{text!r} is not a year (2025) or a year range (2019-2021)")
    years = [int(y) for y in m.groups() if y]
    if not all(1900 <= y <= 2100 for y in years) or len(years) == 2 and years[0] >= years[1]:
        raise ValueError(f"{text!r} is not a year between 1900 and 2100 (or a range from an earlier to a later one)")
    return "-".join(str(y) for y in years)


def normalize(value: str, unit: str) -> tuple[int | float, str, int | float | None]:
    """(norm, norm_unit, norm_max) of a value and unit as a person typed them, the way the parser
    reads them (30 万件 → 300000 件); raises ValueError for what is not a number."""
    from reportgen.extract.numbers import NumberError, parse_number, to_plain
    from reportgen.extract.stats import find_stats

    value, unit = str(value).strip(), str(unit or "").strip()
    if not value:
        raise ValueError("the value is empty")
    if unit:
        found = find_stats(value + unit)
        if found and found[0].start == 0 and found[0].end >= len(value):
            st = found[0]
            return st.norm, st.norm_unit, to_plain(st.value_max) if st.value_max is not None else None
    try:
        return to_plain(parse_number(value)), unit, None
    except NumberError:
        raise ValueError(f"{value!r} is not a number (write it as the source does: 47717, 34.07, 一百二十, 1/3)") from None


def apply(item: dict[str, Any], edits: dict[str, Any], sections: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The item with `edits` applied ({"item": {...}, "stats": {id: {...}}}), and the problems found;
    when there are problems the item is returned unchanged."""
    problems = Problems()
    out = copy.deepcopy(item)
    stats = {s["id"]: s for s in out.get("stats") or []}
    for key, value in (edits.get("item") or {}).items():
        where = f"{item['id']} {key}"
        if key not in ITEM_FIELDS:
            problems.add(where, "is not a field that can be corrected here")
        elif key in ("reviewed", "dropped"):
            if not isinstance(value, bool):
                problems.add(where, "expected true or false")
            else:
                out[key] = value
        elif key == "section":
            if value in (None, ""):
                out.pop("section", None)
            elif value not in sections:
                problems.add(where, f"{value!r} is not a section of this briefing ({', '.join(sections)})")
            else:
                out["section"] = value
        elif key == "cards":
            if value is None:
                out.pop("cards", None)
            elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.add(where, "expected a list of figure ids")
            elif unknown := [v for v in value if v not in stats]:
                problems.add(where, f"{', '.join(unknown)} is not a figure of this item")
            else:
                out["cards"] = list(dict.fromkeys(value))
        else:
            _text(out, key, value, where, problems, english=key.endswith("_en"))
    for sid, changes in (edits.get("stats") or {}).items():
        stat = stats.get(sid)
        if stat is None:
            problems.add(str(sid), "is not a figure of this item")
            continue
        _stat(stat, changes if isinstance(changes, dict) else {}, problems)
    if problems.items:
        return item, problems.items
    return out, []


def _text(obj: dict[str, Any], key: str, value: Any, where: str, problems: Problems, english: bool) -> None:
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        problems.add(where, f"expected text of at most {_MAX_TEXT} characters")
        return
    value = value.strip()
    obj[key] = value or None
    if english:
        obj[f"{key}_origin"] = "human" if value else "missing"


def _stat(stat: dict[str, Any], changes: dict[str, Any], problems: Problems) -> None:
    where = stat["id"]
    for key in changes:
        if key not in STAT_FIELDS:
            problems.add(f"{where} {key}", "is not a field that can be corrected here")
    if "label" in changes:
        label = str(changes["label"] or "").strip()
        if not label or len(label) > 60:
            problems.add(f"{where} label", "expected a label of 1 to 60 characters")
        else:
            stat["label"] = label
    if "label_en" in changes:
        _text(stat, "label_en", changes["label_en"] or "", f"{where} label_en", problems, english=True)
    if "value" in changes or "unit" in changes:
        value, unit = changes.get("value", stat["value"]), changes.get("unit", stat["unit"])
        try:
            norm, norm_unit, high = normalize(value, unit)
        except ValueError as exc:
            problems.add(f"{where} value", str(exc))
        else:
            if str(value) != stat["value"] or str(unit) != stat["unit"]:
                stat.pop("lead", None)  # the source's words no longer describe the corrected figure
            stat.update(value=str(value).strip(), unit=str(unit).strip(), norm=norm, norm_unit=norm_unit)
            if high is None:
                stat.pop("norm_max", None)
            else:
                stat["norm_max"] = high
    if "qualifier" in changes:
        if changes["qualifier"] not in QUALIFIERS:
            problems.add(f"{where} qualifier", f"expected one of {', '.join(QUALIFIERS)}")
        else:
            if changes["qualifier"] != stat.get("qualifier"):
                stat.pop("lead", None)
            stat["qualifier"] = changes["qualifier"]
    if "kind" in changes:
        if changes["kind"] not in KINDS:
            problems.add(f"{where} kind", f"expected one of {', '.join(KINDS)}")
        else:
            stat["kind"] = changes["kind"]
    if "direction" in changes:
        d = changes["direction"] or None
        if d is not None and d not in DIRECTIONS:
            problems.add(f"{where} direction", "expected up or down")
        elif d is None:
            stat.pop("direction", None)
        else:
            stat["direction"] = d
    if stat.get("kind") == "change" and stat.get("direction") not in DIRECTIONS:
        problems.add(f"{where} direction", "a change needs a direction: up or down")
    if "period" in changes:
        try:
            if period_of(changes["period"]) != stat.get("period"):
                stat.pop("period_part", None)  # 2024年上半年 given another year: the part was the old year's
            stat["period"] = period_of(changes["period"])
        except ValueError as exc:
            problems.add(f"{where} period", str(exc))
    if "caveat" in changes:
        _caveat(stat, changes, problems)
    if "caveat_en" in changes:
        _text(stat, "caveat_en", changes["caveat_en"] or "", f"{where} caveat_en", problems, english=True)
    if "since" in changes:
        since = str(changes["since"] or "").strip()
        if since and not _SINCE.fullmatch(since):
            problems.add(f"{where} since", f"{since!r} is not a start as the source says it (2016年以来, 自2021年7月起)")
        elif since:
            stat["since"] = since
        else:
            stat.pop("since", None)
    if "region" in changes:
        region = str(changes["region"] or "").strip()
        if len(region) > 60:
            problems.add(f"{where} region", "expected a place name of at most 60 characters")
        else:
            stat["region"] = region or None


def _caveat(stat: dict[str, Any], changes: dict[str, Any], problems: Problems) -> None:
    """The bracket printed after the figure (含旧存343件), typed without its brackets; a changed caveat
    whose English is not corrected with it loses its English (the old one says another caveat)."""
    caveat = str(changes["caveat"] or "").strip().removeprefix("（").removeprefix("(").removesuffix("）").removesuffix(")")
    if len(caveat) > _MAX_CAVEAT:
        problems.add(f"{stat['id']} caveat", f"expected at most {_MAX_CAVEAT} characters")
        return
    if caveat == (stat.get("caveat") or ""):
        return
    if caveat:
        stat["caveat"] = caveat
    else:
        stat.pop("caveat", None)
    if "caveat_en" not in changes:
        stat.pop("caveat_en", None)
        stat.pop("caveat_en_origin", None)
        if caveat:
            stat["caveat_en"], stat["caveat_en_origin"] = None, "missing"
