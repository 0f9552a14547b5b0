"""Find statistics in a paragraph: value, unit, normalized value, qualifier, kind, label, period.

Figures are found on the analysis text before any word segmentation (jieba would split
`23.4%` and `23,876`). Years, dates, ordinals, versions, names in quotes, document titles,
law articles, case numbers, session numbers, ranks, decades, selection criteria (the bound
that defines what is counted) and spans that only frame another figure are not statistics.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from reportgen.clean import sentences
from reportgen.extract.labels import (
    BARE_VERBS,
    BASELINE_LEAD,
    CHANGE_ONLY,
    CLASSIFIERS,
    CLIMB_ONTO,
    COMPARISON_FIRST,
    CURRENCY_BEFORE,
    DIGITS_ONLY,
    DIRECTION_TAIL,
    FLOW_VERB,
    FROM_LEAD,
    HAN,
    ITEM_TAIL,
    JOINT_ONLY,
    LIST_JOIN_END,
    MONEY,
    ONE_CHAR_GOODS,
    PER_CAPITA,
    QUAKE,
    REACHED_LEAD,
    STEPS,
    THRESHOLD_LABEL,
    YEAR_LIST_ITEM,
    aspect_before,
    before_the_change,
    choose_label,
    clause_before,
    clause_floor,
    clean_label,
    last_words,
    names_nothing,
    noun_after,
    offences_before,
    respective_labels,
    share_subject,
    subject_before,
    threshold_subject,
    topic_before,
    unnamed_label,
)
from reportgen.extract.numbers import (
    CN_DIGITS,
    CN_UNITS,
    SCALES,
    NumberError,
    cn_range,
    parse_number,
    scale_of,
    to_plain,
)
from reportgen.extract.periods import (
    PERIOD_END,
    ROC_CN_YEAR,
    ROC_MONTH_AFTER,
    ROC_NOUN_AFTER,
    ROC_PLACE_BEFORE,
    ROC_YEAR_AFTER,
    Scope,
    SentenceYears,
    heading_period,
    heading_style,
    mentions,
    period_sentences,
)
from reportgen.extract.tables import row_figures
from reportgen.extract.wording import (
    BASELINE,
    BOUND_BEFORE_VERB,
    ESTIMATED_CHANGE,
    MARGIN,
    MARGIN_VERBS,
    OVER_PLAN,
    PAST,
    SHARE_TERMS,
    SHARP_DOWN,
    SHARP_UP,
    SHORT_CHANGE,
    YEAR_BEFORE,
    is_reshaped,
    lead_start,
)
from reportgen.gazetteer import is_listed, level_of
from reportgen.vocab import PER, PER_DOT, WRITTEN_UNITS, unit_kind

# 1289,075件: a first group of more than three digits is a misplaced separator, not two numbers (075 is no figure)
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d{4,}(?:,\d{3})+(?![\d.,])(?=\s*[\u4e00-\u9fff])|\d{1,3}(?: \d{3})+(?=\s*[万亿千件人元个名家项次])|\d+(?:\.\d+)?"
_CN = rf"(?:[{CN_DIGITS}{CN_UNITS}](?<!千)|千(?![伏瓦克米]))+(?:点[{CN_DIGITS}]+)?"  # 一千九百五十万千瓦: 千瓦 is the unit
_FRACTION = (rf"\d+/\d+|[{CN_DIGITS}十百千万]+分之[{CN_DIGITS}十百]+(?:点[{CN_DIGITS}]+)?|一半"
             r"|(?<=[占佔约約近逾超达達為为])[二三四五六七八九十]分[一二三四五六七八九](?![\u4e00-\u9fff])")  # 佔四分一: a quarter
# 五成, 近四成, 四成半, 一成八 (not 一成 alone: 一成不变): tenths (not 建成, 完成: a numeral must stand before 成, and 成员, 成为 … are words)
# 一成 alone after a word of change, share or bound (减少一成, 占近一成, 超一成), where it cannot be 一成不变
_ONE_TENTH_AFTER = "|".join(f"(?<={w})" for w in ("减少", "下降", "上升", "增长", "增加", "提高", "降低", "回落", "减", "降", "升",
                                                  "增", "跌", "涨", "占", "近", "逾", "超", "约", "達", "达", "減", "漲", "佔",
                                                  "飆", "飙", "不到", "不足", "超过", "超過", "将近", "將近", "接近"))
_TENTHS = rf"(?:[{CN_DIGITS}十](?<!一)|一(?=成[一二三四五六七八九半])|(?=一成(?![一二三四五六七八九半]))(?:{_ONE_TENTH_AFTER})一|(?<![\d.])[1-9])成(?:[一二三四五六七八九](?![十百千万亿成])|(?<=\d成)[1-9](?![\d.])|半(?![年月天日小个数]))?(?![员为立功本交果效绩就熟品都市年型长份分])"
# 2万3千, 1亿2000万, 28萬3622 (as Taiwan writes 283,622): Arabic digits with scale characters between them
# (3,768萬9,674元, 26億3,610萬元, 1億5,717萬4,800元, 2億9 000萬, 8 萬 9,860, 101 萬4,909, 1 億 7,244 萬元: Taiwan's and
# Hong Kong's separators about the 萬)
_MIXED = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[亿万]|(?<=\d) [亿万] ?(?=\d))(?:(?:\d,\d{3}|\d+)[万千百])*"
          r"(?:(?:\d,\d{3}|\d \d{3}|\d+) ?[万千百]|(?:(?<=万)|(?<=万 ))(?:\d,\d{3}|\d{1,4})(?![\d.,，]))")
_SCALE = r"万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千(?![伏瓦克米]|公顷)"  # 千瓦, 千米, 千公顷: units, not thousands

# 分 is a score only where it is no part of 分之 (百分之九), 分钟 or 分别
# 次 is no unit in 三次产业 (the three sectors of an economy)
# 天 is no unit before 津 or 府 (12348天津法网: a hotline number, then Tianjin); 克, 发 and 通 are units only
# where no word goes on (克服, 克隆; 发生, 发现, 一发不可收拾, 百发百中; 通过, 通知, 四通八达, 四通电器; 48万通电话
# and 8万多通话务量 count calls); 担 and 盘 are units where no word goes on either (担任, 担保; 盘活, 盘点)
# what a count told in 则 is of (发布典型案例10则, 5则案例); 三成二则属性侵犯, 一则以喜 say then
_ITEMS_TOLD = ("案例", "典型", "新闻", "消息", "信息", "报道", "故事", "公告", "启事", "短视频", "视频", "微视频")
_UNIT_NOT_BEFORE = {"次": "(?!产业|產業)", "天": "津府", "台": "阶階湾灣商风風账賬上下前后面", "PF": "A-Za-z", "EFLOPS": "A-Za-z", "PFLOPS": "A-Za-z", "Eflops": "A-Za-z", "EFlops": "A-Za-z", "Pflops": "A-Za-z", "PFlops": "A-Za-z", "GWh": "A-Za-z", "死": "一亡刑者角缓緩守心罪灰板记記活去掉伤傷", "伤": "害残殘亡者情员員痕口心势勢病人感疤风風寒及", "担": "任保当心负忧纲责架子", "盘": "活点查整问旋算古根子踞", "分": "之钟别", "具": "有备体", "顶": "住替用级尖端部层峰多", "则": rf"(?=\s*(?:{'|'.join(_ITEMS_TOLD)})|\s*[，,。；;、）)！!？?\n]|\s*$)", "克": "服隆拉罗里难制勤敌", "票": "否据面价房务证选", "发": "生现放布出展案回起送明表挥动行电射给育热往还不百力",
                    "通": "(?![知过過報报道行讯訊车車信畅暢用航关關勤缉緝俗常风風水气氣路达達告则則婚融宵透盘盤史识識晓曉顺順商货貨胀脹红紅八百]|电(?!话))"}
_UNIT_ALT = "|".join(re.escape(u) + ((_UNIT_NOT_BEFORE[u] if _UNIT_NOT_BEFORE[u].startswith("(?") else f"(?![{_UNIT_NOT_BEFORE[u]}])")
                                     if u in _UNIT_NOT_BEFORE else "")
                     # 台中市減少16人次之, 違規停車133萬4947件次多: 16 persons, 1,334,947 cases, second
                     + ("(?![之多])" if u.endswith("次") and len(u) > 1 else "")
                     for u in sorted(WRITTEN_UNITS, key=len, reverse=True))

# 2346.1万架(列、艘、辆)次, 1914.6万本(枚), 414辆(艘): the other measure words the count is also made of, in brackets
_UNIT_ALSO = rf"[(（](?:{_UNIT_ALT})(?:、(?:{_UNIT_ALT}))*[)）]次?"

STAT_RE = re.compile(
    rf"(?P<num>(?P<pct>百分之)(?:{_CN}|\d+(?:\.\d+)?)|{_FRACTION}|{_TENTHS}|{_MIXED}|{_ARABIC}|{_CN})"
    rf"(?P<q1>\s*(?:余|多))?"
    rf"(?P<scale>\s*(?:{_SCALE}))?"
    rf"(?:\s*(?P<range>(?:至|到|~|～|-|—|－)\s*(?P<num2>{_ARABIC}|{_CN}))(?P<scale2>\s*(?:{_SCALE}))?"
    # (百分之八至九: the per cent said once for both ends)
    rf"(?=\s*(?:余|多)?\s*(?:{_UNIT_ALT})|(?(pct)(?![\d.．点點分])|(?!))))?"
    rf"(?P<q2>\s*(?:余|多|[+＋](?=\s*(?:{_UNIT_ALT}))))?"  # 76万+人次: more than
    rf"(?P<unit>\s*(?:{_UNIT_ALT})(?:{_UNIT_ALSO})?)?"
    # 一年半, 一亩半, 平均每户一头半, 两个半月: and a half of the unit
    r"(?P<half>(?<=[年亩头天斤吨倍周])半(?![数岛径导价夜边山球场生日年])|(?<=个)半(?:月|小时)(?!份))?"
    # 4.5%-5%, 3万-5万元 written with the unit twice: one range
    rf"(?:(?P<range2>\s*(?:至|到|~|～|-|—|－|–)\s*)(?P<num3>{_ARABIC})(?P=unit))?"
    # 58万元/人左右: a rate per person (printed as written), its bound after it
    rf"(?P<per>(?<=[元人件户吨起宗次克])\s*{PER})?"
    # 15%或以上的升幅: "or more", the bound said with 或
    rf"(?:\s*(?:或(?=以[上下]))?(?P<post>以上|以下|以内|左右|上下|(?<!次)多(?![\u4e00-\u9fff])|多(?=[的变])|(?<=[年月天日周时钟])多(?=[才时来])))?"
)

# Every figure starts with one of these: a scan for them skips the text no figure can start in.
_FIGURE_START = re.compile(rf"[\d{CN_DIGITS}{CN_UNITS}]")
_CN_FULL = re.compile(_CN)


# a measure word that starts a word with what follows it: 十亿人口, 900多万个体工商户, 惠及2900多万家庭, 过境七人车
_WORD_GOES_ON = {"人": ("口", "车", "車", "座"), "个": ("体工商", "体户", "体经营", "体私营"), "家": ("庭", "属", "长", "乡", "园")}


_CHANGED_BEFORE = re.compile(r"(?:增加|减少|上升|下降|增长|提高|降低|升|跌|增|减)了?\s*$")
_COMPARED_NEAR = re.compile(r"(?:较|比|同比|按年|按月|环比)")
_SPAN_UNITS = ("%", "％", "个百分点", "百分点", "倍")  # 增长6%至7%: a rate's span


def _level_after_change(text: str, num_start: int, unit: str) -> bool:
    """Whether a count said right after a change's verb and its baseline (较去年增加287宗至493宗) is a
    change whose 至 leads to the level it reached, not the low end of a range (增产一百多亿斤到二百多亿斤,
    with no baseline, and 增长6%至7%, a rate's span, are ranges)."""
    return unit not in _SPAN_UNITS and _CHANGED_BEFORE.search(text, max(0, num_start - 6), num_start) is not None \
        and _COMPARED_NEAR.search(text, max(0, num_start - 16), num_start) is not None


def _figures(text: str):
    """STAT_RE.finditer(text), trying a match only where a figure can start."""
    pos = 0
    while (s := _FIGURE_START.search(text, pos)) is not None:
        m = STAT_RE.match(text, s.start())
        if m is None:
            pos = s.start() + 1
            continue
        if m.group("range2") and m.group("range2").strip() in ("至", "到") \
                and _level_after_change(text, s.start(), (m.group("unit") or "").strip()):
            m = STAT_RE.match(text, s.start(), m.start("range2")) or m  # 增加287宗至493宗: the change, then the level
        unit = (m.group("unit") or "").strip()
        if unit and text.startswith(_WORD_GOES_ON.get(unit[-1], ()), m.end()):
            m = STAT_RE.match(text, s.start(), m.end() - 1) or m  # 十亿人口: 人口 is the noun, not 人
        yield m
        pos = m.end()


_PRE_QUAL = [
    ("at_least", ("达到或略高于", "达到或超过", "达到或高于", "超过", "超出", "突破", "多达", "逾", "超", "不少于", "不低于",
                  "不小于", "不得少于", "不得低于", "大于", "多于",
                  "至少", "(?<![通经度不越跨错路闯渡])过",
                  PAST)),  # 賄選案件已破千件: past a thousand
    ("at_most", ("不到", "不足", "低于", "少于", "小于", "不大于", "不多于", "未满", "不超过", "不得超过", "不能超过", "不应超过", "不得高于", "不高于",
                 "没有超过", "未超过", "最多")),
    ("approx", ("约", "近", "将近", "接近", "大约", "大概", "左右")),
]
# one pattern for all the words: the leftmost match ending before the figure is the longest word
# (不超过 is at_most, not the 超过 it ends with; 不低于 at_least, not 低于)
_PRE_QUAL_WORD = {w.split(")")[-1] if w.startswith("(?") else w: q for q, words in _PRE_QUAL for w in words}
_PRE_QUAL_RE = re.compile("(" + "|".join(w if w.startswith("(?") else re.escape(w)
                                         for _, words in _PRE_QUAL for w in words) + ")(?:[占为达有是在计需])?了?$")
# 最高/最多/最长 before a figure bound it from above, 最低/最少/最短 from below (最高人民法院 is a name)
_RANKED_FIRST = re.compile(r"以[^，,。；;\d]{1,12}最多[^，,。；;\d]{0,3}$")  # 以越南最多有: which group has the most
_EXTREME = re.compile(r"(最高(?!人民|法|检)|最多|最低|最少|最长(?!江)|最短(?!缺))"
                      r"(?!(?:月|年|日)?(?:标准|工资|税负|生活|价|限额|额度|保障|档|收购价|比例|比重|缴费))"
                      r"[^，,。；;、\d]{0,8}(?:" + CURRENCY_BEFORE + r")?$")  # 最低月标准提高到1190元, 最低比例从77%提高到: a name, not a bound
# (最高可獲得獎勵金新臺幣1萬元: the currency before the figure does not end the bound's reach)
# 最高罚款由50万元增至300万元, 最高罚则为罚款1,000万元及监禁两年: the bound holds for the figure it was raised to
# and for the penalty listed with it
_EXTREME_CARRIED = re.compile(r"(最高(?!人民|法|检)|最多)(?!(?:月|年|日)?(?:标准|工资|税负|生活|价|限额|额度|保障|档|收购价|比例|比重|缴费))"
                              r"[^，,。；;、\d]{0,8}[\d.,]+\s*[万萬亿億千]?\s*[元年]?\s*"
                              r"(?:增至|增加至|增加到|提高至|提高到|上调至|上调为|调高至|及|和|或|并处|並處)"
                              r"[^，,。；;、\d]{0,4}$")
_UP = ("增长", "上升", "提高", "提升", "增加", "增多", "增多了", "增幅", "升幅", "上涨", "涨幅", "多出", "增产", "增收", "增长了", "提高了", "净增",
       "提升了", "增加了", "上调", "上调了", "调增", "调高", "上浮", "调增了", "调高了", "递增", "拉升", "攀升",
       "跃升", "比升", "比增", "按年升", "按年增", "按月升", "按月增", "同比增", "分别增") + SHARP_UP  # 同比升9.3%, 分别比升: police reports' short form; 按年升3%: Hong Kong's
_DOWN = ("下降", "减少", "降低", "缩短", "压降", "下滑", "回落", "降幅", "减幅", "减产", "减收", "减少了", "下降了", "缩短了", "净减",
         "降低了", "降", "削减", "压减", "缩减", "精简", "下调", "调减", "削减了", "压减了", "缩减了", "精简了",
         "压缩", "压缩了", "调低", "调低了", "下浮", "递减", "下跌", "下跌了", "按月跌", "按月减", "按年跌", "按年减", "比降", "比减", "跌幅") + SHARP_DOWN
# 高于全国0.4个百分点 is a difference against a baseline; 不低于30% (the word right before the figure) is a bound
_ABOVE_BELOW = (("高于", "up"), ("高出", "up"), ("超出", "up"), ("快于", "up"), ("低于", "down"), ("慢于", "down"))
# a change named by its noun in the clause before a 分别 list (其中晋城、长治同比增幅较大，分别为:210.98%、124.25%)
_CHANGE_NOUN_LISTED = re.compile(r"(增幅|涨幅|升幅|增速|降幅|减幅|跌幅)[^，,。；;\d]{0,4}[，,]\s*(?:分别|依次)(?:为|是|达)?\s*[:：]?\s*$")
# 环比↓36.36%, 非禮案升5.7%, 29警被捕 跌33%: the change's word right before the figure
_SHORT_CHANGE = re.compile(rf"({SHORT_CHANGE})\s*(?:约|近|逾)?\s*$")  # 電話騙案跌約21%
_ANY_DIRECTION = re.compile("|".join(_UP + _DOWN + tuple(w for w, _ in _ABOVE_BELOW)))
_MULTIPLE_OF = re.compile(r"(?:是|为|相当于|不低于|不少于|不高于|不超过)[^，,。；;]{0,24}?的(?:近|约|将近|接近)?\s*$")
_DOUBLED = re.compile(r"(?:增长|增加|提高|上升|翻)了?(?:将近|接近|近|约|大约)?$")  # 增长一倍, 增加了将近一倍: doubled
_MORE_OR_LESS = re.compile(r"([多少])了\s*$")  # 分別多了7%, 竟然少了57%: said before a % or 个百分点
# 整體罪案減3.2%, 騙案增65.9%, 罪案減一成三: a bare 增/减 before a share is the change (新增 is no rise)
_BARE_CHANGE = re.compile(r"(?<![新])([增减減])\s*(?:约|約|近|逾)?\s*$")
_RUN_VERB_BEFORE = re.compile(r"(?:持续|连续|保持)[^，,。；;\d]{0,4}?(?:增长|上升|下降|减少|增加|提高)了?\s*$")
_SPENT = re.compile(r"(?:连续|持续|坚持|长达|历时|历经|经过|用时|耗时|花了|用了)\s*$")  # 经过一年的反复修改
# units of a length of time as written (年, 个月, 个工作天 …), from the unit table; an age (岁) is none
_TIME_UNITS = {w for w in WRITTEN_UNITS if unit_kind(w)[1] == "duration"} - {"岁"}
# verbs whose object is a length of time (行政拘留十日, 可以延长三十日, 公示五日): the days are no date
_LENGTH_VERBS = "拘留|扣留|羁押|延长|缩短|推迟|顺延|延期|停业|停产|公示"
_DURATION_VERBS = re.compile(rf"(?:连续|持续|坚持|长达|历时|历经|经过|用时|耗时|花了|用了|达|近|约|超过|满|已|仅|只|{_LENGTH_VERBS})\s*$")
_HARD = set(",，。；;：:！!？?\n")
_HARD_RE = re.compile("[" + re.escape("".join(sorted(_HARD))) + "]")
_CASE_NO = re.compile(rf"[（(]\d{{4}}[）)][{HAN}]{{1,4}}\d*[{HAN}]{{1,4}}\d+号")
# Session numbers (十三届全国人大二次会议, 十届十五次全会), programme names (五年行动, 三年行动计划)
_SESSION_AFTER = re.compile(r"\s*(?:全国人大|人大|人民代表大会|全会|中央|政协|党代会|代表大会|委员会|全体会议|会议|常委会|"
                            r"[一二三四五六七八九十]+中|历次|[省市区县]委|[一二三四五六七八九十]+次)")
# 三峡三期工程, 国家会议中心二期: a phase of a named work, not a count
_PHASE_AFTER = re.compile(r"\s*(?:工程|项目|扩建|建设|主体|、|，|,|正式|开工|投用|等|及|和)")
_PHASE_BEFORE = re.compile(r"(?:工程|项目|改造|建设|号线|地铁|港区|园区|小区|线|机场|港|码头)$")
_PROGRAMME_AFTER = re.compile(r"\s*(?:行动|计划|规划|攻坚)")
# the text's own structure (三个方面), a kilometre post (17.5公里处), years ago (5年前), decades (九十年代)
_STRUCTURE_AFTER = re.compile(r"方面")
# the features a text goes on to list (七个特点, 5种特点, 三个鲜明特征): its structure too (DECISIONS 8)
_FEATURES_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,2}的?)?(?:特点|特征|特徵|特點)(?![\u4e00-\u9fff])")
# a category of crime said by its number (八类严重暴力犯罪, 九类涉恶案件): a name
_CRIME_CLASS_AFTER = re.compile(r"[“\"]?(?:严重|暴力|刑事|犯罪|案件|案别|涉恶|涉黑|侵财|街面|突出|典型)")
# a count that introduces items the text lists itself (三项费用：1、…)
_LIST_INTRO_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}[:：]\s*(?:[1-9１-９][、.．]|[（(][一二三四五六七八九1-9][）)]|[一二三四五六七八九十]、|①)")
# (创近八年历史新低, 再創10年歷史新高, 创15个月新低: the span a record is set over, not a figure)
_RECORD_OVER = r"(?:来|以来)?(?:的)?(?:历史|歷史)?新[低高]"
_NOT_AFTER_UNIT = {"公里": re.compile(r"处"), "米": re.compile(r"处"),
                   "年": re.compile(rf"前(?![一二三四五六七八九十\d])|代|{_RECORD_OVER}"), "个月": re.compile(_RECORD_OVER)}
# measure words that name a figure only with what they measure (总额, 总量)
_BARE_MEASURES = {"总额", "总量", "总数", "总规模", "规模", "总值"}
_ROUND_THE_CLOCK = re.compile(r"(?:热线|全天候|租车)")
# a currency said before the number, 元 after it (新臺幣6,397萬6,761元, 港幣3億元): its 元 are not CNY
_CURRENCY_BEFORE = re.compile(r"(新台币|台币|港币|港元|澳门币|澳门元|美元|美金)\s*(?:约|近|逾|超过)?\s*$")
_CURRENCY_OF = {"新台币": "新台币", "台币": "新台币", "港币": "港币", "港元": "港元", "澳门币": "澳门元",
                "澳门元": "澳门元", "美元": "美元", "美金": "美元"}
# where a figure ends, before a change in percent signed in brackets after it (增加19件(+8.11%))
_FIGURE_END = re.compile(r"[\d件起宗人元万亿次户家个名]$")
# a named rate said as a count per so many people (罪案率为每十万人一千零六十一宗, 发案率为每万人12.3起)
_PER_POPULATION = re.compile(r"率\s*(?:为|為|是|达|達|约为|約為)?\s*每[十百千万萬]+(?:名|个|個)?(?:人口|人|居民)\s*(?:约|約)?$")
# emergency and service hotlines, named by their numbers (110类报警: calls to 110, not 110 kinds)
_HOTLINES = {"110", "119", "120", "122", "12345", "12348", "12309", "12315", "12366", "12368", "12356"}
_CALL_AFTER = re.compile(r"\s*(?:有效)?(?:报警|警情|接警|求助|电话|来电|诉求|咨询|投诉)")
_HELD_BEFORE = re.compile(r"(?:召开|举行|举办|开了)$")
# names with a number in them: 中央八项规定(精神), 建军一百年奋斗目标
_NAMED_AFTER = {"项": re.compile(r"规定精神"), "年": re.compile(r"奋斗目标"),
                # 城隍庙四条胡同2号, 三条巷5号: a street of an address (a house number follows), not a count
                "条": re.compile(r"(?:胡同|巷|街|弄)[\d０-９一二三四五六七八九十]+号"),
                # 15分钟社区生活圈, 1小时通勤圈: a planning concept named by its radius
                "分钟": re.compile(r"[\u4e00-\u9fff]{0,6}?圈"), "小时": re.compile(r"[\u4e00-\u9fff]{0,6}?圈"),
                # 八类严重暴力犯罪案件: a category the law names, not a count
                "类": re.compile(r"(?:严重)?暴力(?:犯罪)?(?:案件)?|主要刑事案件"),
                # 全国1%人口抽样调查, 5‰抽样: the sample a survey draws is its name, not a figure of what it found
                "%": re.compile(r"(?:人口)?抽样(?:调查)?"), "‰": re.compile(r"(?:人口)?抽样(?:调查)?")}
_NAMED_BEFORE = {"项": re.compile(r"(?:中央|款)$"), "款": re.compile(r"条$")}  # 第二十条二款三项: a clause of a law
# framing: 经过八年持续努力, 十年增加近70万亿元 (a span that only frames the figure after it)
_FRAMED_BY = re.compile(r"经过\s*$")
# 四年时间里, 共九年时间。: the length of the period reported on
_SPAN_OF_TIME = re.compile(r"(?:的)?时间(?:里|内|中|当中)")
_TIME_SAID = re.compile(r"(?:的)?时间(?:[。，,；;！!]|$)")
_EFFORT_AFTER = re.compile(r"\s*(?:的)?(?:持续|不懈|艰苦|艰辛|共同)?(?:的)?(?:努力|奋斗|探索|奋战)")
_PERSISTED = re.compile(r"(?:连续|持续|坚持)\s*$")
# a penalty after its size: 判处5年以上有期徒刑, 五日以下拘留, 五百元以下罚款 (the bound is the penalty's own)
# a class of sentences then the persons given one: 五年以上有期徒刑的为50人, 十年有期徒刑以上刑罚182人
_SENTENCE_CLASS = re.compile(r"\s*(?:以上|以下)?\s*的?(?:有期徒刑|拘役|管制)(以上|以下)?(?:刑罚)?(?:[、和及](?:拘役|管制|缓刑|单处罚金|免予刑事处罚))*"
                             r"(?:的)?(?:罪犯|被告人)?"
                             r"(?:为|有|共|计|共计)?\s*")
# the persons a class of sentence is said of, anywhere in its clause (其中48人被判处…, …的罪犯占18.18%)
_PERSONS_COUNTED = re.compile(r"[\d０-９一二三四五六七八九十百千万两]\s*(?:万|萬)?\s*(?:人|名)|罪犯|被告人|被告|犯罪分子")
_PENALTY_BEFORE = re.compile(r"(?:有期徒刑|拘役|管制|拘留|扣留|监禁)\s*$")
_PENALTY_AFTER = re.compile(r"\s*(?:以上|以下)?\s*的?(?:有期徒刑|拘役|管制|(?:行政)?拘留|罚款|罚金)")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
_FULL_STOP = re.compile(r"[。！？!?\n]")  # a sentence's end, not a clause's
# the bound that selects what is counted: 标的额50万元以上的案件112件, 律师人数超过1万人的省有23个
_CRITERION_NOUN = re.compile(rf"\s*(?:[(（][^)）]{{0,4}}[)）])?\s*(?:的\s*)?[{HAN}]")
# units a change is given in whatever follows (增长5%, 提高2个百分点, 增加1倍)
_CHANGE_UNITS = {"%", "个百分点", "百分点", "个千分点", "千分点", "倍", "成"}
# a noun right after a figure: what the verb before the figure acts on (提升310公里农村公路)
# (not a second change of the same figure: 事故起数减少9起下降60%)
_OBJECT_AFTER = re.compile(rf"(?!以上|以下|左右|上下|多|余|的|之|内|以内|后|前|和|及|与|或|至|到|为|是|，|最|次之|居|排|位列|"
                           rf"(?:同比|环比)?(?:下降|上升|增长|减少|降低|提高|增加|减幅|增幅|降幅|下滑|回落))[{HAN}]{{2}}")
_NET_RISE_OBJECT = re.compile(r"(?:净增|凈增|淨增)(?![到至为])[\u4e00-\u9fff]{2,12}$")  # 净增经营主体34.6万家
_CUT_OBJECT = re.compile(r"(减少|压减|削减|压降|缩减)(?![到至为])[\u4e00-\u9fff]{2,10}$")  # a cut, then what was cut
_VERB_RIGHT_BEFORE = re.compile(r"(?:提升|提高|增加|新增|增长|减少|降低|下降|扩大|压减|压缩|缩减|改造)\s*$")
_NOUN_AFTER = re.compile(rf"[{HAN}]{{2,10}}?(?=[，,。；;、（(]|$|和|及|与|等|的|为|是)")
_COLLECTIVE_AFTER = re.compile(rf"[{HAN}]{{0,4}}?(?:村|企业|单位|学校|医院|社区|城市|县|乡|镇)(?![民长])")
_ABOUT_CHANGE = re.compile(rf"{ESTIMATED_CHANGE}\s*$")  # 大约增加了, 约增长: an estimate before a change's verb
# a bound on the verb phrase, and the parallel clauses after it that repeat its preposition
_ADVERB_VERB = re.compile(rf"{BOUND_BEFORE_VERB}[\u4e00-\u9fff]{{1,2}}\s*$")
_ADVERB_BOUND = re.compile(r"(至少|最多|起码)(向|对|在|从|给)(?:[^。；;！？!?]{0,80}?[，,]\2)?[^，,。；;！？!?\d]{0,20}$")
_BOUND_OF_WHOLE = re.compile(r"(不到|不足|超过|将近|接近|近|不低于|不少于|不高于|不超过)[^，,。；;、\d]{1,14}的$")
# 深圳约占全省的19.11%, 近占三成: a bound said before the share verb governs the share
_BOUND_OF_SHARE = re.compile(r"(约|大约|大概|将近|接近|近|不到|不足|超过)(?:占|佔)[^，,。；;、\d]{0,14}$")
_BASELINE_AVERAGE = re.compile(r"\s*的\s*(?:全国|全省|全市|全区|全州|全县)?(?:平均|同期)")
# 全市生产总值增速为6.5%, 物价涨幅回落到6.1%, 年均约12.68%增速, 律师人数年均增长率42%: a growth rate's N% is
# a change (up; a 降幅 down), whatever verb moves the rate itself; the label is what grew
_GROWTH_WORDS = "增速|增幅|升幅|涨幅|降幅|减幅|跌幅|增长幅度|增长速度|上涨幅度|上升幅度|下降幅度|年增长率|(?<!自然)增长率"
_GROWTH_RATE = re.compile(rf"({_GROWTH_WORDS})(?:分别|仍|继续|逐年|持续)?(?:回落|下降|提高|上升|加快|放缓|降低|回升|"
                          r"保持|控制)?$")
_CLAUSE_DIGIT = re.compile(r"[\d０-９]")
_GROWTH_RATE_WORD = re.compile(_GROWTH_WORDS)
_MOVE_TO = re.compile(r"\s*[，,]?\s*(?:逐年|逐步|持续|进一步|实际|已)?(?:回落|下降|提高|上升|加快|放缓|降低|回升|扩大|缩小|升|降)"
                      r"(?:到|至)\s*")
_GROWTH_RATE_AFTER = re.compile(r"\s*的?(增速|增幅|涨幅)")
_BARE_MOVE = re.compile(r"(?:回落|下降|提高|上升|加快|放缓|降低|回升)了?\s*$")
# units of measured quantities a judgment does arithmetic on (647.24平方米×650元/平方米)
_MEASURED_UNITS = ("元", "平方米", "立方米", "米", "亩", "吨", "公斤", "千克", "公里")
# a numbered item's heading said as a sentence of its own, right before the figure's sentence
_ITEM_HEAD = re.compile(r"(?:^|(?<=[。！？\n]))\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|"
                        r"[一二三四五六七八九十]{1,3}、)\s*([^。，,；;：:\d\s]{2,12})。\s*$")
# a bare verb that still says what a count is, when nothing else names it (惠及310多万户)
_NAMING_VERB = re.compile(r"(惠及|覆盖|带动|涉及)\s*(?:近|约|超过|超|逾|达)?\s*$")
# a running total said by itself after what was added (新建绿道137公里、累计达到2136公里): of the same things
_CUMULATIVE = re.compile(r"\s*(?:目前|现已|已)?(?:累计|总计|总数|总量)(?:分别)?(?:已)?(?:达到|达|为|增至|突破|超过)?(?:了)?\s*")
_ADDING_VERB = re.compile(r"^(?:新增|新建成|新建|建成|新开工|新培育|新认定|新设立|新设|新引进|新开通|新获批|新当选)")
# …2009年860件，2010年778件; …1979年达到27%，1980年将达到29%: one list, a value a year
# 2020年前7个月, 2021年上半年: the part of the year a year's figure is for
_YEAR_PART = r"(?:[前头首][一二三四五六七八九十\d]{1,2}(?:个月|個月|季度)|[上下]半年|第?[一二三四]季度|\d{1,2}(?:[-至到]\d{1,2})?月份?)?"
_YEAR_REACHED = (r"(?:将|预计|计划)?(?:已经|已|仅|僅|只)?(?:达到|達到|达|達|为|為|是|有|增至|增加到|增加至|上升到|上升至|提高到|提高至|降至|降到|"
                 r"下降到|下降至|减少到|减少至|回落到|回落至)?")
_YEAR_ITEM_COMMA = re.compile(rf"\s*[，,]\s*(?:\d{{4}}|[０-９]{{4}})\s*年{_YEAR_PART}(?:的)?{_YEAR_REACHED}\s*")
_VALUE_WORDS = ("价值", "价格", "金额", "单价", "总价", "价款")
# a quoted inventory item and its count, then what the figure is of it (“暖气炉1台、暖气片5片”价值为)
_QUOTED_ITEMS = re.compile(rf".*[“「]([^”」“「]{{2,40}})[”」]\s*(?:的)?(?:{'|'.join(_VALUE_WORDS)})(?:为|是|计|共计|合计)?\s*", re.S)
_ITEM_NUMBER = r"(?:约|近)?(?:[\d.,，]+|[一二两三四五六七八九十百千]+)"  # an inventory item's quantity: 300, 一, 约百
_ITEM_COUNT = re.compile(rf"{_ITEM_NUMBER}(?:万|亿)?[\u4e00-\u9fff]?(?:(?:含|及|其中)[^、]*)?(?=、|$)")
# a level planned for what was just counted (今年要扩大到511户): the words say only where it goes
_PLANNED_RISE = r"(?:今年|明年|年内)?\s*(?:要|将|拟|计划)(?:进一步)?(?:扩大|增加|提高|扩展)"
_REACH_PLANNED_ONLY = re.compile(_PLANNED_RISE)
_REACH_PLANNED = re.compile(rf"[^。；;！？!?\d０-９]{{0,40}}[，,]\s*{_PLANNED_RISE}(?:到|至)\s*")
_PLAN_ONLY = {"计划", "预计", "目标", "预期", "计划为", "预计为", "目标为"}
_COMMA = re.compile(r"\s*[，,]")
# a clause that opens with its year (2019年未成年人毒品犯罪仅为1件): the year says which item of a series
_YEAR_LED = re.compile(r"\s*(?:\d{4}|[０-９]{4})\s*年(?![底末初内])[^，,。；;\d０-９]{0,16}$")
_YEAR_BEFORE = re.compile(rf"(?:\d{{4}}|[０-９]{{4}})\s*年{_YEAR_PART}(?:的)?{_YEAR_REACHED}\s*$")
# 其中2009年860件: a year's part of a total (the year says which part; a bare 其中30件 names no part)
_PART_OF = re.compile(r"\s*其中\s*\d{3,4}\s*年(?:\d{1,2}\s*月)?(?:的)?\s*(?:达到|达|為|为|有)?\s*")  # (其中114年達: a year of Taiwan's)
_SHARE_OF_TOTAL = re.compile(r"\s*(均|分别)?\s*占((?:今年|全年|当年|同期|全市|全省|全区|全县)?(?:总数|总量|总额))的?\s*")
# 一至三年 (a range), 最长不超过一年, 期限为一年: a length of time, not an indefinite 一
_BOUND_LENGTH = re.compile(r"(?:不超过|不少于|不得超过|最长|最短|为期|期限为|期限|刑期为)$")
_SHARE_ONLY = re.compile(r"\s*(?:其中|均)?\s*占(?:比)?(?:为|达|约)?\s*")
# 缴获冰毒41块，共计22.8公斤; 建设保障性租赁住房7.4万套（间）、累计达到61万套（间）: a total or level said
# after the thing it is of, with no name of its own (a bracket closing the figure before may stand first)
_TOTAL_ONLY = re.compile(r"(?:[（(][^）)，,。]{0,4}[）)])?\s*[、，,]?\s*(?:又|已|并|再|还)?"
                         r"(?:(?:共计|合计|累计|总计|共計|合計|累計|總計|共|计|計)(?:达到了?|達到了?|达|達|为|為|有)?|(?:累计)?(?:达到了?|達到了?))\s*")
_ACTUAL_ONLY = re.compile(r"实际(?:增长|下降|回落|上升|提高|减少|增加)?")
_RATE_HEAD = re.compile(rf"[{HAN}]{{1,8}}?率(?![{HAN}]*率)")  # 赞成率高票: the rate, not what was done with it
_RATE_RIGHT_AFTER = re.compile(rf"\s*([{HAN}]{{1,5}}率)(?![{HAN}])")
_RATE_END = re.compile(r"率(?:的)?(?:均值|平均值|平均水平|平均)?$")  # 失业率均值5.2%: still a rate
_AGE_MEASURE = re.compile(r"(?:寿命|年龄)(?:从\s*[\d.]+\s*岁)?(?:提高|增加|延长|提升|增长|下降|降低|降)?(?:了|到|至)?$")  # 人均预期寿命提高1岁: a change of a figure
_BIG_SCALE = re.compile(r"[万亿]")


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
    own_period: str | None = None  # the year its sentence states before it (None: none or cancelled)
    bound: str | None = None  # 以上 / 以下 / 以内 written after it
    verb_only: bool = False  # a change whose words name no figure (同比上升8%): it takes the figure's label
    bare_verb: bool = False  # its words are a verb only (新增, 覆盖, 即罚): it takes the subject before it
    trend: tuple[int, int] | None = None  # a run's trend said after it (连续14个月同比下降): its label ends with it
    currency: str | None = None  # 新臺幣…元: money written with 元 in another currency (the norm_unit says 元)
    shared_bound: tuple[str, str] | None = None  # (said before, said after) a 分别 list's figures: 分别超2%、5%, 增长5%、6.5%左右

    @property
    def norm(self) -> int | float:
        return to_plain(self.value)


_TITLE_SPAN = re.compile(r"《[^》]*》")
_SHORT_NAME = re.compile(r"[“\"「]([^”\"」，。；！？]{0,14})[”\"」]")  # (a quoted clause, “扣留15天，罚款500元。”, is no name)
# a quoted item of a claim or an inventory that a quantity closes (“被告赔偿装修费120万元”, “摄像机2台”):
# the quantity is what is quoted, not a name
_ITEM_UNITS = "台|块|辆|套|张|间|部|个|双|盒|箱|片|把|瓶|袋|包|捆|桶|对|根|床|组|棵|株|头|只|件"
_QUOTED_ITEM = r"[\u4e00-\u9fff]{1,2}[\u4e00-\u9fff（）()A-Za-z\d]*?[\d.,，]+"
_QUOTED_UNIT = rf"(?:万|亿)?(?:元|平方米|㎡|亩|吨|天|日|个月|{_ITEM_UNITS})"  # (“扣留15天、罚款500元”: a penalty)
_QUOTED_QUANTITY = re.compile(rf"(?![一二三四五六七八九十两]+[个项条大件种]){_QUOTED_ITEM}{_QUOTED_UNIT}"
                              rf"(?:、{_QUOTED_ITEM}{_QUOTED_UNIT})*")
# an item of an inventory a judgment values (“18车床一台”价值为8,000元, “浴巾300条”价值, “电脑两台含显示器”价值): its
# name (a model's figures are part of it), its quantity in any numerals, what else the item holds
_INVENTORY_UNITS = rf"{_ITEM_UNITS}|条|幅|盘|支|本|册|扇|副|顶"
_INVENTORY_ITEM = rf"[A-Za-z\d.]*[\u4e00-\u9fff][\u4e00-\u9fff（）()A-Za-z\d.]*?{_ITEM_NUMBER}(?:{_INVENTORY_UNITS})"
_INVENTORY = re.compile(rf"{_INVENTORY_ITEM}(?:、{_INVENTORY_ITEM})*(?:(?:含|及|其中)[^”」“「]{{0,12}})?")
_VALUED = re.compile(rf"[”」]\s*(?:的)?(?:{'|'.join(_VALUE_WORDS)})")


def _quoted_quantity(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a quote's words, are a quantity quoted (“摄像机2台”, “被告赔偿装修费120万元”) or
    an item of an inventory a judgment values (“18车床一台”价值为8,000元), not a name (“两高三部”, “30条”)."""
    return _QUOTED_QUANTITY.fullmatch(text, start, end) is not None \
        or (_INVENTORY.fullmatch(text, start, end) is not None and _VALUED.match(text, end) is not None)


def _quoted_item(text: str, start: int, end: int) -> bool:
    """Whether a quantity ends a quoted item of a claim or an inventory (“18车床一台”, “浴巾300条”, “蒸汽房一个、
    桑拿房一个”, “电脑两台含显示器”)."""
    if not (text.startswith(("”", "」", "、"), end) or ITEM_TAIL.match(text, end)):
        return False
    opened = max(text.rfind("“", max(0, start - 40), start), text.rfind("「", max(0, start - 40), start))
    closed = min((k for k in (text.find("”", end, end + 40), text.find("」", end, end + 40)) if k >= 0), default=-1)
    return opened >= 0 and closed >= 0 and _quoted_quantity(text, opened + 1, closed)


# an inventory item's first quantity (3匹立式冷暖空调1台: 1台; the 3匹 before it is part of its name)
_ITEM_QUANTITY = re.compile(rf"{_ITEM_NUMBER}(?:{_INVENTORY_UNITS})")


# 张某某等8人污染环境案 (a case's name), 四位一体 (a set phrase): the number names, it does not count
_NAMED_BY_COUNT = re.compile(r"等\s*[\d一二三四五六七八九十两]+\s*人[^，,。；;、\d]{1,12}?案(?![件例])|"
                             r"[一二三四五六七八九十两\d]+位一体")
# political formulas and policy names said by a count (ANNOTATION: slogans and set phrases are no
# statistics): 和平共处五项原则, 坚持四项基本原则, 统筹两个大局, 国内国际两个市场两种资源, 违反八项规定精神
_SET_PHRASE = re.compile(
    r"(?:和平共处的?)?五项原则|四项基本原则|八项主张|八项规定|四个(?:现代化|意识|自信|全面|必须)|两个(?:大局|确立|维护|"
    r"一百年|毫不动摇|基本点|文明|凡是|结合|务必)|三个(?:代表|务必|世界|联合公报)|两个市场|两种资源|一国两制|"
    r"三大攻坚战|五大发展理念|两手抓|十种有色金属|"
    r"(?:事故|交通事故)?四项指数")  # 交通事故四项指数: the four accident figures police report, named as a set
# (前二十八批1878件转办件, 前三轮: the first batches or rounds, named by how many there were)
_ORDINAL = re.compile(r"第\s*[\d一二三四五六七八九十百千零两]+\s*(?:条|款|项|章|节|届|次|批|版|期|号|名|个|季度)?"
                      r"|(?<![以之])前\s*[\d一二三四五六七八九十两]+\s*(?:批|轮)")


_RANKING_BEFORE = re.compile(r"(?:排名|排位|位次|名次|排行)[^，,。；;！？]*$")
_AFTER_RANK = set("上下升降提前后跃居，,。；;、）)")
_RANK_MOVED = re.compile(r"(?:上升|提升|提高|前移|后移|下降|下滑|跃升|攀升|前进|后退)了?$")  # 排名上升4位: places moved
_MILESTONE_QUOTED = re.compile(r"[\d.,一二三四五六七八九十百千两]+\s*(?:万|亿|万亿)?\s*[\u4e00-\u9fff]{0,2}")
_MILESTONE = re.compile(r"\s*(?:大关|关口|台阶|门槛)")


def _masked(text: str) -> list[tuple[int, int]]:
    """Ranges whose numbers are never statistics: 《titles》, short “names”, case numbers, set phrases."""
    masks = [m.span() for m in _TITLE_SPAN.finditer(text)]  # from a 《 to the next 》
    for m in _SHORT_NAME.finditer(text):
        if _MILESTONE_QUOTED.fullmatch(text, m.start(1), m.end(1)) and _MILESTONE.match(text, m.end()):
            continue  # 结案数首次突破“两万件”大关: the figure quoted for emphasis, a milestone passed
        if not _quoted_quantity(text, m.start(1), m.end(1)):
            masks.append(m.span())
        elif (first := _ITEM_QUANTITY.search(text, m.start(1), m.end(1))) is not None and first.start() > m.start(1):
            masks.append((m.start(), first.start()))  # 3匹立式冷暖空调1台: figures before the quantity name the item
    masks += [m.span() for m in _CASE_NO.finditer(text)]
    masks += [m.span() for m in _ORDINAL.finditer(text)]
    masks += [m.span() for m in _NAMED_BY_COUNT.finditer(text)]
    masks += [m.span() for m in _SET_PHRASE.finditer(text)]
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


_RECENT_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:、\s在最]))近$")
_MONTH_AFTER = re.compile(r"\s*\d{1,2}\s*月")
_PHASES_HELD = re.compile(r"(?:办|举办|开展|开办|组织|培训|共|计|累计|第)\s*$")  # 举办三期: sessions held, counted
_TRAINS_NAMED = re.compile(r"班列|列车|列車")
_TRAINS_RUN = re.compile(r"(?:开行|開行|班列)[^，,。；;\d]{0,6}(?:达到|达|達|共|累计|累計|超过|超過|突破|近)?\s*$")  # 开行6037列, 累计开行1.7万列, 中欧班列超过7.4万列
_FIRST_PART_BEFORE = re.compile(r"(?<![提之以])[前头首]\s*$")  # 前三个月: the months a year's figures are for
_THIS_BEFORE = re.compile(r"(?:这|那|过去|未来|今后|此后|以来的|来的|的后|的前)\s*$")
_DAY_AS_DURATION = re.compile(rf"(?:不得少于|不少于|不超过|至少|超过|满|用时|历时|期限|为期|需要|需|近|约|{_LENGTH_VERBS})\s*$")


def _noun_phrase_after(text: str, end: int) -> str:
    m = _NOUN_AFTER.match(text, end, end + 12)
    return m.group() if m else ""


_TIME_OF_DAY = re.compile(r"\s*(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|夜间|深夜|[早晚夜]\d)")


# what only a year has after it: its same period, its whole, a half, a quarter, a month, its end
_PART_OF_A_YEAR = re.compile(r"\s*年\s*(?:同期|度|[上下]半年|第?[一二三四1-4]季度|\d{1,2}\s*(?:[-—~～至到]\s*\d{1,2}\s*)?月|[底初末](?!期|线))")
# a city or county right after a year opening its clause: whose year it was (，95 年嘉義市的治安狀況; not 再延长30年整市试点)
_PLACE_OF_A_YEAR = re.compile(r"\s*年\s*[\u4e00-\u9fff]{1,3}[省市县縣](?![长長场場民])")
_WORTH_BEFORE = re.compile(r"(?:市值|价值|货值|案值|总值)(?:约|近|达|高达|超过|超|逾)?\s*$")  # 市值5千萬豪宅, 货值3亿
_AT_ONE_TIME = re.compile(r"一次(?:性)?(?:死亡|造成|致|导致|死伤)[^，,。；;\d]{0,3}$")  # 一次死亡3人以上…事故
_CASES_ONLY = {"案件", "个案", "個案", "案", "事件"}
# a label that is only the word for a number (人數, 金額): what it is of is named before it
_QUANTITY_ONLY = re.compile(r"人数|人數|数量|數量|数字|數字|金额|金額|总数|總數|件数|件數|宗数|宗數")
_CLAUSE_OPENS = ("", "，", ",", "。", "；", ";", "：", ":", " ", "\n", "（", "(")
_ROC_NOUN_AFTER = re.compile(ROC_NOUN_AFTER)
# 若與94年比較, 与98年相比: a year written with two digits, compared with (not 10年前, a time before)
_COMPARED_WITH_YEAR = re.compile(r"\s*年\s*(?:同期)?\s*(?:比較|比较|相比|相較|相较)")


def _is_date_or_year(text: str, m: re.Match[str], unit: str) -> bool:
    num = m.group("num")
    after = text[m.end("num"):m.end("num") + 3].lstrip()
    before = text[max(0, m.start() - 3):m.start()]
    if len(num) == 4 and num.isdecimal() and 1900 <= int(num) <= 2100 and after[:1] in ("年", "")\
            and not m.group("q1"):
        return True
    if re.fullmatch(r"[0-2]\d", num) and re.match(r"年\s*[:：]", after) and not m.group("q1"):
        return True  # 08年:78,469宗 07年:80,796宗: a two-digit year heading its cell
    if re.fullmatch(r"[一二][〇○零一二三四五六七八九]{3}", num) and after[:1] == "年" and not m.group("q1"):
        return True  # 增加到二〇〇〇年的: a year in Chinese digits (二〇〇〇 reads as a number too), not 2000 years
    if after[:1] == "年" and not m.group("q1") and re.fullmatch(rf"[{CN_DIGITS}十百]+", num) \
            and (text.endswith(("民国", "民國"), 0, m.start())
                 or re.fullmatch(rf"{ROC_CN_YEAR}|一百[〇零]?[一二三四五六七八九十]*", num)
                 and re.match(ROC_MONTH_AFTER, after)):
        return True  # 民國八十九年一月一日, 截至一○九年十月底: a year of Taiwan's calendar in Chinese numerals (not 三年六月)
    if re.fullmatch(r"1[01]\d", num) and after[:1] == "年" and not m.group("q1") \
            and (re.match(r"年\s*(?:[\d０-９]|度)", after) or re.search(r"民[国國]\s*$", text[max(0, m.start() - 4):m.start()])
                 or text[max(0, m.start() - 1):m.start()] in ("「", "《", "“", "（", "(")
                 or any(text.endswith(w, 0, m.start()) for w in ROC_YEAR_AFTER)
                 or ((text[max(0, m.start() - 1):m.start()] in _CLAUSE_OPENS or text[m.start() - 1:m.start()] in ROC_PLACE_BEFORE)
                     and _ROC_NOUN_AFTER.match(after))):
        return True  # 由104年3.58%, 以112年3萬967件, 「113年鄉鎮市調解…表揚大會」, 113年度, 105年勞資爭議案件, 屏東縣114年打詐成果: a year of
        # Taiwan's calendar (periods._ROC), not 104 years
    if re.fullmatch(r"\d{2}|1[01]\d", num) and not m.group("q1") and text[max(0, m.start() - 1):m.start()] in ("與", "与", "和", "同", "跟") \
            and _COMPARED_WITH_YEAR.match(text, m.end("num")):
        return True  # 若與94年比較: the year compared with
    if re.fullmatch(r"\d{2}", num) and not m.group("q1") and (_PART_OF_A_YEAR.match(text, m.end("num"))
                                                             or (_PLACE_OF_A_YEAR.match(text, m.end("num"))
                                                                 and text[max(0, m.start() - 1):m.start()] in _CLAUSE_OPENS)):
        return True  # 與94 年同期比較, 95年度, 88年上半年, 95 年嘉義市的治安: a year written with two digits (Taiwan's
        # calendar, or a century's), not 94 years
    if (two := re.fullmatch(r"((?:19|20)\d{2})((?:19|20)\d{2})", num)) and after[:1] == "年" \
            and 0 < int(two.group(2)) - int(two.group(1)) <= 30:
        return True  # 20082010年: a span of years whose dash the page lost, not 20,082,010 years
    if re.fullmatch(r"\d{1,2}\.(?:19|20)\d{2}", num) and after[:1] == "年":
        return True  # 1.2007年大沽地区拆迁…: an item number, then a year
    if (num2 := m.group("num2")) and all(len(n) == 4 and n.isdecimal() and 1900 <= int(n) <= 2100
                                         for n in (num, num2)):
        return True  # (2021-2023年): a span of years, not 2021 to 2023 years
    if after[:1] in ("月",) and not m.group("q1") and not unit.startswith("个"):
        return True  # 12月, 4月份
    if unit in ("个月", "个季度") and not m.group("q1") and _FIRST_PART_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return True  # 今年前三个月, 前两个季度: the part of the year the figures are for (not 提前3个月)
    if unit in ("日", "号") and _TIME_OF_DAY.match(text, m.end()):
        return True  # 126日下午 (1月26日 with its 月 dropped): a day and its time of day are a date, never a length
    if unit in ("日", "号") and ("月" in before or after[1:2] not in ("内", "后", "以")) \
            and not _DAY_AS_DURATION.search(text, max(0, m.start() - 4), m.start()) \
            and not (unit == "日" and num.isdecimal() and 31 < int(num) < 1000) and not re.search(r"[.．]", num):
        return True  # 15日 is a date unless a bound or a length stands before it (不得少于15日); no month has 362日 or 6.3日
    if after[:1] in ("时", "点", "分", "秒") and not unit:
        return True
    if unit == "年" and text[m.end():m.end() + 1] in ("来", "度", "初", "底", "末", "级") and not m.group("q1"):
        return True  # 17年来 is a period, 2024年度 a year
    if unit == "年" and text[m.end():m.end() + 1] == "来" and m.group("q1"):
        return True  # 三十多年来, 过去十多年来: a relative period too (ANNOTATION.md)
    if unit == "年" and text[m.end():m.end() + 2] == "以来":
        return True
    if unit == "年" and _MONTH_AFTER.match(text, m.end(), m.end() + 5):
        return True  # 08年10月31日: a date with a two-digit year
    if unit == "年" and not m.group("q1") and _RECENT_BEFORE.search(text, max(0, m.start() - 3), m.start()) \
            and not text.startswith(("多", "半", "以上"), m.end()):
        return True  # 近五年新收的8861件, 在近3年里: the recent years spoken of, not a length (历时近5年 is one)
    if unit in ("年", "个月") and _THIS_BEFORE.search(text[max(0, m.start() - 3):m.start()]) \
            and not m.group("q1"):
        return True  # 这五年, 过去五年, …以来的五年: a period spoken of, not a figure
    if unit == "年" and text[max(0, m.start() - 1):m.start()] == "的" and not m.group("q1") \
            and "." not in num and re.match(r"[，,。；;！!]|$", text[m.end():m.end() + 1]):
        return True  # 极不平凡的五年。: the years spoken of
    if unit == "周" and text[m.end():m.end() + 1] in ("年", "岁"):
        return True  # 105周年 is an anniversary, 十四周岁 an age
    if unit == "年" and len(num) == 2 and num.isascii() and num.isdigit() and not m.group("q1") \
            and _YEAR_PREP.search(text, max(0, m.start() - 1), m.start()) \
            and text[m.end():m.end() + 1] not in ("内", "间", "中", "里", "后", "前", "以", "多", "余"):
        return True  # 始建于96年, 从08年起: a year written with two digits, not a length of time
    return False


_YEAR_PREP = re.compile(r"(?:(?<![低高大小多少等长短早晚])于|[自从在])$")  # not 低于10年 (a bound)


def _is_fraction(num: str, after: str) -> bool:
    """1/3, 2/3, 1/10 are fractions; 02/27 (a date, with a time after it) and 3/2 are not."""
    top, bottom = num.split("/")
    if top.startswith("0") or bottom.startswith("0") or re.match(r"\s*\d{1,2}:\d{2}", after):
        return False
    return int(top) < int(bottom) and (int(bottom) <= 20 or int(bottom) in (50, 100, 1000))


# an indicator counted per a base of population (10万人死亡人数, 十万人发案率): the base is said before it
_PER_BASE_AFTER = re.compile(r"(?:人?口|(?<=人)|(?<=吨公里)|(?<=人公里)|(?<=吨))(?:生产安全事故|刑事案件|交通事故)?"
                             r"(?:死亡人数|死亡率|发案数|发案率|发生数|发生率|受伤人数)")  # (10亿吨公里死亡率: per 10 bn tonne-km)


def _is_name_or_index(text: str, m: re.Match[str], unit: str, bare_scale: bool) -> bool:
    """Session numbers, programme names, the text's own structure, kilometre posts, years ago,
    decades and ranks: numbers that count nothing the text reports."""
    after = m.end()
    if unit in ("人", "万人", "十万人", "", "亿吨公里", "吨公里", "人公里", "百万吨", "万吨") and _PER_BASE_AFTER.match(text, after):
        return True  # 从业人员10万人死亡人数为3.85人, 10万人口发案率: the base of the rate after it, no count of people
    if unit in ("届", "次") and _SESSION_AFTER.match(text, after) and \
            not _HELD_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return True  # 十三届全国人大, 二次会议, 十五次全会 (but 党中央召开七次全会 counts meetings held)
    if unit == "门" and text[max(0, m.start() - 1):m.start()] == "楼":
        return True  # 秋星里25号楼26门: an address (building 25, entrance 26)
    if unit == "次" and text[max(0, m.start() - 1):m.start()] == "届":
        return True  # 十届十五次
    if unit == "次" and m.group("num") == "二" and not m.group("q1") and not m.group("post") \
            and re.match(rf"[{HAN}]", text[after:after + 1]) and text[after:after + 1] not in "以左上内后":
        return True  # 二次报销, 二次污染, 二次供水: "secondary", not twice (a count of two is 两次)
    if unit == "届" and _SESSION_AFTER.match(text, after) is None and text[after:after + 1] in "中":
        return True
    if unit == "期" and len(m.group("num")) == 1 and not m.group("num").isdigit() and _PHASE_AFTER.match(text, after):
        return True  # 三期工程
    if unit == "期" and not m.group("q1") and _PHASE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return True  # 港区改造二期, 地铁３期, 18号线二期: the phase of a project is its name
    if unit == "年" and _PROGRAMME_AFTER.match(text, after) and not m.group("q1"):
        return True  # 五年行动, 三年行动计划
    if unit == "个" and _STRUCTURE_AFTER.match(text, after):
        return True  # 三个方面: the structure of the text
    if unit in ("个", "個", "种", "種", "项", "項", "点", "點") and not m.group("q1") and _FEATURES_AFTER.match(text, after):
        return True  # 主要呈现七个特点: the features the text lists next
    if unit == "类" and not m.group("q1") and not m.group("num").isdigit() and _CRIME_CLASS_AFTER.match(text, after) \
            and m.group("num") not in ("两", "二", "兩") \
            and not re.search(r"(?:等|该|該|述|这|這|此|其|罪|件)\s*$", text[max(0, m.start() - 2):m.start()]):
        # 八类严重暴力犯罪案件破案率, 九类涉恶案件: a category of crime by name (but 盗窃等三类犯罪, 上述两类案件 and
        # 交通肇事犯罪和故意伤害犯罪两类犯罪 count the kinds just named: DECISIONS 8)
        return True
    if unit == "类" and m.group("num") in _HOTLINES and not m.group("q1") and _CALL_AFTER.match(text, after):
        return True  # 110类报警, 122类警情: calls to a hotline, named by its number
    if unit in ("项", "类") and not m.group("q1") and _LIST_INTRO_AFTER.match(text, after):
        return True  # 包括三项费用：1、…: items the text lists itself (以上两项 re-mentions them: DECISIONS 8)
    if unit and text.startswith("级", after) and unit in ("吨", "千瓦", "兆瓦", "米", "公里", "千伏", "万吨", "亿吨"):
        return True  # 30万吨级码头, 25兆瓦级: a class of thing, not a quantity
    if unit == "千伏" and re.match(r"[\u4e00-\u9fff]", text[after:after + 1]):
        return True  # 750千伏输变电工程: a line's voltage class names it
    if unit in ("小时", "个小时") and m.group("num") in ("24", "二十四") and (
            text[max(0, m.start() - 2):m.start()] == "全天" or _ROUND_THE_CLOCK.match(text, after)):
        return True  # 全天24小时, 24小时热线: round the clock, a set phrase
    if unit == "年" and re.search(r"过去了?$", text[max(0, m.start() - 3):m.start()]) and not m.group("q1"):
        return True  # 已经整整过去五年: a period spoken of
    if unit in ("年", "天", "日", "个月") and re.search(r"(?:过去|過去)的?$", text[max(0, m.start() - 3):m.start()]) \
            and re.match(r"(?:中|里|裡|间|間|来|來)", text[after:after + 1]):
        return True  # 过去的365天中, 在过去的二十年中: the span the text looks back over
    if (rx := _NOT_AFTER_UNIT.get(unit)) is not None and rx.match(text, after):
        return True  # 17.5公里处, 5年前, 九十年代
    if ((rx := _NAMED_AFTER.get(unit)) is not None and rx.match(text, after)) or \
            ((rx := _NAMED_BEFORE.get(unit)) is not None and rx.search(text, max(0, m.start() - 2), m.start())):
        return True  # 中央八项规定精神, 建军一百年奋斗目标: a name
    if unit == "年" and text[max(0, m.start() - 1):m.start()] == "近" and not m.group("q1") \
            and text[max(0, m.start() - 2):m.start() - 1] != "了" and (
            re.match(r"(?:的)?最|来|[，,]", text[after:after + 2]) or m.start() < 2 or text[m.start() - 2] in "，,。；;："):
        return True  # 近五年的最低值, 近十年来, 近三年，…: a relative period
    if unit in ("名", "位", "%", "‰") and text[max(0, m.start() - 1):m.start()] == "前":
        return True  # 前10名, 排名前1%: a rank
    if unit == "位" and _RANKING_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
            and (after >= len(text) or text[after] in _AFTER_RANK) and not _RANK_MOVED.search(text, max(0, m.start() - 4), m.start()):
        return True  # 在“世界500强”排名由369位上升到235位: places of a ranking (not 排名靠前的10位法官)
    if unit == "年" and text[max(0, m.start() - 1):m.start()] == "前" and not m.group("q1") \
            and text[max(0, m.start() - 2):m.start() - 1] not in ("提", "之", "年"):
        return True  # 是前三年的2.4倍, 前三年共增加: a relative period (提前三年 is a lead of time)
    if unit == "期" and re.search(r"\d{4}\s*年\s*第?$", text[max(0, m.start() - 7):m.start()]):
        return True  # 《公民与法治》2024年4期: an issue of a journal
    if text[max(0, m.start() - 3):m.start()] == "不可能" or text[max(0, m.start() - 2):m.start()] in ("不会", "未必"):
        return True  # 不可能100%没事: a figure the text says is not so
    if bare_scale and text[max(0, m.start() - 2):m.start()] in ("成千", "成百", "成万"):
        return True  # 成千上万 is an idiom
    return False


_THE_DEADLINE = re.compile(r"\s*的[^，,。；;]{0,8}(?:期限|时效|期间)")
_CLIMBED = re.compile(rf"{CLIMB_ONTO}$")
_THE_TARGET = re.compile(r"\s*(?:左右)?的(?:预定|预期|既定|计划|年度)?(?:增长)?目标")


# a named rate opening a list of items, each with its own figure: …的调撤率为:离婚纠纷80.06%、…
_RATE_BEFORE_COLON = re.compile(r"(?<!占)率(?:分别)?(?:为|是)?\s*$")
_LIST_REACH = 300  # how far back the colon opening a list is looked for: a line of figures stays linear


def _rates_listed(text: str, lo: int, pos: int) -> bool:
    """Does a named rate and a colon open the list that pos is in (…的调撤率为:离婚纠纷80.06%、…)?"""
    lo = max(lo, pos - _LIST_REACH)
    colon = max(text.rfind(":", lo, pos), text.rfind("：", lo, pos))
    return colon > lo and not re.search(r"[。；;]", text[colon:pos]) \
        and _RATE_BEFORE_COLON.search(text, max(lo, colon - 8), colon) is not None


_SCALED_FIGURE = re.compile(r"[千万萬亿億]")
# 全国共受理, 全市累计审结: who did it everywhere, before a verb of the case flow
_WHOLE_SCOPE = re.compile(r"^(?:全[国省市区县]|各地|各级)?(?:共|累计|合计|总共|共计)?(?:依法)?")


def _qualifier(text: str, m: re.Match[str], clause_start: int, bare_scale: bool) -> str:
    at = m.start() - 1 if text.startswith("“", m.start() - 1) else m.start()  # 突破“两万件”大关: the quote opens on it
    before = text[max(clause_start, at - 6):at].rstrip()
    if m.group("range") or (m.group("range2") and m.group("unit")):
        # 約2000至3000件, 7000-8000万元左右: a range said roughly is about so many
        about = ((q := _PRE_QUAL_RE.search(before)) is not None and _PRE_QUAL_WORD[q.group(1)] == "approx") \
            or m.group("post") in ("左右", "上下")
        return "approx" if about else "range"
    pre = "exact"
    # 以越南最多有4萬2,230人, 以盗窃案最多，有120起: which group has the most, no bound on the figure
    ranked = _RANKED_FIRST.search(text, max(clause_start, m.start() - 20), m.start()) is not None
    if (q := _PRE_QUAL_RE.search(before)) is not None and not (ranked and q.group(1) == "最多") \
            and not (q.group(1) == "破" and not _SCALED_FIGURE.search(m.group(0))):
        pre = _PRE_QUAL_WORD[q.group(1)]  # (破2076起, 破292宗: cases solved, 破案; 破千件, 破4萬宗: past a round figure)
    if pre == "exact" and ((m.group("unit") or "").strip() in ("%", "％", "倍") or m.group("num").startswith("百分之")) and \
            (b := _BOUND_OF_WHOLE.search(text, max(clause_start, m.start() - 14), m.start())) is not None:
        pre = _PRE_QUAL_WORD[b.group(1)]  # 不到餐馆总数量的10%: the bound governs the share
    if pre == "exact" and ((m.group("unit") or "").strip() in ("%", "％") or "分之" in m.group("num")) and \
            (b := _BOUND_OF_SHARE.search(text, max(clause_start, m.start() - 18), m.start())) is not None:
        pre = _PRE_QUAL_WORD[b.group(1)]  # 深圳约占全省的19.11%, 约占全省的四分之一
    if pre == "exact" and _ABOUT_CHANGE.search(text, max(clause_start, m.start() - 8), m.start()) is not None:
        pre = "approx"  # 品种大约增加了两万四千种, 收入约增长5%: about how much it changed
    if pre == "exact" and (a := _ADVERB_BOUND.search(text, max(0, m.start() - 120), m.start())) is not None:
        pre = "at_most" if a.group(1) == "最多" else "at_least"  # 原告至少向A提出14份…，向B提出58份…
    if pre == "exact" and (a := _ADVERB_VERB.search(text, max(clause_start, m.start() - 9), m.start())) is not None \
            and not (ranked and a.group(1) == "最多"):
        pre = "at_most" if a.group(1) == "最多" else "at_least"  # 每年至少要耗费17.5亿元: the bound before its verb
    if pre == "exact" and (x := _EXTREME.search(text, max(clause_start, m.start() - 16), m.start())) is not None \
            and not (ranked and x.group(1) == "最多"):
        pre = "at_most" if x.group(1) in ("最多", "最高", "最长") else "at_least"  # (潜逃时间最长达37年: the longest)
    if pre == "exact" and _EXTREME_CARRIED.search(text, max(0, m.start() - 30), m.start()) is not None:
        pre = "at_most"
    if pre != "exact" and re.search(r"(?<![不得])超过$", before) and _THE_DEADLINE.match(text, m.end()):
        pre = "exact"  # 已超过十五日的起诉期限: the figure is the time limit, 超过 what was done to it
    if pre != "exact" and _COMPARED_WITH.search(text, max(clause_start, m.start() - 24), m.start()):
        pre = "exact"  # 与全省相比超出48.3%: the margin is the figure, 超出 no bound on it
    if pre != "exact" and re.search(r"(?:低于|高于|超过|超出|快于|慢于)$", before) and _THE_TARGET.match(text, m.end()):
        pre = "exact"  # 增长7.8%，略低于8%的预定目标: the target is 8%; the bound compares the result with it
    if pre == "exact" and bare_scale and before.endswith("上"):
        pre = "at_least"  # 上亿人, 上千件
    post = None
    if m.group("q1") or m.group("q2") or m.group("post") in ("以上", "多") or "多" in (m.group("unit") or ""):
        post = "at_least"
    elif m.group("post") in ("以下", "以内"):
        post = "at_most"
    elif m.group("post") in ("左右", "上下"):
        post = "approx"
    elif text.startswith(("内", "之内"), m.end()) and (m.group("unit") or "").strip() in _TIME_UNITS:
        post = "at_most"  # 30天内
    if pre == "at_most" and before.endswith("低于") or pre == "at_least" and before.endswith("高于"):
        if _BASELINE_AVERAGE.match(text, m.end()):
            pre = "exact"  # 低于0.18%的全国平均水平: the average compared with, not a bound
    if pre == "approx":
        return "approx"  # 约…多, 近…余: approx
    return post or pre


# words with a direction in them that name what a figure counts: 增加值, 降费2.8万亿元 (fees cut), 减税
# 较之前五年（2019至2023年）的平均案件量高约9%; 比上年同期847件少297件: the margin below a baseline whose value
# the sentence gives
_COMPARED_HIGHER = re.compile(r"(?:较|(?<!占)比(?![例重率较]))(?:(?:[^，,。；;\d（(]|[（(][^）)，,。；;]{0,16}[）)]){1,24}?"
                              r"|[^，,。；;\d]{0,12}(?<!\d)\d[\d.,]*\s*[\u4e00-\u9fff%％]{0,3}?)"
                              r"(?<![提降])(高|低|多|少)(?:了|出)?(?:约|近|逾|超过|超)?\s*$")
# units a margin over or under a level is said in (人均结案数较全省平均高12.5件, 较全国均值低35.79件)
_MARGIN_UNITS = {"件", "起", "宗", "人", "名", "人次", "天", "日", "个月", "年", "岁", "元", "次"}
# economic growth named as a figure's measure (经济增长预期为, 经济增长目标是): the figure is the growth (not
# 对经济增长贡献, 拉动经济增长: a contribution to it)
# (把增长预期目标定在7.5%左右: the growth aimed at, the economy's said before)
_GROWTH_TARGET = re.compile(r"(?<![对動动进])(?:经济增长(?:的)?(?:(?:预期目标|预期|目标|速度)(?:为|是|定为|定在|确定为)?|(?:了|达到|达|约)?)"
                            r"|增长(?:预期)?目标(?:为|是|定为|定在|确定为))\s*(?:约|左右)?\s*$")
# (改造提升村卫生室2.1万个, 提档升级: a renovation, its count of things renovated, no rise)
_DIRECTION_NOUNS = re.compile(r"上(?=调解)|改造提升|提升改造|提档升级|提质升级|稳增长|经济增长|增加值|增长率|增长点|增长极|增长动力|下降率|降费|减税|减费|降本|减负|降成本|降解|降水|降雨")


_INCREMENT_BEFORE = re.compile(r"增量(?:超过|超|达到|达|为|约|近|逾)?\s*$")
_POINTS_HIGHER = re.compile(r"(?<![提降])([高低])(?:了|出)?\s*$")  # 缓刑适用率低21.34个百分点: points below, a margin
_OVER_PLAN_END = re.compile(rf"{OVER_PLAN}\s*$")
# 人均结案数与全省相比超出48.3%: a margin over what it is compared with, not a bound
_COMPARED_WITH = re.compile(r"(?:与|同|和|跟)[^，,。；;\d]{1,12}(?:相比|相较|比较)[，,]?\s*(?:(高出|超出|多出|高|多)|(低出|少|低))了?\s*$")


_CHANGE_NOUNS = {"增幅", "升幅", "涨幅", "降幅", "减幅", "跌幅"}  # the nouns of a change: 增幅为63% is the change


def _direction(before: str) -> tuple[str | None, str | None]:
    if _INCREMENT_BEFORE.search(before[-8:]):
        return "up", None  # 五年增量超1.36万亿元, 年均增量超过2000万辆: by how much it grew
    if _GROWTH_TARGET.search(before[-18:]):
        return "up", None  # 今年的经济增长预期为7％左右, 去年经济增长8.8%: the growth expected or reached, a rise
    tail = _DIRECTION_NOUNS.sub(lambda m: "＿" * len(m.group()), before[-18:])  # 对经济增长贡献超五成: nouns
    comparison = "yoy" if "同比" in tail or "按年" in tail else ("mom" if "环比" in tail or "按月" in tail else None)
    if _OVER_PLAN_END.search(tail) is not None:
        return "up", comparison  # 超年度计划28%: above the plan by that much
    if (compared := _COMPARED_WITH.search(tail)) is not None:
        return ("up" if compared.group(1) else "down"), comparison
    if (short := _SHORT_CHANGE.search(tail)) is not None:
        return ("down" if short.group(1) in "跌↓▼减" else "up"), comparison  # 环比↓36.36%, 非禮案升5.7%
    if tail.strip() in ("增", "减"):
        return ("up" if tail.strip() == "增" else "down"), comparison  # 電話騙案(增65.9%): the bracket holds the change alone
    if _ANY_DIRECTION.search(tail) is None:
        return None, comparison
    best: tuple[int, str | None, str] = (-1, None, "")
    said_by = ""  # the word that says the change
    for words, d in ((_UP, "up"), (_DOWN, "down")):
        for w in words:
            k = tail.rfind(w)
            if k >= 0 and k + len(w) >= len(tail) - 4 and k > best[0]:
                best, said_by = (k, d, tail[k + len(w):]), w
    for w, d in _ABOVE_BELOW:
        k = tail.rfind(w)
        gap = tail[k + len(w):] if k >= 0 else ""
        if k > best[0] and 1 <= len(gap) <= 12 and re.fullmatch(rf"[{HAN}]+", gap.replace("“", "").replace("”", "")) \
                and "的" not in gap:
            best = (k, d, "")  # 高于全国0.4个百分点, 高于“十三五”时期1.2个百分点; 不低于30% has nothing between: a bound
    if re.search(r"(?![一二三四五六七八九十两百千万亿])[\u4e00-\u9fff”][、，,；;]|等$", best[2]):
        return None, comparison  # 打造1000个旅游提升示范村、30个…: the verb is inside another item's name
    if re.match(r"\s*(?:到|至|为(?!主|重点|基础|核心|导向|目标|抓手|代价|前提|重要))", best[2]) \
            and not (said_by in _CHANGE_NOUNS and best[2].lstrip().startswith("为")):
        return None, comparison  # 增加到3.52万元, 缩短至45天, 下降为533件: the new level, not the change (同比增幅为63%
        # is the change: 增幅 names it)
    if re.search(r"[\d０-９%％点倍][^\d０-９，,。；;、]{0,3}?\s*(?:至|到|达到)$", best[2]):
        return None, comparison  # 上升30%至544宗, 下降2个百分点至31%: the level the change reached
    if re.search(r"贡献|[占佔]|比重|拉动", best[2]):
        return None, comparison  # 对工业增长贡献超50%, 在减少数量中占54.5%: a share of the growth, not a rise
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
    """Where the clause around any position starts, found by bisection: one pass over the paragraph
    records where the start changes (after a hard delimiter, inside and after parentheses), so a line
    of thousands of figures stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.hard = [m.start() for m in _HARD_RE.finditer(text)]
        self.at: list[int] = [-1]  # after position at[k], the clause starts at starts[k]
        self.starts: list[int] = [0]
        stack = [0]
        for m in _DELIMITER_OR_PAREN.finditer(text):
            i, c = m.start(), m.group()
            if c in "(（":
                stack.append(i + 1)
            elif c in ")）":
                if len(stack) > 1:
                    stack.pop()
                else:
                    stack[-1] = 0  # a `)` never opened: walking back, the clause runs to the floor
            else:
                stack[-1] = i + 1
            self.at.append(i)
            self.starts.append(stack[-1])

    def start(self, pos: int, floor: int) -> int:
        """Start of the clause ending at pos, not before floor: after a hard delimiter or an open
        parenthesis, a parenthesized part skipped (the same as _clause_start for balanced text)."""
        k = bisect.bisect_left(self.at, pos) - 1
        return max(self.starts[k], floor)


_DELIMITER_OR_PAREN = re.compile("[" + re.escape("".join(sorted(_HARD)) + "()（）") + "]")


@dataclass
class _Candidate:
    """A number that may be a statistic, with what its unit makes of it."""

    m: re.Match[str]
    value: Decimal
    value_max: Decimal | None
    unit_raw: str
    norm_unit: str
    kind: str
    bare_scale: bool
    unitless: bool  # a figure with no unit (６４３４万农村人口): its kind is decided by its label
    currency: str | None = None  # 新臺幣6,397萬6,761元: written 元, in another currency
    sign: str | None = None  # 增加19件(+8.11%): + or -, a change in percent signed in brackets after a figure


_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
_LATIN_NOUN = re.compile(rf"[A-Za-z]{{1,6}}[{HAN}]")  # 100个AI应用场景 (not 608所AES100发动机: a code)
_LATIN_RUNS = re.compile(r"[A-Za-z]+")
_HAN_RUNS = re.compile(rf"[{HAN}]+")


def _english(text: str) -> bool:
    """A paragraph in English (or another Latin-script language): its numbers are not Chinese statistics."""
    if _LATIN_WORD.search(text) is None:
        return False
    latin = sum(len(w) for w in _LATIN_RUNS.findall(text))
    return latin > 20 and latin > 5 * sum(len(w) for w in _HAN_RUNS.findall(text))


_ASIDE_TAIL = re.compile(r"[^（()），,。；;、\d]{0,12}[)）]\s*")  # the end of a bracketed aside, right before a figure
_LATIN_BEFORE = 24  # characters read before a figure to tell the language it is said in


def _in_latin(text: str, start: int) -> bool:
    """A figure said in a Latin-script sentence of a bilingual paragraph: the words before it are
    Latin letters only, no Chinese character among them (…uma ligeira subida de 5.03%, do ano 2016)."""
    before = text[max(0, start - _LATIN_BEFORE):start]
    return _HAN_RUNS.search(before) is None and sum(len(w) for w in _LATIN_RUNS.findall(before)) >= _LATIN_BEFORE // 2


# a named ratio right before a bare number (结收比1.01, 案-件比为1.33; not 占比, 同比, 对比)
_RATIO_BEFORE = re.compile(r"(?:[\u4e00-\u9fff](?<![占同环对相])比|倍差)[”\"]?(?:为|达|是|达到|从|由|降至|降到|升至|升到|"
                           r"(?:同比)?(?:下降|上升|降低|提高|增加|减少|缩小|扩大)了?(?:到|至)?|"
                           # 收入倍差从1.96缩小至1.81: the ratio it moved to
                           r"(?:从|由)\s*\d+(?:\.\d+)?(?:\s*[:∶]\s*1)?\s*(?:下降|上升|降低|提高|提升|缩小|扩大)(?:到|至))?\s*$")  # 案-件比下降0.02: its change
# a ratio written N∶1 (城乡居民收入比由2.9∶1缩小至2.52∶1): the first term is the ratio; other A∶B notations are not read
_TO_ONE = re.compile(r"\s*[:∶]\s*1(?![\d.:∶])")
# shares written A∶B∶C after what they divide (三次产业结构由8.7∶41.2∶50.1调整为…, 三次产业比重为4.0∶37.7∶58.3):
# each term is a share, its % not written
_SHARES_WORD = r"(?:结构|比重|构成|比例)"  # what shares written A∶B∶C divide
_SHARES_NAMED = re.compile(_SHARES_WORD + r"[^。；;！？\d]{0,12}$")
_COLON_AFTER = re.compile(r"\s*[:∶]")
_COLON_BEFORE = re.compile(r"[:∶]\s*$")
_SHARES_MOVED = re.compile(r"\s*[\u4e00-\u9fff]{0,4}(?:为|到|至)\s*")


# a rate per so many (百万吨死亡率降至0.044, 亿元GDP生产安全事故死亡率为0.019), said with a decimal point and no %
_RATE_BEFORE = re.compile(r"[\u4e00-\u9fff]率[”\"]?(?:为|是|达|达到|降至|降到|下降到|下降至|降低到|降低至|控制在|保持在|"
                          r"升至|上升到|上升至|提高到|提高至)?\s*$")


_COUNT_NOUNS = "件数|人数|案件数|总数|数量|数目|户数|次数"  # a number of things
# 诈欺案件数为4026, 破获件数是4560: a count named as a number of things, its unit not written
_COUNT_NAMED = re.compile(rf"(?:{_COUNT_NOUNS}|人次)(?:为|是|达到|达|共|有)\s*$")  # (入境人次为128 700)
# 财产数量8，流拍标的物数目10，: also right after its name, when the clause ends with the number
_COUNT_NAMED_BARE = re.compile(rf"(?:{_COUNT_NOUNS})\s*$")
_CLAUSE_MARK_AFTER = re.compile(r"\s*(?:[，,。；;、]|$)")


def _unitless_count(text: str, m: re.Match[str], num: str, qualified: bool) -> bool:
    """A figure without a unit is a count (or money) only when its size is plain: a scale
    (6434万农村人口, 36亿), 余/多 (150多农民工), or a Chinese numeral of thousands with a bound
    before it (近两千孩子, 近一亿农村贫困人口)."""
    if re.fullmatch(r"[\d.,]+[亿万][\d.,\s]+[万千百]?", num):
        return True  # 超过2亿9 000万: a size written with its scale inside
    if num.isdigit() or re.fullmatch(r"[\d.,]+", num):
        return bool(m.group("scale")) or qualified or _COUNT_NAMED.search(text, max(0, m.start() - 6), m.start()) is not None \
            or (_COUNT_NAMED_BARE.search(text, max(0, m.start() - 4), m.start()) is not None
                and _CLAUSE_MARK_AFTER.match(text, m.end()) is not None)
    if _party_count(text, m) is not None:
        return True  # 四原告, 二被告: the parties of a judgment are counted without a measure word
    if not _CN_FULL.fullmatch(num) or len(num) < 2:
        return False
    if _BIG_SCALE.search(num) or m.group("scale"):
        return True
    return "千" in num and (qualified or re.search(r"(?:近|约|将近|接近|超过|逾)$", text[max(0, m.start() - 2):m.start()]) is not None)


_SCORED = re.compile(r"满意度|得分|评分|测评|分数|成绩|打分|评价|指数")
_CLOCK_BEFORE = re.compile(r"[时點点:：]\s*$")


_POINTS = ("个百分点", "百分点")
_SIGNED_CHANGE_CELL = re.compile(r"(?:增減幅度|增减幅度|增減|增减|升跌幅度|升跌|變幅|变幅|變化|变化|變動|变动)\s*[:：]\s*$")
SIGNS = ("+", "＋", "-", "－")  # the sign of a change in brackets (增加19件(+8.11%), 襲警(-56.2百分點))
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]\s*$")


def _in_share_chain(text: str, m: re.Match[str]) -> bool:
    """Whether the number at m is a term of shares written A∶B∶C after what they divide (结构, 比重)."""
    if _COLON_AFTER.match(text, m.end()) is None and _COLON_BEFORE.search(text, max(0, m.start() - 3), m.start()) is None:
        return False  # (a term stands next to a colon: most numbers are no term, and are passed at once)
    named_end = -1  # where the last chain read as shares ends (…50.1调整为7.9∶40.5∶51.6: the shares they moved to)
    for chain in SHARE_TERMS.finditer(text, max(0, m.start() - 60), min(len(text), m.end() + 30)):
        named = _SHARES_NAMED.search(text, max(0, chain.start() - 16), chain.start()) is not None \
            or (named_end >= 0 and _SHARES_MOVED.fullmatch(text, named_end, chain.start()) is not None)
        if chain.start() <= m.start() < chain.end():
            return named
        named_end = chain.end() if named else -1
    return False


def _candidate(text: str, m: re.Match[str], masks: _Masks) -> _Candidate | None:
    """The number matched at m, or None when it is not a statistic by its own form."""
    num = m.group("num")
    unit_raw = (m.group("unit") or "").strip()
    if (half := m.group("half")) and half != "半":
        unit_raw = "个" + half[1:]  # 两个半月: 2.5 months
    fraction = num.startswith("百分之") or "分之" in num or num == "一半" or "/" in num or "成" in num \
        or bool(re.fullmatch(r"[二三四五六七八九十]分[一二三四五六七八九]", num))
    qualified = bool(m.group("q1") or m.group("q2"))
    if not unit_raw and not fraction and not m.group("scale") and (later := _UNIT_LATER.match(text, m.end())) is not None:
        unit_raw = later.group(1)  # 分别提高15、22个百分点 (or 2.1、3.2、5.4): the list's unit, written once at its end
    elif not unit_raw and not fraction and not m.group("scale") and _RESPECTIVE_BEFORE.search(text, max(0, m.start() - 40),
                                                                                               m.start()) \
            and (later := _BARE_LIST_UNIT.match(text, m.end())) is not None:
        unit_raw = later.group(1)  # 分别为3218、3051、2821起: every member is counted in the unit written at the end
    elif not unit_raw and not fraction and (scale := (m.group("scale") or "").strip()) and \
            (later := _SCALED_UNIT_LATER.match(text, m.end())) is not None and later.group(1) == scale:
        unit_raw = later.group(2)  # 分别惠及3500万、2300万人次: the same scale, the unit written once at the end
    ratio = not unit_raw and not fraction and (_RATIO_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
                                               or (_RATE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
                                                   and "." in num)) \
        and re.fullmatch(r"\d+(?:\.\d+)?", num) is not None and not m.group("scale") \
        and (not re.match(r"\s*[:∶]", text[m.end():m.end() + 3]) or _TO_ONE.match(text, m.end()) is not None)
    shares = not unit_raw and not fraction and not ratio and _in_share_chain(text, m)
    if not unit_raw and not fraction and not ratio and not shares and not _unitless_count(text, m, num, qualified):
        return None
    if m.start() in masks:
        return None
    if unit_raw == "方" and not m.group("scale"):
        return None  # 三方协议, 双方: parties; 22亿方 (cubic metres) comes with a scale
    if unit_raw == "度" and not re.search(r"[万亿萬億]", (m.group("scale") or "") + num):
        return None  # 30度高温, 360度: a temperature or an angle; 345亿度 (kilowatt-hours) comes with a scale
    if unit_raw == "分" and not (re.fullmatch(r"[\d０-９]+(?:[.．][\d０-９]+)?", num) and (
            re.search(r"[.．]", num) and not _CLOCK_BEFORE.search(text, max(0, m.start() - 4), m.start())
            or _SCORED.search(text, max(0, m.start() - 16), m.start()))):
        return None  # 满意度96.28分 is a score; 9时30分, 3分 of a game are not figures reported
    if unit_raw in ("面", "封") and not re.fullmatch(r"[\d０-９]+", num) and not text.startswith(("锦旗", "旗", "信", "感谢信"), m.end()):
        return None  # 锦旗13面, 两面锦旗, 感谢信5封 are counted; 两面派, 四面八方, 三面红旗 are not
    if unit_raw == "列" and not ((_TRAINS_RUN.search(text, max(0, m.start() - 16), m.start())
                                  or re.fullmatch(r"[\d.]+", num) and _TRAINS_NAMED.search(text, max(0, m.start() - 80), m.start()))
                                 and not text.startswith(("入", "为", "為", "举", "舉", "第", "席", "出", "车", "車", "队", "隊"), m.end())):
        return None  # 开行6037列 counts trains (and 从1万列增长到2万列 after 班列 was named); 列入, 位列, 一列车 do not
    if unit_raw == "则" and not (re.fullmatch(r"[\d０-９]+", num) or text.startswith(_ITEMS_TOLD, m.end())
                                 or re.search(r"(?:案例|新闻|消息|信息|报道|报告|故事)\s*$", text[max(0, m.start() - 6):m.start()])):
        return None  # 发布典型案例10则, 5则案例 count items told; 一则…二则, 原则, 否则 do not
    if unit_raw == "期" and num in "一二三四五六七八九" and m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff" \
            and not _PHASES_HELD.search(text, max(0, m.start() - 3), m.start()):
        return None  # 产业转型升级二期, 加快建设…二期: the phase of a fund or a project, no count (举办三期 is one)
    if unit_raw == "把" and text.startswith(("手", "关", "握"), m.end()):
        return None  # 一把手, 把关: no count of things
    if unit_raw == "番" and not re.search(r"翻了?\s*$", text[max(0, m.start() - 3):m.start()]):
        return None  # 翻一番 (doubled); 一番努力 is no figure
    if unit_raw == "轮" and (text[max(0, m.start() - 1):m.start()] in ("新", "上", "下", "本", "这", "首", "每", "那")
                             or text.startswith(("胎", "船", "椅", "车", "渡", "摩托", "电动", "机动"), m.end())):
        return None  # 新一轮, 轮胎, 二轮摩托车: no count of rounds
    if unit_raw == "位" and text.startswith("数", m.end()) and not m.group("scale"):
        return None  # 两位数增长: double-digit growth, no count of two places
    if unit_raw == "对" and text.startswith(("一", "多", "1", "１", "象", "话", "接", "比", "外", "口", "策", "照", "应", "于", "我", "你", "他", "她", "其", "此", "该", "这", "那"), m.end()):
        return None  # 一对一帮扶, 点对点: a manner, not pairs (石狮子1对 is a pair)
    if unit_raw == "组" and text.startswith(("织", "成", "建", "长", "员", "合", "团", "委", "别"), m.end()):
        return None  # 三组织, 组成: no count of sets
    if unit_raw in ("年", "个月") and (_SPAN_OF_TIME.match(text, m.end()) or (
            text[max(0, m.start() - 1):m.start()] == "共" and _TIME_SAID.match(text, m.end()))):
        return None  # 四年时间里, 共九年时间。: the length of the period reported on, not of an activity
    if unit_raw == "级" and not (re.fullmatch(r"[\d０-９]+[.．][\d０-９]", num) and QUAKE.match(text, m.end())):
        return None  # 6.8级地震 is a magnitude; 一级, 三级法院, 5A级 are grades and names
    b1 = text[m.start() - 1] if m.start() else " "
    currency: str | None = None
    # 647.24平方米×650元/平方米=420706元, (88.5平方米+124.5平方米): a judgment's arithmetic on measured
    # quantities (not 3×3, 5G+, “1+3”)
    measured = unit_raw.endswith(_MEASURED_UNITS)
    # 增加19件(+8.11%), 减少254万元(-3.83%): the change in percent, signed, in brackets after the change
    # (襲警(-56.2百分點), 整體罪案(-3.5%): a change signed in brackets after what changed)
    sign = None
    if b1 in SIGNS and text[max(0, m.start() - 2):m.start() - 1] in ("(", "（") and (unit_raw == "%" or unit_raw in _POINTS):
        after_figure = _FIGURE_END.search(text, max(0, m.start() - 5), m.start() - 2) is not None
        after_name = _NAME_BEFORE.search(text, max(0, m.start() - 8), m.start() - 2) is not None
        closed = text[m.end():m.end() + 1] in (")", "）")
        if (unit_raw == "%" or after_name) and (after_figure or (after_name and closed)):
            sign = "+" if b1 in SIGNS[:2] else "-"
    elif b1 in SIGNS and (unit_raw == "%" or unit_raw in _POINTS) \
            and _SIGNED_CHANGE_CELL.search(text, max(0, m.start() - 10), m.start() - 1) is not None:
        sign = "+" if b1 in SIGNS[:2] else "-"  # 增減幅度:-2.9%: a table's cell of the change, signed
    if sign is not None:
        pass
    elif (b1 in "第每.-－/_" or (b1 in "+＋*×" and not measured)) or (b1.isascii() and b1.isalpha()) \
            or (b1 in "数几" and not num[0].isdigit()):
        return None  # 数十万, 几十次: vague; 人均结案数306.2件 is a figure
    if text[max(0, m.start() - 3):m.start()].startswith("每") and re.match(r"每(?:增长|增加|提高|下降)", text[max(0, m.start() - 3):]):
        return None  # 每增长1个百分点的增量: the reference unit of a comparison
    a1 = text[m.end():m.end() + 1] or " "
    if (a1 in "+＋" and not measured) or (a1.isascii() and a1.isalpha() and not (unit_raw in CLASSIFIERS and _LATIN_NOUN.match(text, m.end()))) \
            or (not unit_raw and a1.isdigit()):
        return None  # 5G, 100M: a name or a code (100个AI应用场景 counts scenes: a Latin word after a measure word)
    if "/" in num and not _is_fraction(num, text[m.end():m.end() + 8]):
        return None
    is_cn = _CN_FULL.fullmatch(num) is not None and not num.isdigit()
    bare_scale = is_cn and num[0] in "百千万亿"
    range_cn = cn_range(num) if is_cn else None
    if is_cn and range_cn is None:
        if bare_scale:
            before = text[max(0, m.start() - 2):m.start()]
            if not (qualified or re.search(r"(?:近|上|超|逾|约|将近|接近|达|过|突破)$", before)
                    or (unit_raw in ("名", "个", "件", "项") and not m.group("scale"))):
                return None  # 百姓, 千方百计, 万一: a bare 百/千/万 is a number only with a bound (近百人, 上千件,
                # 百余起) or before a measure word (带动万名青年, 千名干部)
            if not unit_raw and not qualified and not re.search(r"(?:近|上|超|逾|将近|接近)$", before):
                return None
        if num == "一" and not m.group("range") and not m.group("half") \
                and not (unit_raw in _TIME_UNITS and _BOUND_LENGTH.search(text, max(0, m.start() - 5), m.start())) \
                and not (unit_raw in ("倍", "番") and _DOUBLED.search(text, max(0, m.start("num") - 6), m.start("num"))) \
                and not (unit_raw in _TIME_UNITS and text[max(0, m.start() - 1):m.start()] == "近"
                         and text.startswith("的", m.end())) \
                and not (unit_raw in _TIME_UNITS and (
                qualified or text.startswith(("多", "半", "内", "以上"), m.end())
                or _SPENT.search(text, max(0, m.start() - 3), m.start()))) \
                and not _quoted_item(text, m.start(), m.end()):
            return None  # 一名获救群众, 一张示意图: indefinite 一; 一年多, 一亩半 are lengths (“18车床一台”: one, the item's quantity)
        if len(num) == 1 and num != "十" and not unit_raw and _party_count(text, m) is None:
            return None
        if num in ("零", "〇", "○"):
            return None  # 零部件: a lone zero counts nothing
        if len(num) == 1 and unit_raw in _TIME_UNITS and not qualified and not m.group("post") and \
                text[m.end():m.end() + 1] not in ("", "的", "内", "后", "并", "时", *_HARD) and \
                not _DURATION_VERBS.search(text, max(0, m.start() - 3), m.start()):
            return None
    if _is_date_or_year(text, m, unit_raw):
        return None
    if _is_name_or_index(text, m, unit_raw, bare_scale):
        return None
    try:
        if range_cn is not None:
            value, value_max = range_cn
        elif "成" in num:
            value, value_max = parse_number(num) * 100, None
        else:
            value = parse_number(num.removeprefix("百分之"))
            value_max = parse_number(m.group("num2")) if m.group("range") else \
                parse_number(m.group("num3")) if m.group("range2") and m.group("unit") else None
    except NumberError:
        if _split_at_big_unit(num, scale_of((m.group("scale") or "").strip())) is None:
            return None
        value, value_max = Decimal(0), None  # 三亿三千五百多万: read as 三亿 + 三千五百万 below
    if half and value_max is None:
        value += Decimal("0.5")
    unitless = False
    if fraction:
        if "成" in num:
            pass
        elif not num.startswith("百分之"):
            value = value * 100
        norm_unit, kind, mult = "%", "percent", 1
    elif ratio:
        norm_unit, kind, mult = "", "rate", 1  # 案件结收比1.01, 案-件比为1.33: a named ratio
    elif shares:
        norm_unit, kind, mult = "", "percent", 1  # 三次产业比重为4.0∶37.7∶58.3: each term a share, no % written
    elif not unit_raw:
        norm_unit, kind, mult, unitless = "", "count", 1, True
    else:
        if unit_raw not in WRITTEN_UNITS:
            unit_raw = re.sub(r"\s", "", unit_raw)
        if unit_raw == "个" and (later := _UNIT_LATER.match(text, m.end())) is not None and later.group(1) == "个百分点":
            unit_raw = "个百分点"  # 分别高出9.61个和30.43个百分点: the points are written once for both
        norm_unit, kind, mult = unit_kind(unit_raw)
        if norm_unit == "元" and (cur := _CURRENCY_BEFORE.search(text, max(0, m.start() - 4), m.start())):
            currency = _CURRENCY_OF[cur.group(1)]  # 新臺幣6,397萬6,761元: NT dollars, not CNY
        if per := m.group("per"):  # 120元／平方米: a price per square metre is not an amount of 元
            norm_unit += "/" + re.sub(PER_DOT, "·", per.strip().lstrip("/／").strip())
    scale = scale_of((m.group("scale") or "").strip())
    scale2 = scale_of((m.group("scale2") or "").strip())
    if m.group("range") and scale == 1:
        scale = scale2  # 2至3万元: the scale written once serves both ends
    if (split := _split_at_big_unit(num, scale)) is not None:
        value = split * mult  # 四亿零七百多万: 4亿 + 700万, not (4亿 + 700)万
    else:
        value = value * scale * mult
    if value_max is not None:
        value_max = value_max * (scale2 if m.group("scale2") else scale) * mult
        if value_max <= value:
            return None  # 21至9: not a range
    return _Candidate(m, value, value_max, unit_raw, norm_unit, kind, bare_scale, unitless, currency, sign)


def _split_at_big_unit(num: str, scale: Decimal) -> Decimal | None:
    """A Chinese numeral holding a unit larger than the scale after it (四亿零七百 + 多万): the scale
    multiplies only the part after that unit. None when the numeral has no such unit."""
    for big in ("亿", "万"):
        if big in num and SCALES[big] > scale > 1 and not num.endswith(big):
            head, tail = num.rsplit(big, 1)
            tail = tail.lstrip("零〇")
            if not tail:
                return None
            try:
                return parse_number(head + big) + parse_number(tail) * scale
            except NumberError:
                return None
    return None


# 录11.3%跌幅, 1.18%的增长幅度, 以年均10%的速度持续增长: the change named, or said by the verb, after the figure
_CHANGE_NOUN_AFTER = re.compile(r"\s*(?:的)?(?:(增幅|升幅|涨幅|降幅|减幅|跌幅|(?:增长|上升|下降|减少)(?:幅度|速度))"
                                r"|(?:速度|幅度)\s*(?:持续|稳定|稳步|逐年|不断)?(增长|上升|提高|递增|下降|减少|递减|回落)"
                                # 营收保持20%以上增长, 保持10%左右的增长: the growth said as a noun after its size
                                r"|(?<=[\d%％上右])\s*(?:的)?(增长|下降)(?=[，,。；;、）)]|$|态势|势头))")
# the unit of a list written once at its end: 提高15、22个百分点, 9.61个和30.43个百分点
# (分别净减少10.6万、3.8万、3.3万平方公里: the unit written once after the last of several)
_SCALED_UNIT_LATER = re.compile(r"(?:\s*(?:、|和|与|及)\s*\d+(?:\.\d+)?\s*(?:万|亿))*?\s*(?:、|和|与|及)\s*\d+(?:\.\d+)?\s*(万|亿)\s*"
                                r"(人次|户次|件次|平方公里|平方米|公顷|公里|人|户|件|元|名|吨|亩)")
# a 分别 list of bare numbers with its unit written once, after the last (分别为3218、3051、2821起)
_LISTED_NUMBER = r"(?:\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千两兩]{2,12})"  # (一千四百四十三、一千四百五十二及…名)
_RESPECTIVE_BEFORE = re.compile(rf"(?:分别|分別|依次)(?:为|為|是|达|達|有)?\s*[:：]?\s*(?:{_LISTED_NUMBER}\s*[、，,]\s*)*$")
_BARE_LIST_UNIT = re.compile(rf"(?:\s*(?:、|，|,|和|及|与)\s*{_LISTED_NUMBER})+\s*"
                             r"([万亿萬億]?(?:人次|户次|件次|起|宗|件|人|名|户|戶|家|个|個|项|項|元|吨|噸|亩|畝|次|所|条|條|份|辆|輛|张|張|天|日|小时|小時))")
_UNIT_LATER = re.compile(r"(?:\s*(?:、|和|与|及|或)\s*\d+(?:\.\d+)?)+\s*(个百分点|百分点|%|％|倍)")
# a party named by one of its members (原告张佩文等46人): what the figure counts is the party
_NAMED_PARTY = re.compile(r"(申请执行人|违法犯罪嫌疑人|犯罪嫌疑人|被上诉人|被申请人|被执行人|被告人|上诉人|申请人|第三人|原告|被告|"
                          r"黑社会性质组织成员|犯罪集团成员|犯罪团伙成员|涉黑组织成员|涉恶团伙成员|黑恶势力分子|违法犯罪人员|"
                          r"涉案人员|在逃人员|网上逃犯|逃犯)"
                          r"[\u4e00-\u9fff·]{1,4}(?:、[\u4e00-\u9fff·]{1,4})*等\s*$")
_PARTIES_AFTER = re.compile(r"(?:原告|被告|上诉人|被上诉人|申请人|被申请人|第三人)")


def _party_count(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The party a one-digit Chinese numeral counts without a measure word (四原告, 二被告), if any."""
    num = m.group("num")
    return _PARTIES_AFTER.match(text, m.end()) if len(num) == 1 and num in "二两三四五六七八九" else None
_ENTITY_AFTER = re.compile(r"(?:省份|城市|企业|县|市|地区|项目|集团|国家)")
_BOUND_BEFORE = re.compile(r"(?:超过|超出|超|逾|多于|少于|高于|低于|不足|不到|达到|(?<![通经度不越])过)\s*$")
_PAIRED_WITH_DE = re.compile(r"\s*(?:[(（][^)）]{0,4}[)）])?\s*(?:以上|以下)?\s*(?:[(（][^)）]{0,4}[)）])?\s*的")


_CONDITION_AFTER = re.compile(r"的\s*[，,]")  # …满35年的，…: a conditional clause
_MET_BEFORE = re.compile(r"(?:满|达)\s*$")  # 满35年的 (超过, 不足 … are _BOUND_BEFORE's)


# places or bodies a count counts (39个城市, 12家法院), then a bound said of them or of their measure (超,
# 结案率超过): the bound selects them (but 为29个省份保供煤炭超35亿吨 says how much was supplied)
# (264家基层法院新收案件数超过1万件, 474家法院新收案件数同比上升超过50%: their kind said, a change as the bound)
_GROUP_COUNTED = re.compile(r"\s*(?:基层|中级|高级|地级|县级)?(?:城市|地市|省市|市|县|省份|省|地区|法院|检察院|乡镇|"
                            r"产业集群|产业链|产业|集群|行业|园区|开发区)"  # 8个产业规模超千亿元
                            r"(?:的?[\u4e00-\u9fff]{0,6}?(?:率|量|数|额|规模|产值|营收))?(?:均|都)?已?(?:同比)?(?:上升|增长|下降|减少)?"
                            r"(?:超过|超出|超|逾|多于|高于|达到)\s*")


# a distance that marks out a zone (两侧1000米及其支流两侧500米范围内, 周边50米以内的): what lies in it is counted
_ZONE_UNITS = ("米", "公里", "千米", "里")
_ZONE_AFTER = re.compile(r"(?:[^，,。；;：:\d]{0,14}?\d+(?:米|公里|千米))?\s*(?:的)?\s*(?:范围|区域|半径)(?:之?内)?|\s*(?:之内|以内)的")


def _is_criterion(text: str, c: _Candidate, nxt: _Candidate | None, prev: _Candidate | None,
                  qualifier: str, clause_start: int, clause_end: int) -> bool:
    """A bound that defines what is counted, not a reported figure (ANNOTATION.md, selection
    criteria): 标的额50万元以上的案件112件 → 112件 only; 结案率低于60%的法院占比15% → 15% only;
    有6个市收案超过500件 → 6个 only; 迁移20株以上树木 (a class of cases)."""
    m = c.m
    if c.kind == "duration" and (cls := _SENTENCE_CLASS.match(text, m.end())) is not None:
        if nxt is not None and nxt.unit_raw in ("人", "名") and cls.end() == nxt.m.start() \
                and (m.group("post") in ("以上", "以下") or cls.group(1)):
            return True  # 判处五年以上有期徒刑237人, 十年有期徒刑以上刑罚182人: the sentences that select who is counted
        if m.group("post") in ("以上", "以下") and _PERSONS_COUNTED.search(text, clause_start, clause_end):
            return True  # 其中48人被判处五年以上有期徒刑, …以上有期徒刑至死刑的罪犯占18.18%: said of the persons counted
    if _CONDITION_AFTER.match(text, m.end()) and (m.group("post") in ("以上", "以下", "以内")
                                                  or _BOUND_BEFORE.search(text, max(0, m.start() - 4), m.start())
                                                  or _MET_BEFORE.search(text, max(0, m.start() - 2), m.start())):
        return True  # 工作年限满35年的，按90%计发; 任教10年以上的，…: the condition of a rule
    if c.unit_raw in _ZONE_UNITS and (_ZONE_AFTER.match(text, m.end())
                                      or (m.group("post") == "以内" and text.startswith("的", m.end()))):
        return True  # 北汝河全线两侧1000米及其支流两侧500米范围内的畜禽养殖: the zone searched, not a length reported
    same_clause_next = nxt is not None and nxt.m.start() < clause_end and nxt.kind != "duration"
    if m.group("post") in ("以上", "以下") and _AT_ONE_TIME.search(text, max(0, m.start() - 8), m.start()) \
            and _CRITERION_NOUN.match(text, m.end()):
        return True  # 一次死亡3人以上较大道路交通事故: the toll that grades an accident, not a figure of deaths
    # a bound written as a word (超过, 低于, 以上, (含)以下): 余/多 say how exact a figure is, not what it selects
    bounded = m.group("post") in ("以上", "以下", "以内") or text.startswith(("(含)", "（含）"), m.end()) \
        or _BOUND_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
    ranged = m.group("range") or m.group("range2")  # 11至20人, 11人至20人
    if not bounded and not ranged:
        return False
    followed_by_noun = _CRITERION_NOUN.match(text, m.end()) is not None
    with_de = _PAIRED_WITH_DE.match(text, m.end()) is not None
    if (with_de or ranged) and same_clause_next and followed_by_noun:
        return True  # …超过1万人的省(区、市)有23个, 律师11人至20人(含)的律师事务所8023家
    if prev is not None and _BOUND_BEFORE.search(text, max(prev.m.end(), m.start() - 4), m.start()) and \
            (text[max(0, prev.m.start() - 1):prev.m.start()] == "有" or _GROUP_COUNTED.fullmatch(text, prev.m.end(), m.start())) \
            and prev.kind == "count" and _HARD_RE.search(text, prev.m.end(), m.start()) is None:
        return True  # 有6个市收案超过500件, 39个城市超200万辆: what selects the places counted
    if m.group("post") == "以上" and nxt is not None and nxt.m.group("post") == "以下" and \
            not text[m.end():nxt.m.start()].strip():
        return False  # 2万元以上10万元以下罚款: a range, judged by its upper end
    if m.group("post") == "以下" and prev is not None and prev.m.group("post") == "以上" and \
            not text[prev.m.end():m.start()].strip():
        # 50万元以上100万元以下的案件112件: a criterion; 处20万元以上50万元以下的罚款: the fine's own range
        return with_de and same_clause_next and not _PENALTY_AFTER.match(text, m.end())
    if m.group("post") in ("以上", "以下") and nxt is not None and nxt.unit_raw in ("人", "名", "位", "家", "个") \
            and not nxt.m.group("post") and c.unit_raw != nxt.unit_raw and not text[m.end():nxt.m.start()].strip():
        return True  # 人均结案…，其中500件以上 1人: the size that selects the judges, then how many there are
    if m.group("post") in ("以上", "以下") and c.kind not in ("percent", "duration") and not c.unitless:
        rest = text[m.end():m.end() + 3]
        if re.match(rf"的[{HAN}]|的[，,]", rest):
            return True  # 占用绿地200平方米以上的行政处罚案件, 面积在5000平方米以上的，…
        if c.unit_raw not in CLASSIFIERS and c.unit_raw != "人" and re.match(rf"[{HAN}]", rest) \
                and not re.match(r"[、和及与]", rest) and not _PENALTY_AFTER.match(text, m.end()):
            return True  # 10亿元以上重大项目, 30万千瓦以下煤电机组 (but 200个以上项目 counts projects)
    if m.group("post") == "以上" and c.unit_raw in ("户", "人", "名") and _COLLECTIVE_AFTER.match(text, m.end()):
        return True  # 20户以上自然村, 100人以上企业: the size that selects the villages, not a count of people
    if qualifier == "at_least" and c.kind == "amount" and _ENTITY_AFTER.match(text, m.end()):
        return True  # 过10万亿元省份
    return False


def _is_framing(text: str, c: _Candidate, nxt: _Candidate | None, clause_end: int) -> bool:
    """A span that only frames the figure after it (30天内破获12起, 十年增加近70万亿元, 五年年均增长5.2%,
    经过八年持续努力): not a statistic."""
    if c.kind == "duration" and _FRAMED_BY.search(text, max(0, c.m.start() - 3), c.m.start()) \
            and _EFFORT_AFTER.match(text, c.m.end()):
        return True  # 经过三十年的努力建立起来的企业: how long it took, said of no figure
    if c.kind != "duration" or nxt is None or nxt.kind == "duration":
        return False
    # 判处5年以上有期徒刑275人, 拘留十日并处罚款二百元: the length of a sentence (but 有期徒刑三年以上重刑2621人 is
    # a class of sentences, said of no one figure)
    given = _PENALTY_BEFORE.search(text, max(0, c.m.start() - 4), c.m.start()) and not c.m.group("post")
    if _PENALTY_AFTER.match(text, c.m.end()) or given:
        return False
    if _PERSISTED.search(text, max(0, c.m.start() - 3), c.m.start()):
        return False  # 连续9年稳定在1300亿斤以上: how long a level held is a figure
    if re.search(r"(?:提前|提早)$", text[max(0, c.m.start() - 2):c.m.start()]):
        return False  # 提前3个月实现100%交付: how far ahead of time is a figure
    if _FRAMED_BY.search(text, max(0, c.m.start() - 3), c.m.start()):
        return _SENTENCE_END_RE.search(text, c.m.end(), nxt.m.start()) is None  # 经过八年持续努力，近1亿…
    return nxt.m.start() < clause_end and not re.search(r"的", text[c.m.end():nxt.m.start()])


_ADVERBS_ONLY = re.compile(r"(?:继续|繼續|进一步|進一步|再次|再度|仍然|依然|仍|还|還|也|又|均|都|分别|分別|大幅|明显|明顯|稳步|穩步|"
                           r"持续|持續|逐年|连续|連續|首次|实现|實現)+")
_BASE_NAMED = re.compile(rf"(?:{YEAR_BEFORE}|上一?年度|上[月季周]|同期)")  # 同比上一年度缩短112天: the baseline, no name
_YOY_FIRST = re.compile(r"[\s，,、]*(?:同比|环比)\s*")


def _compared_first(before: str, label: str) -> bool:
    """Whether the words before a change open with its comparison (同比上升8%, 比上年增加): they name no
    figure, unless a name follows 同比/环比 (同比死亡人数减少86人: the deaths fell)."""
    if COMPARISON_FIRST.match(before) is None:
        return False
    yoy = _YOY_FIRST.match(before)
    return not (yoy is not None and len(label) >= 2 and before.startswith(label, yoy.end())
                and not _ADVERBS_ONLY.fullmatch(label) and not _BASE_NAMED.match(label))


def _scan(text: str) -> list[RawStat]:
    """All statistics in one paragraph of analysis text, with the period their own sentence gives."""
    if _english(text):
        return []
    masks: _Masks | None = None
    cands: list[_Candidate] = []
    for m in _figures(text):
        if _in_latin(text, m.start()):
            continue  # …uma ligeira subida de 5.03% (a Portuguese sentence in a bilingual paragraph)
        if masks is None:
            masks = _Masks(_masked(text))
        c = _candidate(text, m, masks)
        if c is not None:
            cands.append(c)
    if not cands:
        return []
    sents = sentences(text)
    sent_starts = [a for a, _ in sents]
    clauses = _Clauses(text)
    psents = period_sentences(text)
    pstarts = [a for a, _ in psents]
    years: dict[int, SentenceYears] = {}
    out: list[RawStat] = []
    prev_end = 0
    dropped = _not_reported(text, cands, clauses)
    for n, c in enumerate(cands):
        if dropped[n]:
            continue
        m = c.m
        start = m.start()
        if (listed := _listed_range(text, c)) is not None:
            start, c.value_max, c.value = listed[0], c.value, listed[1]  # ４０、５０分钟: 40 to 50 minutes
        k = bisect.bisect_right(sent_starts, m.start()) - 1
        sent = sents[k] if k >= 0 and m.start() < sents[k][1] else (0, len(text))
        clause = clauses.start(m.start(), max(sent[0], 0))
        floor = max(clause, prev_end if prev_end > sent[0] else clause)
        qualifier = _qualifier(text, m, floor, c.bare_scale)
        before = text[floor:start]
        if floor > clause and out and _ASIDE_TAIL.fullmatch(before) \
                and (opened := max(text.rfind("(", clause, out[-1].start), text.rfind("（", clause, out[-1].start))) > clause:
            item = max(clause, text.rfind("、", clause, opened) + 1,
                       max((f.end for f in out if clause <= f.end <= opened), default=clause))
            before = text[item:opened]  # 案件(刑法…所涉11个罪名)3923件, 香椿（直径15厘米）118元／棵: named before the aside
        if c.bare_scale and before.endswith("上") and not _CLIMBED.search(before):
            before = before[:-1]  # 涉及上百人: 上 is the bound (at least a hundred), no part of the name
        kind = c.kind
        direction, comparison = _direction(text[max(clause, m.start() - 20):m.start()])
        if direction is None and clause > sent[0] \
                and (margin := _COMPARED_WITH.search(text, max(sent[0], clause - 24), m.start())) is not None:
            direction = "up" if margin.group(1) else "down"  # 与未适用的案件相比，低15.3个百分点: the comparison is the clause before
        signed = c.sign is not None and bool(out) and m.start() - out[-1].end <= 2
        if c.sign is not None:
            direction = "up" if c.sign == "+" else "down"  # 增加19件(+8.11%), 襲警(-56.2百分點): the sign says it
        if direction is None and c.norm_unit == "倍" and out and out[-1].sentence == sent and out[-1].kind == "change" \
                and out[-1].norm_unit == "%" and text[out[-1].end:m.start()].strip() in ("(", "（"):
            direction, signed = out[-1].direction, True  # 同比上升1126.1%(11倍): the same rise, said as a multiple
        if c.unit_raw == "番":
            direction = "up"  # 翻一番: doubled (_candidate keeps 番 only after 翻)
        if direction is None and c.norm_unit in _CHANGE_UNITS and (more := _MORE_OR_LESS.search(text, max(clause, m.start() - 4), m.start())):
            direction = "up" if more.group(1) == "多" else "down"  # 分別多了7%和8%, 竟然少了57%: a rise, a fall
            # (多了300元补贴 is the extra money, an amount; 比年初计划少了500亿元 is compared below)
        if direction is None and c.norm_unit in _CHANGE_UNITS and (said_change := _BARE_CHANGE.search(text, max(clause, m.start() - 4), m.start())):
            direction = "up" if said_change.group(1) == "增" else "down"
            before = before[:len(before) - (m.start() - said_change.start())]  # the 增 or 减 names nothing
        if direction and c.unit_raw in _TIME_UNITS and _RUN_VERB_BEFORE.search(text, max(clause, m.start() - 12), m.start()):
            direction, comparison = None, None  # 持续增长15年: for how long it grew, not by how much
        cut = _CUT_OBJECT.search(text, max(floor, m.start() - 14), m.start()) \
            if direction is None and kind in ("count", "amount", "area", "percent") else None
        if cut is not None and kind == "percent" and re.search(r"占|比例|比重|率", cut.group()):
            cut = None  # (a share or a rate cut to a level is said with 到/至; a share named is no object cut)
        if cut is not None:
            direction = "down"  # 压减地下水开采量21.5亿立方米, 减少青壮年文盲400万人: by how much it was cut; 压减政府性基金项目30%
        elif direction is None and kind == "count" and _NET_RISE_OBJECT.search(text, max(floor, m.start() - 14), m.start()):
            direction = "up"  # 净增经营主体34.6万家: a net rise in what is named after 净增
        compared = None
        if direction is None and c.norm_unit in ("%", "倍") and re.search(r"(?:成长|成長)了?\s*$", text[max(clause, m.start() - 3):m.start()]):
            direction = "up"  # 成長65%, 成長25倍: grew by that much (as Taiwan writes growth)
        if direction is None and c.norm_unit == "%" and (noun := _CHANGE_NOUN_AFTER.match(text, m.end())) is not None:
            direction = "down" if (noun.group(1) or noun.group(2) or noun.group(3))[0] in "降减跌下回" else "up"  # 录11.3%跌幅, 实现15%的增幅
        if direction is None and c.norm_unit in ("个百分点", "百分点") and \
                re.search(r"(?:超过|超出|超|高出)$", text[max(clause, m.start() - 3):m.start()]):
            direction, qualifier = "up", "exact"  # 接通率超3个百分点: exceeded by 3 points, a difference
        if direction is None and (compared := _COMPARED_HIGHER.search(text, max(clause, m.start() - 30), m.start())) is not None \
                and (c.norm_unit in ("个百分点", "百分点", "%") or compared.group(1) in "多少" or c.norm_unit in _MARGIN_UNITS):
            direction = "up" if compared.group(1) in "高多" else "down"  # 较总体刑事犯罪该比例高13.4个百分点, 比法定时间少26天
            # (较全国均值低35.79件: a margin in the unit of the figure compared)
        elif direction is None:
            compared = None
        if direction is None and c.norm_unit in ("个百分点", "百分点") and (higher := _POINTS_HIGHER.search(before)):
            direction = "up" if higher.group(1) == "高" else "down"  # …高16.36个百分点，缓刑适用率低21.34个百分点
            before = before[:higher.start()]
        own = clean_label(before)
        if not own and clause > 0 and text[clause - 1] in "(（" and (
                _BRACKET_CLOSE.match(text, m.end())
                or (_TOTAL_ONLY.fullmatch(text, clause, start) and _BRACKET_HELD.match(text, m.end()))):
            # (公園/花園及休憩區(共293宗,佔16.6%): the total, with its share, in the bracket)
            outer = text[_clause_start(text, clause - 1, max(sent[0], clause - 40)):clause - 1]
            outer = re.split(r"[、)）]|分[别別](?:为|為|是)[:：]?", outer)[-1]
            if outer and not re.search(r"[\d０-９]", outer):
                own = clean_label(outer)  # 严重毒品罪行(145人)、刑事毁坏(144人): what the bracket counts
        if cut is not None and own.startswith(cut.group(1)) and len(own) > len(cut.group(1)) + 1:
            own = own[len(cut.group(1)):]  # the label of a change is what changed, not its verb
        if c.unitless:
            scaled = c.bare_scale or bool(m.group("scale"))
            money_said = MONEY.search(own or text[max(clause, m.start() - 8):m.start()]) is not None
            counted = noun_after(text, m.end()) if money_said or scaled else ""  # (read only where it decides)
            money_after = scaled and _MONEY_NOUN.fullmatch(counted) is not None
            if (money_said and (  # 免费教育惠及43万儿童: children
                    len(counted) < 2 or MONEY.search(counted) or counted in STEPS)) or money_after \
                    or _WORTH_BEFORE.search(text, max(clause, m.start() - 6), m.start()):  # 市值5千萬豪宅: a worth
                kind, c.norm_unit = "amount", "元"  # 经费总投入是36亿
                if money_after and not MONEY.search(own):
                    own = counted  # 查扣3亿不法所得: the money is what is named after it
            elif not (_CRITERION_NOUN.match(text, m.end()) or own or _alone(text, m.start(), m.end())):
                continue  # (a figure alone on its line, 2万 over the paragraph that says it, is a cross-head's)
        if BASELINE_LEAD.match(before.lstrip("，,、 ")):
            own = ""  # 相比2018年的33.81%: a baseline takes the label of the figure compared
        if own in _BARE_MEASURES and out and out[-1].sentence == sent and len(out[-1].label) >= 2 \
                and not out[-1].label.endswith(own):
            own = re.sub(r"^(?:新增|新建|新)", "", out[-1].label) + own  # 外贸进出口增长8.4%，总额突破8000亿元: whose total
        if own and out and out[-1].end <= start and out[-1].sentence == sent and is_reshaped(text, out[-1].start, out[-1].end) \
                and out[-1].end >= floor:
            own = ""  # 开发区由162个整合为123个: the end of the change takes the label of its start
        if _REACH_PLANNED_ONLY.fullmatch(own) and re.search(r"[到至]\s*$", before):
            own = ""  # 去年已经对近300户…，今年要扩大到511户: the level planned for what the figure before counts
        if own in _PLAN_ONLY:
            own = ""  # 工农业总产值的增长速度，一九八一年计划为百分之三点七: a plan of what the clause before names
        if own.lstrip("的") in _VALUE_WORDS and out and out[-1].sentence == sent \
                and (q := _QUOTED_ITEMS.fullmatch(text, max(sent[0], out[-1].start - 40), start)):
            own = _ITEM_COUNT.sub("", q.group(1)) + own.lstrip("的")  # “诺基亚手机1部”价值为200元: the phone's value
        if _ACTUAL_ONLY.fullmatch(own):
            own = ""  # 实际增长3.3%, 实际回落到6.1%: in real terms, of what the clause before names (实际执行到位率 is a name)
        bare_verb = own in BARE_VERBS
        new_of = own == "新增"
        if bare_verb:
            own = ""  # 居民储蓄存款余额增长8.5%，新增4万多亿元: a verb names nothing
        if c.norm_unit == "岁":
            if not _AGE_MEASURE.search(own) and not _AGE_MEASURE.search(text, max(clause, m.start() - 20), m.start()):
                continue  # 一位72岁的老太太: an age describes a person; 预期寿命七十八点二岁 is a figure
        if direction and comparison is None and c.norm_unit not in _CHANGE_UNITS and _OBJECT_AFTER.match(text, m.end()) \
                and _VERB_RIGHT_BEFORE.search(text, max(clause, m.start() - 4), m.start()):
            direction = None  # 新建提升310公里农村公路, 新增1000处信号灯: how much of a thing the verb acts on
            # (同比增加5个城市 is a change: said against last year)
            own = clean_label(before + (_noun_phrase_after(text, m.end()) or ""))
        growth = None
        if c.norm_unit == "%" and not _BARE_MOVE.search(before) and compared is None:
            growth = _GROWTH_RATE.search(own) or _GROWTH_RATE_AFTER.match(text, m.end())
            if growth is not None:
                direction = "down" if growth.group(1) in ("降幅", "减幅", "跌幅", "下降幅度") else "up"
        if direction is None and c.norm_unit == "%" and out and out[-1].sentence == sent and out[-1].end == prev_end \
                and out[-1].kind == "change" and out[-1].norm_unit == "%" \
                and (_MOVE_TO.fullmatch(before) or (not own and _MOVE_TO.search(before[-8:]) and not _CLAUSE_DIGIT.search(before))) \
                and _GROWTH_RATE_WORD.search(text, max(sent[0], out[-1].start - 24), out[-1].start):
            direction = out[-1].direction  # 物价涨幅从5.1%回落到2.3%: the rate reached is a growth rate too
        if direction is None and c.norm_unit == "%" and out and out[-1].sentence == sent and out[-1].kind == "change" \
                and out[-1].norm_unit == "%" and _THE_TARGET.match(text, m.end()) and out[-1].end >= clause_floor(text, sent[0], clause - 1):
            direction = out[-1].direction  # 增长7.8%，略低于8%的预定目标: the target of that growth
        multiple = c.norm_unit == "倍" and _MULTIPLE_OF.search(text, max(clause, m.start() - 30), m.start())
        if multiple:
            direction = "up" if c.value >= 1 else "down"  # 是去年全年总量的近3倍
            if multiple.start() > floor and len(head := clean_label(text[floor:multiple.start()])) >= 2:
                own = head  # 保障标准不低于当地低保标准的1.6倍: what is a multiple, not of what
        if direction:
            kind = "change"
        elif kind == "percent" and (_RATE_END.search(own) or (own.endswith("比") and not own.endswith("占比"))
                                    or _rates_listed(text, sent[0], floor)):
            kind = "rate"  # 各项纠纷的调撤率为:离婚纠纷80.06%、抚养纠纷75.38%: each item's rate
        elif kind in ("amount", "count") and "/" in c.norm_unit and _RATE_END.search(own):
            kind = "rate"  # 全员劳动生产率提高到42万元/人, 万人起诉率183.24件/万人: a named rate, whatever its unit
        elif kind == "count" and _PER_POPULATION.search(text, max(sent[0], m.start() - 16), m.start()):
            kind = "rate"  # 罪案率为每十万人一千零六十一宗: a named rate, counted per head of population
        if own and floor == prev_end and out and out[-1].end == prev_end and out[-1].label_from == "after" \
                and out[-1].label == own and LIST_JOIN_END.search(before):
            # 3次亲临云南考察、4次回信 / 74个县（区、市）司法局长共100余人: the words between name what the
            # figure before counts; this one's words come after it (新增1000处信号灯联网、累计达8000处 keeps its noun)
            own = ""
        label, label_from = choose_label(text, m, before, own, c.unit_raw, kind)
        if signed:
            label, label_from = out[-1].label, "before"  # (+8.11%): the same change as the figure before it, in percent
        if kind == "percent" and not direction:
            if label_from == "after" and (rate := _RATE_HEAD.match(label)) is not None:
                label, kind = rate.group(), "rate"  # 以99.2%的赞成率高票通过: the figure is the rate named after it
            elif not _RATE_END.search(label) and (rate := _RATE_RIGHT_AFTER.match(text, m.end())) is not None:
                label, label_from, kind = rate.group(1), "after", "rate"  # 维持超过9成成功率
        if label_from == "before" and _QUANTITY_ONLY.fullmatch(label) and clause > max(sent[0], prev_end) \
                and text[clause - 1] in "，," and (topic_at := clause_floor(text, max(sent[0], prev_end), clause - 1)) >= 0:
            # 不超過30天的個人遊旅客，人數達到2,880人: the number is of what the clause before names
            topic = clean_label(text[topic_at:clause - 1].rsplit("的", 1)[-1])
            if 2 <= len(topic) <= 12 and not re.search(r"[\d０-９占为是有达也均都]", topic):  # (…案件也占相当比例: a predicate)
                label = topic
        if label in _CASES_ONLY and (topic := aspect_before(text, m.start(), max(sent[0], prev_end))):
            label = topic  # 於打擊私煙案件方面，二○二四年共有21 284宗案件: the cases of that work
        if label_from == "before" and FLOW_VERB.fullmatch(flow := _WHOLE_SCOPE.sub("", label)) and kind == "count" \
                and (offences := offences_before(text, clause, max(sent[0], prev_end))
                     or aspect_before(text, m.start(), max(sent[0], prev_end))):
            label = flow + offences  # 依法惩治侵害企业利益犯罪，起诉432人: 起诉侵害企业利益犯罪; 在「選舉暴力」方面，共受理74件
        if c.unitless and (party := _party_count(text, m)) is not None:
            label, label_from = party.group(), "after"  # 四原告主张: the plaintiffs, not their claim
        elif c.norm_unit in ("人", "名") and (named := _NAMED_PARTY.search(text, max(floor, m.start() - 16), m.start())):
            label, label_from = named.group(1), "before"  # 原告张佩文等46人: the plaintiffs, a name standing for them
        if new_of and kind == "amount" and label_from == "after" and label and not label.startswith("新"):
            label = "新增" + label  # 新增2万亿元中央财政资金: additional funds, not the central funds
        if not label and kind == "percent" and (total := _SHARE_OF_TOTAL.fullmatch(text, clause, m.start())) \
                and text[clause - 1:clause] in ("，", ",") and out and out[-1].sentence == sent and out[-1].end < clause:
            whose = re.sub(r"[占佔]$", "", out[-1].label) if len(out[-1].label) >= 2 and total.group(1) != "分别" else ""
            label = whose + "占" + total.group(2)  # …多发，共843起，占总数的25.63%: 占总数, whose is said before
            # 城市道路查处酒驾醉驾51.4万起，占总数的57%; …354起、…388人，分别占今年总数的60.5%、73.3%: 占今年总数 each
        if not label and kind == "percent" and clause > max(sent[0], prev_end) and text[clause - 1] in "，," \
                and _SHARE_ONLY.fullmatch(text, clause, m.start()):
            label = share_subject(text, clause, max(sent[0], prev_end))  # 以轻刑为主，占91.31%: 轻刑
        if not label and clause > sent[0] and text[clause - 1] in "：:" and not text[clause:m.start()].strip(" ￥¥$"):
            label = clean_label(text[_clause_start(text, clause - 1, max(sent[0], prev_end)):clause])  # 总支出为：￥526,924.40元
        verb_only = False
        if growth is not None and not re.search(r"(?:年均|平均)(?:增速|增幅|涨幅|降幅|减幅|增长率)", label) \
                and len(bare := _GROWTH_RATE.sub("", label)) >= 2:
            label = re.sub(r"(?:平均)?每年$", "", clean_label(bare)) or bare  # 新吸毒人员增速 → 新吸毒人员: `direction`
            # says up (执行案件年均增幅 stays whole; 粮食产量平均每年的增长速度 → 粮食产量)
        if direction:
            # (经济增长5%左右 keeps its name: economic growth is what the figure is, not the economy's level)
            bare = label if label.endswith("经济增长") else DIRECTION_TAIL.sub("", label)
            if len(plain := before_the_change(bare)) >= 2:
                bare = plain  # 排放量要下降3%, 资费再降低15%, 产量前三年共增加: 要, 再, 共 name nothing
            if len(bare) >= 2 or bare in ONE_CHAR_GOODS:
                label = bare  # 地方一般公共预算收入增长 → 地方一般公共预算收入: `direction` says up (钢增长: 钢)
            if compared is not None and label_from == "before" and compared.start() > floor \
                    and len(subject := clean_label(text[floor:compared.start()])) >= 2:
                label, compared = subject, None  # 但全年货币发行还比年初计划少了近500亿元: what was less, said before 比
            verb_only = label_from == "before" and ((len(thing := CHANGE_ONLY.sub("", label)) < 2 and thing not in ONE_CHAR_GOODS)
                                                    or bool(multiple)
                                                    or _compared_first(before, label)
                                                    or compared is not None or _MARGIN_FIRST.match(label) is not None)
        j = bisect.bisect_right(pstarts, m.start()) - 1
        ps = psents[j] if j >= 0 else (0, len(text))
        if ps[0] not in years:
            years[ps[0]] = SentenceYears(text, ps[0], ps[1])
        own_period = years[ps[0]].period(m.start())
        unit_text = text[m.end("num"):m.end()].strip()
        if m.group("range"):
            unit_text = text[m.end("range"):m.end()].strip()
        if (unit_text == "个" and c.unit_raw == "个百分点") or (not unit_text and c.unit_raw):
            unit_text = c.unit_raw  # 9.61个和30.43个百分点, 提高15、22个百分点: the unit written once, at the list's end
        qual = "range" if c.value_max is not None and qualifier != "approx" else qualifier  # (約2000至3000件: about)
        if DIGITS_ONLY.fullmatch(label):
            label = ""  # 較執行前同期之9,396增加5.25%: the rest of a number the scan did not read names nothing
        if "】" in label and len(after := label.rpartition("】")[2].strip()) >= 2:
            label = after  # 【|山西省…醉驾比例高】查处醉酒驾驶2399起: a heading run into the text names nothing
        if c.unit_raw == "番" and len(label) < 2:
            continue  # 翻两番，决不仅仅是一个量的概念: the slogan, no figure of anything
        out.append(RawStat(start, m.end(), start, m.end("range") if m.group("range") else m.end("num"),
                           c.value, c.value_max, unit_text, c.norm_unit, kind, qual, direction, label,
                           label_from, own_period, sent, comparison, own_period,
                           m.group("post") if m.group("post") in ("以上", "以下", "以内") else None, verb_only,
                           bare_verb and not label))
        out[-1].currency = c.currency
        prev_end = m.end()
    stats = _changes_of_levels(text, _distribute(text, _runs_of_trend(text, _list_members(text, _merge_ranges(text, out)))))
    _years_one_by_one(text, stats, years)
    return stats


# 同比分别减少170起、126人、56人: the changes, one each, of the levels listed before them; 同比减少65起、93人
# says the same without 分别 when the run pairs one by one with the levels in their units
_RESPECTIVE_CHANGE = re.compile(r"(?:分别\s*|(?<![新净])(?=增加|减少|增长|下降|上升|提高|降低))(增加|减少|增长|下降|上升|提高|降低|减|增|升|降)了?\s*$")


# between the levels and their changes: only what they are compared with, and the changes said before
_NOTHING_NAMED = re.compile(r"[^\u4e00-\u9fff]*(?:同比|环比|比上年|比去年|较上年|较去年)?(?:[^。；;！？!?]*?%[，,、]?)*\s*[，,]?\s*")
_LEVEL_KINDS = ("count", "amount", "area", "duration")  # (a share's change is said in points, not 分别下降30.6%)
_COMMA_ONLY = re.compile(r"\s*[，,]\s*")
# levels listed one after the other, each with its short name (…949起、死亡1030人、受伤361人), the counted
# word perhaps after the unit (发生38起事故，死亡47人)
_LEVEL_LISTED = re.compile(r"[\u4e00-\u9fff]{0,3}\s*[、，,和及]\s*[\u4e00-\u9fff]{0,6}\s*")


def _changes_of_levels(text: str, stats: list[RawStat]) -> list[RawStat]:
    """`发生事故949起、死亡1030人、受伤361人，同比分别减少170起、126人、56人，分别下降15.19%、10.9%、13.43%`:
    each run of figures said after 分别 and a verb of change is the changes of the run of as many levels the
    sentence gave before it, in order, in their units (or in per cent): a change each, labelled as its level."""
    i = 0
    last: tuple[int, list[RawStat]] = (-1, [])  # the end of the last run read as changes of levels, and those levels
    while i < len(stats):
        st = stats[i]
        said = _RESPECTIVE_CHANGE.search(text, max(st.sentence[0], st.start - 8), st.start)
        j = i + 1
        while j < len(stats) and stats[j].sentence == st.sentence and JOINT_ONLY.fullmatch(text, stats[j - 1].end, stats[j].start):
            j += 1
        n = j - i
        k = i - 1
        while k >= 0 and stats[k].sentence == st.sentence and stats[k].kind == "change":
            k -= 1  # past the runs of changes said before this one (分别减少…，分别下降…)
        levels = stats[k - n + 1:k + 1] if said is not None and n >= 2 and k - n + 1 >= 0 \
            and _NOTHING_NAMED.fullmatch(text, stats[k].end, said.start()) else []
        if said is not None and last[0] == i and len(last[1]) == n and _COMMA_ONLY.fullmatch(text, stats[i - 1].end, said.start()):
            levels = last[1]  # …分别减少170起、126人、56人，分别下降15.19%、10.9%、13.43%: the same levels again
        if len(levels) == n and all(lv.sentence == st.sentence and lv.kind in _LEVEL_KINDS and lv.label for lv in levels) \
                and all(_LEVEL_LISTED.fullmatch(text, a.end, b.start) for a, b in zip(levels, levels[1:], strict=False)) \
                and not (k - n >= 0 and stats[k - n].sentence == st.sentence and stats[k - n].kind != "change") \
                and (all(c.norm_unit == lv.norm_unit for c, lv in zip(stats[i:j], levels, strict=True))
                     or (all(c.norm_unit == "%" for c in stats[i:j]) and all(lv.norm_unit != "%" for lv in levels))):
            direction = "down" if said is not None and said.group(1) in ("减少", "下降", "降低", "减", "降") else "up"
            for c, lv in zip(stats[i:j], levels, strict=True):
                c.kind, c.direction, c.verb_only = "change", direction, False
                c.label, c.label_from = lv.label, lv.label_from
            last = (j, levels)
        i = j
    return stats


_FROM_BASELINES = re.compile(r"(?:从|由)(?=[^，,。；;]*\d)")
_LISTED_LOW = re.compile(r"(?<![\d０-９一二三四五六七八九十第、])([\d０-９]{1,3}|[一二三四五六七八九十]{1,2})、$")


def _listed_range(text: str, c: _Candidate) -> tuple[int, Decimal] | None:
    """(start, low end) of a duration said as two neighbouring round numbers (４０、５０分钟, 三、四天):
    a range, not a figure and a stray number; None otherwise."""
    m = c.m
    if c.value_max is not None or c.unit_raw not in _TIME_UNITS or m.group("scale"):
        return None
    low_m = _LISTED_LOW.search(text, max(0, m.start() - 4), m.start())
    if low_m is None or re.search(r"分别|依次|各", text[max(0, low_m.start() - 12):low_m.start()]):
        return None  # 分别用时10、20分钟: two figures
    try:
        low, high = parse_number(unicodedata.normalize("NFKC", low_m.group(1))), \
            parse_number(unicodedata.normalize("NFKC", m.group("num")))
    except NumberError:
        return None
    step = 10 if high >= 20 else 1
    if high - low != step or low % step or high % step:
        return None
    return low_m.start(), low * (c.value / high)


# (145人), 結案率(98.16%，1), 「疏忽職守」(1,249項，佔49.4%): the figure, perhaps its rank or its share
_BRACKET_CLOSE = re.compile(r"\s*(?:[，,]?\s*\d{1,2}\s*|[，,]\s*(?:占|佔)\s*\d[\d.]*\s*[%％]\s*)?[）)]")
_BRACKET_HELD = re.compile(r"[^()（）。；;]{0,16}[)）]")  # the rest of a short bracket the figure stands in
_RESTATED = re.compile(r"\s*(?:[，,]?\s*(?:即|亦即|或者|或)|[（(]\s*(?:即|亦即)?|、)\s*")  # (減少60死、20.5%: the same fall in per cent)
_RESTATED_RATE = re.compile(r"\s*[（(]\s*(?:增幅|减幅|降幅|升幅|跌幅|涨幅|增长|下降)\s*(?:达到?|为|约|逾)?\s*")
_RESTATED_END = re.compile(r"\s*(?:[）)]|[，,。；;]|$)")


def _total_of(text: str, st: RawStat, earlier: list[RawStat]) -> str:
    """What a total said on its own, with no name found for it (共计22.8公斤, 累计达到61万套), is of:
    the figure just before it in its clause or the one before (缴获冰毒41块，共计22.8公斤), or else what
    that clause names (重点针对涉民生案件，共计342件); "" when neither. Not a sum: of items listed
    (两个盐田汪子997亩及盐田送水路415亩，合计1412亩), or of a figure per month or per item (每月支付1,200元，
    合计36,000元)."""
    sent = st.sentence
    clause = clause_floor(text, sent[0], st.start)
    prev = earlier[-1] if earlier and earlier[-1].sentence == sent else None
    if (said := _TOTAL_ONLY.fullmatch(text, max(clause, prev.end if prev is not None else 0), st.start)) is None:
        return ""
    before = clause_floor(text, sent[0], clause - 1) if clause > sent[0] else clause
    if prev is not None and prev.kind == "change" and prev.end >= before and len(prev.label) >= 2:
        return prev.label  # 陆路走私案件则较2009年的104宗下跌16%，共87宗: the level the change left
    if re.search("[共合总總]", said.group()) and sum(1 for e in earlier if e.sentence == sent and e.norm_unit == st.norm_unit) >= 2:
        return ""  # (a level reached, 达到, may follow the levels of earlier years)
    if prev is not None and prev.end >= before:
        sum_of = prev.label.startswith("每") or prev.label_from == "after"  # (20个种类，共计30台: not of the kinds)
        return prev.label if len(prev.label) >= 2 and not sum_of else ""
    if clause > sent[0] and text[clause - 1] in "，," and not (prev is not None and prev.end > before):
        named = clean_label(text[before:clause - 1])
        if 2 <= len(named) <= 16 and not re.search(r"[\d０-９]", named):
            return named
    return ""


def _list_members(text: str, stats: list[RawStat]) -> list[RawStat]:
    """`同比上升14.8%、15.7%和4.9%`: the figures listed after a change are changes too, also in
    another unit a change is given in (人数、金额同比分别增长48.33%、1.29倍)."""
    for prev, st in zip(stats, stats[1:], strict=False):
        if prev.kind == "change" and st.direction is None \
                and (st.norm_unit == prev.norm_unit or {st.norm_unit, prev.norm_unit} <= _CHANGE_UNITS) \
                and st.sentence == prev.sentence and JOINT_ONLY.fullmatch(text, prev.end, st.start):
            st.kind, st.direction, st.comparison, st.verb_only = "change", prev.direction, prev.comparison, prev.verb_only
            st.label = prev.label
        elif prev.kind == "change" and st.direction is None and st.norm_unit == "%" and prev.norm_unit != "%" \
                and st.sentence == prev.sentence and _RESTATED.fullmatch(text, prev.end, st.start) \
                and _RESTATED_END.match(text, st.end):
            # 按年增加563宗即1.8%, 减少274人(18%), 減少1,267人或33.0%, 增加1億4,110萬元(即5.7%): the same change said in per cent
            st.kind, st.direction, st.comparison, st.verb_only = "change", prev.direction, prev.comparison, prev.verb_only
            st.label = prev.label
        elif prev.kind == "change" and st.direction is None and st.kind == "percent" and prev.norm_unit == "%" \
                and st.sentence == prev.sentence and _CUT_VERB_BEFORE.search(text, max(0, prev.start - 12), prev.start) \
                and (item := _NEXT_ITEM.fullmatch(text, prev.end, st.start)) is not None \
                and not _SHARE_WORDS.search(item.group(1)):
            # 平均压减时间58%、材料52%: the verb before the first item cuts the second too
            st.kind, st.direction, st.comparison = "change", prev.direction, prev.comparison
        elif prev.kind == "change" and st.direction is None and st.kind == "count" and st.norm_unit == prev.norm_unit \
                and st.sentence == prev.sentence and (item := _NEXT_ITEM.fullmatch(text, prev.end, st.start)) is not None \
                and not _SHARE_WORDS.search(item.group(1)) and not _LEVEL_WORDS.search(item.group(1)) \
                and (_NET_RISE_OBJECT.search(text, max(0, prev.start - 14), prev.start)
                     or _CUT_OBJECT.search(text, max(0, prev.start - 14), prev.start)):
            # 净增经营主体34.6万家、企业14万家: the verb before the first item is said of the second too
            st.kind, st.direction, st.comparison = "change", prev.direction, prev.comparison
    for k in range(len(stats) - 1, 0, -1):  # 分别有1443、1452及1529名内地人士: the noun after the last names them all
        last, st = stats[k], stats[k - 1]
        if last.label_from == "after" and last.label and st.sentence == last.sentence and st.norm_unit == last.norm_unit \
                and st.kind == last.kind and _BARE_MEMBER_END.match(text, st.end) and text[st.num_end:st.end].strip() == "" \
                and JOINT_ONLY.fullmatch(text, st.end, last.start) and (not st.label or st.label in _RESPECTIVE_ONLY):
            st.label, st.label_from = last.label, "after"
    return stats


_BARE_MEMBER_END = re.compile(r"\s*(?:、|及|和|与)")  # a member of a list written without its unit
_RESPECTIVE_ONLY = ("分别", "分別", "依次")

# a verb of cutting or raising said once before a list of what it cut (压减时间58%、材料52%)
_CUT_VERB_BEFORE = re.compile(r"(?:压减|压缩|减少|降低|缩短|缩减|提高|提升|增加)[\u4e00-\u9fff]{1,6}$")
_NEXT_ITEM = re.compile(r"\s*、\s*([\u4e00-\u9fff]{1,6})\s*")
_SHARE_WORDS = re.compile(r"占|比|率|为|达|是")
_LEVEL_WORDS = re.compile(r"总|累计|共|余额|存量")  # 净增…155万户、总量达474万户: the level reached, no second rise


# 收案数同比下降30.1%、已连续14个月同比下降: the run of months is the previous figure's, said after it
_RUN_JOINT = re.compile(r"\s*[、，,]\s*(?:并且?|且|也|均|都|仍|已经?|实现了?)*\s*(?:已经?)?\s*连续\s*")
_RUN_BEFORE = re.compile(r"连续\s*$")
_RUN_TREND = re.compile(r"\s*(?:同比|环比|持续|保持)?\s*(?:实现)?(?:上升|下降|增长|减少|负增长|正增长|攀升|下滑|回落|递增|递减)")


def _runs_of_trend(text: str, stats: list[RawStat]) -> list[RawStat]:
    """A duration with no label of its own that says for how long the figure before it has risen or
    fallen (`…同比下降30.1%、已连续14个月同比下降`, `…1200人，连续两年下降`) is that figure's run: it
    takes that figure's label."""
    for prev, st in zip(stats, stats[1:], strict=False):
        if st.kind == "duration" and not st.label and prev.label and st.sentence == prev.sentence \
                and _RUN_JOINT.fullmatch(text, prev.end, st.start) and _RUN_TREND.match(text, st.end):
            st.label, st.label_from = prev.label, "before"
    for st in stats:  # 连续14个月同比下降: the run is of a fall, and its label will say so
        if st.kind == "duration" and _RUN_BEFORE.search(text, 0, st.num_start) \
                and (trend := _RUN_TREND.match(text, st.end)) is not None:
            st.trend = trend.span()
    return stats


def _not_reported(text: str, cands: list[_Candidate], clauses: _Clauses) -> list[bool]:
    """Which candidates are selection criteria or framing spans; the two ends of a range
    (律师11人至20人(含)的律师事务所) go together."""
    out = []
    for n, c in enumerate(cands):
        m = c.m
        nxt = cands[n + 1] if n + 1 < len(cands) else None
        prev = cands[n - 1] if n else None
        k2 = bisect.bisect_left(clauses.hard, m.end())
        clause_end = clauses.hard[k2] if k2 < len(clauses.hard) else len(text)
        clause_start = clauses.start(m.start(), 0)
        qualifier = _qualifier(text, m, clause_start, c.bare_scale)
        out.append(_is_criterion(text, c, nxt, prev, qualifier, clause_start, clause_end)
                   or _is_framing(text, c, nxt, clause_end))
    for n in range(len(cands) - 2, -1, -1):
        a, b = cands[n].m, cands[n + 1].m
        if out[n + 1] and not out[n] and (_RANGE_JOIN.fullmatch(text, a.end(), b.start()) or (
                a.group("post") == "以上" and b.group("post") == "以下" and not text[a.end():b.start()].strip())):
            out[n] = True
    return out


# a text that separates its clauses with spaces: spaces between Chinese characters and no mark that ends a
# sentence (periods.PERIOD_END: a headline with its subtitle, a page run into one line: …受理商事纠纷25980件 连续5年开展…)
_SPACE_GAP_PATTERN = rf"(?:(?<=[{HAN}]{{2}})|(?<=[\d０-９][{HAN}]))[ \u3000](?=[ \u3000]*[{HAN}]{{2}})"
_GAP_OR_QUOTE = re.compile(_SPACE_GAP_PATTERN + "|[“”《》「」『』（）()]")


def spaces_as_commas(text: str) -> str:
    """The text with each space that separates two clauses read as a comma (the same length, so every
    offset holds), where the text has no mark that ends a sentence: 法规55件 连续5年开展… is two clauses.
    Elsewhere a space between characters is the layout's (直接 经济损失), and a word spaced out (比 前 年少)
    has runs of one character."""
    if PERIOD_END.search(text) is not None:
        return text
    out = list(text)
    depth = 0  # inside quotes or brackets (“送法进军营 普法暖军心”: a name's own space)
    for m in _GAP_OR_QUOTE.finditer(text):
        c = m.group()
        if c in _OPENS:
            depth += 1
        elif c in _CLOSES:
            depth = max(0, depth - 1)
        elif not depth and not _TIME_BEFORE_GAP.search(text, max(0, m.start() - 4), m.start()):
            out[m.start()] = "，"
    return "".join(out)


_OPENS, _CLOSES = "“《「『（(", "”》」』）)"


# 首府6个月 查处酒驾1832起: a length of time before the space frames the clause after it
_TIME_BEFORE_GAP = re.compile(r"[\d０-９一二三四五六七八九十两](?:个月|個月|年|天|日|周|週)$")


def find_stats(text: str, item_period: str | None = None) -> list[RawStat]:
    """All statistics in one paragraph of analysis text; a figure whose sentence states no year
    before it takes `item_period`."""
    text = spaces_as_commas(text)
    stats = _scan(text)
    for st in stats:
        st.period = st.own_period or item_period
    return stats


_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|-|—|－)\s*")


def _merge_ranges(text: str, stats: list[RawStat]) -> list[RawStat]:
    """`40%至50%`, `２万元以上１０万元以下`: two bounds of one quantity with the same unit are one range;
    but a change and the level it reached are two figures (增加287宗至493宗)."""
    out: list[RawStat] = []
    for st in stats:
        prev = out[-1] if out else None
        if prev is not None and prev.norm_unit == st.norm_unit and prev.value_max is None and st.value_max is None \
                and st.value > prev.value and not (prev.kind == "change" and text[prev.end:st.start].strip() in ("至", "到")
                                                   and _level_after_change(text, prev.num_start, prev.norm_unit)) and (
                    _RANGE_JOIN.fullmatch(text, prev.end, st.start)
                    or (prev.bound == "以上" and st.bound == "以下" and not text[prev.end:st.start].strip())):
            prev.value_max = st.value
            prev.end = st.end
            prev.qualifier = "approx" if "approx" in (prev.qualifier, st.qualifier) else "range"  # 約2000至3000件: about
            prev.bound = None
            if st.label_from == "after" or not prev.label:
                prev.label, prev.label_from = st.label, st.label_from  # 2万元以上10万元以下罚款
            continue
        out.append(st)
    return out


_BARE_COMMA = re.compile(r"\s*,\s*")  # an ASCII comma (a full-width one ends a clause)


_LISTED_CHANGED = re.compile(r"(?:同比|环比)?(?:全部|均|都|近年来|首次|实现|出现|有所|双|同步)*"
                             r"(?:下降|上升|增长|减少|提高|增加|降低)$")  # …排放总量近年来首次出现双下降
_COMPARED_ONLY = r"(?:(?:同比|环比|比|较)(?:上年|去年)(?:同期)?|同比|环比|按年|按月)"  # 同比, 同比去年, 比上年: against what, naming nothing
_CHANGE_NOUN_ONLY = re.compile(rf"\s*(?:{_COMPARED_ONLY}\s*(?:降幅|减幅|增幅|升幅|涨幅|增速|降速)?|降幅|减幅|增幅|升幅|涨幅|增速|降速)\s*")
# a share of a whole the text names (占全部民事一审案件的): ANNOTATION.md labels such shares by their 占 phrase
_SHARE_OF_WHOLE = re.compile(r"\s*占[^，,；;。]{2,}?的\s*$")


def _implied_respective(text: str, clause: int, start: int, n: int) -> list[str] | None:
    """The n things a clause lists before n figures joined by 和 or 、, when it does not say 分别
    (城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％): one each, in order; None when the
    clause does not list exactly n things."""
    phrase = text[clause:lead_start(text, start)]
    if not re.search(r"[、和及与]", phrase) or re.search(r"(?<![每\d.])\d", phrase):
        return None
    listed = respective_labels(phrase, n)
    return listed if listed and len(set(listed)) == n else None


_VERB_ONLY = re.compile(r"\s*(?:同比|环比)?\s*(?:增加|减少|增长|下降|上升|提高|降低|减|增|升|降)了?\s*")
_RESPECTIVE_COLON = re.compile(r"分别(?:为|是)?\s*[:：]\s*$")


def _distribute(text: str, stats: list[RawStat]) -> list[RawStat]:
    """`A、B分别增长4.4%、5.6%`: each figure of a 分别 list gets its own label, in order; also when
    分别 is not said but the clause lists as many things as there are figures."""
    i = 0
    named: tuple[int, list[str]] = (-1, [])  # the end of the last run told apart by the things listed, and their names
    while i < len(stats):
        st = stats[i]
        clause = _clause_start(text, st.start, max(st.sentence[0], st.start - 80))
        if _RESPECTIVE_COLON.search(text, max(0, clause - 6), clause):
            clause = _clause_start(text, clause - 1, max(st.sentence[0], st.start - 80))  # 分别为:210.98%、…
        while clause < st.start and text[clause] in " \t\u3000":
            clause += 1  # 较大 , 分别为 (a comma set between spaces): the clause starts at its first word
        lead = text[clause:st.start]
        k = lead.rfind("分别")
        j = i + 1
        while j < len(stats) and stats[j].sentence == st.sentence and (
                JOINT_ONLY.fullmatch(text, stats[j - 1].end, stats[j].start)
                or (k >= 0 and stats[j].norm_unit == st.norm_unit
                    and _BARE_COMMA.fullmatch(text, stats[j - 1].end, stats[j].start))):
            j += 1  # 分别上升1.24%,2.01%: after 分别 a bare comma lists too
        phrase = text[clause:clause + k] if k > 0 else ""
        comma = len(text[:clause].rstrip(" \t\u3000")) - 1
        if (k == 0 or (k > 0 and _CHANGE_NOUN_ONLY.fullmatch(phrase))) and comma >= st.sentence[0] \
                and text[comma] in "，,":
            # …同比全部下降，降幅分别达35.8%、17.1%: the change noun names no thing; the clause before lists them
            # 盗刷信用卡类和淘宝客服类案件，分别占8.14%和8.07%: the things listed in the clause before
            head = _clause_start(text, comma, max(st.sentence[0], clause - 60))
            phrase = text[head:comma].rstrip(" \t\u3000")
            if (listed_before := phrase.find("分别")) > 0:
                phrase = phrase[:listed_before]  # A和B分别占总数的11.77%、10.8%，同比分别下降…: A and B again
            k = len(phrase)
            phrase = _LISTED_CHANGED.sub("", phrase)  # …发案数同比全部下降: what the listed things did
        if (f := _FROM_BASELINES.search(phrase)) is not None and f.start() > 0:
            phrase = phrase[:f.start()]  # 城乡居民收入从46503元和16935元分别提高到…: what the figures are of
        whole = k >= 0 and _SHARE_OF_WHOLE.match(lead, k + 2) is not None  # 分别占全部民事一审案件的7.21%和7.53%
        if k > 0 and j - i >= 2 and not whole and not re.search(r"(?<![每\d.])\d", phrase):  # no figure in it
            listed = respective_labels(phrase, j - i)
            labels = listed or [clean_label(phrase) or st.label] * (j - i)
            for label, other in zip(labels, stats[i:j], strict=True):
                other.label, other.label_from = label, "before"
                if st.kind == "change" and other.norm_unit == st.norm_unit:
                    other.kind, other.direction, other.comparison = st.kind, st.direction, st.comparison
                    other.verb_only = st.verb_only and not listed  # a label of its own from the list
                elif other.kind == "percent" and label.endswith("率"):
                    other.kind = "rate"
        elif whole:
            # the share's 占 phrase, said of each thing the clause lists (事故起数和死亡人数分别占总数的11.77%、10.8%),
            # or alone when the subjects before 分别 are not told apart
            listed = respective_labels(phrase, j - i) if k > 0 and j - i >= 2 and not re.search(r"\d", phrase) else None
            of = lead[k + 2:].strip().removesuffix("的")  # 占总数
            for n, other in enumerate(stats[i:j]):
                share = other.label[other.label.rfind("分别") + 2:] if "分别" in other.label else other.label
                other.label = f"{listed[n]}{of}" if listed and len(set(listed)) == j - i else share
        elif k < 0 and j - i >= 2 and all((o.label == st.label or not o.label or o.verb_only)
                                          and (o.norm_unit == st.norm_unit or st.kind == "change") for o in stats[i + 1:j]) \
                and (listed := _implied_respective(text, clause, st.start, j - i)) is not None:
            for label, other in zip(listed, stats[i:j], strict=True):  # 城镇…和农村…实际增长8.4％和11.4％
                other.label, other.label_from, other.verb_only = label, "before", False
                if other.kind == "percent" and label.endswith("率"):
                    other.kind = "rate"
                elif st.kind == "change" and other.kind in _LEVEL_KINDS:
                    # 同比事故起数、死亡人数减少4起、16人: each the change of the thing named in its place
                    other.kind, other.direction, other.comparison = st.kind, st.direction, st.comparison
            named = (j, listed) if st.kind == "change" else named
        elif k < 0 and named[0] == i and len(named[1]) == j - i and st.kind == "change" \
                and all(o.kind == "change" and o.norm_unit == "%" for o in stats[i:j]) \
                and _VERB_ONLY.fullmatch(text, clause, st.start):
            for label, other in zip(named[1], stats[i:j], strict=True):  # …减少4起、16人，下降13.3%、34.0%: the same
                other.label, other.label_from, other.verb_only = label, "before", False  # things again, in per cent
        elif k >= 0 and st.kind == "change" and j - i >= 2:
            for other in stats[i + 1:j]:  # 同比分别上升18.5%、6.8%: every member is a change
                if other.norm_unit == st.norm_unit and other.kind != "change":
                    other.kind, other.direction, other.comparison = st.kind, st.direction, st.comparison
                    other.verb_only = st.verb_only
        if k >= 0 and j - i >= 2 and all(o.kind == "percent" for o in stats[i:j]) \
                and len({o.label for o in stats[i:j]}) == j - i \
                and (noun := _CHANGE_NOUN_LISTED.search(text, max(0, st.start - 24), st.start)) is not None:
            said = text[max(0, noun.start() - 4):noun.start()]  # 其中晋城、长治同比增幅较大，分别为:210.98%、124.25%
            for other in stats[i:j]:
                other.kind, other.direction = "change", "down" if noun.group(1) in ("降幅", "减幅", "跌幅") else "up"
                other.comparison = "yoy" if "同比" in said else ("mom" if "环比" in said else other.comparison)
        if k >= 0 and j - i >= 2:
            _share_bound(text, stats[i:j])
        elif j - i >= 2 and st.qualifier == "at_least" and (crossed := _CROSSED_BEFORE.search(text, clause, st.start)) \
                and all(o.norm_unit == st.norm_unit for o in stats[i:j]) \
                and all(JOINT_ONLY.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(stats[i:j])) \
                and _unbounded(text, stats[i + 1:j]):
            for o in stats[i + 1:j]:  # 先后突破2000万件和3000万件: both thresholds were passed
                o.qualifier, o.shared_bound = st.qualifier, (crossed.group(1), "")
        i = j
    return stats


_BOUND_AFTER = re.compile(r"(?:以上|以下|左右|上下)$")
_BOUND_INSIDE = re.compile(r"以上|以下|左右|上下|多|余|逾")


_CROSSED_BEFORE = re.compile(r"(突破|超过|逾)\s*$")


def _share_bound(text: str, members: list[RawStat]) -> None:
    """分别超过2%、5%, 分别增长5%、6.5%左右: a bound said once for a 分别 list, before its first figure or
    after its last, bounds every member (the members joined by 、 or 和 alone, none bounded of its own)."""
    if not all(JOINT_ONLY.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(members)):
        return
    first, last = members[0], members[-1]
    said = text.rfind("分别", max(0, first.start - 12), first.start)
    before = _PRE_QUAL_RE.search(text[said + 2:first.start].rstrip()) if said >= 0 else None
    after = _BOUND_AFTER.search(text, last.start, last.end)
    if before is not None and first.qualifier not in ("exact", "range") \
            and _BOUND_INSIDE.search(text, first.start, first.end) is None and _unbounded(text, members[1:]):
        for o in members[1:]:
            o.qualifier, o.shared_bound = first.qualifier, (before.group(1), "")
    elif after is not None and last.qualifier not in ("exact", "range") and _unbounded(text, members[:-1]):
        for o in members[:-1]:
            o.qualifier, o.shared_bound = last.qualifier, ("", after.group())


def _unbounded(text: str, stats: list[RawStat]) -> bool:
    """Whether no figure of stats is bounded, by a word of its own or otherwise."""
    return all(o.qualifier == "exact" and _BOUND_INSIDE.search(text, o.start, o.end) is None for o in stats)


_FROM_BEFORE = re.compile(r"(?:由|从)\s*(?:近|约|逾|超过)?\s*$")  # (从近八千五百件增至近六万件)
_CHANGE_AFTER_ENDS = re.compile(r"\s*[、，,]\s*(?:同比)?(?:降幅|减幅|增幅|升幅|涨幅|下降|上升|增长|减少|提高|降低)?(?:了|达)?\s*")
_TO_BEFORE = re.compile(r"(?:增加|增长|成长|提高|上升|扩大|发展|下降|减少|降低|缩小|降|升|增)(?:了)?(?:到|至)\s*(?:近|约|逾|超过)?\s*$")


def _span_ends(text: str, stats: list[RawStat], starts: list[int], after: int, end: int, period: str) -> None:
    """A year span followed in its sentence by 由A…增加到B: A is the level of the span's first year,
    B of its last (DECISIONS 3, with the years said once for the span)."""
    first, last = period.split("-")
    k = bisect.bisect_left(starts, after)
    while k + 1 < len(stats) and stats[k + 1].start < end:
        a, b = stats[k], stats[k + 1]
        if a.own_period == period == b.own_period and a.norm_unit == b.norm_unit \
                and _FROM_BEFORE.search(text, max(0, a.start - 4), a.start) \
                and _TO_BEFORE.search(text, a.end, b.start) and b.start - a.end <= 12:
            a.own_period = a.period = first
            b.own_period = b.period = last
            k += 2
            if k < len(stats) and (c := stats[k]).kind == "change" and c.own_period == period \
                    and _CHANGE_AFTER_ENDS.fullmatch(text, b.end, c.start):
                c.own_period = c.period = last  # …下降至15.8万起、降幅34.3%: the change of the later observation
                k += 1
        else:
            k += 1


def _years_one_by_one(text: str, stats: list[RawStat], years: dict[int, SentenceYears]) -> None:
    """`2019年至2021年分别受理100件、120件、140件`, `2022年、2023年分别审结1200件、1500件`: a year range or a
    list of years followed by one figure per year maps one to one."""
    starts = [st.start for st in stats]
    for sy in years.values():
        plain = [m for m in sy.mentions if m.kind == "year" and m.value is not None]
        groups: list[tuple[int, str, list[str]]] = []  # (where the years end, their period, each figure's year)
        i = 0
        while i < len(plain):
            m = plain[i]
            if m.years >= 2:
                first = int(m.value.split("-")[0])  # type: ignore[union-attr]  # value checked above
                groups.append((m.end, str(m.value), [str(first + k) for k in range(m.years)]))
                i += 1
                continue
            j = i + 1
            while j < len(plain) and plain[j].years == 1 and JOINT_ONLY.fullmatch(text, plain[j - 1].end, plain[j].start):
                j += 1
            if j - i >= 2 and "分别" in text[plain[j - 1].end:sy.end]:  # a list of years: with 分别
                groups.append((plain[j - 1].end, str(plain[j - 1].value), [str(x.value) for x in plain[i:j]]))
            i = j
        for m in plain:  # 从一九七八年到一九八二年，…由五百九十八所增加到七百一十五所: the ends of the span
            if m.years >= 2:
                _span_ends(text, stats, starts, m.end, sy.end, str(m.value))
        for end, period, values in groups:
            k = bisect.bisect_left(starts, end)
            mapped = -1  # where the last run mapped ends
            while k < len(stats) and stats[k].start < sy.end:  # the first run of as many figures, joined
                run = stats[k:k + len(values)]  # (缴费基数按照…两倍即520元、860元、900元、1100元: not the 两倍)
                if len(run) < len(values) or not all(st.start < sy.end and st.own_period == period for st in run):
                    break
                joined = all(JOINT_ONLY.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:], strict=False))
                more = k + len(values) < len(stats) and stats[k + len(values)].start < sy.end \
                    and JOINT_ONLY.fullmatch(text, run[-1].end, stats[k + len(values)].start) is not None
                if joined and more:
                    break  # 2017/2018年度…分别大升21.3%、22.1%及21.9%: three figures are no one a year of two
                if mapped < 0 and joined and len({st.norm_unit for st in run}) == 1:
                    for st, value in zip(run, values, strict=True):
                        st.own_period = st.period = value
                    mapped = run[-1].end
                    k += len(values)
                    continue
                if mapped >= 0:
                    # …分别为330件、365件、1155件，同比分别上升37.5%、10.6%、2.2倍；开展监督撤案分别为241件、330件、401件:
                    # each later run said 分别 of the same years maps one to one too
                    # (not when the clause lists what the figures are each of: 刑事、民事案件分别为…)
                    if not (joined and "分别" in text[mapped:run[0].start]
                            and not re.search(r"[、和及与]", text[clause_floor(text, mapped, run[0].start):run[0].start])
                            and (len({st.norm_unit for st in run}) == 1 or all(st.kind == "change" for st in run))):
                        break
                    for st, value in zip(run, values, strict=True):
                        st.own_period = st.period = value
                    mapped = run[-1].end
                    k += len(values)
                    continue
                k += 1


def period_of_text(text: str) -> str | None:
    """A period stated in a title or subtitle (`——2025年全区法院执行工作…` → 2025)."""
    return heading_period(text)


# --- an item's statistics: the figures of its paragraphs, labels completed across figures -------

_CLAUSE_BREAK = re.compile(r"[,，;；、:：。]")
_ONLY_QUALIFIER = re.compile(r"[,，、\s]*(?:接近|将近|约为|约|近|达到|达|超过|突破|为|占)\s*")
# 受理审查逮捕案件18件20人，去年同期为34件46人, 较上年同期的88.2%: the same count a year before (a baseline)
_BOUND_TAIL = r"(?:近|约|逾|超过|不到|不足)?\s*$"
_PRIOR = re.compile(rf"{BASELINE}\s*[（(]?\s*{_BOUND_TAIL}")  # 較去年同期(247件、…): in brackets too
_PRIOR_BRACKET = re.compile(rf"{BASELINE}\s*[（(]\s*{_BOUND_TAIL}")
_PRIOR_LISTED = re.compile(r"\s*[、，,]\s*")  # the baselines in a bracket, one after the other
# a part of a sentence (to its ；) that opens with 去年同期: its figures are of the year before
_PRIOR_CLAUSE = re.compile(r"\s*(?:去年|上年|上一年|上年度)同期")
# a part of the year standing alone where a name would (二季度为162.5万对, 上半年为…, 1-6月为…)
_TIME_PART = r"(?:第?[一二三四1-4]季度|前[一二三]季度|[上下]半年|\d{1,2}(?:\s*[-—~～至到]\s*\d{1,2})?\s*月份?)"
_TIME_PART_SAID = re.compile(rf"\s*({_TIME_PART})\s*(?:为|為|达|達|是|共|有)?\s*")
_TIME_PART_END = re.compile(rf"[（(]?{_TIME_PART}[)）]?$")


def _clause_group(text: str, lo: int, pos: int) -> int:
    """Where the part of the sentence holding pos starts: after the last ；before it (at most 120
    characters back, so a long line stays linear)."""
    lo = max(lo, pos - 120)
    k = max(text.rfind(";", lo, pos), text.rfind("；", lo, pos))
    return k + 1 if k >= 0 else lo


# 件数、人数分别下降47.06%、56.52%: the count words name the figures before, not a new thing
_COUNT_WORDS = re.compile(rf"(?:{_COUNT_NOUNS})(?:[和及、与](?:{_COUNT_NOUNS}))*")
_CHANGE_WORDS = re.compile(r"^(?:同比|环比|比上年|较上年)?(?:增长|上升|提高|提升|增加|增幅|升幅|上涨|下降|减少|降低|"
                           r"缩短|压降|下滑|回落|降幅|减幅)了?$")


@dataclass
class ItemStat:
    """A statistic of an item: the block it stands in, its figure (label final), the figure a
    change describes (index in the item's list), and the subhead block it stands under."""

    block: int
    stat: RawStat
    of: int | None = None
    section: int | None = None


_MARGIN_BEFORE = re.compile(rf"{MARGIN}\s*$")
_MARGIN_FIRST = re.compile(rf"(?:分别)?(?:{MARGIN_VERBS}|{OVER_PLAN})")  # 高出整体刑事犯罪9.61个百分点: than a baseline


# a change of a growth rate (增幅较上年同期下降13.44个百分点): not a change of the figure the growth is of
_GROWTH_COMPARED = re.compile(r"[\s，,、]*(增幅|增速|降幅|减幅|涨幅|升幅|增长率|增长速度)\s*(?:较|比|同比|环比)")


def _restated_change(text: str, stats: list[RawStat], i: int) -> bool:
    """Whether the change stats[i], naming nothing, says again in other units the change right before
    it, which names what changed (死亡人数减少86人、下降4.08%)."""
    if i == 0:
        return False
    prev, st = stats[i - 1], stats[i]
    gap = _SAME_CHANGE_GAP.fullmatch(text, prev.end, st.start)
    return prev.kind == "change" and prev.sentence == st.sentence and not prev.verb_only \
        and len(prev.label) >= 2 and not _COUNT_WORDS.fullmatch(prev.label) and prev.norm_unit != st.norm_unit \
        and gap is not None and not CHANGE_ONLY.sub("", gap.group(1)).strip()


# the indices said as a set (火灾四项指数分别下降1.4%、13.6%…, 上述指标分别增长…): the figures before, one each
_SET_OF_INDICES = re.compile(r"(?:[两二三四五六七八九十\d]项|各项|上述|以上)(?:指数|指标)$")
_SAME_CHANGE_GAP = re.compile(r"\s*[、，,]?\s*([^、，,；;。\d]{1,8})")  # 减少9起下降60%: no comma between, too


_PLAN_DONE = re.compile(r"完成[^，,。；;]{0,8}计划|计划完成")  # the share of a plan done, a percent of the plan


def _described(text: str, stats: list[RawStat]) -> list[int | None]:
    """For each figure, the index of the figure a change describes (None for the others): a list of k
    changes after k figures of its sentence maps one to one (受理A、审结B，同比分别上升x、y); otherwise a
    change describes the last figure before it that is not a change (收案3.2万件，同比上升8%，同比增加
    2000件 → both 收案)."""
    targets: list[int | None] = [None] * len(stats)
    base: list[int] = []
    prior = -1  # the last figure that is a baseline (去年同期为34件, 比1952年的827亿元): no change describes it
    i = 0
    while i < len(stats):
        st = stats[i]
        if base and stats[base[-1]].sentence != st.sentence:
            base = []
        if st.kind != "change":
            if _PRIOR.search(text, max(st.sentence[0], st.start - 16), st.start) is not None or (
                    prior == i - 1 and prior >= 0 and stats[prior].sentence == st.sentence
                    and re.fullmatch(r"\s*[、和]?\s*", text[stats[prior].end:st.start])):
                prior = i  # (34件46人: both)
            else:
                base.append(i)
            i += 1
            continue
        j = i + 1
        while j < len(stats) and stats[j].kind == "change" and stats[j].sentence == st.sentence and \
                JOINT_ONLY.fullmatch(text, stats[j - 1].end, stats[j].start):
            j += 1
        n = j - i
        if n >= 2 and not st.verb_only and st.label and not _COUNT_WORDS.fullmatch(st.label) \
                and not _SET_OF_INDICES.search(st.label):
            pass  # 死亡人数减少86人、下降4.08%: the first change names what changed, the rest are its changes too
        elif n >= 2 and len(base) >= 2 * n and st.norm_unit == "%" \
                and all(stats[b].norm_unit == "%" for b in base[-n:]) \
                and "占" in text[stats[base[-n - 1]].end:stats[base[-n]].start] \
                and all(stats[b].norm_unit != "%" for b in base[-2 * n:-n]):
            targets[i:j] = base[-2 * n:-n]  # 354起、388人，分别占总数的60.5%、73.3%，环比分别上升x、y: the counts grew
        elif n >= 2 and len(base) >= n:
            targets[i:j] = base[-n:]
        elif n == 1 and st.verb_only and _restated_change(text, stats, i):
            pass  # 死亡人数减少86人、下降4.08%: the change of the deaths, not of the figure before them
        elif base:
            k = base[-1]
            if _aside_before(text, stats[k].end, st.start):  # 律所959家(注:…不合并计算则为1005家)，较上年增加49家
                opened = max(text.rfind("(", 0, stats[k].start), text.rfind("（", 0, stats[k].start))
                k = next((b for b in reversed(base) if stats[b].end <= opened), k)
            if base.index(k) >= 1 and (stats[k].label.startswith("占") or _PLAN_DONE.search(stats[k].label)) \
                    and st.norm_unit == "%":
                # 收案29699件，占各类案件总数的84.58%，同比增长2.56%: the cases grew, not the share; 粮食总产量达到
                # 3680亿斤，完成年度计划的102%，比1954年增长9%: the output grew, not the plan's share done
                k = base[base.index(k) - 1]
            elif st.norm_unit not in _CHANGE_UNITS and stats[k].norm_unit != st.norm_unit:
                # 汽车保有量达3.19亿辆，占机动车总量76.59%，比2021年增加1752万辆: what is counted in 辆 grew
                k = next((b for b in reversed(base) if stats[b].norm_unit == st.norm_unit and b < k), k)
            targets[i:j] = [k] * n
        elif i > 0 and stats[i - 1].sentence == st.sentence and st.verb_only:
            targets[i:j] = [i - 1] * n  # 增长5.5%，高于全国0.7个百分点: the difference of that change
        i = j
    for i, st in enumerate(stats):  # a margin is the difference of the change right before it
        if i and st.kind == "change" and stats[i - 1].kind == "change" and stats[i - 1].sentence == st.sentence \
                and _MARGIN_BEFORE.search(text, max(0, st.start - 12), st.start):
            targets[i] = i - 1  # 其中规模工业增加值增长6.2%、高于全国平均0.3个百分点: not GRP's
    return targets


def _aside_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] closes a bracket it did not open: the figure ending at start stands in
    an aside (…(注:不合并计算则为1005家)，较上年增加49家)."""
    between = text[start:end]
    return between.count(")") + between.count("）") > between.count("(") + between.count("（")


# a share named only by the count it is of (人数占27.43%): the figures before it name what it is the share of
_COUNT_SHARE = re.compile(rf"(?:{_COUNT_NOUNS})占")
# a label that only says a report was received (共接报305起) names nothing: the clause before names the
# calls or cases (“两抢”类警情呈现持续下降态势，…共接报305起)
_REPORTED_ONLY = re.compile(r"(?:全[市省区县州])?(?:共|累计)?(?:接报|发案|发生)")
_CASES_NAMED = re.compile(r"[^的，,。；;\s]{1,8}(?:警情|案件)")


_JUDGMENT = re.compile(r"本院认为|判决如下|裁定如下|经审理查明")


def item_stats(blocks: list[tuple[str, str, int]], item_period: str | None = None,
               published: int | None = None) -> list[ItemStat]:
    """Every statistic of an item, in order. `blocks` are (role, analysis text, offset where the
    text starts) for each paragraph: roles `title` and `subtitle` (the headline, whose year scopes
    the item), `subhead` (a cross-head: starts a section), `body`, `bullet` and `caption`. A figure
    without a label of its own takes the label of the figure before it in the same clause
    (立案87件112人), or across a bare qualifier (结案率提升了5个百分点，接近90%); a change takes the
    label of the figure it describes (`of`). A figure's period is the year its sentence states
    before it, else the scope's (periods.Scope; `published`, the page's year, tells what a
    relative year such as 今年 means)."""
    blocks = [(role, text if role.startswith("table") else spaces_as_commas(text), offset) for role, text, offset in blocks]
    out: list[ItemStat] = []
    section = None
    scope = Scope(item_period, published)
    if any(_JUDGMENT.search(text) for _, text, _ in blocks):
        scope.no_leads()  # a court's reasoning or its judgment dates events; it reports on no year
    heads: list[str] = []  # the header rows of the table being read
    title = ""  # the last cross-head (表1：各部门结案率对比表)
    for k, (role, text, offset) in enumerate(blocks):
        if role == "table_head":
            heads = heads + [text] if k and blocks[k - 1][0] == "table_head" else [text]
            continue
        if role == "table":
            _complete(out, k, text, _table_row(text, heads, title, scope.period), section)
            continue
        if role in ("title", "subtitle", "subhead"):
            title = text
            found = _scan(text)
            for st in found:
                if st.start >= offset:
                    st.period = st.own_period or (scope.period if role != "title" else None)
            if role == "subhead":
                section = k
            _complete(out, k, text, [s for s in found if s.start >= offset], section)
            if role == "subhead":
                scope.section(heading_style(text) or "plain", text)
            else:
                scope.title(text)
            continue
        if role not in ("body", "bullet", "caption"):
            continue
        scope.body()
        if (style := heading_style(text, offset)) is not None:
            scope.section(style, None)  # (一)律师。截至2022年底…: a cross-head opening the paragraph
        found = [st for st in _scan(text) if st.start >= offset]
        i = 0
        opening: str | None = None  # the year a paragraph opens with, in a sentence without figures
        for a, b in period_sentences(text):
            if b <= offset:
                continue
            before_lead = scope.period
            if text[a:b].strip() and role != "caption":  # a photo's caption dates its own figures only
                first = found[i].start if i < len(found) and found[i].start < b else None
                if scope.searching:
                    if scope.sentence(SentenceYears(text, max(a, offset), b), first):
                        before_lead = scope.period  # (一)8月份，全市共接…: the month the lead stated, restated
                elif scope.period is None and first is not None:
                    scope.late(text, max(a, offset), b, first, opens_paragraph=a <= offset)
                elif scope.undo is not None:
                    scope.after_lead(text, max(a, offset), first)  # (…“十四五”胜利收官。五年来，…: no year's lead)
                    before_lead = scope.period
                if a <= offset and first is None and scope.period is None:
                    opening = scope.opening(text, max(a, offset), b)
            before_lead = before_lead or opening
            while i < len(found) and found[i].start < b:
                found[i].period = found[i].own_period or before_lead
                i += 1
        _complete(out, k, text, found, section)
    _headed_figures(blocks, out)
    if any("新台币" in text for _, text, _ in blocks) and not any("人民币" in text for _, text, _ in blocks):
        for f in out:  # a Taiwan page says 新臺幣 once and then 元: its 元 are NT dollars, not CNY
            if f.stat.norm_unit == "元" and f.stat.currency is None:
                f.stat.currency = "新台币"
    return out


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is all its paragraph says (a cross-head of a figures page: 2万, 373个)."""
    return not text[:start].strip() and not text[end:].strip()


def _headed_figures(blocks: list[tuple[str, str, int]], out: list[ItemStat]) -> None:
    """A figure alone on a cross-head line (2016数说成绩: `2万` over …赠阅《学法用法读本》2万册。) says the
    figure of the paragraph under it again: it takes that figure's label and kind (its own unit and
    bound stay as written)."""
    by_block: dict[int, list[ItemStat]] = {}
    for f in out:
        by_block.setdefault(f.block, []).append(f)
    for k, found in by_block.items():
        role, text, _ = blocks[k]
        if role != "subhead" or len(found) != 1 or not _alone(text, found[0].stat.start, found[0].stat.end):
            continue
        head = found[0].stat
        nxt = next((j for j in range(k + 1, len(blocks)) if blocks[j][1].strip()), None)
        if nxt is None or blocks[nxt][0] not in ("body", "bullet"):
            continue
        said = next((f.stat for f in by_block.get(nxt, []) if f.stat.value == head.value), None)
        if said is None or head.label:
            continue
        head.label, head.label_from = said.label, said.label_from
        if head.norm_unit == said.norm_unit:
            head.kind = said.kind  # 1‰ over 重新违法犯罪率继续保持在1‰: a rate
        elif not head.norm_unit and said.kind == "amount":
            head.kind, head.norm_unit = "amount", said.norm_unit  # 2亿 over 投入资金2亿元: money


def _table_row(text: str, heads: list[str], title: str, period: str | None) -> list[RawStat]:
    """The figures of a table's data row (extract.tables), a figure with a unit other than % read by
    the scanner; a figure takes its column's year, else the section's period."""
    out: list[RawStat] = []
    scanned: list[RawStat] | None = None
    for f in row_figures(text, heads, title):
        if f["unit_words"]:
            scanned = _scan(text) if scanned is None else scanned
            a, b = f["cell"]
            st = next((s for s in scanned if a <= s.num_start < b), None)
            if st is None:
                continue
            if f["kind"] in ("change", "rate", "percent") or st.kind == "count":
                st.kind, st.direction = f["kind"], f["direction"] or (st.direction if f["kind"] == "change" else None)
        else:
            st = RawStat(f["start"], f["end"], f["num_start"], f["num_end"], f["value"], None, f["unit"],
                         f["norm_unit"], f["kind"], "exact", f["direction"], "", "before", None, (0, len(text)),
                         f["comparison"])
            if f["head_unit"]:
                _head_unit(st, text[f["num_start"]:f["num_end"]], f["head_unit"])
        st.label, st.label_from, st.sentence = f["label"], "before", (0, len(text))
        st.own_period = f["year"]
        st.period = f["year"] or period
        out.append(st)
    return out


def _head_unit(st: RawStat, number: str, unit: str) -> None:
    """Give a table cell the unit its heading states (902.17 under 申请标的(万元): 9,021,700 元), when the
    scanner reads the number and the unit as one figure."""
    read = _scan(number + unit)
    if len(read) == 1 and read[0].unit_text == unit and read[0].num_end == len(number):
        st.value, st.unit_text, st.norm_unit = read[0].value, read[0].unit_text, read[0].norm_unit
        if st.kind == "count":
            st.kind = read[0].kind


_TOTAL_BEFORE = re.compile(r"(?:共|共计|合计|总计)\s*$")
# a kind named first with its rank, then its total: 民间借贷纠纷最多，共1234件
_RANKED_BEFORE = re.compile(r"([^，,。；;：:、\d]{2,16}?)(?:仍|依然|继续)?(?:位列首位|位居首位|居首位|位居第[一二三四五六七八九十]|"
                            r"位列第[一二三四五六七八九十]|排名第[一二三四五六七八九十]|排在首位|最多|次之|居次)[，,]\s*(?:共|共计|合计|总计)\s*$")
_FLOW_VERB_END = re.compile(r"(?:旧存|新收|收案|受理|审结|已结|结案|执结|立案)$")  # what happened to the cases


def _first_of_group(before: list[RawStat], text: str, st: RawStat) -> RawStat | None:
    """The figure whose total st is, in the part of st's sentence (to its ；) before it: the first one
    with st's unit, when it names the things and what happened to them (刑事案件旧存4件，新收25件) or
    all the parts name the same things (五十七个建设项目，…十四个建设项目); None when the parts are
    different things (盐田汪子997亩及送水路415亩) or there is only one."""
    lo = _clause_group(text, st.sentence[0], st.start)
    parts = [b for b in before if b.sentence == st.sentence and b.start >= lo and b.label and b.norm_unit == st.norm_unit]
    if len(parts) >= 2 and (_FLOW_VERB_END.search(parts[0].label) or len({b.label for b in parts}) == 1):
        return parts[0]
    return None


def _shared_tail(before: list[RawStat], text: str, st: RawStat) -> str:
    """What the parts of a total all measure, when a 分别 list named them one each with the same ending
    (长治查处量, 运城查处量, 吕梁查处量 → 查处量); '' otherwise."""
    lo = _clause_group(text, st.sentence[0], st.start)
    parts = [b for b in before if b.sentence == st.sentence and b.start >= lo and b.label and b.norm_unit == st.norm_unit]
    labels = [b.label for b in parts]
    if len(parts) < 2 or len(set(labels)) != len(labels):
        return ""
    tail = os.path.commonprefix([label[::-1] for label in labels])[::-1]
    return tail if len(tail) >= 2 and all(len(label) > len(tail) for label in labels) else ""


_OPENING, _CLOSING = "“「『《", "”」』》"
_QUOTE_REACH = 24  # the longest quoted name a label is completed to


def whole_quotes(text: str, sentence: tuple[int, int], label: str) -> str:
    """A label with its quoted names whole: a label cut inside a quoted name (高职学校入选国家“ of
    9所高职学校入选国家“双高计划”; 五经普”二三产业… of “五经普”二三产业…) is completed from its
    sentence when the name is short, or else cut back to its words outside the quotes."""
    opened = [i for i, ch in enumerate(label) if ch in _OPENING]
    closed = [i for i, ch in enumerate(label) if ch in _CLOSING]
    if len(opened) == len(closed) and all(a < b for a, b in zip(opened, closed, strict=True)):
        return label
    lo, hi = sentence
    at = text.find(label, lo, hi)
    if at >= 0 and len(opened) > len(closed):  # the name goes on after the label
        end = at + len(label)
        close = min((k for k in (text.find(c, end, min(hi, end + _QUOTE_REACH)) for c in _CLOSING) if k >= 0), default=-1)
        if close >= 0 and not re.search(r"[，,。；;：:]", text[end:close]):
            return whole_quotes(text, sentence, text[at:close + 1])
    if at >= 0 and closed and (not opened or closed[0] < opened[0]):  # the name began before the label
        start = max((k for k in (text.rfind(c, max(lo, at - _QUOTE_REACH), at) for c in _OPENING) if k >= 0), default=-1)
        if start >= 0 and not re.search(r"[，,。；;：:]", text[start:at]):
            return whole_quotes(text, sentence, text[start:at + len(label)])
    if closed and (not opened or closed[0] < opened[0]):
        label = label[closed[0] + 1:]  # keep what stands after the cut name
    opened = [i for i, ch in enumerate(label) if ch in _OPENING]
    closed = [i for i, ch in enumerate(label) if ch in _CLOSING]
    if len(opened) > len(closed):
        label = label[:opened[-1]]  # keep what stands before the cut name
    return clean_label(label) if label else label


def _added_before(found: list[RawStat], n: int, text: str) -> str | None:
    """The label of what was added, for a running total whose words are only 累计达到 (新建绿道137公里、
    累计达到2136公里 → 绿道; “上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项: each
    total its item's): the figures of the same unit just before, in order; None when there are fewer."""
    st = found[n]
    first = n  # the first of the totals listed together (64项和288项)
    while first > 0 and found[first - 1].sentence == st.sentence \
            and JOINT_ONLY.fullmatch(text, found[first - 1].end, found[first].start):
        first -= 1
    lo = max(st.sentence[0], found[first - 1].end if first > 0 and found[first - 1].sentence == st.sentence else 0,
             clause_floor(text, st.sentence[0], found[first].start))
    words = text[lo:found[first].start].lstrip("，,、；; ")
    if not _CUMULATIVE.fullmatch(words):
        return None
    last = n
    while last + 1 < len(found) and found[last + 1].sentence == st.sentence \
            and JOINT_ONLY.fullmatch(text, found[last].end, found[last + 1].start):
        last += 1
    added = [b for b in found[:first] if b.sentence == st.sentence and b.label
             and b.norm_unit == st.norm_unit and b.kind == st.kind]
    if len(added) < last - first + 1:
        return None
    source = added[len(added) - (last - first + 1) + n - first]
    label = _ADDING_VERB.sub("", source.label).removesuffix("新增")
    return label if len(label) >= 2 else source.label


def _before_aside(text: str, found: list[RawStat], n: int) -> RawStat | None:
    """The figure before a bracketed aside that closes right before found[n] (本周共接警情70起(日均10起),较上周的
    62起: the aside's 10起 is not what 62起 is the baseline of), None when no aside stands between them."""
    prev = found[n - 1]
    between = text[prev.end:found[n].start]
    close = max(between.find(")"), between.find("）"))
    if close < 0:
        return None
    opened = max(text.rfind("(", prev.sentence[0], prev.start), text.rfind("（", prev.sentence[0], prev.start))
    if opened < 0:
        return None
    return next((f for f in reversed(found[:n - 1]) if f.end <= opened and f.sentence == prev.sentence), None)


def _complete(out: list[ItemStat], k: int, text: str, found: list[RawStat], section: int | None) -> None:
    """Add a paragraph's figures to the item's list, labels completed across figures."""
    start = len(out)
    targets = _described(text, found)
    prev: RawStat | None = None
    prev_own = ""  # the label the figure before found itself (a label is not passed on twice)
    for n, st in enumerate(found):
        own = st.label
        same = prev is not None and prev.sentence == st.sentence
        matched = False  # a baseline given the label of the figure it is the baseline of, by its unit
        if prev is not None and same and st.kind != "change" and _PRIOR.search(text, max(0, st.start - 10), st.start):
            # 去年同期为34件, 较上年同期的88.2%: the figure before, in the same period a year before
            at = text.rfind(st.label, max(st.sentence[0], st.start - 40), st.start) if st.label else -1
            if len(CHANGE_ONLY.sub("", st.label)) >= 2 and st.label_from == "before" and at >= 0 \
                    and not _CLAUSE_BREAK.search(text, at, st.start):
                st.comparison = "prior"  # 整體被捕數目較前年的43人: named in its own clause
            else:
                base = _before_aside(text, found, n) or prev  # 70起(日均10起),较上周的62起: the 70, not the aside
                if base.norm_unit != st.norm_unit:  # 受理210件、財損4272萬元，較去年同期(247件、…): the 210's baseline
                    base = next((f for f in reversed(found[:n]) if f.sentence == st.sentence and f.comparison != "prior"
                                 and f.kind == st.kind and f.norm_unit == st.norm_unit), base)
                    matched = base.norm_unit == st.norm_unit
                own, st.label, st.comparison = "", base.label, "prior"
        elif prev is not None and same and prev.comparison == "prior" and st.kind == prev.kind \
                and _CLAUSE_BREAK.search(text, prev.end, st.start) is None:
            st.comparison = "prior"  # 去年同期为34件46人: both figures of the year before
        elif prev is not None and same and prev.comparison == "prior" and _PRIOR_LISTED.fullmatch(text, prev.end, st.start) \
                and _PRIOR_BRACKET.search(text, max(st.sentence[0], prev.start - 12), prev.start) \
                and (level := next((f for f in reversed(found[:n]) if f.sentence == st.sentence and f.comparison != "prior"
                                    and f.kind == st.kind and f.norm_unit == st.norm_unit), None)) is not None:
            own, st.label, st.comparison, matched = "", level.label, "prior", True  # 較去年同期(247件、1億627萬餘元): each of its own
        elif st.kind != "change" and _PRIOR_CLAUSE.match(text, _clause_group(text, st.sentence[0], st.start)):
            st.comparison = "prior"  # …；去年同期全院共收案208件，结案36件，结案率17.31%；: last year's, each
        target = targets[n] if st.verb_only or not st.label or _COUNT_WORDS.fullmatch(st.label) \
            or (st.kind == "change" and _SET_OF_INDICES.search(st.label)) else None
        if matched:
            pass
        elif not own and prev is not None and same and prev.norm_unit == st.norm_unit \
                and (part := _TIME_PART_SAID.fullmatch(text, clause_floor(text, st.sentence[0], st.start), st.start)) \
                and len(base_name := _TIME_PART_END.sub("", prev_own or prev.label)) >= 2:
            # 结婚登记人数一季度为210.8万对，二季度为162.5万对: the same thing, in its quarter
            st.label = f"{base_name}（{part.group(1)}）"
        elif not own and (added := _added_before(found, n, text)) is not None:
            st.label = added  # 新建绿道137公里、累计达到2136公里: the running total of the greenways
        elif st.kind == "change" and st.verb_only and n and _restated_change(text, found, n):
            st.label = prev_own or found[n - 1].label  # 死亡人数减少86人、下降4.08%: both the deaths' change
        elif st.kind == "change" and st.verb_only and prev is not None and same and prev.comparison == "prior" \
                and prev_own and prev.label == prev_own:
            st.label = prev_own  # 整體被捕數目較前年的43人為低，下跌約33%: the change of what the baseline names
        elif st.kind == "change" and prev is not None and same and prev.kind == "change" and st.direction == prev.direction \
                and st.norm_unit == "%" and prev.norm_unit != "%" and _RESTATED_RATE.fullmatch(text, prev.end, st.start) \
                and _RESTATED_END.match(text, st.end):
            st.label, st.label_from = prev.label, prev.label_from  # 減少37件(減幅達15％): the same fall, in per cent
        elif target is not None:
            st.label, st.label_from = found[target].label, found[target].label_from
            if (growth := _GROWTH_COMPARED.match(text, clause_floor(text, found[target].end, st.start))) is not None \
                    and growth.end() <= st.start and st.label and not st.label.endswith(growth.group(1)):
                st.label += growth.group(1)  # 受理案件同比增长3.9%，增幅较上年同期下降13.44个百分点: the growth slowed
        elif not own and prev is not None and same and (_CLAUSE_BREAK.search(text, prev.end, st.start) is None
                                                        or JOINT_ONLY.fullmatch(text, prev.end, st.start)):
            st.label = prev_own or prev.label  # 立案87件112人; 分别占比68.04%、16.36%
        elif not own and prev is not None and same and _ONLY_QUALIFIER.fullmatch(text[prev.end:st.start]):
            st.label = DIRECTION_TAIL.sub("", prev_own) or DIRECTION_TAIL.sub("", prev.label)  # 储蓄存款，增加了95亿元，达到494亿元
        elif not own and prev is not None and same and (
                BASELINE_LEAD.match(text, clause_floor(text, prev.end, st.start), st.start)
                or YEAR_LIST_ITEM.fullmatch(text, prev.end, st.start)
                or (_YEAR_ITEM_COMMA.fullmatch(text, prev.end, st.start)
                    and (_YEAR_BEFORE.search(text, max(0, prev.start - 8), prev.start) or prev.own_period is not None
                         or _YEAR_LED.match(text, clause_floor(text, max(prev.sentence[0], prev.start - 24), prev.start), prev.start)))):
            # 占…的61.22%，相比2018年的33.81%、2019年的40.60%; 其中2009年860件，2010年778件，…
            st.label = prev.label
        elif not own and prev is not None and same and prev.norm_unit == st.norm_unit and prev.label \
                and _REACH_PLANNED.fullmatch(text, prev.end, st.start):
            st.label = prev.label  # 国家已经组织了57户企业集团试点，今年要扩大到120户
        elif not own and prev is not None and same and st.bare_verb:
            st.label = prev.label  # 参保人数增加1.4亿、覆盖10.5亿人
        elif not own and prev is not None and same and prev.label and (m := _COMMA.match(text, prev.end, st.start)) \
                and (FROM_LEAD.fullmatch(text, m.end(), st.start) or REACHED_LEAD.fullmatch(text, m.end(), st.start)) \
                and (re.search(r"年|达|为", text[prev.end:st.start]) or (prev.kind == "change" and "有" in text[prev.end:st.start])) \
                and not re.search(r"[)）]", text[prev.end:st.start]):
            st.label = DIRECTION_TAIL.sub("", prev.label) or prev.label  # 进出口总额增长1倍，1992年达到1656亿美元
            # (…个案的按月跌幅为1.7%，有3 842宗: how many there are of what fell)
        elif not own and prev is not None and same and prev.kind == st.kind and prev.norm_unit == st.norm_unit \
                and _PART_OF.fullmatch(text, clause_floor(text, prev.end, st.start), st.start):
            st.label = clean_label(prev.label)  # 受理家事纠纷4249件，其中2009年860件: a part of what the total counts
        elif not own or (st.verb_only and target is None and not (prev is not None and same)):
            lo = max(st.sentence[0], prev.end if prev is not None and same else 0)
            st.label = subject_before(text, st.start, lo, st.verb_only, st.bare_verb) or st.label
        if _REPORTED_ONLY.fullmatch(st.label) and (named := _CASES_NAMED.findall(subject_before(
                text, st.start, max(st.sentence[0], prev.end if prev is not None and same else 0), False, True))):
            st.label = named[-1]  # 诈骗警情总体有所遏制，全市共接报8114起: the calls received are fraud calls
        if not st.label and (first := _first_of_group(found[:n], text, st)) is not None \
                and _TOTAL_BEFORE.search(text, max(0, st.start - 4), st.start):
            # 刑事案件旧存4件，新收25件，共29件: the total of what the part's first figure counts
            st.label = _FLOW_VERB_END.sub("", first.label) if len(_FLOW_VERB_END.sub("", first.label)) >= 2 else first.label
        if not st.label and _TOTAL_BEFORE.search(text, max(0, st.start - 4), st.start) \
                and (shared := _shared_tail(found[:n], text, st)):
            st.label = shared  # 长治、运城、吕梁查处量较高，分别为3218、3051、2821起，共计9090起: the three's 查处量
        if _TOTAL_BEFORE.search(text, max(0, st.start - 4), st.start) \
                and (ranked := _RANKED_BEFORE.search(text, max(st.sentence[0], st.start - 40), st.start)) is not None \
                and (kind_named := clean_label(ranked.group(1))) and (not st.label or st.label.startswith(kind_named)):
            st.label = kind_named  # 民间借贷纠纷最多，共1234件; 证券虚假陈述责任纠纷位列首位，合计2174件
        if not st.label and (head := _ITEM_HEAD.search(text, max(0, st.sentence[0] - 24), st.sentence[0])):
            st.label = head.group(1)  # (一)盗窃类警情。本月环比上升2.81%: the item's heading names it
        if not st.label and (verb := _NAMING_VERB.search(text, max(0, st.start - 6), st.start)):
            st.label = verb.group(1)  # …改造农村危房，惠及310多万户: nothing else names who benefited
        if not st.label and st.kind != "change":
            st.label = _total_of(text, st, found[:n])
        if st.kind == "percent" and prev is not None and same and _COUNT_SHARE.fullmatch(st.label) and prev.label \
                and prev.kind != "percent":
            st.label = prev.label  # 非法种植毒品原植物罪582件593人，人数占27.43%: the share of that offence
        if st.kind == "percent" and st.label.endswith("率") and st.label != own:
            st.kind = "rate"  # 城镇化率从60.2%提高到65.2%: the named rate, for both
        if st.kind == "count" and _PER_CAPITA.search(text, max(0, st.start - 12), st.start):
            st.kind = "rate"  # 整体罪案率为每十万人一千零六十一宗: so many for so many people, a rate
        if THRESHOLD_LABEL.search(st.label) and not (own and st.kind == "count" and st.norm_unit == "个") \
                and (crossed := threshold_subject(text, st.start, st.sentence[0])):
            st.label = crossed  # 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: the product, not its steps
        lo = max(st.sentence[0], prev.end if prev is not None and same else 0)
        if st.label and names_nothing(st.label):
            subject = subject_before(text, st.start, lo, True)
            st.label = subject if subject and not names_nothing(subject) else st.label
            if names_nothing(st.label) and prev is not None and same and prev.label \
                    and re.fullmatch(r"[，,]?\s*[占佔]", text[prev.end:st.start]):
                st.label = prev.label  # 同居關係暴力5萬5445件占57.1%最多: the share of what the count before counts
        if not st.label:
            worded, dated_only = unnamed_label(text, st.start, st.end, lo)
            if st.kind == "change":  # 2013年333件，同比上升11%: the change of the figure before it
                sibling = next((f for f in reversed(found[:n]) if f.sentence == st.sentence and f.kind != "change"), None)
            else:  # 2012年受理离婚案件300件；2013年333件: the next member of the list (a ； between them)
                sibling = next((f for f in reversed(found[:n]) if f.label and f.norm_unit == st.norm_unit
                                and not _FULL_STOP.search(text, f.end, st.start)), None) if dated_only else None
            st.label = sibling.label if sibling is not None and sibling.label else worded
            if not st.label:  # 暴力罪案方面，二〇一三年共录得一万二千一百五十三宗: the topic of the clause before
                st.label = topic_before(text, st.start, lo)
        st.label = whole_quotes(text, st.sentence, st.label)
        out.append(ItemStat(k, st, section=section, of=start + target if target is not None else None))
        prev, prev_own = st, own
    _respective_subjects(text, found)
    _told_apart_by_their_role(text, found)
    _restated_baselines(text, found)
    _ranked_groups(text, found)
    _shares_named_before(text, found)
    _bare_changes(text, found)
    _from_to_levels(text, found)
    _bracketed_levels(text, found)
    _listed_changes(text, found)
    _notation_terms(text, found)
    _dashed_heads(text, found)


# 1710万件——全国共收缴各类非法出版物1710万件: a figure heading its line before a dash, told again in the sentence after
_DASH_AFTER = re.compile(r"\s*[—-]{1,2}\s*")
_DASH_REACH = 80  # characters after the dash the figure is looked for in


def _dashed_heads(text: str, found: list[RawStat]) -> None:
    """A figure that heads its line before a dash (1710万件——…) is the figure the sentence after it tells again:
    it takes that figure's label."""
    for k, st in enumerate(found):
        if (dash := _DASH_AFTER.match(text, st.end)) is None or text[max(0, st.start - 1):st.start] not in ("", "\n"):
            continue
        again = next((f for f in found[k + 1:] if f.start < dash.end() + _DASH_REACH and f.norm == st.norm
                      and f.norm_unit == st.norm_unit and f.label and not _FULL_STOP.search(text, dash.end(), f.start)), None)
        if again is not None:
            st.label = again.label


# what stands between the terms of a ratio or of shares written with ∶ (2.9∶1缩小至2.52∶1, 4.0∶37.7∶58.3,
# 8.7∶41.2∶50.1调整为7.9∶40.5∶51.6): the later term is of what the first names
_NOTATION_BETWEEN = re.compile(r"\s*(?:[:∶]\s*(?:(?:1|[\d.]+(?:\s*[:∶]\s*[\d.]+)*)\s*[\u4e00-\u9fff]{0,4}(?:至|到|为))?"
                               r"|[\u4e00-\u9fff]{0,4}(?:至|到|为))\s*")


_SHARES_NAME = re.compile(r"([^，,；;：:。、！？\d\s]{1,10}" + _SHARES_WORD + r")[^。；;！？\d]{0,12}$")


def _notation_terms(text: str, found: list[RawStat]) -> None:
    """Shares written A∶B∶C are of what the 结构 or 比重 before them names (三次产业结构进一步优化，调整为8.3∶…);
    the later terms of a ratio written N∶1 or of such shares (and the levels they moved to) take the label
    of the first."""
    for st in found:
        if st.kind == "percent" and not st.norm_unit and not _SHARES_NAMED.search(st.label or "") \
                and (named := _SHARES_NAME.search(text, max(st.sentence[0], st.start - 24), st.start)) is not None:
            st.label = clean_label(named.group(1)) or st.label
    for a, b in zip(found, found[1:], strict=False):
        shares = a.kind == "percent"  # (a percent without its unit is a term of shares written with ∶)
        if a.label and b.kind == a.kind and a.kind in ("rate", "percent") and not a.norm_unit and not b.norm_unit \
                and b.sentence == a.sentence and (shares or ":" in text[a.end:b.start] or "∶" in text[a.end:b.start]) \
                and _NOTATION_BETWEEN.fullmatch(text, a.end, b.start):
            b.label = a.label


_IN_BRACKETS_THAT_IS = re.compile(r"[（(]\s*(?:即|亦即)\s*$")


def _restated_baselines(text: str, found: list[RawStat]) -> None:
    """上升6.7%(即29 157宗), 與二○二一年相比(即33 891宗): a count in brackets after a change or a comparison is the
    figure compared with, of what the sentence counts (the label of the figure before it)."""
    for prev, st in zip(found, found[1:], strict=False):
        if st.kind in ("count", "amount") and st.sentence == prev.sentence and prev.label \
                and _IN_BRACKETS_THAT_IS.search(text, max(0, st.start - 4), st.start) \
                and (prev.kind == "change" or prev.norm_unit == st.norm_unit) \
                and (names_nothing(st.label) or len(CHANGE_ONLY.sub("", st.label)) < 2):
            st.label, st.direction, st.comparison = prev.label, None, None


# 3614名律師擔任村(居)法律顧問, 733名责任人受到行政处分: what the persons or bodies counted do, said right after them
_ROLE_AFTER = re.compile(r"(?:担任|擔任|参与|參與|参加|參加|获聘|獲聘|受到|入选|入選|获评|獲評)[^，,。；;：:、\d０-９]{2,24}")


def _told_apart_by_their_role(text: str, found: list[RawStat]) -> None:
    """Figures of one sentence that count the same persons or bodies (律師, 责任人) named after them are told
    apart by what each group does, said right after the noun: 3614名律師擔任村(居)法律顧問, 23名律師獲聘…立法專家."""
    by_sentence: dict[tuple[tuple[int, int], str], list[RawStat]] = {}
    for st in found:
        if st.label_from == "after" and st.label and st.kind == "count":
            by_sentence.setdefault((st.sentence, st.label), []).append(st)
    for (_, noun), same in by_sentence.items():
        if len(same) < 2:
            continue
        for st in same:
            at = text.find(noun, st.end, st.end + 3)
            if at >= 0 and (role := _ROLE_AFTER.match(text, at + len(noun))) is not None:
                whole = clean_label(noun + role.group())  # who, and what they do (律師擔任村(居)法律顧問)
                said = clean_label(role.group())
                st.label = whole if len(whole) <= 12 else said if len(said) <= 12 else last_words(said, 10) or st.label


# 各县市酒驾肇事死亡以高雄市减少38人最多，台中市减少16人次之: the group with the most is named after 以, what
# is counted before it; the groups ranked after it (其次是20到24时14件, 104年2万4101件为最少) count the same
_GROUP_MOVED = r"(?:减少|增加|上升|下降)?"  # 以高雄市减少38人最多: how the group's figure moved, no part of its name
_RANKED_GROUP = re.compile(rf"以([^，,。；;：:]{{1,12}}?){_GROUP_MOVED}$")
_RANK_WORDS = r"(?:为)?(?:近[^，,。；;\d]{1,4})?(?:最多|最少|最高|最低|次之)"  # 为最多, 为近十年最高, 次之
_RANK_SAID = re.compile(rf"{_RANK_WORDS}(?=[，,。；;]|$)")
_NEXT_GROUP = re.compile(rf"(?:其次(?:是|为)?|再次(?:是|为)?)?([^，,。；;：:以]{{1,12}}?){_GROUP_MOVED}$")
_NEXT_RANK = re.compile(rf"(?:{_RANK_WORDS})?(?=[，,。；;]|$)")
_ALL_GROUPS = re.compile(r"^(?:其中|当中|并|而|且)?(?:各县市|各县区|各市县|各地区|各地|各县|各市|各区|各省)?")
_UNTIL_NOW = re.compile(r"^(?:今年|去年|本年|全年)?[^，,。；;]{0,12}?(?:为止|以来)")


# 112年, 16时至18时, 8月: a time a group of figures is ranked by
_TIME_GROUP = re.compile(r"[\d０-９]{2,4}年度?|[\d０-９]{1,2}月份?|[\d０-９]{1,2}[时点]?(?:至|到|-|—)[\d０-９]{1,2}[时点]")


_PER_CAPITA = re.compile(rf"{PER_CAPITA}\s*$")


def _scope_group(group: str) -> bool:
    """Whether a ranked group is a place or a time (高雄市, 「臺北市」, 112年; 万华区每10万人: a place's rate), not a
    kind of what is counted."""
    name = _PER_CAPITA.sub("", group.strip("「」“”\"' ")).strip("「」“”\"' ")
    return _TIME_GROUP.fullmatch(name) is not None or is_listed(name) or (len(name) <= 6 and level_of(name) is not None)


def _ranked_groups(text: str, found: list[RawStat]) -> None:
    """Figures of groups ranked by what they count (家事调解事件终结件数，以112年3万967件为最多，104年2万4101件为
    最少): each is labelled with what is counted, not with its group when that is a place or a time, which
    scope the figure (a kind, 以「殺人罪」58件為最多, is what is counted, and stays the label)."""
    i = 0
    while i < len(found):
        st = found[i]
        i += 1
        c = clause_floor(text, st.sentence[0], st.start)
        group = _RANKED_GROUP.search(text, c, st.start)
        if group is None or _RANK_SAID.match(text, st.end) is None:
            continue
        head = _ALL_GROUPS.sub("", text[c:group.start()])
        if not head and c - 1 > st.sentence[0] and text[c - 1] in "，,":
            prev = clause_floor(text, st.sentence[0], c - 1)
            head = _UNTIL_NOW.sub("", _ALL_GROUPS.sub("", text[prev:c - 1]))
        counted = clean_label(head)
        if st.kind == "percent" and len(counted) > 12 and "占" in counted[2:]:
            counted = counted[counted.index("占", 2):]  # a share takes its 占… phrase (占调解件数的比率)
        if len(counted) < 2 or names_nothing(counted) or re.search(r"[\d０-９]", counted) \
                or counted.endswith(("情形", "情况", "分布", "排名")):  # 各地区增加件数情形: no name of what is counted
            continue
        if not _scope_group(group.group(1)):
            continue
        run = [st]
        for f in found[i:]:
            if re.search(r"[。！？!?\n]", text[run[-1].end:f.start]) or f.norm_unit != st.norm_unit or f.kind != st.kind:
                break  # (the groups ranked after a ；, 台东县增加7人最多, count the same)
            fc = clause_floor(text, st.sentence[0], f.start)
            named = _NEXT_GROUP.fullmatch(text, fc, f.start) or _RANKED_GROUP.search(text, fc, f.start)
            if fc <= run[-1].start or named is None or not _scope_group(named.group(1)) \
                    or _NEXT_RANK.match(text, f.end) is None \
                    or not re.fullmatch(rf"(?:{_RANK_WORDS})?[，,；;]", text[run[-1].end:fc]):
                break  # (调解成立件数占终结件数的百分比，以113年40.29%为最高: another thing ranked)
            run.append(f)
        for k, f in enumerate(run):
            said = text[run[k - 1].end if k else c:f.start]  # (为最高，107年: what ranked the group before)
            if not f.label or f.label in said or names_nothing(f.label) or f.label in text[c:st.start] \
                    or _RANK_SAID.fullmatch(f.label):  # (万华区每10万人1550.2件最高: 最高 is no name)
                f.label = counted
        i += len(run) - 1


# a change labelled by its verb alone (下降, 同比分别上升了): no name of what changed
_CHANGE_VERBS = "增加|增长|减少|下降|上升"
_CHANGE_VERB_LABEL = re.compile(rf"(?:同比|环比|比上月|比去年同期)?(?:分别)?(?:{_CHANGE_VERBS}|成长|增幅|降幅|升幅|跌幅)了?")
# 查扣3亿不法所得, 追回2000万赃款: money named after its figure (what else a bare 亿 would count is a noun of people)
_MONEY_NOUN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:所得|赃款|资金|款项|钱款|现金|财物|货值|经费|损失|罚款|税款)")
_CHANGE_VERB_CLAUSE = re.compile(rf"[，,；;]\s*(?:(?:较|比|比起)\s*(?:\d{{4}}\s*年|上年|去年)(?:同期)?\s*)?(?:同比|环比)?(?:分别)?"
                                 rf"(?:{_CHANGE_VERBS})了?(?:近|逾|约|超过)?\s*$")  # (，较 2023 年增加近 500 辆)
# 与去年年底相比，增加83万辆: a sentence that opens by comparing, its subject the sentence before's
_COMPARING_OPENS = re.compile(rf"\s*(?:与|和|同|比|较)[^，,。；;]{{1,12}}?(?:相比|比较|相较)?[，,]?\s*(?:分别)?(?:{_CHANGE_VERBS})")


def _bare_changes(text: str, found: list[RawStat]) -> None:
    """A change its words name by its verb only (8月份共接盗窃类报警237起,…,比上月下降了19.9%;比去年同期下降了10.2%;
    …数量达到344万辆。与去年年底相比,增加83万辆): the change of the count said before it, in its sentence or,
    when its sentence opens by comparing, in the sentence before; else it keeps its verb (no guess)."""
    for k, st in enumerate(found):
        if st.kind != "change" or not (_CHANGE_VERB_LABEL.fullmatch(st.label) or not st.label and _CHANGE_VERB_CLAUSE.search(
                text, max(st.sentence[0] - 1, st.start - 24), st.start)):
            continue  # (增加8,768人 with no label: a clause that is its verb alone)
        for f in reversed(found[:k]):
            if "\n" in text[f.end:st.start]:
                break  # (another paragraph says other things)
            if f.kind in ("change", "percent") or not f.label or re.search(_CHANGE_VERBS, f.label) \
                    or (st.norm_unit not in ("%", "个百分点", "倍") and f.norm_unit != st.norm_unit):
                continue
            between = text[f.end:st.start]
            stops = len(re.findall(r"[。！？!?]", between))
            if stops == 0 or (stops == 1 and _COMPARING_OPENS.match(text, st.sentence[0])):
                st.label = f.label
            break


_FROM_TO = re.compile(r"[，,；;]\s*从\s*$|[，,；;]\s*从[^，,；;。]{1,12}(?:增长|增加|提高|上升|扩大|下降|减少|降低|降)(?:了)?到\s*$")
# 较110年12月底5万5,805人, 比上年同期的: the level a count is compared with, in a clause of its own
_COMPARED_BASE = re.compile(r"[，,；;]\s*(?:较|比)\s*(?:上年|去年|前年|上月|同期|年底|年末|民国|[\d\s年月日号底末初度份])*(?:的)?\s*$")


def _from_to_levels(text: str, found: list[RawStat]) -> None:
    """Levels a clause gives as from one to another with nothing named (班列累计开行总数增长到1万列，用时54个月，
    从1万列增长到2万列), or as what a count is compared with (在台失联移工人数有6万4,573人，较110年12月底5万5,805人):
    the levels of the count said before them in the sentence, in its unit."""
    for k, st in enumerate(found):
        if st.label or st.kind not in ("count", "amount") \
                or not (_FROM_TO.search(text, max(st.sentence[0] - 1, st.start - 24), st.start)
                        or _COMPARED_BASE.search(text, max(st.sentence[0] - 1, st.start - 24), st.start)):
            continue
        for f in reversed(found[:k]):
            if f.sentence != st.sentence:
                break
            if f.label and f.kind == st.kind and f.norm_unit == st.norm_unit:
                st.label = f.label
                break


_VERB_ONLY_LABEL = re.compile(rf"(?:则|也|亦)?(?:分别)?(?:{_CHANGE_VERBS}|下跌|上涨|回落|回升|提高|降低|跌|升|增|减)?")


# 意外仍然以私家车为主，占 1,995 辆; 排第二的车辆为轻型货车，占 583 辆: the share's clause is 占 alone, what it is
# of is named at the end of the clause before
_SHARE_ALONE = re.compile(r"[，,]\s*(?:占|佔)\s*$")
_NAMED_BEFORE_SHARE = re.compile(r"(?:以([^，,。；;：:\d]{1,10}?)(?:为主|为最|最多|居多)|(?:为|是)([^，,。；;：:\d]{1,10}?))\s*$")


def _shares_named_before(text: str, found: list[RawStat]) -> None:
    """Counts a clause of 占 alone gives (…以私家车为主，占 1,995 辆): of what the clause before names."""
    for st in found:
        if st.label or not _SHARE_ALONE.search(text, max(st.sentence[0], st.start - 6), st.start):
            continue
        if (before := clause_before(text, st.start, st.sentence[0])) is not None \
                and (named := _NAMED_BEFORE_SHARE.search(text, before[0], before[1] - 1)):
            st.label = clean_label(named.group(1) or named.group(2)) or st.label


def _bracketed_levels(text: str, found: list[RawStat]) -> None:
    """Levels said in a bracket after the change between them (整体吸毒人数比二〇一四年减少5%(由9,059人减少至
    8,598人)), or after a clause that says they rose (学生人数和比率均较去年同期有所上升(由85人上升至209人，由30.4%
    上升至43.4%)): what changed, not the verb."""
    for k, st in enumerate(found):
        lo = max(st.sentence[0], st.start - 40)
        at = max(text.rfind("(", lo, st.start), text.rfind("（", lo, st.start))
        if st.kind not in ("count", "amount", "percent") or not _VERB_ONLY_LABEL.fullmatch(st.label) or at < 0 \
                or not _IN_FROM_BRACKET.fullmatch(text, at, st.start):
            continue
        f = found[k - 1] if k else None
        if f is not None and f.sentence == st.sentence and f.label and (
                f.kind == "change" and f.end == at  # 减少5%(由9,059人
                or f.kind == st.kind and at < f.start):  # …至8,598人
            st.label = f.label
        elif (f is None or f.end <= at) and (rose := _ROSE_BEFORE.search(text, max(st.sentence[0], at - 40), at)):
            st.label = clean_label(rose.group(1))
        elif f is not None and at < f.start and f.label and f.sentence == st.sentence and not _VERB_ONLY_LABEL.fullmatch(f.label):
            st.label = f.label  # (由85人上升至209人，由30.4%…: the bracket's subject, said once)


# (由9,059人减少至, (由85人上升至209人，由: where the figure stands in a bracket of levels from one to another
_IN_FROM_BRACKET = re.compile(r"[(（](?:[^()（）。；;]*?[，,、])?\s*(?:由|从)(?:[^，,；;。()（）]|(?<=\d),(?=\d)){0,16}?(?:至|到)?\s*")
# 学生占该年龄组别的人数和比率均较去年同期有所上升(: a clause that says something rose, its figures in the bracket
_ROSE_BEFORE = re.compile(r"(?:^|(?<=[，,；;：:。]))\s*([^，,；;：:。()（）\d]{2,24}?)(?:均|都|亦|也)?(?:较|比|與|与)[^，,；;。()（）\d]{0,10}?"
                          r"(?:有所|明显|大幅)?(?:上升|下降|增加|减少|增长|回落)\s*$")


# 同比减少51起、少死亡6人 / 同比减少50起、死亡6人: the next item of a list of changes, fewer (少) or more (多)
_LISTED_CHANGE = re.compile(r"、\s*([少多])?((?:(?!达|至|到|为|覆盖|总|共|累计|有|是|占)[\u4e00-\u9fff]){0,4})\s*$")


def _listed_changes(text: str, found: list[RawStat]) -> None:
    """Counts listed after a count's change with a 、 (同比减少51起、少死亡6人): changes too, in the direction of
    the first or of their own 少/多, labelled by their own words; then the percentages said 分别 of them
    (…，分别下降55.4%和23.1%) take their labels one by one."""
    for k, st in enumerate(found):
        prev = found[k - 1] if k else None
        if prev is None or st.kind != "count" or prev.kind != "change" or prev.norm_unit in _CHANGE_UNITS \
                or prev.sentence != st.sentence or not (m := _LISTED_CHANGE.match(text, prev.end, st.start)):
            continue
        st.kind = "change"
        st.direction = {"少": "down", "多": "up"}.get(m.group(1) or "", prev.direction)
        if m.group(1) and st.label.startswith(m.group(1)):
            st.label = st.label[1:]
    i = 0
    while i < len(found):
        j = i
        while j < len(found) and found[j].sentence == found[i].sentence and found[j].kind == "change" \
                and found[j].norm_unit == "%" and (j == i or JOINT_ONLY.fullmatch(text, found[j - 1].end, found[j].start)):
            j += 1
        run = found[i:j]
        listed = found[max(0, i - len(run)):i]
        if len(run) > 1 and len(listed) == len(run) and "分别" in text[found[i - 1].end:run[0].start] \
                and all(f.sentence == run[0].sentence and f.kind == "change" and f.norm_unit not in _CHANGE_UNITS
                        and f.label for f in listed) and len({f.label for f in listed}) == len(run):
            for st, f in zip(run, listed, strict=True):
                st.label = f.label
        i = max(j, i + 1)


def _respective_subjects(text: str, found: list[RawStat]) -> None:
    """Figures said 分别 of a subject that a clause before them lists (农村居民人均纯收入和城镇居民人均可支配
    收入，2000年分别达到2253元和6280元): one name each, in order, once their labels are complete."""
    i = 0
    seen: set[tuple[tuple[int, int], str]] = set()  # (sentence, label) of the figures before
    while i < len(found):
        j = i + 1
        while j < len(found) and found[j].sentence == found[i].sentence and found[j].label == found[i].label \
                and JOINT_ONLY.fullmatch(text, found[j - 1].end, found[j].start):
            j += 1
        run = found[i:j]
        said_before = (run[0].sentence, run[0].label) in seen
        seen.update((f.sentence, f.label) for f in run)
        if len(run) > 1 and "分别" in text[clause_floor(text, run[0].sentence[0], run[0].start):run[0].start] \
                and not said_before:
            spans = [y.years for y in mentions(text, max(run[0].sentence[0], run[0].start - _LIST_REACH), run[0].start)
                     if y.kind == "year" and y.years > 1]
            if not (spans and spans[0] == len(run)) \
                    and (names := respective_labels(run[0].label, len(run))) and len(set(names)) == len(run):
                # (not when 分别 is said of the figures before, 17件19人，同比分别下降…, nor of the years of a span)
                for st, name in zip(run, names, strict=True):
                    st.label = name
        i = j

