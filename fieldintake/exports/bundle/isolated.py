"""Inspecting an untrusted bundle in a child process, bounded in CPU time and memory.

A bundle from outside is parsed before its signature can be checked: age's
header, then the tar stream and the manifest. The tar gate bounds what
Python's ``tarfile`` sees, but a parser bug we do not know of yet (like
CVE-2024-6232, seconds of CPU per crafted header) would run while holding
the GIL: in the GUI's worker thread that stalls the window and the panic
lock. So the Inbox (and ``bundle inspect``) run the whole check in a child
started with ``multiprocessing``'s ``spawn`` method (also in the frozen
build: ``packaging/entry.py`` calls ``freeze_support``):

* the child gets the file's path and the key or passphrase, limits itself
  (``RLIMIT_CPU`` scaled to the file's size, ``RLIMIT_AS``, no core file),
  runs :func:`~fieldintake.exports.bundle.reader.inspect_bundle` and sends
  back, as bytes on a pipe (never a pickle), either the verified manifest
  and its signature or an error's type name and message;
* the parent waits in a loop that releases the GIL, polls ``cancel`` every
  0.1 s (a lock kills the child at once), and re-verifies the manifest's
  signature itself before building the :class:`BundleSummary`; a child that
  crashes or runs out of its budget becomes one clear ``BundleError``.

An import still reads the bundle in-process (it stages attachments into the
vault), behind the same tar gate.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyrage

from fieldintake import errors
from fieldintake.crypto.encoding import b64d, b64e
from fieldintake.crypto.identity import Identity
from fieldintake.errors import BundleError, BundleTooExpensive, Cancelled, FieldintakeError, InvalidInput, NotFound
from fieldintake.exports.bundle.manifest import MAX_MANIFEST_BYTES
from fieldintake.exports.bundle.reader import BundleReader, BundleSummary, is_forwarded, summary_of, verified_manifest

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool | None]

BASE_CPU_SECONDS = 30
"""CPU time every inspection may use (start-up, header, manifest), whatever the file's size."""
CPU_BYTES_PER_SECOND = 8 * 1024 * 1024
"""On top of that, one CPU second per 8 MiB of file: age decryption and SHA-256 run far faster."""
MEMORY_LIMIT = 3 * 1024**3
"""Address space for the child (passphrase bundles are decrypted in memory, up to 128 MiB)."""
POLL_SECONDS = 0.1
_MAX_MESSAGE = 2 * MAX_MANIFEST_BYTES
_MAX_ERROR_TEXT = 1000


def cpu_budget(size: int) -> int:
    """Seconds of CPU the child may use for a file of ``size`` bytes."""
    return BASE_CPU_SECONDS + size // CPU_BYTES_PER_SECOND


def inspect_isolated(
    path: Path,
    *,
    identity: Identity | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    cpu_seconds: int | None = None,
) -> BundleSummary:
    """Like ``inspect_bundle`` on the file at ``path``, but parsed in a bounded child process."""
    if (identity is None) == (passphrase is None):
        raise InvalidInput("Open a bundle with either your key or a passphrase.")
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound(f"No file {path}.") from None
    except OSError as exc:
        raise BundleError(f"Could not read the bundle file: {exc.strerror or exc}.") from None
    kind, secret = ("key", identity.age_secret) if identity is not None else ("passphrase", passphrase)
    budget = cpu_budget(size) if cpu_seconds is None else cpu_seconds
    message = run_child(_inspect_in_child, (str(path), kind, secret), budget, progress, cancel)
    try:
        raw, signature = b64d(message["manifest"]), b64d(message["signature"])
    except (KeyError, TypeError, AttributeError, ValueError, FieldintakeError):
        raise BundleError("The bundle check sent back an answer that could not be read.") from None
    manifest, card = verified_manifest(raw, signature)  # checked again here: the child's word is not enough
    own = identity.age_recipient if identity is not None else None
    return summary_of(manifest, card, is_forwarded(manifest, own))


# --- the parent side ------------------------------------------------------------------


def run_child(
    target: Callable[..., dict[str, Any]],
    args: tuple[Any, ...],
    cpu_seconds: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> dict[str, Any]:
    """Run ``target(*args, report)`` in a spawned, limited child; return its result or raise its error.

    ``target`` must be importable (a module-level function). It returns a
    JSON-able dict; ``report(done, total)`` sends progress.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_entry, args=(target, args, sender, cpu_seconds), daemon=True,
                            name="fieldintake-bundle-check")
    deadline = time.monotonic() + 3 * cpu_seconds + 30  # where RLIMIT_CPU is missing (Windows), or a stuck read
    try:
        try:
            child.start()
        except OSError as exc:
            raise BundleError(f"Could not start the bundle check: {exc.strerror or exc}.") from None
        sender.close()
        while True:
            if cancel is not None and cancel():
                raise Cancelled("Cancelled: the bundle was not checked. Nothing was changed.")
            if time.monotonic() > deadline:
                raise _too_expensive(cpu_seconds)
            if not receiver.poll(POLL_SECONDS):
                continue
            try:
                data = receiver.recv_bytes(_MAX_MESSAGE)
            except EOFError:
                child.join(5)
                raise _died(child.exitcode, cpu_seconds) from None
            except OSError:
                raise BundleError("The bundle check sent back an answer that is too long: refused.") from None
            message = _decode(data)
            if "progress" in message:
                if progress is not None:
                    try:
                        done, total = (int(n) for n in message["progress"])
                    except (TypeError, ValueError):
                        raise BundleError("The bundle check sent back an answer that could not be read.") from None
                    progress(done, total)
                continue
            if message.get("ok") is True:
                return message
            raise _error_from(message)
    finally:
        receiver.close()
        sender.close()
        if child.pid is not None and child.is_alive():
            child.kill()
        if child.pid is not None:  # started
            child.join()


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


def _child_entry(target: Callable[..., dict[str, Any]], args: tuple[Any, ...], conn: Connection,
                 cpu_seconds: int) -> None:
    """Runs in the child: limits first, then the work; every outcome goes back as JSON bytes."""
    try:
        _limit_self(cpu_seconds)
    except (OSError, ValueError):  # a platform that refuses a limit: the parent's deadline still holds
        pass
    if hasattr(signal, "SIGXCPU"):
        signal.signal(signal.SIGXCPU, signal.SIG_DFL)  # over budget: end at once, no Python handler

    def report(done: int, total: int) -> None:
        conn.send_bytes(json.dumps({"progress": [done, total]}).encode())

    try:
        result = {"ok": True, **target(*args, report)}
    except FieldintakeError as exc:
        result = {"ok": False, "error": type(exc).__name__, "message": str(exc)[:_MAX_ERROR_TEXT]}
    except MemoryError:
        result = {"ok": False, "error": "BundleTooExpensive",
                  "message": "Checking this bundle needed more memory than allowed: refused as a damaged or hostile "
                             "file. Nothing was imported."}
    except BaseException as exc:  # a bug: reported by name only, never a traceback with bundle data
        result = {"ok": False, "error": "internal", "message": f"internal error {type(exc).__name__}"}
    try:
        conn.send_bytes(json.dumps(result).encode())
    finally:
        conn.close()
    os._exit(0)  # no atexit handlers, no flushing of anything inherited


def _inspect_in_child(path: str, kind: str, secret: str, report: Progress) -> dict[str, Any]:
    key = pyrage.x25519.Identity.from_str(secret) if kind == "key" else None
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.2 or done >= total:
            last[0] = now
            report(done, total)

    try:
        src = open(path, "rb")
    except OSError as exc:
        raise BundleError(f"Could not read the bundle file: {exc.strerror or exc}.") from None
    with src:
        with BundleReader(src, identity=key, passphrase=None if key else secret, progress=progress) as reader:
            reader.finish()
            return {"manifest": b64e(reader.manifest_bytes), "signature": b64e(reader.signature_bytes)}


