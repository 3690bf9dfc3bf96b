"""Bundle format: round trips through our reader and the standard age + tar tools."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest

from fieldintake.crypto.identity import Identity
from fieldintake.errors import BundleDecryptError, BundleTooLarge, InvalidInput
from fieldintake.exports.bundle import (
    FORMAT,
    BytesMember,
    Redaction,
    inspect_bundle,
    open_bundle,
    write_bundle,
)
from fieldintake.exports.bundle import writer as writer_mod
from tests.bundle_helpers import (
    age_cli,
    decrypt_tar,
    make_bundle,
    sample_members,
    tar_entries,
    write_key_file,
)

CREATED = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)


@pytest.fixture
def alice() -> Identity:
    return Identity.generate()


@pytest.fixture
def bob() -> Identity:
    return Identity.generate()


def test_round_trip_through_reader(alice: Identity, bob: Identity) -> None:
    members = sample_members()
    out = io.BytesIO()
    info = write_bundle(
        out, sender=alice, sender_card=alice.card("Aigerim Testova"), recipients=[bob.card("Daniyar Testov")],
        members=members, redaction=Redaction("redacted", "UNHCR"), cases=["4b1d0c52"], extra={"note": "x"},
        created_at=CREATED,
    )
    data = out.getvalue()
    assert info.sha256 == hashlib.sha256(data).hexdigest() and info.size == len(data)
    assert [r.age for r in info.recipients] == [alice.age_recipient, bob.age_recipient]
    with open_bundle(io.BytesIO(data), identity=bob) as reader:
        assert reader.sender_fingerprint == alice.card("x").fingerprint
        assert reader.sender_card.name == "Aigerim Testova"
        assert reader.forwarded is False
        assert reader.recipients[1].name == "Daniyar Testov"
        got = {m.path: m.read() for m in reader.members()}
        summary = reader.finish()
    assert {m.path: m.data for m in members}.items() <= got.items()
    assert "README.txt" in got
    assert summary.bundle_id == info.bundle_id and summary.created_at == CREATED
    assert summary.redaction == Redaction("redacted", "UNHCR") and summary.cases == ("4b1d0c52",)
    assert summary.extra == {"note": "x"} and summary.signature_valid


def test_tar_layout_and_fixed_metadata(alice: Identity, bob: Identity) -> None:
    entries = tar_entries(decrypt_tar(make_bundle(alice, [bob.age_recipient], created_at=CREATED), bob))
    names = [info.name for info, _ in entries]
    assert names[:3] == ["manifest.json", "manifest.sig", "README.txt"]
    assert names[3:] == [m.path for m in sample_members()]
    for info, _ in entries:
        assert (info.uid, info.gid, info.uname, info.gname, info.mode) == (0, 0, "", "", 0o600)
        assert info.mtime == int(CREATED.timestamp()) and info.isreg()
    manifest = json.loads(entries[0][1])
    assert manifest["format"] == FORMAT
    assert [m["path"] for m in manifest["members"]] == names[2:]
    assert manifest["recipients"][1] == {"age": bob.age_recipient, "fingerprint": None, "name": None}
    assert "passphrase" not in manifest
    readme = entries[2][1].decode()
    assert "age -d -i key.txt bundle.fibundle | tar -x" in readme and "Ed25519" in readme
    assert "Test Person" not in readme


def test_age_cli_and_tar_extract_members_matching_manifest(alice: Identity, bob: Identity, tmp_path: Path) -> None:
    bundle = tmp_path / "handoff.fibundle"
    bundle.write_bytes(make_bundle(alice, [bob.age_recipient]))
    key = write_key_file(tmp_path, bob)
    dest = tmp_path / "out"
    dest.mkdir()
    decrypted = subprocess.run([age_cli(), "-d", "-i", str(key), str(bundle)], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=decrypted.stdout, check=True)
    manifest = json.loads((dest / "manifest.json").read_bytes())
    for member in manifest["members"]:
        data = (dest / member["path"]).read_bytes()
        assert len(data) == member["size"]
        assert hashlib.sha256(data).hexdigest() == member["sha256"]


def test_recipient_made_with_age_keygen(alice: Identity, tmp_path: Path) -> None:
    key = tmp_path / "partner.txt"
    subprocess.run([age_cli("age-keygen"), "-o", str(key)], check=True, capture_output=True)
    text = key.read_text()
    public = next(line.split(": ")[1] for line in text.splitlines() if line.startswith("# public key:"))
    secret = next(line for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-"))
    bundle = tmp_path / "b.fibundle"
    bundle.write_bytes(make_bundle(alice, [public]))
    plain = subprocess.run([age_cli(), "-d", "-i", str(key), str(bundle)], check=True, capture_output=True).stdout
    assert [info.name for info, _ in tar_entries(plain)][:2] == ["manifest.json", "manifest.sig"]
    with bundle.open("rb") as fh:
        summary = inspect_bundle(fh, identity=pyrage.x25519.Identity.from_str(secret))
    assert summary.forwarded is False and summary.recipients[1].age == public


def test_sender_can_read_own_bundle(alice: Identity, bob: Identity) -> None:
    summary = inspect_bundle(io.BytesIO(make_bundle(alice, [bob.age_recipient])), identity=alice)
    assert summary.forwarded is False


def test_header_reveals_no_sender_or_contents(alice: Identity, bob: Identity) -> None:
    data = make_bundle(alice, [bob.card("Daniyar Testov")])
    header = data[: data.index(b"\n--- ")]
    stanzas = [line for line in header.split(b"\n") if line.startswith(b"-> ")]
    assert sum(s.startswith(b"-> X25519 ") for s in stanzas) == 2
    for secret in (b"Aigerim", b"Daniyar", alice.age_recipient.encode(), bob.age_recipient.encode(), b"manifest"):
        assert secret not in data


def test_passphrase_bundle_round_trip(alice: Identity) -> None:
    out = io.BytesIO()
    write_bundle(out, sender=alice, sender_card=alice.card("A"), passphrase="amber otter 42 ferries",
                 members=sample_members(1000))
    data = out.getvalue()
    assert b"-> scrypt " in data[:200] and b"X25519" not in data[:200]
    summary = inspect_bundle(io.BytesIO(data), passphrase="amber otter 42 ferries")
    assert summary.passphrase and summary.recipients == () and summary.forwarded is False
    readme = tar_entries(pyrage.passphrase.decrypt(data, "amber otter 42 ferries"))[2][1].decode()
    assert "age -d bundle.fibundle | tar -x" in readme


def test_passphrase_bundle_size_cap(alice: Identity, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer_mod, "PASSPHRASE_MAX_BYTES", 100_000)
    out = io.BytesIO()
    with pytest.raises(BundleTooLarge, match="contact"):
        write_bundle(out, sender=alice, sender_card=alice.card("A"), passphrase="pw words here",
                     members=sample_members(200_000))
    assert out.getvalue() == b""


def test_identity_on_passphrase_bundle_and_passphrase_on_key_bundle(alice: Identity, bob: Identity) -> None:
    out = io.BytesIO()
    write_bundle(out, sender=alice, sender_card=alice.card("A"), passphrase="pw words here", members=[])
    with pytest.raises(BundleDecryptError, match="passphrase bundle"):
        inspect_bundle(io.BytesIO(out.getvalue()), identity=bob)
    with pytest.raises(BundleDecryptError, match="not a passphrase bundle"):
        inspect_bundle(io.BytesIO(make_bundle(alice, [bob.age_recipient])), passphrase="pw words here")


@pytest.mark.parametrize(
    "name",
    ["../x", "/etc/passwd", "a/../b", "a//b", "a\\b", "C:x", "a/./b", "", "x\x00y", "README.txt", "manifest.json"],
)
def test_writer_refuses_unsafe_member_names(alice: Identity, bob: Identity, name: str) -> None:
    with pytest.raises(InvalidInput):
        make_bundle(alice, [bob.age_recipient], members=[BytesMember(name, b"x")])


@pytest.mark.parametrize("names", [["a.txt", "A.TXT"], ["x", "x/y"], ["d/é", "d/e\u0301"]])
def test_writer_refuses_clashing_names(alice: Identity, bob: Identity, names: list[str]) -> None:
    with pytest.raises(InvalidInput):
        make_bundle(alice, [bob.age_recipient], members=[BytesMember(n, b"x") for n in names])


def test_writer_refuses_card_of_someone_else(alice: Identity, bob: Identity) -> None:
    with pytest.raises(InvalidInput, match="sender card"):
        write_bundle(io.BytesIO(), sender=alice, sender_card=bob.card("B"), recipients=[], members=[])


def test_writer_needs_exactly_one_mode(alice: Identity) -> None:
    for kwargs in ({}, {"recipients": [], "passphrase": "p"}):
        with pytest.raises(InvalidInput):
            write_bundle(io.BytesIO(), sender=alice, sender_card=alice.card("A"), members=[], **kwargs)


def test_non_ascii_and_long_member_names(alice: Identity, bob: Identity) -> None:
    long_name = "attachments/4b1d0c52-0d5e-4a53-9a47-2f7c1e7d4a10/" + "паспорт-" * 20 + ".jpg"
    members = [BytesMember(long_name, b"scan"), BytesMember("pdf/Дело №1.pdf", b"%PDF")]
    summary = inspect_bundle(io.BytesIO(make_bundle(alice, [bob.age_recipient], members=members)), identity=bob)
    assert [m.path for m in summary.members][1:] == [long_name, "pdf/Дело №1.pdf"]


def test_progress_reports_reach_total(alice: Identity, bob: Identity) -> None:
    calls: list[tuple[int, int]] = []
    out = io.BytesIO()
    write_bundle(out, sender=alice, sender_card=alice.card("A"), recipients=[bob.age_recipient],
                 members=sample_members(3_000_000), progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] and all(d <= t for d, t in calls)
    read_calls: list[tuple[int, int]] = []
    path_total = len(out.getvalue())
    inspect_bundle(io.BytesIO(out.getvalue()), identity=bob, progress=lambda d, t: read_calls.append((d, t)))
    assert read_calls[-1] == (path_total, path_total)
    assert [d for d, _ in read_calls] == sorted(d for d, _ in read_calls)
