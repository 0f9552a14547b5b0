"""A figure as a briefing prints it, in Chinese: the words the source puts before the number (a
bound such as 近 or 不到, a change such as 同比增长), the number and its unit as written (scale and
余/多/以上 included), and the caveat the source puts after it in brackets (879件（含旧存343件）). Every
renderer prints figures through this, so a qualifier, a change verb or a caveat is never dropped; the
English comes from the same facts (`english.figures.figure_en`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_AFTER_BOUND = ("余", "多", "以上", "以下", "以内", "内", "左右", "上下")


@dataclass(frozen=True)
class Printed:
    """The Chinese figure: lead words, number, unit, and the caveat after it."""

    lead: str
    number: str
    unit: str
    caveat: str = ""

    @property
    def zh(self) -> str:
        """The figure as the sentence says it, up to its unit: 近30万件."""
        return f"{self.lead}{self.number}{self.unit}"

    @property
    def said(self) -> str:
        """The figure as a briefing prints it: 879件（含旧存343件）."""
        return with_caveat(self.zh, self.caveat)


def with_caveat(zh: str, caveat: str) -> str:
    """A figure and its caveat in brackets: 879件（含旧存343件）."""
    return f"{zh}（{caveat}）" if caveat else zh


def printed(stat: Mapping[str, Any]) -> Printed:
    """How the source says the statistic. A summary written before leads were recorded (or by
    hand without one) gets the plain words for its qualifier and direction."""
    number, unit = str(stat.get("value", "")), stat.get("unit") or ""
    lead = stat.get("lead")
    if lead is None:
        lead = _lead_from_facts(stat, unit)
    return Printed(lead, number, unit, stat.get("caveat") or "")


def labelled(label: str, zh: str) -> str:
    """Label and figure as one phrase, without saying a word twice (a label that ends with the
    figure's own change words: 同比增长 + 同比增长20.49% → 同比增长20.49%)."""
    for k in range(min(len(label), len(zh)), 0, -1):
        if label.endswith(zh[:k]):
            return label[:-k] + zh
    return label + zh


def _lead_from_facts(stat: Mapping[str, Any], unit: str) -> str:
    words = ""
    if stat.get("kind") == "change":
        words = ("同比" if stat.get("comparison") == "yoy" else "环比" if stat.get("comparison") == "mom" else "") + \
            ("下降" if stat.get("direction") == "down" else "增长")
    if any(w in unit for w in _AFTER_BOUND):
        return words  # the unit says the bound already (1.2万余件, 90%以上)
    bound = {"approx": "约", "at_least": "至少", "at_most": "不超过"}.get(stat.get("qualifier", ""), "")
    return words + bound


def since_said(stat: Mapping[str, Any]) -> str:
    """The open-ended start a briefing prints with a figure (2016年以来): only for a figure without a
    period, which is no one year's figure; '' otherwise."""
    return "" if stat.get("period") else stat.get("since") or ""
