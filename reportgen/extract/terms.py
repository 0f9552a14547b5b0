"""Campaigns (“…”), documents (《…》), keywords, topic and an extractive summary."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

import yaml

_CAMPAIGN_AFTER = re.compile(r"^(?:等)?(?:专项行动|专项活动|专项执行活动|专项执行行动|集中行动|行动|活动|工作|机制|"
                             r"模式|制度|理念|目标|战略|主题|系列活动|品牌|工程|攻坚)")
_CAMPAIGN_BEFORE = re.compile(r"(?:开展|推动|推进|深化|组织|集中开展|常态化开展|实施|启动|部署|开展了|围绕)$")
_QUOTED = re.compile(r"“([^“”]{2,20})”")
_SENTENCE_MARK = re.compile("[，,。！？!?：:]")
_RUN_AHEAD = re.compile(r"^(?:“[^“”]{2,20}”|、)*")
_RUN_BEHIND = re.compile(r"(?:“[^“”]{2,20}”|、)*$")
# Each token's IDF weight, or None for a token that is not a keyword candidate; filled as tokens
# are met (a process's tokens repeat), up to a bound.
_WORD_WEIGHTS: dict[str, float | None] = {}
_DOCUMENT = re.compile(r"《([^《》]{2,80})》")


def find_campaigns(text: str) -> list[tuple[str, int, int]]:
    """Named campaigns and initiatives in quotes, with their analysis offsets."""
    out = []
    for m in _QUOTED.finditer(text):
        name = m.group(1)
        if _SENTENCE_MARK.search(name) is not None:
            continue
        # a run of quoted names: “交叉执行”“终本清仓、回暖促执”等重点领域工作
        tail = text[m.end():m.end() + 40]
        run_tail = _RUN_AHEAD.sub("", tail)
        head = text[max(0, m.start() - 8):m.start()]
        head = _RUN_BEHIND.sub("", head)
        if _CAMPAIGN_AFTER.match(run_tail) or _CAMPAIGN_BEFORE.search(head):
            out.append((name, m.start(1), m.end(1)))
    return out


def find_documents(text: str) -> list[tuple[str, int, int]]:
    """Documents and titles in book-title marks."""
    return [(m.group(1), m.start(1), m.end(1)) for m in _DOCUMENT.finditer(text)]


def keywords(tokens: list[str], k: int = 8) -> list[str]:
    """TF-IDF keywords from jieba tokens, with jieba.analyse's IDF table and stop words."""
    from reportgen.words import STOP_WORDS as stop
    from reportgen.words import idf as idf_table

    idf, median = idf_table()
    counts = Counter(tokens)
    weights = _WORD_WEIGHTS
    if len(weights) > 300_000:  # bounded: numbers and names make tokens without end
        weights.clear()
    for t in [t for t in counts if t not in weights]:  # (keys() - keys() would walk all of weights)
        # words only: two or more letters, no digits or marks, not a stop word
        weights[t] = idf.get(t, median) if len(t) >= 2 and t.isalpha() and t.lower() not in stop else None
    scored = [(-n * w, t) for t, n in counts.items() if (w := weights[t]) is not None]
    return [w for _, w in heapq.nsmallest(k, scored)]



@lru_cache(maxsize=1)
def topic_lexicon() -> dict[str, list[str]]:
    return yaml.safe_load(resources.files("reportgen.data").joinpath("topics.yaml").read_text("utf-8"))


def topic(text: str) -> str:
    """执行, 审判, 检察, 公安, 司法行政, 普法 or 其他, by counting the lexicon's terms."""
    counts = Counter({name: sum(text.count(term) for term in terms) for name, terms in topic_lexicon().items()})
    best, n = counts.most_common(1)[0] if counts else ("其他", 0)
    if n < 2:
        return "其他"
    # a long text that mentions police or courts in passing (a government work report) is about none
    # of them: its topic must be what most of its legal words are about, and not rare in it
    if n < 0.4 * sum(counts.values()) or n * 1000 / max(len(text), 1) < 0.5:
        return "其他"
    return best
