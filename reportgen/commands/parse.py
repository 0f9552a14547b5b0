"""`reportgen parse PATH... -o DIR`: write one YAML summary per article file."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from hashlib import sha1
from pathlib import Path

from reportgen.english.enrich import missing_warning
from reportgen.errors import InputError, UserError
from reportgen.pipeline import add_english
from reportgen.read import discover
from reportgen.reviewed import reviewed_state
from reportgen.safetext import printable
from reportgen.yamlio import dump, load_file, write_atomic


@dataclass
class ParseResult:
    """What a parse run did, for the closing line and the exit status."""

    written: list[Path] = field(default_factory=list)
    skipped_reviewed: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    items: int = 0
    stats: int = 0


def output_names(files: list[Path]) -> dict[Path, str]:
    """`<stem>.yaml`, with a short path hash added when two inputs share a stem."""
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    names = {}
    for stem, group in by_stem.items():
        for f in group:
            names[f] = f"{stem}.yaml" if len(group) == 1 else \
                f"{stem}-{sha1(str(f.resolve()).encode()).hexdigest()[:6]}.yaml"
    return names


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


@dataclass
class _Done:
    """What a worker reports back about one file (it wrote the summary itself)."""

    path: Path
    target: Path | None = None
    error: str | None = None
    items: int = 0
    stats: int = 0
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""


WRITTEN = ".reportgen-written.json"


class _Written:
    """The SHA-256 of each summary as reportgen wrote it: a summary whose bytes still match was not
    edited by a person, so it need not be read back (reviewed mark, English edits) before a parse."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / WRITTEN
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        self.digests: dict[str, str] = data if isinstance(data, dict) else {}

    def untouched(self, target: Path) -> bool:
        """The file is missing, or is exactly what reportgen wrote there last."""
        if not target.exists():
            return True
        known = self.digests.get(target.name)
        if known is None:
            return False
        try:
            return hashlib.sha256(target.read_bytes()).hexdigest() == known
        except OSError:
            return False

    def save(self, done: list[_Done]) -> None:
        for d in done:
            if d.target is not None and d.sha256:
                self.digests[d.target.name] = d.sha256
        try:
            write_atomic(self.path, json.dumps(self.digests, indent=0, ensure_ascii=False))
        except OSError:
            pass  # only a shortcut is lost: the next parse reads the summaries back


def _work(task: tuple[Path, Path, bool]) -> _Done:
    """Parse one file, keep the English a person wrote in the summary it replaces, and write it
    atomically; never raises for bad input."""
    from reportgen.pipeline import parse_file

    path, target, untouched = task
    try:
        data = parse_file(path, _display(path))
    except InputError as exc:
        return _Done(path, error=str(exc))
    except RecursionError:
        return _Done(path, error=f"{path}: text is nested too deeply to parse")
    except MemoryError:
        return _Done(path, error=f"{path}: too large to parse in the available memory")
    old = None if untouched else _previous(target)  # what reportgen wrote holds no edits of a person
    if old is not None:
        add_english(data, old=old)
    text = dump(data)
    try:
        write_atomic(target, text)
    except OSError as exc:
        return _Done(path, error=f"{target}: cannot be written: {exc.strerror}")
    warnings = [f"{_display(path)}: {w}" for w in data["warnings"]]
    if data.get("en_missing"):
        warnings.append(missing_warning(_display(path), data["en_missing"]))
    return _Done(path, target, None, len(data["articles"]), sum(len(a["stats"]) for a in data["articles"]), warnings,
                 hashlib.sha256(text.encode("utf-8")).hexdigest())


def is_reviewed(path: Path) -> bool:
    """True if an existing summary was marked reviewed by a person (`reviewed: true`, `yes`, `'true'` …)."""
    return path.exists() and reviewed_state(path)[0]


def run_parse(paths: list[Path], out_dir: Path, jobs: int = 1, progress: bool | None = None,
              echo=print) -> ParseResult:
    """Parse files and folders into `out_dir`; bad files are reported, the rest still written."""
    result = ParseResult()
    files, errors = discover(paths)
    result.errors.extend(str(e) for e in errors)
    names = output_names(files)
    written = _Written(out_dir)
    todo = []
    untouched: dict[Path, bool] = {}
    for f in files:
        target = out_dir / names[f]
        untouched[f] = written.untouched(target)
        reviewed, problem = (False, None) if untouched[f] else reviewed_state(target)
        if problem is not None:  # a person's file that cannot be read: never replaced
            result.errors.append(f"{problem}; left as it is, not parsed again (correct it, or delete it to parse "
                                 f"{_display(f)} again)")
        elif reviewed:
            result.skipped_reviewed.append(target)
            echo(f"skipped {target}: marked reviewed: true (edit or delete it to parse again)")
        else:
            todo.append(f)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{out_dir}: cannot create the output folder: {exc.strerror}") from None
    show = progress if progress is not None else (len(todo) > 3 and sys.stderr.isatty())
    order = {f: i for i, f in enumerate(todo)}
    done = sorted(_iterate([(f, out_dir / names[f], untouched[f]) for f in todo], jobs, show),
                  key=lambda d: order[d.path])
    written.save(done)
    for d in done:
        if d.error:
            result.errors.append(d.error)
            continue
        assert d.target is not None
        result.written.append(d.target)
        result.items += d.items
        result.stats += d.stats
        result.warnings.extend(d.warnings)
    return result


def _previous(target: Path) -> dict | None:
    if not target.exists():
        return None
    try:
        data = load_file(target)
    except UserError:
        return None
    return data if isinstance(data, dict) else None


def _iterate(tasks: list[tuple[Path, Path, bool]], jobs: int, show: bool):
    from reportgen.collect import warm_up
    from reportgen.parallel import run

    it = run(_work, tasks, jobs, warm=warm_up, size=lambda t: t[0].stat().st_size if t[0].exists() else 0)
    if not show:
        yield from it
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("parsing", total=len(tasks))
        for r in it:
            bar.advance(task)
            yield r


def report(result: ParseResult, elapsed: float, echo=print, err=print) -> None:
    for w in result.warnings:
        err(f"warning: {w}")
    for e in result.errors:
        err(f"error: {e}")
    echo(f"parsed {len(result.written)} file(s) into {result.items} items with {result.stats} statistics "
         f"in {elapsed:.1f} s" + (f"; {len(result.errors)} file(s) failed" if result.errors else "")
         + (f"; {len(result.skipped_reviewed)} reviewed file(s) kept" if result.skipped_reviewed else ""))


def main(paths: list[Path], out_dir: Path, jobs: int, strict: bool, quiet: bool) -> int:
    """Run the command; returns the exit status."""
    start = time.perf_counter()
    result = run_parse(paths, out_dir, jobs=jobs, echo=(lambda *a: None) if quiet else lambda m: print(printable(m)))
    if not quiet:
        for path in result.written:
            print(printable(f"wrote {path}"))
    report(result, time.perf_counter() - start, echo=lambda m: print(printable(m)),
           err=lambda m: print(printable(m), file=sys.stderr))
    if result.errors:
        return 2
    if strict and result.warnings:
        return 1
    return 0
