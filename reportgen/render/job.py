"""What a renderer is given (`RenderJob`) and what it returns (`Artifact`s)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportgen.assemble import Briefing
    from reportgen.render.themes import Theme


@dataclass
class Artifact:
    """A file a renderer made: its name relative to the output folder, its bytes, and (for a
    numbered copy) the recipient and copy number."""

    name: str
    data: bytes
    recipient: str = ""
    copy_number: str = ""


@dataclass
class RenderJob:
    """What every renderer is given."""

    briefing: Briefing
    theme: Theme
    cache_dir: Path
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def html(self) -> str:
        """The briefing as HTML (what the PDF is laid out from), made once for all renderers."""
        from reportgen.render.html import render_html

        return render_html(self.briefing, self.theme.dirs, self.cache_dir)

    @cached_property
    def sources_html(self) -> str:
        """The evidence (`<stem>-sources.pdf`) as HTML: every figure's number beside its sentence."""
        from reportgen.render.html import render_sources_html

        return render_sources_html(self.briefing, self.theme.dirs, self.theme.sources or "sources.html")
