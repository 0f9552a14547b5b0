"""Build speed, as ratios measured side by side in one run (this machine's speed drifts, so each
pair of commands runs alternately and the median of the pairs' ratios is printed).

    .venv/bin/python bench/build_speed.py [--runs 5] [--files 300]

Every figure is a whole process, as a user runs it:
1. a build where nothing changed ÷ `reportgen check` of the same config, in CPU seconds
   (target ≤ 1.5: no parsing, no English, no writes, no heavy imports);
2. a forced build of the example (the PDF, its sources PDF and the DOCX) ÷ a plain WeasyPrint render
   of the same two HTML documents in one process, in wall seconds (target ≤ 1.1);
3. `reportgen parse --jobs 1` ÷ `--jobs 2` over FILES article files cut from the shared corpus, in
   wall seconds: the speed-up of two workers (target ≥ 1.7 on 2 cores).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RG = [sys.executable, "-m", "reportgen"]


def timed(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pairs(a: list[str], b: list[str], runs: int, cpu: bool, cwd: Path = ROOT) -> tuple[float, float, float]:
    """Median of a and b, and the median of the ratios a/b, over runs alternating a and b."""
    ta, tb, ratios = [], [], []
    for _ in range(runs):
        x = timed(a, cwd)[1 if cpu else 0]
        y = timed(b, cwd)[1 if cpu else 0]
        ta.append(x)
        tb.append(y)
        ratios.append(x / y)
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def project(tmp: Path) -> Path:
    """A copy of the example project (config and seeds) to build in."""
    shutil.copytree(ROOT / "config", tmp / "config")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    return tmp / "config" / "2025.yaml"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    print(f"{os.cpu_count()} cores; medians of {args.runs} alternating runs")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        cfg = project(tmp)
        subprocess.run([*RG, "build", "-q", str(cfg)], cwd=tmp, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        a, b, r = pairs([*RG, "build", "-q", str(cfg)], [*RG, "check", str(cfg)], args.runs, cpu=True, cwd=tmp)
        print(f"1. build, nothing changed: {a:.2f} s CPU; check: {b:.2f} s CPU; ratio {r:.2f} (target ≤ 1.5)")

        from reportgen.build import build
        from reportgen.config import load_config
        from reportgen.render.html import render_sources_html
        from reportgen.render.themes import load_theme

        os.chdir(tmp)
        built = build(load_config(cfg), echo=lambda *x: None, force=True)
        theme = load_theme("yitu", cfg.parent)
        (tmp / "briefing.html").write_text(built.html, "utf-8")
        (tmp / "sources.html").write_text(
            render_sources_html(built.briefing, theme.dirs, theme.sources or "sources.html"), "utf-8")
        # the same two documents the build renders (the reading copy and <stem>-sources.pdf), by WeasyPrint
        # alone in one process
        plain = [sys.executable, "-c", "import sys\nfrom weasyprint import HTML\n"
                 "for src, out in (('briefing.html', 'plain.pdf'), ('sources.html', 'plain-sources.pdf')):\n"
                 "    HTML(src, base_url=sys.argv[1]).write_pdf(out)", str(theme.dirs[0]) + "/"]
        a, b, r = pairs([*RG, "build", "-q", "--force", str(cfg)], plain, args.runs, cpu=False, cwd=tmp)
        print(f"2. forced build (both PDFs + DOCX): {a:.2f} s; plain WeasyPrint of the same two HTML documents: "
              f"{b:.2f} s; ratio {r:.2f} (target ≤ 1.1)")

        if not args.corpus.is_dir():
            print(f"3. skipped: {args.corpus} not found (give --corpus)")
            return
        from bench.corpus_sample import sample

        src = tmp / "corpus"
        src.mkdir()
        for name, text in sample(args.corpus, args.files):
            (src / f"{name}.txt").write_text(text, "utf-8")
        size = sum(f.stat().st_size for f in src.iterdir()) / 1e6
        one = [*RG, "parse", "-q", "--jobs", "1", str(src), "-o", str(tmp / "o1")]
        two = [*RG, "parse", "-q", "--jobs", "2", str(src), "-o", str(tmp / "o2")]
        a, b, r = pairs(one, two, max(2, args.runs // 2), cpu=False, cwd=tmp)
        print(f"3. parse {args.files} files ({size:.1f} MB): --jobs 1 {a:.2f} s, --jobs 2 {b:.2f} s; "
              f"speed-up {r:.2f} (target ≥ 1.7)")


if __name__ == "__main__":
    main()
