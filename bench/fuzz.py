"""Run the fuzz targets (tests/test_fuzz.py and the parse property in tests/test_property.py)
much longer than CI does, and print how many inputs each tried.

Run by hand:  .venv/bin/python bench/fuzz.py [--examples 20000]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=20000)
    args = ap.parse_args()
    env = {**os.environ, "HYPOTHESIS_EXAMPLES": str(args.examples)}
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
                        "tests/test_fuzz.py", "tests/test_property.py"], cwd=ROOT, env=env, capture_output=True,
                       text=True)
    total = 0
    for name, block in re.findall(r"::(test_\w+):\n(.*?)(?=\n\S|\Z)", p.stdout, re.S):
        counts = [int(n) + int(f) + int(i) for n, f, i in
                  re.findall(r"(\d+) passing, (\d+) failing, and (\d+) invalid", block)]
        print(f"{name}: {sum(counts)} inputs")
        total += sum(counts)
    print(f"{total} inputs in {time.perf_counter() - t:.0f} s; pytest exit status {p.returncode}")
    if p.returncode:
        print(p.stdout[-3000:])


if __name__ == "__main__":
    main()
