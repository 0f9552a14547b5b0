"""English statistic labels: a term-base entry, or one composed from term-base parts by a few rules
of the language (a leading verb goes after its object, 的 and a measure noun take "of", A占B比重 is
"A as a share of B"); never a guess: a label with any part the term base does not have gets none."""

from __future__ import annotations

import re

from reportgen.english.figures import YEARS_EN
from reportgen.english.names import ordinary_word, place_en
from reportgen.english.terms import Term, Terms

_SKIP = "“”\"'《》「」()（）:：;；,，。 \t"
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+&/-]*")
# A share: 占 (A as a share of B), with the measure words that close it, which it makes redundant.
_SHARE = "占"
_SHARE_CLOSERS = ("比重", "的比重", "比例", "的比例", "比", "的比", "份额")
_OF = "的"
# A 对 B 贡献率: "contribution of A to B"; 对 makes no other label.
_TO = "对"
_CONTRIBUTION = ("贡献率", "贡献")
_OF_WORDS = {"expenditure": "on", "spending": "on", "investment": "in"}
# A 用于 B 的支出/投入: A's spending on B.
_FOR = "用于"
_SPENDING = ("支出", "投入")
# 案件 after a kind of dispute or crime: "cases of divorce disputes"
_CASES = "案件"
_INVOLVING = ("involving ", "involved in ")  # a phrase said after the noun it qualifies
_APPLY = {"申请", "申报"}  # nouns only after what is applied for (法律援助申请); an opening one is the act
# what one organisation does for others (法律援助机构办理法律援助案件, 值班律师提供法律帮助, 企业发行债券)
_SERVED = {"办理", "提供", "接待", "发行", "招收", "受理", "审结", "办结", "发放", "举办", "开展", "调解"}
_CASE_KINDS = ("disputes", "crimes", "offenses")
_INSTANCES = ("一审", "二审", "再审")  # the instance said between an offence and its cases
# an offence named by its act (非法吸收公众存款 illegally taking in deposits from the public): its cases are
# "cases of …" too, when its English is long (a short one is said in front: "fraud cases")
_OFFENCE = re.compile(r"罪$|^(?:盗窃|抢劫|抢夺|诈骗|贪污|受贿|行贿|贿赂|渎职|走私|贩毒|赌博|敲诈勒索|绑架|拐卖|非法|危险驾驶|醉酒驾驶|"
                      r"交通肇事|故意伤害|故意杀人|强奸|猥亵|寻衅滋事|聚众|组织|洗钱|侵占|挪用|滥用职权|玩忽职守|电信网络诈骗)")
_LIST = {"、": ",", "和": "and", "及": "and", "与": "and", "以及": "and", "或": "or", "或者": "or", "并": "and"}
_JOINTS = {_OF, _SHARE, _TO, "用于", "、", "和", "及", "与", "或", "并", "等"}
# Words of the genre around a figure rather than parts of what it counts: a closing verb that only
# links the indicator to its value (城镇调查失业率控制在5.5%以内: the value and its qualifier say
# "within"), dropped; an opening word that makes the figure a target, an estimate or a plan (力争,
# 预计, 拟), kept as a bracketed tag.
_LINKS = ("控制在", "保持在", "稳定在", "控制", "保持", "稳定", "达到", "达", "增至", "提高到", "提升至", "提高至", "实现",
          "完成")
_TAGS = {"力争": "target", "确保": "target", "争取": "target", "预计": "estimate", "拟": "planned", "计划": "planned",
         "提出": "proposed"}
_FILED = ("申请", "诉讼", "复议", "上诉", "申诉", "控告", "举报", "投诉")  # what one files (提出…申请): no proposal
# An opening verb that only says the figure was reached (已实现终本案件合格率100%: the figure is the
# rate), dropped like the closing links.
_LEADS = ("已实现", "实现了", "实现")
# A light verb before an event that is already a participle (完成 + 案款发放: "case money
# disbursed", not "… disbursed completed") adds nothing the participle does not say; dropped.
_LIGHT = {"完成", "实现", "已实现", "进行"}
# A participle moved after its object goes after the object's head noun when the object's English
# has a clause-like postmodifier ("cases received with Party or government organs as persons subject
# to enforcement", not "… as persons subject to enforcement received").
_POSTMODIFIER = re.compile(r" (?=(?:of|for|with|in|to|on|by|from|over|involving|against|as|where|whose|that|which|who) )")
_RELATIVE = ("where ", "whose ", "in which ", "that ", "which ", "who ")
_MAX_PARTS = 7
_SECTORS = {"农业", "工业", "林业", "牧业", "畜牧业", "渔业", "副业", "手工业", "商业", "建筑业", "制造业", "服务业", "交通运输业"}
# a term-base noun whose English is an imperative verb phrase (法治政府建设 → "build a law-based government")
_IMPERATIVE = re.compile(r"(?:build|promote|advance|ensure|improve|strengthen|develop|establish|implement|deepen|make|"
                         r"carry out|pursue|expand|boost|foster|modernize|uphold|safeguard|protect) ")
# A verb moved after its object must read as a participle there ("cases concluded", "roads built
# or upgraded"), not as a finite phrase ("approved the arrest of").
_PARTICIPLE = re.compile(r"^(?:[a-z]+ )?[a-z-]+(?:ed|en|wn|ld|lt|nt|ht|id|un|ne|de|pt|ut|st|rd)(?: up| out| off| down)?"
                         r"(?:, [a-z-]+(?:ed|en|wn|ld|lt|nt|ht|id|un|ne|de|pt|ut|st|rd))*"  # built, renovated or expanded
                         r"(?: (?:or|and) [a-z-]+(?:ed|en|wn|ld|lt|nt|ht|id|un|ne|de|pt|ut|st|rd)(?: up| out| off| down)?)?"
                         r"(?: (?:at|in|on|by|for|from|through|under|within|into|to) [a-z -]+| online)?(?: \([a-z ]+\))?$"
                         r"|^for sale$|^under construction$")
# An institution before its verb is the one acting (最高人民法院受理案件: "cases received by the
# Supreme People's Court").
_GOVERNMENT = re.compile(r"(?:central|local|provincial|municipal) governments?")  # 中央财政安排: who earmarked it
# what a government spends, said after it (the parts alone read "spending on" waiting for an object, or
# "government expenditure" after "central government")
_GOVERNMENT_SPENT = {"投入": "spending", "财政投入": "spending", "支出": "expenditure", "财政支出": "expenditure"}
# A noun that closes a label and is said of the plural before it ("clusters of …", "ratio of …").
_OF_HEAD = re.compile(r"\b(?:clusters?|ratios?|rates?|proportions?|shares?|standards?|coverage|numbers?|scale|size|"
                      r"output|volume|levels?|capacity)$")
# Who may do what a label's verb says, when several parts name it (an organisation, not a place:
# 农村建设公路 is roads built in rural areas, not by them).
_AGENT = re.compile(r"\b(?:museums|galleries|enterprises|companies|firms|banks|schools|universities|colleges|hospitals|"
                    r"funds|institutions|organizations|agencies|authorities|ports?|courts|procuratorates|bureaus|"
                    r"offices|lawyers|law firms|notaries)$")
_ACTOR = re.compile(r"\b(?:[Cc]ourts?|[Pp]rocuratorates?|organs|[Bb]ureaus?|police|[Dd]epartments?|[Mm]inistry)\b")


def _lookup(terms: Terms, zh: str, region: str | None) -> Term | None:
    t = terms.glossary.get(zh)
    if t is None and (ctx := terms.contextual.get(zh)) is not None:
        t = ctx.get(region or "")
    return t


def segment(terms: Terms, text: str, region: str | None = None) -> list[Term] | None:
    """Cover `text` with term-base terms in as few parts as possible; None if any part is unknown.

    Parts are term-base entries (and context-dependent ones, such as 全区, when `region` says what
    kind of region the item is about), quoted names the term base has, gazetteer places and Latin
    words (PM2.5, 5G) as they are written."""
    n = len(text)
    best: list[tuple[int, list[Term]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        cost, parts = here
        for j, term in _pieces(terms, text, i, region):
            c = cost + (0 if term is None else 1)
            if best[j] is None or c < best[j][0]:  # type: ignore[index]
                best[j] = (c, parts if term is None else parts + [term])
    end = best[n]
    return end[1] if end is not None else None


def _pieces(terms: Terms, text: str, i: int, region: str | None):
    """(end, term) for every part that can start at i; term None for a mark that is skipped."""
    ch = text[i]
    if ch == "“" and (j := text.find("”", i)) > i + 1:
        inner = text[i + 1:j]
        hit = _lookup(terms, inner, region)
        if hit is not None:
            quoted = hit.en if hit.en[:1] in "“\"'" else f"“{hit.en}”"
            yield j + 1, Term(inner, quoted, "n", hit.note, hit.source)
        for k in range(min(len(text), i + terms.max_len), j, -1):  # a term that is written with its quotes
            if (t := _lookup(terms, text[i:k], region)) is not None:
                yield k, t
        return
    if ch in _SKIP:
        yield i + 1, None
        return
    if ch in _JOINTS:  # a grammatical joint: the composition rules read it
        yield i + 1, Term(ch, "", "f")
    if (m := _LATIN.match(text, i)) is not None:
        yield m.end(), Term(m.group(), m.group(), "n")
        return
    for j in range(min(len(text), i + terms.max_len), i, -1):
        t = _lookup(terms, text[i:j], region)
        if t is not None and (j - i > 1 or t.pos in ("f", "t") or (t.pos == "h" and j == len(text))):
            yield j, t  # 省 Province, 所 Police Station only as whole labels; 数, 率 closing one
    keys = terms.place_keys
    for j in range(min(len(text), i + 12), i + 1, -1):  # a gazetteer place name
        name = text[i:j]
        if name not in keys and (name[:-1] not in keys or name[-1] not in _SUFFIX_CHARS) \
                and (name[:-2] not in keys or name[-2:] not in ("地区", "新区")):
            continue
        if name not in terms.gazetteer and terms.province(name) is None and ordinary_word(name):
            continue  # 合作 (Hezuo), 安宁 (Anning) without their suffix are ordinary words
        en, origin = place_en(name, terms, short=True, pinyin=False)
        if en and origin == "gazetteer":
            yield j, Term(text[i:j], en, "a")
            break


def _join(parts: list[Term]) -> str:
    """Parts in order, lists joined with commas and 'and'."""
    out = ""
    joints = [i for i, p in enumerate(parts) if p.zh in _LIST]
    last_and = joints[-1] if joints and parts[joints[-1]].zh == "、" and not any(  # A、B → "A and B";
        p.zh == "等" for p in parts[joints[-1]:]) else -1  # A、B等 → "A, B and other"
    for i, p in enumerate(parts):
        word = "and" if i == last_and else _LIST.get(p.zh)
        if p.zh == "等":
            out += " and other" if i + 1 < len(parts) else ""
        elif word == ",":
            out = out.rstrip() + ","
        elif word:
            out += f" {word}"
        elif p.en.startswith(","):
            out = out.rstrip() + p.en
        elif p.en.startswith("“") and out.endswith("”"):  # “积案”“难案” → “backlog cases” and “difficult cases”
            out += " and " + p.en
        else:
            out += (" " if out and not out.endswith(" ") else "") + p.en
    return re.sub(r"\s+", " ", out).strip()


# a closing 预期 after the noun projected (经济增长预期, 广义货币预期)
_EXPECTED = {"预期"}
_EXPECTED_SAID = ("projected", "expected", "target")
_OPEN_ENDS = (" on", " in", " of", " for", " by")
_SUFFIX_CHARS = set("省市县区州盟旗镇乡村")
_PREPOSITIONS = ("above ", "below ", "in ", "at ", "under ", "of ", "for ", "with ", "on ", "per ")
# "above designated size" (规模以上, 规上) says which enterprises; it follows only a noun naming them.
_SIZE = "above designated size"
_UNITS = ("enterprises", "companies", "firms", "businesses", "entities")
# A modifier that qualifies the figure's change, said only at the end of a label (实际: in real
# terms); at the start it is part of a term of its own (实际利用外资: foreign investment actually used).
_CLOSING_ONLY = {"实际"}
# "new" said of the measure that closes a label (新增光伏装机 → "new installed capacity of …").
_NEW = {"新增"}
_ADDED = {"装机", "装机容量", "里程", "运营里程", "通车里程", "面积", "产能", "吞吐能力", "规模"}
# Modifiers said of the closing measure, never of the noun before it (年均煤炭产量: "average annual
# output of coal").
_ON_MEASURE = {"年均", "平均"}
# A tag that may also close a label (单位GDP能耗累计: cumulative); 五年 after a figure's label is
# the start of a clause (常住人口城镇化率五年 [提高…]).
_CLOSING_TAGS = {"累计"}
# A noun phrase with a postmodifier of its own ("distinctive industries of competitive strength")
# cannot modify the next noun.
_POSTMODIFIED = re.compile(r" (?:of|for|with|in|at|to|on|by|from|above|under|that|which) ")
# A noun phrase that is a measure of something ("value added of …", "area of …").
_MEASURE_OF = re.compile(r"^[\w-]+(?: [\w-]+)? of ")
# Verbs that only open a label: closing one, their object is cut off.
_OPENING_ONLY = {"带动", "拉动"}
# Verbs of helping take another verb (帮助追回, 协助执行): the two are no list of things done.
# Receiving or handling takes what another verb made (受理移送审查起诉案件: cases transferred … received,
# not "received and transferred"); no rule says that yet.
_TAKES_A_VERB = {"帮助", "协助", "帮", "助力", "配合", "受理", "办理", "立案", "提请"}
# Verbs of raising or lowering take a measure for object.
_RAISE = {"提高", "降低", "调高", "调低", "下调", "上调"}
_MEASURED = re.compile(r"\b(?:rates?|ratios?|standards?|levels?|prices?|wages?|pensions?|benefits|thresholds?|shares?|"
                       r"proportions?|incomes?|subsidies|allowances?|coverage|tariffs?)\b")
# Nouns of an activity that cannot modify the noun after them.
_NOT_MODIFIERS = {"governance", "protection", "improvement", "increase", "prevention", "seizure", "resettlement"}
# A gerund with its own object (稳增长: "ensuring stable growth") cannot modify the next noun; a noun
# that ends in -ing (computing power, nursing beds, leasing and business services) can.
_GERUND = re.compile(r"^(?!(?:housing|building|manufacturing|processing|computing|nursing|leasing|banking|shipping|"
                     r"marketing|financing|funding|lending|planning|spending|farming|mining|printing|dining|parking|"
                     r"catering|training|teaching|testing|heating|lighting|clothing|packaging|recycling|trading|"
                     r"dwelling|boarding|sewing|engineering|accounting|advertising|publishing|broadcasting|"
                     r"landscaping|fishing|hunting|logging|retailing|wholesaling|warehousing|"
                     r"leading|emerging|existing|remaining|outstanding|pending|growing|rising|working|living|"
                     r"operating|supporting|matching|promising|booming|thriving)\b)[a-z]+ing \S")


def _postmodifiers(parts: list[Term]) -> list[Term] | None:
    """A modifier whose English is a prepositional phrase follows the noun phrase it modifies:
    规模以上 + 工业 + 企业 → "industrial enterprises above designated size". None when the noun it
    would follow is not one it can modify."""
    out = list(parts)
    i = 0
    while i < len(out) - 1:
        p = out[i]
        if p.pos == "a" and p.en.startswith(_PREPOSITIONS) and p.zh not in _CLOSING_ONLY:
            j = i + 1
            while j < len(out) and out[j].pos == "a":
                j += 1
            while j + 1 < len(out) and out[j].pos == "n" and out[j + 1].pos == "n":
                j += 1  # the whole noun run: 规上 + 服务业企业 → "service enterprises above designated size"
            if j < len(out) and out[j].pos in ("n", "h"):
                if p.en.startswith(_SIZE) and not out[j].en.endswith(_UNITS):
                    return None  # 规上装备工业增加值: the value added is not what is above a size
                out = out[:i] + out[i + 1:j + 1] + [p] + out[j + 1:]
                i = j + 1
                continue
        i += 1
    return out


def _plural(en: str) -> bool:
    """Does an English noun phrase end in a plural (cases, enterprises), not a name or a mass noun?"""
    w = en.split()[-1] if en.split() else ""
    if w in ("children", "people", "men", "women", "personnel"):
        return True
    if re.fullmatch(r"[A-Z]{2,}s", w):  # SMEs, MSMEs
        return True
    return w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics", "'s"))


# Plurals that are not a plural of a noun one can use before another (goods, sales …), and
# services, which before a noun can as well be the verb (服务企业: serving enterprises).
_NO_SINGULAR = {"goods", "sales", "affairs", "arms", "means", "series", "species", "news", "savings",
                "earnings", "proceeds", "headquarters", "works", "premises", "services", "utilities",
                "cases", "persons", "enforcement", "others", "units", "jobs", "residents", "minors", "damages",
                "customs", "papers", "quarters", "forces", "letters", "arrears", "remains", "spirits", "organs"}


def _singular(en: str) -> str | None:
    """A noun phrase ending in a regular plural, as a modifier before another noun (铁路项目: railway
    projects, 中小学校食堂: primary and secondary school canteens); None when it has none."""
    *head, w = en.split()
    if w == "services" and head:
        return " ".join([*head, "service"])  # 养老服务机构: "elderly care service institutions" (服务 alone may be a verb)
    if w in _NO_SINGULAR or not w.islower() or not w.isalpha():
        return None
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("ches", "shes", "xes", "sses")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")):
        w = w[:-1]
    else:
        return None
    return " ".join([*head, w])


def _words(en: str) -> set[str]:
    """The words of an English phrase, lower case and without a plural s, to compare what two parts say."""
    return {w.removesuffix("s") for w in en.lower().split()}


def _unlisted(parts: list[Term], i: int) -> bool:
    """Whether parts[i] opens the label or follows a part that is no joint (、, 和, 的 …): not a list's item."""
    return i == 0 or parts[i - 1].zh not in _JOINTS


def _content(parts: list[Term]) -> bool:
    return any(p.pos not in ("f", "v") and p.zh not in _JOINTS for p in parts)


# nouns of the term base that open a label as verbs (组织培训: training organized)
_VERB_FIRST = {"组织": "organized"}


def compose(parts: list[Term], counted_first: bool = False) -> str | None:
    """Term-base parts in English order, or None when they do not make a label:

    - a leading verb goes after its object (审结 + 刑事案件 → "criminal cases concluded");
    - A 占 B (比重) → "A as a share of B";
    - A 的 B → "B of A";
    - a closing measure noun (pos h: 比重 share, 规模 size, 增加值 value added) takes "of":
      旅游 + 增加值 → "value added of tourism"; a closing change (pos g: 增长 growth) takes "in";
    - an opening tag (pos t: 力争 target) goes in brackets at the end;
    - a list (、和及与) is joined with commas and "and"; 等 closing a list is dropped;
    - counted_first (the label follows its figure: 28个省份开展…试点): things, a verb and its object are
      "{things} with {object} {done}".
    """
    parts = [p for p in parts if p.en or p.zh in _JOINTS]
    if len(parts) > 1 and parts[0].zh in _VERB_FIRST and parts[1].pos in ("n", "a"):
        # 组织各类培训: 组织 opening a label is the verb (organized), not the noun (organizations)
        parts = [Term(parts[0].zh, _VERB_FIRST[parts[0].zh], "v", source=parts[0].source), *parts[1:]]
    if len(parts) > 1 and parts[0].zh == "决定" and parts[1].pos == "v" and parts[1].en.startswith("decided "):
        parts = parts[1:]  # 决定不起诉: "decided not to prosecute" says the decision already
        if len(parts) == 1:
            return parts[0].en  # as 不起诉 alone says it
    # 农村贫困人口实现脱贫: a light verb before the verb that says the event adds nothing ("… lifted from poverty")
    parts = [p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and p.zh in _LIGHT and parts[i + 1].pos == "v")]
    if len(parts) == 2 and parts[0].pos == "a" and _GOVERNMENT.fullmatch(parts[0].en) and parts[1].zh in _GOVERNMENT_SPENT:
        return f"{parts[0].en} {_GOVERNMENT_SPENT[parts[1].zh]}"  # 中央财政投入: "central government spending"
    while parts and parts[-1].zh == "等":
        parts = parts[:-1]
    if not parts or not _content(parts) or len([p for p in parts if p.zh not in _JOINTS]) > _MAX_PARTS:
        return None
    if parts[0].zh == _SHARE and len(parts) > 1:
        return _share_of(parts[1:])  # 占全部民事一审案件: the share a figure is of a whole said after it
    if parts[0].pos == "f" or parts[0].zh in _LIST or parts[-1].pos == "f" or parts[-1].zh in _LIST:
        return None
    if len(parts) > 1 and parts[0].zh in _APPLY:
        return None  # 申请复议: applying for it (what must be done by a deadline), not "application reconsideration"
    if any(p.pos == "v" for p in parts) and any(p.pos == "n" and _IMPERATIVE.match(p.en) for p in parts):
        return None  # 推进 + 法治政府建设 ("build a law-based government"): a verb phrase takes no participle
    if any(a.zh in _SECTORS and b.zh in _SECTORS for a, b in zip(parts, parts[1:], strict=False)):
        return None  # 工业农业总产值: two sectors side by side are both counted, not "industrial agriculture"
    if any(a.en == b.en for a, b in zip(parts, parts[1:], strict=False)):
        return None  # the same English twice in a row: the parts overlap in meaning
    for i in range(len(parts) - 1):  # 离婚纠纷案件: "cases of divorce disputes"
        a, b = parts[i], parts[i + 1]
        if b.zh == _CASES and a.pos == "n" and a.en.startswith("applications for ") and (i + 2 == len(parts) or parts[i + 2].zh in _JOINTS):
            parts = parts[:i] + [Term(a.zh + b.zh, a.en, "n", source=a.source)] + parts[i + 2:]
            break  # 审查起诉案件: the cases are the applications ("applications for prosecution")
        instance = b.zh in _INSTANCES and i + 2 < len(parts) and parts[i + 2].zh == _CASES  # 危险驾驶罪一审案件
        offence = a.pos == "n" and (a.en.endswith(_CASE_KINDS) or a.en.startswith("disputes ")
                                    or (_OFFENCE.search(a.zh) and (instance or len(a.en.split()) > 2)))  # not "cases of fraud"
        end = i + (3 if instance else 2)
        if offence and (b.zh == _CASES or instance) and (end == len(parts) or parts[end].zh in _JOINTS):
            kind = f"{b.en} " if instance else ""  # "first-instance cases of dangerous driving"
            parts = parts[:i] + [Term("".join(p.zh for p in parts[i:end]), f"{kind}cases of {a.en}", "n", source=a.source)] + parts[end:]
            break
    joints = [i for i, p in enumerate(parts) if p.zh in _LIST]
    if any(0 < i and parts[i - 1].pos == "h" for i in joints):  # 游客人数、旅游收入: the measure closes its own item
        if len(joints) > 1:
            return None
        left, right = compose(parts[:joints[0]]), compose(parts[joints[0] + 1:])
        word = _LIST[parts[joints[0]].zh].replace(",", "and")  # two items: 、 is "and"
        return f"{left} {word} {right}" if left and right else None
    zhs = [p.zh for p in parts]
    if _TO in zhs:  # 服务业对经济增长(的)贡献率: the contribution of services to economic growth
        k = zhs.index(_TO)
        rest = [p for p in parts[k + 1:-1] if p.zh != _OF] if parts[-1].zh in _CONTRIBUTION else []
        left, right = compose(parts[:k]), compose(rest)
        return f"contribution of {left} to {right}" if left and right else None
    if parts[-1].zh in _CONTRIBUTION and len(parts) > 1:
        return None  # …的贡献率 without 对: to what is not said
    if any(p.zh in _CLOSING_ONLY for p in parts[:-1]):
        return None
    last = parts[-1]
    if len(parts) > 1 and last.zh in _EXPECTED and last.pos == "a" and parts[-2].pos in ("n", "h") \
            and (what := compose(parts[:-1])) is not None and not what.startswith(_EXPECTED_SAID):
        return f"{last.en} {what}"  # 经济增长预期: "projected economic growth", the figure a projection
    if len(parts) > 1 and last.pos == "a" and last.en.startswith(_PREPOSITIONS) and parts[-2].zh not in _JOINTS:
        head = compose(parts[:-1])  # 居民人均可支配收入实际: a closing "in real terms" stays at the end
        return f"{head} {last.en}" if head else None
    if _FOR in zhs:  # 中央财政用于“三农”的支出: "central government spending on …"
        k = zhs.index(_FOR)
        rest = [p for p in parts[k + 1:-1] if p.zh != _OF] if parts[-1].zh in _SPENDING else []
        spender = parts[:k]  # 中央财政 (central government) spends: a modifier is enough here
        left = compose(spender) or (_join(spender) if spender and all(p.pos == "a" for p in spender) else None)
        right = compose(rest)
        return f"{left} spending on {right}" if left and right else None
    if _SHARE in zhs:
        k = zhs.index(_SHARE)
        left, right = compose(parts[:k]), compose(_unclosed(parts[k + 1:])) or _wide_total(_unclosed(parts[k + 1:]))
        return f"{left} as a share of {right}" if left and right else None
    if _OF in zhs:
        k = len(zhs) - 1 - zhs[::-1].index(_OF)
        if any(p.pos == "v" for p in parts[:k]) or parts[-1].pos == "v":
            return None  # 受理审查逮捕的刑事案件: a clause before 的 says what was done to them, not whose they are
        owner, owned = compose(parts[:k]), compose(parts[k + 1:])
        if owner and owned and owner.split()[-1] == owned.split()[-1]:
            return None  # 刑事犯罪案件的发案数: "number of cases of criminal cases"
        joint = _OF_WORDS.get(owned or "", "of")  # 卫生事业的支出: "expenditure on health programs"
        return f"{owned} {joint} {owner}" if owner and owned else None
    if (where := _in_where(parts)) is not None:
        return where  # 重点城市重污染天数: "number of days with heavy air pollution in key cities"
    tags: list[Term] = []
    while len(parts) > 1 and parts[0].pos == "t":  # 力争 X: a target, 预计 X: an estimate, 累计 X: cumulative
        tags, parts = tags + [parts[0]], parts[1:]
    while len(parts) > 1 and parts[-1].zh in _CLOSING_TAGS:  # 一般公共预算收入累计: a closing tag
        tags, parts = tags + [parts[-1]], parts[:-1]
    for i in range(1, len(parts) - 1):  # 中央预算内投资拟安排: a tag before the closing verbs
        if parts[i].pos == "t" and all(p.pos == "v" for p in parts[i + 1:]):
            tags, parts = tags + [parts[i]], parts[:i] + parts[i + 1:]
            break
    if len(parts) > 1 and parts[0].pos == "g" and parts[0].en.endswith(" in") and parts[1].pos == "n":
        changed = compose(parts[1:])  # 净增经营主体: "net increase in market entities"
        return _tagged(f"{parts[0].en} {changed}", tags) if changed else None
    actor = ""
    if len(parts) > 3 and parts[0].pos == "a" and _GOVERNMENT.fullmatch(parts[0].en) and parts[1].pos == "t" \
            and parts[2].pos == "v":
        tags, parts = tags + [parts[1]], parts[:1] + parts[2:]  # 中央财政拟安排资金: planned, by the government
    if len(parts) > 2 and parts[1].pos == "v" and _content(parts[2:]) and (
            (parts[0].pos == "n" and _ACTOR.search(parts[0].en))
            or (parts[0].pos == "a" and _GOVERNMENT.fullmatch(parts[0].en))):
        actor, parts = parts[0].en, parts[1:]
        if (actor[:1].isupper() and not _plural(actor.lower())) or _GOVERNMENT.fullmatch(actor):
            actor = "the " + actor  # 最高人民法院: "the Supreme People's Court"; 中央财政: "the central government"
    elif (k := next((i for i, p in enumerate(parts) if p.pos == "v"), 0)) >= 1 and _content(parts[k + 1:]) \
            and (k > 1 or (parts[1].zh in _SERVED and not counted_first)) \
            and all(p.pos in ("a", "n") or p.zh in _LIST for p in parts[:k]) and parts[k - 1].pos == "n" \
            and (agent := compose(parts[:k])) and _AGENT.search(agent):
        # 全市博物馆、美术馆举办文化展览: "… held by museums and art galleries …"; one organisation before a verb
        # of serving (公证机构办理公证事项: "notarization items handled by notary offices"), not one whose verb
        # makes a noun with what follows (乡镇卫生院建设任务: construction tasks, not "tasks built by …")
        actor, parts = agent, parts[k:]
    # shapes said whole: 中心城区新增机动车停车位, 案件受理数 ("number of cases received") and, when the
    # figure counts the label's first noun, 村镇银行完成改革任务 ("… banks with reform tasks completed")
    for shape in (_added_in, _measured_in, _counted_done, _verb_counted,
                  *((_verb_phrase,) if not actor else ()), *((_subject_done,) if counted_first and not actor else ())):
        if (said := shape(parts)) is not None:
            return _tagged(said, tags) if said else None
    verbs: list[Term] = []  # the opening verbs, also joined ones (新建和改造: built and renovated)
    either = False  # 建设或改造: built or renovated
    while len(parts) > 1 and parts[0].pos == "v" and _content(parts[1:]):
        verbs, parts = verbs + [parts[0]], parts[1:]
        if len(parts) > 2 and parts[0].zh in _LIST and parts[1].pos == "v":
            either = either or _LIST[parts[0].zh] == "or"
            parts = parts[1:]
    if verbs and parts[0].zh in _LIST:
        return None  # 审理、调解案件: a verb listed with a noun reading ("mediation") joins nothing
    if len({v.en for v in verbs}) < len(verbs):
        return None  # 挽回和追缴国有财产: two verbs said alike ("recovered and recovered") tell nothing apart
    if len(verbs) > 1 and verbs[0].zh in _LIGHT:
        verbs = verbs[1:]  # 完成裁减军队员额: "troops cut", not "troops completed and cut"
    if any(v.zh == "适用" for v in verbs) and parts[-1].zh.endswith(("案件", "案")):
        return None  # 适用小额诉讼案件: the procedure was applied in the cases, the cases were not applied
    if any(v.zh in _TAKES_A_VERB for v in verbs[:-1]) or (verbs and verbs[-1].zh in _TAKES_A_VERB and parts[0].pos == "v"):
        return None  # 帮助追回薪酬: the help is not a second thing done to the wages ("helped and retrieved")
    if parts[-1].zh in _OPENING_ONLY:
        return None  # 高精尖产业基金带动: what it drives is cut off
    if verbs and parts[-1].pos == "v":  # 完成案款发放: the event is said by its own participle
        if not all(v.zh in _LIGHT for v in verbs):
            return None
        verbs = []
    if any(v.zh in _RAISE for v in verbs) and not _MEASURED.search(_join(parts)):
        return None  # 提高机关事业单位: what is raised is a rate, a standard or a level, not an institution
    if verbs and all(p.pos in ("h", "g") or p.zh in _JOINTS for p in parts):
        return None  # 结案 + 率: a verb's rate has no object to follow
    if any(_PARTICIPLE.match(v.en) is None for v in verbs + [p for p in parts if p.pos == "v"]):
        return None
    if any(p.pos == "v" for p in parts[:-1]) or \
            any(p.pos in ("h", "g") and parts[i + 1].zh not in _LIST
                and not (i == len(parts) - 2 and p.pos == "h" and parts[-1].pos in ("h", "g"))
                for i, p in enumerate(parts[:-1])):
        return None  # a verb or a measure inside a noun phrase (改造项目: renovation projects) has no rule
    if not any(p.pos in ("n", "h", "g") for p in parts):
        return None  # modifiers alone name nothing
    for i in range(len(parts) - 1):
        a, b = parts[i], parts[i + 1]
        head = a.en.split()[-1] if a.en else ""
        if head and a.pos == b.pos == "n" and b.en.startswith(head + " ") and _plural(head) and _unlisted(parts, i):
            # 执行案件旧存: "enforcement cases" + "cases left over …" share their head ("enforcement cases left over …")
            parts = parts[:i] + [Term(a.zh + b.zh, a.en + b.en[len(head):], "n", source=a.source)] + parts[i + 2:]
            break
        if a.pos == "n" and b.pos in ("n", "h") and a.en.startswith(_INVOLVING) and _unlisted(parts, i):
            # 涉未成年人案件: "cases involving minors", 涉案金额: "amount involved in the cases" (the phrase after what
            # it qualifies)
            parts = parts[:i] + [Term(a.zh + b.zh, f"{b.en} {a.en}", "n", source=b.source)] + parts[i + 2:]
            break
    # 制造业单项冠军企业: "manufacturing" is already said by the champions (but not 中央政府定价项目, where another
    # part says those words again: "central government … government pricing")
    for i in range(len(parts) - 1):
        a, b = parts[i], parts[i + 1]
        if (a.pos == "n" or (a.pos == "a" and i == 0)) and b.pos == "n" and _unlisted(parts, i) \
                and _words(a.en) < (said := _words(b.en)) and not any(said & _words(p.en) for p in parts[:i] + parts[i + 2:]):
            parts = parts[:i] + parts[i + 1:]
            break
        if a.pos == b.pos == "n" and _words(b.en) < (said := _words(a.en)) and not _POSTMODIFIED.search(a.en) \
                and not any(said & _words(p.en) for p in parts[:i] + parts[i + 2:]):
            # 小额诉讼程序: "small claims procedure" says the procedure (but not 涉恶犯罪团伙, where "involvement in …
            # gangs" is an involvement, not gangs)
            parts = parts[:i + 1] + parts[i + 2:]
            break
    words = [p for p in parts if p.zh not in _JOINTS]
    for a, b in zip(words, words[1:], strict=False):
        wa, wb = _words(a.en), _words(b.en)
        if wa <= wb or wb <= wa or a.en.split()[-1].lower() == b.en.split()[0].lower():
            return None  # overlapping parts (制造业 + 单项冠军企业: manufacturing … manufacturing champions)
    if any(a.pos == "a" and b.pos == "n" and _MEASURE_OF.match(b.en) and a.zh not in _NEW | _ON_MEASURE
           for a, b in zip(parts, parts[1:], strict=False)):
        return None  # 综合 + 治理水土流失面积: "comprehensive area of …" says it of the measure
    if any(a.pos == "n" and b.pos == "a" for a, b in zip(parts, parts[1:], strict=False)):
        return None  # a modifier after a noun (民生领域重大项目): no rule says what it modifies
    joints = [i for i, p in enumerate(parts) if p.zh in _LIST]
    closing = len(parts) - 1 if parts[-1].pos in ("h", "g") else len(parts)  # a closing measure is the list's
    if joints and closing > joints[-1] + 1 and \
            not any(p.pos in ("n", "h", "g", "v") for p in parts[joints[-1] + 1:closing]):
        return None  # 紧密型城市医疗集团、区级覆盖率: the list's last item names nothing
    if joints and _MEASURE_OF.match(_join(parts[joints[-1] + 1:])) and \
            not any(_MEASURE_OF.match(p.en) for p in parts[:joints[-1]]):
        return None  # 战略性新兴产业和高技术制造业增加值: the measure is said of both items
    ends = ([i for i, p in enumerate(parts) if p.zh == "等"] or joints) if joints else []  # to 等 or its last joint
    if ends and any(" and " in p.en for p in parts[:ends[-1]] if p.zh not in _JOINTS):
        return None  # "water supply and drainage and heating pipeline networks": the items blur
    if any(p.pos == "f" and p.zh not in _JOINTS for p in parts):
        return None  # 省级以上专精特新企业: 以上 "over" inside a label is no modifier
    if any(_GERUND.match(p.en) for p in parts[:-1] if p.pos == "n"):
        return None  # 稳增长措施: "ensuring stable growth measures"
    if len(parts) > 1 and parts[-1].pos == "n" and parts[-2].pos == "n" and _GERUND.match(parts[-1].en):
        return None  # 贪污受贿: "embezzlement taking bribes"; two acts side by side are no noun phrase
    if any(re.search(r"\b(that|which|who|where)\b", p.en) for p in parts[:-1] if p.zh not in _JOINTS):
        return None  # a phrase with a clause of its own cannot modify the next one
    if parts[-1].pos in ("h", "g") and len(parts[-1].en.split()) <= 2 and len(parts) > 1 \
            and not any(p.pos in ("n", "h", "g") for p in parts[:-1]):
        return None  # 新增里程, 北方地区占比: a bare measure of modifiers alone ("length of new")
    moved = _postmodifiers(parts)
    if moved is None:
        return None
    parts = moved
    if any(p.pos == "t" for p in parts):
        return None
    for i in range(len(parts) - 1):  # a plural noun before another noun is said in the singular
        a, b = parts[i], parts[i + 1]
        if a.pos == "n" and b.pos == "n" and a.en in _NOT_MODIFIERS:
            return None  # 修复治理退化草原: "governance degraded grasslands"
        if a.pos == "n" and b.pos == "n" and _plural(a.en) and not _POSTMODIFIED.search(a.en):
            one = _singular(a.en) if (i == 0 or parts[i - 1].zh not in (*_LIST, "等")) and \
                not any(_plural(w) and w not in _NO_SINGULAR for w in a.en.split()[:-1]) else None  # nor "farmers and herders"
            if one is None or (a.zh.endswith("业") and a.en.endswith(" services")):
                return None  # (现代服务业重点项目: an industry, said "key projects in modern services", not as a modifier)
            parts[i] = Term(a.zh, one, a.pos, a.note, a.source)
            if one.split()[-1].lower() in b.en.lower().split():
                return None  # 普通高中学位: "… school school places"; 游客旅游总花费: "tourist total tourist …"
    last = parts[-1]
    if len(parts) > 1 and last.pos in ("h", "g") and not any(p.pos in ("n", "h", "g") for p in parts[:-1]):
        return None  # 新增里程, 普惠率: a measure of modifiers alone ("length of new")
    if len(parts) > 2 and last.pos in ("h", "g") and parts[-2].pos == "h" and not last.en.endswith(_OPEN_ENDS):
        inner = compose(parts[:-1])  # 服务业增加值比重: "share of value added of services"
        if inner is None:
            return None
        body = f"{last.en} {'of' if last.pos == 'h' else 'in'} {inner}"
    elif len(parts) > 1 and last.pos in ("h", "g") and _content(parts[:-1]) and parts[-2].zh not in _LIST:
        joint = "" if last.en.endswith(_OPEN_ENDS) else (" of" if last.pos == "h" else " in")
        new = ""
        if len(parts) > 2 and (parts[0].zh in _ON_MEASURE or parts[0].zh in _NEW and last.zh in _ADDED):
            new, parts = parts[0].en + " ", parts[1:]  # 新增光伏装机: the capacity is new, not the power
        body = f"{new}{last.en}{joint} {_join(parts[:-1])}"
        if last.en == "number" and parts[-2].en.endswith(_MASS):
            body = f"{new}number of items of {_join(parts[:-1])}"  # 个人信息数量: no "number of information"
    elif len(parts) == 2 and parts[0].pos == parts[1].pos == "n" and _OF_HEAD.search(parts[1].en) \
            and not _POSTMODIFIED.search(parts[1].en) and (_plural(parts[0].en) or _POSTMODIFIED.search(parts[0].en)):
        body, parts = f"{parts[1].en} of {parts[0].en}", []  # 优势特色产业集群: "clusters of distinctive …"
    else:
        body = _join(parts)
    if any(a.pos == "n" and b.pos == "n" and (_plural(a.en) or _POSTMODIFIED.search(a.en) or _POSTMODIFIED.search(b.en))
           for a, b in zip(parts, parts[1:], strict=False)):
        return None  # a plural before a noun (industries projects; 服务企业 is "serving enterprises")
    # 诈骗警情: "reported fraud incidents", not "fraud reported incidents" (a head said with its participle
    # first keeps it first)
    body = _PARTICIPLE_HEAD.sub(r"\g<lead>\g<part> \g<mods> \g<noun>", body)
    if verbs:
        said = [v.en for v in verbs]
        done = said[0] if len(said) == 1 else ", ".join(said[:-1]) + (" or " if either else " and ") + said[-1]
        m = _POSTMODIFIER.search(body)  # the first postmodifier; the participle goes before "with …"
        clause = m is not None and m.start() > 0 and body[m.end():].startswith("with ")
        if m is not None and m.start() > 0 and body[m.end():].startswith(_RELATIVE):
            return None  # "rivers and lakes that bring happiness …": no place for the participle
        done += f" by {actor}" if actor else ""
        body = f"{body[:m.start()]} {done}{body[m.start():]}" if m and clause else f"{body} {done}"
    if body.endswith(_OPEN_ENDS):
        return None  # 国内游客人次、总花费: "… total spending by"
    return _tagged(body, tags).strip() or None


_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|where|with)\b")  # a phrase with a clause of its own
_PARTICIPLE_HEAD = re.compile(r"^(?P<lead>(?:.+ (?:of|in) )?)(?P<mods>(?!reported |registered )[^,]+?)(?<! in)(?<! of) "
                              r"(?P<part>reported|registered) (?P<noun>incidents|cases)$")
_MASS = ("information", "data", "evidence")  # nouns that are not counted: "number of items of …"
_COUNTS = {"数", "量", "数量", "件数", "人数", "总数"}  # a count of what a verb did (受理数, 办结量)


# places and sectors a thing can be in (重点城市, 沿海港口, 现代服务业): the head noun of a plural phrase
_WHERE_HEADS = {"cities", "ports", "regions", "counties", "districts", "towns", "townships", "villages", "provinces",
                "industries", "sectors", "fields", "zones", "parks", "communities", "areas"}


def _in_where(parts: list[Term]) -> str | None:
    """Two noun phrases, the first places or sectors in the plural (重点城市 key cities, 现代服务业 modern services
    as an industry): the second is in them, "{second} in {first}"; None for any other shape."""
    if len(parts) != 2 or parts[0].pos != "n" or parts[1].pos != "n":
        return None
    place, thing = parts[0].en, parts[1].en
    head = place.split()[-1] if place.split() else ""
    sector = parts[0].zh.endswith("业") and head == "services"
    if not (head in _WHERE_HEADS or sector) or _CLAUSE_WORD.search(place) or _POSTMODIFIED.search(place):
        return None
    if head in ("areas", "industries") and len(place.split()) < 2:
        return None  # 片区更新项目, 产业投资: "areas" and "industries" alone say no where
    if " in " in f" {thing} " or thing.split()[-1] in _WHERE_HEADS:
        return None  # "… in … in …"; 园区开发区: two places side by side are both meant ("parks and zones")
    return f"{thing} in {place}"


def _unclosed(whole: list[Term]) -> list[Term]:
    """The whole a share is of, without the measure word that closes it (占财政支出的比重 → 财政支出)."""
    if whole and whole[-1].zh in _SHARE_CLOSERS:
        whole = whole[:-1]
        if whole and whole[-1].zh == _OF:
            whole = whole[:-1]
    return whole


def _share_of(whole: list[Term]) -> str | None:
    """A label that opens with 占 and names only the whole (占全部民事一审案件, 占提起公诉人数, 占总数的比例):
    "share of …" ("share of all civil first-instance cases", "share of people prosecuted", "share of the
    total"); None when the whole does not compose to something counted (占全国: "nationwide" names nothing)."""
    whole = _unclosed(whole)
    if not whole or _SHARE in [p.zh for p in whole]:
        return None
    if len(whole) == 1 and whole[0].zh in _TOTALS:
        return "share of the total"
    if not any(p.pos in ("n", "h") or (p.pos == "v" and whole[-1].zh == "人数") for p in whole):
        return None
    scope = ""
    if len(whole) > 1 and whole[0].pos == "a" and (m := _WIDE.fullmatch(whole[0].en)):
        # 占全省法院: "share of courts in the province"; 占全国人口: "share of population nationwide"
        scope, whole = ("nationwide" if m.group(1) == "nation" else f"in the {m.group(1)}"), whole[1:]
    total = ""
    if len(whole) > 1 and whole[-1].zh in _TOTALS:
        total, whole = "all ", whole[:-1]  # 占汽车总量: "share of all automobiles"
    right = compose(whole)
    if not right or right.endswith(_OPEN_ENDS):
        return None
    right = total + right
    if right.startswith("number of "):
        right = right.removeprefix("number of ")
        if whole[-1].zh == "人数" and not right.startswith("people ") and not _counts_persons(right):
            return None  # 占判决人数: "number of judgment" counts no one
    return "share of " + right + (f" {scope}" if scope else "")


_TOTALS = {"总数", "总量", "总额", "总计", "合计"}
# a whole named by its scope alone, after what it is a share of (粮食产量占全国: "… as a share of the national
# total"; 占全国 alone names nothing counted and gets none)
_WIDE_TOTALS = {"全国": "the national total", "全球": "the world total", "世界": "the world total",
                "全省": "the provincial total"}


def _wide_total(whole: list[Term]) -> str | None:
    """The total a share is of, when the whole is said by its scope alone (全国, 世界), or None."""
    return _WIDE_TOTALS.get(whole[0].zh) if len(whole) == 1 else None
_WIDE = re.compile(r"([a-z]+?)-?wide")  # province-wide, citywide, nationwide
# what is done to persons, so that "number of people …" says something (受伤人数, 起诉人数); not what is done to
# cases (审结人数 counts the persons in the cases concluded: "people concluded" says nothing)
_DONE_TO_PEOPLE = re.compile(r"(?:injured|killed|dead|arrested|prosecuted|sentenced|convicted|detained|punished|"
                             r"rescued|trained|employed|hired|assisted|helped|captured|apprehended|caught|returned|"
                             r"relocated|resettled|treated|vaccinated|insured|enrolled|admitted|released|acquitted|"
                             r"fined|disciplined|penalized|educated|placed|repatriated|extradited|surrendered|"
                             r"pardoned|exonerated|compensated|benefited|covered|served|visited|interviewed)$")


# verbs of case handling whose object, unsaid before 数, is cases (审结数, 受理数, 破案件数)
_CASE_VERBS = {"审结", "受理", "执结", "办结", "结案", "破案", "收案", "新收", "审理", "立案", "起诉", "批捕"}


def _verb_counted(parts: list[Term]) -> str | None:
    """A count of what one verb did, no object said: people, for 人数 and a verb done to persons (受伤人数 →
    "number of people injured"); cases, for another count and a verb of case handling (审结数 → "number of cases
    concluded", 破案件数 → "number of cases solved"); or the object the verb's English already says
    (抓获犯罪嫌疑人数 → "number of suspects captured"). "" when the parts have that shape but say none of these,
    None for another shape."""
    if len(parts) != 2 or parts[0].pos != "v" or parts[1].zh not in _COUNTS:
        return None
    verb = parts[0]
    if _PARTICIPLE.match(verb.en) is None:
        return ""
    if parts[1].zh == "人数":
        return f"number of people {verb.en}" if _DONE_TO_PEOPLE.search(verb.en) else ""
    if len(verb.en.split()) >= 2 and _plural(verb.en.split()[0]):
        return f"number of {verb.en}"  # "suspects captured"
    if verb.zh in _CASE_VERBS and len(verb.en.split()) == 1:
        return f"number of cases {verb.en}"
    return ""


def _verb_phrase(parts: list[Term]) -> str | None:
    """A verb whose official English is a finite phrase open at its end (批准和决定逮捕 "approved the arrest of",
    参审 "participated in trials of"), then its object: said as the phrase, object last ("approved the arrest of
    suspects"); "" when the object does not compose, None for another shape."""
    if len(parts) < 2 or parts[0].pos != "v" or not parts[0].en.endswith((" of", " on", " in")) \
            or any(p.pos in ("v", "t") for p in parts[1:]) or parts[1].zh in _JOINTS:
        return None  # not 减少 "reduced by", a change said of the figure
    if any(re.fullmatch(_ALL_KINDS_WORD, p.zh) for p in parts[1:]):
        return ""  # 立案侦查各类职务犯罪: said without 各类, by _without_filler
    obj = compose(parts[1:])
    if not obj or obj.endswith(_OPEN_ENDS) or _CLAUSE_WORD.search(obj):
        return ""
    if "arrest" in parts[0].en and not _counts_persons(obj):
        return ""  # 批准逮捕各类犯罪: persons are arrested, not "crimes"
    return f"{parts[0].en} {obj}"


def _counted_done(parts: list[Term]) -> str | None:
    """A count of things a verb was done to (电信网络诈骗案件受理数 → "number of telecoms and online fraud
    cases received"); "" when the parts have that shape but do not compose, None for another shape."""
    if len(parts) < 3 or parts[-1].zh not in _COUNTS or parts[-2].pos != "v" or \
            any(p.pos == "v" for p in parts[:-2]) or parts[-3].pos != "n":
        return None
    things = compose(parts[:-2])
    if not things or _PARTICIPLE.match(parts[-2].en) is None or not _plural(things) or _CLAUSE_WORD.search(things):
        return ""
    return f"{parts[-1].en} of {things} {parts[-2].en}"


# verbs that say what the things counted did, never a noun inside a name (建设任务 is no "tasks built")
_DID = {"实现", "开展", "完成", "举办", "接待", "达到", "建立", "通过", "入选", "获得", "进入", "纳入", "建成", "参加", "参与",
        "受益"}


_AREA = re.compile(r"(?:区|园|城市|[市县镇乡村]|片区|基地|港|口岸)$")  # where things are added


_PORTS = re.compile(r"\bports?$")


def _measured_in(parts: list[Term]) -> str | None:
    """A place, then what is measured or counted there (中心城区绿色出行比例 → "share of green travel in downtown
    areas", 棚户区居民 → "residents in rundown areas"); "" when a part has a clause or a preposition of its own
    (重点城市重污染天数: "number of days with …"), None for another shape."""
    if len(parts) != 2 or parts[0].pos != "n" or parts[1].pos != "n" or not _AREA.search(parts[0].zh) \
            or _AREA.search(parts[1].zh) or not parts[1].en[:1].islower() or parts[0].en in ("areas", "regions", "zones"):
        return None  # 园区开发区, 省市自治区: places side by side (a list or a name), not a thing in a place
    if any(_CLAUSE_WORD.search(p.en) or " in " in p.en or p.en.endswith(_OPEN_ENDS) for p in parts):
        return ""
    at = "at" if _PORTS.search(parts[0].en) else "in"  # berths at coastal ports
    return f"{parts[1].en} {at} {parts[0].en}"


def _added_in(parts: list[Term]) -> str | None:
    """新增 after a noun: what was added where (中心城区新增机动车停车位 → "new parking spaces in downtown
    areas"), or what the figure adds to (各项贷款新增 → "new loans"); "" when that shape does not compose,
    None for another shape."""
    k = next((i for i, p in enumerate(parts) if p.zh in _NEW), None)
    if k is None or k == 0 or parts[k - 1].pos != "n" or any(p.pos == "v" for p in parts):
        return None
    where = compose(parts[:k])
    if k == len(parts) - 1:
        return f"new {where}" if where and _plural(where) else ""
    what = compose(parts[k:])
    if not where or not what or not _AREA.search(parts[k - 1].zh) or " in " in where:
        return ""
    return f"{what} in {where}"


def _subject_done(parts: list[Term]) -> str | None:
    """Things counted and what they did, when a label says so (政策项目实现免申即享, 县市区开展县域医共体建设):
    "{things} with {what} {done}", which holds for a target as for a result; "" when the parts have that
    shape but do not compose, None when they have another shape."""
    verbs = [i for i, p in enumerate(parts) if p.pos == "v"]
    if len(verbs) != 1 or not 0 < verbs[0] < len(parts) - 1 or parts[-1].pos != "n":
        return None
    k = verbs[0]
    subject, verb, done = parts[:k], parts[k], parts[k + 1:]
    if subject[-1].pos != "n" or subject[-1].zh in _JOINTS or done[0].zh in _JOINTS:
        return None
    if verb.zh not in _DID or _PARTICIPLE.match(verb.en) is None:
        return ""  # 基金带动社会投资: the things did it to another; no participle to say it with
    left, right = compose(subject), compose(done)
    if not left or not right or not _plural(left) or _CLAUSE_WORD.search(f"{left} {right}"):
        return ""
    return f"{left} with {right} {verb.en}"


def _tagged(body: str, tags: list[Term]) -> str:
    """A label with its tags in brackets at the end: "… (planned)", "… (target, cumulative)"."""
    return body + (" (" + ", ".join(t.en for t in tags) + ")" if tags else "")


def _genre_words(label: str, terms: Terms, region: str | None) -> tuple[str, str]:
    """(tag, the label without the genre words around its figure): 力争规上工业增加值 → ('target',
    '规上工业增加值'); 城镇调查失业率控制 → ('', '城镇调查失业率'). Only when what is left is not empty."""
    tag = ""
    for zh in _LEADS:
        if label.startswith(zh) and len(label) > len(zh) and _lookup(terms, label, region) is None:
            label = label[len(zh):]
            break
    for zh, en in _TAGS.items():
        if zh == "提出" and label.endswith(_FILED):
            continue  # 提出政府信息公开申请: applications filed, not proposed
        if label.startswith(zh) and len(label) > len(zh) and _lookup(terms, label, region) is None:
            tag, label = en, label[len(zh):]
            break
    for zh in _LINKS:
        if label.endswith(zh) and len(label) > len(zh):
            label = label[: -len(zh)]
            break
    return tag, label


# A label that is one modifier, tag or function word names nothing counted; nor does one of the
# verbs of building and spending, whose object (projects, investment, funds) is not said. A verb of
# case handling (审结, 办结, 受理各类案件) is said of cases and stays a label.
_NOT_A_LABEL = ("a", "t", "f")
_BARE_VERBS = {"完成", "实施", "安排", "拟安排", "开工", "竣工", "完工", "新建", "新开工", "新开工建设", "开工建设",
               "筹措", "筹集", "基本建成", "建成", "启动建设", "投入", "落实", "推进", "推动", "打造", "新增", "拓展"}
# a word saying the figure is a total, at the start or after the scope (全省共有…, 共计…)
_TOTAL_WORD = re.compile(r"(?:全(?:国|省|区|市|州|县|盟|旗))?(共有|共计|总计|合计|一共|共)")
# 各类刑事案件: of all kinds
_ALL_KINDS_WORD = r"各[类類种種]"
_ALL_KINDS = re.compile(rf"{_ALL_KINDS_WORD}(?=[\u4e00-\u9fff“])")
# 交通类警情, 社会治理类检察建议: things of one kind (类 after a noun, before what is counted)
_OF_KIND = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?<![各分门归])[类類]([\u4e00-\u9fff]{2,10})")
_SCOPE_WORD = re.compile(r"全(?:国|省|区|市|州|县|盟|旗)(?!法院|检察|公安|司法|范围|覆盖)")


# 判处五年以上有期徒刑, 判处三年以下有期徒刑、拘役: the persons given a class of sentences (a criterion the
# label keeps): 'sentenced to fixed-term imprisonment of five years or more'
_SENTENCE_CLASS = re.compile(r"(?:一审)?(?:被)?判处([\d一二三四五六七八九十两]{1,3})年(以上|以下)(有期徒刑)((?:[、和及](?:拘役|管制))*)")


def _sentence_class_en(cls: re.Match[str], terms: Terms) -> tuple[str | None, str]:
    years = YEARS_EN.get(cls.group(1)) or (cls.group(1) if cls.group(1).isdigit() else None)
    prison, others = _lookup(terms, cls.group(3), None), [_lookup(terms, w, None) for w in re.findall(r"拘役|管制", cls.group(4))]
    if years is None or prison is None or any(o is None for o in others):
        return None, "missing"
    unit = "year" if years in ("one", "1") else "years"
    said = f"sentenced to {prison.en} of {years} {unit} or {'more' if cls.group(2) == '以上' else 'less'}"
    return said + "".join(f", or {o.en}" for o in others if o is not None), "composed"


# a level of division counted on its own (the term base holds them as the suffixes of names: 甘肃省 → Gansu Province)
_LEVELS_COUNTED = {"省": "provinces", "县": "counties", "市": "cities", "区": "districts", "乡": "townships", "镇": "towns",
                   "村": "villages", "州": "prefectures", "盟": "leagues", "旗": "banners"}


def label_en(label: str, terms: Terms, region: str | None = None,
             counted_first: bool = False) -> tuple[str | None, str]:
    """(English label, origin): as `_label_en`, else the label said without its filler words."""
    en, origin = _label_en(label, terms, region, counted_first)
    if en is None and label:
        en, origin = _without_filler(label.strip(), terms, region, counted_first)
    if en is not None and label.rstrip().endswith("人数"):
        if _NUMBER_OF_WHOM.match(en):
            en = "number of people" + en[len("number"):]  # 人数 'number', 涉案人数 'number involved in the cases'
        elif en.startswith("number of ") and not _counts_persons(en[len("number of "):]):
            return None, "missing"  # 就业人数 is no "number of employment", 犯罪人数 no "number of crimes"
    return en, origin


_COLUMN = re.compile(r"(.+?)（([^（）]+)）")  # a table cell's label: its row, its column in brackets
_UNIT_WITH_KINDS = re.compile(r"(村|乡)[（(]([^（）()]{1,8})[）)]")  # 村（社区）: villages and communities
_UNIT_SAID_SHORT = {"居": "居委会"}  # 村（居）: villages and residents' committees
_NUMBER_OF_WHOM = re.compile(r"number(?!\s+of\b)(?:\s|$)")  # a head 人数 said with no persons
_PERSONS = re.compile(r"(?:people|persons|individuals|children|minors|staff|personnel|jobs|suspects|[a-z]{2,}(?:ers|ors|ists|ents|ants|ees|ims|als|rs))$")


def _counts_persons(counted: str) -> bool:
    """Whether "number of …" counts persons: its head noun (before a postmodifier and the
    participles after it) names people (students from poor areas, people prosecuted, lawyers)."""
    words = _POSTMODIFIER.split(counted, maxsplit=1)[0].split()
    while len(words) > 1 and words[-1].endswith("ed"):
        words.pop()  # people covered, students enrolled
    return bool(words) and _PERSONS.search(words[-1]) is not None

def _label_en(label: str, terms: Terms, region: str | None = None,
              counted_first: bool = False) -> tuple[str | None, str]:
    """(English label, origin): origin `glossary` (one term-base entry), `composed` (from term-base
    parts) or `missing`. `region` is the kind of region the item is about (autonomous_region,
    district or None), for words such as 全区 whose English depends on it. `counted_first`: the
    figure stands before its label and counts the label's first noun (28个省份开展…试点)."""
    label = (label or "").strip()
    if not label:
        return None, "missing"
    if label in _LEVELS_COUNTED:
        return _LEVELS_COUNTED[label], "composed"  # 11个县, 28个省: counties, not the "County" of a place's name
    if (cls := _SENTENCE_CLASS.fullmatch(label)) is not None:
        return _sentence_class_en(cls, terms)
    hit = _lookup(terms, label, region)
    if hit is None and (col := _COLUMN.fullmatch(label)) is not None \
            and (state := _lookup(terms, col.group(2), region)) is not None and state.pos == "a" \
            and (row := label_en(col.group(1), terms, region, counted_first)[0]) is not None and _plural(row):
        return f"{state.en} {row}", "composed"  # 民事案件（未结）, a table's row and column: "unconcluded civil cases"
    if hit is None and (unit := _UNIT_WITH_KINDS.fullmatch(label)) is not None:
        # 村（社区）, 乡（镇）: a village counted together with the units of the same level in brackets
        head = label_en(unit.group(1), terms, region)[0]
        kinds = [label_en(_UNIT_SAID_SHORT.get(k, k), terms, region)[0] for k in unit.group(2).split("、")]
        if head and all(kinds):
            return f"{head} ({' and '.join(k for k in kinds if k)})", "composed"
        return None, "missing"
    if hit is None and (m := _SCOPE_WORD.match(label)) and len(label) > m.end():
        # 全区受理执行案件: the place is the figure's scope, which the English credits on its own line
        en, origin = label_en(label[m.end():], terms, region, counted_first)
        return en, ("composed" if en else "missing")
    if hit is None and (m := _OF_KIND.fullmatch(label)) is not None and segment(terms, label, region) is None:
        kind, what = _lookup(terms, m.group(1), region), label_en(m.group(2), terms, region, counted_first)[0]
        if kind is not None and kind.pos == "n" and what and len(kind.en.split()) <= 2:
            # 社会治理类检察建议: social governance-related …; 盗窃类警情: reported larceny-related incidents
            # (盗窃类警情降幅: "decrease in reported larceny-related incidents", the change said first)
            lead = m2.group() if (m2 := re.match(r"^.+? (?:in|of) (?=reported |registered )", what)) else ""
            what = what[len(lead):]
            part, _, rest = what.partition(" ") if what.startswith(("reported ", "registered ")) else ("", "", what)
            part = lead + part
            return " ".join(x for x in (part, f"{_singular(kind.en) or kind.en}-related", rest) if x), "composed"
    if hit is None:
        tag, core = _genre_words(label, terms, region)
        if core != label:
            en, origin = label_en(core, terms, region, counted_first)
            if en is None:
                return None, "missing"
            return (f"{en} ({tag})" if tag else en), "composed"
    if hit is not None:
        if hit.en.endswith(_OPEN_ENDS):  # a measure waiting for its object (投入 → "spending on")
            return None, "missing"
        if hit.pos in _NOT_A_LABEL or hit.zh in _BARE_VERBS:  # 完成, 实际, 国家 alone: a parser fragment
            return None, "missing"
        return terms.localize(hit.en), "glossary"
    parts = segment(terms, label, region)
    if not parts:
        return None, "missing"
    if len(parts) == 1 and parts[0].zh == label.strip(_SKIP):
        if parts[0].pos == "a" and not parts[0].source and parts[0].zh == label.strip():
            # a row of a table by place (旬阳 12, 晋城 3): the label is the place, as its Chinese says
            return parts[0].en, "composed"
        if parts[0].en.endswith(_OPEN_ENDS) or parts[0].pos in _NOT_A_LABEL or parts[0].zh in _BARE_VERBS:
            return None, "missing"
        return terms.localize(parts[0].en), "glossary"
    en = compose(parts, counted_first)
    if en is None:
        return None, "missing"
    return terms.localize(en), "composed"


def _without_filler(label: str, terms: Terms, region: str | None, counted_first: bool) -> tuple[str | None, str]:
    """A label with no English of its own, said without the words that add nothing to what is
    counted: 全省共有人民调解组织 (the figure is the total), 受理审查逮捕的各类刑事案件 (of all kinds)."""
    rest = label
    if (m := _TOTAL_WORD.match(rest)) and len(rest) > m.end():
        rest = rest[:m.start(1)] + rest[m.end():]
    if (m := _ALL_KINDS.search(rest)) and _ALL_KINDS.sub("", rest):
        before = segment(terms, rest[:m.start()], region) if m.start() else []
        if before is not None and all(p.pos == "v" for p in before):  # 受理各类…, 各类…: not 中央各类建设资金
            rest = _ALL_KINDS.sub("", rest)
    if rest == label:
        return None, "missing"
    en, _ = label_en(rest, terms, region, counted_first)
    return en, ("composed" if en else "missing")
