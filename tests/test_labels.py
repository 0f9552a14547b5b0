"""What a figure counts: the label rules on sentences of the kinds newspaper pages are full of."""

import pytest

from reportgen.extract.stats import find_stats, item_stats

CASES = [
    ("首次执行阶段，高某支付了3万元执行款，双方约定分期付款。", "3", "执行款"),
    ("一时拿不出应还的28840元欠款。", "28840", "欠款"),
    ("共1000余人参加学习培训。", "1000", "参加学习培训"),
    ("6只刚出生的藏狼幼崽是群众在放牧途中发现。", "6", "藏狼幼崽"),
    ("从立案到执结仅用11天时间就使16名农民工的合法权益得到保障。", "16", "农民工"),
    ("对辖区内25个非遗项目的保护传承情况开展调查。", "25", "非遗项目"),
    ("民营企业创造了92%的税收。", "92", "税收"),
    ("全市有7家法院结案率超过90%。", "7", "法院"),
    ("结案率达到95%的法院有3家。", "3", "结案率达到95%的法院"),  # 95% selects the courts counted
    ("在案件比2022年增加1.4万件的情况下，结案率提高。", "1.4", "案件"),
    ("对被告人周某判处有期徒刑十年并处罚金。", "十", "有期徒刑"),
    ("确保具备发放条件的案款在20日内完成案款发放。", "20", "完成案款发放"),
    ("恢复执行2个月内通过布控找到高某。", "2", "恢复执行"),
    ("确保 90% 以上资金投入中基层。", "90", "资金投入中基层"),
    ("在全县16个乡镇成立协同执行工作小组。", "16", "乡镇"),
    ("共计追回执行款5000余万元，其中包含格尔木市65户农户货款130余万元。", "5000", "追回执行款"),
    ("共计追回执行款5000余万元，其中包含格尔木市65户农户货款130余万元。", "65", "农户"),
    ("林芝、昌都法院“铁路巡回法庭”审理案件 97 件。", "97", "审理案件"),
    ("区高法院院领导包案化解“积案”“难案” 3 件。", "3", "院领导包案化解“积案”“难案”"),
    ("制发《企业法律风险防控指南》1000 余份。", "1000", "制发《企业法律风险防控指南》"),
    ("入选10大知识产权案件和50件典型知识产权案例。", "50", "典型知识产权案例"),
    ("可以做到24小时在线预警。", "24", "在线预警"),
    ("守住了17年未发生火灾的安全底线。", "17", "未发生火灾"),
    ("其他林地恢复300余亩。", "300", "其他林地恢复"),
    ("在线庭审率达67%。", "67", "在线庭审率"),
    # money only allotted or raised is labelled by what it is for
    ("筹措890.59亿元实施十大为民办实事工程项目。", "890.59", "实施十大为民办实事工程项目"),
    ("统筹4416.6亿元支持巩固拓展脱贫攻坚成果和乡村全面振兴。", "4416.6", "巩固拓展脱贫攻坚成果"),
    ("安排12亿元用于农村公路建设。", "12", "农村公路建设"),
    ("中央安排30亿元国债资金支持灾区重建。", "30", "国债资金"),
    # a measure word's noun after the figure before is not this figure's label
    ("3次亲临云南考察、4次回信、2次致贺信。", "4", "回信"),
    ("3次亲临云南考察、4次回信、2次致贺信。", "2", "致贺信"),
    ("有效应对50个热带气旋、67次区域暴雨。", "67", "区域暴雨"),
    ("业务科长及74个县（区、市）司法局长共100余人参加培训。", "100", "参加培训"),
    # the noun phrase after a measure word runs to its head noun
    ("建设10个产业协同共建园区。", "10", "产业协同共建园区"),
    ("对外贸易扩大至228个国家和地区。", "228", "国家和地区"),
    ("为1700万名贫困家庭学生免费提供教科书。", "1700", "贫困家庭学生"),
    ("发现13个非遗项目档案存在资料不全。", "13", "非遗项目档案"),
    ("我区7名县（区、市）司法局长代表作了交流发言。", "7", "县司法局长"),  # a person is no qualifier
    # a word that ends a noun phrase ends it only as a word of its own: 公共 is not 公 + 共
    ("区域配备2.5万辆公共自行车。", "2.5", "公共自行车"),
    ("北京市将建成3万辆公共自行车。", "3", "公共自行车"),
    # …960元的行为: the act the figure is part of is not what it counts
    ("违规收取文证审查费960元的行为违法。", "960", "违规收取文证审查费"),
    # words the label cleaning took for fillers or verbs inside nouns
    ("退出煤炭产能1.5亿吨左右。", "1.5", "退出煤炭产能"),  # 产能, not 产 + the verb 能
    ("和美乡村覆盖率达73%。", "73", "和美乡村覆盖率"),  # 和美, not the conjunction 和
    ("抓好6条续建高铁建设。", "6", "续建高铁建设"),  # 建设, not 建 + the verb 设
    ("再创建5条美丽河湖。", "5", "美丽河湖"),  # an action before a measure word names nothing
    ("出台稳就业20条政策措施。", "20", "政策措施"),  # what was issued is counted
    ("全省法院审(执)结243785件。", "243785", "审(执)结"),  # a bracket inside a word stays
    ("251家律师事务所建立独立党组织。", "251", "律师事务所建立独立党组织"),  # and what they did
    ("全市16个区首次全部获评全国双拥模范城。", "16", "区"),
    ("累计接收社区矫正对象22872人，在矫24862人。", "24862", "在矫"),  # 在矫, 在押, 在册: a state, not a place
    # what a verb acts on, not a change: 新建提升310公里农村公路; new funds, not the stock
    ("新建提升310公里农村公路。", "310", "新建提升农村公路"),
    ("对新增2万亿元中央财政资金建立直达机制。", "2", "新增中央财政资金"),
    # … unless this figure says more of its own: the noun is shared
    ("新增1000处信号灯联网、累计达8000处。", "1000", "信号灯联网"),
    ("新增1000处信号灯联网、累计达8000处。", "8000", "信号灯联网"),
    # what was organised or carried out so many times is the event after the figure, not the verb
    ("全市法院组织15次集中宣判。", "15", "集中宣判"),
    ("扬州市公安局已组织开展两次集中返还。", "两", "集中返还"),
    ("自开展两次“集中执行月”活动以来，共执结案件300件。", "两", "“集中执行月”活动"),
    # what picks the counted things out is part of their name: only the complaints unrelated to elections
    ("廉署去年接获2835宗与选举无关的贪污投诉。", "2835", "接获与选举无关的贪污投诉"),
]


@pytest.mark.parametrize(("sentence", "value", "label"), CASES)
def test_label(sentence: str, value: str, label: str) -> None:
    found = {sentence[s.num_start:s.num_end].strip(): s.label for s in find_stats(sentence)}
    assert found.get(value) == label, found


def test_percent_with_spaced_post_qualifier_is_at_least() -> None:
    (st,) = find_stats("确保 90% 以上资金投入中基层。")
    assert st.qualifier == "at_least"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("原煤、原油、天然气产量分别增长72.1%、31.2%、141%。",
     [("原煤产量", "change"), ("原油产量", "change"), ("天然气产量", "change")]),
    ("全年交通、水利投资分别达到845亿元、486.3亿元。", [("交通投资", "amount"), ("水利投资", "amount")]),
    ("生产安全事故起数、死亡人数分别下降38.3%、17.9%。", [("生产安全事故起数", "change"), ("死亡人数", "change")]),
    ("学前教育毛入园率、义务教育巩固率分别达到93.5%、98.3%。",
     [("学前教育毛入园率", "rate"), ("义务教育巩固率", "rate")]),
    # one name for two figures (城乡 = urban and rural, in that order): each gets its part, or a card
    # would print the urban figure as both
    ("城乡居民人均可支配收入分别增长4.4%、5.6%。", [("城镇居民人均可支配收入", "change"), ("农村居民人均可支配收入", "change")]),
])
def test_respective_figures_get_their_own_labels(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.label, s.kind) for s in find_stats(sentence)] == expected


@pytest.mark.parametrize("sentence", ["这五年，我们深入践行新发展理念。", "过去五年，经济实力跃上新台阶。"])
def test_periods_spoken_of_are_not_figures(sentence: str) -> None:
    assert find_stats(sentence) == []


@pytest.mark.parametrize(("sentence", "labels"), [
    ("城镇、农村居民人均可支配收入分别增长4.2%、6.1%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%。",
     ["新能源汽车零售额", "智能家电零售额", "智能手机限上零售额"]),
    ("学前教育毛入园率、高中阶段和高等教育毛入学率分别达到93.5%、98.5%、64.3%。",
     ["学前教育毛入园率", "高中阶段入学率", "高等教育毛入学率"]),
])
def test_words_shared_by_a_list_go_with_every_name(sentence: str, labels: list[str]) -> None:
    assert [s.label for s in find_stats(sentence)] == labels


@pytest.mark.parametrize(("sentence", "value", "kind", "qualifier"), [
    ("全体居民人均可支配收入由2.57万元增加到3.52万元。", "3.52", "amount", "exact"),
    ("一般案件鉴定评估周期缩短至30天内。", "30", "duration", "at_most"),
    ("结案率提高到88%。", "88", "rate", "exact"),
    ("审理周期同比缩短10天。", "10", "change", "exact"),
])
def test_a_level_reached_is_not_a_change(sentence: str, value: str, kind: str, qualifier: str) -> None:
    """增加到/缩短至 N: N is the new level; only 增加/缩短 N is a change by N."""
    found = {sentence[s.num_start:s.num_end]: (s.kind, s.qualifier) for s in find_stats(sentence)}
    assert found[value] == (kind, qualifier)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("（02/27 10:17）", []),  # a date and a time, not 2/27
    ("奸淫不满十四周岁的幼女的，以强奸论。", []),  # an age in a law, not fourteen weeks
    ("占全区案件总量的1/3以上。", [(33.333333, "%", "at_least")]),
    ("水面宽度由5米多变为2米多，但水流量变小。", [(5, "米", "at_least"), (2, "米", "at_least")]),
])
def test_what_is_and_is_not_a_figure(sentence: str, expected: list) -> None:
    assert [(s.norm, s.norm_unit, s.qualifier) for s in find_stats(sentence)] == expected


@pytest.mark.parametrize(("sentence", "labels"), [
    ("组委会宣布截止时间延期至08年10月31日。", []),  # a date with a two-digit year
    ("2、个人资料完成度 100%；", ["个人资料完成度"]),
    ("截至6月30日，总支出为：￥526,924.40元。", ["总支出"]),
])
def test_labels_after_list_marks_colons_and_currency(sentence: str, labels: list[str]) -> None:
    assert [s.label for s in find_stats(sentence)] == labels


@pytest.mark.parametrize(("sentence", "value", "label", "direction"), [
    ("全市生产总值增速为6.5%。", "6.5", "全市生产总值", "up"),
    ("新吸毒人员增速由2013年的25.4%逐年下降。", "25.4", "新吸毒人员", "up"),
    ("物价涨幅回落到6.1%。", "6.1", "物价", "up"),  # the rise slowed: prices still rose 6.1%
    ("案件量年均约12.68%增速。", "12.68", "案件量", "up"),
    ("出口降幅为3%。", "3", "出口", "down"),
])
def test_a_growth_rate_is_a_change_of_what_grew(sentence: str, value: str, label: str, direction: str) -> None:
    (st,) = [s for s in find_stats(sentence) if sentence[s.num_start:s.num_end] == value]
    assert (st.kind, st.direction, st.label) == ("change", direction, label)


def test_a_rate_that_moves_by_a_figure_is_not_its_level() -> None:
    (st,) = find_stats("增速下降2%。")  # the growth rate fell by 2%: a change of the rate, down
    assert (st.kind, st.direction) == ("change", "down")


@pytest.mark.parametrize(("sentence", "value", "unit", "label"), [
    ("物品单价为竹架大棚120元／平方米、竹架拱棚12元／平方米、电杆2000元／根、花椒5元／棵。", "12", "元/平方米", "竹架拱棚"),
    ("物品单价为竹架大棚120元／平方米、竹架拱棚12元／平方米、电杆2000元／根、花椒5元／棵。", "5", "元/棵", "花椒"),
    ("产能1400万吨/年建成试运转。", "1400", "吨/年", "产能"),
    ("人均58万元/人左右。", "58", "元/人", None),
    ("评估单价为9600元/㎡。", "9600", "元/㎡", "评估单价"),  # the square-metre sign
])
def test_a_unit_price_is_per_its_unit_and_names_its_own_item(sentence: str, value: str, unit: str,
                                                             label: str | None) -> None:
    """A price list (竹架大棚120元／平方米、竹架拱棚12元／平方米…): each price is per its unit and is the
    price of the item before it, not 12元 of '／平方米、竹架拱棚'."""
    (st,) = [s for s in find_stats(sentence) if sentence[s.num_start:s.num_end] == value]
    assert st.norm_unit == unit
    if label is not None:
        assert st.label == label


def test_a_cut_of_a_thing_is_a_change_of_that_thing() -> None:
    """压减地下水开采量21.5亿立方米: groundwater extraction was cut by 2.15 billion m³, a change down of
    the extraction (not a level of it, and not of the verb)."""
    (st,) = find_stats("压减地下水开采量21.5亿立方米。")
    assert (st.kind, st.direction, st.label) == ("change", "down", "地下水开采量")
    (st,) = find_stats("当年减少青壮年文盲400万人。")
    assert (st.kind, st.direction, st.label) == ("change", "down", "青壮年文盲")
    # 减少到 gives the level reached
    assert [(s.kind, s.direction) for s in find_stats("小铁厂由四百六十六个减少到现在的二百七十六个。")] == \
        [("count", None), ("count", None)]


def test_actual_is_no_label_of_its_own() -> None:
    """实际增长3.3% (in real terms): the change is of the income before it, not of 实际."""
    from reportgen.pipeline import parse_bytes

    text = "城镇居民人均生活费收入4377元，扣除物价因素，实际增长3.3%。实际执行到位率为50%。"
    stats = parse_bytes(text.encode())["articles"][0]["stats"]
    assert [s["label"] for s in stats] == ["城镇居民人均生活费收入", "城镇居民人均生活费收入", "实际执行到位率"]


@pytest.mark.parametrize(("sentence", "value", "unit", "label"), [
    ("投入36架无人机巡查。", "36", "架", "无人机"),
    ("查获气体打火机20箱。", "20", "箱", "气体打火机"),
    ("检查车辆4000余辆次。", "4000", "辆次", "检查车辆"),
    ("涉及林业草原湿地等18大类。", "18", "大类", None),
])
def test_more_measure_words_count(sentence: str, value: str, unit: str, label: str | None) -> None:
    (st,) = [s for s in find_stats(sentence) if sentence[s.num_start:s.num_end] == value]
    assert (st.kind, st.norm_unit) == ("count", unit)
    if label is not None:
        assert label in st.label


def test_bi_sheng_is_a_rise() -> None:
    """同比升9.3%, 分别比升…: the short form police reports use is a change up."""
    assert [(s.kind, s.direction) for s in find_stats("刑事案件同比升9.3%。")] == [("change", "up")]


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("从刑罚结果看，未成年被告人的适用刑罚以轻刑为主，占91.31%。", "91.31", "轻刑"),
    ("此外，有犯罪前科的较少，占7.28%。", "7.28", "有犯罪前科"),
])
def test_a_bare_share_counts_what_the_clause_before_names(sentence: str, value: str, label: str) -> None:
    """…以轻刑为主，占91.31%: the share is of 轻刑, not a figure without a label."""
    (st,) = [s for s in find_stats(sentence) if sentence[s.num_start:s.num_end] == value]
    assert st.label == label


@pytest.mark.parametrize("sentence", [
    "发布《白皮书》(2021-2023年)。",  # a span of years
    "办理的张某某等8人污染环境案。",  # a case's name
    "构建四位一体工作格局。",  # a set phrase
    "在省十四屆人大二次會(huì)議上。",  # a session, with a mirror's pinyin inside 会议
])
def test_numbers_that_name_are_not_statistics(sentence: str) -> None:
    from reportgen.pipeline import parse_bytes

    assert parse_bytes(sentence.encode())["articles"][0]["stats"] == []


def test_a_case_of_several_people_is_still_counted_outside_a_name() -> None:
    assert [s.value for s in find_stats("张某等3人被判处有期徒刑。")] == [3]


@pytest.mark.parametrize(("sentence", "value", "label", "kind", "unit"), [
    ("PM2.5年均浓度为26.3微克/立方米。", "26.3", "PM2.5年均浓度", "count", "微克/立方米"),
    ("平均受教育年限提升至2025年的10.2年左右。", "10.2", "平均受教育年限", "duration", "年"),  # not 'the years'
    ("城镇调查失业率平均为4.2%。", "4.2", "城镇调查失业率", "rate", "%"),
    ("出境断面水质优良率保持100%。", "100", "出境断面水质优良率", "rate", "%"),
])
def test_concentrations_decimal_years_and_rates(sentence: str, value: str, label: str, kind: str, unit: str) -> None:
    (st,) = [s for s in find_stats(sentence) if sentence[s.num_start:s.num_end] == value]
    assert (st.label, st.kind, st.norm_unit) == (label, kind, unit)


def test_a_breakdown_by_year_a_numbered_items_heading_and_a_target() -> None:
    from reportgen.pipeline import parse_bytes

    def labels(text: str) -> list[tuple[str, str]]:
        return [(s["value"], s["label"]) for s in parse_bytes(text.encode())["articles"][0]["stats"]]

    # 其中2009年860件: a year's part of the total, named as the total is; a bare 其中30件 names no part
    assert labels("全市受理一审家事纠纷4249件，其中2009年860件、2010年778件。受理案件100件，其中30件。") == \
        [("4249", "全市受理一审家事纠纷"), ("860", "全市受理一审家事纠纷"), ("778", "全市受理一审家事纠纷"),
         ("100", "受理案件"), ("30", "")]
    # (一)盗窃类警情。本月环比上升2.81%: the numbered item's heading names the change; 本月 names nothing
    assert labels("（一）盗窃类警情。本月环比上升2.81%，同比下降7.03%。") == \
        [("2.81", "盗窃类警情"), ("7.03", "盗窃类警情")]
    # …达到90%的目标要求: the rate, not 目标要求
    assert labels("简易程序适用率为95.8%，达到90%的目标要求。")[1] == ("90", "简易程序适用率")


def test_a_judgments_arithmetic_on_measured_quantities() -> None:
    """647.24平方米×650元/平方米=420706元: each measured factor is a figure; a label never holds the
    arithmetic (单价为3.5÷2.4×600元/平方米 → 单价); 3×3 and “1+3” stay names."""
    found = {(str(s.value), s.label) for s in find_stats("该项损失为647.24平方米×650元/平方米=420706元。单价为3.5÷2.4×600元/平方米。")}
    assert {"647.24", "650", "420706", "600"} <= {v for v, _ in found}
    assert ("600", "单价") in found and not any("×" in lab or "÷" in lab for _, lab in found)
    assert [s.value for s in find_stats("3×3篮球赛共12场。")] == [12]


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("审判管理、环境资源审判等6项工作获评先进。", "6", "审判管理、环境资源审判"),  # a generic noun: the list names them
    ("加西、沙久等11条国省干线公路建成通车。", "11", "国省干线公路建成通车"),  # the roads, not the names listed
    ("张掖等11个市和两当县实现全覆盖。", "11", "市"),
])
def test_a_count_after_a_list_ending_in_deng(sentence: str, value: str, label: str) -> None:
    (st,) = [s for s in find_stats(sentence) if sentence[s.num_start:s.num_end] == value]
    assert st.label == label


def test_a_respective_list_in_the_clause_before() -> None:
    """盗刷信用卡类和淘宝客服类案件，分别占8.14%和8.07%: each share is of its own kind of case."""
    text = "盗刷信用卡类和淘宝客服类案件，分别占8.14%和8.07%。"
    assert [s.label for s in find_stats(text)] == ["盗刷信用卡类案件", "淘宝客服类案件"]


@pytest.mark.parametrize(("text", "labels"), [
    # quoted names are whole: the shared words are not cut out of the last one
    ("“上海标准”、“上海品牌”分别新增12项和44项。", ["“上海标准”", "“上海品牌”"]),
    # the words shared by the list go with every member, not inside its quotes
    ("城市公园、“口袋公园”保有量分别达到1436个、883个。", ["城市公园保有量", "“口袋公园”保有量"]),
    # a member that ends with the shared words already takes nothing more
    ("专业技术人才、高技能人才分别增加860万人和880万人。", ["专业技术人才", "高技能人才"]),
    ("城镇、农村居民人均可支配收入分别增长5%和7%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
])
def test_respective_lists_keep_names_whole(text: str, labels: list[str]) -> None:
    assert [s.label for s in find_stats(text)] == labels


@pytest.mark.parametrize(("text", "labels"), [
    ("新建绿道137公里、累计达到2136公里。", ["新建绿道", "绿道"]),
    ("新增百亿县区26个，累计达到46个。", ["新增百亿县区", "百亿县区"]),
    ("“上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项。",
     ["“上海标准”", "“上海品牌”", "“上海标准”", "“上海品牌”"]),
])
def test_a_running_total_counts_what_was_added(text: str, labels: list[str]) -> None:
    """累计达到N after 新建X M: the total is of X (the verb that added them is not the total's)."""
    from reportgen.pipeline import parse_bytes

    summary = parse_bytes(text.encode("utf-8"))
    assert [s["label"] for a in summary["articles"] for s in a["stats"]] == labels


@pytest.mark.parametrize(("text", "value", "label"), [
    ("9所高职学校入选第二轮国家“双高计划”，成都航空职业技术大学获批成立。", "9", "高职学校入选第二轮国家“双高计划”"),
    ("推动456个事项“全区通办”，推出重点事项30个。", "456", "事项“全区通办”"),
    ("1.通过“以工代赈”发放“三北”工程、高标准农田建设劳务报酬20亿元以上；", "20", "“以工代赈”发放“三北”工程、高标准农田建设劳务报酬"),
])
def test_a_label_never_stops_inside_a_quoted_name(text: str, value: str, label: str) -> None:
    """A label cut inside “…” or 《…》 printed half a name (入选国家“); it is completed from its sentence."""
    from reportgen.pipeline import parse_bytes

    summary = parse_bytes(text.encode("utf-8"))
    got = {s["value"]: s["label"] for a in summary["articles"] for s in a["stats"]}
    assert got[value] == label


@pytest.mark.parametrize(("sentence", "expected"), [
    # no month has 362 days: a number of days over 31 is a length even after a month (6月底为362日)
    ("平均轮候时间在今年6月底为362日。", [("平均轮候时间", 362, "duration", "exact")]),
    ("平均轮候时间由369日稍微缩减至362日。",
     [("平均轮候时间", 369, "duration", "exact"), ("平均轮候时间", 362, "duration", "exact")]),
    ("被告尚在60日的履行期限之内。", [("履行期限", 60, "duration", "exact")]),
    ("于2023年12月25日开庭。", []),
    # 1289,075: a misplaced thousands separator joins one number, not two
    ("一审行政案件1289,075件。", [("一审行政案件", 1289075, "count", "exact")]),
    # an aside on prices between what grew and its growth
    ("农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%。",
     [("农村居民人均纯收入", 4.3, "change", "exact")]),
    # the target a growth fell short of is that growth's target, exactly 8%
    ("国内生产总值增长7.8%，略低于8%的预定目标。",
     [("国内生产总值", 7.8, "change", "exact"), ("预定目标", 8, "change", "exact")]),
    # the sample of a census names it
    ("完成1%人口抽样调查。", []),
    # 上 in 上百 is the bound, not part of the name
    ("受理上千件。", [("受理", 1000, "count", "at_least")]),
    ("服务业增加值跨上万亿元。", [("服务业增加值", 1000000000000, "amount", "at_least")]),
])
def test_days_separators_asides_targets_and_bounds(sentence: str, expected: list) -> None:
    found = [f.stat for f in item_stats([("body", sentence, 0)])]  # labels completed across figures
    assert [(s.label, s.norm, s.kind, s.qualifier) for s in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the years in brackets gloss the baseline of a comparison: no period, and 高约9% is a rise of the count
    ("2024年案件数量约为55.2万宗，较之前五年（2019至2023年）的平均案件量高约9%；已处理案件总数超过53.7万宗。",
     [("案件数量", "count", "2024"), ("案件数量", "change", "2024"), ("已处理案件", "count", "2024")]),
    # what was less is said before 比, with 但 and 全年 only leading to it
    ("去年增发1000亿元国债，但全年货币发行还比年初计划少了近500亿元。",
     [("国债", "amount", None), ("货币发行", "change", None)]),
    # 该市/该省 only point back to the place: what is counted follows
    ("该市执行到位金额276.38亿元。", [("执行到位金额", "amount", None)]),
    ("该类案件占比较总体刑事犯罪该比例高13.4个百分点。", [("该类案件占比", "change", None)]),
])
def test_comparisons_and_pointers(sentence: str, expected: list) -> None:
    found = [f.stat for f in item_stats([("body", sentence, 0)])]
    assert [(s.label, s.kind, s.period) for s in found] == expected


def test_old_reports_name_goods_by_one_character_and_a_topic_by_its_aspect() -> None:
    found = [f.stat for f in item_stats([("body", "在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四。钢四十二万七千吨，煤一千三百万吨。", 0)])]
    assert [(s.label, s.norm) for s in found] == [("工业农业总产值", 14.4), ("钢", 427000), ("煤", 13000000)]
    assert [s.label for s in find_stats("占77.46%。")] == [""]  # one character that is no good names nothing


@pytest.mark.parametrize(("sentence", "expected"), [
    # the clause before names what a bare 有 counts; a set they are among loses its 中
    ("新建和修复的铁路，就有三千一百零八公里。", ["新建和修复的铁路"]),
    ("在本年的45种主要工业产品中，有37种完成了或者超额地完成了计划。", ["主要工业产品", "主要工业产品"]),
    # who says it names nothing
    ("调查显示，有61.1%。", [""]),
    # an aside (就…来说) and 但 stand between what grew and its growth
    ("但一九五四年的粮食产量，就全国范围来说，比一九五二年仍增长了百分之三点四。", ["粮食产量"]),
    # what a figure built on is no part of its name
    ("粮食总产量在上年大幅度增长的基础上，又增加291亿斤。", ["粮食总产量"]),
    # a baseline of the week before is of the figure it compares with, not of the aside between them
    ("本周共接刑事类警情70起(日均10起),较上周的62起增加8起。", ["接刑事类警情", "日均", "接刑事类警情", "接刑事类警情"]),
])
def test_the_clause_before_names_a_bare_figure(sentence: str, expected: list) -> None:
    assert [f.stat.label for f in item_stats([("body", sentence, 0)])] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a verb of one character right before the figure is its name
    ("本月立刑事案件412起，破198起。", ["立刑事案件", "破"]),
    # nothing before it names the figure: the phrase after it does
    ("全年取得科研成果4000项，有215项获得省级科技奖励。", ["取得科研成果", "获得省级科技奖励"]),
    ("本周共接报盗窃警情7起，7起均已破获。", ["接报盗窃警情", "破获"]),
    # a list member that states only its year, and its change, are the list's
    ("2019年受理劳动争议案件210件，同比上升6.1%；2020年254件，同比上升21%。",
     ["受理劳动争议案件"] * 4),
    # words that say only how much or when name nothing
    ("以2024年61.5%为最高。", [""]),
])
def test_a_figure_no_rule_named_takes_the_words_around_it(sentence: str, expected: list) -> None:
    assert [f.stat.label for f in item_stats([("body", sentence, 0)])] == expected


def test_a_list_member_that_states_no_date_is_not_named_by_the_member_before() -> None:
    found = [f.stat for f in item_stats([("body", "培育2家示范企业、10家左右在全省有影响力的骨干企业。", 0)])]
    assert found[0].label == "示范企业" and found[1].label != "示范企业"


@pytest.mark.parametrize(("sentence", "named"), [
    ("近年来本地在押人员的比例较为稳定，介乎55%-60%。", "本地在押人员"),  # 介乎 says where it lies
    ("全县律师人数逐年增长，统计今年有320人。", "律师人数"),  # 统计 says it was counted
])
def test_words_that_say_only_how_much_take_the_subject_before(sentence: str, named: str) -> None:
    assert named in [f.stat.label for f in item_stats([("body", sentence, 0)])][0]


@pytest.mark.parametrize(("sentence", "label"), [
    # a label that ends with its verb names what was done; the noun after the figure says to what
    ("向各机构提供1500次防腐意见。", "提供防腐意见"),
    ("去年来执结2万余件案件。", "执结案件"),
    # a verb that says it did not happen keeps its words: the loss was avoided, not suffered
    ("避免群众遭受300万元资金损失。", "避免群众遭受"),
])
def test_a_verb_before_the_figure_takes_its_object_after(sentence: str, label: str) -> None:
    assert [f.stat.label for f in item_stats([("body", sentence, 0)])] == [label]


@pytest.mark.parametrize(("sentence", "label"), [
    ("全省2.08万个村(社区)建立法律顾问制度。", "村(社区)"),  # the units counted with the villages stay in the label
    ("实现17个乡（镇）全覆盖。", "乡（镇）"),
])
def test_villages_keep_the_units_counted_with_them(sentence: str, label: str) -> None:
    assert [f.stat.label for f in item_stats([("body", sentence, 0)])][0] == label
