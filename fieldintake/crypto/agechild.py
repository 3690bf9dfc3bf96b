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
space) and gets the key over the spawn pipe (never argv or the environment).
Decrypting (``DecryptChild``), it reads the age file through its own
descriptor with ``pread`` (the file offset it shares with the caller is not
moved) and writes plaintext to a pipe. Encrypting (``EncryptChild``), it
reads plaintext from one pipe and either writes the ciphertext into the
file descriptor it was handed (the caller's open output file: it opens
nothing itself) and says on a second pipe how far it got, while a thread
here reads the new bytes back from the page cache, hashes and syncs them;
or, for an output that is no file (a test's ``BytesIO``), sends the
ciphertext itself back on that pipe for the thread to hash and write. The
first spares both sides a GiB through a pipe for each GiB written. It ends
when its work ends or fails, or on a broken pipe when this side is gone
(closed, killed, relaunched after a lock). Its outcome comes back on a last
pipe as one JSON line, after its output pipe is closed, so the reader sees
the end of the bytes first, then whether they were whole.

POSIX only, and not from a daemonic child (``available()``): elsewhere the
caller runs pyrage in a thread, as before. As with every ``spawn`` start, the
child imports the program's main module again: a script that bundles or
backs up must keep its top level under ``if __name__ == "__main__":`` (the
entry points and ``benchmarks`` do), or the start fails with multiprocessing's
"bootstrapping phase" error.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import select
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import reduction
from multiprocessing.connection import Connection
from typing import Any

MEMORY_LIMIT = 3 * 1024**3
POLL_SECONDS = 0.1
PIPE_BYTES = 1024 * 1024
"""The pipe's own buffer, where Linux lets us size it: a MiB moves per wake-up, not 64 KiB."""
_IO_BUFFER = 1024 * 1024
_MAX_STATUS = 4096


@dataclass(frozen=True)
class Written:
    """What an encrypting child wrote into the file it was handed: the byte count and their SHA-256.

    ``sha256`` is None when the caller did not ask for the bytes to be read back (``hash_back=False``).
    """

    size: int
    sha256: str | None


class AgeChildCancelled(Exception):
    """``cancel()`` said stop while waiting for the child; the caller raises its own ``Cancelled``."""


class AgeChildFailed(Exception):
    """The child died or answered nonsense (``kind`` says which failure, ``message`` is one line)."""

    def __init__(self, kind: str, message: str, errno_: int | None = None) -> None:
        super().__init__(message)
        # "header" (this key does not open it), "payload" (a chunk failed), "source" (reading the age file),
        # "sink" (writing the output file: ``errno`` says why), "died"
        self.kind = kind
        self.errno = errno_


def available() -> bool:
    """POSIX, and not inside a daemonic process (the bundle check's child), which may not start children."""
    return os.name == "posix" and not multiprocessing.current_process().daemon


class _Inherited:
    """A descriptor handed to the spawned child (``pass_fds`` under spawn); the child gets the same number."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __reduce__(self) -> tuple[Callable[[Any], int], tuple[Any]]:
        return _detach, (reduction.DupFd(self.fd),)


def _detach(dup: Any) -> int:
    fd: int = dup.detach()
    return fd


def widen_pipe(fd: int) -> None:
    """Give the pipe of ``fd`` a MiB of buffer where Linux allows it (64 KiB otherwise)."""
    if not sys.platform.startswith("linux"):
        return
    import fcntl

    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is not None:
        with contextlib.suppress(OSError):  # over /proc/sys/fs/pipe-max-size: the default stays
            fcntl.fcntl(fd, setpipe, PIPE_BYTES)


class _Child:
    """A spawned age child: its status pipe, its outcome, kill on close."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...], cancel: Callable[[], bool] | None,
                 ends: list[Connection]) -> None:
        self._cancel = cancel
        context = multiprocessing.get_context("spawn")
        self._status, status_out = context.Pipe(duplex=False)
        self._ends = ends
        self._child = context.Process(target=target, name="fieldintake-age", args=(*args, status_out), daemon=True)
        try:
            self._child.start()
        except OSError as exc:
            self.close()
            raise AgeChildFailed("died", f"could not start age: {exc.strerror or exc}") from None
        finally:
            status_out.close()
            for end in ends:
                end.close()  # the child's ends: held there only, so its death is our EOF

    def _check_cancel(self) -> None:
        if self._cancel is not None and self._cancel():
            self.close()
            raise AgeChildCancelled()

    def _outcome(self) -> dict[str, object]:
        """The child's one-line outcome (it comes after its output pipe closed); raises a failure."""
        try:
            while not self._status.poll(POLL_SECONDS):
                self._check_cancel()
                if not self._child.is_alive() and not self._status.poll(0):
                    raise EOFError
            status = json.loads(self._status.recv_bytes(_MAX_STATUS).decode("utf-8"))
        except (EOFError, OSError, UnicodeDecodeError, ValueError):
            self._child.join(5)
            raise AgeChildFailed("died", f"age stopped unexpectedly (exit code {self._child.exitcode})") from None
        if not isinstance(status, dict):
            raise AgeChildFailed("died", "age answered something unreadable")
        if status.get("ok") is True:
            self._child.join()
            return status
        kind, message = str(status.get("error", "died")), " ".join(str(status.get("message", "")).split())[:500]
        errno_ = status.get("errno") if isinstance(status.get("errno"), int) else None
        raise AgeChildFailed(kind if kind in ("header", "payload", "source", "sink") else "died", message, errno_)

    def close(self) -> None:
        """Kill the child if it still runs, and reap it; safe to call twice."""
        self._status.close()
        if self._child.pid is not None:
            if self._child.is_alive():
                self._child.kill()
            self._child.join()


class DecryptChild(_Child):
    """Decrypts the age file open as ``src_fd`` (from ``offset``) with ``secret`` in a child; read the plaintext.

    ``readinto``/``read`` return plaintext as it comes, ``0``/``b""`` once the
    child finished cleanly; a failure raises ``AgeChildFailed`` after the
    bytes before it were read. ``close()`` kills the child at once.
    """

    def __init__(self, src_fd: int, offset: int, secret: str, cancel: Callable[[], bool] | None = None) -> None:
        self.received = 0
        self._done = False
        context = multiprocessing.get_context("spawn")
        self._data, data_out = context.Pipe(duplex=False)
        widen_pipe(self._data.fileno())
        self._fd = self._data.fileno()
        super().__init__(_decrypt_main, (_Inherited(src_fd), offset, secret, data_out), cancel, [data_out])

    def _wait(self) -> None:
        while True:
            self._check_cancel()
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
            self._outcome()
            self._done = True
            return 0
        self.received += n
        return n

    def read(self, n: int) -> bytes:
        if self._done or n <= 0:
            return b""
        self._wait()
        data = os.read(self._fd, n)
        if not data:
            self._outcome()
            self._done = True
            return b""
        self.received += len(data)
        return data

    def close(self) -> None:
        self._data.close()
        super().close()


class EncryptChild(_Child):
    """Encrypts to ``recipients`` (``age1…`` or SSH public keys) in a child: ``write`` plaintext, ``finish()``.

    With ``into_fd`` (a regular file open for writing) the child writes the
    ciphertext into the file itself, from the descriptor's current offset,
    and tells this side on a pipe how far it got; a thread here reads those
    bytes back from the page cache, hashes them and syncs the file every
    ``sync_every`` bytes; ``finish()`` returns what was written. Otherwise the
    ciphertext itself comes back on that pipe and the thread drains it into
    ``sink``. ``close()`` kills the child and waits for the thread, so
    nothing is written or read after it returns. ``hash_back=False`` (a
    vault's attachment file, whose plaintext is hashed on the way in) only
    counts: ``into_fd`` may then be open for writing only.
    """

    def __init__(self, recipients: list[str], sink: Callable[[memoryview], object] | None = None,
                 cancel: Callable[[], bool] | None = None, *, into_fd: int | None = None,
                 sync_every: int = 0, hash_back: bool = True) -> None:
        if (sink is None) == (into_fd is None):
            raise ValueError("the ciphertext goes either to a sink or into a file descriptor")
        context = multiprocessing.get_context("spawn")
        plain_in, self._plain = context.Pipe(duplex=False)
        self._back, back_out = context.Pipe(duplex=False)  # the ciphertext, or how much of it is in the file
        for end in (self._plain, self._back):
            widen_pipe(end.fileno())
        os.set_blocking(self._plain.fileno(), False)  # a stuck child (its sink failed) must not block us
        self._sink = sink
        self._error: BaseException | None = None
        self._drained = threading.Event()
        self._pump: threading.Thread | None = None
        self._file: _FileFollower | None = None
        if into_fd is None:
            super().__init__(_encrypt_main, (list(recipients), plain_in, back_out), cancel, [plain_in, back_out])
            pump = self._drain
        else:
            self._file = _FileFollower(into_fd, sync_every, hash_back)
            super().__init__(_encrypt_to_file_main, (list(recipients), plain_in, _Inherited(into_fd), back_out),
                             cancel, [plain_in, back_out])
            pump = self._follow
        self._pump = threading.Thread(target=pump, name="age-ciphertext", daemon=True)
        self._pump.start()

    def _drain(self) -> None:
        assert self._sink is not None
        buffer = memoryview(bytearray(_IO_BUFFER))
        fd = self._back.fileno()
        try:
            while n := os.readv(fd, [buffer]):
                self._sink(buffer[:n])
        except BaseException as exc:  # the sink's error (disk full, say): handed to the writing side
            self._error = exc
        finally:
            self._drained.set()

    def _follow(self) -> None:
        assert self._file is not None
        counts = bytearray(_COUNT.size * 512)
        fd = self._back.fileno()
        try:
            while n := os.readv(fd, [counts]):
                if n % _COUNT.size:  # 8-byte writes are atomic on a pipe: whole counts only, from our own child
                    raise AgeChildFailed("died", "age answered something unreadable")
                (upto,) = _COUNT.unpack_from(counts, n - _COUNT.size)
                self._file.catch_up(upto)
        except BaseException as exc:
            self._error = exc
        finally:
            self._drained.set()

    def _raise_pump_error(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            self.close()
            raise error

    def write(self, data: Any) -> None:
        view = memoryview(data).cast("B")
        fd = self._plain.fileno()
        while view:
            self._check_cancel()
            self._raise_pump_error()
            _, ready, _ = select.select([], [fd], [], POLL_SECONDS)
            if ready:
                try:
                    view = view[os.write(fd, view[:PIPE_BYTES]):]
                except BlockingIOError:
                    continue
                except BrokenPipeError:  # the child ended early: its outcome says why
                    self._plaintext_done()
                    self._outcome()
                    raise AgeChildFailed("died", "age stopped before the end of the input") from None

    def _plaintext_done(self) -> None:
        self._plain.close()
        while not self._drained.wait(POLL_SECONDS):
            self._check_cancel()
        self._raise_pump_error()

    def finish(self) -> Written | None:
        """End of the plaintext: wait until every ciphertext byte is out and the child said ok.

        Returns the size and SHA-256 of what went into ``into_fd`` (None when it went to the sink).
        """
        self._plaintext_done()
        status = self._outcome()
        if self._file is None:
            return None
        if status.get("size") != self._file.reached:
            raise AgeChildFailed("died", "age wrote another length than it reported")
        return Written(self._file.reached, self._file.hexdigest())

    def close(self) -> None:
        self._plain.close()
        super().close()  # the child is gone: the pump reads the end of its pipe and stops
        if self._pump is not None and self._pump is not threading.current_thread():
            self._pump.join()
        self._back.close()


_COUNT = struct.Struct("!Q")
"""The file child's word on its pipe: the bytes it has written into the file so far."""


class _FileFollower:
    """Reads back, hashes and syncs what the child wrote into a file, as far as it said it wrote.

    Without ``hash_back`` it only counts (and syncs): the descriptor need not be readable.

    ``pread`` from where the file stood when it was handed over: the bytes
    come from the page cache, and what is hashed is the file itself.
    """

    def __init__(self, fd: int, sync_every: int, hash_back: bool = True) -> None:
        self._fd = fd
        self._start = os.lseek(fd, 0, os.SEEK_CUR)
        self._every = sync_every
        self._digest = hashlib.sha256() if hash_back else None
        self._buffer = memoryview(bytearray(_IO_BUFFER))
        self.reached = 0
        self._synced = 0

    def catch_up(self, upto: int) -> None:
        if upto < self.reached:
            raise AgeChildFailed("died", "age answered something unreadable")
        if self._digest is None:
            self.reached = upto
        while self.reached < upto:
            want = self._buffer[: min(len(self._buffer), upto - self.reached)]
            n = os.preadv(self._fd, [want], self._start + self.reached)
            if n <= 0:
                raise AgeChildFailed("died", "the file is shorter than age said it wrote")
            assert self._digest is not None
            self._digest.update(want[:n])
            self.reached += n
        if self._every and self.reached - self._synced >= self._every:
            with contextlib.suppress(OSError):  # the caller's final fsync reports any failure
                getattr(os, "fdatasync", os.fsync)(self._fd)
            self._synced = self.reached

    def hexdigest(self) -> str | None:
        return None if self._digest is None else self._digest.hexdigest()


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


def _decrypt_main(src_fd: int, offset: int, secret: str, data: Connection, status: Connection) -> None:
    _limit_self()
    import pyrage  # after the limits

    source = _PositionalReader(src_fd, offset)
    result: dict[str, Any]
    try:
        identity = pyrage.x25519.Identity.from_str(secret)
        del secret
        # 1 MiB on each side: pyrage's own buffers are 8 KiB, and a pipe read per 8 KiB would cost us a hash and
        # a write call each (its ``*_file`` functions, all in Rust, write 8 KiB at a time: slower here).
        out = io.BufferedWriter(io.FileIO(data.fileno(), "wb", closefd=False), _IO_BUFFER)
        pyrage.decrypt_io(io.BufferedReader(source, _IO_BUFFER), out, [identity])
        out.flush()
        result = {"ok": True}
    except BaseException as exc:  # pyrage wraps our reader's and writer's errors: the cause is kept on them
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
    _answer(status, result)


def _answer(status: Connection, result: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):  # nobody listens any more (closed, killed, relaunched): just end
        status.send_bytes(json.dumps(result).encode())
        status.close()
    os._exit(0)  # no atexit handlers, no flushing of anything inherited


def _age_targets(recipients: list[str]) -> list[Any]:
    import pyrage

    return [pyrage.x25519.Recipient.from_str(r) if r.startswith("age1") else pyrage.ssh.Recipient.from_str(r)
            for r in recipients]


def _encrypt_main(recipients: list[str], plain: Connection, cipher: Connection, status: Connection) -> None:
    _limit_self()
    import pyrage  # after the limits

    result: dict[str, Any]
    try:
        targets = _age_targets(recipients)
        out = io.BufferedWriter(io.FileIO(cipher.fileno(), "wb", closefd=False), _IO_BUFFER)
        pyrage.encrypt_io(io.BufferedReader(io.FileIO(plain.fileno(), "rb", closefd=False), _IO_BUFFER), out, targets)
        out.flush()
        result = {"ok": True}
    except BaseException as exc:  # a broken pipe: the parent is gone or stopped; the answer goes nowhere
        result = {"error": "died", "message": f"encryption failed ({type(exc).__name__})"}
    cipher.close()
    _answer(status, result)


class _FileSink(io.RawIOBase):
    """The ciphertext into the handed descriptor; after each write, the total so far on ``counts``."""

    def __init__(self, fd: int, counts: Connection) -> None:
        super().__init__()
        self._fd = fd
        self._counts = counts.fileno()
        self.size = 0
        self.error: OSError | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        try:
            left = view
            while left:
                left = left[os.write(self._fd, left):]
        except OSError as exc:
            self.error = exc
            raise
        self.size += len(view)
        os.write(self._counts, _COUNT.pack(self.size))
        return len(view)


def _encrypt_to_file_main(recipients: list[str], plain: Connection, out_fd: int, counts: Connection,
                          status: Connection) -> None:
    _limit_self()
    import pyrage  # after the limits

    sink = _FileSink(out_fd, counts)
    result: dict[str, Any]
    try:
        targets = _age_targets(recipients)
        out = io.BufferedWriter(sink, _IO_BUFFER)
        pyrage.encrypt_io(io.BufferedReader(io.FileIO(plain.fileno(), "rb", closefd=False), _IO_BUFFER), out, targets)
        out.flush()
        result = {"ok": True, "size": sink.size}
    except BaseException as exc:  # pyrage wraps our writer's error: the cause is kept on the sink
        if sink.error is not None:
            result = {"error": "sink", "message": sink.error.strerror or str(sink.error), "errno": sink.error.errno}
        else:
            result = {"error": "died", "message": f"encryption failed ({type(exc).__name__})"}
    counts.close()  # this side sees the last count, then this line
    _answer(status, result)
