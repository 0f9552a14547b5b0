"""English for document titles and campaign names, from data only.

A title is, in this order: a law or judicial interpretation with its official English title
(`laws.yaml`); a title the term base has whole (政府工作报告 → Report on the Work of the
Government); or a title built from its structure, as official translations build them
(`doc_patterns.yaml`: 关于…的意见 → "Opinions on …", …条例 → "Regulations on …", with the issuer
as "of the Supreme People's Court"), the inner part being a law title, a term-base entry or a
phrase composed from term-base parts. When a part cannot be built the title has no English: the
Chinese is kept and the title is listed in `en_missing`. Nothing is written in pinyin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from reportgen.english.labels import compose, segment
from reportgen.english.terms import Term, Terms
from reportgen.yamlio import _Loader

_NOISE = re.compile(r"\(\?javascript:[^)]*\)\?\)|\(\?[^)]*\?\)")
_MARKS = str.maketrans({"〈": "《", "〉": "》", "<": "《", ">": "》", "＜": "《", "＞": "》", "(": "（", ")": "）"})
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
          "under", "over", "per", "via"}
_ISSUER_SEP = re.compile(r"[\s、,，]+")


@dataclass(frozen=True)
class Form:
    """A title structure: a regular expression over the Chinese title and the English it makes."""

    pattern: re.Pattern[str]
    en: str
    source: str


@dataclass(frozen=True)
class Patterns:
    """The title structures of `doc_patterns.yaml`."""

    about: tuple[Form, ...]  # forms of a title with 关于
    titles: tuple[Form, ...]  # forms of a title without it
    openers: dict[str, str]  # verbs that open an inner part (适用 → the Application of)
    title_openers: dict[str, str]  # verbs that open one only right before a title in marks (执行《…》)
    campaigns: tuple[Form, ...]  # forms of a campaign name


@lru_cache(maxsize=1)
def _patterns() -> Patterns:
    data = yaml.load(resources.files("reportgen.data").joinpath("doc_patterns.yaml").read_text("utf-8"),
                     Loader=_Loader)

    def forms(key: str) -> tuple[Form, ...]:
        out = []
        for f in data[key]:
            rx = (re.escape(f["zh"]).replace(r"\{x\}", "(?P<x>.+?)").replace(r"\{p\}", "(?P<p>.+)")
                  .replace(r"\{n\}", "(?P<n>[一二三四五六七八九十]+)"))
            out.append(Form(re.compile(f"^{rx}$"), f["en"], f["source"]))
        return tuple(out)

    def verbs(key: str) -> dict[str, str]:
        return {v["zh"]: v["en"] for v in data.get(key) or ()}

    return Patterns(forms("about"), forms("titles"), verbs("openers"), verbs("title_openers"), forms("campaigns"))


def clean_title(title: str) -> str:
    """A title as cited, without web-page debris and with one kind of title marks: 《…》."""
    t = _NOISE.sub("", title or "").translate(_MARKS).strip()
    return t[1:-1] if t.startswith("《") and t.endswith("》") and t.count("《") == 1 else t


def title_case(text: str, first: bool = True) -> str:
    """Capitalize the words of an English title except short function words (unless `first` and
    the word opens the title)."""
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        if (i or not first) and w.lower() in _SMALL:
            out.append(w.lower())
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def _issuer_en(issuer: str, terms: Terms) -> str | None:
    """'the Supreme People's Court', 'the Supreme People's Court, the Supreme People's Procuratorate
    and the Ministry of Public Security' for issuers the term base names."""
    from reportgen.english.names import institution_en

    names = [n for n in _ISSUER_SEP.split(issuer.strip()) if n]
    out = []
    for n in names:
        t = terms.term(n)
        en = t.en if t is not None else institution_en(n, terms)[0]
        if not en:
            return None
        out.append(en if en.startswith("the ") else f"the {en}")
    if not out:
        return None
    return out[0] if len(out) == 1 else ", ".join(out[:-1]) + " and " + out[-1]


def _inner_en(x: str, terms: Terms, depth: int) -> str | None:
    """The English of a title's inner part: a title in marks, a term-base entry, or a phrase
    opened by a verb the patterns know (适用 → the Application of) and composed from term-base parts."""
    x = x.strip()
    if not x:
        return None
    if x.startswith("《") and x.endswith("》") and x.count("《") == 1:
        en, _ = document_en(x[1:-1], terms, depth + 1)
        return en
    if "《" in x:  # a title inside: 适用《…》 → the Application of …
        m = re.match(r"^(?P<a>[^《]*)《(?P<t>[^》]+)》(?P<b>.*)$", x)
        if m is None:
            return None
        inner, _ = document_en(m["t"], terms, depth + 1)
        if inner is None:
            return None
        a = _patterns().title_openers.get(m["a"]) or (_inner_en(m["a"], terms, depth) if m["a"] else "")
        b = _phrase_en(m["b"], terms) if m["b"] else ""
        if a is None or b is None or a and not a.endswith(" of"):
            return None  # 执行《…》: a word before the title that no opener form renders
        return " ".join(s for s in (a, f"the {inner}" if not inner.startswith("the ") else inner, b) if s)
    if x in terms.laws or "中华人民共和国" + x in terms.laws:
        en, _ = document_en(x, terms, depth + 1)
        return f"the {en}" if en and not en.startswith("the ") else en
    openers = _patterns().openers
    for zh in sorted(openers, key=len, reverse=True):
        if x.startswith(zh) and len(x) > len(zh):
            rest = _inner_en(x[len(zh):], terms, depth)
            return f"{openers[zh]} {rest}" if rest else None
        if x == zh:
            return openers[zh]
    return _phrase_en(x, terms)


def _phrase_en(x: str, terms: Terms) -> str | None:
    t = terms.term(x)
    if t is not None:
        return t.en
    parts = segment(terms, x)
    if not parts or any(p.pos == "v" for p in parts):  # a verb in a title needs an opener form
        return None
    return compose(parts)


def document_en(title: str, terms: Terms, depth: int = 0) -> tuple[str | None, str]:
    """(English title, origin) for a document in 《》: origin `glossary` (a law or a term-base
    entry), `composed` (built from the title's structure) or `missing`."""
    t = clean_title(title)
    if not t or depth > 3:
        return None, "missing"
    plain = t.replace("《", "").replace("》", "")
    for key in (t, plain, "" if plain.startswith("中华人民共和国") else "中华人民共和国" + plain):
        law = terms.laws.get(key) if key else None
        if law is not None and law.en:
            return law.en, "glossary"
    hit = terms.term(t)
    if hit is not None:
        return hit.en, "glossary"
    about, titles = _patterns().about, _patterns().titles
    issuer, sep, rest = t.partition("关于")
    if sep:
        of = ""
        if issuer.strip():
            who = _issuer_en(issuer, terms)
            if who is None:
                return None, "missing"
            of = f" of {who}"
        for form in about:
            m = form.pattern.match(rest)
            if m is None:
                continue
            x = _inner_en(m["x"], terms, depth)
            if x is None:
                return None, "missing"
            return _fill(form.en, of, x), "composed"
        return None, "missing"
    for form in titles:
        m = form.pattern.match(t)
        if m is None:
            continue
        x = _inner_en(m["x"], terms, depth)
        if x is None:
            continue
        n = m.groupdict().get("n")
        return _fill(form.en, "", x, _roman(n) if n else ""), "composed"
    return None, "missing"


def _fill(template: str, of: str, x: str, n: str = "") -> str:
    en = template.replace("{of}", of).replace("{n}", n)
    head, _, tail = en.partition("{x}")
    return f"{head}{title_case(x, first=not head)}{tail}"


_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _roman(cn: str) -> str:
    """十一 → XI (amendments are numbered so)."""
    if cn == "十":
        v = 10
    elif cn.startswith("十"):
        v = 10 + _CN_DIGITS.get(cn[1:], 0)
    elif "十" in cn:
        a, _, b = cn.partition("十")
        v = _CN_DIGITS.get(a, 0) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    else:
        v = _CN_DIGITS.get(cn, 0)
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while v >= value:
            out += letters
            v -= value
    return out


# a programme named by its number (211工程 → Project 211, 863计划 → Program 863, “117项目”)
_NUMBERED = re.compile(r"(\d{2,4})(工程|项目|计划)")
_NUMBERED_EN = {"工程": "Project", "项目": "Project", "计划": "Program"}


def campaign_en(name: str, terms: Terms) -> tuple[str | None, str]:
    """(English, origin) for a campaign or initiative named in quotes: the term base's, else one
    composed from term-base parts; never pinyin."""
    zh = name.strip().strip("“”\"")
    hit = terms.term(zh)
    if hit is not None and hit.pos == "n":  # a verb or a modifier (升级 → "upgraded") names no campaign
        return hit.en, "glossary"
    if (numbered := _NUMBERED.fullmatch(zh)) is not None:  # 117项目, 211工程, 863计划: a name, not a count
        return f"{_NUMBERED_EN[numbered.group(2)]} {numbered.group(1)}", "composed"
    for form in _patterns().campaigns:  # …专项行动 → special campaign focusing on …; 投资江西 → Invest in Jiangxi
        m = form.pattern.match(zh)
        if m is None:
            continue
        if "p" in m.groupdict():
            from reportgen.english.names import place_en

            place, origin = place_en(m["p"], terms, short=True, pinyin=False)
            if place and origin == "gazetteer":
                return form.en.replace("{p}", place), "composed"
        elif x := _phrase_en(m["x"].strip("“”"), terms):
            return form.en.replace("{x}", x), "composed"
    parts = segment(terms, zh)
    if not parts or parts[0].pos == "v":
        return None, "missing"  # 推进法治政府建设: an action, which a label would say with a participle after it
    en = compose([p for p in parts if isinstance(p, Term)])
    return (en, "composed") if en else (None, "missing")
