"""English statistic labels: a glossary entry, or one composed from glossary parts; never a guess."""

from __future__ import annotations

from reportgen.english.names import place_en
from reportgen.english.pinyin import pinyin_phrase
from reportgen.english.terms import Term, Terms

_PUNCT = "“”\"'《》「」()（）:：;；,，。 \t"


def segment(terms: Terms, text: str) -> list[Term] | None:
    """Cover `text` with glossary terms, longest match first; None if any part is unknown."""
    out: list[Term] = []
    i, n = 0, len(text)
    glossary = terms.glossary
    while i < n:
        if text[i] == "“" and (j := text.find("”", i)) > i + 1:
            # a quoted name (campaign, slogan, “积案”): the glossary's, else pinyin with the Chinese kept
            inner = text[i + 1:j]
            hit = glossary.get(inner)
            out.append(Term(inner, f"“{hit.en}”", "n") if hit is not None else _quoted_name(inner))
            i = j + 1
            continue
        if text[i] in _PUNCT:
            i += 1
            continue
        for j in range(min(n, i + terms.max_len), i, -1):
            t = glossary.get(text[i:j])
            if t is not None:
                out.append(t)
                i = j
                break
        else:
            place = _place_prefix(terms, text, i)
            if place is None:
                return None
            out.append(place[0])
            i = place[1]
    return out


def _quoted_name(zh: str) -> Term:
    return Term(zh, f"“{pinyin_phrase(zh)}” ({zh})", "n", "pinyin of a quoted name, Chinese kept")


def _place_prefix(terms: Terms, text: str, i: int) -> tuple[Term, int] | None:
    """The longest gazetteer place name starting at i (up to 12 characters)."""
    for j in range(min(len(text), i + 12), i + 1, -1):
        en, origin = place_en(text[i:j], terms)
        if en and origin == "gazetteer":
            return Term(text[i:j], en), j
    return None


def compose(parts: list[Term]) -> str:
    """Join glossary parts in English order: a leading verb goes after its object
    (审结 + 刑事案件 → 'criminal cases concluded')."""
    verbs: list[Term] = []
    while len(parts) > 1 and parts[0].pos == "v" and any(p.pos not in ("f", "v") for p in parts[1:]):
        verbs, parts = verbs + [parts[0]], parts[1:]
    out = ""
    for i, p in enumerate(parts):
        if p.zh == "等" and i + 1 < len(parts):  # 等 before a noun: "… and other cases"
            out += " and other"
        elif p.en.startswith(","):
            out = out.rstrip() + p.en
        elif p.en.startswith("“") and out.endswith("”"):  # “积案”“难案” → “backlog cases” and “difficult cases”
            out += " and " + p.en
        else:
            out += (" " if out and not out.endswith(" ") else "") + p.en
    if verbs:
        out += " " + " ".join(v.en for v in verbs)
    return out.strip()


def label_en(label: str, terms: Terms) -> tuple[str | None, str]:
    """(English label, origin): origin `glossary`, `composed` (from glossary parts) or `missing`."""
    label = (label or "").strip()
    if not label:
        return None, "missing"
    hit = terms.term(label)
    if hit is not None:
        return terms.localize(hit.en), "glossary"
    parts = segment(terms, label)
    if not parts or all(p.pos == "f" for p in parts):
        return None, "missing"
    if parts[0].pos == "f" or parts[-1].pos == "f" and parts[-1].zh != "等":
        return None, "missing"
    return terms.localize(compose(parts)), "composed"
