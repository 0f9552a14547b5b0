"""`reportgen build CONFIG` and `reportgen check CONFIG`."""

from __future__ import annotations

import dataclasses
import logging
import shutil
import sys
import time
from pathlib import Path

from reportgen.build import BuildResult, build
from reportgen.config import load_config
from reportgen.safetext import printable


def main(config: Path, strict: bool, quiet: bool, force: bool = False, jobs: int = 1,
         overrides: dict[str, str] | None = None) -> int:
    """Build, print warnings, errors and the closing line; returns the exit status."""
    start = time.perf_counter()
    logging.getLogger("jieba").setLevel(logging.ERROR)
    cfg = load_config(config, overrides=overrides)
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
            f"in {seconds:.1f} s; {res.reviewed} of {res.figures} figures shown are reviewed"
            + ("" if res.reviewed == res.figures else " (draft)")
            + (f"; {len(res.errors)} source(s) failed" if res.errors else ""))


def check(config: Path) -> int:
    """Validate a config as a build would: every problem at once, with its key and line; the files
    it will include; ids of items and figures it names, checked against the sources."""
    from reportgen.collect import display_path
    from reportgen.config.load import ConfigError, read_config

    cfg, problems = read_config(config)
    if cfg is not None and not any(p.startswith("sources") for p in problems):
        problems += _id_problems(cfg)
    if problems:
        raise ConfigError(config, problems)
    assert cfg is not None
    for e in cfg.refused_sources:
        print(printable(f"error: {e}"), file=sys.stderr)
    print(printable(f"{config}: {'OK' if not cfg.refused_sources else 'not usable as it is'} "
                    f"({len(cfg.source_files)} source file(s), outputs {', '.join(cfg.outputs)}, "
                    f"{len(cfg.sections) if cfg.sections else 'automatic'} section(s))"))
    for path in cfg.source_files[:50]:
        print(printable(f"  {display_path(path)}"))
    if len(cfg.source_files) > 50:
        print(f"  … {len(cfg.source_files) - 50} more")
    if shutil.which("fc-list") is None:
        print("warning: fontconfig is missing; CJK fonts may not be found", file=sys.stderr)
    else:
        from reportgen.render.themes import load_theme, resolve_fonts

        theme = load_theme(cfg.theme, cfg.path.resolve().parent, cfg.project)
        _, notes = resolve_fonts(theme.settings, cfg.fonts.by_role())
        for note in notes:
            print(f"warning: {note}", file=sys.stderr)
    return 2 if cfg.refused_sources else 0


def _id_problems(cfg) -> list[str]:
    """Item and figure ids the config names (hero.stat, sections[].items) that no source has; the
    sources are read as a build reads them (from the cache when they were parsed before)."""
    import yaml

    wanted: list[tuple[str, list[str | int], str]] = \
        [("hero.stat", ["hero", "stat"], cfg.hero.stat)] if cfg.hero.stat not in ("", "auto") else []
    for i, sec in enumerate(cfg.sections or []):
        wanted += [(f"sections[{i + 1}].items", ["sections", i, "items"], item) for item in sec.items or []]
    if not wanted:
        return []
    from reportgen.build import prepare

    try:  # the sources only (a theme or logo problem is reported on its own)
        prepared = prepare(dataclasses.replace(cfg, theme="yitu", logo=None), echo=lambda *a: None)
    except Exception as exc:  # noqa: BLE001 - the sources' own problems are the build's to report
        return [f"sources: cannot be read to check the ids named in the config ({exc})"]
    items = {a["id"] for s in prepared.summaries for a in s["articles"]}
    stats = {st["id"] for s in prepared.summaries for a in s["articles"] for st in a.get("stats") or []}
    root = yaml.compose(cfg.path.read_text("utf-8-sig"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out = []
    for key, where, value in wanted:
        known = stats if key == "hero.stat" else items
        if value not in known:
            near = sorted(k for k in known if k.split(".")[0] == value.split(".")[0])[:5]
            out.append(f"{key} ({_line(root, where)}): {value!r} is not {'a figure' if key == 'hero.stat' else 'an item'} "
                       f"of the sources" + (f" (near: {', '.join(near)})" if near else ""))
    return out


def _line(root, where: list[str | int]) -> str:
    import yaml

    node = root
    for step in where:
        if isinstance(step, int) and isinstance(node, yaml.SequenceNode) and step < len(node.value):
            node = node.value[step]
        elif isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if getattr(k, "value", None) == step), node)
    return f"line {node.start_mark.line + 1}"
