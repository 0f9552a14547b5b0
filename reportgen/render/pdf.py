"""The briefing as PDF (WeasyPrint): the reading copy, and one numbered copy per recipient."""

from __future__ import annotations

import datetime as dt
import io

from reportgen.render.html import layout, render_html
from reportgen.render.job import Artifact, RenderJob


def render_pdf(job: RenderJob, html: str) -> bytes:
    """PDF bytes of the HTML: fonts embedded and subset by WeasyPrint; the config's archival
    variant, tagging and attachments; every URL refused and every WeasyPrint warning reported."""
    from weasyprint import Attachment

    cfg = job.briefing.config
    stamp = dt.datetime(cfg.date.year, cfg.date.month, cfg.date.day, tzinfo=dt.UTC)
    doc, fetcher = layout(html, job.theme.dirs)
    job.warnings.extend(f"PDF: refused to fetch {u}" for u in fetcher.refused)
    job.warnings.extend(f"PDF: {m}" for m in fetcher.logged if not m.startswith("Failed to load"))
    extra: dict = {}
    if cfg.pdf.variant != "none":
        extra["pdf_variant"] = cfg.pdf.variant
    if cfg.pdf.tagged:
        extra["pdf_tags"] = True
    if job.attachments:
        extra["attachments"] = [Attachment(file_obj=io.BytesIO(data), name=name, description=name, created=stamp,
                                           modified=stamp, relationship="Source")
                                for name, data in job.attachments]
    return doc.write_pdf(pdf_identifier=b"reportgen", custom_metadata=True, **extra)


def render_sources(job: RenderJob) -> list[Artifact]:
    """`<stem>-sources.pdf`: the figure-by-figure evidence the reading copy's numbers lead to."""
    cfg = job.briefing.config
    doc, fetcher = layout(job.sources_html, job.theme.dirs)
    job.warnings.extend(f"sources PDF: refused to fetch {u}" for u in fetcher.refused)
    return [Artifact(f"{cfg.stem}-sources.pdf", doc.write_pdf(pdf_identifier=b"reportgen-sources", custom_metadata=True))]


def copy_number(index: int) -> str:
    """The 6-digit copy number (份号) of the index-th recipient, counting from 1."""
    return f"{index:06d}"


def render_copies(job: RenderJob) -> list[Artifact]:
    """One PDF per recipient in `distribution`, marked with its copy number and the recipient."""
    cfg = job.briefing.config
    out = []
    for i, recipient in enumerate(cfg.distribution, 1):
        number = copy_number(i)
        html = render_html(job.briefing, job.theme.dirs, job.cache_dir, copy={"number": number, "recipient": recipient})
        out.append(Artifact(f"copies/{cfg.stem}-{number}.pdf", render_pdf(job, html), recipient, number))
    return out
