"""Golden files: the seeds' YAML summaries and the example briefings' HTML, committed under
tests/golden/ and compared by tests/test_golden.py. A change that alters what reportgen writes
shows up there as a diff to review.

    .venv/bin/python scripts/golden.py            # compare; print the files that differ (exit 1)
    .venv/bin/python scripts/golden.py --update   # write the current output as the new golden files

Charts are embedded in the HTML as data URLs whose bytes depend on the matplotlib version; the
golden HTML holds a placeholder instead (the chart's figures are in the HTML's text anyway).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
CONFIGS = ("2025", "weekly")
_DATA_URL = re.compile(r"data:image/(svg\+xml|png);base64,[A-Za-z0-9+/=]+")


def _in_root():
    """Paths in summaries are written relative to the current folder: make it the repository."""
    os.chdir(ROOT)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def seed_summaries() -> dict[str, str]:
    """`reportgen parse seeds` output: file name → YAML text."""
    _in_root()
    from reportgen.pipeline import parse_file
    from reportgen.yamlio import dump

    return {f"seeds/{p.stem}.yaml": dump(parse_file(p, f"seeds/{p.name}"))
            for p in sorted((ROOT / "seeds").glob("*.txt"))}


def briefing_html(name: str) -> str:
    """The HTML the example config's PDF is made from, with chart images replaced by a placeholder."""
    _in_root()
    from reportgen.build import build
    from reportgen.config import load_config

    cfg = load_config(ROOT / "config" / f"{name}.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        # no outputs, no issue registry beside the config: only the HTML is wanted
        cfg = dataclasses.replace(cfg, output_dir=tmp, outputs=[], mobile=False, numbered_copies=False,
                                  issue=1 if cfg.issue == "auto" else cfg.issue)
        html = build(cfg, echo=lambda *a: None).html
    return _DATA_URL.sub(lambda m: f"data:image/{m.group(1)};base64,CHART", html)


def current() -> dict[str, str]:
    out = seed_summaries()
    for name in CONFIGS:
        out[f"{name}.html"] = briefing_html(name)
    return out


def differences(now: dict[str, str]) -> list[str]:
    """Golden files that differ from `now`, are missing, or are no longer produced."""
    have = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    bad = [n for n in sorted(now) if n not in have or (GOLDEN / n).read_text("utf-8") != now[n]]
    return bad + sorted(have - now.keys())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="write the current output as the golden files")
    args = ap.parse_args()
    now = current()
    if args.update:
        for p in GOLDEN.rglob("*"):
            if p.is_file() and p.relative_to(GOLDEN).as_posix() not in now:
                p.unlink()
        for name, text in now.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, "utf-8")
        print(f"wrote {len(now)} golden files to {GOLDEN.relative_to(ROOT)}; review them with `git diff`")
        return
    bad = differences(now)
    for n in bad:
        print(f"differs: tests/golden/{n}")
    print(f"{len(now)} golden files, {len(bad)} differ" + (" (scripts/golden.py --update, then git diff)" if bad else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
