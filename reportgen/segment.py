"""Stage 3, segment: split a cleaned page into its items (stories, captions, fragments).

Rules are about newspaper pages in general: bylines and datelines, column labels, titles
and subtitles, photo captions and credits, continuations from another page, and text of
one story printed inside another.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from reportgen.clean import (
    DATELINE,
    LIST_START,
    CleanPage,
    Para,
    is_caption,
    is_credit,
    is_furniture,
    opens_with_date,
    particle_starts_word,
)

HAN = r"\u4e00-\u9fff"
_ROLES = r"(?:本报)?(?:特约|见习)?(?:记者|通讯员)|(?:本报)?实习生|本报评论员|评论员"
_ROLE_RE = re.compile(rf"^(?:{_ROLES})")
_ROLE_AT = re.compile(rf"(?:{_ROLES})")
_CREDIT_SEP = re.compile(r"[\s□■◇◆●○、,，]+")
_LEADING_SEP = re.compile(r"[\s□■◇◆●○、,，]*")
_NAME_RE = re.compile(rf"^[{HAN}·•]{{2,8}}$")
_MARK = "□■◇◆●○▲△★☆"
_DATELINE = re.compile(rf"^本报([{HAN}]{{0,6}})[讯电]\s*")
_DATELINE_PAREN = re.compile(r"\s*[（(]([^）)]{2,80})[）)]\s*")
_CONTINUATION = re.compile(r"^[（(]?\s*(?:上接|接上|转自)第?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]?\s*")
_PAGE_NOTE = re.compile(r"^[（(](?:本版|本期|图表|数据)[^）)]*[）)]$")
_SUBTITLE = re.compile(r"^(?:——|--|─)")
# A sentence that ends with more after it: a paragraph of the text, not a subtitle or a cross-head
# (——经济发展再上新台阶。国内生产总值增加到121万亿元…: a report's dash-led point and its figures)
_SENTENCE_INSIDE = re.compile(r"[。！？!?](?=\s*[^\s。！？!?”’」』）)])")
_CAPTION_IN = re.compile(r"[。!！?？]\s*(?:图为|图片为)")
# a page's time of publication on a line of its own: 2021-03-23 12:00:44, 2024/05/08
_PUBLISHED_AT = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_SENTENCE_MARKS = re.compile(r"[。；;！？!?]")
_HEADLINE_MARKS = re.compile(r"[，,。；;：:！!？?、]")
# two four-character phrases side by side (党建引领 政治铸魂): the paired cross-head of a report
_PAIRED_PHRASES = re.compile(rf"[{HAN}]{{4}}[ \u3000]+[{HAN}]{{4}}")
_INNER_BANG = re.compile(r"[！!](?=\s*\S)")  # an exclamation mark with more of the line after it
# who delivers a report, under its title: 北京市市长 殷勇, 温州市中级人民法院院长  赵江涛
_SPEAKER = re.compile(rf"^[{HAN}]{{2,24}}(?:长|书记|主任|主席|委员)\s+[{HAN}·]{{2,5}}$")


@lru_cache(maxsize=1)
def column_labels() -> dict[str, set[str]]:
    """Column labels from the packaged data file."""
    data = yaml.safe_load(resources.files("reportgen.data").joinpath("columns.yaml").read_text("utf-8"))
    return {k: set(v) for k, v in data.items()}


@dataclass
class Credits:
    """People credited for an item."""

    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)

    def merge(self, other: Credits) -> None:
        for name in ("reporters", "correspondents", "photographers", "authors"):
            mine = getattr(self, name)
            mine.extend(n for n in getattr(other, name) if n not in mine)

    def empty(self) -> bool:
        return not (self.reporters or self.correspondents or self.authors)


def parse_credits(text: str) -> Credits | None:
    """Parse a byline like `□ 本报记者 潘从武 本报通讯员 古雪丽 答诗婕`; None if it is not one."""
    t = text.strip().strip(_MARK).strip()
    lead = _LEADING_SEP.match(t)
    if _ROLE_AT.match(t, lead.end() if lead else 0) is None:
        return None  # the first word is not a role: not a byline (the split below is not needed)
    tokens = [tok for tok in _CREDIT_SEP.split(t) if tok]
    if not tokens or not _ROLE_RE.match(tokens[0]):
        return None
    credits = Credits()
    role = None
    for tok in tokens:
        m = _ROLE_RE.match(tok)
        if m:
            role = m.group(0)
            tok = tok[m.end():]
            if not tok:
                continue
        if role is None or not _NAME_RE.match(tok):
            return None
        target = credits.correspondents if "通讯员" in role else (
            credits.authors if "评论员" in role else credits.reporters)
        if tok not in target:
            target.append(tok)
    return credits if not credits.empty() else None


def parse_photo_credit(text: str) -> tuple[list[str], str]:
    """Photographers named in `本报记者 王香香 本报通讯员 格罗 摄`, and the credit text."""
    core = re.sub(r"\s*(?:摄影|摄|供图|提供)\s*$", "", text.strip())
    names = []
    for tok in re.split(r"[\s、,，□■]+", core):
        tok = _ROLE_RE.sub("", tok)
        if tok and _NAME_RE.match(tok) and len(tok) <= 5 and not tok.endswith(("院", "局", "厅", "部", "队")):
            names.append(tok)
    return names, text.strip()


def parse_dateline(text: str) -> tuple[str | None, Credits, int] | None:
    """`本报拉萨讯（记者 王杰学）…` or `本报讯 记者黄辉 通讯员王红兵 近日…`.

    Returns (place, credits, offset where the body text starts), or None.
    """
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group(1) or None
    pos = m.end()
    credits = Credits()
    if (p := _DATELINE_PAREN.match(text, pos)) is not None:
        inner = parse_credits(p.group(1))
        if inner:
            credits = inner
        return place, credits, p.end()
    # unbracketed: role+name tokens separated by spaces, until the first token that is neither
    role = None
    while pos < len(text):
        tm = re.compile(r"\S+").match(text, pos) or re.compile(r"\s+").match(text, pos)
        if tm is None:
            break
        tok = tm.group(0)
        if tok.isspace():
            pos = tm.end()
            continue
        rm = _ROLE_RE.match(tok)
        name = tok[rm.end():] if rm else tok
        if rm:
            role = rm.group(0)
        if role and name and _NAME_RE.match(name) and len(name) <= 5 and (rm or len(name) <= 4):
            target = credits.correspondents if "通讯员" in role else credits.reporters
            target.append(name)
            pos = tm.end()
            continue
        if rm and not name:
            pos = tm.end()
            continue
        break
    return place, credits, pos


@dataclass
class Photo:
    caption: str | None = None
    credit: str | None = None


@dataclass
class Block:
    """A paragraph of an item with its role; body text starts at `offset` in the paragraph."""

    para: Para
    role: str  # body, subhead, bullet, caption, note, table_head, table (a table's header or data row)
    offset: int = 0


@dataclass
class Item:
    """One story (or caption, fragment, continuation) found on a page."""

    kind: str = "article"
    title: list[Para] = field(default_factory=list)
    subtitle: Para | None = None
    columns: list[str] = field(default_factory=list)
    credits: Credits = field(default_factory=Credits)
    dateline: str | None = None
    blocks: list[Block] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    attached_to: int | None = None  # index of the item a fragment belongs to
    inside: int | None = None  # index of the story whose paragraph the layout printed this inside
    vector: dict[str, float] | None = field(default=None, repr=False, compare=False)  # _vector's, once
    attach_score: float = 0.0

    @property
    def has_body(self) -> bool:
        return any(b.role in ("body", "bullet", "table") for b in self.blocks)

    def body_chars(self) -> int:
        return sum(len(b.para.text) - b.offset for b in self.blocks if b.role in ("body", "bullet"))

    def all_paras(self) -> list[Para]:
        paras = list(self.title)
        if self.subtitle:
            paras.append(self.subtitle)
        return paras + [b.para for b in self.blocks]


_CELLS_ONLY = re.compile(r"[\d.,%％\s|｜\-—]*\|[\d.,%％\s|｜\-—]*")


def _mark_only(text: str) -> bool:
    """A section's number alone on a line, its heading on the next: (二) / 二、 / 3."""
    return (m := LIST_START.match(text)) is not None and not text[m.end():].strip()


# 1 司法鉴定机构情况, 1.1 机构数量, 2.3.1 …: a paper's numbered sections, their number set apart by a space
_SECTION_NUMBER = re.compile(rf"\s*\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}\s+[{HAN}]{{2}}")


def _numbered(text: str) -> bool:
    """Whether a line starts with a section's or an item's number (一、 (二) 3. 1.1 …)."""
    return bool(LIST_START.match(text) or _SECTION_NUMBER.match(text))


def _classify(p: Para) -> str:
    t = p.text
    labels = column_labels()
    if p.table:
        return "table_head" if p.table == "head" else "table"
    if p.heading:
        return "heading"
    if _CONTINUATION.match(t):
        return "continuation"
    if _PAGE_NOTE.match(t) or _CELLS_ONLY.fullmatch(t):
        return "note"  # (6689 | 35006 |: cells of a table the page laid out one a line, never a heading)
    if is_credit(t):
        return "credit"
    if is_caption(t):
        return "caption"
    if _CAPTION_IN.search(t) and len(t) < 400:
        return "caption_news"
    if _DATELINE.match(t):
        return "dateline"
    if parse_credits(t) is not None:
        return "byline"
    if _SPEAKER.match(t):
        return "speaker"
    if _SUBTITLE.match(t) and _SENTENCE_INSIDE.search(t) is None:
        return "subtitle"
    if t.strip(_MARK + " ") in labels["columns"]:
        return "column"
    if p.bullet:
        return "bullet"
    if p.short or (LIST_START.match(t) and len(t) <= 40 and not any(c in t for c in "。！？!?；;")):
        return "short"  # 一、坚持严格公正司法，维护社会公平正义: a numbered cross-head
    if len(t) <= 64 and _HEADLINE_MARKS.search(_INNER_BANG.sub("", t)) is None:
        return "short"  # a headline or cross-head without punctuation, longer than a short line (one may
        # exclaim inside: 打造知识产权审判优选地！洪山区法院首次发布…白皮书)
    return "body"


def _is_infographic(paras: list[Para]) -> bool:
    labels = column_labels()["infographic"]
    head = [p.text.strip() for p in paras[:4]]
    bullets = sum(1 for p in paras if p.bullet)
    return any(h in labels for h in head) or bullets >= max(8, 0.3 * len(paras))


_EDITORS_NOTE = re.compile(r"\s*[【\[（(]?\s*(?:编者按|編者按|编者的话|編者的話)")


_RELATED = re.compile(r"\s*[>＞»【\[]?\s*(?:相关新闻|相关阅读|延伸阅读|推荐阅读|相关链接|相关文章|相關新聞|相關閱讀|延伸閱讀)"
                      r"\s*[】\]:：]?\s*")


class _Segmenter:
    def __init__(self, page: CleanPage) -> None:
        self.page = page
        # page furniture (share buttons, 来源/发布时间 lines, a bare date) is no part of any item
        # the headlines listed under 相关新闻 after a story are other stories: a fragment of their own, so that
        # the story's year and cards do not reach them
        paras = page.paras
        cut = next((k for k, p in enumerate(paras) if k > 0 and _RELATED.fullmatch(p.text)), len(paras))
        self.related = [p for p in paras[cut + 1:] if not is_furniture(p.text)]
        self.paras = [p for p in paras[:cut] if not is_furniture(p.text)]
        self.kinds = [_classify(p) for p in self.paras]
        # the line just above the time a page was published (2021-03-23 12:00:44) is its headline, even one
        # the page listed as a bullet or wrote with a colon (• 國家郵政局:2月共處理申訴18715件 郵件延誤為主要問題)
        stamped = {id(p) for p, after in itertools.pairwise(paras) if _PUBLISHED_AT.fullmatch(after.text.strip())}
        for k, p in enumerate(self.paras):
            if self.kinds[k] in ("body", "bullet") and id(p) in stamped and len(p.text.strip()) <= 64 \
                    and _SENTENCE_MARKS.search(p.text) is None:
                self.kinds[k] = "short"
        self.items: list[Item] = []
        self.cur: Item | None = None
        self.pending: list[tuple[list[str], Credits]] = []

    # helpers -----------------------------------------------------------------------------
    def new(self, kind: str = "article") -> Item:
        item = Item(kind=kind)
        self.items.append(item)
        self.cur = item
        return item

    def open_item(self) -> Item:
        """The current item if it has not started its body yet, else a new one."""
        if self.cur is None or self.cur.has_body or self.cur.kind in ("fragment", "photo_caption"):
            return self.new()
        return self.cur

    def peek(self, i: int, skip_short: int = 0) -> str | None:
        j = i + 1 + skip_short
        return self.kinds[j] if j < len(self.kinds) else None

    @staticmethod
    def _quote_open(text: str) -> bool:
        return text.count("“") > text.count("”")

    def is_name(self, i: int) -> bool:
        t = self.paras[i].text.strip()
        return bool(re.fullmatch(rf"[{HAN}·]{{2,4}}", t))

    def title_follows(self, i: int) -> bool:
        """True if the short line at i starts a new item (a title)."""
        nxt = self.peek(i)
        if self.cur is not None and self.cur.has_body and len(self.cur.blocks) <= 3 \
                and any(_EDITORS_NOTE.match(b.para.text) for b in self.cur.blocks[:2]):
            return False  # 编者按：… introduces the story it heads: the short lines after it are the story's cross-heads
        if nxt == "subtitle" and LIST_START.match(self.paras[i].text) and self.cur is not None and self.cur.has_body:
            return False  # 一、强化政治担当… over ——坚决维护国家安全…: a report's numbered cross-head and its sub-head
        if self.cur is not None and (self.cur.has_body or self.cur.title) and (
                _mark_only(self.paras[i].text) or (i and _mark_only(self.paras[i - 1].text))):
            return False  # (二) on its own line, then 办案效率: a numbered section of the report, no headline
        if nxt in ("byline", "dateline", "subtitle", "column"):
            return True
        if nxt == "short" and self.cur is not None and self.cur.has_body and i + 1 < len(self.paras) \
                and _numbered(self.paras[i].text) and _numbered(self.paras[i + 1].text):
            return False  # 一、民事一审新收案件情况 over (一)主要案件类型…: a report's section and its first part
        if nxt == "short" and i + 1 < len(self.paras):
            if self.is_name(i + 1) and self.peek(i + 1) == "body" and self.cur is not None \
                    and not self.cur.has_body and self.cur.columns:
                return True  # commentary: title, then the author's name
            after = self.peek(i + 1)
            both_short = len(self.paras[i].text) <= 20 and len(self.paras[i + 1].text) <= 20
            if after in ("byline", "dateline", "subtitle"):
                return True
            if after == "body" and both_short and self.cur is not None and self.cur.has_body and not self.cur.title \
                    and _PAIRED_PHRASES.fullmatch(self.paras[i].text.strip()):
                return False  # …2022年，全市法院… then 党建引领 政治铸魂 / 建设高素质法院队伍: a report's cross-heads
            if after == "body" and both_short and self.cur is not None and self.cur.has_body \
                    and (_numbered(self.paras[i + 1].text) or _numbered(self.paras[i].text)):
                # 开展局党委会专题学习54次 over (二)主题教育成果巩固, (一)疫情防控应对有方 over 召开…会议17次: a
                # report's numbered part and its items, no headline
                return False
            if after == "body" and both_short and not self.paras[i + 1].inserted:
                return True  # a two-line headline
        return False

    # main loop ---------------------------------------------------------------------------
    def run(self) -> list[Item]:
        if _is_infographic(self.paras):
            return [self.infographic()]
        i = 0
        n = len(self.paras)
        while i < n:
            p = self.paras[i]
            if p.inserted:
                j = i
                while j < n and self.paras[j].inserted:
                    j += 1
                self.insertion(i, j)
                i = j
                continue
            self.step(i, p, self.kinds[i])
            i += 1
        self.assign_pending()
        self.finish_kinds()
        if self.related:
            self.items.append(Item(kind="fragment", blocks=[Block(p, "bullet") for p in self.related]))
        kept = [it for it in self.items if it.blocks or it.title or it.photos]
        where = {id(it): k for k, it in enumerate(kept)}
        for it in kept:
            if it.inside is not None:
                it.inside = where.get(id(self.items[it.inside]))
        return kept

    def step(self, i: int, p: Para, kind: str) -> None:
        cur = self.cur
        t = p.text
        if kind == "heading":
            if _SUBTITLE.match(t) and cur is not None and not cur.has_body:
                cur.subtitle = p
            elif p.heading <= 2:
                item = self.open_item()
                if item.title:
                    item = self.new()
                item.title.append(p)
            elif cur is not None and cur.title and not cur.has_body and cur.subtitle is None:
                cur.subtitle = p
            elif cur is None:
                self.new().title.append(p)
            else:
                cur.blocks.append(Block(p, "subhead"))
        elif kind == "continuation":
            item = self.new("continuation")
            m = _CONTINUATION.match(t)
            item.blocks.append(Block(p, "body", m.end() if m else 0))
            item.notes.append(t[: m.end()].strip() if m else "")
        elif kind == "byline":
            item = self.open_item()
            item.credits.merge(parse_credits(t) or Credits())
        elif kind == "column":
            label = t.strip(_MARK + " ")
            if cur is None or cur.has_body or cur.kind != "article":
                self.new().columns.append(label)
            elif cur.columns and not cur.credits.empty():
                self.pending.append((cur.columns, cur.credits))
                cur.columns, cur.credits = [label], Credits()
            else:
                cur.columns.append(label)
        elif kind == "dateline":
            place, credits, offset = parse_dateline(t) or (None, Credits(), 0)
            item = self.open_item()
            item.dateline = place or "本报"
            item.credits.merge(credits)
            if offset < len(t):
                item.blocks.append(Block(p, "body", offset))
        elif kind == "subtitle":
            if cur is not None and not cur.has_body and cur.subtitle is None:
                cur.subtitle = p
            else:
                (cur or self.new()).blocks.append(Block(p, "subhead"))
        elif kind == "credit":
            names, text = parse_photo_credit(t)
            if self.peek(i) == "caption" and cur is not None and cur.has_body:
                item = self.new("photo_caption")
                item.photos.append(Photo(credit=text))
            else:
                item = cur or self.new("photo_caption")
                if item.photos and item.photos[-1].credit is None:
                    for ph in item.photos:
                        ph.credit = ph.credit or text
                else:
                    item.photos.append(Photo(credit=text))
            item.credits.photographers.extend(n for n in names if n not in item.credits.photographers)
        elif kind == "caption":
            item = cur or self.new("photo_caption")
            if item.photos and item.photos[-1].caption is None:
                item.photos[-1].caption = t
            else:
                item.photos.append(Photo(caption=t))
            item.blocks.append(Block(p, "caption"))
        elif kind == "caption_news":
            item = self.new("photo_caption")
            item.photos.append(Photo(caption=t))
            item.blocks.append(Block(p, "body"))
        elif kind in ("table_head", "table"):
            (cur or self.new()).blocks.append(Block(p, kind))
        elif kind == "note":
            (cur or self.new()).notes.append(t)
        elif kind == "speaker" or (kind == "short" and cur is not None and t.rstrip().endswith((":", "："))):
            # who speaks, and a salutation (各位代表：): text of the current item, never a title
            (cur or self.new()).blocks.append(Block(p, "subhead"))
        elif kind == "short" and cur is not None and cur.subtitle is not None and not cur.has_body \
                and opens_with_date(t):
            cur.photos.append(Photo(caption=t))  # under the headline and its subtitle, a line opening with
            cur.blocks.append(Block(p, "caption"))  # a day's date (2016年10月12日在…送匾) is a photo's caption
        elif kind == "short":
            if cur is not None and cur.title and not cur.has_body and cur.credits.empty() \
                    and self.is_name(i) and cur.columns:
                cur.credits.authors.append(t.strip())
            elif cur is None or (not cur.has_body and cur.kind == "article" and
                                 (not cur.title or (len(cur.title) == 1 and cur.credits.empty()))):
                # a first title line, or the second line of a headline printed on two lines
                item = cur or self.new()
                item.title.append(p)
            elif self.title_follows(i):
                item = self.open_item()
                if item.title and (item.has_body or item.subtitle):
                    item = self.new()
                item.title.append(p)
            else:
                cur.blocks.append(Block(p, "subhead"))
        else:  # body, bullet
            if cur is None or (cur.kind == "photo_caption" and not cur.has_body and not cur.title and DATELINE.match(t)):
                cur = self.new()  # …供图 above 中新网沈阳1月10日电…: the story opens with its dateline, the photo's caption is its own
            elif kind == "body" and t[:1] in "的地得了着，,。、；;：:)）》”" and not p.joined \
                    and not (t[:1] in "的地得了着" and particle_starts_word(t)) \
                    and not (t[:1] == "”" and cur.blocks and self._quote_open(cur.blocks[-1].para.text)):
                # 地区生产总值… starts a paragraph; ”为了… closes the quotation the paragraph before opened
                cur = self.new("fragment")
            cur.blocks.append(Block(p, "bullet" if kind == "bullet" else "body"))

    def insertion(self, i: int, j: int) -> None:
        """Paragraphs the layout printed inside another paragraph: photos or a fragment."""
        run = list(range(i, j))
        host = self.cur
        # the host is usually the last story opened: look from the end, by identity (Item's == compares contents)
        inside = next((k for k in range(len(self.items) - 1, -1, -1) if self.items[k] is host), None) \
            if host is not None else None
        if all(self.kinds[k] in ("caption", "credit", "short") for k in run):
            credit = next((self.paras[k].text for k in run if self.kinds[k] == "credit"), None)
            names = parse_photo_credit(credit)[0] if credit else []
            if credit is None and host is not None:  # the story's own photo, credited in its byline
                for k in run:
                    host.photos.append(Photo(caption=self.paras[k].text))
                    host.blocks.append(Block(self.paras[k], "caption"))
                return
            # a photo group with its own credit (省法院供图) placed inside a paragraph by the
            # layout: each photo is an item of its own, sharing the credit
            for k in run:
                if self.kinds[k] != "credit":
                    photo = Item(kind="photo_caption", inside=inside)
                    photo.photos.append(Photo(caption=self.paras[k].text, credit=credit))
                    photo.blocks.append(Block(self.paras[k], "caption"))
                    photo.credits.photographers.extend(names)
                    self.items.append(photo)
            self.cur = host
            return
        frag = Item(kind="fragment", inside=inside)
        self.items.append(frag)
        for k in run:
            p, kind = self.paras[k], self.kinds[k]
            role = "body" if kind in ("body", "bullet", "dateline", "caption_news") else (
                kind if kind in ("caption", "table_head", "table") else "subhead")
            frag.blocks.append(Block(p, role))
        self.cur = host

    def infographic(self) -> Item:
        item = Item(kind="article")
        labels = column_labels()["columns"]
        for p, kind in zip(self.paras, self.kinds, strict=True):
            t = p.text.strip()
            if not item.title and not item.blocks and t in labels:
                item.columns.append(t)
            elif not item.title and kind in ("short", "heading"):
                item.title.append(p)
            elif kind == "note":
                item.notes.append(t)
            elif kind in ("short", "heading", "subtitle", "column"):
                if not re.fullmatch(r"\d{1,2}", t):
                    item.blocks.append(Block(p, "subhead"))
            elif kind == "credit":
                item.photos.append(Photo(credit=t))
            elif kind in ("table_head", "table"):
                item.blocks.append(Block(p, kind))
            else:
                item.blocks.append(Block(p, "bullet" if kind == "bullet" else "body"))
        self.items = [item]
        return item

    def assign_pending(self) -> None:
        """Bylines printed in a page header go to the later items that have none."""
        if not self.pending:
            return
        for item in self.items:
            if not self.pending:
                break
            if item.kind in ("article", "short_news") and item.credits.empty() and item.title \
                    and not item.columns:
                cols, credits = self.pending.pop(0)
                item.columns.extend(cols)
                item.credits.merge(credits)

    def finish_kinds(self) -> None:
        commentary = column_labels()["commentary"]
        for item in self.items:
            if item.kind != "article":
                continue
            if any(c in commentary for c in item.columns) or (item.credits.authors and not item.credits.reporters):
                item.kind = "commentary"
            elif (item.dateline and item.body_chars() <= 1000) or item.body_chars() <= 300:
                item.kind = "short_news"


def _vector(item: Item) -> dict[str, float]:
    """TF-IDF weights of an item's 60 strongest words, place names weighted three times.

    One dictionary-only jieba pass (no HMM) and jieba.analyse's IDF table and stop words."""
    from reportgen.gazetteer import gazetteer
    from reportgen.words import STOP_WORDS as stop
    from reportgen.words import cut
    from reportgen.words import idf as idf_table

    if item.vector is not None:
        return item.vector
    names, stems = gazetteer()
    idf, median = idf_table()
    text = "".join(p.text for p in item.all_paras())
    # counted at C speed; the filter is then applied once per distinct word
    counts = [(w, n) for w, n in Counter(cut(text)).items() if len(w.strip()) >= 2 and w.lower() not in stop]
    total = sum(n for _, n in counts) or 1
    # the 60 heaviest, ties by word: (-weight, word) tuples in their natural order
    top = [(w, -nv) for nv, w in heapq.nsmallest(60, ((-(n / total * idf.get(w, median)), w) for w, n in counts))]
    vec = {w: v * (3.0 if w in names or w in stems else 1.0) for w, v in top}
    norm = sum(v * v for v in vec.values()) ** 0.5
    item.vector = {w: v / norm for w, v in vec.items()} if norm else {}  # unit length: cosine = dot product
    return item.vector


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two unit-length vectors."""
    if len(b) < len(a):
        a, b = b, a
    return sum(v * b[w] for w, v in a.items() if w in b)


def _near(stories: list[int], f: int, reach: int) -> list[int]:
    """The `reach` stories before and after position f."""
    k = bisect.bisect_left(stories, f)
    return stories[max(0, k - reach):k + reach]


def attach_fragments(items: list[Item], min_score: float = 0.05, margin: float = 1.25, reach: int = 30) -> None:
    """Attach each fragment to the story on the page whose keywords it shares most.

    A fragment stays unattached when no story clearly wins: the best cosine similarity is
    below `min_score`, or less than `margin` times the runner-up's. Only the `reach` stories
    before and after a fragment are candidates (a newspaper page holds far fewer), which keeps
    a file of thousands of items linear.
    """
    fragments = [i for i, it in enumerate(items) if it.kind == "fragment"]
    if not fragments:
        return
    stories = [i for i, it in enumerate(items) if it.kind not in ("fragment", "photo_caption")]
    near = {f: _near(stories, f, reach) for f in fragments}
    needed = sorted(set(fragments).union(*near.values()))
    vectors = {i: _vector(items[i]) for i in needed}
    for f in fragments:
        scored = sorted(((_cosine(vectors[f], vectors[s]), s) for s in near[f]), reverse=True)
        if not scored:
            continue
        best, idx = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        items[f].attach_score = round(best, 3)
        if best >= min_score and best >= margin * second:
            items[f].attached_to = idx


def _closest(items: list[Item], f: int, near: list[int]) -> int:
    """The story among `near` whose words the fragment at f shares most."""
    return max(near, key=lambda s: _cosine(_vector(items[f]), _vector(items[s])))


def merge_fragment_pieces(items: list[Item], reach: int = 30) -> list[Item]:
    """Fragments printed one after the other (with only their host story's text between them)
    whose text points to the same story are pieces of one fragment: they become one item.
    As in attach_fragments, only the `reach` stories around a fragment are compared."""
    runs: list[list[int]] = []
    for i, it in enumerate(items):
        if it.kind == "fragment" and runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        elif it.kind == "fragment":
            runs.append([i])
    runs = [r for r in runs if len(r) > 1]
    if not runs:
        return items
    stories = [i for i, it in enumerate(items) if it.kind not in ("fragment", "photo_caption")]
    drop: set[int] = set()
    for run in runs:
        best = [_closest(items, f, near) if (near := _near(stories, f, reach)) else None for f in run]
        start = 0
        for k in range(1, len(run) + 1):
            if k == len(run) or best[k] != best[start]:
                head = items[run[start]]
                for f in run[start + 1:k]:
                    head.blocks.extend(items[f].blocks)
                    head.vector = None
                    drop.add(f)
                start = k
    keep = [i for i in range(len(items)) if i not in drop]
    where = {old: new for new, old in enumerate(keep)}
    out = [items[i] for i in keep]
    for it in out:
        if it.inside is not None:
            it.inside = where.get(it.inside)
    return out


def segment(page: CleanPage) -> list[Item]:
    """Split a page into items in reading order."""
    items = merge_fragment_pieces(_Segmenter(page).run())
    attach_fragments(items)
    return items
