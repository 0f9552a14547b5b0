"""What reportgen writes, compared with the committed golden files (scripts/golden.py --update
regenerates them; review the change with git diff)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("golden", ROOT / "scripts" / "golden.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)


def _check(name: str, text: str) -> None:
    path = golden.GOLDEN / name
    assert path.is_file(), f"tests/golden/{name} is missing (scripts/golden.py --update)"
    want = path.read_text("utf-8")
    if text != want:
        import difflib

        diff = "".join(list(difflib.unified_diff(want.splitlines(True), text.splitlines(True),
                                                 f"golden/{name}", "now", n=1))[:60])
        pytest.fail(f"tests/golden/{name} differs from what reportgen writes now "
                    f"(scripts/golden.py --update, then review git diff):\n{diff}")


def test_seed_summaries_match_golden(monkeypatch):
    monkeypatch.chdir(ROOT)
    now = golden.seed_summaries()
    assert len(now) == 5
    for name, text in now.items():
        _check(name, text)


@pytest.mark.parametrize("config", golden.CONFIGS)
def test_briefing_html_matches_golden(config, monkeypatch):
    monkeypatch.chdir(ROOT)
    _check(f"{config}.html", golden.briefing_html(config))
