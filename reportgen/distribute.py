"""The manifest: every file a build made, with its SHA-256 (and for a numbered copy its
recipient and 份号), so that a recipient or a rebuild can be checked against it."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import asdict, dataclass
from pathlib import Path

from reportgen.yamlio import dump, write_atomic


@dataclass(frozen=True)
class ManifestRow:
    file: str
    recipient: str
    copy_number: str
    sha256: str


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(out_dir: Path, rows: list[ManifestRow]) -> list[Path]:
    """manifest.csv and manifest.yaml beside the outputs."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "recipient", "copy_number", "sha256"])
    for r in rows:
        w.writerow([r.file, r.recipient, r.copy_number, r.sha256])
    csv_path, yaml_path = out_dir / "manifest.csv", out_dir / "manifest.yaml"
    write_atomic(csv_path, buf.getvalue())
    write_atomic(yaml_path, dump({"files": [asdict(r) for r in rows]}))
    return [csv_path, yaml_path]


def verify_manifest(out_dir: Path) -> list[str]:
    """Files whose bytes no longer match the manifest (missing files included)."""
    from reportgen.yamlio import load_file

    data = load_file(out_dir / "manifest.yaml")
    bad = []
    for row in data.get("files") or []:
        path = out_dir / row["file"]
        if not path.is_file() or sha256_of(path) != row["sha256"]:
            bad.append(row["file"])
    return bad
