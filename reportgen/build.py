"""`build()`: a config in, the briefing's files out. Each step is one function below, in order:

1. the theme and the terminology the config names;
2. the inputs' fingerprint: when nothing changed since the last build, its files are kept;
3. read: articles parsed (or taken from the cache) and YAML summaries loaded, English made once;
4. this issue's items (its week) and its number;
5. the summaries used, kept in `summaries/` for reading and correcting;
6. assemble: sections, figure cards, the hero figure, charts;
7. render every output the config asks for (in parallel where there are cores to spare);
8. the manifest of every file made, with its SHA-256 (signed when the config names a key).

One build at a time writes an output folder (a lock in its .cache); a full or read-only disk is an
error line, not a traceback.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import dataclasses
import hashlib
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportgen import __version__
from reportgen.collect import (
    Collected,
    English,
    code_digest,
    collect,
    display_path,
    read_source_bytes,
)
from reportgen.config import Config
from reportgen.errors import UserError
from reportgen.lock import locked
from reportgen.outputs import Folder, Made, Record, sha256_file
from reportgen.parallel import WarmPool, workers
from reportgen.render.job import Artifact, RenderJob
from reportgen.render.registry import RENDERERS, wanted
from reportgen.render.themes import Theme, load_theme
from reportgen.review.store import ReviewStore, store_for
from reportgen.summary import Summary

if TYPE_CHECKING:
    from reportgen.assemble import Review

Echo = Callable[[str], None]


@dataclass
class BuildResult:
    """What a build did: for the closing line, the exit status and tests."""

    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    items: int = 0
    sections: int = 0
    figures: int = 0
    issue: int | None = None
    reviewed: int = 0  # figures shown that a person reviewed
    copies: list[Made] = field(default_factory=list)
    mobile: list[Path] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)
    briefing: Any = None  # the assembled Briefing (None when the outputs were kept as they were)
    html: str = ""
    unchanged: bool = False  # nothing changed since the last build: every file was kept


def build(cfg: Config, echo: Echo = print, force: bool = False, jobs: int = 1, strict: bool = False) -> BuildResult:
    """Build the briefing `cfg` describes into its output folder, one build at a time per folder;
    `strict` makes text the fonts cannot show an error."""
    folder = Folder(cfg.issue_dir, cfg.out_dir / ".cache")
    folder.create()
    try:
        with locked(folder.cache / "build.lock", lambda: echo(f"waiting for another build writing {folder.path}")):
            return _build(cfg, folder, echo, force, jobs, strict)
    except OSError as exc:  # a full disk, a read-only folder: what the system said, not a traceback
        raise UserError(f"{exc.filename or folder.path}: {exc.strerror or exc} (check the free space and the "
                        f"permissions of the output folder)") from None


def _build(cfg: Config, folder: Folder, echo: Echo, force: bool, jobs: int, strict: bool) -> BuildResult:
    record = Record(folder.path)
    theme, english = _theme_and_terms(cfg)                                  # 1
    store = store_for(cfg)
    inputs = _fingerprint(cfg, theme, english, store)                       # 2
    if not force and (last := record.build(inputs)) is not None:
        kept = _kept(folder, last, echo)
        boxes = [w for w in kept.warnings if w.startswith("fonts: ") and "empty boxes" in w]
        if strict and boxes:
            raise UserError("\nerror: ".join(boxes))
        return kept
    res = BuildResult()
    with _renderers(cfg, jobs) as pool:  # started now: they load their libraries while the briefing is made
        got, review = _read(cfg, folder, english, store, jobs, res, echo)   # 3
        chosen, cfg = _this_issue(cfg, got, echo)                           # 4
        _keep_summaries(chosen, folder, res)                                # 5
        briefing = _assemble(cfg, chosen, theme, review, res, echo)         # 6
        _render(cfg, briefing, theme, folder, record, force, strict, pool, res, echo)  # 7
    _manifest(cfg, folder, record, res)                                     # 8
    record.set_build(inputs, items=res.items, sections=res.sections, figures=res.figures, issue=res.issue,
                     reviewed=res.reviewed, warnings=res.warnings, errors=res.errors, date=cfg.date.isoformat(),
                     window=cfg.window_label)
    record.save()
    return res


@dataclass
class Prepared:
    """The briefing assembled from its sources, as the build makes it, without writing anything
    (the review page works on this)."""

    cfg: Config
    theme: Theme
    english: English
    store: ReviewStore
    summaries: list[Summary]
    articles: list[Path]  # the article (or YAML summary) each summary stands for
    review: Review
    briefing: Any
    result: BuildResult


def prepare(cfg: Config, echo: Echo = print, jobs: int = 1) -> Prepared:
    """Steps 1, 3, 4 and 6 of a build: the briefing as it would print, nothing written but the cache."""
    folder = Folder(cfg.issue_dir, cfg.out_dir / ".cache")
    folder.create()
    theme, english = _theme_and_terms(cfg)
    store = store_for(cfg)
    res = BuildResult()
    got, review = _read(cfg, folder, english, store, jobs, res, echo)
    chosen, cfg = _this_issue(cfg, got, echo, record=False)
    articles = [got.articles.get(id(s), p) for s, p in zip(got.summaries, got.paths, strict=True)]
    kept = {id(s) for s in chosen}
    briefing = _assemble(dataclasses.replace(cfg, require_review=False), chosen, theme, review, res, echo)
    return Prepared(cfg, theme, english, store, chosen, [a for s, a in zip(got.summaries, articles, strict=True)
                                                          if id(s) in kept], review, briefing, res)


# 1 ------------------------------------------------------------------------------------------------

def _theme_and_terms(cfg: Config) -> tuple[Theme, English]:
    theme = load_theme(cfg.theme, cfg.path.resolve().parent, cfg.project)
    english = English(tuple(cfg.glossary), tuple(sorted(cfg.place_names.items())), cfg.translator)
    return theme, english


# 2 ------------------------------------------------------------------------------------------------

def _fingerprint(cfg: Config, theme: Theme, english: English, store: ReviewStore) -> str:
    """Everything the outputs depend on: reportgen's code, the config, the theme, the terminology,
    the installed fonts, every source file's name and bytes, and the reviewed summaries."""
    from reportgen.render.themes import installed_families

    h = hashlib.sha256("\0".join((__version__, code_digest(), repr(sorted(cfg.raw.items())), cfg.date.isoformat(),
                                  theme.digest, english.digest, repr(sorted(installed_families())))).encode())
    registry = cfg.path.resolve().parent / "issues.yaml"
    if cfg.issue == "auto" and registry.is_file():
        h.update(registry.read_bytes())
    if cfg.signing_key is not None:
        from reportgen.signing import public_pem

        h.update(b"signed by " + public_pem(cfg.signing_key))
    h.update(repr((cfg.refused_sources, cfg.skipped_sources)).encode())
    reviewed = sorted(store.folder.glob("*.yaml")) if store.folder.is_dir() else []
    for path in [*cfg.source_files, *reviewed]:
        try:
            h.update(display_path(path).encode() + b"\0" + hashlib.sha256(read_source_bytes(path)).digest())
        except UserError:
            h.update(b"unreadable " + str(path).encode())
    return h.hexdigest()


def _kept(folder: Folder, last: dict[str, Any], echo: Echo) -> BuildResult:
    """The result of a build whose inputs are those of the last one: its files, kept."""
    record = Record(folder.path)
    res = BuildResult(unchanged=True, items=last.get("items", 0), sections=last.get("sections", 0),
                      figures=last.get("figures", 0), issue=last.get("issue"), reviewed=last.get("reviewed", 0),
                      warnings=list(last.get("warnings", [])), errors=list(last.get("errors", [])))
    for name, entry in (record.data.get("renderers") or {}).items():
        for m in entry.get("files") or []:
            path = folder.path / m["name"]
            if name == "mobile":
                res.mobile.append(path)
            elif name == "copies":
                res.copies.append(Made(**m))
            else:
                res.kept.append(path)
    for path in res.kept:
        echo(f"kept {path} (inputs unchanged; --force renders it again)")
    return res


# 3 ------------------------------------------------------------------------------------------------

def _read(cfg: Config, folder: Folder, english: English, store: ReviewStore, jobs: int, res: BuildResult,
          echo: Echo) -> tuple[Collected, Review]:
    """Parse or load every source (a reviewed summary in place of its article), with a progress bar
    on a terminal when there are many."""
    from reportgen.assemble import Review

    res.errors.extend(cfg.refused_sources)
    if cfg.skipped_sources:
        echo(f"sources: {len(cfg.skipped_sources)} file(s) inside the output folder {folder.path} are its own and "
             f"are not read (copy a summary you corrected out of it and list it under sources)")
    files, replaced = store.substitute(cfg.source_files)
    review = Review(hero=store.briefing()[0].get("hero"))
    if len(files) <= 3 or not sys.stderr.isatty():
        got = collect(files, folder.cache, english, jobs)
    else:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("reading sources", total=len(files))
            got = collect(files, folder.cache, english, jobs, progress=lambda: bar.advance(task))
    res.errors.extend(got.errors)
    res.warnings.extend(got.warnings)
    if not got.summaries:
        raise UserError(f"{cfg.path}: none of the {len(files)} source file(s) could be used"
                        + "".join(f"\n  {e}" for e in res.errors[:20]))
    echo(f"sources: {len(got.summaries)} summaries ({got.parsed} parsed, {got.cached} from cache, "
         f"{got.given} given as YAML)" + (f", {len(replaced)} of them reviewed" if replaced else ""))
    by_reviewed = {r.reviewed.resolve(): r for r in replaced}
    for s, path in zip(got.summaries, got.paths, strict=True):
        r = by_reviewed.get(path.resolve())
        if r is None:
            continue
        s["source"]["path"] = article = display_path(r.article)  # the article is the source, not its review
        got.articles[id(s)] = r.article
        if r.stale:
            review.stale.add(article)
            res.warnings.append(f"{article}: changed since it was reviewed ({display_path(r.reviewed)}); its figures "
                                f"count as not reviewed until it is reviewed again (reportgen review)")
    return got, review


# 4 ------------------------------------------------------------------------------------------------

def _this_issue(cfg: Config, got: Collected, echo: Echo, record: bool = True) -> tuple[list[Summary], Config]:
    """The summaries published in the issue's window, and the config with the issue's number."""
    from reportgen.series import issue_number, select

    chosen, notes = select(list(zip(got.summaries, got.paths, strict=True)), cfg)
    for note in notes:
        echo(note)
    if not chosen:
        raise UserError(f"{cfg.path}: no source is published inside {cfg.window_label}")
    return chosen, dataclasses.replace(cfg, issue=issue_number(cfg, record))


# 5 ------------------------------------------------------------------------------------------------

def _keep_summaries(chosen: list[Summary], folder: Folder, res: BuildResult) -> None:
    """Each summary used in `summaries/` (written only when it changed), and its warnings."""
    from reportgen.english.enrich import missing_warning
    from reportgen.reviewed import reviewed_state
    from reportgen.yamlio import dump

    for s in chosen:
        path = s["source"]["path"]
        res.warnings.extend(f"{path}: {w}" for w in s.get("warnings") or [])
        if s.get("en_missing"):
            res.warnings.append(missing_warning(path, s["en_missing"]))
        name, text = f"summaries/{Path(path).stem}.yaml", dump(s)
        target = folder.path / name
        if target.exists() and target.read_bytes() != text.encode("utf-8"):
            reviewed, problem = reviewed_state(target)
            if reviewed or problem:  # a person's work there is never replaced
                res.warnings.append(f"{target}: {problem or 'marked reviewed'}: left as it is, so it is not the "
                                    f"summary this build used (move it out of the output folder and list it "
                                    f"under sources to use it)")
                continue
        folder.write_if_changed(name, text)
    res.summaries = chosen


# 6 ------------------------------------------------------------------------------------------------

def _assemble(cfg: Config, chosen: list[Summary], theme: Theme, review: Review, res: BuildResult, echo: Echo):
    from reportgen.assemble import assemble
    from reportgen.render.themes import resolve_fonts

    briefing = assemble(cfg, chosen, review)
    unreviewed = [f for f in briefing.figures if not f.reviewed]
    if cfg.require_review and unreviewed:
        listed = "; ".join(f"{f.id} {f.labelled}" for f in unreviewed[:20]) + \
            (f"; … {len(unreviewed) - 20} more" if len(unreviewed) > 20 else "")
        raise UserError(f"{cfg.path}: require_review is set and {len(unreviewed)} of {len(briefing.figures)} figures "
                        f"shown are not reviewed (reportgen review {cfg.path}): {listed}")
    briefing.draft = bool(unreviewed)
    res.reviewed = len(briefing.figures) - len(unreviewed)
    res.warnings.extend(briefing.warnings)
    if briefing.left_out:
        echo(f"not placed: {len(briefing.left_out)} item(s) read but not shown in a section: "
             + ", ".join(f"{v.id} ({_why_left_out(v)})" for v in briefing.left_out))
    briefing.fonts, notes = resolve_fonts(theme.settings, cfg.fonts.by_role())
    for note in notes:
        echo(note)
    res.briefing, res.issue = briefing, int(cfg.issue)
    res.items, res.sections, res.figures = len(briefing.items), len(briefing.sections), len(briefing.figures)
    return briefing


def _why_left_out(item) -> str:
    if item.kind == "fragment":
        return "fragment of another story"
    if item.kind == "photo_caption" and not item.summary:
        return "photo with a caption only"
    return "in no section"


# 7 ------------------------------------------------------------------------------------------------

def harfbuzz_subset_missing() -> bool:
    """WeasyPrint subsets fonts fast with libharfbuzz-subset; without it fontTools takes seconds."""
    return ctypes.util.find_library("harfbuzz-subset") is None


@contextlib.contextmanager
def _renderers(cfg: Config, jobs: int) -> Iterator[WarmPool | None]:
    """Processes that will render the outputs, started at once so that they import WeasyPrint and
    python-docx while this process reads and assembles; None when one job is asked for."""
    n = workers(jobs, len(wanted(cfg)))
    if n < 2 or not WarmPool.available():
        yield None
        return
    pool = WarmPool(n, _warm_renderers)
    try:
        yield pool
    except BaseException:
        pool.terminate()
        raise
    pool.close()


def _warm_renderers() -> None:
    import docx  # noqa: F401
    import weasyprint  # noqa: F401


def _render(cfg: Config, briefing, theme: Theme, folder: Folder, record: Record, force: bool, strict: bool,
            pool: WarmPool | None, res: BuildResult, echo: Echo) -> None:
    """Every output the config asks for; an output whose inputs did not change is kept."""
    from reportgen.render.themes import glyph_problems
    from reportgen.yamlio import dump

    if force:  # drawn again, whatever the cache holds
        for chart in folder.cache.glob("chart-*"):
            chart.unlink(missing_ok=True)
    job = RenderJob(briefing, theme, folder.cache)
    if cfg.pdf.attach_summaries:
        job.attachments = [("summaries.yaml", dump({"summaries": _shown(res.summaries, briefing)}).encode("utf-8"))]
    res.html = job.html
    if "pdf" in cfg.outputs or cfg.mobile:
        problems = glyph_problems(briefing.fonts, job.html)
        if problems and strict:
            raise UserError("\nerror: ".join(problems))  # one `error:` line per role
        for p in problems:
            echo(f"WARNING: {p}")
        res.warnings.extend(problems)
    if ("pdf" in cfg.outputs or cfg.mobile) and harfbuzz_subset_missing():
        res.warnings.append("libharfbuzz-subset0 is not installed: font subsetting falls back to fontTools and "
                            "takes seconds (apt-get install libharfbuzz-subset0)")
    names = wanted(cfg, theme)
    record.drop_others(names)
    todo: list[tuple[str, str]] = []
    for name in names:
        key = _output_key(name, cfg, theme, job.sources_html if name == "sources" else job.html)
        made = None if force else record.files(name, key)
        if made is None:
            todo.append((name, key))
        else:
            _account(name, made, folder, res, kept=True)
            for m in made if name in ("pdf", "docx") else ():
                echo(f"kept {folder.path / m.name} (inputs unchanged; --force renders it again)")
    tasks = [(name, key, job) for name, key in todo]
    results = pool.run(_render_one, tasks) if pool is not None and len(tasks) > 1 else map(_render_one, tasks)
    for name, key, artifacts, warnings, seconds in sorted(results, key=lambda r: names.index(r[0])):
        res.warnings.extend(warnings)
        old = record.files(name, "") or []
        made = []
        for a in artifacts:
            target = folder.write(a.name, a.data)
            made.append(Made(a.name, hashlib.sha256(a.data).hexdigest(), a.recipient, a.copy_number))
            if a.recipient:
                echo(f"wrote {target} (copy {a.copy_number}: {a.recipient})")
        _remove_stale(folder, old, made, record, name)
        record.set(name, key, made)
        _account(name, made, folder, res, kept=False)
        if name == "mobile":
            echo(f"wrote {folder.path / made[0].name} and {len(made) - 1} PNG(s) in {folder.path / 'mobile'} "
                 f"({seconds:.2f} s)")
        elif name != "copies":
            echo(f"wrote {folder.path / made[0].name} ({seconds:.2f} s)")


def _shown(summaries: list[Summary], briefing) -> list[Summary]:
    """The summaries with only the items the briefing shows (what a PDF attachment may carry)."""
    shown = {(v.source, v.id) for v in briefing.items}
    out = []
    for s in summaries:
        items = [a for a in s["articles"] if (s["source"]["path"], a["id"]) in shown]
        if items:
            out.append({**s, "articles": items})
    return out  # type: ignore[return-value]


def _output_key(name: str, cfg: Config, theme: Theme, html: str) -> str:
    """What an output depends on: the renderer, the HTML (all content shown), the theme, the config."""
    h = hashlib.sha256(f"{__version__}\0{code_digest()}\0{name}\0{sorted(cfg.raw.items())!r}\0{cfg.issue}\0"
                       f"{theme.digest}".encode())
    h.update(html.encode())
    return h.hexdigest()


def _render_one(task: tuple[str, str, RenderJob]) -> tuple[str, str, list[Artifact], list[str], float]:
    """Run one renderer (in this process or a worker): its files, its warnings, its time."""
    name, key, job = task
    start, before = time.perf_counter(), len(job.warnings)
    artifacts = RENDERERS[name](job)
    return name, key, artifacts, job.warnings[before:], time.perf_counter() - start


def _remove_stale(folder: Folder, old: list[Made], made: list[Made], record: Record, name: str) -> None:
    """Files an earlier render of this output made that this one did not (fewer mobile screens)."""
    now = {m.name for m in made}
    entry = (record.data.get("renderers") or {}).get(name) or {}
    for m in [Made(**x) for x in entry.get("files") or []] + old:
        if m.name not in now:
            (folder.path / m.name).unlink(missing_ok=True)


def _account(name: str, made: list[Made], folder: Folder, res: BuildResult, kept: bool) -> None:
    paths = [folder.path / m.name for m in made]
    if name == "mobile":
        res.mobile.extend(paths)
    elif name == "copies":
        res.copies.extend(made)
    elif kept:
        res.kept.extend(paths)
    else:
        res.written.extend(paths)


# 8 ------------------------------------------------------------------------------------------------

def _manifest(cfg: Config, folder: Folder, record: Record, res: BuildResult) -> None:
    """manifest.csv and manifest.yaml: every file made, with its SHA-256 (and copy number);
    manifest.sig, its signature, when the config names a signing key."""
    from reportgen.distribute import ManifestRow, write_manifest

    rows = []
    for name, entry in (record.data.get("renderers") or {}).items():
        for m in entry.get("files") or []:
            rows.append((0 if name in ("pdf", "docx") else 1 if name == "mobile" else 2,
                         ManifestRow(m["name"], m.get("recipient", ""), m.get("copy_number", ""),
                                     sha256_file(folder.path / m["name"]))))
    ordered = sorted((r for k, r in rows if k == 0), key=lambda r: r.file) + [r for k, r in rows if k == 1] \
        + [r for k, r in rows if k == 2]
    write_manifest(folder.path, ordered, cfg.signing_key)
