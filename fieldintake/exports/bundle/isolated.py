"""Inspecting an untrusted bundle in a child process, bounded in CPU time and memory.

A bundle from outside is parsed before its signature can be checked: age's
header, then the tar stream and the manifest. The tar gate bounds what
Python's ``tarfile`` sees, but a parser bug we do not know of yet (like
CVE-2024-6232, seconds of CPU per crafted header) would run while holding
the GIL: in the GUI's worker thread that stalls the window and the panic
lock. So inspecting (the Inbox, ``bundle inspect``) and importing a bundle
parse it in a child started with ``multiprocessing``'s ``spawn`` method
(also in the frozen build: ``packaging/entry.py`` calls ``freeze_support``):

* the child gets the file's path and the key or passphrase, limits itself
  (``RLIMIT_CPU`` scaled to the file's size, ``RLIMIT_AS``, no core file),
  runs the in-process :class:`~fieldintake.exports.bundle.reader.BundleReader`
  and sends back, as bytes on a pipe (never a pickle), the verified manifest
  and its signature, or an error's type name and message;
* for an import (:func:`open_isolated`) the child then streams each
  member's bytes, unhashed; the parent hashes and counts them against the
  manifest it verified, so a child that lies gains nothing (hashing them in
  the child too was the same work twice);
* the parent waits in a loop that releases the GIL, polls ``cancel`` every
  0.1 s (a lock kills the child at once), and re-verifies the manifest's
  signature itself before building the :class:`BundleSummary`; a child that
  crashes or runs out of its budget becomes one clear ``BundleError``.
"""

from __future__ import annotations

import hashlib
import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage

from fieldintake.crypto.encoding import b64d, b64e
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.errors import BundleError, BundleTampered, FieldintakeError, InvalidInput, NotFound
from fieldintake.app.progress import Cancel, Progress
from fieldintake.exports.bundle.childproc import Channel, ChildChannel, run_child
from fieldintake.exports.bundle.manifest import BundleRecipient, Manifest, ManifestMember
from fieldintake.exports.bundle.reader import BundleReader, BundleSummary, is_forwarded, summary_of, verified_manifest
from fieldintake.exports.bundle.writer import CHUNK

BASE_CPU_SECONDS = 30
"""CPU time every inspection may use (start-up, header, manifest), whatever the file's size."""
_SEND_CHUNK = 1024 * 1024
"""Member bytes go to the parent a MiB a message: each message costs two Python calls and a wake-up."""
CPU_BYTES_PER_SECOND = 8 * 1024 * 1024
"""On top of that, one CPU second per 8 MiB of file: age decryption and SHA-256 run far faster."""
def cpu_budget(size: int) -> int:
    """Seconds of CPU the child may use for a file of ``size`` bytes."""
    return BASE_CPU_SECONDS + size // CPU_BYTES_PER_SECOND


def _job(path: Path, identity: Identity | None, passphrase: str | None,
         cpu_seconds: int | None) -> tuple[tuple[str, str, str], int]:
    """The child's arguments (path, kind of secret, secret) and its CPU budget."""
    if (identity is None) == (passphrase is None):
        raise InvalidInput("Open a bundle with either your key or a passphrase.")
    try:
        size = Path(path).stat().st_size
    except FileNotFoundError:
        raise NotFound(f"No file {path}.") from None
    except OSError as exc:
        raise BundleError(f"Could not read the bundle file: {exc.strerror or exc}.") from None
    kind, secret = ("key", identity.age_secret) if identity is not None else ("passphrase", str(passphrase))
    return (str(path), kind, secret), cpu_budget(size) if cpu_seconds is None else cpu_seconds


def _verified_head(message: dict[str, Any]) -> tuple[Manifest, ContactCard]:
    """The manifest the child read, its signature verified here: the child's word is not enough."""
    try:
        raw, signature = b64d(message["manifest"]), b64d(message["signature"])
    except (KeyError, TypeError, AttributeError, ValueError, FieldintakeError):
        raise BundleError("The bundle check sent back an answer that could not be read.") from None
    return verified_manifest(raw, signature)


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
    args, budget = _job(Path(path), identity, passphrase, cpu_seconds)
    manifest, card = _verified_head(run_child(_inspect_in_child, args, budget, progress, cancel))
    own = identity.age_recipient if identity is not None else None
    return summary_of(manifest, card, is_forwarded(manifest, own))


def open_isolated(
    path: Path,
    *,
    identity: Identity | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    cpu_seconds: int | None = None,
) -> IsolatedReader:
    """Like ``open_bundle`` on the file at ``path``: the child parses, this process verifies and reads."""
    args, budget = _job(Path(path), identity, passphrase, cpu_seconds)
    return IsolatedReader(Channel(_stream_in_child, args, budget, progress, cancel),
                          identity.age_recipient if identity is not None else None)


class IsolatedReader:
    """The same shape as ``BundleReader`` (``manifest``, ``sender_card``, ``forwarded``, ``members()``,
    ``finish()``, ``close()``), fed by the child: each member's size and SHA-256 are checked again
    here against the manifest whose signature this process verified."""

    def __init__(self, channel: Channel, own_recipient: str | None) -> None:
        self._channel = channel
        self._current: IsolatedMember | None = None
        self._next_index = 0
        self._summary: BundleSummary | None = None
        self._closed = False
        try:
            kind, message = channel.next()
            if kind != "J" or not isinstance(message.get("head"), dict):
                raise BundleError("The bundle check sent back an answer that could not be read.")
            self.manifest, card = _verified_head(message["head"])
        except BaseException:
            self.close()
            raise
        self.sender_card: ContactCard = card
        self.sender_fingerprint: str = card.fingerprint
        self.recipients: tuple[BundleRecipient, ...] = self.manifest.recipients
        self.forwarded = is_forwarded(self.manifest, own_recipient)
        self.opened_with_passphrase = own_recipient is None

    def next_member(self) -> IsolatedMember | None:
        """The next member, in manifest order; ``None`` after the last one."""
        if self._closed:
            raise BundleError("The bundle reader is closed.")
        try:
            if self._current is not None:
                self._current.drain()
                self._current = None
            members = self.manifest.members
            if self._next_index >= len(members):
                return None
            kind, message = self._channel.next()
            if kind != "J" or message.get("member") != self._next_index:
                raise BundleError("The bundle check sent back an answer that could not be read.")
            self._current = IsolatedMember(self, members[self._next_index])
            self._next_index += 1
            return self._current
        except BaseException:
            self.close()
            raise

    def members(self) -> Iterator[IsolatedMember]:
        """Every member in order; the loop ends only after ``finish()`` passed."""
        while (member := self.next_member()) is not None:
            yield member
        self.finish()

    def finish(self) -> BundleSummary:
        """The child's end checks (end of archive, end of the age stream) have passed."""
        if self._summary is not None:
            return self._summary
        try:
            while self.next_member() is not None:
                pass
            kind, message = self._channel.next()
            if kind != "J" or message.get("ok") is not True:
                raise BundleError("The bundle check sent back an answer that could not be read.")
            self._summary = summary_of(self.manifest, self.sender_card, self.forwarded)
            self.close()
            return self._summary
        except BaseException:
            self.close()
            raise

    def receive(self, index: int) -> bytes:
        """The next chunk of member ``index`` (``b""`` at its end)."""
        kind, message = self._channel.next()
        if kind == "D":
            return bytes(message)
        if message.get("end") == index:
            return b""
        raise BundleError("The bundle check sent back an answer that could not be read.")

    def close(self) -> None:
        """Stop the child and wait for it; safe to call twice."""
        self._closed = True
        self._channel.close()

    def __enter__(self) -> IsolatedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class IsolatedMember(io.RawIOBase):
    """One member's bytes from the child, hashed and counted here; a mismatch raises ``BundleTampered``."""

    def __init__(self, reader: IsolatedReader, expected: ManifestMember) -> None:
        super().__init__()
        self._reader = reader
        self._index = reader._next_index
        self.expected = expected
        self._hash = hashlib.sha256()
        self._buffer = b""
        self._count = 0
        self._ended = False
        self.verified = False

    @property
    def path(self) -> str:
        return self.expected.path

    @property
    def size(self) -> int:
        return self.expected.size

    @property
    def sha256(self) -> str:
        return self.expected.sha256

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def read(self, n: int | None = -1) -> bytes:
        """Read; any failure (tampering, cancel, the child's error) also closes the reader."""
        try:
            if n is None or n < 0:
                return self.readall()
            while not self._buffer and not self._ended:
                chunk = self._reader.receive(self._index)
                if not chunk:
                    self._ended = True
                    self._check()
                    break
                self._count += len(chunk)
                if self._count > self.expected.size:
                    raise BundleTampered(f"{self.path!r} is longer than the signed manifest says.")
                self._hash.update(chunk)
                self._buffer = chunk
            out, self._buffer = self._buffer[:n], self._buffer[n:]
            return out
        except BaseException:
            self._reader.close()
            raise

    def readall(self) -> bytes:
        parts = []
        while chunk := self.read(CHUNK):
            parts.append(chunk)
        return b"".join(parts)

    def drain(self) -> None:
        while self.read(CHUNK):
            pass

    def _check(self) -> None:
        if self._count != self.expected.size or self._hash.hexdigest() != self.expected.sha256:
            raise BundleTampered(
                f"{self.path!r} does not match the size and SHA-256 in the signed manifest: "
                "the bundle was altered. Nothing was imported."
            )
        self.verified = True


# --- the child's work ---------------------------------------------------------------


def _open_reader(path: str, kind: str, secret: str, channel: ChildChannel,
                 hash_members: bool = True) -> tuple[Any, BundleReader]:
    key = pyrage.x25519.Identity.from_str(secret) if kind == "key" else None
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.2 or done >= total:
            last[0] = now
            channel.progress(done, total)

    try:
        src = open(path, "rb")
    except OSError as exc:
        raise BundleError(f"Could not read the bundle file: {exc.strerror or exc}.") from None
    try:
        return src, BundleReader(src, identity=key, passphrase=None if key else secret, progress=progress,
                                 hash_members=hash_members)
    except BaseException:
        src.close()
        raise


def _head(reader: BundleReader) -> dict[str, Any]:
    return {"manifest": b64e(reader.manifest_bytes), "signature": b64e(reader.signature_bytes)}


def _inspect_in_child(path: str, kind: str, secret: str, channel: ChildChannel) -> dict[str, Any]:
    src, reader = _open_reader(path, kind, secret, channel)
    with src, reader:
        reader.finish()
        return _head(reader)


def _stream_in_child(path: str, kind: str, secret: str, channel: ChildChannel) -> dict[str, Any]:
    """The import's side: the verified manifest first, then every member's bytes, then the end checks.

    The members are not hashed here: the parent hashes every byte it receives against the manifest
    whose signature it verified itself (``IsolatedMember``), which a child that lies cannot pass.
    """
    src, reader = _open_reader(path, kind, secret, channel, hash_members=False)
    with src, reader:
        channel.send({"head": _head(reader)})
        for index, member in enumerate(reader.members()):  # ends with finish()
            channel.send({"member": index})
            while chunk := member.read(_SEND_CHUNK):
                channel.data(chunk)
            channel.send({"end": index})
        return {}
