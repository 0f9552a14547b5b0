"""Parse numbers as Chinese news writes them: 47717, 1,234, 34.07亿, 一百二十万, 百分之二十二点三, 1/3, 一半,
五成, 2万3千, and the ranges 六七 (six or seven), 三四十 (thirty to forty)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import cn2an

SCALES: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "十亿": Decimal(10) ** 9,
    "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4, "千": Decimal(10) ** 3, "百": Decimal(10) ** 2,
}
CN_DIGITS = "零〇一二两三四五六七八九"
CN_UNITS = "十百千万亿"
# (两 is never one of them; 一九八二 and 二〇二三, four digits from 一九 or 二〇, are years)
_DIGIT_BY_DIGIT = re.compile(r"(?!(?:一九|二〇)[零〇一二三四五六七八九]{2}(?![零〇一二三四五六七八九]))"
                             r"[零〇一二三四五六七八九]+(?:亿[零〇一二三四五六七八九]*)?(?:万[零〇一二三四五六七八九]*)?")
_CN_RE = re.compile(rf"[{CN_DIGITS}{CN_UNITS}]+(?:点[{CN_DIGITS}]+)?")
_SEPARATORS = re.compile(r"[,，\s]")
_SLASH = re.compile(r"(\d+)\s*/\s*(\d+)")
_PARTS_OF = re.compile(r"(.+)分之(.+)|([二三四五六七八九十])分([一二三四五六七八九])")  # 三分之一; 四分一 (as Hong Kong says a quarter)
_ARABIC_ONLY = re.compile(r"[\d.,，\s]+")
# 2万3千, 1亿2000万: Arabic digits with scale characters between them
_MIXED = re.compile(r"(\d+(?:\.\d+)?)([亿万千百])")
_MIXED_TAIL = re.compile(r"万(\d{1,4})$")  # 28万3622: units after the last 万
_MIXED_FULL = re.compile(r"(?:\d+(?:\.\d+)?[亿万千百])+\d*")
_TENTHS = re.compile(rf"([{CN_DIGITS}十]|[1-9])成([{CN_DIGITS}]|[1-9]|半)?")  # 四成, 9成, 四成半, 8成7 (87%)
# two neighbouring digits make a range: 一两个月, 六七个小时, 三四十人, 七八百
_CN_RANGE = re.compile(r"([一两二三四五六七八九])([两二三四五六七八九])([十百千万]?)")
_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0}


class NumberError(ValueError):
    """Text that is not a number this module understands."""


def parse_arabic(text: str) -> Decimal:
    """`47717`, `1,234.5`, `1 234` → Decimal."""
    cleaned = _SEPARATORS.sub("", text)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise NumberError(text) from None


def _digit_by_digit(text: str) -> Decimal | None:
    """三一八〇, 一亿九三一二万, 二六四亿: digits said one by one (as Taiwan's papers print figures), in groups
    between 亿 and 万; None unless a group has three digits at least, so 五四 and 一二 stay names."""
    parts = re.split("[万亿]", text)
    if not any(len(part) > 2 for part in parts):
        return None
    value = Decimal(0)
    for part, scale in zip(parts, re.findall("[万亿]", text) + [""], strict=True):
        digits = "".join(str(_DIGIT_VALUE[c]) for c in part) or "0"
        value += Decimal(digits) * (10 ** 8 if scale == "亿" else 10 ** 4 if scale == "万" else 1)
    return value


def parse_chinese(text: str) -> Decimal:
    """`一百二十万` → 1200000, `二十二点三` → 22.3, `两千` → 2000."""
    if not _CN_RE.fullmatch(text):
        raise NumberError(text)
    if _DIGIT_BY_DIGIT.fullmatch(text) and (value := _digit_by_digit(text)) is not None:
        return value
    if len(text) > 1 and not any(c in text for c in CN_UNITS + "点") and not all(c in "零〇" for c in text[1:]):
        raise NumberError(text)  # 五四, 一二 are names, not numbers
    if text[0] in "十百千万亿" and text[0] != "十":
        text = "一" + text  # 千亿, 百余: a bare scale counts one of it
    try:
        value = cn2an.cn2an(text.replace("〇", "零"), "normal")
    except (ValueError, KeyError, IndexError):
        try:
            value = cn2an.cn2an(text.replace("〇", "零"), "smart")
        except (ValueError, KeyError, IndexError):
            raise NumberError(text) from None
    return Decimal(str(value))


def parse_number(text: str) -> Decimal:
    """Arabic or Chinese numerals, fractions (`1/3`, `三分之一`) and `一半`, as a Decimal."""
    t = text.strip()
    if t.isascii() and t.isdigit():
        return Decimal(t)
    if t in ("一半", "半数"):
        return Decimal("0.5")
    if (m := _SLASH.fullmatch(t)) is not None:
        num, den = Decimal(m.group(1)), Decimal(m.group(2))
        if den == 0:
            raise NumberError(text)
        return num / den
    if (m := _PARTS_OF.fullmatch(t)) is not None:
        den, num = parse_number(m.group(1) or m.group(3)), parse_number(m.group(2) or m.group(4))
        if den == 0:
            raise NumberError(text)
        return num / den
    if (m := _TENTHS.fullmatch(t)) is not None:  # 四成 → 0.4, 四成五 → 0.45, 四成半 (and a half tenth) → 0.45
        tenths = Decimal(m.group(1)) if m.group(1).isdigit() else parse_chinese(m.group(1))
        hundredths = Decimal(5) if m.group(2) == "半" else Decimal(0) if not m.group(2) else \
            Decimal(m.group(2)) if m.group(2).isdigit() else parse_chinese(m.group(2))
        return tenths / 10 + hundredths / 100
    if _ARABIC_ONLY.fullmatch(t):
        return parse_arabic(t)
    if "," in t and re.search(r"[亿万]", t):
        t = t.replace(",", "")  # 3,768万9,674 (as Taiwan writes 37,689,674)
    if " " in t and re.search(r"\d ?[亿万] ?\d", t):
        t = t.replace(" ", "")  # 8 万 9860, 2亿9 000万: spaces set around the scale or between thousands
    if _MIXED_FULL.fullmatch(t) and (not t[-1].isdigit() or _MIXED_TAIL.search(t)):
        return parse_mixed(t)
    return parse_chinese(t)


def parse_mixed(text: str) -> Decimal:
    """`2万3千` → 23000, `1亿2000万` → 120000000, `28万3622` → 283622: each part times its scale,
    added up (digits after a closing 万 are units)."""
    total = Decimal(0)
    for m in _MIXED.finditer(text):
        total += parse_arabic(m.group(1)) * SCALES[m.group(2)]
    if (tail := _MIXED_TAIL.search(text)) is not None:
        total += parse_arabic(tail.group(1))
    return total


def cn_range(text: str) -> tuple[Decimal, Decimal] | None:
    """`六七` → (6, 7), `三四十` → (30, 40), `一两` → (1, 2): two neighbouring digits; None otherwise."""
    m = _CN_RANGE.fullmatch(text)
    if m is None:
        return None
    low, high = _DIGIT_VALUE[m.group(1)], _DIGIT_VALUE[m.group(2)]
    if high != low + 1 or text.startswith("一二"):  # 一二审 is first and second instance
        return None
    scale = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10000}[m.group(3)]
    return Decimal(low * scale), Decimal(high * scale)


def scale_of(text: str) -> Decimal:
    """Multiplier of a scale word such as 万 or 亿 (1 for none)."""
    return SCALES.get(text.strip(), Decimal(1)) if text else Decimal(1)


def to_plain(value: Decimal) -> int | float:
    """An int when the value is whole, else a float rounded to 6 decimals."""
    if value == value.to_integral_value():
        return int(value)
    return float(round(value, 6))
