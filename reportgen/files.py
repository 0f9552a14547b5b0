"""Reading a file a user named: regular files only (a FIFO, a device such as /dev/zero or a
folder is refused without being opened for reading or waited on), never more than a limit."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reportgen.errors import InputError

MiB = 1024 * 1024


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MiB" if n >= MiB else f"{n} bytes"


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular(path: Path, limit: int, what: str = "file") -> int:
    """The size of a regular file under `limit` bytes; InputError for anything else."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(path, "not found" if not path.is_symlink() else "is a link to a file that does not exist",
                         "check the path") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, f"is {kind_of(st.st_mode)}, not a regular file", f"only regular files can be a {what}")
    if st.st_size > limit:
        raise InputError(path, f"is too large ({_size(st.st_size)}; the limit for a {what} is {_size(limit)})",
                         "split it into smaller files")
    return st.st_size


def read_limited(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes. The file is opened without blocking
    (a FIFO swapped in after the check is not waited on) and checked again once open."""
    check_regular(path, limit, what)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except PermissionError:
        raise InputError(path, "cannot be read: permission denied", "check the file's permissions") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(path, f"is {kind_of(st.st_mode)}, not a regular file",
                             f"only regular files can be a {what}")
        chunks, got = [], 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(path, f"is too large (over {_size(limit)}, the limit for a {what})",
                         "split it into smaller files")
    return data
