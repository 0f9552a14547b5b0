"""The manifest: every file a build made, with its SHA-256 (and for a numbered copy its
recipient and 份号), so that a recipient or a rebuild can be checked against it; signed with the
issuing office's key when the config names one."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import stat
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from reportgen.errors import UserError
from reportgen.safetext import csv_cell
from reportgen.yamlio import dump, write_atomic

MANIFEST_FILES = ("manifest.csv", "manifest.yaml", "manifest.sig")
NOT_LISTED = ("summaries",)  # top-level folders of working files the manifest does not list


@dataclass(frozen=True)
class ManifestRow:
    file: str
    recipient: str
    copy_number: str
    sha256: str


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _csv(rows: list[ManifestRow]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "recipient", "copy_number", "sha256"])
    for r in rows:
        w.writerow([csv_cell(r.file), csv_cell(r.recipient), csv_cell(r.copy_number), r.sha256])
    return buf.getvalue()


def write_manifest(out_dir: Path, rows: list[ManifestRow], key: Path | None = None) -> list[Path]:
    """manifest.csv and manifest.yaml beside the outputs, and manifest.sig (the signature of
    manifest.yaml) when a private key is given."""
    from reportgen.signing import SIGNATURE, sign

    csv_path, yaml_path, sig_path = out_dir / "manifest.csv", out_dir / "manifest.yaml", out_dir / SIGNATURE
    text = dump({"files": [asdict(r) for r in rows]})
    signature = sign(text.encode("utf-8"), key) if key is not None else None
    write_atomic(csv_path, _csv(rows))
    write_atomic(yaml_path, text)
    if signature is not None:
        write_atomic(sig_path, signature)
        return [csv_path, yaml_path, sig_path]
    sig_path.unlink(missing_ok=True)  # a signature of an earlier manifest would not hold
    return [csv_path, yaml_path]


@dataclass
class Verified:
    """What `verify` found: files that differ, are missing or are not listed, and the signature."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # the manifest itself
    signature: str = "not checked"  # not checked | valid | missing | invalid
    files: int = 0

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.unlisted or self.problems) and \
            self.signature in ("valid", "not checked")


def _rows(out_dir: Path) -> list[ManifestRow]:
    """The manifest's rows; UserError when it is not a manifest reportgen writes."""
    from reportgen.yamlio import load_file

    path = out_dir / "manifest.yaml"
    data = load_file(path)
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        raise UserError(f"{path}: is not a manifest (expected `files:` with a list of files)")
    rows = []
    for i, row in enumerate(files, 1):
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("file", "sha256")):
            raise UserError(f"{path}: entry {i} is not a file with `file` and `sha256`")
        rows.append(ManifestRow(row["file"], str(row.get("recipient") or ""), str(row.get("copy_number") or ""),
                                row["sha256"]))
    return rows


def _inside(name: str) -> bool:
    """A manifest name that stays inside the folder: relative, no `..`, no backslash, normal form."""
    p = PurePosixPath(name)
    return bool(name) and not p.is_absolute() and ".." not in p.parts and "\\" not in name \
        and p.as_posix() == name and "\0" not in name


def _present(out_dir: Path) -> tuple[set[str], list[str]]:
    """Every file in the folder that a manifest should list (its own files, hidden files and the
    working folders left aside), and the entries that are not regular files."""
    found: set[str] = set()
    odd: list[str] = []
    for top, dirs, names in os.walk(out_dir, followlinks=False):
        rel = Path(top).relative_to(out_dir)
        kept = []
        for d in dirs:
            if d.startswith(".") or (rel == Path(".") and d in NOT_LISTED):
                continue
            if (Path(top) / d).is_symlink():
                odd.append((rel / d).as_posix())
            else:
                kept.append(d)
        dirs[:] = kept
        for n in names:
            if n.startswith(".") or (rel == Path(".") and n in MANIFEST_FILES):
                continue
            name = (rel / n).as_posix()
            if stat.S_ISREG(os.lstat(Path(top) / n).st_mode):
                found.add(name)
            else:
                odd.append(name)
    return found, odd


def verify_manifest(out_dir: Path, public_key: Path | None = None) -> Verified:
    """Check a folder against its manifest: every file listed is there with its SHA-256, no file is
    there that is not listed, no name points outside the folder, manifest.csv says the same as
    manifest.yaml, and (with the issuing office's public key) the signature holds."""
    from reportgen.signing import SIGNATURE, signature_holds

    res = Verified()
    rows = _rows(out_dir)
    res.files = len(rows)
    if not rows:
        res.problems.append("manifest.yaml lists no files: there is nothing it vouches for")
    present, odd = _present(out_dir)
    res.unlisted.extend(odd)
    listed: set[str] = set()
    for r in rows:
        if not _inside(r.file) or r.file in MANIFEST_FILES:
            res.problems.append(f"manifest.yaml lists {r.file!r}, which is not a file inside the folder")
            continue
        if r.file in listed:
            res.problems.append(f"manifest.yaml lists {r.file!r} twice")
        listed.add(r.file)
        if r.file not in present:
            if r.file not in odd:
                res.missing.append(r.file)
        elif sha256_of(out_dir / r.file) != r.sha256:
            res.changed.append(r.file)
    res.unlisted.extend(sorted(present - listed))
    csv_path = out_dir / "manifest.csv"
    try:
        if csv_path.is_symlink() or csv_path.read_text("utf-8") != _csv(rows):
            res.problems.append("manifest.csv does not say what manifest.yaml says")
    except (OSError, UnicodeDecodeError):
        res.problems.append("manifest.csv is missing or unreadable")
    if public_key is not None:
        sig = out_dir / SIGNATURE
        if not sig.is_file() or sig.is_symlink():
            res.signature = "missing"
        else:
            holds = signature_holds((out_dir / "manifest.yaml").read_bytes(), sig.read_text("ascii", "replace"),
                                    public_key)
            res.signature = "valid" if holds else "invalid"
    return res
