"""Reading the plain-text age header before anything is decrypted.

The header tells which kind of key opens the file and, for passphrase
files, how much scrypt work it demands. A hostile file can ask for a work
factor that takes minutes and gigabytes, so it is checked here, before the
passphrase ever reaches the KDF. Only the structure is parsed; the header's
MAC and the stanzas' contents are checked by age itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import BinaryIO

from fieldintake.errors import BundleDecryptError, BundleTampered, BundleTooExpensive, NotABundle

AGE_MAGIC = b"age-encryption.org/v1"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
MAX_HEADER_BYTES = 64 * 1024
MAX_SCRYPT_WORK_FACTOR = 20
_READ = 4096
_WORK_FACTOR = re.compile(rb"[1-9][0-9]?")


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class AgeHeader:
    stanzas: tuple[Stanza, ...]
    raw: bytes  # the header itself, up to and including the MAC line's newline

    @property
    def is_passphrase(self) -> bool:
        return any(s.type == "scrypt" for s in self.stanzas)


def read_header(src: BinaryIO) -> tuple[AgeHeader, bytes]:
    """Read and parse the header; return it and every byte read from ``src``.

    The caller replays the returned bytes in front of the rest of ``src``
    when it hands the file to age.
    """
    buf = bytearray()
    mac = end = -1
    while end < 0:
        chunk = src.read(_READ)
        if not chunk:
            break
        start = max(0, len(buf) - 4)
        buf += chunk
        if mac < 0:
            mac = buf.find(b"\n--- ", start)
        if mac >= 0:
            end = buf.find(b"\n", mac + 1)
        if not buf.startswith(AGE_MAGIC[: len(buf)]):
            _not_age(bytes(buf))
        if end < 0 and len(buf) > MAX_HEADER_BYTES:
            raise BundleTooExpensive(
                f"The bundle's encryption header is longer than {MAX_HEADER_BYTES // 1024} KiB: "
                "refused as a damaged or hostile file."
            )
    if end < 0:
        if not buf.startswith(AGE_MAGIC[: len(buf)]) or len(buf) < len(AGE_MAGIC):
            _not_age(bytes(buf))
        raise BundleTampered("The bundle is truncated: its encryption header is incomplete.")
    raw = bytes(buf[: end + 1])
    return AgeHeader(_parse(raw), raw), bytes(buf)


def _not_age(data: bytes) -> None:
    if data.startswith(ARMOR_BEGIN[: len(data)]) and data:
        raise NotABundle("This is an ASCII-armored age file, not a fieldintake bundle.")
    raise NotABundle("This file is not a fieldintake bundle (it is not an age-encrypted file).")


def _parse(raw: bytes) -> tuple[Stanza, ...]:
    lines = raw.split(b"\n")[:-1]
    if lines[0] != AGE_MAGIC:
        _not_age(raw)
    stanzas: list[Stanza] = []
    in_stanza = False
    for line in lines[1:-1]:
        if line.startswith(b"-> "):
            words = line[3:].split(b" ")
            if not words or not all(words):
                raise _damaged()
            try:
                stype, *args = (w.decode("ascii") for w in words)
            except UnicodeDecodeError:
                raise _damaged() from None
            stanzas.append(Stanza(stype, tuple(args)))
            in_stanza = True
        elif not in_stanza or len(line) > 64:
            raise _damaged()
    if not lines[-1].startswith(b"--- ") or not stanzas:
        raise _damaged()
    return tuple(stanzas)


def _damaged() -> BundleTampered:
    return BundleTampered("The bundle's encryption header is damaged.")


def check_for_identity(header: AgeHeader) -> None:
    """Opening with a key: a passphrase file needs the passphrase instead."""
    if header.is_passphrase:
        raise BundleDecryptError(
            "This is a passphrase bundle: ask the sender for its passphrase (given through another channel)."
        )


def check_for_passphrase(header: AgeHeader) -> None:
    """Opening with a passphrase: one scrypt stanza with a bounded work factor."""
    if not header.is_passphrase:
        raise BundleDecryptError(
            "This is not a passphrase bundle: it is encrypted to keys; open it with your own key."
        )
    if len(header.stanzas) != 1 or len(header.stanzas[0].args) != 2:
        raise _damaged()
    factor = header.stanzas[0].args[1].encode("ascii")
    if not _WORK_FACTOR.fullmatch(factor):
        raise _damaged()
    if int(factor) > MAX_SCRYPT_WORK_FACTOR:
        raise BundleTooExpensive(
            f"The bundle asks for a passphrase work factor of {int(factor)} (at most "
            f"{MAX_SCRYPT_WORK_FACTOR} is accepted): refused, it would take minutes and gigabytes of memory."
        )
