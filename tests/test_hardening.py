"""Hostile and broken inputs: a correct result or a clear error naming the file, never a
traceback; nothing written before is lost; one bad file does not stop the others."""

import errno
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.commands.parse import run_parse
from reportgen.errors import UserError
from reportgen.pipeline import parse_bytes, parse_file
from reportgen.yamlio import load_file, write_atomic

BAD = Path(__file__).parent / "bad_inputs"
ROOT = Path(__file__).resolve().parent.parent

# file → the reason its error must give (None: it must parse)
EXPECTED = {
    "empty.txt": "is empty",
    "blank_lines.txt": "contains only blank lines",
    "binary.txt": "looks binary",
    "invalid_utf8.txt": "is neither UTF-8 (invalid byte at offset 20) nor GB18030",
    "bad_utf16_bom.txt": "byte-order mark but is not valid utf-16",
    "mixed_encodings.txt": None,
    "gb18030.txt": None,
    "utf16_bom.txt": None,
    "utf8_bom_crlf.txt": None,
    "lone_cr.txt": None,
    "zero_width_bidi_control.txt": None,
    "nested.md": None,
    "only_numbers.txt": None,
    "only_english.txt": None,
    "traditional.txt": None,
    "full_width_digits.txt": None,
    "名字 有空格.txt": None,
    "markup.md": None,
}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reportgen", *args], capture_output=True, text=True, cwd=ROOT)


def test_every_bad_input_gets_a_result_or_a_clear_error(tmp_path):
    p = run_cli("parse", str(BAD), "-o", str(tmp_path))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    for name, reason in EXPECTED.items():
        out = tmp_path / f"{Path(name).stem}.yaml"
        if reason is None:
            assert out.is_file(), name
            assert load_file(out)["articles"], name
        else:
            assert not out.exists(), name
            assert any(name in line and reason in line for line in p.stderr.splitlines()), (name, p.stderr)


@pytest.mark.parametrize("name", ["gb18030.txt", "utf16_bom.txt", "utf8_bom_crlf.txt", "lone_cr.txt",
                                  "mixed_encodings.txt", "full_width_digits.txt", "名字 有空格.txt"])
def test_decoded_figures_are_right_and_spans_point_into_the_file(name):
    s = parse_file(BAD / name)
    stat = s["articles"][0]["stats"][0]
    assert stat["norm"] == 47717 and stat["norm_unit"] == "件"


def test_zero_width_inside_numbers_is_ignored():
    s = parse_file(BAD / "zero_width_bidi_control.txt")
    stats = s["articles"][0]["stats"]
    assert [(x["norm"], x["norm_unit"]) for x in stats] == [(47717, "件"), (3407000000, "元")]
    text = (BAD / "zero_width_bidi_control.txt").read_text("utf-8")
    assert text[stats[0]["span"][0]:stats[0]["span"][1]].startswith("4\u200b7717")


def test_traditional_labels_get_english():
    s = parse_file(BAD / "traditional.txt")
    labels = [(x["label"], x["label_en"]) for x in s["articles"][0]["stats"]]
    assert labels == [("受理執行案件", "enforcement cases received"), ("執行到位金額", "amount delivered to winning parties")]


def test_tens_of_thousands_of_figures_in_one_paragraph():
    s = parse_bytes(("受理案件123件," * 20000).encode(), "many.txt")
    assert sum(len(a["stats"]) for a in s["articles"]) == 20000


def test_a_long_line_without_punctuation():
    s = parse_bytes(("执行" * 150_000 + "47717件").encode(), "line.txt")
    assert s["articles"][0]["stats"][0]["norm"] == 47717


@pytest.mark.parametrize("name, message", [
    ("summary_wrong_types.yaml", "is not a reportgen summary"),
    ("summary_tabs.yaml", "line 3, column 1: invalid YAML"),
    ("summary_alias_bomb.yaml", "aliases (*name) are not allowed"),
])
def test_malformed_summaries_in_a_build(tmp_path, name, message):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"title: t\noutside_sources: true\nsources: ['{BAD / name}', '{ROOT}/seeds/003_*.txt']\noutputs: [docx]\n"
                   f"output_dir: {tmp_path / 'out'}\n", "utf-8")
    p = run_cli("build", str(cfg))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert name in p.stderr and message in p.stderr
    assert (tmp_path / "out" / "c.docx").is_file()  # the other source was still used


def test_malformed_configs(tmp_path):
    p = run_cli("check", str(BAD / "config_bad.yaml"))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    for part in ("title (line 1)", "issue (line 2)", "languages.show", "unknown_key (line 6): unknown key"):
        assert part in p.stderr, part
    p = run_cli("check", str(BAD / "config_tabs.yaml"))
    assert p.returncode == 2 and "line 3, column 1: invalid YAML" in p.stderr
    huge = tmp_path / "huge.yaml"
    huge.write_text("title: t\nsources: [" + ", ".join(["x"] * 200_000) + "]\n", "utf-8")
    p = run_cli("check", str(huge))
    assert p.returncode == 2 and "too many entries" in p.stderr and "Traceback" not in p.stderr


def test_output_folder_that_is_a_file(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", "utf-8")
    p = run_cli("parse", str(BAD / "gb18030.txt"), "-o", str(blocker))
    assert p.returncode == 2 and "is a file" in p.stderr and "Traceback" not in p.stderr
    p = run_cli("parse", str(BAD / "gb18030.txt"), "-o", str(blocker / "sub"))
    assert p.returncode == 2 and "cannot create the output folder" in p.stderr and "Traceback" not in p.stderr
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"title: t\noutside_sources: true\nsources: ['{BAD / 'gb18030.txt'}']\noutput_dir: {blocker / 'sub'}\n", "utf-8")
    p = run_cli("build", str(cfg))
    assert p.returncode == 2 and "cannot create the output folder" in p.stderr and "Traceback" not in p.stderr


def test_a_full_disk_keeps_the_old_file_and_the_other_results(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_parse([BAD / "gb18030.txt", BAD / "utf16_bom.txt"], out, echo=lambda *a: None)
    before = (out / "gb18030.yaml").read_bytes()
    import reportgen.yamlio as yio

    real = yio.os.fdopen

    class Full:
        def __init__(self, fd, mode):
            self.fh = real(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    calls = {"n": 0}

    def fdopen(fd, mode):
        calls["n"] += 1
        return Full(fd, mode) if calls["n"] == 1 else real(fd, mode)

    monkeypatch.setattr(yio.os, "fdopen", fdopen)
    res = run_parse([BAD / "gb18030.txt", BAD / "utf16_bom.txt"], out, echo=lambda *a: None)
    assert any("gb18030.yaml: cannot be written: No space left on device" in e for e in res.errors)
    assert (out / "gb18030.yaml").read_bytes() == before  # the old summary is intact
    assert [p.name for p in res.written] == ["utf16_bom.yaml"]
    assert not list(out.glob(".*.tmp"))  # no half-written temp file left behind


def test_write_atomic_never_leaves_a_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    import reportgen.yamlio as yio

    def boom(*a, **k):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(yio.os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_failed_render_keeps_the_previous_pdf(tmp_path, monkeypatch):
    from reportgen import build as build_cmd
    from reportgen.config import load_config

    cfg_path = tmp_path / "c.yaml"
    cfg_path.write_text(f"title: t\noutside_sources: true\nsources: ['{ROOT}/seeds/003_*.txt']\noutputs: [pdf]\n"
                        f"output_dir: {tmp_path / 'out'}\n", "utf-8")
    cfg = load_config(cfg_path)
    build_cmd.build(cfg, echo=lambda *a: None)
    pdf = tmp_path / "out" / "c.pdf"
    before = pdf.read_bytes()

    def fail(*a, **k):
        raise MemoryError("out of memory while rendering")

    monkeypatch.setattr("reportgen.render.pdf.render_pdf", fail)
    with pytest.raises(MemoryError):
        build_cmd.build(cfg, echo=lambda *a: None, force=True)
    assert pdf.read_bytes() == before


def test_unreadable_file(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("拉萨法院执行工作\n\n受理执行案件47717件。\n", "utf-8")
    import reportgen.files

    real = reportgen.files.os.open

    def refuse(path, *a, **k):  # chmod 000 does not stop root, so refuse the read the way the OS would
        if Path(path) == f:
            raise PermissionError(13, "Permission denied")
        return real(path, *a, **k)

    monkeypatch.setattr(reportgen.files.os, "open", refuse)
    res = run_parse([f, BAD / "gb18030.txt"], tmp_path / "out", echo=lambda *a: None)
    assert any("locked.txt: cannot be read: permission denied" in e for e in res.errors)
    assert [p.name for p in res.written] == ["gb18030.yaml"]


def test_read_only_output_folder(tmp_path, monkeypatch):
    import tempfile

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    res = run_parse([BAD / "gb18030.txt"], tmp_path / "out", echo=lambda *a: None)
    assert res.errors == [f"{tmp_path / 'out' / 'gb18030.yaml'}: cannot be written: Permission denied"]


def test_huge_yaml_is_refused_before_loading(tmp_path, monkeypatch):
    import reportgen.yamlio as yio

    monkeypatch.setattr(yio, "MAX_YAML_BYTES", 1000)
    big = tmp_path / "big.yaml"
    big.write_text("schema: 1\narticles: [" + ", ".join(["x"] * 1000) + "]\n", "utf-8")
    with pytest.raises(UserError, match="is too large .* the limit for a YAML file is 1000 bytes"):
        load_file(big)
