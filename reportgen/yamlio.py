"""YAML in and out: safe loading only, readable dumping, atomic writes."""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from reportgen.errors import UserError

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_YAML_BYTES = 20 * 1024 * 1024


def dump(data: Any) -> str:
    """YAML text with Chinese kept readable and short scalar lists on one line.

    The garbage collector is paused while PyYAML builds its node tree: its full collections, each
    over every node made so far, made writing 50,000 figures twice as slow per figure as 1,000."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=None,
                         width=10_000)
    finally:
        if paused:
            gc.enable()


def load_file(path: Path) -> Any:
    """Safe-load a YAML file (a regular file of at most MAX_YAML_BYTES); errors name the file and line."""
    from reportgen.files import read_limited

    data = read_limited(path, MAX_YAML_BYTES, "YAML file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise UserError(f"{path}: line {line}: is not UTF-8 text (invalid byte at offset {exc.start}; "
                        f"re-save the file as UTF-8)") from None
    return load_text(text, path)


def load_text(text: str, path: Path | str) -> Any:
    """Safe-load YAML text; every way it can fail is a UserError naming the file and line."""
    try:
        if "&" in text and "*" in text:
            _refuse_aliases(yaml.compose(text, Loader=_Loader), path)
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise UserError(f"{path}:{where}: invalid YAML: {problem}") from None
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:  # a value its tag cannot make
        node = _bad_scalar(text)
        where = f" line {node.start_mark.line + 1}, column {node.start_mark.column + 1}" if node else ""
        shown = f"{node.value!r} " if node is not None else ""
        raise UserError(f"{path}:{where}: invalid YAML: the value {shown}is not valid ({exc}; quote it to "
                        f"make it text)") from None


def _bad_scalar(text: str) -> yaml.ScalarNode | None:
    """The first scalar whose value cannot be made (a date like 2026-13-45, `!!int x`)."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    stack = [root] if root is not None else []
    maker = yaml.SafeLoader("")
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            try:
                maker.construct_object(node, deep=True)
            except Exception:  # noqa: BLE001 - any failure of a constructor is what is looked for
                return node
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for k, v in reversed(node.value):
                stack.extend((v, k))
    return None


def _refuse_aliases(root: yaml.Node | None, path: Path | str) -> None:
    """Summaries and glossaries have no use for anchors and aliases: refusing them stops a
    'billion laughs' file before it is expanded in memory."""
    stack, seen = [root] if root is not None else [], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise UserError(f"{path}: line {node.start_mark.line + 1}: YAML aliases (*name) are not allowed; "
                            f"write the value out")
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))


def _umask() -> int:
    """The process's umask (read by setting it and setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_MODE = 0o666 & ~_umask()  # what open() would give a new file: 0644 under the usual umask


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write a file so that readers see the old content or the new one, never a part; with the
    permissions a plainly created file would have (the umask, not mkstemp's 0600), so colleagues
    on a shared drive can open it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), _MODE)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
