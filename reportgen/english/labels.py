"""English statistic labels: a term-base entry, or one composed from term-base parts by a few rules
of the language (a leading verb goes after its object, 的 and a measure noun take "of", A占B比重 is
"A as a share of B"); never a guess: a label with any part the term base does not have gets none."""

from __future__ import annotations

import re

from reportgen.english.names import place_en
from reportgen.english.terms import Term, Terms

_SKIP = "“”\"'《》「」()（）:：;；,，。 \t"
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+&/-]*")
# A share: 占 (A as a share of B), with the measure words that close it, which it makes redundant.
_SHARE = "占"
_SHARE_CLOSERS = ("比重", "的比重", "比例", "的比例", "比", "的比", "份额")
_OF = "的"
_LIST = {"、": ",", "和": "and", "及": "and", "与": "and", "以及": "and", "或": "or", "或者": "or", "并": "and"}
_JOINTS = {_OF, _SHARE, "、", "和", "及", "与", "或", "并", "等"}
_MAX_PARTS = 7
# A verb moved after its object must read as a participle there ("cases concluded", "roads built
# or upgraded"), not as a finite phrase ("approved the arrest of").
_PARTICIPLE = re.compile(r"^(?:[a-z]+ )?[a-z-]+(?:ed|en|wn|ld|lt|nt|ht|id|un|ne|de|pt|ut|st)"
                         r"(?: (?:or|and) [a-z-]+(?:ed|en|wn|ld|lt|nt|ht|id|un|ne|de|pt|ut|st))?(?: \([a-z ]+\))?$"
                         r"|^for sale$|^under construction$")


def _lookup(terms: Terms, zh: str, region: str | None) -> Term | None:
    t = terms.glossary.get(zh)
    if t is None and (ctx := terms.contextual.get(zh)) is not None:
        t = ctx.get(region or "")
    return t


def segment(terms: Terms, text: str, region: str | None = None) -> list[Term] | None:
    """Cover `text` with term-base terms in as few parts as possible; None if any part is unknown.

    Parts are term-base entries (and context-dependent ones, such as 全区, when `region` says what
    kind of region the item is about), quoted names the term base has, gazetteer places and Latin
    words (PM2.5, 5G) as they are written."""
    n = len(text)
    best: list[tuple[int, list[Term]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        cost, parts = here
        for j, term in _pieces(terms, text, i, region):
            c = cost + (0 if term is None else 1)
            if best[j] is None or c < best[j][0]:  # type: ignore[index]
                best[j] = (c, parts if term is None else parts + [term])
    end = best[n]
    return end[1] if end is not None else None


def _pieces(terms: Terms, text: str, i: int, region: str | None):
    """(end, term) for every part that can start at i; term None for a mark that is skipped."""
    ch = text[i]
    if ch == "“" and (j := text.find("”", i)) > i + 1:
        inner = text[i + 1:j]
        hit = _lookup(terms, inner, region)
        if hit is not None:
            yield j + 1, Term(inner, f"“{hit.en}”", "n", hit.note, hit.source)
        for k in range(min(len(text), i + terms.max_len), j, -1):  # a term that is written with its quotes
            if (t := _lookup(terms, text[i:k], region)) is not None:
                yield k, t
        return
    if ch in _SKIP:
        yield i + 1, None
        return
    if ch in _JOINTS:  # a grammatical joint: the composition rules read it
        yield i + 1, Term(ch, "", "f")
    if (m := _LATIN.match(text, i)) is not None:
        yield m.end(), Term(m.group(), m.group(), "n")
        return
    for j in range(min(len(text), i + terms.max_len), i, -1):
        t = _lookup(terms, text[i:j], region)
        if t is not None:
            yield j, t
    for j in range(min(len(text), i + 12), i + 1, -1):  # a gazetteer place name
        en, origin = place_en(text[i:j], terms, short=True, pinyin=False)
        if en and origin == "gazetteer":
            yield j, Term(text[i:j], en, "a")
            break


def _join(parts: list[Term]) -> str:
    """Parts in order, lists joined with commas and 'and'."""
    out = ""
    for i, p in enumerate(parts):
        word = _LIST.get(p.zh)
        if p.zh == "等":
            out += " and other" if i + 1 < len(parts) else ""
        elif word == ",":
            out = out.rstrip() + ","
        elif word:
            out += f" {word}"
        elif p.en.startswith(","):
            out = out.rstrip() + p.en
        elif p.en.startswith("“") and out.endswith("”"):  # “积案”“难案” → “backlog cases” and “difficult cases”
            out += " and " + p.en
        else:
            out += (" " if out and not out.endswith(" ") else "") + p.en
    return re.sub(r"\s+", " ", out).strip()


def _content(parts: list[Term]) -> bool:
    return any(p.pos not in ("f", "v") and p.zh not in _JOINTS for p in parts)


def compose(parts: list[Term]) -> str | None:
    """Term-base parts in English order, or None when they do not make a label:

    - a leading verb goes after its object (审结 + 刑事案件 → "criminal cases concluded");
    - A 占 B (比重) → "A as a share of B";
    - A 的 B → "B of A";
    - a closing measure noun (pos h: 比重 share, 规模 size, 增加值 value added) takes "of":
      旅游 + 增加值 → "value added of tourism"; a closing change (pos g: 增长 growth) takes "in";
    - an opening tag (pos t: 力争 target) goes in brackets at the end;
    - a list (、和及与) is joined with commas and "and"; 等 closing a list is dropped.
    """
    parts = [p for p in parts if p.en or p.zh in _JOINTS]
    while parts and parts[-1].zh == "等":
        parts = parts[:-1]
    if not parts or not _content(parts) or len([p for p in parts if p.zh not in _JOINTS]) > _MAX_PARTS:
        return None
    if parts[0].pos == "f" or parts[0].zh in _LIST or parts[-1].pos == "f" or parts[-1].zh in _LIST:
        return None
    if any(a.en == b.en for a, b in zip(parts, parts[1:], strict=False)):
        return None  # the same English twice in a row: the parts overlap in meaning
    zhs = [p.zh for p in parts]
    if _SHARE in zhs:
        k = zhs.index(_SHARE)
        whole = parts[k + 1:]
        if whole and whole[-1].zh in _SHARE_CLOSERS:
            whole = whole[:-1]
        left, right = compose(parts[:k]), compose(whole)
        return f"{left} as a share of {right}" if left and right else None
    if _OF in zhs:
        k = len(zhs) - 1 - zhs[::-1].index(_OF)
        owner, owned = compose(parts[:k]), compose(parts[k + 1:])
        return f"{owned} of {owner}" if owner and owned else None
    verbs: list[Term] = []
    while len(parts) > 1 and parts[0].pos == "v" and _content(parts[1:]):
        verbs, parts = verbs + [parts[0]], parts[1:]
    if any(_PARTICIPLE.match(v.en) is None for v in verbs):
        return None
    tags: list[Term] = []
    while len(parts) > 1 and parts[0].pos == "t":  # 力争 X: a target, 预计 X: an estimate
        tags, parts = tags + [parts[0]], parts[1:]
    if any(p.pos == "t" for p in parts):
        return None
    if len(parts) > 1 and parts[-1].pos in ("h", "g") and _content(parts[:-1]) and parts[-2].pos != "v":
        body = f"{parts[-1].en} {'of' if parts[-1].pos == 'h' else 'in'} {_join(parts[:-1])}"
    else:
        body = _join(parts)
    if verbs:
        body += " " + " ".join(v.en for v in verbs)
    if tags:
        body += " (" + ", ".join(t.en for t in tags) + ")"
    return body.strip() or None


def label_en(label: str, terms: Terms, region: str | None = None) -> tuple[str | None, str]:
    """(English label, origin): origin `glossary` (one term-base entry), `composed` (from term-base
    parts) or `missing`. `region` is the kind of region the item is about (autonomous_region,
    district or None), for words such as 全区 whose English depends on it."""
    label = (label or "").strip()
    if not label:
        return None, "missing"
    hit = _lookup(terms, label, region)
    if hit is not None:
        return terms.localize(hit.en), "glossary"
    parts = segment(terms, label, region)
    if not parts:
        return None, "missing"
    if len(parts) == 1 and parts[0].zh == label.strip(_SKIP):
        return terms.localize(parts[0].en), "glossary"
    en = compose(parts)
    if en is None:
        return None, "missing"
    return terms.localize(en), "composed"
