"""The backup key: an age X25519 identity derived from the recovery key.

A backup must open with the recovery key alone (new laptop, passphrase
forgotten), so its age recipient is derived from the recovery key's 256
bits: HKDF-SHA256 (no salt, info ``fieldintake/backup/age-x25519/v1``)
gives 32 bytes, used as an X25519 secret scalar (age clamps it) and written
as a standard age identity ``AGE-SECRET-KEY-1…`` (Bech32, BIP 173), so the
`age` CLI and pyrage read it like any other key.

The vault keeps only what creating a backup needs and nothing that opens
one: the public recipient, and a *signer tag*, an HMAC-SHA256 under a
second HKDF output (info ``fieldintake/backup/signer/v1``) over the user id
and the signing keys. A backup carries the tag; a restore with the recovery
key recomputes it, so a backup re-signed by someone else who could decrypt
it (an escrow contact) is refused.
"""

from __future__ import annotations

import hashlib
import hmac

import pyrage

from fieldintake.crypto.wrap import hkdf

IDENTITY_INFO = b"fieldintake/backup/age-x25519/v1"
SIGNER_INFO = b"fieldintake/backup/signer/v1"
_HRP = "age-secret-key-"
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= generator[i] if (top >> i) & 1 else 0
    return chk


def bech32_encode(hrp: str, data: bytes | bytearray) -> str:
    """BIP 173 Bech32 (the encoding age uses for keys); an encoding, not a cipher."""
    acc = bits = 0
    words: list[int] = []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            words.append((acc >> bits) & 31)
    if bits:
        words.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _polymod(expanded + words + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[w] for w in words + checksum)


def identity_text(recovery_key: bytes) -> str:
    """The age identity (``AGE-SECRET-KEY-1…``) that opens this user's backups."""
    if len(recovery_key) != 32:
        raise ValueError("a recovery key is 32 bytes")
    scalar = hkdf(recovery_key, info=IDENTITY_INFO)
    return bech32_encode(_HRP, scalar).upper()


def identity(recovery_key: bytes) -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.from_str(identity_text(recovery_key))


def recipient(recovery_key: bytes) -> str:
    """The public ``age1…`` recipient; safe to keep in the vault."""
    return str(identity(recovery_key).to_public())


def signer_tag(recovery_key: bytes, user_id: str, verify_key: bytes, age_recipient: str) -> str:
    """Binds the signing keys to the holder of the recovery key (hex HMAC-SHA256)."""
    key = hkdf(recovery_key, info=SIGNER_INFO)
    message = b"\x00".join([b"fieldintake/backup-signer/v1", user_id.encode(), verify_key, age_recipient.encode()])
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def tag_matches(recovery_key: bytes, user_id: str, verify_key: bytes, age_recipient: str, tag: str) -> bool:
    return hmac.compare_digest(signer_tag(recovery_key, user_id, verify_key, age_recipient), tag)
