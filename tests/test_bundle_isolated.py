"""Untrusted bundles are inspected in a bounded child process (issue 10, item 5).

The child is a real spawned interpreter with real resource limits; what it
reports comes back as the same summary or the same error type as an
in-process inspection, and a cancel or an exhausted budget ends it.
"""

from __future__ import annotations

import io
import multiprocessing
from pathlib import Path

import pytest

from fieldintake.crypto.identity import Identity
from fieldintake.errors import BundleDecryptError, BundleError, BundleTampered, BundleTooExpensive, Cancelled, NotFound
from fieldintake.exports.bundle import inspect_bundle, write_bundle
from fieldintake.exports.bundle.childproc import run_child
from fieldintake.exports.bundle.isolated import cpu_budget, inspect_isolated
from tests.bundle_helpers import make_bundle, sample_members
from tests.hostile_tar import assemble, encrypt, extended, real_parts


def spin_forever(report) -> dict:
    """A child that never finishes on its own: burns CPU in a loop."""
    while True:
        sum(range(10_000))


def crash_hard(report) -> dict:
    import os

    os._exit(3)


def raise_a_bug(report) -> dict:
    raise KeyError("secret bundle data")


@pytest.fixture(scope="module")
def people() -> dict[str, Identity]:
    return {name: Identity.generate() for name in ("alice", "bob")}


def test_same_summary_as_in_process(people, tmp_path: Path) -> None:
    path = tmp_path / "b.fibundle"
    path.write_bytes(make_bundle(people["alice"], [people["bob"].age_recipient]))
    seen: list[tuple[int, int]] = []
    isolated = inspect_isolated(path, identity=people["bob"], progress=lambda d, t: seen.append((d, t)))
    assert isolated == inspect_bundle(io.BytesIO(path.read_bytes()), identity=people["bob"])
    assert isolated.forwarded is False and seen and seen[-1][0] == seen[-1][1]
    assert multiprocessing.active_children() == []


def test_passphrase_bundle(people, tmp_path: Path) -> None:
    out = io.BytesIO()
    write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                 passphrase="amber otter 42 ferries", members=sample_members(1000))
    path = tmp_path / "p.fibundle"
    path.write_bytes(out.getvalue())
    assert inspect_isolated(path, passphrase="amber otter 42 ferries").passphrase is True


def test_hostile_header_refused_in_the_child_with_its_own_error(people, tmp_path: Path) -> None:
    manifest, payload = real_parts(people["alice"], people["bob"])
    path = tmp_path / "h.fibundle"
    path.write_bytes(encrypt(assemble(manifest, people["alice"], payload, before=extended(b"1" * 60_000)),
                             people["bob"]))
    with pytest.raises(BundleTampered, match="oversized tar header"):
        inspect_isolated(path, identity=people["bob"])


def test_not_addressed_to_me_and_missing_file(people, tmp_path: Path) -> None:
    path = tmp_path / "b.fibundle"
    path.write_bytes(make_bundle(people["alice"], [Identity.generate().age_recipient]))
    with pytest.raises(BundleDecryptError, match="not addressed to you"):
        inspect_isolated(path, identity=people["bob"])
    with pytest.raises(NotFound):
        inspect_isolated(tmp_path / "nothing.fibundle", identity=people["bob"])


def test_a_child_over_its_cpu_budget_is_stopped() -> None:
    with pytest.raises(BundleTooExpensive, match="more than 1 seconds of computing"):
        run_child(spin_forever, (), cpu_seconds=1)
    assert multiprocessing.active_children() == []


def test_cancel_kills_the_child_at_once() -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        run_child(spin_forever, (), cpu_seconds=60, cancel=cancel)
    assert multiprocessing.active_children() == [] and len(calls) == 4  # the cancel ended it, not the budget


def test_a_crash_or_a_bug_in_the_child_is_one_clear_error() -> None:
    with pytest.raises(BundleError, match="stopped unexpectedly"):
        run_child(crash_hard, (), cpu_seconds=10)
    with pytest.raises(BundleError, match="internal error KeyError") as caught:
        run_child(raise_a_bug, (), cpu_seconds=10)
    assert "secret bundle data" not in str(caught.value)


def test_budget_grows_with_the_file() -> None:
    assert cpu_budget(0) < cpu_budget(2 * 1024**3) and cpu_budget(2 * 1024**3) < 600


# --- the import's side: members streamed from the child, checked again here --------------


def lying_child(head: dict, member_count: int, channel) -> dict:
    """A child that sends a real signed manifest but other bytes for the first member."""
    channel.send({"head": head})
    channel.send({"member": 0})
    channel.data(b"forged bytes")
    channel.send({"end": 0})
    return {}


def test_members_stream_from_the_child_as_in_process(people, tmp_path: Path) -> None:
    from fieldintake.exports.bundle import open_bundle
    from fieldintake.exports.bundle.isolated import open_isolated

    path = tmp_path / "b.fibundle"
    path.write_bytes(make_bundle(people["alice"], [people["bob"].age_recipient]))
    with open_isolated(path, identity=people["bob"]) as reader:
        got = {m.path: m.read() for m in reader.members()}
        summary = reader.finish()
    with open_bundle(io.BytesIO(path.read_bytes()), identity=people["bob"]) as local:
        expected = {m.path: m.read() for m in local.members()}
        assert summary == local.finish()
    assert got == expected and reader.sender_fingerprint == people["alice"].card("x").fingerprint
    assert multiprocessing.active_children() == []


def test_the_parent_checks_what_the_child_sends(people) -> None:
    from fieldintake.crypto.encoding import b64e
    from fieldintake.exports.bundle.childproc import Channel
    from fieldintake.exports.bundle.isolated import IsolatedReader
    from tests.bundle_helpers import decrypt_tar, tar_entries

    entries = tar_entries(decrypt_tar(make_bundle(people["alice"], [people["bob"].age_recipient]), people["bob"]))
    head = {"manifest": b64e(entries[0][1]), "signature": b64e(entries[1][1])}
    reader = IsolatedReader(Channel(lying_child, (head, 1), 10, None, None), people["bob"].age_recipient)
    with reader, pytest.raises(BundleTampered, match="does not match"):
        for member in reader.members():
            member.read()
    forged = {**head, "signature": b64e(b"\0" * 64)}
    from fieldintake.errors import BundleSignatureInvalid

    with pytest.raises(BundleSignatureInvalid):
        IsolatedReader(Channel(lying_child, (forged, 1), 10, None, None), people["bob"].age_recipient)
    assert multiprocessing.active_children() == []


def test_cancel_during_an_import_stops_the_child(people, tmp_path: Path) -> None:
    from fieldintake.exports.bundle.isolated import open_isolated

    path = tmp_path / "b.fibundle"
    path.write_bytes(make_bundle(people["alice"], [people["bob"].age_recipient], members=sample_members(4 << 20)))
    stop = []
    with pytest.raises(Cancelled), open_isolated(path, identity=people["bob"], cancel=lambda: bool(stop)) as reader:
        for member in reader.members():
            member.read(1000)
            stop.append(1)
            member.read()
    assert multiprocessing.active_children() == []


# --- the frames the child answers in: read by this process, bounded before any allocation -------------


def raw_frame_child(raw: bytes, channel) -> dict:
    """A compromised child: writes ``raw`` on the answer pipe as it is, then ends at once."""
    import os

    os.write(channel._conn.fileno(), raw)
    os._exit(0)


@pytest.mark.parametrize("raw, error, message", [
    # 4 GiB announced: refused from the header, nothing allocated or read for it
    (b"D\xff\xff\xff\xff" + b"x" * 64, BundleError, "too long"),
    (b"J\x7f\xff\xff\xff", BundleError, "too long"),
    # a body cut short, and a header cut short, by the child's end
    (b"D\x00\x10\x00\x00" + b"x" * 1000, BundleError, "stopped unexpectedly"),
    (b"D\x00\x00", BundleError, "stopped unexpectedly"),
    # a kind that is neither J nor D, and a J frame that is not JSON
    (b"P\x00\x00\x00\x02{}", BundleError, "could not be read"),
    (b"J\x00\x00\x00\x05\xff\xfe{}]", BundleError, "could not be read"),
])
def test_a_crafted_answer_frame_is_one_clear_error(raw: bytes, error: type, message: str) -> None:
    import resource
    import time

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(error, match=message):
        run_child(raw_frame_child, (raw,), 10)
    assert time.monotonic() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 64 * 1024  # KiB: no 4 GiB buffer
    assert multiprocessing.active_children() == []


def test_a_member_that_differs_from_its_signed_manifest_is_refused_by_this_process(people, tmp_path: Path) -> None:
    """The import's child no longer hashes members: a member whose bytes differ from the validly signed
    manifest (same size) must still be refused, by this process's own check, before any member is kept."""
    from fieldintake.exports.bundle.isolated import open_isolated
    from tests.bundle_helpers import craft, reencrypt_entries

    bundle = make_bundle(people["alice"], [people["bob"].age_recipient])
    manifest, entries = reencrypt_entries(bundle, people["bob"])
    info, data = entries[-1]
    altered = bytes([data[0] ^ 1]) + data[1:]
    signature = decrypt_and_signature(bundle, people["bob"])
    path = tmp_path / "altered.fibundle"
    path.write_bytes(craft([people["bob"]], manifest, people["alice"], [*entries[:-1], (info, altered)],
                           signature=signature))
    kept = []
    with pytest.raises(BundleTampered, match="does not match the size and SHA-256 in the signed manifest"):
        with open_isolated(path, identity=people["bob"]) as reader:
            for member in reader.members():
                kept.append((member.path, member.read(), member.verified))
    assert all(verified for _, _, verified in kept)  # only the members before the altered one got through
    assert info.name not in {name for name, _, _ in kept}
    assert multiprocessing.active_children() == []


def decrypt_and_signature(bundle: bytes, identity) -> bytes:  # type: ignore[no-untyped-def]
    from fieldintake.crypto.encoding import b64d
    from tests.bundle_helpers import decrypt_tar, tar_entries

    return b64d(tar_entries(decrypt_tar(bundle, identity))[1][1].decode().strip())
