"""Text that shows what it says: invisible format characters (bidi controls, zero-width
characters) taken out of what a briefing prints, terminal control codes escaped in what the
command line prints, and spreadsheet formulas neutralised in CSV cells."""

from __future__ import annotations

import unicodedata
from typing import Any

# Unicode general categories of characters that change how text around them is shown without
# being shown themselves: format (bidi overrides and isolates, zero-width space and joiners, soft
# hyphen, word joiner, byte-order mark) and the line and paragraph separators.
_INVISIBLE = ("Cf", "Zl", "Zp")


def invisible(ch: str) -> bool:
    """True for a character that is not printed but can reorder or hide what is printed (control
    characters other than line breaks and tabs included: they have no place in a document either)."""
    cat = unicodedata.category(ch)
    return cat in _INVISIBLE or (cat == "Cc" and ch not in "\n\t")


def char_name(ch: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`."""
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')}"


def strip_invisible(text: str) -> tuple[str, list[str]]:
    """The text without invisible format characters, and the characters removed."""
    if text.isascii():
        return text, []
    removed = [c for c in text if invisible(c)]
    if not removed:
        return text, []
    return "".join(c for c in text if not invisible(c)), removed


def clean_summary(summary: dict[str, Any]) -> list[str]:
    """Remove invisible format characters from every text of a summary, in place; one note per
    item (or the page) naming where they were and which they were."""
    found: dict[str, dict[str, None]] = {}

    def walk(node: Any, where: str) -> Any:
        if isinstance(node, str):
            text, removed = strip_invisible(node)
            for c in removed:
                found.setdefault(where, {})[char_name(c)] = None
            return text
        if isinstance(node, list):
            return [walk(v, where) for v in node]
        if isinstance(node, dict):
            ident = node.get("id")
            here = ident if isinstance(ident, str) else where
            return {k: walk(v, here) for k, v in node.items()}
        return node

    for key in list(summary):
        if key != "source":
            summary[key] = walk(summary[key], "page")
    source = summary.get("source")
    if isinstance(source, dict) and isinstance(source.get("path"), str):
        source["path"] = printable(source["path"])  # a file name is shown as it is, escapes written out
    return [f"{where}: removed invisible format character(s) {', '.join(names)} (they can reorder or hide "
            f"digits; check the source text)" for where, names in found.items()]


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters (escape codes) and invisible format
    characters written as escapes; line breaks kept."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for c in text:
        cat = unicodedata.category(c)
        if c in "\n\t" or not (cat == "Cc" or cat in _INVISIBLE):
            out.append(c)
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A CSV cell a spreadsheet will not run: text starting with =, +, -, @ (or a tab or carriage
    return) gets a leading apostrophe."""
    return "'" + value if value.startswith(_FORMULA) else value
