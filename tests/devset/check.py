#!/usr/bin/env python3
"""Checks from SPEC.md ("Checks before you hand in") for the merged development set.

Usage: python3 check.py [DIR]   (DIR defaults to the folder holding this script; it must contain
texts/ and gold/).  Prints one line per passage (id, number of stats, problems) and the total;
exits 1 if any check fails.
"""
import glob
import math
import os
import re
import sys

import yaml

KINDS = {"count", "amount", "percent", "rate", "change", "duration", "area"}
QUALS = {"exact", "approx", "at_least", "at_most"}
DIRS = {"up", "down"}

FW = str.maketrans("０１２３４５６７８９．，％－", "0123456789.,%-")
# 19·5％, 二三四·九五萬: a decimal point written as a middle dot (between Chinese digits too)
MIDDOT = re.compile(r"(?<=[0-9０-９〇○零一二三四五六七八九])·(?=[0-9０-９〇○零一二三四五六七八九])")
DIG = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
       "六": 6, "七": 7, "八": 8, "九": 9,
       # the formal numerals of money in judgments (罚款人民币贰万元)
       "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
TRAD = str.maketrans("個點萬億噸條項頁間場輛張臺台處畝車區礦隻類組戶", "个点万亿吨条项页间场辆张台台处亩车区矿只类组户")
SCALE_PREFIX = re.compile(r"^(万亿|萬億|百万|百萬|万|萬|亿|億)")


def cn_int(s):
    """Chinese numeral (may contain 多/余/零 and the scales 万/亿) -> int."""
    s = s.replace("多", "").replace("余", "").replace("餘", "").replace("萬", "万").replace("億", "亿")
    s = s.replace("廿", "二十").replace("卅", "三十")  # 一千二百卅一萬: twenty and thirty in one character
    if s == "":
        return 0
    for big, mult in (("亿", 10**8), ("万", 10**4)):
        if big in s:
            left, right = s.split(big, 1)
            if left and len(right) == 1 and right in DIG:
                return cn_int(left) * mult + DIG[right] * mult // 10  # 两万五 (25,000): the next place said short
            return (cn_int(left) if left else 1) * mult + cn_int(right)
    if len(s) > 1 and all(ch in DIG for ch in s):
        return int("".join(str(DIG[ch]) for ch in s))  # 三一八○, 二六四: digit by digit, as Taiwan's papers write
    if len(s) > 2 and s[-1] in DIG and s[-2] in ("百", "千", "佰", "仟") and DIG[s[-1]]:
        return cn_int(s[:-1]) + DIG[s[-1]] * SMALL[s[-2]] // 10  # 六千二 (6,200), 六百八 (680): said short
    total, num = 0, 0
    for ch in s:
        if ch in DIG:
            num = DIG[ch]
        elif ch in SMALL:
            total += (num if num else 1) * SMALL[ch]
            num = 0
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + num


def cn_num(s):
    """Chinese numeral with optional 点 decimals."""
    if "点" in s or "點" in s or "." in s:
        a, b = re.split("[点點.]", s)  # 二十六.八九: Chinese numerals with an Arabic point
        ip = cn_int(a) if a else 0
        scale = BIG.get(b[-1], 1) if b else 1  # 二三四·九五萬: the scale after the decimals
        frac = "".join(str(DIG[c]) for c in (b[:-1] if scale > 1 else b))
        return float(f"{ip}.{frac}") * scale
    return cn_int(s)


def parse_number(tok):
    """One number token (Arabic with optional scale, or Chinese) -> float."""
    tok = MIDDOT.sub(".", tok).translate(FW).replace(",", "")
    m = re.fullmatch(r"([0-9.]+)((?:万亿|萬億|万|萬|亿|億|千)?)", tok)
    if m:
        x = float(m.group(1))
        sc = m.group(2)
        return x * {"": 1, "千": 1000, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8,
                    "万亿": 1e12, "萬億": 1e12}[sc]
    mixed = re.sub(r"[多余餘]", "", tok)
    if re.fullmatch(r"(?:[0-9.]+[万萬亿億千百]+)+[0-9]*", mixed) and re.search(r"[万萬亿億]", mixed):
        # 28萬3622, 11億461萬5千, 2万3千, 1亿3千多万: Arabic digits with scale characters between them (Taiwan
        # writes so); scales in a row multiply (3千万: thirty million)
        scale = {"亿": 1e8, "億": 1e8, "万": 1e4, "萬": 1e4, "千": 1e3, "百": 1e2}
        total = sum(float(a) * math.prod(scale[c] for c in b) for a, b in re.findall(r"([0-9.]+)([万萬亿億千百]+)", mixed))
        tok = mixed
        tail = re.search(r"[万萬]([0-9]{1,4})$", tok)
        return total + (float(tail.group(1)) if tail else 0)
    return float(cn_num(tok))


def scale_of(unit):
    if not unit:
        return 1
    m = SCALE_PREFIX.match(unit)
    if not m:
        return 1
    return {"万亿": 1e12, "萬億": 1e12, "百万": 1e6, "百萬": 1e6, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}[m.group(1)]


def expected_norm(value, unit):
    """Norm implied by value + unit (None if the value is not parseable)."""
    v = MIDDOT.sub(".", str(value)).translate(FW)
    v = re.sub(r"(?<=\d)[ \u00a0\u2009](?=\d{3}(?!\d))", "", v)  # 3 378: thousands set apart by a space
    v = re.sub(r"(?<=[0-9.])[ \n](?=[0-9.])", "", v)  # 7 4 7 7 2, 8 .8, 26\n0: digits set apart, or a line wrapped inside
    v = re.sub(r"(?<=\d)\s+(?=[萬万億亿])|(?<=[萬万億亿])\s+(?=\d)", "", v)  # 8 萬 9,860: spaces set around 萬
    v = re.sub(r"(?<=以上)\s+(?=\d)|(?<=\d)\s+(?=[\u4e00-\u9fff])", "", v)  # 15 萬元以上 75 萬元以下: spaced bounds
    v = v.replace("万万", "亿").replace("萬萬", "億")  # 五万万 (500 million), as the 1950s wrote a hundred million
    # fractions, 成, percent in words
    if v in ("一半", "半数", "半數"):
        return 50
    if v == "百分百":  # 100%, said in words
        return 100
    if (slash := re.fullmatch(r"([0-9.]+)[／/]([0-9.]+)", v)):  # 1／4: a fraction written with a slash
        return round(float(slash.group(1)) / float(slash.group(2)) * 100, 6)
    m = re.fullmatch(r"(.+)分之(.+)", v) or re.fullmatch(r"([一二三四五六七八九十]+)分([一二三四五六七八九])", v)  # 四分一, as Hong Kong says it
    if m and not v.startswith("百分之"):
        return round(parse_number(m.group(2)) / parse_number(m.group(1)) * 100, 6)
    m = re.fullmatch(r"([^至到\-—～~]+)成", v)  # (6成至7成 is a range, below)
    if m:
        return parse_number(m.group(1)) * 10
    m = re.fullmatch(r"([一二两兩三四五六七八九])成([半一二三四五六七八九])", v)  # 七成半 (75%), 七成三 (73%), 兩成一
    if m:
        return DIG[m.group(1)] * 10 + (5 if m.group(2) == "半" else DIG[m.group(2)])
    m = re.fullmatch(r"([一二两兩三四五六七八九]?)[万萬]([一二两兩三四五六七八九])", v)  # 萬三 (13,000): a thousands digit after 萬
    if m:
        return (DIG[m.group(1)] if m.group(1) else 1) * 10000 + DIG[m.group(2)] * 1000
    m = re.fullmatch(r"(.+?)([\u4e00-\u9fff])半", v)  # 一亩半 (1.5 亩): the unit written inside, then a half
    if m and unit and m.group(2) == unit.strip():
        return parse_number(m.group(1)) + 0.5
    m = re.fullmatch(r"([1-9])成([1-9])", v)  # 6成2 (62%), as Taiwan writes it
    if m:
        return int(m.group(1)) * 10 + int(m.group(2))
    # ranges
    m = re.fullmatch(r"百分之(.+?)以上百分之(.+?)以下", v)
    if m:
        return [parse_number(m.group(1)), parse_number(m.group(2))]
    m = re.fullmatch(r"百分之(.+?)(?:至|到|—|-|～|~)(?:百分之)?(.+)", v)  # 百分之八至百分之九, 百分之八至九
    if m:
        return [parse_number(m.group(1)), parse_number(m.group(2))]
    if v.startswith("百分之"):
        return parse_number(v[3:])
    m = re.fullmatch(r"(.+?)(?:以上)(.+?)以下", v) or re.fullmatch(r"(.+?)(?:-|—|到|至|～|~)(.+)", v)
    if m:
        return [range_part(m.group(1), unit), range_part(m.group(2), unit)]
    m = re.fullmatch(r"([一二三四五六七八九]?十)([一二三四五六七八])([二三四五六七八九])", v)  # 十五六: 15 or 16
    if m and DIG[m.group(3)] == DIG[m.group(2)] + 1:
        tens = parse_number(m.group(1))
        return [(tens + DIG[m.group(2)]) * scale_of(unit), (tens + DIG[m.group(3)]) * scale_of(unit)]
    if v in ("一两", "两三", "三四", "四五", "五六", "六七", "七八", "八九"):
        a, b = v
        return [DIG[a], DIG[b]]
    m = re.fullmatch(r"([一两二三四五六七八])([二三四五六七八九])([十百千万亿])", v)  # 两三百: 200 to 300
    if m and DIG[m.group(2)] == DIG[m.group(1)] + 1:
        place = parse_number("一" + m.group(3))
        return [DIG[m.group(1)] * place * scale_of(unit), DIG[m.group(2)] * place * scale_of(unit)]
    return parse_number(v) * scale_of(unit)


def range_part(part, unit):
    """One bound of a range written with its own unit/scale ('２万元', '5.5%', '3000人')."""
    part = re.sub(r"(?<=\d)[多余餘]$", "", strip_unit(part, unit))  # 4000多到5000多: each bound with its 多
    if re.search(r"(万|萬|亿|億)$", part) and re.match(r"[0-9.]", part):
        return parse_number(part)
    return expected_norm(part, unit)


def strip_unit(part, unit):
    """'2万元' with unit '万元' -> '2' ; '5.5%' -> '5.5'."""
    part = part.translate(FW)
    if unit:
        u = unit.translate(FW)
        if part.endswith(u):
            return part[: -len(u)]
        bare = SCALE_PREFIX.sub("", u)
        if bare and part.endswith(bare):
            part = part[: -len(bare)]
    return part.rstrip("%")


def expected_norm_unit(value, unit, kind):
    v = str(value).translate(FW)  # １／４ as 1／4
    if unit is None:
        if re.search(r"(成|一半|半数|半數)$|成[半一二三四五六七八九1-9]$|分之|^[一二三四五六七八九十]+分[一二三四五六七八九]$|^百分百$|^[0-9]+[／/][0-9]+$", v):  # 三分之一, 百分之五, 九成, 七成半, 一半, 百分百, 1／4
            return "%"
        return None
    u = re.sub(r"[(（]([^()（）]+)[)）]", r"\1", unit.translate(FW).translate(TRAD))  # 万(人)次: 人次
    bare = SCALE_PREFIX.sub("", u)
    if bare == "":
        return "元" if kind == "amount" else None
    return bare


def close(a, b):
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and all(close(x, y) for x, y in zip(a, b, strict=True))
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def check_passage(text, g, gid):
    probs = []
    stats = g.get("stats") or []
    prev = -1
    for i, s in enumerate(stats):
        where = f"#{i} @{s.get('at')}"
        val = str(s["value"])
        at = s["at"]
        if text[at:at + len(val)] != val:
            probs.append(f"{where}: text[at:at+len(value)] != value {val!r}")
        if re.match(r"[0-9]", MIDDOT.sub(".", val).translate(FW)):
            before = text[at - 1:at].translate(FW) if at > 0 else ""
            after = text[at + len(val):at + len(val) + 2].translate(FW)
            if re.fullmatch(r"[0-9.]", before) or re.match(r"[0-9]|[.,][0-9]", after):
                probs.append(f"{where}: value {val!r} at {at} is part of a longer number")
        if at < prev:
            probs.append(f"{where}: not in text order")
        if at == prev and str(stats[i - 1]["value"]) == val:
            probs.append(f"{where}: the same figure as the statistic before it (a repeat of it needs its own offset)")
        prev = at
        snip = s.get("text") or ""
        if snip not in text:
            probs.append(f"{where}: text field not a substring")
        else:
            # at must fall inside an occurrence of the text field, where the value is
            ok = False
            for m in re.finditer(re.escape(snip), text):
                if m.start() <= at and at + len(val) <= m.end():
                    ok = True
                    break
            if not ok:
                probs.append(f"{where}: at lies outside every occurrence of its text field")
        lab = s.get("label")
        if not lab or lab not in text or len(lab) > 12:
            probs.append(f"{where}: label {lab!r} not a substring or longer than 12")
        if s.get("kind") not in KINDS:
            probs.append(f"{where}: kind {s.get('kind')!r}")
        if s.get("qualifier") not in QUALS:
            probs.append(f"{where}: qualifier {s.get('qualifier')!r}")
        d = s.get("direction")
        if (s.get("kind") == "change") != (d in DIRS):
            probs.append(f"{where}: change <-> direction violated (kind {s.get('kind')}, direction {d})")
        if d is not None and d not in DIRS:
            probs.append(f"{where}: direction {d!r}")
        try:
            en = expected_norm(val, s.get("unit"))
            if not close(s["norm"], en):
                probs.append(f"{where}: norm {s['norm']} != {en} from value+unit")
        except Exception as e:  # noqa: BLE001
            probs.append(f"{where}: cannot parse value {val!r}: {e}")
        nu = s.get("norm_unit")
        enu = expected_norm_unit(val, s.get("unit"), s.get("kind"))
        if nu != enu:
            probs.append(f"{where}: norm_unit {nu!r} != expected {enu!r}")
        if nu and (SCALE_PREFIX.match(nu) or re.search(r"[個點萬億噸條項處畝]", nu)):
            probs.append(f"{where}: norm_unit {nu!r} has a scale or traditional character")
        p = s.get("period")
        if p is not None and not (isinstance(p, int) or (isinstance(p, str) and re.fullmatch(r"\d{4}-\d{4}", p))):
            probs.append(f"{where}: period {p!r}")
    for n in g.get("not_stats") or []:
        if n["text"] not in text:
            probs.append(f"not_stats @{n['at']}: text not a substring")
    if g.get("id") != gid:
        probs.append(f"id {g.get('id')!r} != file name {gid!r}")
    return probs


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    total, bad = 0, 0
    for gp in sorted(glob.glob(os.path.join(d, "gold", "*.yaml"))):
        gid = os.path.basename(gp)[:-5]
        tp = os.path.join(d, "texts", gid + ".txt")
        try:
            with open(gp, encoding="utf-8") as f:
                g = yaml.safe_load(f)
            with open(tp, encoding="utf-8") as f:
                text = f.read()
        except Exception as e:  # noqa: BLE001
            print(f"{gid}: LOAD ERROR {e}")
            bad += 1
            continue
        probs = check_passage(text, g, gid)
        n = len(g.get("stats") or [])
        total += n
        print(f"{gid:40s} {n:4d}" + ("" if not probs else "  PROBLEMS:"))
        for p in probs:
            print("    " + p)
        bad += len(probs)
    print(f"{'TOTAL':40s} {total:4d}")
    print(f"problems: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
