"""Rewrite the key table in docs/config.md from the option declarations in
reportgen/config/model.py (tests/test_build.py fails when the two differ).

Run after changing a config key:  .venv/bin/python scripts/config_docs.py
"""

from pathlib import Path

from reportgen.config.docs import with_table

doc = Path(__file__).resolve().parent.parent / "docs" / "config.md"
doc.write_text(with_table(doc.read_text("utf-8")), "utf-8")
print(f"updated {doc}")
