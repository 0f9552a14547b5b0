"""The YAML summary's shape (schema version 1), as typed dictionaries: what `parse` writes and
`build` reads. docs/schema.json is the same shape for other tools; tests/test_schema.py keeps the
two in step (every key, and which keys are required)."""

from collections.abc import Iterable, Mapping
from typing import Any, Literal, NotRequired, TypedDict

Origin = Literal["glossary", "composed", "gazetteer", "pinyin", "generated", "human", "machine", "missing"]


class SourceInfo(TypedDict):
    path: str
    sha256: str
    encoding: str
    chars: int


class PageInfo(TypedDict):
    items: int
    markdown: bool
    simplified_from_traditional: bool


class Scope(TypedDict):
    name: str
    level: str
    basis: str


class Region(TypedDict):
    name: str
    level: str
    name_en: NotRequired[str | None]
    name_en_origin: NotRequired[Origin]


class Institution(TypedDict):
    name: str
    type: str
    name_en: NotRequired[str | None]
    name_en_origin: NotRequired[Origin]


class Person(TypedDict):
    name: str
    role: str | None
    name_en: NotRequired[str | None]
    name_en_origin: NotRequired[Origin]


class Stat(TypedDict):
    id: str
    label: str
    lead: NotRequired[str]
    value: str
    unit: str
    norm: int | float
    norm_max: NotRequired[int | float]
    norm_unit: str
    qualifier: str
    caveat: NotRequired[str]
    caveat_en: NotRequired[str | None]
    caveat_en_origin: NotRequired[Origin]
    kind: str
    direction: NotRequired[str]
    comparison: NotRequired[str]
    of: NotRequired[str]
    period: str | None
    since: NotRequired[str]
    period_part: NotRequired[str]
    currency: NotRequired[str]
    region: NotRequired[str | None]
    section: NotRequired[str]
    span: list[int]
    sentence: str
    label_en: NotRequired[str | None]
    label_en_origin: NotRequired[Origin]


class Quote(TypedDict):
    speaker: str | None
    role: str | None
    text: str
    span: list[int]


class Case(TypedDict):
    parties: list[str]
    dispute: str | None
    dispute_en: NotRequired[str | None]
    dispute_en_origin: NotRequired[Origin]
    amounts: list[str]
    measures: list[str]
    outcome: str | None
    span: list[int]


class Photo(TypedDict):
    caption: str | None
    caption_en: NotRequired[str | None]
    caption_en_origin: NotRequired[Origin]
    credit: str | None


class NameEn(TypedDict):
    zh: str
    en: str | None
    origin: Origin


class Item(TypedDict):
    id: str
    kind: str
    title: str | None
    subtitle: str | None
    columns: list[str]
    dateline: str | None
    reporters: list[str]
    correspondents: list[str]
    photographers: list[str]
    authors: list[str]
    topic: str
    period: str | None
    scope: NotRequired[Scope | None]
    regions: list[Region]
    institutions: list[Institution]
    people: list[Person]
    stats: list[Stat]
    quotes: list[Quote]
    cases: list[Case]
    campaigns: list[str]
    documents: list[str]
    keywords: list[str]
    summary: str | None
    photos: list[Photo]
    lines: list[int]
    attached_to: NotRequired[str | None]
    printed_inside: NotRequired[str]
    attach_score: NotRequired[float]
    notes: NotRequired[list[str]]
    title_en: NotRequired[str | None]
    title_en_origin: NotRequired[Origin]
    subtitle_en: NotRequired[str | None]
    subtitle_en_origin: NotRequired[Origin]
    summary_en: NotRequired[str | None]
    summary_en_origin: NotRequired[Origin]
    campaigns_en: NotRequired[list[NameEn]]
    documents_en: NotRequired[list[NameEn]]
    reviewed: NotRequired[bool]
    dropped: NotRequired[bool]
    section: NotRequired[str]
    cards: NotRequired[list[str]]
    sections_en: NotRequired[list[NameEn]]


class Summary(TypedDict):
    article: NotRequired[str]
    article_sha256: NotRequired[str]
    schema: int
    generator: str
    source: SourceInfo
    published: NotRequired[str | None]
    reviewed: bool
    page: PageInfo
    articles: list[Item]
    warnings: list[str]
    en_missing: NotRequired[list[str]]
    en_review: NotRequired[list[str]]


def changes_by_level(stats: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The change printed with each figure it describes (`of`): the first the text gives, when it
    gives two (增长1.7%（同口径增长2.5%以上）: up 1.7%; the second stays a figure of its own)."""
    out: dict[str, Any] = {}
    for s in stats:
        if s.get("of"):
            out.setdefault(s["of"], s)
    return out


def missing_keys(data: object) -> list[str]:
    """The required keys a summary lacks, each named with where it is missing: a hand-made summary
    gets a clear message instead of failing somewhere later."""
    if not isinstance(data, dict):
        return ["the file is not a mapping of keys to values"]
    out = [f"missing key `{k}`" for k in sorted(Summary.__required_keys__) if k not in data]
    if isinstance(data.get("source"), dict):
        out += [f"source: missing key `{k}`" for k in sorted(SourceInfo.__required_keys__) if k not in data["source"]]
    for n, item in enumerate(data.get("articles") or [], 1):
        if not isinstance(item, dict):
            out.append(f"articles[{n}]: not a mapping")
            continue
        where = f"articles[{n}] ({item.get('id', '?')})"
        out += [f"{where}: missing key `{k}`" for k in sorted(Item.__required_keys__) if k not in item]
        for m, stat in enumerate(item.get("stats") or [], 1):
            if not isinstance(stat, dict):
                out.append(f"{where} stats[{m}]: not a mapping")
                continue
            out += [f"{where} stats[{m}] ({stat.get('id', '?')}): missing key `{k}`"
                    for k in sorted(Stat.__required_keys__) if k not in stat]
    return out
