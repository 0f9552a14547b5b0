"""Scope: the place an item's figures cover comes from who reports them, never from a dateline,
a venue, a place named in passing or a title in quotes; unknown when the text does not say.
The texts are written for these tests (patterns of real news, not quotations)."""

from reportgen.extract.scope import item_scope, stat_region
from reportgen.pipeline import parse_bytes


def scope_of(text: str):
    summary = parse_bytes(text.encode("utf-8"), "t.txt")
    return summary["articles"][0].get("scope"), summary["articles"][0]["stats"]


def test_national_figures_reported_from_beijing_are_national():
    scope, stats = scope_of("最高法发布一季度执法办案数据\n\n新华社北京4月12日电（记者 张某）最高人民法院12日发布数据："
                            "一季度，全国法院共受理各类案件812.5万件，同比增长3.2%。\n")
    assert scope["name"] == "全国" and scope["level"] == "national"
    assert all(s["region"] == "全国" for s in stats)
    scope, _ = scope_of("本报北京3月2日讯 司法部今天通报，2025年全国共办理法律援助案件160余万件。\n")
    assert scope["name"] == "全国"


def test_a_dateline_or_venue_is_never_the_scope():
    assert item_scope("会议在京召开", "本报北京讯 与会代表交流了经验，参会人员共计120人。") is None
    scope, _ = scope_of("本报上海讯 海关总署在上海召开会议，会上交流了120项经验。\n")
    assert scope is None


def test_a_provincial_work_report_is_that_provinces():
    text = ("2026年政府工作报告\n——2026年1月20日在福建省第十四届人民代表大会第五次会议上\n省长 某某\n\n各位代表：\n"
            "过去一年，全省地区生产总值增长5.5%，城镇新增就业65万人。北京、上海等地企业来闽投资120亿元。\n")
    scope, _ = scope_of(text)
    assert scope["name"] == "福建省" and scope["level"] == "province"


def test_a_national_work_report_is_national():
    scope, _ = scope_of("政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n\n"
                        "各位代表：过去一年，国内生产总值增长5%，城镇新增就业1256万人。香港、澳门保持繁荣稳定。\n")
    assert scope["name"] == "全国"


def test_a_district_court_is_not_its_province():
    scope, _ = scope_of("云岩区法院执结案件1200件\n\n本报讯 今年以来，贵阳市云岩区人民法院执结案件1200件，执行到位金额3.2亿元。"
                        "贵州省高级人民法院对此给予肯定。\n")
    assert scope["name"] == "贵阳市云岩区" and scope["level"] == "district"


def test_an_award_title_in_quotes_is_not_the_scope():
    scope, _ = scope_of("“全国法院先进集体”风采\n\n本报讯 近日，玉树州中级人民法院审结案件500余件。\n")
    assert scope is None or scope["level"] != "national"


def test_own_region_with_another_named_is_unknown():
    """A Xizang training held in Zhejiang: 全区 and 浙江省司法厅 do not say whose figures they are."""
    assert item_scope("全区县司法局长培训班举办", "在浙江省司法厅的支持下，培训班共有100余人参加。", "") is None


def test_a_figure_takes_the_places_its_clause_names():
    from reportgen.extract.scope import Scope

    whole = Scope("西藏自治区", "province", "全区法院")
    courts = ["拉萨市城关区人民法院", "堆龙德庆区人民法院"]
    assert stat_region("其中拉萨市城关区人民法院、堆龙德庆区人民法院增幅达", whole, courts) == "拉萨市城关区、堆龙德庆区"
    assert stat_region("执行案件年均增幅超过", whole, courts) == "西藏自治区"
    assert stat_region("受理案件", None, courts) is None


def test_the_countrys_courts_a_province_is_ranked_against_are_no_scope() -> None:
    """2022年安徽省法院结案率居全国法院首位 / 高于全国法院平均水平: the country's courts are what Anhui is ranked
    or measured against; the figures are Anhui's, and the briefing must not print 全国 beside them."""
    scope = item_scope("2022年安徽省法院结案率居全国法院首位",
                       "1月14日，在安徽省第十四届人民代表大会第一次会议上，省高级人民法院代理院长作工作报告。"
                       "2022年，全省法院受理各类案件2330088件。")
    assert scope is not None and scope.name == "安徽省"
    scope = item_scope("吉林法院案件收结工作实现良性运转", "吉林法院结案率高于全国法院平均水平。", institutions=["吉林法院"])
    assert scope is not None and scope.name == "吉林省"
    assert item_scope("全国法院受理案件3700余万件", "").name == "全国"


def test_a_photo_caption_printed_above_the_story_is_not_its_scope() -> None:
    """A photo of a city bureau credited to it (…举行升旗仪式。 某市公安局供图) stands above a province's report:
    the caption is an item of its own and the figures are the province's."""
    text = ("沈阳市公安局举行升旗仪式。 沈阳市公安局供图\n"
            "中新网沈阳1月10日电 (记者王某)1月10日，辽宁省公安厅召开新闻发布会，通报了2022年工作成绩。"
            "全省公安机关累计组织开展59项专项行动，刑事案件立案数同比下降11.4%。\n")
    summary = parse_bytes(text.encode("utf-8"), "t.txt")
    caption, story = summary["articles"]
    assert caption["kind"] == "photo_caption" and not caption["stats"]
    assert story["scope"]["name"] == "辽宁省" and {s["region"] for s in story["stats"]} == {"辽宁省"}


def test_a_taiwan_city_names_nt_dollars_but_words_that_contain_its_name_do_not() -> None:
    """台中市政府警察局 makes a traditional page's 元 NT dollars; 舞台中央 and 江南投资 on a Hong Kong page are no
    Taiwan city, and its 元 stay Hong Kong dollars."""
    from reportgen.extract.scope import local_currency

    assert local_currency("台中市政府警察局查扣2亿元") == "新台币"
    assert local_currency("本港警务处表示，在舞台中央举行仪式，罚款2万元") == "港元"
    assert local_currency("本港警务处表示，江南投资公司罚款2万元") == "港元"
