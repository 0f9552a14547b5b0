"""Typical cases: parties as written (达某, 高某), dispute type, amount, measures, outcome."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HAN = "\u4e00-\u9fff"
_PARTY = re.compile(rf"(?<![{HAN}])?([{HAN}]某某?)(?![{HAN}]*(?:公司|单位|酒店))")
_PARTY_ROLE = re.compile(rf"(?:申请执行人|被执行人|被申请人|申请人|原告|被告|当事人|被告人|犯罪嫌疑人|社区矫正对象)"
                         rf"([{HAN}]某某?|某[{HAN}]{{0,12}}?(?:有限公司|公司|酒店|企业))")
_DISPUTE_STRICT = re.compile(rf"([{HAN}、]{{2,12}}纠纷)")
MEASURES = ("布控", "查封", "扣押", "冻结", "扣划", "拍卖", "变卖", "司法拘留", "限制高消费", "失信", "罚款",
            "强制执行", "恢复执行", "终结执行", "分期付款", "执行和解", "调解", "司法确认", "活封活扣",
            "收益监管", "监管账户", "信用修复", "网络查控", "悬赏", "搜查", "拒执罪", "心理疏导")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_OUTCOME = re.compile(r"执结|执行完毕|全额清偿|清偿债务|案结事了|画上句号|兑现|偿还|履行完毕|"
                      r"顺利执行|拿到|返还|和解|全额拿到|得到有效保障|销售一空")
_START = re.compile(r"纠纷|一案|一起[^。]{0,12}案|典型案例")


@dataclass
class Case:
    parties: list[str] = field(default_factory=list)
    dispute: str | None = None
    amounts: list[int] = field(default_factory=list)  # indexes into the item's statistics
    measures: list[str] = field(default_factory=list)
    outcome: str | None = None
    paragraphs: list[int] = field(default_factory=list)


def _parties(text: str) -> list[str]:
    if "某" not in text:  # both patterns name a party with 某
        return []
    found = [m.group(1) for m in _PARTY_ROLE.finditer(text)]
    found += [m.group(1) for m in _PARTY.finditer(text) if m.group(1) not in ("某某",)]
    return list(dict.fromkeys(found))


def find_cases(paragraphs: list[str]) -> list[Case]:
    """Group paragraphs that tell one case: a case starts at a paragraph naming a dispute or
    `一案` together with a party, and goes on while the next paragraphs mention its parties."""
    cases: list[Case] = []
    cur: Case | None = None
    for i, text in enumerate(paragraphs):
        parties = _parties(text)
        starts = bool(_START.search(text)) and (parties or "申请" in text or "被执行人" in text)
        same = cur is not None and bool(set(parties) & set(cur.parties))
        if starts and not same:
            match = next((c for c in cases if set(parties) & set(c.parties)), None)
            cur = match or Case()
            if match is None:
                cases.append(cur)
        elif cur is not None and not (same or (i - 1 in cur.paragraphs and re.search(r"此案|该案|本案|这起案件", text))):
            cur = None
        if cur is None:
            continue
        cur.paragraphs.append(i)
        cur.parties.extend(p for p in parties if p not in cur.parties)
        if cur.dispute is None and (m := _DISPUTE_STRICT.search(text)):
            # 西藏某实业有限公司股权转让纠纷 → 股权转让纠纷; 才某与晒某某侵权责任纠纷 → 侵权责任纠纷
            dispute = re.split(r"公司|因|与|之间|的|某|、|这起|一起|该", m.group(1))[-1]
            cur.dispute = dispute if len(dispute) > 2 else None
        cur.measures.extend(w for w in MEASURES if w in text and w not in cur.measures)
        outcomes = [sent for sent in _SENTENCE.findall(text) if _OUTCOME.search(sent)]  # sentences telling one
        if outcomes:
            cur.outcome = outcomes[-1].strip()
    return [c for c in cases if c.parties]
