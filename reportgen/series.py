"""Weekly series: which sources fall inside the briefing's week, and issue numbers that advance
per series and year and are recorded, so a rebuild of the same week keeps its number."""

from __future__ import annotations

import datetime as dt
import fnmatch
from pathlib import Path
from typing import Any

from reportgen.config import Config
from reportgen.errors import UserError
from reportgen.lock import locked
from reportgen.summary import Summary
from reportgen.yamlio import dump, load_file, write_atomic

REGISTRY = "issues.yaml"


def published(summary: Summary, cfg: Config, path: Path | None) -> dt.date | None:
    """The publication date: the summary's `published`, else the config's `dates` for its file."""
    value = summary.get("published")
    if value:
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            pass
    if path is not None:
        full = str(path.resolve())
        for pattern, date in cfg.dates.items():
            if fnmatch.fnmatch(full, str(Path(pattern).resolve())) or fnmatch.fnmatch(str(path), pattern):
                return date
    return None


def select(summaries: list[tuple[Summary, Path | None]], cfg: Config) -> tuple[list[Summary], list[str]]:
    """The summaries published inside the window, and notes on the ones left out."""
    if cfg.window is None:
        return [s for s, _ in summaries], []
    lo, hi = cfg.window
    kept, outside, undated = [], [], []
    for s, path in summaries:
        d = published(s, cfg, path)
        name = s["source"]["path"]
        if d is None:
            undated.append(name)
        elif lo <= d <= hi:
            kept.append(s)
        else:
            outside.append(f"{name} ({d.isoformat()})")
    notes = [f"{cfg.window_label}: {len(kept)} of {len(summaries)} source(s) published {lo.isoformat()} to "
             f"{hi.isoformat()}"]
    if outside:
        notes.append(f"{cfg.window_label}: left out, published outside the week: {', '.join(outside)}")
    if undated:
        notes.append(f"{cfg.window_label}: left out, no publication date (add front matter `date:`, a date in the "
                     f"file name, or `dates:` in the config): {', '.join(undated)}")
    return kept, notes


def issue_number(cfg: Config, record: bool = True) -> int:
    """The configured number, or with `issue: auto` the recorded or next number of the series
    (recorded in issues.yaml unless `record` is false)."""
    if cfg.issue != "auto":
        return int(cfg.issue)
    assert cfg.window is not None
    path = cfg.path.resolve().parent / REGISTRY
    with locked(path.parent):  # builds started together never take the same number or lose a week
        return _number(cfg, path, record)


def _number(cfg: Config, path: Path, record: bool) -> int:
    assert cfg.window is not None
    data = (load_file(path) if path.exists() else None) or {}
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a mapping of series to years to issue numbers")
    # an ISO week belongs to its ISO year (2026-W01 may start in December 2025)
    year = str(cfg.window[0].isocalendar().year if "-W" in cfg.window_label else cfg.window[0].year)
    series = data.setdefault(cfg.series, {})
    numbers = series.setdefault(year, {}) if isinstance(series, dict) else None
    if not isinstance(numbers, dict) or not all(isinstance(n, int) and not isinstance(n, bool)
                                                for n in numbers.values()):
        raise UserError(f"{path}: {cfg.series}: {year}: expected a mapping of weeks to issue numbers")
    if cfg.window_label in numbers:
        return int(numbers[cfg.window_label])
    number = max((int(n) for n in numbers.values()), default=0) + 1
    if not record:
        return number
    numbers[cfg.window_label] = number
    header = "# Issue numbers per series, year and week, recorded by `reportgen build` (issue: auto).\n"
    write_atomic(path, header + dump(data))
    return number


def built_issues(cfg: Config) -> list[dict[str, Any]]:
    """The issues of a series built so far: number, window, date printed and files, from each issue's
    folder (out/<config>/<week>/) and the numbers recorded in issues.yaml."""
    import json

    out = []
    folders = [p for p in sorted(cfg.out_dir.iterdir()) if p.is_dir()] if cfg.out_dir.is_dir() else []
    for folder in [cfg.out_dir, *folders]:
        try:
            facts = json.loads((folder / ".outputs.json").read_text("utf-8")).get("build") or {}
        except (OSError, ValueError):
            continue
        manifest = folder / "manifest.yaml"
        files = [row["file"] for row in (load_file(manifest).get("files") or [])] if manifest.is_file() else []
        out.append({"issue": facts.get("issue"), "window": facts.get("window") or "", "date": facts.get("date"),
                    "folder": folder, "files": files})
    return sorted(out, key=lambda r: (r["issue"] or 0, r["window"]))
