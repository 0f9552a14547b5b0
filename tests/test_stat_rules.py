"""The statistic rules of ../shared/ANNOTATION.md on made-up sentences of the kinds the genre is
full of: units, Chinese numerals, ranges, qualifiers, kinds, what is not a statistic (criteria,
framing spans, session numbers …), labels of changes and shares, and periods."""

import pytest

from reportgen.english.figures import figure_en
from reportgen.english.labels import label_en
from reportgen.english.terms import default_terms
from reportgen.extract.stats import find_stats, item_stats
from reportgen.pipeline import parse_bytes
from reportgen.printed import labelled, printed


def figures(text: str) -> dict[str, tuple]:
    """value as written → (norm, norm_max, norm_unit, qualifier, kind, direction)."""
    return {text[s.num_start:s.num_end]: (s.norm, None if s.value_max is None else float(s.value_max), s.norm_unit,
                                          s.qualifier, s.kind, s.direction) for s in find_stats(text)}


def labels(text: str) -> list[tuple[str, str]]:
    """(value as written, label) of an item made of one body paragraph, labels completed."""
    return [(text[f.stat.num_start:f.stat.num_end], f.stat.label) for f in item_stats([("body", text, 0)])]


def page_stats(text: str) -> list[dict]:
    """The statistics of the first item of a page parsed whole."""
    return parse_bytes(text.encode(), "a.txt")["articles"][0]["stats"]


def periods(blocks: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(blocks[f.block][1][f.stat.num_start:f.stat.num_end], f.stat.period)
            for f in item_stats([(role, text, 0) for role, text in blocks])]


@pytest.mark.parametrize(("text", "value", "norm", "unit"), [
    ("恢复执行2个月内找到被执行人。", "2", 2, "个月"),
    ("一趟来回要3个小时。", "3", 3, "个小时"),
    ("结案率上升0.5个百分点。", "0.5", 0.5, "个百分点"),
    ("公示时间不得少于15日。", "15", 15, "日"),
    ("人均绿地面积12㎡。", "12", 12, "㎡"),
    ("信息被批示、采用31103篇次。", "31103", 31103, "篇次"),
    ("组网卫星增至144颗。", "144", 144, "颗"),
    ("全年获得金牌48枚。", "48", 48, "枚"),
    ("新装路灯1200盏。", "1200", 1200, "盏"),
    ("出台地方性法规5部。", "5", 5, "部"),
    ("放流鱼苗97万尾。", "97", 970000, "尾"),
    ("签发证件签注2664.9万张次。", "2664.9", 26649000, "张次"),
    ("认捐500双运动鞋。", "500", 500, "双"),
    ("双方留出3厘米的距离。", "3", 3, "厘米"),
    ("粮食产量稳定在1.3万亿斤以上。", "1.3", 1300000000000, "斤"),
    ("连续举办三届。", "三", 3, "届"),
    ("新增装机12亿千瓦。", "12", 1200000000, "千瓦"),
    ("抓获并押解回国5批次。", "5", 5, "批次"),
    ("共审结7199案9046人。", "7199", 7199, "案"),
    ("缴获各类毒品折合海洛因742.3千克。", "742.3", 742.3, "千克"),  # as written, not 公斤
    ("科技辅具服务5000例。", "5000", 5000, "例"),
    ("铁路货运周转量达到11620亿吨公里。", "11620", 1162000000000, "吨公里"),
    ("共抽检该品牌奶粉5个批次。", "5", 5, "个批次"),
    ("带动万名青年入乡发展。", "万", 10000, "名"),  # a bare scale before a measure word
    ("一九八二年预计达到三亿三千五百多万吨。", "三亿三千五百", 335000000, "吨"),  # 三亿 + 三千五百多万
    ("一个十亿人口的国家。", "十亿", 1000000000, ""),  # 人口 is the noun, not 人 + 口
    ("降低900多万个体工商户税负。", "900", 9000000, ""),  # 个体 is a word, not 个 + 体
    ("建成5个体育场。", "5", 5, "个"),
    ("惠及2900多万家庭。", "2900", 29000000, ""),  # 家庭 is the noun, not 家 + 庭
    ("新增500家人工智能企业。", "500", 500, "家"),
    ("火灾数为315起，造成1死4伤。", "4", 4, "伤"),  # the injured, counted after the dead
    ("农作物受灾面积2035.1千公顷。", "2035.1", 2035.1, "千公顷"),  # as the statistics write it, not 2,035,100 公顷
])
def test_units_keep_their_measure_word(text: str, value: str, norm: float, unit: str) -> None:
    found = figures(text)
    assert found[value][0] == pytest.approx(norm) and found[value][2] == unit


@pytest.mark.parametrize(("text", "value", "norm", "qualifier"), [
    ("查处五起案件。", "五", 5, "exact"),
    ("抓获两名嫌疑人。", "两", 2, "exact"),
    ("出台三项措施。", "三", 3, "exact"),
    ("近百人参加。", "百", 100, "approx"),
    ("审理上千件纠纷。", "千", 1000, "at_least"),
    ("调解案件百余起。", "百", 100, "at_least"),
    ("安置2万3千余人。", "2万3千", 23000, "at_least"),
    ("新收案件28万3622件。", "28万3622", 283622, "exact"),  # as Taiwan writes 283,622 (not 3622)
    ("诈骗金额11亿461万5千元。", "11亿461万5千", 1104615000, "exact"),
    ("重污染天数下降超过五成。", "五成", 50, "at_least"),
    ("覆盖十亿四千万人。", "十亿四千万", 1040000000, "exact"),
    ("带动社会投资超千亿元。", "千亿", 100000000000, "at_least"),
    ("占案件总数的三分之一。", "三分之一", 33.333333, "exact"),
    ("发案率为千分之三。", "千分之三", 0.3, "exact"),
    ("近四成五的案件。", "四成五", 45, "approx"),
    ("三个省份产量占全国9成。", "9成", 90, "exact"),  # tenths in Arabic digits
    ("新增发电装机容量一千九百五十万千瓦。", "一千九百五十万", 19500000, "exact"),  # 千瓦 is the unit
    ("两项资金比上年增加了一倍。", "一", 1, "exact"),  # 增加一倍: doubled
])
def test_chinese_numerals(text: str, value: str, norm: float, qualifier: str) -> None:
    found = figures(text)
    assert found[value][0] == pytest.approx(norm) and found[value][3] == qualifier


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("一趟来回就得六七个小时。", 6, 7, "个小时"),
    ("有的刚到工地一两个月。", 1, 2, "个月"),
    ("施工不当损伤树木，即罚2万-10万元。", 20000, 100000, "元"),
    ("处以2万元以上10万元以下罚款。", 20000, 100000, "元"),
    ("处建设工程造价百分之五以上百分之十以下的罚款。", 5, 10, "%"),
    ("他说，每天要站４０、５０分钟。", 40, 50, "分钟"),  # two neighbouring round numbers: a range
])
def test_ranges_are_one_statistic(text: str, low: float, high: float, unit: str) -> None:
    (st,) = find_stats(text)
    assert (st.norm, float(st.value_max), st.norm_unit, st.qualifier) == (low, high, unit, "range")


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("居住区绿地率不低于30%。", "30", "at_least"),
    ("大概1万多元钱。", "1", "approx"),
    ("刑事类警情约占6%。", "6", "approx"),
    ("若损害古树名木，最高可罚50万元！", "50", "at_most"),
    ("施工伤树最低要罚2万元。", "2", "at_least"),
    ("城镇调查失业率控制在5.5%以内。", "5.5", "at_most"),
    ("起诉期限最长不得超过2年。", "2", "at_most"),  # not the 超过 it ends with
    ("每月加班不超过36小时。", "36", "at_most"),
    ("还不到餐馆总数量的10%。", "10", "at_most"),  # the bound governs the share after 的
    ("吸毒人员比例低于0.18%的全国平均水平。", "0.18", "exact"),  # the average compared with
    # 至少 bounds the verb phrase, and the parallel clauses that repeat its preposition
    ("原告至少向区政府提出14份申请，向镇政府提出58份申请。", "14", "at_least"),
    ("原告至少向区政府提出14份申请，向镇政府提出58份申请。", "58", "at_least"),
    ("以上两项合计25000元。", "两", "exact"),  # 以上 before a figure: the items above, no bound
    ("细颗粒物年平均浓度不高于23微克/立方米。", "23", "at_most"),
    ("按照不高于被征收房屋价值的10%给付。", "10", "at_most"),  # the bound of a share (once a crash)
])
def test_qualifiers(text: str, value: str, qualifier: str) -> None:
    assert figures(text)[value][3] == qualifier


def test_scores_and_more_measure_words() -> None:
    assert figures("扫黑除恶满意度由2018年的87.17分上升至96.28分。")["87.17"][2] == "分"
    assert figures("全省考核得分95分。")["95"][2] == "分"
    assert "十" not in figures("成绩来之十分不易，必须十分清醒。")  # 十分: very
    assert "30" not in figures("会议于9时30分开始。")  # a time of day
    assert figures("增长速度为百分之八至百分之九。")["百分之八"][1] == 9.0  # 百分之九 is no score of 百
    assert figures("收缴管制刀具2898把。")["2898"][2] == "把"
    assert "一" not in figures("一把手负责。")
    assert figures("建成9兆瓦时储能系统。")["9"][2] == "兆瓦时"
    assert figures("研发投入翻一番。")["一"][2:] == ("番", "exact", "change", "up")  # doubled
    assert figures("将法律援助法翻译成七种文字。")["七"][4:] == ("count", None)  # 翻译 is no rise
    assert figures("翻两番，决不仅仅是一个量的概念。") == {}  # the slogan counts nothing
    assert figures("应对9轮强降雨，开展新一轮行动。") == {"9": (9, None, "轮", "exact", "count", None)}
    assert labels("棉纱产量前三年共增加了三十五万件，而1956年就增加了一百二十七万件。")[1][1] == "棉纱产量"


def test_an_inventory_in_quotes() -> None:
    assert labels("本院酌定“诺基亚手机1部”价值为200元，“暖气炉1台、暖气片5片”价值为2,400元。") == [
        ("1", "诺基亚手机"), ("200", "诺基亚手机价值"), ("1", "暖气炉"), ("5", "暖气片"), ("2,400", "暖气炉、暖气片价值")]
    assert labels("本院酌定原告“牛100头”的价值为954,857.14元。") == [("100", "牛"), ("954,857.14", "牛价值")]
    assert labels("落实“民营经济32条”，出台“双20条”。") == []  # policy names stay names


def test_a_span_closed_at_both_ends_is_no_open_period_whatever_yilai_says() -> None:
    assert periods([("body", "2021年至2023年以来，该院推动468家企业顺利退市。")]) == [("468", "2021-2023")]
    assert periods([("body", "2018年以来，共办理案件200件。")]) == [("200", None)]


def test_a_price_per_two_units() -> None:
    """元/人·年 (per person a year); a page that lost the middle dot shows ？."""
    assert figures("资助标准为２０００元／年·人。")["２０００"][2] == "元/年·人"
    assert figures("保障险费用：５０元／人？年。")["５０"][2] == "元/人·年"
    from reportgen.english.figures import _per

    assert _per("１５００元／人·年") == " per person a year"


def test_every_bound_word_has_a_qualifier_a_lead_and_english() -> None:
    """The bound words are listed where the qualifier is read, where the lead is cut and where the
    English says them: a word in one list and not the others once crashed a parse (不高于)."""
    import re

    from reportgen.english.figures import _BOUNDS
    from reportgen.extract.stats import _BOUND_OF_WHOLE, _PRE_QUAL_WORD
    from reportgen.extract.wording import _BOUND

    special = {"过", "左右", "大概"}  # 过 only after a guard; 左右 follows the figure; 大概 is said with the figure
    words = set(_PRE_QUAL_WORD) - special
    lead_words = set(re.findall(r"[\u4e00-\u9fff]+", re.sub(r"\(\?<!\[[^\]]*\]\)", "", _BOUND)))  # (not a guard's)
    assert words <= lead_words
    assert lead_words <= {w for w, _ in _BOUNDS}
    assert set(re.findall(r"[\u4e00-\u9fff]{2,}", _BOUND_OF_WHOLE.pattern)) <= set(_PRE_QUAL_WORD)


@pytest.mark.parametrize(("text", "value", "kind", "direction"), [
    ("规上工业增加值增长7.6%，高于全国1.7个百分点。", "1.7", "change", "up"),
    ("就地解决纠纷91万件，是去年全年总量的近3倍。", "3", "change", "up"),
    ("居民消费价格指数涨幅2%左右。", "2", "change", "up"),
    ("“两抢”案件同比降四成。", "四成", "change", "down"),
    ("城镇调查失业率控制在5.5%以内。", "5.5", "rate", None),
    ("清理河道529公里。", "529", "count", None),
    ("耕地面积净增212万亩。", "212", "change", "up"),
    ("出台稳增长政策32项。", "32", "count", None),  # 稳增长 is a policy, not a rise
    ("城镇调查失业率均值5.2%。", "5.2", "rate", None),
    ("新建提升310公里农村公路。", "310", "count", None),  # how much road, not a rise
    ("农村公路里程提升310公里。", "310", "change", "up"),
    ("汽车保有量超过百万辆的城市84个，同比增加5个城市。", "5", "change", "up"),  # said against last year
    ("经费总投入是36亿，同比增长了4%。", "36", "amount", None),
])
def test_kinds(text: str, value: str, kind: str, direction: str | None) -> None:
    assert figures(text)[value][4:] == (kind, direction)


def test_digits_spaced_out_by_the_typesetting_are_one_number() -> None:
    summary = parse_bytes("1 9 9 7 年粮食产量达到4 9 2 5 0 万吨，平均每年增长1 1 ．5 ％。".encode())
    assert [(s["norm"], s["norm_unit"]) for s in summary["articles"][0]["stats"]] == [(492500000, "吨"), (11.5, "%")]


def test_a_figure_without_unit_counts_what_follows_it() -> None:
    found = figures("150多农民工舍命救出200余被困群众，经费总投入是36亿。")
    assert found["150"][2:5] == ("", "at_least", "count")
    assert found["36"][0] == 3600000000 and found["36"][2] == "元" and found["36"][4] == "amount"


@pytest.mark.parametrize("text", [
    "十三届全国人大二次会议12日举行。",  # session numbers
    "按照自治区党委十届十五次全会部署。",
    "全面贯彻党的二十大和二十届三中全会精神。",
    "三峡三期工程开工。",  # a phase
    "九十年代初步建立起新的体制。",  # a decade
    "进入全国前10名。",  # a rank
    "相当于5年前的水平。",  # years ago
    "京港澳高速17.5公里处被淹。",  # a kilometre post
    "将从三个方面抓好落实。",  # the text's own structure
    "今年的案件主要呈现六个特点。",  # the features the text lists next (DECISIONS 8)
    "可以归纳为4种特点，一是数量增加。",
    "判处十年以上有期徒刑的罪犯人数下降。",  # a class of sentence said of the persons counted: a criterion
    "全年收案数创近八年历史新低。",  # the span a record is set over (DECISIONS 8's spans framing a comparison)
    "在押人数再創10年歷史新高。",
    "经过二十多年来的发展，面貌一新。",  # a relative period, whatever 多 bounds
    "在过去的十年中，经济发展很快。",  # the span the text looks back over
    "实施法治民企建设五年行动。",  # a programme's name
    "数量压降至近五年的最低值。",  # a relative period
    "原告原居住的城隍庙四条胡同2号房屋被拆除。",  # a street of an address
    "依照第二十条二款三项的规定。",  # a clause of a law
    "增加关键零部件元器件进口。",  # 零部件: a lone zero counts nothing
    "建设30万吨级进港航道。",  # a class of thing
    "优良天数比例、PM_2.5年均浓度。",
    "改革开放已经整整过去五年。",  # a period spoken of
    "开工750千伏输变电工程。",  # a voltage class names the line
    "八类严重暴力案件破案率提升。",  # a category the law names
    "热线电话全天24小时开放。",  # round the clock
    "提升15分钟社区生活圈功能。",  # a planning concept named by its radius
    "其中应当包括三项费用：1、设备运输费；2、设备基础费。",  # a count that introduces the text's own list
    "Local courts handled 28 million lawsuits, up 8.8 percent, and 5000 cases in 2018.",
    # political formulas said by a count are set phrases (ANNOTATION.md)
    "统筹国内国际两个大局，用好两个市场两种资源。",
    "坚持四项基本原则，在和平共处五项原则基础上发展关系。",
    "严格落实中央八项规定精神，增强“四个意识”。",
    "经过三十年的努力建立起来的现有企业。",  # how long it took, said of no figure
    "创建5A级旅游景区，启动一级响应。",  # grades are no magnitudes
    "自2016年至2019年的四年时间里，满意度逐年提高。",  # the length of the period reported on
    "从十一届三中全会开始，到这次大会，共九年时间。",
])
def test_not_statistics(text: str) -> None:
    assert find_stats(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("标的额50万元以上的案件112件。", ["112"]),
    ("结案率低于60%的法院占比15%。", ["15"]),
    ("有6个市收案超过500件。", ["6"]),
    ("39个城市超200万辆，12家法院结案率超过90%。", ["39", "12"]),  # what selects the places counted
    ("474家法院新收案件数同比上升超过50%，264家基层法院新收案件数超过1万件。", ["474", "264"]),
    ("累计为29个省份保供煤炭超35亿吨。", ["29", "35"]),  # but how much was supplied to them is a figure
    ("律师人数超过1万人的省有23个。", ["23"]),
    ("律师11人至20人(含)的律师事务所8023家。", ["8023"]),
    ("律师11人至20人的律师事务所7100多家，占20.83%。", ["7100", "20.83"]),  # the unit written twice
    ("开工建设10亿元以上重大项目。", []),
    ("实施200个以上节能改造项目。", ["200"]),  # a count of projects, bounded
    ("对原告作出拘留十日并处罚款二百元的行政处罚。", ["十", "二百"]),  # the penalty given: its length is a figure
    ("判处有期徒刑三年以上重刑2621人。", ["2621"]),  # a class of sentences selects who is counted
    ("30天内破获12起。", ["12"]),  # framing spans
    ("十年增加近70万亿元。", ["70"]),
    ("经过八年持续努力，近1亿农村贫困人口实现脱贫。", ["1"]),
    ("粮食总产量连续9年稳定在1300亿斤以上。", ["9", "1300"]),  # persistence is a figure
    ("判处5年以上有期徒刑275人。", ["275"]),  # the sentences that select who is counted (ANNOTATION.md)
    ("判处三年以下有期徒刑、拘役1605人，被告人被判处有期徒刑三年。", ["1605", "三"]),  # a sentence given is a figure
    ("保交房项目提前3个月实现100%交付。", ["3", "100"]),  # how far ahead of time is a figure
    ("通过近一年的实践。", ["一"]),
    ("用了三年时间建成大桥，原告至起诉已近7年时间。", ["三", "7"]),  # how long something took is a figure
    ("全省20户以上自然村通硬化路。", []),  # the size that selects the villages
    ("护理费为2488.6元（108.2*23天）。", ["2488.6"]),  # a calculation restates the figure
    # the condition of a rule (…满35年的，…) selects whom it applies to; a fact stated as met is a figure
    ("工作年限满35年的，按90%计发。", ["90"]),
    ("在教师岗位任教10年以上的，可以享受。", []),
    ("其工作年限已满35年，教龄为26年。", ["35", "26"]),
])
def test_selection_criteria_and_framing_spans_are_not_statistics(text: str, kept: list[str]) -> None:
    assert [text[s.num_start:s.num_end] for s in find_stats(text)] == kept


@pytest.mark.parametrize(("text", "expected"), [
    ("全市法院受理各类案件71.49万件，审结71.09万件，结案标的额1902亿元，同比上升14.8%、15.7%和4.9%。",
     [("71.49", "受理各类案件"), ("71.09", "审结"), ("1902", "结案标的额"),
      ("14.8", "受理各类案件"), ("15.7", "审结"), ("4.9", "结案标的额")]),
    ("刑事案件262件，同比下降2.60%，同比减少7件。", [("262", "刑事案件"), ("2.60", "刑事案件"), ("7", "刑事案件")]),
    ("专职律师50.47万多人，占77.46%。", [("50.47", "专职律师"), ("77.46", "专职律师")]),
    ("入选9件，占全国法院入选数的42.9%。", [("9", "入选"), ("42.9", "占全国法院入选数")]),
    ("地区生产总值增长5.5%，高于全国0.7个百分点。", [("5.5", "地区生产总值"), ("0.7", "地区生产总值")]),
    ("出台10项安商惠企司法措施。", [("10", "安商惠企司法措施")]),
    ("发布十个“鲁法品牌”典型事例。", [("十", "典型事例")]),
    ("依法判处11名被告人死刑。", [("11", "判处被告人死刑")]),  # what befell them, with its verb
    # 城乡 said once for two figures, and a 分别 pair after its baselines (从…和…分别提高到…和…)
    ("外贸进出口增长8.4%，总额突破8000亿元。", [("8.4", "外贸进出口"), ("8000", "外贸进出口总额")]),
    ("将312万名企业“老工伤”人员纳入保障。", [("312", "企业“老工伤”人员")]),
    ("党中央召开七次全会。", [("七", "全会")]),  # meetings held, not a session's number
    ("粮食仍然连年增产，一九八二年预计达到三亿三千五百多万吨，比去年增产一千多万吨。",
     [("三亿三千五百", "粮食"), ("一千", "粮食")]),  # the subject of the trend, and the change of it
    ("工农业总产值两年平均每年递增百分之五点五。", [("百分之五点五", "工农业总产值")]),
    ("行政机关已对3152人作出处罚。", [("3152", "作出处罚")]),
    ("操作不当致20吨油污水泄漏。", [("20", "油污水泄漏")]),
    ("城乡居民人均可支配收入分别增长5.1%和6.2%。", [("5.1", "城镇居民人均可支配收入"), ("6.2", "农村居民人均可支配收入")]),
    ("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。",
     [("46503", "城乡居民人均可支配收入"), ("16935", "城乡居民人均可支配收入"),
      ("58794", "城镇居民人均可支配收入"), ("23184", "农村居民人均可支配收入")]),
    # a quoted name after a measure word is what it counts, digits and all
    ("节目将从100多个“5.12灾后重建资助项目”中挑选出18个优秀服务项目。",
     [("100", "5.12灾后重建资助项目"), ("18", "优秀服务项目")]),
])
def test_labels_of_changes_shares_and_counters(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元。",  # no year in a label, the level keeps its name
     [("7.4", "国内生产总值"), ("10.2", "国内生产总值")]),
    ("行政机关诉前整改率逐年提升，由2018年的97.2%上升至2021年的99.8%。",  # the subject of the trend
     [("97.2", "行政机关诉前整改率"), ("99.8", "行政机关诉前整改率")]),
    ("起诉案件占同期案件的61.22%，相比2018年的33.81%、2019年的40.60%有所上升。",  # baselines
     [("61.22", "起诉案件占同期案件"), ("33.81", "起诉案件占同期案件"), ("40.60", "起诉案件占同期案件")]),
    ("最高人民法院受理案件34794件，全省法院共受理案件239.3万件。",  # a court that tells two figures apart
     [("34794", "最高人民法院受理案件"), ("239.3", "受理案件")]),
    ("居民储蓄存款余额增长8.5%，新增4万多亿元。", [("8.5", "居民储蓄存款余额"), ("4", "居民储蓄存款余额")]),
    ("粮食总产量4445亿公斤，比上年减产120亿公斤。", [("4445", "粮食总产量"), ("120", "粮食总产量")]),
    ("救出200余被困群众。", [("200", "被困群众")]),
    ("起诉涉黑恶犯罪38人，较上年同期（52人）减少14人。",  # a baseline in brackets, the change
     [("38", "起诉涉黑恶犯罪"), ("52", "起诉涉黑恶犯罪"), ("14", "起诉涉黑恶犯罪")]),
    ("未成年人犯罪案件数为近年最低，比2019年下降近三成。", [("三成", "未成年人犯罪案件数")]),
    ("30天内破获电信诈骗案件120起。", [("120", "破获电信诈骗案件")]),
    ("新增监控探头5000余个，总数突破2万个。", [("5000", "新增监控探头"), ("2", "监控探头总数")]),  # whose total
    ("一季度全国法院新收案件628.2万件。", [("628.2", "新收案件")]),
    ("●受理刑事案件 27.1万件", [("27.1", "受理刑事案件")]),  # a bullet line
    ("结收案比\t85.31%\t上升0.84个百分点", [("85.31", "结收案比"), ("0.84", "结收案比")]),  # a table row
    # when a level was reached, how it stands, that it was achieved: no part of the name
    ("全国普通高校毕业生就业率去年底达到 83%。", [("83", "全国普通高校毕业生就业率")]),
    ("调解率较高,达67.87%。", [("67.87", "调解率")]),
    ("民事调解率实现27%的目标要求。", [("27", "民事调解率")]),
    # 每年 alone names nothing (每日累计收费 keeps it); an action's object; a conversion of the figure before
    ("每年70%左右财政支出用于民生事业，每年办好十件民生实事。", [("70", "财政支出"), ("十", "民生实事")]),
    ("每日累计收费不超过10元。", [("10", "每日累计收费")]),
    ("生活费用1500元／人·年，每月150元，按月发放。", [("1500", "生活费用"), ("150", "每月")]),  # 每月 says what it is
    ("高质量完成20件民生实事。", [("20", "民生实事")]),
    ("实际使用外资160亿美元，折合1148亿元人民币。", [("160", "实际使用外资"), ("1148", "实际使用外资")]),
    # a list of kinds closed by 等 after the count: the noun they are kinds of; a plain noun after a
    # quoted name keeps the name (a noun of its own after it does not: 十个“鲁法品牌”典型事例)
    ("启动了178项节能、节水和资源综合利用等重大项目。", [("178", "重大项目")]),
    ("梯次推出三批政策清单和服务业发展等专项政策。", [("三", "政策清单")]),  # no list: the lists are counted
    ("98个中央部门和北京、上海等省市公开“三公经费”。", [("98", "中央部门")]),
    ("共对36649名失信被执行人在市场准入、投融资等方面实施惩戒。", [("36649", "失信被执行人")]),
    ("打造10个“数字领航”企业。", [("10", "“数字领航”企业")]),
    ("发布十个“鲁法品牌”典型事例。", [("十", "典型事例")]),
    # where a change starts (由上年的…, 从每人每年…) and what it does (增至, 扩大到) name nothing
    ("救助标准由每人每年800元提高到950元。", [("800", "救助标准"), ("950", "救助标准")]),
    ("示范点由上年的40个扩大到65个。", [("40", "示范点"), ("65", "示范点")]),
    ("登记失业率从上半年的5.2%降至4.8%。", [("5.2", "登记失业率"), ("4.8", "登记失业率")]),
    ("公路里程由1.2万公里增至1.5万公里。", [("1.2", "公路里程"), ("1.5", "公路里程")]),
    ("参保人数，由年初的300多万人扩大到年末的800多万人。", [("300", "参保人数"), ("800", "参保人数")]),
    # a modal, a preposition or a milestone verb before the figure is no part of the name
    ("财政赤字率拟按3%安排。", [("3", "财政赤字率")]),
    ("粮食产量首次跃上7000亿斤。", [("7000", "粮食产量")]),
    ("基础设施投资要保持在900亿元左右。", [("900", "基础设施投资")]),
    ("鉴定费按照2%收取。", [("2", "鉴定费")]),
    # the years a change took, a basis of comparison and 逆势 belong to the change
    ("城镇化率五年提高4.2个百分点。", [("4.2", "城镇化率")]),
    ("转移支付资金320亿元、同口径增长3.5%。", [("320", "转移支付资金"), ("3.5", "转移支付资金")]),
    ("民间投资逆势增长1.8%。", [("1.8", "民间投资")]),
    # an action alone before a measured figure: what was done is the phrase after it; funds allotted
    # are the funds named after the amount; 再 (once more) is no part of the name
    ("完成30公里老旧管网改造。", [("30", "老旧管网改造")]),
    ("省财政安排12亿元专项资金支持乡村道路建设。", [("12", "专项资金")]),
    ("今年再减少农村低收入人口50万人。", [("50", "农村低收入人口")]),
    ("特别是发行6600亿元长期建设国债。", [("6600", "长期建设国债")]),  # the bonds, not 发行
    # shares of a whole the text names keep their 占 phrase (ANNOTATION.md), also after 分别
    ("收结案分别占全部民事一审案件的7.21%和7.53%。", [("7.21", "占全部民事一审案件"), ("7.53", "占全部民事一审案件")]),
    ("盗刷信用卡类和淘宝客服类案件，分别占8.14%和8.07%。", [("8.14", "盗刷信用卡类案件"), ("8.07", "淘宝客服类案件")]),
    # things counted that were named something: their category (not a grade, nor one of a list)
    ("其中9个案件被最高人民检察院评为典型案例。", [("9", "典型案例")]),
    ("14件案件被评为全国、全省典型案例。", [("14", "典型案例")]),
    ("49家三级公立综合医院在国家绩效监测中获评A级以上、数量全国第一。", [("49", "三级公立综合医院")]),
    ("8家企业入选国家领航级、卓越级智能工厂。", [("8", "企业")]),
    # a total (共, 共计, 合计) counts what its parts count: their things without what happened to them
    ("刑事案件旧存4件，新收25件，共29件；民事案件旧存52件，新收253件，共305件。",
     [("4", "刑事案件旧存"), ("25", "新收"), ("29", "刑事案件"), ("52", "民事案件旧存"), ("253", "新收"), ("305", "民事案件")]),
    ("冶金工业部有五十七个建设项目，地方有十四个建设项目，共计七十一个。",
     [("五十七", "建设项目"), ("十四", "建设项目"), ("七十一", "建设项目")]),
    # …but not when the parts are different things: 盐田汪子 is not the total's
    ("将盐田汪子997亩及盐田送水路415亩，合计1412亩，划归汉沽区。",
     [("997", "盐田汪子"), ("415", "盐田送水路"), ("1412", "")]),
    # a change noun after the list names nothing: the things listed in the clause before
    ("刑事警情数、八类暴力犯罪案件和传统盗窃案件发案数同比全部下降，降幅分别达35.8%、17.1%和46.6%。",
     [("35.8", "刑事警情数"), ("17.1", "八类暴力犯罪案件"), ("46.6", "传统盗窃案件发案数")]),
    # a count named as a number of things, its unit not written; 但是 opens no label
    ("去年诈欺案件数为4026，但是破获件数是4560。", [("4026", "诈欺案件数"), ("4560", "破获件数")]),
    # an earthquake's magnitude is a figure of the earthquake; what befell people names them
    ("新疆6.6级地震致15万人受灾。", [("6.6", "地震"), ("15", "受灾")]),
    ("暴雨造成3万人受灾。", [("3", "受灾")]),
    # a value a year, said with 达到/为 after each year: all of what the sentence names
    ("这个比重，1978年为17.4%，1979年达到27%，1980年将达到29%。", [("17.4", "比重"), ("27", "比重"), ("29", "比重")]),
    # 较 as "fairly" is no comparison: the clause's own subject names the change
    ("交通事故四项指数全面下降，较大以上事故下降35%。", [("35", "较大以上事故")]),
    # a year said with 度 is no part of the name; a quote holding the figure names it, not the words before
    ("2020年度新收案件结案率100%。", [("100", "新收案件结案率")]),
    ("五年来，共批捕65370人起诉95986人。", [("65370", "批捕"), ("95986", "起诉")]),  # the act after names the next figure
    ("事故造成3人死亡2人受伤。", [("3", "死亡"), ("2", "受伤")]),
    ("对见义勇为群众给予1000元至3万元不等的奖励。", [("1000", "奖励")]),  # what the range is of
    ("从历年办案数量看，2018年突破10万件，2019年为11万余件。", [("10", "办案数量"), ("11", "办案数量")]),  # the topic named
    ("法院追回幼儿园拖欠他们的12万余元工资。", [("12", "工资")]),  # what the amount is of
    ("廉署去年接获2058宗贪污投诉，按年升3%。", [("2058", "接获贪污投诉"), ("3", "接获贪污投诉")]),  # Hong Kong's 按年
    ("全区有3名民警因公牺牲，50名警务人员因公负伤。", [("3", "民警因公牺牲"), ("50", "警务人员因公负伤")]),  # what befell them
    ("非法种植毒品原植物罪582件593人，人数占27.43%。", [("582", "非法种植毒品原植物罪"), ("593", "非法种植毒品原植物罪"),
                                                  ("27.43", "非法种植毒品原植物罪")]),  # the share of that offence
    ("全年收到锦旗13面、感谢信5封，法院收到两面锦旗。", [("13", "收到锦旗"), ("5", "感谢信"), ("两", "锦旗")]),
    ("彻底揭露两面派，四面八方的群众。", []),  # idioms, no figures
    ("须兼顾其他业务部门 “2020年度新收案件结案率100%”办案任务目标完成进度。", [("100", "新收案件结案率")]),
])
def test_labels_name_what_is_counted(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


def test_period_of_a_sentence() -> None:
    assert periods([("body", "2014年1至9月，我院共受理案件9471件。")]) == [("9471", "2014")]
    assert periods([("body", "2018年至2022年6月，共办理案件300件。")]) == [("300", "2018-2022")]
    assert periods([("body", "2022年收案比2021年增加3万件。")]) == [("3", "2022")]  # the later observation
    assert periods([("body", "2018年以来，推送名单36649人次。")]) == [("36649", None)]  # open-ended
    assert periods([("body", "自2016年起，共执结案件500件。")]) == [("500", None)]
    assert periods([("body", "自2016年3月最高法院作出“基本解决执行难问题”的庄严承诺以来，全省法院攻坚克难。"
                              "两年来，全省法院共新收执行案件135万件。")]) == [("135", None)]  # a long 自…以来 is open-ended too
    assert periods([("body", "2019年成立调解室，目前已调解纠纷300件。")]) == [("300", None)]  # cancelled
    assert periods([("body", "2017年7月1日，修改后的民事诉讼法正式实施，至今已五年。")]) == [("五", None)]  # up to now
    assert periods([("body", "截至2022年底，全国共有律师65万人。")]) == [("65", "2022")]
    assert periods([("body", "113年度全國各地方法院合計審結63案。")]) == [("63", "2024")]  # the ROC calendar
    assert periods([("body", "民國112年1至6月新收177件。")]) == [("177", "2023")]
    assert periods([("body", "该校建校110年，培养学生3000人。")]) == [("110", None), ("3000", None)]  # a duration
    assert periods([("body", "2020年起诉136人，较2018年、2019年的444人、496人下降。")]) == \
        [("136", "2020"), ("444", "2020"), ("496", "2020")]  # baseline years are never the period
    assert periods([("body", "由2018年的97.2%上升至2021年的99.8%。")]) == [("97.2", "2018"), ("99.8", "2021")]
    assert periods([("body", "2017年至2021年，刑事立案从24.1万起下降至15.8万起、降幅34.3%。")]) == \
        [("24.1", "2017"), ("15.8", "2021"), ("34.3", "2021")]  # the change takes the later observation's year
    assert periods([("body", "从2004年到2018年，儿少保护案件通报量从近8500件成长到近60000件。")]) == \
        [("8500", "2004"), ("60000", "2018")]  # the ends of the span, said roughly
    assert periods([("body", "2019年至2021年，分别受理案件100件、120件、140件。")]) == \
        [("100", "2019"), ("120", "2020"), ("140", "2021")]  # one value per year
    # each later run said 分别 of the same years, changes too; not a run of things the clause lists
    assert [p for _, p in periods([("body", "2021至2023年,开展监督立案分别为330件、365件、1155件,同比分别上升37.5%、"
                                           "10.6%、2.2倍;开展监督撤案分别为241件、330件、401件,刑事、民事案件分别为1件、2件、3件。")])] \
        == ["2021", "2022", "2023"] * 3 + ["2021-2023"] * 3
    assert periods([("body", "2022年、2023年分别审结案件1200件、1500件。")]) == [("1200", "2022"), ("1500", "2023")]
    assert periods([("body", "2019年至2022年开立的刑事专案调查案件依次为14,178宗、10,057宗、11,376宗以及9,799宗。")]) == \
        [("14,178", "2019"), ("10,057", "2020"), ("11,376", "2021"), ("9,799", "2022")]  # 以及 joins the last
    # a year heading one item of a list dates that item alone; what follows the list takes the year before it
    assert periods([("body", "2009—2013年，受理家事纠纷4249件，其中2009年860件、2013年844件，共结案3992件。")]) == \
        [("4249", "2009-2013"), ("860", "2009"), ("844", "2013"), ("3992", "2009-2013")]
    assert periods([("body", "受理家事纠纷4249件，其中2009年860件、2013年844件，共结案3992件。")]) == \
        [("4249", None), ("860", "2009"), ("844", "2013"), ("3992", None)]
    # the years before (前三年, 近三年) are a relative period: they cancel the year stated before them
    assert periods([("body", "1956年，棉纱产量前三年共增加了35万件，而1956年就增加了127万件。")]) == \
        [("35", None), ("127", "1956")]
    assert periods([("body", "2023年，近三年累计办结案件1200件。")]) == [("1200", None)]
    assert periods([("body", "2020年提前三年完成目标，共办结案件300件。")]) == [("300", "2020")]  # a lead of time



def test_a_photo_caption_dates_its_own_figures_only() -> None:
    # a caption's year is not the lead of the story it is printed in, and a caption is no lead sentence
    assert periods([("caption", "消防处举行年终回顾记者会，简报消防处在2024年的工作。 记者聂晓辉 摄"),
                    ("body", "消防处昨日总结去年工作，年内共接获37828宗火警召唤。")]) == [("37828", None)]
    assert periods([("caption", "图为2023年缴获的毒品42块。"), ("body", "2022年，全州共破获毒品案件300起。")]) == \
        [("42", "2023"), ("300", "2022")]


def test_period_of_a_heading_and_a_lead() -> None:
    blocks = [("title", "最高法发布2025年司法审判工作主要数据"), ("body", "受理案件3700余万件。"),
              ("body", "去年受理民商事案件2000余万件。")]  # 去年 does not cancel a heading's year
    assert periods(blocks) == [("3700", "2025"), ("2000", "2025")]
    blocks = [("title", "受理案件3700余万件 最高法发布2025年数据")]  # the year after the figure: none
    assert periods(blocks) == [("3700", None)]
    blocks = [("body", "1月10日，记者了解到，去年共接报警67万余起。"),  # before the lead: no period
              ("body", "据了解，2014年共接报警67万余起。"), ("subhead", "1、收案情况"),
              ("body", "刑事案件262件。")]  # the lead's year scopes the sections after it
    assert periods(blocks) == [("67", None), ("67", "2014"), ("262", "2014")]
    blocks = [("body", "部长介绍，破案率达到99.8%，2020年共破获命案积案6270起。"),  # the year after a figure
              ("body", "全国破案率达到99.8%。")]  # is no lead
    assert periods(blocks) == [("99.8", None), ("6270", "2020"), ("99.8", None)]
    # a paragraph opening with its year in a sentence without figures, after a preamble: the rest of
    # the paragraph is of that year; the next paragraph is not
    blocks = [("body", "2019年1月11日，市人代会闭幕。法院工作报告以99.2%的赞成率通过。李某当选院长。"),
              ("body", "2018年，在市委领导下，各项工作取得长足进步。全市法院受理案件29589件，结案28305件。"),
              ("body", "代表们提出了20余条建议。")]
    assert periods(blocks) == [("99.2", None), ("29589", "2018"), ("28305", "2018"), ("20", None)]
    blocks = [("body", "大会听取了报告。会议认为，报告实事求是。会议号召全党团结起来。"),
              ("body", "一九三九年，当抗日战争蓬勃发展时，他抛出了这本书。"), ("body", "这是两条路线的斗争。")]
    assert periods(blocks) == [("两", None)]  # …only its own paragraph
    blocks = [("subhead", "一、2025年工作回顾"), ("body", "全市地区生产总值5.2万亿元。")]
    assert periods(blocks) == [("5.2", "2025")]
    blocks = [("subhead", "2025 全省法院工作持续发展进步"), ("body", "全省法院新收各类案件86.31万件。")]
    assert periods(blocks) == [("86.31", "2025")]  # a cross-head opening with a bare year
    blocks = [("subhead", "一、2021主要工作情况及特色亮点"), ("body", "开展法治宣传活动50余次。")]
    assert periods(blocks) == [("50", "2021")]  # …also numbered and run into what it reviews
    blocks = [("subhead", "一、2021件案件的办理情况"), ("body", "开展法治宣传活动50余次。")]
    assert periods(blocks)[-1] == ("50", None)  # a count in a heading is no year
    blocks = [("title", "聚焦两会|“数”读2023"), ("body", "全年执结案件5298件。")]
    assert periods(blocks) == [("5298", "2023")]  # …or closing with one
    # the year of a session (2020年玉林两会) is not the year its reports give figures for
    blocks = [("body", "2020年玉林两会丨院长向大会作工作报告"), ("body", "审结各类涉企案件9441件。")]
    assert periods(blocks) == [("9441", None)]
    # a headline run into a dateline: its year follows its first figure and dates it alone; the lead
    # that follows still scopes the article
    blocks = [("body", "两级法院受理各类行政案件275件拉萨4月27日电 两级法院2016年至2020年行政审判情况新闻发布会召开。"
                       "2016年至2020年，行政审判部门忠实履职。其中一审行政案件174件。")]
    assert periods(blocks) == [("275", None), ("174", "2016-2020")]
    # a chronology (a judgment's facts) dates its own events and is no lead; a dateline's day is no event
    blocks = [("body", "原告于1971年9月至1979年8月担任教师，自1994年9月至2007年12月借调，教龄间断13年3个月。"
                       "被告核定原告工龄为40年2个月。")]
    assert [p for _, p in periods(blocks)][-2:] == [None, None]
    blocks = [("body", "2018年12月28日，记者获悉，2017年7月至2018年12月底，共立案598件。已办结案件580件。")]
    assert periods(blocks) == [("598", "2017-2018"), ("580", "2017-2018")]
    blocks = [("body", "知行合一—2012年小桔灯湖北站2012年小桔灯图书馆计划在郭岗小学举行，志愿者带来2000本新书。"
                       "郭岗小学现有学生136名。")]  # one year said twice is no chronology
    assert periods(blocks) == [("2000", "2012"), ("136", "2012")]
    blocks = [("body", "国务院高度重视。早在2003年7月，国务院就开始部署准备工作。"),  # when it began, no lead
              ("body", "五年来城镇新增就业4200万人。")]
    assert periods(blocks) == [("4200", None)]
    # a price base and the baseline of a multiple are no periods
    assert periods([("body", "将农民人均纯收入2300元（2010年不变价）作为扶贫标准，比2009年提高92%。")]) == \
        [("2300", None), ("92", None)]
    assert periods([("body", "中央财政投入4000亿元，是2010年的2.2倍。")]) == [("4000", None), ("2.2", None)]
    blocks = [("body", "制定“十四五”规划和二〇三五年远景目标。"), ("body", "十年来，我们经历了三件大事。")]
    assert periods(blocks) == [("三", None)]  # a target year is no lead
    # years in Chinese digits; 上一年度 cancels the year before it
    assert periods([("body", "一九八三年国内财政收入增加一百二十七亿元，一九八四年增加二百五十五亿元。")]) == \
        [("一百二十七亿", "1983"), ("二百五十五亿", "1984")]
    assert periods([("body", "截止2015年医疗费93545.7元，按上一年度工资标准计算护理费2488.6元。")]) == \
        [("93545.7", "2015"), ("2488.6", None)]


def test_a_report_given_on_a_day_reports_on_the_years_its_text_states() -> None:
    """——2022年5月23日在…会议上 is the day a report was given, not the year it reports on; a speaker's
    line and a salutation open no section; the first sentences' year scopes the report only while no
    heading has stated one (a part on the years ahead takes no year from the review before it)."""
    blocks = [("title", "关于未成年人检察工作情况的报告"), ("subtitle", "——2022年5月23日在市九届人大常委会第一次会议上"),
              ("body", "2019年以来，全市检察机关全面履行职能。受理审查逮捕案件42件59人。")]
    assert periods(blocks) == [("42", None), ("59", None)]
    report = [("title", "政府工作报告"), ("subtitle", "——2026年1月27日在省第七届人民代表大会第五次会议上"),
              ("subhead", "省长 刘小明"), ("subhead", "各位代表："), ("body", "现在，我代表省人民政府向大会报告工作。"),
              ("subhead", "一、2025年工作回顾"), ("body", "刚刚过去的2025年，全省生产总值增长5%。"),
              ("subhead", "二、“十五五”时期主要目标任务"), ("body", "全省生产总值年均增长6%以上。"),
              ("subhead", "三、2026年主要工作"), ("subhead", "今年经济社会发展的主要预期目标是："),
              ("body", "地区生产总值增长6%左右。")]
    assert periods(report) == [("5", "2025"), ("6", None), ("6", "2026")]


def test_quoted_words_date_only_themselves() -> None:
    """A quotation among the first sentences (“自2016年至2019年的四年时间里，…”检察长介绍) is someone's
    words about their own years: no lead for the news after it."""
    blocks = [("body", "市检察院围绕“人民满意”狠抓落实。"),
              ("body", "“自2016年至2019年的四年时间里，群众满意度从全省第11名进位至第4名。”检察长介绍。"),
              ("body", "市检察院依法办理涉疫案件，提前介入案件8件10人。")]
    assert periods(blocks)[-2:] == [("8", None), ("10", None)]


def test_a_review_and_the_plan_after_it_and_what_a_year_built_on() -> None:
    """一、1998年工作回顾和1999年工作的总体要求 heads the review of 1998; 在1992年快速增长的基础上 is what the
    year reported on built on (a baseline), unless a figure of its own stands in it."""
    blocks = [("subhead", "一、1998年工作回顾和1999年工作的总体要求"), ("body", "国内生产总值比上年增长7.8%。")]
    assert periods(blocks) == [("7.8", "1998")]
    assert periods([("body", "在1992年快速增长的基础上，1993年我国经济继续发展。国内生产总值增长13.4%。")]) == [("13.4", "1993")]
    assert periods([("body", "在1958年增产3800亿斤的基础上，再使粮食产量增加3000亿斤。")])[0] == ("3800", "1958")


def test_a_sentence_dated_to_a_month_or_day_without_figures_is_no_lead() -> None:
    """2023年3月，吴兴法院设立…热线 says when something was done, not the year reported on: the lead is
    looked for further on. A year, or a part of one, without figures is still a lead."""
    blocks = [("subhead", "一、基本情况"), ("body", "2023年3月，吴兴法院设立执行110热线，组建出警备勤团队。"
                                             "2023年3月至2025年3月，执行110热线共接电18534次。执行110出警2022次。")]
    assert periods(blocks) == [("18534", "2023-2025"), ("2022", "2023-2025")]
    blocks = [("body", "2022年1月1日，游客在河两岸游玩。"), ("body", "北汝河流经汝州市19个乡镇。")]
    assert periods(blocks) == [("19", None)]
    blocks = [("body", "2023年上半年，全市法院执行工作取得新进展。"), ("body", "执结案件5298件。")]
    assert periods(blocks) == [("5298", "2023")]


def test_a_lead_after_a_preamble_scopes_what_follows_when_nothing_else_does() -> None:
    """A session's preamble (the meeting opened, the deputies came, the president reported) can push
    the lead past the first sentences: a later sentence that opens with a whole year and gives figures
    in it still scopes the figures after it, as long as no heading or lead scoped them before."""
    preamble = [("body", "4月28日，市人民代表大会开幕。来自全市各条战线的人大代表出席大会。"),
                ("body", "当天下午，大会听取法院工作报告。院长向大会报告法院工作。2019年，全市法院受理各类案件46491件。"),
                ("body", "审结各类涉企案件9441件。")]
    assert periods(preamble) == [("46491", "2019"), ("9441", "2019")]
    # a year that is not the sentence's opening, or one already scoping the article, changes nothing
    assert periods(preamble[:1] + [("body", "当天下午，大会听取报告。院长报告工作。全市法院在2019年受理案件46491件。"),
                                   ("body", "审结各类涉企案件9441件。")]) == [("46491", "2019"), ("9441", None)]
    assert periods([("title", "2020年全市法院工作报告")] + preamble) == [("46491", "2019"), ("9441", "2020")]


def test_a_list_of_years_split_by_commas_and_a_count_only_a_verb_names() -> None:
    """其中2009年860件，2010年778件，…: each year's figure counts what the total counts, commas or not;
    a clause year with a figure of its own (2012年，全省收案907件) keeps its own words. 惠及310多万户:
    when nothing else names a count, the verb that says who it counts does."""
    def labels(text: str) -> list[tuple[str, str]]:
        return [(s["value"], s["label"]) for s in parse_bytes(text.encode())["articles"][0]["stats"]]

    assert labels("共受理一审家事纠纷4249件，其中2009年860件，2010年778件。2012年，全省收案907件，2013年结案844件。") == [
        ("4249", "受理一审家事纠纷"), ("860", "受理一审家事纠纷"), ("778", "受理一审家事纠纷"),
        ("907", "全省收案"), ("844", "结案")]
    assert labels("实施农村危房改造，惠及310多万户。") == [("310", "惠及")]
    # a series of years, each clause opening with its year: the thing the first one names
    assert labels("2019年未成年人毒品犯罪仅为1件，2020年增至11件，2021年为8件。") == [
        ("1", "未成年人毒品犯罪"), ("11", "未成年人毒品犯罪"), ("8", "未成年人毒品犯罪")]
    # the level a change reached, when the change's own label is its verb
    assert labels("城乡人民的储蓄存款，今年增加了九十五亿元，达到四百九十四亿元。")[1] == ("四百九十四亿", "城乡人民的储蓄存款")
    # a reshaping (由A整合为B): both counts are of what stands before 由
    assert labels("开发区和工业园区由162个整合为123个。") == [("162", "开发区和工业园区"), ("123", "开发区和工业园区")]
    # a comparison with a year in Chinese numerals is no part of the label
    assert labels("一九五九年的工农业总产值将比一九五八年增长百分之四十三。") == [("百分之四十三", "工农业总产值")]
    # a quoted item of a claim that a quantity closes is counted, labelled inside the quotes
    assert labels("原告要求“被告赔偿装修费120万元”。") == [("120", "被告赔偿装修费")]
    assert labels("本院酌定“磁卡表4块”价值为760元。")[0] == ("4", "磁卡表")
    assert labels("用好“两个10亿元”省级资金。") == []  # a programme's name stays a name
    # a clause that only dates the figure and says it was reached: of what the figure before counts
    assert labels("五年间，进出口总额增长１倍，１９９２年达到１６５６亿美元。")[1] == ("１６５６", "进出口总额")
    # …or of the subject a clause before names, one name each when 分别 lists them
    assert labels("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。") == [
        ("2253", "农村居民人均纯收入"), ("6280", "城镇居民人均可支配收入")]
    # 分别 said of the two figures before (cases and people), not of the two things the label lists
    assert [lab for _, lab in labels("批准逮捕和决定逮捕各类刑事犯罪案件17件19人，同比分别下降37.04%、44.12%。")] == [
        "批准逮捕和决定逮捕各类刑事犯罪案件"] * 4
    # the same change restated in per cent (即…, in brackets); 下跌 falls; 按年 is year on year
    assert [(v, lab) for v, lab in labels("罪案总数是31434宗，按年增加563宗即1.8%。")] == [
        ("31434", "罪案"), ("563", "罪案"), ("1.8", "罪案")]
    assert figures("罪案总数是31434宗，按年增加563宗即1.8%。")["1.8"][4:] == ("change", "up")
    assert figures("被捕的青少年有1245人，减少274人(18%)。")["18"][4:] == ("change", "down")
    assert figures("虐儿案有554宗，下跌3%。")["3"][4:] == ("change", "down")
    # a measure word's noun after the figure, with the event the label ends in
    assert labels("香港共发生16宗凶杀案。") == [("16", "发生凶杀案")]
    # a count in brackets: what stands before the bracket
    assert labels("下跌的罪案主要包括严重毒品罪行(145人)、刑事毁坏(144人)、店铺盗窃(65人)等。") == [
        ("145", "严重毒品罪行"), ("144", "刑事毁坏"), ("65", "店铺盗窃")]
    # a party named by one of its members: the party
    assert labels("原告张佩文等46人请求人民法院撤销该决定。") == [("46", "原告")]
    assert labels("被告人王某、李某等5人犯诈骗罪。") == [("5", "被告人")]
    # a share of the total, of what the figure before counts
    assert labels("城市道路查处酒驾醉驾51.4万起，占总数的57%。")[1] == ("57", "城市道路查处酒驾醉驾占总数")
    # a plan (计划为) names nothing: the subject before it does
    assert labels("工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六。") == [
        ("百分之三点七", "工农业总产值的增长速度"), ("百分之四点六", "工农业总产值的增长速度")]
    assert labels("居民储蓄存款余额增长8.5%，新增4万多亿元。")[1] == ("4", "居民储蓄存款余额")


def test_a_page_banner_with_a_year_scopes_the_items_below_it() -> None:
    """聚焦两会|“数”读2023 over a few lines of verse and no figure heads the page: the items that
    follow (split at their short title lines) report on 2023. A story with a dateline of its own,
    or a first item that reports figures, heads nothing."""
    def periods_by_item(page: str) -> list[list[str | None]]:
        return [[s["period"] for s in a["stats"]] for a in parse_bytes(page.encode())["articles"]]

    verse = "聚焦两会|“数”读2023\n\n如果效率，可以被数字量化\n\n如果2023，可以拿数字读懂\n\n"
    story = "让我带您回顾\n这一年\n\n我们受理案件12383件，办结各类案件11537件，法官人均结案数288.43件。\n"
    assert periods_by_item(verse + story)[-1] == ["2023", "2023", "2023"]
    dated = "本报讯 我们受理案件12383件，办结各类案件11537件，法官人均结案数288.43件。\n"
    assert periods_by_item(verse + "让我带您回顾\n这一年\n\n" + dated)[-1] == [None, None, None]
    reported = "2023年执行工作综述\n\n执结案件5298件。\n\n"
    assert periods_by_item(reported + story)[-1] == [None, None, None]


def test_lines_without_punctuation_hold_figures() -> None:
    page = ("最高法：上半年全国法院新收各类案件1696万件\n\n发布时间：2023-08-08 09:49:00 来源：法治日报\n\n"
            "【字号：\n加大\n】\n\n●办理公益诉讼案件2.3万件\n\n"
            "——经济运行保持在合理区间。国内生产总值达到67.7万亿元，增长6.9%。\n\n"
            "刑事未结案件同比下降8.64%\n")
    summary = parse_bytes(page.encode())
    stats = [s for a in summary["articles"] for s in a["stats"]]
    assert [s["value"] for s in stats] == ["1696", "2.3", "67.7", "6.9", "8.64"]
    assert not any("发布时间" in (a["title"] or "") for a in summary["articles"])


def test_private_use_separators_end_paragraphs() -> None:
    page = "已募集善款70余万\ue40c截止到6月7日，共有7401位网友捐款。"
    summary = parse_bytes(page.encode())
    stats = [s for a in summary["articles"] for s in a["stats"]]
    assert [(s["value"], s["norm_unit"]) for s in stats] == [("70", "元"), ("7401", "位")]
    assert "\ue40c" not in "".join(s["label"] + s["sentence"] for s in stats)


def test_the_sentence_kept_with_a_figure_is_bounded() -> None:
    line = "，".join(f"受理案件{i}件" for i in range(1, 400)) + "。"
    summary = parse_bytes(line.encode())
    stats = summary["articles"][0]["stats"]
    assert len(stats) == 399
    assert max(len(s["sentence"]) for s in stats) <= 2 * 80 + 12
    assert all(s["value"] in s["sentence"] for s in stats)


def test_two_figures_said_respectively_are_no_range() -> None:
    assert set(figures("检测分别用时10、20分钟。")) == {"20"}


def test_a_founding_year_and_a_same_time_baseline_do_not_misdate() -> None:
    """设立于1993年 dates the tribunal, not the figures after it; 去年同期 is the baseline of the
    year's own figures, not a new period that cancels the lead's year."""
    founded = periods([("body", "某某法庭设立于1993年，主要负责审理民商事案件。目前，法庭共有干警5名。")])
    assert founded == [("5", None)]
    baseline = periods([("body", "我院2023年1月，共受理案件198件；去年同期共收案208件；收案数同比下降4.80%。")])
    assert baseline == [("198", "2023"), ("208", "2023"), ("4.80", "2023")]


@pytest.mark.parametrize(("text", "value", "expected"), [
    # (norm_unit, qualifier, kind, direction)
    ("案件结收比1.01，结案率97.7%。", "1.01", ("", "exact", "rate", None)),  # a named ratio without a unit
    ("本院“案-件比”为1.33。", "1.33", ("", "exact", "rate", None)),
    ("保障标准不低于当地低保标准的1.5倍。", "1.5", ("倍", "at_least", "change", "up")),  # the bound governs the multiple
    ("补贴最低比例从70%提高到75%。", "70", ("%", "exact", "percent", None)),  # 最低比例 is a name, no bound
    ("物价涨幅从5.1%回落到2.3%。", "2.3", ("%", "exact", "change", "up")),  # the rate reached is a growth rate too
    ("投资增长幅度由上年的18.6%回落到7.8%。", "18.6", ("%", "exact", "change", "up")),
    ("收结案同比分别上升1.24%,2.01%。", "2.01", ("%", "exact", "change", "up")),  # an ASCII comma lists after 分别
])
def test_ratios_bounds_of_multiples_and_growth_rates(text: str, value: str, expected: tuple) -> None:
    norm_unit, qualifier, kind, direction = expected
    assert figures(text)[value][2:] == (norm_unit, qualifier, kind, direction)


def test_a_size_before_a_head_count_selects_and_labels_it() -> None:
    """人均结案233件，其中500件以上 1人: the judges with 500 cases or more are counted, the 500 is no figure."""
    assert labels("员额法官人均结案233件，其中，500件以上 1人，400件以上 2人。") == [
        ("233", "员额法官人均结案"), ("1", "500件以上"), ("2", "400件以上")]


def test_a_list_after_a_head_count_and_a_concession_name_nothing() -> None:
    assert labels("为超2000名视力、听力、肢体等残疾儿童提供康复救助。") == [("2000", "残疾儿童")]
    assert labels("农民人均纯收入扣除物价因素比上年增长5%。") == [("5", "农民人均纯收入")]
    got = labels("虽然做了很大努力，涨幅仍然高达21.7%。")
    assert got == [("21.7", "涨幅")]


def test_adverbs_and_starts_of_a_change_name_nothing() -> None:
    assert labels("全省地区生产总值历史性迈上4000亿元台阶。") == [("4000", "全省地区生产总值")]
    assert labels("第一个五年合计将达到1630万吨。") == [("1630", "第一个五年")]  # 五年 is its name here
    assert labels("目前由市场决定价格的比重，已经由五年前的50%左右扩大到80%左右。") == [
        ("50", "由市场决定价格的比重"), ("80", "由市场决定价格的比重")]
    assert labels("为超8000名孤独症儿童免费提供个体康复。") == [("8000", "孤独症儿童")]
    assert labels("今年中央财政安排109亿元资金支持再就业。") == [("109", "中央财政安排")]  # 资金 alone says less


def test_a_growth_rate_reached_later_in_the_sentence_and_a_dateline_line() -> None:
    assert figures("物价涨幅要从14.8%降到10%左右，经过各方面努力，实际回落到6.1%。")["6.1"][4:] == ("change", "up")
    assert figures("新吸毒人员增速由25.4%逐年下降至0.6%。")["0.6"][4:] == ("change", "up")


def test_a_dateline_line_is_not_joined_to_the_headline_before_it() -> None:
    """A headline without punctuation, then `中国吉林网7月20日讯…`: the dateline starts the story, and
    the headline's last figure does not take the site's name as what it counts."""
    page = ("原题:7月1日至今我省共发生道路交通事故365起 同比减少152起\n"
            "中国吉林网7月20日讯(中国吉林网 吉刻APP记者 路丰源):全省交通安全形势平稳。\n")
    stats = [s for a in parse_bytes(page.encode(), "a.txt")["articles"] for s in a["stats"]]
    assert [(s["value"], s["kind"]) for s in stats] == [("365", "count"), ("152", "change")]
    assert "吉林网" not in stats[1]["label"]


@pytest.mark.parametrize(("text", "value", "label"), [
    # a modal or an adverb between a name and its change names nothing; the total it is of stays
    ("今年二氧化硫排放量要下降3%。", "3", "二氧化硫排放量"),
    ("城镇居民收入将增加40多亿元。", "40", "城镇居民收入"),
    ("一般工商业平均电价再降低10%。", "10", "一般工商业平均电价"),
    ("社会商品零售总额又比去年同期增长18.5%。", "18.5", "社会商品零售总额"),
    ("钢产量前三年共增加了150万吨。", "150", "钢产量"),
    ("单位国内生产总值能耗、水耗均下降20%以上。", "20", "单位国内生产总值能耗、水耗"),
    ("企业退休人员基本养老金今年再提高10%。", "10", "企业退休人员基本养老金"),
    ("人员总数减少一半。", "一半", "人员总数"),
    ("新增产能3095万吨。", "3095", "新增产能"),
])
def test_words_between_a_name_and_its_change(text: str, value: str, label: str) -> None:
    assert dict(labels(text))[value] == label


def test_a_change_after_a_share_and_kinds_of_division_listed_after_a_count() -> None:
    assert labels("两级法院共新收民事案件29699件，占各类案件总数的84.58%，同比增长2.56%。")[2] == ("2.56", "新收民事案件")
    assert labels("民事案件29699件，占比84.58%，同比上升2.1个百分点。")[2] == ("2.1", "占比")  # the share moved
    assert labels("全州32个乡、镇、街道办事处，有15个乡镇接壤边境。")[0] == ("32", "乡、镇、街道办事处")
    # a change counted in a unit describes the figure counted in it, not a share between them
    assert dict(labels("汽车保有量达3.19亿辆，占机动车总量76.59%，比上年增加1752万辆。"))["1752"] == "汽车保有量"
    # nor a figure in an aside before it
    got = dict(labels("全市共有律所959家(注:不合并计算则为1005家)，较上年增加49家，增长5.38%。"))
    assert got["49"] == got["5.38"] == "全市共有律所"
    assert labels("在近1.2万块屏幕播放。")[0][1].startswith("屏幕")  # 块 counts the noun after it


def test_a_reports_numbered_cross_head_over_a_dash_subhead_stays_in_the_report() -> None:
    """一、… then ——…: sections of the same report (their figures keep the report's year), not a new story."""
    page = ("2024年工作情况\n\n2024年，全市检察机关办理刑事案件40473件。\n\n一、强化政治担当，全力建设平安东莞\n\n"
            "——坚决维护国家安全保障社会稳定\n\n起诉严重暴力犯罪862件985人。\n")
    items = parse_bytes(page.encode(), "a.txt")["articles"]
    assert len(items) == 1
    assert [s["period"] for s in items[0]["stats"]] == ["2024", "2024", "2024"]


def test_short_lines_after_an_editors_note_are_its_storys_cross_heads() -> None:
    """编者按：… introduces the story under the headline: the two short lines after it (十个关键词作出答卷 /
    赤子之心) are the story's cross-heads, not a new story's headline, and its figures keep the year of
    the headline's subtitle."""
    page = ("讲述法院好故事\n\n——2023年山西法院工作亮点回顾\n\n编者按:\n\n1月25日，省高院院长作工作报告。今天，让我们通过"
            "报告中提到的案例，了解山西法院的工作。\n\n关键词作出答卷\n\n赤子之心\n\n全省法院举办读书班337期，办理民生实事397项。\n")
    items = parse_bytes(page.encode(), "a.txt")["articles"]
    assert len(items) == 1
    assert [(s["value"], s["period"]) for s in items[0]["stats"]] == [("337", "2023"), ("397", "2023")]


@pytest.mark.parametrize(("text", "value", "label"), [
    # what the things counted did, when it ends the clause, is part of what the figure counts
    ("全国28个省份开展大病医疗保险试点。", "28", "省份开展大病医疗保险试点"),
    ("4436件案件通过诉前调解成功化解，", "4436", "案件通过诉前调解成功化解"),
    ("16个案例被评为全国典型案例。", "16", "案例被评为全国典型案例"),
    ("960多万贫困人口实现易地搬迁，", "960", "贫困人口实现易地搬迁"),
    # too long for a label: what they were named, when it closes the clause
    ("14件案件被评为全国、全省典型案例。", "14", "典型案例"),
    # not when the clause goes on, names a time, holds a figure or is too long for a label
    ("这120个项目建成后，可以形成工业基地。", "120", "项目"),
    ("2343个县（市、区）开展新型农村社会养老保险试点。", "2343", "县（市、区）"),
    ("农村信用社改革扩大到29个省（自治区、直辖市）。", "29", "省（自治区、直辖市）"),
    ("89.4%的公园实现24小时开放。", "89.4", "公园"),
    # nor after a preposition: someone else did it, with or for the things counted
    ("与12家单位建立诉调对接机制。", "12", "单位"),
    ("为200万名以上中小学生开展心理健康测评；", "200", "中小学生"),
])
def test_what_the_things_counted_did(text: str, value: str, label: str) -> None:
    assert dict(labels(text))[value] == label


def test_a_lead_after_a_teaser_and_spans_said_in_words() -> None:
    """A teaser's figures run before the news (…4次蝉联第一……7月9日，…通报2020年上半年…情况): they take no
    year, the rest of the piece takes the one the news reports on."""
    page = ("满意度4次蝉联全省第一;起诉涉黑案件数排名在全省前列……7月9日,市检察院召开新闻发布会,"
            "通报该市检察机关2020年上半年主要工作的落实情况。\n上半年,全市检察机关共批准逮捕933件。\n")
    stats = page_stats(page)
    assert [(s["value"], s["period"]) for s in stats] == [("4", None), ("933", "2020")]
    # 一串串亮眼的数据,印证了2023年…的新进展: the figures before are that year's evidence, the rest is of that year
    page = ("全省法院受理案件137万余件,结案127万余件……一串串亮眼的数据,印证了2023年全省法院各项工作取得的新进展。\n"
            "过去一年,全省法院坚持为大局服务。\n去年,全省法院统筹确定65项课题,审结破产案件560件。\n")
    assert [(s["value"], s["period"]) for s in page_stats(page)][2:] == [("65", "2023"), ("560", "2023")]
    # 自…以来 with what began between: open-ended, no year
    assert periods([("body", "自2017年7月公益诉讼工作在全国全面开展以来,市检察院共办理公益诉讼案件64件。")]) == [("64", None)]
    # 从…到… with what began between: the span of years
    assert periods([("body", "从2015年2月2日正式办公到2016年9月30日,法庭共受理案件1783件。")]) == [("1783", "2015-2016")]


def test_a_deadline_from_a_start_names_what_is_to_be_done() -> None:
    assert dict(labels("应当自收到材料之日起七个工作日内予以核查。"))["七"] == "予以核查"
    assert dict(labels("应当自知道作出行政行为之日起六个月内提出。"))["六"] != "提出"  # too little
    # past a comma, a modal and a subject; a short clause opened by a preposition whole, a long one from its verb
    assert dict(labels("对评估结果有异议，自收到评估报告之日起5日内，可以向原评估单位书面申请复核。"))["5"] == "向原评估单位书面申请复核"
    assert dict(labels("用人单位应当自事故伤害发生之日起30日内，向人力资源和社会保障行政部门提出工伤认定申请，"))["30"] == "提出工伤认定申请"
    assert dict(labels("在作出处罚决定之日起二日内将决定书复印件送达被侵害人。"))["二"] == "将决定书复印件送达被侵害人"
    assert dict(labels("自本判决生效之日起十日内，被告赔偿原告损失。"))["十"] == "被告赔偿原告损失"
    # what one brings is no act: the start stays the label
    assert dict(labels("失业人员应当自解除劳动关系之日起60日内，持失业登记凭证到经办机构办理登记。"))["60"] != "持失业登记凭证"
    # no act after it: the time limit the clause before names
    assert dict(labels("公安机关办理治安案件的期限，自受理之日起不得超过三十日。"))["三十"] == "公安机关办理治安案件的期限"


@pytest.mark.parametrize(("text", "value", "label"), [
    # a programme that reaches a number of people or places is what the figure is of
    ("营养改善计划惠及3600多万农村学生。", "3600", "营养改善计划"),
    ("远程教育已覆盖36万所农村中小学，", "36", "远程教育"),
    # not a time, an action or a list before the verb, and a share keeps its verb (a coverage)
    ("持续实施营养改善计划，每年惠及3700多万学生。", "3700", "学生"),
    ("优质公办幼儿园覆盖95%乡镇。", "95", "优质公办幼儿园覆盖"),
])
def test_the_reach_of_a_programme(text: str, value: str, label: str) -> None:
    assert dict(labels(text))[value] == label


def test_a_scale_without_a_unit_is_money_only_when_no_noun_says_what_it_counts() -> None:
    """免费 names money, but 43万儿童 counts children: printing 43万元 would invent an amount."""
    def one(text: str) -> dict:
        return page_stats(text)[0]

    kids = one("学前一年免费教育惠及43万儿童。")
    assert kids["kind"] == "count" and not kids["norm_unit"]
    assert one("各方配合基本完成裁减军队员额30万任务。")["kind"] == "count"
    money = one("经费总投入是36亿。")
    assert (money["kind"], money["norm_unit"]) == ("amount", "元")
    assert one("宣布10年内捐５００亿　不再信任官办慈善机构。")["norm_unit"] == "元"  # a space, then the next clause


def test_a_section_number_alone_on_its_line_starts_a_section_not_a_story() -> None:
    """(二) / 办案效率 and 二、 / 刑事检察工作 in a report printed one line each: its sections, in its year."""
    page = ("检察机关业务工作基本情况\n(2023年 4季度)\n一、\n总体情况\n(一)\n办案总量\n共受理各类案件292件。\n"
            "(二)\n办案效率\n刑事审查起诉案件审结率85.21%。\n二、\n刑事检察工作\n(一)受理审查逮捕和审查起诉\n"
            "1.审查逮捕。共受理审查逮捕各类犯罪41件50人。\n")
    items = parse_bytes(page.encode(), "a.txt")["articles"]
    assert len(items) == 1
    assert {s["period"] for s in items[0]["stats"]} == {"2023"}
    assert items[0]["title"] == "检察机关业务工作基本情况 (2023年 4季度)"  # its first section's (一) is no headline


def test_a_time_limit_exceeded_is_the_limit_not_a_bound() -> None:
    def qualifier(text: str) -> str:
        return page_stats(text)[0]["qualifier"]

    assert qualifier("原告起诉时已超过十五日的起诉期限。") == "exact"
    assert qualifier("原告起诉并未超过2年的法定起诉期限。") == "exact"
    assert qualifier("但最长不得超过2年。") == "at_most"
    assert qualifier("罚款超过5000元。") == "at_least"


def test_a_named_rate_opening_a_list_is_each_items_rate() -> None:
    stats = page_stats("各项纠纷的调撤率为:离婚纠纷80.06%、抚养纠纷75.38%。")
    assert [(s["label"], s["kind"]) for s in stats] == [("离婚纠纷", "rate"), ("抚养纠纷", "rate")]
    shares = page_stats("案件类型占比为:离婚纠纷80.06%、抚养纠纷19.94%。")
    assert {s["kind"] for s in shares} == {"percent"}  # 占比 is a share


def test_runs_of_a_service_are_counted() -> None:
    stats = page_stats("春运期间发送旅客183.71万人次、9.18万班次。")
    assert [(s["norm"], s["norm_unit"], s["kind"]) for s in stats] == [(1837100, "人次", "count"), (91800, "班次", "count")]


def test_more_than_a_time_said_after_its_unit_is_a_bound() -> None:
    """一年多 printed as 一年 would drop the 多 the source says."""
    first, second = page_stats("前后历经一年多才结束。持续3年多时间。")
    assert (first["qualifier"], second["qualifier"]) == ("at_least", "at_least")
    assert printed(first).zh == "一年多"  # the card says what the source says
    assert page_stats("共有10人多来自外地。")[0]["qualifier"] == "exact"  # 多 there is "mostly"


def test_a_photo_caption_under_headline_and_subtitle_dates_no_figure() -> None:
    text = ("让群众有更多获得感\n——某州法院工作亮点纷呈\n2016年10月12日在天柱县法院大楼前执行案件当事人送匾\n"
            "五年来，全州法院共受理各类案件118950件，结案率97.15%。\n")
    arts = parse_bytes(text.encode(), "a.txt")["articles"]
    assert arts[0]["title"] == "让群众有更多获得感"
    assert arts[0]["photos"][0]["caption"] == "2016年10月12日在天柱县法院大楼前执行案件当事人送匾"
    assert [s["period"] for s in arts[0]["stats"]] == [None, None]


def test_a_judgment_has_no_lead_its_event_years_date_no_later_figure() -> None:
    text = ("本院认为，被告具备监督管理职责。原告认为，该注册证是1997年核发的注册证到期后的续接注册。"
            "被告对原告处以3.5万元罚款，属于一般处罚情形。原告应在判决生效之日起十五日内缴纳。\n")
    assert [(s["value"], s["period"]) for s in page_stats(text)] == [("3.5", None), ("十五", None)]


def test_a_penalty_its_days_and_its_bound_are_figures_a_day_of_the_month_is_not() -> None:
    got = [(s["value"], s["unit"], s["label"], s["qualifier"], s["kind"])
           for s in page_stats("违反治安管理的，处五日以下拘留或者五百元以下罚款。")]
    assert got == [("五", "日以下", "拘留", "at_most", "duration"), ("五百", "元以下", "罚款", "at_most", "amount")]
    assert [(s["value"], s["kind"]) for s in page_stats("被告决定对原告行政拘留十日。")] == [("十", "duration")]
    assert [(s["value"], s["kind"]) for s in page_stats("经批准，审理期限可以延长三十日。")] == [("三十", "duration")]
    assert page_stats("5日，记者从市中级人民法院获悉。") == []
    assert [(s["value"], s["kind"]) for s in page_stats("审理所需日数平均为276.0日，第一次审判期日至宣判为6.3日。")] == \
        [("276.0", "duration"), ("6.3", "duration")]  # no day of a month is written with a decimal
    fine = page_stats("对事故发生单位处20万元以上50万元以下的罚款。")  # a range of the fine itself, not a criterion
    assert [(s["value"], s["norm"], s.get("norm_max"), s["label"]) for s in fine] == [("20", 200000, 500000, "罚款")]


def test_a_baseline_of_the_same_period_a_year_before_is_said_so() -> None:
    stats = page_stats("2022年1-3月，本院共受理审查逮捕案件18件20人，去年同期为34件46人，"
                       "件数和人数分别同比下降47.06%、56.52%。\n")
    got = [(s["value"], s["label"], s.get("comparison"), s.get("lead")) for s in stats]
    assert got == [("18", "受理审查逮捕案件", None, None), ("20", "受理审查逮捕案件", None, None),
                   ("34", "受理审查逮捕案件", "prior", "去年同期为"), ("46", "受理审查逮捕案件", "prior", None),
                   ("47.06", "受理审查逮捕案件", "yoy", "同比下降"), ("56.52", "受理审查逮捕案件", "yoy", "同比下降")]
    from reportgen.english.figures import figure_en

    assert figure_en(stats[3]) == "46 people in the same period of the previous year"
    assert printed(stats[2]).zh == "去年同期为34件"
    base = page_stats("全年结案率95%，较上年同期的88.2%提高6.8个百分点。\n")[1]
    assert (base["label"], base["comparison"], printed(base).zh) == ("结案率", "prior", "较上年同期的88.2%")


def test_years_listed_in_a_sentence_of_events_make_no_lead() -> None:
    text = ("过去五年，是很不平凡的五年。1998、1999年连续遭受特大洪涝灾害。\n"
            "五年全社会固定资产投资累计完成17.2万亿元。\n")
    assert [s["period"] for s in page_stats(text)] == [None]


def test_every_figure_of_a_part_opening_with_last_years_period_is_of_the_year_before() -> None:
    stats = page_stats("我院2023年1月共受理各类案件198件，结案率9.09%；去年同期全院共收案208件，结案率17.31%；"
                       "收案数同比下降4.80%。\n")
    assert [(s["value"], s["label"], s.get("comparison")) for s in stats] == [
        ("198", "受理各类案件", None), ("9.09", "结案率", None), ("208", "全院共收案", "prior"),
        ("17.31", "结案率", "prior"), ("4.80", "收案数", "yoy")]


def test_margins_listed_with_their_unit_once_are_each_rates_margin() -> None:
    text = "全省涉罪未成年人不捕率、不诉率分别为35.5%、64.48%，分别高出整体刑事犯罪9.61个和30.43个百分点。"
    stats = {s["value"]: s for s in page_stats(text)}
    for value in ("9.61", "30.43"):
        assert (stats[value]["unit"], stats[value]["norm_unit"], stats[value]["kind"]) == ("个百分点", "个百分点", "change")
    assert stats["9.61"]["label"].endswith("不捕率") and stats["30.43"]["label"] == "不诉率"
    assert printed(stats["30.43"]).zh == "高出整体刑事犯罪30.43个百分点"  # than what, as the source says
    assert figures("投资、消费增速分别快于全国3.4个、1个百分点。")["3.4"][2:] == ("个百分点", "exact", "change", "up")


def test_later_members_of_a_list_of_changes_print_the_change_words() -> None:
    stats = page_stats("2022年，救助人数、金额同比分别增长48.33%、1.29倍。收案、结案分别下降5%和6%。")
    assert [(s["label"], s["kind"], printed(s).zh) for s in stats] == [
        ("救助人数", "change", "同比分别增长48.33%"), ("金额", "change", "同比增长1.29倍"),
        ("收案", "change", "分别下降5%"), ("结案", "change", "下降6%")]


def test_a_list_without_fenbie_still_maps_one_to_one() -> None:
    stats = page_stats("2011年，城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。")
    assert [(s["label"], printed(s).zh) for s in stats] == [
        ("城镇居民人均可支配收入", "实际增长8.4％"), ("农村居民人均纯收入", "实际增长11.4％")]


def test_above_the_plan_is_a_margin_of_the_figure_before() -> None:
    stats = page_stats("2025年，304个省列重大项目完成投资2929亿元、超年度计划28%。")
    over = stats[-1]
    assert (over["kind"], over["direction"], printed(over).zh) == ("change", "up", "超年度计划28%")
    assert over["label"].endswith("完成投资")


@pytest.mark.parametrize(("text", "expected"), [
    ("为120名困难职工发放补助。", [("120", "困难职工")]),  # what was given them is no part of them
    ("督促监管部门为623个接种点配置1772台医用冰箱。", [("623", "接种点"), ("1772", "医用冰箱")]),
    ("基本养老金从2004年的700元提高到现在的1721元。", [("700", "基本养老金"), ("1721", "基本养老金")]),
    ("农民月人均700元。", [("700", "农民月人均")]),  # 人均 is one word: its 均 is no filler
    ("1-6月累计涉拍卖案件5件，财产数量8，流拍标的物数目10，", [("5", "涉拍卖案件"), ("8", "财产数量"), ("10", "流拍标的物数目")]),
])
def test_labels_of_counts_given_and_levels_reached(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


def test_a_second_time_prefix_is_no_count() -> None:
    assert figures("大病患者明年有望获二次报销，防止二次污染。") == {}
    assert "二" in figures("今年共开庭二次。")


def test_a_year_span_dates_the_two_ends_of_a_change_said_after_it() -> None:
    text = "从一九七八年到一九八二年，普通高等学校由五百九十八所增加到七百一十五所，在校学生从八十五万六千人增加到一百一十五万四千人。"
    assert [(s["value"], s["label"], s["period"]) for s in page_stats(text)] == [
        ("五百九十八", "普通高等学校", "1978"), ("七百一十五", "普通高等学校", "1982"),
        ("八十五万六千", "在校学生", "1978"), ("一百一十五万四千", "在校学生", "1982")]


def test_parties_of_a_judgment_addresses_and_phases() -> None:
    stats = page_stats("本院认为，四原告主张被告未送达决定书，二被告对此不予认可。原告居住在通达新苑6号楼4门，凤凰机场三期完工。")
    assert [(s["value"], s["label"], s["norm"]) for s in stats] == [("四", "原告", 4), ("二", "被告", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    ("其中，证券虚假陈述责任纠纷位列首位，合计2174件。", [("2174", "证券虚假陈述责任纠纷")]),
    ("民间借贷纠纷最多，共1234件，买卖合同纠纷次之，共1000件。", [("1234", "民间借贷纠纷"), ("1000", "买卖合同纠纷")]),
    ("现场向3名举报涉黑涉恶线索的群众发放奖金。", [("3", "群众")]),
])
def test_a_kind_named_with_its_rank_and_a_head_after_a_long_modifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


def test_the_year_of_work_planned_is_no_lead_and_years_map_past_a_multiple() -> None:
    text = ("2月25日，州中院召开全州法院院长会议，安排部署2021年度审判执行工作任务。\n"
            "过去的一年，全州法院共受理案件30457件，审结29135件。\n")
    assert [s["period"] for s in page_stats(text)] == [None, None]  # the year of the plans, not of these figures
    text = "被告将原告1993年至1996年的缴费基数按照社会平均工资的两倍即520元、860元、900元、1100元计算。"
    assert [(s["value"], s["period"]) for s in page_stats(text)][1:] == [
        ("520", "1993"), ("860", "1994"), ("900", "1995"), ("1100", "1996")]


def test_a_white_papers_years_lead_and_recent_years_are_no_length() -> None:
    text = ("4月30日，银川市中级人民法院举办2023年劳动争议十大典型案例发布会，发布《银川法院劳动争议审判白皮书2019-2023》。\n"
            "近五年新收一审劳动争议案件8861件，历时近5年的积案全部审结。\n")
    assert [(s["value"], s["label"], s["period"]) for s in page_stats(text)] == [
        ("8861", "新收一审劳动争议案件", "2019-2023"), ("5", "历时", "2019-2023")]


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("平均办案时间为19天，比法定时间少26天。", "26", ("change", "down", "平均办案时间", "比法定时间少26天", "26 days less")),
    ("新增就业1200万人，比上年多100万人。", "100", ("change", "up", "新增就业", "比上年多100万人", "1,000,000 people more")),
    ("助学贷款最高额度增加4000元。", "4000", ("change", "up", "助学贷款最高额度", "增加4000元", "up CNY 4,000")),
])
def test_more_or_fewer_than_a_baseline_and_a_ceiling_named(text: str, value: str, expected: tuple) -> None:
    from reportgen.english.figures import figure_en

    s = next(s for s in page_stats(text) if s["value"] == value)
    assert (s["kind"], s["direction"], s["label"], printed(s).zh, figure_en(s)) == expected


def test_an_item_number_before_a_year_and_students_at_school() -> None:
    assert labels("申请公开：1.2007年大沽地区拆迁补偿标准；2.2007年拆迁户名单共30户。") == [("30", "拆迁户名单")]
    assert labels("惠及500多万在校生。") == [("500", "在校生")]


def test_things_added_are_printed_as_added() -> None:
    from reportgen.english.figures import figure_en

    stats = page_stats("全年新增5000个停车位，铁路运营里程新增1700公里，对新增2万亿元中央财政资金建立直达机制。")
    assert [(labelled(s["label"], printed(s).zh), figure_en(s)) for s in stats] == [
        ("停车位新增5000个", "5,000 added"), ("铁路运营里程新增1700公里", "1,700 km added"),
        ("新增中央财政资金2万亿元", "CNY 2 trillion")]  # 新增 said once


def test_sentence_classes_select_who_is_counted_and_listed_years_are_a_span() -> None:
    assert [(s["value"], s["label"]) for s in page_stats("2002年判处五年以上有期徒刑的为50人。")] == [("50", "判处五年以上有期徒刑")]
    assert [(s["value"], s["period"]) for s in page_stats("1978、1979两年共增产粮食4，900多万吨，天然气产能达到22亿方。")] == [
        ("4，900", "1978-1979"), ("22", "1978-1979")]


def test_the_value_of_a_year_compared_is_a_baseline_no_change_describes() -> None:
    from reportgen.english.figures import figure_en

    text = "一九五七年工农业总产值达到了一千二百四十一亿元，比一九五二年的八百二十七亿一千万元增长百分之六十八。"
    level, base, change = page_stats(text)
    assert (base["label"], base["comparison"], printed(base).zh, figure_en(base)) == (
        "工农业总产值", "prior", "比一九五二年的八百二十七亿一千万元", "CNY 82.71 billion in 1952")
    assert (change["label"], change["of"]) == ("工农业总产值", level["id"])  # the growth of 1957's output


def test_a_change_prints_its_verb_wherever_the_text_says_it() -> None:
    text = ("粮食产量1.37万亿斤，增产74亿斤。今年再减少农村贫困人口1000万以上。"
            "广义货币M2预期增长均为12%左右。打造1000个民族村寨旅游提升示范村、30个边境旅游示范村。")
    got = [(labelled(s["label"], printed(s).zh), s["kind"]) for s in page_stats(text)]
    assert got == [("粮食产量1.37万亿斤", "count"), ("粮食产量增产74亿斤", "change"),
                   ("农村贫困人口减少1000万以上", "change"), ("广义货币M2预期增长均为12%左右", "change"),
                   ("民族村寨旅游提升示范村1000个", "count"), ("边境旅游示范村30个", "count")]


def test_a_unit_said_once_for_a_list_and_a_dot_as_decimal_point() -> None:
    stats = page_stats("蔬菜、小浆果设施产量占比分别提高15、22个百分点。全年固定资产投资增长19·5％。")
    assert [(labelled(s["label"], printed(s).zh), s["norm"], s["norm_unit"]) for s in stats] == [
        ("蔬菜设施产量占比分别提高15个百分点", 15, "个百分点"), ("小浆果设施产量占比提高22个百分点", 22, "个百分点"),
        ("固定资产投资增长19·5％", 19.5, "%")]  # not 1522个百分点, not 5%


def test_implied_respective_lists_with_a_measure_word_and_a_rate() -> None:
    assert labels("战略性新兴产业和高技术制造业增加值年均增长8%、7.2%。") == [
        ("8", "战略性新兴产业"), ("7.2", "高技术制造业增加值")]
    stats = page_stats("农村自来水、卫生户厕普及率达到98%、85%。")
    assert [(s["label"], s["kind"]) for s in stats] == [("农村自来水普及率", "rate"), ("卫生户厕普及率", "rate")]
    s = page_stats("小微企业贷款增速、“三农”贷款增速比各项贷款平均增速分别高4.2、0.7个百分点。")[1]
    assert printed(s).zh == "比各项贷款平均增速高0.7个百分点"  # 各项 keeps its 各


def test_a_label_put_together_from_words_of_a_traditional_page_is_printed_in_traditional() -> None:
    page = ("警方公佈上半年罪案數字。2022年上半年香港共發生16宗兇殺案，較去年同期增加6宗，全部案件已被偵破；"
            "勒索案有921宗。下跌的罪案主要包括嚴重毒品罪行(145人)、刑事毀壞(144人)、店舖盜竊(65人)等。")
    labels = {s["value"]: s["label"] for s in page_stats(page)}
    assert labels["16"] == "發生兇殺案"  # 發生 and 兇殺案, each as the page spells it
    assert labels["145"] == "嚴重毒品罪行"


def test_a_sentence_comparing_two_years_is_no_lead() -> None:
    """人均GDP从2020年的5.2万元提高到2025年的7.4万元 states two observations: each figure takes its own
    year, and neither year scopes the sentences after it (ANNOTATION: comparison years are ignored)."""
    blocks = [("body", "人均GDP从2020年的5.2万元提高到2025年的7.4万元。196个项目全部开工。")]
    assert periods(blocks) == [("5.2", "2020"), ("7.4", "2025"), ("196", None)]
    # one year stated before the figures is still a lead
    assert periods([("body", "2025年，人均GDP提高到7.4万元。196个项目全部开工。")]) == [("7.4", "2025"), ("196", "2025")]


def test_a_dash_led_paragraph_of_sentences_is_body_not_a_subtitle() -> None:
    """——经济跨上新台阶。2007年，国内生产总值… is one of a report's points, with its figures: text of
    the item, not a cross-head whose year would scope the paragraphs after it."""
    page = ("各位代表：\n\n一、过去五年工作回顾\n\n五年来，我们做了大量工作。\n\n"
            "——经济跨上新台阶。2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%。\n\n"
            "我们从加强农业基础入手，每年减轻农民负担1335亿元。\n")
    stats = {s["value"]: s for s in page_stats(page)}
    assert not (stats["24.66"].get("section") or "").startswith("——")
    assert not (stats["1335"].get("section") or "").startswith("——")
    blocks = [("subhead", "一、过去五年工作回顾"), ("body", "——经济跨上新台阶。国内生产总值达到24.66万亿元。")]
    assert periods(blocks) == [("24.66", None)]


def test_sets_pairs_bundles_and_barrels_are_counted() -> None:
    """组, 对, 捆, 桶 count things (发射装置5000余组, 石狮子1对, 搓澡巾6捆, 漂白水3桶); 一对一帮扶, 三组织, 组成 and
    a number before 对 as a preposition (2032对我们…) count nothing."""
    got = figures("查获发射装置5000余组，祖传石狮子1对，“搓澡巾6捆”价值为200元，“漂白水3桶”价值为200元。")
    assert {k: v[2] for k, v in got.items() if k != "200"} == {"5000": "组", "1": "对", "6": "捆", "3": "桶"}
    assert figures("开展一对一帮扶，三组织联动。是2032对我们有所希望。") == {}
    assert labels("组成5组专班。") == [("5", "专班")]


def test_shares_of_the_total_said_of_each_and_the_changes_after_them() -> None:
    """354起、388人，分别占今年总数的60.5%、73.3%，环比分别上升59.4%、410.5%: each share is 占今年总数, and the
    changes are the counts' (the shares did not grow by 410.5%)."""
    got = dict(labels("破获电诈现案354起，抓获电诈犯罪嫌疑人388人，分别占今年总数的60.5%、73.3%，环比分别上升59.4%、410.5%。"))
    assert got["60.5"] == got["73.3"] == "占今年总数"
    assert got["59.4"] == "破获电诈现案" and got["410.5"] == "抓获电诈犯罪嫌疑人"


def test_what_a_count_issued_counts_is_the_noun_after_it() -> None:
    assert labels("苍南县委县政府作出四条决定。") == [("四", "决定")]


def test_the_year_of_a_multiples_baseline_is_no_period() -> None:
    """是2016年底人数的5.6倍: 2016 is the baseline of the multiple, the figure is the year before it's."""
    assert [p for _, p in periods([("body", "截至2017年底，全省共有律师12000人，是2016年底人数的5.6倍。")])] == ["2017", "2017"]


def test_a_bare_case_flow_verb_takes_the_offences_named_before_it() -> None:
    """依法惩治侵害企业利益犯罪，起诉432人: 起诉 alone names nothing; the offences the clause before names do
    (after a list closed by 等, what the list is of). A clause naming no offences leaves the verb."""
    got = dict(labels("全省检察机关依法惩治侵害企业利益犯罪，起诉432人。打击合同诈骗、强迫交易等扰乱市场秩序犯罪，"
                      "依法起诉1806人，上升74.2%。"))
    assert got == {"432": "起诉侵害企业利益犯罪", "1806": "起诉扰乱市场秩序犯罪", "74.2": "起诉扰乱市场秩序犯罪"}
    assert dict(labels("全年办案质效提升，起诉432人。")) == {"432": "起诉"}


def test_grades_ranks_and_relative_years_around_a_figure() -> None:
    """县级以上 only selects the parks counted (a short noun keeps its grade: 二级以上医院); 前三年 is a relative
    period and 排名前1% a rank, neither a figure; 网上调解 is online mediation, no 上调 (a rise)."""
    assert dict(labels("推动400多个县级以上宪法主题公园建设，197家二级以上医院开设体重管理门诊。")) == {
        "400": "宪法主题公园建设", "197": "二级以上医院"}
    got = labels("2022年至2024年，办理各类行政检察监督案件13612件，是前三年的2.4倍。")
    assert got == [("13612", "办理各类行政检察监督案件"), ("2.4", "办理各类行政检察监督案件")]
    assert [v for v, _ in labels("85个学科进入ESI世界学科排名前1%、9个学科进入前1‰。")] == ["85", "9"]
    assert figures("网上调解56367件。")["56367"][4:] == ("count", None)
    assert "4" not in figures("公民与法治 2024年4期")
    assert "两" in figures("第六个五年计划已经执行了近两年，这里把前两年执行的情况报告。")


def test_the_share_of_the_total_after_a_count_without_a_name() -> None:
    """出入口事故多发，共843起，占总数的25.63%: the share is 占总数 even when the count has no name of its own yet."""
    assert dict(labels("从事故发生的空间分布来看，出入口事故多发，共843起，占总数的25.63%。"))["25.63"] == "占总数"
    assert dict(labels("社区矫正对象中，就业208人。")) == {"208": "就业"}


def test_a_year_in_brackets_dates_only_what_they_hold() -> None:
    """（其中2020年1月至2021年3月，…），其中提起公诉1606人: the bracket's year is not the period after it; but
    years that only gloss the words before them (近五年（2009—2013年）来) scope the sentence."""
    got = periods([("body", "2019年至今年3月，办结案件1593件（其中2020年1月至2021年3月，适用案件1417件），其中提起公诉1606人。")])
    assert got == [("1593", None), ("1417", "2020-2021"), ("1606", None)]
    got = periods([("body", "近五年（2009—2013年）来，共受理一审家事纠纷4249件。")])
    assert got == [("4249", "2009-2013")]


def test_a_latin_word_inside_what_a_measure_word_counts() -> None:
    """38家国家级5G工厂, 100个AI应用场景: the Latin word is part of the noun counted; 株洲608所AES100发动机 is an
    institute's name followed by a model code, no count of 608."""
    assert dict(labels("建成38家国家级5G工厂，新增10万个5G基站，打造100个AI应用场景。")) == {
        "38": "国家级5G工厂", "10": "5G基站", "100": "AI应用场景"}
    assert figures("株洲608所AES100发动机技术成果加速转化应用。") == {}


def test_two_things_joined_after_a_figure_are_both_counted() -> None:
    """惠及4.32亿城镇职工和城镇居民: both; 建成10个园区和5个基地: each its own; a label never ends with the
    conjunction its words were cut after, but 总和 is a word."""
    assert dict(labels("惠及4.32亿城镇职工和城镇居民。集中销毁10.83吨毒品及制毒化学品。")) == {
        "4.32": "城镇职工和城镇居民", "10.83": "毒品及制毒化学品"}
    assert dict(labels("建成10个园区和5个基地。")) == {"10": "园区", "5": "基地"}
    assert not any(lab.endswith(("和", "及")) for _, lab in labels("新增66个粮食产能提升重点县和高标准农田示范区。"))


def test_last_years_carried_over_stock_keeps_the_lead_year() -> None:
    """2023年…新收…，另有上年旧存12.74万件，审执结94.46万件: 上年旧存 names where the pending cases came from;
    it does not cancel the year the sentence reports on (去年 alone still does)."""
    got = periods([("body", "2023年，全省法院新收案件80万件，另有上年旧存12.74万件，审执结94.46万件。")])
    assert got == [("80", "2023"), ("12.74", "2023"), ("94.46", "2023")]
    assert periods([("body", "2023年新收案件80万件，去年审结94.46万件。")])[-1] == ("94.46", None)


def test_rounds_count_what_follows_them() -> None:
    """有效应对9轮强降雨: 轮 counts the rainstorms (after a bare verb, the noun after the figure)."""
    assert dict(labels("有效应对9轮强降雨，先后开展15轮治安集中清查。")) == {"9": "强降雨", "15": "治安集中清查"}


def test_a_share_that_is_a_named_rate_after_it_is_that_rate() -> None:
    """以99.2%的赞成率高票通过, 现行16%的税率降至13%, 维持超过9成成功率: the figure is the rate named after it."""
    got = {v: (lab, k) for v, lab, k in
           [(t[s.num_start:s.num_end], s.label, s.kind) for t in ["报告以99.2%的赞成率高票通过，维持超过9成成功率。"]
            for s in find_stats(t)]}
    assert got == {"99.2": ("赞成率", "rate"), "9成": ("成功率", "rate")}
    assert dict(labels("将制造业等行业现行16%的税率降至13%。"))["16"] == "税率"


@pytest.mark.parametrize(("text", "expected"), [
    # a bound said once for a 分别 list bounds every member: after the last figure, or right after 分别
    ("城乡居民人均可支配收入分别增长5%、6.5%左右。", [("5", "approx"), ("6.5", "approx")]),
    ("文化产业、旅游产业增加值占地区生产总值比重分别超过2%、5%。", [("2", "at_least"), ("5", "at_least")]),
    ("城镇和农村居民收入分别突破300亿元和3000亿元。", [("300", "at_least"), ("3000", "at_least")]),
    # a member bounded of its own keeps its bound and lends it to no one
    ("城乡居民收入分别增长5%以上、6.5%左右。", [("5", "at_least"), ("6.5", "approx")]),
    # a bound before 分别 is the name's (单日最高客运量), not the list's
    ("两市地铁单日最高客运量分别达1409万、1305万人次。", [("1409", "at_most"), ("1305", "exact")]),
    # without 分别 each figure keeps its own
    ("收入增长5%，支出增长6.5%左右。", [("5", "exact"), ("6.5", "approx")]),
])
def test_bound_said_once_for_a_respective_list(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(text[f.stat.num_start:f.stat.num_end], f.stat.qualifier) for f in item_stats([("body", text, 0)])]
    assert got == expected


@pytest.mark.parametrize(("text", "value", "label"), [
    # the things a figure counts, listed with 、 before what they did: all of them
    ("为1万名困境、留守儿童提供关爱服务。", "1", "困境、留守儿童"),
    ("共有48名原中管、省管干部被依法惩处。", "48", "原中管、省管干部"),
    ("对1583所中小学、幼儿园食堂开展检查。", "1583", "中小学、幼儿园食堂"),
])
def test_things_listed_after_a_figure(text: str, value: str, label: str) -> None:
    assert (value, label) in labels(text)


@pytest.mark.parametrize("text", [
    "处十年以上有期徒刑、无期徒刑或者死刑。",  # the sentence's alternatives
    "培育100个以上吸引力强、带动面广的产业集群。",  # what qualifies a noun
    "我国有九百六十万平方公里土地、十四亿人口。",  # another figure's item
    "提升城乡低保、残疾人两项补贴、散居和集中供养孤儿救助标准。",
])
def test_a_list_after_a_figure_not_all_counted(text: str) -> None:
    first = labels(text)[0]
    assert "、" not in first[1], first


def test_kilowatt_hours_said_as_du_only_with_a_scale() -> None:
    assert figures("全社会用电量1.2万亿度。")["1.2"][0] == 1.2e12
    assert figures("全社会用电量1.2万亿度。")["1.2"][2] == "度"
    assert figures("发电量三千亿度。")["三千亿"][2] == "度"
    assert figures("当天气温达30度，转身360度。") == {}


@pytest.mark.parametrize(("text", "value", "expected"), [
    # 升幅 is a rise, like 增幅 (公安 reports: 破案率升幅23.6个百分点)
    ("破案率升幅23.6个百分点。", "23.6", ("change", "up")),
    ("移送起诉数升幅19.5%。", "19.5", ("change", "up")),
    # a rise of life expectancy in years is a figure, an age is not
    ("人均预期寿命提高1岁。", "1", ("change", "up")),
    # a per-mille named rate is a rate, its label without 继续
    ("重新违法犯罪率继续保持在1‰。", "1", ("rate", None)),
])
def test_change_and_rate_words(text: str, value: str, expected: tuple) -> None:
    got = figures(text)[value]
    assert (got[4], got[5]) == expected


def test_continuing_is_no_part_of_a_label() -> None:
    assert labels("结案率继续保持在98%。") == [("98", "结案率")]


def test_a_figure_alone_on_a_cross_head_says_the_paragraph_figure_again() -> None:
    blocks = [("subhead", "2万", 0), ("body", "向领导干部赠阅《学法用法读本》2万册。", 0),
              ("subhead", "1‰", 0), ("body", "全省社区服刑人员重新违法犯罪率保持在1‰。", 0)]
    got = [(blocks[f.block][1][f.stat.num_start:f.stat.num_end], f.stat.unit_text, f.stat.label, f.stat.kind)
           for f in item_stats(blocks)]
    assert got[0] == ("2", "万", "向领导干部赠阅《学法用法读本》", "count")
    assert got[2] == ("1", "‰", "全省社区服刑人员重新违法犯罪率", "rate")
    # a bare number in a sentence is still no figure
    assert [f.stat.unit_text for f in item_stats([("body", "全年2万，与上年持平。", 0)])] == []


def test_a_size_before_what_is_counted_selects_it() -> None:
    assert labels("对373个亿元以上重点项目开展法律服务。") == [("373", "重点项目")]


@pytest.mark.parametrize(("text", "counted"), [
    ("全省八类严重刑事案件破案率保持在95%以上。", ["95"]),  # a category of crime by name
    ("抓获九类涉恶案件违法犯罪嫌疑人151名。", ["151"]),
    ("劳动争议等三类纠纷列为重点攻坚对象。", ["三"]),  # the kinds just listed are counted
    ("交通肇事犯罪和故意伤害犯罪两类犯罪所占比例较大。", ["两"]),
    ("上述两类案件立案数占公益诉讼案件立案总数的81.1%。", ["两", "81.1"]),
])
def test_a_category_of_crime_by_name_is_no_count(text: str, counted: list[str]) -> None:
    assert list(figures(text)) == counted


def test_lines_opening_with_a_chinese_bullet_mark_are_list_items_not_headlines() -> None:
    """●起诉行贿犯罪2593人 on a line of its own is an item of the list under its heading, not the headline
    of another story: the page stays one item and the heading's year dates every line."""
    page = ("2023年工作回顾\n全国检察机关共办案425.3万件。\n维护稳定促发展\n●批捕72.6万人，起诉168.8万人\n"
            "●起诉涉黑涉恶犯罪1.5万人\n●起诉严重暴力犯罪6.1万人\n●起诉行贿犯罪2593人\n●起诉洗钱犯罪2971人\n"
            "●起诉电信网络诈骗犯罪5.1万人、帮助信息网络犯罪活动罪14.7万人、网络赌博犯罪1.9万人\n"
            "检察履职保民生\n●起诉故意伤医扰医犯罪226人\n●起诉家庭暴力犯罪563人\n")
    summary = parse_bytes(page.encode(), "a.txt")
    assert len(summary["articles"]) == 1
    stats = summary["articles"][0]["stats"]
    assert [(s["value"], s["label"]) for s in stats][4:6] == [("6.1", "起诉严重暴力犯罪"), ("2593", "起诉行贿犯罪")]
    assert {s["period"] for s in stats} == {"2023"}
    # ▲ under a photo is its caption, not a list item: it is no figure's label
    assert page_stats("▲代表团审查工作报告\n2019年，全市法院受理案件92973件。\n")[0]["period"] == "2019"


def test_an_abstract_above_the_story_and_a_milestone_quoted_for_emphasis() -> None:
    """[摘要]…结案数较去年同比增长3955件 is the page's abstract: its figures of no year do not end the search for
    the lead (截止2019年12月16日 dates the story). 突破“两万件”大关 is a figure passed, not a quoted name."""
    page = ("[摘要]长安区法院结案数首次突破“两万件”大关,结案数较去年同比增长3955件。\n"
            "截止2019年12月16日,长安区法院结案数首次突破“两万件”大关。\n截止12月16日,法院全年总收案26424件。\n")
    stats = page_stats(page)
    assert [(s["value"], s["label"], s["qualifier"]) for s in stats][:2] == [
        ("两万", "结案数", "at_least"), ("3955", "结案数", "exact")]
    assert [(s["value"], s["period"]) for s in stats][2:] == [("两万", "2019"), ("26424", "2019")]


def test_a_count_per_so_many_people_is_the_rate_named_before_it() -> None:
    """每10萬人1550.2件 is a rate: so many cases for so many people, labelled with the rate the sentence names,
    not the place ranked by it nor its rank (最高); 烈士每人3万元 is an amount each, no rate."""
    stats = page_stats("刑事案件發生率為每10萬人870.5件，刑事案件發生率以萬華區每10萬人1550.2件最高，大同區每10萬人1318.0件次之。\n")
    assert [(s["label"], s["kind"]) for s in stats] == [("刑事案件發生率", "rate")] * 3
    assert page_stats("向烈士家属每人发放慰问金3万元。\n")[0]["kind"] != "rate"


def test_people_who_met_a_criterion_are_labelled_with_what_was_done_to_them() -> None:
    """对其中符合法定情形的2.6万人执行遣送出境: the people deported, not the criterion they met."""
    stats = page_stats("依法对其中符合法定情形的2.6万人执行遣送出境。\n")
    assert stats[0]["label"] == "执行遣送出境"


def test_hong_kong_sizes_with_a_scale_inside_and_a_count_named_by_person_trips() -> None:
    """超過2億9 000萬 (the thousands set apart by a space inside a size with 億 and 萬) is one figure, 290 million;
    入境人次為128 700 counts the person-trips its name says, its unit not written."""
    stats = page_stats("全年總出入境人次超過2億9 000萬，比上年增加4.7%。平均每日入境人次為128 700。\n")
    assert [(s["value"], s["norm"], s["label"], s["qualifier"]) for s in stats if s["kind"] == "count"] == [
        ("2億9 000萬", 290000000, "總出入境人次", "at_least"), ("128 700", 128700, "平均每日入境人次", "exact")]
    # 8 萬 9,860 人 (spaces set around 萬, as a Taiwan statistics page prints it) is one figure, not 8萬 and 9,860人
    stats = page_stats("毒品案件偵查終結 8 萬 9,860 人，起訴 5 萬 179 人。\n")
    assert [(s["value"], s["norm"]) for s in stats] == [("8 萬 9,860", 89860), ("5 萬 179", 50179)]


def test_the_news_of_a_release_told_on_its_day_does_not_end_the_search_for_the_lead() -> None:
    """…检察院11日发布《白皮书》,数据显示,过去一年,…2385件: the news event announcing the figures (DECISIONS 17);
    the period the next sentence states (2022年7月至2023年6月) leads. Figures heard at a press conference
    (在…新闻发布会上了解到,…共组建了26个速裁团队) are figures of no year: a year after them dates its own sentence."""
    page = ("中新网重庆7月11日电 重庆市检察院11日发布《公益诉讼白皮书》,数据显示,过去一年,共立案公益诉讼案件2385件。\n"
            "统计显示,2022年7月至2023年6月,全市检察机关共立案公益诉讼案件2385件。\n其中行政公益诉讼1893件。\n")
    assert [s["period"] for s in page_stats(page)] == [None, "2022-2023", "2022-2023"]
    page = ("今日(6日)记者在朝阳法院新闻发布会上了解到,朝阳法院共组建了26个速裁团队。据统计,2017年朝阳法院全年收结案均突破13万件。\n"
            "亚运村法庭组建了15个速裁审判团队。\n")
    assert [s["period"] for s in page_stats(page)] == [None, "2017", None]


def test_a_change_named_by_its_verb_alone_is_the_change_of_the_count_before_it() -> None:
    """比去年同期下降了10.2%: the change of the calls counted before it in its sentence; 与去年年底相比,增加83万辆
    opens by comparing: the change of the count the sentence before gives. Nothing before to borrow from:
    the verb stays (no guess)."""
    stats = page_stats("8月份共接盗窃类报警237起,占刑事类警情的76.5%,比上月下降了19.9%;比去年同期下降了10.2%。\n")
    assert stats[-1]["label"] == stats[0]["label"] != "下降"
    stats = page_stats("新能源汽车数量达到344万辆,占汽车总量的1.37%。与去年年底相比,增加83万辆,增长31.87%。\n")
    assert [s["label"] for s in stats][2:] == ["新能源汽车数量"] * 2
    stats = page_stats("获得荣誉25项。\n同比分别下降11.18%和6.23%。\n")
    assert stats[1]["label"] != "荣誉"
    # a change named by its change noun alone (增幅, 成長) is so too
    stats = page_stats("金門縣酒駕死傷人數由9人增至12人，成長33.3%。\n")
    assert stats[-1]["label"] not in ("成長", "")


def test_a_lead_withdrawn_when_the_next_sentences_say_the_piece_reports_on_several_years() -> None:
    """2025年各项目标任务的圆满完成,标志着“十四五”胜利收官。“十四五”的五年,…: the year the five years ended,
    not the year the figures after it report on (they are the five years'). A lead followed by sentences of
    its own year keeps dating them."""
    page = ("各位代表！2025年各项目标任务的圆满完成，标志着“十四五”胜利收官。“十四五”的五年，在浙江改革发展历程中极不寻常。\n"
            "全省生产总值连续跨越三个大台阶，年均增长5.9%。\n")
    assert {s["period"] for s in page_stats(page)} == {None}
    page = "2025年各项目标任务圆满完成。全省法院受理案件12万件。\n全省生产总值增长5.9%。\n"
    assert {s["period"] for s in page_stats(page)} == {"2025"}
    # a section's own lead, stated with its figures, is not withdrawn for the lead of the section before
    page = "2020年工作圆满完成。\n（二）审判工作\n2023年，全市法院受理案件120件。\n五年来，我们坚持改革。\n全市法院审结案件500件。\n"
    assert [s["period"] for s in page_stats(page)] == ["2023", "2023"]


def test_the_year_of_the_work_summed_up_leads_though_its_sentence_says_last_year() -> None:
    """廉政公署總結2021年工作概況,指去年共接獲2,264宗: 去年 cancels the year for its own sentence's figures, but the
    year of the work summed up is the year the piece reports on: it dates the figures after it."""
    page = ("廉政公署總結2021年工作概況,指去年共接獲2,264宗貪污投訴,較前年增加一成八。\n"
            "去年2,264宗貪污投訴中,涉及政府部門的投訴有645宗。\n")
    assert [s["period"] for s in page_stats(page)] == [None, None, "2021", "2021"]


def test_a_rank_said_after_a_figure_is_no_label() -> None:
    """詐欺2446件分居第三, 338件占23.15%次多, 139件占9.52%居第3: the rank says where the figure stands, not what
    it counts."""
    stats = page_stats("其中以違反公共危險罪有4408件最多，毒品2754件及詐欺2446件分居第三、第四。\n")
    assert stats[-1]["label"] == "詐欺"
    stats = page_stats("肇事車種以機車最多，「自用小客車」338件占23.15%次多，「小貨車」139件占9.52%居第3。\n")
    assert [s["label"] for s in stats if s["kind"] == "percent"] == ["「自用小客車」", "「小貨車」"]


def test_a_year_naming_a_meeting_held_on_a_day_is_no_lead() -> None:
    """2023年…新闻发布会15日在拉萨举行: the year names the meeting; the year it reports on (通报了2022年…情况) leads."""
    page = ("2023年西藏自治区消费维权工作新闻发布会15日在拉萨举行。\n发布会通报了2022年全区消费维权工作开展情况。\n"
            "全区查处食品违法案件359件，罚没款564.85万元。\n")
    assert [(s["value"], s["period"]) for s in page_stats(page)] == [("359", "2022"), ("564.85", "2022")]


def test_what_customs_filed_and_investigated_is_the_cases_after_the_verb() -> None:
    """全国海关立案侦办3260起走私犯罪案件: the smuggling cases filed for investigation, not who filed them."""
    assert page_stats("全国海关立案侦办3260起走私犯罪案件。\n")[0]["label"] == "立案侦办走私犯罪案件"


def test_the_line_above_a_publication_time_is_the_headline_even_bulleted_or_with_a_colon() -> None:
    """• 国家邮政局:2月共处理申诉18715件 … above 2021-03-23 12:00:44 is the page's headline, not a first
    sentence of figures without a year: the lead 2021年2月 then dates the figures after it."""
    page = ("  • 国家邮政局:2月共处理申诉18715件 邮件延误为主要问题\n\n    2021-03-23 12:00:44\n\n"
            "    2021年2月，全国共处理申诉18715件，环比下降13.6%。\n\n"
            "    申诉中涉及邮政服务问题的711件，占总申诉量的3.8%。\n")
    summary = parse_bytes(page.encode(), "a.txt")
    article = summary["articles"][0]
    assert article["title"] == "国家邮政局:2月共处理申诉18715件 邮件延误为主要问题"
    assert [(s["value"], s["period"]) for s in article["stats"] if s["span"][0] > 60] == [
        ("18715", "2021"), ("13.6", "2021"), ("711", "2021"), ("3.8", "2021")]


def test_groups_ranked_by_place_or_time_take_the_label_of_what_is_counted() -> None:
    """各县市酒驾肇事死亡以高雄市减少38人最多，台中市减少16人次之: the places rank the deaths, they are not what
    is counted; nor are the years or hours a count is ranked by. A kind ranked (以「殺人罪」58件為最多) is."""
    stats = page_stats("各縣市酒駕肇事死亡以高雄市減少38人最多，台中市減少16人次之；台東縣增加7人最多，嘉義縣增加4人次之。\n")
    assert [s["label"] for s in stats] == ["酒駕肇事死亡"] * 4
    stats = page_stats("今年截至目前為止酒駕肇事，以16時至18時17件為最多，其次是20到24時14件。\n")
    assert [s["label"] for s in stats] == ["酒駕肇事", "酒駕肇事"]
    stats = page_stats("家事調解事件終結件數，以112年3萬967件為最多，104年2萬4101件為最少。調解成立件數占調解件數的比率，"
                       "以113年66.64%為最高，107年50.87%為最低；調解成立件數占終結件數的百分比，以113年40.29%為最高。\n")
    assert [s["label"] for s in stats] == ["家事調解事件終結件數"] * 2 + ["占調解件數的比率"] * 2 + ["占終結件數的百分比"]
    assert "殺人罪" in page_stats("國民法官案件罪名以「殺人罪」58件為最多。\n")[0]["label"]


def test_since_records_began_is_open_ended_and_an_adverb_ends_no_label() -> None:
    """为1969年有纪录以来最低 compares with every year since records began: no period; 破案率更高达90.9%
    is the rate (更 says it is higher still); 录得N宗罪案 counts the crimes after it."""
    stats = page_stats("去年各類劫案共錄得66宗，為1969年有紀錄以來最低，破案率更高達90.9%；爆竊案有816宗。\n")
    assert {s["period"] for s in stats} == {None}
    rate = next(s for s in stats if s["value"] == "90.9")
    assert (rate["label"], rate["kind"]) == ("破案率", "rate")
    stats = page_stats("去年本港整體錄得89,137宗罪案，較2023年減少5,610宗。\n")
    assert [s["label"] for s in stats] == ["罪案", "罪案"]
    assert page_stats("2018年有数据以来，全市共立案120件。\n")[0]["period"] is None


def test_a_piece_on_several_years_takes_no_later_year_as_its_lead() -> None:
    """公安部…通报五年来…工作情况。2023年，…: the piece reports on five years; 2023 dates its own sentence only.
    A lead that states the span (2019年至2023年) still leads."""
    body = "5月27日，公安部召开新闻发布会，通报五年来全国公安机关各项工作情况。{}，全国共立刑事案件下降12.9%。五年来，共打掉黑恶组织5200余个。\n"
    assert [s["period"] for s in page_stats(body.format("2023年"))] == ["2023", None]
    assert [s["period"] for s in page_stats(body.format("2019年至2023年"))] == ["2019-2023", "2019-2023"]
    assert [s["period"] for s in page_stats(body.format("2023年").replace("通报五年来", "通报"))] == ["2023", "2023"]


def test_a_year_after_a_relative_lead_leads_only_when_it_is_the_year_meant() -> None:
    """今年上半年，全省共破获…；报告指出，2019年，…: 2019 is the year compared, not the one reported on (今年 is
    the year of publication); after 去年 the year before publication is the lead (DECISIONS 16)."""
    from reportgen.extract.periods import page_year

    assert page_year("发布时间:2023-08-08 09:49:00 来源: 法治日报\n正文。") == 2023
    assert page_year("“两抢”案件同比降四成\n2015年01月12日  来源:齐鲁晚报\n正文。") == 2015
    assert page_year("海伦市法院召开新闻发布会\n\n09.04.2020  20:32\n\n正文。") == 2020
    assert page_year("2023年3月5日在第十四届全国人民代表大会第一次会议上，会议听取报告。") is None
    body = ("报告显示，今年上半年，全省共破获电信网络诈骗案件3028起。报告指出，2019年，全省共破获案件4841起。"
            "今年上半年，全省共抓获犯罪嫌疑人1367名。\n")
    assert [(s["value"], s["period"]) for s in page_stats("近日，省人大常委会听取报告。" + body)] == \
        [("3028", None), ("4841", "2019"), ("1367", None)]
    dated = "发布时间:2019-07-20 10:00 来源: 甘肃日报\n" + "近日，省人大常委会听取报告。" + body
    assert [s["period"] for s in page_stats(dated)] == [None, "2019", "2019"]  # published in 2019: 今年 is 2019
    last = "近日，市局通报工作。去年，全市共接报警67万余起。2014年，全市共接报警67万余起。去年全年共抓获嫌疑人2000余名。\n"
    assert [s["period"] for s in page_stats(last)] == [None, "2014", "2014"]


def test_a_year_typed_with_the_letter_o_for_zero_and_a_year_end_are_dates() -> None:
    """二OO七年尾10640宗 (Macau and Hong Kong papers type 〇 as the letter O; 年尾 is 年底): the year is
    the figure's period and no part of its label; 分别是 is no part of a label either."""
    page = ("檢察院待決案件逐年遞減\n\n年尾統計的刑事待決案件逐年遞減。二OO七年尾10640宗,二ＯＯ八年尾10250宗。"
            "二OO七年分別是立案11671宗和提起控訴2479宗。\n")
    got = {s["value"]: (s["period"], s["label"]) for s in page_stats(page)}
    assert got["10640"][0] == "2007" and got["10250"][0] == "2008"
    assert not any("O" in label or "Ｏ" in label or "尾" in label for _, label in got.values())
    assert got["11671"] == ("2007", "立案")


def test_a_level_reached_after_a_change_takes_its_label() -> None:
    """一般公共预算收入增加近1000亿元，稳步达到3000亿元以上: the level reached is the revenue's, however
    the verb is qualified (稳步, 逐步, 首次)."""
    got = dict(labels("一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。"))
    assert got["1000"] == got["3000"] == "一般公共预算收入"


def test_a_figure_counted_from_an_open_ended_start_says_since_when() -> None:
    """2016年以来，…判处5年以上有期徒刑1120人: no period (ANNOTATION.md), but the start is kept so that a
    briefing does not print the figure as one year's; a year or a relative word in between ends it."""
    got = {s["value"]: (s["period"], s.get("since")) for s in page_stats(
        "四川法院打击电信诈骗\n\n秦海介绍，2016年以来，四川法院审结案件2347件，判处5年以上有期徒刑1120人。"
        "2017年7月以来，共立案311件。2018年以来，去年受理案件30件。\n")}
    assert got["1120"] == (None, "2016年以来") and got["2347"] == (None, "2016年以来")
    assert got["311"] == (None, "2017年7月以来")
    assert got["30"] == (None, None)


def test_calls_received_are_named_by_the_clause_before() -> None:
    """…“两抢”类警情呈现持续下降态势，今年上半年共接报305起: 接报 names no calls; the clause before does,
    and the change after the count takes the same name."""
    got = dict(labels("刑事类警情中的“两抢”类警情呈现持续下降态势，今年上半年共接报305起，同比下降42.45%。"))
    assert got["305"] == got["42.45"] == "“两抢”类警情"
    assert dict(labels("持续高发的诈骗警情总体有所遏制，全市共接报8114起。"))["8114"] == "诈骗警情"


def test_hong_kong_year_on_year_words_make_changes() -> None:
    """按年升3%, 按年跌0.1%, 跌幅11.3% (Hong Kong's 同比上升, 同比下降, 降幅) are changes, not shares."""
    found = figures("投诉2058宗，按年升3%；私营机构1438宗，按年跌0.1%；损失金额跌幅11.3%。")
    assert figures("诈骗损失金额录9.8%跌幅。")["9.8"][4:] == ("change", "down")  # the change named after the figure
    assert figures("涉及公营机构的投诉分别增2.75倍及两倍。")["2.75"][4:] == ("change", "up")
    assert [(found[v][4], found[v][5]) for v in ("3", "0.1", "11.3")] == \
        [("change", "up"), ("change", "down"), ("change", "down")]


def test_a_headline_that_exclaims_inside_is_a_headline() -> None:
    """打造知识产权审判优选地！洪山区法院首次发布…白皮书 is the page's headline, not its first body sentence,
    so the lead after the news intro is still among the article's first sentences."""
    page = ("您的位置:首页 >要闻 >\n\n打造知识产权审判优选地!洪山区法院首次发布知识产权审判工作白皮书\n\n"
            "2023-08-24 23:23:33    来源:湖北日报\n\n"
            "湖北日报讯(记者刘畅)8月24日上午,洪山区人民法院首次发布知识产权审判工作白皮书,回顾了审判工作情况。"
            "白皮书的发布旨在促进知识产权司法保护工作进一步发展。\n\n"
            "2022年5月1日至2023年7月31日,洪山区法院共受理知识产权民事案件2949件。\n\n"
            "从案件类型来看,著作权权属、侵权纠纷收案2194件,占比达74.40%。\n")
    summary = parse_bytes(page.encode(), "a.txt")
    assert summary["articles"][0]["title"].startswith("打造知识产权审判优选地")
    assert [s["period"] for s in summary["articles"][0]["stats"]] == ["2022-2023"] * 3


def test_a_unit_written_once_after_a_list_of_scaled_figures_counts_each() -> None:
    """分别达1409万、1305万人次: both are person-times; 投入3000万、建成200个 shares no unit."""
    found = figures("客运量分别达1409万、1305万人次。投入3000万、建成200个。")
    assert (found["1409"][2], found["1305"][2]) == ("人次", "人次") and found["3000"][2] != "个"


def test_a_run_of_months_after_a_figure_is_that_figures_run() -> None:
    """…同比下降30.1%、已连续14个月同比下降: the 14 months are how long the cases have fallen; the run
    takes their label with the trend it is a run of (a card saying 刑事案件立案数 · 14个月 would not say
    which way), and prints with its 连续, never as a bare 14个月. The figure after a run keeps its own
    label (贸易顺差连续两年下降，2010年比上年减少6.4%: the 6.4% is of the surplus, not of its fall)."""
    text = "今年1—7月，刑事案件立案数同比下降30.1%、已连续14个月同比下降，未成年人犯罪人数1200人，连续两年下降。"
    got = {s["value"]: s for s in page_stats(text)}
    assert got["14"]["label"] == "刑事案件立案数同比下降" and got["两"]["label"] == "未成年人犯罪人数下降"
    assert got["30.1"]["label"] == "刑事案件立案数" and got["1200"]["label"] == "未成年人犯罪人数"
    english = {s["value"]: s for s in page_stats("全市收案数同比下降30.1%、已连续14个月同比下降。")}
    assert english["14"]["label_en"] == "number of cases received, down year on year"
    assert printed(got["14"]).zh == "已连续14个月" and printed(got["两"]).zh == "连续两年"
    assert figure_en(got["14"]) == "14 consecutive months"
    joined = {s["value"]: s for s in page_stats("2019年，全市交通事故亡人数同比下降5.9%，实现连续17年下降。")}
    assert joined["17"]["label"] == "全市交通事故亡人数下降"  # 实现 between the change and its run
    after = {s["value"]: s for s in page_stats("贸易顺差连续两年下降，2010年比上年减少6.4%。")}
    assert (after["两"]["label"], after["6.4"]["label"]) == ("贸易顺差下降", "贸易顺差")
    assert dict(labels("全年共审结案件30件，用时两年。"))["两"] != "审结案件"  # no run: nothing said rose or fell


def test_a_fall_to_a_level_said_with_wei_is_the_level() -> None:
    """下降为533件, 由2010年的68193人下降为2013年的55833人: the level reached (as 下降到), dated by its own
    year, not a fall of 533 cases and not the baseline of a multiple (是2010年的2.2倍 still is one)."""
    got = {s["value"]: s for s in page_stats(
        "2009年案件数量下降为533件，涉案人数降为761人。判处未成年罪犯总数逐年减少，由2010年的68193人下降为2013年的55833人。"
        "2013年收案数是2010年的2.2倍。\n")}
    assert (got["533"]["kind"], got["533"]["label"]) == ("count", "案件数量")
    assert (got["761"]["kind"], got["761"]["label"]) == ("count", "涉案人数")
    assert (got["55833"]["period"], got["55833"]["kind"]) == ("2013", "count")
    assert got["2.2"]["period"] == "2013" and got["2.2"]["kind"] == "change"


def test_bounds_and_margins_said_before_a_share_verb_or_after_a_comparison() -> None:
    """深圳约占全省的19.11%: 约 bounds the share; 与全省相比超出48.3%: a margin (a change up), not a bound;
    126日下午 (a date whose 月 was dropped) is no length of time; 件人次 and 轮次 are units."""
    found = figures("深圳约占全省的19.11%。法官人均结案数与全省相比超出48.3%。信访量13件人次，开展两轮次行动。")
    assert found["19.11"][3] == "approx"
    assert found["48.3"][3:] == ("exact", "change", "up")
    assert (found["13"][2], found["两"][2]) == ("件人次", "轮次")
    assert "126" not in figures("126日下午，我院召开大会，会期2日。")


def test_what_was_held_filed_or_signed_follows_its_count() -> None:
    """党中央召开了七次全会和一次全国代表会议, 两个多月来共举行了二十场活动, 代表们提出了20余条建议和意见: the
    label is what was held or made (全会, not 党中央召开), up to the next listed figure; applications filed
    (提出政府信息公开申请) are not tagged as proposed in English."""
    got = dict(labels("党中央召开了七次全会和一次全国代表会议。两个多月来共举行了二十场活动。代表们也提出了20余条建议和意见。"
                      "原告至少向被告北辰区政府提出14份政府信息公开申请。"))
    assert (got["七"], got["二十"], got["20"], got["14"]) == ("全会", "活动", "建议和意见", "政府信息公开申请")
    assert "proposed" not in (label_en("提出政府信息公开申请", default_terms())[0] or "")


def test_a_baseline_said_with_bi_qunian_and_a_change_said_with_an_arrow_or_a_short_verb() -> None:
    """比去年90.78万件减少12.64万件，降幅13.9%: the baseline and both changes are the cases received, the
    baseline of the whole year before (not its same period). Police weeklies print a change as 环比↓36.36%
    and Hong Kong papers as 非禮案升5.7%: changes, not levels. 年均提升 and 止跌 keep their words."""
    got = {s["value"]: s for s in page_stats(
        "2024年，全省法院审判执行收案78.14万件，比去年90.78万件减少12.64万件，降幅13.9%。\n")}
    assert {got[v]["label"] for v in ("90.78", "12.64", "13.9")} == {"审判执行收案"}
    assert figure_en(got["90.78"]) == "907,800 cases in the previous year"
    assert (got["12.64"]["direction"], got["13.9"]["direction"]) == ("down", "down")
    weekly = {s["value"]: s for s in page_stats("本周刑事警情36起，环比↓36.36%；治安警情120起，环比↑1.48%。\n")}
    assert (weekly["36.36"]["kind"], weekly["36.36"]["direction"], weekly["36.36"]["label"]) == ("change", "down", "刑事警情")
    assert (weekly["1.48"]["kind"], weekly["1.48"]["direction"]) == ("change", "up")
    assert printed(weekly["36.36"]).zh == "环比↓36.36%"
    hk = figures("去年非禮案升5.7%，盜竊案跌3%。全年晋升12人。黑土地耕层厚度止跌20.6%。")
    assert hk["5.7"][4:] == ("change", "up") and hk["3"][4:] == ("change", "down")
    assert hk["12"][4] == "count" and hk["20.6"][4] == "percent"
    assert not dict(labels("常住人口城镇化率年均提升1个百分点。"))["1"].endswith("提")  # not cut inside 提升


def test_a_baseline_said_with_tongbi_qunian_and_a_count_after_an_event_verb() -> None:
    """同比去年7起下降明显: the count of the same period a year before, printed with its 同比去年; 侦破三千四百八十一宗
    案件: the cases solved (侦破案件), not just 案件."""
    got = {s["value"]: s for s in page_stats("8月以来，电信网络诈骗发案1起，同比去年7起下降明显。\n")}
    assert (got["7"]["comparison"], got["7"]["label"], printed(got["7"]).zh) == ("prior", "电信网络诈骗发案", "同比去年7起")
    assert figure_en(got["7"]) == "7 cases in the same period of the previous year"
    assert dict(labels("公安机关逮捕十四万五千名涉案人，侦破三千四百八十一宗案件。"))["三千四百八十一"] == "侦破案件"


def test_a_threshold_crossed_names_no_figure() -> None:
    """地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%: the 14.2万亿元 and the 5.7% are of the product,
    not of 万亿元台阶 (which the 4个 counts); 审结、执结案件数量已经连续两年超过3000万件大关: the cases, not 大关.
    A subject that holds a figure or is an adverb is none (…年均增长5%左右、迈上3万亿元台阶)."""
    got = dict(labels("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。"))
    assert (got["4"], got["14.2"], got["5.7"]) == ("万亿元台阶", "地区生产总值", "地区生产总值")
    assert dict(labels("全国法院审结、执结案件数量已经连续两年超过3000万件大关。"))["3000"] == "审结、执结案件数量"
    assert dict(labels("地区生产总值跨越3个千亿元台阶，达到1.5万亿元。"))["1.5"] == "地区生产总值"
    assert "5" not in dict(labels("全省地区生产总值年均增长5%左右、迈上3万亿元台阶。"))["3"]
    assert dict(labels("受理诉讼案件数量在2016年、2019年先后突破2000万件。"))["2000"] == "受理诉讼案件数量"


def test_a_bound_verb_before_a_plain_list_bounds_each_member() -> None:
    """先后突破2000万件和3000万件, 接连突破8万亿元、9万亿元, 普及率超过98％、85％: every member was passed, not
    only the first (as with 分别突破…和…); a member with its own bound keeps it."""
    got = figures("受理诉讼案件数量先后突破2000万件和3000万件。进出口总额接连突破8万亿元、9万亿元。普及率超过98%、85%。"
                  "人数超过500人和近300人。")
    assert [got[v][3] for v in ("2000", "3000", "8", "9", "98", "85")] == ["at_least"] * 6
    assert got["300"][3] == "approx"


def test_where_a_change_started_a_year_before_is_printed_so() -> None:
    """2017年…非禮案由前年的1019宗增至1077宗: 前年 here says where the change started (a baseline, like
    比去年), so it cancels no year: both figures keep 2017 (DECISIONS 4). The starting value is printed
    with its words (由前年的1019宗, 'from 1,019 cases in the year before last'), so no card shows last
    year's count as this year's; 从今年4月起 still cancels a year."""
    got = {s["value"]: s for s in page_stats("2017年本港共有約5.6萬宗罪案,非禮案由前年的1019宗增至1077宗,上升5.7%。\n")}
    assert (got["1019"]["period"], got["1077"]["period"], got["1019"]["label"]) == ("2017", "2017", "非禮案")
    assert printed(got["1019"]).zh == "由前年的1019宗"
    assert figure_en(got["1019"]) == "from 1,019 cases in the year before last"
    assert figure_en(page_stats("2003年资金由上年46亿元增加到92亿元。\n")[0]) == "from CNY 4.6 billion in the previous year"
    assert [p for _, p in periods([("body", "上海高院将执行确定为2016年重点任务，并从今年4月起开展专项治理，执结8万件。")])] == [None]


def test_where_a_change_started_in_a_named_year_is_printed_with_that_year() -> None:
    """人均预期寿命由2020年的82.4岁提高到82.9岁: 82.4 is where the change started, in 2020; it is printed
    with its words (由2020年的82.4岁, 'from 82.4 years in 2020') so no card shows 2020's level as the
    period's. 同比死亡人数减少6%: 同比 is not a comparison with a group (比…少), so the lead is 减少, not
    比死亡人数减少, and the label is what fell."""
    got = {s["value"]: s for s in page_stats("2025年人均预期寿命由2020年的82.4岁提高到82.9岁。\n")}
    assert printed(got["82.4"]).zh == "由2020年的82.4岁"
    assert figure_en(got["82.4"]) == "from 82.4 years in 2020"
    fall = {s["value"]: s for s in page_stats("2024年发生交通事故1200起，同比死亡人数减少6%。\n")}["6"]
    assert (fall["lead"], fall["label"], fall["kind"], fall["direction"]) == ("减少", "死亡人数", "change", "down")


def test_a_respective_list_with_its_unit_once_a_colon_or_a_change_noun_before() -> None:
    """长治、运城、吕梁查处量较高，分别为3218、3051、2821起: three counts, one per city (not 2821起 labelled
    3218、3051); 晋城、长治、大同同比增幅较大，分别为:210.98%、124.25%、62.75%: three rises, one per city,
    the colon after 分别为 notwithstanding. 分别为2019、2020年 lists no figures."""
    got = {s["value"]: s for s in page_stats(
        "查处饮酒驾驶22905起，同比上升12.6%，其中晋城、长治、大同同比增幅较大，分别为:210.98%、124.25%、62.75%；"
        "长治、运城、吕梁查处量较高，分别为3218、3051、2821起，共计9090起。\n")}
    assert [(got[v]["label"], got[v]["unit"]) for v in ("3218", "3051", "2821")] == [
        ("长治查处量", "起"), ("运城查处量", "起"), ("吕梁查处量", "起")]
    assert [(got[v]["label"], got[v]["kind"], got[v]["direction"]) for v in ("210.98", "124.25", "62.75")] == [
        ("晋城", "change", "up"), ("长治", "change", "up"), ("大同", "change", "up")]
    assert "2019" not in figures("两项改革分别为2019、2020年启动。")
    spaced = {s["value"]: s for s in page_stats(  # a page that sets its commas between spaces
        "查处饮酒驾驶22905起 , 同比上升12.6% , 其中晋城、长治、大同同比增幅较大 , 分别为:210.98%、124.25%、62.75%。\n")}
    assert [spaced[v]["label"] for v in ("210.98", "124.25", "62.75")] == ["晋城", "长治", "大同"]


def test_a_label_of_digits_only_names_nothing() -> None:
    """較執行前同期之9,396增加5.25%: the scan does not read 9,396 (no unit), and its tail 396 was the rise's
    label (English '396'); a label of digits and separators names nothing, so the rise takes the figure
    before it."""
    got = dict(labels("起訴人數計9,889人,較執行前同期之9,396增加5.25%。"))
    assert got["5.25"] == "起訴人數計" or got["5.25"].startswith("起訴人數")


def test_a_toll_said_with_one_character_names_its_count() -> None:
    """死二十四人、傷九人: the dead and the injured; a one-character label is otherwise no name."""
    got = dict(labels("全省共发生火灾2000起，死二十四人、傷九人。"))
    assert (got["二十四"], got["九"]) == ("死", "傷")


def test_a_level_reached_with_a_one_character_verb_is_printed_with_it() -> None:
    """增至1077宗, 降至4.5%: the level reached, printed with its verb as 增加到3000公里 is, not as a bare
    figure a reader could take for a count of its own."""
    got = {s["value"]: s for s in page_stats("2017年非礼案由上年的1019宗增至1077宗，失业率降至4.5%。\n")}
    assert (printed(got["1077"]).zh, printed(got["4.5"]).zh) == ("增至1077宗", "降至4.5%")
    assert (got["1077"]["kind"], got["4.5"]["kind"]) == ("count", "rate")


def test_a_total_of_parts_named_alike_takes_their_shared_name() -> None:
    """长治、运城、吕梁查处量较高，分别为3218、3051、2821起，共计9090起: the total of the three 查处量; 发动机罩损失3100元+
    车顶凹陷损失150元，共计3250元: the 损失. Parts named differently give the total no name."""
    assert dict(labels("长治、运城、吕梁查处量较高，分别为3218、3051、2821起，共计9090起。"))["9090"] == "查处量"
    assert dict(labels("本项的损失应为：发动机罩损失3100元+车顶凹陷损失150元，共计3250元。"))["3250"] == "损失"
    assert dict(labels("盐田汪子997亩及送水路415亩，共计1412亩。"))["1412"] != "亩"


def test_a_baseline_with_qianian_or_its_own_name_and_a_change_named_by_its_noun() -> None:
    """網上情緣騙案去年共有235宗,較前年的114宗上升超過1倍: 114 is the count of the year before last (not labelled
    較前年); 整體被捕數目較前年的43人為低,下跌約33%: the baseline keeps the name its clause gives it, and the fall
    is of that; 跌幅更超过百分之十: a change named only by 跌幅 takes what changed."""
    got = {s["value"]: s for s in page_stats("網上情緣騙案去年共有235宗,較前年的114宗上升超過1倍。\n")}
    assert (got["114"]["label"], got["114"]["comparison"], got["1"]["label"]) == ("網上情緣騙案", "prior", "網上情緣騙案")
    assert figure_en(got["114"]) == "114 cases in the year before last"
    arrests = {s["value"]: s for s in page_stats(
        "其中18人被警方拘捕,其餘11人被其他部門拘捕,整體被捕數目較前年的43人為低,下跌約33%。\n")}
    assert (arrests["43"]["label"], arrests["33"]["label"]) == ("整體被捕數目", "整體被捕數目")
    assert "跌幅" not in dict(labels("二〇一三年录得整体罪案七万二千九百一十一宗，与二〇〇四年比较，跌幅更超过百分之十。"))["百分之十"]


def test_recorded_alone_names_nothing() -> None:
    """暴力罪案方面，二〇一三年共录得一万二千一百五十三宗: 录得 ('recorded') is the verb of Hong Kong and Macau
    statistics, not what they count; the figure takes the subject before it (its 方面 dropped)."""
    got = dict(labels("暴力罪案方面，二〇一三年共录得一万二千一百五十三宗，较二〇一二年下跌约百分之五点二。"))
    assert (got["一万二千一百五十三"], got["百分之五点二"]) == ("暴力罪案", "暴力罪案")


def test_a_label_is_not_cut_inside_xingwei() -> None:
    """查处酒驾醉驾违法犯罪行为25973起: 为 closes 行为 here, it is no linking verb to drop (the label was cut
    to …违法犯罪行); 全市收案为300件 still drops its 为."""
    got = dict(labels("全省公安交警累计查处酒驾醉驾违法犯罪行为25973起，全市收案为300件。"))
    assert got["25973"].endswith("违法犯罪行为") and got["300"].endswith("收案")


def test_likewise_recorded_is_no_part_of_a_label() -> None:
    """失車案同樣錄得增加,由433宗增至511宗: the stolen-car cases, not 失車案同樣錄得 ('likewise recorded')."""
    got = dict(labels("失車案同樣錄得增加,由433宗增至511宗,上升18%。"))
    assert (got["433"], got["511"], got["18"]) == ("失車案", "失車案", "失車案")


def test_a_bracketed_heading_run_into_the_text_is_no_label() -> None:
    """【民(商)事审判】 审理各类民(商)事案件3390件, 【|山西省…醉驾比例高】查处醉酒驾驶2399起: the heading in
    【】 names the section, the words after it what is counted."""
    got = dict(labels("【民(商)事审判】 审理各类民(商)事案件3390件，同比上升1.7%。"))
    assert got["3390"] == "审理各类民(商)事案件"
    got = dict(labels("【|山西省晋城、太原、运城醉驾比例高】查处醉酒驾驶2399起。"))
    assert got["2399"] == "查处醉酒驾驶"


def test_a_hotline_number_before_lei_is_no_count() -> None:
    """其中110类报警5544起: calls to 110, not 110 kinds of call; the count takes the hotline's name."""
    assert "110" not in figures("其中110类报警5544起，122类报警1145起。")
    got = dict(labels("全市110类报警5544起，122类报警1145起，涉及5类纠纷。"))
    assert (got["5544"], got["1145"]) == ("全市110类报警", "122类报警") and "5" in got  # 5类: a count


def test_a_count_per_day_keeps_its_day() -> None:
    """各类有效报警共6689起(239起/天): 239 calls a day, not 239 calls."""
    got = figures("各类有效报警共6689起(239起/天)，立案3宗/日。")
    assert (got["239"][2], got["3"][2]) == ("起/天", "宗/日")


def test_a_month_restated_without_its_year_is_the_leads_month() -> None:
    """2015年8月份,全市…运行正常。(一)8月份,全市共接各类报警41695起: the month stated again is that month;
    a month of an event (2023年3月，…设立…) still gives the figures after it no year, nor does another month."""
    assert periods([("body", "2015年8月份,全市社会治安大局平稳。"), ("body", "(一)8月份,全市共接各类报警41695起。")]) \
        == [("41695", "2015")]
    assert periods([("body", "2023年3月，吴兴法院设立执行热线。全院执结案件100件。")]) == [("100", None)]
    assert periods([("body", "2023年3月，吴兴法院设立执行热线。5月，全院执结案件100件。")]) == [("100", None)]


def test_a_lead_in_the_section_that_opens_its_parent_is_the_parents() -> None:
    """一、近两年执行工作 (一)… 2022年1月1日至2023年6月30日，全院…: the lead of the first subsection, right after
    its parent's heading, dates the parent's later subsections too; a later top-level section starts afresh."""
    blocks = [("body", "您提出的建议收悉。现回复如下:"), ("body", "请予审议。"), ("subhead", "一、近两年执行工作的成效"),
              ("subhead", "(一)聚焦核心主业"), ("body", "2022年1月1日至2023年6月30日,全院共收案3643件。"),
              ("subhead", "(二)护航大局发展"), ("body", "两年来,执行涉企业案件300余件。"),
              ("subhead", "二、存在的问题"), ("body", "执行难案件42件。")]
    assert periods(blocks) == [("3643", "2022-2023"), ("300", "2022-2023"), ("42", None)]


def test_a_year_span_in_brackets_closing_a_title_scopes_it() -> None:
    """成都市人民检察院未成年人检察工作白皮书(2021-2023): the white paper's years (未成年人 is no year)."""
    blocks = [("title", "成都市人民检察院未成年人检察工作白皮书(2021-2023)"), ("body", "1件案例入选最高检指导性案例。")]
    assert periods(blocks) == [("1", "2021-2023")]


def test_a_named_rate_per_head_of_population_is_a_rate() -> None:
    """本港的整体罪案率为每十万人一千零六十一宗: a crime rate, not 1,061 cases; 每万人拥有律师3.5名 is a count."""
    got = figures("本港的整体罪案率为每十万人一千零六十一宗。每万人拥有律师3.5名。")
    assert (got["一千零六十一"][4], got["3.5"][4]) == ("rate", "count")


def test_grams_and_rounds_are_units() -> None:
    """缴获海洛因六百二十二点三克、子弹八十二发: drug seizures in grams and rounds of ammunition were no figures;
    28克/千克 is grams per kilogram. 克服 and 发生 stay words."""
    got = figures("缴获海洛因六百二十二点三克、子弹八十二发，土壤有机质含量28克/千克。")
    assert (got["六百二十二点三"][0], got["六百二十二点三"][2], got["八十二"][2], got["28"][2]) == (622.3, "克", "发", "克/千克")
    assert figures("3人发生争执，克服困难，百发百中。").keys() == {"3"}


def test_against_the_five_years_before() -> None:
    """分别比上五年上升52.88%和49.16%: against the previous five years (a court's five-year report), not 'over five
    years'; the rises take the figures named before them, not 比上."""
    got = dict(labels("全省法院受理各类案件100件、办结90件，分别比上五年上升52.88%和49.16%。"))
    assert (got["52.88"], got["49.16"]) == ("受理各类案件", "办结")
    st = next(s for s in page_stats("全省法院审结案件900件，比上个五年增长30%。") if s["value"] == "30")
    assert figure_en(st) == "up 30% over the previous five years"


def test_a_concentration_is_printed_in_its_own_unit() -> None:
    """PM2.5浓度为30微克/立方米, 浓度小于1毫克/升: μg/m³ and mg/L are units of their own; the English figure had
    cut them at the slash and printed nothing (or would say 'per cubic metre' twice). 28克/千克 is grams per kg."""
    got = {s["value"]: figure_en(s) for s in page_stats("PM2.5浓度为30微克/立方米，石油类浓度0.5毫克/升，有机质28克/千克。")}
    assert got == {"30": "30 μg/m³", "0.5": "0.5 mg/L", "28": "28 g per kilogram"}


def test_two_years_run_together_are_a_span_not_a_figure() -> None:
    """20082010年 (2008—2010年, the dash lost by the page): no figure of 20,082,010 years, and the span dates
    what follows."""
    assert "20082010" not in figures("现将我院20082010年审理的案件情况通报如下。")
    assert periods([("body", "20082010年,我院共审判未成年人犯罪一审案件1628件。")]) == [("1628", "2008-2010")]


def test_a_bound_all_the_places_counted_pass_is_what_selects_them() -> None:
    """10个省市的律师人数均已超过万人: 万人 is what the ten provinces were counted by, not a figure."""
    assert set(figures("浙江、山东、广东和四川10个省市的律师人数均已超过万人。")) == {"10"}


def test_police_sent_out_are_the_count_not_what_they_target() -> None:
    """出动三万五千名警察针对该市一千零三十九个重点地区: the police (the label ran on to 针对该市一千零); 平均每天
    5.1万名警力巡防: the police strength."""
    got = dict(labels("今夜出动三万五千名警察针对该市一千零三十九个重点地区集中搜捕。平均每天5.1万名警力巡防在大街小巷。"))
    assert (got["三万五千"], got["5.1"]) == ("警察", "警力")


def test_a_comparison_said_with_xiangbi_is_printed() -> None:
    """刑事类报警310起,较上月相比下降17.9%,与去年同期相比下降3.1%: the card said only 下降17.9% ('down 17.9%');
    it now says against what."""
    got = {s["value"]: figure_en(s) for s in page_stats("8月份刑事类报警310起,较上月相比下降17.9%,与去年同期相比下降3.1%。")}
    assert (got["17.9"], got["3.1"]) == ("down 17.9% month on month", "down 3.1% year on year")


def test_a_line_of_table_cells_is_no_heading() -> None:
    """A table the page laid out a cell a line (刑事类 警情 | … 6689 | 35006 |) must not open a new item
    titled '6689 | 35006 |'; the figures after it keep the lead's month."""
    page = ("2015年8月份,全市社会治安大局平稳。\n(一)8月份,全市共接各类报警41695起。\n警情类型 |\n有效警情 |\n"
            "2015年8月 |\n750 |\n6689 |\n35006 |\n(二)8月份,刑事类报警310起。\n")
    got = parse_bytes(page.encode(), "a.txt")
    assert not any("|" in (a.get("title") or "") for a in got["articles"])
    stats = {s["value"]: s["period"] for a in got["articles"] for s in a["stats"]}
    assert stats["310"] == "2015"


def test_a_list_of_offences_shares_only_its_case_word() -> None:
    """盗窃、诈骗案分别发生120起、80起: 盗窃案 (the dictionary's 骗案 made it 盗窃骗案); 兒童性侵案及姦淫未成年罪有所上升:
    each offence as named (有所 'somewhat' is the change's word); 电诈警情、刑事立案和财产损失数分别…: 刑事立案, not
    刑事立案损失数."""
    got = dict(labels("全市盗窃、诈骗案分别发生120起、80起。"))
    assert (got["120"], got["80"]) == ("全市盗窃案", "诈骗案")
    got = {s["value"]: s["label"] for s in page_stats("兒童性侵案及姦淫未成年罪有所上升,分別錄得12宗及8宗。")}
    assert (got["12"], got["8"]) == ("兒童性侵案", "姦淫未成年罪")
    got = dict(labels("电诈警情、刑事立案和财产损失数分别比降36.6%、28.4%、43.3%。"))
    assert got["28.4"] == "刑事立案"


def test_months_from_to_with_both_months_written_are_a_partial_year() -> None:
    """最高人民检察院发布了2021年1月至6月…数据。…今年上半年，…1102975人: 2021年1月至6月 is part of 2021 (like 2021年1-6月),
    not the month of an event, so it leads the figures after it."""
    assert periods([("body", "7月25日,最高人民检察院发布了2021年1月至6月全国检察机关主要办案数据。"
                             "数据显示,今年上半年,全国检察机关共受理审查起诉各类犯罪1102975人。")]) == [("1102975", "2021")]


def test_persons_named_before_their_count_are_labelled_by_their_role() -> None:
    """一举擒获犯罪集团成员彭兴业、周开胜等八人: the gang members (the card said 一举擒获), as 原告张佩文等46人 says
    the plaintiffs."""
    got = dict(labels("一举擒获犯罪集团成员彭兴业、周开胜等八人。抓获黑恶势力分子代彬等六人。"))
    assert (got["八"], got["六"]) == ("犯罪集团成员", "黑恶势力分子")


def test_votes_and_taiwan_amounts() -> None:
    """以贊成2606票、反對180票: votes on a work report were no unit, so the counts were missed (一票否决 is a set
    phrase); 3,768萬9,674元 (Taiwan's separators on both sides of 萬) is one amount; 新臺幣…元 is in NT dollars."""
    got = {s["value"]: s for s in page_stats("以贊成2606票、反對180票通過。實行一票否決。財損金額新臺幣6,397萬6,761元。")}
    assert (got["2606"]["norm_unit"], got["180"]["norm_unit"]) == ("票", "票") and "一" not in got
    money = got["6,397萬6,761"]
    assert (money["norm"], money["norm_unit"], money["currency"]) == (63976761, "元", "新台币")  # 元 as written
    assert figure_en(money).startswith("TWD ")


def test_a_taiwan_page_that_names_nt_dollars_once_counts_all_its_yuan_in_them() -> None:
    """財損金額新臺幣6,397萬6,761元,…減少254萬8,618元: the second amount is NT dollars too (it printed CNY); a page
    that also says 人民币 is not read so."""
    got = {s["value"]: s for s in page_stats("財損金額新臺幣6,397萬6,761元,財損金額減少254萬8,618元。")}
    assert got["254萬8,618"]["currency"] == "新台币" and figure_en(got["254萬8,618"]) == "down TWD 2.548618 million"
    got = {s["value"]: s for s in page_stats("兑换新臺幣100元，合人民币23元，罚款500元。")}
    assert "currency" not in got["500"]


def test_a_signed_change_in_brackets_is_the_change_in_percent() -> None:
    """受理件數增加19件(+8.11%)、財損金額減少254萬8,618元(-3.83%): the percents were missed (a sign before a number
    was taken for 5G+ style names), and the label after the bracket began with ')、'; 其它类报警 keeps its 其.
    5G+应用 and a sign not after a figure stay as they were."""
    got = {s["value"]: s for s in page_stats("受理件數增加19件(+8.11%)、財損金額減少254萬8,618元(-3.83%);另以行政區統計。")}
    assert (got["8.11"]["label"], got["8.11"]["direction"]) == ("受理件數", "up")
    assert (got["3.83"]["label"], got["3.83"]["direction"]) == ("財損金額", "down")
    assert got["254萬8,618"]["label"] == "財損金額"
    got = dict(labels("刑事类警情62起(环比+10%)、其它类报警359起。"))
    assert got["359"] == "其它类报警"


def test_a_year_after_from_dates_the_starting_value_only() -> None:
    """不捕率从2021年41.7%上升至64.1%: 64.1% is the later observation (the lead's 2022), and so is what the
    sentence says after it; a starting value said next without a year (从15.6%) is of 2021 like the first.
    由1997年的…增加到2002年的…: a year said at the end still dates the end."""
    got = periods([("body", "2022年,市检察机关批捕犯罪嫌疑人5677人。刑事案件不捕率从2021年41.7%上升至64.1%、"
                            "不诉率从15.6%上升至24.9%,提请复议复核减少86.8%。")])
    assert got == [("5677", "2022"), ("41.7", "2021"), ("64.1", "2022"), ("15.6", "2021"), ("24.9", "2022"),
                   ("86.8", "2022")]
    got = periods([("body", "国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元，平均每年增长7.7%。")])
    assert got == [("7.4", "1997"), ("10.2", "2002"), ("7.7", "2002")]


def test_a_change_said_again_in_percent_is_of_what_the_first_change_names() -> None:
    """造成死亡2021人、受伤9375人，直接财产损失1314.36万元，同比死亡人数减少86人、下降4.08%: the cards said
    受伤 for the 86 fewer deaths and 直接财产损失 for both percents."""
    got = labels("共发生交通事故8425起，造成死亡2021人、受伤9375人，直接财产损失1314.36万元，同比死亡人数减少86人、"
                 "下降4.08%，受伤人数减少63人、下降0.67%。收案3.2万件，同比上升8%、增加2000件。新纳入失信名单39万人次，"
                 "同比继续下降9个百分点。受理破产案件平均周期为201天，同比上一年度缩短112天。")
    got = dict(got)
    assert (got["86"], got["4.08"], got["63"], got["0.67"]) == ("死亡人数", "死亡人数", "受伤人数", "受伤人数")
    assert (got["8"], got["2000"], got["9"], got["112"]) == ("收案", "收案", "新纳入失信名单", "受理破产案件平均周期")


def test_the_change_of_a_growth_rate_is_labelled_with_the_rate() -> None:
    """受理案件同比增长3.9%，增幅较上年同期下降13.44个百分点: the growth slowed; the card said the cases fell."""
    got = dict(labels("受理各类案件2317.6万件，同比增长3.9%，增幅较上年同期下降13.44个百分点。"))
    assert (got["3.9"], got["13.44"]) == ("受理各类案件", "受理各类案件增幅")


def test_money_returned_to_victims_and_kinds_listed_before_their_noun() -> None:
    """返还263万余元被骗款 (the label was 电信诈骗受骗群众返还), 将8300万元被骗资金返还 (no label); 16个新建、迁建和
    改扩建项目 (the label was 新建)."""
    got = dict(labels("向20位受骗群众返还263万余元被骗款。警方已将8300万元被骗资金返还给群众。共实施16个新建、迁建和改扩建项目。"))
    assert (got["263"], got["8300"], got["16"]) == ("返还被骗款", "被骗资金", "新建、迁建和改扩建项目")


def test_turnouts_written_with_their_times_in_brackets() -> None:
    """出动指战员66,971人(次)、消防车14,654台(次): counts of turnouts (人次, 台次), not of persons and engines."""
    got = {s["value"]: s for s in page_stats("全年出动指战员66,971人(次)，消防车14,654 台（次）。")}
    assert (got["66,971"]["norm_unit"], got["14,654"]["norm_unit"]) == ("人次", "台次")


def test_a_year_or_plan_compared_is_printed_and_said_in_english() -> None:
    """较2022年增加2247件 printed 增加 alone, and in English 'up 2,247 cases' without against what; 较“十三五”末
    stood in the label; 较“十三五”末的9323.1亿元 is the plan's last year's level; 改善16.5% printed as a level."""
    got = {s["value"]: s for s in page_stats(
        "全市受理案件较2022年增加2247件。人民調解員數量較“十三五”末增加2248名。收案較2020年減少5件。"
        "全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元。PM2.5年均浓度较“十三五”末改善16.5%。")}
    assert got["2247"]["lead"] == "较2022年增加" and figure_en(got["2247"]) == "up 2,247 cases compared with 2022"
    assert figure_en(got["5"]) == "down 5 cases compared with 2020"
    assert (got["2248"]["label"], got["2248"]["lead"]) == ("人民調解員數量", "較“十三五”末增加")
    assert figure_en(got["9323.1"]).endswith("at the end of the 13th Five-Year Plan period")
    assert got["9323.1"]["label"] == got["4374.4"]["label"] == "全省地区生产总值"
    pm = got["16.5"]
    assert (pm["label"], pm["lead"]) == ("PM2.5年均浓度", "较“十三五”末改善")
    assert figure_en(pm) == "improved by 16.5% compared with the end of the 13th Five-Year Plan period"


def test_tenths_and_a_half_and_sharp_changes() -> None:
    """去年詐騙案增加四成半, 整體破案率三成半: 45% and 35% (四成 and a half tenth), not 40% and 30%; 暴增, 锐减,
    骤降 are changes like 增加 and 减少, their verb the lead and no part of the label."""
    got = {s["value"]: s for s in page_stats("去年詐騙案增加四成半，整體破案率三成半。\n")}
    assert (got["四成半"]["norm"], got["三成半"]["norm"]) == (45, 35)
    sharp = {s["value"]: s for s in page_stats("今年以来，全市电诈案件锐减三成，财损金额骤降2.1亿元。\n")}
    assert [(s["label"], s["lead"], s["kind"], s["direction"]) for s in sharp.values()] == [
        ("全市电诈案件", "锐减", "change", "down"), ("财损金额", "骤降", "change", "down")]
    assert [s["value"] for s in page_stats("全市案件下降四成半年以来持续下降。\n")] == ["四成"]  # 半年: a period


def test_the_level_a_change_reached_is_of_what_it_started_from() -> None:
    """全國法院新收案件量從2022年的357萬件，增加至2024年的417萬件，短短3年間暴增64萬件: the clause after the comma
    names nothing, so 417萬件 and 64萬件 are counts of what 357萬件 counts; 在过去四年中 and 短短3年間 say how
    long the change took, no part of the name; 增加到二〇〇〇年的 is a year in Chinese digits, not 2000 years."""
    got = page_stats("全國法院新收案件量從2022年的357萬件，增加至2024年的417萬件，短短3年間暴增64萬件。\n")
    assert [(s["value"], s["label"], s["period"]) for s in got] == [
        ("357", "新收案件量", "2022"), ("417", "新收案件量", "2024"), ("64", "新收案件量", "2024")]
    grain = page_stats("全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，"
                       "增加到了一九五九年的五千四百零一亿斤。\n")
    assert [s["label"] for s in grain] == ["全国粮食总产量"] * 3
    assert [s["value"] for s in page_stats("产值增加到二〇〇〇年的八千亿元。\n")] == ["八千亿"]
    # a figure in brackets before the comma is no start of the change: 41 is not a count of 中院直属法庭
    courts = {s["value"]: s for s in page_stats(
        "基层人民法庭从1998年的61个(当时下辖3个中院直属法庭),减少至2005年的41个。\n")}
    assert courts["41"]["label"] != "中院直属法庭"


def test_money_said_in_yuan_on_a_hong_kong_macau_or_taiwan_page_is_that_places_dollar() -> None:
    """全年騙案損失金額達48億元 on a traditional-character page of the Hong Kong police: Hong Kong dollars, not
    CNY; a simplified page, one that only names a place (解放臺灣) or one that speaks as two of them says no
    currency beyond 元 (CNY)."""
    hk = page_stats("警務處公布去年本港罪案數字。全年騙案損失金額達48億元。\n")
    assert (hk[0]["currency"], figure_en(hk[0])) == ("港元", "HKD 4.8 billion")
    tw = page_stats("司法院統計，臺灣各級法院去年支出經費達3億元。\n")
    assert tw[0]["currency"] == "新台币"
    assert "currency" not in page_stats("香港警务处公布，全年骗案损失金额达48亿元。\n")[0]
    assert "currency" not in page_stats("本港與本澳兩地警方合作，涉案金額達3億元。\n")[0]
    assert "currency" not in page_stats("我們一定要解放臺灣。國家預算收入達二百億元。\n")[0]  # a place named, not speaking


def test_a_fiscal_year_a_restated_change_and_a_heading_number_before_a_year() -> None:
    """2024-25年 (Hong Kong's fiscal year) is the period 2024-2025, and no part of the label; 26億3,610萬元 is
    one figure (thousands separators on both sides of the 萬); 增加1億4,110萬元(即5.7%) and 減少1,267人或33.0%
    say one change twice, the percent a change too; 比增19.1% rose; 二、2017年3,834人中,男性3,357人: the
    heading's 二、 is no list of years, so 2017 dates the breakdown; 166通 counts calls (四通电器 does not)."""
    hk = page_stats("司法機構2024-25年的開支預算為26億3,610萬元,較2023-24年的修訂預算增加1億4,110萬元(即5.7%)。\n")
    assert [(s["value"], s["period"], s["kind"], s.get("direction")) for s in hk] == [
        ("26億3,610萬", "2024-2025", "amount", None), ("1億4,110萬", "2024-2025", "change", "up"),
        ("5.7", "2024-2025", "change", "up")]
    assert "2024" not in hk[0]["label"] and hk[0]["norm"] == 2636100000
    fell = {s["value"]: s for s in page_stats("2021年新入所人數2,567人,較2017年3,834人,減少1,267人或33.0%。\n")}
    assert (fell["33.0"]["kind"], fell["33.0"]["direction"], fell["3,834"]["label"]) == ("change", "down", "新入所人數")
    assert page_stats("全市办理法律援助案件1.2万件，比增19.1%。\n")[1]["direction"] == "up"
    page = page_stats("一、2021年人數2,567人。\n\n二、2017年3,834人中,男性3,357人(占87.6%),女性477人(占12.4%)。\n")
    assert {s["value"]: s["period"] for s in page}["3,357"] == "2017"
    calls = page_stats("热线首日话务量仅166通，现时日均接近2000通。原告作为四通电器的经营者。\n")
    assert [(s["value"], s["unit"]) for s in calls] == [("166", "通"), ("2000", "通")]


def test_a_distance_that_marks_out_a_zone_is_no_figure() -> None:
    """对道路两侧50米范围内的违法建筑进行拆除, 学校周边200米以内的摊点: the distance says where what is counted
    lies (a selection criterion, ANNOTATION.md), not a length reported; 改造管网300米 and 缩短至200米以内 are."""
    assert page_stats("对道路两侧50米及其支路两侧20米范围内的违法建筑进行拆除。\n") == []
    assert page_stats("学校周边200米以内的摊点全部取缔。\n") == []
    assert [s["value"] for s in page_stats("改造管网300米，排队长度缩短至200米以内。\n")] == ["300", "200"]


def test_a_rate_that_moved_its_cut_and_a_first_months_period() -> None:
    """涉毒重点人员管控率明显提升,由2018年的87.8%提升至2020年的100%: both are the named rate (提升至 after the
    first names nothing); 减至2020年的21人,减幅43.2%: 减幅 names a fall like 降幅; 電腦犯罪首9個月 (Macau's and Hong
    Kong's first nine months) is no part of the name."""
    rate = page_stats("涉毒重点人员管控率明显提升,由2018年的87.8%提升至2020年的100%。\n")
    assert [(s["label"], s["kind"]) for s in rate] == [("涉毒重点人员管控率", "rate")] * 2
    cut = page_stats("外流贩毒人数明显减少,由2018年的37人减至2020年的21人,减幅43.2%。\n")[2]
    assert (cut["label"], cut["kind"], cut["direction"]) == ("外流贩毒人数", "change", "down")
    assert page_stats("電腦犯罪首9個月共同比上升279.6%。\n")[0]["label"] == "電腦犯罪"
    assert page_stats("首三季度全市受理案件500件。\n")[0]["label"] == "全市受理案件"


def test_taiwans_years_said_before_their_figures() -> None:
    """移付調解事件終結占比由104年3.58%上升至113年25.07%: 104年 and 113年 are years of Taiwan's calendar (2015,
    2024) before their figures, not lengths of 104 and 113 years; 以112年3萬967件為最多: the year and 以 are no
    part of the name; 建校110年来 stays what it was."""
    moved = page_stats("移付調解事件終結占比由104年3.58%上升至113年25.07%。\n")
    assert [(s["value"], s["period"], s["label"]) for s in moved] == [
        ("3.58", "2015", "移付調解事件終結占比"), ("25.07", "2024", "移付調解事件終結占比")]
    most = page_stats("家事調解事件終結件數以112年3萬967件為最多。\n")[0]
    assert (most["period"], most["label"]) == ("2023", "家事調解事件終結件數")
    assert [s["value"] for s in page_stats("該校建校110年來培養人才10萬名。\n")] == ["10"]


def test_a_target_year_in_a_headline_dates_nothing_reported_now() -> None:
    """A headline whose year is aimed at (2016年底力争…, 到2030年…) does not date the figures reported now
    (累计接收…人 as of this year's October); a headline that reports on a year still does; 设区市 is a noun
    (设 "set up" does not end it)."""
    aimed = page_stats("湖南:2016年底力争实现调解组织全覆盖\n\n记者获悉,截至今年9月底,全省累计调解纠纷12345件。"
                       "全省14个设区市成立了调解中心。\n")
    assert [(s["value"], s["period"]) for s in aimed] == [("12345", None), ("14", None)]
    assert aimed[1]["label"] == "设区市"
    reported = page_stats("湖南:2016年全省调解纠纷12万件\n\n全年累计调解纠纷12345件。\n")
    assert {s["value"]: s["period"] for s in reported}["12345"] == "2016"


def test_tenths_plus_signs_quoted_penalties_and_ratio_changes() -> None:
    """一成八 is 18% (一成不变 is no figure); 76万+人次 is at least 760,000; a penalty quoted whole
    (“扣留15天、罚款500元”) is two figures, 扣留 a length like 拘留; 案-件比下降0.02 is a change of the ratio;
    至少要耗费 bounds the figure after its verb and is no part of the label; 統計 keeps its 计."""
    up = {s["value"]: s for s in page_stats("期內共開立刑事專案調查案件3,548宗,較去年同期上升一成八。\n")}
    assert (up["一成八"]["norm"], up["一成八"]["kind"], up["一成八"]["direction"]) == (18, "change", "up")
    assert page_stats("这是一成不变的做法,共5件。\n")[0]["value"] == "5"
    plus = page_stats("上半年服务总量76万+人次。\n")[0]
    assert (plus["norm"], plus["qualifier"]) == (760000, "at_least")
    quoted = page_stats("对其处罚仅为“扣留15天、罚款500元”。\n")
    assert [(s["value"], s["kind"]) for s in quoted] == [("15", "duration"), ("500", "amount")]
    ratio = page_stats("全国法院案-件比下降0.02。\n")[0]
    assert (ratio["label"], ratio["kind"], ratio["direction"]) == ("案-件比", "change", "down")
    spent = page_stats("全省吸毒人员每年吸食海洛因至少要耗费17.5亿元。\n")[0]
    assert spent["qualifier"] == "at_least" and "至少" not in spent["label"]
    assert page_stats("首季罪案統計3548宗。\n")[0]["label"].endswith("統計")


def test_a_year_a_level_is_below_and_a_period_line_before_the_body() -> None:
    """低于2019年首季，其中…: the year compared with dates nothing (but 高于…年…递增4.3%的水平 still dates its
    own figure); 共录得 is no part of a label; a line that is only a period (2024年上半年) before the body
    dates the figures under later cross-heads that say only 上半年."""
    below = page_stats("今年首季罪案明显低于2019年首季,其中暴力罪案共录得77宗。\n")[0]
    assert (below["period"], below["label"]) == (None, "暴力罪案")
    rate = page_stats("这个速度高于1955年至1980年平均每年递增4.3%的水平。\n")[0]
    assert rate["period"] == "1955-1980"
    page = page_stats("热线服务半年成绩单\n\n2024年上半年\n\n热线平台持续提升服务\n\n"
                      "2024年上半年,热线服务总量760104人次。\n\n咨询需求增加\n\n上半年,来电转人工量较去年同期增长24.13%。\n")
    assert {s["value"]: s["period"] for s in page}["24.13"] == "2024"


def test_a_quoted_clause_is_no_name_and_a_reviewed_span_in_brackets_dates() -> None:
    """“扣留15天，罚款500元。” is a quoted clause, not a name: its figures count; 《…白皮书（2018-2022）》
    released in the lead dates the figures as 《…白皮书2018-2022》 does, but a plan's span
    (《…行动方案（2022-2024）》) stays a target."""
    quoted = page_stats("律师指出,其所受处罚仅为“扣留15天,罚款500元。”\n")
    assert [s["value"] for s in quoted] == ["15", "500"]
    paper = page_stats("发布《某市中级人民法院破产审判白皮书（2018-2022）》,全市法院共受理破产案件1376件。\n")[0]
    assert paper["period"] == "2018-2022"
    plan = page_stats("印发《三年行动方案（2022-2024）》,全市法院共受理案件1376件。\n")[0]
    assert plan["period"] is None


def test_then_and_now_a_set_of_indices_a_source_clause_and_what_cases_involve() -> None:
    """在2001年…是111%，…去年…是74% compares then and now: 2001 is no lead for what follows; 火灾四项指数分别下降…
    are the changes of the four figures before, one each; 根据…资料 names a source, not a figure; 483宗涉及在囚人士的
    暴力个案 counts the cases; a rate is named by its 率 whatever its unit."""
    page = page_stats("与千禧年代相比,在2001年平均收容率是111%,近年逐渐下降,去年平均收容率是74%。"
                      "近年在囚人士数目维持在每日八千多人。\n")
    assert {s["value"]: s["period"] for s in page}["八千"] is None
    fire = page_stats("全国共接报火灾25.2万起,死亡1183人,受伤775人,直接财产损失40.09亿元,与2019年相比,"
                      "火灾四项指数分别下降1.4%、13.6%、12.8%和0.5%。\n")
    assert [s["label"] for s in fire if s["kind"] == "change"] == ["全国共接报火灾", "死亡", "受伤", "直接财产损失"]
    cases = page_stats("根据惩教署资料,去年共有483宗涉及在囚人士的暴力个案,比2017年减少63宗。\n")
    assert [s["label"] for s in cases] == ["涉及在囚人士的暴力个案"] * 2
    assert page_stats("全员劳动生产率提高到42万元/人以上。\n")[0]["kind"] == "rate"


def test_a_length_of_one_with_a_bound_or_in_a_range_is_a_figure() -> None:
    """一至三年 is a range and 最长不超过一年 a bounded length, though a bare 一年 or 一名 is an indefinite 一."""
    assert [(s["value"], s["qualifier"]) for s in page_stats("劳教戒毒期限为一至三年,最长不超过一年。\n")] == [
        ("一至三", "range"), ("一", "at_most")]
    assert page_stats("一年一度的大会召开,一名获救群众到场。\n") == []


def test_a_one_character_change_after_a_comparison_and_points_miswritten() -> None:
    """较2019年减43.8% and 较去年增7.35% are changes (年增4485名, an annual increase counted, is not);
    超出近20个百分比 is a margin in points, written as 百分比 by mistake."""
    fell = page_stats("贩毒案50宗,较2019年减43.8%。\n")[1]
    assert (fell["kind"], fell["direction"]) == ("change", "down")
    assert page_stats("收案较去年增7.35%。\n")[0]["direction"] == "up"
    assert page_stats("新吸毒人员数由2013年的年增4485名下降。\n")[0]["kind"] == "count"
    over = page_stats("调撤率达56%,超出近20个百分比。\n")[1]
    assert (over["kind"], over["direction"], over["norm_unit"]) == ("change", "up", "个百分点")


def test_headlines_listed_under_related_news_are_no_part_of_the_story() -> None:
    """The headlines after “>相关新闻” are other stories: a fragment of their own, out of the story's year
    and cards; a story that only mentions 相关新闻 in a sentence keeps all its text."""
    page = parse_bytes("去年甘肃查处酒驾醉驾24561起\n\n2020年,全省查处酒驾醉驾24561起,同比下降14.29%。\n\n"
                       ">相关新闻\n\n• 今年上半年甘肃省查出的酒驾7489起同比下降24.78%\n".encode(), "a.txt")
    story, related = page["articles"]
    assert related["kind"] == "fragment" and [s["value"] for s in related["stats"]] == ["7489", "24.78"]
    assert all(s["period"] is None for s in related["stats"])
    assert "7489" not in [s["value"] for s in story["stats"]]
    inline = parse_bytes("记者在相关新闻发布会上获悉,全省查处酒驾醉驾24561起。\n".encode(), "a.txt")
    assert [a["kind"] for a in inline["articles"]] != ["fragment"] and inline["articles"][0]["stats"]


def test_a_change_said_twice_without_a_comma_and_the_level_a_change_reached() -> None:
    """事故起数减少9起下降60%: both figures are the accidents' fall (the % is no object of the count), and the
    comparison 与去年春节同期相比 opening the clause is no part of the name; 上升30%至544宗: 544 is the level."""
    got = [(s["value"], s["label"], s["kind"], s["direction"]) for s in
           page_stats("与去年春节同期相比事故起数减少9起下降60%，死亡人数减少4人下降66.67%。\n")]
    assert got == [("9", "事故起数", "change", "down"), ("60", "事故起数", "change", "down"),
                   ("4", "死亡人数", "change", "down"), ("66.67", "死亡人数", "change", "down")]
    level = page_stats("相关的贪污投诉上升30%至544宗。\n")[1]
    assert (level["value"], level["kind"], level.get("direction")) == ("544", "count", None)
    assert page_stats("结案率下降2个百分点至31%。\n")[1]["kind"] == "rate"


def test_banners_boards_shown_and_sessions_written_with_a_bracketed_ci() -> None:
    got = {s["value"]: s["norm_unit"] for s in page_stats("共开展活动26余场(次)，展出展板180块次，悬挂横幅66幅。\n")}
    assert got == {"26": "场次", "180": "块次", "66": "幅"}


def test_a_two_digit_year_before_a_part_of_it_and_a_rate_per_thousand_people() -> None:
    """09年第一季度 is 2009's first quarter (a length of 15年 stays a length); 5.36批次/千人 is batches per
    thousand people, and 民国113年 leaves no 民国 in the label."""
    fire = page_stats("09年第一季度全省共发生火灾1135起，死亡32人。\n")
    assert [(s["label"], s["period"]) for s in fire] == [("全省共发生火灾", "2009"), ("死亡", "2009")]
    assert page_stats("22年上半年受理案件300件。\n")[0]["period"] == "2022"
    assert page_stats("服刑15年，减刑3次。\n")[0]["kind"] == "duration"
    per = page_stats("抽检量达到5.36批次/千人。\n")[0]
    assert (per["norm"], per["norm_unit"]) == (5.36, "批次/千人")
    assert page_stats("民国113年受理案件300件。\n")[0]["label"] == "受理案件"


def test_the_noun_after_a_count_names_it_after_a_bare_verb_or_a_weight() -> None:
    """抓好4个在建抽水蓄能项目 counts projects under construction (在建 is no 在 of a place); 送去8000斤米面油
    weighs the flour, rice and oil; 开展120场普法活动 counts the activities; 争取每人1500斤粮食而奋斗 ends at 而."""
    assert page_stats("抓好4个在建抽水蓄能项目建设。\n")[0]["label"] == "在建抽水蓄能项目"
    assert page_stats("送去8000斤米面油。\n")[0]["label"] == "米面油"
    assert page_stats("开展120场普法活动。\n")[0]["label"] == "普法活动"
    assert page_stats("为争取每人1500斤粮食而奋斗。\n")[0]["label"] == "粮食"
    assert page_stats("公共自行车分别在建国门设站20个。\n")[0]["label"] != "在建国门"


def test_a_series_said_clause_by_clause_keeps_its_topic() -> None:
    """高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍多: the later clauses say only
    when and how many, so their figures are the same students'."""
    got = [(s["value"], s["label"]) for s in
           page_stats("高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍多。\n")]
    assert got == [("十九万", "高等学校的学生"), ("四十四万", "高等学校的学生"), ("一", "高等学校的学生")]


def test_three_years_listed_and_said_to_be_three_date_what_follows_and_leave_the_label() -> None:
    """2012、2013、2014三年中受理的离婚案件共500件: the three years are the period, not part of the name (as
    1978、1979两年 already were)."""
    got = page_stats("本院对2012、2013、2014三年中受理的离婚案件共500件进行了调研。\n")[0]
    assert (got["label"], got["period"]) == ("受理的离婚案件", "2012-2014")
    grain = page_stats("1978、1979两年共增产粮食100亿斤。\n")[0]
    assert (grain["label"], grain["period"]) == ("增产粮食", "1978-1979")


def test_every_unit_a_price_or_rate_is_per_is_read_with_it() -> None:
    """Each base after a slash (元/户, 元/件, 元/次, 元/吨, 批次/千人 …) stays part of the unit, so that a
    price per tonne is never printed as a sum of money."""
    from reportgen.vocab import PER_UNITS

    for per in ("户", "件", "次", "吨", "人", "千人", "平方米"):
        assert per in PER_UNITS
        got = page_stats(f"处理费为50元/{per}。\n")[0]
        assert got["norm_unit"] == f"元/{per}", per


def test_the_population_a_rate_is_per_is_no_count_of_people() -> None:
    """从业人员10万人死亡人数为3.85人: 10万人 is the base of the death rate, not 100,000 people, and the rate's
    name keeps it; 全年死亡10万人 still counts people."""
    got = page_stats("工矿商贸企业从业人员10万人死亡人数为3.85人，比上年下降6.8%。\n")
    assert [s["value"] for s in got] == ["3.85", "6.8"]
    assert got[0]["label"] == "工矿商贸企业从业人员10万人死亡人数"
    assert page_stats("全年死亡10万人。\n")[0]["value"] == "10"


def test_a_count_names_what_it_counts_with_the_topic_said_before_it() -> None:
    """15起有关电信诈骗的案件: the cases, with what they are about (as 涉及…的 already was)."""
    assert labels("警方破获15起有关电信诈骗的案件。") == [("15", "破获有关电信诈骗的案件")]
    assert labels("共收到483宗涉及在囚人士的暴力个案。") == [("483", "涉及在囚人士的暴力个案")]


def test_an_arrest_counts_the_persons_after_it_but_not_a_rate_after_them() -> None:
    # an arrest is such an event (拘捕7名内地人士: the persons arrested), but a rate after the figure is
    # the next figure's name
    assert labels("警方拘捕7名内地人士。") == [("7", "拘捕内地人士")]
    assert labels("不批准和不予决定逮捕741人不捕率22.7%。")[0] == ("741", "不批准和不予决定逮捕")


def test_shares_of_a_whole_and_their_changes_are_said_of_each_thing_listed() -> None:
    # shares of a whole said of two things listed, then their changes said by 同比 alone: each thing's
    assert labels("事故起数和死亡人数分别占总数的11.77%、10.8%，同比分别下降30.6%、35.4%。") == [
        ("11.77", "事故起数占总数"), ("10.8", "死亡人数占总数"), ("30.6", "事故起数"), ("35.4", "死亡人数")]
    assert labels("化学需氧量、二氧化硫排放总量首次出现双下降，比上年分别下降3.14%和4.66%。") == [
        ("3.14", "化学需氧量"), ("4.66", "二氧化硫排放总量")]


def test_a_quoted_kind_is_part_of_the_noun_after_the_figure() -> None:
    # a quoted kind (either quote marks) is part of the noun after the figure
    assert labels("警方侦破10宗有关「虚构绑架」的电话骗案。") == [("10", "侦破有关「虚构绑架」的电话骗案")]
    assert labels("警方破获15起有关“虚构绑架”的案件。") == [("15", "破获有关“虚构绑架”的案件")]
    assert labels("警方共接获141宗「个人层面」的电邮诈骗。") == [("141", "接获「个人层面」的电邮诈骗")]


def test_a_growth_rate_is_a_change_of_what_grew_but_a_natural_growth_rate_is_a_rate() -> None:
    assert figures("律师人数年均增长率42%。")["42"][4:] == ("change", "up")
    assert labels("律师事务所数年增长率60%。") == [("60", "律师事务所数")]
    assert figures("全市人口自然增长率为0.5%。")["0.5"][4] == "rate"


def test_a_share_of_a_group_keeps_what_picks_out_its_part() -> None:
    """33.3%的事故涉及工人群体 is not a share of 事故 as a whole: what is said of the part is kept."""
    assert labels("共有33.3%的事故涉及工人群体。") == [("33.3", "事故涉及工人群体")]
    assert labels("其中65%的被告人为初犯。") == [("65", "被告人为初犯")]
    assert labels("全市92%的税收来自民营企业和外资企业的纳税。") == [("92", "税收")]  # no short clause: the noun


def test_a_part_with_no_name_before_it_is_named_by_what_is_said_of_it() -> None:
    """其中324宗为…: the part is what it is said to be; 为最多 (a rank) names nothing."""
    assert labels("共有1200宗网上骗案，其中324宗为网上拍卖或购物相关罪行。")[1] == ("324", "网上拍卖或购物相关罪行")
    assert labels("当中11宗涉及家庭或亲属间暴力。") == [("11", "涉及家庭或亲属间暴力")]
    assert labels("累计推出259项制度创新成果，其中56项为全国首创。")[1] == ("56", "全国首创")
    assert labels("其中3万967件为最多。")[0][1] != "最多"


def test_hong_kong_short_changes_and_recorded_counts() -> None:
    """(增65.9%) and 跌約21% are changes; 共錄得30,871宗罪案 counts the crimes, not the words before."""
    assert figures("严重毒品罪行(增65.9%)。")["65.9"][4:] == ("change", "up")
    assert figures("盗窃案(减3.2%)。")["3.2"][4:] == ("change", "down")
    assert figures("电话骗案跌约21%。")["21"][3:] == ("approx", "change", "down")
    assert labels("警方指今年上半年共录得30871宗罪案。") == [("30871", "罪案")]
    assert labels("电话骗案则有512宗。") == [("512", "电话骗案")]  # 则 is no part of the name
    assert labels("电话骗案则跌约21%。") == [("21", "电话骗案")]  # also before a change


def test_a_change_against_a_baseline_then_the_level_it_reached_are_two_figures() -> None:
    got = figures("裸聊勒索案件较去年增加287宗至493宗。")
    assert got["287"][4:] == ("change", "up") and got["493"][4:] == ("count", None)
    assert figures("能增产薯类一百多亿斤到二百多亿斤。")["一百"][1] is not None  # no baseline: a range
    assert figures("同比增长10%至20%。")["10"][3] == "range"  # a rate's span stays a range


def test_life_expectancy_moved_from_one_age_to_another_and_tablets_counted() -> None:
    got = figures("人均预期寿命从79.5岁提升至82.5岁。")
    assert "79.5" in got and "82.5" in got
    assert "72" not in figures("一位72岁的老太太。")
    assert figures("缴获阿普唑仑21万余粒。")["21"][:4] == (210000, None, "粒", "at_least")


def test_a_ratio_said_as_a_multiple_gap_moved_from_one_value_to_another() -> None:
    """收入倍差从1.96缩小至1.81: both are the ratio (a rate); one written A∶1 is the ratio A, not read by halves."""
    got = figures("城乡居民收入倍差从1.96缩小至1.81。")
    assert got["1.96"][4] == "rate" and got["1.81"][4] == "rate"
    written = figures("城乡居民收入比由2.9∶1缩小至2.52∶1。")
    assert sorted(written) == ["2.52", "2.9"] and written["2.9"][4] == written["2.52"][4] == "rate"


def test_a_total_said_on_its_own_is_of_what_came_before() -> None:
    """共计22.8公斤, 累计达到61万套: a total with no name of its own is of the figure just before it, or of
    what the clause before names; not a sum of items listed or of a figure per month."""
    assert labels("缴获冰毒41块，共计22.8公斤。") == [("41", "缴获冰毒"), ("22.8", "缴获冰毒")]
    assert dict(labels("建设筹措保障性租赁住房7.4万套（间）、累计达到61万套（间）。"))["61"] == "建设筹措保障性租赁住房"
    assert labels("查获冰毒，共计22.8公斤。") == [("22.8", "查获冰毒")]
    assert dict(labels("两个盐田汪子997亩及盐田送水路415亩，合计1412亩。"))["1412"] != "盐田送水路"
    assert dict(labels("每月支付1,200元，合计36,000元。"))["36,000"] != "每月支付"


def test_offences_named_by_the_force_of_the_crackdown_and_persons_by_what_they_were_named() -> None:
    """加大对…犯罪的打击力度，批准逮捕629件707人: the arrests are of those offences; 38名警察被评为部、省级
    个别教育能手: what they were named, the levels of the title dropped; 债务人达成还款协议: what they reached."""
    got = dict(labels("加大对“两抢一盗”、诈骗等多发性侵财犯罪的打击力度，批准逮捕629件707人。"))
    assert got["629"] == got["707"] == "批准逮捕多发性侵财犯罪"
    assert dict(labels("监狱有38名警察被评为部、省级个别教育能手。"))["38"] == "个别教育能手"
    assert dict(labels("促成1833名债务人达成还款协议。"))["1833"] == "债务人达成还款协议"


def test_a_named_crime_said_to_lead_and_an_award_won() -> None:
    """以诈骗罪为主，起诉40人: the prosecutions are of that crime; 15名民警荣立一等功: what they won."""
    assert labels("以诈骗罪为主，起诉40人。") == [("40", "起诉诈骗罪")]
    assert dict(labels("2个集体、15名民警荣立一等功。"))["15"] == "民警荣立一等功"
    assert dict(labels("35个地方和单位荣获国家级民族团结进步示范命名。"))["35"] == "地方和单位"  # too long to say whole


def test_changes_said_by_their_speed_or_as_more_or_less_and_a_run_of_years() -> None:
    """以年均10%的速度持续增长15年: 10% is the growth, 15年 how long it lasted; 1.18%的增长幅度 and 以10.29%
    幅度增长 are changes; 多了7% and 少了57% are a rise and a fall (多了300元补贴 is the extra money);
    超指标12个百分点 is above the target by that much."""
    got = figures("民事诉讼案件以年均10%的速度持续增长15年。")
    assert got["10"][4:] == ("change", "up") and got["15"][4:] == ("duration", None)
    assert figures("新收案件数量1.18%的增长幅度。")["1.18"][4:] == ("change", "up")
    assert figures("在案件数量每年以10.29%幅度增长的情况下。")["10.29"][4:] == ("change", "up")
    assert figures("男女囚犯分别多了7%和8%。")["7"][4:] == ("change", "up")
    assert figures("基金会公益性支出竟然少了57%。")["57"][4:] == ("change", "down")
    assert dict(labels("基金会公益性支出竟然少了57%。"))["57"] == "基金会公益性支出"
    assert figures("育儿家庭每月多了300元补贴。")["300"][4:] == ("amount", None)
    assert figures("法律援助案件办理量超指标12个百分点。")["12"][4:] == ("change", "up")
    assert figures("审理周期缩短15天。")["15"][4:] == ("change", "down")  # a change in days stays one


def test_disputes_resolved_and_places_checked_are_named_by_what_follows() -> None:
    """化解45件疑难信访问题, 排查4.3万个楼栋院落: what was resolved or checked, as for cases handled."""
    assert dict(labels("集中化解45件疑难信访问题。"))["45"] == "化解疑难信访问题"
    assert dict(labels("共排查4.3万个楼栋院落。"))["4.3"] == "排查楼栋院落"


def test_a_years_first_months_and_a_margin_said_after_its_comparison() -> None:
    """2019年…占全部审结案件人数的63.7%，2020年前7个月达到77.3%: the same share, for the first seven
    months of 2020 (前7个月 is no name); 与未适用的案件相比，低15.3个百分点: a fall against that comparison."""
    text = ("2019年适用认罪认罚从宽制度审结的人数，占全部审结案件人数的63.7%，2020年前7个月达到77.3%。"
            "2019年，检察机关提出的量刑建议，法院采纳率为84.5%，2020年前7个月已达90%以上。")
    got = dict(labels(text))
    assert got["77.3"] == got["63.7"] == "占全部审结案件人数"
    assert got["90"] == got["84.5"] == "法院采纳率"
    got = figures("审结案件上诉率为3.4%，与未适用的案件相比，低15.3个百分点。")
    assert got["15.3"][4:] == ("change", "down")
    assert dict(labels("审结案件上诉率为3.4%，与未适用的案件相比，低15.3个百分点。"))["15.3"] == "审结案件上诉率"


def test_the_year_of_a_report_presented_leads_the_piece() -> None:
    """廉政公署昨日向立法会提交2017年的年报，…由2016年的847宗减至去年的771宗: the report's year is what the
    piece reports on, so the next sentences (去年，有12名…) take it; in its own sentence 去年 still cancels
    it (ANNOTATION.md), and 由2016年的847宗 keeps its year."""
    page = ("廉署年报\n\n廉政公署昨日向立法会提交2017年的年报，当中提到涉及政府部门人员的贪污投诉，"
            "由2016年的847宗减至去年的771宗。去年，有12名政府人员被廉署检控。\n")
    got = {s["value"]: s["period"] for s in page_stats(page)}
    assert got["847"] == "2016" and got["771"] is None and got["12"] == "2017"


def test_a_hotline_number_before_tianjin_is_no_duration_and_a_fall_named_by_its_size() -> None:
    """12348天津法网: 天 starts 天津, so no figure of days; 跌幅为13% is a fall; 维持于 is no part of a name."""
    assert "12348" not in figures("12348天津法网网站注册用户数：2987人。")
    assert figures("拘留3天。")["3"][4] == "duration"
    assert figures("由15311人次下跌至13246人次，跌幅为13%。")["13"][4:] == ("change", "down")
    assert figures("平均收容率维持于67%。")["67"][4] == "rate"


def test_persons_counted_with_what_befell_them_by_the_authorities() -> None:
    """有12名政府人员被廉署检控, 1456人因此被行政拘留: the persons prosecuted or detained, not persons."""
    got = dict(labels("去年，有12名政府人员被廉署检控，有30名政府人员被廉署执行处逮捕。"))
    assert got["12"] == "政府人员被廉署检控" and got["30"] == "政府人员被廉署执行处逮捕"
    assert "行政拘留" in dict(labels("涉牌涉证33613起，1456人因此被行政拘留。"))["1456"]


def test_persons_served_said_after_for_whom() -> None:
    """全年为1200人次提供法律援助: what was done for them, also counted in 人次 and with nothing before 为."""
    assert labels("全年为1200人次提供法律援助。") == [("1200", "提供法律援助")]
    assert dict(labels("接听满意度评价100%，总计为996人次提供法律帮助。"))["996"] == "提供法律帮助"


def test_a_fall_to_a_level_said_with_xiadie_names_what_fell() -> None:
    """…的人次较二零二一年显著减少，由15 311人次下跌至13 246人次: 下跌至 is how it moved, like 下降至."""
    got = dict(labels("新收纳入惩教院所的人次较二零二一年显著减少，由15 311人次下跌至13 246人次。"))
    assert got["15 311"] == got["13 246"] == "新收纳入惩教院所的人次"


def test_the_rest_named_by_what_it_is_and_remand_kept_whole() -> None:
    """余下的2%是根据《入境条例》被羁留的人士: the rest is named by what it is said to be; 还押人士 (remand)
    keeps its 还, which elsewhere is an adverb (still), as 还款 (repayment) does."""
    got = dict(labels("服刑人士占63%，还押人士占35%，余下的2%是根据《入境条例》被羁留的人士（二零二一年：服刑人士占69%）。"))
    assert got["2"] == "根据《入境条例》被羁留的人士"
    assert got["35"].startswith("还押人士")
    assert labels("其余8%为其他案件。") == [("8", "其他案件")]
    assert labels("共还款300万元。") == [("300", "还款")]


def test_vehicle_and_ship_trips_are_units_of_their_own() -> None:
    """出动处警车辆152.6万台次, 接待邮轮91艘次: trips, not vehicles or ships (and 次 is no part of the next name)."""
    assert figures("共出动处警车辆152.6万台次。")["152.6"][:3] == (1526000, None, "台次")
    got = dict(labels("邮轮母港接待邮轮91艘次、旅客30余万人次。"))
    assert got["30"] == "旅客"
    assert figures("接待邮轮91艘次。")["91"][2] == "艘次"


def test_a_taiwan_year_in_a_quoted_title_or_before_nian_du_is_no_duration() -> None:
    """「113年鄉鎮市調解…表揚大會」, 113年度: a year of Taiwan's calendar, not 113 years."""
    assert "113" not in figures("屏東縣政府舉辦「113年鄉鎮市調解績優表揚大會」，共計26個單位獲獎。")
    assert "113" not in figures("113年度調解成立件數為1萬9050件。")
    assert "110" in figures("该校历经110年。")  # a duration said as one stays


def test_working_days_and_what_was_issued_or_carried_out() -> None:
    """52個工作天 (Hong Kong's working days) is a duration; 发出17,775张…通知书, 进行了约8,200次主动巡查,
    作出逾46万次巡查: what was issued or carried out is what the measure word counts."""
    got = figures("可将验收工作由原来52个工作天大幅缩短至35个工作天。")
    assert got["52"][2:5] == ("个工作天", "exact", "duration")
    assert dict(labels("可将验收工作由原来52个工作天大幅缩短至35个工作天。"))["52"] == "验收工作"
    got = dict(labels("消防处去年共作出逾46万次巡查，合共发出17,775张消除火警危险通知书，进行了约8,200次主动巡查。"))
    assert got["46"] == "巡查" and got["17,775"] == "消除火警危险通知书" and got["8,200"] == "主动巡查"


def test_a_part_said_by_whom_it_was_done() -> None:
    """其中3件由上级院提出抗诉: the part is what was done to it (由…), as 其中5件为刑事案件 is what it is."""
    assert dict(labels("受理民事监督案件10件，其中3件由上级院提出抗诉。"))["3"] == "上级院提出抗诉"
    assert dict(labels("其中5件为刑事案件。"))["5"] == "刑事案件"


def test_a_class_of_prison_sentence_said_of_persons_counted_is_no_figure() -> None:
    """五年以上有期徒刑 said of persons counted in its clause selects them (a criterion); a sentence
    passed (有期徒刑十年) and a statute's range with nobody counted stay durations."""
    assert [s.norm for s in find_stats("其中36人被判处五年以上有期徒刑，追缴违法所得500万元。")] == [36, 5000000]
    assert [s.norm for s in find_stats("对被告人王某判处有期徒刑八年。")] == [8]
    statute = find_stats("以暴力手段抢劫的，处三年以上十年以下有期徒刑。")
    assert [(s.norm, s.value_max, s.norm_unit) for s in statute] == [(3, 10, "年")]


def test_a_year_stated_after_figures_of_no_year_dates_its_own_sentence() -> None:
    """朝阳法院共组建了26个速裁团队。据统计，2017年…: the piece has begun with figures that state no year; a
    year in a later sentence dates that sentence only, it is no lead (DECISIONS 1: the lead is the first
    sentence stating the year). Figures run before the news they announce (…——…发布《白皮书》, …零接警……)
    do not stop the lead; nor does a late lead open with its span (2019年至2022年，…)."""
    body = "今日，记者在发布会上了解到，该院共组建了26个速裁团队。据统计，2017年该院全年收结案突破13万件。法官人均结案348件。\n"
    assert [s["period"] for s in page_stats(body)] == [None, "2017", None]
    assert [s["period"] for s in page_stats(body.replace("共组建了26个速裁团队", "组建了速裁团队"))] == ["2017", "2017"]
    teaser = "超六成离婚诉讼由女方提起——区法院9月16日发布《婚姻家事审判白皮书》。《白皮书》分析了2016年至2019年间审结的案件1460件。女方起诉的占66.45%。\n"
    assert [s["period"] for s in page_stats(teaser)][-2:] == ["2016-2019", "2016-2019"]
    late = "6月5日，市中级人民法院召开发布会，公布八起典型案例。会议由副院长主持。院长介绍了工作。2019年至2022年，全市法院共审结案件2352件。审理公益诉讼案件88件。\n"
    assert [s["period"] for s in page_stats(late)] == [None, "2019-2022", "2019-2022"]


def test_units_of_old_reports_a_short_rise_and_words_that_only_say_recorded() -> None:
    """万担 (dan), 公方 (cubic metres of earthwork) and 标准台 (standard tractors) are units (担任 is no 担);
    6年涨5倍 is a rise; 錄得 names nothing (the figure stays unlabelled rather than named 錄得), and the
    topic of the clause before (暴力罪案方面，…) names a figure no words of its own name; a field (…领域)
    is where the things counted are, not what they are."""
    got = page_stats("棉花产量达到3036万担，完成土方14亿多公方，拖拉机由778标准台增加到2377标准台。他担任组长3年。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("3036", "万担"), ("14", "亿多公方"), ("778", "标准台"),
                                                      ("2377", "标准台"), ("3", "年")]
    rise = page_stats("武汉查酒驾6年涨5倍。\n")[-1]
    assert (rise["value"], rise["kind"], rise["direction"]) == ("5", "change", "up")
    assert page_stats("出現「假客服」的新手法，上半年已錄得1605宗，帶動整體騙案上升。\n")[0]["label"] != "錄得"
    assert [s["label"] for s in page_stats("暴力罪案方面，二〇一三年共录得一万二千一百五十三宗，较二〇一二年下跌约百分之五点二。\n")] \
        == ["暴力罪案", "暴力罪案"]
    assert page_stats("食品药品安全领域5起重大案件已全部告破。\n")[0]["label"] == "重大案件"


def test_a_one_character_good_names_its_change_and_a_plans_share_done_is_not_what_grew() -> None:
    """生铁增长23%，钢增长28%: 钢 names its own rise (not the 生铁 before it); 粮食总产量达到3680亿斤，完成年度计划的
    102%，比1954年增长9%: the output grew, not the share of the plan done."""
    assert [s["label"] for s in page_stats("同1954年比较：生铁增长23%，钢增长28%，钢材增长28%。\n")] == ["生铁", "钢", "钢材"]
    grain = page_stats("粮食总产量达到3680亿斤，完成年度计划的102%，比1954年增长9%。\n")
    assert [(s["value"], s["label"]) for s in grain] == [("3680", "粮食总产量"), ("102", "完成年度计划"), ("9", "粮食总产量")]


def test_a_short_clause_before_de_qualifies_the_noun_counted() -> None:
    """3个可现场使用的快速检验法: the methods are counted, the clause (可现场使用) says which; 3名年轻法官组成的合议庭
    counts the judges and 3个县的农民 the counties (a noun opens the words before 的)."""
    assert page_stats("目前已确定了4个仪器检验法和3个可现场使用的快速检验法，并进一步验证。\n")[-1]["label"] == "快速检验法"
    assert page_stats("由3名年轻法官组成的合议庭审理此案。\n")[0]["label"] != "合议庭"
    assert page_stats("有3个县的农民参加培训。\n")[0]["label"] == "县"


def test_the_items_of_an_inventory_a_judgment_values_are_counted() -> None:
    """“18车床一台”价值为8,000元: an item's quantity in any numerals and units (一台, 300条, 1幅, 约百件), what else
    it holds (两台含显示器, 4台其中海尔品牌三台), each item of a list; a model's figures name it (3匹立式冷暖空调1台:
    1台 only). Quoted names stay names (“两高三部”, “一长三包”, “30条”, “民营经济32条”)."""
    got = page_stats("经评估，“18车床一台”价值为8,000元，“浴巾300条”价值为9,000元，“羽毛画1幅”价值为400元，"
                     "“电脑两台含显示器”价值为6,000元，“3匹立式冷暖空调1台”价值为5,000元，“14.4V电起子2把”价值为300元，"
                     "“蒸汽房一个、冲浪设备一套”价值为5,000元，“空调4台其中海尔品牌三台”价值为7,737元。\n")
    assert [(s["value"], s["unit"], s["label"]) for s in got if s["unit"] != "元"] == [
        ("一", "台", "18车床"), ("300", "条", "浴巾"), ("1", "幅", "羽毛画"), ("两", "台", "电脑"),
        ("1", "台", "3匹立式冷暖空调"), ("2", "把", "14.4V电起子"), ("一", "个", "蒸汽房"), ("一", "套", "冲浪设备"),
        ("4", "台", "空调"), ("三", "台", "海尔品牌")]
    assert page_stats("落实“两高三部”意见，推行“一长三包”，制定“30条”和“民营经济32条”，全年办案5件。\n")[0]["value"] == "5"
    reel = page_stats("经评估，“三芯2.5平方护套线1盘”价值为300元，盘活存量资金3亿元。\n")
    assert [(s["value"], s["unit"], s["label"]) for s in reel] == [("1", "盘", "三芯2.5平方护套线"), ("300", "元", "三芯2.5平方护套线价值"),
                                                                   ("3", "亿元", "盘活存量资金")]


def test_points_said_higher_or_lower_horsepower_and_the_ten_nonferrous_metals() -> None:
    """缓刑适用率低21.34个百分点: a margin in points, down, of the rate named before it; 内燃机2000万马力: horsepower;
    十种有色金属108万吨: the indicator's name, its 十 no count."""
    got = page_stats("重刑适用率较其他刑事案件高16.36个百分点，缓刑适用率低21.34个百分点。\n")
    assert [(s["label"], s["kind"], s.get("direction")) for s in got] == [("重刑适用率", "change", "up"), ("缓刑适用率", "change", "down")]
    got = page_stats("钢产量3500万吨，十种有色金属108万吨，内燃机2000万马力。\n")
    assert [(s["value"], s["unit"], s["label"]) for s in got] == [("3500", "万吨", "钢产量"), ("108", "万吨", "十种有色金属"),
                                                                  ("2000", "万马力", "内燃机")]
    assert got[1]["label_en"] == "ten types of non-ferrous metals"


def test_a_year_inside_a_comparison_with_a_level_is_a_baseline() -> None:
    """比五年计划原定1957年3856亿斤的水平超过133亿斤: 1957 is the year of the level compared with, so it dates
    nothing; the figures after it keep the lead's year (DECISIONS 4)."""
    got = page_stats("1956年，粮食产量将要达到3989亿斤，比五年计划原定1957年3856亿斤的水平超过133亿斤；"
                     "棉花产量将要达到3556万担，比1955年增长17.1%。\n")
    assert {s["period"] for s in got} == {"1956"}


def test_a_rate_per_head_named_by_its_rate_and_a_copy_counted_after_its_measure_word() -> None:
    """万人起诉率183.24件/万人 is a named rate whatever its unit; 前后两份证言 counts the statements, 份 a pure
    measure word."""
    assert page_stats("全省万人起诉率183.24件/万人。\n")[0]["kind"] == "rate"
    assert page_stats("法院查清其出具前后两份证言。\n")[0]["label"] == "证言"


def test_a_grade_or_levels_before_the_noun_counted_and_a_page_field_after_a_figure() -> None:
    """283个A级以上景区、17个网红景点: the scenic spots of that grade; 42个国家和省级现代农业产业园: the parks, of both
    levels; …日均车流量370余万辆 编辑:蔡静: the editor's field of the page names nothing the figure counts."""
    assert page_stats("针对全市283个A级以上景区、17个网红景点制定方案。\n")[0]["label"] == "A级以上景区"
    assert page_stats("建成42个国家和省级现代农业产业园。\n")[0]["label"] == "现代农业产业园"
    assert page_stats("原标题:创新高!五一假期重庆道路日均车流量370余万辆 编辑:蔡静 校审:罗再芳\n")[0]["label"] != "编辑"


def test_a_weight_said_after_a_count_names_neither() -> None:
    """缴获毒品海洛因49块重约17150克: the blocks and their weight are both the heroin's; 重约 names nothing."""
    assert [s["label"] for s in page_stats("在南宁缴获毒品海洛因49块重约17150克。\n")] == ["南宁缴获毒品海洛因"] * 2


def test_things_a_verb_of_carrying_forward_counts_are_named_after_the_measure_word() -> None:
    """坚持标准推进30件民生实事, 落实10项惠企政策: what was advanced or carried out is counted by its measure word and
    named after it, not by the verb before."""
    assert page_stats("全省坚持标准推进30件民生实事。\n")[0]["label"] == "民生实事"
    assert page_stats("全区落实10项惠企政策。\n")[0]["label"] == "惠企政策"


def test_a_margin_under_a_mean_in_cases_is_a_change_of_the_rate_before() -> None:
    """万人起诉率183.24件/万人，较全国均值低35.79件: the second figure is how far the rate lies under the national
    mean, a change down of that rate, not a count of 较全国均值低."""
    got = page_stats("全省万人起诉率183.24件/万人，较全国均值低35.79件。\n")
    assert [(s["label"], s["kind"], s.get("direction")) for s in got][1] == ("全省万人起诉率", "change", "down")


def test_one_tenth_after_a_word_of_change_and_a_bare_rise_or_fall_before_a_share() -> None:
    """盗窃案同比减少一成: 一成 alone is a tenth after a word of change, share or bound (not 一成不变); 整體罪案減3.2%,
    騙案飆四成半: a bare 增/減 or 飆 before a share is the change, and names nothing."""
    got = page_stats("全市盗窃案同比减少一成，占近一成。坚持一成不变的做法。\n")
    assert [(s["value"], s["kind"], s.get("direction")) for s in got] == [("一成", "change", "down"), ("一成", "percent", None)]
    got = page_stats("整體罪案減3.2%，騙案飆四成半，全年增4485名。\n")
    assert [(s["label"], s["kind"], s.get("direction")) for s in got[:2]] == [("整體罪案", "change", "down"), ("騙案", "change", "up")]
    assert (got[2]["kind"], got[2].get("direction")) == ("count", None)  # 年增4485名: a count, not a change


def all_stats(text: str) -> list[dict]:
    """The statistics of every item of a page parsed whole."""
    return [s for a in parse_bytes(text.encode(), "a.txt")["articles"] for s in a["stats"]]


def test_a_reports_paired_cross_heads_keep_its_lead_and_a_paragraph_opening_as_of_a_year_leads() -> None:
    """A report that opens with its lead (2022年，全市法院…) and goes on under paired cross-heads (党建引领 政治铸魂 /
    建设高素质法院队伍) is one article: the lead's year reaches past them. 截至2018年12月，… opening a paragraph after
    the news event that announced the figures is their lead (DECISIONS 1, 2, 17); inside a case's paragraph it
    dates that sentence only."""
    page = ("2022年,全市法院坚持服务大局,各项工作实现新的发展进步。全市法院受理案件127220件,办结120848件。\n"
            "党建引领 政治铸魂\n建设高素质法院队伍\n"
            "完善学习机制。1名干警被评为全国法院政治工作先进个人。员额法官人均办案达221.74件。\n")
    assert [s["period"] for s in all_stats(page)] == ["2022"] * 4
    page = ("衡阳市检察院召开新闻发布会\n\n"
            "8日下午,衡阳市人民检察院召开公益诉讼专题新闻发布会,多家媒体参加本次新闻发布会。"
            "发布会上,该院负责同志通报了一年来公益诉讼工作开展情况。"
            "自2017年7月制度正式确立以来,衡阳市检察院全面推进公益诉讼工作。\n"
            "截至2018年12月,衡阳市检察院共办理公益诉讼案件477件。通过办理公益诉讼案件,督促清理危险废物316.98吨。\n")
    assert [s["period"] for s in page_stats(page)] == ["2018", "2018"]
    page = ("法院发布4件典型案例\n\n最高人民法院5日发布4件典型案例。\n"
            "被告人骗取医保基金。截至2020年底,医院虚报金额970余万元。法院判处被告人有期徒刑十三年。\n")
    assert [s["period"] for s in page_stats(page)][-1] is None


def test_a_penalty_after_its_length_growth_expected_and_a_count_before_a_count() -> None:
    """将对违法人员处以10日以下拘留: the detention's length; 经济增长预期为7％左右: expected growth, a rise;
    抓实12类70项任务清单: both figures count the task lists."""
    assert page_stats("第一次饮酒驾驶将对违法人员处以10日以下拘留。\n")[0]["label"] == "拘留"
    got = page_stats("今年的经济增长预期为7％左右。\n")[0]
    assert (got["kind"], got.get("direction")) == ("change", "up")
    assert [s["label"] for s in page_stats("全区抓实12类70项任务清单。\n")] == ["任务清单", "任务清单"]


def test_a_year_of_two_digits_is_no_length_of_years() -> None:
    """與94 年同期比較, 95年度, ，95 年嘉義市的治安: a year written with two digits (Taiwan's calendar), no statistic of
    94 or 95 years, nor part of a label; 再延长30年整市试点 keeps its thirty years."""
    got = page_stats("警方表示,95 年嘉義市的治安狀況良好,全般刑案發生7,915件,與94 年同期比較,發生減少579件。95年度破獲率73.5%。\n")
    assert [s["value"] for s in got] == ["7,915", "579", "73.5"]
    assert got[2]["label"] == "破獲率"
    assert page_stats("有序推进第二轮土地承包到期后再延长30年整市试点。\n")[0]["value"] == "30"


def test_a_month_compared_with_names_nothing_and_the_figure_before_is_compared() -> None:
    """本月全县共立电信网络诈骗案31起,环比今年2月份21起,上升47.62%: 2月份 is a date, and the baseline and the change are
    the fraud cases' (1、2月份全市查處… keeps no stray 1、)."""
    got = page_stats("本月全县共立电信网络诈骗案31起,环比今年2月份21起,上升47.62%。\n")
    assert [s["label"] for s in got] == ["全县共立电信网络诈骗案"] * 3
    assert page_stats("1、2月份全市查处酒驾醉驾交通违法行为291起。\n")[0]["label"] == "全市查处酒驾醉驾交通违法行为"


def test_a_review_that_opens_with_its_years_has_no_years_lead() -> None:
    """过去的五年，经济发展保持良好势头。1997年国内生产总值达到74772亿元…: a five-year review's first year dates its own
    sentence; the figures after it report on the five years (Y03, CB11)."""
    got = page_stats("过去的五年，经济发展保持良好势头。1997年国内生产总值达到74772亿元。农业增加值平均每年增长4.5%。\n")
    assert [s["period"] for s in got] == ["1997", None]


def test_a_margin_over_a_quoted_period_and_a_length_of_service_in_years_and_months() -> None:
    """年均增长5.5%，高于“十三五”时期1.2个百分点: a margin in points over the quoted plan period, a change up of that growth;
    在天津碱厂11年7个月工龄: both the years and the months are the length of service."""
    got = page_stats("地区生产总值年均增长5.5%，高于“十三五”时期1.2个百分点。\n")
    assert (got[1]["kind"], got[1].get("direction")) == ("change", "up")
    assert [s["label"] for s in page_stats("原告所称其除名前在天津碱厂11年7个月工龄。\n")] == ["工龄", "工龄"]


def test_an_estimate_before_a_change_verb_is_its_qualifier_and_is_printed() -> None:
    """一九五四年社会零售总额比一九五二年大约增长百分之四十一点七, 全国财政收入十年接近翻一番: the estimate is said before
    the verb; the figure is approximate, the card prints the words (大约增长…, 十年接近翻一番), and the English
    says 'nearly doubled'."""
    got = page_stats("一九五四年社会零售总额，比一九五二年大约增长百分之四十一点七。\n")[0]
    assert got["qualifier"] == "approx" and "大约增长" in printed(got).said
    got = page_stats("全国财政收入十年接近翻一番。\n")[0]
    assert (got["label"], got["qualifier"], printed(got).said) == ("全国财政收入", "approx", "十年接近翻一番")
    assert figure_en(got).startswith("nearly doubled")


def test_a_baseline_year_said_inside_its_comparison_dates_nothing() -> None:
    """与新冠疫情前的2019年战果相比分别下降82.4%: 2019 is what is compared with (DECISIONS 4); the lead's year holds."""
    got = page_stats("2022年，全市破获毒品案件100起，与新冠疫情前的2019年战果相比下降82.4%。\n")
    assert [s["period"] for s in got] == ["2022", "2022"]


def test_a_step_reached_is_no_machine_and_computing_power_in_petaflops() -> None:
    """地区生产总值迈上5万亿台阶: 台 of 台阶 is no unit (no five trillion machines); the money is said without 元, and
    the step is not the next figure's label; 智能算力达4800PF: computing power in petaflops."""
    got = page_stats("地区生产总值迈上5万亿台阶、五年增量超1.36万亿元。\n")
    assert [(s["value"], s["unit"], s["kind"], s["label"]) for s in got] == [
        ("5", "万亿", "amount", "地区生产总值"), ("1.36", "万亿元", "change", "地区生产总值")]  # 增量: a rise of it
    assert figure_en(got[1]) == "up more than CNY 1.36 trillion over five years"  # 五年增量: over five years, not one
    got = page_stats("智能算力达4800PF，超算算力达228PF，购置机床200台。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("4800", "PF"), ("228", "PF"), ("200", "台")]


def test_things_listed_before_a_comma_take_their_changes_said_against_last_year() -> None:
    """破获案件数、抓获作案成员数、追赃挽损数,同比去年分别上升46.1%、30.1%和15%: 同比去年 names nothing, so the clause
    before lists what rose, one each (not the figure before's 立案数)."""
    got = page_stats("11月立案数同比下降31.5%,破获案件数、抓获作案成员数、追赃挽损数,同比去年分别上升46.1%、30.1%和15%。\n")
    assert [s["label"] for s in got[1:]] == ["破获案件数", "抓获作案成员数", "追赃挽损数"]


def test_the_day_a_report_was_given_on_a_line_broken_before_its_session_dates_nothing() -> None:
    """——2022年1月9日在重庆市长寿区第十九届人民代表大会 / 第一次会议上: the day the report was given, though the line
    breaks before 第一次会议上, scopes none of the figures of a five-year review."""
    page = ("长寿区人民检察院工作报告\n——2022年1月9日在重庆市长寿区第十九届人民代表大会\n第一次会议上\n各位代表:\n"
            "过去五年工作回顾\n2017年以来,区人民检察院共批准逮捕1954人,提起公诉3508人。\n")
    assert [s["period"] for s in all_stats(page)] == [None, None]


def test_a_cut_said_once_before_a_list_cuts_each_item() -> None:
    """平均压减时间58%、材料52%: the materials were cut by 52% too (a change down, not a share of 52%); a share
    after a change (增长5%、占比30%) stays a share."""
    got = page_stats("平均压减时间58%、材料52%。\n")
    assert [(s["kind"], s.get("direction")) for s in got] == [("change", "down"), ("change", "down")]
    got = page_stats("企业收入增长5%、占比30%。\n")
    assert got[1]["kind"] == "percent"


def test_changes_said_with_fenbie_after_a_list_of_levels_are_theirs_in_order() -> None:
    """发生事故949起、死亡1030人、受伤361人，同比分别减少170起、126人、56人，分别下降15.19%、10.9%、13.43%: each change
    is the change of the level in its place (126人 the deaths', 13.43% the injuries'), a change down, not a count
    of 减少; shares listed before changes (占总数的11.77%、10.8%，同比分别下降30.6%、35.4%) are no such levels."""
    got = page_stats("2023年,全省发生各类生产安全事故949起、死亡1030人、受伤361人，同比分别减少170起、126人、56人，"
                     "分别下降15.19%、10.9%、13.43%。\n")
    assert [(s["value"], s["label"], s["kind"], s.get("direction")) for s in got[4:]] == [
        ("126", "死亡", "change", "down"), ("56", "受伤", "change", "down"), ("15.19", got[0]["label"], "change", "down"),
        ("10.9", "死亡", "change", "down"), ("13.43", "受伤", "change", "down")]
    got = page_stats("事故起数和死亡人数分别占总数的11.77%、10.8%，同比分别下降30.6%、35.4%。\n")
    assert [s["label"] for s in got[2:]] == ["事故起数", "死亡人数"]


def test_a_change_signed_in_brackets_after_what_changed_is_printed_with_its_sign() -> None:
    """襲警(-56.2百分點): a fall of 56.2 points of what the bracket follows, found and printed with its sign (-56.2百分點),
    as 增加19件(+8.11%) prints +8.11%."""
    got = page_stats("行劫 (-27.2百分点)，收案增加19件(+8.11%)。\n")
    assert [(s["value"], s["kind"], s.get("direction"), printed(s).said) for s in got] == [
        ("27.2", "change", "down", "-27.2百分点"), ("19", "change", "up", "增加19件"), ("8.11", "change", "up", "+8.11%")]


def test_as_of_said_with_zhi_dao_is_no_target_and_leads() -> None:
    """截止到2021年8月，全国检察机关共立案办理…: 截止到 dates the figures (DECISIONS 2) like 截至, no target year like 到2030年;
    the sentence leads the figures after it."""
    got = page_stats("截止到2021年8月,全国检察机关共立案办理公益诉讼案件506634件。共发出诉前检察建议408997件。\n")
    assert [s["period"] for s in got] == ["2021", "2021"]


def test_a_year_of_an_event_the_figures_run_from_is_no_period() -> None:
    """在2020年完成机构改制以来，受理仲裁案件11731件: the figures run from the event of 2020 (open-ended, like 2020年以来 and
    自2017年7月…开展以来), so no year dates them; a figure between the year and 以来 keeps the year."""
    got = page_stats("海南国际仲裁院在2020年完成机构改制以来,受理仲裁案件11731件,标的额289.2109亿元。\n")
    assert [s["period"] for s in got] == [None, None]
    got = page_stats("2018年扫黑除恶专项斗争开展以来,共打掉涉黑组织12个。\n")
    assert [s["period"] for s in got] == [None]
    got = page_stats("2023年全市法院受理案件3000件,审结2800件。\n")
    assert [s["period"] for s in got] == ["2023", "2023"]


def test_or_more_said_with_huo_is_a_bound_and_the_rise_after_it_a_change() -> None:
    """按年均錄得15%或以上的升幅: "15% or more", a rise at least that large; 10万元或以上的案件 selects cases, as 10万元以上
    does, and is no figure."""
    got = page_stats("該數字自2021年起按年均錄得15%或以上的升幅。\n")
    assert [(s["value"], s["qualifier"], s["kind"], s.get("direction")) for s in got] == [("15", "at_least", "change", "up")]
    got = page_stats("涉案金额10万元或以上的案件占20%。\n")
    assert [s["value"] for s in got] == ["20"]


def test_a_span_whose_first_year_goes_without_nian_is_no_part_of_a_label() -> None:
    """2017至2019年共审结危险驾驶犯罪案件212件: the span dates the figure and leaves 审结危险驾驶犯罪案件 (it was
    "2017至共审结…"); 至於 (as for) opens a topic and names nothing; a list's joint alone (和1,093人) is no name."""
    got = page_stats("2017至2019年共审结危险驾驶犯罪案件212件。2019-2020年共审结案件500件。\n")
    assert [(s["label"], s["period"]) for s in got] == [("审结危险驾驶犯罪案件", "2017-2019"), ("审结案件", "2019-2020")]
    got = page_stats("至於近年在囚人士數目則維持在八千多人。\n")
    assert got[0]["label"] == "近年在囚人士數目"
    got = page_stats("人数方面，去年有1153人，2023年则有1145人和1093人。\n")
    assert "和" not in [s["label"] for s in got]


def test_the_ranking_words_before_a_list_name_nothing() -> None:
    """前三位为质量问题(74829件)、…: "the top three are" opens the list; the first item is 质量问题."""
    got = page_stats("从投诉问题类别看,前三位为质量问题(74829件)、合同问题(55363件)和售后问题(43913件)。\n")
    assert [s["label"] for s in got] == ["质量问题", "合同问题", "售后问题"]


def test_growth_said_as_a_noun_after_its_size_makes_a_change() -> None:
    """营收保持20%以上增长, 利润保持10%左右的增长: a rise of at least 20%, of about 10%; 20%增长点 is no growth."""
    got = page_stats("产业营收保持20%以上增长，企业利润保持10%左右的增长，进口呈15%下降态势。占比20%增长点。\n")
    assert [(s["value"], s["kind"], s.get("direction"), s["qualifier"]) for s in got] == [
        ("20", "change", "up", "at_least"), ("10", "change", "up", "approx"), ("15", "change", "down", "exact"),
        ("20", "percent", None, "exact")]


def test_a_lead_phrase_before_a_dash_is_no_part_of_a_label() -> None:
    """参战城市之一——西双版纳警方共侦破各类毒品案件367起: what the dash follows names nothing counted; 1——10月收案数
    is the number of cases received (a span of months written with the dash)."""
    got = page_stats("作为参战城市之一——西双版纳警方共侦破各类毒品案件367起。\n")
    assert got[0]["label"] == "西双版纳警方共侦破各类毒品案件"
    got = page_stats("2020年1——10月收案数153件。\n")
    assert got[0]["label"] == "收案数"


def test_a_two_digit_year_compared_with_is_no_length_of_years() -> None:
    """若與94年比較: the year (ROC 94) compared with, no figure of 94 years; 与10年前相比 is a time before."""
    got = page_stats("若與94年比較,兒少保護案件則增加6.6個百分點。\n")
    assert [s["value"] for s in got] == ["6.6"]


def test_a_share_ranked_after_its_count_is_the_share_of_what_the_count_counts() -> None:
    """同居關係暴力5萬5445件占57.1%最多, 兒少保護案件2萬249件占20.8%次之: 最多 and 次之 rank the shares and name nothing;
    1月至11月 is a span of months, no part of a label."""
    got = page_stats("2023年1月至11月家暴通報案件中兒少保護案件2萬249件占20.8%次之。\n")
    assert [s["label"] for s in got] == ["家暴通報案件中兒少保護案件", "家暴通報案件中兒少保護案件"]


def test_a_list_of_two_bare_numbers_takes_the_measure_word_written_after_the_last() -> None:
    """分別有3084及2269張: both are counts of 張 (summonses), each of the thing listed in its place."""
    got = page_stats("已完成聆訊的檢控傳票及被定罪的傳票，分別有3084及2269張。\n")
    assert [(s["value"], s["label"]) for s in got] == [("3084", "已完成聆訊的檢控傳票"), ("2269", "被定罪的傳票")]


def test_a_relative_year_with_its_year_in_brackets_dates_its_figures() -> None:
    """高雄關去(114)年合計緝獲毒品46案: 去年 written with the year it is (ROC 114, 2025) dates the figures like 2025年;
    今（2025）年 the same in the western calendar."""
    got = page_stats("高雄關去(114)年合計緝獲毒品46案，總毛重達2685公斤。\n")
    assert [s["period"] for s in got] == ["2025", "2025"]
    got = page_stats("今（2025）年1至6月共受理案件300件。\n")
    assert [s["period"] for s in got] == ["2025"]


def test_counts_of_the_same_persons_are_told_apart_by_what_they_do() -> None:
    """全省有5121名律師擔任法律顧問,3614名律師擔任村(居)法律顧問…: each count of 律師 is named by the role its group
    takes (the noun alone would give every figure the same label)."""
    got = page_stats("全省有5121名律師擔任法律顧問,3614名律師擔任村(居)法律顧問,23名律師獲聘省市兩級人大常委會立法專家。\n")
    assert [s["label"] for s in got] == ["律師擔任法律顧問", "律師擔任村(居)法律顧問", "人大常委會立法專家"]


def test_a_year_said_with_xiangdui_is_a_baseline() -> None:
    """2024年提供1.77萬份法律指引，相對2019年的1.2萬份，已多出45%: 相對 (compared with) introduces the baseline; 2019 dates
    nothing, the baseline takes the label of the figure compared, and 多出 names no figure."""
    got = page_stats("2024年提供1.77萬份法律指引，相對2019年的1.2萬份，已多出45%。\n")
    assert [(s["label"], s["period"]) for s in got] == [("法律指引", "2024")] * 3


def test_a_year_with_a_multiple_right_after_it_is_the_baseline() -> None:
    """均超过2011年的1.3倍: 2011 is what the figures are multiples of, whatever verb stands before it; it dates neither
    the multiple nor the figures after it."""
    got = page_stats("全省共破获案件1200起，均超过2011年的1.3倍。其中涉案金额10万元以下的案件6303起。\n")
    assert [s["period"] for s in got] == [None, None, None]


def test_computing_power_and_battery_capacity_in_other_capitals() -> None:
    """算力规模突破160Eflops, 电池产能达55GWh: figures in units written in Latin letters, kept as written."""
    got = page_stats("全省算力规模突破160Eflops，新能源电池产能达55GWh。\n")
    assert [(s["value"], s["unit"], s["norm_unit"]) for s in got] == [("160", "Eflops", "Eflops"), ("55", "GWh", "GWh")]


def test_growth_said_with_chengzhang_and_a_taiwan_year_after_yu() -> None:
    """成長65%: a rise (as Taiwan writes growth), 成长课堂 no change; 法務部於102年頒布, 光是106年: years of Taiwan's calendar,
    no lengths of 102 and 106 years."""
    got = page_stats("受刑人從1015860人到1069026人，成長65%。开设亲子关系成长课堂1万期。\n")
    assert [(s["value"], s["kind"], s.get("direction")) for s in got][1:] == [("65", "change", "up"), ("1", "count", None)]
    got = page_stats("光是106年新入監的受刑人就有1萬1699人。法務部於102年頒布酒駕「三振條款」。\n")
    assert [(s["value"], s["period"]) for s in got] == [("1萬1699", "2017")]


def test_what_was_provided_or_held_so_many_times_follows_the_count() -> None:
    """委員會提供1,022次防貪建議, 舉辦187次防貪研討會: the times count the advice given (with its verb, as 提供防腐意见)
    and the seminars held, said after the count, not the committee that gave them."""
    got = page_stats("委員會提供1,022次防貪建議，並舉辦187次防貪研討會。\n")
    assert [s["label"] for s in got] == ["提供防貪建議", "防貪研討會"]


def test_litres_train_trips_and_deaths_counted_as_written() -> None:
    """檢獲9.6萬公升, 出入境火车7.4万列次, 高雄市25死: litres, train trips and deaths (Taiwan's papers count deaths
    so); 九死一生 and 死刑 are no such figures."""
    got = page_stats("檢獲9.6萬公升，出入境火车7.4万列次，高雄市25死。九死一生，判处死刑3人。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("9.6", "萬公升"), ("7.4", "万列次"), ("25", "死"), ("3", "人")]


def test_a_fall_restated_in_per_cent_after_a_pause_mark() -> None:
    """死亡人數比去年同期減少60人、20.5%: the same fall said in per cent, a change down of the deaths."""
    got = page_stats("死亡人數比去年同期減少60人、20.5%。\n")
    assert [(s["label"], s["kind"], s.get("direction")) for s in got] == [("死亡人數", "change", "down")] * 2


def test_a_start_the_sentence_closes_is_no_open_period() -> None:
    """自2021年1月起,截至5月31日: a span within 2021 that the same sentence closes, not 2021年起 open-ended."""
    got = page_stats("自2021年1月起,截至5月31日,江西警方破获电信诈骗案件5739起。\n")
    assert [s["period"] for s in got] == ["2021"]
    got = page_stats("自2021年1月起，全省破获案件300起。\n")
    assert [s["period"] for s in got] == [None]


def test_a_list_of_three_bare_changes_shares_the_points_written_after_the_last() -> None:
    """覆盖率…分别提高20.9、36.2、54个百分点: each of the three is a change in points, the first too (the unit
    written once, after the last of however many)."""
    got = page_stats("农村卫生户厕覆盖率、污水治理率、生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点。\n")
    assert [(s["value"], s["unit"], s["label"], s["kind"], s.get("direction")) for s in got] == [
        ("20.9", "个百分点", "农村卫生户厕覆盖率", "change", "up"), ("36.2", "个百分点", "污水治理率", "change", "up"),
        ("54", "个百分点", "生活垃圾处理设施覆盖率", "change", "up")]


def test_quarters_and_grades_are_units_and_the_first_months_of_a_year_a_period() -> None:
    """连续19个季度 is a length in quarters, 提升2个等级 a change in grades; 今年前三个月, 前两个季度 say the part of
    the year the figures are for (no length of time), while 提前3个月 is one."""
    got = page_stats("增速连续19个季度居全国前5位。水生生物完整性指数提升2个等级。\n")
    assert [(s["value"], s["unit"], s["kind"]) for s in got] == [("19", "个季度", "duration"), ("2", "个等级", "change")]
    got = page_stats("今年前三个月，收案1200件。前两个季度结案900件。项目提前3个月交付。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("1200", "件"), ("900", "件"), ("3", "个月")]


def test_a_text_that_separates_its_clauses_with_spaces_reads_each_space_as_a_comma() -> None:
    """A page run into one line, a headline with its subtitle: with no mark that ends a sentence, a space
    between two runs of characters parts two clauses (法规55件 连续5年…, 非選舉投訴 較前年減2%); a length of
    time before the space frames what follows (首府6个月 查处酒驾…), and where sentences end with 。 a space
    is the layout's."""
    got = page_stats("制定法规55件 连续5年开展普法宣传活动 全省监狱连续23年未发生重大监管案事件 连续29年实现生产安全\n")
    assert [(s["value"], s["label"]) for s in got] == [("55", "制定法规"), ("5", "开展普法宣传活动"), ("23", "全省监狱"),
                                                       ("29", "实现生产安全")]
    got = page_stats("非選舉投訴 較前年減2%\n")
    assert [(s["label"], s["kind"], s.get("direction")) for s in got] == [("非選舉投訴", "change", "down")]
    got = page_stats("首府6个月 查处酒驾1832起\n")
    assert [s["value"] for s in got] == ["1832"]
    got = page_stats("全年火灾造成直接 经济损失2896万元。\n")
    assert [s["label"] for s in got] == ["火灾造成直接 经济损失"]


def test_trains_run_are_counted_and_a_data_release_dates_its_headline() -> None:
    """开行6037列, 累计开行1.7万列: trains run (列 after 开行 only: 位列, 列入 count nothing); a headline on 2025年全年
    工作数据 released at a 2026 press meeting reports on 2025."""
    from reportgen.extract.periods import heading_period

    got = page_stats("中欧班列累计开行1.7万列。位列全国第3，列入计划。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("1.7", "万列")]
    assert heading_period("消防局举办2025年全年工作数据发布及2026年传媒座谈会") == "2025"
    assert heading_period("2024年工作回顾及2025年工作计划") == "2024"


def test_a_space_inside_a_quoted_name_parts_no_clauses() -> None:
    """开展“送法进军营 普法暖军心”系列活动185场: the space is the campaign name's own, in a text that separates
    its clauses with spaces or not."""
    got = page_stats("开展“送法进军营 普法暖军心”系列活动185场 受教育群众1万人\n")
    assert [s["label"] for s in got][0] == "开展“送法进军营 普法暖军心”系列活动"


def test_a_range_said_roughly_is_about_so_many() -> None:
    """約2000至3000件, 7000-8000万元左右: about 2,000 to 3,000 (a range with 约 or 左右 is approximate); 11至20人
    stays a plain range."""
    got = page_stats("协调处理的案件约2000至3000件，收费7000-8000万元左右，处理11至20人。\n")
    assert [(s["value"], s["qualifier"]) for s in got] == [("2000至3000", "approx"), ("7000-8000", "approx"),
                                                            ("11至20", "range")]
    assert figure_en(got[0]) == "about 2,000–3,000 cases"


def test_a_fiscal_year_and_taiwan_year_spans_date_their_figures() -> None:
    """2017/2018年度 is the fiscal year 2017-2018 (no part of the label), 較對上年度 a comparison that cancels
    nothing; 108年至114年 a span of Taiwan's years, and 其中114年達 a year's part of its total; three figures after a
    span of two years are no one figure a year."""
    got = page_stats("2017/2018年度法援費用支出高達6.92億元，較對上年度微跌4%，但對比此前3個年度，則分別大升21.3%、22.1%"
                     "及21.9%。\n")
    assert [(s["label"], s["period"]) for s in got][:2] == [("法援費用支出", "2017-2018")] * 2
    assert {s["period"] for s in got[3:]} == {"2017-2018"}
    got = page_stats("統計顯示，108年至114年消費申訴案件總計達10萬3523件，其中114年達1萬6431件。\n")
    assert [(s["label"], s["period"]) for s in got] == [("消費申訴案件", "2019-2025"), ("消費申訴案件", "2025")]


def test_a_trend_said_before_its_levels_names_them() -> None:
    """结案率逐年攀升，由2019年的68%，上升至2023年93.45%: both levels are the clearance rate (a rate); 比重持续升高，
    由2019年技术类案件比重10.47%，攀升至2023年21.15%: the level reached is the same share."""
    got = page_stats("法庭履职五年来,结案率逐年攀升,由2019年的68%,上升至2023年93.45%。\n")
    assert [(s["label"], s["kind"]) for s in got] == [("结案率", "rate")] * 2
    got = page_stats("技术类案件比重持续升高,由2019年技术类案件比重10.47%,攀升至2023年21.15%。\n")
    assert [s["label"] for s in got] == ["技术类案件比重"] * 2


def test_a_change_named_by_its_noun_after_a_comparison_is_a_change() -> None:
    """同比增幅为63%, 2018年较2017年增幅为63%: 增幅 names the change (下降为533件 is still the level reached);
    按月跌幅 is Hong Kong's month-on-month fall, and 有3 842宗 after it counts what fell."""
    got = page_stats("案件数量同比增幅为63%，收案同比下降为533件。\n")
    assert [(s["value"], s["kind"]) for s in got] == [("63", "change"), ("533", "count")]
    got = page_stats("低收入類別個案的按月跌幅為1.7%，有3842宗。\n")
    assert [(s["label"], s["kind"], s.get("comparison")) for s in got] == [
        ("低收入類別個案", "change", "mom"), ("低收入類別個案", "count", None)]


def test_batches_count_the_food_after_them_and_degrees_are_a_unit() -> None:
    """检出2批次不合格食品: the batches are of substandard food (抽检220批次 counts the sampling); 由18℃提高到20℃:
    degrees Celsius."""
    got = page_stats("在海西地区抽检19批次，检出2批次不合格食品。供热标准由18℃提高到20℃。\n")
    assert [(s["value"], s["unit"], s["label"]) for s in got] == [
        ("19", "批次", "海西地区抽检"), ("2", "批次", "不合格食品"), ("18", "℃", "供热标准"), ("20", "℃", "供热标准")]


def test_a_count_in_brackets_after_a_change_is_the_figure_compared_with() -> None:
    """較二○二一年上升6.7%(即29 157宗), 與二○二一年相比(即33 891宗): the count restated in brackets is the figure of
    the year compared with, of what the sentence counts; 中欧班列超过7.4万列 counts trains."""
    got = page_stats("消防處去年共接獲31111宗樓宇火警召喚，較2021年上升6.7%(即29157宗)。\n")
    assert [(s["value"], s["label"], s["kind"]) for s in got] == [
        ("31111", "接獲樓宇火警召喚", "count"), ("6.7", "接獲樓宇火警召喚", "change"), ("29157", "接獲樓宇火警召喚", "count")]
    got = page_stats("始发中欧（亚）班列超过7.4万列。\n")
    assert [(s["value"], s["unit"], s["qualifier"]) for s in got] == [("7.4", "万列", "at_least")]


def test_a_taiwan_year_opening_a_clause_dates_what_follows_it() -> None:
    """105年勞資爭議案件計25,587件: a year of three digits opening a clause, the noun it dates right after it, is
    Taiwan's 2016 (no length of 105 years); 與104年比較 compares; 100年来 and 100年的历史 stay lengths of time; a share
    said to rank (占10.1%居第三) is of what was counted before it."""
    got = page_stats("勞工新聞\n\n105年勞資爭議案件計25,587件，較104年增加2,383件。與104年比較，「支援服務業」2,591件，占10.1%居第三。\n")
    assert [(s["value"], s["period"]) for s in got] == [("25,587", "2016"), ("2,383", "2016"), ("2,591", "2016"),
                                                        ("10.1", "2016")]
    assert got[3]["label"] == "「支援服務業」"
    got = page_stats("建校110年来，该店已有100年的历史。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("100", "年")]


def test_the_toll_that_grades_an_accident_is_no_figure() -> None:
    """一次死亡3人以上较大道路交通事故: the deaths that make an accident 较大 select the accidents counted; no figure of
    3 or more deaths is reported (事故造成3人死亡 is one)."""
    got = page_stats("全省发生一次死亡3人以上道路交通事故5起，未发生一次死亡10人以上特大道路交通事故。事故造成3人死亡。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("5", "起"), ("3", "人")]


def test_a_taiwan_city_page_counts_in_nt_dollars_grams_and_guns() -> None:
    """臺中市警察局…查扣2億7,859萬元, 市值5千萬豪宅: a page of a Taiwan city's police is in NT dollars (the English
    says TWD, never CNY), a worth said before a bare scale is money; 6千公克 are grams and 槍枝16枝 guns."""
    page = "臺中市政府警察局統計，本月查扣不法所得2億7,859萬元，扣押市值5千萬豪宅，查獲毒品近6千公克，查扣槍枝16枝。\n"
    got = page_stats(page)
    assert [(s["value"], s["unit"], s["kind"], s.get("currency")) for s in got] == [
        ("2億7,859萬", "元", "amount", "新台币"), ("5", "千萬", "amount", "新台币"), ("6", "千公克", "count", None),
        ("16", "枝", "count", None)]
    assert figure_en(got[0]) == "TWD 278.59 million"


def test_a_margin_below_a_baseline_value_and_the_group_with_the_most() -> None:
    """比上年同期847件少297件, 比2017年少超過一半: the margin below the figure compared is a fall; 以越南最多有42230人
    says which group has the most, no bound on the figure (最多罚款5万元 is one)."""
    got = page_stats("受理信访举报403件，比上年同期847件少297件。\n")
    assert [(s["value"], s["kind"], s.get("direction")) for s in got] == [
        ("403", "count", None), ("847", "count", None), ("297", "change", "down")]
    got = page_stats("失联移工中以越南最多有42230人，印尼26479人。最多罚款5万元。\n")
    assert [(s["value"], s["qualifier"]) for s in got] == [("42230", "exact"), ("26479", "exact"), ("5", "at_most")]


def test_a_net_rise_in_what_is_named_after_it_is_a_change() -> None:
    """净增经营主体34.6万家、企业14万家: 净增 before what rose makes both a rise; 净增…155万户、总量达474万户: the total
    reached is a level; 新增经营主体30万户 counts what is new."""
    got = page_stats("全年净增经营主体34.6万家、企业14万家。净增各类经营主体155万户、总量达474万户。新增经营主体30万户。\n")
    assert [(s["value"], s["kind"]) for s in got] == [("34.6", "change"), ("14", "change"), ("155", "change"),
                                                      ("474", "count"), ("30", "count")]


def test_a_phase_is_no_count_and_visits_and_teu_are_units() -> None:
    """上海产业转型升级二期基金, 益阳电厂三期: the phase of a fund or a plant, no count (共举办三期培训班 is one);
    检查经营单位1218家次 counts visits, 集装箱吞吐量5506.3万标准箱 TEU."""
    got = page_stats("设立上海产业转型升级二期基金，共举办三期培训班。检查经营单位1218家次，集装箱吞吐量达到5506.3万标准箱。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("三", "期"), ("1218", "家次"), ("5506.3", "万标准箱")]
    assert figure_en(got[2]) == "55,063,000 TEU"


def test_what_firms_did_is_what_they_are_counted_by() -> None:
    """3家企业主板上市, 责令1104家生产经营单位停产整顿: a head noun (企业, 单位, 项目) with what the firms did after
    it is labelled with both; 3920个新投产项目增加产值…: the measure after is the next figure's, 项目要加快建设 a plan,
    and a bare two-character verb (项目落地) adds nothing."""
    got = page_stats("组建13家企业创新联合体，3家企业主板上市。责令1104家生产经营单位停产整顿。\n")
    assert [s["label"] for s in got] == ["企业创新联合体", "企业主板上市", "生产经营单位停产整顿"]
    got = page_stats("3920个新投产项目增加产值820亿元。57个项目要加快建设。20个央陕合作项目落地。\n")
    assert [s["label"] for s in got][:1] + [s["label"] for s in got][2:] == ["新投产项目", "项目", "央陕合作项目"]


def test_a_baseline_said_with_its_verb_and_a_total_said_with_gong() -> None:
    """比上年同期查获674.62吨增加2036.34吨: the figure compared with, said with the verb again, and the change are of
    what the clause counts; 图斑330个,共211宗地: a bare 共 total is of the figure before; 不可降解塑料袋 and 降水 name
    things (no fall); 250立方 is cubic metres."""
    got = page_stats("查获涉案烟叶、烟丝2710.96吨，比上年同期查获674.62吨增加2036.34吨。疑似违法用地图斑330个，共211宗地。"
                     "清理废弃石材250立方，销毁不可降解塑料袋26.8万个。\n")
    assert [(s["value"], s["unit"], s["kind"], s["label"]) for s in got] == [
        ("2710.96", "吨", "count", "查获涉案烟叶、烟丝"), ("674.62", "吨", "count", "查获涉案烟叶、烟丝"),
        ("2036.34", "吨", "change", "查获涉案烟叶、烟丝"), ("330", "个", "count", "疑似违法用地图斑"),
        ("211", "宗", "count", "疑似违法用地图斑"), ("250", "立方", "count", "清理废弃石材"),
        ("26.8", "万个", "count", "销毁不可降解塑料袋")]
    assert figure_en(got[5]) == "250 m³"


def test_the_size_that_selects_the_industries_counted_is_no_figure() -> None:
    """8个产业规模超千亿元: the bound selects the industries counted, like 有6个市收案超过500件."""
    got = page_stats("8个产业规模超千亿元，服务业增加值增长5%。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("8", "个"), ("5", "%")]


def test_a_start_closed_in_the_same_sentence_dates_its_figures() -> None:
    """自2026年1月1日起至2月9日止: a span within 2026, not an open start; 自2020年起至今 stays open."""
    got = page_stats("根据县警局统计，自2026年1月1日起至2月9日止，警方共侦破诈欺集团2件、逮捕30人。\n")
    assert [(s["value"], s["period"]) for s in got] == [("2", "2026"), ("30", "2026")]
    got = page_stats("自2020年起至今，警方共侦破诈欺集团2件。\n")
    assert [(s["value"], s["period"]) for s in got] == [("2", None)]


def test_a_cap_holds_for_the_figure_it_was_raised_to_and_the_penalty_beside_it() -> None:
    """最高罚款由50万元增至300万元, 最高罚则为罚款1,000万元及监禁两年: both at most (up to 2 years, no time limit);
    已接近…人数的百分之五十: about half; 十五日内向人民法院起诉: the deadline of suing."""
    got = page_stats("最高罚款由50万元增至300万元，最高罚则为罚款1,000万元及监禁两年。在校学生已接近高中阶段学生人数的百分之五十。"
                     "当事人可以在接到裁决书之日起十五日内向人民法院起诉。\n")
    assert [(s["value"], s["qualifier"]) for s in got] == [
        ("50", "at_most"), ("300", "at_most"), ("1,000", "at_most"), ("两", "at_most"), ("百分之五十", "approx"),
        ("十五", "at_most")]
    assert figure_en(got[3]) == "up to 2 years"
    assert got[5]["label"] == "向人民法院起诉"


def test_per_mille_points_the_three_sectors_and_seven_seaters() -> None:
    """出生率下降5个千分点: a fall in per-mille points; 三次产业结构: the three sectors, no count; 过境七人车: a
    seven-seater, no count of people; 在…减少数量中占54.5%: a share, no fall; 「兰城靖安」专案: the campaign's name."""
    got = page_stats("出生率下降5个千分点，三次产业结构调整优化。特别是过境七人车。在全年各类较大事故总数减少数量中占54.5%。"
                     "展开为期8天的「兰城靖安」专案。\n")
    assert [(s["value"], s["unit"], s["kind"], s.get("direction")) for s in got] == [
        ("5", "个千分点", "change", "down"), ("54.5", "%", "percent", None), ("8", "天", "duration", None)]
    assert figure_en(got[0]) == "down 5 per-mille points"
    assert got[2]["label"] == "「兰城靖安」专案"


def test_the_level_a_change_left_is_of_what_changed() -> None:
    """相反陆路走私案件则较2009年的104宗下跌16%，共87宗: the total after the change is of what changed (and 相反
    names nothing)."""
    got = page_stats("相反陆路走私案件则较2009年的104宗下跌16%，共87宗。\n")
    assert [(s["value"], s["label"]) for s in got] == [("104", "陆路走私案件"), ("16", "陆路走私案件"), ("87", "陆路走私案件")]


def test_changes_listed_after_one_verb_are_the_changes_of_the_levels_before_them() -> None:
    """发生事故38起，死亡47人，同比增加2起、4人，上升5.6%、9.3%: without 分别 the run still pairs one by one with
    the levels in their units (and the counted word may follow the level's unit); 建筑业共发生38起事故 keeps the
    trade."""
    got = page_stats("建筑业共发生38起事故，死亡47人，同比增加2起、4人，上升5.6%、9.3%。\n")
    assert [(s["value"], s["kind"], s.get("direction"), s["label"]) for s in got[2:]] == [
        ("2", "change", "up", "建筑业发生事故"), ("4", "change", "up", "死亡"),
        ("5.6", "change", "up", "建筑业发生事故"), ("9.3", "change", "up", "死亡")]
    assert got[0]["label"] == "建筑业发生事故"  # the trade it befell stays with what happened


def test_a_deadline_at_a_years_end_dates_its_figures() -> None:
    """计划在一九八五年底前建成投产八千万吨: the year aimed at (2010年以前 stays open-ended)."""
    got = page_stats("计划在一九八五年底前建成投产八千万吨。2010年以前共建成12座水库。\n")
    assert [(s["value"], s["period"]) for s in got] == [("八千万", "1985"), ("12", None)]


def test_the_date_a_piece_on_several_years_reaches_dates_its_figures() -> None:
    """通报履职三年来…情况 … 截至2022年3月，三年共受理…: the date reached is the lead (DECISIONS 2), carried on."""
    got = page_stats("三中院召开新闻发布会\n\n9月21日，三中院举行新闻发布会，通报履职三年来金融审判总体情况。"
                     "截至2022年3月，三年共受理金融商事案件1922件。其中，一审案件审结574件。\n")
    assert [(s["value"], s["period"]) for s in got] == [("1922", "2022"), ("574", "2022")]


def test_a_change_named_only_by_its_verb_or_by_the_figure_just_given_takes_what_changed() -> None:
    """年升4.8% (a Hong Kong headline), 數字比2024年少29%, 減少比率約3成, 平均每年增长2.2%的速度: each is a change of the
    thing counted before it, not of 年升, 數字, 減少比率 or 速度."""
    got = page_stats("去年火警召喚37828宗 年升4.8%\n\n海關去年錄得961宗毒品案，數字比2024年少29%。近5年酒駕案件收案26萬8920件，"
                     "5年內減少1萬9694件，減少比率約3成。居民的平均消费水平平均每年增长２．２％的速度。\n")
    assert [(s["value"], s["label"]) for s in got if s["kind"] == "change"] == [
        ("4.8", "火警召喚"), ("29", "毒品案"), ("1萬9694", "酒駕案件收案"), ("3成", "酒駕案件收案"),
        ("２．２", "居民的平均消费水平")]


def test_economic_growth_said_right_before_its_figure_is_a_rise() -> None:
    """去年经济增长8.8%, 今年经济增长5%左右: the growth reached or aimed at (对经济增长贡献率达到60% stays a rate)."""
    got = page_stats("去年经济增长8.8%。今年经济增长5%左右。对经济增长贡献率达到60%。\n")
    assert [(s["value"], s["kind"], s.get("direction")) for s in got] == [
        ("8.8", "change", "up"), ("5", "change", "up"), ("60", "rate", None)]


def test_a_rate_named_before_a_bracket_holding_its_figure_and_rank_is_a_rate() -> None:
    """結案率(98.16%，1)、上訴率(4.51%,1): the bracket holds the rate and its rank."""
    got = page_stats("各項指標：結案率(98.16%，1)、上訴率(4.51%,1)。\n")
    assert [(s["value"], s["kind"], s["label"]) for s in got] == [("98.16", "rate", "結案率"), ("4.51", "rate", "上訴率")]


def test_a_taiwan_countys_year_the_number_of_what_the_clause_before_names_and_the_currency_before_a_figure() -> None:
    """屏東縣114年…破獲詐欺案件2,903件: ROC year 114 (2025) after the county it dates; 潛在被害金額達新臺幣5,110萬元: the
    currency is no part of the name; 相較於113年196萬: the baseline of that amount; 成長25倍: a rise; 不超過30天的
    個人遊旅客，人數達到2,880人: the number is of the tourists."""
    got = page_stats("屏東縣114年打詐成果亮眼，破獲詐欺案件2,903件。潛在被害金額達新臺幣5,110萬元，相較於113年196萬，更是成長25倍。"
                     "不超過30天的個人遊旅客，人數達到2,880人。\n")
    by_value = {s["value"]: s for s in got}
    assert "114" not in by_value and by_value["2,903"]["period"] == "2025"
    assert by_value["5,110"]["label"] == "潛在被害金額"
    assert by_value["196"]["label"] == "潛在被害金額"
    assert (by_value["25"]["kind"], by_value["25"]["direction"]) == ("change", "up")
    assert by_value["2,880"]["label"] == "個人遊旅客"


def test_although_names_nothing_and_persons_are_counted_as_the_people_they_are() -> None:
    """雖然較去年同期少37宗: the fall is of the scams just counted; 641名持行街紙的非華裔人士: the persons, not the paper
    they hold."""
    got = page_stats("商務電郵騙案有452宗，雖然較去年同期少37宗。今年上半年有641名持行街紙的非華裔人士被捕。\n")
    assert [(s["value"], s["label"]) for s in got] == [("452", "商務電郵騙案"), ("37", "商務電郵騙案"), ("641", "非華裔人士")]


def test_a_baseline_after_a_year_in_brackets_is_of_what_it_is_compared_with() -> None:
    """較去(2020)年同期747人增加2,336人，升幅達到3.12倍: Macau's bracketed year; all three are of the overstayers."""
    got = page_stats("逾期逗留人數有3,083人，較去(2020)年同期747人增加2,336人，升幅達到3.12倍。\n")
    assert [s["label"] for s in got] == ["逾期逗留人數"] * 4


def test_a_level_planned_for_what_was_just_counted_takes_its_name() -> None:
    """国家已经组织了57户企业集团试点，今年要扩大到120户: the pilot groups, not 要扩大."""
    got = page_stats("国家已经组织了57户企业集团试点，今年要扩大到120户。\n")
    assert [(s["value"], s["label"]) for s in got] == [("57", "企业集团试点"), ("120", "企业集团试点")]


def test_an_increment_is_a_rise_of_what_was_counted_and_a_cap_reaches_past_the_currency() -> None:
    """汽车保有量达3.19亿辆，年均增量超过2000万辆: a rise of the vehicles; 最高可獲得獎勵金新臺幣1萬元: up to; 7组次."""
    got = page_stats("汽车保有量达3.19亿辆，年均增量超过2000万辆。檢舉人最高可獲得獎勵金新臺幣1萬元。开展飞检7组次。\n")
    assert [(s["value"], s["label"], s["qualifier"], s["kind"], s.get("direction"), s["unit"]) for s in got][1:] == [
        ("2000", "汽车保有量", "at_least", "change", "up", "万辆"),
        ("1", "檢舉人最高可獲得獎勵金", "at_most", "amount", None, "萬元"),
        ("7", "开展飞检", "exact", "count", None, "组次")]


def test_a_rate_kept_at_a_level_is_still_a_rate() -> None:
    """近3年協商不成立率維持5成以上: 維持 only says it stayed there."""
    got = page_stats("近3年協商不成立率維持5成以上。\n")
    assert [(s["label"], s["kind"], s["qualifier"]) for s in got] == [("協商不成立率", "rate", "at_least")]


def test_a_horizon_named_with_a_year_reports_on_no_year() -> None:
    """部署启动面向2030年的科技创新重大项目，新设6个国家自主创新示范区: 2030 is the projects' horizon, not the year
    of the figures after it."""
    got = page_stats("部署启动面向2030年的科技创新重大项目，新设6个国家自主创新示范区。技术交易额超过1万亿元。\n")
    assert [(s["value"], s["period"]) for s in got] == [("6", None), ("1", None)]


def test_a_flattened_table_row_dates_its_cells_and_reads_its_signed_change() -> None:
    """08年:78,469宗 07年:80,796宗 增減幅度:-2.9%: two-digit years head their cells (not lengths of 8 and 7 years),
    and the signed change is read; 约占全省的四分之一 is about; 压降幅度达到72.22% is of what fell."""
    got = page_stats("罪案分類:整體罪案\n08年:78,469宗 07年:80,796宗 增減幅度:-2.9%\n\n哈尔滨市约占全省的四分之一。"
                     "未结破产案件1200件，压降幅度达到72.22%。\n")
    rows = [(s["value"], s["period"], s["kind"], s.get("direction"), s["qualifier"]) for s in got]
    assert rows[:3] == [("78,469", "2008", "count", None, "exact"), ("80,796", "2007", "count", None, "exact"),
                        ("2.9", "2007", "change", "down", "exact")]
    assert all("年" not in s["label"] and "宗" not in s["label"] for s in got[:3])  # no 08年, no 469宗 07年
    assert rows[3][4] == "approx" and got[-1]["label"] == "未结破产案件"


def test_a_rise_restated_as_a_multiple_and_cases_of_an_aspect() -> None:
    """同比上升1126.1%(11倍): the bracket restates the rise; 於打擊私煙案件方面，…共有21 284宗案件: the cases are of that
    work, not cases at large."""
    got = page_stats("夜间乱用远光灯查处1.2万起，同比上升1126.1%(11倍)。於打擊私煙案件方面，二○二四年共有21 284宗案件。\n")
    assert [(s["value"], s["kind"], s.get("direction"), s["label"]) for s in got] == [
        ("1.2", "count", None, "夜间乱用远光灯查处"), ("1126.1", "change", "up", "夜间乱用远光灯查处"),
        ("11", "change", "up", "夜间乱用远光灯查处"), ("21 284", "count", None, "打擊私煙案件")]


def test_a_report_of_a_year_presented_leads_past_a_caption_printed_twice() -> None:
    """昨日發表2022年工作報告 dates what follows, though a count stands before it in its sentence; a photo's caption
    printed twice and its credit (資料圖片) are not sentences the lead is looked past."""
    caption = "◆廉署去年共接獲1,835宗與選舉無關的貪污投訴,按年減少19%。 資料圖片\n"
    got = page_stats("廉署去年接1835宗投訴\n\n" + caption + caption
                     + "\n香港文匯報訊(記者 蕭景源)負責監察廉政公署工作的四個獨立諮詢委員會,昨日發表2022年工作報告,"
                       "向行政長官匯報各委員會過去一年工作。\n\n執法方面，委員會聽取共26宗已完成調查的重大案件報告。\n")
    assert [(s["value"], s["period"]) for s in got][-2:] == [("四", None), ("26", "2022")]


def test_a_start_closed_in_its_sentence_is_a_lead_not_an_event() -> None:
    """自2026年1月1日起至2月9日止，警方…成果豐碩: the span reported on (its year leads), not a day something happened."""
    got = page_stats("宜兰县警方春节治安成果\n\n根据宜兰县警局统计，自2026年1月1日起至2月9日止，警方在打击各类犯罪上成果丰硕。"
                     "在诈欺犯罪方面，共侦破诈欺集团2件、逮捕30人。\n")
    assert [(s["value"], s["period"]) for s in got] == [("2", "2026"), ("30", "2026")]


def test_a_year_so_far_is_that_year_not_cancelled() -> None:
    """今(114)年截至目前，查獲…1萬3,811公斤: the year up to now (Taiwan's 2025); 目前 closes it, it does not cancel it.
    2020年至今 stays open-ended."""
    got = page_stats("海巡署緝毒成果\n\n海巡署宣布，今(114)年截至目前，查獲各級毒品總數高達1萬3,811公斤。\n")
    assert [(s["value"], s["period"]) for s in got] == [("1萬3,811", "2025")]
    assert [s["period"] for s in page_stats("全市办案情况\n\n2020年至今，全市共办理案件300件。\n")] == [None]


def test_changes_of_things_named_before_the_verb_in_their_own_units() -> None:
    """同比事故起数、死亡人数减少4起、16人，下降13.3%、34.0%: each change is of the thing named in its place (16人 is
    a fall of deaths, not a count), and the per cents after it are of the same things again."""
    got = page_stats("1-9月份，全市发生各类生产安全事故26起、死亡31人、受伤17人，同比事故起数、死亡人数减少4起、16人，"
                     "下降13.3%、34.0%，受伤人数增加8人。\n")
    assert [(s["value"], s["kind"], s.get("direction"), s["label"]) for s in got[3:7]] == [
        ("4", "change", "down", "事故起数"), ("16", "change", "down", "死亡人数"),
        ("13.3", "change", "down", "事故起数"), ("34.0", "change", "down", "死亡人数")]


def test_passenger_and_freight_turnover_units() -> None:
    """三百二十亿人公里, 五十七亿五千万吨海里: turnover in passenger-km and tonne-nautical miles, not persons or tonnes."""
    got = page_stats("旅客周转量将达到三百二十亿人公里，沿海货物周转量将达到五十七亿五千万吨海里。\n")
    assert [(s["norm"], s["norm_unit"]) for s in got] == [(32_000_000_000, "人公里"), (5_750_000_000, "吨海里")]


def test_a_count_said_with_ji_after_what_it_counts() -> None:
    """主要违法态样…，工资未全额给付，计23家（14.46％）: 计 says the total of the clause before it."""
    got = page_stats("主要违法态样前5名分别为，工资未全额给付，计23家（14.46％）；延长劳工工时超过法令规定，计14家（8.8％）。\n")
    assert [(s["value"], s["label"]) for s in got][::2] == [("23", "工资未全额给付"), ("14", "延长劳工工时超过法令规定")]


def test_years_a_line_each_head_the_columns_of_a_spaced_table() -> None:
    """1997 / 1998 / 1999 over rows like 火 警 召 喚   35 543   37 846   43 564: each cell is of its column's year, and
    a name spaced out letter by letter (服 務 (召 喚 次 數), 救 護 車 召 喚) names no column."""
    got = page_stats("消 防 事 務 統 計 數 字\n\n1997\n1998\n1999\n\n服 務 (召 喚 次 數)\n"
                     "   火 警 召 喚   35 543   37 846   43 564\n   特 別 服 務 召 喚   20 899   20 813   21 035\n"
                     "   救 護 車 召 喚\n      緊 急   367 064   394 493   421 146\n      急 切   67 574   69 250   63 071\n")
    assert [s["period"] for s in got] == ["1997", "1998", "1999"] * 4
    assert all("召" not in s["label"].split("（")[-1] and "車" not in s["label"] for s in got)


def test_figures_of_a_portuguese_sentence_in_a_bilingual_paragraph_are_not_read() -> None:
    """A Macau report runs Chinese and Portuguese in one paragraph: 較2015年微升約5.03% is a figure, …houve uma
    ligeira subida de 5.03% is its translation, and …do ano 2016 本局… no count of books."""
    got = page_stats("2016年全年本局共處理罪案10,549宗,較2015年微升約5.03%。 Situação das operações de combate do ano 2016 "
                     "本局一直致力維護本澳治安環境穩定。 Em 2016, houve uma ligeira subida de 5.03% comparativamente ao ano de 2015.\n")
    assert [s["value"] for s in got] == ["10,549", "5.03"]


def test_double_digit_growth_and_two_wheelers_are_no_counts() -> None:
    """两位数增长 is double-digit growth (no count of two places); 二轮摩托车 names a kind of vehicle (no two rounds);
    完成两轮巡察 counts rounds."""
    got = page_stats("全年保持两位数增长，二轮摩托车事故下降10%，完成两轮巡察。\n")
    assert [(s["value"], s["unit"]) for s in got] == [("10", "%"), ("两", "轮")]


def test_ranked_changes_and_counts_keep_their_kind_and_unit() -> None:
    """以高雄市減少38人最多，台中市減少16人次之: changes (最多 and 次之 rank them; 次之 is no 人次, and no label);
    非禮案大增300宗: a sharp rise."""
    got = page_stats("酒駕死亡人數以高雄市減少38人最多，台中市減少16人次之。非禮案大增300宗。林園64件次之。\n")
    assert [(s["value"], s["unit"], s["kind"], s.get("direction")) for s in got] == [
        ("38", "人", "change", "down"), ("16", "人", "change", "down"), ("300", "宗", "change", "up"),
        ("64", "件", "count", None)]
    assert all(s["label"] not in ("次之", "最多") for s in got)


def test_baselines_in_brackets_pair_with_the_levels_by_unit() -> None:
    """受理詐欺件數計210件、財損4272萬元，較去年同期(247件、1億627萬餘元)減少37件(減幅達15％): each baseline is of the
    level in its unit, and the fall in per cent is the fall of the cases."""
    got = page_stats("該縣今年10月份受理詐欺件數計210件、財損4272萬元，較去年同期(247件、1億627萬餘元)減少37件(減幅達15％)、"
                     "金額減少6355萬元。\n")
    assert [(s["value"], s["label"]) for s in got][:5] == [
        ("210", "受理詐欺件數"), ("4272", "財損"), ("247", "受理詐欺件數"), ("1億627萬", "財損"), ("37", "受理詐欺件數")]
    assert (got[5]["value"], got[5]["label"], got[5]["direction"]) == ("15", "受理詐欺件數", "down")


def test_a_per_cent_cut_of_what_is_named_is_a_fall() -> None:
    """压减政府性基金项目30%: the items were cut by 30%, a fall, not a share of 30%."""
    got = page_stats("压减政府性基金项目30%，减少涉企收费项目60%以上。\n")
    assert [(s["kind"], s.get("direction"), s["label"]) for s in got] == [
        ("change", "down", "政府性基金项目"), ("change", "down", "涉企收费项目")]


def test_a_per_cent_range_said_once_and_an_aside_before_the_figure() -> None:
    """百分之八至九 is one range of 8% to 9% (not 8% and a stray 九); 案件(刑法…所涉11个罪名)3923件 and 香椿（直径15厘米）118元／棵
    are named before their bracketed aside, not by its tail; 510毫升 is a measure."""
    got = page_stats("经济增长速度定为百分之八至九。受理危害生产安全刑事案件(刑法第131到139条所涉11个罪名)3923件。"
                     "临时照明线10元／米、香椿（直径15厘米）118元／棵。检获12.4公斤及510毫升依托咪酯。\n")
    rows = [(s["value"], s.get("norm_max"), s["label"]) for s in got]
    assert rows[0][:2] == ("百分之八至九", 9) and rows[0][2].startswith("经济增长速度")
    assert ("3923", None, "受理危害生产安全刑事案件") in rows and ("118", None, "香椿") in rows
    assert ("510", "毫升") in [(s["value"], s["unit"]) for s in got]


def test_a_reports_numbered_parts_and_their_items_are_no_headlines() -> None:
    """A summary written as headings and item lines without punctuation (开展局党委会专题学习54次 over (二)…;
    (一)疫情防控应对有方 over 召开…会议17次) is one report: its lead year dates every item, no new story starts."""
    page = ("2020年，广州市司法局立足工作布局，奋力推进全面依法治市和司法行政工作。\n"
            "一、坚持政治统领，高站位加强党的建设取得新进展\n(一)理论武装全面加强\n开展局党委会专题学习54次\n"
            "(二)主题教育成果巩固\n围绕学习重要讲话和指示精神开展“深调研”，形成14个调研成果\n"
            "二、坚持服务大局，高标准做好疫情防控\n(一)疫情防控应对有方\n召开疫情防控领导小组会议17次\n"
            "成立疫情防控备勤突击队，建立临时党支部19个\n")
    articles = parse_bytes(page.encode(), "a.txt")["articles"]
    assert len(articles) == 1
    assert [(s["value"], s["period"]) for s in articles[0]["stats"]] == [
        ("54", "2020"), ("14", "2020"), ("17", "2020"), ("19", "2020")]


def test_a_total_in_brackets_is_of_the_place_before_them() -> None:
    """個案最多的違法場所類別分別為公園/花園及休憩區(共293宗,佔16.6%)、港口(共283宗,佔16.0%): each count and share is of
    the place before its bracket; 巡查場所123,730間次 counts visits."""
    got = page_stats("個案最多的違法場所類別分別為公園/花園及休憩區(共293宗,佔16.6%)、港口(共283宗,佔16.0%)。"
                     "共巡查場所123,730間次。\n")
    assert [(s["value"], s["label"]) for s in got][:4] == [
        ("293", "公園/花園及休憩區"), ("16.6", "公園/花園及休憩區"), ("283", "港口"), ("16.0", "港口")]
    assert got[4]["unit"] == "間次"


def test_a_list_of_numbers_with_one_unit_and_noun_at_its_end() -> None:
    """分別有一千四百四十三、一千四百五十二及一千五百二十九名內地人士: three counts of persons (Chinese numerals too), each of
    the noun after the last, one a year over the span said before them."""
    got = page_stats("保安局回覆議員提問\n\n保安局表示，在二○一二年至二○一四年，分別有一千四百四十三、一千四百五十二及一千五百二十九名內地人士被捕。"
                     "2012至2014年，分别有1443、1452及1529名内地人士被捕。\n")
    assert [(s["value"], s["unit"], s["label"], s["period"]) for s in got] == [
        ("一千四百四十三", "名", "內地人士", "2012"), ("一千四百五十二", "名", "內地人士", "2013"),
        ("一千五百二十九", "名", "內地人士", "2014"),
        ("1443", "名", "内地人士", "2012"), ("1452", "名", "内地人士", "2013"), ("1529", "名", "内地人士", "2014")]


def test_a_quarter_standing_where_a_name_would_keeps_the_name_before() -> None:
    """结婚登记人数一季度为210.8万对，二季度为162.5万对: the second is the same count in its quarter, not a thing named 二季度."""
    got = page_stats("2022年全国结婚登记人数一季度为210.8万对，二季度为162.5万对，三季度171.3万对。\n")
    assert [s["label"] for s in got][1:] == ["全国结婚登记人数（二季度）", "全国结婚登记人数（三季度）"]


def test_a_quality_said_with_a_degree_before_de_is_no_noun_counted() -> None:
    """對約1,000幢火警風險較高的舊式商住樓宇進行巡查: the buildings are counted, not the fire risk; 7%左右的速度可以实现
    比较充分的就业 keeps its speed (a clause of its own, no quality before 的)."""
    got = page_stats("消防處對約1,000幢火警風險較高的舊式商住樓宇進行了巡查。7%左右的速度可以实现比较充分的就业。\n")
    assert got[0]["label"] == "舊式商住樓宇" and got[1]["label"] != "就业"


def test_a_whole_year_and_a_part_of_the_next_are_one_stretch() -> None:
    """2016年全年暨2017年前五个月，证监会共作出194项行政处罚决定: the figure covers both years (2016-2017), not 2017."""
    got = page_stats("证监会行政处罚情况\n\n统计数据显示，2016年全年暨2017年前五个月，证监会共作出194项行政处罚决定。\n")
    assert [(s["value"], s["period"]) for s in got] == [("194", "2016-2017")]


def test_bracketed_measure_words_belong_to_the_unit() -> None:
    """查验交通运输工具2346.1万架(列、艘、辆)次, 414辆(艘), 7.4万套（间）: the count is of all the measure words the
    brackets add, printed with them; brackets that say something else (件(含再审1件)) are no part of the unit."""
    got = figures("查验交通运输工具2346.1万架(列、艘、辆)次，查扣车辆414辆(艘)，筹措住房7.4万套（间），受理案件12件(含再审1件)。")
    assert got["2346.1"][2] == "架列、艘、辆次" and got["414"][2] == "辆艘" and got["7.4"][2] == "套间"
    assert got["12"][2] == "件"
    assert [s["unit"] for s in page_stats("标题\n\n2023年，查验交通运输工具2346.1万架(列、艘、辆)次。\n")] == ["万架(列、艘、辆)次"]


def test_a_rank_said_after_a_unit_ending_in_ci_is_no_bound() -> None:
    """違規停車133萬4947件次多: 1,334,947 cases, the second most (not 件次 and more than)."""
    got = figures("违规原因以违反速率规定行驶194万2251件最多,违规停车133万4947件次多,闯红灯83万9381件居第3。")
    assert got["133万4947"][:1] + got["133万4947"][2:4] == (1334947, "件", "exact")


def test_trains_counted_after_the_trains_were_named() -> None:
    """从1万列增长到2万列 after 班列累计开行总数 counts trains, each level labelled with the count before it; 列入
    and 第3列 count nothing."""
    got = page_stats("标题\n\n班列累计开行总数增长到1万列，用时54个月，从1万列增长到2万列。中欧班列持续增长，日均保持在27列以上。"
                     "列车时刻表第3列显示，全省有5列入选。\n")
    assert [(s["value"], s["label"]) for s in got if s["unit"].endswith("列") or s["unit"].startswith("列")] == [
        ("1", "班列累计开行"), ("1", "班列累计开行"), ("2", "班列累计开行"), ("27", "日均")]


def test_items_told_in_ze() -> None:
    """发布典型案例10则, 5则案例 count items; 三成二則屬性侵犯 and 一则以喜 say then."""
    got = figures("发布典型案例10则，5则案例入选。三成二則屬性侵犯，一则以喜。")
    assert got["10"][2] == "则" and got["5"][2] == "则" and got["三成二"][2] == "%" and "一" not in got


def test_tenths_and_quarters_as_hong_kong_and_taiwan_write_them() -> None:
    """8成7 is 87%, 佔四分一 a quarter; 十分一致 is no fraction."""
    got = figures("共占外国籍中的8成7，家人及感情纠纷占四分一，双方十分一致。")
    assert got["8成7"][0] == 87 and got["四分一"][0] == 25 and got["四分一"][2] == "%"
    assert not any(k.startswith("十") for k in got)


def test_numerals_with_a_white_circle_for_zero_and_said_digit_by_digit() -> None:
    """一百○二宗 (102), 三一八○件 (3,180), 一億九三一二萬餘元 (193,120,000), as Macau's and Taiwan's papers print them;
    一九八二两个年度 and 二○二三年 are years, 五四 a name."""
    got = {s["value"]: s["norm"] for s in page_stats(
        "標題\n\n海關查獲違法個案一百○二宗，合計查獲三一八○件，查扣不法所得一億九三一二萬餘元、泰達幣二○三萬餘顆。"
        "一九八二两个年度计划，與二○二三年數字相若，五四运动。\n")}
    assert got == {"一百○二": 102, "三一八○": 3180, "一億九三一二萬": 193120000, "二○三萬": 2030000}


def test_a_papers_numbered_sections_are_no_new_articles() -> None:
    """2017年度…统计分析 then 1 司法鉴定机构情况 / 1.1 机构数量: sections of the paper, its year for their figures."""
    got = parse_bytes("2017年度全国司法鉴定情况统计分析\n\n截至2017年底，全国鉴定机构共4338家。\n\n1 司法鉴定机构情况\n\n"
                      "1.1 机构数量\n\n其中综合机构327家，占总数的7.5%。\n".encode(), "a.txt")["articles"]
    assert len(got) == 1 and [s["period"] for s in got[0]["stats"]] == ["2017", "2017", "2017"]


def test_what_is_reshaped_is_named_before_a_long_verb() -> None:
    """中职学校由71所优化整合为47所: both counts are of the schools, not of 优化整合."""
    assert [lb for _, lb in labels("中职学校由71所优化整合为47所。")] == ["中职学校", "中职学校"]


def test_a_level_compared_with_and_its_change_take_the_count_before() -> None:
    """失聯移工人數有6萬4,573人，較110年12月底5萬5,805人，增加8,768人 (with the spaces a page sets between words
    too): the level compared with and the rise are of the same count."""
    for text in ("截至111年4月底，在台失聯移工人數有6萬4,573人，較110年12月底5萬5,805人，增加8,768人。",
                 "截至 111 年 4 月底，在台失聯移工人數有 6 萬 4,573 人，較 110 年 12 月 底 5 萬 5,805 人，增加 8,768 人。"):
        assert {s["label"] for s in page_stats("標題\n\n" + text + "\n")} == {"台失聯移工人數"}


def test_money_named_after_a_bare_scale() -> None:
    """查扣3億不法所得, 追回2000万赃款: money named after it; 惠及43万儿童 counts children; 新臺 幣 500 多萬 is money."""
    got = {s["value"]: (s["kind"], s["label"]) for s in page_stats(
        "標題\n\n1個月查扣3億不法所得。追回2000万赃款。惠及43万儿童。已獲取不法所得達新臺 幣 500 多萬。\n")}
    assert got["3"] == ("amount", "不法所得") and got["2000"] == ("amount", "赃款")
    assert got["43"][0] == "count" and got["500"][0] == "amount"


def test_the_longest_and_the_shortest_bound_a_duration() -> None:
    """潜逃时间最长达37年 at most, 最短耗时10天 at least; 人力最短缺时4人 is no bound."""
    got = figures("潜逃时间最长达37年，最短耗时10天，人力最短缺时4人。")
    assert (got["37"][3], got["10"][3], got["4"][3]) == ("at_most", "at_least", "exact")


def test_levels_in_a_bracket_after_their_change_are_of_what_changed() -> None:
    """整體吸毒人數比二○一四年減少5%(由9,059人減少至8,598人): both levels count the drug abusers, not 減少."""
    got = page_stats("標題\n\n二○一五年被呈報的整體吸毒人數，比二○一四年減少5%(由9,059人減少至8,598人)。"
                     "當中首次被呈報的吸毒人數，則下跌18%(由493人下降至405人)。\n")
    assert [s["label"] for s in got if s["unit"] == "人"] == ["被呈報的整體吸毒人數"] * 2 + ["首次被呈報的吸毒人數"] * 2


def test_a_list_of_changes_and_the_percentages_said_of_them_one_by_one() -> None:
    """同比减少51起、少死亡6人，分别下降55.4%和23.1%: the deaths fell too (少死亡 is fewer deaths), and each
    percentage is of the count in its place; 覆盖10.5亿人 after a rise is a level."""
    got = page_stats("标题\n\n全省共发生生产安全事故41起、死亡20人，同比减少51起、少死亡6人，分别下降55.4%和23.1%。"
                     "基本养老保险参保人数增加1.4亿、覆盖10.5亿人。\n")
    assert [(s["value"], s["label"], s["kind"], s.get("direction")) for s in got][2:] == [
        ("51", "全省共发生生产安全事故", "change", "down"), ("6", "死亡", "change", "down"),
        ("55.4", "全省共发生生产安全事故", "change", "down"), ("23.1", "死亡", "change", "down"),
        ("1.4", "基本养老保险参保人数", "change", "up"), ("10.5", "基本养老保险参保人数", "count", None)]


def test_taiwans_years_in_chinese_numerals() -> None:
    """民國八十九年一月一日, 截至一○九年十月底: years (2020 dates its sentence), not 89 or 109 years; 三十年五月 and
    有期徒刑三年六月 keep their reading."""
    got = page_stats("標題\n\n行政執行署自民國八十九年一月一日成立。截至一○九年十月底，累計徵起金額達五七八八億元。用时三十年五月。\n")
    assert [(s["value"], s["period"]) for s in got] == [("五七八八億", "2020"), ("三十", None)]


def test_the_year_of_tasks_set_is_no_period() -> None:
    """提出了2019年法院工作的五大任务: the year of the tasks set in the news event, not of the figures after it."""
    got = page_stats("标题\n\n1月28日，省高级人民法院院长作工作报告，总结了过去一年的主要工作，并提出了2019年法院工作的五大任务。\n\n"
                     "全省法院共受理案件488381件。\n")
    assert [(s["value"], s["period"]) for s in got] == [("488381", None)]


def test_growth_targets_and_bodies() -> None:
    """把增长预期目标定在7.5%左右 is the growth aimed at (a rise); 火化遗体471.8万具 counts bodies (具有 is a word)."""
    got = {s["value"]: (s["label"], s["kind"], s["unit"]) for s in page_stats(
        "标题\n\n把增长预期目标定在7.5%左右，广义货币M2预期增长13%左右。全年火化遗体471.8万具，具有重要意义。\n")}
    assert got["7.5"][1] == "change" and got["471.8"] == ("火化遗体", "count", "万具")


def test_a_quoted_kind_with_its_count_and_share_in_brackets() -> None:
    """「疏忽職守」(1,249項，佔49.4%): both the count and its share are of the kind named before the bracket."""
    got = page_stats("標題\n\n被指控最多的類別為「疏忽職守」(1,249項，佔49.4%)及「行為不當」(1,114項，佔44%)。\n")
    assert all("疏忽職守" in s["label"] for s in got[:2]) and all("行為不當" in s["label"] for s in got[2:])


def test_a_space_before_wan_only() -> None:
    """出勤101 萬4,909 次 (as a Taiwan monthly sets it) is 1,014,909; 监控总量突破30万 2017年… is 300,000 and a year."""
    got = {s["value"]: s["norm"] for s in page_stats(
        "標題\n\n救護出勤自101 年出勤101 萬4,909 次。\n\n哈尔滨市监控总量突破30万 2017年利用天眼破案5000余起\n")}
    assert got == {"101 萬4,909": 1014909, "30": 300000, "5000": 5000}


def test_the_level_reached_with_its_currency_said() -> None:
    """所涉及金額亦大幅上升33%，達港幣10億元: the amount reached is of what rose, not of 達港幣."""
    got = page_stats("標題\n\n所涉及金額亦大幅上升33%，達港幣10億元。\n")
    assert [s["label"] for s in got] == ["所涉及金額亦", "所涉及金額亦"]


def test_a_renovation_counts_what_it_renovates() -> None:
    """新改造提升村卫生室2.1万个: clinics renovated (a count), not a rise of 2.1万."""
    assert [s["kind"] for s in page_stats("标题\n\n新改造提升村卫生室2.1万个，改造农村危房1.1万户。\n")] == ["count", "count"]


def test_levels_in_a_bracket_after_a_clause_that_says_they_rose() -> None:
    """學生人數和比率均較去年同期有所上升(由85人上升至209人，由30.4%上升至43.4%): of the students, not unlabelled."""
    got = page_stats("標題\n\n當中，學生的人數和比率均較去年同期有所上升(由85人上升至209人，由30.4%上升至43.4%)。\n")
    assert len(got) == 4 and all(s["label"].startswith("學生") for s in got)


def test_the_eight_point_rules_are_a_name() -> None:
    """违反八项规定精神问题36911起: 八项 names the rules, no count of eight."""
    assert [s["value"] for s in page_stats("标题\n\n全国共查处违反八项规定精神问题36911起，违反八项规定受处分33966人。\n")] == [
        "36911", "33966"]


def test_and_a_half_of_the_unit() -> None:
    """一年半 is 1.5 years, 两个半月 2.5 months, 一亩半 1.5 mu (they had been read as 1 year, 2 个 and nothing);
    半数以上 and 半年度 keep their own reading."""
    got = {s["span"][0]: (s["norm"], s["norm_unit"]) for s in page_stats(
        "标题\n\n用时一年半完成，历时两个半月，人均只有一亩半耕地，全年半数以上，3年半年度考核。\n")}
    assert sorted(got.values()) == [(1.5, "亩"), (1.5, "年"), (2.5, "个月"), (3, "年")]


def test_nautical_miles_and_tents() -> None:
    """水上巡查326.86万海里, 帐篷200顶, “绝户网”66万余张(顶): units of their own (屋顶, 顶住 are words)."""
    got = {s["value"]: s["norm_unit"] for s in page_stats("标题\n\n水上巡查326.86万海里，帐篷200顶，清理“绝户网”66万余张(顶)，屋顶漏水。\n")}
    assert got == {"326.86": "海里", "200": "顶", "66": "张顶"}


def test_a_share_said_by_zhan_alone_is_of_what_the_clause_before_names() -> None:
    """意外仍然以私家车为主，占 1,995 辆，较 2023 年增加近 500 辆: both are of the private cars (they had no label);
    当事人要求分割共同财产最多的是房屋，占49.83%: of the houses."""
    got = page_stats("标题\n\n去年意外仍然以私家车为主，占 1,995 辆，较 2023 年增加近 500 辆。"
                     "当事人要求分割共同财产最多的是房屋，占49.83%。\n")
    assert [s["label"] for s in got] == ["私家车", "私家车", "房屋"]


def test_a_figure_the_layout_broke_is_read_whole() -> None:
    """补助7萬 | 6,000元, 出境18萬4,768 | 人次, 7,350架 | 次 and 1億5,717 | 萬4,800元: a page laid out from a PDF
    breaks figures over indented lines; they are one figure each (they had been read as 7萬 and 6,000元, or
    without their unit). A big number alone on its line heads what follows (7.5万 | 221家…), and a line that
    opens with a word is no unit (推薦0 | 家暴案件頻傳)."""
    page = ("標題\n\n   (1)本部補助全國278個社區，每社區補助7萬\n         6,000元。\n"
            "   (2)人員：兩岸航線出境18萬4,768\n\n\n         人次、入境14萬3,777人次；航空器出境7,350架\n\n         次。\n"
            "   2. 查獲未申報物品金額計1億5,717\n\n      萬4,800元。\n")
    got = {s["value"]: (s["norm"], s["norm_unit"]) for s in page_stats(page)}
    assert got["7萬\n         6,000"] == (76000, "元")
    assert got["18萬4,768"] == (184768, "人次") and got["7,350"] == (7350, "架次")
    assert got["1億5,717\n\n      萬4,800"] == (157174800, "元")
    big = page_stats("标题\n\n全省法律援助机构办理法律援助案件7万余件。\n7.5万\n221家司法鉴定机构办理鉴定事项7.5万件。\n")
    assert ("221", 221, "家") in [(s["value"], s["norm"], s["norm_unit"]) for s in big]
    assert all(s["norm"] != 75221 for s in big)
    credit = page_stats("标题\n2011/01/01 22:00:31瀏覽268|回應0|推薦0\n家暴案件頻傳，民國99年1至11月家暴通報案件9萬7154件。\n")
    assert [(s["value"], s["period"]) for s in credit] == [("9萬7154", "2010")]


def test_a_reading_time_line_is_furniture() -> None:
    """本篇文章490字,读完约1分钟: the page's reading time, no figure of the story, and no sentence the lead
    is looked past (在2017年成功阻止了3000多名市民… dates the rest)."""
    got = page_stats("标题\n\n本篇文章490字,读完约1分钟\n\n新华社贵阳1月29日电 贵阳警方在2017年成功阻止了3000多名市民参与诈骗。"
                     "\n\n记者了解到，去年贵阳警方冻结涉案银行卡2700多张。\n")
    assert [(s["value"], s["period"]) for s in got] == [("3000", "2017"), ("2700", "2017")]


def test_taiwans_year_after_the_body_it_dates() -> None:
    """本部111年補助, 全國各警察機關111年計受理, 中華民國112年內政概要: years of Taiwan's calendar (they had been
    read as lengths of 111 years, and the book's year 112 as the period)."""
    got = page_stats("中華民國112年內政概要\n\n本部111年補助全國278個社區；全國各警察機關111年計受理失蹤人口2萬4,574人。\n")
    assert [(s["value"], s["period"]) for s in got] == [("278", "2022"), ("2萬4,574", "2022")]


def test_a_rate_per_so_many_said_without_a_percent() -> None:
    """煤炭百萬噸死亡率降至0.044 and 城乡居民收入比缩小至2.54: rates written as bare decimals (they had been
    dropped, and the change after the first took the label 死亡); a bare integer after 率 stays unread."""
    got = {s["value"]: (s["kind"], s["label"]) for s in page_stats(
        "标题\n\n2021年，煤矿发生事故91起、死亡178人，煤炭百万吨死亡率降至0.044，同比下降24%。"
        "城乡居民收入比缩小至2.54。案件发生率连续3年下降。\n")}
    assert got["0.044"] == ("rate", "煤炭百万吨死亡率") and got["24"] == ("change", "煤炭百万吨死亡率")
    assert got["2.54"] == ("rate", "城乡居民收入比") and got["3"][0] == "duration"


def test_nearly_doubled() -> None:
    """食盐增加了将近一倍, 购买力将增长近一倍: nearly doubled, as 增加了一倍 is doubled (they had been dropped)."""
    got = [(s["value"], s["qualifier"], s["kind"]) for s in page_stats("标题\n\n食盐增加了将近一倍，购买力将增长近一倍，糖增加了一倍。\n")]
    assert got == [("一", "approx", "change"), ("一", "approx", "change"), ("一", "exact", "change")]


def test_the_first_batches_and_places_of_a_ranking_count_nothing() -> None:
    """前二十八批1878件转办件: the batches named by how many; 排名由369位上升到235位: places of a ranking; but
    排名上升4位 is how far it moved, and 排名靠前的10位法官 counts judges."""
    got = [s["value"] for s in page_stats(
        "标题\n\n督察组移交前二十八批1878件转办件。金川集团在“世界500强”排名由369位上升到235位，"
        "区域创新能力全国排名上升4位，排名靠前的10位法官获表彰。\n")]
    assert got == ["1878", "4", "10"]


def test_a_share_before_what_holds_it() -> None:
    """占我们国家人口80%以上的农民, 占全国人口百分之八十的农民: the share is of what 占 names (the 农民 hold it);
    现有吸毒人员占总人口比例 keeps its measure."""
    got = [s["label"] for s in page_stats(
        "标题\n\n让我们来看占我们国家人口80%以上的农民的生活状况。实现现有吸毒人员占总人口比例4‰以内的目标。\n")]
    assert got == ["占我们国家人口", "实现现有吸毒人员占总人口比例"]


def test_mine_inspections_are_a_unit() -> None:
    """执法检查9.7万余矿次: inspections of mines counted (矿次 had been left as the label)."""
    assert [(s["label"], s["norm_unit"]) for s in page_stats("标题\n\n2021年，执法检查9.7万余矿次。\n")] == [("执法检查", "矿次")]


def test_greater_and_not_greater_than_are_bounds() -> None:
    """案件量大于3000件 is more than 3,000 (as 超过), 多于 too; 其比例不大于5% and 不多于30天 are at most (大于 had been
    read as exact and kept in the label)."""
    got = [(s["value"], s["label"], s["qualifier"]) for s in page_stats(
        "标题\n\n案件量大于3000件，申请人多于200人，其比例不大于5%，办案周期不多于30天。\n")]
    assert got == [("3000", "案件量", "at_least"), ("200", "申请人", "at_least"), ("5", "比例", "at_most"),
                   ("30", "办案周期", "at_most")]


def test_a_fiscal_year_in_chinese_digits() -> None:
    """申訴專員公署在二○二三至二四年度合共接到約4 400宗投訴個案 and 2023至24年度: Hong Kong's fiscal year 2023-24 (they
    had no period); 「二○一四/一五年學生服用藥物情況調查」 names a survey and dates nothing."""
    got = page_stats("標題\n\n申訴專員公署在二○二三至二四年度合共接到約4 400宗投訴個案。\n")
    assert [(s["value"], s["period"]) for s in got] == [("4 400", "2023-2024")]
    got = page_stats("標題\n\n公署在2023至24年度合共接到約4400宗投訴個案。\n")
    assert [(s["value"], s["period"]) for s in got] == [("4400", "2023-2024")]
    got = page_stats("標題\n\n委員會檢視了本港二○一五年的吸毒情況及「二○一四/一五年學生服用藥物情況調查」結果。\n\n"
                     "二十一歲以下被呈報的吸毒人數下跌19%。\n")
    assert [(s["value"], s["period"]) for s in got] == [("19", "2015")]


def test_a_year_a_campaign_was_launched_in_is_open_ended() -> None:
    """當局自2022年8月開展計劃打擊全港700多個衞生黑點: the plan runs on from its launch, so the figure is of no one year
    (as 自2022年8月起)."""
    got = page_stats("標題\n\n店舖阻街非常擾民，當局自2022年8月開展計劃打擊全港700多個衞生黑點。\n")
    assert [(s["value"], s["period"]) for s in got] == [("700", None)]


def test_a_modal_verb_is_no_part_of_a_label() -> None:
    """一九八五年全国的总人口，必须控制在十亿六千万左右 and 工农业总产值就应当达到: 必须 and 应当 say what must be, not what is
    counted (the labels had ended with them)."""
    got = [s["label"] for s in page_stats("标题\n\n一九八五年全国总人口必须控制在十亿六千万左右，公证机构的负责人应当有三年以上执业经历。\n")]
    assert got == ["全国总人口", "公证机构的负责人"]


def test_the_unit_written_once_after_several_scaled_figures() -> None:
    """水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里: each is an area in square kilometres, a fall
    (the first had no unit and the second was dropped)."""
    got = [(s["value"], s["norm"], s["norm_unit"], s["kind"]) for s in page_stats(
        "标题\n\n水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。\n")]
    assert got == [("10.6", 106000, "平方公里", "change"), ("3.8", 38000, "平方公里", "change"),
                   ("3.3", 33000, "平方公里", "change")]


def test_the_base_of_a_rate_per_tonne_kilometres() -> None:
    """铁路交通事故10亿吨公里死亡率0.256: the 10 billion tonne-km name the rate's base, no count of its own."""
    got = [(s["value"], s["label"]) for s in page_stats("标题\n\n2016年，铁路交通事故10亿吨公里死亡率0.256，同比下降11.7%。\n")]
    assert got == [("0.256", "铁路交通事故10亿吨公里死亡率"), ("11.7", "铁路交通事故10亿吨公里死亡率")]


def test_a_first_sentence_that_prints_the_title_again_does_not_stop_the_lead_search() -> None:
    page = ("1至10月 全省查处交通违法1543万起\n"
            "1至10月全省查处交通违法1543万起。资料图 本网讯 记者从省交管局获悉，2014年1至10月，全省因交通违法"
            "记分868万人次。据统计，今年前十个月全省共查处酒后驾驶3.8万起。\n")
    got = {(s["value"], s["label"]): s["period"] for s in page_stats(page)}
    assert got[("868", "全省因交通违法记分")] == "2014"
    assert [p for (v, _), p in got.items() if v == "3.8"] == ["2014"]  # the lead's year; 今年 cancels nothing later
    # a first sentence with a figure and no year that is no copy of the title still ends the search
    other = page.replace("1至10月全省查处交通违法1543万起。", "全省查处交通违法超过1500万起。")
    assert [s["period"] for s in page_stats(other) if s["value"] == "3.8"] == [None]


def test_shares_written_with_colons_after_what_they_divide_are_read_each_with_the_notation() -> None:
    stats = page_stats("经济结构\n2025年，全省三次产业结构由8.7∶41.2∶50.1调整为7.9∶40.5∶51.6，第一产业增长3%。\n")
    terms = [s for s in stats if s["kind"] == "percent"]
    assert [(s["value"], s["unit"], s["norm_unit"]) for s in terms] == [
        ("8.7", "", ""), ("41.2", "", ""), ("50.1", "", ""), ("7.9", "", ""), ("40.5", "", ""), ("51.6", "", "")]
    assert {s["label"] for s in terms} == {"全省三次产业结构"}
    assert printed(terms[1]).said == "41.2（8.7∶41.2∶50.1）"  # a term alone does not say which part it is
    assert printed(terms[4]).said == "40.5（7.9∶40.5∶51.6）"
    assert figure_en(terms[1]) == "41.2 (8.7:41.2:50.1)"
    # said after a comma (进一步优化，调整为): still of what the 结构 names
    later = page_stats("经济结构\n2025年，三次产业结构进一步优化，调整为8.3∶41.4∶50.3。\n")
    assert [(s["value"], s["label"]) for s in later] == [("8.3", "三次产业结构"), ("41.4", "三次产业结构"),
                                                        ("50.3", "三次产业结构")]
    # times and scores with colons name no shares
    assert page_stats("赛事\n2025年比赛于10:30:00开始，最终以3:1:2结束。\n") == []


def test_a_named_ratio_written_n_to_one_is_read_with_the_level_it_moved_to() -> None:
    stats = page_stats("收入差距\n2025年，城乡居民收入比由2.9∶1缩小至2.52∶1。\n")
    assert [(s["value"], s["norm"], s["norm_unit"], s["kind"], s["label"]) for s in stats] == [
        ("2.9", 2.9, "", "rate", "城乡居民收入比"), ("2.52", 2.52, "", "rate", "城乡居民收入比")]
    assert figure_en(stats[1]) == "2.52"
    assert page_stats("比分\n2025年，双方比分为3∶2。\n") == []  # not a ratio of N to one, and no named ratio


def test_a_long_label_is_not_cut_after_the_first_item_of_its_list() -> None:
    got = dict(labels("2015年，全市法院审结危险驾驶、危害食品药品安全、通讯网络诈骗、恶意欠薪等案件1744件。"))
    assert got["1744"] == "审结危险驾驶、危害食品药品安全、通讯网络诈骗、恶意欠薪等案件"
    # a list too long to keep whole is still cut at a word, from its end
    long = dict(labels("2015年，全市法院审结故意杀人、故意伤害、抢劫、强奸、绑架、放火、爆炸、投放危险物质等严重暴力犯罪案件320件。"))
    assert len(long["320"]) <= 24 and long["320"].endswith("严重暴力犯罪案件")


def test_a_headline_line_with_a_figure_and_no_stop_does_not_end_the_search_for_the_lead() -> None:
    page = ("新闻网——首页\n"
            "农业农村部:“亮剑2023”严打涉渔违法行为 移交涉案人员5172人\n"
            "发布时间:2024-03-22\n"
            "局长介绍,为规范渔业生产,2023年,农业农村部连续第七年开展专项执法行动。\n"
            "全年累计出动执法人员332万人次。\n")
    got = {s["value"]: s["period"] for a in parse_bytes(page.encode(), "a.txt")["articles"] for s in a["stats"]}
    assert got["332"] == "2023"
    assert got["5172"] is None  # the headline's own figure stands before the year: it dates nothing there


def test_a_figure_with_spaces_about_its_yi_and_wan_is_read_whole() -> None:
    got = figures("财损金额达新台币 1 亿 7,244 万元，平均财损约 1,402 万元。")
    assert got["1 亿 7,244 万"][0] == 172440000 and "1" not in got and "7,244" not in got
    assert got["1,402"][0] == 14020000
    page = "彰化打詐\n114年10月，本縣財損金額達新臺幣 1 億 7,244 萬元。\n"  # as a traditional page prints it
    assert [(s["value"], s["unit"], s["norm"]) for s in page_stats(page)] == [("1 億 7,244 萬", "元", 172440000)]


def test_a_month_whose_figures_are_reported_leads_like_a_year() -> None:
    page = ("打诈成果\n"
            "县警察局日前召开记者会，公布本县2025年10月的诈骗案件概况。当月共受理530件诈骗案，财损金额1.7亿元。\n")
    assert {s["value"]: s["period"] for s in page_stats(page)} == {"530": "2025", "1.7": "2025"}
    # a month that dates an event (设立热线) is no period reported on
    event = page.replace("公布本县2025年10月的诈骗案件概况", "于2025年10月设立反诈热线")
    assert {s["value"]: s["period"] for s in page_stats(event)}["530"] is None


def test_a_figure_heading_its_line_before_a_dash_takes_the_label_of_the_sentence_after() -> None:
    page = ("2019年十个数字\n"
            "1710万件——全国共收缴各类非法出版物1710万件,文化市场环境进一步净化。\n"
            "27万条次——全国举报中心全年共接受各类举报27万条次。\n")
    got = [(s["value"], s["unit"], s["label"]) for s in page_stats(page) if s["value"] != "十"]
    assert got[:2] == [("1710", "万件", "全国共收缴各类非法出版物")] * 2
    assert got[2:] == [("27", "万条次", "全国举报中心全年共接受各类举报")] * 2  # 条次 is a unit, as 人次 is
    # a figure before a dash that the sentence does not tell again keeps its own words
    other = page_stats("2019年\n3起——另有案件5起。\n")
    assert [s["label"] for s in other if s["value"] == "3"] == [""]


def test_po_before_a_round_figure_is_past_it_and_before_a_count_of_cases_is_solved() -> None:
    stats = page_stats("选举观察\n2014年，全台贿选案件已破千件，失联移工人数已破7万人。\n")
    assert [(s["value"], s["qualifier"], s["label"]) for s in stats] == [
        ("千", "at_least", "全台贿选案件"), ("7", "at_least", "失联移工人数")]
    assert printed(stats[0]).zh == "破千件" and figure_en(stats[0]) == "more than 1,000 cases"
    solved = page_stats("打诈成果\n2024年，全市立案3200起，破2076起。\n")
    got = {s["value"]: s for s in solved}
    assert got["2076"]["qualifier"] == "exact" and not figure_en(got["2076"]).startswith("more than")
    assert figures("2019年结婚登记跌破1000万对大关。")["1000"][3] == "exact"  # fell below: no 'at least'


def test_a_verb_of_the_case_flow_said_everywhere_takes_the_cases_or_aspect_of_the_clause_before() -> None:
    page = ("选举舞弊\n2014年，选举相关舞弊案，全国共受理1391件2681人，已结130件。在“选举暴力”方面，共受理74件113人。\n")
    got = {s["value"]: s["label"] for s in page_stats(page)}
    assert got["1391"] == got["2681"] == "受理选举相关舞弊案"
    assert got["74"] == got["113"] == "受理“选举暴力”"
    assert got["130"] == "已结"  # (a verb with no flow verb's clause before it keeps its words)
