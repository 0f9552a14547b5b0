"""Stage 1, read: find article files and decode them to text, keeping the original characters.

Readers are registered by file extension; every reader yields a `Source` whose `text` is the
decoded file content with its original line breaks, which is what statistic spans point into.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reportgen.errors import InputError

MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One decoded input file."""

    path: Path
    text: str
    sha256: str
    encoding: str


_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16/32 with BOM, or GB18030.

    Returns (text, encoding name). Raises InputError for binary or undecodable data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + "-bom"
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {enc} byte-order mark but is not valid {enc} "
                                       f"(byte {exc.start + len(bom)})",
                                 "re-save the file as UTF-8") from None
    if b"\x00" in data[:65536]:
        raise InputError(path, "looks binary (contains NUL bytes)",
                         "only plain-text .txt/.md articles can be parsed")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_err:
        first_bad = utf8_err.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _looks_like_mojibake(text):
        return text, "gb18030"
    mixed = _decode_by_line(data)
    if mixed is not None:
        return mixed, "mixed-utf-8-gb18030"
    if text is None:
        raise InputError(path, f"is neither UTF-8 (invalid byte at offset {first_bad}) nor GB18030/GBK",
                         "re-save the file as UTF-8")
    raise InputError(path, f"is not valid UTF-8 (invalid byte at offset {first_bad}) and does not "
                           "read as Chinese in GB18030 either", "re-save the file as UTF-8")


def _decode_by_line(data: bytes) -> str | None:
    """Text pasted together from UTF-8 and GB18030 sources: each line in whichever fits, or None."""
    out = []
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            piece = line.decode("gb18030")
        except UnicodeDecodeError:
            return None
        if _looks_like_mojibake(piece):
            return None
        out.append(piece)
    return "".join(out)


def _looks_like_mojibake(text: str) -> bool:
    """True when a GB18030 decoding is mostly rare characters (a sign of a wrong guess)."""
    sample = text[:20000]
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    rare = sum(1 for c in sample if "\u3400" <= c <= "\u4dbf" or "\ue000" <= c <= "\uf8ff" or c > "\uffff")
    return han + rare > 0 and rare > 0.2 * (han + rare)


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\x7f")
    return bad / len(sample)


def read_text_file(path: Path) -> Source:
    """Read one file, raising InputError with a clear reason when it cannot be used."""
    from reportgen.files import read_limited

    data = read_limited(path, MAX_BYTES, "source article")
    text, encoding = decode(data, path)
    if _control_ratio(text) > 0.05:
        raise InputError(path, "looks binary (many control characters)",
                         "only plain-text .txt/.md articles can be parsed")
    if not text.strip():
        raise InputError(path, "is empty" if not data else "contains only blank lines",
                         "nothing to parse")
    return Source(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)


# Readers keyed by extension: a new input format is a new entry, not another `if`.
READERS: dict[str, Callable[[Path], Source]] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".markdown": read_text_file,
}


def read_source(path: Path) -> Source:
    """Read a file with the reader registered for its extension."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(path, f"has an unsupported extension '{path.suffix}'",
                         f"supported: {', '.join(sorted(READERS))}")
    return reader(path)


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders (recursively) into article files, sorted; collect path errors."""
    found: list[Path] = []
    errors: list[InputError] = []
    for p in paths:
        if p.is_dir():
            matches = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READERS
                             and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not matches:
                errors.append(InputError(p, "folder holds no .txt or .md files"))
            found.extend(matches)
        elif p.exists() or p.is_symlink():
            found.append(p)
        else:
            errors.append(InputError(p, "not found", "check the path"))
    return list(dict.fromkeys(found)), errors


_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>(?:[^\n]*\n){0,40}?)---[ \t]*(?:\r?\n|\Z)")
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """`key: value` lines between `---` lines at the top of a file, and where they end (0: none)."""
    m = _FRONT.match(text)
    if not m:
        return {}, 0
    meta = {}
    for line in m.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and re.fullmatch(r"[\w\- ]+", key.strip()):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return (meta, m.end()) if meta else ({}, 0)


def without_front_matter(text: str, end: int) -> str:
    """The text with its front matter blanked (same length, line ends kept) so offsets still hold."""
    return re.sub(r"[^\r\n]", " ", text[:end]) + text[end:]


def publication_date(meta: dict[str, str], name: str) -> str | None:
    """YYYY-MM-DD from front matter (`date:`/`published:`), else from a date in the file name."""
    for key in ("published", "date"):
        m = _NAME_DATE.search(meta.get(key, ""))
        if m:
            return f"{m[1]}-{m[2]}-{m[3]}"
    m = _NAME_DATE.search(name)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None
