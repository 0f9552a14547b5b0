"""Parse benchmark: start-up time, throughput (KB/s, single process, jieba loaded), peak memory.

Run by hand:  .venv/bin/python bench/parse_speed.py [--corpus ../shared/corpus] [--limit-mb 8]
Corpus files (CSV/TSV/JSONL/TXT) are parsed as whole pages; each must parse without a crash.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def startup() -> tuple[float, float]:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportgen", "--version"], check=True, capture_output=True, cwd=ROOT)
    cli = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import jieba; jieba.setLogLevel(60); jieba.initialize();"
                    "from reportgen.extract.places import gazetteer; gazetteer()"], check=True, cwd=ROOT)
    return cli, time.perf_counter() - t


def throughput(files: list[Path], label: str) -> None:
    from reportgen.pipeline import parse_bytes

    total_bytes = 0
    items = stats = 0
    failures = []
    t = time.perf_counter()
    for f in files:
        data = f.read_bytes()
        try:
            out = parse_bytes(data, str(f))
        except Exception as exc:  # a benchmark reports every failure and goes on
            failures.append(f"{f.name}: {type(exc).__name__}: {exc}")
            continue
        total_bytes += len(data)
        items += len(out["articles"])
        stats += sum(len(a["stats"]) for a in out["articles"])
    dt = time.perf_counter() - t
    print(f"{label}: {len(files)} files, {total_bytes / 1024:.0f} KB in {dt:.2f} s = "
          f"{total_bytes / 1024 / dt:.0f} KB/s; {items} items, {stats} statistics; failures: {len(failures)}")
    for line in failures:
        print("   ", line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit-mb", type=float, default=8.0, help="skip corpus files larger than this")
    args = ap.parse_args()
    cli, warm = startup()
    print(f"start-up: `reportgen --version` {cli:.2f} s; import + jieba dictionary + gazetteer {warm:.2f} s")
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    from reportgen.extract.places import gazetteer

    gazetteer()
    from reportgen.pipeline import parse_bytes

    parse_bytes((ROOT / "seeds" / "000_d993715c01815687.txt").read_bytes())  # load IDF tables once
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    throughput(seeds, "seeds")
    throughput(seeds * 5, "seeds x5")
    if args.corpus.is_dir():
        for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
            files = sorted(f for f in folder.rglob("*") if f.is_file() and f.suffix in (".csv", ".tsv", ".jsonl", ".txt")
                           and f.stat().st_size <= args.limit_mb * 1024 * 1024)
            if files:
                throughput(files, f"corpus/{folder.name}")
    else:
        print(f"corpus not found at {args.corpus}; skipped")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
