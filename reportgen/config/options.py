"""Config options declared once: a dataclass field per key, whose annotation is its type and
whose `option(...)` gives its default, help text, choices and YAML spelling.

The same declarations validate a config file (every problem collected, each with its key and
line), build the typed config object, and write the key table of docs/config.md.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import yaml


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loading, except that a date YAML cannot make (2026-13-45) stays text, so that it is
    reported as a bad date with its key and line instead of failing inside the YAML library."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
REQUIRED = dataclasses.MISSING


@dataclass(frozen=True)
class Meta:
    """What an option says about itself beyond its type."""

    help: str
    required: bool = False
    choices: Callable[[], Iterable[str]] | tuple[str, ...] | None = None
    key: str | None = None  # the YAML key when it is not the attribute's name (`from`)
    resolve: Callable[[Any, Context], Any] | None = None  # turns the YAML value into the attribute's value
    yaml_type: Any = None  # the type as written in YAML, when the attribute's type differs

    def choice_list(self) -> tuple[str, ...]:
        if self.choices is None:
            return ()
        return tuple(self.choices() if callable(self.choices) else self.choices)


def option(default: Any = REQUIRED, *, help: str, choices: Callable[[], Iterable[str]] | tuple[str, ...] | None = None,
           key: str | None = None, resolve: Callable[[Any, Context], Any] | None = None,
           yaml_type: Any = None) -> Any:
    """Declare a config option (a dataclass field). Without a default the option is required."""
    meta = {"option": Meta(help, default is REQUIRED, choices, key, resolve, yaml_type)}
    if default is REQUIRED:
        return dataclasses.field(default=None, metadata=meta)
    if isinstance(default, list | dict) or dataclasses.is_dataclass(default):
        return dataclasses.field(default_factory=lambda: copy.deepcopy(default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


@dataclass
class Context:
    """Where a config file is: paths in it are relative to its folder."""

    path: Path

    @property
    def base(self) -> Path:
        return self.path.resolve().parent


def options(cls: type) -> list[tuple[dataclasses.Field, Meta, Any]]:
    """The declared options of a config class: (field, meta, type)."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        meta = f.metadata.get("option")
        if meta is not None:
            out.append((f, meta, meta.yaml_type if meta.yaml_type is not None else hints[f.name]))
    return out


def yaml_key(f: dataclasses.Field, meta: Meta) -> str:
    return meta.key or f.name


def _line(node: yaml.Node | None) -> str:
    return f"line {node.start_mark.line + 1}" if node is not None else "line ?"


class Problems:
    """Every problem found, each naming its key and line."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, key: str, node: yaml.Node | None, msg: str) -> None:
        self.items.append(f"{key} ({_line(node)}): {msg}")


def _is_optional(t: Any) -> tuple[bool, Any]:
    if get_origin(t) in (Union, types.UnionType):
        args = [a for a in get_args(t) if a is not type(None)]
        if len(args) < len(get_args(t)):
            return True, args[0] if len(args) == 1 else Union[tuple(args)]  # noqa: UP007
    return False, t


def type_name(t: Any) -> str:
    """How docs/config.md names a type."""
    optional, t = _is_optional(t)
    origin = get_origin(t)
    if t is str:
        return "str"
    if t is int:
        return "int"
    if t is bool:
        return "bool"
    if t is dt.date:
        return "date"
    if origin is Literal:
        return "one of " + ", ".join(f"`{a}`" for a in get_args(t))
    if origin in (Union, types.UnionType):
        return " or ".join(type_name(a) for a in get_args(t))
    if origin is list:
        inner = get_args(t)[0]
        return f"list[{'section' if dataclasses.is_dataclass(inner) else type_name(inner)}]"
    if origin is dict:
        return "map"
    if dataclasses.is_dataclass(t):
        return getattr(t, "type_name", "map")
    return str(t)


class Reader:
    """Reads YAML nodes into typed values, collecting problems instead of stopping at the first."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.problems = Problems()

    def value(self, node: yaml.Node | None, t: Any, name: str, meta: Meta | None = None) -> Any:
        """The node's value as type t, or the marker _BAD (a problem was added)."""
        optional, t = _is_optional(t)
        data = yaml.load(yaml.serialize(node), Loader=_Loader) if node is not None else None
        if data is None and optional:
            return None
        origin = get_origin(t)
        if dataclasses.is_dataclass(t):
            return self.record(node, t, name, data)
        if origin is Literal:
            allowed = get_args(t)
            if data not in allowed:
                self.problems.add(name, node, f"expected one of {', '.join(map(str, allowed))}, got {data!r}")
                return _BAD
            return data
        if origin in (Union, types.UnionType):  # int | Literal["auto"]: the first that fits
            for alt in get_args(t):
                if get_origin(alt) is Literal and data in get_args(alt):
                    return data
            return self.value(node, next(a for a in get_args(t) if get_origin(a) is not Literal), name, meta)
        if t is str:
            if not isinstance(data, str | int | float) or isinstance(data, bool):
                self.problems.add(name, node, f"expected text, got {type(data).__name__}")
                return _BAD
            text = str(data)
            allowed = meta.choice_list() if meta else ()
            if allowed and text not in allowed:
                self.problems.add(name, node, f"expected one of {', '.join(allowed)}, got {text!r}")
                return _BAD
            return text
        if t is bool:
            if not isinstance(data, bool):
                self.problems.add(name, node, f"expected true or false, got {data!r}")
                return _BAD
            return data
        if t is int:
            if not isinstance(data, int) or isinstance(data, bool) or data < 0:
                self.problems.add(name, node, f"expected a whole number ≥ 0, got {data!r}")
                return _BAD
            return data
        if t is dt.date:
            if isinstance(data, dt.date):
                return data
            try:
                return dt.date.fromisoformat(str(data))
            except ValueError:
                self.problems.add(name, node, f"expected a date YYYY-MM-DD, got {data!r}")
                return _BAD
        if origin is list:
            return self.sequence(node, get_args(t)[0], name, data, meta)
        if origin is dict:
            return self.map(node, get_args(t)[1], name, data)
        raise AssertionError(f"{name}: no reader for {t!r}")

    def sequence(self, node: yaml.Node | None, inner: Any, name: str, data: Any, meta: Meta | None) -> Any:
        if dataclasses.is_dataclass(inner):
            if isinstance(node, yaml.SequenceNode) and not node.value and meta is not None and not meta.required \
                    and type_name(inner) != "section":
                return []
            if not isinstance(node, yaml.SequenceNode) or not node.value:
                self.problems.add(name, node, f"expected a non-empty list of {type_name(inner)}s")
                return _BAD
            got = [self.record(n, inner, f"{name}[{i + 1}]", None) for i, n in enumerate(node.value)]
            return [g for g in got if g is not _BAD]
        if isinstance(data, str):
            data = [data]
        if not isinstance(data, list) or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in data):
            self.problems.add(name, node, "expected a list of text values")
            return _BAD
        out = [str(v) for v in data]
        allowed = meta.choice_list() if meta else ()
        bad = [v for v in out if allowed and v not in allowed]
        if bad:
            self.problems.add(name, node, f"unknown value {', '.join(map(repr, bad))} (use {', '.join(allowed)})")
            return _BAD
        return out

    def map(self, node: yaml.Node | None, inner: Any, name: str, data: Any) -> Any:
        ok_types = (str, dt.date) if inner is dt.date else (str,)
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, ok_types) for k, v in data.items()):
            self.problems.add(name, node, "expected a mapping of text to " + ("dates" if inner is dt.date else "text"))
            return _BAD
        out = {}
        for k, v in data.items():
            if inner is dt.date:
                try:
                    out[k] = v if isinstance(v, dt.date) else dt.date.fromisoformat(v)
                except ValueError:
                    self.problems.add(f"{name}.{k}", node, f"expected a date YYYY-MM-DD, got {v!r}")
                    return _BAD
            else:
                out[k] = v
        return out

    def record(self, node: yaml.Node | None, cls: Any, name: str, data: Any) -> Any:
        """A mapping read into the dataclass cls (a sub-config), or a shorthand it accepts."""
        shorthand = getattr(cls, "from_shorthand", None)
        if shorthand is not None and data is not None and not isinstance(node, yaml.MappingNode):
            got = shorthand(data)
            if got is None:
                self.problems.add(name or "config", node, getattr(cls, "expected", "expected a mapping"))
                return _BAD
            return got
        if not isinstance(node, yaml.MappingNode):
            self.problems.add(name or "config", node, getattr(cls, "expected", "expected a mapping of keys to values"))
            return _BAD
        declared = {yaml_key(f, m): (f, m, t) for f, m, t in options(cls)}
        given: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for knode, vnode in node.value:
            key = knode.value if isinstance(knode, yaml.ScalarNode) else str(knode)
            full = f"{name}.{key}" if name else key
            if key not in declared:
                self.problems.add(full, knode, f"unknown key (known keys: {', '.join(sorted(declared))})"
                                  + _comma_hint(node, knode, vnode))
            elif key in given:
                self.problems.add(full, knode, "given twice")
            else:
                given[key] = (knode, vnode)
        kwargs: dict[str, Any] = {}
        for key, (f, meta, t) in declared.items():
            full = f"{name}.{key}" if name else key
            if key not in given:
                if meta.required:
                    self.problems.add(full, node, "is required")
                elif meta.resolve is not None:
                    kwargs[f.name] = meta.resolve(_default(f), self.ctx)
                continue
            got = self.value(given[key][1], t, full, meta)
            if got is _BAD:  # reported; the default stands in so that the other keys are still checked
                if meta.resolve is not None and not meta.required:
                    kwargs[f.name] = meta.resolve(_default(f), self.ctx)
                continue
            kwargs[f.name] = meta.resolve(got, self.ctx) if meta.resolve is not None else got
        rec = cls(**kwargs)
        for key, msg in getattr(rec, "problems", lambda: [])():
            self.problems.add(f"{name}.{key}" if name and key else (key or name or "config"),
                              given[key][1] if key in given else node, msg)
        return rec


def _default(f: dataclasses.Field) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


class _Bad:
    def __repr__(self) -> str:
        return "<invalid>"


_BAD: Any = _Bad()


def reference_table(cls: type, prefix: str = "") -> list[str]:
    """Markdown rows (key, type, default, meaning) for every option, sub-options after their key."""
    rows = []
    for f, meta, t in options(cls):
        key = f"{prefix}{yaml_key(f, meta)}"
        if meta.required:
            default = "required"
        else:
            value = _default(f)
            default = "—" if value is None else f"`{json.dumps(_plain(value), ensure_ascii=False)}`"
        allowed = meta.choice_list()
        help_text = meta.help + (f" One of: {', '.join(f'`{c}`' for c in allowed)}." if allowed else "")
        rows.append(f"| `{key}` | {type_name(t)} | {default} | {help_text} |")
        _, inner = _is_optional(t)
        if get_origin(inner) is list:
            inner = get_args(inner)[0]
        if dataclasses.is_dataclass(inner) and not getattr(inner, "leaf", False):
            rows += reference_table(inner, f"{key}.")  # type: ignore[arg-type]
    return rows


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {yaml_key(f, m): _plain(getattr(value, f.name)) for f, m, _ in options(type(value))}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def _comma_hint(mapping: yaml.MappingNode, knode: yaml.Node, vnode: yaml.Node) -> str:
    """`{zh: 政法, 简报, en: …}`: in a `{…}` mapping a comma ends a value, and the words after it
    become a key without a value. Said so, with the two ways out."""
    bare = isinstance(vnode, yaml.ScalarNode) and vnode.value == "" and vnode.tag.endswith(":null")
    if mapping.flow_style and bare and isinstance(knode, yaml.ScalarNode):
        return (f"; a comma inside {{…}} ends the value before it: quote the text (zh: \"…, {knode.value}\") "
                f"or use the Chinese comma ，")
    return ""
