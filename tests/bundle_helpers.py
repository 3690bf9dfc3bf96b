"""Shared pieces for the bundle format tests: keys, the age CLI, crafted bundles."""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pyrage

from fieldintake.crypto.identity import Identity
from fieldintake.exports.bundle import BytesMember, write_bundle
from fieldintake.exports.bundle.manifest import SIGNATURE_DOMAIN, canonical_json
from fieldintake.crypto.encoding import b64e

AGE_CHUNK = 64 * 1024 + 16


def age_cli(name: str = "age") -> str:
    path = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
    assert path, f"The {name!r} command is required for these tests: install the 'age' package (.ci/run does)."
    return path


def write_key_file(tmp_path: Path, identity: Identity, name: str = "key.txt") -> Path:
    """A test key, written only inside the test's tmp folder."""
    path = tmp_path / name
    path.write_text(f"# test key\n{identity.age_secret}\n")
    path.chmod(0o600)
    return path


def payload_start(bundle: bytes) -> int:
    """Offset of the first age payload chunk (after the header and 16-byte nonce)."""
    mac = bundle.index(b"\n--- ")
    return bundle.index(b"\n", mac + 1) + 1 + 16


class PseudoRandomStream(io.RawIOBase):
    """Deterministic, incompressible-looking bytes without holding them.

    A block of seeded random bytes read cyclically with an odd period, so
    no two 64 KiB chunks line up alike.
    """

    PERIOD = 1024 * 1024 + 7

    def __init__(self, size: int, seed: int = 1) -> None:
        block = random.Random(seed).randbytes(self.PERIOD)
        self._ring = memoryview(block + block)
        self._left = size
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        n = min(len(target), self._left, self.PERIOD)
        target[:n] = self._ring[self._pos : self._pos + n]
        self._pos = (self._pos + n) % self.PERIOD
        self._left -= n
        return n


class StreamMember:
    def __init__(self, path: str, size: int, seed: int = 1, sha256: str | None = None) -> None:
        self.path, self.size, self._seed = path, size, seed
        if sha256 is None:
            digest = hashlib.sha256()
            src = PseudoRandomStream(size, seed)
            while chunk := src.read(1024 * 1024):
                digest.update(chunk)
            sha256 = digest.hexdigest()
        self.sha256 = sha256

    def open(self) -> io.RawIOBase:
        return PseudoRandomStream(self.size, self._seed)


def sample_members(big: int = 400_000) -> list[BytesMember]:
    return [
        BytesMember("cases/4b1d0c52-0d5e-4a53-9a47-2f7c1e7d4a10.json", b'{"name": "Test Person"}'),
        BytesMember("attachments/4b1d0c52/scan.bin", random.Random(7).randbytes(big)),
        BytesMember("pdf/case-file.pdf", b"%PDF-1.7 test\n" * 100),
    ]


def make_bundle(sender: Identity, recipients: list, members=None, **kw: Any) -> bytes:
    out = io.BytesIO()
    write_bundle(out, sender=sender, sender_card=sender.card("Aigerim Testova"),
                 recipients=recipients, members=members if members is not None else sample_members(), **kw)
    return out.getvalue()


def decrypt_tar(bundle: bytes, identity: Identity) -> bytes:
    return pyrage.decrypt(bundle, [identity.age_identity])


def tar_entries(plain: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    out = []
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tf:
        for info in tf:
            fh = tf.extractfile(info)
            out.append((info, fh.read() if fh else b""))
    return out


def craft(
    to: list[Identity],
    manifest: dict,
    signer: Identity,
    entries: list[tuple[tarfile.TarInfo, bytes]],
    signature: bytes | None = None,
) -> bytes:
    """A bundle built by hand (as an attacker would), validly age-encrypted."""
    raw = canonical_json(manifest)
    sig = signature if signature is not None else signer.sign(SIGNATURE_DOMAIN + raw)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for name, data in (("manifest.json", raw), ("manifest.sig", (b64e(sig) + "\n").encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        for info, data in entries:
            tf.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return pyrage.encrypt(buf.getvalue(), [i.age_identity.to_public() for i in to])


def file_entry(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def reencrypt_entries(bundle: bytes, identity: Identity) -> tuple[dict, list[tuple[tarfile.TarInfo, bytes]]]:
    """Decrypt a real bundle into its manifest and payload entries, to alter them."""
    import json

    entries = tar_entries(decrypt_tar(bundle, identity))
    manifest = json.loads(entries[0][1])
    return manifest, entries[2:]


def card_text(identity: Identity, name: str) -> str:
    return identity.card(name).to_text()


def run(cmd: list[str] | str, **kw: Any) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, **kw)

