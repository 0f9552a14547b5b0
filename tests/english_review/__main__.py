"""List the reviewed English statements that are no longer as reviewed, and the rule checker's
findings that are new or gone, against reportgen's English today on the 40 corpus texts.

    .venv/bin/python -m tests.english_review            # list (exit 1 when something needs review)
    .venv/bin/python -m tests.english_review --update   # write the new English in, verdict 'recheck'

After --update, read each `recheck` entry in tests/english_review/faithful.yaml and correct.yaml
against its passage, set its verdict (and `why`), and run the tests. New findings of the checker
are written to findings.yaml with verdict `new`; judge them (`defect` or `accepted`) the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from tests.english_review import fixture
from tests.english_review.check import check
from tests.english_review.statements import all_statements, corpus_dir, texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="write changed English into the fixtures for review")
    args = ap.parse_args()
    if texts() is None:
        print(f"no corpus at {corpus_dir()} (set REPORTGEN_CORPUS)", file=sys.stderr)
        return 2
    statements = all_statements()
    status = 0
    for path in (fixture.FAITHFUL, fixture.CORRECT):
        head, entries = fixture.load(path)
        res = fixture.compare(entries, statements)
        print(f"{path.name}: {len(entries)} reviewed, {len(res.same)} as reviewed, {res.to_review} to review, "
              f"{len(res.gone)} gone")
        for line in res.lines():
            print("  " + line)
        if args.update and (res.changed or res.chinese or res.moved):
            fixture.save(path, head, fixture.updated(entries, res))
            print(f"  wrote {len(res.changed) + len(res.chinese)} statement(s) to review and {len(res.moved)} "
                  f"renumbered key(s) into {path.name}")
        status |= res.to_review > 0
    head, known = fixture.load(fixture.FINDINGS, "findings")
    moved = fixture.rekey_findings(known, check(statements, texts() or {}))
    for old, new_key in moved:
        print(f"  MOVED {old} → {new_key}")
    found = Counter((f.key, f.rule) for f in check(statements, texts() or {}))
    listed = {(k["key"], k["rule"]): k for k in known}
    new = [(key, rule, n) for (key, rule), n in found.items() if (key, rule) not in listed or n > listed[(key, rule)]["count"]]
    gone = [k for (key, rule), k in listed.items() if (key, rule) not in found]
    print(f"{fixture.FINDINGS.name}: {sum(found.values())} findings now, {len(new)} new, {len(gone)} no longer found")
    for f in check(statements, texts() or {}):
        if any(f.key == k and f.rule == r for k, r, _ in new):
            print(f"  NEW   {f.rule} | {f.key} | {f.message}")
    for k in gone:
        print(f"  GONE  {k['rule']} | {k['key']} [{k['verdict']}] {k.get('why', '')}")
    # the message a finding was judged on, so that it can follow its statistic when that is renumbered
    example = {}
    for f in check(statements, texts() or {}):
        example.setdefault((f.key, f.rule), f.message)
    missing_example = any("example" not in k and (k["key"], k["rule"]) in example for k in known)
    if args.update and (new or gone or moved or missing_example):
        keep = [k for k in known if (k["key"], k["rule"]) in found]
        for k in keep:
            k["count"] = max(k["count"], found[(k["key"], k["rule"])])
            k.setdefault("example", example[(k["key"], k["rule"])])
        keep += [{"key": key, "rule": rule, "count": n, "verdict": "new", "why": "",
                  "example": example[(key, rule)]} for key, rule, n in new if (key, rule) not in listed]
        fixture.save(fixture.FINDINGS, head, keep, "findings")
        print(f"  wrote {fixture.FINDINGS.name}")
    status |= bool(new)
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
