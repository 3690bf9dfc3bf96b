"""The key file: one user's data key (DEK), wrapped twice, never in the clear.

::

    passphrase ──Argon2id──┐
    device secret (keyring)─┴─HKDF──► KEK₁ ─AES-GCM─┐
                                                    ├──► DEK (256 bits) ──► SQLCipher raw key
    recovery key (256 bits) ──HKDF──► KEK₂ ─AES-GCM─┘                   └─► attachment identity

Changing the passphrase re-wraps the DEK; nothing else is re-encrypted.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace

from fieldintake.crypto.encoding import b64d, b64e
from fieldintake.crypto.kdf import Argon2Params, KdfPolicy, derive
from fieldintake.crypto.wrap import WrappedKey, hkdf, unwrap, wrap

FORMAT = "fieldintake.keys/1"
DEK_BYTES = 32


class KeyFileFormatError(Exception):
    """The key file is not one we can read (truncated, edited, other format)."""


@dataclass(frozen=True)
class PassphraseSlot:
    params: Argon2Params
    device_backend: str | None  # keyring backend holding the device secret, None = unbound
    wrapped: WrappedKey


@dataclass(frozen=True)
class RecoverySlot:
    wrapped: WrappedKey


@dataclass(frozen=True)
class KeyFile:
    user_id: str
    created_at: str
    passphrase: PassphraseSlot
    recovery: RecoverySlot

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "user_id": self.user_id,
            "created_at": self.created_at,
            "passphrase": {
                "kdf": self.passphrase.params.to_dict(),
                "device_binding": self.passphrase.device_backend,
                "nonce": b64e(self.passphrase.wrapped.nonce),
                "ciphertext": b64e(self.passphrase.wrapped.ciphertext),
            },
            "recovery": {
                "nonce": b64e(self.recovery.wrapped.nonce),
                "ciphertext": b64e(self.recovery.wrapped.ciphertext),
            },
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise KeyFileFormatError(f"unknown key file format {doc.get('format')!r}")
            p, r = doc["passphrase"], doc["recovery"]
            binding = p.get("device_binding")
            return cls(
                user_id=str(doc["user_id"]),
                created_at=str(doc["created_at"]),
                passphrase=PassphraseSlot(
                    params=Argon2Params.from_dict(p["kdf"]),
                    device_backend=str(binding) if binding else None,
                    wrapped=WrappedKey(b64d(p["nonce"]), b64d(p["ciphertext"])),
                ),
                recovery=RecoverySlot(WrappedKey(b64d(r["nonce"]), b64d(r["ciphertext"]))),
            )
        except KeyFileFormatError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileFormatError(str(exc)) from exc


def _ad(user_id: str, slot: str) -> bytes:
    return f"{FORMAT}\x00{user_id}\x00{slot}".encode()


def passphrase_kek(passphrase: str, params: Argon2Params, device_secret: bytes | None) -> bytes:
    stretched = derive(passphrase, params)
    if device_secret is None:
        return hkdf(stretched, info=b"fieldintake/kek/passphrase/v1")
    return hkdf(stretched + device_secret, info=b"fieldintake/kek/passphrase+device/v1")


def recovery_kek(recovery_key: bytes) -> bytes:
    return hkdf(recovery_key, info=b"fieldintake/kek/recovery/v1")


def new_dek() -> bytes:
    return os.urandom(DEK_BYTES)


def wrap_passphrase_slot(
    user_id: str,
    dek: bytes,
    passphrase: str,
    policy: KdfPolicy,
    device_secret: bytes | None,
    device_backend: str | None,
) -> PassphraseSlot:
    params = policy.fresh_params()
    kek = passphrase_kek(passphrase, params, device_secret)
    return PassphraseSlot(params, device_backend if device_secret else None, wrap(kek, dek, _ad(user_id, "passphrase")))


def new_key_file(
    user_id: str,
    created_at: str,
    dek: bytes,
    passphrase: str,
    recovery_key: bytes,
    policy: KdfPolicy,
    device_secret: bytes | None,
    device_backend: str | None,
) -> KeyFile:
    return KeyFile(
        user_id=user_id,
        created_at=created_at,
        passphrase=wrap_passphrase_slot(user_id, dek, passphrase, policy, device_secret, device_backend),
        recovery=RecoverySlot(wrap(recovery_kek(recovery_key), dek, _ad(user_id, "recovery"))),
    )


def open_with_passphrase(kf: KeyFile, passphrase: str, device_secret: bytes | None) -> bytes:
    """Return the DEK; raises ``UnwrapFailed`` for a wrong passphrase."""
    kek = passphrase_kek(passphrase, kf.passphrase.params, device_secret)
    return unwrap(kek, kf.passphrase.wrapped, _ad(kf.user_id, "passphrase"))


def open_with_recovery(kf: KeyFile, recovery_key: bytes) -> bytes:
    return unwrap(recovery_kek(recovery_key), kf.recovery.wrapped, _ad(kf.user_id, "recovery"))


def with_passphrase_slot(kf: KeyFile, slot: PassphraseSlot) -> KeyFile:
    return replace(kf, passphrase=slot)
