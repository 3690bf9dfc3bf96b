"""Atomic, private file writes.

Every file that must survive a crash (key files, exported PDFs, bundles) is
written the way Electrum saves a wallet: a temp file in the same directory,
fsync, ``os.replace`` over the target, then fsync of the directory. A crash at
any point leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fieldintake.errors import StorageError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make the leaf readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if sys.platform != "win32":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != PRIVATE_DIR:
            path.chmod(PRIVATE_DIR)
    return path


def fsync_dir(path: Path) -> None:
    """Persist a rename: on POSIX the directory entry needs its own fsync."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(exc: OSError, what: str) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError(f"The disk is full: could not write {what}. Nothing was changed.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"No permission to write {what}. Nothing was changed.")
    return StorageError(f"Could not write {what}: {exc.strerror or exc}. Nothing was changed.")


class SyncingFile:
    """Writes through to ``fh``; every ``every`` bytes a thread syncs what is written so far, beside the writing.

    The fsync before the rename must wait for every byte to reach the disk:
    for a file of hundreds of MiB that is a tenth of a second or more after
    the last write. Synced as it grows, the final fsync has little left.
    """

    def __init__(self, fh: BinaryIO, every: int) -> None:
        self._fh = fh
        self.every = every
        """Bytes between syncs; a bundle's age child writing into ``fileno()`` past this object is synced as often."""
        self._since = 0
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="sync-as-written", daemon=True)
        self._thread.start()

    def write(self, data: bytes | memoryview) -> int:
        n = self._fh.write(data)
        self._since += len(data)
        if self._since >= self.every:
            self._fh.flush()
            self._since = 0
            self._wake.set()
        return n

    def flush(self) -> None:
        self._fh.flush()

    def fileno(self) -> int:
        return self._fh.fileno()

    def _run(self) -> None:
        sync = getattr(os, "fdatasync", os.fsync)
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stopping:
                return
            with contextlib.suppress(OSError):  # the final fsync reports any failure
                sync(self._fh.fileno())

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        self._thread.join()


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = PRIVATE_FILE, *, sync_every: int | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it atomically replaces ``target``.

    On any exception the temp file is removed and ``target`` is untouched.
    ``sync_every`` (bytes), for large files: synced in the background as they
    grow, so the final fsync is short (``SyncingFile``).
    """
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
    try:  # a missing or read-only folder: one StorageError, like a failed write
        # open for reading too: a bundle's age child writes into it, and the bytes are read back to be hashed
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    except OSError as exc:
        raise storage_error(exc, str(target.name)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            syncing = SyncingFile(fh, sync_every) if sync_every else None
            try:
                yield fh if syncing is None else syncing  # type: ignore[misc]
            finally:
                if syncing is not None:
                    syncing.stop()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove_quietly(tmp)
        raise storage_error(exc, str(target.name)) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    with atomic_writer(target, mode) as fh:
        fh.write(data)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def shred_file(path: Path) -> None:
    """Overwrite a small file with random bytes, fsync, then unlink it.

    Used for key files during an emergency erase. On flash storage and
    copy-on-write file systems the old blocks may survive; the keys in it
    are still wrapped, and the device secret (when bound) is destroyed too.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b", buffering=0) as fh:
        fh.write(secrets.token_bytes(max(size, 1)))
        os.fsync(fh.fileno())
    os.unlink(path)


def replace_shredding_previous(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    """``atomic_write_bytes``, then overwrite the replaced version in place before letting it go.

    For key files: ``os.replace`` alone frees the old file's blocks with the old
    wrapped key still in them, for anyone who images the disk to carve. A hard
    link keeps the old inode until it is shredded; a crash in between leaves a
    ``.NAME.*.old.tmp`` link that ``shred_leftovers`` (and erase) shreds later.
    """
    target = Path(target)
    previous = target.with_name(f".{target.name}.{secrets.token_hex(8)}.old.tmp")
    try:
        os.link(target, previous)
    except FileNotFoundError:
        previous = None  # type: ignore[assignment]
    except OSError as exc:
        raise storage_error(exc, str(target.name)) from exc
    try:
        atomic_write_bytes(target, data, mode)
    except BaseException:
        if previous is not None:
            _remove_quietly(previous)  # still the live file's inode: unlink the link, keep the content
        raise
    if previous is not None:
        shred_file(previous)


def shred_leftovers(target: Path) -> None:
    """Shred what an interrupted ``replace_shredding_previous`` or ``atomic_writer`` left beside ``target``."""
    target = Path(target)
    for leftover in sorted(target.parent.glob(f".{target.name}.*.tmp")):
        with contextlib.suppress(OSError):
            shred_file(leftover)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived during a write that must not leave a partial file behind."""


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise ``Terminated`` (a KeyboardInterrupt) instead of ending the
    process on the spot, so ``finally`` and ``atomic_writer`` remove a half-written plaintext temp file.

    Only in the main thread (where Python runs signal handlers); elsewhere a no-op.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_terminated(signum: int, frame: object) -> None:
        raise Terminated(f"signal {signum}")

    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {name: signal.signal(getattr(signal, name), raise_terminated) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def _link_unnamed(fd: int, name: Path) -> None:
    """linkat(AT_SYMLINK_FOLLOW) of /proc/self/fd/N: a src_dir_fd makes Python call linkat, not link."""
    root = os.open("/", os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", name, src_dir_fd=root, follow_symlinks=True)
    finally:
        os.close(root)


@contextlib.contextmanager
def unnamed_atomic_writer(target: Path, mode: int = PRIVATE_FILE) -> Iterator[BinaryIO]:
    """``atomic_writer`` for plaintext copies: on Linux the bytes go to an unnamed file (``O_TMPFILE``)
    that gets a name only once complete, so even kill -9 or a power cut mid-write leaves nothing
    in the folder. Elsewhere (or on file systems without it): ``atomic_writer``.
    """
    target = Path(target)
    flag = getattr(os, "O_TMPFILE", 0)
    fd = -1
    if flag and os.path.exists("/proc/self/fd"):
        try:
            fd = os.open(target.parent, flag | os.O_WRONLY, mode)
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
                raise storage_error(exc, str(target.name)) from exc
    if fd < 0:
        with atomic_writer(target, mode) as fh:
            yield fh
        return
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            _link_unnamed(fh.fileno(), tmp)  # named only now, complete
        os.replace(tmp, target)
    except OSError as exc:
        _remove_quietly(tmp)
        raise storage_error(exc, str(target.name)) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_dir(target.parent)
