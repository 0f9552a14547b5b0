"""The vocabularies every stage shares, each declared once: statistic kinds, units (how they
are written, their base unit, scale and English), topics, and the placeholder for missing English.

A new unit, kind or topic is one row here; the extractor, the English side, the cards and the
charts all read these tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# --- statistic kinds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """A kind of statistic and whether a figure of that kind may stand on a card."""

    name: str
    card: bool
    doc: str


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("count", True, "items, persons, events, 人次/件次, physical measures (吨)"),
    Kind("amount", True, "money"),
    Kind("percent", True, "a share or level in % that is not a named rate"),
    Kind("rate", True, "a named ratio (结案率, 案-件比) or a multiple (倍)"),
    Kind("change", True, "a difference against a comparison, with a direction up or down"),
    Kind("duration", True, "the length of an activity or of processing"),
    Kind("area", True, "亩, 平方米, 平方公里"),
    Kind("length", True, "公里, 米 in older summaries (lengths are counts now)"),
)}
CARD_KINDS = tuple(k.name for k in KINDS.values() if k.card)
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range")
DIRECTIONS = ("up", "down")
# what a rate is per (58万元/人, 3万元/年): the word after the slash, and its English
# (120元／平方米, 118元/棵: a unit price, the slash half- or full-width)
# (5.36批次/千人: a rate per head of population, the base in people)
PER_UNITS = {"人": "per person", "百人": "per 100 people", "千人": "per 1,000 people", "万人": "per 10,000 people",
             "十万人": "per 100,000 people", "户": "per household", "件": "per case", "次": "per time", "吨": "per tonne",
             "亩": "per mu", "年": "a year", "月": "a month", "天": "a day", "日": "a day",
             "平方米": "per square metre", "㎡": "per square metre", "立方米": "per cubic metre", "公里": "per kilometre", "米": "per metre",
             "公斤": "per kilogram", "千克": "per kilogram", "斤": "per jin", "小时": "per hour",
             "棵": "per tree", "株": "per plant", "根": "each", "盆": "per pot", "车": "per truckload",
             "头": "per head", "只": "each", "个": "each", "台": "each", "套": "per set", "间": "per room"}
# "/人", "／平方米": the slash and the unit a price or rate is per (longest unit first); a second
# unit after a middle dot (元/人·年: per person a year; a page that lost the dot shows ? or ？)
_PER_ALT = "|".join(sorted(PER_UNITS, key=len, reverse=True))
PER_DOT = "[·•・?？]"  # the dot between the two units a price is per, as pages write (or lose) it
PER = f"[/／]\\s*(?:{_PER_ALT})(?:{PER_DOT}(?:{_PER_ALT}))?"

# --- units -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A unit as the extractor normalizes it: base unit, kind, English (singular, plural)."""

    norm: str
    kind: str
    en: tuple[str, str] | None  # None: no English word (the figure's English is not built)


# base unit → kind and English ("" means the number stands alone: 12个 → "12"). The base unit is
# the unit as written without its scale characters (万件 → 件, 亿元 → 元), in simplified characters;
# 个月, 个小时 and 个百分点 keep their measure word (ANNOTATION.md: `norm_unit`).
BASE_UNITS: dict[str, Unit] = {u.norm: u for u in (
    Unit("%", "percent", None), Unit("‰", "percent", None),
    Unit("个百分点", "percent", ("percentage point", "percentage points")),
    Unit("百分点", "percent", ("percentage point", "percentage points")),
    Unit("个千分点", "percent", ("per-mille point", "per-mille points")),  # 出生率下降5个千分点
    Unit("千分点", "percent", ("per-mille point", "per-mille points")),
    Unit("元", "amount", ("CNY", "CNY")), Unit("美元", "amount", ("USD", "USD")), Unit("欧元", "amount", ("EUR", "EUR")),
    Unit("英镑", "amount", ("GBP", "GBP")), Unit("港元", "amount", ("HKD", "HKD")), Unit("港币", "amount", ("HKD", "HKD")),
    Unit("日元", "amount", ("JPY", "JPY")), Unit("澳门元", "amount", ("MOP", "MOP")), Unit("新台币", "amount", ("TWD", "TWD")),
    Unit("人次", "count", ("person-time", "person-times")), Unit("户次", "count", None),
    Unit("件次", "count", None), Unit("场次", "count", ("session", "sessions")), Unit("车次", "count", None), Unit("班次", "count", None),
    Unit("架次", "count", None), Unit("台次", "count", None), Unit("张次", "count", None), Unit("组次", "count", None), Unit("篇次", "count", None), Unit("间次", "count", None), Unit("艘次", "count", None), Unit("矿次", "count", None), Unit("条次", "count", None), Unit("个次", "count", None), Unit("次", "count", ("time", "times")), Unit("场", "count", ("session", "sessions")),
    Unit("件", "count", ("case", "cases")), Unit("起", "count", ("case", "cases")),
    Unit("人", "count", ("person", "people")), Unit("名", "count", ("person", "people")),
    Unit("位", "count", ("person", "people")), Unit("户", "count", ("household", "households")),
    Unit("家", "count", ("entity", "entities")), Unit("个", "count", ("", "")), Unit("项", "count", ("item", "items")),
    Unit("份", "count", ("document", "documents")), Unit("期", "count", ("session", "sessions")),
    Unit("条", "count", ("item", "items")), Unit("篇", "count", ("article", "articles")),
    Unit("批", "count", ("batch", "batches")), Unit("批次", "count", ("batch", "batches")),
    Unit("个批次", "count", ("batch", "batches")), Unit("例", "count", ("case", "cases")),
    Unit("门", "count", None), Unit("片", "count", None), Unit("块", "count", None), Unit("包", "count", None),
    Unit("级", "count", None),  # an earthquake's magnitude (6.8级地震)
    Unit("吨公里", "count", ("tonne-km", "tonne-km")), Unit("人公里", "count", ("passenger-km", "passenger-km")),
    Unit("吨海里", "count", ("tonne-nautical mile", "tonne-nautical miles")),
    Unit("人海里", "count", ("passenger-nautical mile", "passenger-nautical miles")), Unit("宗", "count", ("case", "cases")), Unit("笔", "count", None),
    Unit("套", "count", ("set", "sets")), Unit("辆", "count", None), Unit("台", "count", ("unit", "units")),
    Unit("所", "count", ("unit", "units")), Unit("座", "count", ("facility", "facilities")), Unit("间", "count", None),
    Unit("处", "count", ("site", "sites")), Unit("只", "count", ("", "")), Unit("头", "count", ("", "")),
    Unit("棵", "count", None), Unit("株", "count", None), Unit("册", "count", ("copy", "copies")),
    Unit("本", "count", ("copy", "copies")), Unit("支", "count", ("team", "teams")),
    Unit("部", "count", ("item", "items")), Unit("部门", "count", ("department", "departments")),
    Unit("类", "count", ("category", "categories")), Unit("种", "count", ("kind", "kinds")),
    Unit("款", "count", ("product", "products")), Unit("双", "count", ("pair", "pairs")),
    Unit("张", "count", ("sheet", "sheets")), Unit("届", "count", ("session", "sessions")),
    Unit("栋", "count", ("building", "buildings")), Unit("幢", "count", ("building", "buildings")),
    Unit("艘", "count", ("vessel", "vessels")), Unit("尾", "count", None),
    Unit("颗", "count", None), Unit("粒", "count", None), Unit("枚", "count", None), Unit("盏", "count", ("lamp", "lamps")),
    Unit("架", "count", None), Unit("箱", "count", ("box", "boxes")), Unit("辆次", "count", None),
    Unit("幅", "count", None), Unit("块次", "count", None),  # 横幅66幅, 展板180块次
    Unit("大类", "count", ("category", "categories")),
    # concentrations count as physical measures (ANNOTATION.md, DECISIONS 14)
    Unit("微克/立方米", "count", ("μg/m³", "μg/m³")), Unit("毫克/立方米", "count", ("mg/m³", "mg/m³")),
    Unit("毫克/升", "count", ("mg/L", "mg/L")),
    # physical measures count as counts (ANNOTATION.md: "rare physical measures 吨/米")
    Unit("吨", "count", ("tonne", "tonnes")), Unit("公斤", "count", None), Unit("千克", "count", ("kg", "kg")),  # (4800亿公斤 would print as raw kg)
    Unit("克", "count", ("g", "g")), Unit("毫克", "count", ("mg", "mg")),  # 缴获海洛因622.3克
    Unit("斤", "count", None),
    Unit("通", "count", ("call", "calls")),  # 日均接近2000通, 48万通电话: calls taken
    Unit("票", "count", ("vote", "votes")),  # 以2606票赞成: votes on a work report
    Unit("发", "count", ("", "")),  # 子弹八十二发, 连续12发圆满成功: rounds or launches, what the label names
    Unit("公里", "count", ("km", "km")), Unit("米", "count", ("m", "m")), Unit("厘米", "count", ("cm", "cm")),
    Unit("毫米", "count", ("mm", "mm")), Unit("立方米", "count", ("m³", "m³")),
    Unit("方", "count", ("m³", "m³")),  # 22亿方天然气: cubic metres, said only after a scale
    Unit("公方", "count", ("m³", "m³")),  # 土方14亿多公方: cubic metres of earthwork
    Unit("立方", "count", ("m³", "m³")),  # 清理废弃石材250立方: cubic metres, said short
    Unit("担", "count", None), Unit("标准台", "count", None),  # 棉花3036万担 (dan, 50 kg); 拖拉机778标准台
    Unit("马力", "count", ("hp", "hp")),  # 内燃机2000万马力: horsepower
    Unit("盘", "count", None),  # “护套线1盘”: a reel
    Unit("千瓦", "count", ("kW", "kW")), Unit("千瓦时", "count", ("kWh", "kWh")), Unit("千伏", "count", ("kV", "kV")),
    Unit("兆瓦", "count", ("MW", "MW")), Unit("兆瓦时", "count", ("MWh", "MWh")),
    Unit("PF", "count", ("PF", "PF")), Unit("PFLOPS", "count", ("PFLOPS", "PFLOPS")),  # 智能算力达4800PF: computing power
    Unit("EFLOPS", "count", ("EFLOPS", "EFLOPS")),
    Unit("GWh", "count", ("GWh", "GWh")),  # 新能源电池产能达55GWh: battery capacity
    # 檢獲9.6萬公升, 檢獲510毫升依托咪酯: litres and millilitres, as Hong Kong and Taiwan write them
    Unit("公升", "count", ("litre", "litres")), Unit("毫升", "count", ("ml", "ml")),
    Unit("品种", "count", ("variety", "varieties")),  # 抽检40余品种
    Unit("列次", "count", ("train trip", "train trips")),  # 出入境火车7.4万列次
    Unit("列", "count", ("train", "trains")),  # 中欧班列开行1.7万列: trains run (only after 开行 or 班列, extract.stats)
    Unit("死", "count", ("death", "deaths")),  # 比去年同期的293死: deaths, as Taiwan's papers count them
    Unit("伤", "count", ("injured", "injured")),  # 造成1死4伤: the injured, counted after the dead
    Unit("个等级", "count", ("grade", "grades")),  # 水生生物完整性指数提升2个等级: grades of a rating scale
    Unit("℃", "count", ("°C", "°C")),  # 供热标准由18℃提高到20℃: degrees Celsius
    Unit("公克", "count", ("gram", "grams")),  # 各式毒品近6千公克: grams, as Taiwan writes them
    Unit("家次", "count", ("visit", "visits")),  # 检查冷链食品经营单位1218家次: businesses visited, counted per visit
    Unit("标准箱", "count", ("TEU", "TEU")),  # 集装箱吞吐量达到5506.3万标准箱: twenty-foot equivalent units
    Unit("枝", "count", ("", "")),  # 查扣槍枝16枝: guns, as Taiwan counts them (what the label names)
    *(Unit(u, "count", (u.upper(), u.upper())) for u in ("Eflops", "EFlops", "Pflops", "PFlops")),  # 160Eflops
    Unit("度", "count", ("kWh", "kWh")),  # 输出345亿度: kilowatt-hours, said only after a scale (extract.stats)
    Unit("把", "count", None), Unit("盒", "count", ("box", "boxes")), Unit("瓶", "count", ("bottle", "bottles")),
    Unit("袋", "count", ("bag", "bags")), Unit("匹", "count", ("bolt", "bolts")), Unit("轮", "count", ("round", "rounds")),
    Unit("轮次", "count", ("round", "rounds")), Unit("件人次", "count", None),  # 两轮次行动; 信访量13件人次
    Unit("组", "count", ("set", "sets")), Unit("对", "count", ("pair", "pairs")), Unit("捆", "count", ("bundle", "bundles")),
    Unit("桶", "count", ("barrel", "barrels")),
    Unit("件套", "count", ("set", "sets")),  # 专业器材1万余件套: pieces or sets of equipment
    Unit("海里", "count", ("nautical mile", "nautical miles")),  # 水上巡查326.86万海里
    Unit("顶", "count", ("", "")),  # 帐篷200顶, “绝户网”66万余张(顶): tents, nets (what the label names)
    Unit("具", "count", ("", "")),  # 火化遗体471.8万具: bodies (what the label names; 具有, 具备, 具体 are words)
    Unit("则", "count", ("", "")),  # 发布典型案例10则: cases, news items (what the label names; only where such things are counted)
    Unit("面", "count", ("", "")), Unit("封", "count", ("", "")),  # 锦旗13面, 感谢信5封: what the label names
    Unit("番", "rate", ("doubling", "doublings")),  # 翻一番: doubled (only after 翻, extract.stats)
    Unit("分", "count", ("point", "points")),  # a score (满意度96.28分); only where a score is said (extract.stats)
    Unit("平方公里", "area", ("km²", "km²")), Unit("平方米", "area", ("m²", "m²")), Unit("㎡", "area", ("m²", "m²")),
    Unit("公顷", "area", ("hectare", "hectares")), Unit("亩", "area", ("mu", "mu")),
    Unit("千公顷", "area", ("thousand hectares", "thousand hectares")),  # 农作物受灾面积2035.1千公顷: as the statistics write it
    Unit("个月", "duration", ("month", "months")), Unit("年", "duration", ("year", "years")),
    Unit("周", "duration", ("week", "weeks")), Unit("天", "duration", ("day", "days")),
    Unit("日", "duration", ("day", "days")), Unit("个工作日", "duration", ("working day", "working days")),
    Unit("工作日", "duration", ("working day", "working days")),
    Unit("个工作天", "duration", ("working day", "working days")),  # Hong Kong's 52個工作天
    Unit("个季度", "duration", ("quarter", "quarters")),  # 连续19个季度居全国前5位
    Unit("个小时", "duration", ("hour", "hours")), Unit("小时", "duration", ("hour", "hours")),
    Unit("分钟", "duration", ("minute", "minutes")), Unit("秒", "duration", ("second", "seconds")),
    Unit("岁", "duration", ("year", "years")),
    Unit("倍", "rate", ("-fold", "-fold")),
    # base units older or hand-written summaries may carry
    Unit("案", "count", ("case", "cases")), Unit("月", "duration", ("month", "months")),
)}

# unit as written (simplified) → (base unit, multiplier): every base unit as itself (a bare 月 is a date's month,
# no unit: 个月 is the length), and the scaled or other spellings of some
_NOT_WRITTEN = {"月"}
WRITTEN_UNITS: dict[str, tuple[str, int]] = {
    **{u: (u, 1) for u in BASE_UNITS if u not in _NOT_WRITTEN},
    "个多百分点": ("个百分点", 1), "个百分比": ("个百分点", 1),  # 超出近20个百分比: points, as written by mistake
    "亿元": ("元", 10 ** 8), "万元": ("元", 10 ** 4), "千元": ("元", 10 ** 3),
    # 出动指战员66,971人(次)、消防车14,654台(次): a count of turnouts, written with its 次 in brackets
    **{f"{u}{o}次{c}": (f"{u}次", 1) for u in ("人", "户", "件", "台", "辆", "车", "架", "艘", "场") for o, c in (("(", ")"), ("（", "）"))},
    "微克／立方米": ("微克/立方米", 1), "毫克／立方米": ("毫克/立方米", 1), "毫克／升": ("毫克/升", 1),
    "平方千米": ("平方公里", 1), "千米": ("公里", 1), "个多月": ("个月", 1), "个多小时": ("个小时", 1),
}


_ALSO = re.compile(r"([^(（]+)[(（]([^)）]+)[)）](次?)")


def unit_kind(written: str) -> tuple[str, str, int]:
    """(base unit, kind, multiplier) of a unit as written; an unknown counter counts as itself. A unit
    written with the other measure words it also counts in brackets (架(列、艘、辆)次, 本(枚)) is all of them,
    without the brackets, of the first one's kind."""
    if written not in WRITTEN_UNITS and (also := _ALSO.fullmatch(written)):
        first, kind, mult = unit_kind(also.group(1))
        return (first if mult != 1 else "".join(also.groups())), kind, mult
    base, mult = WRITTEN_UNITS.get(written, (written, 1))
    unit = BASE_UNITS.get(base)
    return base, unit.kind if unit else "count", mult


def unit_en(norm_unit: str, value: float | Decimal) -> str | None:
    """English for a base unit, singular for 1 (元/平方米: CNY per square metre); None when the unit
    has no English."""
    base, _, per = norm_unit.partition("/")
    if norm_unit in BASE_UNITS:
        base, per = norm_unit, ""  # 毫克/升: a unit of its own (mg/L), not milligrams per something
    unit = BASE_UNITS.get(base)
    if unit is None or unit.en is None or (per and per not in PER_UNITS):
        return None
    en = unit.en[0] if value == 1 else unit.en[1]
    return f"{en} {PER_UNITS[per]}" if per else en


# --- topics ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    """An item topic: its section heading in Chinese and English, in the default section order."""

    name: str
    heading: str
    en: str


TOPICS: dict[str, Topic] = {t.name: t for t in (
    Topic("执行", "执行工作", "Enforcement"),
    Topic("审判", "审判工作", "Trials"),
    Topic("检察", "检察工作", "Procuratorial work"),
    Topic("公安", "公安工作", "Public security"),
    Topic("司法行政", "司法行政", "Justice administration"),
    Topic("普法", "普法宣传", "Legal publicity"),
    Topic("其他", "其他", "Other"),
)}
OTHER_TOPIC = "其他"
