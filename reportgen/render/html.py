"""The briefing as HTML (Jinja2, autoescaped) and PDF (WeasyPrint, restricted fetching)."""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import unquote, urlparse

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from reportgen.assemble import Briefing, closing_block, listed
from reportgen.errors import UserError
from reportgen.render.charts import bar_chart
from reportgen.render.chinese import cn_date, cn_ordinal, en_date, zh_punct, zh_punct_html
from reportgen.render.poster import clip, clip_en, icon_urls, split_figure
from reportgen.render.themes import BUILTIN_THEMES, DEFAULT_THEME

_FONT_NAME = re.compile(r"^[\w \-]+$")


class ThemeLoader(jinja2.BaseLoader):
    """Templates from theme folders only: a name may not climb out (`..`), and a file that is a
    link out of its folder, or not a regular file, is refused before it is read."""

    def __init__(self, dirs: list[Path]) -> None:
        self.dirs = dirs

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        from reportgen.render.themes import theme_file

        pieces = split_template_path(template)  # raises TemplateNotFound for `..`
        for d in self.dirs:
            f = d.joinpath(*pieces)
            if f.exists() or f.is_symlink():
                return theme_file(d, "/".join(pieces)).decode("utf-8"), str(f), lambda: True
        raise jinja2.TemplateNotFound(template)


class ThemeSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's sandbox (no Python internals, no changing the briefing's lists and mappings), and
    no file paths: a template lays out what it is given and cannot read, write or run anything."""

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, PurePath) and attr not in ("name", "stem", "suffix"):
            return False
        return super().is_safe_attribute(obj, attr, value)


def environment(dirs: list[Path]) -> jinja2.Environment:
    """User folders first, built-in last; `builtin/…` always names the built-in template."""
    loader = jinja2.ChoiceLoader([
        jinja2.PrefixLoader({"builtin": ThemeLoader([  # the built-in theme extended, then the shared parts
            dirs[-1] if dirs[-1].is_relative_to(BUILTIN_THEMES) else BUILTIN_THEMES / DEFAULT_THEME,
            BUILTIN_THEMES / DEFAULT_THEME])}),
        ThemeLoader(dirs),
    ])
    env = ThemeSandbox(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)
    env.globals["bi"] = bilingual
    env.filters["cn_ordinal"] = cn_ordinal
    env.filters["zh_punct"] = zh_punct
    env.filters["listed"] = listed
    env.filters["zh_punct_html"] = zh_punct_html
    env.filters["clip"] = clip
    env.filters["clip_en"] = clip_en
    env.filters["split_figure"] = split_figure
    return env


def bilingual(langs: list[str], zh: str | None, en: str | None, tag: str = "span", cls: str = "") -> Markup:
    """Chinese and/or English text, escaped; English that could not be built is left out (the build
    lists it), never filled in or marked with a placeholder."""
    if tag not in ("span", "div", "p"):
        raise ValueError(tag)
    out = []
    c = f" {escape(cls)}" if cls else ""
    if "zh" in langs and zh:
        out.append(f"<{tag} class=\"zh{c}\">{escape(zh)}</{tag}>")
    if "en" in langs and en:
        out.append(f"<{tag} class=\"en{c}\">{escape(en)}</{tag}>")
    return Markup("".join(out))


def font_stack(names: list[str]) -> str:
    """A CSS font-family list from config names (letters, digits, spaces only)."""
    safe = [n for n in names if _FONT_NAME.match(n)]
    return ", ".join(f'"{n}"' for n in safe) + ", sans-serif"


class SafeFetcher:
    """Fetch only `data:` URLs and files inside the allowed folders; refuse and record the rest."""

    def __init__(self, allowed: list[Path]) -> None:
        self.allowed = [p.resolve() for p in allowed]
        self.refused: list[str] = []
        self.logged: list[str] = []  # WeasyPrint's warnings while laying out
        self._fail_on_errors = False
        from weasyprint.urls import URLFetcher

        self._inner = URLFetcher(allowed_protocols={"file", "data"})

    def __call__(self, url: str, *args, **kwargs):
        return self.fetch(url)

    def fetch(self, url: str, headers=None):
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return self._inner.fetch(url)
        if parsed.scheme == "file":
            path = Path(unquote(parsed.path)).resolve()
            if any(path.is_relative_to(a) for a in self.allowed) and path.is_file():
                return self._inner.fetch(url)
        self.refused.append(url)
        raise ValueError(f"reportgen does not fetch {url!r} (only the theme and asset folders)")


def render_html(briefing: Briefing, dirs: list[Path], cache_dir: Path | None, copy: dict | None = None) -> str:
    cfg = briefing.config
    env = environment(dirs)
    langs = briefing.languages
    charts = {}
    for item in briefing.items:
        for i, chart in enumerate(item.charts):
            svg = bar_chart(chart, "svg", briefing.fonts["figures"], langs, cache_dir)
            charts[(item.id, i)] = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    if briefing.layout == "sequential":
        passes = [(["zh"], ""), (["en"], "-en")]
    else:
        passes = [(langs, "")]
    with _theme_errors(dirs):
        return _render(env, briefing, cfg, langs, passes, charts, _doc_title(cfg, langs), copy, dirs)


def _doc_title(cfg, langs: list[str]) -> str:
    """The document's title in the briefing's languages: '2025年… / … at a Glance'."""
    return " / ".join(x for x in (cfg.title.zh if "zh" in langs else "", cfg.title.en if "en" in langs else "") if x)


def _issuer_text(cfg) -> str:
    return " / ".join(x for x in (cfg.issuer.zh, cfg.issuer.en) if x)


def _render(env: jinja2.Environment, briefing: Briefing, cfg, langs, passes, charts, title, copy,
            dirs: list[Path]) -> str:
    return env.get_template("briefing.html").render(
        briefing=briefing, cfg=cfg, langs=langs, passes=passes, charts=charts, doc_title=title,
        issuer_text=_issuer_text(cfg),
        subject=f"{cfg.period} {len(briefing.items)} items, {len(briefing.figures)} figures".strip(),
        keywords=", ".join(dict.fromkeys(h for s in briefing.sections for h in (s.heading.zh, s.heading.en) if h)),
        date_iso=cfg.date.isoformat(), date_zh=cn_date(cfg.date), date_en=en_date(cfg.date),
        bulletin=cfg.bulletin, copies=cfg.copies, copy=copy,
        closing=closing_block(cfg),
        fonts={k: Markup(font_stack(v)) for k, v in briefing.fonts.items()},
        stylesheet=_stylesheet(dirs), logo=_data_url(cfg.logo), markup=Markup, icons=icon_urls(dirs))


def render_sources_html(briefing: Briefing, dirs: list[Path], name: str = "sources.html") -> str:
    """The briefing's evidence (the theme's template `name`, else the built-in one): every article
    used and every figure printed, by its number, with its sentence."""
    cfg = briefing.config
    langs = briefing.languages
    env = environment(dirs)
    title = _doc_title(cfg, langs)
    with _theme_errors(dirs):
        return env.select_template([name, f"builtin/{name}"]).render(
            briefing=briefing, cfg=cfg, langs=langs, doc_title=f"{title} · 数据出处" if "zh" in langs else title,
            issuer_text=_issuer_text(cfg),
            subject=f"{len(briefing.figures)} figures and their sentences", date_iso=cfg.date.isoformat(),
            date_zh=cn_date(cfg.date), date_en=en_date(cfg.date),
            fonts={k: Markup(font_stack(v)) for k, v in briefing.fonts.items()})


_MIME = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml"}


def _data_url(path: Path | None) -> str:
    """An image embedded in the page (nothing is fetched while rendering); '' when there is none."""
    if path is None or not path.is_file():
        return ""
    return f"data:{_MIME.get(path.suffix.lower(), 'application/octet-stream')};base64," + \
        base64.b64encode(path.read_bytes()).decode()


def _stylesheet(dirs: list[Path]) -> str:
    """The first style.css of the theme's search order: a project theme without one gets the built-in
    theme's; relative to the first folder (the page's base) when it is there."""
    found = next((d / "style.css" for d in dirs if (d / "style.css").is_file()), dirs[-1] / "style.css")
    return "style.css" if found.parent == dirs[0] else found.as_uri()


@contextlib.contextmanager
def _theme_errors(dirs: list[Path]) -> Iterator[None]:
    """A template that fails (syntax, a missing include, the sandbox refusing an attribute, an error
    in its expressions) is reported as the theme's error, with its file and line."""
    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        raise UserError(f"{exc.filename or exc.name}: line {exc.lineno}: template error: {exc.message} "
                        f"(correct the theme)") from None
    except jinja2.TemplateError as exc:
        raise UserError(f"{_where(exc, dirs) or dirs[0]}: template error: {exc} (a theme may only lay out what it is "
                        f"given; correct the theme)") from None
    except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
        where = _where(exc, dirs[:-1] if len(dirs) > 1 else [])  # a project theme's own expression
        if not where:
            raise
        raise UserError(f"{where}: template error: {type(exc).__name__}: {exc} (correct the theme)") from None


def _where(exc: BaseException, dirs: list[Path]) -> str:
    """`file: line N` of the innermost template frame in the theme folders, or ''."""
    roots = [str(d) for d in dirs]
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if any(frame.filename.startswith(r) for r in roots):
            return f"{frame.filename}: line {frame.lineno}"
    return ""


def layout(html: str, dirs: list[Path], stylesheets: list | None = None):
    """The laid-out WeasyPrint document and the fetcher (which records the URLs it refused)."""
    from weasyprint import HTML

    fetcher = SafeFetcher(dirs)
    with _captured_warnings() as logged:
        doc = HTML(string=html, base_url=str(dirs[0]) + "/", url_fetcher=fetcher).render(stylesheets=stylesheets)
    fetcher.logged.extend(logged)
    return doc, fetcher


class _Captured(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(level=logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


@contextlib.contextmanager
def _captured_warnings() -> Iterator[list[str]]:
    """WeasyPrint's warnings during a render, as messages (reported by the build, not printed raw)."""
    logger = logging.getLogger("weasyprint")
    got: list[str] = []
    handler = _Captured(got)
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield got
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
