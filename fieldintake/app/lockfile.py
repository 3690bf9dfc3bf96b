"""An exclusive, non-blocking lock on a user's vault, held while it is open.

The OS drops it if the process dies (even by kill -9), so a crash never leaves
a vault locked. A second process gets ``VaultInUse`` instead of a second
writer on the same SQLCipher file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldintake.errors import VaultInUse
from fieldintake.fsutil import PRIVATE_FILE


class VaultLock:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise VaultInUse(
                "This vault is in use by another fieldintake window or command. Close it and try again."
            ) from exc
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
