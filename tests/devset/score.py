"""Score reportgen's statistics against the hand-annotated development set.

    .venv/bin/python tests/devset/score.py              # the dev part
    .venv/bin/python tests/devset/score.py --misses     # and every miss, extra and wrong field (dev only)
    .venv/bin/python tests/devset/score.py --part holdout   # the part kept aside: figures only

The set: real passages (court, procuratorate, police and justice news from several provinces and
national bodies, government work reports, judgments, charity news) in `<part>/texts/`, annotated by
hand by the definitions in ANNOTATION.md (with the settlements in README.md) in `<part>/gold/`.
Scoring follows ANNOTATION.md: statistics match on (normalized value rounded to 4 places, base
unit) within one text; among candidates with the same key, the ones whose labels share most
characters pair first. On matched pairs: label right when the predicted label holds at least half
of the annotated label's characters; qualifier, kind (with direction for changes) and period
compared as values. Fully right: matched, and label, qualifier, kind and period all right; its
rate is over all annotated statistics.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


@dataclass
class Stat:
    key: tuple
    label: str
    qualifier: str
    kind: str
    period: str | None
    text: str = ""
    at: int = -1


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    label: int = 0
    qualifier: int = 0
    kind: int = 0
    period: int = 0
    full: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("gold", "predicted", "matched", "label", "qualifier", "kind", "period", "full"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.misses += other.misses
        self.extras += other.extras
        self.wrong += other.wrong

    def figures(self) -> dict[str, float]:
        m = self.matched or 1
        return {"recall": self.matched / (self.gold or 1), "precision": self.matched / (self.predicted or 1),
                "label": self.label / m, "qualifier": self.qualifier / m, "kind": self.kind / m,
                "period": self.period / m, "fully_right": self.full / (self.gold or 1)}


def _simplified(s: str) -> str:
    from reportgen.clean import to_simplified

    return to_simplified(s)


def _key(norm: Any, norm_max: Any, unit: str | None) -> tuple:
    if isinstance(norm, list):
        low, high = norm
    else:
        low, high = norm, norm_max
    values = (round(float(low), 4),) if high is None else (round(float(low), 4), round(float(high), 4))
    return (*values, unicodedata.normalize("NFKC", _simplified(unit or "")))  # 元／平方米 is 元/平方米


def _period(p: Any) -> str | None:
    return None if p in (None, "") else str(p)


def _kind(kind: str, direction: str | None) -> str:
    return f"{kind}:{direction}" if kind == "change" else kind


def _qualifier(q: str, ranged: bool) -> str:
    return "exact" if q == "range" or (ranged and q in ("exact", "range")) else q


def gold_stats(path: Path) -> list[Stat]:
    data = yaml.safe_load(path.read_text("utf-8"))
    out = []
    for s in data["stats"]:
        ranged = isinstance(s["norm"], list)
        out.append(Stat(_key(s["norm"], None, s.get("norm_unit")), s.get("label") or "",
                        _qualifier(s["qualifier"], ranged), _kind(s["kind"], s.get("direction")),
                        _period(s.get("period")), s.get("text") or "", s.get("at", -1)))
    return out


def predicted_stats(summary: dict) -> list[Stat]:
    out = []
    for item in summary["articles"]:
        for s in item["stats"]:
            ranged = s.get("norm_max") is not None
            out.append(Stat(_key(s["norm"], s.get("norm_max"), s.get("norm_unit")), s.get("label") or "",
                            _qualifier(s["qualifier"], ranged), _kind(s["kind"], s.get("direction")),
                            _period(s.get("period")), f"{s.get('value')}{s.get('unit')}", s["span"][0]))
    return out


_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")


def _plain(label: str) -> str:
    """A label without the pinyin some mirrors print after characters (監(jiān)督 → 監督)."""
    return _PINYIN.sub("", label)


def _shared(a: str, b: str) -> int:
    """Characters two labels share, in one script (a traditional page's label may be written either way)."""
    from reportgen.clean import to_simplified

    return sum((Counter(to_simplified(_plain(a))) & Counter(to_simplified(_plain(b)))).values())


def score_text(name: str, gold: list[Stat], pred: list[Stat]) -> Score:
    sc = Score(gold=len(gold), predicted=len(pred))
    by_key: dict[tuple, tuple[list[int], list[int]]] = {}
    for i, g in enumerate(gold):
        by_key.setdefault(g.key, ([], []))[0].append(i)
    for j, p in enumerate(pred):
        by_key.setdefault(p.key, ([], []))[1].append(j)
    matched_g, matched_p = set(), set()
    for gs, ps in by_key.values():
        pairs = sorted(((_shared(gold[i].label, pred[j].label), -abs(gold[i].at - pred[j].at), i, j)
                        for i in gs for j in ps), reverse=True)
        for _, _, i, j in pairs:
            if i in matched_g or j in matched_p:
                continue
            matched_g.add(i)
            matched_p.add(j)
            g, p = gold[i], pred[j]
            sc.matched += 1
            ok = {"label": 2 * _shared(g.label, p.label) >= len(_plain(g.label)), "qualifier": g.qualifier == p.qualifier,
                  "kind": g.kind == p.kind, "period": g.period == p.period}
            for k, v in ok.items():
                setattr(sc, k, getattr(sc, k) + v)
            sc.full += all(ok.values())
            for k in (k for k, v in ok.items() if not v):
                want, got = {"label": (g.label, p.label), "qualifier": (g.qualifier, p.qualifier),
                             "kind": (g.kind, p.kind), "period": (g.period, p.period)}[k]
                sc.wrong.append(f"{name} @{g.at} {g.text}: {k} {want!r} → {got!r}")
    sc.misses += [f"{name} @{g.at} {g.text} [{g.label}] {g.key}" for i, g in enumerate(gold) if i not in matched_g]
    sc.extras += [f"{name} @{p.at} {p.text} [{p.label}] {p.key}" for j, p in enumerate(pred) if j not in matched_p]
    return sc


def score(part: str) -> Score:
    """The score of the current parser on one part of the set (`dev` or `holdout`)."""
    from reportgen.pipeline import parse_file

    total = Score()
    for gold_file in sorted((HERE / part / "gold").glob("*.yaml")):
        text = HERE / part / "texts" / f"{gold_file.stem}.txt"
        summary = parse_file(text, f"{part}/{text.name}")
        total.add(score_text(gold_file.stem, gold_stats(gold_file), predicted_stats(summary)))
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "holdout"), default="dev")
    ap.add_argument("--misses", action="store_true", help="list misses, extras and wrong fields (dev only)")
    args = ap.parse_args()
    import logging

    logging.getLogger("jieba").setLevel(logging.ERROR)
    sc = score(args.part)
    if args.misses and args.part == "dev":
        for title, rows in (("missed", sc.misses), ("extra", sc.extras), ("wrong", sc.wrong)):
            print(f"== {title} ({len(rows)})")
            print("\n".join(rows))
    figs = sc.figures()
    print(f"{args.part}: {sc.gold} annotated, {sc.predicted} found, {sc.matched} matched")
    print("  " + "  ".join(f"{k} {v:.3f}" for k, v in figs.items()))


if __name__ == "__main__":
    main()
