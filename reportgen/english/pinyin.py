"""Pinyin for names: syllables (pypinyin), joined as English writes them (Xi'an), and a
phrase written word by word (终本清仓 → Zhongben Qingcang)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def syllables(text: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors="ignore", v_to_u=False))


def join_syllables(parts: tuple[str, ...] | list[str]) -> str:
    """Pinyin syllables as one word, with an apostrophe before a, o, e (Xi'an)."""
    out = ""
    for i, s in enumerate(parts):
        s = s.replace("v", "ü")
        if i and s[:1] in "aoe":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def pinyin_word(text: str) -> str:
    return join_syllables(syllables(text))


def pinyin_phrase(zh: str) -> str | None:
    """Pinyin of a name, one capitalized word per jieba word: 终本清仓 → Zhongben Qingcang."""
    from reportgen.words import cut

    words = []
    for chunk in re.split(r"[^\u4e00-\u9fff]+", zh):
        if chunk:
            words.append(" ".join(pinyin_word(w) for w in cut(chunk)))
    return ", ".join(words) or None
