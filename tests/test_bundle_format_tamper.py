"""Every way a bundle can be damaged, forged or hostile is refused, specifically."""

from __future__ import annotations

import copy
import hashlib
import io
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest

from fieldintake.crypto.identity import Identity
from fieldintake.errors import (
    BundleDecryptError,
    BundleError,
    BundleSignatureInvalid,
    BundleSourceMismatch,
    BundleTampered,
    BundleTooExpensive,
    FieldintakeError,
)
from fieldintake.exports.bundle import BytesMember, inspect_bundle, open_bundle, write_bundle
from tests.bundle_helpers import (
    AGE_CHUNK,
    age_cli,
    craft,
    file_entry,
    make_bundle,
    payload_start,
    reencrypt_entries,
    write_key_file,
)


@pytest.fixture(scope="module")
def people() -> dict[str, Identity]:
    return {name: Identity.generate() for name in ("alice", "bob", "carol", "mallory")}


@pytest.fixture(scope="module")
def bundle(people: dict[str, Identity]) -> bytes:
    return make_bundle(people["alice"], [people["bob"].age_recipient])


def read_all(data: bytes, **kw) -> list[str]:
    """Open, read every member, finish: what an import does before committing."""
    verified = []
    with open_bundle(io.BytesIO(data), **kw) as reader:
        for member in reader.members():
            member.read()
        verified = [m.path for m in reader.finish().members]
    return verified


def flip(data: bytes, offset: int) -> bytes:
    b = bytearray(data)
    b[offset] ^= 0x01
    return bytes(b)


def test_bundle_errors_are_fieldintake_errors() -> None:
    for cls in (BundleDecryptError, BundleTampered, BundleSignatureInvalid, BundleTooExpensive, BundleSourceMismatch):
        assert issubclass(cls, BundleError) and issubclass(cls, FieldintakeError)


def test_several_payload_chunks(bundle: bytes) -> None:
    assert (len(bundle) - payload_start(bundle)) // AGE_CHUNK >= 5


def test_flipped_byte_in_header_mac(bundle: bytes, people) -> None:
    """pyrage has one error class for every header failure: an altered MAC reads like a header the key does not
    open, and the line says both (classified by what was attempted, not by pyrage's message)."""
    mac = bundle.index(b"\n--- ") + 10
    with pytest.raises(BundleDecryptError, match=r"not addressed to you.*\(or its encryption header is damaged\)"):
        read_all(flip(bundle, mac), identity=people["bob"])


def test_flipped_byte_in_header_stanza(bundle: bytes, people) -> None:
    with pytest.raises(BundleError, match="header"):
        read_all(flip(bundle, 40), identity=people["bob"])


@pytest.mark.parametrize("where", ["first", "last"])
def test_flipped_byte_in_payload_chunk(bundle: bytes, people, where: str) -> None:
    offset = payload_start(bundle) + 100 if where == "first" else len(bundle) - 10
    with pytest.raises(BundleTampered, match="failed to authenticate"):
        read_all(flip(bundle, offset), identity=people["bob"])


@pytest.mark.parametrize("chunks_kept", [1, 3, "all but last"])
def test_truncation_at_chunk_boundary(bundle: bytes, people, chunks_kept) -> None:
    start = payload_start(bundle)
    full_chunks = (len(bundle) - start) // AGE_CHUNK
    kept = full_chunks if chunks_kept == "all but last" else chunks_kept
    cut = start + kept * AGE_CHUNK
    assert cut < len(bundle)
    with pytest.raises(BundleTampered):
        read_all(bundle[:cut], identity=people["bob"])


def test_truncation_of_only_the_final_chunk_after_all_members(people) -> None:
    """The tar is complete before the final age chunk: the end of age must still be checked."""
    alice, bob = people["alice"], people["bob"]
    # Size the payload so that the tar's trailing zeros fill the last chunk.
    data = make_bundle(alice, [bob.age_recipient], members=[BytesMember("a.bin", b"\x01" * 200_000)])
    start = payload_start(data)
    last_boundary = start + ((len(data) - start - 1) // AGE_CHUNK) * AGE_CHUNK
    with pytest.raises(BundleTampered):
        read_all(data[:last_boundary], identity=bob)


def test_manifest_resigned_by_other_key_exposes_other_sender(bundle: bytes, people) -> None:
    alice, bob, mallory = people["alice"], people["bob"], people["mallory"]
    manifest, entries = reencrypt_entries(bundle, bob)
    new_data = b"altered scan"
    entries[1] = file_entry(entries[1][0].name, new_data)
    manifest["members"][1].update(size=len(new_data), sha256=hashlib.sha256(new_data).hexdigest())
    manifest["sender"] = mallory.card("Aigerim Testova").to_text()
    forged = craft([bob], manifest, mallory, entries)
    summary = inspect_bundle(io.BytesIO(forged), identity=bob)
    assert summary.signature_valid
    assert summary.sender_fingerprint == mallory.card("x").fingerprint
    assert summary.sender_fingerprint != alice.card("x").fingerprint


def test_manifest_resigned_by_other_key_with_original_card(bundle: bytes, people) -> None:
    bob, mallory = people["bob"], people["mallory"]
    manifest, entries = reencrypt_entries(bundle, bob)
    manifest["members"][2]["sha256"] = "0" * 64
    with pytest.raises(BundleSignatureInvalid, match="signature"):
        read_all(craft([bob], manifest, mallory, entries), identity=bob)


def test_forged_signature_without_senders_key(bundle: bytes, people) -> None:
    bob, mallory = people["bob"], people["mallory"]
    manifest, entries = reencrypt_entries(bundle, bob)
    with pytest.raises(BundleSignatureInvalid):
        read_all(craft([bob], manifest, mallory, entries, signature=bytes(64)), identity=bob)


def test_wrong_recipient(bundle: bytes, people) -> None:
    with pytest.raises(BundleDecryptError, match="not addressed to you"):
        read_all(bundle, identity=people["carol"])


def test_wrong_passphrase(people) -> None:
    out = io.BytesIO()
    write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                 passphrase="right horse battery 9", members=[])
    with pytest.raises(BundleDecryptError, match="Wrong passphrase"):
        read_all(out.getvalue(), passphrase="wrong horse battery 9")


def test_scrypt_work_factor_22_refused_before_any_kdf(people, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pyrage.passphrase.encrypt(b"not even a tar", "pw")
    line_end = real.index(b"\n", len(b"age-encryption.org/v1\n"))
    stanza = real[len(b"age-encryption.org/v1\n") : line_end]
    hostile = real.replace(stanza, stanza.rsplit(b" ", 1)[0] + b" 22", 1)
    calls: list[object] = []
    monkeypatch.setattr(pyrage.passphrase, "decrypt", lambda *a: calls.append(a))
    monkeypatch.setattr(pyrage, "decrypt_io", lambda *a: calls.append(a))
    with pytest.raises(BundleTooExpensive, match="22"):
        read_all(hostile, passphrase="pw")
    assert calls == []


def test_absurdly_long_header_refused(people) -> None:
    hostile = b"age-encryption.org/v1\n" + b"-> X25519 abc\n" + b"A" * 64 + b"\n" + (b"-> grease\n\n") * 10_000
    with pytest.raises(BundleTooExpensive, match="header"):
        read_all(hostile, identity=people["bob"])


def test_not_an_age_file(people) -> None:
    with pytest.raises(BundleError, match="not a fieldintake bundle"):
        read_all(b"PK\x03\x04 a zip file", identity=people["bob"])


def test_member_bytes_differ_from_manifest(bundle: bytes, people) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    data = bytearray(entries[1][1])
    data[-1] ^= 1
    entries[1] = file_entry(entries[1][0].name, bytes(data))
    with pytest.raises(BundleTampered, match="SHA-256"):
        read_all(craft([bob], manifest, alice, entries), identity=bob)


def test_extra_member(bundle: bytes, people) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    entries.append(file_entry("cases/extra.json", b"{}"))
    with pytest.raises(BundleTampered, match="more files than its manifest"):
        read_all(craft([bob], manifest, alice, entries), identity=bob)


def test_member_not_in_manifest_in_the_middle(bundle: bytes, people) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    entries.insert(1, file_entry("cases/sneaky.json", b"{}"))
    with pytest.raises(BundleTampered, match="does not list"):
        read_all(craft([bob], manifest, alice, entries), identity=bob)


def test_missing_member(bundle: bytes, people) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    del entries[-1]
    with pytest.raises(BundleTampered, match="missing"):
        read_all(craft([bob], manifest, alice, entries), identity=bob)


def test_out_of_order_and_duplicated_members(bundle: bytes, people) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    swapped = [entries[0], entries[2], entries[1], entries[3]]
    with pytest.raises(BundleTampered, match="out of order"):
        read_all(craft([bob], manifest, alice, swapped), identity=bob)
    duplicated = [entries[0], entries[1], entries[1], entries[3]]
    with pytest.raises(BundleTampered, match="out of order or duplicated"):
        read_all(craft([bob], manifest, alice, duplicated), identity=bob)


def _symlink(name: str) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = tarfile.SYMTYPE
    info.linkname = "/etc/passwd"
    return info, b""


@pytest.mark.parametrize("kind", ["dotdot", "absolute", "symlink"])
def test_unsafe_member_in_tar(bundle: bytes, people, kind: str) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    name = entries[1][0].name
    entries[1] = {
        "dotdot": file_entry("../x", entries[1][1]),
        "absolute": file_entry("/tmp/x", entries[1][1]),
        "symlink": _symlink(name),
    }[kind]
    with pytest.raises(BundleTampered, match="unsafe|not a plain file"):
        read_all(craft([bob], manifest, alice, entries), identity=bob)


@pytest.mark.parametrize("name", ["../x", "/abs/x"])
def test_unsafe_member_listed_in_signed_manifest(bundle: bytes, people, name: str) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    manifest["members"][1]["path"] = name
    entries[1] = file_entry(name, entries[1][1])
    with pytest.raises(BundleTampered, match="malformed"):
        read_all(craft([bob], manifest, alice, entries), identity=bob)


def test_oversized_pax_header_refused_before_reading(people) -> None:
    """A pax header declaring gigabytes is refused without reading it into memory."""
    alice, bob = people["alice"], people["bob"]
    header = tarfile.TarInfo("PaxHeaders/x")
    header.type = tarfile.XHDTYPE
    header.size = 3 * 1024**3
    block = header.tobuf(format=tarfile.USTAR_FORMAT)
    data = pyrage.encrypt(block + b"\0" * 4096, [bob.age_identity.to_public()])
    with pytest.raises(BundleTampered, match="oversized"):
        read_all(data, identity=bob)
    del alice


def test_non_canonical_manifest(bundle: bytes, people) -> None:
    alice, bob = people["alice"], people["bob"]
    manifest, entries = reencrypt_entries(bundle, bob)
    raw_entries = copy.deepcopy(entries)
    import json

    from fieldintake.crypto.encoding import b64e
    from fieldintake.exports.bundle.manifest import SIGNATURE_DOMAIN

    raw = json.dumps(manifest).encode()  # valid JSON, signed, but not canonical
    sig = (b64e(alice.sign(SIGNATURE_DOMAIN + raw)) + "\n").encode()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for info, data in [file_entry("manifest.json", raw), file_entry("manifest.sig", sig), *raw_entries]:
            tf.addfile(info, io.BytesIO(data))
    with pytest.raises(BundleTampered, match="canonical"):
        read_all(pyrage.encrypt(buf.getvalue(), [bob.age_identity.to_public()]), identity=bob)


def test_source_that_does_not_match_its_declared_hash(people) -> None:
    alice, bob = people["alice"], people["bob"]

    class Lying:
        path, size, sha256 = "attachments/a/scan.jpg", 5, hashlib.sha256(b"hello").hexdigest()

        def __init__(self, data: bytes) -> None:
            self.data = data

        def open(self) -> io.BytesIO:
            return io.BytesIO(self.data)

    for data, what in ((b"hellO", "SHA-256"), (b"hell", "shorter"), (b"hello!", "longer")):
        with pytest.raises(BundleSourceMismatch, match=what):
            make_bundle(alice, [bob.age_recipient], members=[Lying(data)])


def test_forwarded_bundle_keeps_signature_and_is_flagged(bundle: bytes, people, tmp_path: Path) -> None:
    """bob re-encrypts alice's bundle to carol with the age CLI, plaintext never on disk."""
    alice, bob, carol = people["alice"], people["bob"], people["carol"]
    original = tmp_path / "from-alice.fibundle"
    original.write_bytes(bundle)
    forwarded = tmp_path / "to-carol.fibundle"
    key = write_key_file(tmp_path, bob)
    dec = subprocess.Popen([age_cli(), "-d", "-i", str(key), str(original)], stdout=subprocess.PIPE)
    subprocess.run([age_cli(), "-r", carol.age_recipient, "-o", str(forwarded)], stdin=dec.stdout, check=True)
    dec.stdout.close()
    assert dec.wait() == 0
    with forwarded.open("rb") as fh:
        summary = inspect_bundle(fh, identity=carol)
    assert summary.forwarded is True and summary.signature_valid
    assert summary.sender_fingerprint == alice.card("x").fingerprint
    assert inspect_bundle(io.BytesIO(bundle), identity=bob).forwarded is False
