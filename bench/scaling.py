"""Parse cost against input size: time and peak memory for 1, 10 and 50 MB pages, a 2 MB line with
no punctuation, and lines of 1,000 to 50,000 figures (parse time, peak memory and the size of the
YAML summary, each per thousand figures: flat columns mean linear). Each run is its own process, so
its peak RSS is its own.

Run by hand:  .venv/bin/python bench/scaling.py [--sizes 1 10 50] [--line-mb 2] [--figures 1000 … 50000]
              .venv/bin/python bench/scaling.py --sizes --line-mb 0      (the figure lines only)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, resource, sys, time
import jieba
jieba.setLogLevel(60)
from reportgen.pipeline import parse_bytes
from reportgen.yamlio import dump
parse_bytes("预热".encode())
data = open(sys.argv[1], "rb").read()
t = time.perf_counter()
s = parse_bytes(data, "bench.txt")
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
yaml_bytes = len(dump(s).encode()) if sys.argv[2] == "yaml" else 0
dy = time.perf_counter() - t
print(json.dumps({"seconds": dt, "rss_mb": rss, "items": len(s["articles"]),
                  "stats": sum(len(a["stats"]) for a in s["articles"]), "yaml_mb": yaml_bytes / 1024 / 1024,
                  "yaml_seconds": dy, "yaml_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
# the clause patterns of a statistics line: counts, changes listed after them, a share, a bracket
FIGURE_CLAUSES = ("审结案件{i}件", "同比上升{p}%", "其中民事案件(含再审){i}件", "占{p}%", "执行到位金额{i}万元")


def page_of_size(mb: float) -> bytes:
    """Seed pages repeated (real newspaper text) up to the size."""
    seeds = b"\n\n".join(p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt")))
    n = int(mb * 1024 * 1024 / len(seeds)) + 1
    return (seeds + b"\n\n") * n


def line_of_figures(n: int) -> bytes:
    """One line of n figures in the clause patterns of a statistics report, no full stop until its end."""
    parts = [FIGURE_CLAUSES[i % len(FIGURE_CLAUSES)].format(i=i + 1, p=f"{i % 97 + 0.5:.1f}") for i in range(n)]
    return ("，".join(parts) + "。\n").encode()


def run(data: bytes, yaml: bool = False) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".txt") as f:
        f.write(data)
        f.flush()
        out = subprocess.run([sys.executable, "-c", CHILD, f.name, "yaml" if yaml else "-"], capture_output=True,
                             text=True, cwd=ROOT, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="*", default=[1, 10, 50])
    ap.add_argument("--line-mb", type=float, default=2)
    ap.add_argument("--figures", type=int, nargs="*", default=[1000, 2000, 5000, 10000, 20000, 50000])
    args = ap.parse_args()
    if args.sizes or args.line_mb:
        print(f"{'input':>24} {'MB':>7} {'seconds':>8} {'KB/s':>7} {'peak RSS MB':>12} {'stats':>8}")
    for mb in args.sizes:
        data = page_of_size(mb)
        r = run(data)
        size = len(data) / 1024 / 1024
        print(f"{'seed pages repeated':>24} {size:7.1f} {r['seconds']:8.1f} {len(data) / 1024 / r['seconds']:7.0f} "
              f"{r['rss_mb']:12.0f} {r['stats']:8d}")
    if args.line_mb:
        line = ("执行" * int(args.line_mb * 1024 * 1024 / 6)).encode()
        r = run(line)
        print(f"{'one line, no punctuation':>24} {len(line) / 1024 / 1024:7.1f} {r['seconds']:8.1f} "
              f"{len(line) / 1024 / r['seconds']:7.0f} {r['rss_mb']:12.0f} {r['stats']:8d}")
    if not args.figures:
        return
    print(f"\n{'figures on one line':>20} {'stats':>7} {'parse s':>8} {'peak RSS MB':>12} {'YAML MB':>8}"
          f" {'dump s':>7} {'parse s/1k':>11} {'RSS MB/1k':>10} {'YAML MB/1k':>11}")
    prev = (0, run(line_of_figures(1)))  # the interpreter, the dictionaries, a parse's fixed cost
    for n in args.figures:
        r = run(line_of_figures(n), yaml=True)
        k = (n - prev[0]) / 1000
        print(f"{n:>20,} {r['stats']:>7} {r['seconds']:8.2f} {r['rss_mb']:12.0f} {r['yaml_mb']:8.1f}"
              f" {r['yaml_seconds']:7.2f} {(r['seconds'] - prev[1]['seconds']) / k:11.3f}"
              f" {(r['rss_mb'] - prev[1]['rss_mb']) / k:10.2f} {r['yaml_mb'] / (n / 1000):11.3f}")
        prev = (n, r)
    print("(parse s/1k and RSS MB/1k: what each thousand figures added since the size above (the first row: since a"
          " line of one figure); peak RSS is measured after the parse, before the YAML is written)")


if __name__ == "__main__":
    main()
