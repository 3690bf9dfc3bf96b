"""AES-256-GCM key wrapping with associated data.

The associated data binds a wrapped key to its user id, its slot and the
key-file format version, so a wrapped key copied into another user's file or
slot fails to unwrap instead of being silently accepted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12
TAG_BYTES = 16


class UnwrapFailed(Exception):
    """Wrong key, or the wrapped blob or its associated data was altered."""


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes


Keys = bytes | bytearray


def wrap(kek: Keys, key: Keys, associated_data: bytes) -> WrappedKey:
    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(kek).encrypt(nonce, key, associated_data))


def unwrap(kek: Keys, wrapped: WrappedKey, associated_data: bytes) -> bytearray:
    """The key, in a buffer the caller wipes (``crypto.secret.wipe``) when done."""
    if len(wrapped.ciphertext) < TAG_BYTES:
        raise UnwrapFailed()
    out = bytearray(len(wrapped.ciphertext) - TAG_BYTES)
    try:
        AESGCM(kek).decrypt_into(wrapped.nonce, wrapped.ciphertext, associated_data, out)
    except (InvalidTag, ValueError) as exc:
        raise UnwrapFailed() from exc
    return out


def hkdf(ikm: Keys, info: bytes, salt: bytes | None = None, length: int = 32) -> bytearray:
    out = bytearray(length)
    HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive_into(ikm, out)
    return out
