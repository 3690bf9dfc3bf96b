"""Building hostile tar streams by hand, as an attacker would, for the bundle reader tests."""

from __future__ import annotations

import hashlib
import json
import tarfile

import pyrage

from fieldintake.crypto.encoding import b64e
from fieldintake.crypto.identity import Identity
from fieldintake.exports.bundle.manifest import SIGNATURE_DOMAIN, canonical_json
from tests.bundle_helpers import decrypt_tar, make_bundle, tar_entries

BLOCK = tarfile.BLOCKSIZE


def pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % BLOCK)


def extended(records: bytes, kind: bytes = tarfile.XHDTYPE, name: str = "././@PaxHeader") -> bytes:
    """One extended header (pax ``x``/``g`` or GNU ``L``/``K``) with ``records`` as its data."""
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = len(records)
    return info.tobuf(format=tarfile.USTAR_FORMAT) + pad(records)


def pax_record(key: str, value: str) -> bytes:
    body = f" {key}={value}\n".encode()
    n = len(body) + 1
    while len(str(n)) + len(body) != n:
        n += 1
    return str(n).encode() + body


def file_block(name: str, size: int, data: bytes | None = None) -> bytes:
    """A member as the writer makes it (pax when needed); ``data`` may be shorter than ``size``."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    head = info.tobuf(format=tarfile.PAX_FORMAT, encoding="utf-8", errors="strict")
    return head + (pad(data) if data is not None else b"")


def end() -> bytes:
    return b"\0" * (2 * BLOCK)


def encrypt(plain: bytes, to: Identity) -> bytes:
    return pyrage.encrypt(plain, [to.age_identity.to_public()])


def signed_head(manifest: dict, signer: Identity) -> bytes:
    """manifest.json and manifest.sig, signed by ``signer`` (an attacker signs with their own key)."""
    raw = canonical_json(manifest)
    sig = (b64e(signer.sign(SIGNATURE_DOMAIN + raw)) + "\n").encode()
    return file_block("manifest.json", len(raw), raw) + file_block("manifest.sig", len(sig), sig)


def real_parts(sender: Identity, recipient: Identity, members=None) -> tuple[dict, list[tuple[str, bytes]]]:
    """A real bundle taken apart: its manifest and its payload (README first)."""
    entries = tar_entries(decrypt_tar(make_bundle(sender, [recipient.age_recipient], members=members), recipient))
    return json.loads(entries[0][1]), [(info.name, data) for info, data in entries[2:]]


def assemble(manifest: dict, signer: Identity, payload: list[tuple[str, bytes]], *, before: bytes = b"",
             after_head: bytes = b"") -> bytes:
    body = b"".join(file_block(name, len(data), data) for name, data in payload)
    return before + signed_head(manifest, signer) + after_head + body + end()


def member_entry(name: str, data: bytes) -> dict:
    return {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
