"""The briefing config, key by key: each option declared once, with its type, default, choices
and help text (docs/config.md's table is written from these declarations)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from reportgen.config.options import Context, option

LANGS = ("zh", "en")
PDF_VARIANTS = ("none", "pdf/a-3b", "pdf/a-2b", "pdf/a-3u", "pdf/a-2u", "pdf/ua-1")


def _outputs() -> tuple[str, ...]:
    from reportgen.render.formats import OUTPUTS

    return OUTPUTS


def _translators() -> tuple[str, ...]:
    from reportgen.english.translate import TRANSLATORS

    return tuple(TRANSLATORS)


def _paths(values: list[str], ctx: Context) -> list[Path]:
    return [ctx.base / v for v in values]


def _path(value: str | None, ctx: Context) -> Path | None:
    return ctx.base / value if value else None


def _dates(values: dict[str, dt.date], ctx: Context) -> dict[str, dt.date]:
    """Publication-date globs, made absolute (relative to the config's folder)."""
    return {str(ctx.base / pattern): d for pattern, d in values.items()}


def default_date() -> dt.date:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


@dataclass(frozen=True)
class Bilingual:
    """A text in Chinese and English; plain text is the Chinese."""

    zh: str = option("", help="The Chinese text.")
    en: str = option("", help="The English text.")

    type_name = "bilingual"
    leaf = True  # documented as one value, `{zh: …, en: …}`
    expected = "expected `{zh: text, en: text}`"

    @staticmethod
    def from_shorthand(data: Any) -> Bilingual | None:
        return Bilingual(zh=data) if isinstance(data, str) else None

    def __bool__(self) -> bool:
        return bool(self.zh or self.en)


@dataclass(frozen=True)
class Section:
    """A numbered section of the briefing and which items it holds."""

    heading: Bilingual = option(help="Section heading, `{zh: …, en: …}`.")
    topics: list[str] | None = option(None, help="Items whose topic (执行, 审判, 检察, 公安, 司法行政, 普法, 其他) is listed.")
    regions: list[str] | None = option(None, help="Items that name one of these places (e.g. 西藏自治区, 青海).")
    items: list[str] | None = option(None, help="Explicit item ids in the order given (e.g. 000-01).")

    type_name = "section"

    def problems(self) -> list[tuple[str, str]]:
        given = [k for k in ("topics", "regions", "items") if getattr(self, k) is not None]
        return [] if len(given) == 1 else [("", "needs exactly one of topics, regions, items")]


@dataclass(frozen=True)
class OwnFigure:
    """A figure the compiler adds (from the office's own statistics), with where it comes from."""

    label: str = option(help="What is counted (受理执行案件).")
    value: str = option(help="The number as it should print (1200, 34.07).")
    unit: str = option("", help="Its unit as it should print (件, 亿元, %).")
    label_en: str = option("", help="The label in English.")
    source: str = option(help="Where the number comes from (本院审管办统计, 2026年1月): printed with the figure.")

    type_name = "figure"


@dataclass(frozen=True)
class Addition:
    """A paragraph, or figures, of the compiler's own, placed in a section."""

    section: str = option("", help="The Chinese heading of the section it goes in; empty: after the foreword.")
    title: Bilingual = option(Bilingual(), help="Its title, `{zh: …, en: …}`.")
    text: Bilingual = option(Bilingual(), help="Its text, short Markdown (paragraphs, **bold**, lists).")
    figures: list[OwnFigure] = option([], help="Figures of the office's own, each with its source.")

    type_name = "addition"


@dataclass(frozen=True)
class Hero:
    """The hero figure on the cover."""

    stat: str = option("auto", help="`auto`, or the id of a statistic (e.g. 000-01.s01) to show as the hero figure.")
    caption: Bilingual | None = option(None, help="Optional caption under the hero figure; default: the statistic's label.")


@dataclass(frozen=True)
class Languages:
    """Which languages are shown, and how."""

    show: list[str] = option(["zh", "en"], choices=LANGS, help="Languages to show: `[zh]`, `[en]` or `[zh, en]`.")
    layout: Literal["side_by_side", "sequential"] = option(
        "side_by_side", help="With both languages: `side_by_side` (English under each Chinese line) or "
        "`sequential` (the whole Chinese briefing, then the English one; in a 简报 the English is a part of its "
        "own after the Chinese body, before the annex and the 版记).")

    def problems(self) -> list[tuple[str, str]]:
        return [] if self.show else [("show", "expected zh, en or both, got []")]


@dataclass(frozen=True)
class PdfOptions:
    """PDF options: archival variant, tagging, attachments."""

    variant: str = option("none", choices=PDF_VARIANTS, help=(
        "`none`, or a PDF/A or PDF/UA variant WeasyPrint writes (`pdf/a-3b` is archival and allows attachments). "
        "WeasyPrint calls this support experimental; see docs/archival.md for what is checked."))
    tagged: bool = option(False, help="Write a tagged PDF (structure tree for screen readers and reflow).")
    attach_summaries: bool = option(False, help="Embed the summaries used (one YAML file) in the PDF as an attachment.")


@dataclass(frozen=True)
class Fonts:
    """Font families by role, first installed one wins; a role not given takes the theme's default."""

    title: list[str] = option([], help="Font families for the title (简报: 方正小标宋-style), first installed one wins.")
    heading: list[str] = option([], help="Font families for headings (简报: 黑体-style for 一、).")
    kai: list[str] = option([], help="Font families for second-level headings (简报: 楷体-style for （一）).")
    body: list[str] = option([], help="Font families for body text (简报: 仿宋-style).")
    figures: list[str] = option([], help="Font families for the big numbers.")

    def by_role(self) -> dict[str, list[str]]:
        """The roles given, as a mapping."""
        return {k: v for k, v in vars(self).items() if v}


@dataclass(frozen=True)
class Closing:
    """The 简报 closing block (版记)."""

    report: list[str] = option([], help="报：units the bulletin is reported to (superiors).")
    send: list[str] = option([], help="送：units it is sent to (peers).")
    issue: list[str] = option([], help="发：units it is issued to (subordinates); default: `distribution`.")


@dataclass(frozen=True)
class DateRange:
    """A publication window given by its first and last day."""

    start: dt.date = option(key="from", help="First day (YYYY-MM-DD), included.")
    end: dt.date = option(key="to", help="Last day (YYYY-MM-DD), included.")

    expected = "expected `{from: YYYY-MM-DD, to: YYYY-MM-DD}`"

    def problems(self) -> list[tuple[str, str]]:
        return [("", "`to` is before `from`")] if self.end < self.start else []


@dataclass(frozen=True)
class Config:
    """A validated briefing config. Paths in it are absolute (relative ones are taken from the
    config's folder), except `output_dir`, which is relative to the current folder."""

    title: Bilingual = option(help="Briefing title, `{zh: …, en: …}`.")
    bulletin: Bilingual = option(None, help="The bulletin's name in the 简报 masthead (e.g. 政法信息简报); default: "
                                 "the title.")
    issuer: Bilingual = option(Bilingual(), help="Issuing unit, `{zh: …, en: …}`; PDF author and DOCX author.")
    period: str = option("", help="The period the briefing covers, as text (e.g. `2025`).")
    issue: int | Literal["auto"] = option(1, help=(
        "Issue number (第N期), or `auto`: the next number of the `series` in the year, recorded in `issues.yaml` "
        "beside the config so that rebuilding the same week gives the same number and the next week the next one."))
    series: str = option("", help="Name of the briefing series that `issue: auto` counts in (default: the config's "
                         "file name).")
    week: str = option("", help=(
        "An ISO week (`2026-W03`): only items published Monday to Sunday of that week are used. Publication dates "
        "come from each summary's `published` (front matter or file name) or from `dates`."))
    date_range: DateRange | None = option(None, help="Instead of `week`: `{from: YYYY-MM-DD, to: YYYY-MM-DD}` (both "
                                          "included).")
    dates: dict[str, dt.date] = option({}, resolve=_dates, help=(
        "Publication dates for sources that carry none: `{glob: YYYY-MM-DD}`, globs relative to the config's folder."))
    date: dt.date = option(None, resolve=lambda v, ctx: v or default_date(), yaml_type=dt.date | None, help=(
        "Date printed on the briefing and stamped in the PDF and DOCX (YYYY-MM-DD); default: `SOURCE_DATE_EPOCH` "
        "when set, else today."))
    sources: list[str] = option(help=(
        "Globs of article files (.txt/.md) and/or YAML summaries, relative to the config's folder. Articles are "
        "parsed and cached by content hash; a summary with `reviewed: true` is used as edited."))
    exclude: list[str] = option([], help=(
        "Globs of files the `sources` match but the briefing leaves out (relative to the config's folder); a "
        "`sources` entry starting with `!` does the same (`!../articles/*草稿*`). `reportgen check` lists what "
        "is included."))
    sections: list[Section] | None = option(None, help=(
        "Numbered sections in order; each has `heading` and exactly one of `topics`, `regions`, `items`. Default: "
        "one section per topic found."))
    foreword: Bilingual | None = option(None, help=(
        "An editor's note printed before the first section, `{zh: …, en: …}` in short Markdown (paragraphs, "
        "**bold**, lists)."))
    additions: list[Addition] = option([], help=(
        "Paragraphs or figures of the compiler's own, each placed in a section (`section: 执行工作`), printed as "
        "an item marked 编者 / Editor; own figures need a `source`."))
    cards_per_item: int = option(6, help="Figure cards shown per item (the rest are listed in the sources).")
    hero: Hero = option(Hero(), help="The hero figure on the cover.")
    languages: Languages = option(Languages(), help="Languages and their layout.")
    outputs: list[str] = option(["pdf", "docx"], choices=_outputs, help="Formats to write.")
    pdf: PdfOptions = option(PdfOptions(), help="PDF options: archival variant, tagging, attachments.")
    theme: str = option("yitu", help=(
        "Built-in theme name (`yitu`, `jianbao`) or a folder with templates that are searched first; a template "
        "there can `{% extends \"builtin/briefing.html\" %}` and replace a block."))
    fonts: Fonts = option(Fonts(), help=(
        "Font families by role, with fallbacks; a role not given takes the theme's default (`theme.yaml` of the "
        "theme). The build says which font each role fell back to."))
    logo: Path | None = option(None, resolve=lambda v, ctx: ctx.base / v if v else None, yaml_type=str | None, help=(
        "An image (PNG, JPEG or SVG, relative to the config's folder) printed in the masthead of the PDF and the "
        "DOCX: the office's logo or seal."))
    classification: str = option("", help="Classification marking printed top left (e.g. 内部资料 注意保存).")
    distribution: list[str] = option([], help="Recipients, printed in the closing block (分送 / 发).")
    closing: Closing = option(Closing(), help="The 简报 closing block (版记): `report` (报), `send` (送), `issue` (发).")
    charts: bool = option(True, help=(
        "Draw charts where figures compare like with like (one measure across places or periods, or the "
        "parts of one total); `false` draws none."))
    mobile: bool = option(False, help=(
        "Also write the mobile edition: `<stem>-mobile.pdf`, the briefing as one long narrow page (the poster), "
        "and `mobile/<stem>-NN.png`, phone screens laid out screen by screen (a screen ends between two blocks; "
        "the last one holds the sources)."))
    numbered_copies: bool = option(False, help=(
        "Also write one PDF per recipient in `distribution`, marked with its 6-digit copy number (份号) and the "
        "recipient, to `copies/`, with a manifest (CSV and YAML: file, recipient, copy number, SHA-256)."))
    copies: int = option(0, help="Copies printed (共印N份) in the 简报 closing block; default: the number of recipients.")
    glossary: list[Path] = option([], resolve=_paths, yaml_type=list[str], help=(
        "Project glossary files (YAML, `- {zh: …, en: …}`) that add to or override the built-in terminology."))
    place_names: dict[str, str] = option({}, help=(
        "Preferred English for names whose usage varies, e.g. `{西藏: Tibet}` (default Xizang)."))
    translator: str = option("glossary", choices=_translators, help=(
        "English for what the glossary cannot cover: `glossary` (none: such text is flagged as missing) or `argos` "
        "(a locally installed argostranslate zh→en package; its output is marked `machine`)."))
    output_dir: str = option("", help=(
        "Where outputs go, relative to the project (the folder above `config/`, or the config's folder when it is "
        "not called `config`), like `sources`; default `out/<config stem>`. A weekly series (`week` or "
        "`date_range`) writes each issue in its own folder inside it (`out/weekly/2026-W03/`), so earlier issues "
        "are kept."))
    review_dir: str = option("reviewed", help=(
        "Folder beside the config where reviewed summaries (corrections made with `reportgen review` or "
        "`reportgen figures --apply`) and the briefing's choices are kept; a reviewed summary replaces the "
        "parse of its article."))
    require_review: bool = option(False, help=(
        "Refuse to build while a figure the briefing shows is not reviewed (the build lists them); without it, "
        "such a briefing carries a draft mark."))
    outside_sources: bool = option(False, help=(
        "Allow sources outside the project: the repository that holds the config (the nearest folder above it "
        "with `.git`), else the folder above the config's folder. Off: a source outside it (an absolute path, "
        "`..` past it, a link that leads out of it) is refused with an error."))
    signing_key: Path | None = option(None, resolve=_path, yaml_type=str | None, help=(
        "A private Ed25519 key file (PEM, made by `reportgen keygen`), relative to the config's folder: the "
        "manifest is signed with it (`manifest.sig`), and `reportgen verify --key PUBLIC.pem` checks the "
        "signature. Keep the key file out of the output folder and out of version control."))

    # worked out when the file is read, not written in it
    path: Path = field(default=Path("config.yaml"))
    source_files: list[Path] = field(default_factory=list)
    refused_sources: list[str] = field(default_factory=list)  # files the globs matched that may not be read
    skipped_sources: list[Path] = field(default_factory=list)  # files inside the output folder (its own)
    project: Path = field(default=Path("."))
    window: tuple[dt.date, dt.date] | None = None
    window_label: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def base_dir(self) -> Path:
        """The folder outputs are relative to: the one above `config/`, or the config's folder when it is not
        called `config` (sources are relative to the config's folder, and must lie inside `project`)."""
        folder = self.path.resolve().parent
        return folder.parent if folder.name == "config" else folder

    @property
    def out_dir(self) -> Path:
        """The output folder: `output_dir` (relative to the project), else <project>/out/<config stem>."""
        return self.base_dir / (self.output_dir or f"out/{self.stem}")

    @property
    def issue_dir(self) -> Path:
        """Where this issue's files go: its own folder in a weekly series (out/weekly/2026-W03), else out_dir."""
        return self.out_dir / self.window_label.replace("..", "_") if self.window_label else self.out_dir

    @property
    def languages_shown(self) -> list[str]:
        return list(self.languages.show)
