from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from reportgen.pipeline import parse_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
jieba.setLogLevel(60)


@pytest.fixture(scope="session")
def seed_summaries() -> dict[str, dict]:
    """Every seed parsed once: file name → summary dict."""
    return {p.name: parse_file(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_text() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def article(summaries: dict[str, dict], item_id: str) -> dict:
    for summary in summaries.values():
        for a in summary["articles"]:
            if a["id"] == item_id:
                return a
    raise KeyError(item_id)
