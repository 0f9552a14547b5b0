"""Every printed figure says what the source says: qualifier words in their place, changes with
their verb and direction, the same bound in English; charts compare like with like only.
The sentences are written for these tests (patterns of real news, not quotations)."""

import pytest

from reportgen.assemble import Figure
from reportgen.charting import charts
from reportgen.english.figures import figure_en
from reportgen.pipeline import parse_bytes
from reportgen.printed import labelled, printed


def stats_of(text: str) -> list[dict]:
    summary = parse_bytes(text.encode("utf-8"), "t.txt")
    return [s for a in summary["articles"] for s in a["stats"]]


def one(text: str, value: str) -> dict:
    return next(s for s in stats_of(text) if s["value"] == value)


@pytest.mark.parametrize("text, value, zh, en", [
    ("全市法院共受理案件近30万件。", "30", "近30万件", "nearly 300,000 cases"),
    ("全县执行干警不到60人。", "60", "不到60人", "fewer than 60 people"),
    ("审结案件1.2万余件。", "1.2", "1.2万余件", "more than 12,000 cases"),
    ("群众满意度达到95%以上。", "95", "95%以上", "95% or more"),
    ("办案周期没有超过六个月。", "六", "没有超过六个月", "not more than 6 months"),
    ("每起案件赔偿不低于五千元。", "五千", "不低于五千元", "at least CNY 5,000"),
    ("执行到位金额同比增长12.5%。", "12.5", "同比增长12.5%", "up 12.5% year on year"),
    ("案款发放效率提升32%。", "32", "提升32%", "up 32%"),
    ("刑事案件数量同比下降5.1个百分点。", "5.1", "同比下降5.1个百分点", "down 5.1 percentage points year on year"),
    ("诉前调解成功案件增长1倍。", "1", "增长1倍", "doubled"),
    ("研发投入翻一番。", "一", "翻一番", "doubled"),
    ("国内生产总值翻两番。", "两", "翻两番", "quadrupled"),
    ("虐儿案有554宗，下跌3%。", "3", "下跌3%", "down 3%"),
    ("约1/3的案件在诉前化解。", "1/3", "约1/3", "about one third"),
    ("全省生产总值达到5万亿元，年均增长7.1%。", "7.1", "年均增长7.1%", "up 7.1% a year on average"),
    ("居民人均可支配收入同比实际增长5.4%。", "5.4", "同比实际增长5.4%", "up 5.4% year on year in real terms"),
    ("农村居民人均纯收入达到3255元，扣除价格因素，增长6.2%。", "6.2", "扣除价格因素，增长6.2%", "up 6.2% in real terms"),
    # over how many years a change was made
    ("各类市场主体达到9800多万户，五年增加70%以上。", "70", "五年增加70%以上", "up 70% or more over five years"),
    # adjustments are changes (调增, 下浮, 压缩 a fraction), not levels
    ("退休人员基本养老金调增3.2%。", "3.2", "调增3.2%", "up 3.2%"),
    ("集中采购药品价格平均下浮52%。", "52", "下浮52%", "down 52%"),
    ("审批时限再压缩三分之一。", "三分之一", "压缩三分之一", "down one third"),
    # a bound said with 需, a rate per person with its bound after it
    ("补办证件约需15天。", "15", "约需15天", "about 15 days"),
    ("累计注册科技型企业超4500家。", "4500", "超4500家", "more than 4,500 entities"),
    ("经济增长连续四年达到或略高于10%。", "10", "达到或略高于10%", "at or slightly above 10%"),
    ("工农业总产值两年平均每年递增百分之五点五。", "百分之五点五", "两年平均每年递增百分之五点五", "up 5.5% a year on average"),
    ("12348热线接通率超3个百分点。", "3", "超3个百分点", "3 percentage points higher"),  # exceeded by, a difference
    ("人均结案数高于全国法院人均结案数0.72件。", "0.72", "高于全国法院人均结案数0.72件",
     "0.72 cases above the national figure"),  # a margin over a measure named in full
    ("不捕率比总体刑事犯罪不捕率高11.2个百分点。", "11.2", "比总体刑事犯罪不捕率高11.2个百分点",
     "11.2 percentage points higher"),
    ("民间投资占比提高2.2个百分点。", "2.2", "提高2.2个百分点", "up 2.2 percentage points"),  # 占比 is no 比…高
    ("破案率直线拉升15.1个百分点。", "15.1", "拉升15.1个百分点", "up 15.1 percentage points"),
    # higher than a group named before it: a margin, not a rise
    ("审结数占比33.5%，较总体刑事犯罪该比例高13.4个百分点。", "13.4", "较总体刑事犯罪该比例高13.4个百分点",
     "13.4 percentage points higher"),
    ("全员劳动生产率达到26万元/人左右。", "26", "26万元/人左右", "about CNY 260,000 per person"),
])
def test_printed_figure_keeps_the_sources_words(text, value, zh, en):
    s = one(text, value)
    assert printed(s).zh == zh
    assert zh in text  # printed exactly as the source wrote it
    assert figure_en(s) == en


def test_a_name_with_a_number_is_no_figure():
    assert stats_of("严格落实中央八项规定精神，为实现建军一百年奋斗目标而努力。") == []


def test_a_figure_the_text_denies_is_no_figure():
    assert stats_of("专家说，这种情况不可能100%没事。") == []


def test_a_contribution_to_growth_is_a_share_not_a_rise():
    s = one("新产业对工业增长贡献超60%。", "60")
    assert s.get("direction") is None and figure_en(s) == "more than 60%"


def test_a_measure_the_label_says_is_not_said_again():
    s = one("近五年来，案件年均增幅超过20%。", "20")
    assert "年均" in s["label"] and printed(s).zh == "增幅超过20%"


def test_a_label_ending_with_the_change_words_is_not_said_twice():
    assert labelled("同比增长", "同比增长20.49%") == "同比增长20.49%"
    assert labelled("受理执行案件", "47717件") == "受理执行案件47717件"


def test_a_summary_without_leads_prints_its_qualifier_in_plain_words():
    hand = {"value": "30", "unit": "万件", "qualifier": "approx", "kind": "count"}
    assert printed(hand).zh == "约30万件"
    assert printed({**hand, "unit": "万余件", "qualifier": "at_least"}).zh == "30万余件"
    assert printed({"value": "5", "unit": "%", "qualifier": "exact", "kind": "change", "direction": "down",
                    "comparison": "yoy"}).zh == "同比下降5%"


def fig(ref, label, value, unit, norm, region="西藏自治区", period="2025", kind="count", sentence="s", item="a"):
    return Figure(ref=ref, id=f"{item}.s{ref}", item_id=item, label=label, label_en=None, value=value, unit=unit,
                  en=None, kind=kind, norm=norm, norm_unit=unit.removeprefix("万"), sentence=sentence, source="x",
                  region=region, period=period)


def test_a_measure_is_charted_across_places_of_one_year_only():
    same = [fig(1, "受理执行案件", "100", "件", 100, "西藏自治区"), fig(2, "受理执行案件", "200", "件", 200, "青海省"),
            fig(3, "受理执行案件", "150", "件", 150, "新疆维吾尔自治区")]
    (chart,) = charts(same)
    assert chart.by == "place" and chart.bars_zh == ["西藏自治区", "青海省", "新疆维吾尔自治区"]
    assert "2025" in chart.title_zh
    years = [same[0], same[1], fig(3, "受理执行案件", "150", "件", 150, "新疆维吾尔自治区", "2021")]
    assert charts(years) == []  # other years: not comparable
    units = [same[0], same[1], fig(3, "受理执行案件", "150", "人", 150, "新疆维吾尔自治区")]
    assert charts(units) == []  # another unit: not the same measure
    mixed = [fig(1, "港长", "26", "人", 26), fig(2, "倾倒废物人员", "6", "人", 6), fig(3, "干警", "16", "人", 16)]
    assert charts(mixed) == []  # different measures are never on one axis


def test_the_parts_of_one_total_are_charted():
    s = "审结案件1200件，其中民事案件800件、刑事案件300件。"
    figs = [fig(1, "审结案件", "1200", "件", 1200, sentence=s), fig(2, "民事案件", "800", "件", 800, sentence=s),
            fig(3, "刑事案件", "300", "件", 300, sentence=s)]
    (chart,) = charts(figs)
    assert chart.by == "part" and chart.bars_zh == ["审结案件", "民事案件", "刑事案件"]


@pytest.mark.parametrize("text, norm, en", [
    ("全年港口吞吐量达三亿零六百多万吨。", 306000000, "more than 306,000,000 tonnes"),  # 3亿 + 600多万
    ("粮食产量一万三千多万吨。", 130000000, "more than 130,000,000 tonnes"),  # 13000多万
    ("新修农村公路3万2千公里。", 32000, "32,000 km"),
    ("共办理案件两千三百余件。", 2300, "more than 2,300 cases"),
])
def test_chinese_and_mixed_numerals_are_converted_exactly(text, norm, en):
    (s,) = stats_of(text)
    assert s["norm"] == norm and figure_en(s) == en


@pytest.mark.parametrize("text", ["该院始建于98年，先后审结案件300余件。", "从05年起，累计办理案件300余件。"])
def test_a_two_digit_year_is_a_year_not_a_length_of_time(text):
    assert [s["value"] for s in stats_of(text)] == ["300"]


def test_a_length_of_time_after_a_preposition_stays_one():
    (s,) = stats_of("力争在10年内完成全部改造任务。")
    assert s["norm"] == 10 and figure_en(s) == "within 10 years"


@pytest.mark.parametrize("text, value, zh, en", [
    ("审限最长不得超过18个月。", "18", "不得超过18个月", "not more than 18 months"),
    ("全省市场主体总量是五年前的2.5倍。", "2.5", "是五年前的2.5倍", "2.5 times the figure five years earlier"),
    ("女性比重是男性的6倍。", "6", "是男性的6倍", "6 times as much"),  # a base that is no time: said as it is
    ("全市生产总值增长6.1%、高于全国0.9个百分点。", "0.9", "高于全国0.9个百分点",
     "0.9 percentage points above the national figure"),
    ("城镇登记失业率低于全省平均水平0.5个百分点。", "0.5", "低于全省平均水平0.5个百分点",
     "0.5 percentage points below the provincial average"),
    ("行政许可事项削减38%。", "38", "削减38%", "down 38%"),
    ("全年增速6%-6.5%。", "6", "增速6%-6.5%", "up 6%–6.5%"),  # a growth rate is a rise
    ("社会消费品零售总额从3.2万亿元增加到4.1万亿元。", "3.2", "从3.2万亿元", "from CNY 3.2 trillion"),
    ("农村低保最低月标准提高到850元。", "850", "提高到850元", "CNY 850"),  # 最低 names the standard
])
def test_bounds_margins_multiples_cuts_ranges_and_baselines(text, value, zh, en):
    s = one(text, value)
    assert printed(s).zh == zh and zh in text
    assert figure_en(s) == en


@pytest.mark.parametrize("text, en", [
    ("办好12件民生实事。", "12 items"),
    ("全市市场主体达120万户。", "1,200,000 entities"),
    ("帮扶脱贫户3000户。", "3,000 households"),
    ("举办业务培训班8期。", "8 sessions"),
])
def test_the_unit_word_follows_what_is_counted(text, en):
    (s,) = stats_of(text)
    assert figure_en(s) == en


def test_the_phase_of_a_project_is_no_figure():
    assert stats_of("轨道交通5号线二期建成通车，港区改造三期开工。") == []


def test_english_credits_the_figures_own_year():
    from reportgen.english.generate import stated_period

    assert stated_period([{"period": "2025"}, {"period": "2025"}]) == "2025"
    assert stated_period([{"period": "2025"}, {"period": "2024"}]) is None
    assert stated_period([{"period": None}]) is None


def test_a_long_report_that_mentions_courts_in_passing_has_no_legal_topic():
    from reportgen.extract.terms import topic

    report = ("全年地区生产总值增长5.2%，城镇新增就业38万人。" * 300 + "平安建设深入推进，公安机关破获电信诈骗案件1200起，"
              "法院审结案件5万件。" + "新建改造农村公路1500公里，建成高标准农田80万亩。" * 300)
    assert topic(report) == "其他"
    news = "本报讯 今年以来，某县人民法院执行局开展集中执行行动，执结执行案件320件，执行到位金额1.2亿元，执行干警…"
    assert topic(news) == "执行"


def test_a_margin_belongs_to_the_change_right_before_it():
    """其中规模工业增加值增长6.2%、高于全国平均0.3个百分点: the 0.3 points are industry's margin, not GRP's."""
    stats = stats_of("全省地区生产总值5.53万亿元、增长4.8%，其中规模工业增加值增长6.2%、高于全国平均0.3个百分点。")
    by_value = {s["value"]: s for s in stats}
    assert by_value["0.3"]["of"] == by_value["6.2"]["id"] and by_value["0.3"]["label"] == "规模工业增加值"
    assert by_value["4.8"]["of"] == by_value["5.53"]["id"]


def test_fees_cut_are_an_amount_not_a_fall():
    """五年累计减税5.4万亿元、降费2.8万亿元: 2.8 trillion of fees cut, not a fall of the tax cuts."""
    by_value = {s["value"]: s for s in stats_of("五年累计减税5.4万亿元、降费2.8万亿元。")}
    assert by_value["2.8"]["kind"] == "amount" and by_value["2.8"].get("of") is None
    assert figure_en(by_value["2.8"]) == "CNY 2.8 trillion"


@pytest.mark.parametrize("text, value, label, en", [
    ("全国有17个省（区、市）实现免费教科书。", "17", "省（区、市）", "provinces, autonomous regions and municipalities"),
    ("来自10余个省、市、自治区的代表参加会议。", "10", "省、市、自治区", "provinces, municipalities and autonomous regions"),
])
def test_the_province_level_divisions_counted_together_are_all_named(text, value, label, en):
    s = one(text, value)
    assert s["label"] == label and s["label_en"] == en  # not 省 'Province'


def test_a_bound_before_a_space_of_the_typesetting_is_printed():
    s = one("受理案件突破 10万 件。", "10")  # the space between 突破 and 10 is no clause mark
    assert printed(s).zh == "突破10万件"
    assert figure_en(s) == "more than 100,000 cases"


@pytest.mark.parametrize("text, norm, unit, en", [
    ("进出口总额1656亿美元。", 165600000000, "美元", "USD 165.6 billion"),
    ("每年也能因此筹得６５０万英镑。", 6500000, "英镑", "GBP 6.5 million"),
    ("缉获毒品市值约2.3亿港元。", 230000000, "港元", "about HKD 230 million"),
])
def test_money_of_another_currency_is_money_in_its_own_code(text, norm, unit, en):
    (s,) = stats_of(text)
    assert (s["norm"], s["norm_unit"], s["kind"]) == (norm, unit, "amount")
    assert figure_en(s) == en


@pytest.mark.parametrize("text, value, caveat, said, en", [
    ("全院共受理案件879件(含旧存343件)，审结756件。", "879", "含旧存343件", "879件（含旧存343件）",
     "879 cases (including cases left over from previous years: 343 cases)"),
    ("共审结执行案件1.2万余件（不含旧存），同比上升5%。", "1.2", "不含旧存", "1.2万余件（不含旧存）",
     "more than 12,000 cases (excluding cases left over from previous years)"),
    # up to the bracket's first comma: what follows is a remark, not what the figure counts
    ("全年新收案件3881件(含执行1568件,与执行系统数据略有误差)。", "3881", "含执行1568件",
     "3881件（含执行1568件）", "3,881 cases (including enforcement: 1,568 cases)"),
    # a caveat without English: the figure has none, its English would say more than the source
    ("新收案件1700件(不含民特、民撤案件)。", "1700", "不含民特、民撤案件", "1700件（不含民特、民撤案件）", None),
])
def test_a_caveat_after_a_figure_is_printed_with_it(text, value, caveat, said, en):
    stat = one(text, value)
    assert stat["caveat"] == caveat
    assert printed(stat).said == said
    assert printed(stat).zh == said.partition("（")[0]  # the sentence's own words, for finding it there
    assert figure_en(stat) == en
    assert (stat["caveat_en"] is None) == (en is None)


def test_a_breakdown_in_brackets_is_no_caveat():
    stat = one("全年受理纠纷3955件(其中家庭纠纷999件、邻里纠纷2956件)。", "3955")
    assert "caveat" not in stat
    assert printed(stat).said == "3955件"



def test_a_change_printed_with_its_own_arrow_gets_no_second_one():
    """环比↓2.48%: the source's arrow is printed with the figure, so the card adds no ▼ before it."""
    from reportgen.assemble import Figure

    def change(lead: str) -> Figure:
        return Figure(ref=1, id="a.s01", item_id="a", label="交通事故类报警", label_en=None, value="2.48", unit="%",
                      en=None, kind="change", norm=2.48, norm_unit="%", sentence="", source="a.txt", lead=lead,
                      direction="down")

    assert change("环比↓").arrow == "" and change("环比下降").arrow == "▼"


def test_a_part_of_a_year_is_printed_with_the_year_and_charts_compare_like_with_like():
    """最高法:2024年上半年…: the cards said 全国 · 2024年 and 'China, 2024' for half a year's figures. A page that
    also speaks of 2024年 as a whole leaves the part out (its figures' part is not known), and a first half
    is charted beside first halves only."""
    page = parse_bytes("最高法:2024年上半年案件量总体增幅放缓\n\n最高人民法院发布2024年上半年司法审判工作主要数据。"
                       "受理各类案件2317.6万件，同比增长3.9%。".encode(), "a.txt")
    got = {s["value"]: s.get("period_part") for a in page["articles"] for s in a["stats"]}
    assert got == {"2317.6": "上半年", "3.9": "上半年"}
    page = parse_bytes("2024年，全市法院受理案件10万件。其中2024年上半年受理5万件。下半年受理5万件。".encode(), "a.txt")
    assert [s.get("period_part") for a in page["articles"] for s in a["stats"]] == [None, "上半年", None]
    f = fig(1, "受理案件", "100", "件", 100, "全国", "2024")
    f.period_part, f.scope_en = "1-9月", "China"
    assert (f.scope_zh, f.scope_text_en) == ("全国 · 2024年1-9月", "China, January–September 2024")
    halves = [fig(i, "受理案件", str(v), "件", v, "青海省", y) for i, (v, y) in enumerate(((1, "2022"), (2, "2023"), (3, "2024")), 1)]
    whole = fig(4, "受理案件", "9", "件", 9, "青海省", "2025")
    for h in halves:
        h.period_part = "上半年"
    (chart,) = charts([*halves, whole])  # the whole year is not a fourth bar
    assert chart.bars_zh == ["2022年上半年", "2023年上半年", "2024年上半年"] and chart.bars_en[0] == "H1 2022"


@pytest.mark.parametrize("text, value, zh, en", [
    # a multiple of a base said with 为 or 相当于 is no rise: 为1997年的2.9倍 is up 190%, never 'up 290%'
    ("国有工业企业实现利润为1997年的2.9倍。", "2.9", "为1997年的2.9倍", "2.9 times the figure for 1997"),
    ("收案数相当于上年同期的1.5倍。", "1.5", "相当于上年同期的1.5倍",
     "1.5 times the figure for the same period of the previous year"),
    ("收案数为去年的2倍。", "2", "为去年的2倍", "2 times the previous year's figure"),
    ("利用外资相当于前九年总和的1.6倍。", "1.6", "相当于前九年总和的1.6倍", "1.6 times as much"),
    # a rise said in multiples stays a rise
    ("收案数同比增长1.5倍。", "1.5", "同比增长1.5倍", "up 150% year on year"),
])
def test_a_multiple_is_printed_with_its_base_and_never_as_a_rise(text, value, zh, en):
    s = one(text, value)
    assert printed(s).zh == zh and figure_en(s) == en


@pytest.mark.parametrize("text, value, en", [
    ("省属国有企业研发投入增速高于全省平均2个百分点以上。", "2", "2 or more percentage points above the provincial average"),
    ("不捕率高于全国平均水平约10个百分点。", "10", "about 10 percentage points above the national average"),
    ("增速低于全国平均水平0.5个百分点左右。", "0.5", "about 0.5 percentage points below the national average"),
    ("增长5.4%、高于全国0.4个百分点。", "0.4", "0.4 percentage points above the national figure"),
])
def test_a_margin_keeps_its_bound(text, value, en):
    assert figure_en(one(text, value)) == en


@pytest.mark.parametrize("text, value, zh, en", [
    # a weekly or monthly bulletin compares with the week or month before, never 'the previous year'
    ("本周共接刑事类警情70起(日均10起),较上周的62起增加8起。", "62", "较上周的62起", "62 incidents in the previous week"),
    ("本月受理案件300件，比上月的280件增加20件。", "280", "比上月的280件", "280 cases in the previous month"),
    ("一季度收案300件，较上季度增加20件。", "20", "较上季度增加20件", "up 20 cases over the previous quarter"),
    # a change over the year before said with 较…减少 is a change, not a margin over a group
    ("刑事案件15起，较上年减少2起。", "2", "较上年减少2起", "down 2 cases over the previous year"),
    ("收案15件，比2019年增多2件。", "2", "比2019年增多2件", "up 2 cases compared with 2019"),
    ("不捕率较总体刑事犯罪高13.4个百分点。", "13.4", "较总体刑事犯罪高13.4个百分点", "13.4 percentage points higher"),
    # 环比 is against the period before: a week in a weekly bulletin, a month in a monthly one
    ("本周共接有效报警3410起,较上周3061起增加349起,环比上升了11.4%。", "11.4", "环比上升了11.4%", "up 11.4% week on week"),
    ("本周共接有效报警3410起,较上周3061起增加349起。", "3061", "较上周3061起", "3,061 calls in the previous week"),
    ("本月受理案件300件，环比上升5%。", "5", "环比上升5%", "up 5% month on month"),
])
def test_a_change_or_baseline_names_the_period_it_is_compared_with(text, value, zh, en):
    s = one(text, value)
    assert printed(s).zh == zh and figure_en(s) == en
