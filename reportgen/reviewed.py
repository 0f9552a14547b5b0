"""The `reviewed` mark a person sets on a summary they checked: read in any spelling YAML allows,
and a summary that cannot be read counted as a person's work too, so neither is ever replaced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportgen.errors import UserError

_NOT_REVIEWED = {"", "false", "no", "off", "n", "0", "null", "~", "none"}


def marked_reviewed(value: Any) -> bool:
    """True unless the value clearly says no: `reviewed: true`, `yes`, `on`, `'true'`, `1`, `是` …
    are all a person's mark; false, no, off, 0, null and a missing key are not."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return value.strip().lower() not in _NOT_REVIEWED
    if isinstance(value, int | float):
        return value != 0
    return True


def reviewed_state(path: Path) -> tuple[bool, str | None]:
    """(marked reviewed, why it cannot be read): a summary that cannot be loaded, or is not a
    mapping, gives its file, line and reason instead."""
    from reportgen.yamlio import load_file

    try:
        data = load_file(path)
    except UserError as exc:
        return False, str(exc)
    if not isinstance(data, dict):
        return False, f"{path}: is not a summary (expected a mapping with `articles:`)"
    return marked_reviewed(data.get("reviewed")), None
