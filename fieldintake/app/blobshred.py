"""Crypto-shredding an attachment's stored file once no record refers to it.

A blob is an age file. Its header holds the file's own random key (the file
key), wrapped to the vault's X25519 identity; the payload is encrypted under a
key derived from that file key and the 16-byte nonce that follows the header.
So each blob does have its own key, but it is stored inside the blob, where
anyone holding the vault's identity (a seized device and its passphrase) can
unwrap it. Shredding therefore means destroying the header and nonce in place:
the wrapped file key is overwritten with random bytes, fsynced, and only then
is the file unlinked. What is left on disk of the payload is ciphertext under a
key that exists nowhere, even for someone who later has the vault's identity.
The first MiB (header, nonce and the first chunks) is overwritten, the whole
file when it is smaller or its header cannot be found.

A blob that has another hard link is a backup's snapshot taken before the
removal (``app.snapshot``): it is only unlinked here, so that backup completes
as it was taken; its own staging folder goes when the backup ends.
*What remains:* on flash storage and copy-on-write file systems the old blocks
may survive an overwrite; copies in earlier backups and bundles are not
reachable from here.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import BinaryIO

from fieldintake.fsutil import fsync_dir

#: Overwritten at least: far more than an age header for a few recipients, plus its nonce.
HEAD_BYTES = 1 << 20
_HEADER_END = b"\n--- "
_NONCE = 16


def shred_blob(path: Path) -> None:
    """Destroy the blob's key in place (see the module docstring), then unlink it. Missing: nothing to do."""
    try:
        fh = open(path, "r+b", buffering=0)  # noqa: SIM115 - closed below, before the unlink
    except FileNotFoundError:
        return
    with fh:
        info = os.fstat(fh.fileno())
        if info.st_nlink <= 1:
            _overwrite(fh, _span(fh, info.st_size))
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    fsync_dir(path.parent)


def _span(fh: BinaryIO, size: int) -> int:
    """How many leading bytes to overwrite: through the header's end and nonce, at least ``HEAD_BYTES``."""
    fh.seek(0)
    head = fh.read(min(size, HEAD_BYTES))
    mark = head.find(_HEADER_END)
    end = head.find(b"\n", mark + len(_HEADER_END)) if mark >= 0 else -1
    if end < 0:
        return size  # no header found: not an age file as written here, overwrite all of it
    return min(size, max(HEAD_BYTES, end + 1 + _NONCE))


def _overwrite(fh: BinaryIO, length: int) -> None:
    fh.seek(0)
    done = 0
    while done < length:
        done += fh.write(secrets.token_bytes(min(1 << 16, length - done))) or 0
    fh.flush()
    os.fsync(fh.fileno())
