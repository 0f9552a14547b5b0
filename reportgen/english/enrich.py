"""Add the English side to a YAML summary, keeping what a person wrote.

Each English string has an origin in the `<field>_origin` key beside it: `glossary`,
`composed` (from glossary parts), `gazetteer`, `pinyin`, `generated`, `human`, `machine`,
or `missing` (no English could be built: the field is null and a warning is listed).
A field whose origin is `human`, or that has text but no origin (a person edited it and
removed the origin), is kept as it is by later parses and builds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportgen.english.generate import summary_en, title_en
from reportgen.english.labels import label_en
from reportgen.english.names import institution_en, person_en, place_en
from reportgen.english.pinyin import pinyin_phrase
from reportgen.english.terms import Terms
from reportgen.english.translate import GlossaryOnly, Translator

HUMAN = "human"


def _kept(old: Mapping[str, Any] | None, key: str) -> tuple[Any, str] | None:
    """The old value of `key` if a person wrote it."""
    if not old or old.get(key) in (None, ""):
        return None
    origin = old.get(f"{key}_origin")
    if origin == HUMAN or origin is None:
        return old[key], HUMAN
    return None


def _set(obj: dict[str, Any], key: str, value: str | None, origin: str) -> None:
    obj[key] = value
    obj[f"{key}_origin"] = origin if value else "missing"


def _name_list(names: list[str], terms: Terms, old: list[dict] | None) -> list[dict[str, Any]]:
    """Campaign names and document titles: a glossary entry, else pinyin word by word."""
    before = {o.get("zh"): o for o in old or [] if isinstance(o, dict)}
    out: list[dict[str, Any]] = []
    for zh in names:
        t = terms.term(zh)
        prev = before.get(zh)
        if t is not None:
            out.append({"zh": zh, "en": t.en, "origin": "glossary"})
        elif prev and prev.get("origin") in (HUMAN, "machine", "pinyin") and prev.get("en"):
            out.append({"zh": zh, "en": prev["en"], "origin": prev["origin"]})
        else:
            en = pinyin_phrase(zh)
            out.append({"zh": zh, "en": en, "origin": "pinyin" if en else "missing"})
    return out


def enrich_item(item: dict[str, Any], terms: Terms, old: Mapping[str, Any] | None = None,
                translator: Translator | None = None, traditional: bool = False) -> list[str]:
    """Fill the item's English fields; returns the ids/fields still missing English.

    `traditional`: the page was printed in traditional characters; names and labels are looked
    up in their simplified form (the glossary and gazetteer are simplified).
    """
    translator = translator or GlossaryOnly()
    from reportgen.clean import to_simplified

    def simp(x: str) -> str:
        return to_simplified(x) if traditional else x
    missing: list[str] = []
    old_stats = {s.get("id"): s for s in (old or {}).get("stats") or []}
    for s in item.get("stats") or []:
        prev = old_stats.get(s["id"])
        kept = _kept(prev, "label_en") if prev and prev.get("label") == s.get("label") else None
        if kept:
            _set(s, "label_en", *kept)
        else:
            en, origin = label_en(simp(s.get("label") or ""), terms)
            if en is None and s.get("label"):
                mt = translator.translate(s["label"])
                en, origin = (mt, translator.origin) if mt else (None, "missing")
            _set(s, "label_en", en, origin)
        if s["label_en"] is None:
            missing.append(f"{s['id']} label {s.get('label')!r}")
    for r in item.get("regions") or []:
        en, origin = place_en(simp(r["name"]), terms)
        _set(r, "name_en", en, origin)
    for inst in item.get("institutions") or []:
        en, origin = institution_en(simp(inst["name"]), terms)
        _set(inst, "name_en", en, origin)
    for p in item.get("people") or []:
        en, origin = person_en(p["name"])
        _set(p, "name_en", en, origin)
    item["campaigns_en"] = _name_list(item.get("campaigns") or [], terms, (old or {}).get("campaigns_en"))
    item["documents_en"] = _name_list(item.get("documents") or [], terms, (old or {}).get("documents_en"))
    for key, make in (("title_en", title_en), ("summary_en", summary_en)):
        kept = _kept(old, key)
        if kept:
            _set(item, key, *kept)
        else:
            _set(item, key, make(item, terms), "generated")
        said = item.get("title" if key == "title_en" else "summary") or item.get("stats")
        if item[key] is None and item.get("kind") != "fragment" and said:  # a bare photo has nothing to say
            missing.append(f"{item['id']} {key}")
    return missing


_AFTER = {"title_en": "subtitle", "summary_en": "summary", "campaigns_en": "campaigns", "documents_en": "documents",
          "label_en": "label", "name_en": "name"}
_BESIDE = {zh: en for en, zh in _AFTER.items()}


def _is_english(key: str) -> bool:
    return key in _AFTER or (key.endswith("_origin") and key[:-7] in _AFTER)


def _english_beside(keys: tuple[str, ...]) -> list[str] | None:
    """The keys in the order that puts each English field after its Chinese one; None when
    there is no English field."""
    english = [k for k in keys if _is_english(k)]
    if not english:
        return None
    present = set(keys)
    order: list[str] = []
    for k in keys:
        if _is_english(k):
            continue
        order.append(k)
        en_key = _BESIDE.get(k)
        if en_key is not None and en_key in present:
            order += [kk for kk in (en_key, f"{en_key}_origin") if kk in present]
    placed = set(order)
    return order + [k for k in english if k not in placed]


# Orders by key sequence: the dicts of one kind (statistics, regions …) share a few shapes.
_ORDERS: dict[tuple[str, ...], list[str] | None] = {}


def _place_english_beside(d: dict[str, Any]) -> None:
    """Move each English field next to the Chinese one it translates, for people editing the YAML."""
    keys = tuple(d)
    if keys in _ORDERS:
        order = _ORDERS[keys]
    else:
        if len(_ORDERS) > 10_000:
            _ORDERS.clear()
        order = _ORDERS[keys] = _english_beside(keys)
    if order is None:
        return
    items = [(k, d[k]) for k in order]
    d.clear()
    d.update(items)


def enrich_summary(summary: Any, terms: Terms, old: Mapping[str, Any] | None = None,
                   translator: Translator | None = None) -> list[str]:
    """Fill English for every item; sets `en_missing` and returns it."""
    old_items = {a.get("id"): a for a in (old or {}).get("articles") or [] if isinstance(a, dict)}
    missing: list[str] = []
    for item in summary.get("articles") or []:
        missing.extend(enrich_item(item, terms, old_items.get(item.get("id")), translator,
                                   traditional=bool((summary.get("page") or {}).get("simplified_from_traditional"))))
        _place_english_beside(item)
        for part in ("stats", "regions", "institutions", "people"):
            for entry in item.get(part) or []:
                _place_english_beside(entry)
    summary["en_missing"] = missing
    return missing


def missing_warning(name: str, missing: list[str]) -> str:
    """One line naming what has no English (the full list is `en_missing` in the summary)."""
    shown = "; ".join(missing[:3]) + (f"; … {len(missing) - 3} more" if len(missing) > 3 else "")
    return f"{name}: no English for {len(missing)} field(s), listed under en_missing ({shown})"
