"""Terminology: the built-in glossary and gazetteer, plus project glossaries, as one lookup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from reportgen.errors import UserError
from reportgen.yamlio import _Loader, load_file

_ENTRY_KEYS = {"zh", "en", "pos", "note"}
_PUNCT = "“”\"'《》「」()（）:：;；,，。 \t"


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

    def segment(self, text: str) -> list[Term] | None:
        """Cover `text` with glossary terms, longest match first; None if any part is unknown."""
        from reportgen.english.names import place_en

        out: list[Term] = []
        i, n = 0, len(text)
        while i < n:
            if text[i] == "“" and (j := text.find("”", i)) > i + 1:
                # a quoted name (campaign, slogan, “积案”): the glossary's, else pinyin with the Chinese kept
                inner = text[i + 1:j]
                hit = self.glossary.get(inner)
                out.append(Term(inner, f"“{hit.en}”", "n") if hit is not None else self._quoted_name(inner))
                i = j + 1
                continue
            if text[i] in _PUNCT:
                i += 1
                continue
            for j in range(min(n, i + self.max_len), i, -1):
                t = self.glossary.get(text[i:j])
                if t is not None:
                    out.append(t)
                    i = j
                    break
            else:
                place = self._place_prefix(text, i, place_en)
                if place is None:
                    return None
                out.append(place[0])
                i = place[1]
        return out

    @staticmethod
    def _quoted_name(zh: str) -> Term:
        from reportgen.english.enrich import pinyin_phrase

        return Term(zh, f"“{pinyin_phrase(zh)}” ({zh})", "n", "pinyin of a quoted name, Chinese kept")

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

    def _place_prefix(self, text: str, i: int, place_en) -> tuple[Term, int] | None:
        for j in range(min(len(text), i + 12), i + 1, -1):
            en, origin = place_en(text[i:j], self)
            if en and origin == "gazetteer":
                return Term(text[i:j], en), j
        return None


def _builtin(name: str) -> dict:
    return yaml.load(resources.files("reportgen.data").joinpath(name).read_text("utf-8"), Loader=_Loader)


@lru_cache(maxsize=1)
def _builtin_terms() -> tuple[dict[str, Term], dict[str, str], list[dict]]:
    g = {t["zh"]: Term(t["zh"], t["en"], t.get("pos", ""), t.get("note") or group["note"])
         for group in _builtin("glossary.yaml")["groups"] for t in group["terms"]}
    return g, dict(_builtin("places_en.yaml")["places"]), _builtin("provinces.yaml")


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


def load_terms(extra: list[Path] = (), place_names: dict[str, str] | None = None) -> Terms:
    """Built-in terminology plus project glossary files (later files win)."""
    g, places, provs = _builtin_terms()
    glossary = dict(g)
    for path in extra:
        glossary.update(read_glossary_file(path))
    return Terms(glossary, places, provs, dict(place_names or {}))


@lru_cache(maxsize=1)
def default_terms() -> Terms:
    return load_terms()
