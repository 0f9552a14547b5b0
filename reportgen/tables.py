"""Tables in plain text: which lines of a page form a table, and its rows.

A page copied from a web table comes in one of two shapes:

- a row a line, cells between bars: `三亚庭 | 22.22% | 20.00% | 2.22 |` (a markdown table too);
- a cell a line, a bar alone on the line between cells (`案由` / `|` / `2021年上半年新收` / `|` …),
  a cell's text sometimes broken over two lines (`机动车交通事故` / `责任纠纷`).

Either way the table is read into header rows and data rows, each a group of line indices that the
cleaner joins into one paragraph (`clean.Para.table` says which); reading the cells is
`extract.tables`'s job. Lines that do not make a table with a row of figures are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

BARS = "|｜"
_SPLIT = re.compile(r"\s*[|｜]\s*")
_RULE = re.compile(r"[|｜\s:：\-—=+]+")  # a markdown rule line |---|:---:|
# a figure cell: a number, with a sign, a percent or a short unit (12.5%, -32.18%, 4159, 1.2万件); a dash is an empty cell
_FIGURE = re.compile(r"[-+−－]?\d[\d,，]*(?:\.\d+)?\s*(?:%|％|(?![年月日号时])[^\d\s|｜]{1,3})?")
EMPTY = re.compile(r"[-—－/／]{1,2}|")
_MAX_CELL_LINES = 3  # a cell broken over more lines than this is text, not a cell
_MAX_CELL = 30  # characters
_SENTENCE_END = re.compile(r"[。！？!?；;]$")


@dataclass(frozen=True)
class Row:
    """One row of a table: the lines it is made of, and whether it is a header row."""

    lines: tuple[int, ...]
    head: bool


def cells(text: str) -> list[str]:
    """The cells of a row's text (bars between cells, and at its ends, dropped)."""
    parts = _SPLIT.split(text.strip(BARS + " \t\u3000"))
    return [p.strip() for p in parts]


def is_figure(cell: str) -> bool:
    return _FIGURE.fullmatch(cell.strip()) is not None


def _value_cell(cell: str) -> bool:
    return is_figure(cell) or EMPTY.fullmatch(cell.strip()) is not None


def _bar_only(text: str) -> bool:
    return text.strip() != "" and text.strip().strip(BARS + " ") == ""


def _inline(text: str) -> bool:
    return sum(text.count(b) for b in BARS) >= 2 and not _bar_only(text)


def find_rows(texts: Sequence[str]) -> list[Row]:
    """The table rows among a page's lines (their analysis texts), in order."""
    rows: list[Row] = []
    i, n = 0, len(texts)
    while i < n:
        if _inline(texts[i]):
            j = i
            while j < n and (_inline(texts[j]) or _RULE.fullmatch(texts[j])):
                j += 1
            rows += _inline_rows(texts, i, j)
            i = max(j, i + 1)
        elif i + 1 < n and _bar_only(texts[i + 1]) and not _bar_only(texts[i]):
            found, j = _cell_rows(texts, i)
            rows += found
            i = max(j, i + 1)
        else:
            i += 1
    return rows


def _inline_rows(texts: Sequence[str], i: int, j: int) -> list[Row]:
    """Rows of a table written a row a line (lines i..j-1); none unless two rows hold figures."""
    lines = [k for k in range(i, j) if not _RULE.fullmatch(texts[k])]
    data = [k for k in lines if any(is_figure(c) for c in cells(texts[k])[1:])]
    if len(data) < 2:
        return []
    first = data[0]
    return [Row((k,), k < first) for k in lines]


def _cell_rows(texts: Sequence[str], i: int) -> tuple[list[Row], int]:
    """Rows of a table written a cell a line from line i: (rows, the line after the table)."""
    spans: list[tuple[int, int]] = []  # each cell's lines [a, b), the bar after it included in b
    k, n = i, len(texts)
    while k < n and not _bar_only(texts[k]):
        a = k
        while k < n and not _bar_only(texts[k]) and k - a < _MAX_CELL_LINES:
            if len(texts[k]) > _MAX_CELL or _SENTENCE_END.search(texts[k]):
                break
            k += 1
        if k == a or (k < n and not _bar_only(texts[k])):
            break  # a long line, a sentence or a cell of too many lines: the table ended before it
        while k < n and _bar_only(texts[k]):
            k += 1
        spans.append((a, k))
    end = spans[-1][1] if spans else i
    text = ["".join(texts[a:b]).strip(BARS + " ") for a, b in spans]
    first = next((c for c, t in enumerate(text) if c and is_figure(t)), None)
    if first is None:
        return [], end
    label = first - 1
    width = 1
    while label + width < len(text) and _value_cell(text[label + width]):
        width += 1
    if width < 2:
        return [], end
    rows: list[Row] = []
    head = text[max(0, label - width):label]
    for c in range(max(0, label - width), label, width):
        rows.append(Row(tuple(range(spans[c][0], spans[min(c + width, label) - 1][1])), True))
    c = label
    while c + width <= len(text) and not _value_cell(text[c]) and all(_value_cell(t) for t in text[c + 1:c + width]):
        rows.append(Row(tuple(range(spans[c][0], spans[c + width - 1][1])), False))
        c += width
    if len([r for r in rows if not r.head]) < 2 and not head:
        return [], end
    return rows, spans[c - 1][1] if c > 0 else end
