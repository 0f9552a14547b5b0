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


class _Collect(__import__("logging").Handler):
    def __init__(self) -> None:
        super().__init__(level=__import__("logging").WARNING)
        self.records: list = []

    def emit(self, record) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_weasyprint_warnings(request):
    """Fail any test whose rendering made WeasyPrint log a warning (a missing font, a CSS error,
    an image that could not be loaded); a test that expects one says so with
    @pytest.mark.weasyprint_warnings."""
    import logging

    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("weasyprint_warnings") is None:
        lines = "\n".join(f"  {r.levelname}: {r.getMessage()}" for r in handler.records[:10])
        pytest.fail(f"WeasyPrint logged {len(handler.records)} warning(s):\n{lines}")
