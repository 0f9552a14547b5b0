"""The output formats a config can name in `outputs` (the renderer registry, render/registry.py,
has one renderer for each; mobile, numbered copies and sources are switched on by their own keys)."""

OUTPUTS = ("pdf", "docx")
