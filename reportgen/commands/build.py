"""`reportgen build CONFIG` and `reportgen check CONFIG`: the briefing as PDF and DOCX."""

from __future__ import annotations

import ctypes.util
import dataclasses
import functools
import hashlib
import json
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.assemble import Briefing, assemble
from reportgen.collect import collect
from reportgen.config import Config, load_config
from reportgen.distribute import ManifestRow, copy_number, copy_path, sha256_of, write_manifest
from reportgen.english.enrich import enrich_summary, missing_warning
from reportgen.english.terms import load_terms
from reportgen.english.translate import make_translator
from reportgen.errors import UserError
from reportgen.render.themes import resolve_fonts, theme_dirs, theme_settings
from reportgen.series import issue_number, select
from reportgen.yamlio import dump, write_atomic


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    briefing: Briefing | None = None
    html: str = ""
    theme_dirs: list[Path] = field(default_factory=list)
    theme: dict = field(default_factory=dict)  # the theme's theme.yaml
    unchanged: list[Path] = field(default_factory=list)
    copies: list[ManifestRow] = field(default_factory=list)
    summaries: list[dict] = field(default_factory=list)
    manifest: list[Path] = field(default_factory=list)
    mobile: list[Path] = field(default_factory=list)


def _render_pdf(b: Briefing, out: Path, cache: Path, res: BuildResult) -> None:
    from reportgen.render.html import render_pdf

    pdf, refused = render_pdf(res.html, res.theme_dirs, **_pdf_options(b.config, res))
    res.warnings.extend(f"PDF: refused to fetch {u}" for u in refused)
    write_atomic(out, pdf)


def _pdf_options(cfg: Config, res: BuildResult) -> dict:
    """The config's PDF options, with the summaries used as one YAML attachment when asked."""
    import datetime as dt

    opts: dict = {"options": cfg.pdf, "stamp": dt.datetime(cfg.date.year, cfg.date.month, cfg.date.day,
                                                           tzinfo=dt.UTC)}
    if cfg.pdf.get("attach_summaries"):
        opts["attachments"] = [("summaries.yaml", dump({"summaries": res.summaries}).encode("utf-8"))]
    return opts


def _render_docx(b: Briefing, out: Path, cache: Path, res: BuildResult) -> None:
    from reportgen.render.docx import render_docx

    write_atomic(out, render_docx(b, cache, layout=res.theme.get("docx", "yitu")))


RENDERERS = {"pdf": _render_pdf, "docx": _render_docx}


def harfbuzz_subset_missing() -> bool:
    """WeasyPrint subsets fonts fast with libharfbuzz-subset; without it fontTools takes seconds."""
    return ctypes.util.find_library("harfbuzz-subset") is None


def _collect_with_progress(cfg: Config, cache: Path):
    """Parse or load the sources, with a progress bar on a terminal when there are many."""
    if len(cfg.source_files) <= 3 or not sys.stderr.isatty():
        return collect(cfg.source_files, cache)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("reading sources", total=len(cfg.source_files))
        return collect(cfg.source_files, cache, progress=lambda: bar.advance(task))


def build(cfg: Config, echo=print, force: bool = False) -> BuildResult:
    """Collect the summaries, add English, assemble, and render every configured output."""
    _theme_digest.cache_clear()  # theme files may have changed since the last build in this process
    res = BuildResult()
    out_dir = cfg.output_dir
    cache = out_dir / ".cache"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{out_dir}: cannot create the output folder: {exc.strerror}") from None
    got = _collect_with_progress(cfg, cache)
    res.errors.extend(got.errors)
    if not got.summaries:
        raise UserError(f"{cfg.path}: none of the {len(cfg.source_files)} source file(s) could be used")
    echo(f"sources: {len(got.summaries)} summaries ({got.parsed} parsed, {got.cached} from cache, "
         f"{len(got.summaries) - got.parsed - got.cached} given as YAML)")
    chosen, notes = select(list(zip(got.summaries, got.paths, strict=True)), cfg)
    for note in notes:
        echo(note)
    if not chosen:
        raise UserError(f"{cfg.path}: no source is published inside {cfg.window_label}")
    terms = load_terms(cfg.glossary, cfg.place_names)
    translator = make_translator(cfg.translator)
    used = out_dir / "summaries"
    for s in chosen:
        name = Path(s["source"]["path"]).stem
        enrich_summary(s, terms, old=s, translator=translator)  # config glossary and place names; edits kept
        res.warnings.extend(f"{s['source']['path']}: {w}" for w in s.get("warnings") or [])
        if s.get("en_missing"):
            res.warnings.append(missing_warning(s["source"]["path"], s["en_missing"]))
        write_atomic(used / f"{name}.yaml", dump(s))
    cfg = dataclasses.replace(cfg, issue=issue_number(cfg))
    res.summaries = chosen
    b = assemble(cfg, chosen)
    res.briefing = b
    res.warnings.extend(b.warnings)
    res.theme_dirs = theme_dirs(cfg.theme, cfg.path.resolve().parent)
    res.theme = theme_settings(res.theme_dirs)
    b.fonts, font_notes = resolve_fonts(res.theme, cfg.fonts)
    for note in font_notes:
        echo(note)
    if "pdf" in cfg.outputs and harfbuzz_subset_missing():
        res.warnings.append("libharfbuzz-subset0 is not installed: font subsetting falls back to fontTools and "
                            "takes seconds (apt-get install libharfbuzz-subset0)")
    from reportgen.render.html import render_html

    res.html = render_html(b, res.theme_dirs, cache)
    record = _OutputRecord(cache / "outputs.json")
    for fmt in cfg.outputs:
        target = out_dir / f"{cfg.stem}.{fmt}"
        key = _output_key(fmt, res, cfg)
        if not force and record.matches(fmt, key, target):
            res.unchanged.append(target)
            echo(f"kept {target} (inputs unchanged; --force renders it again)")
            continue
        t = time.perf_counter()
        RENDERERS[fmt](b, target, cache, res)
        record.set(fmt, key, target)
        res.written.append(target)
        echo(f"wrote {target} ({time.perf_counter() - t:.2f} s)")
    if cfg.numbered_copies:
        _numbered_copies(cfg, b, res, record, force, echo)
    if cfg.mobile:
        _mobile(cfg, res, record, force, echo)
    record.save()
    rows = [ManifestRow(p.relative_to(out_dir).as_posix(), "", "", sha256_of(p))
            for p in sorted(res.written + res.unchanged) if p.parent == out_dir]
    rows += [ManifestRow(p.relative_to(out_dir).as_posix(), "", "", sha256_of(p)) for p in res.mobile]
    rows += res.copies
    res.manifest = write_manifest(out_dir, rows)
    return res


def _mobile(cfg: Config, res: BuildResult, record: _OutputRecord, force: bool, echo) -> None:
    """The long-page PDF and its phone-screen PNGs, rendered again only when the briefing changed."""
    from reportgen.render.mobile import long_pdf, screen_pngs

    target = cfg.output_dir / f"{cfg.stem}-mobile.pdf"
    png_dir = cfg.output_dir / "mobile"
    key = _output_key("mobile", res, cfg)
    pngs = sorted(png_dir.glob(f"{cfg.stem}-*.png"))
    if force or not record.matches("mobile", key, target) or not pngs:
        t = time.perf_counter()
        pdf = long_pdf(res.html, res.theme_dirs)
        write_atomic(target, pdf)
        for old in pngs:
            old.unlink()
        pngs = []
        for i, png in enumerate(screen_pngs(pdf), 1):
            pngs.append(png_dir / f"{cfg.stem}-{i:02d}.png")
            write_atomic(pngs[-1], png)
        record.set("mobile", key, target)
        echo(f"wrote {target} and {len(pngs)} PNG(s) in {png_dir} ({time.perf_counter() - t:.2f} s)")
    res.mobile = [target, *pngs]


def _numbered_copies(cfg: Config, b: Briefing, res: BuildResult, record: _OutputRecord, force: bool, echo) -> None:
    """One PDF per recipient, marked with its copy number and name."""
    from reportgen.render.html import render_html, render_pdf

    for i, recipient in enumerate(cfg.distribution, 1):
        number = copy_number(i)
        target = copy_path(cfg.output_dir, cfg.stem, number)
        html = render_html(b, res.theme_dirs, cfg.output_dir / ".cache", copy={"number": number, "recipient": recipient})
        key = _output_key(f"copy-{number}", res, cfg, html)
        if force or not record.matches(f"copy-{number}", key, target):
            pdf, _ = render_pdf(html, res.theme_dirs, **_pdf_options(cfg, res))
            write_atomic(target, pdf)
            record.set(f"copy-{number}", key, target)
            echo(f"wrote {target} (copy {number}: {recipient})")
        res.copies.append(ManifestRow(target.relative_to(cfg.output_dir).as_posix(), recipient, number,
                                      sha256_of(target)))


def _output_key(fmt: str, res: BuildResult, cfg: Config, html: str | None = None) -> str:
    """What an output depends on: the renderer, the HTML (all content shown), the theme files, the config."""
    from reportgen import __version__

    h = hashlib.sha256(f"{__version__}\0{fmt}\0{sorted(cfg.raw.items())!r}\0{_theme_digest(tuple(res.theme_dirs))}"
                       .encode())
    h.update((html if html is not None else res.html).encode())
    return h.hexdigest()


@functools.lru_cache(maxsize=4)
def _theme_digest(dirs: tuple[Path, ...]) -> str:
    """One hash of every file in the theme folders, read once per build."""
    h = hashlib.sha256()
    for d in dirs:
        for f in sorted(d.rglob("*")):
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


class _OutputRecord:
    """Which inputs produced each output, so an unchanged output is not rendered again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            self.data = {}

    def matches(self, fmt: str, key: str, target: Path) -> bool:
        entry = self.data.get(fmt) or {}
        if entry.get("key") != key or not target.is_file():
            return False
        return hashlib.sha256(target.read_bytes()).hexdigest() == entry.get("sha256")

    def set(self, fmt: str, key: str, target: Path) -> None:
        self.data[fmt] = {"key": key, "sha256": hashlib.sha256(target.read_bytes()).hexdigest()}

    def save(self) -> None:
        write_atomic(self.path, json.dumps(self.data, indent=1))


def main(config: Path, strict: bool, quiet: bool, force: bool = False) -> int:
    start = time.perf_counter()
    import logging

    logging.getLogger("jieba").setLevel(logging.ERROR)
    cfg = load_config(config)
    res = build(cfg, echo=(lambda *a: None) if quiet else print, force=force)
    for w in res.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for e in res.errors:
        print(f"error: {e}", file=sys.stderr)
    b = res.briefing
    done = [p.name for p in res.written] + [f"{p.name} (unchanged)" for p in res.unchanged]
    if res.copies:
        done.append(f"{len(res.copies)} numbered copies")
    if res.mobile:
        done.append(f"mobile edition ({len(res.mobile) - 1} PNGs)")
    print(f"built {', '.join(done)} from {len(b.items)} items in {len(b.sections)} sections "
          f"({len(b.figures)} figures) in {time.perf_counter() - start:.1f} s"
          + (f"; {len(res.errors)} source(s) failed" if res.errors else ""))
    if res.errors:
        return 2
    return 1 if strict and res.warnings else 0


def check(config: Path) -> int:
    cfg = load_config(config)
    print(f"{config}: OK ({len(cfg.source_files)} source file(s), outputs {', '.join(cfg.outputs)}, "
          f"{len(cfg.sections) if cfg.sections else 'automatic'} section(s))")
    if shutil.which("fc-list") is None:
        print("warning: fontconfig is missing; CJK fonts may not be found", file=sys.stderr)
    return 0
