"""The key file: one user's data key (DEK), wrapped twice, never in the clear.

::

    passphrase ──Argon2id──┐
    device secret (keyring)─┴─HKDF──► KEK ─AES-GCM──────────┐
                                                            ├──► DEK (256 bits) ──► SQLCipher raw key
    recovery key (256 bits) ──HKDF──► X25519 key ─HPKE──────┘

The DEK opens the vault; the vault holds the age identity that opens the
attachments, so the DEK is the one key to everything. It is replaced (a new
random DEK, the vault re-encrypted in place) whenever the passphrase changes
or the recovery key is used, so a key file left behind on the disk opens
nothing. The recovery slot is sealed to a public key (HPKE, RFC 9180) so it can
be re-made for a new DEK without the paper recovery key.

A rotation first writes a key file that holds the old slots and the new ones
(``next``), then re-encrypts the vault, then writes the new slots alone: a
crash anywhere leaves a vault that opens (see ``app/users.py``).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldintake.crypto.encoding import b64d, b64e
from fieldintake.crypto.kdf import Argon2Params, KdfPolicy, derive_into
from fieldintake.crypto.secret import wipe
from fieldintake.crypto.wrap import UnwrapFailed, WrappedKey, hkdf, unwrap, wrap

FORMAT = "fieldintake.keys/2"
LEGACY_FORMAT = "fieldintake.keys/1"  # recovery slot wrapped symmetrically; read, then upgraded on recovery
DEK_BYTES = 32
_MAX_KEY_FILE = 64 * 1024
_HPKE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class KeyFileFormatError(Exception):
    """The key file is not one we can read (truncated, edited, other format)."""


@dataclass(frozen=True)
class PassphraseSlot:
    params: Argon2Params
    device_backend: str | None  # keyring backend holding the device secret, None = unbound
    wrapped: WrappedKey


@dataclass(frozen=True)
class RecoverySlot:
    """The DEK sealed to the recovery key's public half (``public_key``); legacy files: ``wrapped`` only."""

    wrapped: WrappedKey | None = None
    public_key: bytes | None = None
    sealed: bytes | None = None

    @property
    def legacy(self) -> bool:
        return self.public_key is None


@dataclass(frozen=True)
class PendingRotation:
    """The new slots of a rotation in progress, and the old DEK wrapped under the new one (to finish it)."""

    passphrase: PassphraseSlot
    recovery: RecoverySlot
    previous: WrappedKey


@dataclass(frozen=True)
class KeyFile:
    user_id: str
    created_at: str
    passphrase: PassphraseSlot
    recovery: RecoverySlot
    pending: PendingRotation | None = None

    def to_bytes(self) -> bytes:
        doc: dict[str, object] = {
            "format": FORMAT,
            "user_id": self.user_id,
            "created_at": self.created_at,
            "passphrase": _passphrase_doc(self.passphrase),
            "recovery": _recovery_doc(self.recovery),
        }
        if self.pending is not None:
            doc["next"] = {
                "passphrase": _passphrase_doc(self.pending.passphrase),
                "recovery": _recovery_doc(self.pending.recovery),
                "previous": _wrapped_doc(self.pending.previous),
            }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        if len(data) > _MAX_KEY_FILE:
            raise KeyFileFormatError("the key file is far larger than any key file")
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") not in (FORMAT, LEGACY_FORMAT):
                raise KeyFileFormatError(f"unknown key file format {str(doc.get('format'))[:40]!r}")
            pending = None
            if doc.get("next") is not None:
                n = doc["next"]
                pending = PendingRotation(_passphrase_slot(n["passphrase"]), _recovery_slot(n["recovery"]),
                                          _wrapped(n["previous"]))
            return cls(
                user_id=str(doc["user_id"]),
                created_at=str(doc["created_at"]),
                passphrase=_passphrase_slot(doc["passphrase"]),
                recovery=_recovery_slot(doc["recovery"]),
                pending=pending,
            )
        except KeyFileFormatError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileFormatError(str(exc)) from exc
        except RecursionError:  # thousands of nested brackets: json.loads gives up on its stack
            raise KeyFileFormatError("the key file is nested too deeply to be a key file") from None


def _wrapped_doc(w: WrappedKey) -> dict[str, str]:
    return {"nonce": b64e(w.nonce), "ciphertext": b64e(w.ciphertext)}


def _wrapped(d: dict[str, str]) -> WrappedKey:
    return WrappedKey(b64d(d["nonce"]), b64d(d["ciphertext"]))


def _passphrase_doc(slot: PassphraseSlot) -> dict[str, object]:
    return {"kdf": slot.params.to_dict(), "device_binding": slot.device_backend, **_wrapped_doc(slot.wrapped)}


def _passphrase_slot(p: dict[str, object]) -> PassphraseSlot:
    binding = p.get("device_binding")
    return PassphraseSlot(Argon2Params.from_dict(p["kdf"]), str(binding) if binding else None,  # type: ignore[arg-type]
                          _wrapped(p))  # type: ignore[arg-type]


def _recovery_doc(slot: RecoverySlot) -> dict[str, str]:
    if slot.legacy:
        assert slot.wrapped is not None
        return _wrapped_doc(slot.wrapped)
    assert slot.public_key is not None and slot.sealed is not None
    return {"kind": "hpke-x25519", "public_key": b64e(slot.public_key), "sealed": b64e(slot.sealed)}


def _recovery_slot(r: dict[str, str]) -> RecoverySlot:
    if r.get("kind") is None:
        return RecoverySlot(wrapped=_wrapped(r))
    if r["kind"] != "hpke-x25519":
        raise KeyFileFormatError("unknown recovery slot")
    public = b64d(r["public_key"])
    if len(public) != 32:
        raise KeyFileFormatError("bad recovery public key")
    return RecoverySlot(public_key=public, sealed=b64d(r["sealed"]))


def _ad(user_id: str, slot: str) -> bytes:
    # The tag of the first format, kept as a domain separator: slots written by either format unwrap alike.
    return f"{LEGACY_FORMAT}\x00{user_id}\x00{slot}".encode()


def passphrase_kek(passphrase: str, params: Argon2Params, device_secret: bytes | None) -> bytearray:
    stretched = bytearray(32)
    derive_into(passphrase, params, stretched)
    try:
        if device_secret is None:
            return hkdf(stretched, info=b"fieldintake/kek/passphrase/v1")
        stretched.extend(device_secret)
        return hkdf(stretched, info=b"fieldintake/kek/passphrase+device/v1")
    finally:
        wipe(stretched)


def recovery_kek(recovery_key: bytes) -> bytearray:
    """The legacy (format 1) recovery slot's wrapping key."""
    return hkdf(recovery_key, info=b"fieldintake/kek/recovery/v1")


def _recovery_private(recovery_key: bytes) -> X25519PrivateKey:
    seed = hkdf(recovery_key, info=b"fieldintake/recovery/x25519/v2")
    try:
        return X25519PrivateKey.from_private_bytes(bytes(seed))
    finally:
        wipe(seed)


def recovery_public_key(recovery_key: bytes) -> bytes:
    return _recovery_private(recovery_key).public_key().public_bytes_raw()


def new_dek() -> bytearray:
    return bytearray(os.urandom(DEK_BYTES))


def _wrap_passphrase(user_id: str, dek: bytes | bytearray, passphrase: str, params: Argon2Params,
                     device_secret: bytes | None, device_backend: str | None) -> PassphraseSlot:
    kek = passphrase_kek(passphrase, params, device_secret)
    try:
        wrapped = wrap(kek, dek, _ad(user_id, "passphrase"))
    finally:
        wipe(kek)
    return PassphraseSlot(params, device_backend if device_secret else None, wrapped)


def wrap_passphrase_slot(
    user_id: str,
    dek: bytes | bytearray,
    passphrase: str,
    policy: KdfPolicy,
    device_secret: bytes | None,
    device_backend: str | None,
) -> PassphraseSlot:
    return _wrap_passphrase(user_id, dek, passphrase, policy.fresh_params(), device_secret, device_backend)


def seal_recovery_slot(user_id: str, dek: bytes | bytearray, public_key: bytes) -> RecoverySlot:
    """Seal the DEK to the recovery key's public half: no paper key needed to re-make the slot."""
    sealed = _HPKE.encrypt(bytes(dek), X25519PublicKey.from_public_bytes(public_key), info=_ad(user_id, "recovery"))
    return RecoverySlot(public_key=public_key, sealed=sealed)


def new_key_file(
    user_id: str,
    created_at: str,
    dek: bytes | bytearray,
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
        recovery=seal_recovery_slot(user_id, dek, recovery_public_key(recovery_key)),
    )


def _unwrap_passphrase(user_id: str, slot: PassphraseSlot, passphrase: str, device_secret: bytes | None) -> bytearray:
    kek = passphrase_kek(passphrase, slot.params, device_secret)
    try:
        return unwrap(kek, slot.wrapped, _ad(user_id, "passphrase"))
    finally:
        wipe(kek)


def _unwrap_recovery(user_id: str, slot: RecoverySlot, recovery_key: bytes) -> bytearray:
    if slot.legacy:
        assert slot.wrapped is not None
        kek = recovery_kek(recovery_key)
        try:
            return unwrap(kek, slot.wrapped, _ad(user_id, "recovery"))
        finally:
            wipe(kek)
    assert slot.sealed is not None
    try:
        return bytearray(_HPKE.decrypt(slot.sealed, _recovery_private(recovery_key), info=_ad(user_id, "recovery")))
    except Exception as exc:  # cryptography raises InvalidTag (or ValueError for a bad encapsulation)
        raise UnwrapFailed() from exc


def open_with_passphrase(kf: KeyFile, passphrase: str, device_secret: bytes | None) -> bytearray:
    """Return the DEK of the current slots; raises ``UnwrapFailed`` for a wrong passphrase."""
    return _unwrap_passphrase(kf.user_id, kf.passphrase, passphrase, device_secret)


def open_with_recovery(kf: KeyFile, recovery_key: bytes) -> bytearray:
    return _unwrap_recovery(kf.user_id, kf.recovery, recovery_key)


def candidate_deks_with_passphrase(kf: KeyFile, passphrase: str, device_secret: bytes | None) -> list[bytearray]:
    """Every DEK this passphrase reaches, the newest first: for readers of a copied vault folder (a backup)
    whose key file may hold an interrupted rotation. ``UserStore.unlock`` also finishes or undoes it."""
    found: list[bytearray] = []
    if kf.pending is not None:
        with contextlib.suppress(UnwrapFailed):
            new = _unwrap_passphrase(kf.user_id, kf.pending.passphrase, passphrase, device_secret)
            found += [new, previous_dek(kf, new)]
    if not found:
        found.append(_unwrap_passphrase(kf.user_id, kf.passphrase, passphrase, device_secret))
    return found


def candidate_deks_with_recovery(kf: KeyFile, recovery_key: bytes) -> list[bytearray]:
    found: list[bytearray] = []
    if kf.pending is not None:
        with contextlib.suppress(UnwrapFailed):
            new = _unwrap_recovery(kf.user_id, kf.pending.recovery, recovery_key)
            found += [new, previous_dek(kf, new)]
    if not found:
        found.append(_unwrap_recovery(kf.user_id, kf.recovery, recovery_key))
    return found


def unwrap_pending_passphrase(kf: KeyFile, passphrase: str, device_secret: bytes | None) -> bytearray:
    assert kf.pending is not None
    return _unwrap_passphrase(kf.user_id, kf.pending.passphrase, passphrase, device_secret)


def unwrap_pending_recovery(kf: KeyFile, recovery_key: bytes) -> bytearray:
    assert kf.pending is not None
    return _unwrap_recovery(kf.user_id, kf.pending.recovery, recovery_key)


def previous_dek(kf: KeyFile, new_dek: bytes | bytearray) -> bytearray:
    assert kf.pending is not None
    return unwrap(new_dek, kf.pending.previous, _ad(kf.user_id, "previous"))


def begin_rotation(kf: KeyFile, old_dek: bytes | bytearray, new_dek: bytes | bytearray,
                   passphrase: PassphraseSlot, recovery_public: bytes) -> KeyFile:
    """The transitional key file: the current slots still open the current vault; ``next`` the new one."""
    return replace(kf, pending=PendingRotation(
        passphrase=passphrase,
        recovery=seal_recovery_slot(kf.user_id, new_dek, recovery_public),
        previous=wrap(new_dek, old_dek, _ad(kf.user_id, "previous")),
    ))


def finish_rotation(kf: KeyFile) -> KeyFile:
    assert kf.pending is not None
    return replace(kf, passphrase=kf.pending.passphrase, recovery=kf.pending.recovery, pending=None)


def abandon_rotation(kf: KeyFile) -> KeyFile:
    return replace(kf, pending=None)


def with_passphrase_slot(kf: KeyFile, slot: PassphraseSlot) -> KeyFile:
    return replace(kf, passphrase=slot)
