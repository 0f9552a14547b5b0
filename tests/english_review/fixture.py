"""The hand reviews as fixtures, and what has changed since a statement was reviewed.

faithful.yaml (does the English say anything the Chinese does not?) and correct.yaml (is the
English right: meaning, official usage, grammar?) hold one entry per reviewed statement:

    key      the statement (statements.py): '<item or statistic id> <field>[ <name>]'
    zh       the Chinese the English renders, as reportgen printed it when it was reviewed
    en       the English that was reviewed
    verdict  faithful.yaml: ok | wrong | misleading;  correct.yaml: correct | wrong;
             recheck: the English changed since and nobody has looked at it yet
    why      the reviewer's reason
    passage  (faithful.yaml) the words of the source text it comes from
    was      English judged wrong or misleading before (it must not come back)

A statement whose English (or Chinese) is no longer what was reviewed has to be reviewed again:
`python -m tests.english_review` lists them, `--update` writes the new English in with verdict
`recheck` for a reviewer to replace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.english_review.statements import Statement

HERE = Path(__file__).resolve().parent
FAITHFUL = HERE / "faithful.yaml"
CORRECT = HERE / "correct.yaml"
FINDINGS = HERE / "findings.yaml"
BAD = {"wrong", "misleading"}


def load(path: Path, what: str = "statements") -> tuple[str, list[dict[str, Any]]]:
    """(the comment lines heading the file, its entries)."""
    text = path.read_text("utf-8")
    lines = text.splitlines(keepends=True)
    n = next((i for i, ln in enumerate(lines) if not ln.startswith("#")), len(lines))
    head = "".join(lines[:n])
    data = yaml.safe_load(text) or {}
    return head, data.get(what) or []


def save(path: Path, head: str, entries: list[dict[str, Any]], what: str = "statements") -> None:
    body = yaml.safe_dump({what: entries}, allow_unicode=True, sort_keys=False, width=4096)
    path.write_text(head.rstrip("\n") + "\n" + body, "utf-8")


@dataclass
class Comparison:
    """How the reviewed statements stand against reportgen's English today."""

    same: list[dict] = field(default_factory=list)  # English and Chinese as reviewed
    changed: list[tuple[dict, Statement]] = field(default_factory=list)  # English differs: review again
    chinese: list[tuple[dict, Statement]] = field(default_factory=list)  # the Chinese it renders differs
    gone: list[dict] = field(default_factory=list)  # no such statement any more
    back: list[tuple[dict, Statement]] = field(default_factory=list)  # English judged wrong is back
    recheck: list[dict] = field(default_factory=list)  # marked for review, not reviewed yet
    moved: list[tuple[str, str]] = field(default_factory=list)  # (old key, new key): renumbered statistics

    def lines(self) -> list[str]:
        out = [f"MOVED      {old} → {new}" for old, new in self.moved]
        for e, st in self.back:
            out.append(f"CAME BACK  {st.key}: {st.en!r} for {st.zh} was judged wrong or misleading"
                       f" (under {e['key']})")
        for e, st in self.changed:
            out.append(f"CHANGED    {e['key']} [{e['verdict']}] {e['zh']}\n             was: {e['en']!r}\n"
                       f"             now: {st.en!r}")
        for e, st in self.chinese:
            out.append(f"CHINESE    {e['key']} [{e['verdict']}] was {e['zh']!r}, now {st.zh!r} (English {st.en!r})")
        for e in self.recheck:
            out.append(f"RECHECK    {e['key']} {e['zh']} → {e['en']!r}")
        for e in self.gone:
            out.append(f"GONE       {e['key']} [{e['verdict']}] {e['zh']} → {e['en']!r}")
        return out

    @property
    def to_review(self) -> int:
        return len(self.back) + len(self.changed) + len(self.chinese) + len(self.recheck)


_STAT_NO = re.compile(r"\.s(\d+) ")


def _item_of(key: str) -> str:
    head = key.split(" ")[0]
    return head.split(".s")[0]


def _distance(c: Statement, en: str | None, number: int) -> tuple[bool, int]:
    m = _STAT_NO.search(c.key)
    return (c.en or None) != en, abs(int(m.group(1)) - number) if m else 10 ** 6


def _rekey(entries: list[dict], current: dict[str, Statement], res: Comparison) -> None:
    """Statistics are numbered in order, so a figure found or dropped before them renumbers the rest
    (s134 becomes s133): an entry whose key now names another statement follows its own one, the
    statement of the same item and field with the same Chinese, or else one whose Chinese contains
    it (the same English first, then the nearest number), when no other entry holds it. Entries are changed in place; res.moved lists them."""
    index: dict[tuple[str, str, str], list[Statement]] = {}
    for st in current.values():
        index.setdefault((_item_of(st.key), st.field, st.zh), []).append(st)
    held = {e["key"] for e in entries if (st := current.get(e["key"])) is not None and st.zh == e["zh"]}
    for e in entries:
        st = current.get(e["key"])
        if (st is not None and st.zh == e["zh"]) or not _STAT_NO.search(e["key"]):
            continue
        field_ = e["key"].split(" ")[1]
        number = int(_STAT_NO.search(e["key"]).group(1))  # type: ignore[union-attr]
        free = [c for c in index.get((_item_of(e["key"]), field_, e["zh"]), []) if c.key not in held]
        if not free:  # the Chinese printed for it grew (58万元 → 58万元/人左右): the statement that contains it
            free = [c for (item, f, zh), cs in index.items() if item == _item_of(e["key"]) and f == field_
                    and e["zh"] in zh for c in cs if c.key not in held]
        if not free:
            continue

        best = min((_distance(c, e.get("en") or None, number), c.key) for c in free)[1]
        best = current[best]
        res.moved.append((e["key"], best.key))
        held.add(best.key)
        e["key"] = best.key


def compare(entries: Iterable[dict], statements: Iterable[Statement]) -> Comparison:
    current = {st.key: st for st in statements}
    rejected: dict[tuple[str, str, str], dict] = {}
    entries = list(entries)
    res = Comparison()
    _rekey(entries, current, res)
    for e in entries:
        for en in e.get("was") or []:
            rejected[(e["key"].split(" ")[1], e["zh"], en)] = e
    for e in entries:
        st = current.get(e["key"])
        if st is None or (_STAT_NO.search(e["key"]) and e["zh"] not in st.zh and st.zh not in e["zh"]):
            res.gone.append(e)  # no such statement, or its number now names an unrelated one
            continue
        if (st.en or None) in set(e.get("was") or []) - {None}:
            res.back.append((e, st))
        elif (st.en or None) != (e.get("en") or None):
            res.changed.append((e, st))
        elif st.zh != e["zh"]:
            res.chinese.append((e, st))
        elif e["verdict"] == "recheck":
            res.recheck.append(e)
        else:
            res.same.append(e)
    keys = {e["key"] for e in entries}
    for st in current.values():  # the same wrong English for the same Chinese anywhere else
        hit = rejected.get((st.field, st.zh, st.en or ""))
        # a figure's bare digits (50%) mean different things in different sentences: names, labels and
        # titles only
        if hit is not None and st.key not in keys and st.field not in ("figure", "pair"):
            res.back.append((hit, st))
    return res


def updated(entries: list[dict], res: Comparison) -> list[dict]:
    """The entries with each changed statement's new English written in, verdict `recheck`; English
    judged wrong or misleading is kept under `was` so that it cannot come back unnoticed."""
    by_key = {e["key"]: e for e in entries}
    for e, st in res.changed + res.chinese:
        entry = by_key[e["key"]]
        old_en, old_verdict, old_why = entry.get("en"), entry["verdict"], entry.get("why", "")
        if old_verdict in BAD and old_en:
            entry["was"] = list(dict.fromkeys([*(entry.get("was") or []), old_en]))
        entry["zh"], entry["en"], entry["verdict"] = st.zh, st.en, "recheck"
        entry["why"] = f"English changed (was {old_en!r}, judged {old_verdict}: {old_why})"
    return entries


_IDS = re.compile(r"\.s\d+")


def rekey_findings(known: list[dict], findings: Iterable[Any]) -> list[tuple[str, str]]:
    """Judged findings follow their statistic when it is renumbered: a judged finding no longer found
    under its key takes the key of a finding of the same rule, item and field whose message is the one
    it was judged on (statistic numbers aside). Entries are changed in place; returns (old, new) keys."""
    found = list(findings)
    listed = {(k["key"], k["rule"]) for k in known}
    present = {(f.key, f.rule) for f in found}
    moved = []
    for k in known:
        if (k["key"], k["rule"]) in present or not _STAT_NO.search(k["key"] + " ") or not k.get("example"):
            continue
        want = _IDS.sub("", k["example"])
        for f in found:
            if (f.key, f.rule) in listed or f.rule != k["rule"] or _item_of(f.key) != _item_of(k["key"]) \
                    or f.key.split(" ")[1:] != k["key"].split(" ")[1:] or _IDS.sub("", f.message) != want:
                continue
            moved.append((k["key"], f.key))
            listed.discard((k["key"], k["rule"]))
            k["key"] = f.key
            listed.add((f.key, f.rule))
            break
    return moved
