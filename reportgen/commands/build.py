"""`reportgen build CONFIG` and `reportgen check CONFIG`."""

from __future__ import annotations

import logging
import shutil
import sys
import time
from pathlib import Path

from reportgen.build import BuildResult, build
from reportgen.config import load_config
from reportgen.safetext import printable


def main(config: Path, strict: bool, quiet: bool, force: bool = False, jobs: int = 1) -> int:
    """Build, print warnings, errors and the closing line; returns the exit status."""
    start = time.perf_counter()
    logging.getLogger("jieba").setLevel(logging.ERROR)
    cfg = load_config(config)
    res = build(cfg, echo=(lambda *a: None) if quiet else lambda m: print(printable(m)), force=force, jobs=jobs,
                strict=strict)
    for w in res.warnings:
        print(printable(f"warning: {w}"), file=sys.stderr)
    for e in res.errors:
        print(printable(f"error: {e}"), file=sys.stderr)
    print(printable(closing_line(res, time.perf_counter() - start)))
    if res.errors:
        return 2
    return 1 if strict and res.warnings else 0


def closing_line(res: BuildResult, seconds: float) -> str:
    """`built 2025.pdf, 2025.docx from 24 items in 4 sections (81 figures) in 5.2 s`."""
    done = [p.name for p in res.written] + [f"{p.name} (unchanged)" for p in res.kept]
    if res.copies:
        done.append(f"{len(res.copies)} numbered copies")
    if res.mobile:
        done.append(f"mobile edition ({len(res.mobile) - 1} PNGs)")
    verb = "nothing changed: kept" if res.unchanged else "built"
    return (f"{verb} {', '.join(done)} from {res.items} items in {res.sections} sections ({res.figures} figures) "
            f"in {seconds:.1f} s" + (f"; {len(res.errors)} source(s) failed" if res.errors else ""))


def check(config: Path) -> int:
    """Validate a config; returns the exit status (a bad config raises ConfigError: status 2)."""
    cfg = load_config(config)
    for e in cfg.refused_sources:
        print(printable(f"error: {e}"), file=sys.stderr)
    print(printable(f"{config}: {'OK' if not cfg.refused_sources else 'not usable as it is'} "
                    f"({len(cfg.source_files)} source file(s), outputs {', '.join(cfg.outputs)}, "
                    f"{len(cfg.sections) if cfg.sections else 'automatic'} section(s))"))
    if shutil.which("fc-list") is None:
        print("warning: fontconfig is missing; CJK fonts may not be found", file=sys.stderr)
    return 2 if cfg.refused_sources else 0
