"""Statistics in a table's cells: each figure of a data row, named by its row and its column.

The cleaner gives a table as header rows and data rows (`reportgen.tables`). A data row's first
cell names what the row counts (三亚庭, 民间借贷纠纷); its figures are told apart by their columns
(本期, 去年同期, 2020年上半年新收, 增幅). So a cell's label is the row's name with its column's words
in brackets (`三亚庭（结案率 本期）`), and the column says what kind of figure it holds:

- a change (同比, 增幅, 增减 …): its sign is its direction (`-7.78` is down 7.78; the value keeps
  the sign as written);
- a share (占…, 比例, 比重): a percent;
- a named rate (a column or the table's header or title naming a …率, for a figure in %): a rate;
- otherwise what the figure's unit says (a bare number counts).

A column headed with a year (`2020年上半年新收`) gives its figures that year; otherwise they take the
period of the section (a lead or heading), like any figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from reportgen.extract.periods import heading_period, mentions
from reportgen.tables import BARS, EMPTY, cells

_NUMBER = re.compile(r"([-+−－]?)(\d[\d,，]*(?:\.\d+)?)\s*(%|％)?")
_CHANGE = re.compile(r"同比|环比|增幅|增减|增长|下降|降幅|升降|变化|变动|增速|涨幅|比上年|较上年|增加|减少")
_SHARE = re.compile(r"占|比例|比重")
_RATE = re.compile(r"率|[^对]比$")
_SPACE = re.compile(r"\s+")
_LEADER = ".…．·"  # dots leading a row's name to its figures (民事法庭總數......)
_HEAD_UNIT = re.compile(r"[(（]([^()（）\d]{1,4})[)）]$")  # a unit a heading gives its cells: 申请标的(万元), 结案（件）
_ROW_NUMBER = re.compile(r"\d{1,3}[.、]?")  # a row's number in a first column (序号)
_NUMBER_HEAD = re.compile(r"序号|编号|序|No\.?", re.IGNORECASE)  # the heading of that column
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")  # a row named by a year's digits alone
_SPANNING_CELLS = 3  # a header row of more cells than this that fits no column names none


def cell_spans(text: str) -> list[tuple[int, int]]:
    """Where each cell of a row's text stands, without the spaces around it."""
    spans: list[tuple[int, int]] = []
    a = 0
    for k in range(len(text) + 1):
        if k == len(text) or text[k] in BARS:
            lo, hi = a, k
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            spans.append((lo, hi))
            a = k + 1
    while spans and spans[0][0] == spans[0][1]:
        spans.pop(0)  # a bar opening the row
    while spans and spans[-1][0] == spans[-1][1]:
        spans.pop()  # bars closing it
    return spans


def columns(heads: Sequence[str], width: int) -> tuple[list[str], list[str]]:
    """The words over each value column (width - 1 of them) and the words over all of them, from
    the header rows: a header row with a cell for every column (or every value column) names them
    one by one; one with fewer cells spans them (部门 | 结案率 over 本期 | 去年同期 | 同比)."""
    named = [""] * (width - 1)
    spanning: list[str] = []
    for head in heads:
        cs = [_SPACE.sub("", c) for c in cells(head)]
        if len(cs) == width:
            cs = cs[1:]
        elif len(cs) != width - 1:
            if len(cs) <= _SPANNING_CELLS:  # 部门 | 结案率: words over all the columns
                spanning += [c for c in cs[1:] if c]
            continue  # a header of many cells that fit no column (headings broken over lines): they name none
        named = [f"{a} {b}".strip() for a, b in zip(named, cs, strict=True)]
    return named, spanning


def row_figures(text: str, heads: Sequence[str], title: str) -> list[dict]:
    """The figures of one data row: for each, its span in `text`, the number's span (with its sign),
    value, unit (%, or none), kind, direction, comparison, label, the year its column gives (or
    None), the cell's span, the words after the number (a unit other than %, which the caller
    reads with the statistics scanner) and a unit its row's or column's heading gives in brackets
    (申请标的(万元): the caller reads it as if written after the number)."""
    spans = cell_spans(text)
    if len(spans) >= 3 and _ROW_NUMBER.fullmatch(text[spans[0][0]:spans[0][1]]) \
            and _NUMBER.fullmatch(text[spans[1][0]:spans[1][1]]) is None:
        spans = spans[1:]  # 1 | 餐饮食品 | 694245 | …: the row's number, then its name
        heads = [" | ".join(cs[1:]) if (cs := cells(h)) and _NUMBER_HEAD.fullmatch(_SPACE.sub("", cs[0])) else h
                 for h in heads]
    if len(spans) < 2:
        return []
    row = _SPACE.sub("", text[spans[0][0]:spans[0][1]]).rstrip(_LEADER)
    row_unit = _HEAD_UNIT.search(row)
    if row_unit and row_unit.start():
        row = row[:row_unit.start()]  # the unit is the cells' (申请标的(万元) 902.17: 902.17万元 of 申请标的)
    named, spanning = columns(heads, len(spans))
    dated = _row_date(row)
    out = []
    for (a, b), column in zip(spans[1:], named, strict=False):
        m = _NUMBER.match(text, a, b)
        if m is None or EMPTY.fullmatch(text[a:b]):
            continue
        words_after = text[m.end():b].strip()  # 1.2万件: a unit the statistics scanner reads
        sign, digits, percent = m.group(1), m.group(2), m.group(3) or ""
        value = Decimal(re.sub(r"[,，]", "", digits))
        kind, direction = _kind(column, spanning, title, percent, sign, value)
        head_unit = row_unit or _HEAD_UNIT.search(column)
        said = column[:head_unit.start()] if head_unit and head_unit is not row_unit and head_unit.start() else column
        words = " ".join([w for w in spanning if w not in row] + ([said] if said else []))
        year = (heading_period(column) if column else None) or dated
        label = f"{row}（{words}）" if words else row
        if dated and year == dated and said and row.rstrip("年度") == dated:
            label = words  # a row named by its year alone (2020 | 143 | 21): the year is the period, the column the label
        out.append({
            "start": m.start(), "end": m.end(), "num_start": m.start(), "num_end": m.end(2),
            "value": value, "unit": percent, "norm_unit": "%" if percent else "",
            "kind": kind, "direction": direction,
            "comparison": "yoy" if "同比" in column else ("mom" if "环比" in column else None),
            "label": label,
            "year": year,
            "cell": (a, b), "unit_words": words_after,
            "head_unit": head_unit.group(1) if head_unit and not percent and not words_after else "",
        })
    return out


def _row_date(row: str) -> str | None:
    """The year of a row named by a date only (2014年8月, 2015年上半年, or a year's digits alone under
    a 年份 column: 2020): its figures are of that year."""
    if _BARE_YEAR.fullmatch(row):
        return row
    said = mentions(row, 0, len(row))
    if len(said) == 1 and said[0].kind == "year" and (said[0].start, said[0].end) == (0, len(row)):
        return said[0].value
    return None


def _kind(column: str, spanning: list[str], title: str, percent: str, sign: str,
          value: Decimal) -> tuple[str, str | None]:
    if _CHANGE.search(column):
        return "change", ("down" if sign in "-−－" and sign else "up") if value else None
    if _SHARE.search(column):
        return "percent", None
    if _RATE.search(column) or (percent and any(_RATE.search(w) for w in [*spanning, title])):
        return "rate", None
    return ("percent" if percent else "count"), None
