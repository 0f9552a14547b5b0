"""Terminology: the built-in glossary and gazetteer, plus project glossaries, as one lookup."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportgen.errors import UserError
from reportgen.yamlio import _Loader, load_file

_ENTRY_KEYS = {"zh", "en", "pos", "note"}


@dataclass(frozen=True)
class Term:
    """One glossary entry."""

    zh: str
    en: str
    pos: str = ""  # v: verb (goes after its object in a label); f: function word
    note: str = ""


@dataclass
class Terms:
    """Glossary and gazetteer lookups; project entries override built-in ones."""

    glossary: dict[str, Term]
    places: dict[str, str]
    provinces: list[dict]
    place_names: dict[str, str] = field(default_factory=dict)  # preferred English, e.g. 西藏 → Tibet
    max_len: int = 1
    _provinces_by_name: dict[str, dict] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.max_len = max((len(k) for k in self.glossary), default=1)
        for p in self.provinces:  # the first province a name or short name (two or more characters) is
            self._provinces_by_name.setdefault(p["name"], p)
            for short in p.get("short", []):
                if len(short) > 1:
                    self._provinces_by_name.setdefault(short, p)

    def province(self, name: str) -> dict | None:
        """The province, autonomous region or municipality called `name` (full or short)."""
        return self._provinces_by_name.get(name)

    def term(self, zh: str) -> Term | None:
        return self.glossary.get(zh)

    def localize(self, en: str) -> str:
        """Apply the place_names preference to glossary English (Xizang → Tibet when so set)."""
        if not self.place_names:
            return en
        for p in self.provinces:
            for key in [p["name"], *p.get("short", [])]:
                if key in self.place_names:
                    default = p["en"].split(" ")[0]
                    en = re.sub(rf"\b{re.escape(default)}\b", self.place_names[key], en)
                    break
        return en

def _builtin(name: str) -> Any:
    return yaml.load(resources.files("reportgen.data").joinpath(name).read_text("utf-8"), Loader=_Loader)


@lru_cache(maxsize=1)
def _builtin_terms() -> tuple[dict[str, Term], dict[str, str], list[dict]]:
    g = {t["zh"]: Term(t["zh"], t["en"], t.get("pos", ""), t.get("note") or group["note"])
         for group in _builtin("glossary.yaml")["groups"] for t in group["terms"]}
    provinces: list[dict] = list(_builtin("provinces.yaml"))
    return g, dict(_builtin("places_en.yaml")["places"]), provinces


def read_glossary_file(path: Path) -> dict[str, Term]:
    """A project glossary: a list of `{zh, en, note?, pos?}` or a mapping with `terms:` such a list."""
    data = load_file(path)
    if isinstance(data, dict):
        data = data.get("terms")
    if not isinstance(data, list):
        raise UserError(f"{path}: a glossary is a list of entries like `- {{zh: 审结, en: concluded}}`")
    out: dict[str, Term] = {}
    for n, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("zh"), str) or not isinstance(entry.get("en"), str):
            raise UserError(f"{path}: entry {n} needs text values for `zh` and `en`")
        if extra := sorted(str(k) for k in set(entry) - _ENTRY_KEYS):
            raise UserError(f"{path}: entry {n} ({entry['zh']}) has unknown keys {', '.join(extra)}; "
                            f"an English text with a comma needs quotes: en: \"a, b and c\"")
        out[entry["zh"]] = Term(entry["zh"], entry["en"], str(entry.get("pos", "")), str(entry.get("note", "")))
    return out


def load_terms(extra: Sequence[Path] = (), place_names: dict[str, str] | None = None) -> Terms:
    """Built-in terminology plus project glossary files (later files win)."""
    g, places, provs = _builtin_terms()
    glossary = dict(g)
    for path in extra:
        glossary.update(read_glossary_file(path))
    return Terms(glossary, places, provs, dict(place_names or {}))


@lru_cache(maxsize=1)
def default_terms() -> Terms:
    return load_terms()
