"""Stage 5, summarize: turn a segmented page into the YAML summary (schema version 1).

Every string in the summary is taken from the original file through the character map,
so traditional characters and full-width digits appear as the page printed them.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportgen import __version__
from reportgen.clean import CleanPage, Mapped, Para, sentences
from reportgen.extract.cases import find_cases
from reportgen.extract.entities import Person, Quote, find_institutions, find_people, find_quotes
from reportgen.extract.labels import JOINT_ONLY
from reportgen.extract.numbers import to_plain
from reportgen.extract.periods import Mention, mentions, names_a_day, page_year, since_before, year_part
from reportgen.extract.places import find_places
from reportgen.extract.scope import Scope, item_scope, local_currency, stat_region
from reportgen.extract.stats import SIGNS, RawStat, item_stats, period_of_text
from reportgen.extract.terms import find_campaigns, find_documents, keywords, topic
from reportgen.extract.wording import baseline_start, caveat_after, lead_start, terms_around
from reportgen.read import Source
from reportgen.segment import Item
from reportgen.summary import Summary

SCHEMA_VERSION = 1
CONTEXT = 80  # a statistic's `sentence` holds at most this many characters either side of the figure
CONTEXT_MAX = 400  # and at most this many in all (docs/schema.json)
CLAUSE_REACH = 200  # how far back the clause of a figure is looked for (its region: the institutions it names)
_SPACES = re.compile(r"\s+")


_HASH_NAMED = re.compile(r"(?P<head>[^\W_]{1,16})[_\s]+[0-9a-f]{8,64}", re.ASCII)
_NOT_ID = re.compile(r"[^\w\-]+")


def id_prefix(path: Path) -> str:
    """Item ids start with the file's name, so that files of one folder never share an id:
    `2026-01-14_执行.txt` → `2026-01-14_执行`. A name that is a serial and a content hash keeps
    only the serial (`000_d993715c01815687.txt` → `000`). Characters other than letters, digits,
    `_` and `-` become `_`; a name over 40 characters is cut and ends in a hash of the whole."""
    stem = path.stem
    m = _HASH_NAMED.fullmatch(stem)
    if m:
        return m["head"]
    name = _NOT_ID.sub("_", stem).strip("_") or "item"
    if len(name) > 40:
        name = f"{name[:32]}~{hashlib.sha256(stem.encode()).hexdigest()[:7]}"
    return name


_RUN_FILLER = re.compile(r"\s|实现")  # 连续三年实现正增长: the trend said without them


@dataclass
class _ParaView:
    para: Para
    offset: int  # where the body starts (after a dateline)

    @property
    def text(self) -> str:
        return self.para.text


_PIECES_REACH = 160  # how far from its figure the words of a put-together label are looked for


class _ItemBuilder:
    def __init__(self, page: CleanPage, item: Item, item_id: str, published: int | None = None,
                 currency: str | None = None) -> None:
        self.page = page
        self.published = published  # the year the page was published (what 今年 means), when known
        self.currency = currency  # whose dollar a bare 元 is on this page (scope.local_currency), if not the renminbi
        self.orig = page.orig
        self.item = item
        self.id = item_id
        self.body = [_ParaView(b.para, b.offset) for b in item.blocks if b.role in ("body", "bullet")]
        self.text = "\n".join(v.text[v.offset:] for v in self.body)
        self._starts = list(itertools.accumulate((len(v.text) - v.offset + 1 for v in self.body[:-1]), initial=0))
        # people found in the whole paragraph (for quote roles) and after a dateline (listed)
        self.found_people: list[tuple[list[Person], list[Person]]] = []
        for v in self.body:
            whole = find_people(v.text)
            self.found_people.append((whole, find_people(v.text[v.offset:]) if v.offset else whole))
        self.found_quotes: list[list[Quote]] = [find_quotes(v.text) for v in self.body]
        self._orig_of: dict[str, str] = {}

    def o(self, m: Mapped, i: int, j: int) -> str:
        return m.original_text(self.orig, i, j)

    def para_orig(self, p: Para) -> str:
        return self.o(p.mapped, 0, len(p.text))

    def orig_of(self, s: str) -> str:
        """The original spelling of an analysis string found in the item's body."""
        if not s or "\n" in s:  # no paragraph holds a line break
            return s
        if (known := self._orig_of.get(s)) is not None:
            return known
        found = s
        k = self.text.find(s)  # the body's paragraphs joined by line breaks: the first that holds s
        if k >= 0:
            i = bisect.bisect_right(self._starts, k) - 1
            v = self.body[i]
            k += v.offset - self._starts[i]
            found = self.o(v.para.mapped, k, k + len(s))
        self._orig_of[s] = found
        return found

    def build(self, page_period: str | None = None) -> dict[str, Any]:
        """The item's record; `page_period` is the year of the page's banner (see summarize), which
        scopes an item whose own heading states none."""
        item = self.item
        title = " ".join(self.para_orig(p) for p in item.title) or None
        subtitle = self.para_orig(item.subtitle) if item.subtitle else None
        heading_text = " ".join(p.text for p in item.title) + (item.subtitle.text if item.subtitle else "")
        item_period = period_of_text(heading_text) or page_period
        tokens = self._tokens()
        institutions = find_institutions(tokens)
        names = [i.name for i in institutions]
        lead = "\n".join(v.text[v.offset:] for v in self.body[:8])[:600]  # the lead, past page furniture
        scope = item_scope(heading_text, lead, self.text, names)
        stats = self.stats(item_period, scope, names)
        out: dict[str, Any] = {
            "id": self.id,
            "kind": item.kind,
            "title": title,
            "subtitle": subtitle,
            "columns": item.columns,
            "dateline": item.dateline,
            "reporters": item.credits.reporters,
            "correspondents": item.credits.correspondents,
            "photographers": item.credits.photographers,
            "authors": item.credits.authors,
            "topic": topic(self.text + heading_text),
            "period": item_period,
            "scope": {**scope.as_dict(), "name": self.orig_of(scope.name) if scope.name != "全国" else "全国",
                      "basis": self.orig_of(scope.basis)} if scope else None,
            "regions": [{"name": self.orig_of(p.name), "level": p.level} for p in find_places(tokens)],
            "institutions": [{"name": self.orig_of(i.name), "type": i.type} for i in institutions],
            "people": self.people(),
            "stats": stats,
            "quotes": self.quotes(),
            "cases": self.cases(stats),
            "campaigns": self.named(find_campaigns),
            "documents": self.named(find_documents),
            "keywords": [self.orig_of(k) for k in keywords(tokens)] if self.text else [],
            "summary": self.summary(stats),
            "photos": [{"caption": self.orig_of(ph.caption) if ph.caption else None, "credit": ph.credit}
                       for ph in item.photos],
            "lines": self.lines(),
        }
        if item.kind == "fragment":
            out["attached_to"] = None
            out["attach_score"] = item.attach_score
        if item.notes:
            out["notes"] = item.notes
        return out

    def _tokens(self) -> list[str]:
        from reportgen.words import cut

        heading = " ".join(p.text for p in self.item.title)
        return cut(heading + "\n" + self.text)

    def lines(self) -> list[int]:
        nos = [ln.no for p in self.item.all_paras() for ln in p.lines]
        return [min(nos), max(nos)] if nos else []

    def stats(self, item_period: str | None, scope: Scope | None = None,
              institutions: list[str] | None = None) -> list[dict[str, Any]]:
        """The item's statistics (found by extract.stats.item_stats), in the original spelling."""
        item = self.item
        paras = [(p, "title", 0) for p in item.title] + ([(item.subtitle, "subtitle", 0)] if item.subtitle else []) \
            + [(b.para, b.role, b.offset) for b in item.blocks]
        found = item_stats([(role, p.text, offset) for p, role, offset in paras], item_period, self.published)
        out: list[dict[str, Any]] = []
        before: tuple[Any, Any, dict[str, Any]] | None = None  # the figure before: (stat, paragraph, record)
        said: dict[tuple[int, tuple[int, int]], list[Mention]] = {}  # a sentence's year mentions, read once
        parts = _YearParts(paras)
        for n, f in enumerate(found, 1):
            st, p = f.stat, paras[f.block][0]
            m = p.mapped
            rec: dict[str, Any] = {
                "id": f"{self.id}.s{n:02d}",
                "label": self._label_orig(p, st.label, st),
            }
            if st.trend and st.label and (trend := _RUN_FILLER.sub("", self.o(m, *st.trend))) not in rec["label"]:
                rec["label"] += trend  # 连续14个月同比下降: a run of a fall, not of the cases
            if (from_ := baseline_start(p.text, st.start, st.end)) is not None:
                rec["lead"] = self.o(m, from_, st.start)  # 从54万亿元 (增加到82.7万亿元), 由上年的1019宗
            elif (lead := lead_start(p.text, st.start, st.label)) < st.start:
                rec["lead"] = _SPACES.sub("", self.o(m, lead, st.start))
            elif st.kind == "change" and (listed := _listed_change_lead(p.text, st, before, p)) is not None:
                rec["lead"] = listed  # 收案、结案分别上升5%和6%: 6% rose too, and is printed so (结案上升6%)
            elif st.kind == "change" and (verb := _verb_before_object(p.text, st)) is not None:
                rec["lead"] = verb  # 再减少农村贫困人口1000万以上: printed 农村贫困人口减少1000万以上, not a level
            elif st.kind == "change" and p.text[st.start - 1:st.start] in SIGNS and p.text[st.start - 2:st.start - 1] in "(（":
                rec["lead"] = self.o(m, st.start - 1, st.start)  # 襲警(-56.2百分點), 增加19件(+8.11%): printed with its sign
            elif st.kind == "change" or st.qualifier in ("approx", "at_least", "at_most"):
                rec["lead"] = ""  # the text says no words before it: none are printed (printed.py)
            end = st.end + len(_within(p.text, st.end, st.qualifier))  # 20日内: the bound is said after
            unit = _SPACES.sub("", self.o(m, st.num_end, end))
            if st.unit_text != unit and st.unit_text.startswith(unit):
                unit = st.unit_text  # 9.61个和30.43个百分点: the list's unit, written once at its end
            if st.shared_bound is not None:  # 分别超98.5%和99%: 99% is printed 超99%, 增长5%、6.5%左右: 5%左右
                before_word, after_word = st.shared_bound
                if before_word and not rec.get("lead", "").endswith(before_word):
                    rec["lead"] = rec.get("lead", "") + before_word
                if after_word and not unit.endswith(after_word):
                    unit += after_word
            rec |= {
                "value": self.orig[m.orig(st.num_start): m.orig(st.num_end - 1) + 1],
                "unit": unit,
                "norm": st.norm,
                "norm_unit": st.norm_unit,
                "qualifier": st.qualifier,
                "kind": st.kind,
            }
            if st.currency is not None:
                rec["currency"] = st.currency  # 新臺幣…元: written 元, in NT dollars
            elif st.norm_unit == "元" and self.currency is not None:
                rec["currency"] = self.currency  # 開支預算為26億3,610萬元 on a Hong Kong page: Hong Kong dollars
            if (caveat := caveat_after(p.text, end)) is not None:
                rec["caveat"] = self.o(m, *caveat)  # 879件(含旧存343件): printed with the figure
            elif st.kind == "percent" and not st.norm_unit and (terms := terms_around(p.text, st.num_start)) is not None:
                rec["caveat"] = self.o(m, *terms)  # 41.2 of 三次产业结构8.7∶41.2∶50.1: printed with the notation
            if st.value_max is not None:
                rec["norm_max"] = to_plain(st.value_max)
            if st.direction:
                rec["direction"] = st.direction
            if st.comparison:
                rec["comparison"] = st.comparison
            if f.of is not None:
                rec["of"] = out[f.of]["id"]
            rec["period"] = st.period
            if st.period is not None and (part := parts.part(f.block, st)) is not None:
                rec["period_part"] = self.o(paras[part[0]][0].mapped, *part[1])  # 2024年上半年: not the whole year
            if st.period is None:
                key = (f.block, st.sentence)
                if key not in said:
                    said[key] = mentions(p.text, *st.sentence)
                if (since := since_before(p.text, st.sentence[0], st.start, said[key])) is not None:
                    rec["since"] = self.o(m, *since)  # 2016年以来，…1120人: no one year's figure, and printed so
            # the words since the last comma of its sentence, else the paragraph's words before it, at most
            # CLAUSE_REACH characters back (a line of 50,000 figures stays linear)
            reach = max(0, st.start - CLAUSE_REACH)
            k = max(p.text.rfind(c, max(st.sentence[0], reach), st.start) for c in ",，;；")
            clause = p.text[k + 1 if k >= 0 else reach:st.start]
            region = stat_region(clause, scope, institutions)
            rec["region"] = self.orig_of(region) if region and region != "全国" else region
            if f.section is not None:
                rec["section"] = self.para_orig(paras[f.section][0])
            rec["span"] = list(m.orig_span(st.start, end))
            rec["sentence"] = self._context(p, st)
            out.append(rec)
            before = (st, p, rec)
        return out

    def _context(self, p: Para, st: RawStat) -> str:
        """The figure's sentence, bounded: at most CONTEXT characters either side of the figure,
        cut where the sentence goes on marked with `…` (the span keeps the link to the full text)."""
        a, b = st.sentence
        text = p.text
        while a < st.start and text[a].isspace():
            a += 1
        while b > st.end and text[b - 1].isspace():
            b -= 1
        lo, hi = max(a, st.start - CONTEXT), min(b, st.end + CONTEXT)
        hi = min(hi, lo + CONTEXT_MAX - 2)  # a figure of hundreds of characters (1 234 567 …) is cut too
        return ("…" if lo > a else "") + self.o(p.mapped, lo, hi) + ("…" if hi < b else "")

    def _label_orig(self, p: Para, label: str, st: RawStat) -> str:
        label = label.strip()  # (兇殺案 at a line's end: the line break is no part of the name)
        if not label:
            return ""
        k = p.text.rfind(label, 0, st.start) if st.label_from == "before" else p.text.find(label, st.end)
        if k < 0:
            k = p.text.find(label)
        return self.o(p.mapped, k, k + len(label)) if k >= 0 else self._pieces_orig(p, label, st)

    def _pieces_orig(self, p: Para, label: str, st: RawStat) -> str:
        """A label put together from words around its figure (发生 + 凶杀案 of 共发生16宗凶杀案) in their
        original spelling, each piece the longest the text near the figure holds; the label as it is
        when a character is not there. The search stays near the figure, so that a line of
        thousands of figures stays linear."""
        lo, hi = max(0, st.start - _PIECES_REACH), min(len(p.text), st.end + _PIECES_REACH)
        out, i = [], 0
        while i < len(label):
            for j in range(len(label), i, -1):
                if (k := p.text.find(label[i:j], lo, hi)) >= 0:
                    out.append(self.o(p.mapped, k, k + j - i))
                    i = j
                    break
            else:
                return label
        return "".join(out)

    def people(self) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for (_, listed), quotes in zip(self.found_people, self.found_quotes, strict=True):
            for person in listed:
                seen.setdefault(person.name, {"name": self.orig_of(person.name),
                                              "role": self.orig_of(person.role) if person.role else None})
            for q in quotes:
                if q.speaker and q.speaker not in seen:
                    seen[q.speaker] = {"name": self.orig_of(q.speaker),
                                       "role": self.orig_of(q.role) if q.role else None}
        return list(seen.values())

    def quotes(self) -> list[dict[str, Any]]:
        roles: dict[str, str | None] = {}
        for whole, _ in self.found_people:
            for person in whole:
                roles.setdefault(person.name, person.role)
        out = []
        for v, quotes in zip(self.body, self.found_quotes, strict=True):
            for q in quotes:
                role = q.role or roles.get(q.speaker or "")
                out.append({"speaker": self.orig_of(q.speaker) if q.speaker else None,
                            "role": self.orig_of(role) if role else None,
                            "text": self.o(v.para.mapped, q.start, q.end),
                            "span": list(v.para.mapped.orig_span(q.start, q.end))})
        return out

    def cases(self, stats: list[dict[str, Any]]) -> list[dict[str, Any]]:
        texts = [v.text[v.offset:] for v in self.body]
        out = []
        for c in find_cases(texts):
            spans = [self.body[i].para.mapped.orig_span(0, len(self.body[i].text)) for i in c.paragraphs]
            amounts = [s["id"] for s in stats if s["kind"] == "amount"
                       and any(a <= s["span"][0] < b for a, b in spans)]
            out.append({"parties": [self.orig_of(p) for p in c.parties],
                        "dispute": self.orig_of(c.dispute) if c.dispute else None,
                        "amounts": amounts,
                        "measures": c.measures,
                        "outcome": self.orig_of(c.outcome) if c.outcome else None,
                        "span": [spans[0][0], spans[-1][1]]})
        return out

    def named(self, finder) -> list[str]:
        out: list[str] = []
        for v in self.body:
            for _, a, b in finder(v.text):
                if a < v.offset:
                    continue
                name = self.o(v.para.mapped, a, b)
                if name not in out:
                    out.append(name)
        return out

    def summary(self, stats: list[dict[str, Any]]) -> str | None:
        """The lead sentence, plus the first sentence with figures when that is another one."""
        picked: list[str] = []
        lead = None
        for v in self.body:
            text = v.text[v.offset:]
            for a, b in sentences(text):
                if b - a >= 12:
                    lead = (v, a + v.offset, b + v.offset)
                    break
            if lead:
                break
        if lead is None:
            return None
        picked.append(self.o(lead[0].para.mapped, lead[1], lead[2]).strip())
        if not re.search(r"\d", picked[0]) and stats and stats[0]["sentence"] not in picked:
            picked.append(stats[0]["sentence"])
        text = "".join(picked)
        return text if len(text) <= 240 else text[:239] + "…"


_BANNER_CHARS = 120  # a page's banner: a headline stating a year over at most a few short lines, no figure


def summarize(source: Source, page: CleanPage, items: list[Item], display_path: str,
              published: str | None = None) -> Summary:
    """The YAML summary of one page."""
    prefix = id_prefix(source.path)
    ids = [f"{prefix}-{i + 1:02d}" for i in range(len(items))]
    articles: list[Any] = []  # items built key by key (summary.Item)
    warnings: list[str] = []
    banner: str | None = None
    year = int(published[:4]) if published and published[:4].isdigit() else page_year(page.orig)
    currency = local_currency("\n".join(p.text for p in page.paras)) if page.simplified else None  # once a page
    for n, (item, item_id) in enumerate(zip(items, ids, strict=True)):
        own = item.dateline is None and item.kind not in ("photo_caption", "fragment", "continuation")
        rec = _ItemBuilder(page, item, item_id, year, currency).build(banner if own else None)
        if n == 0 and rec["period"] and not rec["stats"] and item.body_chars() <= _BANNER_CHARS \
                and not names_a_day((rec["title"] or "") + (rec["subtitle"] or "")):
            # 聚焦两会|“数”读2023 over a few lines of verse: the page's year (but ——2023年3月5日在…会议上
            # is when a report was given, not the year it reports on)
            banner = rec["period"]
        if item.inside is not None:
            rec["printed_inside"] = ids[item.inside]
        if item.kind == "fragment":
            rec["attached_to"] = ids[item.attached_to] if item.attached_to is not None else None
            where = f"attached to {rec['attached_to']}" if rec["attached_to"] else "story not identified"
            warnings.append(f"{item_id}: fragment of another story printed inside this page "
                            f"(lines {rec['lines'][0]}-{rec['lines'][1]}; {where})")
        elif not rec["title"] and item.kind not in ("photo_caption", "continuation"):
            warnings.append(f"{item_id}: no title found (lines {rec['lines'][0]}-{rec['lines'][1]})")
        articles.append(rec)
    return {
        "schema": SCHEMA_VERSION,
        "generator": f"reportgen {__version__}",
        "source": {"path": display_path, "sha256": source.sha256, "encoding": source.encoding,
                   "chars": len(source.text)},
        "published": published,
        "reviewed": False,
        "page": {"items": len(articles), "markdown": page.markdown,
                 "simplified_from_traditional": page.simplified},
        "articles": articles,
        "warnings": warnings,
    }


_WITHIN = re.compile(r"之内|以内|内")


_OBJECT_VERB = re.compile(r"(减少|压减|削减|压降|缩减|降低|增加|提高|扩大|新增)(?:了)?$")


def _verb_before_object(text: str, st: RawStat) -> str | None:
    """The change verb said before the thing it changed, when the figure follows that thing directly
    (减少农村贫困人口1000万): the verb the printed figure needs to read as a change."""
    label, end = st.label, st.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    at = end - len(label)
    if not label or at < 0 or not text.startswith(label, at):
        return None  # (a window at the figure: a long line is not copied for each figure)
    m = _OBJECT_VERB.search(text, max(0, at - 4), at)
    return m.group(1) if m else None


def _listed_change_lead(text: str, st: RawStat, before: tuple[Any, Any, dict[str, Any]] | None,
                        para: Para) -> str | None:
    """The change words of a list the change is a later member of (同比分别增长48.33%、1.29倍: 1.29倍 grew
    too), without 分别, which says it of the list; None when the figure is not such a member."""
    if before is None:
        return None
    prev, prev_para, prev_rec = before
    if prev_para is not para or prev.kind != "change" or prev.sentence != st.sentence \
            or prev.direction != st.direction or not JOINT_ONLY.fullmatch(text, prev.end, st.start):
        return None
    lead = re.sub(r"分别|各(?=[增降升减提上下扩缩])", "", prev_rec.get("lead") or "")  # not the 各 of 各项
    return lead or None


def _within(text: str, end: int, qualifier: str) -> str:
    """The words after a figure that make it an upper bound (20日内, 3个工作日之内), which the
    figure's unit then carries so that it is printed as said; '' when there are none."""
    if qualifier != "at_most":
        return ""
    m = _WITHIN.match(text, end)
    return m.group() if m else ""


class _YearParts:
    """The part of its year a figure's period is (上半年 of 2024年上半年), read once per paragraph as the
    figures come in order. A year the figure's own sentence states gives its part; a year it takes
    from a heading or lead gives one only when every mention of that year before it names the same
    part (a page that speaks of 2024年 and of 2024年上半年 leaves it the whole year)."""

    def __init__(self, paras: list[tuple[Para, str, int]]) -> None:
        self.paras = paras
        self.said: dict[int, list[Mention]] = {}
        self.block, self.k = 0, 0  # the next mention to take into `seen`
        self.seen: dict[str, set[tuple[int, tuple[int, int]] | None]] = {}  # year → the parts said of it

    def _mentions(self, block: int) -> list[Mention]:
        if block not in self.said:
            text = self.paras[block][0].text
            self.said[block] = [m for m in mentions(text, 0, len(text)) if m.kind == "year"]
        return self.said[block]

    def _texts(self, year: str) -> set[str | None]:
        return {None if at is None else self.paras[at[0]][0].text[at[1][0]:at[1][1]] for at in self.seen.get(year, set())}

    def part(self, block: int, st: RawStat) -> tuple[int, tuple[int, int]] | None:
        period = st.period
        if period is None or "-" in period:
            return None
        while self.block < block or (self.block == block and self.k < len(self._mentions(block))
                                     and self._mentions(block)[self.k].end <= st.start):
            said = self._mentions(self.block)
            if self.k >= len(said):
                self.block, self.k = self.block + 1, 0
                continue
            m = said[self.k]
            at = year_part(self.paras[self.block][0].text, m)
            self.seen.setdefault(m.value or "", set()).add(None if at is None else (self.block, at))
            self.k += 1
        if st.own_period == period:
            own = [m for m in self._mentions(block) if st.sentence[0] <= m.start and m.end <= st.start and m.value == period]
            at = year_part(self.paras[block][0].text, own[-1]) if own else None
            return (block, at) if at is not None else None
        if len(self._texts(period)) != 1:
            return None
        return next(iter(self.seen[period]))

