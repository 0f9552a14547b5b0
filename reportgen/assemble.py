"""Stage 6, assemble: summaries + config → the briefing's content (sections, figure cards,
hero, charts' data, cases, quotes, sources). Renderers only lay this out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reportgen.charting import Chart, charts
from reportgen.config import Bilingual, Config, Section
from reportgen.english.figures import figure_en, period_english, since_english
from reportgen.english.names import person_en
from reportgen.printed import labelled, printed, with_caveat
from reportgen.summary import Case, Item, NameEn, Quote, Stat, Summary, changes_by_level
from reportgen.vocab import CARD_KINDS, OTHER_TOPIC, TOPICS


@dataclass
class Figure:
    """One figure card: the number as written, its label, English, and where it came from."""

    ref: int
    id: str
    item_id: str
    label: str
    label_en: str | None
    value: str
    unit: str
    en: str | None
    kind: str
    norm: float
    norm_unit: str
    sentence: str
    source: str
    lead: str = ""  # the words the source puts before the number (近, 不到, 同比增长)
    caveat: str = ""  # the source's bracket after it saying what it counts in or leaves out (含旧存343件)
    since: str = ""  # the open-ended start of a figure without a period (2016年以来): no one year's figure
    direction: str | None = None
    region: str | None = None  # the place the figure covers (None: the text does not say)
    scope_level: str | None = None  # national, province, city, county … of that place
    in_lead: bool = False  # stated in the item's headline or lead
    period: str | None = None
    period_part: str = ""  # the part of the period's year the figure covers, as written (上半年, 1-9月)
    scope_en: str | None = None  # the place in English (China for national figures)
    reviewed: bool = False  # a person checked it (reportgen review) against an unchanged article
    change: Figure | None = None

    def __post_init__(self) -> None:
        if self.period:
            self.since = ""  # a start is printed only for a figure without a year (printed.since_said): a
            # reviewer who gives the figure its year leaves the parser's start behind

    @property
    def anchor(self) -> str:
        return f"fig-{self.ref}"

    @property
    def zh(self) -> str:
        """The figure as the source says it: 近30万件, 同比增长20.49%, 879件（含旧存343件）."""
        return with_caveat(self.number_zh, self.caveat)

    @property
    def caveat_zh(self) -> str:
        """The caveat as printed under the number: （含旧存343件）, or ''."""
        return with_caveat("", self.caveat)

    @property
    def number_zh(self) -> str:
        """The figure's number line on a card: 近30万件 (its caveat is printed on the line under)."""
        return f"{self.lead}{self.value}{self.unit}"

    @property
    def scope_zh(self) -> str:
        """Where and when the figure holds, as far as the text says: 西藏自治区 · 2025年, 四川省 · 2016年以来."""
        when = f"{self.period}年{self.period_part}" if self.period and "-" not in self.period else self.period or self.since
        return " · ".join(x for x in (self.region, when) if x)

    @property
    def scope_text_en(self) -> str:
        when = period_english(self.period, self.period_part) if self.period else self.since_en
        return ", ".join(x for x in (self.scope_en, when) if x)

    @property
    def since_en(self) -> str:
        """since 2016, or ''."""
        return since_english(self.since) or ""

    @property
    def labelled(self) -> str:
        """Label and figure as one phrase: 受理执行案件47717件, 案款发放效率提升32%; a figure counted from an
        open-ended start says it first (2016年以来判处5年以上有期徒刑1120人)."""
        return self.since + labelled(self.label, self.zh)

    @property
    def en_said(self) -> str | None:
        """The English figure as a sentence lists it: 1,120 people, since 2016."""
        return f"{self.en}, {self.since_en}" if self.en and self.since_en else self.en


    @property
    def arrow(self) -> str:
        """▲ or ▼ for a change, else ''; none when the source's own arrow is printed with it (环比↓2.48%)."""
        if self.kind != "change" or any(a in self.lead for a in "↑↓▲▼"):
            return ""
        return {"up": "▲", "down": "▼"}.get(self.direction or "", "")

    @property
    def measure(self) -> str:
        """What the figure measures, for its icon: cases, money, people, time, rate, up or down (a
        change), bodies (units, institutions) or count (anything else counted)."""
        if self.kind == "change":
            return "down" if self.direction == "down" else "up"
        if self.kind in ("amount", "duration", "percent", "rate"):
            return {"amount": "money", "duration": "time"}.get(self.kind, "rate")
        unit = self.norm_unit or self.unit
        return next((m for m, units in _MEASURE_UNITS if unit in units), "count")


_MEASURE_UNITS = (("cases", ("件", "起", "宗", "件次", "案")), ("people", ("人", "名", "位", "人次", "户", "户次")),
                  ("bodies", ("家", "所", "部门")))


def listed(figures: list[Figure]) -> list[tuple[Figure, str, str | None]]:
    """(figure, Chinese, English) of figures listed in one sentence (数据：…；…): an open-ended start is
    said by the first figure counted from it, not again by the ones after it (2021年以来A 5件；B 6件)."""
    out = []
    for k, f in enumerate(figures):
        again = k > 0 and figures[k - 1].since == f.since
        out.append((f, labelled(f.label, f.zh) if again else f.labelled, f.en if again else f.en_said))
    return out


@dataclass
class ItemView:
    id: str
    kind: str
    title: str | None
    subtitle: str | None
    title_en: str | None
    summary: str | None
    summary_en: str | None
    figures: list[Figure]
    hidden: int
    cases: list[dict[str, Any]]
    quotes: list[Quote]
    campaigns: list[NameEn]
    documents: list[NameEn]
    credits: list[dict[str, str | None]]
    source: str
    notes: list[str] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)  # like-with-like charts drawn after the item
    text_zh: str = ""  # an addition's text as HTML (its Markdown rendered, escaped)
    text_en: str = ""
    summary_en_listed: bool = False  # the English summary only lists the item's figures (made from them)
    published: str | None = None  # the source's publication date (YYYY-MM-DD), when known

    @property
    def anchor(self) -> str:
        return f"item-{self.id}"


@dataclass
class SectionView:
    number: str
    heading: Bilingual
    items: list[ItemView]


def _card_weight(stat: Stat, changes: dict[str, Stat]) -> int:
    """Which figures make the cards: a label with English and a change beside it first; a bare
    noun (单位, 法院, 干警) or a label without English last; text order within a weight (the lead
    comes first). How the English was found (one term or composed) does not rank a figure."""
    weight = 0
    if stat.get("label_en") and (not stat.get("caveat") or stat.get("caveat_en")):  # its English says all of it
        weight += 2
    if stat["id"] in changes:
        weight += 1
    if len(stat.get("label") or "") <= 2:
        weight -= 2
    return weight


_CLAUSE = re.compile(r"[，,。；;：:！？!?]")


def _lead_title(item: Item) -> str | None:
    """An item without a headline is named by the first clause of its lead, in its own words."""
    lead = (item.get("summary") or "").strip()
    if not lead:
        return None
    clause = _CLAUSE.split(lead, maxsplit=1)[0].strip()
    return clause if len(clause) <= 30 else clause[:29] + "…"


def _bare_photo(item: Item) -> bool:
    """A photo with a short caption and no news text or figures of its own."""
    return item.get("kind") == "photo_caption" and not item.get("stats") and not item.get("summary")


def _photo_title(item: Item) -> str | None:
    """A photo without a title is named by its caption (图：…)."""
    if item.get("kind") != "photo_caption":
        return None
    caption = next((ph["caption"] for ph in item.get("photos") or [] if ph.get("caption")), None)
    if not caption:
        return None
    if "图为" in caption:  # photo news: the 图为… sentence names the photo
        caption = caption.rsplit("图为", 1)[1]
    caption = re.split(r"[。！？]", caption)[0]
    return f"图：{caption[:40]}{'…' if len(caption) > 40 else ''}"


@dataclass
class Briefing:
    """Everything a renderer needs, in reading order."""

    config: Config
    hero: Figure | None
    hero_caption: Bilingual
    sections: list[SectionView]
    figures: list[Figure]
    items: list[ItemView]
    left_out: list[ItemView]
    warnings: list[str]
    fonts: dict[str, list[str]] = field(default_factory=dict)  # by role, resolved against installed fonts
    draft: bool = False  # a figure shown is not reviewed: the briefing carries a draft mark
    foreword: tuple[str, str] = ("", "")  # the editor's note as HTML, Chinese and English
    front: list[ItemView] = field(default_factory=list)  # additions placed before the first section

    @property
    def key_figures(self) -> list[Figure]:
        """The cover's headline figures: the hero, then up to three more, each from another item and
        with another label, one per section first: figures of cases, money or people whose place or
        year is known, the hero's own place first, then as `_hero_rank` orders them; other figures
        with a place or year only where those do not make three."""
        if self.hero is None:
            return []
        hero = self.hero
        picked = [hero]
        shown = [(n, f) for n, sec in enumerate(self.sections) for v in sec.items if v.kind != "addition"
                 for f in v.figures]
        ranked = [p for _, p in sorted(enumerate(shown), key=lambda e: (
            _MEASURE_RANK.get(e[1][1].measure, 2), e[1][1].region != hero.region, *_hero_rank(e[1][1], e[0])))]
        sections = {n for n, f in shown if f is hero}
        for new_section, strict in ((True, True), (False, True), (True, False), (False, False)):
            if not strict and len(picked) >= 3:
                break  # other counts only where cases, money and people do not make three
            for n, f in ranked:
                if len(picked) == 4:
                    return picked
                if (new_section and n in sections) or any(f.item_id == p.item_id or f.label == p.label
                                                          for p in picked):
                    continue
                if not f.scope_zh or (strict and f.measure not in _MEASURE_RANK):  # a headline says where or when
                    continue
                picked.append(f)
                sections.add(n)
        return picked

    @property
    def evidence(self) -> list[tuple[str, list[Figure]]]:
        """Each source sentence once, with the figures shown from it, in order of first use."""
        groups: dict[tuple[str, str], list[Figure]] = {}
        for f in self.figures:
            groups.setdefault((f.item_id, f.sentence), []).append(f)
        return [(sentence, figs) for (_, sentence), figs in groups.items()]

    @property
    def languages(self) -> list[str]:
        return list(self.config.languages.show)

    @property
    def layout(self) -> str:
        return self.config.languages.layout if len(self.languages) == 2 else "single"


def closing_block(cfg: Config) -> dict[str, list[str]]:
    """The 简报 closing block: 报, 送 and 发 (发 defaults to the distribution list)."""
    return {"report": list(cfg.closing.report), "send": list(cfg.closing.send),
            "issue": list(cfg.closing.issue or cfg.distribution)}


def _credits(item: Item) -> list[dict[str, str | None]]:
    out = []
    for role, names in (("记者", item.get("reporters")), ("通讯员", item.get("correspondents")),
                        ("摄影", item.get("photographers")), ("作者", item.get("authors"))):
        for name in names or []:
            out.append({"role": role, "name": name, "name_en": person_en(name)[0]})
    return out


class _Builder:
    def __init__(self, cfg: Config, summaries: list[Summary], stale: set[str] | None = None) -> None:
        self.cfg = cfg
        self.stale = stale or set()
        self._places: dict[str, str | None] = {}
        self.figures: list[Figure] = []
        self.warnings: list[str] = []
        self.items: list[tuple[Item, str]] = []
        self.dates: dict[str, str] = {}  # source → publication date, when known
        for s in summaries:
            src = (s.get("source") or {}).get("path", "?")
            if (day := _published(s, cfg, src)) is not None:
                self.dates[src] = day
            for a in s.get("articles") or []:
                self.items.append((a, src))

    def figure(self, stat: Stat, item: Item | str, source: str) -> Figure:
        """A numbered figure of the briefing; reviewed when its item is (and its article did not
        change since)."""
        p = printed(stat)
        en = figure_en(stat)
        item_id = item if isinstance(item, str) else item["id"]
        scope = None if isinstance(item, str) else item.get("scope")
        region = stat.get("region", scope["name"] if scope else None)
        level = (scope["level"] if scope and region == scope["name"] else "district") if region else None
        lead_text = "" if isinstance(item, str) else (item.get("title") or "") + (item.get("subtitle") or "") + \
            (item.get("summary") or "")[:120]
        f = Figure(ref=len(self.figures) + 1, id=stat["id"], item_id=item_id, label=stat.get("label") or "",
                   # a figure whose caveat has no English has none (its English would say more than the source)
                   label_en=stat.get("label_en") if en or not stat.get("caveat") else None,
                   value=p.number, unit=p.unit, lead=p.lead, caveat=stat.get("caveat") or "",
                   since=stat.get("since") or "",
                   en=en, kind=stat.get("kind", ""), norm=stat.get("norm", 0),
                   norm_unit=stat.get("norm_unit", ""), sentence=stat.get("sentence") or "", source=source,
                   direction=stat.get("direction"), region=region, scope_level=level,
                   in_lead=bool(stat.get("sentence")) and (stat.get("sentence") or "")[:40] in lead_text,
                   period=str(stat["period"]) if stat.get("period") else None,
                   period_part=str(stat.get("period_part") or "") if stat.get("period") else "",
                   scope_en=self.place_en(region),
                   reviewed=not isinstance(item, str) and bool(item.get("reviewed")) and source not in self.stale)
        self.figures.append(f)
        return f

    def place_en(self, region: str | None) -> str | None:
        """A figure's place in English (the config's preferred names applied); None when unknown."""
        if not region:
            return None
        if region == "全国":
            return "China"
        if region not in self._places:
            from reportgen.english.generate import place_phrase
            from reportgen.english.terms import load_terms

            terms = load_terms([], self.cfg.place_names)
            self._places[region] = " and ".join(en for part in region.split("、")
                                                if (en := place_phrase(part, terms))) or None
        return self._places[region]

    def cards(self, item: Item, source: str) -> tuple[list[Figure], int]:
        stats, seen = [], set()
        for s in item.get("stats") or []:
            fact = (s.get("label"), s.get("norm"), s.get("norm_unit"), s.get("kind"), s.get("qualifier"))
            if s.get("kind") in CARD_KINDS and s.get("label") and fact not in seen:  # a figure told twice: once
                stats.append(s)
                seen.add(fact)
        changes = changes_by_level(stats)
        # a figure of the year before (去年同期为34件) is printed on no card of its own: alone it would read as this year's
        base = [s for s in stats if not s.get("of") and s.get("comparison") != "prior"]
        if item.get("cards") is not None:  # chosen on the review page, in that order
            by_id = {s["id"]: s for s in item.get("stats") or []}
            picked = [i for i in item["cards"] if i in by_id]
            # a change chosen with the figure it describes is printed with it, not on a card of its own
            chosen = [by_id[i] for i in picked if by_id[i].get("of") not in picked]
        else:
            ranked = sorted(range(len(base)), key=lambda i: (-_card_weight(base[i], changes), i))
            chosen = [base[i] for i in sorted(ranked[: self.cfg.cards_per_item])]
        out = []
        for s in chosen:
            f = self.figure(s, item, source)
            if s["id"] in changes:
                f.change = self.figure(changes[s["id"]], item, source)
            out.append(f)
        return out, len(item.get("stats") or []) - sum(1 + (f.change is not None) for f in out)

    def view(self, item: Item, source: str, shown: bool = True) -> ItemView:
        """An item as the briefing shows it; items not shown get no figure numbers."""
        figures, hidden = self.cards(item, source) if shown else ([], len(item.get("stats") or []))
        return ItemView(
            id=item["id"], kind=item.get("kind", "article"),
            title=item.get("title") or _photo_title(item) or _lead_title(item) or item["id"],
            subtitle=item.get("subtitle"),
            title_en=item.get("title_en"), summary=item.get("summary"), summary_en=item.get("summary_en"),
            figures=figures, hidden=max(hidden, 0), cases=[_case(c) for c in item.get("cases") or []],
            quotes=[q for q in item.get("quotes") or [] if q.get("speaker")][:1],
            campaigns=item.get("campaigns_en") or [NameEn(zh=c, en=None, origin="missing")
                                                   for c in item.get("campaigns") or []],
            documents=item.get("documents_en") or [NameEn(zh=d, en=None, origin="missing")
                                                   for d in item.get("documents") or []],
            credits=_credits(item), source=source, notes=list(item.get("notes") or []),
            summary_en_listed=item.get("summary_en_origin") == "generated", published=self.dates.get(source))

    def select(self, sec: Section, pool: list[tuple[Item, str]]) -> list[tuple[Item, str]]:
        if sec.items is not None:
            by_id = {a["id"]: (a, src) for a, src in pool}
            for missing in [i for i in sec.items if i not in by_id]:
                self.warnings.append(f"config: section {sec.heading.zh or sec.heading.en!r} names "
                                     f"item {missing!r}, which no source has")
            return [by_id[i] for i in sec.items if i in by_id]
        pool = [(a, s) for a, s in pool if not _bare_photo(a)]  # a photo with only a caption: by id only
        if sec.topics is not None:
            return [(a, s) for a, s in pool if a.get("topic") in sec.topics]
        wanted = sec.regions or []
        return [(a, s) for a, s in pool
                if any(r["name"].startswith(w) or w.startswith(r["name"]) for r in a.get("regions") or []
                       for w in wanted)]


def _published(summary: Summary, cfg: Config, source: str) -> str | None:
    """The source's publication date (its own, else the config's `dates`), as YYYY-MM-DD."""
    from pathlib import Path

    from reportgen.series import published

    day = published(summary, cfg, Path(source))
    return day.isoformat() if day else None


def _case(c: Case) -> dict[str, Any]:
    parties = [{"zh": p, "en": person_en(p)[0]} for p in c.get("parties") or []]
    return {**c, "parties_en": parties}


def _default_sections(items: list[tuple[Item, str]]) -> list[Section]:
    topics = Counter(a.get("topic") or OTHER_TOPIC for a, _ in items)
    return [Section(heading=Bilingual(t.heading, t.en), topics=[t.name]) for t in TOPICS.values() if topics.get(t.name)]


def _place_charts(views: list[ItemView]) -> None:
    """Each like-with-like chart of the section's figures goes after the last item it draws from."""
    where = {id(f): v for v in views for f in v.figures}
    for chart in charts([f for v in views for f in v.figures]):
        where[id(chart.figures[-1])].charts.append(chart)


@dataclass
class Review:
    """What review decided beyond the summaries: the hero figure, and the sources whose article
    changed since they were reviewed (their figures count as not reviewed)."""

    hero: str | None = None
    stale: set[str] = field(default_factory=set)


def assemble(cfg: Config, summaries: list[Summary], review: Review | None = None) -> Briefing:
    """Group items into numbered sections, choose cards, the hero figure and the charts; the review's
    choices (items dropped or moved, cards chosen, the hero) win over the automatic ones."""
    review = review or Review()
    b = _Builder(cfg, summaries, review.stale)
    dropped = [(a, s) for a, s in b.items if a.get("dropped")]
    usable = [(a, s) for a, s in b.items if a.get("kind") != "fragment" and not a.get("dropped")]
    left_out_raw = [(a, s) for a, s in b.items if a.get("kind") == "fragment" and not a.get("dropped")]
    sections_cfg = cfg.sections or _default_sections(usable)
    sections: list[SectionView] = []
    placed: set[str] = set()
    moved = {a["id"]: a["section"] for a, _ in usable if a.get("section")}
    for sec in sections_cfg:
        heading = sec.heading.zh or sec.heading.en
        chosen = [(a, s) for a, s in usable if moved.get(a["id"]) == heading and a["id"] not in placed] + \
            [(a, s) for a, s in b.select(sec, usable) if a["id"] not in placed and a["id"] not in moved]
        if not chosen:
            b.warnings.append(f"config: section {sec.heading.zh or sec.heading.en!r} matched no item")
            continue
        views = []
        for a, s in chosen:
            placed.add(a["id"])
            views.append(b.view(a, s))
        if cfg.charts:
            _place_charts(views)
        sections.append(SectionView(f"{len(sections) + 1:02d}", sec.heading, views))
    left_out = [b.view(a, s, shown=False) for a, s in usable + left_out_raw if a["id"] not in placed]
    for v in left_out:
        if v.kind != "fragment" and not (v.kind == "photo_caption" and not v.summary):
            b.warnings.append(f"{v.id}: in no section (add it to a section of the config to show it)")
    left_out += [b.view(a, s, shown=False) for a, s in dropped]
    front = _additions(cfg, b, sections)
    hero, caption = _hero(cfg, sections, b, review.hero)
    items = front + [v for sec in sections for v in sec.items]
    foreword = (markdown(cfg.foreword.zh), markdown(cfg.foreword.en)) if cfg.foreword else ("", "")
    return Briefing(cfg, hero, caption, sections, b.figures, items, left_out, b.warnings, foreword=foreword,
                    front=front)


def markdown(text: str) -> str:
    """Short Markdown as HTML (paragraphs, bold, lists); raw HTML in it is escaped, not passed through."""
    if not text:
        return ""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).render(text)


def _additions(cfg: Config, b: _Builder, sections: list[SectionView]) -> list[ItemView]:
    """The compiler's own paragraphs and figures, each in its section (empty: before the first);
    their figures are numbered like the others and counted as reviewed, their source printed."""
    from reportgen.review.edits import normalize
    from reportgen.vocab import unit_kind

    front: list[ItemView] = []
    by_heading = {s.heading.zh or s.heading.en: s for s in sections}
    for n, add in enumerate(cfg.additions, 1):
        item_id = f"editor-{n:02d}"
        figures = []
        for m, own in enumerate(add.figures, 1):
            norm, norm_unit, high = normalize(own.value, own.unit)  # checked when the config was read
            stat: dict[str, Any] = {"id": f"{item_id}.s{m:02d}", "label": own.label, "label_en": own.label_en or None,
                                    "value": own.value, "unit": own.unit, "norm": norm, "norm_unit": norm_unit,
                                    "qualifier": "exact", "kind": unit_kind(norm_unit)[1], "period": None,
                                    "sentence": f"编者提供：{own.source}", "span": [0, 0]}
            f = b.figure(stat, item_id, str(cfg.path))  # type: ignore[arg-type]
            f.reviewed = True  # the compiler wrote it
            figures.append(f)
        view = ItemView(id=item_id, kind="addition", title=add.title.zh or None, subtitle=None,
                        title_en=add.title.en or None, summary=None, summary_en=None, figures=figures, hidden=0,
                        cases=[], quotes=[], campaigns=[], documents=[], credits=[], source=str(cfg.path.name),
                        text_zh=markdown(add.text.zh), text_en=markdown(add.text.en))
        section = by_heading.get(add.section)
        if section is None:
            if add.section:
                b.warnings.append(f"config: additions[{n}] names section {add.section!r}, which the briefing does not "
                                  f"have; it is printed before the first section")
            front.append(view)
        else:
            section.items.append(view)
    return front


def _hero(cfg: Config, sections: list[SectionView], b: _Builder, chosen: str | None = None
          ) -> tuple[Figure | None, Bilingual]:
    wanted = chosen or cfg.hero.stat
    shown = [f for sec in sections for v in sec.items for f in v.figures]
    hero = None
    if wanted and wanted != "auto":
        hero = next((f for f in shown if f.id == wanted), None)
        if hero is None:
            for a, src in b.items:
                stat = next((s for s in a.get("stats") or [] if s["id"] == wanted), None)
                if stat is not None:
                    hero = b.figure(stat, a, src)
                    break
        if hero is None:
            b.warnings.append(f"config: hero.stat {wanted!r} is not a statistic of any source; chose one automatically")
    if hero is None and shown:
        hero = min(shown, key=lambda f: _hero_rank(f, shown.index(f)))
    cap = cfg.hero.caption or Bilingual()
    caption = Bilingual(cap.zh or (hero.label if hero else ""), cap.en or (hero.label_en or "" if hero else ""))
    return hero, caption


_SCOPE_RANK = {"national": 0, "province": 1, "prefecture": 2, "city": 2, "county": 3, "district": 3}
_KIND_RANK = {"count": 0, "amount": 0, "rate": 1, "percent": 2}
_PART = re.compile(r"其中|分别|包括")
_MEASURE_RANK = {"cases": 0, "money": 0, "people": 0}  # what a headline figure counts, best first


def _hero_rank(f: Figure, order: int) -> tuple[int, int, int, int, int, int]:
    """How well a figure stands alone on the cover (smaller is better): a kind that means something
    by itself (a count, an amount, a rate; not a duration or a change), the widest scope, stated in
    the item's headline or lead, not a part of a total (其中…), with its English label, first."""
    before = f.sentence.split(f.value, 1)[0][-20:] if f.value in f.sentence else ""
    baseline = f.lead.startswith("从")  # 从54万亿元增加到…: where a change started, not where it stands
    return (_KIND_RANK.get(f.kind, 9) + (5 if baseline else 0), _SCOPE_RANK.get(f.scope_level or "", 4),
            0 if f.in_lead else 1, 1 if _PART.search(before) else 0, 0 if f.label_en else 1, order)
