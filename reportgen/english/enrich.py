"""Add the English side to a YAML summary, keeping what a person wrote.

Each English string has an origin in the `<field>_origin` key beside it: `glossary` (one
term-base, gazetteer or law-table entry), `composed` (from term-base parts), `gazetteer`,
`pinyin`, `generated`, `human`, `machine`, or `missing` (no English could be built: the field is
null and listed in `en_missing`). A field whose origin is `human`, or that has text but no origin
(a person edited it and removed the origin), is kept as it is by later parses and builds. Names
written in pinyin that their bearers spell otherwise (Tibetan, Uyghur) are listed in `en_review`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reportgen.english.documents import campaign_en, document_en
from reportgen.english.figures import figure_en
from reportgen.english.generate import own_level, summary_en, title_en
from reportgen.english.headings import heading_en
from reportgen.english.labels import label_en
from reportgen.english.names import institution_en, name_review, person_en, place_en
from reportgen.english.terms import Terms
from reportgen.english.translate import GlossaryOnly, Translator
from reportgen.extract.stats import find_stats
from reportgen.extract.wording import CAVEAT_WORD, SHARE_TERMS

HUMAN = "human"
_ORDINAL = re.compile(r"^\s*(?:(?P<cn>[一二三四五六七八九十]{1,3})[、.．]|[（(](?P<paren>[一二三四五六七八九十]{1,3})[）)]|"
                      r"(?P<num>\d{1,2})[、.．]\s*)")
_CN = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_LEAD = "—-–－ 　\t"
_TRAIL = "。.！!；;：:，, 　"

# a run's label ends with the trend it is a run of (收案数同比下降, from 连续14个月同比下降)
_RUN_LABEL = re.compile(r"(.{2,}?)(同比|环比)?(上升|下降|增长|减少|负增长|攀升|下滑|回落|递增|递减)")
_RUN_COMPARED = {"同比": " year on year", "环比": " month on month", None: ""}


def _run_en(label: str, terms: Terms, region: str | None) -> tuple[str | None, str]:
    """English for a run's label: what ran, and which way ("number of cases received, down year on year")."""
    m = _RUN_LABEL.fullmatch(label)
    if m is None:
        return None, "missing"
    base, _ = label_en(m.group(1), terms, region)
    if base is None:
        return None, "missing"
    way = "down" if m.group(3) in ("下降", "减少", "负增长", "下滑", "回落", "递减") else "up"
    return f"{base}, {way}{_RUN_COMPARED[m.group(2)]}", "composed"


def _kept(old: Mapping[str, Any] | None, key: str) -> tuple[Any, str] | None:
    """The old value of `key` if a person wrote it."""
    if not old or old.get(key) in (None, ""):
        return None
    origin = old.get(f"{key}_origin")
    if origin == HUMAN or origin is None:
        return old[key], HUMAN
    return None


def _counted_first(stat: Mapping[str, Any]) -> bool:
    """Does the label follow its figure in the sentence (28个省份开展…试点), so that the figure counts
    the label's first noun, not what the label's verb made?"""
    label, sentence = stat.get("label") or "", re.sub(r"\s", "", stat.get("sentence") or "")
    written = f"{stat.get('value') or ''}{stat.get('unit') or ''}"
    return bool(label and written) and f"{written}{label}" in sentence


def _set(obj: dict[str, Any], key: str, value: str | None, origin: str) -> None:
    obj[key] = value
    obj[f"{key}_origin"] = origin if value else "missing"


def region_kind(item: Mapping[str, Any], terms: Terms) -> str | None:
    """The kind of region the item is about, for words whose English depends on it (全区, 区委):
    `autonomous_region` (its own institutions are the region's, or its widest region is an
    autonomous region and no city district is named), `district` (a city district is named and no
    autonomous region), or None when the item does not say."""
    own = own_level(item)
    if own == "autonomous_region":
        return own
    levels = {r.get("level") for r in item.get("regions") or []}
    if own is None and "autonomous_region" in levels and "district" not in levels:
        return "autonomous_region"
    if "district" in levels and "autonomous_region" not in levels and own is None:
        return "district"
    return None


def _name_list(names: list[str], terms: Terms, old: list[dict] | None, make) -> list[dict[str, Any]]:
    """Campaign names and document titles: built from data, or kept when a person (or the
    configured engine) wrote them; never pinyin."""
    before = {o.get("zh"): o for o in old or [] if isinstance(o, dict)}
    out: list[dict[str, Any]] = []
    for zh in names:
        prev = before.get(zh)
        if prev and prev.get("origin") in (HUMAN, "machine") and prev.get("en"):
            out.append({"zh": zh, "en": prev["en"], "origin": prev["origin"]})
            continue
        en, origin = make(zh, terms)
        out.append({"zh": zh, "en": en, "origin": origin if en else "missing"})
    return out


def phrase_en(text: str, terms: Terms, region: str | None) -> tuple[str | None, str]:
    """English for a short heading, subtitle, dispute or caption: a term-base entry or a phrase
    composed from its parts, with a leading ordinal (一、（二）3.) kept as a number."""
    t = (text or "").strip().lstrip(_LEAD).rstrip(_TRAIL).strip()
    if t.startswith("图为"):
        t = t[2:]
    prefix = ""
    if (m := _ORDINAL.match(t)) is not None:
        if m["cn"]:
            prefix = f"{_cn_number(m['cn'])}. "
        elif m["paren"]:
            prefix = f"({_cn_number(m['paren'])}) "
        else:
            prefix = f"{m['num']}. "
        t = t[m.end():].strip()
    if not t or not prefix and not re.search(r"[\u4e00-\u9fff]", t):
        return None, "missing"
    if (official := heading_en(t)) is not None:
        return prefix + official, "glossary"  # 一、2025年工作回顾: the work report's own English
    en, origin = label_en(t, terms, region)
    if en is None:
        return None, "missing"
    return prefix + en[:1].upper() + en[1:], origin


def _cn_number(cn: str) -> int:
    if cn == "十":
        return 10
    if cn.startswith("十"):
        return 10 + _CN.get(cn[1:], 0)
    if "十" in cn:
        a, _, b = cn.partition("十")
        return _CN.get(a, 0) * 10 + (_CN.get(b, 0) if b else 0)
    return _CN.get(cn, 0)


_CAVEAT_WORD = re.compile(CAVEAT_WORD)
_LIST_JOINT = "、，,和及与 \u3000"


def caveat_en(caveat: str, terms: Terms, region: str | None = None) -> str | None:
    """A figure's caveat in English (含旧存343件 → including cases left over from previous years:
    343 cases; 不含民特案件 → excluding …), or None when a part of it has none. Its figures are said
    as figures are, each after the words that name it."""
    if SHARE_TERMS.fullmatch(caveat):
        return re.sub(r"\s*[:∶]\s*", ":", caveat)  # 8.7∶41.2∶50.1: the shares a term is one of
    word = _CAVEAT_WORD.match(caveat)
    if word is None:
        return None
    rest = caveat[word.end():]
    parts: list[str] = []
    pos = 0
    for st in find_stats(rest):
        if st.start < pos:
            return None
        figure = figure_en({"norm": st.norm, "norm_unit": st.norm_unit, "unit": st.unit_text, "kind": st.kind,
                            "value": rest[st.num_start:st.num_end], "qualifier": st.qualifier,
                            "norm_max": st.value_max})
        if figure is None:
            return None
        named = rest[pos:st.start].strip(_LIST_JOINT)
        if named:
            en, _ = label_en(named, terms, region)
            if en is None:
                return None
            parts.append(f"{en}: {figure}")
        elif parts:
            parts[-1] += f", {figure}"  # 1件1人: the same thing counted twice
        else:
            parts.append(figure)  # 5万元以上（含5万元）
        pos = st.end
    tail = rest[pos:].strip(_LIST_JOINT)
    if tail:
        if parts:
            return None
        en, _ = label_en(tail, terms, region)
        if en is None:
            return None
        parts.append(f"the {en}" if en.startswith(("number of ", "amount of ")) else en)
    if not parts:
        return None
    return ("excluding " if "不" in word.group() else "including ") + "; ".join(parts)


def enrich_item(item: dict[str, Any], terms: Terms, old: Mapping[str, Any] | None = None,
                translator: Translator | None = None, traditional: bool = False,
                review: list[str] | None = None) -> list[str]:
    """Fill the item's English fields; returns the ids/fields still missing English.

    `traditional`: the page was printed in traditional characters; names and labels are looked
    up in their simplified form (the term base and gazetteer are simplified). Names whose pinyin
    a person should check are appended to `review`.
    """
    translator = translator or GlossaryOnly()
    from reportgen.clean import to_simplified

    def simp(x: str) -> str:
        return to_simplified(x) if traditional else x
    region = region_kind(item, terms)
    missing: list[str] = []
    old_stats = {s.get("id"): s for s in (old or {}).get("stats") or []}
    for s in item.get("stats") or []:
        prev = old_stats.get(s["id"])
        kept = _kept(prev, "label_en") if prev and prev.get("label") == s.get("label") else None
        if kept:
            _set(s, "label_en", *kept)
        else:
            en, origin = label_en(simp(s.get("label") or ""), terms, region, counted_first=_counted_first(s))
            if en is None and s.get("kind") == "duration":
                en, origin = _run_en(simp(s.get("label") or ""), terms, region)
            if en is None and s.get("label"):
                mt = translator.translate(s["label"])
                en, origin = (mt, translator.origin) if mt else (None, "missing")
            _set(s, "label_en", en, origin)
        if s["label_en"] is None:
            missing.append(f"{s['id']} label {s.get('label')!r}")
        if s.get("caveat"):
            kept = _kept(prev, "caveat_en") if prev is not None and prev.get("caveat") == s["caveat"] else None
            if kept is None:  # composed only when no one wrote it
                en = caveat_en(simp(s["caveat"]), terms, region)
                kept = (en, "composed" if en else "missing")
            _set(s, "caveat_en", *kept)
            if s["caveat_en"] is None:
                missing.append(f"{s['id']} caveat {s['caveat']!r}")
    for r in item.get("regions") or []:
        en, origin = place_en(simp(r["name"]), terms)
        _set(r, "name_en", en, origin)
    for inst in item.get("institutions") or []:
        en, origin = institution_en(simp(inst["name"]), terms, region)
        _set(inst, "name_en", en, origin)
    for p in item.get("people") or []:
        en, origin = person_en(simp(p["name"]))
        _set(p, "name_en", en, origin)
        why = name_review(simp(p["name"])) if en else None
        if why and review is not None:
            review.append(f"{item['id']} person {p['name']} {en!r}: {why}")
    old_item = old or {}
    item["campaigns_en"] = _name_list([simp(c) for c in item.get("campaigns") or []], terms,
                                      old_item.get("campaigns_en"), campaign_en)
    item["documents_en"] = _name_list([simp(d) for d in item.get("documents") or []], terms,
                                      old_item.get("documents_en"), document_en)
    for what, key in (("campaign", "campaigns_en"), ("document", "documents_en")):
        for original, entry in zip(item.get(key[:-3]) or [], item[key], strict=True):
            entry["zh"] = original
            if not entry["en"]:
                missing.append(f"{item['id']} {what} {original!r}")
    _phrases(item, terms, old_item, region, simp, missing)
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


def _phrases(item: dict[str, Any], terms: Terms, old: Mapping[str, Any], region: str | None, simp,
             missing: list[str]) -> None:
    """English for the subtitle, section headings, case disputes and photo captions, where the
    term base can build it; each one it cannot is listed as missing."""
    if item.get("subtitle"):
        kept = _kept(old, "subtitle_en")
        _set(item, "subtitle_en", *(kept or phrase_en(simp(item["subtitle"]), terms, region)))
        if not item["subtitle_en"]:
            missing.append(f"{item['id']} subtitle {item['subtitle']!r}")
    sections = list(dict.fromkeys(s["section"] for s in item.get("stats") or [] if s.get("section")))
    if sections:
        before = {o.get("zh"): o for o in old.get("sections_en") or [] if isinstance(o, dict)}
        out = []
        for zh in sections:
            prev = before.get(zh)
            if prev and prev.get("origin") == HUMAN and prev.get("en"):
                en, origin = prev["en"], HUMAN
            else:
                en, origin = phrase_en(simp(zh), terms, region)
            out.append({"zh": zh, "en": en, "origin": origin if en else "missing"})
            if not en:
                missing.append(f"{item['id']} section {zh!r}")
        item["sections_en"] = out
    old_cases = old.get("cases") or []
    for n, case in enumerate(item.get("cases") or [], 1):
        if not case.get("dispute"):
            continue
        prev = old_cases[n - 1] if n <= len(old_cases) and isinstance(old_cases[n - 1], dict) else None
        kept = _kept(prev, "dispute_en") if prev and prev.get("dispute") == case["dispute"] else None
        _set(case, "dispute_en", *(kept or phrase_en(simp(case["dispute"]), terms, region)))
        if not case["dispute_en"]:
            missing.append(f"{item['id']} case {n} dispute {case['dispute']!r}")
    old_photos = old.get("photos") or []
    for n, photo in enumerate(item.get("photos") or [], 1):
        if not photo.get("caption"):
            continue
        prev = old_photos[n - 1] if n <= len(old_photos) and isinstance(old_photos[n - 1], dict) else None
        kept = _kept(prev, "caption_en") if prev and prev.get("caption") == photo["caption"] else None
        _set(photo, "caption_en", *(kept or phrase_en(simp(photo["caption"]), terms, region)))
        if not photo["caption_en"]:
            missing.append(f"{item['id']} photo {n} caption")


# Each English key goes after the Chinese key it translates (several may follow one key).
_AFTER = {"title_en": "subtitle", "subtitle_en": "subtitle", "summary_en": "summary", "campaigns_en": "campaigns",
          "documents_en": "documents", "sections_en": "stats", "label_en": "label", "name_en": "name",
          "dispute_en": "dispute", "caption_en": "caption"}
_BESIDE: dict[str, list[str]] = {}
for _en, _zh in _AFTER.items():
    _BESIDE.setdefault(_zh, []).append(_en)


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
        for en_key in _BESIDE.get(k, ()):
            if en_key in present:
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
    """Fill English for every item; sets `en_missing` and `en_review` and returns the missing list."""
    old_items = {a.get("id"): a for a in (old or {}).get("articles") or [] if isinstance(a, dict)}
    missing: list[str] = []
    review: list[str] = []
    for item in summary.get("articles") or []:
        missing.extend(enrich_item(item, terms, old_items.get(item.get("id")), translator,
                                   traditional=bool((summary.get("page") or {}).get("simplified_from_traditional")),
                                   review=review))
        _place_english_beside(item)
        for part in ("stats", "regions", "institutions", "people", "cases", "photos"):
            for entry in item.get(part) or []:
                _place_english_beside(entry)
    summary["en_missing"] = missing
    summary["en_review"] = review
    return missing


def missing_warning(name: str, missing: list[str]) -> str:
    """One line naming what has no English (the full list is `en_missing` in the summary)."""
    shown = "; ".join(missing[:3]) + (f"; … {len(missing) - 3} more" if len(missing) > 3 else "")
    return f"{name}: no English for {len(missing)} field(s), listed under en_missing ({shown})"
