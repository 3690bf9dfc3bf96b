"""Hostile bundles against a real import (issue 10, items 10 and 11): a clear error, the vault unchanged.

The sender is the attacker: the manifest is validly signed with their own
key, so only the import's own checks stand between the bundle and the vault.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from fieldintake.errors import BundleTampered, InvalidInput
from fieldintake.exports import handover
from tests.bundle_helpers import decrypt_tar, tar_entries
from tests.case_data import FULL_ANSWERS
from tests.hostile_tar import encrypt, end, file_block, member_entry, signed_head


@pytest.fixture
def taken_apart(pair, tmp_path: Path):
    """Alice's real bundle for Bob, decrypted into (manifest, [(name, data)]) to be altered and re-signed."""
    alice, bob = pair
    case = alice.cases.create("Hostile", urgency="high")
    alice.cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(FULL_ANSWERS))
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"scan!!")
    alice.attachments.add(case.id, scan)
    result = handover.export_bundle(alice, [case.id], tmp_path / "real.fibundle", contacts=["Bob"])
    entries = tar_entries(decrypt_tar(result.path.read_bytes(), bob.identity))
    return json.loads(entries[0][1]), [(info.name, data) for info, data in entries[2:]]


def rebuild(alice, bob, manifest: dict, payload: list[tuple[str, bytes]], path: Path,
            tail: bytes = b"") -> Path:
    """Re-sign the altered bundle as its sender (the attacker) and encrypt it to Bob."""
    manifest = dict(manifest)
    manifest["members"] = [member_entry(name, data) for name, data in payload]
    body = b"".join(file_block(name, len(data), data) for name, data in payload)
    plain = signed_head(manifest, alice.identity) + body + tail
    path.write_bytes(encrypt(plain + (b"" if tail else end()), bob.identity))
    return path


def unchanged(bob) -> bool:
    """No case, and no blob left behind (staged blobs are removed on failure)."""
    blobs = list(bob.paths.blobs.glob("*")) if bob.paths.blobs.exists() else []
    return bob.cases.count() == 0 and blobs == []


def case_member(payload: list[tuple[str, bytes]]) -> tuple[int, dict]:
    index = next(i for i, (name, _) in enumerate(payload) if name.startswith("cases/"))
    return index, json.loads(payload[index][1])


def test_the_unaltered_rebuild_imports(pair, taken_apart, tmp_path: Path) -> None:
    alice, bob = pair
    manifest, payload = taken_apart
    report = handover.import_bundle(bob, rebuild(alice, bob, manifest, payload, tmp_path / "b.fibundle"))
    assert len(report.results) == 1


def test_recorded_size_differs_from_the_bytes_received(pair, taken_apart, tmp_path: Path) -> None:
    """999,999 recorded, 6 received: imported before the fix, and every later read said "altered"."""
    alice, bob = pair
    manifest, payload = taken_apart
    index, doc = case_member(payload)
    doc["attachments"][0]["size"] = 999_999
    payload[index] = (payload[index][0], json.dumps(doc).encode())
    path = rebuild(alice, bob, manifest, payload, tmp_path / "b.fibundle")
    with pytest.raises(BundleTampered, match="999999 bytes.*6 arrived"):
        handover.import_bundle(bob, path)
    assert unchanged(bob)


def test_declared_terabyte_attachment(pair, taken_apart, tmp_path: Path) -> None:
    """Signed as 1 TB, a few bytes sent: "could not store the attachment" before the fix."""
    alice, bob = pair
    manifest, payload = taken_apart
    index, doc = case_member(payload)
    att_name = next(name for name, _ in payload if name.startswith("attachments/"))
    size = 10**12
    doc["attachments"][0]["size"] = size
    payload[index] = (payload[index][0], json.dumps(doc).encode())
    payload = [(name, data) for name, data in payload if name != att_name]
    manifest = dict(manifest)
    big = {"path": att_name, "size": size, "sha256": hashlib.sha256(b"").hexdigest()}
    manifest["members"] = [m for m in manifest["members"] if m["path"] != att_name] + [big]
    listed = {m["path"]: m for m in manifest["members"]}
    manifest["members"] = [member_entry(n, d) for n, d in payload] + [listed[att_name]]
    plain = (signed_head(manifest, alice.identity)
             + b"".join(file_block(n, len(d), d) for n, d in payload)
             + file_block(att_name, size, b"a few bytes") + end())
    path = tmp_path / "big.fibundle"
    path.write_bytes(encrypt(plain, bob.identity))
    with pytest.raises(BundleTampered, match="truncated"):
        handover.import_bundle(bob, path)
    with pytest.raises(BundleTampered, match="truncated"):
        handover.inspect(bob, path)
    assert unchanged(bob)


def test_deeply_nested_case_document(pair, taken_apart, tmp_path: Path) -> None:
    """RecursionError from json.loads before the fix."""
    alice, bob = pair
    manifest, payload = taken_apart
    index, _doc = case_member(payload)
    payload[index] = (payload[index][0], b"[" * 5000 + b"]" * 5000)
    path = rebuild(alice, bob, manifest, payload, tmp_path / "b.fibundle")
    with pytest.raises(InvalidInput, match="nested too deeply"):
        handover.import_bundle(bob, path)
    assert unchanged(bob)


@pytest.mark.parametrize("hostile", ["sparse", "chain", "global"])
def test_hostile_tar_headers_on_import(pair, taken_apart, tmp_path: Path, hostile: str) -> None:
    """ValueError (sparse) and RecursionError (chains) inside tarfile before the fix; now one line, nothing written."""
    import tarfile

    from tests.hostile_tar import extended, pax_record

    alice, bob = pair
    manifest, payload = taken_apart
    block = {
        "sparse": extended(pax_record("GNU.sparse.map", "1,x")),
        "chain": extended(pax_record("path", "README.txt")) * 2000,
        "global": extended(pax_record("comment", "x"), tarfile.XGLTYPE),
    }[hostile]
    manifest = {**manifest, "members": [member_entry(n, d) for n, d in payload]}
    body = b"".join(file_block(n, len(d), d) for n, d in payload)
    path = tmp_path / "h.fibundle"
    path.write_bytes(encrypt(signed_head(manifest, alice.identity) + block + body + end(), bob.identity))
    with pytest.raises(BundleTampered) as caught:
        handover.import_bundle(bob, path)
    assert "\n" not in str(caught.value)
    assert unchanged(bob)
