"""The parse pipeline for one file: read → clean → segment → extract and summarize → English."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportgen.clean import clean
from reportgen.english.enrich import enrich_summary
from reportgen.english.terms import Terms, default_terms
from reportgen.english.translate import Translator
from reportgen.read import Source, decode, front_matter, publication_date, read_source, without_front_matter
from reportgen.segment import segment
from reportgen.summarize import summarize
from reportgen.summary import Summary


def parse_file(path: Path, display_path: str | None = None, terms: Terms | None = None,
               translator: Translator | None = None) -> Summary:
    """Parse one article file into its YAML summary (a dict), English made with `terms` (the
    built-in terminology by default). Raises InputError for bad input."""
    return parse_source(read_source(path), display_path or str(path), terms, translator)


def parse_source(source: Source, display_path: str, terms: Terms | None = None,
                 translator: Translator | None = None) -> Summary:
    """Clean, segment and summarize a decoded source, then add the English side."""
    meta, end = front_matter(source.text)
    if end:
        source = replace(source, text=without_front_matter(source.text, end))
    page = clean(source.text)
    summary = summarize(source, page, segment(page), display_path, publication_date(meta, source.path.name))
    add_english(summary, terms, translator=translator)
    return summary


def add_english(summary: Summary, terms: Terms | None = None, old: Mapping[str, Any] | None = None,
                translator: Translator | None = None) -> list[str]:
    """English for every item (glossary, gazetteer, pinyin, generated), keeping a person's edits in `old`."""
    return enrich_summary(summary, terms or default_terms(), old, translator)


def parse_bytes(data: bytes, name: str = "<text>") -> Summary:
    """Parse raw bytes (any supported encoding) as one page; for benchmarks and embedding."""
    text, encoding = decode(data, name)
    return parse_source(Source(Path(name), text, hashlib.sha256(data).hexdigest(), encoding), name)
