"""Institutions, people with roles, and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count

from reportgen.gazetteer import SINGLE_SUFFIX, gazetteer

HAN = "\u4e00-\u9fff"
INSTITUTION_TYPES: list[tuple[str, str]] = [
    ("人民法庭", "court"), ("人民法院", "court"), ("法院", "court"), ("中院", "court"), ("高院", "court"),
    ("人民检察院", "procuratorate"), ("检察院", "procuratorate"),
    ("公安厅", "police"), ("公安局", "police"), ("派出所", "police"), ("交警大队", "police"),
    ("司法厅", "justice"), ("司法局", "justice"), ("司法所", "justice"),
    ("政法委", "committee"), ("政法委员会", "committee"),
]
_HEAD_ENDINGS = tuple(h for h, _ in INSTITUTION_TYPES)
_HEAD_LAST = {h[-1] for h in _HEAD_ENDINGS}
SUBUNITS = ("执行局", "执行庭", "执行一庭", "执行二庭", "执行三庭", "审判管理办公室", "审管办", "民一庭",
            "民二庭", "刑一庭", "立案庭", "办公室", "执行指挥中心")
_LEVEL_WORDS = {"最高", "高级", "中级", "基层", "自治区", "省", "市", "县", "区", "州", "自治州", "地区",
                "人民", "铁路", "海事", "军事", "知识产权", "金融", "互联网", "藏族", "蒙古族"}
TITLES = ("副局长", "局长", "副院长", "院长", "副庭长", "庭长", "副检察长", "检察长", "副主任", "主任",
          "副处长", "处长", "副书记", "书记", "法官", "干警", "律师", "教授", "副厅长", "厅长", "科长", "队长",
          "政治委员", "政委", "职员", "所长", "民警", "代表", "委员", "成员", "负责人", "网格员", "检察官",
          "副部长", "部长", "常委", "主席", "群众", "队员", "专家")
_TITLE_ALT = "|".join(TITLES)
_SPEECH = r"说道|说|表示|介绍说|介绍|指出|告诉|认为|强调|坦言|感慨道|感慨|谈到|讲|提到|透露|称"
_PERSON_RE = re.compile(rf"(?P<role>[{HAN}、]{{2,40}}?(?:{_TITLE_ALT}))(?P<name>[{HAN}]{{2,4}}?)"
                        rf"(?=(?:这样)?(?:{_SPEECH})|向记者|对记者)")
# the same as (?:这样)?(?:{_SPEECH})|向记者|对记者, spelled out as plain alternatives so that the
# regex engine scans for their first characters instead of trying every position
_SPEECH_AT = re.compile("|".join([f"这样{v}" for v in _SPEECH.split("|")] + _SPEECH.split("|") + ["向记者", "对记者"]))
_PERSON_REACH = 40 + max(map(len, TITLES)) + 4 + 2  # role, title, name, and a margin
_TITLE_AT = re.compile(_TITLE_ALT)
# A person's title ends at most a name (4) and a speech verb's own length (5: 这样介绍说) before
# the verb's end: a verb with no title that close is no match's target.
_TITLE_REACH = 4 + 5 + max(map(len, TITLES))
_QUOTE_RE = re.compile(r"“([^“”]{12,600})”")
_AFTER_SPEAKER = re.compile(rf"^[,，]?\s*(?P<who>[{HAN}、]{{2,40}}?)(?:这样)?(?:{_SPEECH})")
_BEFORE_SPEAKER = re.compile(rf"(?P<who>[{HAN}、]{{2,40}}?)(?:{_SPEECH})(?:记者)?[:：,，]?\s*$")


@dataclass
class Institution:
    name: str
    type: str


@dataclass
class Person:
    name: str
    role: str | None


@dataclass
class Quote:
    speaker: str | None
    role: str | None
    text: str
    start: int  # analysis offset of the quote text in its paragraph
    end: int


def find_institutions(tokens: list[str]) -> list[Institution]:
    """Institutions such as 拉萨市城关区人民法院 or 自治区高级人民法院执行局, without repeats."""
    names, stems = gazetteer()
    heads = dict(INSTITUTION_TYPES)
    # the tokens a head ends, found once among the distinct tokens
    ending = {t for t in set(tokens) if t[-1:] in _HEAD_LAST and t.endswith(_HEAD_ENDINGS)}
    found: dict[str, Institution] = {}
    for i in (list(compress(count(), map(ending.__contains__, tokens))) if ending else []):
        tok = tokens[i]
        head = next((h for h in heads if tok.endswith(h)), None)
        if head is None:
            continue
        j = i
        if tok == head or tok in ("高级人民法院", "中级人民法院", "最高人民法院"):
            while j > 0:
                prev = tokens[j - 1]
                stem_with_suffix = j >= 2 and tokens[j - 1] in SINGLE_SUFFIX and len(tokens[j - 2]) >= 2 \
                    and all("\u4e00" <= c <= "\u9fff" for c in tokens[j - 2])
                if stem_with_suffix:
                    j -= 2
                elif prev in names or prev in stems or prev in _LEVEL_WORDS or prev.endswith(("自治州", "自治县", "地区")):
                    j -= 1
                else:
                    break
        name = "".join(tokens[j:i + 1])
        if name == head and head in ("法院", "检察院", "中院", "高院"):
            continue
        k = i + 1
        while k < len(tokens) and tokens[k] in SUBUNITS:
            name += tokens[k]
            k += 1
        if len(name) >= 3 and len(name) - len(head) != 1:
            found.setdefault(name, Institution(name, heads[head]))
    # 城关区人民法院 is the same court as 拉萨市城关区人民法院 found elsewhere in the item
    return [inst for inst in found.values()
            if not any(other != inst.name and other.endswith(inst.name) for other in found)]


def _split_role_name(who: str) -> tuple[str | None, str]:
    """`拉萨中院审管办副主任陆朝举` → (role, name); a bare name has no role."""
    m = re.match(rf"^(?P<role>.*(?:{_TITLE_ALT}))(?P<name>[{HAN}]{{2,4}})$", who)
    if m:
        return m.group("role"), m.group("name")
    return None, who


def _person_matches(text: str):
    """_PERSON_RE's matches, searched only in the stretches before a speech verb (a match ends
    at one and starts at most _PERSON_REACH characters before it): the same matches, found
    without trying the pattern at every character of a long text."""
    start = end = -1
    for a in _SPEECH_AT.finditer(text):
        if _TITLE_AT.search(text, max(0, a.start() - _TITLE_REACH), a.end()) is None:
            continue
        lo = max(0, a.start() - _PERSON_REACH)
        if lo > end:
            if end >= 0:
                yield from _PERSON_RE.finditer(text, start, end)
            start = lo
        end = a.end()
    if end >= 0:
        yield from _PERSON_RE.finditer(text, start, end)


_ROLE_LEAD = re.compile(r"^(?:据|由|经|对|在|而|但|并|和|与|及|让|请|邀请)")


def find_people(text: str) -> list[Person]:
    """People introduced with a role (`执行局局长刘彬告诉记者`)."""
    out = []
    for m in _person_matches(text):
        role = _ROLE_LEAD.sub("", m.group("role"))
        out.append(Person(m.group("name"), role))
    return out


def find_quotes(text: str) -> list[Quote]:
    """Direct quotes with their speaker when the text names one before or after the quote."""
    out = []
    for m in _QUOTE_RE.finditer(text):
        body = m.group(1)
        who = None
        after = _AFTER_SPEAKER.match(text[m.end():m.end() + 45])
        if after:
            who = after.group("who")
        else:
            before = _BEFORE_SPEAKER.search(text[max(0, m.start() - 45):m.start()])
            if before:
                who = before.group("who")
        if who is None:
            continue
        who = re.split(r"[,，。；;]", who)[-1]
        who = re.sub(r"^(?:据|而|但|并|对此|随后|最后|同时|此外)", "", who)
        role, name = _split_role_name(who)
        if not re.fullmatch(rf"[{HAN}·]{{2,6}}", name):
            continue
        out.append(Quote(name, role, body, m.start(1), m.end(1)))
    return out
