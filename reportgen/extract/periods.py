"""The period of a figure: the year (or year range) a sentence states before it, or the year of the
heading or lead that scopes its section (ANNOTATION.md, `period`; DECISIONS.md 1-3, 16: a year stated
after figures dated by 今年/去年 leads only when it is the year meant, counted from the page's
publication year, `page_year`).

A sentence ends at 。！？ or a line break; commas and semicolons do not end it. In a sentence, the last
year stated before a figure is its period, with these exceptions:

- a comparison baseline is never a period: 比2019年, 较2023年6月, 与2019年同期相比, and the years listed
  after one (较2018年、2019年的…);
- an open-ended expression is ignored: 2018年以来, 1969年有纪录以来, 自2016年起, 2010年以前;
- a relative word (今年, 去年, 上年, 此后, 目前, 近年来, N年来 …) cancels a year stated earlier in the
  same sentence; after 比/较/与 it is a comparison (比上年同期) and cancels nothing;
- partial years give the year (2024年1至10月 → 2024), spans give the range (2018年至2022年6月 →
  "2018-2022"), and a range or list of years followed by one figure per year maps one to one.

Every year expression contains a four-digit number (Arabic or 一九八五) followed by 年, so a sentence without one is
passed over at C speed, and the period before any position is one bisection: a paragraph with
thousands of figures and no full stop stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reportgen.extract.numbers import parse_chinese
from reportgen.extract.wording import changed_to

PERIOD_END = re.compile(r"[。！？!?](?:[”’」』)]*)")
# a year in Arabic or Chinese digits (一九八五年, 一九八○年)
_CN_YEAR_DIGITS = "〇○零一二三四五六七八九"
# a year of the Republic of China calendar, as Taiwan writes it (民国113年, 113年度, 112年1至6月): 1911 + N
# the words after which a year of three digits is Taiwan's (由104年, 於102年, 光是106年): no length of 104 years is said so
# 屏東縣114年, 臺北市113年, 本部111年補助, 各警察機關111年計受理: the year of Taiwan's dates after the county, city
# or body it dates
ROC_PLACE_BEFORE = "縣县市部署局关關院府会會处處厅廳"
ROC_YEAR_AFTER = ("由", "从", "至", "到", "自", "以", "较", "於", "于", "在", "光是", "其中")
# 年 and the noun a year of Taiwan's dates (105年勞資爭議…), not the words after a length of time (100年来, 110年的历史)
ROC_NOUN_AFTER = r"年(?![一来來以间間内內里裡中前后後的历歷之多余餘老了半期制级級代个個届屆岁歲])[\u4e00-\u9fff]"
# 八十九年, 一○九年 before a month: Taiwan's years in Chinese numerals (the seventies on), and the month after them
ROC_CN_YEAR = r"(?:[七八九]十[一二三四五六七八九]?|一[〇○零一][〇○零一二三四五六七八九])"
ROC_MONTH_AFTER = r"\s*年\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*月"
_ROC = (r"民国\s*\d{2,3}|(?<![\d.])1[01]\d(?=\s*年(?:度|\s*\d{1,2}\s*(?:[-—~～至到]\s*\d{1,2}\s*)?月|[上下]半年|第?[一二三四1-4]季度|[底初末]))"
        # 由104年3.58%上升至113年25.07%, 以112年3萬967件為最多: a year of three digits before its figure, or after
        # 由/至/以/较, is Taiwan's (no length of 104 years is said so)
        r"|(?<![\d.])1[01]\d(?=\s*年\s*[\d０-９])|(?:" + "|".join(f"(?<={w})" for w in ROC_YEAR_AFTER) + r")1[01]\d(?=\s*年)"
        r"|(?<![\d.])1[01]\d(?=\s*年\s*(?:至|到|[-—~～])\s*1[01]\d\s*年)"  # 108年至114年: a span of Taiwan's years
        # 105年勞資爭議案件計25,587件: a year of three digits opening a clause, the thing it dates right after it
        r"|(?:^|(?<=[\n，,。；;：:、 \u3000]))1[01]\d(?=\s*" + ROC_NOUN_AFTER + ")"
        # 屏東縣114年打詐成果, 本部111年補助: after the county, city or body it dates
        r"|(?<=[" + ROC_PLACE_BEFORE + r"])1[01]\d(?=\s*" + ROC_NOUN_AFTER + ")"
        # 民國八十九年, 截至一○九年十月底: Taiwan's years in Chinese numerals (the seventies on), before a month
        r"|民国\s*[一二三四五六七八九十百〇○零]{2,5}(?=\s*年)"
        r"|" + ROC_CN_YEAR + r"(?=" + ROC_MONTH_AFTER + r")")
# 09年第一季度, 22年上半年: a year of this century written with two digits, before the part of it that is meant
# (or before a colon: 08年:78,469宗 07年:80,796宗, a table's cells laid out on a line)
_Y2 = r"(?<![\d.])(?:0\d|1\d|2[0-9])(?=\s*年(?:第?[一二三四1-4]季度|[上下]半年|\s*\d{1,2}\s*(?:[-—~～至到]\s*\d{1,2}\s*)?月|[底初末]|\s*[:：]))"
_Y4 = rf"(?:\d{{4}}|[{_CN_YEAR_DIGITS}]{{4}}|{_ROC}|{_Y2})"
_ANY_YEAR = re.compile(rf"{_Y4}\s*年")
_DATE_TAIL = r"(?:\s*(?:\d{1,2}\s*(?:月?份?\s*[-—~～至到]\s*\d{1,2}\s*)?月(?:份)?(?:\s*\d{1,2}\s*[日号])?|[上下]半年|第?[一二三四1-4]季度|前[一二三四五六七八九十\d]+(?:个)?(?:月|季度)|[初底末中尾]|度))?"
_YEAR_RANGE = re.compile(rf"(?:自|从)?({_Y4})\s*年?{_DATE_TAIL}\s*(?:至|到|—|-|~|～|－|/)\s*({_Y4})\s*年{_DATE_TAIL}")
# 从2015年2月2日正式办公到2016年9月30日: a span whose start says what began then
_YEAR_SPAN_SAID = re.compile(rf"(?:自|从)({_Y4})\s*年{_DATE_TAIL}[^，,。；;\d年]{{1,8}}?(?:至|到)\s*({_Y4})\s*年{_DATE_TAIL}")
_YEAR = re.compile(rf"({_Y4})\s*年{_DATE_TAIL}")
# 2016年全年暨2017年前五个月: a whole year and a part of the next, reported on as one stretch
_PART_OF_YEAR = r"(?:前[一二三四五六七八九十\d]{1,2}个?月|[上下]半年|第?[一二三四1-4]季度|\d{1,2}\s*[-—~～至到]\s*\d{1,2}\s*月)"
_YEARS_JOINED = re.compile(rf"({_Y4})\s*年\s*(?:全年|全年度)\s*(?:暨|及|和|与|與)\s*({_Y4})\s*年\s*{_PART_OF_YEAR}")
# 20082010年: a span whose dash the page lost (2008—2010年)
_FUSED_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})\s*年")
# 2024-25年, 2023/24年度, 二〇二三至二四年度: a fiscal year (Hong Kong's runs April to March), its end written with two digits
# (in Chinese digits only with 至 or 到: 「二○一四/一五年學生服用藥物情況調查」 names a survey)
_FISCAL_YEAR = re.compile(rf"(?<![\d/-])(?:((?:19|20)\d{{2}})\s*[-/—–－至到]\s*(\d{{2}})"
                          rf"|([一二][{_CN_YEAR_DIGITS}]{{3}})\s*[至到]\s*([{_CN_YEAR_DIGITS}]{{2}}))\s*年")
# 《银川法院劳动争议审判白皮书2019-2023》, 《…白皮书（2019—2023）》: the years a document released covers
# 1978、1979两年共增产粮食: two years listed and said to be two, a span
_TWO_YEARS = re.compile(rf"({_Y4})\s*[、和]\s*({_Y4})\s*年?\s*(?=两年|二年)"
                        rf"|({_Y4})\s*年?\s*、\s*{_Y4}\s*年?\s*[、和]\s*({_Y4})\s*年?\s*(?=三年)")  # 2012、2013、2014三年中
# the years listed and the words saying how many they are (2012、2013、2014三年中的): a period, no part of a name
YEARS_COUNTED = re.compile(rf"(?<![\d、])(?:{_Y4})\s*年?(?:\s*[、和]\s*(?:{_Y4})\s*年?)+\s*[两二三四五]年(?:中|间|里|来)?(?:的)?")
_TITLE_RANGE = re.compile(rf"({_Y4})\s*(?:-|—|－|~|～|至)\s*({_Y4})(?=\s*[)）]?\s*》)")
_CN_YEAR = str.maketrans(_CN_YEAR_DIGITS, "000123456789")
# 去(114)年, 今（2025）年: a relative year with the year it is written in brackets (Taiwan's papers write it so)
_UP_TO_NOW = re.compile(r"\s*[，,]?\s*(?:截至|截止|到)?\s*")  # between a year and the now it runs to
_BRACKETED_YEAR = re.compile(r"[今去前本]\s*[（(]\s*(?:民[国國]\s*)?(\d{2,4})\s*[)）]\s*年")


def year_number(digits: str) -> int:
    """一九八五 → 1985; 2024 → 2024; a year of the ROC calendar (民国113, 113) → 2024; 09 (09年第一季度) → 2009."""
    bare = re.sub(r"^民国\s*", "", digits)
    n = int(parse_chinese(bare)) if re.search("[十百]", bare) else int(bare.translate(_CN_YEAR))  # (八十九: 89)
    if len(digits) == 2 and digits.isdigit():
        return 2000 + n  # 09年第一季度
    return n + 1911 if n < 1000 else n
# 2018年以来, 1969年有纪录以来, 2016年起实施, 2010年以前 (but 2020年起诉 is a year and a verb); 二〇三五年远景目标: a target
_OPEN_AFTER = re.compile(r"\s*(?:(?:远景|奋斗)?目标|远景|不变价|以来|"
                         r"有(?:史|纪录|记录|紀錄|記錄|统计|統計|数据|數據|资料|資料)(?:以来|以來)|"  # 1969年有紀錄以來: since records began
                         r"起(?=[，,。；;：:\s、]|$|实施|施行|执行|开始|至今|生效)|开始|至今|以前|之前|"
                         r"(?:到|至)(?:本|下)世纪|"  # 从一九八一年到本世纪末: the start of a plan's span, no year reported on
                         r"前(?![一二三四五六七八九十\d两几]))")
# (下降为2013年的55833人 is the new level, dated 2013: a change verb before 为 says where it moved to)
_MULTIPLE_BEFORE = re.compile(r"(?:是|(?<![降减增升高低长少加])为|相当于)\s*$")
# the multiple right after its baseline year (超过2011年的1.3倍)
_MULTIPLE_RIGHT_AFTER = re.compile(r"(?:同期)?的\s*[\d０-９.．一二三四五六七八九十两]+\s*倍")
# what the baseline year measured, then the multiple (2016年底人数的5.6倍)
_MULTIPLE_OF = re.compile(r"(?:底|末|初|同期)?[\u4e00-\u9fff]{0,6}?的\s*[\d０-９.．一二三四五六七八九十两]+\s*倍")
_COMPARING = r"比|较|較|相比|相较|相較|相对|相對|对比|對比|与|與|同"  # the words that introduce a comparison's baseline
_COMPARE_BEFORE = re.compile(rf"(?:{_COMPARING})\s*(?:于\s*)?$")
# 明显低于2019年首季，其中…: a year a level is said to be below or above, no figure of its own in the clause (not
# 高于一九五五年至一九八〇年平均每年递增百分之四点三的水平, where the year dates the figure compared with)
_BOUND_BEFORE = re.compile(r"(?:低|高|少|多|优|好)于\s*$")
_NO_FIGURE_IN_CLAUSE = re.compile(r"[^，,。；;！？!?\d０-９一二三四五六七八九十百千万亿两]*[，,。；;！？!?]")
_COMPARE_AFTER = re.compile(r"\s*(?:同期)?\s*(?:相比|相较|比较|对比)")
# 与新冠疫情前的2019年战果相比: a comparison's baseline year with words on both sides of it
_WITH_BEFORE = re.compile(r"(?:与|同|跟)[^，,。；;\d０-９]{1,12}$")
_COMPARE_AFTER_FAR = re.compile(r"[^，,。；;\d０-９]{0,8}?(?:同期)?\s*(?:相比|相较|比较|对比)")
_BASIS_AFTER = re.compile(r"[^，,。；;\d０-９一二三四五六七八九十百千万亿]{0,16}?基础上")  # no figure of its own
_SINCE_BEFORE = re.compile(r"(?:自|从)\s*$")
# 自2017年7月公益诉讼工作在全国全面开展以来; 自2016年3月最高法院作出“用两到三年时间基本解决执行难问题”的庄严承诺以来
# (當局自2022年8月開展計劃打擊…: what was launched then runs on: 开展, 启动, 实施 say a start too)
_SINCE_AFTER = re.compile(r"[^，,。；;]{0,20}?(?:起(?!诉)|开始|开展|启动|实施)|[^，,。；;]{0,48}?以来")
# 在2020年完成机构改制以来, 2018年扫黑除恶专项斗争开展以来: the year of an event the figures run from, a short
# clause of no figure between them (自/从 before the year allow a longer one: _SINCE_AFTER)
_EVENT_SINCE = re.compile(r"[^，,。；;：:\d０-９、（）()]{1,14}?以(?:来|來)")
_LIST_GAP = re.compile(r"(?:的[^、，,。；;\d]{0,12}?\d[\d.]*\s*\S{0,4}?)?\s*[、和及与]\s*$")
# relative words: they cancel a year stated earlier in their sentence (not a heading's or a lead's)
# (上年旧存, 上年结转收入: what the year's docket or budget carried over names where it came from, not a period)
_CARRIED = r"(?!旧存|结转|未结|遗留|积存)"
_RELATIVE = re.compile(rf"今年|去年{_CARRIED}|至今|迄今|上一年|上年{_CARRIED}|前年|本年|此后|目前|当前|现在|如今|近年来|近年|近几年|今后|"
                       r"(?:近|这|过去)?[\d一二三四五六七八九十两几]+\s*年(?:来|以来)|过去[\d一二三四五六七八九十两几]+\s*年|"
                       # 前三年共增加, 近三年: the years before (提前三年 is a lead of time, 近三年度 no span)
                       r"(?<![提之])前[一二三四五六七八九十两几]{1,2}年(?![度底初末])|近[\d一二三四五六七八九十两几]{1,2}\s*年(?![度底初末来])")
# 早在2003年, 设立于1993年: when something began or was founded
_PAST_BEFORE = re.compile(r"(?:早在|早于|远在|(?:设立|成立|始建|组建|创建|建立|创办|挂牌|建)于)\s*$")
# 自民国八十九年一月一日成立, 2003年7月挂牌: when something was founded (its date said before the verb)
_FOUNDED_AFTER = re.compile(r"\s*年?\s*(?:[一二三四五六七八九十\d]{1,2}\s*月(?:\s*[一二三四五六七八九十\d]{1,3}\s*[日号])?)?\s*"
                            r"(?:正式)?(?:成立|设立|组建|创建|挂牌|建立|创办)")
# 到2030年, 到二〇三五年: a target (截止到2021年8月 is no target: DECISIONS 2); 安排部署2021年度工作任务: the year of the work planned
# (提出了2019年法院工作的五大任务: the year of the tasks set)
_TARGET_BEFORE = re.compile(r"(?<![从由自截])(?<!截止)(?<!截至)(?:到|至)\s*$|(?:部署|谋划|规划|安排|提出了|提出)\s*$")
# 2015年底力争实现…, 2030年前要…: a year said as what is aimed at
_PERIOD_ONLY = re.compile(r"\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年度?\s*(?:[上下]半年|前三季度|第?[一二三四1-4]季度|"
                          r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|\d{1,2}\s*月份?|全年)?\s*")
_TARGET_AFTER = re.compile(r"\s*(?:前|以前)?\s*(?:力争|争取|确保|有望)")
_COMPARE_GLOSS = re.compile(rf"(?:{_COMPARING})\s*(?:之前|过去|此前|前)?\s*[\d一二三四五六七八九十两]{{1,3}}\s*(?:个)?年\s*[（(]\s*$")
_RELATIVE_COMPARED = re.compile(rf"(?:{_COMPARING})\s*(?:对|對)?\s*$")  # 較對上年度: Hong Kong's 對上 (the one before)
# 由去年的1019宗增至1077宗: where a change started, a baseline like 比去年 (it cancels no year)
_BASELINE_VALUE = re.compile(r"的?\s*[\d０-９一二三四五六七八九十两][\d０-９.．一二三四五六七八九十百千零〇两]*(?![年月日号\d０-９])")


class _Spans:
    """Spans added in increasing order that do not overlap; whether a position lies in one is a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, a: int, b: int) -> None:
        self.starts.append(a)
        self.ends.append(b)

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


@dataclass
class Mention:
    """A year expression of a sentence: where it ends, its value, and what it is."""

    start: int
    end: int
    value: str | None  # "2023", "2019-2021"; None for a relative word (it cancels)
    kind: str  # "year", "cancel"
    years: int = 1  # how many years a range spans (for one value per year)


def _is_comparison(text: str, start: int, end: int, prev: Mention | None, lo: int) -> bool:
    if _COMPARE_BEFORE.search(text, max(lo, start - 3), start) or _COMPARE_AFTER.match(text, end):
        return True
    if _BOUND_BEFORE.search(text, max(lo, start - 3), start) and _NO_FIGURE_IN_CLAUSE.match(text, end):
        return True
    if _MULTIPLE_BEFORE.search(text, max(lo, start - 3), start) and (
            text.startswith("的", end) or _MULTIPLE_OF.match(text, end)):
        return True  # 是2010年的2.2倍, 是2016年底人数的5.6倍: the baseline of a multiple
    if _MULTIPLE_RIGHT_AFTER.match(text, end):
        return True  # 均超过2011年的1.3倍: a year with the multiple right after it is its baseline, whatever verb is before
    if _WITH_BEFORE.search(text, max(lo, start - 14), start) and _COMPARE_AFTER_FAR.match(text, end):
        return True  # 与新冠疫情前的2019年战果相比: the year of what is compared with, words around it
    if _COMPARE_GLOSS.search(text, max(lo, start - 14), start):
        return True  # 较之前五年（2019至2023年）的平均案件量: the years gloss the baseline
    if _COMPARED_WITHIN.search(text, max(lo, start - 12), start) and _LEVEL_AFTER.match(text, end):
        return True  # 比五年计划原定1957年3856亿斤的水平超过133亿斤: the year of the level compared with
    if text.startswith("在", max(lo, start - 1)) and _BASIS_AFTER.match(text, end):
        return True  # 在1992年快速增长的基础上，1993年…: what the year reported on built on
    # 较2018年、2019年的…: a year listed after a comparison year is one too
    return prev is not None and prev.kind == "compare" and bool(_LIST_GAP.fullmatch(text, prev.end, start))


_COMPARED_WITHIN = re.compile(r"(?:比|较|較)[^，,。；;\d比较較]{1,10}$")
_LEVEL_AFTER = re.compile(r"(?:[\d０-９][，,](?=[\d０-９])|[^，,。；;]){0,20}?的(?:生产)?水平")  # (３，８５６亿斤的水平)
_SINCE_ONLY = re.compile(r"\s*以来")


def _is_open(text: str, start: int, end: int, lo: int) -> bool:
    if text.endswith("面向", max(lo, start - 2), start):
        return True  # 面向2030年的科技创新重大项目: the horizon of what is named, no year reported on
    if (m := _OPEN_AFTER.match(text, end)) is not None:
        if m.group().strip() == "前" and text[end - 1] in "底末":
            return False  # 计划在一九八五年底前建成投产: a deadline, the year aimed at (2010年以前 is open)
        return not (m.group().endswith("起") and _CLOSED_AFTER.match(text, m.end()))
    if _EVENT_SINCE.match(text, end):
        return True
    if not _SINCE_BEFORE.search(text, max(lo, start - 2), start) or (m := _SINCE_AFTER.match(text, end)) is None:
        return False
    return not (m.group().endswith("起") and _CLOSED_AFTER.match(text, m.end()))


# 自2021年1月起，截至5月31日, 自2026年1月1日起至2月9日止: a start the same sentence closes, a span within its
# year, not open-ended (起至今 stays open; 起至2023年 is a span of years, not this)
_CLOSED_AFTER = re.compile(r"\s*[，,]?\s*(?:截至|截止|(?:至|到)\s*[\d０-９]{1,2}\s*月)")


def mentions(text: str, start: int, end: int) -> list[Mention]:
    """The year expressions and relative words of text[start:end], in order, comparisons and
    open-ended years marked (kind `compare`, `open`)."""
    said = text[start:end]
    if _ANY_YEAR.search(text, start, end) is None and _RELATIVE.search(text, start, end) is None \
            and ("》" not in said or _TITLE_RANGE.search(text, start, end) is None) \
            and (("两年" not in said and "三年" not in said) or _TWO_YEARS.search(text, start, end) is None) \
            and _FISCAL_YEAR.search(text, start, end) is None and _BRACKETED_YEAR.search(text, start, end) is None:
        return []
    found: list[tuple[int, int, str, str, int]] = []
    taken = _Spans()
    for m in (*_YEAR_RANGE.finditer(text, start, end), *_YEAR_SPAN_SAID.finditer(text, start, end),
              *_TITLE_RANGE.finditer(text, start, end), *_TWO_YEARS.finditer(text, start, end),
              *_FUSED_RANGE.finditer(text, start, end), *_YEARS_JOINED.finditer(text, start, end)):
        if m.start() in taken:
            continue
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        a, b = year_number(first), year_number(last)
        if 1900 <= a <= 2100 and a <= b <= 2100 and (m.re is not _FUSED_RANGE or 0 < b - a <= 30):
            value = str(a) if a == b else f"{a}-{b}"
            found.append((m.start(), m.end(), value, "year", b - a + 1))
            taken.add(m.start(), m.end())
    for m in _BRACKETED_YEAR.finditer(text, start, end):
        digits = m.group(1)
        year = 1911 + int(digits) if len(digits) == 2 else year_number(digits)  # 去(99)年, 去(114)年: Taiwan's calendar
        if 1900 <= year <= 2100:
            found.append((m.start(), m.end(), str(year), "year", 1))
            taken.add(m.start(), m.end())
    for m in _FISCAL_YEAR.finditer(text, start, end):
        a = year_number(m.group(1) or m.group(3))
        if m.start() not in taken and (a + 1) % 100 == int((m.group(2) or m.group(4)).translate(_CN_YEAR)):
            found.append((m.start(), m.end(), f"{a}-{a + 1}", "year", 2))
            taken.add(m.start(), m.end())
    plain = _Spans()
    for m in _YEAR.finditer(text, start, end):
        if m.start() in taken or not 1900 <= year_number(m.group(1)) <= 2100:
            continue
        if m.start() > start and text[m.start() - 1].isdigit():
            continue
        found.append((m.start(), m.end(), str(year_number(m.group(1))), "year", 1))
        plain.add(m.start(), m.end())
    for m in _RELATIVE.finditer(text, start, end):
        if m.start() in taken or m.start() in plain:
            continue
        if m.group() in ("目前", "至今", "现在") and any(_UP_TO_NOW.fullmatch(text, b, m.start()) for _, b, _, kind, _ in found
                                                      if kind == "year"):
            continue  # 今(114)年截至目前, 2025年以来至今: the year so far, not a year cancelled
        # 比去年; 去年同期全院共收案208件 (a baseline said after the year's own figures): a comparison
        kind = "compare" if _RELATIVE_COMPARED.search(text, max(start, m.start() - 3), m.start()) \
            or text.startswith("同期", m.end()) or (text[max(start, m.start() - 1):m.start()] in ("由", "从")
                                                   and _BASELINE_VALUE.match(text, m.end())) else "cancel"
        found.append((m.start(), m.end(), "", kind, 1))
    found.sort()
    out: list[Mention] = []
    prev: Mention | None = None
    for a, b, value, kind, span in found:
        if kind == "year":
            if _is_comparison(text, a, b, prev, start):
                kind = "compare"
            elif _is_open(text, a, b, start) and not (span > 1 and _SINCE_ONLY.match(text, b)):
                kind = "open"  # (2021年至2023年以来 closes at its second year: a span, whatever 以来 says)
        mention = Mention(a, b, value or None, kind, span)
        out.append(mention)
        if kind != "cancel":
            prev = mention
    return out


# the part of a year a period is (2024年上半年, 2024年1-9月, 2023年第二季度, 2024年前三季度, 2015年8月份); a month
# written without 份 is left out (截至2024年6月底, 2023年3月设立: a day or an event, no span reported on)
_YEAR_PART = re.compile(r"年\s*((?:[上下]半年|第?[一二三四1-4]季度|前[一二三四五六七八九十\d]+(?:个)?(?:月|季度)|"
                        r"\d{1,2}\s*月?份?\s*[-—~～至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份))$")


def year_part(text: str, m: Mention) -> tuple[int, int] | None:
    """Where the part of its year a year mention names is written (上半年 of 2024年上半年), or None for a
    whole year, a day or a month said without 份."""
    if m.kind != "year" or m.value is None or "-" in m.value:
        return None
    part = _YEAR_PART.search(text, m.start, m.end)
    return part.span(1) if part is not None else None


def since_before(text: str, start: int, figure: int, said: list[Mention] | None = None) -> tuple[int, int] | None:
    """Where the open-ended start a figure is counted from is said (2016年以来 in 2016年以来，…判处5年
    以上有期徒刑1120人), between the sentence start and the figure; None when there is none, or a year
    or a relative word (今年, 此后) stands between it and the figure. Such a figure has no period; its
    start tells a reader it is no one year's figure. `said`: the mentions of the whole sentence, when
    the caller keeps them (a sentence of many figures is read once, not once a figure)."""
    found = [m for m in said if m.end <= figure] if said is not None else mentions(text, start, figure)
    last = next((k for k in range(len(found) - 1, -1, -1) if found[k].kind != "compare"), None)
    if last is None or found[last].kind != "open":
        return None
    m = found[last]
    words = _SINCE_ONLY.match(text, m.end, figure)  # (analysis text: 以來 is read as 以来)
    return (m.start, words.end()) if words else None


def is_target(sentence: str, period: str) -> bool:
    """Whether the sentence gives `period` as a target (到2030年, 至二〇三五年), not as a year reported on."""
    return any(m.value == period and _TARGET_BEFORE.search(sentence, max(0, m.start - 3), m.start) is not None
               for m in mentions(sentence, 0, len(sentence)) if m.kind == "year")


_DAY = re.compile(r"\d\s*[日号]")
_DAY_NUM = rf"[\d{_CN_YEAR_DIGITS}十]{{1,3}}"  # a month's or a day's number: 3, 12, 十二
_ONE_MONTH = re.compile(rf"{_Y4}\s*年\s*{_DAY_NUM}\s*月(?:份)?(?:\s*{_DAY_NUM}\s*[日号])?")
_MONTH_OF = re.compile(rf"年\s*({_DAY_NUM})\s*月")
# a month stated alone, without its year (8月份，…), not a day of it nor a span of months (1-8月)
_BARE_MONTH = re.compile(rf"(?<![年\d{_CN_YEAR_DIGITS}十\-—－~～至到])({_DAY_NUM})\s*月(?:份)?(?![\d{_CN_YEAR_DIGITS}十]+\s*[日号])")
_ITEM_FIGURE = re.compile(r"\s*(?:的)?\s*[\d０-９]")
_ITEM_BEFORE = re.compile(r"(?:(?<![一二三四五六七八九十])、|其中)\s*$")  # not the 、 of a heading's number (二、2017年3,834人中)
_ITEM_STOP = re.compile(r"[、，,；;]")

_YEARS_LISTED = re.compile(r"(?:19|20)\d{2}\s*[、和与及]\s*(?:19|20)\d{2}\s*年")  # 1998、1999年: years listed


# what brackets hold when they only date: years, months, days and the words between them (从2008年11月至2016年2月底)
_DATE_WORDS = re.compile(r"[\d０-９〇○零一二三四五六七八九十]+\s*[年月日号]|[—\-~至到从自起止底初末]")
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")


def _bracket_close(text: str, start: int, pos: int, end: int) -> int | None:
    """Where the bracket holding pos closes, when pos stands inside one opened after start and closed before end."""
    opened = max(text.rfind("（", start, pos), text.rfind("(", start, pos))
    if opened < 0 or max(text.rfind("）", opened, pos), text.rfind(")", opened, pos)) >= 0:
        return None
    closes = [k for k in (text.find("）", pos, end), text.find(")", pos, end)) if k >= 0]
    if not closes:
        return None
    close = min(closes)
    gloss = _WORDS.search(_DATE_WORDS.sub("", text[opened + 1:close])) is None
    if gloss and not text.startswith("》", close + 1):
        return None  # 近五年（2009—2013年）来: the years in brackets gloss the words before them (but 《…方案(2022-2024)》
        # is a title's)
    if gloss and _REVIEWED.search(text, max(0, text.rfind("《", 0, opened)), opened):
        return None  # 发布《…破产审判白皮书(2018-2022)》: the years a report reviews, like 《…白皮书2019-2023》
    return close + 1


_THEN_NOW = {"去年", "今年", "前年"}
_REVIEWED = re.compile(r"白皮书|白皮書|报告|報告|公报|公報|年鉴|年鑒|综述|回顾|通报|通報")


class SentenceYears:
    """The year in force at each position of one sentence, found by bisection."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.mentions = [m for m in mentions(text, start, end) if m.kind in ("year", "cancel")
                         and not (m.kind == "year" and _SESSION_OF_YEAR.match(text, m.end, end))]
        self.ends = [m.end for m in self.mentions]
        # 其中2009年860件、2010年778件…，共结案3992件: a year that heads one item of a list dates that
        # item alone (to the next 、 or comma); what follows the list takes the year before it
        self.item_end: dict[int, int] = {}
        self.before_list: list[int] = []  # for each mention, the last one before it that heads no item (-1)
        last_plain = -1
        self.starts: set[int] = set()  # the years of starting values (从2021年41.7%…): no list of items follows them
        for k, m in enumerate(self.mentions):
            if m.kind == "year" and (close := _bracket_close(text, start, m.start, end)) is not None:
                self.item_end[m.start] = close  # （其中2020年1月至2021年3月，…），其中提起公诉1606人: the year
                # in brackets dates what they hold, not what follows them
            elif m.kind == "year" and text[max(start, m.start - 1):m.start] in ("从", "由") \
                    and _ITEM_FIGURE.match(text, m.end) and (to := changed_to(text, m.end)) is not None:
                self.item_end[m.start] = to  # 不捕率从2021年41.7%上升至64.1%: the year dates the starting
                # value only; what it rose to is the later observation, whose period is the sentence's or lead's
                self.starts.add(m.start)
            elif m.kind == "year" and _ITEM_FIGURE.match(text, m.end) and (
                    _ITEM_BEFORE.search(text, max(start, m.start - 3), m.start)
                    or (k and self.mentions[k - 1].start in self.item_end and self.mentions[k - 1].start not in self.starts)):
                stop = _ITEM_STOP.search(text, m.end, min(end, m.end + 40))
                self.item_end[m.start] = stop.start() if stop else min(end, m.end + 40)
            else:
                last_plain = k
            self.before_list.append(last_plain)
        first = self.firstyear_number()
        # 早在2003年7月，国务院就开始部署…, 企沙法庭设立于1993年: when something began long before, not the
        # year reported on;
        # 到二〇三五年基本实现…: a target
        self.dates_past = first is not None and (_PAST_BEFORE.search(text, max(start, first.start - 4), first.start) is not None
                                                 or _FOUNDED_AFTER.match(text, first.end) is not None)
        self.target = first is not None and (_TARGET_BEFORE.search(text, max(start, first.start - 4), first.start) is not None
                                             or _TARGET_AFTER.match(text, first.end) is not None
                                             or (text[first.end - 1] in "底末" and text.startswith("前", first.end)))  # 一九八五年底前

    def before(self, pos: int) -> Mention | None:
        """The last year (or cancelling word) that ends before pos."""
        i = bisect.bisect_right(self.ends, pos)
        return self.mentions[i - 1] if i else None

    def period(self, pos: int) -> str | None:
        """The sentence's own period at pos: None when no year stands before it or a relative word
        cancelled it."""
        i = bisect.bisect_right(self.ends, pos)
        if i and (stop := self.item_end.get(self.mentions[i - 1].start)) is not None and pos >= stop \
                and not (self.mentions[i - 1].start in self.starts and self.text[max(self.start, pos - 1):pos] in ("从", "由")):
            i = self.before_list[i - 1] + 1  # past its item: the year stated before the list (不捕率从2021年41.7%
            # 上升至64.1%、不诉率从15.6%上升至24.9%: a starting value said next is of the same year, 15.6% of 2021)
        m = self.mentions[i - 1] if i else None
        return m.value if m is not None and m.kind == "year" else None

    def dates_event(self) -> bool:
        """Whether the year in force at the sentence's end is a month or a day (2023年3月, 2024年5月8日),
        not a year or a part of one reported on (2023年, 2024年1-9月, 2023年上半年)."""
        m = self.before(self.end)
        if m is not None and m.kind == "year" and "-" not in (m.value or "") \
                and _HELD_ON.search(self.text, m.end, self.end) is not None:
            return True  # 2023年西藏自治区“3·15”消费维权工作新闻发布会15日在拉萨举行: the year names the meeting
        # (自2026年1月1日起至2月9日止: a span reported on; 公布本縣114年10月的詐欺案件概況: a month reported on)
        return m is not None and m.kind == "year" and "-" not in (m.value or "") \
            and _ONE_MONTH.fullmatch(self.text, m.start, m.end) is not None \
            and _SPAN_CLOSED.match(self.text, m.end) is None \
            and _MONTH_REPORTED.match(self.text, m.end) is None

    def firstyear_number(self) -> Mention | None:
        """The first year the sentence states (not a comparison, not open-ended)."""
        return next((m for m in self.mentions if m.kind == "year"), None)


# a meeting held on a day (…新闻发布会15日在拉萨举行, …大会于3日上午召开)
_HELD_ON = re.compile(r"(?:会|会议|大会|论坛|仪式|典礼)[^，,。；;\d]{0,4}?[\d０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚)?"
                      r"(?:在[^，,。；;]{1,12})?(?:隆重)?(?:举行|召开|开幕|闭幕)")
_SPAN_CLOSED = re.compile(r"\s*起" + _CLOSED_AFTER.pattern)  # (the start closed as _is_open reads it)
# 公布本縣114年10月的詐欺案件概況: the month whose figures are reported, not the day of an event
_MONTH_REPORTED = re.compile(r"\s*份?的[^，,。；;\d]{0,16}?(?:情况|概况|数据|统计数据|统计)(?![^，,。；;]{0,3}[会室])")
_FRAGMENT = 8  # fewer characters than this, no figure and no year: a photo's credit, no sentence
_SAID_END = "。！？!?.；;，,"
_STOPPED = re.compile(r"[。！？!?；;][”’」』)）]*$")  # a sentence that ends with its stop (not a line that just ends)


def _as_said(text: str) -> str:
    """A sentence or title as compared with one printed before: without spaces, commas (a title's
    space is read as a comma) or its closing stop."""
    return re.sub(r"[\s，,]+", "", text).rstrip(_SAID_END)


_TITLE_END = re.compile(r"\s*[)）]?\s*》")
# 向立法会提交2017年的年报，…由2016年的847宗减至去年的771宗: the year of the report presented is the year
# the piece reports on, whatever years its figures are then compared over (总结2021年工作概况，指去年…: so is the
# year of the work summed up)
_REPORT_OF_YEAR = re.compile(r"\s*(?:年度)?\s*(?:的)?\s*(?:年[报報]|年度[报報]告|年度工作[报報]告|工作[报報]告|工作(?:概况|情况|总结|成效))")


def _month_number(s: str) -> str:
    """A month's number as digits (8, 八, 十二 → "8", "8", "12")."""
    return str(int(s)) if s.isdigit() else str(parse_chinese(s))


def _distinct_years(values: set[str | None], titled: set[str | None]) -> set[str | None]:
    """The years of a sentence, a year inside the range of a document's title counted once with
    it (2023年…典型案例，发布《…白皮书2019-2023》: one span, no chronology)."""
    spans = [tuple(map(int, v.split("-"))) for v in titled if v and "-" in v]
    return {v for v in values if not (v and "-" not in v and any(a <= int(v) <= b for a, b in spans))}


def period_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences for periods: they end at 。！？ (a paragraph ends at a line break)."""
    out, pos = [], 0
    for m in PERIOD_END.finditer(text):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


# 2020年玉林两会, 2025年全国两会: the year of the session, not of the figures it hears reported
_SESSION_OF_YEAR = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:两会|兩會|全会|全會|人代会|人代會)")
_REVIEW = re.compile(r"回顾|总结|回顧|總結|全年|数据|數據")
# ——2022年5月23日在市九届人大常委会第一次会议上: the day a report was given, not the year it reports on
# (or the line breaks after the session's name, before 第一次会议上)
_GIVEN_AT = re.compile(r"\s*在[^，,。；;]{1,40}?(?:(?:会议|會議|大会|大會|会|會)上|(?:大会|大會|会议|會議)\s*$)")
# a cross-head opening with a bare year (`2025 全省法院工作持续发展进步`)
_BARE_YEAR_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])?\s*((?:19|20)\d{2})"
                             r"(?:\s+|(?=主要|工作|全年|总结|回顾|[上下]半年|前三季度|第[一二三四]季度))(?=[\u4e00-\u9fff])")
# …or closing with one (`聚焦两会|“数”读2023`)
# (…白皮书(2021-2023): a span, in brackets)
_BARE_YEAR_TAIL = re.compile(r"(?<![\d.\-—–~～])((?:19|20)\d{2})(?:\s*[-—–~～]\s*((?:19|20)\d{2}))?[”\"」)）]?\s*$")


def heading_period(text: str) -> str | None:
    """The period a heading or title states: its last year that is not a comparison or open-ended
    (`2024年工作回顾` → 2024, `一、2025年及“十四五”时期工作回顾` → 2025, `2025 全省法院工作…` → 2025,
    the year reviewed of `一、1998年工作回顾和1999年工作的总体要求` → 1998, and of
    `2025年全年工作数据发布及2026年传媒座谈会` → 2025,
    `“数”读2023` → 2023);
    the year of a session (2020年玉林两会) and the day a report was given (——2022年5月23日在…会议上)
    are none."""
    years = [m for m in mentions(text, 0, len(text)) if m.kind == "year" and not _SESSION_OF_YEAR.match(text, m.end)
             and not (_DAY.search(text, m.start, m.end) and _GIVEN_AT.match(text, m.end))
             and not _TARGET_AFTER.match(text, m.end)
             and not _TARGET_BEFORE.search(text, max(0, m.start - 3), m.start)]  # 2015年底力争实现…: a target
    if len(years) >= 2 and _REVIEW.search(text, years[0].end, years[1].start):
        return years[0].value  # 一、1998年工作回顾和1999年工作的总体要求: the figures are the review's
    if years:
        return years[-1].value
    bare = _BARE_YEAR_HEAD.match(text) or _BARE_YEAR_TAIL.search(text)
    if not bare or re.search(r"[\d０-９]\s*年", text[:bare.end()]) or len(text.strip()) > 40:  # (未成年人 is no year)
        return None
    if bare.re is _BARE_YEAR_TAIL and bare.group(2):
        return f"{bare.group(1)}-{bare.group(2)}" if int(bare.group(1)) < int(bare.group(2)) else None
    return bare.group(1)


def names_a_day(text: str) -> bool:
    """Whether text gives a full date (——2023年3月5日在…会议上): when something was said or done."""
    return any(m.group().endswith(("日", "号")) for m in _ONE_MONTH.finditer(text))


# the date a page was published, on a furniture line near its top: 发布时间:2023-08-08 09:49, 2015年01月12日 来源:…,
# 09.04.2020  20:32
_PAGE_DATE = re.compile(r"(?<!\d)(?:((?:19|20)\d{2})\s*(?:[-/.]\s*\d{1,2}\s*[-/.]|年\s*\d{1,2}\s*月)\s*\d{1,2}(?!\d)|"
                        r"\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})(?!\d))")
_PAGE_DATE_LINE = re.compile(r"发布|發布|发表|發表|来源|來源|时间|時間|日期|编辑|編輯|作者|浏览|瀏覽|字号|字號|\d{1,2}:\d{2}")
_PAGE_TOP_LINES = 12


def page_year(orig: str) -> int | None:
    """The year a page was published, from a date on one of its first lines that is page furniture
    (发布时间:2023-08-08, 2015年01月12日 来源:齐鲁晚报, 09.04.2020 20:32), None when none says it. A date in
    the text (2023年3月5日在…会议上) is no publication date."""
    lines = [t for t in (line.strip() for line in orig.splitlines()[:4 * _PAGE_TOP_LINES]) if t][:_PAGE_TOP_LINES]
    for t in lines:
        if len(t) > 80 or any(c in t for c in "。！？!?；;，,"):
            continue
        if (m := _PAGE_DATE.search(t)) is not None and (
                _PAGE_DATE_LINE.search(t) or not re.search(r"[\u4e00-\u9fff]", _PAGE_DATE.sub("", t))):
            return int(m.group(1) or m.group(2))  # a furniture word beside it, or the date alone on its line
    return None


# a relative year that dates the first figures of a piece (今年上半年，全省共破获…3028起) and the publication
# year it means: a year stated later leads the piece only when it is that year
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2}
# 通报五年来…工作情况, 介绍了近三年来…: the first sentence says the piece reports on several years
_REPORTS_SPAN = re.compile(r"(?:通报|发布|介绍|总结)[^，,。；;]{0,12}?(?:近|过去)?(?![一1]\s*年)[\d一二三四五六七八九十两几]+\s*年(?:来|以来)")  # (一年来: the year reported on, no span)


_LEADS_IN = re.compile(r"[：:]\s*$")  # a line that leads into what follows
_LATE_LEAD = re.compile(rf"\s*({_Y4})\s*年\s*(?:[至到—－-]\s*({_Y4})\s*年\s*)?[，,]")
# 截至2018年12月，衡阳市检察院共办理…: the date the figures reach (DECISIONS 2), which a late lead may open with too
_LATE_AS_OF = re.compile(rf"\s*(?:截至|截止)(?:到)?\s*({_Y4})\s*年\s*(?:[\d０-９一二三四五六七八九十]{{1,2}}\s*月\s*(?:底|末|份)?|底|末)?\s*[，,]")
_N_YEARS = r"(?:[二三四五六七八九十两]|\d{1,2})\s*年"  # 五年, 10年: a span of years said by their number
# 过去的五年，经济发展保持良好势头: a review that opens with the years it covers (Y03, CB11 read so)
_SPAN_OPENS = re.compile(rf"\s*(?:过去的?|这|近){_N_YEARS}(?:来|间|里|中)?[，,]")
# “十四五”的五年，…; 五年来，…; 过去五年，…: a sentence opening with a span of years (without 过去/这/近 too)
_SPAN_SAID = re.compile(rf"\s*(?:[“\"]十[一二三四五六七八九]五[”\"](?:的|这|时期的?)?)?(?:过去的?|这|近)?"
                        rf"{_N_YEARS}(?:来|以来|间|里|中)?\s*[，,]")
LEAD_SENTENCES = 3  # a lead is among the first sentences of an article or section
# how a heading or a section's first line is numbered: sections numbered alike are siblings
_HEADING_STYLES = (
    ("(一)", re.compile(r"\s*[(（][一二三四五六七八九十]{1,3}[)）]")),
    ("(1)", re.compile(r"\s*[(（]\d{1,3}[)）]")),
    ("一、", re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.．]")),
    ("1、", re.compile(r"\s*\d{1,2}[、.．](?!\d)")),
    ("一是", re.compile(r"\s*[一二三四五六七八九十]是")),
    ("——", re.compile(r"\s*——")),
)


def heading_style(text: str, pos: int = 0) -> str | None:
    """How the line at pos is numbered (`一、`, `(一)`, `1、`, `一是`, `——`), None when it is not."""
    return next((name for name, rx in _HEADING_STYLES if rx.match(text, pos)), None)


# A teaser (figures run before the news: 满意度4次蝉联全省第一；…前列……) ends at ；, ; or an ellipsis;
# the clause after it that tells what is reported on (通报…2020年上半年…情况) is the lead.
_TEASER_END = re.compile(r"[；;]|…+")
_RELEASE_VERBS = r"通报|通報|发布|發布|發佈|公布"
_REPORTS = re.compile(_RELEASE_VERBS + r"|介绍|介紹|总结|總結")
# 一串串亮眼的数据,印证了2023年…的新进展: the figures before it are the evidence of that year
_DATA_SHOW = re.compile(r"(?:数据|数字|數據|數字)[^。；;]{0,8}?(?:印证|见证|彰显|展现|展示|记录|折射|反映|诠释"
                        r"|印證|見證|彰顯|展現|記錄|詮釋)")


def _teaser(sy: SentenceYears, first_figure: int) -> bool:
    """Whether a sentence's figures run before the news they announce (超六成…——…发布《白皮书》; 188天…零接警……;
    [摘要]…结案数较去年同比增长3955件: the abstract a page prints above the story)."""
    return _REPORTS.search(sy.text, first_figure, sy.end) is not None or "…" in sy.text[first_figure:sy.end] \
        or _ABSTRACT.match(sy.text, sy.start) is not None


# 中新网重庆7月11日电…重庆市检察院11日发布《…白皮书》,数据显示,…: the news of a release on a day
_DAY_SAID = re.compile(r"[\d０-９一二三四五六七八九十]{1,3}日")
# what was released (发布《白皮书》), not where it was heard (在新闻发布会上了解到: the figures said there are of no year)
_RELEASED = re.compile(rf"(?:{_RELEASE_VERBS})(?![会會])")


def _announces(sy: SentenceYears, first_figure: int) -> bool:
    """Whether a sentence is the news of a release, told on its day, before the figures it gives (DECISIONS 17:
    the news event that announces the figures is no sentence of figures of no year)."""
    said = sy.text[sy.start:first_figure]
    # (发布4件典型案例: the figure is what was released, those cases, no figure of the release's)
    return (day := _DAY_SAID.search(said)) is not None and (released := _RELEASED.search(said, day.end())) is not None \
        and re.search(r"[，,]", said[released.end():]) is not None


# [摘要], 【导读】: the mark of the abstract a page prints above its story (labels reads it too)
ABSTRACT_MARK = r"\s*[\[【]?\s*(?:摘要|导读|核心提示|内容提要)\s*[\]】:：]"
_ABSTRACT = re.compile(ABSTRACT_MARK)


def _after_teaser(sy: SentenceYears, at: int, first: Mention) -> str | None:
    """The lead of a sentence whose first figure stands in a teaser before it, or None."""
    ends = [m.end() for m in _TEASER_END.finditer(sy.text, at, first.start)]
    if not ends:
        return None
    stretch = re.sub(r"[\d０-９]{1,2}月[\d０-９]{1,2}[日号]", "", sy.text[ends[-1]:first.start])  # its dateline stays
    if re.search(r"[\d０-９]", stretch) or not (_REPORTS.search(stretch) or _DATA_SHOW.search(stretch)):
        return None
    return sy.period(first.end)


class Scope:
    """The period that scopes the text being read: a heading's year, then a lead's (DECISIONS 1).

    The title's (or subtitle's) year scopes the item. A section starts at a cross-head or at a
    paragraph opening with a list mark; sections numbered alike are siblings, ranked by the order
    their numbering first appears (a heading in the style seen first is the outermost), so a new
    section ends its siblings and their children and starts with its parent's period, or its own
    heading's year. In each section the lead is looked for: the first of its first sentences that
    states a year, which is a lead when the year stands before the sentence's first figure and still
    holds there (a year stated after a figure dates that sentence only). Relative words in later
    sentences do not cancel it."""

    def __init__(self, period: str | None, published: int | None = None) -> None:
        self.published = published  # the year the page was published, when it says it
        self.relative: int | None = None  # the years back of a relative year dating the first figures (今年 0, 去年 -1)
        self.spanned = False  # the piece says it reports on several years (通报五年来…情况)
        self.levels: dict[str, int] = {}
        self.stack: list[tuple[int, str | None]] = [(-1, period)]  # (level, period); the item's first
        self.leads = True  # False for a text that reports on no period (no_leads)
        self.searching = True
        self.seen = 0
        self.article_seen = 0  # the article's lead is among its first sentences, whatever cross-heads
        self.body_seen = False  # a body paragraph has been read (body())
        self.opens_parent = False  # the section opened its parent section: no sentence came between their headings
        self.month: tuple[str, str] | None = None  # (year, month) of a month stated with its year, no figure
        self.said: set[str] = set()  # the first sentences read, to know one printed twice (a photo's caption)
        # a lead that stated no figure, and the stack before it: withdrawn when the next sentences say the piece
        # reports on several years (2025年各项目标任务的圆满完成,标志着“十四五”胜利收官。…五年来,我们…)
        self.undo: tuple[int, list[tuple[int, str | None]]] | None = None

    @property
    def period(self) -> str | None:
        return self.stack[-1][1]

    def title(self, text: str) -> None:
        """A title or subtitle: its year scopes the item."""
        if (p := heading_period(text)) is not None:
            self.stack[0] = (-1, p)
            self.stack[1:] = []
        self.said.add(_as_said(text))  # a first sentence that prints the title again is no sentence of the piece
        self.searching, self.seen = self.leads, 0
        self.relative, self.spanned = None, False
        self.undo = None

    def section(self, style: str, heading: str | None) -> None:
        """A section starts, numbered in `style` (`plain` for an unnumbered cross-head). A plain line
        stating no year opens none before the body (a speaker's line, a salutation: 各位代表：), nor when
        it leads into what follows (今年政府工作的总体要求是：)."""
        own = heading_period(heading) if heading else None
        if style == "plain" and heading is not None and own is None and (not self.body_seen or _LEADS_IN.search(heading)):
            return
        if style == "plain" and own is not None and not self.body_seen and _PERIOD_ONLY.fullmatch(heading or ""):
            self.title(heading or "")  # a line that is only a period (2024年上半年) before the body: the item's period
            return
        level = self.levels.setdefault(style, len(self.levels))
        # 一、…近两年执行工作 (一)…。2022年1月1日至2023年6月30日，全院…: a section opening its parent, no
        # sentence between the two headings; the lead found in it is its parent's too
        self.opens_parent = self.seen == 0 and self.searching and len(self.stack) > 1 and self.stack[-1][0] < level
        while len(self.stack) > 1 and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, own or self.period))
        self.searching, self.seen = self.leads, 0
        self.relative, self.spanned = None, False  # a section's lead is its own
        self.undo = None  # (and a lead of the section before can no longer be withdrawn)

    def body(self) -> None:
        """A body paragraph is read: plain lines after it can be cross-heads."""
        self.body_seen = True

    def no_leads(self) -> None:
        """A text that reports on no period (a judgment): only headings and a figure's own sentence date it."""
        self.leads = self.searching = False
        self.seen = self.article_seen = LEAD_SENTENCES

    def _passed(self) -> None:
        """A sentence that is no lead: one more of the first sentences the lead is looked for in."""
        self.seen += 1
        self.article_seen += 1
        self.searching = self.searching and self.seen < LEAD_SENTENCES

    def _means(self, year: str) -> bool:
        """Whether a year stated after the first figures were dated by a relative year (今年上半年，…；2019年，…)
        can be the year they report on: 今年 is the year of publication, 去年 the year before. Without a
        publication year 今年 cannot be told from the past year stated (left undated rather than guessed);
        去年 is taken to be it. A piece that says it reports on several years (通报五年来…) has no year's lead,
        only its span's."""
        if self.spanned:
            return "-" in year  # the span's years stated (2023年至2025年), not one year of it
        if self.relative is None:
            return True
        if self.published is None:
            return self.relative < 0
        return self.published + self.relative == year_number(year[:4])

    def late(self, text: str, start: int, end: int, first_figure: int, opens_paragraph: bool = False) -> None:
        """A sentence (text[start:end]) after the first few, while nothing scopes the section: one that
        opens with a whole year and gives figures in it (…向大会报告法院工作。2019年，全市法院受理各类案件
        46491件) is the lead a page's preamble (a session, a meeting, a speaker) kept from the first
        sentences, and so is one opening with a span of years (2019年至2022年，…) or a paragraph opening
        with the date its figures reach (截至2018年12月，…; inside a paragraph, 截至2020年底 dates a case's own
        facts). Its years are read only when it opens with one."""
        if not self.leads or self.period is not None \
                or (m := _LATE_LEAD.match(text, start) or (_LATE_AS_OF.match(text, start) if opens_paragraph else None)) is None:
            return
        sy = SentenceYears(text, start, end)
        period = sy.period(first_figure)
        said = str(year_number(m.group(1)))
        if m.re is _LATE_LEAD and m.group(2) is not None:  # 2019年至2022年，全市法院共审结…: the span it opens with
            said += f"-{year_number(m.group(2))}"
        if period == said and not sy.target and self._means(period):
            self.stack[-1] = (self.stack[-1][0], period)

    def opening(self, text: str, start: int, end: int) -> str | None:
        """The year of a paragraph's first sentence, when it opens with a whole year and gives no
        figure (2018年，在市委正确领导下，…提供了有力司法保障。全市法院受理案件29589件…): it dates the rest of
        its paragraph, while nothing scopes the section."""
        if not self.leads or self.period is not None or (m := _LATE_LEAD.match(text, start)) is None:
            return None
        sy = SentenceYears(text, start, end)
        if sy.dates_event() or sy.target:
            return None
        period = sy.period(end)
        return period if period == str(year_number(m.group(1))) else None

    def sentence(self, sy: SentenceYears, first_figure: int | None) -> bool:
        """A body sentence (its years, where its first figure stands). True when the lead found dates
        the sentence's own figures, which state no year themselves (a month restated without its year)."""
        article = self.article_seen < LEAD_SENTENCES
        if not (self.searching or article):
            return False
        before_stack = list(self.stack)
        first = sy.firstyear_number()
        whole = sy.text[sy.start:sy.end].strip()
        if first is None and (_as_said(whole) in self.said or (first_figure is None and len(whole) < _FRAGMENT and (
                re.match(r"[\u4e00-\u9fff]", whole[-1:]) or not re.search(r"[\u4e00-\u9fff]", whole)))):
            return False  # a caption or the title printed twice, a credit (资料图片): no sentence the lead is looked past
        self.said.add(_as_said(whole))
        quoted = sy.text.startswith(("“", "「"), sy.start)  # someone's words, quoted: they date themselves
        if first is None or quoted or (first_figure is None and sy.dates_event()):
            if first is None and not quoted and (_REPORTS_SPAN.search(sy.text, sy.start, first_figure or sy.end)
                                                 or (first_figure is None and _SPAN_OPENS.match(sy.text, sy.start))):
                self.spanned = True  # 公安部…通报五年来…工作情况。2023年，…: a piece on five years has no year's lead
            if first is None and first_figure is not None and self.relative is None and not quoted:
                said = [sy.text[m.start:m.end] for m in sy.mentions if m.kind == "cancel" and m.end <= first_figure]
                if said and said[0] in _RELATIVE_YEAR:
                    self.relative = _RELATIVE_YEAR[said[0]]  # 今年上半年，全省共破获…3028起: the first figures' year
            if first is not None and first_figure is None and article and (month_said := sy.before(sy.end)) is not None \
                    and month_said.value and (mo := _MONTH_OF.search(sy.text, month_said.start, month_said.end)):
                self.month = (month_said.value, _month_number(mo.group(1)))  # 2015年8月份，全市…运行正常。
            elif first is None and first_figure is not None and self.month is not None and self.searching \
                    and (bare := _BARE_MONTH.search(sy.text, sy.start, first_figure)) \
                    and _month_number(bare.group(1)) == self.month[1]:
                # …(一)8月份，全市共接各类报警41695起: the month stated again without its year is that month
                self.stack[-1] = (self.stack[-1][0], self.month[0])
                if all(p is None for _, p in self.stack[:-1]):
                    self.stack[0] = (-1, self.month[0])
                self.searching = False
                self.article_seen = LEAD_SENTENCES
                return True
            self._passed()  # 2023年3月，吴兴法院设立执行110热线…: when something was done, no year reported on
            if first is None and first_figure is not None and self.relative is None and not quoted and not self.spanned \
                    and not _teaser(sy, first_figure) and not _announces(sy, first_figure) and _STOPPED.search(whole):
                # (a line with no stop, 农业农村部：…移交涉案人员5172人, is a headline run into the text: it passes)
                # 朝阳法院共组建了26个速裁团队。据统计，2017年…: the piece has begun with figures of no year; a
                # year stated after them dates its own sentence, it no longer leads (a late lead still may)
                self.searching = False
                self.article_seen = LEAD_SENTENCES
            return False
        # the year must stand before the sentence's first figure, and still hold there (这个成立于2011年的
        # 部门，目前有8名干警: 目前 cancels it)
        at = first_figure if first_figure is not None else sy.end
        # 于1971年9月至1979年8月担任…，1979年9月调入…，自1994年9月至2007年12月借调…: a chronology dates
        # its own events, it reports on no period
        # (a dated day, 2018年12月28日, is when the news was told, not an event of a chronology)
        years = [m for m in sy.mentions if m.kind == "year" and not _DAY.search(sy.text, m.start, m.end)]
        dated = [m for m in years if m.end <= at]
        titled = {m.value for m in dated if _TITLE_END.match(sy.text, m.end)}  # 《…白皮书2019-2023》
        # 人均GDP从2020年的5.2万元提高到2025年的7.4万元: two observations compared, neither scopes the rest
        stated = {m.value for m in years}
        chronology = len(_distinct_years({m.value for m in dated}, titled)) >= 2 \
            or (first.end <= at and len(_distinct_years(stated, titled)) >= 2) \
            or _YEARS_LISTED.search(sy.text, sy.start, at) is not None \
            or any(m.kind == "cancel" and m.start > at and sy.text[m.start:m.end] in _THEN_NOW for m in sy.mentions)
        # 1998、1999年连续遭受…: years of events; 在2001年…收容率是111%，…去年…是74%: then and now, no lead
        lead = sy.period(at) if first.end <= at and not (first_figure is None and sy.dates_past) \
            and not sy.target and not chronology else None  # a target year dates its own sentence only
        if lead is None and not sy.target and (report := next(
                (m for m in years if "-" not in (m.value or "") and _REPORT_OF_YEAR.match(sy.text, m.end)), None)) is not None:
            lead = report.value  # 提交2017年的年报: the year reported on, however many years are compared after it
        if lead is None and first.end > at and not sy.target and not chronology:
            lead = _after_teaser(sy, at, first)  # 4次蝉联第一……7月9日，…通报2020年上半年…情况: the rest's year
        # (通报三年来…情况。…截至2022年3月，三年共受理…: the date a piece on several years reaches dates them, DECISIONS 2)
        reached = self.spanned and (m := _LATE_AS_OF.match(sy.text, sy.start)) is not None \
            and str(year_number(m.group(1))) == lead
        if lead is not None and not self._means(lead) and not reached:
            lead = None  # 今年上半年，…；报告指出，2019年，…: the past year compared, not the year reported on
        untold = all(p is None for _, p in self.stack)  # no heading, title or lead has stated a year
        if lead is not None and self.searching:
            self.stack[-1] = (self.stack[-1][0], lead)
            if self.opens_parent and self.stack[-2][1] is None:
                self.stack[-2] = (self.stack[-2][0], lead)
        if lead is not None and article and untold:
            self.stack[0] = (-1, lead)  # the article's lead, whatever cross-head (stating no year) came before it
        if lead is None and first.end > at:  # its years all follow its first figure: they date it alone,
            self._passed()                   # and the lead may still come (a headline run into a dateline)
            return False
        self.undo = (2, before_stack) if lead is not None and first_figure is None else None
        self.searching = False
        self.article_seen = LEAD_SENTENCES
        return False

    def after_lead(self, text: str, start: int, first_figure: int | None) -> None:
        """One of the two sentences after a lead that stated no figure: one opening with a span of years and
        no figure of its own ("十四五"的五年，…; 五年来，我们…) says the piece reports on those years, and the
        year of the lead (2025年各项目标任务的圆满完成) was the year they ended, no year reported on."""
        if self.undo is None:
            return
        left, stack = self.undo
        if first_figure is None and _SPAN_SAID.match(text, start) is not None:
            self.stack = stack
            self.spanned = True
            self.undo = None
            return
        self.undo = (left - 1, stack) if left > 1 and first_figure is None else None
