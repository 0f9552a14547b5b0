"""The briefing config (`config/2025.yaml`): declared once, validated all at once.

Every key is declared in `FIELDS` with its type, default and a one-line help text; the same
table drives validation, `docs/config.md` and a test that fails when a key is undocumented.
Errors name the key and its line, and all of them are reported together.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reportgen.errors import UserError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ConfigError(UserError):
    """One or more problems in a config file; each line names the key and its line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s) in the config:\n{lines}")


@dataclass(frozen=True)
class Field:
    """One config key: its type, default and the help text shown in docs/config.md."""

    type: str  # str, int, bool, date, bilingual, list[str], map, list[section], choice
    default: Any
    help: str
    choices: tuple[str, ...] = ()
    children: dict[str, Field] | None = None


_BI = "bilingual"
SECTION_FIELDS: dict[str, Field] = {
    "heading": Field(_BI, None, "Section heading, `{zh: …, en: …}` (required)."),
    "topics": Field("list[str]", None, "Items whose topic (执行, 审判, 检察, 公安, 司法行政, 普法, 其他) is listed."),
    "regions": Field("list[str]", None, "Items that name one of these places (e.g. 西藏自治区, 青海)."),
    "items": Field("list[str]", None, "Explicit item ids in the order given (e.g. 000-01)."),
}
HERO_FIELDS: dict[str, Field] = {
    "stat": Field("str", "auto", "`auto`, or the id of a statistic (e.g. 000-01.s01) to show as the hero figure."),
    "caption": Field(_BI, None, "Optional caption under the hero figure; default: the statistic's label."),
}
LANG_FIELDS: dict[str, Field] = {
    "show": Field("list[str]", ["zh", "en"], "Languages to show: `[zh]`, `[en]` or `[zh, en]`."),
    "layout": Field("choice", "side_by_side", "With both languages: `side_by_side` (English under each Chinese "
                    "line) or `sequential` (the whole Chinese briefing, then the English one).",
                    choices=("side_by_side", "sequential")),
}
FONT_FIELDS: dict[str, Field] = {
    "title": Field("list[str]", [], "Font families for the title (简报: 方正小标宋-style), first installed one wins."),
    "heading": Field("list[str]", [], "Font families for headings (简报: 黑体-style for 一、)."),
    "kai": Field("list[str]", [], "Font families for second-level headings (简报: 楷体-style for （一）)."),
    "body": Field("list[str]", [], "Font families for body text (简报: 仿宋-style)."),
    "figures": Field("list[str]", [], "Font families for the big numbers."),
}
PDF_FIELDS: dict[str, Field] = {
    "variant": Field("choice", "none", "`none`, or a PDF/A or PDF/UA variant WeasyPrint writes: `pdf/a-3b` (archival, "
                     "allows attachments), `pdf/a-2b`, `pdf/a-3u`, `pdf/ua-1`. WeasyPrint calls this support "
                     "experimental; see docs/archival.md for what is checked.",
                     choices=("none", "pdf/a-3b", "pdf/a-2b", "pdf/a-3u", "pdf/a-2u", "pdf/ua-1")),
    "tagged": Field("bool", False, "Write a tagged PDF (structure tree for screen readers and reflow)."),
    "attach_summaries": Field("bool", False, "Embed the summaries used (one YAML file) in the PDF as an attachment."),
}
CLOSING_FIELDS: dict[str, Field] = {
    "report": Field("list[str]", [], "报：units the bulletin is reported to (superiors)."),
    "send": Field("list[str]", [], "送：units it is sent to (peers)."),
    "issue": Field("list[str]", [], "发：units it is issued to (subordinates); default: `distribution`."),
}
FIELDS: dict[str, Field] = {
    "title": Field(_BI, None, "Briefing title, `{zh: …, en: …}` (required)."),
    "bulletin": Field(_BI, None, "The bulletin's name in the 简报 masthead (e.g. 政法信息简报); default: the title."),
    "issuer": Field(_BI, {"zh": "", "en": ""}, "Issuing unit, `{zh: …, en: …}`; PDF author and DOCX author."),
    "period": Field("str", "", "The period the briefing covers, as text (e.g. `2025`)."),
    "issue": Field("issue", 1, "Issue number (第N期), or `auto`: the next number of the `series` in the year, "
                   "recorded in `issues.yaml` beside the config so that rebuilding the same week gives the "
                   "same number and the next week the next one."),
    "series": Field("str", "", "Name of the briefing series that `issue: auto` counts in (default: the config's "
                    "file name)."),
    "week": Field("str", "", "An ISO week (`2026-W03`): only items published Monday to Sunday of that week are "
                  "used. Publication dates come from each summary's `published` (front matter or file name) or "
                  "from `dates`."),
    "date_range": Field("map", {}, "Instead of `week`: `{from: YYYY-MM-DD, to: YYYY-MM-DD}` (both included).",
                        children=None),
    "dates": Field("map", {}, "Publication dates for sources that carry none: `{glob: YYYY-MM-DD}`, globs "
                   "relative to the config's folder.", children=None),
    "date": Field("date", None, "Date printed on the briefing and stamped in the PDF and DOCX (YYYY-MM-DD); default: "
                 "`SOURCE_DATE_EPOCH` when set, else today."),
    "sources": Field("list[str]", None, "Globs of article files (.txt/.md) and/or YAML summaries, relative to "
                     "the config's folder (required). Articles are parsed and cached by content hash; a "
                     "summary with `reviewed: true` is used as edited."),
    "sections": Field("list[section]", None, "Numbered sections in order; each has `heading` and exactly one of "
                      "`topics`, `regions`, `items`. Default: one section per topic found.",
                      children=SECTION_FIELDS),
    "cards_per_item": Field("int", 6, "Figure cards shown per item (the rest are listed in the sources)."),
    "hero": Field("map", {"stat": "auto"}, "The hero figure on the cover.", children=HERO_FIELDS),
    "languages": Field("map", {"show": ["zh", "en"], "layout": "side_by_side"}, "Languages and their layout.",
                       children=LANG_FIELDS),
    "outputs": Field("list[str]", ["pdf", "docx"], "Formats to write: `pdf`, `docx`."),
    "pdf": Field("map", {"variant": "none", "tagged": False, "attach_summaries": False},
                 "PDF options: archival variant, tagging, attachments.", children=PDF_FIELDS),
    "theme": Field("str", "yitu", "Built-in theme name (`yitu`) or a folder with templates that are searched "
                   "first; a template there can `{% extends \"builtin/briefing.html\" %}` and replace a block."),
    "fonts": Field("map", {}, "Font families by role, with fallbacks; a role not given takes the theme's "
                   "default (`templates/<theme>/theme.yaml`). The build says which font each role fell back to.",
                   children=FONT_FIELDS),
    "classification": Field("str", "", "Classification marking printed top left (e.g. 内部资料 注意保存)."),
    "distribution": Field("list[str]", [], "Recipients, printed in the closing block (分送 / 发)."),
    "closing": Field("map", {}, "The 简报 closing block (版记): `report` (报), `send` (送), `issue` (发).",
                     children=CLOSING_FIELDS),
    "mobile": Field("bool", False, "Also write the mobile edition: `<stem>-mobile.pdf`, the briefing as one long "
                    "narrow page, and `mobile/<stem>-NN.png`, phone-screen images of it."),
    "numbered_copies": Field("bool", False, "Also write one PDF per recipient in `distribution`, marked with its "
                             "6-digit copy number (份号) and the recipient, to `copies/`, with a manifest "
                             "(CSV and YAML: file, recipient, copy number, SHA-256)."),
    "copies": Field("int", 0, "Copies printed (共印N份) in the 简报 closing block; default: the number of recipients."),
    "glossary": Field("list[str]", [], "Project glossary files (YAML, `- {zh: …, en: …}`) that add to or "
                      "override the built-in terminology."),
    "place_names": Field("map", {}, "Preferred English for names whose usage varies, e.g. "
                         "`{西藏: Tibet}` (default Xizang)."),
    "translator": Field("choice", "glossary", "English for what the glossary cannot cover: `glossary` (none: "
                        "such text is flagged as missing) or `argos` (a locally installed argostranslate zh→en "
                        "package; its output is marked `machine`).", choices=("glossary", "argos")),
    "output_dir": Field("str", "", "Where outputs go, relative to the current folder; default `out/<config stem>`."),
}

SUPPORTED_OUTPUTS = ("pdf", "docx")
LANGS = ("zh", "en")


@dataclass
class Section:
    heading: dict[str, str]
    topics: list[str] | None = None
    regions: list[str] | None = None
    items: list[str] | None = None


@dataclass
class Config:
    """A validated briefing config; paths are absolute."""

    path: Path
    title: dict[str, str]
    bulletin: dict[str, str]
    issuer: dict[str, str]
    period: str
    issue: int | str
    series: str
    window: tuple[dt.date, dt.date] | None
    window_label: str
    dates: dict[str, dt.date]
    date: dt.date
    sources: list[str]
    source_files: list[Path]
    sections: list[Section] | None
    cards_per_item: int
    hero: dict[str, Any]
    languages: dict[str, Any]
    outputs: list[str]
    pdf: dict[str, Any]
    theme: str
    fonts: dict[str, list[str]]
    classification: str
    distribution: list[str]
    closing: dict[str, list[str]]
    copies: int
    numbered_copies: bool
    mobile: bool
    glossary: list[Path]
    place_names: dict[str, str]
    translator: str
    output_dir: Path
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.path.stem


def _line(node: yaml.Node | None) -> str:
    return f"line {node.start_mark.line + 1}" if node is not None else "line ?"


class _Checker:
    """Walk the composed YAML nodes beside the Python values, collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def err(self, key: str, node: yaml.Node | None, msg: str) -> None:
        self.problems.append(f"{key} ({_line(node)}): {msg}")

    def mapping(self, node: yaml.Node, fields: dict[str, Field], prefix: str) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            self.err(prefix or "config", node, "expected a mapping of keys to values")
            return {}
        out: dict[str, Any] = {}
        for knode, vnode in node.value:
            key = knode.value if isinstance(knode, yaml.ScalarNode) else str(knode)
            name = f"{prefix}.{key}" if prefix else key
            if key not in fields:
                near = ", ".join(sorted(fields))
                self.err(name, knode, f"unknown key (known keys: {near})")
                continue
            if key in out:
                self.err(name, knode, "given twice")
                continue
            out[key] = self.value(vnode, fields[key], name)
        for key, f in fields.items():
            if key not in out and f.default is None and f.help.endswith("(required)."):
                self.err(f"{prefix}.{key}" if prefix else key, node, "is required")
        return out

    def value(self, node: yaml.Node, f: Field, name: str) -> Any:
        data = yaml.load(yaml.serialize(node), Loader=_Loader) if node is not None else None
        t = f.type
        if t == "str":
            if not isinstance(data, str | int | float) or isinstance(data, bool):
                self.err(name, node, f"expected text, got {type(data).__name__}")
                return f.default
            return str(data)
        if t == "bool":
            if not isinstance(data, bool):
                self.err(name, node, f"expected true or false, got {data!r}")
                return f.default
            return data
        if t == "issue":
            if data == "auto":
                return "auto"
            t = "int"
        if t == "int":
            if not isinstance(data, int) or isinstance(data, bool) or data < 0:
                self.err(name, node, f"expected a whole number ≥ 0, got {data!r}")
                return f.default
            return data
        if t == "date":
            if isinstance(data, dt.date):
                return data
            try:
                return dt.date.fromisoformat(str(data))
            except ValueError:
                self.err(name, node, f"expected a date YYYY-MM-DD, got {data!r}")
                return None
        if t == "choice":
            if data not in f.choices:
                self.err(name, node, f"expected one of {', '.join(f.choices)}, got {data!r}")
                return f.default
            return data
        if t == _BI:
            if isinstance(data, str):
                return {"zh": data, "en": ""}
            if not isinstance(data, dict) or not set(data) <= {"zh", "en"} or \
                    not all(isinstance(v, str) for v in data.values()):
                self.err(name, node, "expected `{zh: text, en: text}`")
                return {"zh": "", "en": ""}
            return {"zh": data.get("zh", ""), "en": data.get("en", "")}
        if t == "list[str]":
            if isinstance(data, str):
                return [data]
            if not isinstance(data, list) or not all(isinstance(v, str | int) and not isinstance(v, bool)
                                                     for v in data):
                self.err(name, node, "expected a list of text values")
                return list(f.default or [])
            return [str(v) for v in data]
        if t == "list[section]":
            if not isinstance(node, yaml.SequenceNode) or not node.value:
                self.err(name, node, "expected a non-empty list of sections")
                return None
            sections = []
            for i, snode in enumerate(node.value):
                sname = f"{name}[{i + 1}]"
                s = self.mapping(snode, f.children or {}, sname)
                given = [k for k in ("topics", "regions", "items") if k in s]
                if len(given) != 1:
                    self.err(sname, snode, "needs exactly one of topics, regions, items")
                if s.get("heading") is not None:
                    sections.append(Section(**s))
            return sections
        if t == "map":
            if f.children is None:
                if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str | dt.date)
                                                         for k, v in data.items()):
                    self.err(name, node, "expected a mapping of text to text")
                    return {}
                return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()}
            got = self.mapping(node, f.children, name)
            return {k: got.get(k, c.default) for k, c in f.children.items()}
        raise AssertionError(t)


def load_config(path: Path, check_files: bool = True) -> Config:
    """Read and validate a config; raises ConfigError listing every problem found."""
    if not path.exists():
        raise UserError(f"{path}: config file not found (give the path to a .yaml config, "
                        f"e.g. config/2025.yaml)")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot be read as UTF-8 text: {exc}") from None
    if len(text) > 1_000_000:
        raise UserError(f"{path}: config is too large ({len(text)} characters)")
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConfigError(path, [f"{where}invalid YAML: {getattr(exc, 'problem', None) or exc}"]) from None
    if root is None:
        raise ConfigError(path, ["the file is empty; see config/2025.yaml for an example"])
    _refuse_aliases(root, path)
    chk = _Checker()
    raw = chk.mapping(root, FIELDS, "")
    vals = {k: raw.get(k, f.default) for k, f in FIELDS.items()}
    base = path.resolve().parent
    files: list[Path] = []
    if check_files and vals.get("sources"):
        for pattern in vals["sources"]:
            hits = sorted(glob.glob(str(base / pattern), recursive=True))
            hits = [h for h in hits if Path(h).suffix.lower() in (".txt", ".md", ".yaml", ".yml")]
            if not hits:
                chk.err("sources", _node_of(root, "sources"),
                        f"{pattern!r} matches no .txt, .md or .yaml file (relative to {base})")
            files.extend(Path(h) for h in hits)
    for o in vals["outputs"]:
        if o not in SUPPORTED_OUTPUTS:
            chk.err("outputs", _node_of(root, "outputs"), f"unknown output {o!r} (use pdf, docx)")
    show = vals["languages"].get("show") or []
    if not show or any(s not in LANGS for s in show):
        chk.err("languages.show", _node_of(root, "languages"), f"expected zh, en or both, got {show!r}")
    glossaries = [(base / g) for g in vals["glossary"]]
    if check_files:
        for g in glossaries:
            if not g.is_file():
                chk.err("glossary", _node_of(root, "glossary"), f"{g} not found")
    if vals["title"] is not None and not vals["title"].get("zh") and not vals["title"].get("en"):
        chk.err("title", _node_of(root, "title"), "needs zh or en text")
    window, window_label = _window(vals, chk, root)
    dates: dict[str, dt.date] = {}
    for pattern, value in (vals["dates"] or {}).items():
        try:
            dates[str(base / pattern)] = dt.date.fromisoformat(str(value))
        except ValueError:
            chk.err(f"dates.{pattern}", _node_of(root, "dates"), f"expected a date YYYY-MM-DD, got {value!r}")
    if vals["issue"] == "auto" and window is None:
        chk.err("issue", _node_of(root, "issue"), "`auto` numbers issues by `week` or `date_range`: give one")
    if vals["numbered_copies"] and not vals["distribution"]:
        chk.err("numbered_copies", _node_of(root, "numbered_copies"), "needs recipients in `distribution`")
    if vals["numbered_copies"] and "pdf" not in vals["outputs"]:
        chk.err("numbered_copies", _node_of(root, "numbered_copies"), "numbered copies are PDFs: add pdf to `outputs`")
    if chk.problems:
        raise ConfigError(path, chk.problems)
    fonts = {k: v for k, v in vals["fonts"].items() if v}
    out_dir = Path(vals["output_dir"]) if vals["output_dir"] else Path("out") / path.stem
    return Config(
        series=vals["series"] or path.stem, window=window, window_label=window_label, dates=dates,
        path=path, title=vals["title"], bulletin=vals["bulletin"] or vals["title"], issuer=vals["issuer"], period=vals["period"], issue=vals["issue"],
        date=vals["date"] or default_date(), sources=vals["sources"], source_files=_unique(files),
        sections=vals["sections"], cards_per_item=vals["cards_per_item"], hero=vals["hero"],
        languages=vals["languages"], outputs=vals["outputs"], pdf=vals["pdf"], theme=vals["theme"], fonts=fonts,
        classification=vals["classification"], distribution=vals["distribution"],
        closing={k: list((vals["closing"] or {}).get(k) or []) for k in CLOSING_FIELDS},
        copies=vals["copies"] or len(vals["distribution"]), numbered_copies=vals["numbered_copies"], mobile=vals["mobile"],
        glossary=glossaries,
        place_names=vals["place_names"], translator=vals["translator"], output_dir=out_dir, raw=raw)


def _window(vals: dict, chk: _Checker, root: yaml.Node) -> tuple[tuple[dt.date, dt.date] | None, str]:
    """The publication window from `week` or `date_range`, and its label (the week, or from..to)."""
    if vals["week"] and vals["date_range"]:
        chk.err("week", _node_of(root, "week"), "give either `week` or `date_range`, not both")
        return None, ""
    if vals["week"]:
        m = re.fullmatch(r"(\d{4})-?W(\d{2})", vals["week"].strip())
        try:
            if not m:
                raise ValueError
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            chk.err("week", _node_of(root, "week"), f"expected an ISO week like 2026-W03, got {vals['week']!r}")
            return None, ""
        return (start, start + dt.timedelta(days=6)), f"{m[1]}-W{m[2]}"
    if vals["date_range"]:
        rng = vals["date_range"]
        try:
            lo, hi = dt.date.fromisoformat(str(rng["from"])), dt.date.fromisoformat(str(rng["to"]))
        except (KeyError, ValueError):
            chk.err("date_range", _node_of(root, "date_range"), "expected `{from: YYYY-MM-DD, to: YYYY-MM-DD}`")
            return None, ""
        if hi < lo:
            chk.err("date_range", _node_of(root, "date_range"), "`to` is before `from`")
            return None, ""
        return (lo, hi), f"{lo.isoformat()}..{hi.isoformat()}"
    return None, ""


def default_date() -> dt.date:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for p in paths:
        r = p.resolve()
        if r not in seen:
            seen.add(r)
            out.append(p)
    return out


def _node_of(root: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if getattr(k, "value", None) == key:
                return v
    return root


def _refuse_aliases(root: yaml.Node, path: Path) -> None:
    """A config has no use for anchors and aliases; refusing them stops alias bombs early."""
    stack, count = [root], 0
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        count += 1
        if id(node) in seen:
            raise ConfigError(path, [f"line {node.start_mark.line + 1}: YAML aliases (*name) are not "
                                     f"allowed in a config; write the value out"])
        seen.add(id(node))
        if count > 100_000:
            raise ConfigError(path, ["the config has too many entries (over 100,000)"])
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))


def reference_table() -> str:
    """The Markdown table of every key for docs/config.md (a test keeps the two in step)."""
    import json

    rows = ["| key | type | default | meaning |", "| --- | --- | --- | --- |"]

    def row(name: str, f: Field) -> None:
        default = "—" if f.default is None else f"`{json.dumps(f.default, ensure_ascii=False)}`"
        rows.append(f"| `{name}` | {f.type} | {default} | {f.help} |")

    for key, f in FIELDS.items():
        row(key, f)
        for child, cf in (f.children or {}).items():
            row(f"{key}.{child}", cf)
    return "\n".join(rows) + "\n"
