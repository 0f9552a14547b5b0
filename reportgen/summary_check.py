"""Check a YAML summary against its declared shape (reportgen/summary.py) before a build uses it:
every problem named by its place (`articles[2].stats[0].norm`) and, when the YAML text is at
hand, its line, so that a hand-edited summary is reported instead of failing the build."""

from __future__ import annotations

import math
import types
import typing
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

import yaml

from reportgen import summary as shape

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_PROBLEMS = 5


@cache
def _hints(td: type) -> dict[str, Any]:
    return typing.get_type_hints(td)


def _is_typeddict(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, dict) and hasattr(t, "__required_keys__")


def _describe(t: Any) -> str:
    if t is str:
        return "text"
    if t in (int, float):
        return "a number"
    if t is bool:
        return "true or false"
    if t is type(None):
        return "null"
    if get_origin(t) is list:
        return "a list"
    if _is_typeddict(t):
        return "a mapping"
    if get_origin(t) is Literal:
        return "one of " + ", ".join(map(str, get_args(t)))
    if get_origin(t) in (Union, types.UnionType):
        return " or ".join(dict.fromkeys(_describe(a) for a in get_args(t)))
    return str(t)


def _fits(value: Any, t: Any, where: str, out: list[tuple[str, str]]) -> bool:
    """Whether value has type t; problems inside lists and mappings are added to out."""
    origin = get_origin(t)
    if origin in (Union, types.UnionType):
        simple = [a for a in get_args(t) if not (_is_typeddict(a) or get_origin(a) is list)]
        if any(_fits(value, a, where, []) for a in simple):
            return True
        nested = [a for a in get_args(t) if a not in simple]
        return bool(nested) and _fits(value, nested[0], where, out)
    if t is type(None):
        return value is None
    if t is str:
        return isinstance(value, str)
    if t is bool:
        return isinstance(value, bool)
    if t is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if t is float:
        return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if origin is Literal:
        return value in get_args(t)
    if origin is list:
        if not isinstance(value, list):
            return False
        inner = get_args(t)[0]
        for i, v in enumerate(value):
            _check(v, inner, f"{where}[{i}]", out)
        return True
    if _is_typeddict(t):
        if not isinstance(value, dict):
            return False
        hints = _hints(t)
        for key in t.__required_keys__:
            if key not in value:
                out.append((where, f"`{key}` is missing"))
        for key, v in value.items():
            if key in hints:
                _check(v, hints[key], f"{where}.{key}" if where else str(key), out)
        return True
    raise AssertionError(f"no check for {t!r}")


def _check(value: Any, t: Any, where: str, out: list[tuple[str, str]]) -> None:
    if not _fits(value, t, where, out):
        out.append((where, f"expected {_describe(t)}, got {_shown(value)}"))


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _links(data: dict[str, Any], out: list[tuple[str, str]]) -> None:
    """Ids that the build relies on: item ids unique, statistic ids unique, `of` naming one of them,
    spans of two offsets."""
    items: dict[str, int] = {}
    for i, item in enumerate(data["articles"]):
        where = f"articles[{i}]"
        if not item["id"].strip() or any(c.isspace() for c in item["id"]):
            out.append((f"{where}.id", f"{item['id']!r} is not an item id (no spaces)"))
        if item["id"] in items:
            out.append((f"{where}.id", f"{item['id']!r} is also the id of articles[{items[item['id']]}]"))
        items.setdefault(item["id"], i)
        stats: set[str] = set()
        for j, s in enumerate(item["stats"]):
            if s["id"] in stats:
                out.append((f"{where}.stats[{j}].id", f"{s['id']!r} is given twice"))
            stats.add(s["id"])
            if len(s["span"]) != 2:
                out.append((f"{where}.stats[{j}].span", "expected two offsets [start, end]"))
        for j, s in enumerate(item["stats"]):
            if "of" in s and s["of"] not in stats:
                out.append((f"{where}.stats[{j}].of", f"{s['of']!r} is no statistic of this item"))


def problems(data: Any) -> list[tuple[str, str]]:
    """(place, what is wrong) for every way `data` differs from a summary's declared shape."""
    out: list[tuple[str, str]] = []
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list) or data.get("schema") != 1:
        return [("", "is not a reportgen summary (schema: 1 with articles:)")]
    _check(data, shape.Summary, "", out)
    if not out:
        _links(data, out)
    return out


def line_of(text: str, where: str) -> int | None:
    """The line (from 1) of a place like `articles[2].stats[0].norm` in YAML text, or None."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    steps = [s for part in where.replace("]", "").split(".") for s in part.split("[") if s]
    for step in steps:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if getattr(k, "value", None) == step), node)
        elif isinstance(node, yaml.SequenceNode) and step.isdigit() and int(step) < len(node.value):
            node = node.value[int(step)]
        else:
            break
    return node.start_mark.line + 1 if node is not None else None


def report(data: Any, text: str | None = None) -> str | None:
    """One line for the first problems of a summary (with their lines when text is given), or None."""
    found = problems(data)
    if not found:
        return None
    parts = []
    for where, what in found[:MAX_PROBLEMS]:
        line = line_of(text, where) if text is not None and where else None
        parts.append((f"line {line}: " if line else "") + (f"{where}: " if where else "") + what)
    more = f"; and {len(found) - MAX_PROBLEMS} more" if len(found) > MAX_PROBLEMS else ""
    return "; ".join(parts) + more
