"""English statistic labels: a glossary entry, or one composed from glossary parts; never a guess."""

from __future__ import annotations

from reportgen.english.terms import Term, Terms


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
    parts = terms.segment(label)
    if not parts or all(p.pos == "f" for p in parts):
        return None, "missing"
    if parts[0].pos == "f" or parts[-1].pos == "f" and parts[-1].zh != "等":
        return None, "missing"
    return terms.localize(compose(parts)), "composed"
