"""Hardening II: no item lost, no figure spoofed, no reviewed work overwritten, themes that cannot
run code. Each test is one case of an adversarial review: it states what used to happen and checks
what happens now (a correct result, or one `error:` line naming the file, exit status 2)."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from reportgen.build import build
from reportgen.config import load_config
from reportgen.yamlio import load_file

ROOT = Path(__file__).resolve().parent.parent
BAD = Path(__file__).parent / "bad_inputs"
ARTICLE = "{title}\n\n2025年,全区法院受理执行案件{n}件,执行到位金额34.07亿元。\n"
QUIET = {"echo": lambda *a: None}


def _limits() -> None:  # a runaway read must fail here, not take the machine's memory
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


def run(*args, cwd=None, env=None, timeout=120) -> subprocess.CompletedProcess:
    """`reportgen ARGS` in a fresh process, bounded in memory and time."""
    try:
        return subprocess.run([sys.executable, "-m", "reportgen", *map(str, args)], capture_output=True, text=True,
                              cwd=cwd or ROOT, env={**os.environ, **(env or {})}, timeout=timeout,
                              preexec_fn=_limits)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reportgen {' '.join(map(str, args))} did not finish in {timeout} s")


def project(tmp: Path, files: dict[str, str], extra: str = "", sources: str = "src/*.txt", outputs: str = "docx") -> Path:
    """A project: config/c.yaml and its article files under src/; returns the config."""
    (tmp / ".git").mkdir(exist_ok=True)  # the project's root, as a repository's would be
    for name, text in files.items():
        (tmp / "src" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp / "src" / name).write_text(text, "utf-8")
    (tmp / "config").mkdir(exist_ok=True)
    cfg = tmp / "config" / "c.yaml"
    cfg.write_text(f"title: {{zh: 测试, en: Test}}\nsources: ['../{sources}']\ndate: 2026-01-20\noutputs: [{outputs}]\n"
                   f"output_dir: {tmp / 'out'}\n{extra}", "utf-8")
    return cfg


def no_traceback(p: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout, p.stderr[-3000:]


# --- items vanish ---------------------------------------------------------------------------------

def test_files_named_by_date_keep_every_item(tmp_path):
    """`2026-01-14_执行.txt` and `2026-01-14_司法.txt` both gave ids 2026-01-14-01: one vanished."""
    cfg = project(tmp_path, {"2026-01-14_执行.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717),
                             "2026-01-14_司法.txt": ARTICLE.format(title="日喀则法院执行工作", n=1234)})
    res = build(load_config(cfg), **QUIET)
    ids = sorted(v.id for v in res.briefing.items)
    assert ids == ["2026-01-14_司法-01", "2026-01-14_执行-01"] and not res.errors
    assert {f.value for f in res.briefing.figures} >= {"47717", "1234"}


def test_many_files_of_one_pattern_are_all_shown(tmp_path):
    """200 files `art_NNN.txt` all had ids art-NN: most of their items were not shown."""
    cfg = project(tmp_path, {f"art_{i:03d}.txt": ARTICLE.format(title=f"第{i}个法院执行工作", n=1000 + i)
                             for i in range(1, 31)})
    res = build(load_config(cfg), **QUIET)
    assert len(res.briefing.items) == 30 and len({v.id for v in res.briefing.items}) == 30
    assert res.briefing.items[0].id == "art_001-01"


def test_ids_are_stable_and_the_same_bytes_under_two_names_keep_their_own(tmp_path):
    """The cache was keyed by bytes only: a copy of a file under another name got the first one's ids."""
    text = ARTICLE.format(title="拉萨法院执行工作", n=47717)
    cfg = project(tmp_path, {"a.txt": text})
    assert [v.id for v in build(load_config(cfg), **QUIET).briefing.items] == ["a-01"]
    (tmp_path / "src" / "b.txt").write_text(text, "utf-8")
    ids = sorted(v.id for v in build(load_config(cfg), **QUIET).briefing.items)
    assert ids == ["a-01", "b-01"]


def test_a_duplicate_id_is_an_error(tmp_path):
    """Two files with one name in two folders: now an error naming both, and the rest is built."""
    cfg = project(tmp_path, {"x/page.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717),
                             "y/page.txt": ARTICLE.format(title="日喀则法院执行工作", n=1234),
                             "other.txt": ARTICLE.format(title="山南法院执行工作", n=555)}, sources="src/**/*.txt")
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2
    line = next(x for x in p.stderr.splitlines() if "item id page-01 is also in" in x)
    assert line.startswith("error: ") and "x/page.txt" in line and "y/page.txt" in line
    assert "from 2 items" in p.stdout


def test_every_item_read_but_not_placed_is_reported(tmp_path):
    """Items in no section were dropped without a word when a section took their id."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717),
                             "b.txt": ARTICLE.format(title="日喀则法院执行工作", n=1234)},
                  "sections:\n  - heading: {zh: 一, en: One}\n    items: [a-01]\n")
    notes: list[str] = []
    res = build(load_config(cfg), echo=notes.append)
    line = next(n for n in notes if n.startswith("not placed:"))
    assert "b-01 (in no section)" in line and [v.id for v in res.briefing.items] == ["a-01"]


# --- a figure spoofed -----------------------------------------------------------------------------

def test_bidi_controls_inside_a_figure_are_removed_and_reported(tmp_path):
    """`12\u202e345\u202c件` printed 12543 件 on the card while the English said 12,345."""
    cfg = project(tmp_path, {"a.txt": "拉萨法院执行工作\n\n2025年,全区法院受理执行案件12\u202e345\u202c件,执行到位金额"
                                      "3\u200b4.07亿元。\n"})
    res = build(load_config(cfg), **QUIET)
    shown = {f.label: f.value for f in res.briefing.figures}
    assert shown["受理执行案件"] == "12345" and shown["执行到位金额"] == "34.07"
    for bad in ("\u202e", "\u202c", "\u200b"):
        assert bad not in res.html
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE" in w and "a-01" in w for w in res.warnings)
    assert (tmp_path / "out" / "summaries" / "a.yaml").read_text("utf-8").count("\u202e") == 0


# --- reviewed work overwritten --------------------------------------------------------------------

@pytest.mark.parametrize("edit", ["yaml_typo", "gbk", "reviewed_quoted", "reviewed_yes"])
def test_a_reviewed_summary_is_never_overwritten(tmp_path, edit):
    """parse overwrote a reviewed summary it could not load (a YAML typo, a GBK re-save) or whose
    mark was spelled `'true'` or `yes`."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE.format(title="拉萨法院执行工作", n=47717), "utf-8")
    out = tmp_path / "out"
    assert run("parse", src, "-o", out).returncode == 0
    target = out / "a.yaml"
    text = target.read_text("utf-8").replace("reviewed: false", "reviewed: true").replace("47717", "47718")
    if edit == "yaml_typo":
        data = text.replace("  topic: 执行\n", "  topic: [执行\n").encode("utf-8")
    elif edit == "gbk":
        data = text.encode("gbk")
    else:
        data = text.replace("reviewed: true", "reviewed: 'true'" if edit == "reviewed_quoted" else "reviewed: yes")
        data = data.encode("utf-8")
    target.write_bytes(data)
    p = run("parse", src, "-o", out)
    no_traceback(p)
    assert target.read_bytes() == data
    if edit in ("yaml_typo", "gbk"):
        assert p.returncode == 2
        line = next(x for x in p.stderr.splitlines() if "a.yaml" in x)
        assert line.startswith("error: ") and "line " in line and "left as it is" in line
    else:
        assert p.returncode == 0 and "skipped" in p.stdout


def test_a_bad_unquoted_date_in_a_reviewed_summary_is_reported(tmp_path):
    """`published: 2026-13-45` in a reviewed summary crashed the whole run."""
    cfg = project(tmp_path, {"b.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)})
    shutil.copy(BAD / "summaries" / "14_bad_unquoted_date.yaml", tmp_path / "src" / "reviewed.yaml")
    cfg.write_text(cfg.read_text("utf-8").replace("['../src/*.txt']", "['../src/*.txt', '../src/*.yaml']"), "utf-8")
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2 and "reviewed.yaml: line 4, column 12: invalid YAML: the value '2026-13-45'" in p.stderr
    assert (tmp_path / "out" / "c.docx").is_file()


def test_malformed_summaries_are_reported_one_by_one(tmp_path):
    """Hand-edited summaries with the wrong shape crashed the build with a traceback; now each is one
    error line with its file, line and reason, and the build goes on with the rest (exit 2)."""
    bad = sorted((BAD / "summaries").glob("*.yaml"))
    assert len(bad) >= 13
    cfg = project(tmp_path, {"good.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)})
    for f in bad:
        shutil.copy(f, tmp_path / "src" / f.name)
    cfg.write_text(cfg.read_text("utf-8").replace("['../src/*.txt']", "['../src/*.txt', '../src/*.yaml']"), "utf-8")
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2 and (tmp_path / "out" / "c.docx").is_file()
    errors = [x for x in p.stderr.splitlines() if x.startswith("error: ")]
    for f in bad:
        line = next((x for x in errors if f.name in x), None)
        assert line is not None, f.name
        assert "line " in line or f.name.startswith("08_"), line  # 08 lacks a key: no line to point at
    assert "from 1 items" in p.stdout


# --- fonts ----------------------------------------------------------------------------------------

def _fonts_env(tmp: Path) -> dict[str, str]:
    """A fontconfig that knows only DejaVu (Latin, no Chinese): what a machine without CJK fonts has."""
    conf = tmp / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>
""", "utf-8")
    return {"FONTCONFIG_FILE": str(conf), "MPLCONFIGDIR": str(tmp / "mpl")}


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu").is_dir(), reason="DejaVu fonts not installed")
def test_text_without_glyphs_fails_under_strict_and_warns_loudly_otherwise(tmp_path):
    """Without CJK fonts the PDF was all boxes and the build said nothing, exit 0 even with --strict."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)},
                  "fonts: {body: [Noto Serif CJK SC]}\n", outputs="pdf")
    env = _fonts_env(tmp_path)
    p = run("build", cfg, "--strict", env=env)
    no_traceback(p)
    assert p.returncode == 2 and not (tmp_path / "out" / "c.pdf").exists()
    assert "error: fonts: body: Noto Serif CJK SC is not installed" in p.stderr and "empty boxes" in p.stderr
    p = run("build", cfg, env=env)
    assert p.returncode == 0 and "WARNING: fonts: body: Noto Serif CJK SC is not installed" in p.stdout
    assert "warning: fonts: body" in p.stderr
    p = run("build", cfg, "--strict", env=env)  # nothing changed since: the outputs are kept, and still it fails
    assert p.returncode == 2 and "error: fonts: body" in p.stderr


# one measure in one year in three provinces: a chart by place
CHARTED = {f"{i}.txt": f"{prov}法院执行工作\n\n2025年,{prov}高级人民法院介绍,全省法院受理执行案件{100 + i}件,"
                       f"执结{50 + i}件。\n" for i, prov in enumerate(("青海省", "甘肃省", "宁夏回族自治区"))}


def test_charts_print_no_findfont_lines(tmp_path):
    """A font family matplotlib does not know printed a `findfont` line per chart label (111 of them)."""
    cfg = project(tmp_path, CHARTED, "fonts: {figures: [NoSuchFont], body: [NoSuchFont, Noto Serif CJK SC]}\n")
    p = run("build", cfg)
    assert p.returncode == 0, p.stderr[-2000:]
    assert list((tmp_path / "out" / ".cache").glob("chart-*")), "no chart was drawn"
    assert "findfont" not in p.stderr


# --- themes ---------------------------------------------------------------------------------------

def _theme(tmp: Path, template: str, extra: dict[str, str] | None = None) -> Path:
    theme = tmp / "config" / "mytheme"
    theme.mkdir(parents=True, exist_ok=True)
    (theme / "briefing.html").write_text(template, "utf-8")
    for name, text in (extra or {}).items():
        (theme / name).write_text(text, "utf-8")
    return theme


def test_a_theme_cannot_run_code(tmp_path):
    """`{{ cycler.__init__.__globals__.os.popen("id").read() }}` ran `id`."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)}, "theme: mytheme\n")
    marker = tmp_path / "ran"
    _theme(tmp_path, '{% extends "builtin/briefing.html" %}{% block cover %}'
                     f'{{{{ cycler.__init__.__globals__.os.popen("touch {marker}; id").read() }}}}{{% endblock %}}')
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2 and not marker.exists()
    line = next(x for x in p.stderr.splitlines() if x.startswith("error: "))
    assert "briefing.html" in line and "template error" in line


def test_a_theme_cannot_read_files_through_paths(tmp_path):
    """The config's paths reached a template: `cfg.path.read_text()` read a file."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)}, "theme: mytheme\n")
    _theme(tmp_path, '{% extends "builtin/briefing.html" %}{% block cover %}'
                     '{{ cfg.path.parent.parent.joinpath("src/a.txt").read_text() }}{% endblock %}')
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2 and "template error" in p.stderr


def test_a_link_out_of_a_theme_folder_is_refused(tmp_path):
    """A symlink in a theme folder put /etc/passwd into the PDF."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)}, "theme: mytheme\n")
    theme = _theme(tmp_path, '{% extends "builtin/briefing.html" %}{% block cover %}'
                             '<pre>{% include "passwd.html" %}</pre>{% endblock %}')
    (theme / "passwd.html").symlink_to("/etc/passwd")
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2 and "passwd.html: is a link out of the theme folder" in p.stderr
    assert not (tmp_path / "out" / "c.docx").exists()


@pytest.mark.parametrize("name", ["/", "/etc", "../..", "..", "nosuch", "c.yaml"])
def test_a_theme_must_be_a_folder_inside_the_project(tmp_path, name):
    """`theme: "/"` walked the whole file system; a theme is a folder inside the project, below its root."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)}, f"theme: '{name}'\n")
    p = run("build", cfg, timeout=60)
    no_traceback(p)
    assert p.returncode == 2 and p.stderr.startswith("error: ") and "\n  theme (line " in p.stderr


@pytest.mark.parametrize("files, message", [
    ({"briefing.html": '{% extends "builtin/briefing.html" %}{% block cover %}{% include "nothing.html" %}'
                       '{% endblock %}'}, "nothing.html"),
    ({"briefing.html": "{% if %}"}, "line 1: template error"),
    ({"briefing.html": '{% extends "builtin/briefing.html" %}', "theme.yaml": "fonts: [a, b]\n"},
     "fonts: expected a mapping"),
    ({"briefing.html": '{% extends "builtin/briefing.html" %}', "theme.yaml": "docx: word\n"},
     "docx: 'word' is not a DOCX layout"),
    ({"briefing.html": '{% extends "builtin/briefing.html" %}', "theme.yaml": "fonts: {body: 3}\n"},
     "fonts: body: expected a list"),
    ({"briefing.html": '{% extends "builtin/briefing.html" %}', "theme.yaml": "fonts: {body: [a\n"},
     "invalid YAML"),
    ({"briefing.html": '{% extends "builtin/briefing.html" %}', "theme.yaml": "mobile: /etc/passwd.css\n"},
     "outside the theme folder"),
])
def test_theme_errors_are_error_lines(tmp_path, files, message):
    """A theme `{% include %}` of a missing file or a malformed theme.yaml gave a traceback."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)}, "theme: mytheme\n")
    _theme(tmp_path, files.pop("briefing.html"), files)
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2
    error = p.stderr[p.stderr.index("error: "):]  # a build error line, or a config error with its problems
    assert message in error, error


# --- the cache ------------------------------------------------------------------------------------

def _entry(out: Path) -> Path:
    entries = [p for p in (out / ".cache").glob("*.yaml")]
    assert len(entries) == 1
    return entries[0]


def test_a_truncated_cache_entry_is_not_used(tmp_path):
    """A cache file cut short was valid YAML and silently dropped items."""
    text = ARTICLE.format(title="拉萨法院执行工作", n=47717) + "\n\n本报讯 日喀则市中级人民法院召开执行工作会议。\n\n" \
        + ARTICLE.format(title="山南法院执行工作", n=555)
    cfg = project(tmp_path, {"a.txt": text})
    first = build(load_config(cfg), **QUIET)
    n = len(first.briefing.items) + len(first.briefing.left_out)
    assert n >= 2
    entry = _entry(tmp_path / "out")
    lines = entry.read_text("utf-8").splitlines(keepends=True)
    cut = max(i for i, x in enumerate(lines) if x.startswith("- id: "))  # the last item goes
    entry.write_text("".join(lines[:cut]) + "warnings: []\n", "utf-8")
    assert isinstance(yaml.safe_load(entry.read_text("utf-8").split("\n", 1)[1]), dict)
    again = build(load_config(cfg), force=True, **QUIET)
    assert len(again.briefing.items) + len(again.briefing.left_out) == n


def test_a_poisoned_cache_value_is_not_printed(tmp_path):
    """A value changed in the cache printed 99999件 beside a sentence saying 47717件."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)})
    build(load_config(cfg), **QUIET)
    entry = _entry(tmp_path / "out")
    entry.write_text(entry.read_text("utf-8").replace("value: '47717'", "value: '99999'"), "utf-8")
    res = build(load_config(cfg), force=True, **QUIET)
    assert "99999" not in res.html and "47717" in {f.value for f in res.briefing.figures}


def test_poisoned_chart_images_do_not_survive(tmp_path):
    """A chart image replaced in the cache was used again, even with --force."""
    cfg = project(tmp_path, CHARTED)
    build(load_config(cfg), **QUIET)
    charts = list((tmp_path / "out" / ".cache").glob("chart-*"))
    assert charts
    poison = b'<svg xmlns="http://www.w3.org/2000/svg"><text>POISON</text></svg>'
    for c in charts:
        c.write_bytes(poison)
    import base64

    res = build(load_config(cfg), force=True, **QUIET)
    assert base64.b64encode(poison).decode() not in res.html
    for c in charts:
        c.write_bytes(poison)  # and without --force: the bytes no longer have the hash in the name
    cfg.write_text(cfg.read_text("utf-8") + "period: '2025'\n", "utf-8")
    res = build(load_config(cfg), **QUIET)
    assert base64.b64encode(poison).decode() not in res.html


# --- special files and sources outside the project --------------------------------------------------

def test_special_files_among_sources_are_refused(tmp_path):
    """A link to /dev/zero among the sources exhausted memory; a FIFO hung forever."""
    cfg = project(tmp_path, {"good.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)})
    (tmp_path / "src" / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "src" / "pipe.txt")
    (tmp_path / "src" / "folder.txt").mkdir()
    p = run("build", cfg, timeout=90)
    no_traceback(p)
    assert p.returncode == 2 and "from 1 items" in p.stdout
    for name, what in (("zero.txt", "is a device"), ("pipe.txt", "is a named pipe"), ("folder.txt", "is a folder")):
        assert any(name in x and what in x and x.startswith("error: ") for x in p.stderr.splitlines()), name
    p = run("check", cfg, timeout=60)
    assert p.returncode == 2 and "zero.txt" in p.stderr and "is a device" in p.stderr


def test_special_files_as_a_config_are_refused(tmp_path):
    """`reportgen check` of a link to /dev/zero exhausted memory; of a FIFO it hung."""
    (tmp_path / "c.yaml").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "p.yaml")
    for name, what in (("c.yaml", "is a device"), ("p.yaml", "is a named pipe")):
        p = run("check", tmp_path / name, timeout=60)
        no_traceback(p)
        assert p.returncode == 2 and what in p.stderr and p.stderr.startswith("error: ")


def test_a_source_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import reportgen.read

    monkeypatch.setattr(reportgen.read, "MAX_BYTES", 1000)
    cfg = project(tmp_path, {"big.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717) * 40,
                             "small.txt": ARTICLE.format(title="山南法院执行工作", n=555)})
    res = build(load_config(cfg), **QUIET)
    assert any("big.txt: is too large" in e and "the limit for a source article is 1000 bytes" in e for e in res.errors)
    assert [v.id for v in res.briefing.items] == ["small-01"]


def test_sources_outside_the_project_need_the_config_to_allow_them(tmp_path):
    """Links and absolute paths out of the project were read without a word."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.txt").write_text(ARTICLE.format(title="外面的文章", n=999), "utf-8")
    proj = tmp_path / "proj"
    proj.mkdir()
    cfg = project(proj, {"good.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)})
    (proj / "src" / "link.txt").symlink_to(outside / "x.txt")
    cfg.write_text(cfg.read_text("utf-8").replace("['../src/*.txt']", f"['../src/*.txt', '{outside}/*.txt']"),
                   "utf-8")
    p = run("build", cfg)
    no_traceback(p)
    assert p.returncode == 2 and "from 1 items" in p.stdout
    errors = [x for x in p.stderr.splitlines() if x.startswith("error: ")]
    assert any("link.txt: is outside the project" in x and "outside_sources: true" in x for x in errors)
    assert any(f"{outside}/x.txt: is outside the project" in x for x in errors)
    assert run("check", cfg).returncode == 2
    cfg.write_text(cfg.read_text("utf-8") + "outside_sources: true\n", "utf-8")
    p = run("build", cfg)
    assert p.returncode == 0 and "from 2 items" in p.stdout  # the link and the file it leads to: read once


def test_the_build_does_not_read_its_own_output(tmp_path):
    """With the output folder inside a source glob, the build re-read its own summaries."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)}, sources="src/**/*.*")
    cfg.write_text(cfg.read_text("utf-8").replace(f"output_dir: {tmp_path / 'out'}",
                                                  f"output_dir: {tmp_path / 'src' / 'o'}"), "utf-8")
    for _ in range(2):
        p = run("build", cfg, "--force", cwd=tmp_path)
        no_traceback(p)
        assert p.returncode == 0, p.stderr[-2000:]
        assert "from 1 items" in p.stdout
    assert "inside the output folder" in p.stdout


# --- tracebacks instead of error lines ------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("title: !!python/object/apply:os.system [id]\nsources: [x]\n", "could not determine a constructor"),
    ("title: t\nsources: [x]\ndate: 2026-13-45\n", "date (line 3): expected a date YYYY-MM-DD, got '2026-13-45'"),
    ("title: !!binary zz\nsources: [x]\n", "failed to decode base64"),
])
def test_config_values_yaml_cannot_make_are_error_lines(tmp_path, text, message):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(text, "utf-8")
    p = run("check", cfg)
    no_traceback(p)
    assert p.returncode == 2 and message in p.stderr and p.stderr.startswith("error: ")


@pytest.mark.parametrize("fault", ["read_only", "full"])
def test_a_read_only_or_full_disk_during_a_build_is_an_error_line(tmp_path, monkeypatch, capsys, fault):
    import errno
    import tempfile

    from reportgen.cli import main

    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)})
    real = tempfile.mkstemp
    code = errno.EROFS if fault == "read_only" else errno.ENOSPC

    def refuse(*a, **k):
        if k.get("dir") is not None and Path(k["dir"]).is_relative_to(tmp_path / "out"):
            raise OSError(code, os.strerror(code), str(k["dir"]))
        return real(*a, **k)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(sys, "argv", ["reportgen", "build", str(cfg), "-j", "1"])
    with pytest.raises(SystemExit) as exc:
        main()
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.startswith("error: ") and os.strerror(code) in err, err


def test_a_malformed_manifest_is_an_error_line(tmp_path):
    for text in ("files: 3\n", "files: [{file: a.pdf}]\n", "- a\n", "files: [1]\n", "files: [\n"):
        (tmp_path / "manifest.yaml").write_text(text, "utf-8")
        p = run("verify", tmp_path)
        no_traceback(p)
        assert p.returncode == 2 and p.stderr.startswith("error: ") and "manifest.yaml" in p.stderr, text


def test_two_builds_of_one_folder_at_once_with_mobile(tmp_path):
    """Two builds writing one output folder with `mobile: true` at once: a traceback, or a folder
    whose files matched neither build's record."""
    (tmp_path / ".git").mkdir()
    for name, n in (("a", "000"), ("b", "003")):
        (tmp_path / name).mkdir()
        seed = next((ROOT / "seeds").glob(f"{n}_*.txt"))
        shutil.copy(seed, tmp_path / name / seed.name)
        (tmp_path / name / "m.yaml").write_text(
            f"title: t\nsources: ['*.txt']\noutputs: [pdf]\nmobile: true\noutput_dir: {tmp_path / 'out'}\n", "utf-8")
    procs = [subprocess.Popen([sys.executable, "-m", "reportgen", "build", "-j", "1", str(tmp_path / x / "m.yaml")],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for x in "ab"]
    for proc in procs:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0 and "Traceback" not in err, err[-2000:]
    p = run("verify", tmp_path / "out")
    assert p.returncode == 0, p.stderr


# --- verify and signatures ------------------------------------------------------------------------

def _copies(tmp: Path, extra: str = "") -> Path:
    cfg = project(tmp, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)},
                  "numbered_copies: true\ndistribution: [甲单位, 乙单位, 丙单位]\n" + extra, outputs="pdf")
    p = run("build", cfg)
    assert p.returncode == 0, p.stderr[-2000:]
    return tmp / "out"


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """A build with numbered copies."""
    return _copies(tmp_path_factory.mktemp("copies"))


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """A build with numbered copies, signed with a key made by `reportgen keygen`."""
    tmp = tmp_path_factory.mktemp("signed")
    keys = tmp / "keys"
    p = run("keygen", keys / "office.pem", keys / "public.pem")
    assert p.returncode == 0, p.stderr
    assert (keys / "office.pem").stat().st_mode & 0o077 == 0  # the private key: its owner only
    return _copies(tmp, f"signing_key: {keys / 'office.pem'}\n"), keys


def _copy_of(folder: Path, tmp: Path) -> Path:
    target = tmp / "received"
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns(".cache"))
    return target


def test_verify_accepts_the_folder_as_built_with_its_signature(signed, tmp_path):
    out, keys = signed
    folder = _copy_of(out, tmp_path)
    p = run("verify", folder, "--key", keys / "public.pem")
    assert p.returncode == 0 and "signature valid" in p.stdout, p.stderr


def test_verify_finds_an_added_copy(copies, tmp_path):
    """A forged `copies/…-000004.pdf` passed `verify`."""
    out = copies
    folder = _copy_of(out, tmp_path)
    shutil.copy(folder / "copies" / "c-000003.pdf", folder / "copies" / "c-000004.pdf")
    p = run("verify", folder)
    assert p.returncode == 1 and "not in the manifest:" in p.stderr and "c-000004.pdf" in p.stderr


def test_verify_refuses_an_empty_manifest_and_names_outside_the_folder(copies, tmp_path):
    """An empty manifest passed, and so did `../` paths."""
    out = copies
    folder = _copy_of(out, tmp_path)
    manifest = folder / "manifest.yaml"
    rows = load_file(manifest)["files"]
    for name in (folder / "c.pdf", *(folder / "copies").iterdir()):
        name.unlink()
    manifest.write_text("files: []\n", "utf-8")
    p = run("verify", folder)
    assert p.returncode == 1 and "lists no files" in p.stderr
    (tmp_path / "outside.pdf").write_bytes(b"x")
    rows = [{**rows[0], "file": "../outside.pdf", "sha256": __import__("hashlib").sha256(b"x").hexdigest()}]
    manifest.write_text(yaml.safe_dump({"files": rows}), "utf-8")
    p = run("verify", folder)
    assert p.returncode == 1 and "'../outside.pdf', which is not a file inside the folder" in p.stderr


def test_a_forged_manifest_fails_the_signature(signed, tmp_path):
    """Nothing proved who issued a manifest: whoever changed a copy could write a new manifest."""
    out, keys = signed
    folder = _copy_of(out, tmp_path)
    forged = folder / "copies" / "c-000002.pdf"
    forged.write_bytes(forged.read_bytes() + b"%forged\n")
    from reportgen.distribute import sha256_of

    data = load_file(folder / "manifest.yaml")
    for row in data["files"]:
        if row["file"] == "copies/c-000002.pdf":
            row["sha256"] = sha256_of(forged)
    from reportgen.yamlio import dump

    (folder / "manifest.yaml").write_text(dump(data), "utf-8")
    p = run("verify", folder, "--key", keys / "public.pem")
    assert p.returncode == 1 and "signature: does not hold" in p.stderr
    (folder / "manifest.sig").unlink()
    p = run("verify", folder, "--key", keys / "public.pem")
    assert p.returncode == 1 and "manifest.sig is missing" in p.stderr
    other = tmp_path / "k"
    assert run("keygen", other / "a.pem", other / "b.pem").returncode == 0
    folder2 = _copy_of(out, tmp_path / "again")
    p = run("verify", folder2, "--key", other / "b.pem")
    assert p.returncode == 1 and "signature: does not hold" in p.stderr
    p = run("keygen", other / "a.pem", other / "c.pem")
    assert p.returncode == 2 and "already exists" in p.stderr


# --- issue numbers --------------------------------------------------------------------------------

def test_issue_numbers_under_concurrent_builds(tmp_path):
    """Two builds of different weeks started together both got 第1期, and one week was lost from
    issues.yaml. 20 builds (10 of each week) at once: two numbers, each week one, both recorded."""
    proj = tmp_path
    (proj / ".git").mkdir()
    (proj / "src").mkdir()
    (proj / "src" / "2026-01-13_a.txt").write_text(ARTICLE.format(title="拉萨法院执行工作", n=100), "utf-8")
    (proj / "src" / "2026-01-20_b.txt").write_text(ARTICLE.format(title="山南法院执行工作", n=200), "utf-8")
    (proj / "config").mkdir()
    configs = []
    for i in range(20):
        week = "2026-W03" if i % 2 == 0 else "2026-W04"
        c = proj / "config" / f"w{i:02d}.yaml"
        c.write_text(f"title: 本周\nsources: ['../src/*.txt']\nweek: {week}\nissue: auto\nseries: 测试\n"
                     f"date: 2026-01-26\noutputs: []\noutput_dir: {proj / 'out' / c.stem}\n", "utf-8")
        configs.append((c, week))
    procs = [(week, subprocess.Popen([sys.executable, "-m", "reportgen", "build", "-j", "1", str(c)], cwd=ROOT,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
             for c, week in configs]
    for _, p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err[-2000:]
    registry = load_file(proj / "config" / "issues.yaml")["测试"]["2026"]
    assert sorted(registry) == ["2026-W03", "2026-W04"] and sorted(registry.values()) == [1, 2]
    for c, week in configs:
        record = (proj / "out" / c.stem / week / ".outputs.json").read_text("utf-8")
        assert f'"issue": {registry[week]}' in record, c.name


def _take_number(args) -> int:
    import dataclasses

    from reportgen.series import issue_number

    barrier, path, week = args
    cfg = load_config(path, check_files=False)
    cfg = dataclasses.replace(cfg, series=cfg.series or path.stem)
    barrier.wait()
    return issue_number(cfg)


def test_issue_numbers_taken_at_the_same_instant(tmp_path):
    """The race itself: 20 processes released together ask for the numbers of two weeks."""
    import multiprocessing

    (tmp_path / "w.yaml").write_text("title: t\nsources: ['*.txt']\nweek: 2026-W03\nissue: auto\nseries: s\n", "utf-8")
    (tmp_path / "v.yaml").write_text("title: t\nsources: ['*.txt']\nweek: 2026-W04\nissue: auto\nseries: s\n", "utf-8")
    ctx = multiprocessing.get_context("fork")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(20)
        with ctx.Pool(20) as pool:
            got = pool.map(_take_number, [(barrier, tmp_path / ("w.yaml" if i % 2 else "v.yaml"), i % 2)
                                          for i in range(20)])
    registry = load_file(tmp_path / "issues.yaml")["s"]["2026"]
    assert sorted(registry.values()) == [1, 2] and len(set(got)) == 2
    assert {registry["2026-W03"]} == set(got[1::2]) and {registry["2026-W04"]} == set(got[0::2])


# --- low ------------------------------------------------------------------------------------------

def test_manifest_csv_cells_cannot_be_formulas(tmp_path):
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717)},
                  "numbered_copies: true\n"
                  "distribution: ['=HYPERLINK(\"http://x.invalid\",\"a\")', '+1', '-1', '@SUM(A1)', 甲单位]\n",
                  outputs="pdf")
    p = run("build", cfg)
    assert p.returncode == 0, p.stderr[-2000:]
    import csv

    rows = list(csv.DictReader((tmp_path / "out" / "manifest.csv").open(encoding="utf-8")))
    recipients = [r["recipient"] for r in rows if r["recipient"]]
    assert recipients == ["'=HYPERLINK(\"http://x.invalid\",\"a\")", "'+1", "'-1", "'@SUM(A1)", "甲单位"]
    assert run("verify", tmp_path / "out").returncode == 0


def test_file_names_are_printed_safely(tmp_path):
    """Escape codes in file names were echoed to the terminal."""
    name = "a\x1b]0;pwned\x07\x1b[31mred\u202e.txt"
    cfg = project(tmp_path, {name: ARTICLE.format(title="拉萨法院执行工作", n=47717), "empty.txt": ""})
    (tmp_path / "src" / f"b\x1b[2J{name}").write_bytes(b"\x00\x01binary")
    p = run("build", cfg)
    for stream in (p.stdout, p.stderr):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "\\x1b[31mred" in p.stdout + p.stderr


def test_pdf_attachments_hold_only_the_items_shown(tmp_path):
    """The attached summaries carried items left out of the sections."""
    cfg = project(tmp_path, {"a.txt": ARTICLE.format(title="拉萨法院执行工作", n=47717),
                             "b.txt": ARTICLE.format(title="日喀则法院执行工作", n=1234)},
                  "pdf: {attach_summaries: true}\nsections:\n  - heading: {zh: 一, en: One}\n"
                  "    items: [a-01]\n", outputs="pdf")
    build(load_config(cfg), **QUIET)
    from pypdf import PdfReader

    attached = PdfReader(tmp_path / "out" / "c.pdf").attachments["summaries.yaml"][0].decode("utf-8")
    data = yaml.safe_load(attached)["summaries"]
    assert [a["id"] for s in data for a in s["articles"]] == ["a-01"] and "1234" not in attached
