"""pyrage in a spawned child process, its plaintext on an OS pipe, so age runs beside our own work.

pyrage holds the GIL for the whole of every call (its Rust code never
releases it, not even in ``decrypt_io``'s loop), so while it decrypts in a
thread nothing else in the process runs: the tar layer, the SHA-256 of each
member, the writes all wait for it. In a child the age work has a core of
its own and this process parses, hashes and writes what the child has
already decrypted.

The child is started with ``multiprocessing``'s ``spawn`` method (also in the
frozen build) from this light module: it imports pyrage and nothing of the
app. It limits itself first (no core file: it holds the key; bounded address
space), gets the key over the spawn pipe (never argv or the environment),
reads the age file through its own descriptor with ``pread`` (the file
offset it shares with the caller is not moved) and writes plaintext to the
pipe. It ends when decryption ends or fails, or on a broken pipe when this
side is gone (closed, killed, relaunched after a lock). Its outcome comes
back on a second pipe as one JSON line, after the plaintext pipe is closed,
so the reader sees the end of the bytes first, then whether they were whole.

POSIX only (``available()``): elsewhere the caller decrypts in a thread.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import select
import sys
from collections.abc import Callable
from multiprocessing import reduction
from multiprocessing.connection import Connection
from typing import Any

MEMORY_LIMIT = 3 * 1024**3
POLL_SECONDS = 0.1
PIPE_BYTES = 1024 * 1024
"""The pipe's own buffer, where Linux lets us size it: a MiB moves per wake-up, not 64 KiB."""
_IO_BUFFER = 1024 * 1024
_MAX_STATUS = 4096


class AgeChildCancelled(Exception):
    """``cancel()`` said stop while waiting for the child; the caller raises its own ``Cancelled``."""


class AgeChildFailed(Exception):
    """The child died or answered nonsense (``kind`` says which failure, ``message`` is one line)."""

    def __init__(self, kind: str, message: str, errno_: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind  # "header" (this key does not open it), "payload" (a chunk failed), "source", "died"
        self.errno = errno_


def available() -> bool:
    return os.name == "posix"


class _Inherited:
    """A descriptor handed to the spawned child (``pass_fds`` under spawn); the child gets the same number."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __reduce__(self) -> tuple[Callable[[Any], int], tuple[Any]]:
        return _detach, (reduction.DupFd(self.fd),)


def _detach(dup: Any) -> int:
    fd: int = dup.detach()
    return fd


def _widen(fd: int) -> None:
    if not sys.platform.startswith("linux"):
        return
    import fcntl

    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is not None:
        with contextlib.suppress(OSError):  # over /proc/sys/fs/pipe-max-size: the default stays
            fcntl.fcntl(fd, setpipe, PIPE_BYTES)


class DecryptChild:
    """Decrypts the age file open as ``src_fd`` (from ``offset``) with ``secret`` in a child; read the plaintext.

    ``readinto``/``read`` return plaintext as it comes, ``0``/``b""`` once the
    child finished cleanly; a failure raises ``AgeChildFailed`` after the
    bytes before it were read. ``close()`` kills the child at once.
    """

    def __init__(self, src_fd: int, offset: int, secret: str, cancel: Callable[[], bool] | None = None) -> None:
        self._cancel = cancel
        self.received = 0
        self._done = False
        context = multiprocessing.get_context("spawn")
        self._data, data_out = context.Pipe(duplex=False)
        self._status, status_out = context.Pipe(duplex=False)
        _widen(self._data.fileno())
        self._child = context.Process(target=_decrypt_main, name="fieldintake-age",
                                      args=(_Inherited(src_fd), offset, secret, data_out, status_out), daemon=True)
        try:
            self._child.start()
        except OSError as exc:
            self.close()
            raise AgeChildFailed("died", f"could not start the decryption: {exc.strerror or exc}") from None
        finally:
            data_out.close()
            status_out.close()
        self._fd = self._data.fileno()

    def _wait(self) -> None:
        while True:
            if self._cancel is not None and self._cancel():
                self.close()
                raise AgeChildCancelled()
            ready, _, _ = select.select([self._fd], [], [], POLL_SECONDS)
            if ready:
                return

    def readinto(self, target: Any) -> int:
        if self._done:
            return 0
        view = memoryview(target).cast("B")
        if not len(view):
            return 0
        self._wait()
        n = os.readv(self._fd, [view])
        if n == 0:
            self._finish()
            return 0
        self.received += n
        return n

    def read(self, n: int) -> bytes:
        if self._done or n <= 0:
            return b""
        self._wait()
        data = os.read(self._fd, n)
        if not data:
            self._finish()
            return b""
        self.received += len(data)
        return data

    def _finish(self) -> None:
        """The plaintext pipe ended: the child's one-line outcome says whether it was whole."""
        try:
            while not self._status.poll(POLL_SECONDS):
                if self._cancel is not None and self._cancel():
                    self.close()
                    raise AgeChildCancelled()
                if not self._child.is_alive() and not self._status.poll(0):
                    raise EOFError
            raw = self._status.recv_bytes(_MAX_STATUS)
            status = json.loads(raw.decode("utf-8"))
        except (EOFError, OSError, UnicodeDecodeError, ValueError):
            self._child.join(5)
            raise AgeChildFailed("died", f"the decryption stopped unexpectedly (exit code {self._child.exitcode})") \
                from None
        if not isinstance(status, dict):
            raise AgeChildFailed("died", "the decryption answered something unreadable")
        if status.get("ok") is True and status.get("bytes") == self.received:
            self._done = True
            self._child.join()
            return
        kind, message = str(status.get("error", "died")), " ".join(str(status.get("message", "")).split())[:500]
        errno_ = status.get("errno") if isinstance(status.get("errno"), int) else None
        raise AgeChildFailed(kind if kind in ("header", "payload", "source") else "died", message, errno_)

    def close(self) -> None:
        """Kill the child if it still runs, and reap it; safe to call twice."""
        self._data.close()
        self._status.close()
        if self._child.pid is not None:
            if self._child.is_alive():
                self._child.kill()
            self._child.join()


# --- the child's side ---------------------------------------------------------------------------------------


def _limit_self() -> None:
    try:
        import resource
    except ImportError:
        return
    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash must not write the key to disk
        if sys.platform.startswith("linux"):
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class _PositionalReader(io.RawIOBase):
    """The age file by ``pread``: the caller's file offset (shared with this descriptor) stays where it was."""

    def __init__(self, fd: int, offset: int) -> None:
        super().__init__()
        self._fd = fd
        self._pos = offset
        self.error: OSError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        try:
            if hasattr(os, "preadv"):
                n = os.preadv(self._fd, [target], self._pos)
            else:
                data = os.pread(self._fd, len(target), self._pos)
                n = len(data)
                target[:n] = data
        except OSError as exc:
            self.error = exc
            raise
        self._pos += n
        return n


class _CountingWriter(io.RawIOBase):
    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.count = 0
        self.broken = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data)
        total = len(view)
        try:
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
        except (BrokenPipeError, ConnectionResetError):
            self.broken = True
            raise
        self.count += total
        return total


def _decrypt_main(src_fd: int, offset: int, secret: str, data: Connection, status: Connection) -> None:
    _limit_self()
    import pyrage  # after the limits

    source = _PositionalReader(src_fd, offset)
    sink = _CountingWriter(data.fileno())
    result: dict[str, Any]
    try:
        identity = pyrage.x25519.Identity.from_str(secret)
        del secret
        out = io.BufferedWriter(sink, _IO_BUFFER)
        pyrage.decrypt_io(io.BufferedReader(source, _IO_BUFFER), out, [identity])
        out.flush()
        result = {"ok": True, "bytes": sink.count}
    except BaseException as exc:  # pyrage wraps our reader's and writer's errors: the cause is kept on them
        if sink.broken:
            os._exit(0)  # the reading side is gone
        if source.error is not None:
            result = {"error": "source", "message": source.error.strerror or str(source.error),
                      "errno": source.error.errno}
        elif isinstance(exc, pyrage.DecryptError):  # the header: no stanza opens with this key (or it is damaged)
            result = {"error": "header", "message": str(exc)[:500]}
        elif isinstance(exc, OSError):  # pyrage reports a payload chunk that fails to authenticate as an OSError
            result = {"error": "payload", "message": "a chunk failed to authenticate"}
        else:
            result = {"error": "died", "message": f"internal error {type(exc).__name__}"}
    data.close()  # the reader sees the end of the bytes, then this line
    with contextlib.suppress(OSError):
        status.send_bytes(json.dumps(result).encode())
        status.close()
    os._exit(0)
