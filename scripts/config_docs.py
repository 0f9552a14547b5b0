"""Rewrite the key table in docs/config.md from reportgen/config.py's FIELDS.

Run after changing a config key:  .venv/bin/python scripts/config_docs.py
"""

import re
from pathlib import Path

from reportgen.config import reference_table

doc = Path(__file__).resolve().parent.parent / "docs" / "config.md"
text = doc.read_text("utf-8")
new = re.sub(r"\| key \| type \| default \| meaning \|\n(?:\|.*\|\n)+", lambda m: reference_table(), text, count=1)
doc.write_text(new, "utf-8")
print(f"updated {doc}")
