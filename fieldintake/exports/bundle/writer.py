"""Writing a bundle: manifest first, members streamed, age over it all.

age pulls plaintext from a generator that emits the tar stream; members are
opened one at a time and re-hashed on the way through, so a 2 GB bundle is
written in a few megabytes of memory and no plaintext touches the disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO, Protocol

import pyrage

from fieldintake.app.progress import Cancel, Progress
from fieldintake.crypto import agechild
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.errors import BundleError, BundleSourceMismatch, BundleTooLarge, Cancelled, InvalidInput
from fieldintake.exports.bundle import tarstream
from fieldintake.exports.bundle.manifest import (
    MANIFEST_NAME,
    README_NAME,
    RESERVED_NAMES,
    SIGNATURE_NAME,
    BundleRecipient,
    Manifest,
    ManifestMember,
    Redaction,
    check_member_set,
    new_bundle_id,
    sign_manifest,
)
from fieldintake.exports.bundle.readme import readme_text
from fieldintake.fsutil import SyncingFile

CHUNK = 64 * 1024
MEMBER_CHUNK = 1024 * 1024
"""Members are read a MiB at a time: the per-call cost of Python I/O, not the bytes, limits throughput."""
PASSPHRASE_MAX_BYTES = 128 * 1024 * 1024
"""pyrage encrypts passphrase files only from bytes in memory: a hard cap."""
CHILD_MIN_BYTES = 16 * 1024 * 1024
"""Bundles from this size on are encrypted in a child process (``crypto/agechild.py``): pyrage holds the GIL,
so in this process it would stop the tar stream and the hashing; below this size a child costs more than it saves."""



class MemberSource(Protocol):
    """One payload file: size and hash known in advance, bytes streamed.

    A source whose stream itself raises at its end unless exactly ``size`` bytes with this
    ``sha256`` came out (an attachment decrypted from the vault) may say so with a true
    ``verifies_on_read`` attribute: the writer then does not hash its bytes a second time.
    """

    @property
    def path(self) -> str: ...

    @property
    def size(self) -> int: ...

    @property
    def sha256(self) -> str: ...

    def open(self) -> BinaryIO: ...


@dataclass(frozen=True)
class BytesMember:
    """A small member held in memory (a case record as JSON, say)."""

    path: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def open(self) -> BinaryIO:
        return io.BytesIO(self.data)


@dataclass(frozen=True)
class BundleInfo:
    bundle_id: str
    sha256: str  # of the encrypted file as written
    size: int
    recipients: tuple[BundleRecipient, ...]
    passphrase: bool
    manifest: Manifest


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled("Cancelled: the bundle was not finished. Nothing was changed.")


def age_recipient(text: str) -> Any:
    """An ``age1...`` X25519 recipient, or an ``ssh-ed25519``/``ssh-rsa`` key."""
    text = text.strip()
    try:
        if text.startswith("age1"):
            return pyrage.x25519.Recipient.from_str(text)
        if text.startswith(("ssh-ed25519 ", "ssh-rsa ")):
            return pyrage.ssh.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError):  # a malformed key; text that is not UTF-8 (a lone surrogate)
        pass
    raise InvalidInput(f"Not a valid age or SSH recipient: {text[:80]!r}.")


def write_bundle(
    out: BinaryIO,
    *,
    sender: Identity,
    sender_card: ContactCard,
    members: Sequence[MemberSource],
    recipients: Sequence[str | BundleRecipient | ContactCard] | None = None,
    passphrase: str | None = None,
    redaction: Redaction = Redaction(),
    cases: Sequence[str] = (),
    extra: Mapping[str, Any] | None = None,
    created_at: datetime | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    audit_head: tuple[int, str] | None = None,
) -> BundleInfo:
    """Write one bundle to ``out`` (the caller's atomic writer).

    Exactly one of ``recipients`` (the sender is always added) or
    ``passphrase`` must be given. Raises ``BundleSourceMismatch`` when a
    member's bytes differ from its declared size or SHA-256, ``Cancelled``
    when ``cancel()`` returns true or raises it, ``BundleTooLarge`` for a
    passphrase bundle over ``PASSPHRASE_MAX_BYTES``.
    """
    if (recipients is None) == (passphrase is None):
        raise InvalidInput("A bundle is encrypted either to recipients or to a passphrase, not both or neither.")
    if sender_card.age_recipient != sender.age_recipient or sender_card.verify_key != sender.verify_key:
        raise InvalidInput("The sender card does not belong to the sender's keys.")
    moment = (created_at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)

    listed, age_targets = _recipients(sender_card, recipients) if recipients is not None else ((), [])
    if passphrase is not None and not passphrase:
        raise InvalidInput("The bundle passphrase is empty.")

    readme = BytesMember(README_NAME, readme_text(passphrase is not None))
    sources: list[MemberSource] = [readme, *members]
    for src in members:
        if src.path in RESERVED_NAMES:
            raise InvalidInput(f"{src.path!r} is reserved for the bundle itself.")
        if not isinstance(src.size, int) or src.size < 0 or len(src.sha256) != 64:
            raise InvalidInput(f"Bundle member {src.path!r} has no valid size and SHA-256.")
    check_member_set(s.path for s in sources)

    manifest = Manifest(
        bundle_id=new_bundle_id(),
        created_at=moment,
        sender_card_text=sender_card.to_text(),
        recipients=listed,
        passphrase=passphrase is not None,
        members=tuple(ManifestMember(s.path, s.size, s.sha256.lower()) for s in sources),
        redaction=redaction,
        cases=tuple(cases),
        extra=dict(extra or {}),
        audit=audit_head,
    )
    manifest_bytes = manifest.to_bytes()
    head: list[MemberSource] = [
        BytesMember(MANIFEST_NAME, manifest_bytes),
        BytesMember(SIGNATURE_NAME, sign_manifest(sender, manifest_bytes)),
    ]
    entries = head + sources
    mtime = int(moment.timestamp())
    total = tarstream.tar_size([(e.path, e.size) for e in entries], mtime)
    if passphrase is not None and total > PASSPHRASE_MAX_BYTES:
        raise BundleTooLarge(
            f"A passphrase bundle can hold at most {PASSPHRASE_MAX_BYTES // (1024 * 1024)} MiB; this one "
            f"needs {total / (1024 * 1024):.0f} MiB. Hand it over to a contact (by their contact card) instead."
        )

    sink = _HashingWriter(out)
    tar = _tar_stream(entries, mtime, total, progress, cancel)
    written: agechild.Written | None = None
    try:
        if passphrase is not None:
            _encrypt_in_memory(tar, passphrase, sink, cancel)
        elif total >= CHILD_MIN_BYTES and agechild.available():
            written = _encrypt_in_child(tar, [r.age for r in listed], out, sink, cancel)
        else:
            _encrypt_streaming(tar, age_targets, sink)
    finally:
        tar.close()
    if written is None:
        digest, size = sink.hexdigest(), sink.count
    else:
        assert written.sha256 is not None  # hash_back is on: the file was read back and hashed
        digest, size = written.sha256, written.size
    return BundleInfo(manifest.bundle_id, digest, size, listed, passphrase is not None, manifest)


def _recipients(
    sender_card: ContactCard, given: Sequence[str | BundleRecipient | ContactCard]
) -> tuple[tuple[BundleRecipient, ...], list[Any]]:
    listed: list[BundleRecipient] = [BundleRecipient.from_card(sender_card)]
    for item in given:
        if isinstance(item, ContactCard):
            entry = BundleRecipient.from_card(item)
        elif isinstance(item, BundleRecipient):
            entry = item
        else:
            entry = BundleRecipient(item.strip())
        if all(entry.age != seen.age for seen in listed):
            listed.append(entry)
    return tuple(listed), [age_recipient(r.age) for r in listed]


def _tar_stream(
    entries: Sequence[MemberSource], mtime: int, total: int, progress: Progress | None, cancel: Cancel | None
) -> Generator[bytes, None, None]:
    done = 0
    for entry in entries:
        check_cancel(cancel)
        header = tarstream.member_header(entry.path, entry.size, mtime)
        yield header
        done += len(header)
        digest = None if getattr(entry, "verifies_on_read", False) is True else hashlib.sha256()
        left = entry.size
        with entry.open() as fh:
            while left:
                check_cancel(cancel)
                chunk = fh.read(min(MEMBER_CHUNK, left))
                if not chunk:
                    raise BundleSourceMismatch(
                        f"{entry.path!r} is shorter than its recorded size ({entry.size} bytes): "
                        "the stored copy is damaged. The bundle was not written."
                    )
                if digest is not None:
                    digest.update(chunk)
                left -= len(chunk)
                done += len(chunk)
                yield chunk
                if progress is not None:
                    progress(done, total)
            if fh.read(1):
                raise BundleSourceMismatch(
                    f"{entry.path!r} is longer than its recorded size ({entry.size} bytes): "
                    "the stored copy is damaged. The bundle was not written."
                )
        if digest is not None and digest.hexdigest() != entry.sha256.lower():
            raise BundleSourceMismatch(
                f"{entry.path!r} does not match its recorded SHA-256: the stored copy is damaged. "
                "The bundle was not written."
            )
        pad = tarstream.padding(entry.size)
        done += len(pad)
        yield pad
    yield tarstream.end_of_archive(done)
    if progress is not None:
        progress(total, total)


class _HashingWriter(io.RawIOBase):
    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._hash = hashlib.sha256()
        self.count = 0
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        try:
            self._out.write(data)
        except BaseException as exc:
            self.error = exc
            raise
        self._hash.update(data)
        self.count += len(data)
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class _PullStream(io.RawIOBase):
    """A readable file over a generator of byte chunks; keeps the first error."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = memoryview(b"")
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        try:
            while not self._buf:
                self._buf = memoryview(next(self._chunks))
        except StopIteration:
            return 0
        except BaseException as exc:
            self.error = exc
            raise
        n = min(len(target), len(self._buf))
        target[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def _encrypt_streaming(tar: Iterator[bytes], targets: list[Any], sink: _HashingWriter) -> None:
    source = _PullStream(tar)
    try:  # pyrage reads 8 KiB at a time: a C buffer serves those, our stream is asked once a MiB
        pyrage.encrypt_io(io.BufferedReader(source, MEMBER_CHUNK), sink, targets)
    except BaseException as exc:
        # pyrage wraps errors raised in our callbacks; re-raise the original.
        original = source.error or sink.error
        if original is not None and original is not exc:
            raise original from None
        raise


def _file_descriptor(out: BinaryIO) -> int | None:
    """``out``'s descriptor when the age child may write into it itself, else None.

    A regular file open for reading too (``atomic_writer``'s are): what the
    child wrote is read back here to be hashed.
    """
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        return None
    if hasattr(os, "O_ACCMODE") and hasattr(os, "preadv"):
        import fcntl

        return fd if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDWR else None
    return None


def _encrypt_in_child(tar: Iterator[bytes], recipients: list[str], out: BinaryIO, sink: _HashingWriter,
                      cancel: Cancel | None) -> agechild.Written | None:
    """The tar stream from this thread into the age child.

    An ``out`` that is a read-write file gets the ciphertext straight from the
    child, and a thread here reads it back to hash and sync it (what was written
    is returned); anything else gets it through ``sink`` from that thread (None).
    """
    fd = _file_descriptor(out)
    start = 0
    try:
        if fd is None:
            child = agechild.EncryptChild(recipients, sink.write, cancel)
        else:
            out.flush()  # anything the caller wrote before comes first
            start = os.lseek(fd, 0, os.SEEK_CUR)
            child = agechild.EncryptChild(recipients, cancel=cancel, into_fd=fd,
                                          sync_every=out.every if isinstance(out, SyncingFile) else 0)
    except agechild.AgeChildFailed as exc:
        raise BundleError(f"The bundle could not be encrypted: {exc}. Nothing was written.") from None
    try:
        for chunk in tar:
            child.write(chunk)
        written = child.finish()
    except agechild.AgeChildCancelled:
        raise Cancelled("Cancelled: the bundle was not finished. Nothing was changed.") from None
    except agechild.AgeChildFailed as exc:
        if exc.kind == "sink" and exc.errno is not None:  # the file's own failure (a full disk): the caller says it
            raise OSError(exc.errno, os.strerror(exc.errno)) from None
        raise BundleError(f"The bundle could not be encrypted: {exc}. Nothing was written.") from None
    finally:  # the sink's own error (a full disk, say) comes out of write() as it was raised
        child.close()
    if written is not None and fd is not None and os.lseek(fd, 0, os.SEEK_CUR) != start + written.size:
        raise BundleError("The bundle could not be encrypted: the file's length is not what age wrote. "
                          "Nothing was written.")
    return written


def _encrypt_in_memory(tar: Iterator[bytes], passphrase: str, sink: _HashingWriter, cancel: Cancel | None) -> None:
    plaintext = b"".join(tar)
    check_cancel(cancel)
    ciphertext = pyrage.passphrase.encrypt(plaintext, passphrase)
    del plaintext
    view = memoryview(ciphertext)
    for start in range(0, len(view), 1024 * 1024):
        sink.write(view[start : start + 1024 * 1024])
