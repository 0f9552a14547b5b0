"""The outputs a build can write, each a renderer with one signature: `render(job) -> [Artifact]`.

A renderer gets the assembled briefing, the theme, the HTML the PDF is made from and the cache
folder; it returns the files it made (name relative to the output folder, bytes) and its
warnings. The build writes them, records what they were made from, and lists them in the
manifest. The config's `outputs` takes its choices from `OUTPUTS`; mobile, numbered copies and
the sources file are switched on by their own keys.
"""

from __future__ import annotations

from collections.abc import Callable

from reportgen.render.formats import OUTPUTS
from reportgen.render.job import Artifact, RenderJob

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


def _sources(job: RenderJob) -> list[Artifact]:
    from reportgen.render.pdf import render_sources

    return render_sources(job)


def _copies(job: RenderJob) -> list[Artifact]:
    from reportgen.render.pdf import render_copies

    return render_copies(job)


RENDERERS: dict[str, Renderer] = {"pdf": _pdf, "docx": _docx, "mobile": _mobile, "copies": _copies,
                                   "sources": _sources}
assert set(OUTPUTS) <= set(RENDERERS)


def wanted(cfg, theme=None) -> list[str]:
    """The renderers a config asks for, in the order they are run; with the theme, the sources
    file when the theme declares one (`sources:` in its theme.yaml)."""
    names = [o for o in cfg.outputs if o in OUTPUTS]
    if names and (theme is None or theme.sources):  # the evidence the figure numbers lead to
        names.append("sources")
    if cfg.numbered_copies:
        names.append("copies")
    if cfg.mobile:
        names.append("mobile")
    return names
