"""The parse command as a user runs it: exit codes, messages, reviewed files, atomic output."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT, SEEDS


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "reportgen", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd or ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_parse_seeds_writes_one_yaml_per_file(tmp_path):
    r = run("parse", SEEDS, "-o", tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.glob("*.yaml")) == sorted(p.stem + ".yaml" for p in SEEDS.glob("*.txt"))
    assert "parsed 5 file(s) into 29 items" in r.stdout
    data = yaml.safe_load((tmp_path / "000_d993715c01815687.yaml").read_text("utf-8"))
    assert data["schema"] == 1 and data["source"]["path"].endswith("000_d993715c01815687.txt")
    assert not list(tmp_path.glob(".*.tmp"))


def test_bad_files_are_reported_and_the_others_still_parsed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("# 标题\n\n本报记者 王某某\n\n受理案件15件。\n", "utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    r = run("parse", src, tmp_path / "missing.md", "-o", out)
    assert r.returncode == 2
    assert "empty.txt: is empty" in r.stderr
    assert "binary.txt: looks binary" in r.stderr
    assert "missing.md: not found" in r.stderr
    assert "Traceback" not in r.stderr
    assert (out / "good.yaml").exists()


def test_reviewed_summaries_are_never_overwritten(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("受理案件15件。\n", "utf-8")
    out = tmp_path / "out"
    assert run("parse", src, "-o", out).returncode == 0
    target = out / "a.yaml"
    data = yaml.safe_load(target.read_text("utf-8"))
    data["reviewed"] = True
    data["articles"][0]["stats"][0]["label"] = "人工修改"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    before = target.read_bytes()
    r = run("parse", src, "-o", out)
    assert r.returncode == 0
    assert "skipped" in r.stdout and "reviewed" in r.stdout
    assert target.read_bytes() == before


def test_strict_turns_warnings_into_status_1(tmp_path):
    r = run("parse", SEEDS / "004_ab7b0f57302c5d81.txt", "-o", tmp_path, "--strict")
    assert r.returncode == 1 and "fragment" in r.stderr


def test_jobs_gives_the_same_output(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run("parse", SEEDS, "-o", a).returncode == 0
    assert run("parse", SEEDS, "-o", b, "--jobs", "2").returncode == 0
    for f in a.glob("*.yaml"):
        assert f.read_bytes() == (b / f.name).read_bytes()


def test_same_stem_in_two_folders_gets_two_files(tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "page.txt").write_text("受理案件15件。\n", "utf-8")
    r = run("parse", tmp_path / "x", tmp_path / "y", "-o", tmp_path / "out")
    assert r.returncode == 0
    assert len(list((tmp_path / "out").glob("page-*.yaml"))) == 2


def test_usage_error_is_status_2_without_traceback():
    r = run("parse")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_console_script_is_installed_and_runs():
    exe = Path(sys.executable).with_name("reportgen")
    assert exe.exists(), "the console script is missing: install the package (scripts/setup.sh)"
    r = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and "reportgen" in r.stdout
