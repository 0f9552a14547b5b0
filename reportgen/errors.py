"""Errors a user can act on. Each names the file and says what is wrong and what to do."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """An error caused by input or invocation; reported without a traceback, exit status 2."""

    exit_code = 2


class InputError(UserError):
    """A source file that cannot be read as text."""

    def __init__(self, path: Path | str, reason: str, hint: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        msg = f"{self.path}: {reason}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)
