"""Restore writes member files and fsyncs them in the background: the files waiting for their fsync stay few.

Thousands of small attachments decrypt faster than a disk syncs them; each file waiting holds a
descriptor, and a process has about a thousand. The disk's slowness is the one thing simulated here
(a delay before each real fsync); the files, descriptors and syncs are real.
"""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from fieldintake.errors import StorageError
from fieldintake.exports.backup import restore


class _Member:
    """What ``_Writer.write`` reads: a member's bytes through ``readinto``."""

    def __init__(self, data: bytes) -> None:
        self._src = io.BytesIO(data)

    def readinto(self, target: memoryview) -> int:
        return self._src.readinto(target)


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts descriptors through /proc")
def test_files_waiting_for_fsync_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = restore._sync_and_close

    def slow_disk(fd: int) -> None:
        time.sleep(0.004)
        real(fd)

    monkeypatch.setattr(restore, "_sync_and_close", slow_disk)
    writer = restore._Writer()
    before = _open_descriptors()
    peak = 0
    count = 300
    try:
        for number in range(count):
            writer.write(_Member(f"attachment {number}".encode() * 50), tmp_path / f"blob{number}")  # type: ignore[arg-type]
            peak = max(peak, _open_descriptors() - before)
        writer.finish()
    finally:
        writer.close()
    assert peak <= restore._Writer.IN_FLIGHT + 2, f"{peak} descriptors held waiting for fsync"
    assert _open_descriptors() <= before  # every file closed once synced
    for number in range(count):
        assert (tmp_path / f"blob{number}").read_bytes() == f"attachment {number}".encode() * 50


def test_a_failed_fsync_is_a_storage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_disk(fd: int) -> None:
        os.close(fd)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(restore, "_sync_and_close", failing_disk)
    writer = restore._Writer()
    with pytest.raises(StorageError, match="Input/output error"):
        try:
            for number in range(restore._Writer.IN_FLIGHT + 5):
                writer.write(_Member(b"x"), tmp_path / f"blob{number}")  # type: ignore[arg-type]
            writer.finish()
        finally:
            writer.close()
