"""The label of a figure: the shortest phrase of the text that names what it counts (ANNOTATION.md,
`label`). The words before the figure, cleaned of fillers, subjects (各级法院), dates and comparisons;
the noun after a measure word (6只藏狼幼崽, 10项措施) or after an amount (3万元执行款); the subject of
the clause before a figure whose own words name nothing (…整改率逐年提升，由2018年的97.2%…).

The rules that pass a label from one figure to another (立案87件112人, a change and the figure it
describes) are applied by extract.stats.item_stats; this module reads the phrases themselves.
"""

from __future__ import annotations

import functools
import re

from reportgen.extract.numbers import CN_DIGITS, CN_UNITS
from reportgen.extract.periods import ABSTRACT_MARK, YEARS_COUNTED
from reportgen.extract.wording import (
    BOUND_BEFORE_VERB,
    PAST,
    PLAN_END,
    SHARP_CHANGE,
    SHORT_CHANGE,
    TERM_BEFORE,
    is_reshaped,
)
from reportgen.vocab import BASE_UNITS
from reportgen.words import tags

HAN = "\u4e00-\u9fff"

_LEAD_FILLERS = re.compile(
    r"^(?:其中|至于|至於|虽然|雖然|尽管|儘管|前[一二三四五六七八九十\d]{1,2}[位名](?:的)?(?:分别|分別|依次)?(?:是|为|為)|此外|相反|與此同時|与此同时|短短|仅仅|(?:并|並)?指出|另外|同时|以及|并且|但是|但(?![书凡愿])|而且|而(?![且已])|并|和(?![美谐平])|与|及|共计|共|累计|合计|总计|全年|还(?![押款贷])|均|分别(?:是|为)?|依法|先后|"
    r"据统计|据了解|据悉|数据显示|统计显示|(?:根据|据)[^，,。；;\d]{1,12}?(?:资料|数据|统计)(?:显示)?|目前|截至目前|期间|当年|全部|一共|尤其是|特别是|仅|就(?![业医学读诊])|的|我院|本院|该院|也要再|再(?![生审])|要(?=[把将为使让])|已经|"
    r"对(?![口外象策比话接])|把|(?:可|能|可以)?将|使|让|在(?![线职押册编岗建逃校读矫])|"
    r"其(?![中他它余次])|这座|这个|这些|该(?:[局院所县市区省村镇乡项](?=[\u4e00-\u9fff]{2}))?(?!类))+")
_LEAD_PERIOD = re.compile(r"^(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}(?:[-至到]\d{1,2})?月)?(?:底|初|末|尾)?|(?:去年|上年)?同期|去年|今年|近年来|(?:在)?(?:近|过去|過去)[\d两二三四五六七八九十]{1,3}年(?:来|间|里|中)?(?:的)?|截至|截止|今年以来|全年|"
                          r"本月|当月|上月|本周|本季度|"
                          r"[上下]半年|第?[一二三四]季度|前[一二三]季度|[首前头][一二两三四五六七八九十\d]{1,2}(?:个季度|季度|季|个月|個月)|\d{1,2}(?:[-至到]\d{1,2})?月(?:份)?)+")
# words between a name and what is said of it (粮食产量要, 排放量又, 收入估计将): no part of the name
_MODALS = r"(?<![纲摘主重需必只])要|必须|务必|应当|(?<![模虚草])拟|又|也|(?<![偿归退返送交])还(?![押款贷])|估计|預計|预计|预估|預估|估計|正式|(?:仅|僅|只)?剩(?:下)?"
# how much a change was (大幅增加到, 稍微缩减至, 显著缩短): no part of what changed
DEGREE = r"大幅|稍微|稍为|略有|略|小幅|明显|显著|进一步|大大"
# 跃上, 迈上: a level climbed onto (服务业增加值跨上万亿元), no part of the name
CLIMB_ONTO = r"[跃迈跨登站]上"
_YEARS_SPAN = r"(?:前|近|过去)?[\d两二三四五六七八九十]{1,3}年(?:来|间|間|中|里)?"  # 五年, 前三年, 三年来, 过去四年中: how long a change took
# a currency named before its amount (达新臺幣5,110萬元, 奖励人民币10万元): no part of the name, no end of a bound
CURRENCY_BEFORE = r"人民币|新台币|新臺幣|台币|臺幣|港币|港幣|港元|澳门元|澳門元"
_TRAIL_FILLERS = re.compile(
    r"(?:" + CURRENCY_BEFORE + r"|(?<![所予加难可])以|短短|仅仅|首[一二三四五六七八九十\d]{1,2}(?:季度|季|个月|個月)|达到或略高于|达到或超过|达到或高于|达到了|达到|高达|多达|达|(?<!行)为|是|共计|共|(?<![统估设审会合核预])计|约|近|将近|接近|大概|大约|超过|超出|超|突破|不到|不足|逾|" + PAST + r"|仅为|仅|只有|"
    r"有|(?<![现存所实潜自])在|了|(?<![规原准法细守否实])则|(?<!标)的|至|到|累计|合计|总计|年均|平均|(?<![人户生日月])均|分别|先后|方面|(?:同样|同樣|虽然|雖然|亦|共)?(?:录得|錄得)|已|都|约为|总数|总量为|和|(?<![涉以])及|与|将|仅能|(?<![产效功动性])能|"
    r"可以|可|由|从|控制在|保持在|稳定在|维持在|(?<=目标)定在|(?<=目标)定为|维持于|保持于|稳定于|保持|维持|維持|连续|持续|已经|一直|不低于|不少于|不超过|不得少于|不得低于|不高于|低于|高于|不足|不大于|不多于|大于|多于|小于|少于|"
    r"不得超过|不得|最长|最短|约占|(?<![通经度不越跨错路闯渡])过|再|首次|目前|现在|当前|去年底|今年底|上年末|年底|年末|去年|今年|较高|较低|实现|"
    + _MODALS + r"|(?<![推])按|按照|(?<![原首科文双开草独])创|" + CLIMB_ONTO + r"|历史性|逐年|逐步|稳步|不断|(?<=[\u4e00-\u9fff])就|"
    r"(?<=[\u4e00-\u9fff]{2})(?<![青少成中老周当今去明后同个])" + _YEARS_SPAN + r"|"
    r"(?:高于|高出|快于|超出|低于|慢于)(?:全国|全省|全市|全区|全州|全县)?(?:平均)?(?:水平)?|"
    r"(?:高于|高出|低于)(?:全国|全省|全市|全区|全州|全县)[\u4e00-\u9fff]{1,10}|"
    rf"(?:{DEGREE})?"
    r"(?:增长|增|(?<!压)降|提高|提升|增加|下降|减少|减|上升|升|缩短|缩减|减短|压减|压缩|扩大|缩小|回落|回升|下滑|下跌|上涨)(?:至|到|为)|"
    r"仍然|依然|仍|继续|(?<![变])更|(?<=[\u4e00-\u9fff]{2})亦|(?<=[\u4e00-\u9fff]{2})有所)+$")  # 破案率更高达90.9%, 损失金额亦 (也: _MODALS), 有所(上升)
_GENERIC_SUBJECT = re.compile(r"(?:全[区省市州县国盟]|各级|两级|[我本该]院|全区各级|全省各级|全市各级)")
# Who did it is not what is counted: 各级法院, 林芝、昌都法院“铁路巡回法庭”, 天台县司法局 … (占诉至法院纠纷量 is
# a share of disputes, not a court's)
_SUBJECT = re.compile(rf"^(?![占])(?:(?:全[区省市州县国盟]|各级|全区各级|全省各级|全市各级|两级|"
                      rf"(?:(?![至到向对进入])[{HAN}、“”]){{1,12}}?)"
                      rf"(?:法院|检察院|检察机关|人民法院|人民检察院|公安机关|公安局|司法局|派出所|法庭|"
                      rf"工作站|服务站)(?!长)”?[、和及]?)+(?:共|已|累计|依法|全年)*")
_POST_STOP = re.compile(r"的|之(?:内|外|间|中|后|前)|为|而|在(?![校读职岗押编册线逃营售研役产]|建(?!国))|被(?!告|害|执行|申请|监护|保险|救助|困|拐|骗|侵)|参加|参与|存在|开展|建立|成立|组建|沟通|支援|提供|免费(?=[提开发为])|"
                        r"签订|签署|协同(?!共建)|开设|办理|办案|入额|遴选|完成|(?<![建施架铺])设(?![施备计]|区的?市)|进行|首次|(?<!首)都|得以|全覆盖|实现|获得|得到|通过|均|全部|已|共|"
                        r"接受|作为|同比|环比|按年|按月|比|较|涉及|面临|来自|从|到|和|与|及|或者|或|是|等|以|将|里面|加入|入库|入驻|用于|"
                        r"顺利|参会|作出|做出|采取|给予|发放|发出|颁发|配置|配备|(?<=[\u4e00-\u9fff])针对")
# nouns that can qualify a head noun right after them (贫困家庭学生, 非遗项目档案), unlike persons (局长代表)
_QUALIFYING_HEAD = re.compile(r"家庭|项目|企业|单位|部门|机构|法院|检察院|园区")
CLASSIFIERS = {"件", "人", "名", "轮", "位", "户", "家", "个", "项", "份", "期", "条", "篇", "批", "宗", "笔",
                "套", "辆", "台", "所", "座", "间", "处", "只", "头", "棵", "株", "册", "本", "支", "起", "部", "类",
                "种", "款", "双", "张", "栋", "幢", "艘", "尾", "场", "架", "箱", "块", "颗", "枚", "盏", "组", "对", "面", "封", "批次"}
# Measure words that only count the noun after them (6只藏狼幼崽, 37家部门, 10项措施): that noun is the label.
# 件, 人, 起 … also close a phrase that names what is counted (审结刑事案件2912件), so they are not here.
_PURE_CLASSIFIERS = {"个", "家", "名", "位", "只", "头", "座", "所", "支", "批", "处", "间", "棵", "株", "辆", "台", "套", "份",
                     "项", "种", "类", "部", "款", "双", "栋", "幢", "艘", "架", "块", "颗", "枚", "盏", "组", "对", "面", "封"}
# Nouns that end what a measure word counts (3个非遗项目传承人… → 非遗项目).
_HEADS = re.compile(r"国家和地区|园区|律师事务所|事务所|项目|单位|企业|部门|机构|农户|牧户|群众|干警|民警|辅警|警察|警力|人员|案例|幼崽|档案|局长|科长|被执行人|"
                    r"港长|法官|律师|家庭|学生|村民|牧民|党员|代表|委员|法院|法庭|检察院|派出所|工作站|服务站|人士")
# A label that already names a measure (结案率, 执行到位金额 …) is kept over the text after the figure.
_MEASURE_END = re.compile(r"(?:率|额|数|量|比例|比重|占比|款|资金|收入|总值|产值|产能|面积|规模|案件|人次|时长|"
                          r"周期|用时|耗时|历时|期限|审限|刑期|有期徒刑|拘役|增幅|升幅|降幅|减幅|幅度)$")
# Nouns an amount or area is of (3万元执行款, 28840元欠款, 6.6亩耕地, 2000元奖励).
_THING_END = re.compile(r"(?:款|金|费|工资|薪资|薪酬|欠薪|利息|资金|债权|债务|税收|税款|耕地|土地|林地|草地|草场|房屋|住房|田|奖励|奖金|补偿|"
                        r"赔偿|补助|罚款|国债|债券|贷款)$")
# money taken from victims, named after its amount (被骗款, 被盗财物, 被挪用资金): 被 opens a noun here, not a verb phrase
_LOST_MONEY = re.compile(r"被(?:骗|盗|抢|诈骗|盗窃|抢劫|侵占|挪用|非法集资|骗取|冒领)(?:的)?(?:资金|款项|钱款|财物|款|钱)")
_DONE_TO_LOST = re.compile(r"(?:返还|退还|发还|追回|挽回|冻结|止付|追缴|查扣|扣押)$")
# funds allotted, raised or paid out (中央财政安排, 拟投入, 筹措), and the funds named right after the amount
_FUNDING_END = re.compile(r"(?:安排|投入|设立|下达|拨付|筹措|筹集|发放|争取|兑付|支付|提供|追加)$")
# a label that is only a verb of allotting money (统筹, 筹措), and the purpose said after the amount (支持…, 实施…);
# 支持/用于 only lead to it, 实施/建设 say what is done
_BARE_FUNDING = re.compile(r"(?:统筹|筹措|筹集|安排|投入|下达|拨付|争取|追加)")
_PURPOSE = re.compile(r"(?:(?:支持|用于|专项用于)(实施|建设|推进)?|(实施|建设|推进))(?=[\u4e00-\u9fff“])")
_THING_FIRST = re.compile(r"[\u4e00-\u9fff“”]{0,10}?(?:资金|基金|经费|补助|补贴|专款|贷款|国债|债券|奖金|助学金)(?![\u4e00-\u9fff]{0,2}[金费款])")
_DURATION_END = re.compile(r"(?:时长|周期|用时|耗时|历时|期限|审限|刑期|有期徒刑|拘役|管制|时间|工期)$")
# What money is: a figure with a scale and no unit (经费总投入是36亿, 讨薪8.2亿, 善款７０余万) is an amount
MONEY = re.compile(r"款|金|费|薪|资|投入|投资|收入|支出|额|价|税|产值|总值|利润|营收|罚|预算|捐|成本|损失|赔偿|补偿|"
                    r"补助|奖励|财政|经费|债|币|所得")  # 新臺 幣 500 多萬, 3億不法所得: money
DIRECTION_TAIL = re.compile(r"(?<!年均)(?:(?:[两二三四五六七八九十]+年)?(?:平均每年|每年平均)|(?<![青少成中老周当今去明前后同个])[\d两二三四五六七八九十]{1,2}年(?:来|间|間)?)?"
                            r"(?:分别)?(?:扣除物价因素(?:后)?)?(?:同比|环比)?(?:(?:按)?(?:同|可比)口径)?(?:" + DEGREE + r"|持续|直线|逆势|逆市|仍然|依然|仍|还|也|又|竟然|竟|接近|将近|大约|大概){0,2}(?:" + SHARP_CHANGE + r"|比增|成长|成長|比降|比减|净增|净减|递增|递减|增产|减产|增收|减收|拉升|攀升|跃升|增长|上升|提高|提升|增加|上涨|下降|减少|"
                             r"降低|下滑|下跌|回落|缩短|缩减|减短|压减|压缩|翻|多出|少(?=了|$)|多(?=了)|" + SHORT_CHANGE + r")(?:了|到|至)?$")
# A change's own words (同比上升, 比2019年, 高于全国, 五年年均增长): no label of their own
CHANGE_ONLY = re.compile(
    r"(?:增加|减少|增长|下降|上升|压降|压减|降低|提高)(?:比率|比例|幅度)|"  # 减少1万9694件，减少比率约3成: the rate of that fall
    r"同比|环比|比上年同期|比去年同期|较上年同期|较去年同期|比上一年|比上年|比去年|较上年|较去年|与上年同期相比|"
    r"与去年同期相比|与\d{4}年同期相比|[比较]上一?个?五年|相比|(?:按)?(?:同|可比)口径|扣除物价因素(?:后)?|逆势|逆市|[比较](?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:同期)?|预计|递增|递减|增产|减产|高于全国|低于全国|高出全国|高于|低于|高出|分别|大幅|"
    r"平均每年|每年平均|年均|平均|持续|稳步|较快|明显|均|[\d一二三四五六七八九十两]+年(?:间|来)?|增长|上升|提高|提升|增加|增幅|升幅|上涨|"
    r"涨幅|下降|减少|降低|缩短|压降|下滑|下跌|回落|降幅|减幅|跌幅|多出|" + SHARP_CHANGE + r"|降|按年|按月|"
    r"增量|(?<![新净])年(?:升|增|跌|减|降)(?![长加幅])|^(?:该|这|此)?数字$|远远|"  # 年升4.8%: Hong Kong's headline form; 数字比2024年少29%: the figure just given
    r"[较較比]前年|更|亦|了|达|到|至|为|约|近|超过|超")
_SENTENCE_TERM = re.compile(r"(?<=判处)(?:有期徒刑|拘役|管制)$")
_TRAIL_PLACE = re.compile(rf"[{HAN}]{{1,6}}(?:省|市|县|区|州|盟|旗|镇|乡|村)$|[中里内]$|"
                          rf"[{HAN}]{{2}}(?:领域|領域)$")  # 食品药品安全领域5起重大案件: where, not what is counted
# 在案件比2022年增加1.4万件: the comparison is not part of what is counted.
_COMPARED = re.compile(r"(?:将|要)?(?:比较|比較|比|较|較)(?:\d{4}年|[〇○零一二三四五六七八九]{4}年|上年|去年|前年|上一年|同期|上一?个?五年|"
                       rf"{TERM_BEFORE}|"
                       rf"{PLAN_END})" r"|同比|环比|按年|按月|与(?:\d{4}年|上年|去年)(?:同期)?相比|"
                       r"扣除物价因素(?:后)?")


_ARITHMETIC = re.compile(r".*[×÷=＝]")
_ARITHMETIC_TAIL = re.compile(r"[\d.．０-９（）()]*(?:[×÷=＝*][\d.．０-９（）()]*)+$")
_JOINT = "(?:以及|[、和及与])"  # what joins the items of a list: 原煤、原油和天然气
_JOINT_END = re.compile(rf"{_JOINT}\s*$")
JOINT_ONLY = re.compile(rf"\s*{_JOINT}\s*")
LIST_JOIN_END = re.compile(rf"(?:{_JOINT}|共计|共|合计|总计)\s*$")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
# 符合法定情形, 符合条件: a criterion the people met, no name of them
_CRITERION = re.compile(r"符合[^，,。；;]{0,10}(?:条件|情形|规定|标准|要求)")
# 每10万人, 每十万人口, 每万人: the people a rate is counted over (每人 is an amount each, no rate)
PER_CAPITA = r"每\s*(?:(?:10|100|1,?000|十|百|千)\s*[万萬]?|[万萬])\s*人(?:口|次)?\s*(?:计算?|的)?"
_PER_CAPITA_TAIL = re.compile(rf"(?:为|是|达)?{PER_CAPITA}$")
_LABEL_START = re.compile(r"的是|其中|^当中|包括|——"  # (——: a lead phrase before it names nothing counted)
                          r"|^" + ABSTRACT_MARK)  # [摘要]: the abstract's mark


def _drop_bracket(m: re.Match[str]) -> str:
    """Brackets are dropped from a label, but not one or two characters inside a word (审(执)结)."""
    inner = m.group(0)[1:-1]
    s, a, b = m.string, m.start(), m.end()
    if 1 <= len(inner) <= 2 and a > 0 and b < len(s) and re.match(rf"[{HAN}]", s[a - 1]) and re.match(rf"[{HAN}]", s[b]):
        return m.group(0)
    return ""
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
            # 部门 “2020年度新收案件结案率100%”: a quote still open where the figure stands holds it; its words
            # name the figure, not the ones before the quote
            k = s.rfind(left)
            s = s[k + 1:] if k > 0 and right not in s[k:] and len(s) - k > 2 else s + right
    return s


# a date or a comparison before what is counted is no part of its name: 后于2014年10月15日向…征询上述,
# 较2018年、2019年的同类犯罪起诉人数, 由2018年的
_DATE = r"(?:(?:\d{4}(?:\s*[-/—–－]\s*\d{2}(?=\s*年))?|[〇○零一二三四五六七八九]{4}|(?:民国\s*)?(?<![\d.])1[01]\d(?=\s*年(?![来间多内里]))|(?<![\d.])\d{2}(?=\s*年(?:同期|度|第?[一二三四1-4]季度|[上下]半年|\d{1,2}月|[底初末]|\s*[:：])))\s*年度?(?:\s*\d{1,2}(?:\s*月?[-至到]\d{1,2})?\s*月份?(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:今年|去年|上年|本年|当年)?\d{1,2}月(?=[初底末])|(?:今年|去年|上年|本年|当年)?\d{1,2}(?:[、和至到-]\d{1,2})?月份)(?:\s*[初底末尾])?"  # (110 年 12 月 底: a page that sets words apart)
# 2023至2024年, 2019-2020年: a span whose first year goes without 年
_SPAN_START = r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*(?:至|到|—|-|~|～|－|–)\s*(?=(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年))"
_DATE_IN = re.compile(rf"(?:由|从|自|于|在)?{_SPAN_START}?(?:\d{{4}}\s*[/／]\s*)?{_DATE}(?:\s*(?:至|到|—|-|~)\s*{_DATE})?"
                      r"(?:以来|起|至今|[前头首][一二三四五六七八九十\d]{1,2}(?:个月|個月|季度)|前|后)?(?:的)?")  # 2020年前7个月: its first months; 2017/2018年度: a fiscal year
_WITHIN_PREFIX = re.compile(r"^[\d一二三四五六七八九十两半]+(?:个)?(?:天|日|周|个?月|年|小时|分钟)(?:之内|以内|内|来|间|里)")
# 由上年的88个扩大到229个, 补助标准由每人每年120元提高到…: the start of a change, said by a time or a rate basis
_BASE_TIME = r"(?:上年|去年|前年|上一年|上半年|下半年|年初|年末|同期|原来|过去|此前|以前|[\d一二三四五六七八九十]{1,2}年前)"
_FROM_BASE = re.compile(rf"(?:由|从){_BASE_TIME}?(?:的)?(?:每人每年|每人每月|每年|每月|人均)?(?:的)?$")
_COMPARED_LEAD = re.compile(r"^(?:(?:与|和|同|跟)[^，,。；;\d]{1,12}?(?:相比|相较|比较)(?:而言)?[，,]?|"  # 与去年春节同期相比
                            r"(?:较|比|相比|与|同)(?:上年|去年|上一年|同期)(?:同期)?(?:的)?)")


# goods an economic report counts by one character (钢四十二万七千吨, 煤一千三百万吨, 电五十三万千瓦)
_ONE_CHAR_TOLL = frozenset("死伤傷亡")  # 死二十四人、傷九人: the toll said with one character
ONE_CHAR_GOODS = frozenset("钢煤电油糖纸盐布粮棉麻茶肉蛋奶")


_ON_BASIS = re.compile(r"在[^，,；;。]{1,24}?的?基础上$")  # what a figure built on is no part of its name


_ADVERB_BOUND_WORDS = re.compile(BOUND_BEFORE_VERB)


# a level reached, said as a step (地区生产总值迈上5万亿台阶, 突破1万亿大关): no thing counted
STEPS = ("台阶", "臺階", "大关", "大關", "关口", "關口")
# the step a figure before reached (…5万亿台阶、), left at the start of the next figure's words
_STEP_LEFT = re.compile(rf"^(?:{'|'.join(STEPS)})[、，,]")


_LABEL_CHARS = 24  # a label keeps the words at its end that fit
_LIST_HEAD_CHARS = 6  # …or a few more, to keep a list whole


@functools.lru_cache(maxsize=4096)
def clean_label(raw: str) -> str:
    s = _BRACKETED.sub(_drop_bracket, raw)
    if any(c in s for c in "×÷=＝"):  # 单价为3.5÷2.4×600元/平方米: the words before the arithmetic
        s = _ARITHMETIC_TAIL.sub("", s)
        s = s[op.end():] if (op := _ARITHMETIC.search(s)) is not None else s
    s = _LABEL_START.split(s)[-1]
    s = _COMPARED_LEAD.sub("", s)
    s = _COMPARED.split(s)[0] or _COMPARED.sub("", s)
    s = _WITHIN_PREFIX.sub("", s)  # 30天内破获电信诈骗案件 → 破获电信诈骗案件
    s = YEARS_COUNTED.sub("", s)  # 2012、2013、2014三年中受理的离婚案件 → 受理的离婚案件
    s = _ON_BASIS.sub("", s)  # 粮食总产量在上年大幅度增长的基础上 → 粮食总产量
    if len(bare := _ADVERB_BOUND_WORDS.sub("", s)) >= 2:
        s = bare  # 吸食海洛因至少要耗费 → 吸食海洛因耗费: the bound is the qualifier's
    if "年" in s or "月" in s or "日" in s:
        s = _DATE_IN.sub("", s)  # 占全国比重由2020年的 → 占全国比重; 国内生产总值2000年 → 国内生产总值; 由2018年的 → nothing
    s = _FROM_BASE.sub("", s)  # 补助标准由每人每年, 失业率从上半年的: where a change starts is no part of the name
    s = _LIST_MARK.sub("", s)  # 2、…
    s = _STEP_LEFT.sub("", s)  # 迈上5万亿台阶、五年增量超1.36万亿元: the step is the figure before's
    s = s.lstrip(")）").strip(" \t\n\r\u3000、,，\"':：￥¥$●○■□◆◇▲△★☆►▶•·")  # ((+8.11%)、財損金額: the bracket closed before it)
    s = s.rstrip("“「")  # 结案数首次突破“两万件”大关: the quote opens on the figure
    if len(bare := _PER_CAPITA_TAIL.sub("", s)) >= 2:
        s = bare  # 刑事案件发生率为每10万人: the rate, not the people it is counted over
    for _ in range(3):
        s2 = _LEAD_PERIOD.sub("", _LEAD_FILLERS.sub("", s)).strip(" \t\n\r、,，")
        m = _SUBJECT.match(s2)
        if m and len(s2) - m.end() >= 2 and not (len(s2) - m.end() <= 4 and len(s2) <= 12
                                                  and not _GENERIC_SUBJECT.match(s2)):
            s2 = s2[m.end():]  # 最高人民法院受理案件 keeps its court: 受理案件 alone names nothing
        s2 = _TRAIL_FILLERS.sub("", s2).strip(" \t\n\r、,，")
        if not s2 and s.startswith(("总数", "总量")):
            return s[:2]  # 总数突破2万个: the total
        if s2 == s:
            break
        s = s2
    if (m := _SENTENCE_TERM.search(s)) is not None:
        s = m.group(0)  # 被告人周某判处有期徒刑 → 有期徒刑: the sentence, not the person
    if len(s) == 1 and s not in ONE_CHAR_GOODS and s not in _ONE_CHAR_TOLL:
        return ""  # 占77.46%: a share of the group named before it; 也已超过2年: no name
    kept = last_words(s, _LABEL_CHARS)
    if ((dropped := s[:len(s) - len(kept)]).endswith("、") or kept.startswith("、")) and len(dropped) <= _LIST_HEAD_CHARS \
            and "，" not in dropped:
        kept = s  # 刑事、民事、行政和公益诉讼业务占比: not cut after a list's first item, which names a part as much as the rest
    s = kept.strip(" 、,，")
    return _balanced(s.strip("“”《》") if s.count("“") + s.count("《") == 0 else s)


DIGITS_ONLY = re.compile(r"[\d０-９.．,，、\s]+")
_PER_ONLY = re.compile(r"每(?:年|月|日|天|周|季度)")  # 每年 alone: the noun after says what the figure is of
# 折合1148亿元人民币: the currency, not a thing
_CURRENCY = {"人民币", *(u for u, unit in BASE_UNITS.items() if unit.kind == "amount")}
_SHORT_BRACKETS = re.compile(r"[（(][^）)]{0,8}[）)]")
# “5.12灾后重建资助项目”: quoted whole; 5G基站, AI应用: a Latin word inside the name (not a number of its own)
_HAN_AFTER = re.compile(rf"[ \t\u3000]*(?:不等(?=的))?(的)?((?:“[^”“，,。；;]{{1,20}}”|「[^」「，,。；;]{{1,20}}」|[{HAN}“”]"
                        rf"|\d{{0,2}}[A-Za-z]{{1,6}}(?=[{HAN}]))+)")


def _post_phrase(text: str, end: int) -> tuple[str, bool]:
    """The Han phrase right after a figure (brackets dropped), and whether 的 joins them."""
    tail = text[end:end + 30]
    if "(" in tail or "（" in tail:
        tail = _SHORT_BRACKETS.sub("", tail)
    m = _HAN_AFTER.match(tail)
    if not m or (m.start(2) > 0 and tail[:m.start(2)].isspace() and tail.startswith((":", "："), m.end())):
        return "", False  # 日均车流量370余万辆 编辑:蔡静: a field of the page after a space, not what is counted
    phrase = m.group(2)
    if tail.startswith("、", m.end()) and len(phrase) <= 4 and (kinds := _KINDS_OF_HEAD.match(tail, m.start(2))) is not None \
            and (head := _HEADS.match(tail, kinds.end())) is not None:
        return tail[m.start(2):head.end()], bool(m.group(1))  # 16个新建、迁建和改扩建项目: the projects of all three kinds
    if tail.startswith("、", m.end()) and len(phrase) <= 8 and (more := _LISTED_NOUN.match(tail, m.end() + 1)) is not None:
        second = more.group(1)
        if _post_stop(phrase) is None and _first_word(second) not in _NOT_NOUN_START \
                and not _PREDICATE_START.match(second) and (stop := _post_stop(second) or _LIST_DID.search(second)) is not None \
                and 0 < stop.start() <= 8 and not _ANY_NUMERAL.search(phrase + second[:stop.start()]) and stop.group() not in ("的", "和", "与", "及", "或", "或者", "等", "共") \
                and not tail.startswith("、", more.end()):
            # (吸引力强、带动面广的: what qualifies a noun; 十年以上有期徒刑、无期徒刑或者死刑: the sentence's alternatives)
            phrase += "、" + second  # 22项质量、效果指标位居前十, 1万名困境、留守儿童: the things listed are counted together
    return _first_words(phrase, 16), bool(m.group(1))


_LISTED_NOUN = re.compile(r"((?:“[^”“，,。；;]{1,12}”|[\u4e00-\u9fff“”]){1,20})")
# what the things listed after a figure won or ranked (22篇调研论文、案例文书获省级以上奖励): the list ends before it
_LIST_DID = re.compile(r"获|受|位居|位列|居于")
_ANY_NUMERAL = re.compile(rf"[\d０-９{CN_DIGITS}{CN_UNITS}兩萬億]")


_WEIGHED = re.compile(r"(?:总|净|毛)?重(?:约|达|计|量为|量约|为)?|约重|共重|计重")  # 海洛因49块重约17150克: the weight follows
_NOT_NOUN_START = {"并", "并且", "且", "而", "而且", "但", "但是", "或", "或者", "和", "与", "及", "就", "才", "便",
                   "即", "都", "均", "已", "将", "被", "也", "由"}
# 496人下降明显, 有所上升: what a figure did, not what it counts (降低存款准备金率 names an action, 增长率 a noun)
_PREDICATE_START = re.compile(r"(?:有所|明显|大幅|持续|逐年)?(?:下降|上升|增长|提高|减少|降低|回落|增加|扩大|缩小)"
                              r"(?:明显|显著|较快|较多|了|幅度)?(?:(?=到|至|为)|(?![\u4e00-\u9fff]))|[增减降升涨跌](?:至|到)|有所|同比|环比|分别|"
                              r"次之|次多|居首|居次|分?居第|位居第|最多|最少")  # 林園64件次之, 詐欺2446件分居第三: its rank, not what it counts


def _first_words(phrase: str, n: int) -> str:
    """The words of phrase that fit in n characters, never a word cut (农村中小学幼儿园建设 → …幼儿园)."""
    if len(phrase) <= n:
        return phrase
    from reportgen.words import cut

    out = ""
    for w in cut(phrase[:n + 8]):
        if len(out) + len(w) > n:
            break
        out += w
    return out or phrase[:n]


def last_words(phrase: str, n: int) -> str:
    """The words at the end of phrase that fit in n characters."""
    if len(phrase) <= n:
        return phrase
    from reportgen.words import cut

    out = ""
    for w in reversed(cut(phrase[-(n + 8):])):
        if len(out) + len(w) > n:
            break
        out = w + out
    return out or phrase[-n:]


def _first_word(phrase: str) -> str:
    from reportgen.words import cut

    return cut(phrase[:6])[0] if phrase else ""


# what picks out the part a share is (33.3%的事故涉及工人群体, 65%的被告人为初犯), ending its clause
_SELECTED_BY = re.compile(r"(?:均|都|也)?(?:涉及|发生在|发生于|来自|属于|为|是|系|集中在|集中于)[^，,。；;、：:\d的]{1,8}(?=[，,。；;！？]|$)")
# a part said of a figure with no name before it (其中/当中…): 为/是/涉及/属于 what, ending its clause
_PART_SAID = re.compile(r"\s*(?:均|都|也)?((?:涉及|来自|属于|为|是|系|与|由)[^，,。；;、：:\d]{2,14}?(?:有关|相关)?)(?=\s*[，,。；;！？（(]|\s*$)")
_THE_REST = {"其余", "其餘", "余下", "餘下", "剩下", "剩余", "其他"}  # 余下的2%是…被羁留的人士: the rest, said after
_PART_OF = re.compile(r"(?:其中|当中|之中|中)[，,]?\s*(?:共|有|约|逾|近|超过|达)?\s*$")  # 其中324宗…, 这其中有25%…
_INVOLVING_OF = re.compile(r"(?:(?:涉及|有关|有關|关于|關於)[^，,。；;、的\d]{1,10}|(?:与|與)[^，,。；;、的\d]{1,8}(?:有关|有關|无关|無關|相关|相關))"
                           r"的(?=[\u4e00-\u9fff]{2})")  # 与选举无关的贪污投诉: the complaints, said with what picks them out


_EVENTS = {"活动", "行动", "战役", "会战", "活動", "行動", "戰役", "會戰", "专案", "專案"}  # what a campaign's quoted name is the name of


_WHAT_THEY_DID = re.compile(rf"(?![中之])[{HAN}“”]{{3,6}}(?<![后前时间])")  # (项目建成后: when)
_FIGURE_NEXT = re.compile(r"\s*[\d０-９]")


# qualities said with a degree before a 的 (实力比较雄厚、布局比较合理的): a modifier, the noun comes after
_DEGREE_CLAUSES = re.compile(r"(?:[\u4e00-\u9fff]{1,4}(?:比较|较为|十分|非常|更加|更为|较)[\u4e00-\u9fff]{1,3}[、，,]?){1,3}")


def _noun_after(phrase: str, persons: bool = False, extend: bool = False) -> str:
    """What a measure word counts, from the phrase after it: 6只刚出生的藏狼幼崽 → 藏狼幼崽,
    26名“港长” → 港长, 3个非遗项目传承人青黄不接 → 非遗项目, 十个“鲁法品牌”典型事例 → 典型事例 (a quoted
    name before a noun qualifies it; after a measure word for persons the quoted name is the noun)."""
    if (inv := _INVOLVING_OF.match(phrase)) is not None and len(noun := _noun_after(phrase[inv.end():], persons)) >= 2:
        # 483宗涉及在囚人士的暴力个案: the cases, said with whom they involve when that is short
        return inv.group() + noun if len(inv.group()) + len(noun) <= 14 else noun
    if _first_word(phrase) in _NOT_NOUN_START or _PREDICATE_START.match(phrase) or _WEIGHED.fullmatch(phrase):
        return ""  # …，突破40万亿元并连续多年居世界首位; 496人下降明显: a verb phrase, not what is counted (49块重约: their weight)
    k = phrase.find("的")
    if 0 < k <= 24 and _DEGREE_CLAUSES.fullmatch(phrase, 0, k) and len(head := _noun_after(phrase[k + 1:])) >= 2:
        return head  # 十四个实力比较雄厚、布局比较合理的工业基地: what is described, not its first quality
    if (0 < k <= 5 or (0 < k <= 10 and _HEADS.match(phrase, k + 1))) and not _HEADS.search(phrase[:k]) \
            and _HEADS.search(phrase[k + 1:k + 9]):
        phrase = phrase[k + 1:]  # 家住北仑的干警 → 干警, 3名举报涉黑涉恶线索的群众 → 群众, but 农民工的合法权益 → 农民工
    elif 0 < k <= 6 and _closes_a_clause(phrase[:k]) and _opens_a_noun(phrase[k + 1:k + 9]):
        phrase = phrase[k + 1:]  # 3个可现场使用的快速检验法 → 快速检验法: a clause qualifies the noun (3个县的农民: 县)
    if phrase.startswith(("“", "「")) and (close := "”" if phrase[0] == "“" else "」") in phrase:
        j = phrase.index(close)
        if phrase.startswith("的", j + 1) and 2 <= len(rest := _noun_after(phrase[j + 2:])) <= 14 - j:
            return phrase[:j + 2] + rest  # 141宗「個人層面」的電郵詐騙: the noun, with the quoted kind before it
        rest = _noun_after(phrase[j + 1:]) if j + 1 < len(phrase) and not persons \
            and phrase[j + 1] not in "中里内上下" else ""  # “…项目”中挑选: a place in the set, not a noun
        if len(rest) == 2 and (_HEADS.fullmatch(rest) or rest in _EVENTS) and j <= 9:
            return phrase[:j + 1] + rest  # 10个“数字领航”企业, 两次“集中执行月”活动: a plain noun says less than the name
        return rest if len(rest) >= 2 else _first_words(phrase[1:j], 14)
    if (grade := _GRADE_FIRST.match(phrase)) is not None and len(phrase) - grade.end() >= 2:
        # 400多个县级以上宪法主题公园: the parks (the grade only selects them); 197家二级以上医院: a short noun
        # keeps its grade
        noun = _noun_after(phrase[grade.end():], persons)
        return noun if len(noun) >= 4 or not noun else grade.group().removesuffix("的") + noun
    heads = list(_HEADS.finditer(phrase, 0, 14))
    if heads:
        last = heads[0]
        for h in heads[1:]:  # 贫困家庭学生, 非遗项目档案, 企业“老工伤”人员: a noun that qualifies the next one
            if not _QUALIFYING_HEAD.fullmatch(last.group()) or \
                    not re.fullmatch(r"(?:“[^”]{1,6}”)?", phrase[last.end():h.start()]):
                break
            last = h
        if not (extend and _WHAT_THEY_DID.fullmatch(rest := phrase[last.end():]) and len(heads) == 1
                and _QUALIFYING_HEAD.fullmatch(last.group()) and len(phrase) <= 12 and _post_stop(rest) is None
                and not _MEASURE_END.search(rest) and not re.match(_MODALS, rest)):
            # 3家企业主板上市, 1104家生产经营单位停产整顿: what the firms did is what they are counted by (but
            # 3920个新投产项目增加产值…: the next figure's measure; 项目要加快建设: a plan)
            phrase = phrase[:last.end()]
    stop = _post_stop(phrase)
    while heads and stop is not None and stop.group() in ("共", "和"):  # 产业协同共建园区, 国家和地区: inside the noun
        stop = _post_stop(phrase, stop.end())
    if stop is not None and stop.group() in ("和", "及") and stop.start() >= 2 and 2 <= len(phrase) - stop.end() <= 8 \
            and _post_stop(phrase, stop.end()) is None and not _PREDICATE_START.match(phrase, stop.end()):
        stop = None  # 4.32亿城镇职工和城镇居民: both the things joined are counted
    if stop is not None:
        phrase = phrase[: stop.start()]
    noun = _first_words(re.sub(r"[中里内]$", "", phrase.strip("“”")), 12)
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<![总温柔缓])[和及]$", "", noun)  # …重点县和: the words cut after the conjunction (总和 stays)


# kinds listed before the noun they qualify (新建、迁建和改扩建 of 新建、迁建和改扩建项目)
_KINDS_OF_HEAD = re.compile(rf"(?:[{HAN}]{{1,4}}?[、和及])+[{HAN}]{{1,4}}?(?=(?:{_HEADS.pattern}))")
# a grade that selects what a measure word counts (县级以上, 二级及以上, 市级以下的)
_GRADE_FIRST = re.compile(rf"(?:[{HAN}\dA-Z]{{1,3}}级|[千百十]?[万亿]元)(?:及|和)?以[上下](?:的)?"  # (373个亿元以上重点项目: a size)
                          r"|(?:国家|省|市|县)级?(?:和|及|、)(?:省|市|县|区)级")  # 283个A级以上景区, 42个国家和省级…产业园


def _post_stop(phrase: str, pos: int = 0) -> re.Match[str] | None:
    """The first word after pos that ends a noun phrase after a figure; a stop inside a word is
    none (公共自行车 is not cut at 共, 总和 not at 和)."""
    from reportgen.words import cut

    starts: set[int] | None = None  # where the phrase's words start, cut only when a stop is found
    while (stop := _POST_STOP.search(phrase, pos)) is not None:
        if starts is None:
            starts, at = set(), 0
            for w in cut(phrase):
                starts.add(at)
                at += len(w)
        if stop.start() in starts:
            return stop
        pos = stop.start() + 1
    return None


def _verb_after(phrase: str) -> str:
    """What a duration or a number of people did: 24小时在线预警 → 在线预警,
    17年未发生火灾的 → 未发生火灾, 20日内完成案款发放 → 完成案款发放, 1000余人参加学习培训."""
    phrase = re.sub(r"^(?:之内|以内|内)", "", phrase)
    if re.match(r"并|和|及|与|同比|环比|比|较|的|是|为|以|左右|以上|以下|“|后|前|来|间|时间|就|即|才|便", phrase) \
            or _PREDICATE_START.match(phrase):
        return ""
    phrase = re.split(r"的|并|和|(?<!重大)及|与|等|或者|或(?!许|缺)", phrase)[0]
    return _first_words(phrase, 14) if len(phrase) >= 2 else ""


# 比去年预算增加4000亿元, 比上年减产120亿公斤: a change whose words start with its comparison
# an earthquake measured by its magnitude: 6.8级地震
QUAKE = re.compile(r"(?:强烈)?(?:地震|强震|余震)")
# 较大事故, 较重伤情: 较 as "fairly" opens no comparison
COMPARISON_FIRST = re.compile(r"[\s，,、]*(?:比|较(?![大小多少高低重轻快慢好强弱为长短])|相比|与|同比|环比)")
YEAR_LIST_ITEM = re.compile(r"\s*[、和及与]\s*\d{4}\s*年(?:同期)?(?:的)?\s*")
_EVENT_VERBS = (r"发生|发现|出现|破获|侦破|查获|抓获|抓捕|拘捕|逮捕|拘留|查处|办理|审结|审理|受理|立案侦办|立案侦查|立案调查|立案|"
                r"侦办|起诉|判处|接获|接到|接报|收到|化解|调处|调解|摸排|排查|办结|核查|督办")
BASELINE_LEAD = re.compile(r"(?:(?:较|較|比|相比|相较|相較|相对|相對|与|與|同)(?:于|於)?(?:\d{4}年|1[01]\d年|去[（(]\d{4}[)）]年(?:同期)?|[〇○零一二三四五六七八九]{4}年|上年|去年|上一年|同期)"
                           r"|(?:环比|環比|同比)(?:今年|去年|上年)?(?:\d{1,2}月份?|同期|上月|上年同期))"  # 环比今年2月份21起
                           r"(?:[^，,。；;]{0,12}?(?:的|[（(])\s*|\s*|(?:同期)?(?:共|累计)?"
                           rf"(?:{_EVENT_VERBS})\s*)$")  # 較2017年3,834人: the year's figure right after it (比上年同期查获674.62吨)
BARE_VERBS = {"新增", "覆盖", "惠及", "涉及", "带动", "实现", "达到", "突破", "超过", "累计", "合计", "共计", "总计", "其中",
               "分别", "共", "即", "罚", "即罚", "可罚", "折合", "录得", "錄得"}
_OBJECT_VERB = re.compile(r"(?:救出|解决|惠及|涉及|覆盖|帮助|安置|使|让|有|对|向|为|带动|吸纳|救助|资助|服务|培训|"
                          r"转移|搬迁|减少|增加|新增)\s*$")
_PLACE_LEVELS = set("省市县区乡镇村国")
_PHYSICAL = {"吨", "万吨", "亿吨", "公斤", "千克", "斤", "立方米", "升", "毫升"}
# a label that opens with issuing something (出台稳就业20条政策措施): the measures after it are counted
_ISSUED_START = re.compile(r"(?:出台|制定|印发|发布|推出|修订|制发)")
# a label that is only an action (全市拟装, 新招录): the noun right after a bare count names what it counts
_ACTION_END = re.compile(r"(?:装|建|设|招|聘|实施|引进|引入|吸引|培训|培养|接待|安置|转移|拟装|新建|建成|安装|配备|招录|招聘|创建|"
                         r"打造|培育|建设|改造|新增|完成|办好|抓好|办成|作出|做出|出台|制定|印发|下发|制发|录得|錄得|"
                         r"开展|發布|发布|推出|推进|推动|落实|抓实|制作|悬挂|展出)$")
# a label that ends with what was done to what the measure word counts (香港共发生16宗凶杀案, 全市共破获16起诈骗案):
# the verb and the noun after the figure
_EVENT_END = re.compile(rf"({_EVENT_VERBS}|(?<![对连迎承直衔交紧])接)(?:了)?$")
# a trade or field named as the subject of what happened (建筑业共, 全省化工行业共, 工矿商贸领域)
_SECTOR_BEFORE = re.compile(r"([\u4e00-\u9fff]{0,8}(?:行业|产业|领域|建筑业|制造业|服务业|交通运输业))(?:共|累计|共计|合计)?$")
# a label that ends with holding, making or sending what the measure word counts (党中央召开了七次全会,
# 代表们提出了20余条建议和意见, 提出14份申请): the noun after the figure names it
_HELD_END = re.compile(r"(?:召开|举办|举行|组织|开展|提出|签订|送去|发出|签发|作出|进行|"
                       r"召開|舉辦|舉行|組織|開展|簽訂|發出|簽發|進行)(?:了)?$")  # (and in traditional script)
# a label that ends with giving what the occasions count (委員會提供1,022次防貪建議): the verb and the noun after
_GIVEN_END = re.compile(r"(提供|给予|給予)(?:了)?$")
# counters of occasions (七次全会, 十四届全运会): what the verb before them held follows them
_OCCASIONS = {"次", "届", "场", "场次", "轮", "轮次"}
_NEXT_LISTED = re.compile(rf"{_JOINT}[{CN_DIGITS}两\d].*$")  # 七次全会和一次全国代表会议: the next item is the next figure's
# a label that ends with what is done to or befalls the figure's persons (对3152人作出处罚, 造成3人死亡2人受伤)
_GIVES_TO = re.compile(r"(?:[对向为给把致]|造成|导致|致使)$")
# a phrase after a figure that runs into the next figure counted alike labels that one (批捕65370人起诉95986人)
_NEXT_FIGURE = re.compile(r"\s*[\d０-９][\d０-９.,，]*\s*(?:万|亿)?([\u4e00-\u9fff])")
# nouns that name no particular thing counted (10项措施, 6项工作)
_GENERIC_WORDS = ("措施", "举措", "意见", "机制", "办法", "制度", "规定", "任务", "工作", "做法", "条款")
_GENERIC_NOUN = re.compile(f"(?:{'|'.join(_GENERIC_WORDS)})$")
_GENERIC_START = re.compile(f"(?:{'|'.join((*_GENERIC_WORDS, '事项', '方面', '领域'))})")
_DIRECTION_ONLY = re.compile(r"(?:持续|逐年|连续|明显|大幅)?(?:增长|上升|提高|提升|增加|上涨|下降|减少|降低|下滑|回落|"
                             r"保持|稳定)")


# the province-level divisions counted together: 省（区、市）, 省、市、自治区, 省、自治区、直辖市, 省区市
# 搭建彩钢房45平方米的行为: what the figure is part of, not what it counts
_ACT_NOUN = re.compile(r"行为|情况|问题|现象|事实|做法|事件|情形|目标|要求|标准")  # …达到90%的目标要求: a target
_LEVEL = r"(?:乡|镇|街道(?:办事处)?|县|区|村|社区|旗|苏木)"
_LEVELS_LISTED = re.compile(rf"\s*({_LEVEL}(?:[、和及]{_LEVEL}){{1,4}})(?![\u4e00-\u9fff])")
_DIVISION_OF = r"(?:市|区|自治区|直辖市|特区|旗|自治县)"  # 县（市、区）, 省（自治区、直辖市）: the kinds counted with it
# 村（居）, 村(社区), 乡（镇）: a village and the urban units counted with it
_GRASSROOTS_OF = r"(?:居|社区|居委会|街道|镇|场|牧场)"
_DIVISION_KINDS = re.compile(rf"\s*((?:省|县)[（(]{_DIVISION_OF}(?:、{_DIVISION_OF}){{0,3}}[）)]|"
                             rf"(?:村|乡)[（(]{_GRASSROOTS_OF}(?:、{_GRASSROOTS_OF}){{0,2}}[）)]|"
                             rf"省(?:(?:、(?:市|自治区|直辖市)){{1,3}}|区市))")


# a count followed by a list of kinds closed by 等 and the noun they are kinds of
# (a list with an enumeration comma: 三批政策清单和服务业发展等专项政策 counts the lists, not the policies)
# (and items that hold no 和: 98个中央部门和北京、上海等省市公开… counts the departments)
_LIST_ITEM = rf"(?:(?!{_JOINT})[\u4e00-\u9fff“”]){{1,8}}"
_LIST_THEN_DENG = re.compile(rf"{_LIST_ITEM}、{_LIST_ITEM}(?:{_JOINT}{_LIST_ITEM}){{0,4}}等([\u4e00-\u9fff“”]{{2,12}})")


# What the things counted did, when that ends the clause (28个省份开展大病医疗保险试点, 16个案例被评为全国典型案例,
# 4436件案件通过诉前调解成功化解): without it the label names the things, not the figure.
_ACTION_AFTER = re.compile(r"(?:实现|开展|建立|通过|(?:被|先后|均|已)?(?:评为|评选为|确定为|列为|认定为|命名为)|获评|入选|"
                           r"获得|荣获|荣立|受益|进入|建成|纳入|完成|参加|参与|接受|成功|达成|"
                           r"(?:因公|在职|不幸)?(?:牺牲|病故|负伤|受伤|死亡|遇难|殉职)|"  # 3名民警因公牺牲: what befell them
                           r"被[^，,。；;\d]{0,6}?(?:逮捕|拘捕|拘留|刑拘|检控|起诉|判刑|处分|查处|抓获|转介))")  # 12名政府人员被廉署检控
_PREPOSITION_END = re.compile(r"(?:与|同|和|跟|向|对|为|给|以)\s*$")
_CLAUSE_REST = re.compile(r"[^，,。；;！!？?：:、\n（(“”]*")


# the things counted were named something (被评为典型案例, 获评精品案例, 入选…名单): that is their category
_NAMED_AS = re.compile(r"(?:被|均被|均)?[^，,。；;！？、\d]{0,12}?(?:评为|评选为|获评|入选|确定为|认定为|命名为|列为|选为)"
                       r"(?:(?:全国|全省|全市|全区|省级|市级|国家级|部级|部|省)[、和])*"  # 全国、全省典型案例, 部、省级能手
                       r"([^，,。；;！？、\dA-Za-z]{2,14}?)(?<!以上)(?<!以下)(?=[，,。；;！？\n]|$)")  # not a list, nor a grade
_SCOPE_FIRST = re.compile(r"^(?:(?:全国|全省|全市|全区|省级|市级|国家级|最高人民检察院|最高人民法院)[、和]?)+")


def _with_action(text: str, end: int, post: str, before: str) -> str:
    """post, with what the things counted did when that ends the clause and the whole fits a label;
    not after a preposition (与12家单位建立…, 为200万名学生开展…: someone else did it, with or for them)."""
    if _PREPOSITION_END.search(before):
        return post
    tail = text[end:end + 40]
    i = tail.find(post)
    if i < 0 or i > 3:
        return post
    rest = m.group() if (m := _CLAUSE_REST.match(tail, i + len(post))) else ""
    after = tail[i + len(post) + len(rest):i + len(post) + len(rest) + 1]
    if (not rest or (after and after not in "，,。；;！!？?\n") or not _ACTION_AFTER.match(rest) or len(post) + len(rest) > 12
            or re.search(r"[\d０-９]|[的和及与并]", rest) or re.search(r"(?:后|时|前|以来)$", rest)):  # 项目建成后: a time
        if (named := _NAMED_AS.match(tail, i + len(post))) is not None and len(title := _SCOPE_FIRST.sub("", named.group(1))) >= 2:
            return title  # 9个案件被最高人民检察院评为典型案例 (too long to say whole): what they were named
        return post
    return post + rest


def noun_after(text: str, end: int) -> str:
    """The noun right after a figure that counts it (43万儿童 → 儿童), "" when a verb or nothing follows."""
    if not re.match(rf"[{HAN}“]", text[end:end + 1]):
        return ""  # ５００亿　不再信任…: a space of the typesetting, then the next clause
    phrase, joined = _post_phrase(text, end)
    return "" if joined else _noun_after(phrase)


def _heads_of(text: str, end: int) -> bool:
    """Do persons or bodies of the places counted follow them (74个县（区、市）司法局长: the bureau heads are
    counted; 10余个省、市、自治区的代表: still the places)?"""
    return bool(_HEADS.search(noun_after(text, end)))


_REACH_VERB = re.compile(r"(?:惠及|覆盖)\s*$")  # what a programme reaches
# what must be done within a deadline counted from a start (自收到申请之日起15日内，可以向…书面申请复核): the clause
# after the deadline, past a comma, a subject and a modal; a long clause opened by a preposition (向…, 对…) from its
# verb on
_DEADLINE_CLAUSE = re.compile(r"\s*(?:之内|以内|内)\s*[，,]?\s*([^，,。；;：:！!？?“”\n]{2,60})")
_DEADLINE_CLAUSE_AFTER_UNIT = re.compile(r"\s*[，,]?\s*([^，,。；;：:！!？?“”\n]{2,60})")
_DEADLINE_WHO = re.compile(r"(?:[^，,]{2,16}?(?:应当|应该|必须|可以))|应当|应该|必须|应|须|可以|可|需要|需")
_DEADLINE_PREP = re.compile(r"(?:向|对|将|把|在|到|于|按|按照|依|依照|由|为)")
_DEADLINE_DO = re.compile(r"(?:作出|做出|提出|提起|送达|支付|缴纳|办理|报告|通知|答复|履行|移送|退还|返还|补正|补齐|予以|给予|"
                          r"提交|递交|告知|办结|审结|发放|出具|进行|起诉|上诉|申诉)")
_DEADLINE_ASK = re.compile(r"(?:申请|申报|缴存|登记|执行)")  # also nouns (工伤认定申请): verbs only when no other is


# a time limit named in the clause before the start it is counted from (…的期限，自受理之日起不得超过三十日)
_LIMIT_NAMED = re.compile(r"([^，,。；;：:！!？?“”\n]{2,24}?(?:期限|时限|期间))\s*[，,]\s*$")


def _deadline_act(text: str, end: int) -> str:
    """What must be done within a deadline counted from a start (…之日起5日内，可以向原单位书面申请复核 →
    书面申请复核; …之日起30日内，向…部门提出工伤认定申请 → 提出工伤认定申请), "" when the clause says no act."""
    m = _DEADLINE_CLAUSE.match(text, end) or (_DEADLINE_CLAUSE_AFTER_UNIT.match(text, end) if text[end - 1:end] == "内" else None)
    if m is None:  # (十五日内向人民法院起诉: the unit as read holds the 内)
        return ""
    clause = _SHORT_BRACKETS.sub("", m.group(1))
    if (who := _DEADLINE_WHO.match(clause)) is not None and who.end() < len(clause):
        clause = clause[who.end():]  # 双方当事人应当…, 可以…: who must act, and the modal, say no act
    if clause.startswith(("持", "凭")):
        return ""  # 持失业登记凭证…: what one brings; the act follows
    whole = re.split(r"的|并", clause)[0]
    if _DEADLINE_PREP.match(clause):  # 向人民法院提起诉讼 said whole; 向…专家委员会申请技术鉴定 from its verb
        do = _DEADLINE_DO.search(clause, 2) or _DEADLINE_ASK.search(clause, 2)
        if do is None:
            return ""
        start = do.start()
        if clause[start - 2:start] == "书面":  # 书面申请复核: the manner stays with its act
            start -= 2
        if start > 8 or len(whole) > 14:
            whole = re.split(r"的|并", clause[start:])[0]
    clause = whole
    if len(clause) < 4 or clause[0] == "到" or _PREDICATE_START.match(clause):
        return ""  # …六个月内提出: too little to name it
    return _first_words(clause, 14)


_MOVED_TO = re.compile(r"(?:进一步|再|又|明显|大幅)?(?:增加|增长|提高|提升|上升|下降|下跌|减少|降低|回落|扩大|缩小|缩短|压降|增|升|降|减)(?:至|到)")


ITEM_TAIL = re.compile(r"(?:含|及|其中)[^”」“「，,。；;]{0,12}[”」]")  # what a quoted item's quantity leaves to say
_COUNTED_END = re.compile(r"(?:[\d.]+|[一二两三四五六七八九十百千]+)[\u4e00-\u9fff]$")  # 蒸汽房一个, 空调4台
_ITEM_NAME = re.compile(rf"[A-Za-z\d.]*[{HAN}][{HAN}（）()A-Za-z\d.]*")  # 14.4V电起子, 三星9507V手机


def _quoted_thing(quoted: str) -> str:
    """What a quantity ending a quote counts: the last item of an inventory's list, its model's figures kept
    (“蒸汽房一个、冲浪设备一套” → 冲浪设备, “14.4V电起子2把” → 14.4V电起子, “空调4台其中海尔品牌三台” → 海尔品牌)."""
    pieces = re.split(r"[、，,]|其中", quoted)
    counted = [i for i, p in enumerate(pieces[:-1]) if _COUNTED_END.search(p)]  # the items before, each with its count
    item = "、".join(pieces[counted[-1] + 1:] if counted else pieces).strip()
    if _ITEM_NAME.fullmatch(item) and re.search(r"\d", item) and not re.search(r"[年月日]", item):
        return item  # 14.4V电起子: a model's figures are part of its name
    return clean_label(item) or item


# a second count right after a measure word's figure (12类70项任务清单)
_COUNT_THEN = re.compile(r"[\d一二三四五六七八九十百千两]+(?:类|项|个|件|条|批|种|大类)(?=[\u4e00-\u9fff“])")
# the months after a length's years (11年7个月)
_MONTHS_THEN = re.compile(r"(?:零)?[\d零一二三四五六七八九十]{1,2}个?月")
# a penalty or a length of service that a duration before it gives (处以10日以下拘留, 在天津碱厂11年7个月工龄)
_PENALTY_AFTER = re.compile(r"行政拘留|司法拘留|拘留|拘役|有期徒刑|管制|监禁|禁驾|工龄|教龄|军龄|党龄")


_CHANGE_SAID_BEFORE = re.compile(r"(?:增长|提高|上升|下降|减少|增加|降低|录得|錄得)\s*$")
_CHANGE_NOUN = re.compile(r"速度|幅度|增速|增幅|升幅|降幅|涨幅|跌幅|减幅|升幅度|增长率|增长速度")


_SHARE_OF = re.compile(r"[占佔](?!用|地|领|有|比)[\u4e00-\u9fff]{2,11}$")  # 占全国人口 (not 占用, 占地: taking up; nor 占比)


def choose_label(text: str, m: re.Match[str], before: str, label: str, unit_raw: str, kind: str) -> tuple[str, str]:
    """The label of a figure: the phrase before it, unless the phrase after it says better what
    is counted (a measure word's noun, `N的X`, an amount's 欠款/执行款, what a duration or a
    number of people did)."""
    if unit_raw in CLASSIFIERS and (kinds := _DIVISION_KINDS.match(text, m.end()) or _LEVELS_LISTED.match(text, m.end())) \
            and not _heads_of(text, kinds.end()) and not (kinds.group(1)[0] in "村乡" and _noun_goes_on(text, kinds.end())):
        return kinds.group(1), "after"  # 17个省（区、市）, 32个乡、镇、街道办事处: all the kinds, not 省 or 乡 alone
    if unit_raw == "级" and (quake := QUAKE.match(text, m.end())):
        return quake.group(0), "after"  # 定日6.8级地震: the magnitude of the earthquake, not of the place
    if kind == "duration" and label.endswith("起") and not _DURATION_END.search(label):
        if act := _deadline_act(text, m.end()):
            return act, "after"  # 之日起七个工作日内予以核查: a deadline counted from a start is the deadline of what is to be done
        start = m.start() - len(before)
        if (limit := _LIMIT_NAMED.search(text, max(0, start - 30), start)) is not None:
            return clean_label(limit.group(1)) or limit.group(1), "before"  # 办理治安案件的期限，自受理之日起不得超过三十日
    phrase, joined = _post_phrase(text, m.end())
    if not phrase and unit_raw in CLASSIFIERS and (inner := _COUNT_THEN.match(text, m.end())) is not None:
        phrase, joined = _post_phrase(text, inner.end())  # 抓实12类70项任务清单: both figures count the task lists
    elif not phrase and kind == "duration" and (inner := _MONTHS_THEN.match(text, m.end())) is not None \
            and _PENALTY_AFTER.match(text, inner.end()):
        phrase, joined = _post_phrase(text, inner.end())  # 11年7个月工龄: the years and the months of one length
    if ((not label and _PART_OF.search(before)) or label in _THE_REST) and (part := _PART_SAID.match(text, m.end())) is not None \
            and "最" not in part.group(1):  # (为最多, 为近十年最高: a rank, not what the part is)
        said = part.group(1)  # 其中324宗为网上拍卖或购物相关罪行, 当中11宗涉及家庭暴力: what the part is
        return (said[1:] if said[0] in "为是系由" else said), "after"
    closes_quote = text.startswith(("”", "」"), m.end()) or ITEM_TAIL.match(text, m.end()) is not None  # “电脑两台含显示器”
    if closes_quote and (k := max(before.rfind("“"), before.rfind("「"))) >= 0 \
            and (quoted := _quoted_thing(before[k + 1:])):
        return quoted, "before"  # 原告“牛100头”, “摄像机2台”: what the quote counts
    if not phrase or (label and is_reshaped(text, m.start(), m.end())) or closes_quote:
        return label, "before"  # 开发区由162个整合为123个: what is reshaped stands before the figure
    if _MOVED_TO.match(phrase):
        return label, "before"  # 由2018年的87.8%提升至2020年的100%: the words after say where it moved, no name
    if _PER_ONLY.fullmatch(label) and len(post := _noun_after(phrase)) >= 2:
        return post, "after"  # 每年70%左右财政支出: what it is of (每月150元 keeps its 每月)
    measured = bool(_MEASURE_END.search(label))
    if kind == "percent" and not measured and (share := _SHARE_OF.search(label)) is not None \
            and (joined or m.group("post") in ("以上", "以下")):
        return share.group(), "before"  # 占我们国家人口80%以上的农民: the share is of what 占 names, the 农民 hold it
    if joined:  # 92%的税收, 1200多年的古建筑群, 17年的坚守
        post = _noun_after(phrase)
        if len(post) >= 2 and not measured and not post.startswith("最") and not _ACT_NOUN.match(post) \
                and not (kind == "change" and _CHANGE_NOUN.fullmatch(post) and _CHANGE_SAID_BEFORE.search(before)):
            # (平均每年增长2.2%的速度, 按年均錄得15%的升幅: the speed of a change just said names nothing)
            if kind == "percent" and (at := text.find(post, m.end(), m.end() + 4)) >= 0 \
                    and (which := _SELECTED_BY.match(text, at + len(post))) is not None:
                return post + which.group(), "after"  # 33.3%的事故涉及工人群体: the share that is said of them
            return post, "after"
        return label, "before"
    if m.group("post") in ("以上", "以下") and kind == "percent" and not measured:  # 90%以上资金投入中基层
        post = _verb_after(phrase) if not _POST_STOP.match(phrase) else ""
        if len(post) >= 2:
            return post, "after"
    reach = _REACH_VERB.search(before) is not None and kind != "percent"  # 覆盖95%乡镇 keeps its verb: a coverage
    programme = re.sub(r"(?:已经|已|均|都|也|将)?(?:惠及|惠|覆盖)$", "", label) if reach else ""
    if 3 <= len(programme) <= 10 and not re.search(r"[、，,]|每[年月日]", programme) \
            and not _GENERIC_SUBJECT.fullmatch(programme):
        return programme, "before"  # 营养改善计划惠及3600多万农村学生, 基本养老保险覆盖十亿四千万人: the programme's reach
    if unit_raw in CLASSIFIERS and (listed := _LIST_THEN_DENG.match(text, m.end())) is not None:
        post = _noun_after(listed.group(1))
        if len(post) >= 2 and not _GENERIC_START.match(post):  # 178项节能、节水和…等重大项目: what the list is of
            return post, "after"
    occasion = (_HELD_END.search(label) or _GIVEN_END.search(label)) if unit_raw in _OCCASIONS and len(label) >= 2 else None
    if occasion is not None and 2 <= len(post := _NEXT_LISTED.sub("", _noun_after(phrase))) <= 10:
        # 中央先后召开七次全会, 两个多月来共举行了近二十场活动: what was held; 委員會提供1,022次防貪建議: what was
        # given, with its verb (提供防貪建議)
        return (occasion.group(1) if occasion.re is _GIVEN_END else "") + post, "after"
    if unit_raw in CLASSIFIERS and before.rstrip().endswith("等") and label:
        post = _noun_after(phrase, persons=unit_raw in ("名", "位", "人"))
        if (len(post) >= 2 and not _GENERIC_START.match(post)) or (len(post) == 1 and post in _PLACE_LEVELS):
            return post, "after"  # 加西、沙久等11条国省干线公路: the roads; 张掖等11个市: cities
        return re.sub(r"等$", "", label), "before"  # 审判管理、环境资源审判等6项工作: the list names them
    if unit_raw in CLASSIFIERS:
        # (33个边境法院诉前调解280次, 7家法院结案率超过90%: the words after the noun name the next figure)
        at = text.find(phrase, m.end(), m.end() + 40)
        then_figure = at < 0 or _FIGURE_NEXT.match(text, at + len(phrase)) is not None
        post = _noun_after(phrase, persons=unit_raw in ("名", "位", "人"), extend=not then_figure)
        if len(post) == 1 and post in _PLACE_LEVELS and (not label or _GENERIC_SUBJECT.fullmatch(label)):
            return post, "after"  # 28个省（区、市）
        # 护航科技创新的10项措施: a generic noun after the figure names less than the 的 phrase before it
        pure = unit_raw in _PURE_CLASSIFIERS and not (before.rstrip().endswith("的") and len(label) >= 2
                                                      and _GENERIC_NOUN.match(post))
        # (逮捕741人不捕率22.7%: a rate after the figure is the next figure's name, not what this one counts)
        if len(post) >= 2 and (event := _EVENT_END.search(label)) and not post.endswith("率") \
                and len(post) <= (14 if _INVOLVING_OF.match(post) or post.startswith(("“", "「")) else 10) \
                and (len(label) > 2 or event.group(1) not in ("发生", "发现", "出现")):  # 发现13个档案存在…: what was found
            # 香港共发生16宗凶杀案: 发生凶杀案; 建筑业共发生38起事故: the trade it befell stays (建筑业发生事故)
            sector = _SECTOR_BEFORE.search(label, 0, event.start())
            return (sector.group(1) if sector else "") + event.group(1) + post, "after"
        if len(post) >= 2 and len(label) > 2 and _HELD_END.search(label) and len(post) <= 10:
            return post, "after"  # 代表们也提出了20余条建议和意见: the suggestions
        if len(post) >= 2 and len(label) >= 2 and post == phrase and not pure and not _GIVES_TO.search(label) \
                and (nxt := _NEXT_FIGURE.match(text, m.end() + len(post))) is not None and nxt.group(1) == unit_raw:
            return label, "before"  # 批捕65370人起诉95986人: 起诉 names the figure after it, not this one
        if len(post) >= 2 and (not label or len(label) <= 2 or pure
                               or re.search(r"[向对与有]$|^有$|录得\s*$", before) or re.search(r"\d", label)
                               or _JOINT_END.search(before)
                               or _TRAIL_PLACE.search(label) or _ACTION_END.search(label)
                               or _ISSUED_START.match(label)):
            return _with_action(text, m.end(), post, before), "after"
        if not label and unit_raw in ("人", "名", "人次") and (verb := _verb_after(phrase)):
            return verb, "after"
    if unit_raw in _PHYSICAL and not measured:  # 造成20吨油污水泄漏: what was measured follows the unit
        post = _noun_after(phrase)
        if 2 <= len(post) <= 8 and not _PREDICATE_START.match(post):
            return post, "after"
    if unit_raw in ("人", "名", "人次", "万人", "万名") and _CRITERION.fullmatch(label) and (verb := _verb_after(phrase)):
        return verb, "after"  # 对其中符合法定情形的2.6万人执行遣送出境: what was done to them, not what they met
    if unit_raw in ("人", "名", "人次") and (_GIVES_TO.search(label) or (not label and _GIVES_TO.search(before.rstrip()))) \
            and (verb := _verb_after(phrase)):  # (全年为1200人次提供法律援助: for whom, said before the figure alone)
        return verb, "after"  # 行政机关已对3152人作出处罚, 地震致15万人受灾: what was done to them, what befell them
    if _ACTION_END.fullmatch(label) and unit_raw not in CLASSIFIERS:  # 完成141公里架空线入地: what was done
        post = _noun_after(phrase)
        if len(post) >= 2:
            return post, "after"
    if kind == "amount" and _BARE_FUNDING.fullmatch(label) and (use := _PURPOSE.match(phrase)) is not None:
        said = re.split(r"[，。；,;：:（(]", phrase[use.end():])[0]  # 筹措890.59亿元实施…工程: what the money is for
        if len(said) > 12:
            said = re.split(r"[和及、与]", said)[0]  # 支持巩固拓展脱贫攻坚成果和乡村全面振兴: its first item
        if 4 <= len(said) <= 12 and not _PREDICATE_START.match(said):
            return (use.group(1) or use.group(2) or "") + said, "after"
    if kind == "amount" and not measured and (lost := _LOST_MONEY.match(phrase)) is not None:
        done = _DONE_TO_LOST.search(before.rstrip())  # 返还263万余元被骗款: what was done with it says what the figure is
        return (done.group() if done else "") + lost.group(), "after"  # 将8300万元被骗资金返还: the money taken from them
    if kind in ("amount", "area") and not measured:  # 3万元执行款, 6.6亩耕地
        post = _noun_after(phrase)
        if 2 <= len(post) <= 6 and _THING_END.search(post):
            return post, "after"
        thing = _THING_FIRST.match(phrase) if _FUNDING_END.search(label) else None
        if thing is not None and len(named := re.sub(r"^(?:设立|建立|成立|用于|作为)", "", thing.group())) > 2:
            return named, "after"  # 中央安排30亿元国债资金支持…: the funds, not who allotted them (资金 alone says less)
    if kind == "duration" and (penalty := _PENALTY_AFTER.match(phrase)) is not None:
        return penalty.group(), "after"  # 将对违法人员处以10日以下拘留: the penalty, however long the words before
    weak = len(label) <= 3 or "“" in label
    inside = re.match(r"\s*(?:之内|以内|内)", text[m.end():m.end() + 3]) is not None  # 20日内, 七个工作日内
    within = text[max(0, m.start() - 1):m.start()] == "在" and (m.group("post") == "以内" or inside)  # 在20日内完成案款发放
    if kind == "duration" and not _DURATION_END.search(label) and (weak or within):
        post = _verb_after(phrase)  # 24小时在线预警, 20日内完成案款发放
        if post and not _DIRECTION_ONLY.fullmatch(post):
            return post, "after"
    if not label or (unit_raw == "" and kind == "count" and (len(label) <= 2 or _OBJECT_VERB.search(before)
                                                              or _ACTION_END.search(label)
                                                              or not _MEASURE_END.search(label))):
        # 救出200余被困群众, 解决6434万农村人口饮水安全问题: the noun after a bare count (平板玻璃7600多万重量箱 keeps its own)
        post = _noun_after(phrase)
        if len(post) >= 2 and not post.endswith("箱") and post not in _CURRENCY:  # 7600多万重量箱: a unit of its own
            return _with_action(text, m.end(), post, before), "after"
    if label and unit_raw and unit_raw not in ("人", "名", "人次", "位") and kind in ("count", "amount", "area") \
            and not before.rstrip().endswith("的") \
            and not _UNDONE.search(label) and (post := _noun_after(phrase)) and 2 <= len(post) <= 8 \
            and (verb := _closing_verb(label)) and _names_a_thing(post):
        return verb + post, "after"  # 增发1万亿元国债, 提供2083次防贪意见, 扑救2946起火灾: what was done, to what
    return label, "before"


# what may stand between a name and its change (排放量要下降, 资费再降低, 产量前三年共增加, 利润由上年下降, 骗案则跌)
_BEFORE_CHANGE = re.compile(
    r"(?:" + _MODALS + r"|将|即将|再|都|均|仍|仍然|已|已经|共|累计|(?<![大节公条契])约|平均|(?<![规原准法细守否实])则|"
    r"(?<![许认])可|可以|(?<![产效功动性体技智职])能|" + _YEARS_SPAN + r"|"
    r"[、，,]|按|在|的|到|至|合计|大约|今年|去年|明年|(?:由|从)" + _BASE_TIME + r"(?:的)?)+$")


def before_the_change(label: str) -> str:
    """A label with the words that only lead to its change cut off (二氧化硫排放量要 → 二氧化硫排放量)."""
    return _BEFORE_CHANGE.sub("", label)


def respective_labels(phrase: str, n: int) -> list[str] | None:
    """`原煤、原油、天然气产量` for three figures → 原煤产量, 原油产量, 天然气产量; None when the
    phrase does not name exactly n things."""
    if n == 2 and "城乡" in phrase and "、" not in phrase and not re.search(r"(?<!以)[和及与]", phrase):
        label = clean_label(phrase)  # 城乡居民人均可支配收入…分别 → 城镇居民…, 农村居民…
        if "城乡" in label:
            return [label.replace("城乡", "城镇", 1), label.replace("城乡", "农村", 1)]
    parts = [p for p in phrase.split("、") if p]
    if len(parts) == n - 1 and (m := re.search(r"(?<!以)[和及与]", parts[-1])):
        parts[-1:] = [parts[-1][:m.start()], parts[-1][m.end():]]
    if len(parts) != n or not all(parts):
        return None
    labels = [clean_label(p) for p in parts]
    if not all(labels):
        return None
    last = labels[-1]
    quoted = [range(q.start() + 1, q.end()) for q in re.finditer(r"[“「『][^”」』]*[”」』]", last)]
    cuts = [c for c in _word_starts(last) if not any(c in r for r in quoted)]  # not inside a quoted name
    if len(last) >= 3 and last[-1] in _SHARED_HEAD and last[-2:] not in _CASE_WORDS and len(last) - 1 not in cuts:
        cuts.append(len(last) - 1)  # 盗窃、诈骗案: 案 is what they share (the dictionary's 骗案 is no cut)
    if cuts:  # the shared words go with every name: 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入
        labels = [lab if _MEASURE_END.search(lab) or len(lab) > 6 or _whole_name(lab, last, cuts) else
                  lab + last[min(cuts, key=lambda b: (abs(b - len(lab)), -b)):] for lab in labels[:-1]] + [last]
    return labels


_SHARED_HEAD = set("案罪")  # a list of offences sharing its last character (盗窃、诈骗案; 抢劫、抢夺罪)
# words that end in 案 or 罪 and are no offence's name (刑事立案: the filing, not a 案 shared)
_CASE_WORDS = {"立案", "结案", "收案", "办案", "破案", "发案", "备案", "积案", "个案", "专案", "方案", "档案", "预案",
               "提案", "议案", "草案", "犯罪", "获罪", "定罪", "认罪", "无罪", "有罪"}


def _whole_name(label: str, last: str, cuts: list[int]) -> bool:
    """Whether a list member names its thing whole, so that the list's shared words are not to be added:
    it ends with them already (专业技术人才、高技能人才) or with an offence's 案/罪 (兒童性侵案及姦淫未成年罪), they would cut a quoted name (“上海标准”、“上海品牌”)
    or it begins with the words the last member begins with (上海标准、上海品牌)."""
    cut = min(cuts, key=lambda b: (abs(b - len(label)), -b))
    shared = last[cut:]
    return label.endswith(shared) or label[-1:] in _SHARED_HEAD \
        or (any(q in shared for q in "”」』") and not any(q in shared for q in "“「『")) \
        or (len(label) > cut and label.startswith(last[:cut]))


def _word_starts(label: str) -> list[int]:
    """Offsets inside `label` where a dictionary word of two or more characters starts."""
    from reportgen.words import tokenize_search

    return sorted({a for w, a, _ in tokenize_search(label) if len(w) >= 2 and a > 0})


_COPULA = re.compile(r"(?<![作行认成因称])为(?![民主])|是|创(?![新业建造作])|居(?![民住委家室])|达到|保持")
_CONCESSIVE = re.compile(r"\s*(?:虽然|虽|尽管|如果|若)")  # 但 and 然而 open the main clause
# 从2022年的357萬件，增加至2024年的417萬件: the level a change reached, its year said after the verb (the
# clause names nothing: the figure before it, where the change started, does)
REACHED_LEAD = re.compile(rf"\s*(?:已经|已)?(?:进一步|再|又|逐年|逐步|持续|稳步)?(?:增加|增长|提高|提升|上升|攀升|升高|下降|下跌|下滑|减少|降低|回落|扩大|缩小|增|升|降)"
                          rf"(?:至|到)了?\s*{_DATE}\s*的?\s*")
FROM_LEAD = re.compile(rf"\s*(?:即|计划|预计|将)?(?:已经|已)?(?:(?:从|由|自|于|至|到)(?:了)?)?\s*(?:{_DATE}|{_BASE_TIME})?\s*(?:已经|已)?"
                       r"(?:分别|实际|预计|预计可以|将|计划)?"
                       r"(?:稳步|逐步|逐年|首次|一举)?"
                        r"(?:的|为|是|达到|达|共|累计|(?:就|也|还|总共|一共|共|计)?有|(?:进一步|再|又)?(?:缩短|缩减|减短|减少|下降|下跌|降|增加|增长|提高|上升|回落)(?:至|到|为))?\s*"
                       r"(?:" + CURRENCY_BEFORE + r")?\s*")  # (达港币10亿元: the level reached, its currency said)
_CLAUSE_TAIL = re.compile(r"(?:仍然|依然|仍)?(?:逐年|逐步|持续|稳步|不断|明显|大幅|进一步|连年|均|都|也)?"
                          r"(?:提升|提高|上升|攀升|升高|增长|增加|下降|下滑|回落|减少|降低|增产|减产|改善|扩大|缩小|好转|向好)(?:了)?$"
                          r"|呈(?:现)?(?:逐年|持续|明显)?(?:上升|下降|增长|减少)(?:的)?(?:趋势|态势)$")  # 数量呈上升趋势


_REACH = 200  # no label clause is longer


def clause_floor(text: str, lo: int, pos: int) -> int:
    """Where the text after the last hard delimiter between lo and pos starts."""
    lo = max(lo, pos - _REACH)  # bounded, so that a line of thousands of figures stays linear
    k = max(text.rfind(c, lo, pos) for c in "，,；;：:")
    return k + 1 if k >= 0 else lo


_INCLUDED = re.compile(r"^包括.*在内$|^经过.*(?:以后|之后|后)$")  # nor 经过群众讨论以后: when, not what


_SAYING = re.compile(r"(?:(?<!来)说|显示|表明|认为|指出|发现|介绍|统计|表示|称)$")  # 调查显示，有61.1%的…: who says it
_AMONG = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:之|当)?中$")  # 主要工业产品中，有37种: the set they are among
# 在工业农业总产值方面, 从历年办案数量看: the topic of what follows
_ASPECT = re.compile(r"\s*(?:(?:在|从|於|于)([^，,；;：:。]{2,16}?)(?:方面|领域)|从([^，,；;：:。]{2,16}?(?:数量|总量|规模|数|量))(?:来)?看)\s*")
_ASIDE = re.compile(r"(?:扣除|考虑到|考虑|剔除)(?:了)?(?:物价|价格)(?:上涨|下降|变动)?因素(?:后|影响)?|"
                    r"(?:就|从)[^，,；;：:。]{1,12}(?:来说|而言|来看|看)")  # 就全国范围来说: an aside


def clause_before(text: str, start: int, lo: int) -> tuple[int, int] | None:
    """Where the clause before the one a figure at start stands in begins, and where the figure's own
    clause begins (after its comma or colon), both from lo on; None when no such clause stands there."""
    clause = clause_floor(text, lo, start)
    if clause <= lo or text[clause - 1] not in "，,：:":
        return None
    return clause_floor(text, lo, clause - 1), clause


def aspect_before(text: str, start: int, lo: int) -> str:
    """The topic an aspect clause right before a figure's clause names (於打擊私煙案件方面，…共有21 284宗案件
    → 打擊私煙案件), or ""."""
    if (before := clause_before(text, start, max(lo, start - 60))) is None:
        return ""
    head, clause = before
    aspect = _ASPECT.fullmatch(text, head, clause - 1)
    return clean_label(aspect.group(1)) if aspect is not None and aspect.group(1) else ""


def subject_before(text: str, start: int, lo: int, verb_only: bool = False, bare_verb: bool = False) -> str:
    """The subject of the clause before a figure at start that names nothing, when that clause holds no
    figure (its text from lo on: after the figure before, in the same sentence) (行政机关诉前整改率逐年提升，
    由2018年的97.2%上升至… → 行政机关诉前整改率)."""
    lo = max(lo, start - 60)
    if (before := clause_before(text, start, lo)) is None:
        return ""
    head, clause = before
    subject = text[head:clause - 1]
    if (aspect := _ASPECT.fullmatch(subject)) is not None:
        # 在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四; 从历年办案数量看 (of each year: 办案数量)
        return clean_label(aspect.group(1) or re.sub(r"^(?:历年|各年度?|近几年|近年)", "", aspect.group(2)))
    if text[clause - 1] in "：:":
        return ""
    if _ASIDE.fullmatch(subject) and head > lo and text[head - 1] in "，,":
        clause, head = head, clause_floor(text, lo, head - 1)  # …纯收入，考虑价格下降因素，比上年实际增长4.3%: an aside
        subject = text[head:clause - 1]
    if _CONCESSIVE.match(subject) or _INCLUDED.search(subject) or _SAYING.search(subject):
        return ""  # 虽然在这方面做了很大努力，涨幅仍然高达…: a concession names nothing; nor 包括…在内
    if verb_only:
        subject = _COPULA.split(subject)[0]  # 未成年人犯罪案件数为近年最低，比2019年下降近三成
    elif _CLAUSE_TAIL.search(subject) is None and not bare_verb and \
            not (FROM_LEAD.fullmatch(text, clause, start) and len(subject) <= 24):
        # the subject of a trend (…率逐年提升，由…), what a bare verb acts on (施工不当损伤树木，即罚…), or
        # of a clause that only dates the figure (全国研究与试验开发经费，从1997年的509亿元…)
        return ""
    return clean_label(_AMONG.sub("", _CLAUSE_TAIL.sub("", subject)))


_TOPIC = re.compile(r"\s*(?:在|从|從|就)?([^，,；;：:。]{2,16}?)(?:方面|领域|領域)\s*")


def topic_before(text: str, start: int, lo: int) -> str:
    """The topic the clause before a figure names (暴力罪案方面，二〇一三年共录得一万二千一百五十三宗 → 暴力罪案):
    what a figure no words of its own name is of; "" when that clause names no topic."""
    if (before := clause_before(text, start, max(lo, start - 60))) is None:
        return ""
    topic = _TOPIC.fullmatch(text, before[0], before[1] - 1)
    return clean_label(topic.group(1)) if topic is not None else ""


_SHARE_WRAP = re.compile(r"^(?:以|由|是|为)|(?:的)?(?:为主|居多|较多|较少|最多|最少|为最|占多数|占少数)$")


def share_subject(text: str, clause: int, lo: int) -> str:
    """What a bare share counts, from the clause before it (its text from lo on, holding no figure):
    以轻刑为主，占91.31% → 轻刑; 有犯罪前科的较少，占7.28% → 有犯罪前科."""
    head = clause_floor(text, lo, clause - 1)
    if head < lo:
        return ""
    subject = text[head:clause - 1].strip()
    if (main := re.search(r"以([^以，,]{2,12}?)(?:为主|居多)$", subject)) is not None:
        subject = main.group(1)  # 未成年被告人的适用刑罚以轻刑为主: 轻刑
    subject = _SHARE_WRAP.sub("", _SHARE_WRAP.sub("", subject))
    return clean_label(subject) if 2 <= len(subject) <= 12 else ""


# a bare verb of the case flow (起诉432人, 依法审结1144案) after a clause that names the offences it acts on
# (依法惩治侵害企业利益犯罪，起诉432人; 打击…等扰乱市场秩序犯罪，依法起诉1806人): the verb and the offences
FLOW_VERB = re.compile(r"提起公诉|起诉|审结|判处|批准逮捕|批捕|逮捕|受理|查处|立案|结案|执结|审理")
_OFFENCES_END = re.compile(r"(犯罪|案件|罪|(?<=[\u4e00-\u9fff]{3})案)(?:的)?(?:保持)?(?:高压态势|高压打击|高压|(?:打击|惩治|惩处|查处)力度|为主|居多)?$")  # …犯罪保持高压打击, …犯罪的打击力度
_OFFENCES_LEAD = re.compile(r"(?:惩治|打击|严打|严惩|惩处|遏制|整治|查办|审理|管辖|办理|等|的|对|开展|以)")


def offences_before(text: str, clause: int, lo: int) -> str:
    """The offences named by the clause before a figure's (its text from lo on, holding no figure), or ""."""
    if clause <= lo or text[clause - 1] not in "，,":
        return ""
    head = clause_floor(text, lo, clause - 1)
    if head < lo:
        return ""
    said = text[head:clause - 1]
    if (end := _OFFENCES_END.search(said)) is None:
        return ""
    phrase = said[:end.end(1)]
    shortest = 3 if phrase.endswith("罪") else 4  # 以诈骗罪为主: a named crime may be three characters
    leads = [m.end() for m in _OFFENCES_LEAD.finditer(phrase) if len(phrase) - m.end() >= shortest]
    offences = clean_label(phrase[leads[-1]:] if leads else phrase)
    return offences if shortest <= len(offences) <= 16 and not re.search(r"[\d０-９]", offences) else ""


# a threshold crossed (迈上4个万亿元台阶, 突破3000万件大关, 跨过3个万亿级关口): it names the steps, not the figure
THRESHOLD_LABEL = re.compile(r"(?:台阶|大关|关口)$")
_THRESHOLD_VERB = re.compile(r"(?:连续|接连|先后|已经|已|连)*(?:迈上|迈过|跨越|跨过|跨上|跨入|迈入|站上|登上|跃上|突破|超过|跨)")


def threshold_subject(text: str, pos: int, lo: int) -> str:
    """What crossed a threshold: the words before the first threshold verb of the nearest clause before
    the figure at pos that has one (its sentence's text from lo on): 地区生产总值连续迈上4个万亿元台阶、达
    14.2万亿元 → 地区生产总值; 经济总量跨过两个万亿元大关、超过6万亿元 → 经济总量; 地区生产总值跨越3个千亿元
    台阶，达到1.5万亿元 → 地区生产总值. '' when those words hold a figure or only an adverb."""
    end = pos
    while end > lo:
        start = max(lo, max(text.rfind(c, lo, end) for c in "，,；;。：:") + 1)
        if (verb := _THRESHOLD_VERB.search(text, start, end)) is not None:
            subject = clean_label(text[start:verb.start()])
            if len(subject) < 2 or THRESHOLD_LABEL.search(subject) or _ANY_NUMERAL.search(subject) \
                    or subject.endswith("地"):
                return ""  # 全省地区生产总值年均增长5%左右、迈上3万亿元台阶; 歷史性地突破2000萬輛大關
            return subject
        end = start - 1
    return ""


# words before a figure that say how much, when or that it is, not what: 共计4241件, 高达1616453起, 已增至435个,
# 以113年54.44%, 预计可以达到6.4%, 同比上升11%
_NAMELESS = (r"共计|共|合计|总计|累计|总共|一共|计|录得|錄得|高达|高達|达到|達到|达|達|多达|为|為|是|有|约|約|近|将近|接近|大概|大约|"
             r"超过|超過|超|逾|不超过|未超过|不到|不足|仅|僅|只有|才|剩下|剩|占|佔|"
             r"已经|已經|已|均|都|也|又|再|还|還|仍|更|可以|可|将|將|要|会|預估|预估|预计|預計|估计|计划|正式|"
             r"实现|實現|突破|每年|今年前|今年|去年同期|去年|本年|上一年|上年|同期|全年|上半年|下半年|年度|前|"
             r"这|這|该|該|此|另外|此外|并与|並與|"
             r"分别|分別|其中|当中|當中|之中|中|即|则|則|就|但|而|且|并|並|同时|同時|目前|现在|現在|如今|最长|最短|最多|最少|"
             r"以|对|對|在|于|於|由|从|從|自|除|按照|按|向|比|较|較|同比|环比|按年|按月|连续|連續|"
             r"大幅|进一步|進一步|持续|持續|逐年|明显|"
             r"暴增|激增|猛增|骤增|剧增|飙升|锐减|骤降|骤减|暴跌|剧减|年間|年间|年来|年內|年内|"
             r"增加|增长|提高|上升|下降|减少|降低|回落|缩短|縮短|增|升|降|减|跌|多了|少了|多|少|"
             r"至|到|了|的|" + CURRENCY_BEFORE)  # 達港幣10億元: the currency is no name either
# (at a phrase's start only words that cannot begin a name: 并网 and 共印 keep their first character)
_NAMELESS_HEAD = (r"比|较|較|与|與|并与|並與|对|對|在|以|由|从|從|向|按照|按|将|將|另外|此外|这|這|该|該|同时|同時|目前|现在|"
                  r"今年|去年|上一年|上年|全年|上半年|下半年|同比|环比|已经|已經|已|又|也|均|都|才|其中|当中|當中|即")
_NAMELESS_WORDS = re.compile(rf"^(?:{_NAMELESS_HEAD})+|(?:{_NAMELESS})+$")
_NAMELESS_START = re.compile(r"^(?:的|均|都|也|已经|已|则|則|就|分别|分別)+")
_PREPOSITION_START = re.compile(r"^(?:是|对|對|在|向|从|從|由|将|將|把|被|于|於|以|为|為|及|以及|或|并|並|但|而|"
                                r"增|升|降|减|跌|上升|下降|提高|降低|达|達|当中|當中|之中|中)")


_JOINT_CHARS = frozenset("和及与與或并並跟同")  # a list's joint alone before a figure


def unnamed_label(text: str, start: int, end: int, lo: int) -> tuple[str, bool]:
    """A label for a figure that no rule named, as the text words it: the words right before it in its
    clause (破2076起, 井200元／米), else the phrase after it (500个和美乡村, 5起均已破获). Words that say
    only how much, when or that it is (共计, 以113年, 预计可以达到) name nothing, and a phrase after it that
    opens with a preposition (对现场记者的提问…) is no name either (和美乡村 is): the figure then stays unlabelled. The
    second value is True when the clause before the figure states only its date (2013年333件): it is
    then a list member, named by the figure before it."""
    raw = text[clause_floor(text, lo, start):start]
    raw = _BRACKETED.sub("", raw).lstrip(" \t\u3000、（(“\"")
    words = _LIST_MARK.sub("", _DATE_IN.sub("", raw) if re.search(r"[年月日号]", raw) else raw)
    words = (re.findall(rf"[{HAN}“”]+$", words.rstrip(" \t\u3000(（“\"「")) or [""])[0]  # its last words, not across a number
    if not words and _DATE_IN.search(raw):
        return "", True
    strong = _NAMELESS_WORDS.sub("", words)
    if len(strong) >= 2 or (strong and strong not in _JOINT_CHARS and words.endswith(strong) and raw.endswith(strong)):
        return last_words(strong, 12), False  # (破2076起: one character, right before the figure; 和1,093人 names nothing)
    phrase, _ = _post_phrase(text, end)
    phrase = _NAMELESS_START.sub("", phrase)
    if len(phrase) >= 2 and not _PREPOSITION_START.match(phrase):
        return _first_words(phrase, 12), False
    return "", False


_ONLY_NAMELESS = re.compile(rf"(?:{_NAMELESS}|次之|居首|居次|居第[一二三四五六七八九十]|多出|重|净增|凈增|扩大|擴大|特别|特別|介乎|每月|每日|每天|统计|統計|相当于|相當於|维持在|維持在|年升|年跌)+")


def names_nothing(label: str) -> bool:
    """Whether a label is only words that say how much, when or how it moved (上升, 凈增, 介乎, 每月); a
    share's 占比 and a plan's 计划 are names."""
    return _ONLY_NAMELESS.fullmatch(label) is not None and not re.search(r"占比|佔比|计划|計劃", label)


_UNDONE = re.compile(r"避免|防止|免于|免除|挽回|减少|未|没有|沒有|不|無|无")  # 避免其遭受960万元资金损失: the loss did not happen


def _noun_goes_on(text: str, pos: int) -> bool:
    """Whether a noun continues after pos (28名村（居）法律顾问: the advisers, not the villages)."""
    words = tags(text[pos:pos + 6]) if re.match(rf"[{HAN}]", text[pos:pos + 1]) else []
    return bool(words) and words[0][1].startswith("n")


def _closing_verb(label: str) -> str:
    """The verb a label ends with (增发, 提供, 执结), when no noun right before it makes it a noun phrase
    (科技创新) or its subject (货运班轮开通) unless a preposition said whom it is done for (向…机构提供)."""
    words = tags(label)
    if not words or words[-1][1] != "v":
        return ""
    if len(words) > 1 and words[-2][1].startswith("n") and not any(f == "p" for _, f in words):
        return ""
    k = len(words) - 1
    while k > 0 and words[k - 1][1] == "v" and words[k - 1][0] not in ("来", "來"):
        k -= 1  # 监督纠正: both verbs (去年来执结: not 来)
    verb = "".join(w for w, _ in words[k:])
    return verb if len(verb) >= 2 or len(words) == 1 else ""


def _closes_a_clause(phrase: str) -> bool:
    """Whether a phrase before 的 is a clause that qualifies the noun after it: it ends with a verb or an
    adjective and opens with neither a noun nor an adjective (可现场使用; not 年轻法官组成, whose judges are counted)."""
    words = tags(phrase)
    return bool(words) and words[-1][1] in ("v", "a", "ad", "vd") and not words[0][1].startswith(("n", "a"))


def _opens_a_noun(phrase: str) -> bool:
    """Whether a phrase opens with a noun phrase: a noun among its first two words, no verb, preposition or
    conjunction first (建议, 快速检验法)."""
    words = tags(phrase)
    return bool(words) and words[0][1] not in ("v", "p", "c") and any(f.startswith("n") for _, f in words[:2])


def _names_a_thing(phrase: str) -> bool:
    """Whether a phrase ends with a noun (国债, 防贪意见, 书面上诉状)."""
    words = tags(phrase)
    return bool(words) and words[-1][1].startswith("n") and words[0][1] not in ("v", "p", "c", "d")
