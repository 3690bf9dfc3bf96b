"""Hostile tar streams inside validly encrypted bundles (issue 10, items 5 and 10).

Each bundle is built by hand the way an attacker would: valid age
encryption to the victim, a manifest signed with the attacker's own key,
and tar headers the writer never makes. Every one must end in one clear
``BundleTampered`` line, before tarfile parses the hostile header.
"""

from __future__ import annotations

import io
import tarfile

import pytest

from fieldintake.crypto.identity import Identity
from fieldintake.errors import BundleTampered
from fieldintake.exports.bundle import inspect_bundle, open_bundle
from fieldintake.exports.bundle import tarstream
from fieldintake.exports.bundle.targate import MAX_PAX_RECORDS, TarGate, parse_pax_records
from tests.bundle_helpers import make_bundle
from tests.hostile_tar import (
    assemble,
    encrypt,
    end,
    extended,
    file_block,
    member_entry,
    pax_record,
    real_parts,
    signed_head,
)


@pytest.fixture(scope="module")
def people() -> dict[str, Identity]:
    return {name: Identity.generate() for name in ("mallory", "bob")}


@pytest.fixture(scope="module")
def parts(people):
    return real_parts(people["mallory"], people["bob"])


def inspect(data: bytes, bob: Identity):
    return inspect_bundle(io.BytesIO(data), identity=bob)


def test_the_hand_built_bundle_is_accepted_as_it_is(people, parts) -> None:
    """The control: without the hostile part, the same construction inspects fine."""
    manifest, payload = parts
    summary = inspect(encrypt(assemble(manifest, people["mallory"], payload), people["bob"]), people["bob"])
    assert summary.signature_valid


def test_cve_2024_6232_pax_header_of_digits_before_the_manifest(people, parts) -> None:
    """60 KiB of digits cost seconds in tarfile's pax parser (Python < 3.11.10), before the signature check."""
    manifest, payload = parts
    data = assemble(manifest, people["mallory"], payload, before=extended(b"1" * 60_000))
    with pytest.raises(BundleTampered, match="oversized tar header"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_small_pax_header_of_digits_is_malformed(people, parts) -> None:
    manifest, payload = parts
    data = assemble(manifest, people["mallory"], payload, before=extended(b"1" * 3000))
    with pytest.raises(BundleTampered, match="malformed pax extended header"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_global_pax_header(people, parts) -> None:
    """tarfile applies a global header to every later member; the writer never makes one."""
    manifest, payload = parts
    data = assemble(manifest, people["mallory"], payload, before=extended(pax_record("comment", "x"), tarfile.XGLTYPE))
    with pytest.raises(BundleTampered, match="type 'g'.*not a plain file"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_chained_pax_headers(people, parts) -> None:
    """tarfile recurses once per chained extended header: RecursionError before the fix."""
    manifest, payload = parts
    chain = extended(pax_record("path", "manifest.json")) * 2000
    data = assemble(manifest, people["mallory"], payload, before=chain)
    with pytest.raises(BundleTampered, match="chained extended headers"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_gnu_long_name_chain(people, parts) -> None:
    manifest, payload = parts
    chain = extended(b"manifest.json\0", tarfile.GNUTYPE_LONGNAME, "././@LongLink") * 2000
    data = assemble(manifest, people["mallory"], payload, before=chain)
    with pytest.raises(BundleTampered, match="type 'L'.*not a plain file"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_sparse_pax_header_after_the_signed_manifest(people, parts) -> None:
    """A GNU sparse map that does not parse: ValueError inside tarfile before the fix."""
    manifest, payload = parts
    sparse = extended(pax_record("GNU.sparse.map", "1,x") + pax_record("GNU.sparse.size", "10"))
    data = assemble(manifest, people["mallory"], payload, after_head=sparse)
    with pytest.raises(BundleTampered, match="field the writer never makes"):
        inspect(encrypt(data, people["bob"]), people["bob"])


@pytest.mark.parametrize("key", ["mtime", "linkpath", "hdrcharset", "uname"])
def test_pax_fields_the_writer_never_makes(people, parts, key: str) -> None:
    manifest, payload = parts
    data = assemble(manifest, people["mallory"], payload, before=extended(pax_record(key, "1")))
    with pytest.raises(BundleTampered, match="never makes"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_declared_terabyte_member(people, parts) -> None:
    """Signed as 1 TB, 11 bytes sent: a tarfile ReadError on inspect before the fix."""
    manifest, payload = parts
    manifest = dict(manifest)
    entry = member_entry("attachments/big/scan.jpg", b"")
    entry["size"] = 10**12
    manifest["members"] = [*manifest["members"], entry]
    body = b"".join(file_block(name, len(d), d) for name, d in payload)
    plain = signed_head(manifest, people["mallory"]) + body + file_block(entry["path"], 10**12, b"short bytes") + end()
    with pytest.raises(BundleTampered, match="truncated"):
        inspect(encrypt(plain, people["bob"]), people["bob"])


def test_deeply_nested_manifest(people, parts) -> None:
    """Nesting json.loads still accepts, a few frames short of RecursionError when re-encoded: accepted before the fix."""
    manifest, payload = parts
    deep: list = []
    node = deep
    for _ in range(900):
        node.append([])
        node = node[0]
    manifest = {**manifest, "extra": {"x": deep}}
    data = assemble(manifest, people["mallory"], payload)
    with pytest.raises(BundleTampered, match="nested too deeply"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_link_name_and_prefix_refused(people, parts) -> None:
    manifest, payload = parts
    info = tarfile.TarInfo("x" * 10)
    info.linkname = "/etc/passwd"
    block = info.tobuf(format=tarfile.USTAR_FORMAT)
    data = assemble(manifest, people["mallory"], payload, before=block)
    with pytest.raises(BundleTampered, match="link name"):
        inspect(encrypt(data, people["bob"]), people["bob"])


def test_every_hostile_stream_ends_in_our_error_when_read_member_by_member(people, parts) -> None:
    """The import path (open_bundle, members read one by one) sees the same clear errors."""
    manifest, payload = parts
    chain = extended(pax_record("path", "README.txt")) * 50
    data = encrypt(assemble(manifest, people["mallory"], payload, after_head=chain), people["bob"])
    with pytest.raises(BundleTampered, match="chained"), open_bundle(io.BytesIO(data), identity=people["bob"]) as r:
        for member in r.members():
            member.read()


# --- what the writer does make still passes ----------------------------------------------


def test_long_and_non_ascii_names_pass_the_gate(people) -> None:
    from fieldintake.exports.bundle import BytesMember

    name = "attachments/" + "паспорт-" * 60 + ".jpg"  # pax "path" record, ~900 bytes
    bundle = make_bundle(people["mallory"], [people["bob"].age_recipient], members=[BytesMember(name, b"x" * 700)])
    summary = inspect(bundle, people["bob"])
    assert [m.path for m in summary.members][-1] == name


def test_the_writers_header_for_a_huge_member_passes_the_gate() -> None:
    """Members of 8 GiB or more carry their size in a pax record: allowed, and the size is taken from it."""
    size = 9 * 1024**3
    head = tarstream.member_header("attachments/a/video.mp4", size, 1_700_000_000)
    gate = TarGate(io.BytesIO(head + b"\0" * 4096))
    passed = b""
    while len(passed) < len(head) + 10:
        passed += gate.read(len(head) + 10 - len(passed))
    assert passed[: len(head)] == head and gate.headers == 2
    info = tarfile.TarInfo.frombuf(head[-512:], "utf-8", "strict")
    assert info.size == 0  # the ustar field overflowed: only the pax record holds it
    with pytest.raises(BundleTampered, match="truncated"):
        while gate.read(1 << 20):
            pass


def test_pax_records_parser() -> None:
    assert parse_pax_records(pax_record("path", "a/b") + pax_record("size", "12")) == {"path": "a/b", "size": "12"}
    for bad in (b"5 path", b"09 path=a\n", pax_record("path", "a") * 2, b"abc", pax_record("size", "x"),
                b"99 path=a\n", pax_record("path", "a" * 1025)):
        with pytest.raises(BundleTampered):
            parse_pax_records(bad)
    assert MAX_PAX_RECORDS <= 8192

