"""Terminology: the built-in term base, gazetteer and law titles, plus project glossaries, as one lookup.

The term base (`reportgen/data/termbase/`, format in docs/termbase.md) holds term pairs from
official bilingual texts, one topic a file, each entry naming its source in `sources.yaml`. The
gazetteer (`gazetteer.yaml`) holds every prefecture-level division and county-level city with its
standard English; `provinces.yaml` the province-level ones; `places_en.yaml` county-level names
in the official romanization of their language (Tibetan, Mongolian, Uyghur) that pinyin would get
wrong; `laws.yaml` the official English titles of laws and judicial interpretations.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportgen.errors import UserError
from reportgen.yamlio import _Loader, load_file, write_atomic

_ENTRY_KEYS = {"zh", "en", "pos", "note", "source", "context"}
_PLACE_KEYS = {"zh", "en", "level", "short", "note", "source"}
# What an entry's `context` names: the kind of region an item is about. 全区 is region-wide in
# an autonomous region and district-wide in a city district; without context it has no English.
CONTEXTS = ("autonomous_region", "district")


@dataclass(frozen=True)
class Term:
    """One term-base entry."""

    zh: str
    en: str
    pos: str = ""  # n noun, v verb (after its object), a modifier, h head (… of X), g change (… in X), t tag, f function
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class Place:
    """A place below province level: full name, name without its suffix, level, province, English."""

    zh: str
    short: str
    level: str
    province: str
    en: str  # as written in running English: Hohhot, Ngawa Tibetan and Qiang Autonomous Prefecture
    en_short: str  # the bare name: Ngawa
    source: str = ""


@dataclass(frozen=True)
class Law:
    """A law, regulation or judicial interpretation with its official English title (None if unknown)."""

    zh: str
    en: str | None
    source: str = ""


@dataclass
class Terms:
    """Term base, gazetteer and law lookups; project entries override built-in ones."""

    glossary: dict[str, Term]
    places: dict[str, str]  # name stem → official romanization (places_en.yaml)
    provinces: list[dict]
    place_names: dict[str, str] = field(default_factory=dict)  # preferred English, e.g. 西藏 → Tibet
    gazetteer: dict[str, Place] = field(default_factory=dict)  # full name → place
    by_short: dict[str, tuple[Place, ...]] = field(default_factory=dict)  # name without suffix → places
    laws: dict[str, Law] = field(default_factory=dict)  # full title and short forms → law
    contextual: dict[str, dict[str, Term]] = field(default_factory=dict)  # zh → context → term
    project_places: dict[str, str] = field(default_factory=dict)  # full name or stem → English, from project files
    max_len: int = 1
    _provinces_by_name: dict[str, dict] = field(default_factory=dict, init=False, repr=False, compare=False)
    _place_keys: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.max_len = max((len(k) for k in [*self.glossary, *self.contextual]), default=1)
        for p in self.provinces:  # the first province a name or short name (two or more characters) is
            self._provinces_by_name.setdefault(p["name"], p)
            for short in p.get("short", []):
                if len(short) > 1:
                    self._provinces_by_name.setdefault(short, p)

    @property
    def place_keys(self) -> frozenset[str]:
        """Every name a place can be looked up by (full names, names without their suffix)."""
        if self._place_keys is None:
            keys = set(self._provinces_by_name) | set(self.gazetteer) | set(self.by_short) | set(self.places) \
                | set(self.project_places) | set(self.place_names)
            self._place_keys = frozenset(keys)
        return self._place_keys

    def province(self, name: str) -> dict | None:
        """The province, autonomous region or municipality called `name` (full or short)."""
        return self._provinces_by_name.get(name)

    def term(self, zh: str) -> Term | None:
        return self.glossary.get(zh)

    def preferred(self, *names: str) -> str | None:
        """The `place_names` preference for a place known by any of these names."""
        for n in names:
            if n and n in self.place_names:
                return self.place_names[n]
        return None

    def localize(self, en: str) -> str:
        """Apply the place_names preference to term-base English (Xizang → Tibet when so set)."""
        if not self.place_names:
            return en
        for p in self.provinces:
            pref = self.preferred(p["name"], *p.get("short", []))
            if pref:
                default = p["en"].split(" ")[0]
                en = re.sub(rf"\b{re.escape(default)}\b", pref, en)
        return en


_DATA_FILES = ("provinces.yaml", "gazetteer.yaml", "places_en.yaml", "laws.yaml")


def _builtin(name: str) -> Any:
    return _compiled()[name]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reportgen"


def cached_json(prefix: str, raw: bytes, make: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """`make()`, kept as JSON in the user's cache folder, named by `prefix` and the SHA-256 of `raw`
    (what it is made from: a changed input is made again). A cache entry that does not read back as
    `valid` is made again; without a writable cache folder it is made each time."""
    path = cache_dir() / f"{prefix}-{hashlib.sha256(raw).hexdigest()[:24]}.json"
    try:
        cached = json.loads(path.read_text("utf-8"))
        if valid(cached):
            return cached
    except (OSError, ValueError):
        pass
    data = make()
    try:
        write_atomic(path, json.dumps(data, ensure_ascii=False))
    except OSError:
        pass
    return data


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    """The built-in data files, read once: YAML takes a quarter of a second for them, so their
    content is also kept as JSON in the user's cache folder (cached_json)."""
    root = resources.files("reportgen.data")
    names = [*_DATA_FILES, *(f"termbase/{n}" for n in termbase_files())]
    raw = {n: root.joinpath(n).read_bytes() for n in names}
    return cached_json("data", b"".join(n.encode() + b"\0" + raw[n] for n in names),
                       lambda: {n: yaml.load(raw[n].decode("utf-8"), Loader=_Loader) for n in names},
                       lambda c: isinstance(c, dict) and set(c) == set(names))


def termbase_files() -> list[str]:
    """The topic files of the built-in term base (every `*.yaml` in data/termbase but sources.yaml)."""
    folder = resources.files("reportgen.data").joinpath("termbase")
    return sorted(f.name for f in folder.iterdir() if f.name.endswith(".yaml") and f.name != "sources.yaml")


@lru_cache(maxsize=1)
def _builtin_terms() -> tuple[dict[str, Term], dict[str, dict[str, Term]]]:
    glossary: dict[str, Term] = {}
    contextual: dict[str, dict[str, Term]] = {}
    for name in termbase_files():
        for t in _builtin(f"termbase/{name}")["terms"]:
            term = Term(t["zh"], t["en"], t.get("pos", "n"), t.get("note", ""), t["source"])
            if t.get("context"):
                contextual.setdefault(t["zh"], {})[t["context"]] = term
            else:
                glossary[t["zh"]] = term
    return glossary, contextual


@lru_cache(maxsize=1)
def _builtin_places() -> tuple[dict[str, str], list[dict], dict[str, Place], dict[str, tuple[Place, ...]]]:
    provinces: list[dict] = list(_builtin("provinces.yaml"))
    gaz: dict[str, Place] = {}
    short: dict[str, list[Place]] = {}
    for p in _builtin("gazetteer.yaml")["places"]:
        place = Place(p["zh"], p["short"], p["level"], p["province"], p["en"], p.get("en_short") or p["en"],
                      p["source"])
        gaz.setdefault(p["zh"], place)
        short.setdefault(p["short"], []).append(place)
    return (dict(_builtin("places_en.yaml")["places"]), provinces, gaz,
            {k: tuple(v) for k, v in short.items()})


@lru_cache(maxsize=1)
def _builtin_laws() -> dict[str, Law]:
    out: dict[str, Law] = {}
    for entry in _builtin("laws.yaml")["laws"]:
        law = Law(entry["zh"], entry.get("en"), entry.get("source", ""))
        out.setdefault(entry["zh"], law)
        for s in entry.get("short") or []:
            out.setdefault(s, law)
    return out


POS = ("n", "v", "a", "h", "g", "t", "f")
SOURCE_KINDS = ("official", "state-media", "statute", "reprint", "project")


def check_termbase(folder: Path | None = None) -> list[str]:
    """Every problem in a term-base folder (the built-in one by default): an entry without a
    source, or naming one sources.yaml does not list; unknown keys or parts of speech; a Chinese
    term given twice."""
    root = Path(str(folder or resources.files("reportgen.data").joinpath("termbase")))
    problems: list[str] = []
    sources = yaml.load((root / "sources.yaml").read_text("utf-8"), Loader=_Loader).get("sources") or []
    ids = set()
    for s in sources:
        if not s.get("id") or not s.get("title") or not s.get("url") or s.get("kind") not in SOURCE_KINDS:
            problems.append(f"sources.yaml: {s.get('id')!r} needs id, title, url and a kind ({', '.join(SOURCE_KINDS)})")
        if s.get("id") in ids:
            problems.append(f"sources.yaml: {s['id']} is listed twice")
        ids.add(s.get("id"))
    seen: dict[tuple[str, str], str] = {}
    for path in sorted(root.glob("*.yaml")):
        if path.name == "sources.yaml":
            continue
        data = yaml.load(path.read_text("utf-8"), Loader=_Loader)
        for n, t in enumerate(data.get("terms") or [], 1):
            where = f"{path.name}: entry {n} ({t.get('zh')})"
            if extra := set(t) - _ENTRY_KEYS:
                problems.append(f"{where}: unknown keys {sorted(extra)}")
            if not isinstance(t.get("zh"), str) or not isinstance(t.get("en"), str) or not t["en"].strip():
                problems.append(f"{where}: needs text values for zh and en")
            if not t.get("source"):
                problems.append(f"{where}: names no source")
            elif t["source"] not in ids:
                problems.append(f"{where}: source {t['source']} is not in sources.yaml")
            if t.get("pos", "n") not in POS:
                problems.append(f"{where}: pos {t.get('pos')!r} is not one of {', '.join(POS)}")
            if t.get("context") and t["context"] not in CONTEXTS:
                problems.append(f"{where}: context {t['context']!r} is not one of {', '.join(CONTEXTS)}")
            key = (str(t.get("zh")), str(t.get("context") or ""))
            if key in seen:
                problems.append(f"{where}: also in {seen[key]}")
            seen[key] = path.name
    return problems


def read_glossary_file(path: Path) -> tuple[dict[str, Term], dict[str, str]]:
    """A project glossary: a list of `{zh, en, note?, pos?}`, or a mapping with `terms:` such a list
    and `places:` a list of `{zh, en}` place names that add to or override the gazetteer."""
    data = load_file(path)
    places_data: Any = []
    if isinstance(data, dict):
        places_data = data.get("places") or []
        data = data.get("terms") or ([] if places_data else None)
    if not isinstance(data, list) or not isinstance(places_data, list):
        raise UserError(f"{path}: a glossary is a list of entries like `- {{zh: 审结, en: concluded}}` "
                        f"(or `terms:` and `places:` lists)")
    out: dict[str, Term] = {}
    for n, entry in enumerate(data, 1):
        _check_entry(path, n, entry, _ENTRY_KEYS)
        out[entry["zh"]] = Term(entry["zh"], entry["en"], str(entry.get("pos", "")), str(entry.get("note", "")),
                                str(entry.get("source") or path.name))
    places: dict[str, str] = {}
    for n, entry in enumerate(places_data, 1):
        _check_entry(path, n, entry, _PLACE_KEYS, what="place")
        places[entry["zh"]] = entry["en"]
    return out, places


def _check_entry(path: Path, n: int, entry: Any, keys: set[str], what: str = "entry") -> None:
    if not isinstance(entry, dict) or not isinstance(entry.get("zh"), str) or not isinstance(entry.get("en"), str):
        raise UserError(f"{path}: {what} {n} needs text values for `zh` and `en`")
    if extra := sorted(str(k) for k in set(entry) - keys):
        raise UserError(f"{path}: {what} {n} ({entry['zh']}) has unknown keys {', '.join(extra)}; "
                        f"an English text with a comma needs quotes: en: \"a, b and c\"")


def load_terms(extra: Sequence[Path] = (), place_names: dict[str, str] | None = None) -> Terms:
    """Built-in terminology plus project glossary files (later files win)."""
    g, contextual = _builtin_terms()
    stems, provs, gaz, short = _builtin_places()
    glossary = dict(g)
    project_places: dict[str, str] = {}
    for path in extra:
        terms, more = read_glossary_file(path)
        glossary.update(terms)
        project_places.update(more)
    return Terms(glossary, stems, provs, dict(place_names or {}), gaz, short, _builtin_laws(), contextual,
                 project_places)


@lru_cache(maxsize=1)
def default_terms() -> Terms:
    return load_terms()
