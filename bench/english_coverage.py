"""English coverage: share of statistic labels with English from the glossary (whole or
composed), on the seeds and on the corpus's government work reports.

Run by hand:  .venv/bin/python bench/english_coverage.py [--corpus ../shared/corpus] [--limit-mb 2] [--show 30]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def coverage(summaries: list[dict]) -> tuple[int, int, Counter]:
    total = covered = 0
    missing: Counter = Counter()
    for sm in summaries:
        for a in sm["articles"]:
            for s in a["stats"]:
                total += 1
                if s.get("label_en"):
                    covered += 1
                else:
                    missing[s["label"]] += 1
    return covered, total, missing


def main() -> None:
    import jieba

    jieba.setLogLevel(60)
    from reportgen.pipeline import parse_bytes, parse_file

    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--limit-mb", type=float, default=2.0)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    seeds = [parse_file(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    c, t, miss = coverage(seeds)
    print(f"seeds: {c}/{t} labels with English ({c / t:.1%})")
    for label, n in miss.most_common(args.show):
        print(f"   missing ×{n}: {label}")
    reports = Path(args.corpus) / "reports"
    files = sorted(f for f in reports.rglob("*") if f.is_file() and f.suffix in (".txt", ".md", ".csv", ".tsv")
                   and f.stat().st_size <= args.limit_mb * 1024 * 1024) if reports.is_dir() else []
    if not files:
        print(f"no corpus reports under {reports}")
        return
    summaries = [parse_bytes(f.read_bytes(), f.name) for f in files]
    c, t, miss = coverage(summaries)
    print(f"corpus reports ({len(files)} files): {c}/{t} labels with English ({c / t:.1%})")
    for label, n in miss.most_common(args.show):
        print(f"   missing ×{n}: {label}")


if __name__ == "__main__":
    main()
