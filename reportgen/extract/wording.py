"""How the text says a figure: the words right before the number that belong to it (a bound such
as 近, 不到, 超过; a change such as 同比增长, 下降, 提升了). A briefing prints them with the figure,
so that 近30万件 is never printed as 30万件 and 提升32% never as a level of 32%."""

from __future__ import annotations

import re

# the end of a five-year plan as a baseline (较“十三五”末增加2247名)
PLAN_END = r"“?十[一二三四五六七八九]五”?(?:末|期末)"
# a shorter period before (a weekly or monthly bulletin's): 上周, 上月, 上个月, 上一季度
TERMS = r"周|星期|月|季度"
TERM_BEFORE = rf"上一?个?(?:{TERMS})"
_COMPARE = (r"(?:同比|环比|按年|按月|较上年同期|比上年同期|较去年同期|比去年同期|较上年|比上年|较去年|比去年|"
            rf"(?:较|比){TERM_BEFORE}|"
            r"较同期|比同期|(?:较|比)上一?个?五年|(?:较|比)(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:同期)?|"
            rf"{PLAN_END})|"
            r"(?:较|比|与)(?:上年同期|去年同期|上年|去年|上月|同期)相比)")  # 比上五年: against the five years before (a court's five-year report)
# a change said by an arrow (环比↓36.36%, as police weeklies print it) or by 升/跌 alone (非禮案升5.7%, as Hong
# Kong papers print it); 晋升, 公升, 提升 … and 止跌, 下跌 … are no such word
# 至少/最多/起码 with a modal, bounding the figure after the verb that follows (每年至少要耗费17.5亿元)
BOUND_BEFORE_VERB = r"(至少|最多(?!的)|起码)(?:要|需要|需|得|能|将|会|可以|可)?"
SHORT_CHANGE = r"[↑↓▲▼]|(?<![发标])[飆飙](?!升)|(?<![晋公毫提上攀跃飙回拉])升|(?<![上高看飞暴猛])涨|(?<![止下暴大])跌|(?:(?<=\d年)|(?<=去年)|(?<=上年)|(?<=前年)|(?<=同期))[增减]"  # 较2019年减43.8% (not 年增4485名)
# a sharp change, as news says it (暴增64萬件, 锐减三成, 骤降2.1亿元): a change like 增加 and 减少
SHARP_UP = ("暴增", "激增", "猛增", "骤增", "剧增", "飙升", "飆升", "大增", "急增")
SHARP_DOWN = ("锐减", "骤降", "骤减", "暴跌", "剧减", "大减", "大跌", "急跌")
SHARP_CHANGE = "|".join(SHARP_UP + SHARP_DOWN)
# the year before, as a baseline names it (比去年, 由上年的, 較前年)
YEAR_BEFORE = r"(?:上年|去年|前年|上一年|上年度)"
_VERB = (rf"(?:{SHARP_CHANGE}|改善|净增|净减|递增|递减|拉升|跃升|增长|上升|提高|提升|增加|增多|上涨|攀升|扩大|上调|调增|调高|上浮|下降|减少|降低|缩短|缩减|削减|压减|精简|下调|调减|调低|下浮|压降|压缩|"
         rf"下滑|下跌|回落|增产|减产|增收|减收|翻了|翻|{SHORT_CHANGE})")
# 已破千件, 破7萬人: past a round figure (not 突破, said apart; 侦破, 攻破, 跌破 …: solved, broken, fallen below)
PAST = r"(?<![突攻击擊打侦偵识識告看点點冲衝爆跌])破"
_BOUND = (r"(?:达到或略高于|达到或超过|达到或高于|不得超过|不能超过|不应超过|不得高于|不得少于|不得低于|没有超过|未超过|不超过|不高于|不少于|不低于|不小于|不大于|不多于|不到|不足|未满|低于|少于|小于|大于|多于|至少|最多|最高|最低|将近|接近|近|约为|约需|约|大约|"
          r"超过|超出|超|逾|突破|" + PAST + r"|多达|仅为|仅|只有)")
# a change said as a noun: 增幅达, 同比涨幅为, 降幅超过
_NOUN = r"(?:增幅|涨幅|降幅|减幅|增速|增长率|下降率|增量)(?:达到|达|为|是)?"
# a margin against a baseline: 高于全国0.4个百分点, 低于全省平均水平2个百分点
# (its groups: the comparison, the place, 平均; english/figures.py reads them)
MARGIN_VERBS = r"高于|高出|快于|超出|低于|慢于"
MARGIN = (rf"({MARGIN_VERBS})(全国|全省|全市|全区|全州|全县)?"
          r"(?:(?<=[国省市区州县出于])(?!平均|水平)[^,，;；:：。、\d的]{1,10}?)?(平均)?(?:水平)?")  # 高于全国法院人均结案数0.72件,
# 高出整体刑事犯罪9.61个百分点 (a group named without a place)
# things added: 新增5000个停车位 (printed 停车位新增5000个, not as the number there are)
ADDED = r"(新增加|新增|新建成|新开通)(?:了)?"
# above a plan or target by a margin: 完成投资2929亿元、超年度计划28%
OVER_PLAN = r"超(?:出|过)?(?:年度|全年)?(?:计划|目标|预期目标|预期|指标|任务)"
# how a change is measured: a rate a year (年均增长7.1%), after prices (实际增长5.4%)
# or over how many years (五年增加70%以上, 十年来增长1倍)
SPAN = r"(?:[两二三四五六七八九十]|十[一二三四五六七八九])年(?:来|间|里)?"
_MEASURE = rf"(?:(?:{SPAN})?(?:年均|年平均|平均每年|每年平均|实际|名义)|{SPAN})"
# a run of years or months: 连续14个月同比下降, 已连续4年保持 (printed 连续14个月, never a bare 14个月)
RUN = r"(?:已经?)?连续"
# the lead ends where the number starts: [comparison] [measure] [分别] [verb] [了/到/至] [bound]
# higher or lower than a group named before it: 较总体刑事犯罪该比例高13.4个百分点
COMPARED_MARGIN = r"(?:较|(?<![占同环])比(?![例重率较]))[^,，;；:：。、\d]{1,20}?(?<![提降])(?:高|低|多|少)(?:了|出)?"
# the same measure in a period before, given as a baseline: 去年同期为34件, 较上年同期的88.2%
# a year compared, its digits captured (比1952年, 较一九五二年)
# a year in four digits, Arabic or Chinese (2020, 一九八〇)
YEAR_DIGITS = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"
YEAR_COMPARED = rf"(?:较|較|比|相比)({YEAR_DIGITS})年"
BASELINE = (r"(?:(?:去年|上年|上一年|上年度)同期(?:为|是|共|有)?|(?:较|比)(?:上年|去年|上一年)?同期的|"
            rf"(?:同比|较|較|比){YEAR_BEFORE}(?:同期)?的?|"  # 比去年90.78万件减少12.64万件, 同比去年7起
            rf"{YEAR_COMPARED}(?:同期)?的|(?:较|較|比){PLAN_END}的|"
            rf"(?:较|較|比|环比){TERM_BEFORE}的?)")  # 比1952年的827亿元: the value of a year; 较上周的242起: of the week before
# compared; 较“十三五”末的9323.1亿元: of the plan's last year
# 大约增长, 接近翻: an estimate said before the verb of a change (its qualifier), printed with it
ESTIMATE = r"(?:(?<![大节公条契制])约|大约|大概|将近|接近)"
# the estimate with the verb it stands before (大约增加了, 接近翻): the figure is approximate
ESTIMATED_CHANGE = rf"({ESTIMATE})(?:增加|增长|减少|下降|上升|提高|降低|翻)了?"
_LEAD = re.compile(rf"(?:{BASELINE}{_BOUND}?|{COMPARED_MARGIN}|{_COMPARE}?{_MEASURE}?(?:分别)?{ESTIMATE}?{_VERB}(?:了|到|至|(?:均|都)(?:为|是|达))?{_BOUND}?|{_COMPARE}(?:分别)?[增降升减]{_BOUND}?|(?<![晋公毫])[增降升减跌](?:至|到)|"
                   rf"{_COMPARE}?{_MEASURE}?(?:分别)?{_NOUN}{_BOUND}?|是[^,，;；:：。、\s]{{1,14}}的{_BOUND}?|{MARGIN}|{OVER_PLAN}|{ADDED}{_BOUND}?|{RUN}|{_BOUND})$")
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?、\s]")
_REACH = 24


_MEASURE_FIRST = re.compile(_MEASURE)
_MULTIPLE_LEAD = re.compile(rf"(?:为|相当于)[^,，;；:：。、\s]{{1,14}}的{_BOUND}?$")
_MULTIPLE_AFTER = re.compile(r"[\d０-９.．一二三四五六七八九十两]+\s*倍")
_ADDED_ONLY = re.compile(ADDED)
_REAL_BEFORE = re.compile(r"扣除价格因素(?:后|影响)?[，,]$")


def lead_start(text: str, start: int, label: str = "") -> int:
    """Where the words that belong to the figure at `start` begin (== start when there are none);
    they never reach back past a clause mark. A measure word the label already says (执行案件年均增幅
    超过20%) is left to the label."""
    lo = max(0, start - _REACH)
    end = start
    while end > lo and text[end - 1] in " \t\u3000":
        end -= 1  # 突破 10万 件: the typesetting's space is no clause mark
    for mark in _CLAUSE_END.finditer(text, lo, end):
        lo = mark.end()
    m = _LEAD.search(text, lo, end)
    if m is None and _MULTIPLE_AFTER.match(text, start):
        m = _MULTIPLE_LEAD.search(text, lo, end)  # 相当于上年同期的1.5倍: a multiple of a base, said with its base
    if m is None:
        return start
    if m.start() == lo and (real := _REAL_BEFORE.search(text, max(0, lo - 10), lo)) is not None:
        return real.start()  # 扣除价格因素，分别增长9.6%: real growth, said in the clause before
    first = _MEASURE_FIRST.match(text, m.start(), end)
    if first is not None and first.group(0) in label:
        return first.end()
    if (added := _ADDED_ONLY.fullmatch(text, m.start(), end)) is not None and label.startswith(added.group(1)[:2]):
        return start  # 对新增2万亿元中央财政资金: the label (新增中央财政资金) says 新增 already
    return m.start()


# 从54万亿元增加到82.7万亿元: the first figure is where the change started
_BASELINE_AFTER = re.compile(r"[^，,。；;！？!?]{0,12}?(?:增加|提高|增长|上升|提升|扩大|下降|减少|降低|缩小|缩短|压降|压减|"
                             r"减|增|升|降)(?:到|至)")


# 由162个整合为123个, 从12个合并为5个: a verb of reshaping, not a change of a level, that ends in 为/到/至
_RESHAPED_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:为|到|至|成)(?=\s*[\d０-９一二三四五六七八九十两])")


def is_reshaped(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is the starting count of a reshaping (由162个整合为123个):
    the figure after 为 counts the same things."""
    return text[max(0, start - 1):start] in ("由", "从") and _RESHAPED_AFTER.match(text, end) is not None


def changed_to(text: str, pos: int) -> int | None:
    """Where the words saying what a starting value changed to end (41.7%上升至 of 从2021年41.7%上升至64.1%,
    read from pos, the end of the year before the value), or None when no such words follow in the clause."""
    m = _BASELINE_AFTER.match(text, pos)
    return m.end() if m is not None else None


# 从54万亿元, 由上年的1019宗 (增至1077宗): where a change started, with the year it was the level of
_FROM_BEFORE = re.compile(rf"(?:从|由)(?:{YEAR_BEFORE}(?:同期)?|{YEAR_DIGITS}年)的?\s*$|从\s*$")


def baseline_start(text: str, start: int, end: int) -> int | None:
    """Where the words that make the figure at text[start:end] the starting value of a change begin
    (从 of 从X增加到Y, 由上年的 of 由上年的1019宗增至1077宗), or None when it is none."""
    m = _FROM_BEFORE.search(text, max(0, start - 8), start)
    return m.start() if m is not None and _BASELINE_AFTER.match(text, end) is not None else None


# 879件(含旧存343件), 1700件(不含民特、民撤案件), 5万元以上（含5万元）: a bracket right after the figure that
# says what it counts in or leaves out. The figure is not what it is without it, so it prints with it.
# Up to its first comma only (3881件(含执行1568件,与执行系统数据略有误差) → 含执行1568件); a breakdown
# (其中…) is a figure of its own, not a caveat.
CAVEAT_WORD = r"均不含|均含|不含|不包括|包括|包含|已含|含"  # 不… leave out, the others count in
_CAVEAT = re.compile(rf"[ \u3000]?[（(]((?:{CAVEAT_WORD})[^（()）,，;；。！？!?\n]{{1,40}})"
                     r"(?:[,，;；][^（()）\n]{0,60})?[）)]")


# shares written A∶B∶C (三次产业结构8.7∶41.2∶50.1): each term is a figure, printed with the whole notation,
# since a term alone does not say which part it is
SHARE_TERMS = re.compile(r"(?<![\d.:∶])\d+(?:\.\d+)?(?:\s*[:∶]\s*\d+(?:\.\d+)?){2,}(?![\d.:∶])")


def terms_around(text: str, start: int) -> tuple[int, int] | None:
    """Where the shares written A∶B∶C that the number at text[start] is a term of stand, or None."""
    for m in SHARE_TERMS.finditer(text, max(0, start - 40), min(len(text), start + 40)):
        if m.start() <= start < m.end():
            return m.span()
    return None


def caveat_after(text: str, end: int) -> tuple[int, int] | None:
    """Where the caveat of the figure ending at text[end] is (含旧存343件, without the brackets), or
    None when the figure has none."""
    m = _CAVEAT.match(text, end)
    return m.span(1) if m else None
