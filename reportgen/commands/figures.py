"""`reportgen figures CONFIG`: every figure of the briefing as a table, and back."""

from __future__ import annotations

import sys
from pathlib import Path


def main(config: Path, fmt: str, out: Path | None, apply: Path | None) -> int:
    from reportgen.review.figures import apply_table, read_table, rows, write_table
    from reportgen.review.session import Session
    from reportgen.yamlio import write_atomic

    session = Session(config)
    if apply is not None:
        changes = apply_table(session, read_table(apply))
        for c in changes:
            print(f"row {c.row}: {c.figure} {c.field}: {c.old!r} → {c.new!r}")
        print(f"{apply}: {len(changes)} change(s) applied to {session.prepared.store.folder}"
              if changes else f"{apply}: nothing changed")
        return 0
    table = rows(session)
    data = write_table(table, fmt)
    if out is None and fmt == "xlsx":
        out = Path(f"{config.stem}-figures.xlsx")
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(out, data)
        print(f"wrote {out} ({len(table)} figures)", file=sys.stderr)
    return 0
