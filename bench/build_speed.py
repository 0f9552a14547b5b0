"""Build benchmark: cold and warm `reportgen build`, and a plain WeasyPrint render of the same
HTML in the same run, as a ratio.

Run by hand:  .venv/bin/python bench/build_speed.py [config/2025.yaml] [--runs 3]
Cold = empty cache (articles parsed, charts drawn); warm = summaries and charts cached and the
outputs' inputs unchanged (outputs kept); warm --force = everything rendered again from cache.
Each build runs in a fresh process, as a user would run it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed_build(config: Path, out: Path, *flags: str) -> float:
    cfg = out / "bench.yaml"
    text = config.read_text("utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.startswith(("output_dir:", "mobile:")))
    base = config.resolve().parent
    text = text.replace("- ../", f"- {base.parent}/")
    cfg.write_text(text + f"\noutput_dir: {out / 'out'}\n", "utf-8")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportgen", "build", "-q", *flags, str(cfg)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def plain_weasyprint(config: Path) -> tuple[float, int]:
    from weasyprint import HTML

    from reportgen.commands.build import build
    from reportgen.config import load_config
    from reportgen.render.themes import theme_dirs

    cfg = load_config(config)
    with tempfile.TemporaryDirectory() as tmp:
        cfg.output_dir = Path(tmp)
        cfg.outputs = ["pdf"]
        res = build(cfg, echo=lambda *a: None)
    dirs = theme_dirs(cfg.theme, cfg.path.resolve().parent)
    t = time.perf_counter()
    doc = HTML(string=res.html, base_url=str(dirs[0]) + "/").render()
    doc.write_pdf()
    return time.perf_counter() - t, len(doc.pages)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("config", nargs="?", default=str(ROOT / "config" / "2025.yaml"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    config = Path(args.config)
    colds, warms, forced = [], [], []
    for _ in range(args.runs):
        tmp = Path(tempfile.mkdtemp())
        try:
            colds.append(timed_build(config, tmp))
            warms.append(timed_build(config, tmp))
            forced.append(timed_build(config, tmp, "--force"))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    plain, pages = plain_weasyprint(config)
    warm = min(warms)
    print(f"cold build (PDF + DOCX, parse + charts): best {min(colds):.2f} s of {args.runs}")
    print(f"warm build, nothing changed (outputs kept): best {warm:.2f} s of {args.runs}")
    print(f"warm build, --force (summaries and charts cached, PDF + DOCX rendered): best {min(forced):.2f} s")
    print(f"plain WeasyPrint render of the same HTML ({pages} pages): {plain:.2f} s")
    print(f"warm --force build / plain WeasyPrint: {min(forced) / plain:.2f}")


if __name__ == "__main__":
    main()
