"""Attachments: photos, audio, scans and PDFs, encrypted in the user's vault.

Each file is streamed once: hashed (SHA-256, the chain-of-custody record) and
age-encrypted to the vault's own identity on the way into ``blobs/``, under a
random id. Never a content hash as a name: that would let whoever holds the
disk confirm that a known document is there. Reads decrypt on the fly and
check the hash again; nothing is ever written in plaintext except where the
user explicitly saves a copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mimetypes
import os
import queue
import re
import secrets
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import pyrage

from fieldintake.app import caserows
from fieldintake.app.blobshred import shred_blob
from fieldintake.app.bytepipe import BytePipe, PipeAborted
from fieldintake.app.cases import CaseStore
from fieldintake.app.clock import utc_now
from fieldintake.app.model import SENSITIVITIES, Attachment
from fieldintake.app.photometa import PhotoMetadata, read_metadata
from fieldintake.app.progress import Cancel, Progress
from fieldintake.app.unitofwork import Changed
from fieldintake.app.vault import Vault
from fieldintake.crypto import agechild
from fieldintake.errors import Cancelled, FieldintakeError, InvalidInput, NotFound, StorageError
from fieldintake.fsutil import (
    PRIVATE_FILE,
    ensure_private_dir,
    fsync_dir,
    storage_error,
    terminate_as_interrupt,
    unnamed_atomic_writer,
)

CHUNK = 1 << 20  # big buffers: the per-call cost of Python I/O wrappers is what limits throughput
CHILD_MIN_BYTES = 16 << 20
"""Files from this size on are encrypted into the vault by an age child (``crypto/agechild.py``): pyrage
holds the GIL, so in a thread it would stop what feeds it (a bundle member arriving from the bundle
check's child and hashed here); below it, starting a child (about 0.09 s) costs more than it saves."""


class AttachmentCorrupt(FieldintakeError):
    """The stored file fails decryption or its recorded SHA-256."""


class _BackgroundHash:
    """SHA-256 on a helper thread: hashlib releases the GIL, so hashing overlaps with age's encryption."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._thread = threading.Thread(target=self._run, name="attachment-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            self._digest.update(chunk)

    def feed(self, data: bytes) -> None:
        if data:
            self._queue.put(data)

    def hexdigest(self) -> str:
        self.close()
        return self._digest.hexdigest()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


class ByteSource(Protocol):
    """What an attachment is read from: a file, a bundle member, a decrypting stream."""

    def read(self, n: int = -1, /) -> bytes: ...


class CheckedSource(ByteSource, Protocol):
    """A source that checks its own bytes: a bundle member verified against its signed manifest.

    Its ``read`` raises before the end when the bytes differ from ``sha256``,
    and ``verified`` is true once the end was reached whole; the store then
    need not hash them a second time.
    """

    @property
    def sha256(self) -> str: ...

    @property
    def verified(self) -> bool: ...


class _NoHash:
    """In place of ``_BackgroundHash`` for a source that checks itself."""

    def feed(self, data: bytes) -> None:
        pass

    def hexdigest(self) -> str:
        return ""

    def close(self) -> None:
        pass


class _Counting(io.RawIOBase):
    """Reads from ``source`` while hashing (unless it checks itself), counting, reporting progress, honouring cancel."""

    def __init__(self, source: ByteSource, total: int, progress: Progress | None, cancel: Cancel | None,
                 hashed: bool = True) -> None:
        self._source = source
        self._total = total
        self._progress = progress
        self._cancel = cancel
        self.sha256: _BackgroundHash | _NoHash = _BackgroundHash() if hashed else _NoHash()
        self.size = 0
        self.cancelled = False
        self.error: FieldintakeError | None = None  # the source's own clear error (a tampered bundle member)

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self._cancel is not None and self._cancel():
            self.cancelled = True
            raise OSError("cancelled")
        try:
            data = self._source.read(CHUNK if n is None or n < 0 else n)
        except FieldintakeError as exc:
            self.error = exc
            raise
        self.sha256.feed(data)
        self.size += len(data)
        if self._progress is not None:
            try:
                self._progress(self.size, self._total)
            except Cancelled:  # a progress callback may cancel too (the GUI's does)
                self.cancelled = True
                raise OSError("cancelled") from None
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.sha256.close()
        super().close()


class _Recording(io.RawIOBase):
    """Passes writes on, keeping the OSError (a full disk) that pyrage would hide in its own error."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.error: OSError | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        try:
            return self._target.write(data)
        except OSError as exc:
            self.error = exc
            raise


class _HashingSink(io.RawIOBase):
    """Where decrypted bytes go: hashed, counted, then passed on (or dropped)."""

    def __init__(self, target: BinaryIO | None, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self._target = target
        self._total = total
        self._progress = progress
        self._cancel = cancel
        self.sha256 = _BackgroundHash()
        self.size = 0
        self.cancelled = False
        self.error: OSError | None = None  # the destination's own failure (a full disk), which pyrage would hide

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self._cancel is not None and self._cancel():
            self.cancelled = True
            raise OSError("cancelled")
        chunk = bytes(data)
        self.sha256.feed(chunk)
        self.size += len(chunk)
        if self._target is not None:
            try:
                self._target.write(chunk)
            except OSError as exc:
                self.error = exc
                raise
        if self._progress is not None:
            self._progress(self.size, self._total)
        return len(chunk)


class _DecryptingStream(io.RawIOBase):
    """Pulls plaintext from a thread that runs age decryption into a bounded pipe.

    pyrage pushes plaintext into a writer; readers of bundles and PDFs want to
    pull. The pipe bounds memory; closing early stops the thread.
    """

    def __init__(self, blob: Path, identity: pyrage.x25519.Identity, attachment: Attachment | StagedBlob,
                 file_name: str | None = None) -> None:
        self._attachment = _Expected(str(file_name or getattr(attachment, "file_name", "attachment")),
                                     attachment.size, attachment.sha256)
        self._pipe = BytePipe()
        self._sha256 = _BackgroundHash()
        self._size = 0
        self._done = False
        try:
            self._source = open(blob, "rb")
        except FileNotFoundError as exc:
            raise AttachmentCorrupt(f"The stored file of '{self._attachment.file_name}' is missing.") from exc
        self._thread = threading.Thread(target=self._run, args=(identity,), name="attachment-decrypt", daemon=True)
        self._thread.start()

    def _run(self, identity: pyrage.x25519.Identity) -> None:
        # pyrage writes 8 KiB at a time: a C buffer in front of the pipe takes the pipe's lock once a MiB.
        out = io.BufferedWriter(self._pipe, CHUNK)
        try:
            pyrage.decrypt_io(self._source, out, [identity])
            out.flush()
        except BaseException as exc:  # handed to the reading side
            self._pipe.end(exc)
        else:
            self._pipe.end(None)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes, the pipe's own chunk where it fits (no copy); ``b""`` at the end, once checked."""
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(CHUNK), b""))
        if self._done or size == 0:
            return b""
        try:
            data = self._pipe.read_some(size)
        except PipeAborted:
            return b""
        except Exception as exc:
            raise AttachmentCorrupt(
                f"The stored file of '{self._attachment.file_name}' is damaged: it does not decrypt."
            ) from exc
        if not data:
            self._done = True
            if self._size != self._attachment.size or self._sha256.hexdigest() != self._attachment.sha256:
                raise AttachmentCorrupt(
                    f"The stored file of '{self._attachment.file_name}' does not match its recorded SHA-256."
                )
            return b""
        self._sha256.feed(data)
        self._size += len(data)
        return data

    def close(self) -> None:
        if not self.closed:
            self._pipe.abort()
            self._thread.join()
            self._sha256.close()
            self._source.close()
        super().close()


@dataclass(frozen=True)
class _Expected:
    """What a decrypted stream must add up to: the record's size and SHA-256, and a name for messages."""

    file_name: str
    size: int
    sha256: str


class _RestartingStream(io.RawIOBase):
    """A seekable view of a stream that can only go forward: a backward seek starts it again.

    Image decoders want ``seek``; an attachment decrypts front to back. A forward seek reads and drops,
    a backward one (Pillow goes back to the start once, after reading the header) reopens the
    decryption; nothing is ever held beyond one read, and no plaintext is written anywhere.
    """

    def __init__(self, reopen: Callable[[], io.RawIOBase], size: int) -> None:
        self._reopen = reopen
        self._size = size
        self._stream = reopen()
        self._at = 0  # where the underlying stream is
        self._want = 0  # where the caller is

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._want

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._want, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._want = base + offset
        return self._want

    def readinto(self, buffer: Any) -> int:
        if self._want < self._at:
            self._stream.close()
            self._stream, self._at = self._reopen(), 0
        if self._at < self._want:
            skip = memoryview(bytearray(min(CHUNK, self._want - self._at)))
            while self._at < self._want:
                got = self._stream.readinto(skip[: min(len(skip), self._want - self._at)])
                if not got:
                    return 0
                self._at += got
        got = self._stream.readinto(buffer)
        self._at += got or 0
        self._want = self._at
        return got or 0

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
        super().close()


_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"))


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def display_name(name: str) -> str:
    """A file name to show (screen, terminal, PDF): as recorded, but with no control characters
    (a terminal escape) and no direction overrides ("invoice\u202egpj.exe" would show as "invoiceexe.jpg")."""
    return _CONTROLS.sub("\ufffd", unicodedata.normalize("NFC", name).translate(_BIDI)) or "?"


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """A name that stays in its folder and shows as it is: no separators, controls or direction overrides."""
    name = unicodedata.normalize("NFC", name).translate(_BIDI)
    name = _UNSAFE.sub("_", name).strip(" .")
    if name.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                                      *(f"LPT{i}" for i in range(1, 10))}:
        name = "_" + name
    stem, dot, ext = name.rpartition(".")
    if len(name.encode()) > 200:
        ext = ext[:20] if dot else ""
        stem = (stem if dot else name).encode()[: 200 - len(ext) - 1].decode("utf-8", "ignore")
        name = f"{stem}.{ext}" if ext else stem
    return name or fallback


@dataclass(frozen=True)
class StagedBlob:
    blob_id: str
    size: int
    sha256: str


class AttachmentStore:
    def __init__(self, vault: Vault, blobs: Path, recipient: pyrage.x25519.Recipient,
                 identity: pyrage.x25519.Identity, cases: CaseStore,
                 guard: Callable[[], None] | None = None) -> None:
        self.vault = vault
        self._guard = guard  # raises when the user was erased meanwhile: never recreate its folders
        self.blobs = blobs
        self._recipient = recipient
        self._identity = identity
        self.cases = cases

    # --- storing --------------------------------------------------------------

    def stage(self, source: ByteSource, total: int = 0, *, progress: Progress | None = None,
              cancel: Cancel | None = None) -> StagedBlob:
        """Encrypt a stream into a new blob (not yet in any case); returns its id, size and hash."""
        blob_id, reader = self._stage(source, total, progress, cancel, None)
        return StagedBlob(blob_id, reader.size, reader.sha256.hexdigest())

    def stage_checked(self, source: CheckedSource, total: int = 0, *, cancel: Cancel | None = None) -> StagedBlob:
        """``stage`` for a source that verifies its own SHA-256 (a bundle member): its bytes are hashed once.

        The blob is kept only if the source says it reached its end whole;
        its hash is the one the source checked the bytes against.
        """
        def whole() -> None:
            if not source.verified:
                raise StorageError("The attachment was not received whole: it was not added.")

        blob_id, reader = self._stage(source, total, None, cancel, whole)
        return StagedBlob(blob_id, reader.size, source.sha256)

    def _stage(self, source: ByteSource, total: int, progress: Progress | None, cancel: Cancel | None,
               whole: Callable[[], None] | None) -> tuple[str, _Counting]:
        """The blob written and renamed into place; ``whole`` (a checked source's own check) runs before the rename."""
        if self._guard is not None:
            self._guard()
        if not self.blobs.parent.is_dir():  # never recreate a user folder that is gone
            raise StorageError("The vault's folder is gone: the attachment was not added.")
        ensure_private_dir(self.blobs)
        blob_id = secrets.token_hex(16)
        final = self.blobs / blob_id
        partial = self.blobs / f"{blob_id}.partial"
        reader = _Counting(source, total, progress, cancel, hashed=whole is None)
        writer: _Recording | None = None
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as out:
                if total >= CHILD_MIN_BYTES and agechild.available():
                    self._encrypt_in_child(reader, out.fileno())
                else:
                    writer = _Recording(out)
                    pyrage.encrypt_io(io.BufferedReader(reader, CHUNK), writer, [self._recipient])
                out.flush()
                os.fsync(out.fileno())
            if whole is not None:
                whole()
            os.replace(partial, final)
            fsync_dir(self.blobs)
        except BaseException as exc:
            reader.close()
            partial.unlink(missing_ok=True)
            if reader.cancelled:
                raise Cancelled("Cancelled: the attachment was not added.") from exc
            if reader.error is not None:  # pyrage wraps it in its own error; the source's is the clear one
                raise reader.error from None
            if isinstance(exc, OSError):
                raise storage_error(exc, "the attachment") from exc
            if writer is not None and writer.error is not None:  # pyrage wraps our OSError in its own
                raise storage_error(writer.error, "the attachment") from exc
            if isinstance(exc, pyrage.EncryptError):
                raise StorageError(f"Could not store the attachment: {exc}.") from exc
            raise
        return blob_id, reader

    def _encrypt_in_child(self, reader: _Counting, fd: int) -> None:
        """The plaintext from ``reader`` into an age child that writes the blob file ``fd`` itself.

        The reader's own failures (cancel, a tampered member) come out of ``read`` and are handled by
        ``_stage``; the child's failure to write is the file's own ``OSError`` (a full disk).
        """
        try:
            child = agechild.EncryptChild([str(self._recipient)], into_fd=fd, hash_back=False)
        except agechild.AgeChildFailed as exc:
            raise StorageError(f"Could not store the attachment: {exc}.") from None
        try:
            while data := reader.read(CHUNK):
                child.write(data)
            written = child.finish()
            if written is None or os.fstat(fd).st_size != written.size:  # the file is what the child counted
                raise StorageError("Could not store the attachment: the stored file is not what age wrote.")
        except agechild.AgeChildFailed as exc:
            if exc.kind == "sink" and exc.errno is not None:
                raise OSError(exc.errno, os.strerror(exc.errno)) from None
            raise StorageError(f"Could not store the attachment: {exc}.") from None
        finally:
            child.close()

    def sweep(self) -> int:
        """Remove what a crash left: half-written blobs and blobs no attachment refers to.

        Only safe while no import is staging blobs, i.e. right after unlocking
        (the vault lock keeps every other process out).
        """
        if not self.blobs.is_dir():
            return 0
        with self.vault.read() as conn:
            known = caserows.blob_ids(conn)
        removed = 0
        for path in self.blobs.iterdir():
            if path.is_file() and path.name not in known:
                shred_blob(path)  # also a removed attachment's file, when a crash came before its shredding
                removed += 1
        return removed

    def discard_unused(self, blob_ids: Iterable[str]) -> None:
        """Remove staged blobs that no attachment took (the vault already had those files)."""
        for blob_id in blob_ids:
            with self.vault.read() as conn:
                used = caserows.blob_in_use(conn, blob_id)
            if not used:
                self.discard(blob_id)

    def discard(self, blob_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.blobs / blob_id).unlink()

    def _stage_exhibit(self, source: BinaryIO, file_name: str, size_hint: int, progress: Progress | None,
                       cancel: Cancel | None) -> StagedBlob:
        """Encrypt an exhibit's bytes into a new blob; an empty file is refused: it is never an exhibit."""
        staged = self.stage(source, size_hint, progress=progress, cancel=cancel)
        if staged.size == 0:
            self.discard(staged.blob_id)
            raise InvalidInput(f"'{display_name(file_name)}' is empty (0 bytes): an empty file cannot be an exhibit.")
        return staged

    def add(self, case_ref: str, path: Path, *, sensitivity: str = "identifying", description: str = "",
            interview_id: str | None = None, progress: Progress | None = None,
            cancel: Cancel | None = None) -> Attachment:
        """Import a file; identifying by default, so it stays out of redacted summaries until changed."""
        path = Path(path)
        with _open_file(path) as source:
            return self.add_stream(case_ref, source, path.name, size_hint=os.fstat(source.fileno()).st_size,
                                   sensitivity=sensitivity, description=description, interview_id=interview_id,
                                   progress=progress, cancel=cancel)

    def add_stream(self, case_ref: str, source: BinaryIO, file_name: str, *, size_hint: int = 0,
                   sensitivity: str = "identifying", description: str = "", interview_id: str | None = None,
                   media_type: str | None = None, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> Attachment:
        case_id = self.cases.resolve(case_ref)
        if sensitivity not in SENSITIVITIES:
            raise InvalidInput(f"Sensitivity must be one of {', '.join(SENSITIVITIES)}.")
        media_type = media_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        staged = self._stage_exhibit(source, file_name, size_hint, progress, cancel)
        attachment = Attachment(
            id=str(uuid.uuid4()), file_name=file_name or "attachment",
            media_type=media_type,
            size=staged.size, sha256=staged.sha256, imported_at=utc_now(), sensitivity=sensitivity,
            description=description, interview_id=interview_id, blob_id=staged.blob_id,
        )
        try:
            with self.cases.change("attachment.added", case_id) as uow:
                uow.cases.add_attachment(case_id, attachment)
        except BaseException:
            self.discard(staged.blob_id)
            raise
        return attachment

    def photo_metadata(self, attachment_id: str, max_bytes: int = 64 << 20) -> PhotoMetadata | None:
        """What a photo attachment records about itself (camera, time, GPS, author); None for other files."""
        attachment, _ = self.get(attachment_id)
        if not attachment.media_type.startswith("image/") or attachment.size > max_bytes:
            return None
        return read_metadata(self.read_bytes(attachment_id, max_bytes))

    def update(self, attachment_id: str, *, sensitivity: str | None = None, description: str | None = None) -> None:
        attachment, case_id = self.get(attachment_id)
        with self.cases.change("attachment.updated", case_id) as uow:
            uow.cases.update_attachment(attachment.id, sensitivity=sensitivity, description=description)

    # --- reading --------------------------------------------------------------

    def list(self, case_ref: str) -> list[Attachment]:
        return self.cases.get(case_ref).attachments

    def get(self, attachment_id: str) -> tuple[Attachment, str]:
        with self.vault.read() as conn:
            rows = caserows.find_attachments(conn, attachment_id)
        if len(rows) != 1:
            raise NotFound(f"No attachment '{attachment_id}'." if not rows else f"'{attachment_id}' matches several attachments.")
        return rows[0]

    def read_into(self, attachment_id: str, out: BinaryIO | None, *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> Attachment:
        """Decrypt into ``out`` (None: only verify), checking size and SHA-256 against the record."""
        attachment, _ = self.get(attachment_id)
        sink = _HashingSink(out, attachment.size, progress, cancel)
        try:
            with open(self.blobs / attachment.blob_id, "rb") as blob:
                pyrage.decrypt_io(blob, io.BufferedWriter(sink, CHUNK), [self._identity])
        except FileNotFoundError as exc:
            raise AttachmentCorrupt(f"The stored file of '{attachment.file_name}' is missing.") from exc
        except Exception as exc:
            sink.sha256.close()
            if sink.cancelled:
                raise Cancelled("Cancelled.") from exc
            if sink.error is not None:  # the stored file is fine: writing the copy failed
                raise storage_error(sink.error, "the copy") from exc
            raise AttachmentCorrupt(f"The stored file of '{attachment.file_name}' is damaged: it does not decrypt.") from exc
        if sink.size != attachment.size or sink.sha256.hexdigest() != attachment.sha256:
            raise AttachmentCorrupt(
                f"The stored file of '{attachment.file_name}' does not match its recorded SHA-256: it was altered."
            )
        return attachment

    def open_stream(self, attachment_id: str) -> BinaryIO:
        """A readable stream of the plaintext, decrypted on the fly; the hash is checked at the end."""
        attachment, _ = self.get(attachment_id)
        return _DecryptingStream(self.blobs / attachment.blob_id, self._identity, attachment)  # type: ignore[return-value]

    def open_seekable(self, attachment_id: str) -> BinaryIO:
        """The plaintext as a seekable stream (for image decoders), decrypted on the fly, never whole in memory.

        A read to the end checks the hash as ``open_stream`` does; a decoder that stops early has read
        chunks that age authenticated one by one.
        """
        attachment, _ = self.get(attachment_id)
        blob = self.blobs / attachment.blob_id
        raw = _RestartingStream(lambda: _DecryptingStream(blob, self._identity, attachment), attachment.size)
        return io.BufferedReader(raw, CHUNK)

    def open_staged(self, staged: StagedBlob, file_name: str) -> BinaryIO:
        """A staged blob's plaintext, decrypted on the fly and checked against its size and SHA-256."""
        return _DecryptingStream(self.blobs / staged.blob_id, self._identity, staged, file_name)  # type: ignore[return-value]

    def shred_staged(self, blob_id: str) -> None:
        """A staged blob no record refers to (a cleaned copy once sent): its key destroyed, then unlinked."""
        with contextlib.suppress(OSError):
            shred_blob(self.blobs / blob_id)

    def read_bytes(self, attachment_id: str, max_bytes: int = 64 << 20) -> bytes:
        """The whole file in memory, for previews (never a temp file)."""
        attachment, _ = self.get(attachment_id)
        if attachment.size > max_bytes:
            raise InvalidInput(f"'{attachment.file_name}' is too large to preview ({attachment.size} bytes).")
        buffer = io.BytesIO()
        self.read_into(attachment_id, buffer)
        return buffer.getvalue()

    def save_copy(self, attachment_id: str, destination: Path, *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> Path:
        """The user's explicit export. A folder gets the attachment's (made safe) name inside it."""
        attachment, _ = self.get(attachment_id)
        destination = Path(destination)
        if destination.is_dir():
            destination = destination / safe_file_name(attachment.file_name)
        # A plaintext copy: written unnamed where the system allows (nothing left even by kill -9), and an
        # interruption (Ctrl+C, SIGTERM, a closed terminal) removes a named temp file too.
        with terminate_as_interrupt(), unnamed_atomic_writer(destination, mode=0o600) as out:
            self.read_into(attachment_id, out, progress=progress, cancel=cancel)
        with self.vault.transaction() as tx:  # only once the plaintext copy is written
            tx.audit("attachment.saved_copy", "attachment", attachment.id, {"sha256": attachment.sha256})
        return destination

    # --- removing and replacing (branch attach-people) ------------------------------------------

    def remove(self, attachment_id: str, *, checkpoint: Callable[[], None] | None = None) -> Changed[Attachment]:
        """Remove an attachment: its record goes to history and the audit chain, then its file is shredded."""
        attachment, case_id = self.get(attachment_id)
        result = self.cases.change("attachment.removed", case_id, checkpoint=checkpoint).run(
            lambda cases: cases.remove_attachment(attachment.id))
        self._shred_removed(result.value.blob_id)
        return result

    def replace(self, attachment_id: str, path: Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None,
                checkpoint: Callable[[], None] | None = None) -> Changed[Attachment]:
        """A new version of an exhibit from ``path``: a new attachment that keeps the old one's sensitivity,
        description and interview. The old file is shredded; its name, size, SHA-256 and import time stay
        in history and the audit chain (``docs/security-design.md``, "Removing and replacing attachments")."""
        old, case_id = self.get(attachment_id)
        path = Path(path)
        with _open_file(path) as source:
            staged = self._stage_exhibit(source, path.name, os.fstat(source.fileno()).st_size, progress, cancel)
        new_file = Attachment(
            id=str(uuid.uuid4()), file_name=path.name or "attachment",
            media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream", size=staged.size,
            sha256=staged.sha256, imported_at=utc_now(), sensitivity=old.sensitivity, blob_id=staged.blob_id,
        )
        try:
            result = self.cases.change("attachment.replaced", case_id, checkpoint=checkpoint).run(
                lambda cases: cases.replace_attachment(old.id, new_file))
        except BaseException:
            self.discard(staged.blob_id)
            raise
        replaced, new = result.value
        self._shred_removed(replaced.blob_id)
        return Changed(new, result.changes)

    def _shred_removed(self, blob_id: str) -> None:
        """After the commit the record is gone: a file that cannot be shredded now (or a crash before
        this) is left unreferenced, and ``sweep`` shreds it at the next unlock."""
        with contextlib.suppress(OSError):
            shred_blob(self.blobs / blob_id)


def _open_file(path: Path) -> BinaryIO:
    """The user's file opened for reading, or one clear error."""
    try:
        return open(path, "rb")
    except FileNotFoundError as exc:
        raise NotFound(f"No file {path}.") from exc
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from exc
