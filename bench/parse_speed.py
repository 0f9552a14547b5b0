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
    subprocess.run([sys.executable, "-c", "from reportgen.pipeline import parse_bytes; parse_bytes('执行'.encode())"],
                   check=True, cwd=ROOT)
    return cli, time.perf_counter() - t


def compare_tokenizers(files: list[Path]) -> None:
    """jieba-rs and jieba must give the same words: count paragraphs where they differ."""
    import jieba
    import rjieba

    jieba.setLogLevel(60)
    paras = [p for f in files for p in f.read_text("utf-8", errors="replace").splitlines() if p.strip()]
    t = time.perf_counter()
    a = [jieba.lcut(p, HMM=False) for p in paras]
    t_py = time.perf_counter() - t
    t = time.perf_counter()
    b = [rjieba.cut(p, hmm=False) for p in paras]
    t_rs = time.perf_counter() - t
    differ = sum(x != y for x, y in zip(a, b, strict=True))
    print(f"tokenizers: {len(paras)} paragraphs, {sum(map(len, paras)) / 1024:.0f} K chars; jieba {t_py:.2f} s, "
          f"jieba-rs {t_rs:.3f} s; paragraphs segmented differently: {differ}")


def throughput(files: list[Path], label: str, repeat: int = 1, min_seconds: float = 0.0) -> None:
    """Parse the files at least `repeat` times and for at least `min_seconds`; the fastest pass is
    the figure (the others were slowed by whatever else the machine was doing), the median and
    the slowest are shown beside it."""
    import statistics

    from reportgen.pipeline import parse_bytes

    datas = [f.read_bytes() for f in files]
    times: list[float] = []
    while len(times) < repeat or sum(times) < min_seconds:
        total_bytes = 0
        items = stats = 0
        failures = []
        t = time.perf_counter()
        for f, data in zip(files, datas, strict=True):
            try:
                out = parse_bytes(data, str(f))
            except Exception as exc:  # a benchmark reports every failure and goes on
                failures.append(f"{f.name}: {type(exc).__name__}: {exc}")
                continue
            total_bytes += len(data)
            items += len(out["articles"])
            stats += sum(len(a["stats"]) for a in out["articles"])
        times.append(time.perf_counter() - t)
    dt, worst, median = min(times), max(times), statistics.median(times)
    spread = (f" (median of {len(times)} passes: {total_bytes / 1024 / median:.0f} KB/s, "
              f"slowest: {total_bytes / 1024 / worst:.0f} KB/s)") if len(times) > 1 else ""
    print(f"{label}: {len(files)} files, {total_bytes / 1024:.0f} KB in {dt:.2f} s = "
          f"{total_bytes / 1024 / dt:.0f} KB/s{spread}; {items} items, {stats} statistics; failures: {len(failures)}")
    for line in failures:
        print("   ", line)


def stages(files: list[Path], passes: int = 15) -> None:
    """Where a pass over the files spends its time: each stage's fastest total over `passes`."""
    import hashlib

    from reportgen.clean import clean
    from reportgen.pipeline import add_english
    from reportgen.read import Source, decode
    from reportgen.segment import segment
    from reportgen.summarize import summarize

    datas = [f.read_bytes() for f in files]
    best: dict[str, float] = {}
    for _ in range(passes):
        spent = dict.fromkeys(("decode", "clean", "segment", "summarize", "english"), 0.0)
        for f, data in zip(files, datas, strict=True):
            t0 = time.perf_counter()
            text, encoding = decode(data, f.name)
            source = Source(f, text, hashlib.sha256(data).hexdigest(), encoding)
            t1 = time.perf_counter()
            page = clean(text)
            t2 = time.perf_counter()
            items = segment(page)
            t3 = time.perf_counter()
            summary = summarize(source, page, items, f.name)
            t4 = time.perf_counter()
            add_english(summary)
            t5 = time.perf_counter()
            for stage, dt in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
                spent[stage] += dt
        for stage, dt in spent.items():
            best[stage] = min(best.get(stage, dt), dt)
    total = sum(best.values())
    print(f"stages (fastest of {passes} passes over {len(files)} files): " +
          ", ".join(f"{k} {v * 1000:.1f} ms ({v / total:.0%})" for k, v in best.items()) + f"; sum {total * 1000:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit-mb", type=float, default=8.0, help="skip corpus files larger than this")
    ap.add_argument("--repeat", type=int, default=3, help="passes over each set at least; the fastest is reported")
    ap.add_argument("--min-seconds", type=float, default=2.0,
                    help="go on passing over a set until this much time is spent (small sets are noisy)")
    ap.add_argument("--stages", action="store_true", help="also show where a pass over the seeds spends its time")
    ap.add_argument("--compare-tokenizers", action="store_true",
                    help="check that jieba-rs and jieba segment the seeds and corpus identically")
    args = ap.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    corpus_files = sorted(f for f in args.corpus.rglob("*") if f.is_file() and f.suffix in (".csv", ".tsv", ".jsonl", ".txt")
                          and f.stat().st_size <= args.limit_mb * 1024 * 1024) if args.corpus.is_dir() else []
    if args.compare_tokenizers:
        compare_tokenizers(seeds + corpus_files)
        return
    from reportgen.words import engine

    cli, warm = startup()
    print(f"start-up: `reportgen --version` {cli:.2f} s; import + dictionaries + first parse {warm:.2f} s; "
          f"segmenter: {engine()}")
    from reportgen.pipeline import parse_bytes

    parse_bytes((ROOT / "seeds" / "000_d993715c01815687.txt").read_bytes())  # load dictionaries and tables once
    throughput(seeds, "seeds", args.repeat, args.min_seconds)
    throughput(seeds * 5, "seeds x5", args.repeat, args.min_seconds)
    if args.stages:
        stages(seeds)
    if args.corpus.is_dir():
        for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
            files = [f for f in corpus_files if folder in f.parents]
            if files:
                throughput(files, f"corpus/{folder.name}", args.repeat, args.min_seconds)
    else:
        print(f"corpus not found at {args.corpus}; skipped")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
