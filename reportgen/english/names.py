"""English names: places (gazetteer, else pinyin + suffix), people (pinyin, surname first),
institutions (composed in the conventional order: 拉萨市城关区人民法院 → Chengguan District
People's Court, Lhasa)."""

from __future__ import annotations

import re

from reportgen.english.pinyin import join_syllables, pinyin_word, syllables
from reportgen.english.terms import Terms

# Suffix → English, longest first.
PLACE_SUFFIXES: list[tuple[str, str]] = [
    ("特别行政区", "SAR"), ("自治区", "Autonomous Region"), ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"), ("地区", "Prefecture"), ("新区", "New Area"),
    ("省", "Province"), ("市", "City"), ("县", "County"), ("区", "District"), ("州", "Prefecture"),
    ("盟", "League"), ("旗", "Banner"), ("镇", "Town"), ("乡", "Township"), ("村", "Village"),
]
# Surnames whose reading differs from the common reading of the character.
_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "朴": "piao", "区": "ou",
                     "查": "zha", "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "尉": "yu",
                     "秘": "bi", "种": "chong", "翟": "zhai", "召": "shao", "员": "yun", "长": "chang",
                     "薄": "bo", "万": "wan", "沈": "shen", "石": "shi", "祭": "zhai"}
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                      "夏侯", "长孙", "宇文", "司徒", "端木", "轩辕", "西门", "南宫")
# Syllables of Tibetan given names as written in Chinese; a name made only of these is
# written as separate words with no surname (格桑拉姆 → Gesang Lamu).
_TIBETAN_PARTS = ("次仁", "格桑", "拉姆", "多杰", "扎西", "卓玛", "普布", "尼玛", "达瓦", "旺堆", "索朗",
                  "平措", "桑布", "拉毛", "才让", "央金", "德吉", "白玛", "加措", "嘉措", "罗布", "旦增",
                  "群培", "边巴", "洛桑", "顿珠", "曲珍", "措姆", "拉巴", "仁青", "巴桑", "达娃", "多吉",
                  "卓嘎", "玉珍", "贡布", "米玛", "强巴", "益西", "达卓", "亚夏", "文宝", "吉", "珍")
_TIBETAN_LONGEST_FIRST = sorted(_TIBETAN_PARTS, key=len, reverse=True)
_ANON = re.compile(r"^(?P<sur>[\u4e00-\u9fff]{1,2}?)某(?:某)?(?P<rest>[甲乙丙丁\d]?)$")


def _split_suffix(name: str) -> tuple[str, str, str]:
    for zh, en in PLACE_SUFFIXES:
        if name.endswith(zh) and len(name) > len(zh):
            return name[: -len(zh)], zh, en
    return name, "", ""


def province_of(name: str, terms: Terms) -> dict | None:
    return terms.province(name)


def _province_en(p: dict, terms: Terms, short: bool) -> str:
    en = p["en"]
    for key in [p["name"], *p.get("short", [])]:
        if key in terms.place_names:
            pref = terms.place_names[key]
            en = en.replace(en.split(" ")[0], pref, 1) if " " in en else pref
            break
    if short:
        return en.split(" Autonomous")[0].split(" SAR")[0].removesuffix(" Uygur").removesuffix(" Zhuang") \
            .removesuffix(" Hui")
    return en if p["level"] != "province" or p["name"][-1] != "省" else f"{en} Province"


def place_en(name: str, terms: Terms, short: bool = False) -> tuple[str | None, str]:
    """(English name, origin) for a place; origin is `gazetteer` or `pinyin`.

    `short` drops the level where usage does (Lhasa, not Lhasa City; Qinghai, not Qinghai Province).
    """
    p = province_of(name, terms)
    if p is not None:
        return _province_en(p, terms, short or name != p["name"]), "gazetteer"
    if name in terms.places:
        return terms.places[name], "gazetteer"
    if "某" in name:  # an anonymized place has no English name
        return None, "missing"
    stem, suffix_zh, suffix_en = _split_suffix(name)
    if not suffix_zh or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
        return None, "missing"
    if stem in terms.places:
        en = terms.places[stem]
        if suffix_zh in ("市",) or (short and suffix_zh in ("地区", "州")):
            return en, "gazetteer"
        return f"{en} {suffix_en}", "gazetteer"
    if len(stem) < 2:
        return None, "missing"
    return f"{pinyin_word(stem)} {suffix_en}", "pinyin"


def person_en(name: str) -> tuple[str | None, str]:
    """Pinyin, surname first (王香香 → Wang Xiangxiang); 高某 → Gao (anonymized)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,6}", name or ""):
        return None, "missing"
    m = _ANON.match(name)
    if m:
        return f"{pinyin_word(m['sur'])} (anonymized{', ' + m['rest'] if m['rest'] else ''})", "pinyin"
    parts = _tibetan_parts(name)
    if parts:
        return " ".join(pinyin_word(p) for p in parts), "pinyin"
    sur = next((s for s in _COMPOUND_SURNAMES if name.startswith(s) and len(name) > len(s)), name[0])
    given = name[len(sur):]
    sur_syl = [_SURNAME_READINGS.get(sur, "")] if sur in _SURNAME_READINGS else list(syllables(sur))
    out = join_syllables(sur_syl)
    if given:
        out += " " + join_syllables(syllables(given))
    return out, "pinyin"


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


# Institution bodies, longest first: (zh, en, kind). kind `court-level` takes the place as a
# modifier (Lhasa Intermediate People's Court); `province-of` uses "… of <Province>";
# `plural` means the courts of a place (四川法院 → Sichuan courts).
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


def institution_en(name: str, terms: Terms) -> tuple[str | None, str]:
    """English for an institution's name; (None, 'missing') when a part is not known."""
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
            level_word = _LEVEL_WORDS[head]
            head = ""
            break
        got = None
        for j in range(len(head), 0, -1):  # the longest known name first
            en, o = place_en(head[:j], terms, short=True)
            if en and o == "gazetteer":
                got = (head[:j], en, o)
                break
        for j in range(2, len(head) + 1) if got is None else ():  # else the shortest name with a suffix
            en, o = place_en(head[:j], terms, short=True)
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
