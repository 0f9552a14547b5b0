"""Scope: which place an item's figures cover, from what the text says about who reports them.

The reporting body decides (最高人民法院发布…, 全国法院 → the whole country; a province's high court
or 全省法院 → that province; 拉萨市城关区人民法院 → that district), or for a government work report
the congress it was delivered to. A dateline (新华社北京…电, 本报拉萨讯), a meeting's venue, a
place named in passing, or a title in quotes (“全国法院先进集体”) is never the scope. When the text
does not say, the scope is unknown (None) and nothing is credited to any place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen.gazetteer import provinces

_QUOTED = re.compile(r"“[^”]{0,40}”|《[^》]{0,80}》|\"[^\"]{0,40}\"")
_DATELINE = re.compile(r"(?:新华社|中新社|中新网|人民网|新华网|央视网|本报|法治日报|记者)[\u4e00-\u9fff]{0,8}?"
                       r"(?:\d{1,2}月\d{1,2}日)?[讯电]|[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日电")
_NATIONAL_BODY = re.compile(r"最高人民法院|最高法院|最高法|最高人民检察院|最高检|公安部|司法部|国务院|国家统计局|"
                            r"中央政法委")
_NATIONAL_SAYS = re.compile(r"发布|公布|通报|数据显示|统计显示|介绍|新闻发布会|工作报告|主要数据|办案数据")
_NATIONALWIDE = re.compile(r"全国(?:各级)?(?:法院|人民法院|检察机关|公安机关|司法行政(?:机关|系统)?|法院系统|政法)")
# 结案率居全国法院首位, 高于全国法院平均水平: the country's courts a province is ranked or measured
# against, not whose figures these are
_RANKED_BEFORE = re.compile(r"(?:居|位居|位列|列|名列|排名|高于|低于|超过|领先|快于|慢于|占|为)$")
_RANKED_AFTER = re.compile(r"(?:之?首位|第[一二三四五六七八九十\d]+|前[列三五十\d]|平均|排名|之首|榜首|同类)")
_NPC = re.compile(r"全国人民代表大会|全国人大")
_GOVERNMENT = re.compile(r"我代表国务院|国务院总理")
_OWN_GOVERNMENT = re.compile(r"我代表(?:省|自治区|市)人民政府|(?:省|自治区|市)人民政府工作报告|(?:省|自治区|市)长")
_CONGRESS = re.compile(r"在([\u4e00-\u9fff]{2,10}?(?:省|自治区|市))第[\u4e00-\u9fff\d]{1,4}届人民代表大会")
_BODY = r"(?:高级人民法院|高院|中级人民法院|中院|人民法院|法院|人民检察院|检察院|检察机关|公安厅|公安局|公安机关|司法厅|司法局)"
_OWN_PROVINCE = re.compile(rf"(?:(?:省|自治区)(?:高级人民法院|高院|人民检察院|公安厅|司法厅)|全(?:省|区)(?:各级)?{_BODY})")
_BODY_END = re.compile(rf"(?:各级)?{_BODY}.*$")
_PLACE_SUFFIXES = ("省", "自治区", "自治州", "地区", "盟", "市", "州", "县", "区", "旗")
_OWN_IN_TITLE = re.compile(r"全区|全省|(?<![\u4e00-\u9fff])自治区|全市")
_BEFORE_OWN = set("在据由经从向和与及、的对将")


@dataclass(frozen=True)
class Scope:
    """The place an item's figures cover, its level, and the words that said so."""

    name: str  # 全国, 西藏自治区, 拉萨市, 拉萨市城关区 …
    level: str  # national, province, prefecture, city, county, district
    basis: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "level": self.level, "basis": self.basis}


def _clean(text: str) -> str:
    """The text without quoted titles and datelines (they never say the scope)."""
    return _DATELINE.sub(" ", _QUOTED.sub(" ", text))


def _province(name: str) -> dict | None:
    for p in provinces():
        if name == p["name"] or name in p.get("short", []) and len(name) >= 2:
            return p
    return None


def _province_named(text: str, kind: str | None = None) -> dict | None:
    """The province-level division named first in the text (of the kind an unnamed 全区 or 全省
    implies: an autonomous region, a province), if any."""
    best: tuple[int, dict] | None = None
    for p in provinces():
        if kind == "区" and p["level"] != "autonomous_region" or kind == "省" and not p["name"].endswith("省"):
            continue
        for name in [p["name"], *[s for s in p.get("short", []) if len(s) >= 2]]:
            k = text.find(name)
            if k >= 0 and (best is None or k < best[0]):
                best = (k, p)
    return best[1] if best else None


def _level(name: str) -> str:
    p = _province(name)
    if p is not None:
        return "province"
    for suffix, level in (("自治州", "prefecture"), ("地区", "prefecture"), ("盟", "prefecture"), ("州", "prefecture"),
                          ("市", "city"), ("县", "county"), ("旗", "county"), ("区", "district")):
        if name.endswith(suffix):
            return level
    return "unknown"


def _place_of(institution: str) -> str | None:
    """The place part of an institution's name: 拉萨市城关区人民法院 → 拉萨市城关区; None for a name
    without one (自治区高级人民法院, 最高人民法院)."""
    place = _BODY_END.sub("", institution)
    if place == institution or len(place) < 2 or _own_word(place) or place in _PLACE_SUFFIXES:
        return None
    if _province(place) is not None or place.endswith(_PLACE_SUFFIXES) and len(place) > 2:
        return place
    return None


def item_scope(heading: str, lead: str, body: str = "", institutions: list[str] | None = None) -> Scope | None:
    """The scope of an item from its heading (title, subtitle) and lead (first paragraphs): the
    reporting body, or the congress a work report was delivered to; for an unnamed own province
    (全区法院, 自治区高级人民法院), the province its text names."""
    head = _clean(f"{heading}\n{lead}")
    m = next((m for m in _NATIONALWIDE.finditer(head) if not _RANKED_BEFORE.search(head, max(0, m.start() - 2), m.start())
              and not _RANKED_AFTER.match(head, m.end())), None)
    if m:
        return Scope("全国", "national", m.group(0))
    m = _NATIONAL_BODY.search(head)
    if m and _NATIONAL_SAYS.search(head, m.end(), m.end() + 30):
        return Scope("全国", "national", head[m.start():m.end() + 12].split("\n")[0].strip())
    m = _CONGRESS.search(head)
    if m:
        p = _province(m.group(1)) or _province(m.group(1)[:-1])
        return Scope(p["name"] if p else m.group(1), "province", m.group(0))
    if (m := _GOVERNMENT.search(head)) or _NPC.search(head) and "政府工作报告" in head:
        return Scope("全国", "national", m.group(0) if m else "全国人民代表大会")
    if (m := _OWN_GOVERNMENT.search(head)) and "政府工作报告" in head.replace("人民政府工作报告", "政府工作报告"):
        p = _province_named(head)
        if p is not None:
            return Scope(p["name"], "province", m.group(0))
    title = _clean(heading)
    own = _OWN_IN_TITLE.search(title) or _own_province(head)
    kind = ("区" if "区" in own.group(0) else "省" if "省" in own.group(0) else None) if own else None
    home = (_province_named(head, kind) or _province_named(_clean(body), kind)) if own else None
    if own and home is not None and own.re is _OWN_IN_TITLE:
        return Scope(home["name"], "province", own.group(0))  # the heading says 全区/全省: region-wide figures
    places = [pl for i in institutions or [] if (pl := _place_of(i))]
    for where in (title, head):  # institutions the heading names first, then the lead's
        for _, inst in sorted((where.find(i), i) for i in institutions or [] if where.find(i) >= 0):
            place = _place_of(inst)
            if place is None:
                continue
            place = max((pl for pl in places if pl.endswith(place)), key=len, default=place)  # 云岩区 → 贵阳市云岩区
            p = _province(place) or _province(place.removesuffix("省").removesuffix("市"))
            named_province = p or _province_named(place)
            title_own = own is not None and own.re is _OWN_IN_TITLE
            if own and (home is not None or title_own) and named_province not in (None, home):
                return None  # its own province (全区…) and another named: the text does not say whose figures
            if p is not None:
                return Scope(p["name"], "province", inst)
            return Scope(place, _level(place), inst)
    if own and home is not None:
        return Scope(home["name"], "province", own.group(0))
    return None


def _own_province(text: str) -> re.Match[str] | None:
    """省高级人民法院, 全区法院 …: the text's own, unnamed province (not 浙江省司法厅)."""
    for m in _OWN_PROVINCE.finditer(text):
        before = text[m.start() - 1:m.start()]
        if not before or before in _BEFORE_OWN or not "\u4e00" <= before <= "\u9fff" or m.group(0).startswith("全"):
            return m
    return None


def _own_word(place: str) -> bool:
    """全区, 全省, 各市 …: a place the text does not name."""
    return place[0] in "全各本该我两" or len(place) < 2


def stat_region(clause: str, scope: Scope | None, institutions: list[str] | None = None) -> str | None:
    """The place one figure covers: the places of the institutions its clause names before it
    (其中拉萨市城关区人民法院、堆龙德庆区人民法院增幅达40%…), else the item's scope."""
    names: list[str] = []
    for inst in institutions or []:
        if inst in clause and (place := _place_of(inst)) is not None and place not in names:
            names.append(place)
    if names:
        return "、".join(names)
    return scope.name if scope else None


# Money written 元 alone in Hong Kong, Macau or Taiwan is that place's dollar, never the renminbi. A page in
# traditional characters that speaks as one of them (本港, 警務處, 立法會; 本澳; 司法院, 行政院, 警政署), and as
# no other, says whose; a place's name alone does not (the 1954 report in traditional characters names
# 台灣 and counts renminbi). The words as simplified.
_LOCAL_MARKERS = {
    "港元": re.compile(r"本港|警务处|立法会|港府|港岛|九龙|新界|香港特别行政区政府"),
    "澳门元": re.compile(r"本澳|治安警察局|司法警察局|澳门特别行政区政府"),
    "新台币": re.compile(r"司法院|行政院|立法院|法务部|警政署|内政部警政|新台币|台币|海巡署|移民署|地检署|"
                       # a Taiwan city or county: 台中市政府警察局 (台中, 台南, 南投 … with 市 or 县, never 舞台中央, 江南投资)
                       r"(?:台北|新北|桃园|台中|台南|台东|南投)[市县]|高雄|基隆|新竹|嘉义|屏东|宜兰|花莲|彰化|苗栗|澎湖"),
}


def local_currency(text: str) -> str | None:
    """The currency of a bare 元 on a traditional-character page (港元, 澳门元, 新台币), or None when the page
    names none of the three places or more than one (its text simplified)."""
    hits = {cur: len(pattern.findall(text)) for cur, pattern in _LOCAL_MARKERS.items()}
    named = [cur for cur, n in hits.items() if n]
    return named[0] if len(named) == 1 else None
