"""Parse cost against input size: time and peak memory for 1, 10 and 50 MB pages and a 2 MB line
with no punctuation. Each size runs in its own process, so its peak RSS is its own.

Run by hand:  .venv/bin/python bench/scaling.py [--sizes 1 10 50] [--line-mb 2]
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
parse_bytes("预热".encode())
data = open(sys.argv[1], "rb").read()
t = time.perf_counter()
s = parse_bytes(data, "bench.txt")
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "items": len(s["articles"]), "stats": sum(len(a["stats"]) for a in s["articles"])}))
"""


def page_of_size(mb: float) -> bytes:
    """Seed pages repeated (real newspaper text) up to the size."""
    seeds = b"\n\n".join(p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt")))
    n = int(mb * 1024 * 1024 / len(seeds)) + 1
    return (seeds + b"\n\n") * n


def run(data: bytes) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".txt") as f:
        f.write(data)
        f.flush()
        out = subprocess.run([sys.executable, "-c", CHILD, f.name], capture_output=True, text=True, cwd=ROOT,
                             check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 50])
    ap.add_argument("--line-mb", type=float, default=2)
    args = ap.parse_args()
    print(f"{'input':>24} {'MB':>7} {'seconds':>8} {'KB/s':>7} {'peak RSS MB':>12} {'stats':>8}")
    for mb in args.sizes:
        data = page_of_size(mb)
        r = run(data)
        size = len(data) / 1024 / 1024
        print(f"{'seed pages repeated':>24} {size:7.1f} {r['seconds']:8.1f} {len(data) / 1024 / r['seconds']:7.0f} "
              f"{r['rss_mb']:12.0f} {r['stats']:8d}")
    line = ("执行" * int(args.line_mb * 1024 * 1024 / 6)).encode()
    r = run(line)
    print(f"{'one line, no punctuation':>24} {len(line) / 1024 / 1024:7.1f} {r['seconds']:8.1f} "
          f"{len(line) / 1024 / r['seconds']:7.0f} {r['rss_mb']:12.0f} {r['stats']:8d}")


if __name__ == "__main__":
    main()
