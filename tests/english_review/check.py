"""Rules an English statement must keep, checked mechanically against the Chinese it comes from.

Each rule is written from the Chinese side, independently of reportgen's own code, so that a
mistake in reportgen is not repeated here:

- number   a figure's numbers (scale words included) are its normalized value; that value is what
           the Chinese number and its 万/亿 scale say; a change said as 是…的N倍 is "N times"
- bound    the bound or negation the Chinese puts around the number (近 约 余 多 不到 不足 不超过 不低于
           以上 以内 左右 …) is said in English, and the English says no bound the Chinese does not
- change   a change goes the way its verb goes (增长 up, 下降 down); a figure the text gives as a change
           (压减30%) is printed as one; 增长到/降至 (a level reached) and 高于全国0.4个百分点 (a margin over
           something else) are not printed as changes
- pair     a change printed beside a figure (CNY 82.7 trillion, up 7.1%) is that figure's change over
           one period, not an average over several years or a margin
- year     a period the English names is a year (1949–2035) written in the text; a summary's year is
           not credited to figures the text gives for another year or for several years
- place    every place name in the English is a gazetteer or project place name (no pinyin made up
           for an ordinary word), and is named in the Chinese it comes from
- pinyin   no law, document or campaign name is written in pinyin
- person   a person's English name only for a name the text gives to a person, in the pinyin of
           that name
- words    numbers and negations in a label, title or name are in its Chinese
- form     titles and summaries are built from their parts only: no empty head (": …"), each
           "label: figure" is a statistic of the item with its own English, a credited place is the
           item's scope

`check()` returns one Finding per broken rule; tests/test_english_review.py compares them with the
findings judged in findings.yaml. A rule that fires where the English is right is recorded there as
`accepted` with the reason, rather than loosened until it misses real mistakes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from reportgen.extract.wording import BOUND_BEFORE_VERB, ESTIMATED_CHANGE
from tests.english_review.statements import Statement

# --- the Chinese side --------------------------------------------------------------------------

# bound words said before a number → the class of bound; longest first
_BEFORE = sorted({
    "没有超过": "at_most", "未超过": "at_most", "不超过": "at_most", "不得超过": "at_most", "不应超过": "at_most",
    "不能超过": "at_most", "不宜超过": "at_most", "不得多于": "at_most", "不得高于": "at_most", "不高于": "at_most", "最多": "at_most",
    "至多": "at_most", "不多于": "at_most",
    "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "最低": "at_least", "起码": "at_least",
    "不到": "below", "不足": "below", "低于": "below", "少于": "below", "未满": "below", "不满": "below",
    "将近": "nearly", "接近": "nearly", "近": "nearly",
    "约为": "about", "大约": "about", "约": "about", "大概": "about",
    "超过": "over", "超出": "over", "逾": "over", "突破": "over", "多于": "over", "高于": "over", "超": "over",
    "跨上": "over", "过": "over", "上": "over",
    "多达": "as_many", "最高": "up_to", "仅为": "only", "仅": "only", "只有": "only",
}.items(), key=lambda kv: -len(kv[0]))
# bound words said after the number (in the unit as written)
_AFTER = (("以上", "over"), ("以下", "under"), ("以内", "within"), ("左右", "about"), ("上下", "about"),
          ("余", "over"), ("多", "over"), ("内", "within"))
# the English each class may be said with
_BOUND_EN = {
    "at_most": ("not more than", "no more than", "at most", "within", "up to"),
    "at_least": ("at least", "no less than", "not less than"),
    "below": ("less than", "fewer than", "under", "below"),
    "nearly": ("nearly", "almost", "close to"),
    "about": ("about", "around", "approximately", "roughly"),
    "over": ("more than", "over", "or more", "exceeding", "at least"),  # 以上 includes the number
    "under": ("or less", "or below", "at most", "no more than", "not more than"),
    "within": ("within", "or less", "no more than", "not more than", "at most"),
    "as_many": ("as many as", "up to"),
    "up_to": ("up to", "at most"),
    "only": ("only", "just"),
}
_ALL_BOUND_EN = sorted({w for ws in _BOUND_EN.values() for w in ws}, key=len, reverse=True)
_UP = ("增长", "上升", "提高", "提升", "增加", "增多", "上涨", "攀升", "扩大", "增幅", "涨幅", "增速", "翻番", "翻一番",
       "多增", "增", "升", "涨")
_DOWN = ("下降", "减少", "降低", "缩短", "缩减", "压降", "压减", "压缩", "下滑", "回落", "下调", "降幅", "减", "降")
_TO = re.compile(r"(?:增长|上升|提高|提升|增加|增多|上涨|攀升|扩大|下降|减少|降低|缩短|缩减|压降|压减|压缩|下滑|回落|"
                 r"降|升|增|减)(?:了)?(?:到|至)")
_NEGATION = re.compile(r"不|没有|未|无|非")
_CLAUSE = re.compile(r"[,，;；:：。！？!?、\s（）()]")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
_FULL = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
_YEAR_WORDS = re.compile(r"去年|上年|前年|过去一年|过去五年|过去5年|五年来|5年来|近五年|近5年|十年来|10年来|以来|累计|"
                         r"“十[一二三四五]五”(?:时期|期间)|十[一二三四五]五(?:时期|期间)")


def cn_number(value: str) -> Decimal | None:
    """A number as the Chinese writes it (１２３, 1.2, 三百二十, 八点五, 百分之十八点五, 一半)."""
    v = value.translate(_FULL).replace(",", "").strip()
    v = v.removeprefix("百分之")
    if v in ("一半", "半数"):
        return Decimal(50)
    if "分之" in v:
        bottom, _, top = v.partition("分之")
        b, t = cn_number(bottom), cn_number(top)
        return None if not b or t is None else (t / b * 100)
    if "/" in v:
        top, _, bottom = v.partition("/")
        t, b = cn_number(top), cn_number(bottom)
        return None if not b or t is None else (t / b * 100)
    try:
        return Decimal(v)
    except InvalidOperation:
        pass
    if not v or any(c not in _CN_DIGITS + "0123456789." for c in v):
        return None
    import cn2an

    try:
        return Decimal(str(cn2an.cn2an(v, "smart")))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def cn_amount(value: str, unit: str) -> Decimal | None:
    """The number in base units: the value times the scale its unit starts with (1.2万亿元 → 1.2e12)."""
    n = cn_number(value.split("-")[0].split("—")[0].split("~")[0])
    if n is None:
        return None
    if unit.startswith("百分"):
        return n
    run = re.match(r"[十百千万亿多余]*", unit)[0]  # type: ignore[index]
    if run.endswith(("千", "百", "十")) and unit[len(run):len(run) + 1] in ("克", "米", "瓦", "卡", "帕", "伏", "赫", "分"):
        run = run[:-1]  # 千米, 千瓦: a unit, not a scale
    for c in run:
        n *= {"十": 10, "百": 100, "千": 1000, "万": 10 ** 4, "亿": 10 ** 8}.get(c, 1)
    return n


def before_words(text: str, start: int, reach: int = 10) -> str:
    """The words of the clause right before a figure (at most `reach` characters)."""
    lo = max(0, start - reach)
    window = text[lo:start]
    cut = [m.end() for m in _CLAUSE.finditer(window)]
    return window[cut[-1]:] if cut else window


_ESTIMATE_BEFORE_VERB = re.compile(rf"{ESTIMATED_CHANGE}$")


def bound_zh(before: str, unit: str) -> tuple[str | None, str]:
    """(class of bound, the words) the Chinese says around the number."""
    b = re.sub(r"(?:需要|需|要|有|了|到|至|达|为|是)+$", "", before)
    for zh, what in _BEFORE:
        if b.endswith(zh) or before.endswith(zh):
            w = b if b.endswith(zh) else before
            prev = w[-len(zh) - 1:-len(zh)]
            if zh == "过" and prev in ("通", "经", "度", "超", "不", "未", "跨"):
                continue  # 通过, 经过: no bound
            if zh == "上" and prev in ("以", "比", "向", "加", "线", "马", "之", "其", "达", "在", "迈", "登", "跃", "走"):
                continue
            if zh == "最低" and not b.endswith("最低"):
                continue
            return what, zh
    if (adv := re.search(rf"{BOUND_BEFORE_VERB}[\u4e00-\u9fff]{{1,2}}$", before)) is not None:
        return dict(_BEFORE)[adv.group(1)], adv.group(1)  # 年内至少降低30%: the bound before its verb
    if (est := _ESTIMATE_BEFORE_VERB.search(before)) is not None:
        return dict(_BEFORE)[est.group(1)], est.group(1)  # 大约增长百分之四十一点七, 接近翻一番: an estimate before its verb
    for zh, what in _AFTER:
        if zh in unit:
            if zh in ("多", "余") and not re.match(r"^[万亿千百十]*[多余]", unit) and not unit.endswith(zh):
                continue  # 多 in 多人 is "more than"; in 人民币 … not a bound (never here, but keep it narrow)
            return what, zh
    return None, ""


def direction_zh(before: str) -> str | None:
    """up / down for the change verb closest to the number, or None."""
    best: tuple[int, str] | None = None
    for words, d in ((_UP, "up"), (_DOWN, "down")):
        for w in words:
            k = before.rfind(w)
            if k >= 0 and (best is None or k + len(w) > best[0]):
                best = (k + len(w), d)
    return best[1] if best else None


# --- the English side --------------------------------------------------------------------------

_NUM = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|trillion))?")
_SCALE_EN = {"million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
_FRACTIONS_EN = {"half": Decimal(50), "one third": Decimal(100) / 3, "two thirds": Decimal(200) / 3,
                 "a quarter": Decimal(25), "three quarters": Decimal(75), "one fifth": Decimal(20),
                 "two fifths": Decimal(40), "three fifths": Decimal(60), "four fifths": Decimal(80),
                 "one tenth": Decimal(10)}
_NEG_EN = re.compile(r"\b(?:not|no|non|never|without|un\w+|in(?:complete|sufficient|effective)|fail\w*|lack\w*)\b|"
                     r"\bnon-", re.I)


# what a change or level is compared with, said after the figure: its year is no number of the figure
_STARTED_IN_EN = re.compile(r"^from .*?( in (\d{4}))$")
_COMPARED_EN = re.compile(r" compared with (?:the same period of )?(\d{4})$| (?:compared with|at) the end of the (\d+)th "
                          r"Five-Year Plan period$")
_PLAN_ZH = "〇一二三四五六七八九"


def en_numbers(en: str) -> list[Decimal]:
    out = []
    for m in _NUM.finditer(en):
        n = Decimal(m[1].replace(",", ""))
        if m[2]:
            n *= _SCALE_EN[m[2]]
        out.append(n)
    return out


def en_bound(en: str) -> str | None:
    """The bound words the English figure says (after up/down), or None."""
    en = re.sub(r" over the previous year$| year on year$| month on month$| over [\w-]+ years$", "", en)
    for w in _ALL_BOUND_EN:
        if re.search(rf"(?<![\w-]){w}(?![\w-])", en):
            return w
    return None


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, set[str]], frozenset[str]]:
    """English place names (full and bare) → the Chinese names they stand for; and every word of them."""
    from reportgen.english.terms import default_terms

    t = default_terms()
    names: dict[str, set[str]] = {}

    def add(en: str, *zh: str) -> None:
        if en:
            names.setdefault(en, set()).update(z for z in zh if z)

    for p in t.provinces:
        short = [s for s in p.get("short", []) if len(s) > 1]
        add(p["en"], p["name"], *short)
        add(p["en"].split(" ")[0], p["name"], *short)
        add(f"{p['en']} Province", p["name"], *short)
    for zh, place in t.gazetteer.items():
        add(place.en, zh, place.short)
        add(place.en_short, zh, place.short)
    for zh, en in t.places.items():  # county-level names in their own romanization, with their level
        add(en, zh)
        for level in ("County", "District"):
            add(f"{en} {level}", zh)
    for zh, en in t.project_places.items():
        add(en, zh)
    add("China", "中国", "全国", "我国", "中华人民共和国")
    words = frozenset(w for en in names for w in re.findall(r"[A-Za-zÀ-ÿ'ü]+", en))
    return names, words


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word of the English the term base, law table and title patterns hold (lower case)."""
    from importlib import resources

    import yaml

    words: set[str] = set()
    data = resources.files("reportgen.data")

    def walk(x) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("en", "title_en", "english") and isinstance(v, str):
                    words.update(w.lower() for w in re.findall(r"[A-Za-z]+", v))
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for f in ["laws.yaml", "doc_patterns.yaml", *(f"termbase/{p.name}" for p in data.joinpath("termbase").iterdir())]:
        if f.endswith(".yaml"):
            walk(yaml.safe_load(data.joinpath(f).read_text("utf-8")))
    return frozenset(words)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from pypinyin import Style, lazy_pinyin

    chars = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    return frozenset(s.replace("v", "ü") for s in lazy_pinyin(chars, style=Style.NORMAL, errors="ignore"))


def is_pinyin(word: str) -> bool:
    """A word made only of pinyin syllables that is no English word the term base uses (Zhongben, Lüyouming)."""
    w = word.lower().replace("'", "")
    if len(w) < 4 or w in _vocabulary():
        return False
    syl = _syllables()
    ok = [True] + [False] * len(w)
    for i in range(len(w)):
        if ok[i]:
            for j in range(i + 1, min(len(w), i + 6) + 1):
                if w[i:j] in syl:
                    ok[j] = True
    return ok[len(w)]


def english_places(en: str) -> list[str]:
    """Place names the English says: known names, and capitalized words before a level word."""
    names, _ = _places()
    words = re.findall(r"[\w'’ü()-]+", en)
    found: list[str] = []
    i = 0
    while i < len(words):  # the longest name starting at each word
        for j in range(min(len(words), i + 8), i, -1):
            n = " ".join(words[i:j])
            if len(n) > 2 and n in names:
                found.append(n)
                i = j
                break
        else:
            i += 1
    return found


_LEVEL_EN = re.compile(r"\b([A-Z][a-zü']+(?:\s[A-Z][a-zü']+)?)\s(?:Province|City|County|District|Prefecture|"
                       r"Autonomous Region|Autonomous Prefecture|New Area|League|Banner|Town|Township|Village)\b")


def numbers_zh(zh: str) -> set[Decimal]:
    """The numbers a Chinese string says, in digits or Chinese numerals (十四五 → 14 and 5)."""
    out: set[Decimal] = set()
    for m in re.finditer(r"[0-9０-９][0-9０-９.．]*|[零〇一二两三四五六七八九十百千万亿]+", zh):
        n = cn_number(m[0])
        if n is not None:
            out.add(n)
        elif m[0] in ("百", "千", "万", "亿"):
            out.add(Decimal({"百": 100, "千": 1000, "万": 10000, "亿": 100000000}[m[0]]))  # 万吨级: ships of 10,000 tons
        if re.fullmatch(r"十[一二三四五六七八九]五", m[0]):  # 十四五: the 14th Five-Year Plan
            out.update({cn_number(m[0][:2]) or Decimal(0), Decimal(5)})
    return out


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "hundred": 100, "thousand": 1000}


def numbers_en(en: str) -> set[Decimal]:
    out = {Decimal(m[1].replace(",", "")) for m in re.finditer(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?\b", en)}
    for w in re.findall(r"[a-z]+", en.lower()):
        if w in _ORDINALS:
            out.add(Decimal(_ORDINALS[w]))
        elif w in _WORD_NUMBERS:
            out.add(Decimal(_WORD_NUMBERS[w]))
    for m in re.finditer(r"\b([IVX]{2,})\b", en):  # Amendment XI
        out.add(Decimal(_roman(m[1])))
    return out


def _roman(r: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, c in enumerate(r):
        v = vals[c]
        total += -v if i + 1 < len(r) and vals[r[i + 1]] > v else v
    return total


# --- findings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    key: str  # the statement's key
    rule: str
    message: str

    @property
    def id(self) -> str:
        return f"{self.key} | {self.rule}"


def _close(a: Decimal, b: Decimal, unit: str) -> bool:
    if unit in ("%", "‰"):
        return abs(a - b) <= Decimal("0.005") + abs(b) * Decimal("1e-9")
    return a == b or abs(a - b) <= abs(b) * Decimal("1e-12")


def check_figure(st: Statement, text: str) -> list[Finding]:
    s, en, out = st.data, st.en or "", []
    if not en:
        return out
    f = lambda rule, msg: out.append(Finding(st.key, rule, msg))  # noqa: E731
    unit, written, kind = s.get("norm_unit") or "", s.get("unit") or "", s.get("kind") or ""
    norm = Decimal(str(s.get("norm")))
    start = s["span"][0] if s.get("span") else None
    before = before_words(text, start) if start is not None and text else (s.get("lead") or "")
    # number and scale: the Chinese as said, then the English as printed
    said = cn_amount(str(s.get("value", "")), written)
    if said is not None and unit not in ("%", "‰", "倍") and not written.startswith(("分之",)) \
            and not _close(said, norm, unit):
        f("number", f"the Chinese {s.get('value')}{written} is {said:,}, the summary says {norm:,}")
    if (compared := _COMPARED_EN.search(en)) is not None:  # 比2009年提高92%: 'up 92% compared with 2009'
        year, plan = compared.group(1), compared.group(2)
        said_zh = before + (s.get("lead") or "")
        if year and not re.search(rf"{year}年|{''.join(_PLAN_ZH[int(d)] for d in year)}年", said_zh):
            f("compared", f"the English compares with {year}; the Chinese does not ({before}{s.get('value')}{written})")
        if plan and f"十{_PLAN_ZH[int(plan) - 10]}五" not in said_zh:
            f("compared", f"the English compares with the {plan}th plan; the Chinese does not ({before}{s.get('value')})")
        en = en[:compared.start()]
    if (started := _STARTED_IN_EN.search(en)) is not None:  # 由2020年的82.4岁: 'from 82.4 years in 2020'
        year = started.group(2)
        said_zh = before + (s.get("lead") or "")
        if not re.search(rf"{year}年|{''.join(_PLAN_ZH[int(d)] for d in year)}年", said_zh):
            f("compared", f"the English starts the change in {year}; the Chinese does not ({before}{s.get('value')}{written})")
        en = en[:started.start(1)]
    if (base := _MULTIPLE_BASE_EN.search(en)) is not None:  # 是2010年的2.2倍: '2.2 times the figure for 2010'
        year = base.group(1)
        if not re.search(rf"{year}年|{''.join(_PLAN_ZH[int(d)] for d in year)}年", before + (s.get("lead") or "")):
            f("compared", f"the English gives the multiple's base as {year}; the Chinese does not ({before}{s.get('value')})")
        en = en[:base.start()]
    if s.get("caveat_en") and en.endswith(f" ({s['caveat_en']})"):
        en = en[:-len(s["caveat_en"]) - 3]  # 41.2 (8.7:41.2:50.1): the caveat's numbers are the source's, said with it
    nums = en_numbers(en)
    expected = [norm] + ([Decimal(str(s["norm_max"]))] if s.get("norm_max") is not None else [])
    times = re.search(r"(?:是|为|相当于)[^，,。；;]{0,14}的$", before) is not None and unit == "倍"
    if unit == "倍" and kind == "change" and not times:
        if en.startswith("doubled"):
            expected = []
            if norm != 1:
                f("number", f"'doubled' for {norm}倍")
        elif "times" not in en:
            expected = [n * 100 for n in expected]
    if times and "times" not in en:
        f("number", f"是…的{s.get('value')}倍 is '{s.get('value')} times' (as much), not a rise of {norm * 100}%: {en!r}")
    frac = next((v for w, v in _FRACTIONS_EN.items() if re.search(rf"\b{w}\b", en)), None)
    if frac is not None and not nums:
        nums = [frac]
    if expected and (len(nums) != len(expected) or not all(_close(a, b, unit) for a, b in zip(nums, expected, strict=False))):
        f("number", f"English numbers {[str(n) for n in nums]} ≠ figure {[str(n) for n in expected]} ({en!r})")
    if ("CNY" in en) != (unit.partition("/")[0] == "元"):  # 元/人: CNY per person
        f("number", f"currency: unit {unit!r}, English {en!r}")
    if ("percentage point" in en) != (unit in ("百分点", "个百分点")):
        f("number", f"percentage points: unit {unit!r}, English {en!r}")
    # bound and negation
    zb, zw = bound_zh(before, written)
    eb = en_bound(en)
    if zb and eb is None:
        f("bound", f"the Chinese says {zw} ({before}{s.get('value')}{written}); the English has no bound: {en!r}")
    elif zb and eb not in _BOUND_EN[zb]:
        f("bound", f"the Chinese says {zw} ({zb}); the English says {eb!r}: {en!r}")
    elif eb and not zb:
        f("bound", f"the English says {eb!r}; the Chinese has no bound word ({before}{s.get('value')}{written})")
    neg = re.search(r"(?:不|没有|没|未|无)(?:可能|能|会|得|再|应|要)?(?:达到|超过|到|足|满|及|是|为|有)?$", before)
    if neg and not zb:
        f("bound", f"a negation {neg[0]!r} right before the figure ({before}{s.get('value')}{written}); English {en!r}")
    # what the text says right after the figure: a range's other end, a per-unit, a bound
    end = s["span"][1] if s.get("span") else None
    after = text[end:end + 8] if end is not None and text else ""
    if s.get("norm_max") is None and re.match(r"^[-—–~～至到][0-9０-９.．]+", after) and unit not in ("", "个"):
        f("number", f"a range {s.get('value')}{written}{after[:6]} printed as one number: {en!r}")
    per = re.match(r"^/(?:人|户|年|月|天|日|亩|吨|平方米)", after)
    if per and "per" not in en:
        f("number", f"{s.get('value')}{written}{per[0]} is a rate per {per[0][1:]}; the English drops it: {en!r}")
    late = re.match(r"^(?:/\S{1,2})?(左右|上下|以上|以下|以内|多|余)", after)
    if late and eb is None and not zb:
        f("bound", f"{s.get('value')}{written}{after[:6]}: {late[1]} after the figure; the English has no bound: {en!r}")
    # change direction
    d_zh = direction_zh(before)
    said = re.sub(r"^(?:nearly|roughly|about|almost|more than|at least) (?=doubled|quadrupled)", "", en)
    d_en = "down" if en.startswith("down") else "up" if said.startswith(("up", "doubled", "quadrupled")) else None
    if d_en is None and (m := re.search(r"\b(higher|lower|above|below|more|fewer|less)$|\b(higher|lower|above|below)\b", en)) is not None:
        word = m.group(1) or m.group(2)  # a margin: '0.4 percentage points lower', '26 days less' (比法定时间少26天)
        d_en = "up" if word in ("higher", "above", "more") else "down"
    level = _TO.search(before) is not None
    if kind == "change":
        if level:
            f("change", f"{before}{s.get('value')}{written} is a level reached, printed as a change: {en!r}")
        elif d_zh and d_en and d_zh != d_en:
            f("change", f"the verb says {d_zh} ({before}), the English {d_en}: {en!r}")
        elif d_en is None:
            f("change", f"a change printed without a direction: {en!r}")
    elif d_zh and not level and re.search(r"(?:" + "|".join(_UP + _DOWN) + r")(?:了)?(?:" +
                                          "|".join(w for w, _ in _BEFORE) + r")?$", before) \
            and not re.search(r"(?:新增|新建|增设|新设)(?:了)?(?:" + "|".join(w for w, _ in _BEFORE) + r")?$", before) \
            and not re.search(r"(?:增速|增幅|涨幅|增长率|快于\S{0,6}|慢于\S{0,6})(?:" + "|".join(w for w, _ in _BEFORE)
                              + r")?$", before) \
            and not re.search(r"\b(?:growth|increase|increased|rise|up|reduction|reduced|cut|decrease|decline|"
                              r"drop|fall|new|added|more|fewer)\b", s.get("label_en") or "", re.I):
        f("change", f"the text gives a change ({before}{s.get('value')}{written}); printed as a level: {en!r}")
    margin = re.search(r"(?:高于|低于|快于|慢于|好于|超出)(?:全国|全省|全市|全区|经济增速|平均|预期|上年|同期)\S{0,6}$", before)
    if kind == "change" and margin:
        f("change", f"{before}{s.get('value')}{written} is a margin over something else ({margin[0]}), "
                    f"printed as a change: {en!r}")
    if unit == "户" and "household" in en and re.search(r"主体|企业|工商户|商户|经营|公司|单位", s.get("label") or "") \
            and not (s.get("label") or "").endswith("个体工商户"):  # officially "individual industrial and commercial households"
        f("number", f"户 counts businesses here ({s.get('label')}); 'households' says families: {en!r}")
    # a year is a year
    if unit in ("年", "") and re.fullmatch(r"(?:19|20)\d\d", str(s.get("value", "")).translate(_FULL)) \
            and str(s.get("value")).translate(_FULL) != "":
        f("year", f"a year printed as a number: {s.get('value')}{written} → {en!r}")
    return out


def check_pair(st: Statement, text: str) -> list[Finding]:
    """A change printed beside a figure (CNY 82.7 trillion, up 7.1%) is a change of that figure over
    one period: not an average over several years, not a margin over another place or rate."""
    stat, change = st.data["stat"], st.data["change"]
    start = change["span"][0] if change.get("span") else None
    before = before_words(text, start, 14) if start is not None and text else (change.get("lead") or "")
    sentence = change.get("sentence") or ""
    clause = sentence[:sentence.find(str(change.get("value")))] if str(change.get("value")) in sentence else ""
    clause = clause[max(clause.rfind(c) for c in "，,；;。") + 1:] if clause else ""
    out = []
    many = re.search(r"年均|五年|十年|累计|以来", before + clause)
    if many:
        out.append(Finding(st.key, "pair", f"the change is over several years ({many[0]}: {clause or before}"
                                           f"{change.get('value')}), printed beside one figure: {st.en!r}"))
    if re.search(r"高于|低于|快于|慢于|好于", before + clause):
        out.append(Finding(st.key, "pair", f"the change is a margin ({clause or before}{change.get('value')}), "
                                           f"printed as the figure's change: {st.en!r}"))
    if stat.get("period") and change.get("period") and str(stat["period"]) != str(change["period"]):
        out.append(Finding(st.key, "pair", f"figure for {stat['period']}, change for {change['period']}"))
    return out


def _words_check(st: Statement, out: list[Finding]) -> None:
    """Numbers, negations and places in a label, section or name are in its Chinese."""
    en, zh = st.en or "", st.zh
    extra = numbers_en(en) - numbers_zh(zh)
    if extra:
        out.append(Finding(st.key, "words", f"number(s) {sorted(str(x) for x in extra)} not in {zh!r}: {en!r}"))
    neg_en = _NEG_EN.search(en)
    neg_zh = re.search(r"不|未|没|无|非|禁|免|拒|反|防|失|欠|缺|停|减|违", zh)
    if neg_en and not neg_zh and neg_en[0].lower() not in ("united", "union", "unit", "units", "universities",
                                                              "university", "unified", "uniform", "unique",
                                                              "universal", "under", "understanding"):
        out.append(Finding(st.key, "words", f"the English says {neg_en[0]!r}; {zh!r} has no negation: {en!r}"))
    if re.search(r"不|未|没有", zh) and not neg_en and not re.search(r"未成年|未来|不断|不仅|不少|不同|未经", zh) \
            and not re.search(r"\b(?:less|fewer|below|under|without|ban|prohibit|avoid|prevent|free|"
                              r"minors?|juvenile|outstanding|pending|arrears|unpaid|never)\b", en, re.I):
        out.append(Finding(st.key, "words", f"{zh!r} says a negation the English does not: {en!r}"))


def _place_check(st: Statement, zh_context: str, out: list[Finding]) -> None:
    names, _ = _places()
    en = st.en or ""
    for m in _LEVEL_EN.finditer(en):
        stem = m[1]
        if not any(f"{stem} " in n + " " or n == stem for n in names) and m[0] not in names:
            out.append(Finding(st.key, "place", f"{m[0]!r} is no gazetteer place name ({st.zh!r})"))
    for n in english_places(en):
        if n == "China" and "People's Republic of China" in en:
            continue  # the official title of a PRC law names the state
        if not any(z in zh_context for z in names[n]):
            out.append(Finding(st.key, "place", f"{n!r} is not named in the Chinese ({zh_context[:60]!r})"))


def _pinyin_words(en: str) -> list[str]:
    _, place_words = _places()
    return [w for w in re.findall(r"\b[A-Z][a-zü']+\b", en) if w not in place_words and is_pinyin(w)]


_MULTIPLE_BASE_EN = re.compile(r" the figure for (?:the same period of )?((?:19|20)\d\d)$")


def _form_check(st: Statement, out: list[Finding]) -> None:
    """Titles and summaries say only their parts: head, place, year and the item's own figures."""
    from reportgen.english.figures import figure_en
    from reportgen.english.generate import main_region
    from reportgen.english.terms import default_terms

    item, en = st.data, st.en or ""
    if re.match(r"^\s*:", en) or ", :" in en or re.search(r":\s*[:;,.]", en):
        out.append(Finding(st.key, "form", f"an empty part: {en!r}"))
    where = main_region(item, default_terms())
    scope = (item.get("scope") or {}).get("name")
    period = item.get("period")
    credited = re.findall(r"\b((?:19|20)\d\d)\b", en.split(":")[0])
    for y in credited:
        if y != str(period):
            out.append(Finding(st.key, "year", f"{y} is not the item's period ({period})"))
        if not (1949 <= int(y) <= 2035):
            out.append(Finding(st.key, "year", f"{y} is not a plausible year"))
    if period and not re.fullmatch(r"(?:19|20)\d\d", str(period)):
        out.append(Finding(st.key, "year", f"period {period!r} is not a year"))
    stats = {s["id"]: s for s in item.get("stats") or []}
    # a figure may leave out its counting word when the label's noun says it (schools …: 16)
    figures = [(s["label_en"], f) for s in stats.values() if s.get("label_en") and (f := figure_en(s))]
    figures += [(label, re.sub(r"(\d) [a-z-]+$", r"\1", f)) for label, f in figures]
    phrases = {f"{label}: {f}" for label, f in figures}
    heads = {f"{label}, {f}" for label, f in figures}
    if st.field == "summary":
        body = en.split(": ", 1)[1] if ": " in en else en
        for part in body.rstrip(".").split("; "):
            bare = re.sub(r" \((?:up|down|doubled)[^)]*\)$", "", part)
            if bare not in phrases:
                out.append(Finding(st.key, "form", f"{part!r} is no statistic of the item"))
        if " for " in en.split(":")[0] and where and where not in en.split(":")[0]:
            out.append(Finding(st.key, "place", f"credits a place other than the scope {where!r}"))
    if st.field == "title" and ": " in en:
        tail = en.split(": ", 1)[1]
        if tail not in heads:
            out.append(Finding(st.key, "form", f"{tail!r} is no statistic of the item"))
    if scope and where and where != "China" and where in en:
        text_zh = (item.get("scope") or {}).get("basis") or ""
        if scope not in text_zh and scope.rstrip("省市区") not in text_zh:
            out.append(Finding(st.key, "place", f"the scope {scope} is not in the words it was read from ({text_zh!r})"))
    # the year credited to the lead figures: do the figures' own sentences give it?
    if credited and period:
        from reportgen.english.generate import lead_stats

        period = credited[0]  # the year the English credits, which is not always the item's (a 2026 report's 2025)
        for s in lead_stats(item, 3 if st.field == "summary" else 1):
            sentence = s.get("sentence") or ""
            if s.get("period") and str(s["period"]) != str(period):
                out.append(Finding(st.key, "year", f"credits {period} to {s['id']} ({s.get('label')}), a figure "
                                                   f"for {s['period']} ({(s.get('section') or sentence)[:30]!r})"))
                continue
            other = [y for y in re.findall(r"((?:19|20)\d\d)年", sentence.translate(_FULL)) if y != str(period)]
            if other or _YEAR_WORDS.search(sentence):
                said = other[0] + "年" if other else _YEAR_WORDS.search(sentence)[0]  # type: ignore[index]
                out.append(Finding(st.key, "year", f"credits {period} to {s['id']} ({s.get('label')}), whose "
                                                   f"sentence says {said}: {sentence[:50]!r}"))


def check(statements: Iterable[Statement], texts: dict[str, str]) -> list[Finding]:
    """Every rule broken by the statements (those with English)."""
    from reportgen.english.names import person_en

    out: list[Finding] = []
    for st in statements:
        if not st.en:
            continue
        text = texts.get(st.text, "")
        if st.field == "figure":
            out += check_figure(st, text)
        elif st.field == "pair":
            out += check_pair(st, text)
        elif st.field in ("label", "section", "subtitle", "dispute", "caption"):
            _words_check(st, out)
            _place_check(st, st.zh + " " + (st.context or ""), out)
            for w in _pinyin_words(st.en):
                out.append(Finding(st.key, "pinyin", f"{w!r} is pinyin, not English ({st.zh!r}: {st.en!r})"))
        elif st.field in ("document", "campaign"):
            if st.origin == "pinyin":
                out.append(Finding(st.key, "pinyin", f"origin pinyin: {st.en!r}"))
            for w in _pinyin_words(st.en):
                out.append(Finding(st.key, "pinyin", f"{w!r} is pinyin, not English ({st.en!r})"))
            _words_check(st, out)
            _place_check(st, st.zh, out)
        elif st.field in ("region", "institution"):
            if st.origin == "pinyin":
                out.append(Finding(st.key, "place", f"{st.en!r} is pinyin made for {st.zh!r}, not a gazetteer name"))
            elif st.field == "region" and st.en not in _places()[0]:
                out.append(Finding(st.key, "place", f"{st.en!r} for {st.zh!r} is no gazetteer name as written"))
            else:
                _place_check(st, st.zh, out)
        elif st.field == "person":
            name = st.zh
            if name not in text:
                out.append(Finding(st.key, "person", f"{name} is not in the text"))
            role = st.context or ""
            if not re.search(rf"{re.escape(name)}", text) or not role:
                out.append(Finding(st.key, "person", f"{name} is given no role in the text"))
            from pypinyin import Style, lazy_pinyin

            syl = lazy_pinyin(name, style=Style.NORMAL)
            plain = (syl[0].capitalize() + " " + "".join(syl[1:]).capitalize()) if len(syl) > 1 else ""
            if st.en.replace("ü", "v").replace("'", "") != plain.replace("'", "") and "anonymized" not in st.en \
                    and not st.en.startswith(("Ms ", "Mr ")):
                out.append(Finding(st.key, "person", f"{st.en!r} is not the pinyin of {name} ({plain!r}); "
                                                     f"reportgen says {person_en(name)[0]!r}"))
        elif st.field in ("title", "summary"):
            _form_check(st, out)
            _place_check(st, text[:3000] + (st.context or ""), out)
    return out
