"""Stage 7, render: the assembled briefing as PDF (Jinja2 + WeasyPrint) and DOCX (python-docx).

Renderers are registered by output name; a new format is a new entry in `RENDERERS`."""
