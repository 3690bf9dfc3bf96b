"""Data leaving the vault: written first, recorded after.

The audit chain is a chain of custody: an entry "exported" for a file that
was never written (a mistyped path, a full disk, a cancelled save) is wrong
data. Every route out (case file and summary PDFs from the CLI and the GUI,
bundles) writes the whole file atomically and only then records it; if the
record cannot be made, the file is removed, so nothing leaves unrecorded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from fieldintake.fsutil import PRIVATE_FILE, atomic_writer

T = TypeVar("T")


def deliver(target: Path, write: Callable[[BinaryIO], T], record: Callable[[T], None],
            *, mode: int = PRIVATE_FILE) -> T:
    """``write`` the whole file at ``target`` (atomically), then ``record`` what it returned."""
    target = Path(target)
    with atomic_writer(target, mode) as out:
        made = write(out)
    try:
        record(made)
    except BaseException:
        target.unlink(missing_ok=True)  # not recorded: not handed over
        raise
    return made


def deliver_bytes(target: Path, data: bytes, record: Callable[[], None], *, mode: int = PRIVATE_FILE) -> Path:
    """``data`` written at ``target``, then ``record()``; returns the path."""
    deliver(target, lambda out: out.write(data), lambda _n: record(), mode=mode)
    return Path(target)
