"""A spawned child process with CPU and memory limits, answering on a pipe (never a pickle).

Used by ``isolated.py`` to parse untrusted bundles apart from the app. The
child limits itself first (``RLIMIT_CPU``, ``RLIMIT_AS`` on Linux, no core
file), then runs an importable ``target(*args, channel)``; it answers with
JSON messages (``J``) and raw data chunks (``D``), each framed as one kind
byte and a 4-byte length (never a pickle), so a compromised child cannot run
code in the parent. The parent reads each frame's body straight into a buffer
of the announced size (bounded first): ``Connection.recv_bytes`` assembled
every MiB of an import from 64 KiB reads in a ``BytesIO``, an eighth of the
import's time. The parent's :class:`Channel` waits with the GIL released, polls
``cancel`` every 0.1 s, reports progress, and turns every way the child can
end (its own ``FieldintakeError``, a bug, a crash, an exhausted budget) into
one clear error.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import struct
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from fieldintake import errors
from fieldintake.crypto.agechild import widen_pipe
from fieldintake.app.progress import Cancel, Progress
from fieldintake.errors import BundleError, BundleTooExpensive, Cancelled, FieldintakeError
from fieldintake.exports.bundle.manifest import MAX_MANIFEST_BYTES


MEMORY_LIMIT = 3 * 1024**3
"""Address space for the child (passphrase bundles are decrypted in memory, up to 128 MiB)."""
POLL_SECONDS = 0.1
_MAX_MESSAGE = 2 * MAX_MANIFEST_BYTES
_MAX_ERROR_TEXT = 1000
_FRAME = struct.Struct("!cI")  # kind (b"J" or b"D"), body length


# --- the parent side ------------------------------------------------------------------


class Channel:
    """A spawned, limited child and the pipe it answers on: JSON messages (``J``) and raw data (``D``)."""

    def __init__(self, target: Callable[..., dict[str, Any]], args: tuple[Any, ...], cpu_seconds: int,
                 progress: Progress | None, cancel: Cancel | None) -> None:
        self._cpu = cpu_seconds
        self._progress = progress
        self._cancel = cancel
        self._waited = 0.0  # time spent waiting on the child: its work, not the parent's (staging, say)
        self._limit = 3 * cpu_seconds + 30  # where RLIMIT_CPU is missing (Windows), or a stuck read
        self._buffer = bytearray(64 * 1024)
        context = multiprocessing.get_context("spawn")
        self._receiver, sender = context.Pipe(duplex=False)
        widen_pipe(self._receiver.fileno())  # a MiB chunk in one read where Linux allows it
        self._child = context.Process(target=_child_entry, args=(target, args, sender, cpu_seconds), daemon=True,
                                      name="fieldintake-bundle-check")
        try:
            self._child.start()
        except OSError as exc:
            self.close()
            raise BundleError(f"Could not start the bundle check: {exc.strerror or exc}.") from None
        finally:
            sender.close()

    def next(self) -> tuple[str, Any]:
        """The next message: ``("J", dict)`` or ``("D", bytes)``; progress is handled, errors raised."""
        while True:
            if self._cancel is not None and self._cancel():
                raise Cancelled("Cancelled: the bundle was not checked. Nothing was changed.")
            if self._waited > self._limit:
                raise _too_expensive(self._cpu)
            started = time.monotonic()
            ready = self._receiver.poll(POLL_SECONDS)
            self._waited += time.monotonic() - started
            if not ready:
                continue
            try:
                kind, data = self._frame()
            except EOFError:
                self._child.join(5)
                raise _died(self._child.exitcode, self._cpu) from None
            if kind == b"D":
                return "D", data
            message = _decode(data if kind == b"J" else b"")
            if "progress" in message:
                self._report(message["progress"])
                continue
            if message.get("ok") is False:
                raise _error_from(message)
            return "J", message

    def _frame(self) -> tuple[bytes, bytes]:
        """One frame: its kind and its body, read into a buffer of the announced size once that is bounded."""
        kind, size = _FRAME.unpack(self._exact(_FRAME.size))
        if size > _MAX_MESSAGE:
            raise BundleError("The bundle check sent back an answer that is too long: refused.")
        return kind, self._exact(size)

    def _exact(self, size: int) -> bytes:
        """``size`` bytes from the pipe, through one buffer kept for the channel (a fresh one a MiB cost page faults)."""
        if len(self._buffer) < size:
            self._buffer = bytearray(max(size, len(self._buffer) * 2))
        view = memoryview(self._buffer)
        fd = self._receiver.fileno()
        got = 0
        while got < size:
            try:
                n = os.readv(fd, [view[got:size]])
            except OSError:
                raise EOFError from None
            if n == 0:
                raise EOFError
            got += n
        return bytes(view[:size])  # the caller's own copy: nothing it holds changes on the next read

    def _report(self, value: Any) -> None:
        try:
            done, total = (int(n) for n in value)
        except (TypeError, ValueError):
            raise BundleError("The bundle check sent back an answer that could not be read.") from None
        if self._progress is not None:
            self._progress(done, total)

    def close(self) -> None:
        """Stop the child (if it still runs) and wait for it; safe to call twice."""
        self._receiver.close()
        if self._child.pid is not None:
            if self._child.is_alive():
                self._child.kill()
            self._child.join()


def run_child(
    target: Callable[..., dict[str, Any]],
    args: tuple[Any, ...],
    cpu_seconds: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> dict[str, Any]:
    """Run ``target(*args, channel)`` in a spawned, limited child; return its result or raise its error.

    ``target`` must be importable (a module-level function) and return a
    JSON-able dict; ``channel.progress(done, total)`` reports progress.
    """
    channel = Channel(target, args, cpu_seconds, progress, cancel)
    try:
        while True:
            kind, message = channel.next()
            if kind == "J" and message.get("ok") is True:
                result: dict[str, Any] = message
                return result
            if kind == "J" and "head" in message:
                continue
            raise BundleError("The bundle check sent back an answer that could not be read.")
    finally:
        channel.close()


def _decode(data: bytes) -> dict[str, Any]:
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        message = None
    if not isinstance(message, dict):
        raise BundleError("The bundle check sent back an answer that could not be read.")
    return message


def _too_expensive(cpu_seconds: int) -> BundleTooExpensive:
    return BundleTooExpensive(
        f"Checking this bundle took more than {cpu_seconds} seconds of computing: stopped, refused as a damaged "
        "or hostile file. Nothing was imported."
    )


def _died(exitcode: int | None, cpu_seconds: int) -> BundleError:
    limits = {-getattr(signal, name) for name in ("SIGXCPU", "SIGKILL") if hasattr(signal, name)}
    if exitcode in limits:
        return _too_expensive(cpu_seconds)
    return BundleError(
        f"The bundle check stopped unexpectedly (exit code {exitcode}); the file may be hostile. Nothing was imported."
    )


_ERRORS: dict[str, type[FieldintakeError]] = {
    name: cls for name, cls in vars(errors).items()
    if isinstance(cls, type) and issubclass(cls, FieldintakeError) and cls.__init__ is FieldintakeError.__init__
}


def _error_from(message: dict[str, Any]) -> FieldintakeError:
    text = " ".join(str(message.get("message", "")).split())[:_MAX_ERROR_TEXT]
    cls = _ERRORS.get(str(message.get("error")))
    if cls is None:
        return BundleError(f"The bundle could not be checked ({text or 'internal error'}). Nothing was imported.")
    return cls(text)


# --- the child side -------------------------------------------------------------------


def _limit_self(cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-clock deadline is the bound
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash must not write the key to disk
    soft = max(1, int(cpu_seconds))
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard == resource.RLIM_INFINITY or hard > soft + 2:
        hard = soft + 2
    resource.setrlimit(resource.RLIMIT_CPU, (min(soft, hard), hard))
    if sys.platform.startswith("linux"):
        _, hard_as = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT if hard_as == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard_as)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard_as))


class ChildChannel:
    """The child's end of the pipe."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def send(self, message: dict[str, Any]) -> None:
        self._write(b"J", json.dumps(message).encode())

    def data(self, chunk: bytes) -> None:
        self._write(b"D", chunk)

    def _write(self, kind: bytes, body: bytes) -> None:
        """One frame, whole: a parent that stopped listening shows as ``BrokenPipeError``."""
        views = [memoryview(_FRAME.pack(kind, len(body))), memoryview(body)]
        fd = self._conn.fileno()
        while views:
            n = os.writev(fd, views)
            while views and n >= len(views[0]):
                n -= len(views[0])
                views.pop(0)
            if views:
                views[0] = views[0][n:]

    def progress(self, done: int, total: int) -> None:
        self.send({"progress": [done, total]})


def _child_entry(target: Callable[..., dict[str, Any]], args: tuple[Any, ...], conn: Connection,
                 cpu_seconds: int) -> None:
    """Runs in the child: limits first, then the work; every outcome goes back on the pipe."""
    try:
        _limit_self(cpu_seconds)
    except (OSError, ValueError):  # a platform that refuses a limit: the parent's deadline still holds
        pass
    if hasattr(signal, "SIGXCPU"):
        signal.signal(signal.SIGXCPU, signal.SIG_DFL)  # over budget: end at once, no Python handler
    channel = ChildChannel(conn)
    try:
        result = {"ok": True, **target(*args, channel)}
    except (BrokenPipeError, ConnectionResetError):  # the parent stopped listening (closed, cancelled)
        os._exit(0)
    except FieldintakeError as exc:
        result = {"ok": False, "error": type(exc).__name__, "message": str(exc)[:_MAX_ERROR_TEXT]}
    except MemoryError:
        result = {"ok": False, "error": "BundleTooExpensive",
                  "message": "Checking this bundle needed more memory than allowed: refused as a damaged or hostile "
                             "file. Nothing was imported."}
    except BaseException as exc:  # a bug: reported by name only, never a traceback with bundle data
        result = {"ok": False, "error": "internal", "message": f"internal error {type(exc).__name__}"}
    try:
        channel.send(result)
        conn.close()
    except OSError:
        pass
    os._exit(0)  # no atexit handlers, no flushing of anything inherited
