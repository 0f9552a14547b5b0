"""The key table of docs/config.md, written from the option declarations (a test keeps the two
in step: scripts/config_docs.py rewrites it)."""

from __future__ import annotations

from reportgen.config.model import Config
from reportgen.config.options import reference_table as _rows

BEGIN = "<!-- options: written by scripts/config_docs.py from reportgen/config/model.py; do not edit -->"
END = "<!-- end of options -->"


def reference_table() -> str:
    """Every key with its type, default and meaning, as a Markdown table."""
    rows = ["| key | type | default | meaning |", "| --- | --- | --- | --- |", *_rows(Config)]
    return "\n".join(rows) + "\n"


def with_table(doc: str) -> str:
    """docs/config.md's text with the generated table between its markers."""
    a, b = doc.index(BEGIN) + len(BEGIN), doc.index(END)
    return doc[:a] + "\n" + reference_table() + doc[b:]
