"""The YAML summary's shape (schema version 1), as typed dictionaries: what `parse` writes and
`build` reads. docs/schema.json is the same shape for other tools; tests/test_schema.py keeps the
two in step (every key, and which keys are required)."""

from typing import Literal, NotRequired, TypedDict

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
    value: str
    unit: str
    norm: int | float
    norm_max: NotRequired[int | float]
    norm_unit: str
    qualifier: str
    kind: str
    direction: NotRequired[str]
    comparison: NotRequired[str]
    of: NotRequired[str]
    period: str | None
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
    sections_en: NotRequired[list[NameEn]]


class Summary(TypedDict):
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
