"""Reading a bundle: verify everything, in order, before reporting success.

The age header is checked first (kind of key, scrypt cost). Decryption of a
file of ``CHILD_MIN_BYTES`` or more runs in a child process
(``crypto/agechild.py``: pyrage holds the GIL, so in a thread it would stall
everything else here), otherwise in a worker thread that feeds a bounded
pipe; the gated tar layer (``targate.GatedTar``) reads the plaintext. The manifest and its signature are checked before any member is
handed out; each member is hashed as the caller reads it; and only when the
age stream has ended cleanly (age authenticates every 64 KiB chunk and the
final one is marked, so truncation is caught) does ``finish()`` succeed.
The caller stages members in its own encrypted store and commits the import
only after ``finish()``.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tarfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, Protocol

import pyrage

from fieldintake.crypto import agechild
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.errors import (
    BundleDecryptError,
    BundleError,
    BundleTampered,
    BundleTooExpensive,
    Cancelled,
    InvalidInput,
)
from fieldintake.exports.bundle import agehdr
from fieldintake.exports.bundle.targate import GatedTar
from fieldintake.exports.bundle.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    SIGNATURE_NAME,
    BundleRecipient,
    Manifest,
    ManifestMember,
    Redaction,
    check_member_path,
    load_manifest_json,
    manifest_from_json,
    sender_card_of,
    verify_manifest,
)
from fieldintake.app.bytepipe import BytePipe, PipeAborted
from fieldintake.app.progress import Cancel, Progress
from fieldintake.exports.bundle.writer import CHUNK, MEMBER_CHUNK, PASSPHRASE_MAX_BYTES, check_cancel

MAX_TRAILING_ZEROS = 1024 * 1024
CHILD_MIN_BYTES = 16 * 1024 * 1024
"""Files from this size on are decrypted in a child process: below it, starting one costs more than it saves."""
_AGE_OVERHEAD = 65552 / 65536  # a 16-byte tag per 64 KiB chunk: plaintext bytes to file bytes, for progress
_IO_BUFFER = 1024 * 1024
_PROGRESS_STEP = 1024 * 1024
# age adds a 16-byte tag to each 64 KiB chunk and a 16-byte nonce up front.
_PASSPHRASE_MAX_FILE = (
    agehdr.MAX_HEADER_BYTES + 16 + PASSPHRASE_MAX_BYTES + 16 * (PASSPHRASE_MAX_BYTES // 65536 + 1)
)


@dataclass(frozen=True)
class BundleSummary:
    """What ``inspect_bundle`` and ``finish()`` report once all is verified."""

    bundle_id: str
    created_at: datetime
    sender_card: ContactCard
    sender_fingerprint: str
    signature_valid: bool
    recipients: tuple[BundleRecipient, ...]
    passphrase: bool
    forwarded: bool
    members: tuple[ManifestMember, ...]
    redaction: Redaction
    cases: tuple[str, ...]
    extra: dict[str, Any]
    audit_head: tuple[int, str] | None = None  # the sender's audit chain when sent (issue 10)


def verified_manifest(raw: bytes, signature: bytes) -> tuple[Manifest, ContactCard]:
    """The manifest and its sender card, once the signature over ``raw`` verifies (bounded, canonical)."""
    data = load_manifest_json(raw)
    card = sender_card_of(data)
    verify_manifest(card, raw, signature)
    return manifest_from_json(data), card


def is_forwarded(manifest: Manifest, own_recipient: str | None) -> bool:
    """Re-encrypted by someone else: opened with a key not listed, or a key bundle opened by passphrase."""
    if own_recipient is None:
        return not manifest.passphrase
    return all(r.age != own_recipient for r in manifest.recipients)


def summary_of(m: Manifest, card: ContactCard, forwarded: bool) -> BundleSummary:
    return BundleSummary(
        bundle_id=m.bundle_id,
        created_at=m.created_at,
        sender_card=card,
        sender_fingerprint=card.fingerprint,
        signature_valid=True,
        recipients=m.recipients,
        passphrase=m.passphrase,
        forwarded=forwarded,
        members=m.members,
        redaction=m.redaction,
        cases=m.cases,
        extra=dict(m.extra),
        audit_head=m.audit,
    )


class _Plaintext(Protocol):
    def read(self, n: int) -> bytes: ...

    def readinto(self, target: Any) -> int: ...


class BundleMember(io.RawIOBase):
    """One member's bytes, hashed as read; a mismatch raises at its end.

    ``hashed=False`` (a reader opened with ``hash_members=False``) reads exactly the
    manifest's size and leaves the hash to the caller: ``verified`` then stays False.
    """

    def __init__(
        self, tar: GatedTar, expected: ManifestMember, cancel: Cancel | None, on_error: Callable[[], None],
        hashed: bool = True,
    ) -> None:
        super().__init__()
        self._tar = tar
        self._on_error = on_error
        self.expected = expected
        self._cancel = cancel
        self._hash = hashlib.sha256() if hashed else None
        self._left = expected.size
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
        """Read into ``target`` (no copy on the way); any failure also closes the whole reader."""
        try:
            view = memoryview(target)
            if self._left == 0:
                self._check()
                return 0
            check_cancel(self._cancel)
            n = self._tar.readinto(view[: min(len(view), self._left)])
            if self._hash is not None:
                self._hash.update(view[:n])
            self._left -= n
            if self._left == 0:
                self._check()
            return n
        except BaseException:
            self._on_error()
            raise

    def read(self, n: int | None = -1) -> bytes:
        """Read; any failure (tampering, cancel) also closes the whole reader."""
        try:
            return self._read(n)
        except BaseException:
            self._on_error()
            raise

    def _read(self, n: int | None) -> bytes:
        if n is None or n < 0:
            return self.readall()
        if self._left == 0:
            self._check()
            return b""
        check_cancel(self._cancel)
        data = self._tar.read(min(n, self._left))
        if not data:
            raise BundleTampered(f"The bundle is truncated inside {self.path!r}.")
        if self._hash is not None:
            self._hash.update(data)
        self._left -= len(data)
        if self._left == 0:
            self._check()
        return data

    def readall(self) -> bytes:
        parts = []
        while chunk := self.read(CHUNK):
            parts.append(chunk)
        return b"".join(parts)

    def drain(self) -> None:
        buffer = memoryview(bytearray(min(MEMBER_CHUNK, max(self._left, 1))))
        while self.readinto(buffer):
            pass
        self._check()

    def _check(self) -> None:
        if self.verified or self._hash is None:
            return
        if self._hash.hexdigest() != self.expected.sha256:
            raise BundleTampered(
                f"{self.path!r} does not match the SHA-256 in the signed manifest: "
                "the bundle was altered. Nothing was imported."
            )
        self.verified = True


class _SourceReader(io.RawIOBase):
    """The encrypted file, replaying the header bytes already read."""

    def __init__(self, prefix: bytes, src: BinaryIO, pipe: BytePipe | None) -> None:
        self._prefix = memoryview(prefix)
        self._src = src
        self._pipe = pipe
        self.done = 0
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> bytes:
        if self._pipe is not None and self._pipe.aborted:
            raise PipeAborted("the bundle reader was closed")
        size = CHUNK if n is None or n < 0 else n
        if self._prefix:
            data = bytes(self._prefix[:size])
            self._prefix = self._prefix[len(data) :]
        else:
            try:
                data = self._src.read(size)
            except BaseException as exc:
                self.error = exc
                raise
        self.done += len(data)
        return data

    def readinto(self, target: Any) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)


class BundleReader:
    """Open with exactly one of ``identity`` or ``passphrase``.

    The constructor decrypts as far as the manifest and checks its
    signature; then iterate ``members()`` (or call ``finish()``). Always
    ``close()`` (or use ``with``): it stops the decryption thread.
    """

    def __init__(
        self,
        src: BinaryIO,
        *,
        identity: Identity | pyrage.x25519.Identity | None = None,
        passphrase: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        hash_members: bool = True,
    ) -> None:
        if (identity is None) == (passphrase is None):
            raise InvalidInput("Open a bundle with either your key or a passphrase.")
        self._cancel = cancel
        # False only where the caller hashes every member against the manifest itself (the import's side
        # of the bundle check's child: the parent re-hashes what it receives, so here it is work done twice).
        self._hash_members = hash_members
        self._progress = progress
        self._total = _size_of(src)
        self._reported = 0
        self._pipe: BytePipe | None = None
        self._thread: threading.Thread | None = None
        self._source: _SourceReader | None = None
        self._child: agechild.DecryptChild | None = None
        self._current: BundleMember | None = None
        self._next_index = 0
        self._summary: BundleSummary | None = None
        self._closed = False
        self.opened_with_passphrase = passphrase is not None
        try:
            header, prefix = agehdr.read_header(src)
            if passphrase is not None:
                agehdr.check_for_passphrase(header)
                plaintext: _Plaintext = self._decrypt_in_memory(prefix, src, passphrase)
                own = None
            else:
                agehdr.check_for_identity(header)
                assert identity is not None  # exactly one of identity and passphrase, checked above
                age_identity = identity.age_identity if isinstance(identity, Identity) else identity
                own = str(age_identity.to_public())
                start = _child_start(src, len(prefix))
                if start is not None:
                    plaintext = self._start_child(src, start, age_identity)
                else:
                    plaintext = self._start_thread(prefix, src, age_identity)
            # tarfile only ever parses headers the gate has checked (CVE-2024-6232, recursion, sparse maps).
            self._tar = GatedTar(plaintext)
            self._read_manifest(own)
        except BaseException:
            self.close()
            raise

    # --- opening -----------------------------------------------------------

    def _decrypt_in_memory(self, prefix: bytes, src: BinaryIO, passphrase: str) -> _Plaintext:
        ciphertext = prefix + src.read(_PASSPHRASE_MAX_FILE + 1 - len(prefix))
        if len(ciphertext) > _PASSPHRASE_MAX_FILE:
            raise BundleTooExpensive(
                f"This passphrase bundle is larger than {PASSPHRASE_MAX_BYTES // (1024 * 1024)} MiB, "
                "more than a passphrase bundle may hold: refused."
            )
        check_cancel(self._cancel)
        try:
            plaintext = pyrage.passphrase.decrypt(ciphertext, passphrase)
        except pyrage.DecryptError:
            raise BundleDecryptError(
                "Wrong passphrase, or the bundle is damaged: it could not be decrypted."
            ) from None
        self._report(len(ciphertext), final=True)
        del ciphertext
        return _CancellableBytes(plaintext, self._cancel)

    def _start_thread(self, prefix: bytes, src: BinaryIO, age_identity: Any) -> _Plaintext:
        pipe = BytePipe()
        source = _SourceReader(prefix, src, pipe)
        self._pipe, self._source = pipe, source

        def run() -> None:
            # pyrage reads and writes 8 KiB at a time: C buffers on both sides, so Python is called once a MiB.
            out = io.BufferedWriter(pipe, _IO_BUFFER)
            try:
                pyrage.decrypt_io(io.BufferedReader(source, _IO_BUFFER), out, [age_identity])
                out.flush()
            except BaseException as exc:  # handed to the reading side
                pipe.end(exc)
            else:
                pipe.end(None)

        self._thread = threading.Thread(target=run, name="bundle-decrypt", daemon=True)
        self._thread.start()
        return _PipeReader(self)

    def _start_child(self, src: BinaryIO, start: int, age_identity: Any) -> _Plaintext:
        self._child = agechild.DecryptChild(src.fileno(), start, str(age_identity), self._cancel)
        return _ChildReader(self, self._child, start)

    def _read_manifest(self, own_recipient: str | None) -> None:
        raw = self._read_small(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        sig = self._read_small(SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
        self.manifest_bytes, self.signature_bytes = raw, sig
        self.manifest, card = verified_manifest(raw, sig)
        self.sender_card: ContactCard = card
        self.sender_fingerprint: str = card.fingerprint
        self.recipients: tuple[BundleRecipient, ...] = self.manifest.recipients
        self.forwarded = is_forwarded(self.manifest, own_recipient)

    def _read_small(self, name: str, limit: int) -> bytes:
        info = self._next_info()
        if info is None or info.name != name:
            raise BundleTampered(f"The bundle does not start with {name}: it is not a fieldintake bundle.")
        if info.size > limit:
            raise BundleTampered(f"The bundle's {name} is larger than {limit} bytes: refused.")
        parts, got = [], 0
        while got < info.size:
            part = self._tar.read(info.size - got)
            parts.append(part)
            got += len(part)
        return b"".join(parts)

    # --- members -----------------------------------------------------------

    def _next_info(self) -> tarfile.TarInfo | None:
        info = self._tar.next()
        if info is None:
            return None
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE) or info.sparse is not None:
            raise BundleTampered(
                f"The bundle contains {info.name[:200]!r}, which is not a plain file "
                "(a link, folder or device): refused."
            )
        try:
            check_member_path(info.name)
        except InvalidInput:
            raise BundleTampered(f"The bundle contains an unsafe file name {info.name[:200]!r}: refused.") from None
        return info

    def next_member(self) -> BundleMember | None:
        """The next member, in manifest order; ``None`` after the last one."""
        self._check_open()
        try:
            if self._current is not None:
                self._current.drain()
                self._current = None
            members = self.manifest.members
            if self._next_index >= len(members):
                return None
            expected = members[self._next_index]
            info = self._next_info()
            if info is None:
                raise BundleTampered(f"The bundle is incomplete: {expected.path!r} is missing.")
            if info.name != expected.path:
                listed = {m.path for m in members}
                if info.name in listed:
                    raise BundleTampered(
                        f"The bundle holds {info.name[:200]!r} where {expected.path!r} was expected "
                        "(out of order or duplicated)."
                    )
                raise BundleTampered(f"The bundle holds {info.name[:200]!r}, which its manifest does not list.")
            if info.size != expected.size:
                raise BundleTampered(f"{expected.path!r} has a different size than the signed manifest says.")
            self._next_index += 1
            self._current = BundleMember(self._tar, expected, self._cancel, self.close, self._hash_members)
            return self._current
        except BaseException:
            self.close()
            raise

    def members(self) -> Iterator[BundleMember]:
        """Every member in order; the loop ends only after ``finish()`` passed."""
        while (member := self.next_member()) is not None:
            yield member
        self.finish()

    def finish(self) -> BundleSummary:
        """Verify the rest (unread members, end of archive, end of age stream)."""
        if self._summary is not None:
            return self._summary
        self._check_open()
        try:
            while self.next_member() is not None:
                pass
            if self._next_info() is not None:
                raise BundleTampered("The bundle holds more files than its manifest lists.")
            trailing = 0
            while chunk := self._tar.trailing(CHUNK):
                trailing += len(chunk)
                if trailing > MAX_TRAILING_ZEROS or chunk.count(0) != len(chunk):
                    raise BundleTampered("The bundle has unexpected data after its last file.")
            self._join()
            done = self._source.done if self._source else self._total
            self._report(done or 0, final=True)
            self._summary = self._make_summary()
            return self._summary
        except BaseException:
            self.close()
            raise

    def _make_summary(self) -> BundleSummary:
        return summary_of(self.manifest, self.sender_card, self.forwarded)

    # --- plumbing ----------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise BundleError("The bundle reader is closed.")

    def _report(self, done: int, final: bool = False) -> None:
        if self._progress is not None and (final or done - self._reported >= _PROGRESS_STEP):
            self._reported = done
            self._progress(done, self._total or done)

    def read_plain(self, n: int) -> bytes:
        """The pipe side of the worker thread, with errors translated."""
        assert self._pipe is not None and self._source is not None
        check_cancel(self._cancel)
        try:
            data = self._pipe.read_some(n)
        except BaseException as exc:
            raise self._translate(exc) from None
        self._report(self._source.done)
        return data

    def _translate(self, exc: BaseException) -> BaseException:
        source_error = self._source.error if self._source is not None else None
        if source_error is not None:
            if isinstance(source_error, OSError):
                return BundleError(f"Could not read the bundle file: {source_error.strerror or source_error}.")
            return source_error
        if isinstance(exc, pyrage.DecryptError):
            # Classified by what was attempted, not by pyrage's words: it has one class for every failure
            # of the header (no stanza opens with this key, an altered MAC, a header it cannot read), and
            # ``agehdr`` already refused a malformed one. What is left: this key does not open the header.
            return BundleDecryptError(
                "This bundle is not addressed to you: none of its recipients is your key "
                "(or its encryption header is damaged)."
            )
        if isinstance(exc, OSError):  # pyrage reports a payload chunk that fails to authenticate as an OSError
            return BundleTampered(
                "The bundle is damaged, truncated or altered: its encrypted contents failed to "
                "authenticate. Nothing was imported."
            )
        return exc

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        """Stop the decryption thread or child and wait for it; safe to call twice."""
        self._closed = True
        if self._pipe is not None:
            self._pipe.abort()
        if self._child is not None:
            self._child.close()
        self._join()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _PipeReader(io.RawIOBase):
    def __init__(self, reader: BundleReader) -> None:
        self._reader = reader

    def readable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> bytes:
        return self._reader.read_plain(CHUNK if n is None or n < 0 else n)

    def readinto(self, target: Any) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)


class _ChildReader:
    """The child's plaintext, with its outcomes as the bundle errors the thread's would be."""

    def __init__(self, reader: BundleReader, child: agechild.DecryptChild, start: int) -> None:
        self._reader = reader
        self._child = child
        self._start = start

    def read(self, n: int) -> bytes:
        try:
            data = self._child.read(n)
        except (agechild.AgeChildFailed, agechild.AgeChildCancelled) as exc:
            raise _child_error(exc) from None
        self._progress()
        return data

    def readinto(self, target: Any) -> int:
        try:
            n = self._child.readinto(target)
        except (agechild.AgeChildFailed, agechild.AgeChildCancelled) as exc:
            raise _child_error(exc) from None
        self._progress()
        return n

    def _progress(self) -> None:
        done = self._start + int(self._child.received * _AGE_OVERHEAD)
        self._reader._report(min(done, self._reader._total or done))


def _child_error(exc: Exception) -> BaseException:
    if isinstance(exc, agechild.AgeChildCancelled):
        return Cancelled("Cancelled: the bundle was not finished. Nothing was changed.")
    assert isinstance(exc, agechild.AgeChildFailed)
    if exc.kind == "header":
        return BundleDecryptError(
            "This bundle is not addressed to you: none of its recipients is your key "
            "(or its encryption header is damaged)."
        )
    if exc.kind == "payload":
        return BundleTampered(
            "The bundle is damaged, truncated or altered: its encrypted contents failed to "
            "authenticate. Nothing was imported."
        )
    if exc.kind == "source":
        return BundleError(f"Could not read the bundle file: {exc}.")
    return BundleError(f"The bundle could not be decrypted: {exc}. Nothing was imported.")


def _child_start(src: BinaryIO, prefix: int) -> int | None:
    """Where the age file starts in ``src``, if it is a regular file big enough to decrypt in a child."""
    if not agechild.available():
        return None
    try:
        info = os.fstat(src.fileno())
        start = src.tell() - prefix
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None
    if not stat.S_ISREG(info.st_mode) or start < 0 or info.st_size - start < CHILD_MIN_BYTES:
        return None
    return start


class _CancellableBytes(io.BytesIO):
    def __init__(self, data: bytes, cancel: Cancel | None) -> None:
        super().__init__(data)
        self._cancel = cancel

    def read(self, n: int | None = -1) -> bytes:
        check_cancel(self._cancel)
        return super().read(n)


def _size_of(src: BinaryIO) -> int | None:
    try:
        return os.fstat(src.fileno()).st_size - src.tell()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


def open_bundle(
    src: BinaryIO,
    *,
    identity: Identity | pyrage.x25519.Identity | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BundleReader:
    return BundleReader(src, identity=identity, passphrase=passphrase, progress=progress, cancel=cancel)


def inspect_bundle(
    src: BinaryIO,
    *,
    identity: Identity | pyrage.x25519.Identity | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BundleSummary:
    """Decrypt and verify the whole bundle, discarding member bytes."""
    with BundleReader(src, identity=identity, passphrase=passphrase, progress=progress, cancel=cancel) as reader:
        return reader.finish()
