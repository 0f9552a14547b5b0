"""Find statistics in a paragraph: value, unit, normalized value, qualifier, kind, label, period.

Figures are found on the analysis text before any word segmentation (jieba would split
`23.4%` and `23,876`). Years, dates, ordinals, versions, names in quotes, document titles,
law articles and case numbers are not statistics.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from reportgen.clean import sentences
from reportgen.extract.numbers import CN_DIGITS, CN_UNITS, NumberError, parse_number, scale_of, to_plain
from reportgen.vocab import WRITTEN_UNITS, unit_kind

HAN = "\u4e00-\u9fff"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d{1,3}(?: \d{3})+(?=\s*[万亿千件人元个名家项次])|\d+(?:\.\d+)?"
_CN = rf"[{CN_DIGITS}{CN_UNITS}]+(?:点[{CN_DIGITS}]+)?"
_FRACTION = rf"\d+/\d+|[{CN_DIGITS}十百]+分之[{CN_DIGITS}十百]+(?:点[{CN_DIGITS}]+)?|一半"
_SCALE = r"万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千"

_UNIT_ALT = "|".join(sorted((re.escape(u) for u in WRITTEN_UNITS), key=len, reverse=True))

STAT_RE = re.compile(
    rf"(?P<num>百分之(?:{_CN}|\d+(?:\.\d+)?)|{_FRACTION}|{_ARABIC}|{_CN})"
    rf"(?:\s*(?P<range>(?:至|到|~|～|-|—)\s*(?:{_ARABIC}))(?=\s*(?:{_SCALE})?\s*(?:余|多)?\s*(?:{_UNIT_ALT})))?"
    rf"(?P<q1>\s*(?:余|多))?"
    rf"(?P<scale>\s*(?:{_SCALE}))?"
    rf"(?P<q2>\s*(?:余|多))?"
    rf"(?P<unit>\s*(?:{_UNIT_ALT}))?"
    rf"(?:\s*(?P<post>以上|以下|以内|左右|上下|多(?![\u4e00-\u9fff])|多(?=[的变])))?"
)

# Every figure starts with one of these: a scan for them skips the text no figure can start in.
_FIGURE_START = re.compile(rf"[\d{CN_DIGITS}{CN_UNITS}]")
_CN_FULL = re.compile(_CN)


def _figures(text: str):
    """STAT_RE.finditer(text), trying a match only where a figure can start."""
    pos = 0
    while (s := _FIGURE_START.search(text, pos)) is not None:
        m = STAT_RE.match(text, s.start())
        if m is None:
            pos = s.start() + 1
            continue
        yield m
        pos = m.end()


_PRE_QUAL = [
    ("at_least", ("超过", "超出", "突破", "多达", "逾", "超", "不少于", "至少", "以上")),
    ("at_most", ("不到", "不足", "低于", "少于", "未满", "不超过", "最多")),
    ("approx", ("约", "近", "将近", "接近", "大约", "左右", "大概")),
]
_PRE_QUAL_RE = [(q, re.compile(f"(?:{'|'.join(map(re.escape, words))})了?$")) for q, words in _PRE_QUAL]
_UP = ("增长", "上升", "提高", "提升", "增加", "增幅", "上涨", "多出", "增长了", "提高了", "提升了", "增加了")
_DOWN = ("下降", "减少", "降低", "缩短", "压降", "下滑", "回落", "降幅", "减少了", "下降了", "缩短了", "降低了")
_ANY_DIRECTION = re.compile("|".join(_UP + _DOWN))
_TIME_UNITS = {"年", "个月", "周", "天", "日", "小时", "分钟"}
_HARD = set(",，。；;：:！!？?\n")
_PAREN = re.compile(r"[()（）]")
_HARD_RE = re.compile("[" + re.escape("".join(sorted(_HARD))) + "]")
_LEAD_FILLERS = re.compile(
    r"^(?:其中|此外|另外|同时|以及|并且|并|和|与|及|共计|共|累计|合计|总计|全年|还|均|分别|依法|先后|"
    r"据统计|据了解|据悉|目前|截至目前|期间|当年|全部|一共|尤其是|特别是|仅|就|的|对|把|将|使|让|在(?![线职押册编岗建逃])|"
    r"其(?![中他余次])|这座|这个|这些|该)+")
_LEAD_PERIOD = re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?(?:底|初|末)?|去年|今年|近年来|截至|截止)+")
_TRAIL_FILLERS = re.compile(
    r"(?:达到了|达到|高达|多达|达|为|是|共计|共|计|约|近|将近|接近|超过|超出|超|突破|不到|不足|逾|仅为|仅|只有|"
    r"有|在|了|(?<!标)的|至|到|累计|合计|总计|均|分别|已|都|约为|总数|总量为|和|(?<![涉以])及|与|将|仅能|能|"
    r"可以|可|由|从|(?:增|(?<!压)降|提高|提升|增加|下降|减少|减|升|缩短)(?:至|到))+$")
# Who did it is not what is counted: 各级法院, 林芝、昌都法院“铁路巡回法庭”, 天台县司法局 …
_SUBJECT = re.compile(rf"^(?:(?:全[区省市州县国盟]|各级|全区各级|全省各级|全市各级|两级|[{HAN}、“”]{{1,12}}?)"
                      rf"(?:法院|检察院|检察机关|人民法院|人民检察院|公安机关|公安局|司法局|派出所|法庭|"
                      rf"工作站|服务站)(?!长)”?[、和及]?)+(?:共|已|累计|依法|全年)*")
_POST_STOP = re.compile(r"的|为|在|被|参加|参与|存在|开展|建立|成立|组建|沟通|支援|签订|签署|协同|办理|办案|入额|"
                        r"遴选|完成|设|进行|得以|全覆盖|实现|获得|得到|通过|均|全部|已|共|接受|作为|同比|环比|比|较|涉及|"
                        r"面临|来自|从|到|和|与|及|是|等|以|将|里面|加入|入库|入驻|用于|顺利|参会")
_CLASSIFIERS = {"件", "人", "名", "位", "户", "家", "个", "项", "份", "期", "条", "篇", "批", "宗", "笔",
                "套", "辆", "台", "所", "座", "间", "处", "只", "头", "棵", "株", "册", "本", "支", "起"}
# Measure words that only count the noun after them (6只藏狼幼崽, 37家部门): that noun is the label.
# 件, 人, 起 … also close a phrase that names what is counted (审结刑事案件2912件), so they are not here.
_PURE_CLASSIFIERS = {"个", "家", "名", "位", "只", "头", "座", "所", "支", "批", "处", "间", "棵", "株", "辆", "台", "套"}
# Nouns that end what a measure word counts (3个非遗项目传承人… → 非遗项目).
_HEADS = re.compile(r"项目|单位|企业|部门|机构|农户|牧户|群众|干警|民警|辅警|人员|案例|幼崽|档案|局长|科长|"
                    r"港长|法官|律师|家庭|学生|村民|牧民|党员|代表|委员|法院|法庭|检察院|派出所|工作站|服务站")
# A label that already names a measure (结案率, 执行到位金额 …) is kept over the text after the figure.
_MEASURE_END = re.compile(r"(?:率|额|数|量|比例|比重|占比|款|资金|收入|总值|产值|面积|规模|案件|人次|时长|"
                          r"周期|用时|耗时|历时|期限|审限|刑期|有期徒刑|拘役|增幅|降幅|幅度)$")
# Nouns an amount or area is of (3万元执行款, 28840元欠款, 6.6亩耕地).
_THING_END = re.compile(r"(?:款|金|费|资金|债权|债务|税收|税款|耕地|土地|林地|草地|草场|房屋|住房|田)$")
_DURATION_END = re.compile(r"(?:时长|周期|用时|耗时|历时|期限|审限|刑期|有期徒刑|拘役|管制|时间|工期)$")
DIRECTION_TAIL = re.compile(r"(?<!年均)(?:分别)?(?:同比|环比)?(?:增长|上升|提高|提升|增加|上涨|下降|减少|降低|"
                             r"下滑|回落)(?:了|到|至)?$")
_SENTENCE_TERM = re.compile(r"(?:有期徒刑|拘役|管制)$")
_TRAIL_PLACE = re.compile(rf"[{HAN}]{{1,6}}(?:省|市|县|区|州|盟|旗|镇|乡|村)$|[中里内]$")
# 在案件比2022年增加1.4万件: the comparison is not part of what is counted.
_COMPARED = re.compile(r"(?:比|较)(?:\d{4}年|上年|去年|上一年|同期)|同比|环比")
_YEAR_RANGE = re.compile(r"(?:自|从)?(\d{4})\s*年?(?:\d{1,2}月)?\s*(?:至|到|—|-|~)\s*(\d{4})\s*年")
_YEAR_SINCE = re.compile(r"(\d{4})\s*年(?:\d{1,2}月)?(?:份)?以来")
_YEAR = re.compile(r"(\d{4})\s*年(?!\d)")
_ANY_YEAR = re.compile(r"\d{4}\s*年")
_YEAR_FORMS = ((_YEAR_RANGE, lambda m: f"{m.group(1)}-{m.group(2)}"), (_YEAR_SINCE, lambda m: f"{m.group(1)}-"),
               (_YEAR, lambda m: m.group(1)))
_CASE_NO = re.compile(rf"[（(]\d{{4}}[）)][{HAN}]{{1,4}}\d*[{HAN}]{{1,4}}\d+号")


@dataclass
class RawStat:
    """A statistic found in analysis text (offsets are analysis offsets in the paragraph)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    value_max: Decimal | None
    unit_text: str
    norm_unit: str
    kind: str
    qualifier: str
    direction: str | None
    label: str
    label_from: str  # "before" or "after"
    period: str | None
    sentence: tuple[int, int]
    comparison: str | None = None

    @property
    def norm(self) -> int | float:
        return to_plain(self.value)



_TITLE_SPAN = re.compile(r"《[^》]*》")
_SHORT_NAME = re.compile(r"[“\"「]([^”\"」]{0,14})[”\"」]")
_ORDINAL = re.compile(r"第\s*[\d一二三四五六七八九十百千零两]+\s*(?:条|款|项|章|节|届|次|批|版|期|号|名|个|季度)?")


def _masked(text: str) -> list[tuple[int, int]]:
    """Ranges whose numbers are never statistics: 《titles》, short “names”, case numbers."""
    masks = [m.span() for m in _TITLE_SPAN.finditer(text)]  # from a 《 to the next 》
    masks += [m.span() for m in _SHORT_NAME.finditer(text)]
    masks += [m.span() for m in _CASE_NO.finditer(text)]
    masks += [m.span() for m in _ORDINAL.finditer(text)]
    return masks


class _Masks:
    """The masked ranges merged and sorted: whether a position is masked is one bisection."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(r for r in ranges if r[0] < r[1]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, i: int) -> bool:
        k = bisect.bisect_right(self.starts, i) - 1
        return k >= 0 and i < self.ends[k]


_MONTH_AFTER = re.compile(r"\s*\d{1,2}\s*月")
_THIS_BEFORE = re.compile(r"(?:这|那|过去|未来|今后|此后)\s*$")


def _is_date_or_year(text: str, m: re.Match[str], unit: str) -> bool:
    num = m.group("num")
    after = text[m.end("num"):m.end("num") + 3].lstrip()
    before = text[max(0, m.start() - 3):m.start()]
    if len(num) == 4 and num.isdecimal() and 1900 <= int(num) <= 2100 and after[:1] in ("年", "")\
            and not m.group("q1"):
        return True
    if after[:1] in ("月",) and not m.group("q1") and not unit.startswith("个"):
        return True  # 12月, 4月份
    if unit in ("日", "号") and ("月" in before or after[1:2] not in ("内", "后", "以")):
        return True
    if after[:1] in ("时", "点", "分", "秒") and not unit:
        return True
    if unit == "年" and text[m.end():m.end() + 1] in ("来", "度", "初", "底", "末", "级") and not m.group("q1"):
        return True  # 17年来 is a period, 2024年度 a year
    if unit == "年" and text[m.end():m.end() + 2] == "以来":
        return True
    if unit == "年" and _MONTH_AFTER.match(text, m.end(), m.end() + 5):
        return True  # 08年10月31日: a date with a two-digit year
    if unit in ("年", "个月") and _THIS_BEFORE.search(text[max(0, m.start() - 2):m.start()]) \
            and not m.group("q1"):
        return True  # 这五年, 过去五年: a period spoken of, not a figure
    if unit == "周" and text[m.end():m.end() + 1] in ("年", "岁"):
        return True  # 105周年 is an anniversary, 十四周岁 an age
    return False


def _is_fraction(num: str, after: str) -> bool:
    """1/3, 2/3, 1/10 are fractions; 02/27 (a date, with a time after it) and 3/2 are not."""
    top, bottom = num.split("/")
    if top.startswith("0") or bottom.startswith("0") or re.match(r"\s*\d{1,2}:\d{2}", after):
        return False
    return int(top) < int(bottom) and (int(bottom) <= 20 or int(bottom) in (50, 100, 1000))


def _qualifier(text: str, m: re.Match[str], clause_start: int) -> str:
    if m.group("range"):
        return "range"
    if m.group("q1") or m.group("q2") or m.group("post") in ("以上", "多") or "多" in (m.group("unit") or ""):
        return "at_least"
    if m.group("post") in ("以下", "以内"):
        return "at_most"
    if m.group("post") in ("左右", "上下"):
        return "approx"
    if text.startswith(("内", "之内"), m.end()) and (m.group("unit") or "").strip() in _TIME_UNITS:
        return "at_most"  # 30天内
    before = text[max(clause_start, m.start() - 5):m.start()].rstrip()
    for qual, ends in _PRE_QUAL_RE:
        if ends.search(before):
            return qual
    return "exact"


def _direction(before: str) -> tuple[str | None, str | None]:
    tail = before[-8:]
    comparison = "yoy" if "同比" in tail else ("mom" if "环比" in tail else None)
    if _ANY_DIRECTION.search(tail) is None:
        return None, comparison
    best: tuple[int, str | None, str] = (-1, None, "")
    for words, d in ((_UP, "up"), (_DOWN, "down")):
        for w in words:
            k = tail.rfind(w)
            if k >= 0 and k + len(w) >= len(tail) - 4 and k > best[0]:
                best = (k, d, tail[k + len(w):])
    if re.match(r"\s*(?:到|至)", best[2]):
        return None, comparison  # 增加到3.52万元, 缩短至45天: the new level, not the change
    return best[1], comparison


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause ending at pos: after a hard delimiter; parentheses are skipped."""
    depth = 0
    i = pos - 1
    while i >= floor:
        c = text[i]
        if c in ")）":
            depth += 1
        elif c in "(（":
            if depth:
                depth -= 1
            else:
                return i + 1
        elif depth == 0 and c in _HARD:
            return i + 1
        i -= 1
    return floor


class _Clauses:
    """The hard delimiters and parentheses of a paragraph, indexed: where no parenthesis lies
    between floor and pos, the clause start is found by bisection instead of a character walk."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.hard = [m.start() for m in _HARD_RE.finditer(text)]
        self.parens = [m.start() for m in _PAREN.finditer(text)]

    def start(self, pos: int, floor: int) -> int:
        """The same as _clause_start(text, pos, floor)."""
        i = bisect.bisect_left(self.parens, floor)
        if i < len(self.parens) and self.parens[i] < pos:
            return _clause_start(self.text, pos, floor)
        k = bisect.bisect_left(self.hard, pos) - 1
        return self.hard[k] + 1 if k >= 0 and self.hard[k] >= floor else floor


_JOINT = "[、和及与]"  # what joins the items of a list: 原煤、原油和天然气
_JOINT_END = re.compile(rf"{_JOINT}\s*$")
_JOINT_ONLY = re.compile(rf"\s*{_JOINT}\s*")
_LIST_JOIN_END = re.compile(rf"(?:{_JOINT}|共计|共|合计|总计)\s*$")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_LABEL_START = re.compile(r"的是|其中|包括")
_LIST_MARK = re.compile(r"^\s*(?:[\d一二三四五六七八九十]{1,2}[、.．]|[(（][\d一二三四五六七八九十]{1,2}[)）])")


_QUOTE_MARKS = re.compile("[“”《》]")


def _balanced(s: str) -> str:
    """Drop quote and title marks at the ends of a label unless they close a pair inside it."""
    if _QUOTE_MARKS.search(s) is None:
        return s
    for left, right in (("“", "”"), ("《", "》")):
        while s.endswith(right) and s.count(left) < s.count(right):
            s = s[:-1]
        while s.startswith(left) and s.count(left) > s.count(right):
            s = s[1:]
        if s.count(left) > s.count(right):
            s += right
    return s


@functools.lru_cache(maxsize=4096)
def _clean_label(raw: str) -> str:
    s = _BRACKETED.sub("", raw)
    s = _LABEL_START.split(s)[-1]
    s = _COMPARED.split(s)[0] or s
    s = _LIST_MARK.sub("", s)  # 2、…
    s = s.strip(" 、,，\"':：￥¥$")
    for _ in range(3):
        s2 = _LEAD_PERIOD.sub("", _LEAD_FILLERS.sub("", s)).strip(" 、,，")
        m = _SUBJECT.match(s2)
        if m and len(s2) - m.end() >= 2:
            s2 = s2[m.end():]
        s2 = _TRAIL_FILLERS.sub("", s2).strip(" 、,，")
        if s2 == s:
            break
        s = s2
    if (m := _SENTENCE_TERM.search(s)) is not None:
        s = m.group(0)  # 被告人周某判处有期徒刑 → 有期徒刑: the sentence, not the person
    s = (s[-24:] if len(s) > 24 else s).strip(" 、,，")
    return _balanced(s.strip("“”《》") if s.count("“") + s.count("《") == 0 else s)


_SHORT_BRACKETS = re.compile(r"[（(][^）)]{0,8}[）)]")
_HAN_AFTER = re.compile(rf"\s*(的)?([{HAN}“”]+)")


def _post_phrase(text: str, end: int) -> tuple[str, bool]:
    """The Han phrase right after a figure (brackets dropped), and whether 的 joins them."""
    tail = text[end:end + 30]
    if "(" in tail or "（" in tail:
        tail = _SHORT_BRACKETS.sub("", tail)
    m = _HAN_AFTER.match(tail)
    if not m:
        return "", False
    return m.group(2)[:16], bool(m.group(1))


def _noun_after(phrase: str) -> str:
    """What a measure word counts, from the phrase after it: 6只刚出生的藏狼幼崽 → 藏狼幼崽,
    26名“港长” → 港长, 3个非遗项目传承人青黄不接 → 非遗项目."""
    k = phrase.find("的")
    if 0 < k <= 5 and not _HEADS.search(phrase[:k]) and _HEADS.search(phrase[k + 1:k + 9]):
        phrase = phrase[k + 1:]  # 家住北仑的干警 → 干警, but 农民工的合法权益 → 农民工
    if phrase.startswith("“") and "”" in phrase:
        return phrase[1:phrase.index("”")][:10]
    if (head := _HEADS.search(phrase)) is not None:
        phrase = phrase[:head.end()]
    if (stop := _POST_STOP.search(phrase)) is not None:
        phrase = phrase[: stop.start()]
    return re.sub(r"[中里内]$", "", phrase.strip("“”"))[:10]


def _verb_after(phrase: str) -> str:
    """What a duration or a number of people did: 24小时在线预警 → 在线预警,
    17年未发生火灾的 → 未发生火灾, 20日内完成案款发放 → 完成案款发放, 1000余人参加学习培训."""
    phrase = re.sub(r"^(?:之内|以内|内)", "", phrase)
    if re.match(r"并|和|及|与|同比|环比|比|较|的|是|为|以|左右|以上|以下|“|后|前|来|间|时间|就|即|才|便", phrase):
        return ""
    phrase = re.split(r"的|并|和|(?<!重大)及|与|等", phrase)[0]
    return phrase[:14] if len(phrase) >= 2 else ""


def _choose_label(text: str, m: re.Match[str], before: str, label: str, unit_raw: str, kind: str) -> tuple[str, str]:
    """The label of a figure: the phrase before it, unless the phrase after it says better what
    is counted (a measure word's noun, `N的X`, an amount's 欠款/执行款, what a duration or a
    number of people did)."""
    phrase, joined = _post_phrase(text, m.end())
    if not phrase:
        return label, "before"
    measured = bool(_MEASURE_END.search(label))
    if joined:  # 92%的税收, 1200多年的古建筑群, 17年的坚守
        post = _noun_after(phrase)
        if len(post) >= 2 and not measured and not post.startswith("最"):
            return post, "after"
        return label, "before"
    if m.group("post") in ("以上", "以下") and kind == "percent" and not measured:  # 90%以上资金投入中基层
        post = _verb_after(phrase) if not _POST_STOP.match(phrase) else ""
        if len(post) >= 2:
            return post, "after"
    if unit_raw in _CLASSIFIERS:
        post = _noun_after(phrase)
        if len(post) >= 2 and (not label or len(label) <= 2 or unit_raw in _PURE_CLASSIFIERS
                               or re.search(r"[向对与有]$|^有$", before) or re.search(r"\d", label)
                               or _JOINT_END.search(before)
                               or _TRAIL_PLACE.search(label)):
            return post, "after"
        if not label and unit_raw in ("人", "名", "人次") and (verb := _verb_after(phrase)):
            return verb, "after"
    if kind in ("amount", "area") and not measured:  # 3万元执行款, 6.6亩耕地
        post = _noun_after(phrase)
        if 2 <= len(post) <= 6 and _THING_END.search(post):
            return post, "after"
    weak = len(label) <= 3 or "“" in label
    within = text[max(0, m.start() - 1):m.start()] == "在" and (  # 在20日内完成案款发放
        m.group("post") == "以内" or re.match(r"\s*(?:之内|以内|内)", text[m.end():m.end() + 3]))
    if kind == "duration" and not _DURATION_END.search(label) and (weak or within):
        post = _verb_after(phrase)  # 24小时在线预警, 20日内完成案款发放
        if post:
            return post, "after"
    if not label:
        post = _noun_after(phrase)
        if len(post) >= 2:
            return post, "after"
    return label, "before"


def find_stats(text: str, item_period: str | None = None) -> list[RawStat]:
    """All statistics in one paragraph of analysis text."""
    masks: _Masks | None = None  # the paragraph's context, worked out at its first candidate
    out: list[RawStat] = []
    periods: dict[int, _Periods] = {}
    prev_end = 0
    for m in _figures(text):
        num = m.group("num")
        unit_raw = (m.group("unit") or "").strip()
        if not unit_raw and not num.startswith("百分之") and "分之" not in num and num != "一半" \
                and "/" not in num:
            continue
        if masks is None:
            masks = _Masks(_masked(text))
            sents = sentences(text)
            para_period = _period_at(text, sents[0][1], 0) if sents else None
            sent_starts = [a for a, _ in sents]
            clauses = _Clauses(text)
        if m.start() in masks:  # type: ignore[operator]  # set just above
            continue
        b1 = text[m.start() - 1] if m.start() else " "
        if b1 in "第每数几+-.－＋/" or (b1.isascii() and b1.isalpha()):
            continue
        a1 = text[m.end():m.end() + 1] or " "
        if a1 in "+＋" or (a1.isascii() and a1.isalpha()):
            continue
        if "/" in num and not _is_fraction(num, text[m.end():m.end() + 8]):
            continue
        is_cn = _CN_FULL.fullmatch(num) is not None and not num.isdigit()
        if is_cn:
            if num[0] in "百千万亿" or num == "一":
                continue
            if len(num) == 1 and num != "十" and unit_raw not in _TIME_UNITS | {"倍"}:
                continue
            if len(num) == 1 and unit_raw in _TIME_UNITS and not m.group("q1") and \
                    text[m.end():m.end() + 1] not in ("", "的", "内", "后", "并", "时", *_HARD):
                continue
        if _is_date_or_year(text, m, unit_raw):
            continue
        try:
            value = parse_number(num.removeprefix("百分之"))
            value_max = parse_number(re.sub(r"^[至到~～\-—\s]+", "", m.group("range"))) if m.group("range") else None
        except NumberError:
            continue
        if num.startswith("百分之") or "分之" in num or num == "一半" or "/" in num:
            if not num.startswith("百分之"):
                value = value * 100
            norm_unit, kind, mult = "%", "percent", 1
        else:
            if unit_raw not in WRITTEN_UNITS:
                unit_raw = re.sub(r"\s", "", unit_raw)
            norm_unit, kind, mult = unit_kind(unit_raw)
        scale = scale_of((m.group("scale") or "").strip())
        value = value * scale * mult
        if value_max is not None:
            value_max = value_max * scale * mult
        k = bisect.bisect_right(sent_starts, m.start()) - 1
        sent = sents[k] if k >= 0 and m.start() < sents[k][1] else (0, len(text))
        clause = clauses.start(m.start(), max(sent[0], 0))
        floor = max(clause, prev_end if prev_end > sent[0] else clause)
        before = text[floor:m.start()]
        qualifier = _qualifier(text, m, floor)
        direction, comparison = _direction(text[clause:m.start()])
        if direction:
            kind = "change"
        elif kind == "percent" and _clean_label(before).endswith("率"):
            kind = "rate"
        own = _clean_label(before)
        if own and floor == prev_end and out and out[-1].end == prev_end and out[-1].label_from == "after" \
                and out[-1].label == own and _LIST_JOIN_END.search(before):
            # 3次亲临云南考察、4次回信 / 74个县（区、市）司法局长共100余人: the words between name what the
            # figure before counts; this one's words come after it (新增1000处信号灯联网、累计达8000处 keeps its noun)
            own = ""
        label, label_from = _choose_label(text, m, before, own, unit_raw, kind)
        if not label and clause > sent[0] and text[clause - 1] in "：:" and not text[clause:m.start()].strip(" ￥¥$"):
            label = _clean_label(text[_clause_start(text, clause - 1, sent[0]):clause - 1])  # 总支出为：￥526,924.40元
        if direction and len(bare := DIRECTION_TAIL.sub("", label)) >= 2:
            label = bare  # 地方一般公共预算收入增长 → 地方一般公共预算收入: `direction` says up
        if sent[0] not in periods:
            periods[sent[0]] = _Periods(text, sent[0], sent[1])
        period = periods[sent[0]].before(m.start()) or para_period or item_period
        unit_text = text[m.end("num"):m.end()].strip()
        if m.group("range"):
            unit_text = text[m.end("range"):m.end()].strip()
        out.append(RawStat(m.start(), m.end(), m.start(), m.end("range") if m.group("range") else m.end("num"),
                           value, value_max, unit_text, norm_unit, kind, qualifier, direction, label,
                           label_from, period, sent, comparison))
        prev_end = m.end()
    return _distribute(text, _merge_ranges(text, out))


def _merge_ranges(text: str, stats: list[RawStat]) -> list[RawStat]:
    """`40%至50%`: two figures with the same unit joined by 至/到/-/~ are one range."""
    out: list[RawStat] = []
    for st in stats:
        prev = out[-1] if out else None
        if prev is not None and prev.norm_unit == st.norm_unit and prev.value_max is None \
                and re.fullmatch(r"\s*(?:至|到|~|～|-|—|－)\s*", text[prev.end:st.start]):
            prev.value_max = st.value
            prev.end = st.end
            prev.qualifier = "range"
            continue
        out.append(st)
    return out


def _respective_labels(phrase: str, n: int) -> list[str] | None:
    """`原煤、原油、天然气产量` for three figures → 原煤产量, 原油产量, 天然气产量; None when the
    phrase does not name exactly n things."""
    parts = [p for p in phrase.split("、") if p]
    if len(parts) == n - 1 and (m := re.search(r"(?<!以)[和及与]", parts[-1])):
        parts[-1:] = [parts[-1][:m.start()], parts[-1][m.end():]]
    if len(parts) != n or not all(parts):
        return None
    labels = [_clean_label(p) for p in parts]
    if not all(labels):
        return None
    last = labels[-1]
    cuts = _word_starts(last)
    if cuts:  # the shared words go with every name: 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入
        labels = [lab if _MEASURE_END.search(lab) or len(lab) > 6 else
                  lab + last[min(cuts, key=lambda b: (abs(b - len(lab)), -b)):] for lab in labels[:-1]] + [last]
    return labels


def _word_starts(label: str) -> list[int]:
    """Offsets inside `label` where a dictionary word of two or more characters starts."""
    from reportgen.words import tokenize_search

    return sorted({a for w, a, _ in tokenize_search(label) if len(w) >= 2 and a > 0})


def _distribute(text: str, stats: list[RawStat]) -> list[RawStat]:
    """`A、B分别增长4.4%、5.6%`: each figure of a 分别 list gets its own label, in order."""
    if "分别" not in text:
        return stats
    i = 0
    while i < len(stats):
        st = stats[i]
        clause = _clause_start(text, st.start, st.sentence[0])
        lead = text[clause:st.start]
        k = lead.rfind("分别")
        j = i + 1
        while j < len(stats) and stats[j].sentence == st.sentence and \
                _JOINT_ONLY.fullmatch(text, stats[j - 1].end, stats[j].start):
            j += 1
        if k > 0 and j - i >= 2:
            phrase = text[clause:clause + k]
            labels = _respective_labels(phrase, j - i) or [_clean_label(phrase) or st.label] * (j - i)
            for label, other in zip(labels, stats[i:j], strict=True):
                other.label, other.label_from = label, "before"
                if st.kind == "change" and other.norm_unit == st.norm_unit:
                    other.kind, other.direction, other.comparison = st.kind, st.direction, st.comparison
                elif other.kind == "percent" and label.endswith("率"):
                    other.kind = "rate"
        i = j
    return stats


class _Periods:
    """Year expressions of one sentence, indexed so that the period before any position is found
    in O(log n): a paragraph with thousands of figures and no full stop stays linear."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.ends: list[int] = []
        self.best: list[str] = []
        if _ANY_YEAR.search(text, start, end) is None:  # every year expression has NNNN年
            return
        window = text[start:end]
        cands: list[tuple[int, int, int, str]] = []  # (start, end, -rank, value)
        for rank, (rx, fmt) in enumerate(_YEAR_FORMS):
            for m in rx.finditer(window):
                if 1900 <= int(m.group(1)) <= 2100:
                    cands.append((start + m.start(), start + m.end(), -rank, fmt(m)))
        range_starts = sorted(c[0] for c in cands if c[2] == 0)
        # a plain year inside a range (自2021年至2023年) is part of the range
        keep = [c for c in cands if c[2] == 0 or not _near_before(range_starts, c[0], 12)]
        keep.sort(key=lambda c: c[1])
        cur: tuple[int, int, int, str] | None = None
        for c in keep:
            if cur is None or (c[0], c[2]) > (cur[0], cur[2]):
                cur = c
            self.ends.append(c[1])
            self.best.append(cur[3])

    def before(self, pos: int) -> str | None:
        """The last year expression that ends before pos (a range wins over a year starting with it)."""
        i = bisect.bisect_right(self.ends, pos)
        return self.best[i - 1] if i else None


def _near_before(sorted_starts: list[int], pos: int, span: int) -> bool:
    """Whether some start lies in [pos - span, pos]."""
    i = bisect.bisect_right(sorted_starts, pos)
    return i > 0 and sorted_starts[i - 1] >= pos - span


def _period_at(text: str, pos: int, sent_start: int) -> str | None:
    """The period a figure at pos refers to: the last year expression before it in the window."""
    return _Periods(text, sent_start, pos).before(pos)


def period_of_text(text: str) -> str | None:
    """A period stated in a title or subtitle (`——2025年全区法院执行工作…` → 2025)."""
    return _period_at(text, len(text), 0)


# --- an item's statistics: the figures of its paragraphs, labels completed across figures -------

_CLAUSE_BREAK = re.compile(r"[,，;；、:：。]")
_ONLY_QUALIFIER = re.compile(r"[,，、\s]*(?:接近|将近|约为|约|近|达到|达|超过|突破|为)\s*")
_CHANGE_WORDS = re.compile(r"^(?:同比|环比|比上年|较上年)?(?:增长|上升|提高|提升|增加|增幅|上涨|下降|减少|降低|"
                           r"缩短|压降|下滑|回落|降幅)了?$")


@dataclass
class ItemStat:
    """A statistic of an item: the block it stands in, its figure (label final), the figure a
    change describes (index in the item's list), and the subhead block it stands under."""

    block: int
    stat: RawStat
    of: int | None = None
    section: int | None = None


def item_stats(blocks: list[tuple[str, str, int]], item_period: str | None = None) -> list[ItemStat]:
    """Every statistic of an item's body, in order. `blocks` are (role, analysis text, offset where
    the body starts) for each paragraph; roles `body` and `bullet` hold figures, `subhead` starts a
    section. A figure without a label of its own takes the label of the figure before it in the
    same clause (立案87件112人), or across a bare qualifier (结案率提升了5个百分点，接近90%); a change
    right after a figure of the same sentence describes that figure (`of`)."""
    out: list[ItemStat] = []
    section = None
    for k, (role, text, offset) in enumerate(blocks):
        if role == "subhead":
            section = k
            continue
        if role not in ("body", "bullet"):
            continue
        prev: RawStat | None = None
        prev_own = ""  # the label the figure before found itself (a label is not passed on twice)
        for st in find_stats(text, item_period):
            if st.start < offset:
                continue
            own = st.label
            if not own and prev is not None and prev.sentence == st.sentence \
                    and _CLAUSE_BREAK.search(text, prev.end, st.start) is None:
                st.label = prev_own
            elif not own and prev is not None and prev.sentence == st.sentence and \
                    _ONLY_QUALIFIER.fullmatch(text[prev.end:st.start]):
                st.label = DIRECTION_TAIL.sub("", prev_own)
            cur = ItemStat(k, st, section=section)
            if st.kind == "change" and prev is not None and prev.sentence == st.sentence and prev.kind != "change" \
                    and (_CHANGE_WORDS.match(own) or not own):
                cur.of = len(out) - 1
            out.append(cur)
            prev, prev_own = st, own
    return out
