"""Every English statement reportgen makes for a summary, beside the Chinese it comes from.

A statement is one English string a reader of the YAML or the briefing sees: a figure's English
(`figure`), a statistic's label (`label`), an item's title and summary, a subtitle, section
heading, dispute or caption, and the English names of regions, institutions, people, documents
and campaigns. Its `key` names it by text, item or statistic and field (`sohu_000-01.s02 figure`,
`nat_government_000_2025-01 document 政府工作报告`) and does not change when the English does, so a
reviewed statement can be found again after reportgen changes.

The 40 texts are cut from the shared corpus (../shared/corpus, or $REPORTGEN_CORPUS) by
bench/corpus_sample.py; the corpus is not part of the repository.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
NAMES_FILE = ROOT / "tests" / "english_corpus.txt"
FIELDS = ("figure", "pair", "label", "title", "summary", "subtitle", "section", "dispute", "caption", "region",
          "institution", "person", "document", "campaign")


@dataclass
class Statement:
    """One English string and the Chinese it says."""

    text: str  # corpus file name (tests/english_corpus.txt)
    key: str  # '<id> <field>' or '<id> <field> <zh>' for names
    field: str
    zh: str  # the Chinese the English renders (printed figure, label, name, title …)
    en: str | None
    origin: str = ""
    context: str = ""  # the source sentence(s) it comes from
    data: dict[str, Any] = field(default_factory=dict)  # the summary entry (stat, item, name entry)


def corpus_dir() -> Path:
    return Path(os.environ.get("REPORTGEN_CORPUS") or ROOT.parent / "shared" / "corpus")


def names() -> list[str]:
    return [ln.strip() for ln in NAMES_FILE.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def texts() -> dict[str, str] | None:
    """The 40 texts by name, cut from the corpus; None when the corpus is not on this machine."""
    corpus = corpus_dir()
    if not corpus.is_dir():
        return None
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.corpus_sample import sample

    wanted = names()
    pool = dict(sample(corpus, 10 ** 6))
    return {n: pool[n] for n in wanted if n in pool}


@lru_cache(maxsize=1)
def summaries() -> dict[str, dict] | None:
    """Each text parsed as `reportgen parse` parses it; None without the corpus."""
    got = texts()
    if got is None:
        return None
    import jieba

    from reportgen.pipeline import parse_bytes

    jieba.setLogLevel(60)
    return {n: parse_bytes(t.encode("utf-8"), f"{n}.txt") for n, t in got.items()}


def _sentences(stats: list[dict]) -> str:
    return " / ".join(dict.fromkeys(s.get("sentence") or "" for s in stats if s.get("sentence")))


def item_statements(text: str, item: dict) -> Iterator[Statement]:
    """The statements of one item, in the order of its YAML."""
    from reportgen.english.figures import figure_en
    from reportgen.english.generate import lead_stats
    from reportgen.printed import printed
    from reportgen.summary import changes_by_level

    iid = item["id"]
    stats = item.get("stats") or []
    changes = changes_by_level(stats)
    lead = lead_stats(item, 3)
    scope = item.get("scope") or {}

    def facts(chosen: list[dict]) -> str:
        """What a generated title or summary says, in the Chinese it comes from: the place and
        period credited, and each figure with its label (and its change)."""
        where = " ".join(str(x) for x in (scope.get("name"), item.get("period")) if x)
        said = "；".join(f"{s.get('label')} {printed(s).zh}" + (f"，{printed(changes[s['id']]).zh}"
                                                               if s["id"] in changes else "") for s in chosen)
        return f"{where}: {said}" if where else said

    heading = f"[{item.get('title') or ''}] " if item.get("title") else ""
    if item.get("title_en") or item.get("title"):
        yield Statement(text, f"{iid} title", "title", facts(lead[:1]), item.get("title_en"),
                        item.get("title_en_origin", ""), heading + _sentences(lead[:1]), item)
    if item.get("subtitle"):
        yield Statement(text, f"{iid} subtitle", "subtitle", item["subtitle"], item.get("subtitle_en"),
                        item.get("subtitle_en_origin", ""), "", item)
    if item.get("summary_en") or item.get("summary"):
        yield Statement(text, f"{iid} summary", "summary", facts(lead), item.get("summary_en"),
                        item.get("summary_en_origin", ""), _sentences(lead), item)
    for s in stats:
        sentence = s.get("sentence") or ""
        yield Statement(text, f"{s['id']} label", "label", s.get("label") or "", s.get("label_en"),
                        s.get("label_en_origin", ""), sentence, s)
        yield Statement(text, f"{s['id']} figure", "figure", printed(s).zh, figure_en(s), "", sentence, s)
        change = changes.get(s["id"])
        if change is not None:  # a card and a summary print the change beside the figure it is of
            level_en, change_en = figure_en(s), figure_en(change)
            yield Statement(text, f"{s['id']} pair", "pair", f"{printed(s).zh}，{printed(change).zh}",
                            f"{level_en}, {change_en}" if level_en and change_en else None, "",
                            _sentences([s, change]), {"stat": s, "change": change})
    for entry in item.get("sections_en") or []:
        yield Statement(text, f"{iid} section {entry['zh']}", "section", entry["zh"], entry.get("en"),
                        entry.get("origin", ""), "", entry)
    for n, case in enumerate(item.get("cases") or [], 1):
        if case.get("dispute"):
            yield Statement(text, f"{iid} dispute {n}", "dispute", case["dispute"], case.get("dispute_en"),
                            case.get("dispute_en_origin", ""), "", case)
    for n, photo in enumerate(item.get("photos") or [], 1):
        if photo.get("caption"):
            yield Statement(text, f"{iid} caption {n}", "caption", photo["caption"], photo.get("caption_en"),
                            photo.get("caption_en_origin", ""), "", photo)
    for part, what in (("regions", "region"), ("institutions", "institution"), ("people", "person")):
        for entry in item.get(part) or []:
            ctx = entry.get("role") or ""
            yield Statement(text, f"{iid} {what} {entry['name']}", what, entry["name"], entry.get("name_en"),
                            entry.get("name_en_origin", ""), ctx, entry)
    for part, what in (("documents_en", "document"), ("campaigns_en", "campaign")):
        for entry in item.get(part) or []:
            yield Statement(text, f"{iid} {what} {entry['zh']}", what, entry["zh"], entry.get("en"),
                            entry.get("origin", ""), "", entry)


def all_statements(parsed: dict[str, dict] | None = None) -> list[Statement]:
    """Every statement of the 40 texts (English or not), in text order; [] without the corpus."""
    parsed = parsed if parsed is not None else summaries()
    if parsed is None:
        return []
    out: list[Statement] = []
    seen: set[str] = set()
    for name, summary in parsed.items():
        for item in summary.get("articles") or []:
            for st in item_statements(name, item):
                if st.key in seen:  # a name listed twice in one item is one statement
                    continue
                seen.add(st.key)
                out.append(st)
    return out
