"""English names: places (gazetteer at every level, else pinyin + suffix for a name that is clearly a
place), people (pinyin, surname first, only for what is written as a name), institutions (composed
in the conventional order: 拉萨市城关区人民法院 → Chengguan District People's Court, Lhasa)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources

import yaml

from reportgen.english.pinyin import join_syllables, pinyin_word, syllables
from reportgen.english.terms import Place, Terms
from reportgen.gazetteer import AUTONOMOUS, PEOPLE, PEOPLES, divisions, is_division

# Suffix → English, longest first.
PLACE_SUFFIXES: list[tuple[str, str]] = [
    ("特别行政区", "SAR"), ("自治区", "Autonomous Region"), ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("地区", "Prefecture"), ("新区", "New Area"),
    ("省", "Province"), ("市", "City"), ("县", "County"), ("区", "District"), ("州", "Prefecture"),
    ("盟", "League"), ("旗", "Banner"), ("镇", "Town"), ("乡", "Township"), ("村", "Village"),
]
# Ordinary words that end like a place (社区 is a community, not the She District).
NOT_PLACES = {"全区", "全市", "全县", "全省", "全州", "社区", "辖区", "城区", "园区", "景区", "牧区", "库区", "山区",
              "地区", "市区", "郊区", "新区", "片区", "矿区", "灾区", "林区", "小区", "东区", "西区", "南区", "北区",
              "中区", "本市", "本县", "我市", "我县", "我区", "我省", "城市", "都市", "街区", "校区", "学区", "湾区",
              "特区", "老区", "苏区", "街镇", "城乡", "集镇", "村镇", "乡村", "农村", "县区", "市县", "区县"}
# A leading word that describes rather than names (大城市, 大湾区, 新城区 read as "big city", "greater bay area").
_DESCRIPTIVE = ("大", "小", "新", "老", "超", "特", "中", "主", "全", "各", "本", "该", "我", "这", "此", "多", "两",
                "周边", "沿海", "边境", "重点", "中心", "城乡")
# jieba tags of words that are not names: a stem tagged so is an ordinary word (平安, 开发, 诉求).
_ORDINARY_TAGS = {"a", "ad", "an", "v", "vn", "vd", "d", "m", "q", "r", "p", "c", "u", "f", "t", "b", "z", "l", "i"}

_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "朴": "piao", "区": "ou",
                     "查": "zha", "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "尉": "yu",
                     "秘": "bi", "种": "chong", "翟": "zhai", "召": "shao", "员": "yun", "长": "chang",
                     "薄": "bo", "万": "wan", "沈": "shen", "石": "shi", "祭": "zhai", "柏": "bai", "繁": "po"}
# Syllables of Tibetan given names as written in Chinese; a name made only of these is
# written as separate words with no surname (格桑拉姆 → Gesang Lamu) and flagged for review
# (the person's own spelling, Kelsang Lhamo, is not pinyin).
_TIBETAN_PARTS = ("次仁", "格桑", "拉姆", "多杰", "扎西", "卓玛", "普布", "尼玛", "达瓦", "旺堆", "索朗",
                  "平措", "桑布", "拉毛", "才让", "央金", "德吉", "白玛", "加措", "嘉措", "罗布", "旦增",
                  "群培", "边巴", "洛桑", "顿珠", "曲珍", "措姆", "拉巴", "仁青", "巴桑", "达娃", "多吉",
                  "卓嘎", "玉珍", "贡布", "米玛", "强巴", "益西", "达卓", "亚夏", "文宝", "旺姆", "格罗",
                  "次旦", "央宗", "德庆", "吉", "珍")
_TIBETAN_LONGEST_FIRST = sorted(_TIBETAN_PARTS, key=len, reverse=True)
# Chinese spellings of Uyghur and other Turkic name parts: such a name is transliterated, so its
# pinyin is not the person's name; it is flagged for review.
_UYGHUR_PARTS = ("买买提", "麦麦提", "艾买提", "阿不都", "阿布都", "吐尔逊", "吐逊", "热依", "古丽", "艾力", "努尔",
                 "伊力", "阿依", "帕提", "热合曼", "米吉提", "玉素甫", "吾买尔", "艾尔肯", "阿力木", "如则", "帕尔",
                 "热孜", "依明", "艾合", "买提", "阿卜", "吐尼", "亚孜", "图尔", "阿迪力", "迪力", "夏提", "尼亚孜")
_ANON = re.compile(r"^(?P<sur>[\u4e00-\u9fff]{1,2}?)某(?:某)?(?P<rest>[甲乙丙丁\d]?)$")
_HONORIFIC = re.compile(r"^(?P<sur>[\u4e00-\u9fff]{1,2}?)(?P<title>女士|先生)$")
_TITLES = {"女士": "Ms", "先生": "Mr"}


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    data = yaml.safe_load(resources.files("reportgen.data").joinpath("surnames.yaml").read_text("utf-8"))
    return frozenset(data["single"]), tuple(sorted(data["compound"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """From jieba's dictionary, words of two to four characters: (ordinary words: a kind names are
    not, or a frequent common noun; words tagged as person names). Reading the 350,000 lines takes
    half a second, so the two lists are kept in the user's cache folder (terms.cached_json)."""
    import jieba

    from reportgen.english.terms import cached_json

    raw = open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), "rb").read()
    words = cached_json("words", raw, lambda: _read_dictionary(raw),
                        lambda c: isinstance(c, dict) and all(isinstance(c.get(k), list) for k in ("ordinary", "names")))
    return frozenset(words["ordinary"]), frozenset(words["names"])


def _read_dictionary(raw: bytes) -> dict[str, list[str]]:
    ordinary: set[str] = set()
    names: set[str] = set()
    for line in raw.decode("utf-8").splitlines():
        word, freq, tag = line.split(" ")
        if not 2 <= len(word) <= 4:
            continue
        if tag in _ORDINARY_TAGS or (tag == "n" and int(freq) >= 50):
            ordinary.add(word)
        elif tag in ("nr", "nrt", "nrfg"):
            names.add(word)
    return {"ordinary": sorted(ordinary), "names": sorted(names)}


def ordinary_word(text: str) -> bool:
    """Is `text` an ordinary word rather than a name: a dictionary word of a kind names are not
    (平安, 诉求), or a frequent common noun (经济, 中心)?"""
    return text in _dictionary()[0]


def _split_suffix(name: str) -> tuple[str, str, str]:
    for zh, en in PLACE_SUFFIXES:
        if name.endswith(zh) and len(name) > len(zh):
            return name[: -len(zh)], zh, en
    return name, "", ""


def province_of(name: str, terms: Terms) -> dict | None:
    return terms.province(name)


def _province_en(p: dict, terms: Terms, short: bool) -> str:
    en = p["en"]
    pref = terms.preferred(p["name"], *p.get("short", []))
    if pref:
        en = en.replace(en.split(" ")[0], pref, 1) if " " in en else pref
    if short:
        return en.split(" Autonomous")[0].split(" SAR")[0].removesuffix(" Uygur").removesuffix(" Zhuang") \
            .removesuffix(" Hui")
    return en if p["level"] != "province" or p["name"][-1] != "省" else f"{en} Province"


def _gazetteer_en(place: Place, terms: Terms, short: bool) -> str:
    pref = terms.preferred(place.zh, place.short)
    if pref:  # the preference is a bare name: the level goes back where the default has one
        level = place.en.removeprefix(place.en_short).strip()
        return pref if short or not level else f"{pref} {level}"
    return place.en_short if short else place.en


def gazetteer_place(name: str, terms: Terms) -> Place | None:
    """The gazetteer's place called `name` (full name, or a bare name only one place has)."""
    if name in terms.gazetteer:
        return terms.gazetteer[name]
    found = terms.by_short.get(name)
    return found[0] if found and len(found) == 1 else None


def looks_like_place(name: str) -> bool:
    """A name with an administrative suffix on a stem that is not an ordinary word (堆龙德庆区, not
    大湾区, 大城市 or 社区): the only names written in pinyin."""
    stem, suffix, _ = _split_suffix(name)
    if not suffix or name in NOT_PLACES or len(stem) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
        return False
    if stem.startswith(_DESCRIPTIVE) and len(stem) <= 3:
        return False
    return not ordinary_word(stem) and not ordinary_word(stem[-1] + suffix) and not ordinary_word(name)


def place_en(name: str, terms: Terms, short: bool = False, named_in_place: bool = False,
             pinyin: bool = True) -> tuple[str | None, str]:
    """(English name, origin) for a place; origin is `gazetteer`, `pinyin` or `missing`.

    `short` drops the level where usage does (Lhasa, not Lhasa City; Qinghai, not Qinghai Province).
    `named_in_place`: the name follows a known place in the same name (海东市平安区), so the text
    uses it as a place even when its stem is also an ordinary word. `pinyin=False`: gazetteer names only.
    """
    if not name:
        return None, "missing"
    stem, suffix_zh, suffix_en = _split_suffix(name)
    if name in terms.project_places:
        return terms.project_places[name], "gazetteer"
    if suffix_zh and stem in terms.project_places:
        return _with_suffix(terms.project_places[stem], suffix_zh, suffix_en, short), "gazetteer"
    p = province_of(name, terms)
    if p is not None:
        return _province_en(p, terms, short or name != p["name"]), "gazetteer"
    place = gazetteer_place(name, terms)
    if place is not None:
        return _gazetteer_en(place, terms, short), "gazetteer"
    if name in terms.places:
        return terms.places[name], "gazetteer"
    if "某" in name:  # an anonymized place has no English name
        return None, "missing"
    if not suffix_zh or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
        return None, "missing"
    pref = terms.preferred(name, stem)
    if pref:
        return _with_suffix(pref, suffix_zh, suffix_en, short), "gazetteer"
    if stem in terms.places:
        return _with_suffix(terms.places[stem], suffix_zh, suffix_en, short), "gazetteer"
    if suffix_zh == "地区" and (place := gazetteer_place(stem, terms)) is not None:  # 日喀则地区, the old name
        return _gazetteer_en(place, terms, True) + ("" if short else " Prefecture"), "gazetteer"
    if not pinyin or len(stem) < 2 or not (looks_like_place(name) or (named_in_place and name not in NOT_PLACES)):
        return None, "missing"
    if (auto := AUTONOMOUS.match(name)) and is_division(name):
        return _autonomous_en(auto, short)
    if listed := divisions().get(name):  # the division list's English: 崆峒区 Kongtong, not the reading Kongdong
        return _with_suffix(listed, suffix_zh, suffix_en, short), "gazetteer"
    return f"{pinyin_word(stem)} {suffix_en}", "pinyin"


_AUTONOMOUS_LEVEL = {"州": "Autonomous Prefecture", "县": "Autonomous County", "旗": "Autonomous Banner"}


def _autonomous_en(m: re.Match, short: bool) -> tuple[str, str]:
    """循化撒拉族自治县 → Xunhua Salar Autonomous County: the place's name (the division list's English, else
    pinyin), its peoples' English names, the level; `short` gives the place's name alone."""
    stem, peoples, level = m.groups()
    listed = divisions().get(m.group(0))
    place = listed or pinyin_word(stem)
    origin = "gazetteer" if listed else "pinyin"
    if short:
        return place, origin
    names = [PEOPLES[p] for p in PEOPLE.findall(peoples)]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{place} {joined} {_AUTONOMOUS_LEVEL[level]}", origin


def _with_suffix(en: str, suffix_zh: str, suffix_en: str, short: bool) -> str:
    if suffix_zh == "市" or (short and suffix_zh in ("地区", "州")):
        return en
    return f"{en} {suffix_en}"


def _surname(name: str) -> str | None:
    single, compound = _surnames()
    for s in compound:
        if name.startswith(s) and len(name) > len(s):
            return s
    return name[0] if name[0] in single else None


def _surname_en(sur: str) -> str:
    sur_syl = [_SURNAME_READINGS[sur]] if sur in _SURNAME_READINGS else list(syllables(sur))
    return join_syllables(sur_syl)


def person_en(name: str) -> tuple[str | None, str]:
    """Pinyin, surname first (王香香 → Wang Xiangxiang); 郑女士 → Ms Zheng; 高某 → Gao (anonymized).
    Only for what is written as a name: a known surname and a given name of one or two characters
    that is not an ordinary word (诉求多 is "many complaints", not a person)."""
    if not name or not re.fullmatch(r"[\u4e00-\u9fff·•]{1,12}", name):
        return None, "missing"
    m = _ANON.match(name)
    if m:
        return f"{pinyin_word(m['sur'])} (anonymized{', ' + m['rest'] if m['rest'] else ''})", "pinyin"
    m = _HONORIFIC.match(name)
    if m:
        sur = _surname(m["sur"] + "x")
        if sur is None or sur != m["sur"]:
            return None, "missing"
        return f"{_TITLES[m['title']]} {_surname_en(sur)}", "pinyin"
    if "·" in name or "•" in name:  # a transliterated name: each part in pinyin, flagged for review
        return " ".join(join_syllables(syllables(p)) for p in re.split(r"[·•]", name) if p), "pinyin"
    parts = _tibetan_parts(name)
    if parts:
        return " ".join(pinyin_word(p) for p in parts), "pinyin"
    if len(name) > 4:
        return None, "missing"
    sur = _surname(name)
    given = name[len(sur):] if sur else ""
    two_surnames = len(name) == 4 and sur == name[0] and _surname(name[1:]) == name[1]  # 杨陈卓凡
    if not sur or not given or len(given) > (3 if two_surnames else 2) or ordinary_word(name):
        return None, "missing"
    return f"{_surname_en(sur)} {join_syllables(syllables(given))}", "pinyin"


def name_review(name: str) -> str | None:
    """Why a person's pinyin name needs a person to check it (Tibetan and Uyghur names are not
    written in pinyin by their bearers), or None."""
    if _tibetan_parts(name):
        return "Tibetan name in pinyin; use the person's own spelling"
    if "·" in name or "•" in name or any(p in name for p in _UYGHUR_PARTS):
        return "transliterated (Uyghur or other) name in pinyin; use the person's own spelling"
    return None


def _tibetan_parts(name: str) -> list[str] | None:
    parts: list[str] = []
    i = 0
    while i < len(name):
        for p in _TIBETAN_LONGEST_FIRST:
            if name.startswith(p, i):
                parts.append(p)
                i += len(p)
                break
        else:
            return None
    return parts if len(name) >= 2 and all(len(p) > 1 for p in parts) else None


# Institution bodies, longest first: (zh, en).
_BODIES: list[tuple[str, str]] = sorted([
    ("最高人民法院", "Supreme People's Court"), ("最高法院", "Supreme People's Court"),
    ("最高人民检察院", "Supreme People's Procuratorate"),
    ("高级人民法院", "Higher People's Court"), ("中级人民法院", "Intermediate People's Court"),
    ("基层人民法院", "Basic People's Courts"), ("人民法院", "People's Court"), ("人民法庭", "People's Tribunal"),
    ("金融法院", "Financial Court"), ("军事法院", "Military Court"), ("破产法庭", "Bankruptcy Court"),
    ("知识产权法院", "Intellectual Property Court"), ("铁路运输法院", "Railway Transport Court"),
    ("人民检察院", "People's Procuratorate"), ("检察院", "Procuratorate"),
    ("公安局", "Public Security Bureau"), ("公安厅", "Department of Public Security"),
    ("司法局", "Justice Bureau"), ("司法厅", "Department of Justice"), ("司法所", "Judicial Office"),
    ("派出所", "Police Station"), ("交警大队", "Traffic Police Brigade"),
    ("政法委", "Political and Legal Affairs Commission"), ("法院", "courts"),
    ("中院", "Intermediate People's Court"), ("高院", "Higher People's Court"),
], key=lambda b: -len(b[0]))
_SUBUNITS: list[tuple[str, str]] = sorted([
    ("执行局", "Enforcement Bureau"), ("执行庭", "Enforcement Division"), ("审判管理办公室", "Trial Management Office"),
    ("审管办", "Trial Management Office"), ("民一庭", "First Civil Division"), ("刑一庭", "First Criminal Division"),
    ("立案庭", "Case Filing Division"), ("行政庭", "Administrative Division"),
], key=lambda b: -len(b[0]))
_LEVEL_ADJ = {"the Autonomous Region": "Regional", "the Province": "Provincial", "the City": "Municipal",
              "the Prefecture": "Prefectural", "the County": "County", "the District": "District"}
_LEVEL_WORDS = {"自治区": "the Autonomous Region", "省": "the Province", "市": "the City", "州": "the Prefecture",
                "县": "the County", "区": "the District"}


def institution_en(name: str, terms: Terms, region: str | None = None) -> tuple[str | None, str]:
    """English for an institution's name; (None, 'missing') when a part is not known.

    `region`: the kind of region the item is about (autonomous_region or district), which says
    whether 区法院 is a regional or a district court."""
    rest = name
    sub = next(((zh, en) for zh, en in _SUBUNITS if rest.endswith(zh) and len(rest) > len(zh)), None)
    if sub:
        rest = rest[: -len(sub[0])]
    body = next(((zh, en) for zh, en in _BODIES if rest.endswith(zh)), None)
    if body is None:
        if sub and not rest.strip():
            return sub[1], "gazetteer"
        return None, "missing"
    head = rest[: -len(body[0])]
    places: list[tuple[str, str]] = []  # (zh, en)
    level_word = None
    origin = "gazetteer"
    while head:
        if head in _LEVEL_WORDS:
            if head == "区" and region != "autonomous_region" and region != "district":
                return None, "missing"  # 区法院: a regional or a district court, the item does not say
            level_word = "the Autonomous Region" if head == "区" and region == "autonomous_region" else _LEVEL_WORDS[head]
            head = ""
            break
        got = None
        for j in range(len(head), 0, -1):  # the longest known name first
            en, o = place_en(head[:j], terms, short=True)
            if en and o == "gazetteer":  # named in full (Haibei Tibetan Autonomous Prefecture), a city by its name
                en = place_en(head[:j], terms)[0] or en
                got = (head[:j], en, o)
                break
        for j in range(2, len(head) + 1) if got is None else ():  # else the shortest name with a suffix
            en, o = place_en(head[:j], terms, short=True, named_in_place=bool(places))
            if en:
                got = (head[:j], en, o)
                break
        if got is None:
            return None, "missing"
        if got[2] == "pinyin":
            origin = "pinyin"
        places.append((got[0], got[1]))
        head = head[len(got[0]):]
    body_en = body[1]
    if body_en == "courts" and level_word and not places:
        text = f"{_LEVEL_ADJ[level_word]} Court"
    elif body_en == "courts":
        where = places[-1][1] if places else (level_word.removeprefix("the ") if level_word else "")
        text = f"{where} courts".strip() if where else "courts"
    elif body[0].startswith("最高"):
        text = body_en
    elif not places:
        text = f"{body_en} of {level_word}" if level_word else body_en
    else:
        last_zh, last_en = places[-1]
        p = province_of(last_zh, terms)
        if p is not None and len(places) == 1:
            text = f"{body_en} of {_province_en(p, terms, short=False)}"
        else:
            text = f"{last_en} {body_en}"
            outer = [en for zh, en in places[:-1] if province_of(zh, terms) is None]
            if outer:
                text += ", " + ", ".join(reversed(outer))
    if sub:
        text = f"{sub[1]} of the {text}" if not text.endswith("courts") else f"{sub[1]}, {text}"
    return text, origin
