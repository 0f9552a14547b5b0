"""Chinese forms a printed briefing uses: section numbers (一、二、十二) and dates (2026年1月20日)."""

from __future__ import annotations

import datetime as dt

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
