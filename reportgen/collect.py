"""Gather the summaries a briefing is built from: parse article files and load YAML summaries,
with their English made once, with the build's terminology; both cached by content.

A cache entry is keyed by the file's bytes, a digest of reportgen's code and data, and the
terminology's digest (project glossaries, place names, translator): any change to one of them
makes a new entry, so a summary is never stale. Articles that are not cached yet can be parsed
in parallel (`jobs`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportgen import __version__, summary_check
from reportgen.errors import InputError, UserError
from reportgen.files import read_limited
from reportgen.reviewed import marked_reviewed
from reportgen.safetext import clean_summary
from reportgen.summary import Summary
from reportgen.yamlio import MAX_YAML_BYTES, dump, load_file, load_text, write_atomic


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the reportgen version and of the package's code and data: any change to the
    parser changes it."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"reportgen-{__version__}-schema1".encode())
    for f in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml") and "__pycache__" not in p.parts
                    and "themes" not in p.relative_to(root).parts):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


@dataclass
class Collected:
    """The summaries to build from, and what happened to each source."""

    summaries: list[Summary] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)  # the source file of each summary
    parsed: int = 0
    cached: int = 0
    given: int = 0  # YAML summaries
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    articles: dict[int, Path] = field(default_factory=dict)  # by id(summary): the article a reviewed one replaces


def display_path(path: Path) -> str:
    """The path as a reader would type it: relative to the current folder when inside it."""
    try:
        return os.path.relpath(path.resolve())
    except ValueError:
        return str(path)


def is_summary_file(path: Path) -> bool:
    return path.suffix.lower() in (".yaml", ".yml")


def valid_summary(data: Any) -> bool:
    return isinstance(data, dict) and data.get("schema") == 1 and isinstance(data.get("articles"), list)


@dataclass(frozen=True)
class English:
    """The terminology a build makes English with, and its digest (part of every cache key)."""

    glossaries: tuple[Path, ...] = ()
    place_names: tuple[tuple[str, str], ...] = ()
    translator: str = "glossary"

    @property
    def digest(self) -> str:
        h = hashlib.sha256(repr((self.place_names, self.translator)).encode())
        for g in self.glossaries:
            h.update(b"\0" + g.read_bytes())
        return h.hexdigest()

    def terms(self):
        from reportgen.english.terms import load_terms

        return load_terms(list(self.glossaries), dict(self.place_names))

    def translate(self):
        from reportgen.english.translate import make_translator

        return make_translator(self.translator)


_SEAL = b"# reportgen cache entry sha256:"


class Cache:
    """Summaries by content: `.cache/<digest>.yaml` in the output folder. The key is the file's
    name (item ids and the publication date come from it) and bytes; each entry starts with the
    SHA-256 of the rest, and an entry that is cut short, edited, of the wrong shape or made from
    other bytes is not used (the source is read again and the entry rewritten)."""

    def __init__(self, folder: Path, english: English) -> None:
        self.folder = folder
        self.english = english
        self._salt = (code_digest() + "\0" + english.digest).encode()

    def path(self, data: bytes, name: str = "") -> Path:
        digest = hashlib.sha256(self._salt + b"\0" + name.encode() + b"\0" + data).hexdigest()
        return self.folder / f"{digest[:32]}.yaml"

    def get(self, key: Path, source_sha256: str | None = None) -> Summary | None:
        """The entry, if it is intact: its hash holds, its shape is a summary's and (for an
        article) it was made from bytes with this SHA-256."""
        try:
            raw = key.read_bytes() if key.is_file() and not key.is_symlink() else b""
        except OSError:
            return None
        head, _, body = raw.partition(b"\n")
        if not head.startswith(_SEAL) or head[len(_SEAL):].decode("ascii", "replace") != hashlib.sha256(body).hexdigest():
            return None
        try:
            data = load_text(body.decode("utf-8"), key)
        except (UserError, UnicodeDecodeError):
            return None
        if summary_check.problems(data):
            return None
        if source_sha256 is not None and data["source"]["sha256"] != source_sha256:
            return None
        return data

    def put(self, key: Path, summary: Summary) -> str | None:
        """Store a summary; a warning when it is too large to be read back (it is parsed again next
        time) or cannot be written (the build goes on without it)."""
        body = dump(summary).encode("utf-8")
        if len(body) > MAX_YAML_BYTES:
            return (f"its summary is {len(body) // (1024 * 1024)} MiB, over the "
                    f"{MAX_YAML_BYTES // (1024 * 1024)} MiB a summary may have to be read back, so it is not "
                    f"cached and is parsed again on every build (split the file into articles)")
        try:
            write_atomic(key, _SEAL + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        except OSError as exc:
            return f"its summary could not be cached in {key.parent}: {exc.strerror} (it is parsed again next time)"
        return None


def collect(files: list[Path], cache_dir: Path, english: English = English(), jobs: int = 1,
            progress: Callable[[], None] | None = None) -> Collected:
    """Summaries for every source file, in the order given; bad files are reported, the rest used."""
    cache = Cache(cache_dir, english)
    out = Collected()
    slots: list[Summary | None] = [None] * len(files)
    todo: list[tuple[int, Path, Path]] = []  # (index, file, cache entry) of articles to parse
    terms = None
    for i, path in enumerate(files):
        queued = False
        try:
            raw = read_source_bytes(path)
            key = cache.path(raw, path.name)
            hit = cache.get(key, None if is_summary_file(path) else hashlib.sha256(raw).hexdigest())
            if hit is not None:
                hit["source"]["path"] = display_path(path)
                slots[i] = hit
                out.cached += 1
            elif is_summary_file(path):
                terms = terms or english.terms()
                given = slots[i] = _given(path, terms, english)
                if (warning := cache.put(key, given)) is not None:
                    out.warnings.append(f"{display_path(path)}: {warning}")
                out.given += 1
            else:
                todo.append((i, path, key))
                queued = True
        except UserError as exc:
            out.errors.append(str(exc))
        if progress and not queued:
            progress()
    for i, result in _parse_all(todo, english, jobs, progress):
        if isinstance(result, str):
            out.errors.append(result)
            continue
        summary, warning = result
        slots[i] = summary
        out.parsed += 1
        if warning:
            out.warnings.append(f"{display_path(files[i])}: {warning}")
    owner: dict[str, Path] = {}  # item id → the source that has it
    for path, s in _one_summary_per_article(files, slots, out.warnings):
        ids = [a["id"] for a in s["articles"]]
        taken = [i for i in ids if i in owner]
        if taken:
            out.errors.append(f"{display_path(path)}: item id {taken[0]} is also in {display_path(owner[taken[0]])}"
                              + (f" ({len(taken)} ids in all)" if len(taken) > 1 else "")
                              + "; this source is left out (list only one of the two under sources, or rename "
                                "one file: item ids come from file names)")
            continue
        owner.update((i, path) for i in ids)
        out.warnings.extend(f"{display_path(path)}: {w}" for w in clean_summary(s))  # type: ignore[arg-type]
        out.summaries.append(s)
        out.paths.append(path)
    return out


def _one_summary_per_article(files: list[Path], slots: list[Summary | None],
                             warnings: list[str]) -> list[tuple[Path, Summary]]:
    """An article given twice, as itself and as a YAML summary of it (the same SHA-256), is used
    once: the summary, where the article stood."""
    kept: list[tuple[Path, Summary] | None] = []
    by_sha: dict[str, int] = {}  # an article's SHA-256 → its place in kept
    for path, s in zip(files, slots, strict=True):
        if s is None:
            continue
        sha = (s.get("source") or {}).get("sha256")
        j = by_sha.get(sha) if sha else None
        earlier = kept[j] if j is not None else None
        if j is not None and earlier is not None and is_summary_file(path) != is_summary_file(earlier[0]):
            summary, article = ((path, s), earlier) if is_summary_file(path) else (earlier, (path, s))
            warnings.append(f"{display_path(article[0])}: also given as {display_path(summary[0])}; "
                            f"the summary is used, once")
            kept[j] = summary
            continue
        if sha and j is None:
            by_sha[sha] = len(kept)
        kept.append((path, s))
    return [k for k in kept if k is not None]


def read_source_bytes(path: Path) -> bytes:
    """A source's bytes: a regular file within the size limit of its kind."""
    from reportgen.read import MAX_BYTES

    return read_limited(path, MAX_YAML_BYTES if is_summary_file(path) else MAX_BYTES,
                        "YAML summary" if is_summary_file(path) else "source article")


def _given(path: Path, terms, english: English) -> Summary:
    """A YAML summary given as a source, checked against the summary's shape (every problem with
    its line), with its English made with the build's terms (what a person wrote is kept)."""
    from reportgen.english.enrich import enrich_summary
    from reportgen.summary import missing_keys

    data = load_file(path)
    if isinstance(data, dict):  # the mark a person set, in whatever spelling YAML allows
        data["reviewed"] = marked_reviewed(data.get("reviewed"))
    if summary_check.problems(data):
        problem = summary_check.report(data, path.read_text("utf-8-sig"))
        raise UserError(f"{path}: {problem} (correct the summary; the other sources are used)")
    if problems := missing_keys(data):
        shown = "; ".join(problems[:5]) + (f"; … {len(problems) - 5} more" if len(problems) > 5 else "")
        raise UserError(f"{path}: is not a complete summary: {shown} (compare with a summary `reportgen parse` "
                        f"writes)")
    enrich_summary(data, terms, old=data, translator=english.translate())
    return data


# --- parsing, in this process or in workers forked after the dictionaries are loaded -------------

_WORK: dict[str, Any] = {}


def _parse_one(task: tuple[int, Path, Path]) -> tuple[int, tuple[Summary, str | None] | str]:
    """Parse one article with the loaded terminology, cache it, and return it (or the error)."""
    from reportgen.pipeline import parse_file

    i, path, key = task
    try:
        summary = parse_file(path, display_path(path), _WORK["terms"], _WORK["translator"])
    except InputError as exc:
        return i, str(exc)
    except RecursionError:
        return i, f"{path}: text is nested too deeply to parse"
    except MemoryError:
        return i, f"{path}: too large to parse in the available memory"
    return i, (summary, _WORK["cache"].put(key, summary))


def _parse_all(todo: list[tuple[int, Path, Path]], english: English, jobs: int,
               progress: Callable[[], None] | None):
    if not todo:
        return
    from reportgen.parallel import run

    _WORK.update(terms=english.terms(), translator=english.translate(),
                 cache=Cache(todo[0][2].parent, english))
    try:
        for result in run(_parse_one, todo, jobs, warm=warm_up, size=lambda t: t[1].stat().st_size):
            if progress:
                progress()
            yield result
    finally:
        _WORK.clear()


def warm_up() -> None:
    """Load what every parse needs once (dictionaries, tables), before workers are forked."""
    from reportgen.english.pinyin import syllables
    from reportgen.gazetteer import gazetteer
    from reportgen.pipeline import parse_bytes
    from reportgen.words import cut

    gazetteer()
    cut("人民法院执行工作")
    syllables("拉萨")
    parse_bytes("本报讯 2025年，拉萨市人民法院受理执行案件1000件，同比增长5%。".encode(), "warm-up.txt")
