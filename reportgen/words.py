"""Word segmentation with jieba's dictionary, dictionary only (no HMM guessing of new words).

Segmentation runs through jieba-rs (the `rjieba` binding) when it is installed: the same
dictionary and the same algorithm, about twenty times faster than pure-Python jieba, and the
same words (bench/parse_speed.py --compare-tokenizers checks this on the seeds and corpus).
Without it, jieba itself is used. Keyword weights use the IDF table that ships with jieba.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

_rjieba: Any
try:
    import rjieba as _rjieba
except ImportError:  # pragma: no cover - exercised only where the binding is missing
    _rjieba = None

# jieba.analyse's default stop words (its IDF table covers Chinese; these are English function words)
STOP_WORDS = frozenset((
    "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as", "on", "with",
    "can", "if", "from", "which", "you", "it", "this", "then", "at", "have", "all", "not", "one", "has", "or",
))


def engine() -> str:
    """Which segmenter is in use: `jieba-rs` or `jieba`."""
    return "jieba-rs" if _rjieba is not None else "jieba"


def _jieba():
    import jieba

    jieba.setLogLevel(60)
    return jieba


def cut(text: str) -> list[str]:
    """The words of `text` in order (jieba's dictionary, no HMM)."""
    if _rjieba is not None:
        return _rjieba.cut(text, hmm=False)
    return _jieba().lcut(text, HMM=False)


def tags(text: str) -> list[tuple[str, str]]:
    """The words of `text` with their parts of speech (jieba's tags: v verb, n noun, p preposition …).
    Unlike `cut`, new words are guessed (HMM): a label's last word is often one the dictionary lacks
    (执结), and its part of speech is what is asked."""
    if _rjieba is not None:
        return [(w, f) for w, f in _rjieba.tag(text, hmm=True)]
    import jieba.posseg

    _jieba()
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text, HMM=True)]


def tokenize_search(text: str) -> list[tuple[str, int, int]]:
    """Every dictionary word of `text` with its offsets, short words inside long ones too."""
    if _rjieba is not None:
        return _rjieba.tokenize(text, mode="search", hmm=False)
    return list(_jieba().tokenize(text, mode="search", HMM=False))


@lru_cache(maxsize=1)
def idf() -> tuple[dict[str, float], float]:
    """jieba.analyse's IDF table and its median, read from the file jieba ships."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
    table: dict[str, float] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, freq = line.strip().partition(" ")
            if freq:
                table[word] = float(freq)
    return table, sorted(table.values())[len(table) // 2]
