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


class UnwrapFailed(Exception):
    """Wrong key, or the wrapped blob or its associated data was altered."""


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes


def wrap(kek: bytes, key: bytes, associated_data: bytes) -> WrappedKey:
    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(kek).encrypt(nonce, key, associated_data))


def unwrap(kek: bytes, wrapped: WrappedKey, associated_data: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, associated_data)
    except InvalidTag as exc:
        raise UnwrapFailed() from exc


def hkdf(ikm: bytes, info: bytes, salt: bytes | None = None, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)
