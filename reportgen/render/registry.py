"""The outputs a build can write, each a renderer with one signature: `render(job) -> [Artifact]`.

A renderer gets the assembled briefing, the theme, the HTML the PDF is made from and the cache
folder; it returns the files it made (name relative to the output folder, bytes) and its
warnings. The build writes them, records what they were made from, and lists them in the
manifest. The config's `outputs` takes its choices from `OUTPUTS`; mobile, numbered copies and
the sources file are switched on by their own keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportgen.assemble import Briefing
    from reportgen.render.themes import Theme

OUTPUTS = ("pdf", "docx")


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


Renderer = Callable[[RenderJob], list[Artifact]]


def _pdf(job: RenderJob) -> list[Artifact]:
    from reportgen.render.pdf import render_pdf

    return [Artifact(f"{job.briefing.config.stem}.pdf", render_pdf(job, job.html))]


def _docx(job: RenderJob) -> list[Artifact]:
    from reportgen.render.docx import render_docx

    return [Artifact(f"{job.briefing.config.stem}.docx",
                     render_docx(job.briefing, job.cache_dir, layout=job.theme.docx_layout))]


def _mobile(job: RenderJob) -> list[Artifact]:
    from reportgen.render.mobile import render_mobile

    return render_mobile(job)


def _copies(job: RenderJob) -> list[Artifact]:
    from reportgen.render.pdf import render_copies

    return render_copies(job)


RENDERERS: dict[str, Renderer] = {"pdf": _pdf, "docx": _docx, "mobile": _mobile, "copies": _copies}


def wanted(cfg) -> list[str]:
    """The renderers a config asks for, in the order they are run."""
    names = [o for o in cfg.outputs if o in OUTPUTS]
    if cfg.numbered_copies:
        names.append("copies")
    if cfg.mobile:
        names.append("mobile")
    return names
