"""The briefing as an editable Word document, in the layout the theme declares (`docx:` in its
theme.yaml): `yitu` (cards and charts) or `jianbao` (a 简报 document)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportgen.assemble import Briefing
from reportgen.render.docx_jianbao import render_jianbao
from reportgen.render.docx_yitu import render_yitu

LAYOUTS: dict[str, Callable[[Briefing, Path | None], bytes]] = {"yitu": render_yitu, "jianbao": render_jianbao}


def render_docx(briefing: Briefing, cache_dir: Path | None = None, layout: str = "yitu") -> bytes:
    """The DOCX bytes in the named layout."""
    return LAYOUTS[layout](briefing, cache_dir)
