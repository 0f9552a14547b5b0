"""Tables in plain text: which lines of a page form a table, and its rows.

A page copied from a web table comes in one of these shapes:

- a row a line, cells between bars: `三亚庭 | 22.22% | 20.00% | 2.22 |` (a markdown table too), a row's
  cells sometimes each broken onto a line of its own, closed by its bar (`| 2020 |` / `143 |` / `15% |`);
- a cell a line, a bar alone on the line between cells (`案由` / `|` / `2021年上半年新收` / `|` …),
  a cell's text sometimes broken over two lines (`机动车交通事故` / `责任纠纷`);
- a cell a line and nothing between cells (`有陪审团` / `124` / `155` / … / `无陪审团` / `7` / …), or a
  bar closing each cell (`汉 滨 |` / `4372 |` …): a row is a name and the figures under it, and rows of
  as many figures (or one fewer) make a table; a row whose figures are all years (`结案数目` / `2017` /
  `2018` …) is the header naming their columns;
- a row a line, cells between spaces, as text copied from a PDF gives a table
  (`通常宣告案 694 22 716 30 686`): a row is a name and the figures after it, rows of as many figures
  make a table, and a line of as many words just above them (after a corner of a few) is the header
  naming their columns (`案件 承上月轉入 當月分發 案件總數 當月結案 轉下月`; cells parted by two spaces or
  more when a cell holds one: `年    份    2008年   2009年   2010 年1季度`). The cleaner puts a bar where a space
  parts two cells (`Row.spaced`).

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
    stacked: bool = False  # a cell a line with nothing between: the cleaner puts a bar between its lines
    spaced: int = 0  # cells between spaces on one line, this many figures a row: the cleaner puts bars (`spaced_bars`)


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
            groups: list[tuple[int, int]] = []  # each row's lines [a, b)
            j = i
            while j < n and (_inline(texts[j]) or _RULE.fullmatch(texts[j])):
                a, j = j, _continued(texts, j + 1)
                groups.append((a, j))
            rows += _inline_rows(texts, groups)
            i = max(j, i + 1)
        elif i + 1 < n and _bar_only(texts[i + 1]) and not _bar_only(texts[i]) and not _CLOSING_BAR.search(texts[i]):
            found, j = _cell_rows(texts, i)
            rows += found
            i = max(j, i + 1)
        elif i + 2 < n and _cell_line(texts[i]) and not is_figure(_cell(texts[i])) and _cell_line(texts[i + 1]) \
                and is_figure(_cell(texts[i + 1])):
            found, j = _stacked_rows(texts, i)
            rows += found
            i = max(j, i + 1)
        elif i + 1 < n and (width := _spaced_figures(texts[i])):
            found, j = _spaced_rows(texts, i, width)
            rows += found
            i = max(j, i + 1)
        else:
            i += 1
    return rows


def _continued(texts: Sequence[str], k: int) -> int:
    """The line after a row written a row a line whose cells the page broke onto lines of their own
    (`| 2020 |` / `143 |` / `15% |`, or a heading's cell `…涉及金額*` / `(百萬元) |`), from line k, the
    line after the row's first: lines that do not open with a bar and close with one, a short cell
    each, continue the row."""
    while k < len(texts) and (t := texts[k].strip()) and t[0] not in BARS and _CLOSING_BAR.search(t) \
            and not _bar_only(t) and _cell_line(t):
        k += 1
    return k


def _inline_rows(texts: Sequence[str], groups: Sequence[tuple[int, int]]) -> list[Row]:
    """Rows of a table written a row a line (each group the lines [a, b) of one row, more than one when
    its cells were broken onto lines of their own); none unless two rows hold figures."""
    rows = [(a, b) for a, b in groups if not _RULE.fullmatch(texts[a])]
    data = [a for a, b in rows if any(is_figure(c) for c in cells("".join(texts[a:b]))[1:])]
    if len(data) < 2:
        return []
    first = data[0]
    return [Row(tuple(range(a, b)), a < first) for a, b in rows]


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


_YEAR_CELL = re.compile(r"(?:19|20)\d\d(?:年(?:度)?)?")
_MIN_STACKED = 2  # figures a stacked row holds at least (a name and one figure is a list, not a table)
_CLOSING_BAR = re.compile(r"\s*[|｜]$")


def _cell(text: str) -> str:
    """A stacked cell's text: the line without the bar that may close it (`汉 滨 |`)."""
    return _CLOSING_BAR.sub("", text.strip())


def _cell_line(text: str) -> bool:
    cell = _cell(text)
    return 0 < len(cell) <= _MAX_CELL and not any(b in cell for b in BARS) and _SENTENCE_END.search(cell) is None


def _years(texts: Sequence[str], figures: Sequence[int]) -> bool:
    """Whether a stacked row's figures are all years (a header: 结案数目 / 2017 / 2018 / 2019)."""
    return all(_YEAR_CELL.fullmatch(_cell(texts[t])) for t in figures)


def _stacked_rows(texts: Sequence[str], i: int) -> tuple[list[Row], int]:
    """Rows of a table written a cell a line, with nothing between cells or a bar closing each
    (`汉 滨 |` / `4372 |` …), from line i (a row's name): each row a name and its figures. Rows of as
    many figures make a table; a row of years before them is their header. A table whose rows differ
    by one figure (a total row a cell short) is read too, its columns unnamed, since which cell is
    missing cannot be told. None unless two data rows, or a header and a data row, are found."""
    groups: list[tuple[int, int, list[int]]] = []  # each row's lines [a, b) and its figures' lines
    k, n = i, len(texts)
    while k < n and _cell_line(texts[k]) and not _value_cell(_cell(texts[k])):
        a = k
        k += 1
        figures = []
        while k < n and _cell_line(texts[k]) and _value_cell(_cell(texts[k])):
            figures.append(k)
            k += 1
        if len(figures) < _MIN_STACKED:
            break
        while k < n and _bar_only(texts[k]):
            k += 1  # a bar alone closing the row
        groups.append((a, k, figures))
        sizes = [len(g[2]) for g in groups[1:]]
        if len(sizes) >= 2 and max(sizes) - min(sizes) > 1:
            groups.pop()  # rows of other lengths: another table (and a run of thousands is read once)
            break
    if not groups:
        return [], i + 1
    corner: list[tuple[int, int, list[int]]] = []
    if len(groups) > 1 and _years(texts, groups[0][2]) and len(groups[1][2]) == len(groups[0][2]) + 1:
        corner, groups = groups[:1], groups[1:]  # 目标 / 2017 / 2018 / 2019 over four columns: the corner cell is empty
    lo = hi = len(groups[0][2])
    end = 1
    while end < len(groups) and max(hi, len(groups[end][2])) - min(lo, len(groups[end][2])) <= 1:
        lo, hi = min(lo, len(groups[end][2])), max(hi, len(groups[end][2]))
        end += 1
    same = groups[:end]
    lead = 0  # rows of years opening the table: its header
    while lead < len(same) and _years(texts, same[lead][2]):
        lead += 1
    heads, data = corner + same[:lead], same[lead:]
    if not data or (len(data) < 2 and not heads) or (lo != hi and heads):
        return [], i + 1
    barred = any(_CLOSING_BAR.search(texts[t]) for a, b, _ in same for t in range(a, b))
    rows = [Row(tuple(range(a, b)), (a, b, f) in heads, stacked=not barred) for a, b, f in corner + same]
    width = hi + 1 if lo == hi else None
    return _stacked_head(texts, i, width, barred) + rows, same[-1][1]


def _stacked_head(texts: Sequence[str], i: int, width: int | None, barred: bool) -> list[Row]:
    """The column headings above a stacked table's first row (line i), up to its title (a line ending in 表)
    or a line that is no cell: one header row, its cells the columns' names when there is one a column
    (`地区` / `收案` / `结案` over rows of two figures); otherwise a heading too broken to align (`刑事类` / `警情`),
    read as one cell (or, when each cell closes with a bar, as more cells than any row has) that names no
    column, so that its last line is not taken for a section's heading. `width`: the rows' cells, None
    when the rows differ."""
    h = i
    limit = 2 * (width or 12)  # headings broken over two lines a column at most (12: rows of unequal length)
    while h > 0 and i - h < limit and (_cell_line(texts[h - 1]) or _bar_only(texts[h - 1])) \
            and not _value_cell(_cell(texts[h - 1])) and not _cell(texts[h - 1]).endswith("表"):
        h -= 1
    if h == i:
        return []
    named = sum(1 for t in range(h, i) if not _bar_only(texts[t])) in ((width, width - 1) if width else ())
    return [Row(tuple(range(h, i)), True, stacked=named and not barred)]


_SPACES = re.compile(r"[ \t]+")
_WIDE_SPACES = re.compile(r"[ \t]{2,}")
_MAX_SPACED_NAME = 40  # characters of a spaced row's name (ordinary text is longer)
_MAX_CORNER = 3  # words a spaced header may hold before its column names (年 份, 类型 年度)


def _spaced_figures(text: str) -> int:
    """How many figures end a line whose cells are parted by spaces (`通常宣告案 694 22 716`): 0 unless
    a name (not a figure, no bar, no sentence) stands before at least two of them."""
    if any(b in text for b in BARS) or not _SPACES.search(text):
        return 0
    words = _SPACES.split(text.strip())
    k = len(words)
    while k > 0 and _value_cell(words[k - 1]):
        k -= 1
    figures = len(words) - k
    name = " ".join(words[:k])
    if k == 0 or figures < _MIN_STACKED or len(name) > _MAX_SPACED_NAME or _SENTENCE_END.search(name) \
            or sum(is_figure(w) for w in words[k:]) < _MIN_STACKED:
        return 0
    return figures


def _head_gaps(text: str) -> list[int]:
    """Where a spaced header's cells part: its runs of two spaces or more when it has any (a word
    spaced out inside a cell, 年    份 or 2010 年1季度, is still one cell), else every space."""
    wide = [m.start() for m in _WIDE_SPACES.finditer(text)]
    return wide or [m.start() for m in _SPACES.finditer(text)]


def _spaced_head(text: str, width: int) -> bool:
    """Whether a line names the columns of spaced rows of `width` figures: no figure, no bar, and a
    cell for each column, after a corner of a few words at most."""
    if any(b in text for b in BARS) or _SENTENCE_END.search(text) or len(text) > _MAX_SPACED_NAME * 2:
        return False
    gaps = _head_gaps(text)
    words = [text[a:b].strip() for a, b in zip([0, *gaps], [*gaps, len(text)], strict=True)]
    if len(words) > width and all(_SPACED_OUT.fullmatch(w) for w in words):
        return False  # 服 務 (召 喚 次 數), 救 護 車 召 喚: a name spaced out letter by letter, no cells
    return width <= len(words) <= width + _MAX_CORNER and not any(is_figure(w) for w in words)


_SPACED_OUT = re.compile(r"[(（]?[\u4e00-\u9fff][)）]?")


def _year_lines(texts: Sequence[str], i: int, width: int) -> tuple[int, ...]:
    """The lines just above line i (or above a spaced-out name there) holding one year each, as many
    as a row has figures (1997 / 1998 / 1999 over 火 警 召 喚 35543 37846 43564): the years heading
    the columns, or () when there are none."""
    for end in (i, i - 1):
        lines = tuple(range(end - width, end))
        if lines and lines[0] >= 0 and all(_YEAR_CELL.fullmatch(texts[k].strip()) for k in lines):
            return lines
    return ()


def spaced_bars(text: str, head: bool, width: int) -> list[int]:
    """Where a spaced row's text gets a bar: the first space before each of its `width` figures (a data
    row), or before each of the last `width` cells of a header (the words before them its corner)."""
    if head:
        return _head_gaps(text)[-width:]
    return [m.start() for m in _SPACES.finditer(text)][-width:]


def _spaced_rows(texts: Sequence[str], i: int, width: int) -> tuple[list[Row], int]:
    """Rows of a table written a row a line with spaces between cells, from line i (`width` figures):
    the lines after it with as many figures, and a header line just above naming their columns."""
    j = i + 1
    while j < len(texts) and _spaced_figures(texts[j]) == width:
        j += 1
    if j - i < 2:
        return [], i + 1
    rows = [Row((k,), False, spaced=width) for k in range(i, j)]
    if i > 0 and _spaced_head(texts[i - 1], width):
        rows.insert(0, Row((i - 1,), True, spaced=width))
    elif years := _year_lines(texts, i, width):
        rows.insert(0, Row(years, True, stacked=True))
    return rows, j
