"""English for figures: 47,717 cases; CNY 3.407 billion; up 20.49% year on year; more than 1,000."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from reportgen.extract.numbers import parse_chinese
from reportgen.extract.periods import year_number
from reportgen.extract.wording import (
    ADDED,
    BASELINE,
    COMPARED_MARGIN,
    MARGIN,
    OVER_PLAN,
    RUN,
    SPAN,
    TERM_BEFORE,
    TERMS,
    YEAR_BEFORE,
    YEAR_COMPARED,
    YEAR_DIGITS,
)
from reportgen.vocab import BASE_UNITS, PER, PER_DOT, PER_UNITS, unit_en

QUALIFIERS = {"approx": "about ", "at_least": "at least ", "at_most": "no more than ", "exact": "", "range": ""}
# The words of a figure's lead (reportgen/extract/wording.py) in English, longest first: the English
# says the bound the Chinese says (近 is "nearly", not "about"; 不低于 is "at least").
_BOUNDS = sorted({
    "没有超过": "not more than", "未超过": "not more than", "不超过": "not more than", "最多": "at most",
    "不得超过": "not more than", "不能超过": "not more than", "不应超过": "not more than", "不得高于": "not more than",
    "不高于": "not more than", "不小于": "at least", "小于": "less than", "不大于": "not more than",
    "不多于": "not more than", "大于": "more than", "多于": "more than", "未满": "under", "约需": "about",
    "不得少于": "at least", "不得低于": "at least",
    "不少于": "at least", "不低于": "at least", "至少": "at least", "最低": "at least",
    "不到": "less than", "不足": "less than", "低于": "less than", "少于": "less than",
    "将近": "nearly", "接近": "nearly", "近": "nearly", "约为": "about", "大约": "about", "约": "about",
    "超过": "more than", "超出": "more than", "超": "more than", "达到或略高于": "at or slightly above",
    "达到或超过": "at least", "达到或高于": "at least", "逾": "more than", "突破": "more than", "破": "more than", "多达": "as many as",
    "最高": "up to", "仅为": "only", "仅": "only", "只有": "only",
}.items(), key=lambda kv: -len(kv[0]))
# the bound word a label opens with or holds (不到餐馆总数量, 最高单价): what the English says for the bound
_LABEL_BOUND = re.compile(r"不到|不足|低于|少于|最高(?!人民|法|检)|最多")
_UNIT_BOUND = re.compile(r"[余多]|以[上下内]|左右|上下")  # 523万余元: the unit's own bound word says it
_DOWN_WORDS = ("净减", "递减", "下降", "减少", "降低", "下滑", "回落", "压降", "压缩", "缩减", "削减", "压减", "精简", "下调", "调减", "调低", "下浮", "降", "减")
# a margin against a baseline (高于全国0.4个百分点): above or below what, not up or down
_MARGIN = re.compile(rf"{MARGIN}$")
_MARGIN_OF = {"全国": "the national", "全省": "the provincial", "全市": "the city's", "全区": "the region's",
              "全州": "the prefecture's", "全县": "the county's"}
# how the change is measured, said after it: 年均增长5.9% is a rate a year, 实际增长 is after prices
_MEASURE_EN = ((("年均", "年平均", "平均每年", "每年平均"), " a year on average"),)
# 实际增长 is after prices; 实际回落到6.1% is what actually happened, against a plan
_REAL = re.compile(r"实际(?=增长|增加|下降|减少|提高|降低|上升)|扣除价格因素")
_BASELINE = re.compile(BASELINE)
_BASE_YEAR = re.compile(YEAR_COMPARED)
_PLAN_END = re.compile(r"十([一二三四五六七八九])五(?=”?(?:末|期末))")
_PLAN_NUMBER = "〇一二三四五六七八九"
_TERM_BEFORE = re.compile(rf"上一?个?({TERMS})")
# 较上年减少, 比2019年增多: a change over a period before, said with a verb of change
_PERIOD_CHANGED = re.compile(rf"(?:较|較|比)(?:上年|去年|上一年|前年|{TERM_BEFORE}|(?:{YEAR_DIGITS})年)(?:同期)?"
                             r"(?:减少|增多|增加|降低|提高|缩短)(?:了)?")
_TERMS_EN = {"周": "week", "星期": "week", "月": "month", "季度": "quarter"}
_WHOLE_YEAR_BEFORE = re.compile(rf"(?:较|較|比|从|由){YEAR_BEFORE}")
_FROM_YEAR_BEFORE = re.compile(rf"(?:从|由)({YEAR_BEFORE})(?:同期)?的?")
_FROM_YEAR = re.compile(rf"(?:从|由)({YEAR_DIGITS})年的?")
_COMPARE_EN = (("上周", " over the previous week"), ("上星期", " over the previous week"),
               ("上季度", " over the previous quarter"), ("上一季度", " over the previous quarter"),
               ("上五年", " over the previous five years"), ("上个五年", " over the previous five years"),
               ("上一个五年", " over the previous five years"), ("同期", " year on year"), ("同比", " year on year"), ("环比", " month on month"), ("上月", " month on month"),
               ("上年", " over the previous year"), ("去年", " over the previous year"))
# counters of things one can count one by one take "fewer than", not "less than"
_COUNTED = {"件", "起", "宗", "案", "人", "名", "位", "人次", "户", "家", "个", "项", "条", "份", "篇", "期", "场", "场次",
            "批", "所", "支", "台", "套", "张", "本", "册", "部", "座", "处", "类", "种", "次"}


def number(value: float | int | str | Decimal, decimals: int | None = None) -> str:
    """1234567 → '1,234,567'; 3.4070 → '3.407'."""
    if type(value) is int:  # whole already, whatever the rounding
        return f"{value:,}"
    d = Decimal(str(value))
    if decimals is not None:
        d = round(d, decimals)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    whole, _, frac = f"{d:f}".partition(".")
    return f"{int(whole):,}.{frac.rstrip('0')}" if frac.rstrip("0") else f"{int(whole):,}"


def money(amount: float | int, code: str = "CNY") -> str:
    """Money with the English scale words: 3407000000 → 'CNY 3.407 billion' (USD, HKD … for other currencies)."""
    d = Decimal(str(amount))
    for scale, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if abs(d) >= scale:
            return f"{code} {number((d / scale).normalize())} {word}"
    return f"{code} {number(d)}"


_PENALTY_TERM = re.compile(r"监禁|監禁|拘役|拘留|徒刑|刑期")


def _bound_en(lead: str, unit_written: str, qualifier: str, kind: str, norm_unit: str) -> tuple[str, str]:
    """(words before, words after) the English number for the figure's bound, taken from the
    Chinese words when the summary has them, else from its qualifier."""
    for zh, en in _BOUNDS:
        if lead.endswith(zh):
            if zh == "破" and qualifier != "at_least":
                break  # 破2076起: cases solved (破案), no bound; 破千件 is past a thousand
            if en == "less than" and norm_unit in _COUNTED:
                en = "fewer than"
            return en + " ", ""
    if "以上" in unit_written:
        return "", " or more"
    if "以下" in unit_written:
        return "", " or less"
    if "左右" in unit_written or "上下" in unit_written:
        return "about ", ""
    if "余" in unit_written or "多" in unit_written:
        return "more than ", ""
    if qualifier == "at_most" and kind == "duration":
        return "within ", ""  # 30天内, 六十日以内
    if qualifier == "at_most" and ("以内" in unit_written or "内" in unit_written):
        return "within ", ""
    return QUALIFIERS.get(qualifier, ""), ""


def _margin(lead: str) -> tuple[re.Match[str], str] | None:
    """The margin the words before a figure say (高于全国, 低于) and the words its bound is read from: a
    bound word closing them (高于全国平均水平约 → 约), none when the margin's verb is all (低于 is no bound)."""
    core = next((lead[:-len(zh)] for zh, _ in _BOUNDS if lead.endswith(zh)), lead)
    if core != lead and (m := _MARGIN.search(core)) is not None:
        return m, lead
    return (m, "") if (m := _MARGIN.search(lead)) is not None else None


_FRACTION_WORDS = {(1, 2): "half", (1, 3): "one third", (2, 3): "two thirds", (1, 4): "a quarter",
                   (3, 4): "three quarters", (1, 5): "one fifth", (2, 5): "two fifths", (3, 5): "three fifths",
                   (4, 5): "four fifths", (1, 10): "one tenth"}


def _fraction(value: str) -> str | None:
    """English words for a fraction as the text writes it (1/3, 三分之一, 一半), if it is a common one."""
    from reportgen.extract.numbers import NumberError, parse_number

    v = value.strip()
    if v in ("一半", "半数"):
        return "half"
    if "/" in v:
        top, _, bottom = v.partition("/")
    elif "分之" in v:
        bottom, _, top = v.partition("分之")
    else:
        return None
    try:
        key = (int(parse_number(top)), int(parse_number(bottom)))
    except (NumberError, ValueError):
        return None
    return _FRACTION_WORDS.get(key)


# 件, 户 and 期 count different things by what is counted (the label): cases or items, households or
# businesses, sessions or issues or phases
_HOW_MANY = r"(?:起数|起數|数|數)?"  # 事故起数, 火灾数: the number of what the noun names
_NOUNS = (
    ("件", re.compile(r"实事|好事|事项|建议|提案|议案|文件|规章|法规|制度|项目|工程|意见|措施|作品|物品|档案|信件|来信|来件"),
     ("item", "items")),
    ("件", re.compile(r"(?:文物|枪支|弹药|刀具|赃物|商品|产品|货物|衣物|器材|设备|证件|图书|书籍|出版物|印章|样品|药品|食品|"
                     r"违禁品|假币|光盘|材料|礼品|物资|法律|器具|器械|工具|制品|製品|物件|物品)$"), ("item", "items")),  # 四万件文物: relics, not cases
    # 交通事故15起, 事故起数9起: accidents
    *((u, re.compile(rf"事故{_HOW_MANY}$"), ("accident", "accidents")) for u in ("起", "宗", "件")),
    *((u, re.compile(r"警情$"), ("incident", "incidents")) for u in ("起", "宗", "件")),
    *((u, re.compile(r"(?:报警|报警电话|求助电话|求助|来电)$"), ("call", "calls")) for u in ("起", "宗", "件", "个", "次")),
    *((u, re.compile(rf"火[灾災]{_HOW_MANY}$"), ("fire", "fires")) for u in ("起", "宗")),
    ("件", re.compile(r"留言$"), ("message", "messages")),
    ("户", re.compile(r"市场主体|经营主体|企业|商户|工商户|个体户|公司|纳税人|会员|网店|店"), ("entity", "entities")),
    ("期", re.compile(r"简报|快报|专刊|刊物|期刊|杂志|报纸|专栏|节目"), ("issue", "issues")),
    ("期", re.compile(r"工程|项目|建设|改造|线路|地铁"), ("phase", "phases")),
    # 支 counts teams (12支队伍, 服务队), guns, funds and long things (电子烟100支): items unless one of those is named
    ("支", re.compile(r"[枪槍]支|[枪槍]$"), ("gun", "guns")),
    ("支", re.compile(r"基金"), ("fund", "funds")),
    ("支", re.compile(r"^(?!.*(?:队|隊|团队|團隊|力量|志愿者|志願者|突击|突擊)).*$"), ("item", "items")),
    ("所", re.compile(r"(?:学校|小学|中学|高中|大学|高校|院校|幼儿园)$"), ("school", "schools")),
    ("所", re.compile(r"(?:医院|卫生院)$"), ("hospital", "hospitals")),
)


def _noun(unit: str, label: str, n: Any) -> str | None:
    for u, rx, words in _NOUNS:
        if u == unit and rx.search(label):
            return words[0] if n == 1 else words[1]
    return None


def _body(norm: Any, hi: Any, unit: str, value: str = "", label: str = "") -> str | None:
    if unit == "%" and hi is None and (words := _fraction(value)) is not None:
        return words
    if unit == "%":
        return f"{number(norm, 2)}%" + (f"–{number(hi, 2)}%" if hi is not None else "")
    if unit == "百分点":
        return f"{number(norm)}" + (f"–{number(hi)}" if hi is not None else "") + \
            (" percentage point" if norm == 1 and hi is None else " percentage points")
    if (currency := BASE_UNITS.get(unit)) is not None and currency.kind == "amount" and currency.en is not None:
        code = currency.en[0]  # 元 CNY, 美元 USD, 港元 HKD … (元/平方米 is a price per unit, no base unit)
        return money(norm, code) + (f" to {money(hi, code)}" if hi is not None else "")
    u = _noun(unit, label, norm if hi is None else 2) or unit_en(unit, norm if hi is None else 2)
    if u is None:
        return None
    return (number(norm) + (f"–{number(hi)}" if hi is not None else "") + f" {u}").strip()


_SINCE = re.compile(r"\s*(?:自|从)?\s*([\d〇○零一二三四五六七八九]{4})\s*年\s*(?:(\d{1,2})\s*月)?")


def since_english(since: str) -> str | None:
    """The open-ended start of a figure in English: 2016年以来 → since 2016, 2017年7月以来 → since July
    2017; None when it is not a year (and month) since."""
    m = _SINCE.match(since)
    if m is None:
        return None
    month = int(m.group(2)) if m.group(2) else 0
    said = dt.date(2000, month, 1).strftime("%B ") if 1 <= month <= 12 else ""  # as render.chinese.en_date
    return f"since {said}{year_number(m.group(1))}"


_HALF = {"上": "H1", "下": "H2"}
_QUARTER = re.compile(r"第?([一二三四1-4])季度")
_FIRST = re.compile(r"前([一二三四五六七八九十\d]+)(?:个)?(月|季度)")
_MONTHS = re.compile(r"(\d{1,2})\s*月?份?(?:\s*[-—~～至到]\s*(\d{1,2})\s*月)?份?")


def period_english(year: str, part: str = "") -> str:
    """A figure's period in English: 2024 with 上半年 → H1 2024, 1-9月 → January–September 2024, 第二季度 →
    Q2 2024, 前三季度 → first three quarters of 2024, 8月份 → August 2024; the year alone when the part is
    none of these."""
    part = part.strip()
    if part[:1] in _HALF and part.endswith("半年"):
        return f"{_HALF[part[:1]]} {year}"
    if (q := _QUARTER.fullmatch(part)) is not None:
        return f"Q{'一二三四'.index(q.group(1)) + 1 if q.group(1) in '一二三四' else q.group(1)} {year}"
    if (first := _FIRST.fullmatch(part)) is not None:
        n = parse_chinese(first.group(1)) if not first.group(1).isdigit() else int(first.group(1))
        words = {1: "first", 2: "first two", 3: "first three", 4: "first four", 5: "first five", 6: "first six",
                 7: "first seven", 8: "first eight", 9: "first nine", 10: "first ten", 11: "first eleven"}
        if n is not None and int(n) in words:
            return f"{words[int(n)]} {'quarters' if first.group(2) == '季度' else 'months'} of {year}".replace(
                "first quarters", "first quarter").replace("first months", "first month")
    if (m := _MONTHS.fullmatch(part)) is not None:
        a, b = int(m.group(1)), int(m.group(2)) if m.group(2) else None
        if 1 <= a <= 12 and (b is None or a < b <= 12):
            name = dt.date(2000, a, 1).strftime("%B")
            return f"{name}–{dt.date(2000, b, 1).strftime('%B')} {year}" if b else f"{name} {year}"
    return year


def figure_en(stat: Mapping[str, Any]) -> str | None:
    """The English figure for a statistic, or None when its unit has no English.

    It says what the Chinese says: the bound's own word (nearly, less than, within, or more), a
    change's direction and comparison (up 20.49% year on year; 增长1倍 → doubled; 增长2倍 → up 200%),
    a multiple as times (1.7 times), and the caveat the source puts after it (879 cases (including
    cases left over from previous years: 343 cases)). A figure whose caveat has no English has none:
    without it the English would say more than the source."""
    text = _figure_en(stat)
    if text is None or not stat.get("caveat"):
        return text
    return f"{text} ({stat['caveat_en']})" if stat.get("caveat_en") else None


def _figure_en(stat: Mapping[str, Any]) -> str | None:
    norm, unit, kind = stat.get("norm"), stat.get("norm_unit", ""), stat.get("kind", "")
    if unit == "元" and stat.get("currency") in BASE_UNITS:
        unit = str(stat["currency"])  # 新臺幣…元: TWD, not CNY
    if unit not in BASE_UNITS:  # (毫克/升 is a unit of its own, mg/L)
        unit = unit.partition("/")[0]  # 元/平方米: the price's unit; what it is per is said from the written unit
    if norm is None:
        return None
    lead, written = stat.get("lead") or "", stat.get("unit") or ""
    hi = stat.get("norm_max")
    if lead == "从":  # the starting value of a change: 从54万亿元增加到…
        rest = _figure_en({**stat, "lead": ""})
        return f"from {rest}" if rest else None
    if (start := _FROM_YEAR_BEFORE.fullmatch(lead)) is not None:  # 由上年的1019宗增至…: where it started, a year before
        rest = _figure_en({**stat, "lead": ""})
        when = "the year before last" if start.group(1) == "前年" else "the previous year"
        return f"from {rest} in {when}" if rest else None
    if (start := _FROM_YEAR.fullmatch(lead)) is not None:  # 从2021年46.5%降至28.2%: where it started, in that year
        rest = _figure_en({**stat, "lead": ""})
        return f"from {rest} in {year_number(start.group(1))}" if rest else None
    if kind == "change" and (margin := _margin(lead)) is not None:
        # 高于全国平均水平约10个百分点, 高于全省平均2个百分点以上: the margin keeps its bound
        said_bound = _bound_en(margin[1], written, stat.get("qualifier", "exact"), kind, unit)
        return _margin_en(margin[0], norm, hi, unit, str(stat.get("value", "")), said_bound)
    if kind == "change" and lead in ("超", "超过", "超出", "高出") and unit in ("个百分点", "百分点"):
        amount = _body(norm, hi, unit, str(stat.get("value", "")))  # 接通率超3个百分点: exceeded by 3 points
        return f"{amount} higher" if amount else None
    if kind == "change" and (plan := re.fullmatch(OVER_PLAN, lead)) is not None:  # 超年度计划28%: above the plan
        amount = _body(norm, hi, unit, str(stat.get("value", "")))
        what = "target" if "目标" in lead else "plan"
        return f"{amount} above the {'annual ' if '年' in plan.group() else ''}{what}" if amount else None
    if kind == "change" and re.fullmatch(COMPARED_MARGIN, lead) and not _PERIOD_CHANGED.fullmatch(lead):
        # 较总体…高13.4个百分点: higher than a group (较上年减少2起 is a change over the year before: below)
        amount = _body(norm, hi, unit, str(stat.get("value", "")))
        end = lead.rstrip("了出")[-1:]  # 低 lower, 少 fewer or less, 多 more, 高 higher
        word = {"低": "lower", "少": "fewer" if unit in _COUNTED else "less", "多": "more"}.get(end, "higher")
        before, after = _bound_en("", written, stat.get("qualifier", "exact"), kind, unit)  # 减少1/3以上: by more than
        if after == " or more":
            before, after = "more than ", ""
        return f"{before}{amount}{after} {word}" if amount else None
    if stat.get("comparison") == "prior" and kind != "change":  # 去年同期为34件: a year before
        base = _BASELINE.match(lead)
        rest = _figure_en({**stat, "lead": lead[base.end():] if base else lead, "comparison": None})
        if rest and (year := _BASE_YEAR.search(lead)) is not None:  # 比1952年的827亿元: the value of that year
            return f"{rest} in {year_number(year.group(1))}" + (" (same period)" if "同期" in lead else "")
        if not rest:
            return None
        if (plan := _PLAN_END.search(lead)) is not None:  # 较“十三五”末的9323.1亿元
            return f"{rest} at the end of the {_plan_ordinal(plan)} Five-Year Plan period"
        if (term := _TERM_BEFORE.search(lead)) is not None:  # 较上周的242起: a weekly or monthly bulletin's baseline
            return f"{rest} in the previous {_TERMS_EN[term.group(1)]}"
        if "同期" in lead or "同比" in lead or not _WHOLE_YEAR_BEFORE.search(lead):
            return f"{rest} in the same period of the previous year"  # 去年同期为34件46人: both figures
        # 比去年90.78万件, 由上年的1019宗: the whole year before; 由前年的: the year before that
        return f"{rest} in the year before last" if "前年" in lead else f"{rest} in the previous year"
    qualifier = stat.get("qualifier", "exact")
    if not lead.strip() and qualifier == "at_most" and kind != "change" and not _UNIT_BOUND.search(written) \
            and (bound := _LABEL_BOUND.search(str(stat.get("label") or ""))) is not None:
        lead = bound.group()  # 不到餐馆总数量的10%, 单日最高客运量1409万: the bound is said before the label
    before, after = _bound_en(lead, written, qualifier, kind, unit)
    if before == "within " and _PENALTY_TERM.search(str(stat.get("label") or "")):
        before = "up to "  # 最高罚则为罚款1,000万元及监禁两年: a cap on the sentence, not a time limit
    if unit == "倍" and lead.startswith(("是", "为", "相当于")):  # 是十年前的3倍: a multiple of a base, not a rise
        times = f"{before}{number(norm)}" + (f"–{number(hi)}" if hi is not None else "") + " times"
        return f"{times} {of}" if (of := _multiple_base(lead)) else f"{times} as much"
    if unit == "番" and kind == "change" and hi is None:  # 翻一番: doubled; 翻两番: quadrupled
        said = {1: "doubled", 2: "quadrupled", 3: "increased eightfold"}.get(int(norm)) if norm == int(norm) else None
        if before and said is None:
            return None
        doubling_bound = "nearly" if re.search(r"(?:接近|将近|近)翻$", lead) else {"about": "roughly"}.get(before.strip(), before.strip())
        # (接近翻一番: nearly doubled; 约翻一番: roughly doubled)
        return (f"{doubling_bound} " if doubling_bound else "") + (said or f"doubled {number(norm)} times") + _comparison(stat, lead) \
            + _measure(lead)
    if unit == "倍" and kind == "change" and hi is None:
        if norm == 1 and not before:
            return "doubled" + _comparison(stat, lead) + _measure(lead)
        body: str | None = f"{number(Decimal(str(norm)) * 100)}%"
    elif unit == "倍":
        body = f"{number(norm)} times" + (f"–{number(hi)} times" if hi is not None else "")
    elif not unit and not written and kind in ("rate", "percent"):
        body = number(norm) + (f"–{number(hi)}" if hi is not None else "")  # 结收比1.01, 三次产业结构8.7∶…: as written
    else:
        body = _body(norm, hi, unit, str(stat.get("value", "")), str(stat.get("label") or ""))
    if body is None:
        return None
    if kind == "duration" and re.search(RUN + "$", lead) and hi is None and " " in body:
        n, _, u = body.partition(" ")  # 连续14个月: 14 consecutive months
        body = f"{n} consecutive {u}"
    text = before + body + ("" if "/" in unit else _per(written)) + after  # (mg/L says its own per)
    if kind == "change":
        direction = stat.get("direction") or ("down" if lead.rstrip("了到至").endswith(_DOWN_WORDS) else "up")
        text = f"{'down' if direction == 'down' else 'up'} {text}" + _comparison(stat, lead) + _measure(lead)
    elif lead.rstrip("了到至").endswith("改善"):  # PM2.5年均浓度较“十三五”末改善16.5%: better by, whichever way
        text = f"improved by {text}" + _comparison(stat, lead)  # the measure moves (the source says no more)
    elif (added := _ADDED_EN.match(lead)) is not None and not str(stat.get("label") or "").startswith(("新增", "新建")):
        text += " " + _ADDED_WORDS[added.group(1)]  # 新增5000个停车位: '5,000 added', not the number there are
    return text.strip()


# 是十年前的3倍, 是2012年的2.5倍, 相当于上年同期的1.5倍: the base a multiple is of, when it is a time
_YEARS_AGO = re.compile(r"([\d一二两三四五六七八九十]{1,3})\s*年前的")
_BASE_YEAR_OF = re.compile(rf"({YEAR_DIGITS})\s*年(同期)?的")


def _multiple_base(lead: str) -> str | None:
    """What a multiple is of, when the source says a time (是十年前的3倍 → 'the figure ten years earlier'),
    None when it says another base or none."""
    if (year := _BASE_YEAR_OF.search(lead)) is not None:
        return f"the figure for {'the same period of ' if year.group(2) else ''}{year_number(year.group(1))}"
    if (ago := _YEARS_AGO.search(lead)) is not None:
        n = ago.group(1)
        years = YEARS_EN.get(n) or str(int(parse_chinese(n)))
        return f"the figure {years} year{'s' if years not in ('one', '1') else ''} earlier"
    if re.search(rf"{YEAR_BEFORE}同期的", lead):
        return "the figure for the same period of the previous year"
    if re.search(rf"{YEAR_BEFORE}的", lead):
        return "the year before last's figure" if "前年" in lead else "the previous year's figure"
    return None


_ADDED_EN = re.compile(ADDED)
_ADDED_WORDS = {"新增": "added", "新增加": "added", "新建成": "newly built", "新开通": "newly opened"}


_PER = re.compile(PER)


def _per(written: str) -> str:
    """58万元/人: ' per person'; 120元／平方米: ' per square metre'."""
    m = _PER.search(written)
    if m is None:
        return ""
    units = re.split(PER_DOT, m.group().lstrip("/／ "))  # 元/人·年: per person a year
    return "".join(f" {PER_UNITS[u.strip()]}" for u in units)


_SPAN = re.compile(rf"(?<![上个])({SPAN})")  # (比上五年: the five years compared, not the span of the change)
# a number of years in words (五年增加70%: over five years; 判处五年以上有期徒刑: of five years or more)
YEARS_EN = {"一": "one", "两": "two", "二": "two", "三": "three", "四": "four", "五": "five", "六": "six", "七": "seven",
            "八": "eight", "九": "nine", "十": "ten"}


def _measure(lead: str) -> str:
    said = "".join(en for words, en in _MEASURE_EN if any(w in lead for w in words))
    if _REAL.search(lead):
        said += " in real terms"
    if not said.startswith(" a year") and (span := _SPAN.search(lead)) is not None:
        n = span.group(1).split("年")[0]  # 五年增加70%以上: over five years, not in one
        years = YEARS_EN.get(n) or str(int(parse_chinese(n)))
        said = f" over {years} years" + said
    return said


def _margin_en(margin: re.Match[str], norm: Any, hi: Any, unit: str, value: str,
               bound: tuple[str, str] = ("", "")) -> str | None:
    """高于全国0.4个百分点 → '0.4 percentage points above the national figure'; its bound (before, after the
    number) as _bound_en gives it: 高于全省平均2个百分点以上 → '2 or more percentage points above …'."""
    body = _body(norm, hi, unit, value)
    if body is None:
        return None
    number, _, rest = body.partition(" ")
    body = f"{bound[0]}{number}{bound[1]}" + (f" {rest}" if rest else "")
    side = "below" if margin.group(1) in ("低于", "慢于") else "above"
    whose = _MARGIN_OF.get(margin.group(2) or "")
    if whose is None:
        return f"{body} {'lower' if side == 'below' else 'higher'}"
    return f"{body} {side} {whose} {'average' if margin.group(3) else 'figure'}"


def _plan_ordinal(plan: re.Match[str]) -> str:
    """十三五 → '13th' (the plans from the 11th on: 十一五 …)."""
    return f"{10 + _PLAN_NUMBER.index(plan.group(1))}th"


def _comparison(stat: Mapping[str, Any], lead: str) -> str:
    if (year := _BASE_YEAR.search(lead)) is not None:  # 较2022年增加: over that year, not year on year
        same = lead.startswith("同期", year.end())
        return f" compared with {'the same period of ' if same else ''}{year_number(year.group(1))}"
    if (plan := _PLAN_END.search(lead)) is not None:  # 较“十三五”末增加2247名
        return f" compared with the end of the {_plan_ordinal(plan)} Five-Year Plan period"
    sequential = "环比" in lead or stat.get("comparison") == "mom"
    if sequential and (term := _TERM_SAID.search(str(stat.get("sentence") or ""))) is not None:
        return f" {_TERMS_EN[term.group(1)]} on {_TERMS_EN[term.group(1)]}"  # a weekly bulletin's 环比: week on week
    for zh, en in _COMPARE_EN:
        if zh in lead:
            return en
    return {"yoy": " year on year", "mom": " month on month"}.get(stat.get("comparison", ""), "")


# the period a sequential comparison (环比) is of, as its sentence names it: 本周, 上周, 本季度, 上一季度
_TERM_SAID = re.compile(r"[本上]一?个?(周|星期|季度)")  # (a month is 环比's default)
