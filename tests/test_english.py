import re
from pathlib import Path

import pytest
import yaml

from reportgen.commands.parse import run_parse
from reportgen.english.enrich import enrich_item
from reportgen.english.figures import figure_en, money, number
from reportgen.english.labels import label_en
from reportgen.english.names import institution_en, person_en, place_en
from reportgen.english.terms import default_terms, load_terms, read_glossary_file
from reportgen.english.translate import ArgosTranslator
from reportgen.errors import UserError
from reportgen.yamlio import dump, load_file

T = default_terms()


def stat(**kw):
    base = {"id": "x-01.s01", "label": "受理执行案件", "value": "1", "unit": "件", "norm": 1, "norm_unit": "件",
            "qualifier": "exact", "kind": "count"}
    return {**base, **kw}


@pytest.mark.parametrize("s, expected", [
    (stat(norm=47717), "47,717 cases"),
    (stat(norm=1), "1 case"),
    (stat(norm=3407000000, norm_unit="元", kind="amount"), "CNY 3.407 billion"),
    (stat(norm=40759100, norm_unit="元", kind="amount"), "CNY 40.7591 million"),
    (stat(norm=20.49, norm_unit="%", kind="change", direction="up", comparison="yoy"), "up 20.49% year on year"),
    (stat(norm=9.12, norm_unit="百分点", kind="change", direction="down"), "down 9.12 percentage points"),
    (stat(norm=1000, qualifier="at_least"), "at least 1,000 cases"),  # no words: what the qualifier says
    (stat(norm=40, norm_max=50, norm_unit="%", qualifier="range", kind="percent"), "40%–50%"),
    (stat(norm=33.333333, norm_unit="%", kind="percent"), "33.33%"),
    (stat(norm=5, norm_unit="斤"), None),
    # how a change is measured is said: a rate a year (年均), after prices (实际)
    (stat(norm=7.1, norm_unit="%", unit="%", kind="change", lead="年均增长"), "up 7.1% a year on average"),
    (stat(norm=5.4, norm_unit="%", unit="%", kind="change", lead="实际增长"), "up 5.4% in real terms"),
    # 所 counts schools as schools, not "units"
    (stat(label="农村学校", norm=15, unit="所", norm_unit="所"), "15 schools"),
])
def test_figures(s, expected):
    assert figure_en(s) == expected


def test_number_and_money():
    assert number(1234567) == "1,234,567"
    assert number("3.4070") == "3.407"
    assert money(12000) == "CNY 12,000"


@pytest.mark.parametrize("zh, en", [
    ("西藏自治区", "Xizang Autonomous Region"), ("青海省", "Qinghai Province"),  # province level
    ("拉萨市", "Lhasa"), ("日喀则市", "Shigatse"), ("张家口市", "Zhangjiakou"),  # prefecture-level cities
    ("呼和浩特市", "Hohhot"), ("哈尔滨市", "Harbin"), ("乌鲁木齐市", "Urumqi"),  # usual English, not pinyin
    ("阿坝藏族羌族自治州", "Ngawa Tibetan and Qiang Autonomous Prefecture"), ("阿里地区", "Ngari Prefecture"),
    ("锡林郭勒盟", "Xilingol League"), ("海北藏族自治州", "Haibei Tibetan Autonomous Prefecture"),
    ("辛集市", "Xinji"), ("东城区", "Dongcheng District"),  # county-level city; a municipality's district
    ("刚察县", "Gangca County"), ("堆龙德庆区", "Doilungdeqen District"),
    ("某某县", None), ("大湾区", None), ("大城市", None), ("社区", None), ("平安区", None),  # not places
])
def test_places(zh, en):
    assert place_en(zh, T)[0] == en


def test_places_short_and_pinyin_only_for_what_is_clearly_a_place():
    assert place_en("阿坝藏族羌族自治州", T, short=True)[0] == "Ngawa"
    assert place_en("西藏自治区", T, short=True)[0] == "Xizang"
    assert place_en("湟源县", T) == ("Huangyuan County", "gazetteer")  # English of the division list
    assert place_en("内丘县", T) == ("Neiqiu County", "pinyin")  # listed without English: its reading
    assert place_en("诉求区", T) == (None, "missing")  # 诉求 is an ordinary word


def test_place_preference_from_config_applies_at_every_level():
    terms = load_terms(place_names={"西藏": "Tibet", "日喀则": "Xigazê", "阿坝": "Aba"})
    assert place_en("西藏自治区", terms)[0] == "Tibet Autonomous Region"
    assert place_en("日喀则市", terms)[0] == "Xigazê"
    assert place_en("阿坝藏族羌族自治州", terms)[0] == "Aba Tibetan and Qiang Autonomous Prefecture"
    assert place_en("阿坝藏族羌族自治州", terms, short=True)[0] == "Aba"


def test_project_file_adds_and_overrides_places(tmp_path):
    g = tmp_path / "places.yaml"
    g.write_text("terms: []\nplaces:\n- {zh: 日喀则市, en: Xigaze}\n- {zh: 湟源, en: Hoangyuan}\n", "utf-8")
    terms = load_terms([g])
    assert place_en("日喀则市", terms) == ("Xigaze", "gazetteer")
    assert place_en("湟源县", terms) == ("Hoangyuan County", "gazetteer")


@pytest.mark.parametrize("zh, en", [
    ("王香香", "Wang Xiangxiang"), ("欧阳明", "Ouyang Ming"), ("曾宪", "Zeng Xian"), ("高某", "Gao (anonymized)"),
    ("张伟", "Zhang Wei"), ("郑女士", "Ms Zheng"), ("李先生", "Mr Li"), ("格桑拉姆", "Gesang Lamu"), ("Smith", None),
    ("诉求多", None), ("平安", None), ("女士", None),  # ordinary words are not people
])
def test_people(zh, en):
    assert person_en(zh)[0] == en


def test_tibetan_and_uyghur_names_are_flagged_for_review():
    from reportgen.english.names import name_review

    assert "Tibetan" in (name_review("格桑拉姆") or "")
    assert name_review("艾尔肯·吐尼亚孜") is not None
    assert name_review("张伟") is None
    item = {"id": "x-01", "kind": "article", "topic": "其他", "regions": [], "stats": [],
            "people": [{"name": "格桑拉姆", "role": None}, {"name": "张伟", "role": None}]}
    review: list[str] = []
    enrich_item(item, T, review=review)
    assert len(review) == 1 and review[0].startswith("x-01 person 格桑拉姆 'Gesang Lamu'")


@pytest.mark.parametrize("zh, en", [
    ("拉萨市城关区人民法院", "Chengguan District People's Court, Lhasa"),
    ("拉萨市中级人民法院", "Lhasa Intermediate People's Court"),
    ("青海省高级人民法院", "Higher People's Court of Qinghai Province"),
    ("最高人民法院", "Supreme People's Court"),
    ("海北藏族自治州刚察县人民法院执行局",
     "Enforcement Bureau of the Gangca County People's Court, Haibei Tibetan Autonomous Prefecture"),
    ("四川法院", "Sichuan courts"),
    ("某某公司", None),
])
def test_institutions(zh, en):
    assert institution_en(zh, T)[0] == en


def test_labels_glossary_composed_missing():
    assert label_en("执行案件", T) == ("enforcement cases", "glossary")
    assert label_en("审结刑事案件", T) == ("criminal cases concluded", "composed")
    assert label_en("受理执行案件", T) == ("enforcement cases received", "composed")
    assert label_en("审理知识产权案件", T) == ("intellectual property cases heard", "composed")  # "heard" is a participle
    assert label_en("审理、调解案件", T) == (None, "missing")  # not "and mediation cases heard"
    assert label_en("新建改建农村公路", T)[0].endswith("built or upgraded")
    assert label_en("这座矗立", T) == (None, "missing")
    assert label_en("", T) == (None, "missing")


@pytest.mark.parametrize("label, en", [
    ("首次执行案件", "initial enforcement cases"),  # first-time enforcement, not first instance
    ("交通肇事案件", "cases of causing a serious traffic accident"),  # not traffic offences (交通违章)
    ("高速公路通车里程", "total length of expressways"),  # a length, not roads
    ("失信被执行人", "dishonest persons subject to enforcement"),  # the SPC's white papers
    ("干警", "officers"),  # police, court and procuratorate officers, not "staff members"
    ("公安干警", "police officers"),
    ("提高出口退税率", "export tax rebate rates raised"),  # 提高 a verb, not the noun "increase"
    ("治理水土流失面积", "area of soil erosion brought under control"),  # land: area, not floor space
    ("改造提升农村公路", "roads in rural areas renovated and upgraded"),  # 提升 a verb, not "improvement"
    ("财政赤字率", "deficit-to-GDP ratio"),
    ("粮食安全", "food security"),
    ("命案破案率", "solution rate of homicide cases"),  # Xinhua on the MPS figures, not "clearance rate"
    ("受理审查逮捕", "applications for arrest received"),  # the SPP's figures as China Daily gives them
    ("受理审查起诉", "applications for prosecution received"),
    ("申请复议", None),  # applying for it (a deadline's act), not "application reconsideration"
    ("值班律师", "on-duty lawyers"),  # CPL Art. 174 in the NPC's English
    ("纠正意见", "corrective recommendations"),  # China Daily on the SPP's supervision of punishment
    ("中小学学位", "places at primary and middle schools"),  # Beijing's bilingual report
    ("证人", "witnesses"),  # a count of persons, not the heading "Witness"
    ("调解成功率", "mediation success rate"),  # whose success the label alone must say
    ("不批准逮捕", "not approved for arrest"),  # said of the persons counted, as 批准逮捕
    ("抓获刑事犯罪人员", "criminal offenders captured"),  # not "criminal offence personnel"
    ("组织开展专项行动", None),  # 组织 the verb: never "organizations carried out"
    ("办案数量", "number of cases handled"),  # not "number of case handling"
    ("判处缓刑", "given suspended sentences"),  # 缓刑 is a suspended sentence, not a reprieve (死缓's)
    ("适用缓刑", "suspended sentences applied"),
    ("能源安全", "energy security"),  # not "energy safety"
    ("粮食生产能力", "grain production capacity"),  # a capacity, not a year's yield
    ("发放救助资金", "relief funds distributed"),  # not "funds distributed and rescued"
    ("搬迁任务", "relocation tasks"),  # not "tasks relocated"
    ("执行标的", "amount subject to enforcement"),
    ("挽回经济损失", "financial losses recovered"),  # a participle after its figure, like the other labels
    ("5G用户普及率", "5G user penetration rate"),  # not "coverage", which reads as network coverage
    ("刑事未结案", "pending criminal cases"),
    ("判处刑罚", "sentenced to criminal punishment"),  # not "punishments sentenced"
    ("组织各类培训", "all kinds of training organized"),  # 组织 the verb, not "organization all kinds of training"
    ("建设项目", "construction projects"),  # not "projects built"
    ("追偿修复生态、治理环境费用", "costs of ecological restoration and environmental remediation recovered"),
])
def test_corrected_entries(label, en):
    assert label_en(label, T)[0] == en


@pytest.mark.parametrize("label, en", [
    # a light verb before an event already said by its participle is dropped, not stacked
    ("完成案款发放", "case funds distributed"),
    ("完成老旧小区改造", "renovation of old residential compounds completed"),
    # a modifier whose English the next noun already says is not said twice …
    ("新增制造业单项冠军企业", "new single-product manufacturing champions"),
    ("全国刑事犯罪案件的发案数", None),  # … and a head said on both sides of "of" has no rule ("cases of … cases")
    ("中央政府定价项目", None),  # nor when another part says it again ("central government … government pricing")
    # two nouns sharing their head word are said once; an "involving" phrase follows what it qualifies
    ("执行案件旧存", "enforcement cases left over from previous years"),
    ("批准逮捕涉未成年人案件", "cases involving minors approved for arrest"),
    ("涉案金额", "amount involved in the cases"),
    # one organisation before a verb of serving is who did it; not a verb that makes a noun with its object
    ("公证机构办理公证事项", "notarization items handled by notary offices"),
    ("值班律师提供法律帮助", "legal assistance provided by on-duty lawyers"),
    ("乡镇卫生院建设任务", None),  # the Anti-Organized Crime Law's "Property Involved in a Case"
    # a noun the one before it already says is dropped, unless that one's head is another word
    ("小额诉讼程序适用率", "application rate of small claims procedure"),
    ("打掉涉恶犯罪团伙", None),  # "involvement in … gangs" is an involvement: not "… gangs busted"
    # cases of a procuratorial review are the applications the China Daily figures speak of
    ("受理各类审查起诉案件", "applications for prosecution received"),
    ("审结审查逮捕案件", "applications for arrest concluded"),
    # an opening 已实现/实现 only says the figure was reached
    ("已实现终本案件合格率", "compliance rate of cases with the current enforcement procedure terminated"),
    # the participle goes after the head noun when a clause-like postmodifier follows it …
    ("受理涉党政机关为被执行人案件", "cases received with Party or government organs as persons subject to enforcement"),
    # … and at the end after an "of"/"for" postmodifier
    ("实施残疾儿童康复救助", "rehabilitation assistance for children with disabilities implemented"),
    # verbs joined in a list
    ("新建和改造提升高标准农田", "high-standard cropland newly built, renovated and upgraded"),
    # an institution before the verb is the one acting
    ("最高人民法院受理案件", "cases received by the Supreme People's Court"),
    ("地方各级人民法院受理案件", "cases received by local courts at all levels"),
    # … and the government that earmarks funds, a planned figure tagged so
    ("中央财政安排资金", "funds earmarked by the central government"),
    ("中央财政拟安排补贴资金", "subsidy funds earmarked by the central government (planned)"),
    # an opening change word takes what changed
    ("净增经营主体", "net increase in business entities"),
    # a measure closing the first of two items closes that item only
    ("游客人数、旅游收入", "number of tourists and tourism revenue"),
    # a one-character measure closing a label
    ("受理案件数", "number of cases received"),
    # a number of something not counted is a number of its items
    ("个人信息数量", "number of items of personal information"),
    # a head said with its participle first keeps it first
    ("诈骗警情", "reported fraud incidents"),
    ("电信网络诈骗警情", "reported telecoms and online fraud incidents"),
    # 新增 after a place: what was added there; closing a label: what the figure adds to
    ("中心城区新增机动车停车位", "new parking spaces in downtown areas"),
    ("园区新增企业", "new enterprises in industrial parks"),
    ("各项贷款新增", "new loans"),
    # … also after the verb: a count of what was done to the things
    ("电信网络诈骗案件受理数", "number of telecoms and online fraud cases received"),
    ("刑事案件办结数", "number of criminal cases concluded"),
    # 案件 after a kind of dispute
    ("受理离婚纠纷案件", "cases of divorce disputes received"),
    ("审结劳务合同纠纷案件", "cases of disputes over labor service contracts concluded"),
    ("审结民间借贷纠纷案件", "cases of private lending disputes concluded"),
    ("一审审结商事案件", "commercial cases concluded at first instance"),
    # A对B贡献率
    ("服务业对经济增长贡献率", "contribution of services to economic growth"),
    # 实际 closes a label: in real terms
    ("居民人均可支配收入实际", "per capita disposable income in real terms"),
    ("实际利用外资", "foreign investment actually utilized"),  # at the start it is a term of its own
    # a prepositional modifier follows the whole noun run; 规上 only after what names enterprises
    ("规上服务业企业利润", "profits of service enterprises above designated size"),
    ("年末城镇调查失业率", "surveyed urban unemployment rate at year-end"),
    ("省级以上专精特新企业", "specialized and sophisticated enterprises at or above the provincial level"),
    ("全市日均新增科技企业", "new technology companies per day on average"),
    # "new" said of the closing measure
    ("新增光伏装机", "new installed capacity of photovoltaic power"),
    # a two-item list with 、 is joined by "and"; 等 keeps the commas
    ("公众安全感、满意度", "public sense of security and satisfaction"),
    ("审结故意杀人、强奸、抢劫等案件", "intentional homicide, rape, robbery and other cases concluded"),
    ("累计审结刑事案件", "criminal cases concluded (cumulative)"),
    ("单位GDP能耗累计", "energy consumption per unit of GDP (cumulative)"),  # 累计 may close a label
    ("五年新设外资企业", "new foreign-invested enterprises (over five years)"),
    ("中央预算内投资拟安排", "investment in the central government budget earmarked (planned)"),
    ("中央财政用于“三农”的支出", "central government spending on “agriculture, farmers and rural areas”"),
    ("民生支出占财政支出的比重", "spending on public wellbeing as a share of government expenditure"),
    ("卫生事业的支出", "expenditure on health programs"),
    ("年均煤炭产量", "average annual output of coal"),  # said of the measure, not of coal
    ("新增外资企业销售额", "sales of new foreign-invested enterprises"),  # "new" only of what is added
    ("铁路项目", "railway projects"),  # a plural before a noun is said in the singular
    ("中小学校食堂", "primary and secondary school canteens"),
    ("农牧民转移就业", "farmers and herders moved into off-farm employment"),
    ("服务业增加值比重", "share of value added of services"),
    ("偏远山区学校", "schools in remote mountainous areas"),
    ("建设或改造地下管网", "underground pipeline networks built or renovated"),  # 或: or
    ("新建改扩建中小学", "primary and secondary schools built, renovated or expanded"),  # one term, three verbs
    ("东盟进出口", "imports and exports with ASEAN"),
    ("新登记注册市场主体", "market entities newly registered"),
    ("受理破产案件平均周期", "average duration of bankruptcy cases received"),
    ("力争规上工业增加值", "value added of industrial enterprises above designated size (target)"),
    # a noun ending in -ing is no gerund with its own object (稳增长措施 still gets none)
    ("算力规模", "size of computing power"),
    ("护理型床位占比", "share of nursing beds"),
    ("租赁和商务服务业增加值", "value added of leasing and business services"),
    ("制定政府规章", "government rules drawn up"),  # a participle with its particle
    # a closing measure said of the plural or postmodified noun before it
    ("优势特色产业集群", "clusters of distinctive industries of competitive strength"),
    # organisations named by several parts are the ones acting, as an institution is
    ("全市博物馆、美术馆举办文化展览", "cultural exhibitions held by museums and art galleries"),
    ("专项产业基金支持民间投资项目比重", "share of private investment projects supported by special industry funds"),
    # legal terms from official English (SPP white paper 2012, ICAC, China Daily glosses, the NNCC report)
    ("审结涉毒案件", "drug-related cases concluded"),
    ("侦办走私犯罪案件", "smuggling criminal cases investigated"),
    ("监督立案", "filed under supervision"),
    ("检控", "prosecuted"),
    ("违法行为", "violations of law"),
    # villages counted with the units of their level in brackets; an unknown unit gives no English
    ("村（社区）", "villages (communities)"),
    ("乡(镇)", "townships (towns)"),
    ("村（居）", "villages (residents' committees)"),  # 居 is the residents' committee said short
])
def test_composition_places_every_part(label, en):
    assert label_en(label, T)[0] == en


def test_things_counted_and_what_they_did_compose_only_when_the_figure_counts_the_things():
    # 35家村镇银行完成改革任务: the figure counts the banks, the label says what they did
    en = label_en("村镇银行完成改革任务", T, counted_first=True)[0]
    assert en == "village and township banks with reform tasks completed"
    # 村镇银行完成改革任务35项 would count the tasks: no English rather than the banks
    assert label_en("村镇银行完成改革任务", T)[0] is None
    # a verb that is also a noun inside a name is no action of the things (建设任务: construction tasks)
    assert label_en("乡镇卫生院建设任务", T, counted_first=True)[0] != "township hospitals with tasks built"


def test_the_english_of_a_label_after_its_figure_says_what_the_things_did():
    page = "35家村镇银行完成改革任务。村镇银行完成改革任务35项。\n"
    from reportgen.pipeline import parse_bytes

    stats = parse_bytes(page.encode(), "a.txt")["articles"][0]["stats"]
    assert [(s["label"], s["label_en"]) for s in stats] == [
        ("村镇银行完成改革任务", "village and township banks with reform tasks completed"),
        ("村镇银行完成改革任务", None)]


@pytest.mark.parametrize("label", [
    "规上装备工业增加值",  # "above designated size" would say it of the value added
    "新增里程",  # a bare measure of modifiers alone ("length of new")
    "北方地区占比",
    "普惠率",
    "出台稳增长措施",  # a gerund with its own object cannot modify a noun ("ensuring stable growth measures")
    "农村人口饮水安全问题",  # a noun that closes the label is said "of" the noun before only when it measures it
    "全球经济增长的贡献率",  # a contribution to what is not said
    "婴幼儿托位数",  # a plural before a noun ("children childcare places")
    "中央企业合作项目投资规模",  # 合作 is an ordinary word here, not Hezuo (合作市)
    "工业农业总产值",  # two sectors side by side: not "industrial agriculture"
    "推进法治政府建设",  # a verb before a phrase the term base gives as a verb phrase ("build … advanced")
    "国有企业新增研发机构",  # 新增 after no place: "in" would not say it
    "投资江西",  # a place after a noun ("investment Jiangxi")
    "建成幸福河湖",  # no place for the participle beside "rivers and lakes that bring happiness …"
    "新增普通高中学位" + "供给",  # "… school school places"
    "修复治理" + "工程建设",
    "提高机关事业单位",  # raised: a rate or a standard, not an institution
    "市级高精尖产业基金带动",  # what the funds drive is cut off
    "国内游客人次、总花费",  # "… and total spending by"
    "综合治理水土流失面积",  # "comprehensive area of …"
    "战略性新兴产业和高技术制造业增加值年均增长",  # the value added is said of both items
    "紧密型城市医疗集团、区级覆盖率",  # the list's last item names nothing
    "新建改造供热、供排水、燃气老旧管网",  # "heating, water supply and drainage and gas": the items blur
    "中小微企业政府采购占比",  # "MSMEs government procurement"
    "下调金融机构",  # the verb's object is cut off: no English
    "完成",  # a verb of building or spending alone: its object is not said
    "实际",  # a modifier alone counts nothing
    "国家",
])
def test_composition_refuses_what_no_rule_places(label):
    assert label_en(label, T)[0] is None


def test_a_verb_of_case_handling_alone_stays_a_label():
    assert label_en("审结", T)[0] == "concluded"  # said of cases: "concluded: 500 cases"


def test_region_words_depend_on_the_region_the_item_is_about():
    assert label_en("全区检察机关", T) == (None, "missing")  # the item does not say: no guess
    assert label_en("全区检察机关", T, "autonomous_region")[0] == "region-wide procuratorates"
    assert label_en("全区检察机关", T, "district")[0] == "district-wide procuratorates"
    assert label_en("全区", T, "autonomous_region") == (None, "missing")  # a modifier alone counts nothing
    assert label_en("区委", T, "district")[0] == "District Committee"
    assert label_en("区委", T, "autonomous_region")[0] == "Regional Party Committee"
    from reportgen.english.enrich import region_kind

    assert region_kind({"regions": [{"name": "西藏自治区", "level": "autonomous_region"}]}, T) == "autonomous_region"
    assert region_kind({"regions": [{"name": "浦东新区", "level": "district"}]}, T) == "district"
    assert region_kind({"regions": [{"name": "西藏自治区", "level": "autonomous_region"},
                                    {"name": "城关区", "level": "district"}]}, T) is None


def test_composition_rules():
    from reportgen.english.labels import compose
    from reportgen.english.terms import Term

    a, b = Term("甲", "tourism", "n"), Term("乙", "GDP", "n")
    share = Term("占", "as a share of", "n")
    assert compose([a, share, b, Term("比重", "share", "h")]) == "tourism as a share of GDP"
    assert compose([a, Term("的", "", "f"), b]) == "GDP of tourism"
    assert compose([a, Term("增加值", "value added", "h")]) == "value added of tourism"
    assert compose([Term("完成", "approve the arrest", "v"), a]) is None  # a finite phrase cannot follow its object
    assert compose([Term("审结", "concluded", "v"), a]) == "tourism concluded"


def test_project_glossary_overrides(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text("- {zh: 这座矗立, en: this standing tower}\n- {zh: 执行到位金额, en: money recovered}\n", "utf-8")
    terms = load_terms([g])
    assert label_en("这座矗立", terms) == ("this standing tower", "glossary")
    assert label_en("执行到位金额", terms)[0] == "money recovered"


def test_missing_english_is_flagged_not_invented():
    item = {"id": "x-01", "kind": "article", "topic": "其他", "regions": [], "stats": [stat(label="这座矗立")]}
    missing = enrich_item(item, T)
    s = item["stats"][0]
    assert s["label_en"] is None and s["label_en_origin"] == "missing"
    assert "x-01.s01 label '这座矗立'" in missing


def test_machine_translation_is_marked():
    class Fake:
        def translate(self, text):
            return f"MT({text})"

    item = {"id": "x-01", "kind": "article", "topic": "其他", "regions": [], "stats": [stat(label="这座矗立")]}
    enrich_item(item, T, translator=ArgosTranslator(engine=Fake()))
    assert item["stats"][0]["label_en"] == "MT(这座矗立)"
    assert item["stats"][0]["label_en_origin"] == "machine"


_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def test_summary_sentences_only_state_statistics(seed_summaries):
    checked = 0
    for summary in seed_summaries.values():
        for item in summary["articles"]:
            if not item.get("summary_en"):
                continue
            # a figure's English, its year, and the numbers its label says (判处5年以上有期徒刑: the class, not a figure)
            allowed = " ".join(f"{figure_en(s) or ''} {s.get('period') or ''} {s.get('label_en') or ''}" for s in item["stats"])
            allowed_nums = set(_NUM.findall(allowed))
            for n in _NUM.findall(item["summary_en"]):
                assert n in allowed_nums, (item["id"], n, item["summary_en"])
                checked += 1
    assert checked > 20


def test_title_en_is_generated_with_origin(seed_summaries):
    from tests.conftest import article

    a = article(seed_summaries, "000-01")
    assert a["title_en"].startswith("Enforcement, Xizang, 2025: enforcement cases received, 47,717 cases")
    assert a["title_en_origin"] == "generated"


def test_human_overrides_survive_reparse(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("拉萨法院执行工作\n\n2025年,全区法院受理执行案件47717件,执行到位金额34.07亿元。\n", "utf-8")
    out = tmp_path / "out"
    run_parse([src], out, echo=lambda *a: None)
    target = out / "a.yaml"
    data = load_file(target)
    item = data["articles"][0]
    item["title_en"], item["title_en_origin"] = "Lhasa courts' enforcement in 2025", "human"
    item["stats"][0]["label_en"] = "enforcement cases accepted"
    del item["stats"][0]["label_en_origin"]  # an editor who deletes the origin also marks it as theirs
    target.write_text(dump(data), "utf-8")
    run_parse([src], out, echo=lambda *a: None)
    again = load_file(target)["articles"][0]
    assert again["title_en"] == "Lhasa courts' enforcement in 2025"
    assert again["title_en_origin"] == "human"
    assert again["stats"][0]["label_en"] == "enforcement cases accepted"
    assert again["stats"][0]["label_en_origin"] == "human"
    assert again["stats"][1]["label_en_origin"] == "glossary"


def test_seed_label_coverage_is_reported(seed_summaries):
    labels = [s for sm in seed_summaries.values() for a in sm["articles"] for s in a["stats"]]
    covered = [s for s in labels if s["label_en"]]
    assert all(s["label_en_origin"] in ("glossary", "composed") for s in covered)
    assert len(covered) / len(labels) > 0.6


def test_term_base_size_and_sources():
    from reportgen.english.terms import check_termbase

    assert len(T.glossary) >= 3000
    assert check_termbase() == []
    assert all(t.source for t in T.glossary.values())


def test_term_base_refuses_an_entry_without_a_source(tmp_path):
    from reportgen.english.terms import check_termbase

    (tmp_path / "sources.yaml").write_text(
        "sources:\n- {id: gwr2024, kind: official, title: Report on the Work of the Government 2024, url: 'https://x'}\n",
        "utf-8")
    (tmp_path / "economy.yaml").write_text(
        "terms:\n- {zh: 粮食产量, en: grain output, source: gwr2024}\n- {zh: 财政收入, en: fiscal revenue}\n"
        "- {zh: 进出口, en: imports and exports, source: somewhere}\n", "utf-8")
    problems = check_termbase(tmp_path)
    assert len(problems) == 2
    assert "财政收入" in problems[0] and "names no source" in problems[0]
    assert "somewhere is not in sources.yaml" in problems[1]


def test_term_base_entries_have_only_known_keys():
    """An unquoted comma in a flow entry (`en: a, b`) silently cuts the English; none may exist."""
    folder = Path(__file__).parent.parent.joinpath("reportgen/data/termbase")
    bad = [t for f in folder.glob("*.yaml") if f.name != "sources.yaml"
           for t in yaml.safe_load(f.read_text("utf-8"))["terms"]
           if set(t) - {"zh", "en", "pos", "note", "source", "context"} or not isinstance(t.get("en"), str)]
    assert bad == []


def test_project_glossary_with_unquoted_comma_is_refused(tmp_path):
    f = tmp_path / "g.yaml"
    f.write_text("- {zh: 中小微企业, en: micro, small and medium-sized enterprises}\n", encoding="utf-8")
    with pytest.raises(UserError, match="needs quotes"):
        read_glossary_file(f)


def test_quoted_names_and_place_preference_in_labels():
    assert label_en("化解“积案”“难案”", T)[0] == "“backlog cases” and “difficult cases” resolved"
    assert label_en("院领导包案化解“积案”“难案”", T)[0] is None  # a verb inside the phrase: no rule places it
    assert label_en("开展“送法进军营”系列活动", T) == (None, "missing")  # a name the term base lacks: no pinyin
    tibet = load_terms(place_names={"西藏": "Tibet"})
    assert label_en("西藏法院", tibet)[0] == "Tibet courts"
    assert label_en("西藏法院", T)[0] == "Xizang courts"


@pytest.mark.parametrize("zh, en", [
    ("中华人民共和国行政诉讼法", "Administrative Procedure Law of the People's Republic of China"),
    ("刑法", "Criminal Law of the People's Republic of China"),  # cited by its short form
    ("最高人民法院关于适用〈中华人民共和国行政诉讼法〉若干问题的解释",
     "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of the "
     "Administrative Procedure Law of the People's Republic of China"),
    ("最高人民法院关于审理行政赔偿案件若干问题的规定",
     "Provisions of the Supreme People's Court on Several Issues Concerning the Trial of Administrative "
     "Compensation Cases"),
    ("中华人民共和国刑法修正案（十一）", "Amendment XI to the Criminal Law of the People's Republic of China"),
    # 执行 right before a law title is implementing that law, not enforcement; judgments cite the
    # title with any kind of marks and with web-page debris inside
    ("最高人民法院关于执行<中华人民共和国行政诉讼法>若干问题的解释",
     "Interpretation of the Supreme People's Court on Several Issues Concerning the Implementation of the "
     "Administrative Procedure Law of the People's Republic of China"),
    ("关于执行〈中华人民共和国行政诉讼法(?javascript:SLC(4274,0)?)〉若干问题的解释",
     "Interpretation on Several Issues Concerning the Implementation of the "
     "Administrative Procedure Law of the People's Republic of China"),
    ("生万物", None), ("关于推进某某工作的实施意见", None),  # no English from data: Chinese kept, flagged
])
def test_document_titles(zh, en):
    from reportgen.english.documents import document_en

    got, origin = document_en(zh, T)
    assert got == en
    assert origin == ("missing" if en is None else origin) and origin != "pinyin"


def test_documents_and_campaigns_are_never_pinyin():
    item = {"id": "x-01", "kind": "article", "topic": "其他", "regions": [], "stats": [],
            "campaigns": ["终本清仓", "某某行动"], "documents": ["生万物", "刑法"]}
    missing = enrich_item(item, T)
    assert [c["origin"] for c in item["campaigns_en"]] == ["glossary", "missing"]
    assert item["documents_en"][0] == {"zh": "生万物", "en": None, "origin": "missing"}
    assert item["documents_en"][1]["en"] == "Criminal Law of the People's Republic of China"
    assert "x-01 campaign '某某行动'" in missing and "x-01 document '生万物'" in missing


def test_new_english_fields_are_built_or_flagged():
    item = {"id": "x-01", "kind": "article", "topic": "其他", "regions": [], "subtitle": "——记某某同志",
            "stats": [stat(section="一、执行工作"), stat(id="x-01.s02", section="二、某某情况")],
            "cases": [{"parties": [], "dispute": "宅基地纠纷"}, {"parties": [], "dispute": "某某纠纷"}],
            "photos": [{"caption": "图为某某现场。", "credit": None}]}
    missing = enrich_item(item, T)
    assert item["sections_en"][0] == {"zh": "一、执行工作", "en": "1. Enforcement work", "origin": "glossary"}
    assert item["sections_en"][1]["en"] is None
    assert item["cases"][0]["dispute_en"] and item["cases"][1]["dispute_en"] is None
    assert item["subtitle_en"] is None and item["photos"][0]["caption_en"] is None
    for flag in ("x-01 subtitle '——记某某同志'", "x-01 section '二、某某情况'", "x-01 case 2 dispute '某某纠纷'",
                 "x-01 photo 1 caption"):
        assert flag in missing


def test_topic_other_is_not_named_in_the_title():
    from reportgen.english.generate import title_en

    item = {"id": "x-01", "topic": "其他", "regions": [{"name": "西藏自治区", "level": "autonomous_region"}],
            "scope": {"name": "西藏自治区", "level": "autonomous_region", "basis": "全区"}, "stats": [], "period": "2025"}
    assert title_en(item, T) == "Xizang"  # no figure: no year is claimed either


def test_summary_sentences_do_not_repeat_a_figure(seed_summaries):
    for sm in seed_summaries.values():
        for a in sm["articles"]:
            if a.get("summary_en"):
                parts = a["summary_en"].split(": ", 1)[-1].rstrip(".").split("; ")
                assert len(parts) == len(set(parts)), a["summary_en"]


def test_figures_are_credited_to_the_items_scope_only():
    """The English names the place the item's scope says, 'China' for national figures, and no
    place at all when the scope is unknown (regions named in passing never count)."""
    from reportgen.english.generate import main_region, summary_en

    item = {"regions": [{"name": "浙江省", "level": "province"}], "scope": None}
    assert main_region(item, T) is None
    assert main_region({"scope": {"name": "西藏自治区", "level": "province", "basis": "全区法院"}}, T) == "Xizang"
    assert main_region({"scope": {"name": "全国", "level": "national", "basis": "全国法院"}}, T) == "China"
    assert main_region({"scope": {"name": "日喀则市拉孜县", "level": "county", "basis": "x"}}, T) == "Lhatse County, Shigatse"
    stat = {"id": "x.s01", "label": "受理案件", "label_en": "cases received", "value": "100", "unit": "件", "norm": 100,
            "norm_unit": "件", "qualifier": "exact", "kind": "count"}
    national = {"scope": {"name": "全国", "level": "national", "basis": "全国法院"}, "period": "2025",
                "stats": [{**stat, "period": "2024"}]}
    assert summary_en(national, T).startswith("Nationwide figures for 2024:")  # the figures' year, not the item's
    assert summary_en({"scope": None, "stats": [stat]}, T).startswith("Figures reported: ")


def test_province_lookup_is_the_first_province_a_name_or_short_name_belongs_to():
    def scan(name):
        return next((p for p in T.provinces if name == p["name"] or (name in p.get("short", []) and len(name) > 1)), None)

    names = {p["name"] for p in T.provinces} | {s for p in T.provinces for s in p.get("short", [])} | {"拉萨市", "藏", ""}
    for name in names:
        assert T.province(name) is scan(name), name


def test_english_fields_are_placed_after_their_chinese_field():
    from reportgen.english.enrich import _place_english_beside

    rec = {"id": "1", "label": "案件", "value": "3", "span": [0, 1], "label_en_origin": "glossary",
           "label_en": "cases", "extra": 1}
    for _ in range(2):  # the second time from the remembered order
        d = dict(rec)
        _place_english_beside(d)
        assert list(d) == ["id", "label", "label_en", "label_en_origin", "value", "span", "extra"]
        assert d == rec


def test_builtin_data_is_cached_by_content(tmp_path, monkeypatch):
    from reportgen.english import terms

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    terms._compiled.cache_clear()
    try:
        first = terms._compiled()
        cached = list((tmp_path / "reportgen").glob("data-*.json"))
        assert len(cached) == 1
        terms._compiled.cache_clear()
        assert terms._compiled() == first  # read back from the cache
        cached[0].write_text("{not json", "utf-8")  # a damaged cache is read again from the YAML
        terms._compiled.cache_clear()
        assert terms._compiled() == first
    finally:
        terms._compiled.cache_clear()


def test_campaign_names_by_their_structure():
    from reportgen.english.documents import campaign_en

    assert campaign_en("电信网络诈骗专项行动", T) == ("special campaign focusing on telecoms and online fraud", "composed")
    assert campaign_en("扫黑除恶专项斗争", T)[1] == "glossary"
    assert campaign_en("升级", T) == (None, "missing")  # a verb of the term base names no campaign
    assert campaign_en("嵌入式", T)[0] is None  # nor a modifier
    assert campaign_en("某某行动", T) == (None, "missing")
    assert campaign_en("推进重大标志性工程", T) == (None, "missing")  # an action; a label would say "… advanced"
    # investment promotion named after a place, as the national "Invest in China" brand is
    assert campaign_en("投资江西", T) == ("Invest in Jiangxi", "composed")
    assert campaign_en("投资重庆", T) == ("Invest in Chongqing", "composed")
    assert campaign_en("投资项目", T)[0] != "Invest in project"  # not a place: no such name
    # a programme named by its number is a name, not a count of projects
    assert campaign_en("“117项目”", T) == ("Project 117", "composed")
    assert campaign_en("863计划", T) == ("Program 863", "composed")


def test_a_short_title_says_what_the_document_is():
    from reportgen.english.documents import document_en

    assert document_en("纲要草案", T)[0] == "draft Outline"  # not 'draft' alone


def test_a_title_with_no_topic_place_or_year_starts_with_its_label():
    from reportgen.english.generate import title_en

    item = {"topic": "其他", "stats": [stat(label="责任网格", label_en="responsibility grids", norm=5, unit="个",
                                           norm_unit="个", hero=True)]}
    title = title_en(item, T)
    assert title is not None and not title.startswith(":") and title.startswith("Responsibility grids")


def test_a_target_year_is_not_said_to_be_when_the_figures_were_reported():
    from reportgen.english.generate import stated_period, summary_en

    targets = [stat(label="重大项目", label_en="major projects", norm=100, unit="个", norm_unit="个", period="2030")]
    assert stated_period(targets, "2026") is None  # 到2030年 in a 2026 text is a target
    assert stated_period(targets, "2030") == "2030"
    assert stated_period([{**targets[0], "period": "2023"}], "2021-2023") == "2023"
    summary = summary_en({"period": "2026", "stats": targets}, T)
    assert summary is not None and "2030" not in summary


def test_society_wide_names_no_country():
    en, _ = label_en("全社会研发投入", T)
    assert en is not None and "China" not in en  # a province's 全社会研发投入 is not China's


def test_no_year_is_credited_to_a_target_or_a_running_total():
    from reportgen.english.generate import stated_period

    target = stat(label="重大项目", period="2030", sentence="“2030先锋工程”：到2030年，实施100个左右重大项目。")
    assert stated_period([target]) is None  # 到2030年: a target, not figures of 2030
    total = stat(label="注册科技型企业", period="2025", sentence="科创园累计注册科技型企业超4500家。")
    assert stated_period([total]) is None  # a running total of no year
    year = stat(label="受理案件", period="2025", sentence="2025年累计受理案件5000件。")
    assert stated_period([year]) == "2025"  # the year's own total


def test_a_figure_does_not_repeat_the_noun_its_label_heads_with():
    from reportgen.english.generate import without_head

    assert without_head("16 schools", "schools in remote mountainous areas") == "16"
    assert without_head("47,717 cases", "cases received") == "47,717 cases"  # the head is the participle's
    assert without_head("CNY 5 billion", "funds") == "CNY 5 billion"


def test_titles_of_regulations_and_interpretations():
    from reportgen.english.documents import document_en

    assert document_en("信访条例", T) == ("Regulations on Letters and Visits", "glossary")  # the 2005 regulations
    en, _ = document_en("最高人民法院关于适用<中华人民共和国行政诉讼法(?javascript:SLC(4274,0)?)>的解释", T)
    assert en == ("Interpretation of the Supreme People's Court on the Application of the Administrative "
                  "Procedure Law of the People's Republic of China")  # one English name for the law


def test_a_unit_price_says_what_it_is_per():
    from reportgen.english.figures import figure_en
    from reportgen.vocab import unit_en

    price = {"norm": 120, "norm_unit": "元/平方米", "unit": "元／平方米", "kind": "amount", "value": "120",
             "qualifier": "exact"}
    assert figure_en(price) == "CNY 120 per square metre"
    assert figure_en({**price, "norm": 580000, "norm_unit": "元/人", "unit": "万元/人左右", "value": "58",
                      "qualifier": "approx"}) == "about CNY 580,000 per person"
    assert unit_en("元/平方米", 2) == "CNY per square metre" and unit_en("元/某", 2) is None


def test_a_figure_with_two_changes_is_printed_with_the_first() -> None:
    """增长1.7%（同口径增长2.5%以上）: the summary and the card say up 1.7%, the change on another basis
    stays a figure of its own (it had replaced the first before)."""
    from reportgen.english.generate import summary_en
    from reportgen.pipeline import parse_bytes
    from reportgen.summary import changes_by_level

    parsed = parse_bytes("全省一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%以上）。".encode(), "a.txt")
    item = (parsed.to_dict() if hasattr(parsed, "to_dict") else parsed)["articles"][0]
    level, first, second = item["stats"]
    assert first["of"] == second["of"] == level["id"]
    assert changes_by_level(item["stats"]) == {level["id"]: first}
    text = summary_en(item, default_terms()) or ""
    assert "up 1.7%" in text and "2.5%" not in text


@pytest.mark.parametrize(("label", "en"), [
    ("判处五年以上有期徒刑", "sentenced to fixed-term imprisonment of five years or more"),
    ("判处3年以下有期徒刑、拘役", "sentenced to fixed-term imprisonment of 3 years or less, or jail sentences"),
    ("被判处十年以上有期徒刑", "sentenced to fixed-term imprisonment of ten years or more"),
])
def test_a_class_of_sentences_says_its_bound(label, en):
    assert label_en(label, default_terms()) == (en, "composed")
    assert label_en("判处五年以上死刑", default_terms())[0] is None  # no such class


def test_words_that_add_nothing_to_what_is_counted_are_not_said():
    """全省共有…: the figure is the total; 各类: of all kinds. A label with English of its own keeps it."""
    assert label_en("全省共有人民调解组织", T) == ("people's mediation organizations", "composed")
    assert label_en("共计审结案件", T) == ("cases concluded", "composed")
    assert label_en("各类诉讼监督案件", T)[0] == "all kinds of litigation supervision cases"
    assert label_en("受理审查逮捕的各类刑事案件", T) == (None, "missing")  # a clause before 的 is no owner
    assert label_en("化解各类矛盾纠纷", T)[0] == "all kinds of conflicts and disputes resolved"


def test_things_of_one_kind():
    """社会治理类检察建议: procuratorial suggestions of the social-governance kind."""
    assert label_en("社会治理类检察建议", T) == ("social governance-related procuratorial suggestions", "composed")
    assert "-related" not in (label_en("分类检察建议", T)[0] or "")  # 分类 (sorted) is no kind of anything
    # 盗窃类警情降幅: the change is said first ('reported larceny-related decrease in incidents' before)
    assert label_en("盗窃类警情降幅", T)[0] == "decrease in reported larceny-related incidents"
    assert label_en("警情降幅", T)[0] == "decrease in reported incidents"


def test_a_verb_of_helping_is_no_second_thing_done():
    """帮助追回薪酬: the courts helped recover the wages; not "wages helped and retrieved"."""
    assert label_en("帮助追回薪酬", T) == (None, "missing")
    assert label_en("追回执行款", T) == ("enforcement money retrieved", "composed")


@pytest.mark.parametrize("label", [
    "争取中央各类建设发展资金",  # 各类 dropped only after a verb or at the start: not "funds built by the government"
    "适用小额诉讼案件",  # the procedure was applied in the cases; the cases were not applied
    "各种粮食的播种面积安排",  # 的 before a closing verb: no owner and owned
])
def test_compositions_that_would_say_something_else_give_none(label):
    assert label_en(label, T) == (None, "missing")


def test_a_light_verb_before_another_verb_is_not_listed_with_it():
    assert label_en("确保完成裁减军队员额", T) == ("troops cut (target)", "composed")


@pytest.mark.parametrize("heading, en", [
    ("一、2025年工作回顾", "1. A Review of Our Work in 2025"),
    ("三、2026年重点工作", "3. Major Tasks for 2026"),
    ("三、2025年政府工作任务", "3. Major Tasks for 2025"),
    ("二、“十四五”时期发展成就和“十五五”时期主要目标任务",
     "2. Achievements in the 14th Five-Year Plan Period and Major Targets and Tasks for the 15th Five-Year Plan Period"),
    ("一、2025年和“十四五”时期工作回顾", "1. A Review of Our Work in 2025 and in the 14th Five-Year Plan Period"),
])
def test_report_headings_take_the_reports_official_english(heading, en):
    from reportgen.english.enrich import phrase_en

    assert phrase_en(heading, T, None) == (en, "glossary")


def test_a_heading_of_no_known_form_is_not_guessed():
    from reportgen.english.headings import heading_en

    assert heading_en("2026年工作安排") is None  # no official page seen for this form
    assert heading_en("回顾2025年工作的主要体会") is None  # only whole headings


def test_no_term_calls_a_figure_national_when_its_chinese_names_no_scope():
    """网上立案 is cases filed online in Yunnan as in Beijing: an entry whose source spoke of the whole country
    ("a nationwide online platform", "Chinese households") must not carry that scope into a province's
    figure. Only names that are national by themselves keep it (法考, 两院院士, the SPC's four-level reform)."""
    national = {"法考", "两院院士", "完善四级法院审级职能定位改革", "统一大市场", "“两重”项目"}
    scoped = [(zh, t.en) for zh, t in T.glossary.items() if zh not in national
              and re.search(r"\b(?:nationwide|national|across the country|China's|Chinese)\b", t.en)
              and not re.search("全国|举国|国家|中国|国|华|中|汉|全民|全运|央", zh)]
    assert scoped == []


def test_a_level_of_division_counted_alone_is_a_plural_noun():
    """11个县, 28个省: "counties", "provinces"; the term base's County and Province stay the suffixes of names."""
    from reportgen.english.labels import label_en

    assert [label_en(z, T)[0] for z in ("县", "省", "区", "村")] == ["counties", "provinces", "districts", "villages"]
    assert T.glossary["县"].en == "County"


def test_a_light_verb_before_the_verb_of_the_event_adds_nothing():
    """农村贫困人口实现脱贫: "poor rural residents lifted from poverty" (a participle may take "from …"); 实现 alone
    before a noun keeps the rules it had."""
    from reportgen.english.labels import label_en

    assert label_en("农村贫困人口实现脱贫", T)[0] == "poor rural residents lifted from poverty"
    assert label_en("重大项目完成建设", T)[0] == "major projects built"


def test_a_thing_measured_in_a_place_says_the_place_after_it():
    """中心城区绿色出行比例: "share of green travel in downtown areas"; places side by side (园区开发区) or a
    place's proper suffix (省市自治区) are no thing in a place."""
    from reportgen.english.labels import label_en

    assert label_en("中心城区绿色出行比例", T)[0] == "share of green travel in downtown areas"
    assert label_en("棚户区居民", T)[0] == "residents in rundown areas"
    assert " in " not in (label_en("园区开发区", T)[0] or "") and " in " not in (label_en("省市自治区", T)[0] or "")


def test_what_a_government_spends_is_said_after_it():
    """中央财政投入: "central government spending" (投入 alone waits for an object: "spending on"); 中央财政支出:
    "central government expenditure", not a second "government"."""
    from reportgen.english.labels import label_en

    assert label_en("中央财政投入", T)[0] == "central government spending"
    assert label_en("中央财政支出", T)[0] == "central government expenditure"


def test_a_number_of_people_says_people():
    """人数 is a number of persons: 涉案人数 "number of people involved in the cases" (not "number involved");
    a 人数 whose parts name no persons gets no English rather than a wrong count (犯罪人数 is no "number
    of crimes", 就业人数 no "number of employment", 治安处罚人数 no "number of public security punishment")."""
    assert label_en("人数", T)[0] == "number of people"
    assert label_en("涉案人数", T)[0] == "number of people involved in the cases"
    assert label_en("全区律师人数", T)[0] == "number of lawyers"
    assert label_en("基本养老保险参保人数", T)[0] == "number of people covered by basic old-age insurance"
    for wrong in ("犯罪人数", "未成年人犯罪人数", "就业人数", "治安处罚人数", "刑事案件破案人数"):
        assert label_en(wrong, T)[0] is None, wrong


def test_a_bound_said_before_the_label_is_said_in_english():
    """不到餐馆总数量的10%: 'less than 10%', not 'no more than'; 最高可罚50万元: 'up to'. A bound the unit
    says itself (最高单案劝阻金额达523万余元) keeps it, and a name holding 最低 (最低生活保障) is no bound."""
    from reportgen.pipeline import parse_bytes

    def said(text: str) -> dict[str, str | None]:
        stats = parse_bytes(text.encode(), "a.txt")["articles"][0]["stats"]
        return {s["value"]: figure_en(s) for s in stats}

    assert said("抽检发现，违规餐馆不到餐馆总数量的10%。")["10"] == "less than 10%"
    assert said("新条例规定，施工致树死亡最高可罚50万元。")["50"] == "up to CNY 500,000"
    assert said("最高单案劝阻金额达523万余元。")["523"] == "more than CNY 5.23 million"
    assert said("城市居民最低生活保障的覆盖人数由400多万人增加到1120万人。")["400"] == "more than 4,000,000 people"


def test_real_terms_only_for_a_change_after_prices():
    """实际增长7.8% is growth after prices ('in real terms'); 实际回落到6.1% is what actually happened
    against a plan (物价涨幅要从14.8%降到10%左右，实际回落到6.1%), and says no 'in real terms'."""
    from reportgen.pipeline import parse_bytes

    def said(text: str) -> dict[str, str | None]:
        return {s["value"]: figure_en(s) for s in parse_bytes(text.encode(), "a.txt")["articles"][0]["stats"]}

    assert said("城镇居民人均可支配收入比上年实际增长10.4%。")["10.4"].endswith("in real terms")
    assert "real" not in (said("物价涨幅要从14.8%降到10%左右，实际回落到6.1%。")["6.1"] or "")


def test_things_counted_in_jian_are_items_not_cases():
    """件 counts cases, and also things: 检获逾四万件文物 is 'more than 40,000 items', 移送案件材料2件 '2 items'."""
    from reportgen.pipeline import parse_bytes

    stats = {s["value"]: s for s in parse_bytes("检获逾四万件文物，向公安移送拒执案件材料2件，审结案件30件。".encode(),
                                                 "a.txt")["articles"][0]["stats"]}
    assert figure_en(stats["四万"]) == "more than 40,000 items"
    assert figure_en(stats["2"]) == "2 items" and figure_en(stats["30"]) == "30 cases"


def test_accidents_incidents_calls_and_fires_are_not_cases():
    """交通事故15起 is 15 accidents, 刑事类警情43695起 43,695 incidents, 全市共接各类报警41695起 41,695 calls,
    火灾3起 3 fires: 'cases' said of them reads as cases filed."""
    from reportgen.pipeline import parse_bytes

    text = "厦门高速一般事故15起。刑事类警情43695起。全市共接各类报警41695起。全市发生火灾3起。审结案件30件。"
    got = {s["value"]: figure_en(s) for s in parse_bytes(text.encode(), "a.txt")["articles"][0]["stats"]}
    assert (got["15"], got["43695"], got["41695"], got["3"], got["30"]) == (
        "15 accidents", "43,695 incidents", "41,695 calls", "3 fires", "30 cases")


def test_a_chart_says_no_chinese_in_its_english():
    """English that could not be built is left out of a chart, as everywhere: a part chart of figures
    without English had its Chinese labels printed twice per bar and a Chinese label in its English title."""
    from reportgen.assemble import Figure
    from reportgen.charting import parts

    def fig(value: str, label: str, norm: int) -> Figure:
        return Figure(ref=norm, id=value, item_id="a", label=label, label_en=None, value=value, unit="起", en=None,
                      kind="count", norm=norm, norm_unit="起", source="a.txt",
                      sentence="查处违法行为25973起，其中饮酒驾驶22905起、醉酒驾驶2399起。")

    figures = [fig("25973", "查处违法行为", 25973), fig("22905", "饮酒驾驶", 22905), fig("2399", "醉酒驾驶", 2399)]
    chart = parts(figures)[0]
    assert chart.title_en == "" and chart.bars_en == ["", "", ""] and chart.bars_zh[1] == "饮酒驾驶"


def test_a_share_of_a_whole_said_alone_says_of_what():
    """占全部民事一审案件 (the subject said before the figure, the label names the whole): "share of …";
    the scope word goes after it, a closing total says "all", and a whole that names nothing counted
    (占全国) or no persons (占判决人数) gets none."""
    assert label_en("占全部民事一审案件", T)[0] == "share of all civil first-instance cases"
    assert label_en("占全省法院", T)[0] == "share of courts in the province"
    assert label_en("占全国人口", T)[0] == "share of population nationwide"
    assert label_en("占汽车总量", T)[0] == "share of all automobiles"
    assert label_en("占总数的比例", T)[0] == "share of the total"
    assert label_en("占提起公诉人数", T)[0] == "share of people prosecuted"
    for nothing in ("占全国", "占判决人数", "占审结人数"):
        assert label_en(nothing, T)[0] is None, nothing


def test_a_number_of_people_a_verb_was_done_to():
    assert label_en("受伤人数", T)[0] == "number of people injured"
    assert label_en("审结人数", T)[0] is None  # people are not concluded: their cases are


def test_a_verb_said_by_an_open_phrase_takes_its_object_after_it():
    """批准和决定逮捕 is officially "approved the arrest of": the label keeps that phrase with its object
    after it; arrests are of persons, and 减少 "reduced by" says a change, not an act on an object."""
    assert label_en("批准和决定逮捕各类犯罪嫌疑人", T)[0] == "approved the arrest of suspects"
    assert label_en("参审刑事案件", T)[0] == "participated in trials of criminal cases"
    assert label_en("批准和决定逮捕各类犯罪", T)[0] is None
    assert label_en("减少财政收入", T)[0] is None
    assert label_en("立案侦查各类职务犯罪", T)[0] == "investigated for duty-related crimes"


def test_two_acts_side_by_side_are_no_noun_phrase():
    assert label_en("贪污受贿", T)[0] is None  # not "embezzlement taking bribes"
    assert label_en("新培育省级农业龙头企业", T)[0] == "provincial-level agriculture leading enterprises newly fostered"


def test_words_of_legal_news_from_official_english():
    """Terms sourced from official bilingual texts give common legal-news labels English; a verb that takes
    another verb (提请撤销缓刑: asked for the revocation), two verbs said alike and a noun of an act before
    another noun compose nothing."""
    assert label_en("直接经济损失", T)[0] == "direct economic losses"
    assert label_en("普通刑事案件", T)[0] == "ordinary criminal cases"
    assert label_en("醉酒驾驶", T)[0] == "drunk-driving"
    assert label_en("重新犯罪率", T)[0] == "rate of re-offending"
    for nothing in ("提请撤销缓刑", "挽回和追缴国有财产", "扣押机动车", "预防纠纷"):
        assert label_en(nothing, T)[0] is None, nothing


def test_a_count_of_what_a_verb_of_case_handling_did():
    """审结数 counts cases concluded, 抓获犯罪嫌疑人数 the suspects the verb's English already names; 决定不起诉
    is said as 不起诉 is; a verb whose object is not known gets none (查处量)."""
    assert label_en("审结数", T)[0] == "number of cases concluded"
    assert label_en("破案件数", T)[0] == "number of cases solved"
    assert label_en("占审结数", T)[0] == "share of cases concluded"
    assert label_en("抓获犯罪嫌疑人数", T)[0] == "number of suspects captured"
    assert label_en("决定不起诉", T)[0] == label_en("不起诉", T)[0]
    assert label_en("查处量", T)[0] is None


def test_a_label_that_is_only_a_place_is_said_as_the_place():
    """A table row named by a place (旬阳 12, 晋城市 3) keeps its place in English; a modifier alone
    (集体, 全省) still names nothing, and an ordinary word that is also a place's stem is no place."""
    from reportgen.english.labels import label_en

    assert label_en("旬阳", T) == ("Xunyang", "composed")
    assert label_en("晋城市", T) == ("Jincheng", "composed")
    assert label_en("集体", T)[0] is None and label_en("全省", T)[0] is None
    assert label_en("合作", T)[0] is None


def test_cases_of_an_offence_named_by_its_act():
    """An offence whose English is long is said before its cases as "cases of …", also with the
    instance between them; a short one stays in front ("fraud cases")."""
    from reportgen.english.labels import label_en

    assert label_en("审结非法吸收公众存款案件", T)[0] == "cases of illegally taking in deposits from the public concluded"
    assert label_en("受理危险驾驶罪一审案件", T)[0] == "first-instance cases of dangerous driving received"
    assert label_en("诈骗案件", T)[0] == "fraud cases"


def test_a_table_cell_whose_column_is_a_state_says_the_state_before_its_row():
    """民事案件（未结）: the row (civil cases) in the state its column names; a column that is no state of
    countable things (数量（财政）) is not composed."""
    from reportgen.english.labels import label_en

    assert label_en("民事案件（未结）", T) == ("unconcluded civil cases", "composed")
    assert label_en("数量（财政）", T)[0] is None


def test_a_bare_noun_with_its_kinds_in_brackets_leads_only_when_nothing_else_does():
    from reportgen.english.generate import lead_stats

    def stat(i, label, en, value):
        return {"id": f"s{i}", "label": label, "label_en": en, "kind": "count", "value": value, "unit": "个",
                "norm": int(value), "norm_unit": "个", "qualifier": "exact"}

    item = {"stats": [stat(1, "村(居)", "villages (residents' committees)", "2800"),
                      stat(2, "公证机构", "notary offices", "12")]}
    assert [s["label"] for s in lead_stats(item, 2)] == ["公证机构", "村(居)"]


def test_a_share_of_a_scope_after_what_it_is_of_and_a_projection_said_before_its_noun():
    """粮食产量占全国: what the share is of is named, so the scope's total is the whole ("… as a share of the national
    total"), while 占全国 alone still names nothing; 经济增长预期: "projected economic growth"."""
    assert label_en("粮食产量占全国", T)[0] == "grain output as a share of the national total"
    assert label_en("占全国", T)[0] is None
    assert label_en("经济增长预期", T)[0] == "projected economic growth"


def test_services_named_with_their_kind_modify_the_noun_after_them():
    """养老服务机构: "elderly care services" before a noun is said in the singular ("elderly care service
    institutions"); 服务 alone stays out (服务企业 may be "serving enterprises"), and an industry (现代服务业) is
    no modifier (its projects are "in modern services")."""
    assert label_en("建成养老服务机构", T)[0] == "elderly care service institutions completed"
    assert label_en("服务企业", T)[0] is None
    assert label_en("现代服务业重点项目", T)[0] == "key projects in modern services"


def test_a_thing_in_places_or_sectors_said_before_it() -> None:
    """重点城市重污染天数: the days are in the key cities ("… in key cities"); 现代服务业重点项目: key projects in modern
    services; two places side by side (园区开发区) and "areas" alone (片区更新项目) take no "in"."""
    terms = default_terms()
    assert label_en("重点城市重污染天数", terms)[0] == "number of days with heavy air pollution in key cities"
    assert label_en("现代服务业重点项目", terms)[0] == "key projects in modern services"
    assert label_en("沿海港口货物吞吐量", terms)[0] == "cargo throughput in coastal ports"
    assert " in " not in (label_en("园区开发区", terms)[0] or "")
    assert " in " not in (label_en("片区更新项目", terms)[0] or "")


def test_zhi_counts_guns_funds_teams_or_items_by_what_is_counted() -> None:
    """收缴枪支271支 are 271 guns, not "271 teams"; 国家级大基金35支 are funds; 12支服务队 are teams; 电子烟100支 and
    相關器具10萬餘件 are items (件 of things, not cases)."""
    assert figure_en({"value": "271", "unit": "支", "norm": 271, "norm_unit": "支", "kind": "count",
                      "label": "收缴枪支"}) == "271 guns"
    assert figure_en({"value": "35", "unit": "支", "norm": 35, "norm_unit": "支", "kind": "count",
                      "label": "国家级大基金"}) == "35 funds"
    assert figure_en({"value": "12", "unit": "支", "norm": 12, "norm_unit": "支", "kind": "count",
                      "label": "组建志愿服务队"}) == "12 teams"
    assert figure_en({"value": "100", "unit": "支", "norm": 100, "norm_unit": "支", "kind": "count",
                      "label": "查獲電子煙"}) == "100 items"
    assert figure_en({"value": "10", "unit": "萬件", "norm": 100000, "norm_unit": "件", "kind": "count",
                      "label": "相關器具"}) == "100,000 items"


def test_accidents_fires_and_messages_are_counted_as_such() -> None:
    """事故起数9起 are accidents and 亡人火災二十六起 fires (their measure or the traditional script after the noun);
    人民网网民留言77件 are messages, none of them "cases"."""
    def count(label: str, value: str, unit: str, norm: int) -> str | None:
        return figure_en({"value": value, "unit": unit, "norm": norm, "norm_unit": unit, "kind": "count", "label": label})
    assert count("事故起数", "9", "起", 9) == "9 accidents"
    assert count("亡人火災", "二十六", "起", 26) == "26 fires"
    assert count("乡镇火灾起数", "111", "起", 111) == "111 fires"
    assert count("人民网网民留言", "77", "件", 77) == "77 messages"
