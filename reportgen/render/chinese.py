"""Chinese forms a printed briefing uses: section numbers (一、二、十二) and dates (2026年1月20日)."""

from __future__ import annotations

import datetime as dt
import re

_DIGITS = "零一二三四五六七八九"


def cn_ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三 (section numbers in 简报 headings)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def cn_date(d: dt.date) -> str:
    """2026-01-20 → 2026年1月20日."""
    return f"{d.year}年{d.month}月{d.day}日"


def en_date(d: dt.date) -> str:
    """2026-01-20 → 20 January 2026."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e"
_HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}])\s*([,;:?!])\s*|\s*([,;:?!])\s*(?=[{_CJK}])")
_STOP = re.compile(rf"(?<=[{_CJK}])\.(?=[{_CJK}]|\s*$)")
_PARENS = re.compile(r"\(([^()]*)\)")
_HAS_CJK = re.compile(rf"[{_CJK}]")
_TAG = re.compile(r"(<[^>]*>|&#?\w+;)")


def zh_punct(text: str) -> str:
    """Full-width punctuation in Chinese text as a printed 简报 has it: a comma, semicolon, colon,
    question or exclamation mark next to a Chinese character (47717件,同比 → 47717件，同比), a full
    stop after one, brackets around Chinese (（新收加旧存）) and straight double quotes paired as
    “…” when they enclose Chinese. Digits, decimal points and a comma between digits (1,200) are
    left as they are: the words and numbers do not change, only the marks."""
    def one(m: re.Match) -> str:
        mark = m.group(1) or m.group(2)
        if mark == ":" and re.fullmatch(r"\d:\d", text[max(m.start() - 1, 0):m.end() + 1] or ""):
            return m.group(0)
        return _HALF[mark]

    out = _NEXT_TO_CJK.sub(one, text)
    out = _STOP.sub("。", out)
    out = _PARENS.sub(lambda m: f"（{m.group(1)}）" if _HAS_CJK.search(m.group(1)) else m.group(0), out)
    if out.count('"') % 2 == 0 and '"' in out and _HAS_CJK.search(out):
        parts = out.split('"')
        out = parts[0] + "".join(("“" if i % 2 else "”") + p for i, p in enumerate(parts[1:], 1))
    return out


def zh_punct_html(html: str) -> str:
    """zh_punct on the text of rendered Markdown, never inside a tag."""
    return "".join(p if p.startswith(("<", "&")) and _TAG.fullmatch(p) else zh_punct(p) for p in _TAG.split(html))
