"""English for figures: 47,717 cases; CNY 3.407 billion; up 20.49% year on year; more than 1,000."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from reportgen.vocab import unit_en

QUALIFIERS = {"approx": "about ", "at_least": "more than ", "at_most": "less than ", "exact": "", "range": ""}


def number(value: float | int | str | Decimal, decimals: int | None = None) -> str:
    """1234567 → '1,234,567'; 3.4070 → '3.407'."""
    if type(value) is int:  # whole already, whatever the rounding
        return f"{value:,}"
    d = Decimal(str(value))
    if decimals is not None:
        d = round(d, decimals)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    whole, _, frac = f"{d:f}".partition(".")
    return f"{int(whole):,}.{frac.rstrip('0')}" if frac.rstrip("0") else f"{int(whole):,}"


def money(yuan: float | int) -> str:
    """CNY with the English scale words: 3407000000 → 'CNY 3.407 billion'."""
    d = Decimal(str(yuan))
    for scale, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if abs(d) >= scale:
            return f"CNY {number((d / scale).normalize())} {word}"
    return f"CNY {number(d)}"


def figure_en(stat: Mapping[str, Any]) -> str | None:
    """The English figure for a statistic, or None when its unit has no English."""
    norm, unit, kind = stat.get("norm"), stat.get("norm_unit", ""), stat.get("kind")
    if norm is None:
        return None
    q = QUALIFIERS.get(stat.get("qualifier", "exact"), "")
    hi = stat.get("norm_max")
    if unit == "%":
        body = f"{number(norm, 2)}%" + (f"–{number(hi, 2)}%" if hi is not None else "")
    elif unit == "百分点":
        body = f"{number(norm)}" + (f"–{number(hi)}" if hi is not None else "") + \
            (" percentage point" if norm == 1 and hi is None else " percentage points")
    elif unit == "元":
        body = money(norm) + (f" to {money(hi)}" if hi is not None else "")
    elif unit == "倍":
        body = f"{number(norm)}-fold"
    else:
        u = unit_en(unit, norm if hi is None else 2)
        if u is None:
            return None
        rng = number(norm) + (f"–{number(hi)}" if hi is not None else "")
        body = f"{rng} {u}".strip()
    text = q + body
    if kind == "change":
        word = {"up": "up", "down": "down"}.get(stat.get("direction", ""), "")
        comp = {"yoy": " year on year", "mom": " month on month"}.get(stat.get("comparison", ""), "")
        text = f"{word} {text}{comp}".strip()
    return text
