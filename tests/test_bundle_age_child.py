"""age in a child process (crypto/agechild.py): the same bytes, the same errors, stopped at once (issues 14, 18).

``CHILD_MIN_BYTES`` is set to 0 (reader and writer) so that small bundles
take the child path; the reading tests read a real file, as a restore or an
import does.
"""

from __future__ import annotations

import io
import multiprocessing
import os
from pathlib import Path

import pytest

from fieldintake.crypto.identity import Identity
import errno
import hashlib
import subprocess

from fieldintake.errors import BundleDecryptError, BundleSourceMismatch, BundleTampered, Cancelled
from fieldintake.exports.bundle import inspect_bundle, open_bundle, write_bundle
from fieldintake.exports.bundle import reader as reader_module
from fieldintake.exports.bundle import writer as writer_module
from tests.bundle_helpers import StreamMember, age_cli, make_bundle, payload_start, sample_members, write_key_file
from tests.helpers import count_encrypt_children
from tests.hostile_tar import assemble, encrypt, extended, pax_record, real_parts


@pytest.fixture(autouse=True)
def always_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_module, "CHILD_MIN_BYTES", 0)
    monkeypatch.setattr(writer_module, "CHILD_MIN_BYTES", 0)
    always_in_a_child.started = count_encrypt_children(monkeypatch)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def people() -> dict[str, Identity]:
    return {name: Identity.generate() for name in ("alice", "bob", "mallory")}


def _file(tmp_path: Path, data: bytes, name: str = "b.fibundle") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_same_members_and_summary_as_the_thread(people, tmp_path: Path) -> None:
    data = make_bundle(people["alice"], [people["bob"].age_recipient], members=sample_members(3 << 20))
    path = _file(tmp_path, data)
    seen: list[tuple[int, int]] = []
    with path.open("rb") as fh, open_bundle(fh, identity=people["bob"], progress=lambda d, t: seen.append((d, t))) as r:
        assert r._child is not None  # the child path, not the thread
        got = {m.path: m.read() for m in r.members()}
        fh_offset = fh.tell()
    with open_bundle(io.BytesIO(data), identity=people["bob"]) as local:
        assert local._child is None
        assert got == {m.path: m.read() for m in local.members()}
    assert seen[-1] == (len(data), len(data)) and fh_offset <= len(data)
    assert multiprocessing.active_children() == []


def test_readinto_without_copies_gives_the_same_bytes(people, tmp_path: Path) -> None:
    members = sample_members(5 << 20)
    path = _file(tmp_path, make_bundle(people["alice"], [people["bob"].age_recipient], members=members))
    with path.open("rb") as fh, open_bundle(fh, identity=people["bob"]) as r:
        for member in r.members():
            out, buf = bytearray(), memoryview(bytearray(100_003))
            while n := member.readinto(buf):
                out += buf[:n]
            assert member.verified
            expected = {m.path: m.data for m in members}.get(member.path)
            assert expected is None or bytes(out) == expected


def test_not_addressed_to_me(people, tmp_path: Path) -> None:
    path = _file(tmp_path, make_bundle(people["alice"], [people["bob"].age_recipient]))
    with path.open("rb") as fh, pytest.raises(BundleDecryptError, match="not addressed to you"):
        inspect_bundle(fh, identity=people["mallory"])
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("where", ["flip", "truncate"])
def test_damaged_payload(people, tmp_path: Path, where: str) -> None:
    data = bytearray(make_bundle(people["alice"], [people["bob"].age_recipient], members=sample_members(1 << 20)))
    if where == "flip":
        data[payload_start(bytes(data)) + 200_000] ^= 1
    else:
        del data[-5000:]
    path = _file(tmp_path, bytes(data))
    with path.open("rb") as fh, pytest.raises(BundleTampered, match="failed to authenticate"):
        inspect_bundle(fh, identity=people["bob"])
    assert multiprocessing.active_children() == []


def test_hostile_tar_through_the_child(people, tmp_path: Path) -> None:
    manifest, payload = real_parts(people["mallory"], people["bob"])
    for crafted, why in [
        (assemble(manifest, people["mallory"], payload, before=extended(b"1" * 60_000)), "oversized tar header"),
        (assemble(manifest, people["mallory"], payload, after_head=extended(pax_record("path", "x")) * 3), "chained"),
    ]:
        path = _file(tmp_path, encrypt(crafted, people["bob"]))
        with path.open("rb") as fh, pytest.raises(BundleTampered, match=why):
            inspect_bundle(fh, identity=people["bob"])
    assert multiprocessing.active_children() == []


def test_cancel_kills_the_child_at_once(people, tmp_path: Path) -> None:
    path = _file(tmp_path, make_bundle(people["alice"], [people["bob"].age_recipient], members=sample_members(8 << 20)))
    stop: list[int] = []
    with path.open("rb") as fh, pytest.raises(Cancelled):
        with open_bundle(fh, identity=people["bob"], cancel=lambda: bool(stop)) as r:
            child = r._child
            assert child is not None and child._child.is_alive()
            for member in r.members():
                member.read(1000)
                stop.append(1)
                member.read()
    assert child._child.exitcode is not None and multiprocessing.active_children() == []


def test_closing_early_ends_the_child(people, tmp_path: Path) -> None:
    path = _file(tmp_path, make_bundle(people["alice"], [people["bob"].age_recipient], members=sample_members(8 << 20)))
    with path.open("rb") as fh:
        r = open_bundle(fh, identity=people["bob"])
        r.close()
    assert multiprocessing.active_children() == []



# --- writing ---------------------------------------------------------------------------------------------


def _read_back_by_the_age_cli_and_by_us(path: Path, people, members, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = write_key_file(tmp_path, people["bob"])
    plain = subprocess.run([age_cli(), "-d", "-i", str(key), str(path)], capture_output=True, check=True).stdout
    assert all(m.data in plain for m in members)
    with path.open("rb") as fh, open_bundle(fh, identity=people["bob"]) as r:
        assert {m.path: m.read() for m in r.members()}["attachments/4b1d0c52/scan.bin"] == members[1].data
    assert multiprocessing.active_children() == []


def test_written_in_a_child_and_read_by_the_age_cli(people, tmp_path: Path) -> None:
    members = sample_members(3 << 20)
    data = make_bundle(people["alice"], [people["bob"].age_recipient], members=members)
    assert always_in_a_child.started  # type: ignore[attr-defined]
    _read_back_by_the_age_cli_and_by_us(_file(tmp_path, data), people, members, tmp_path)


def test_the_reported_hash_is_the_files(people) -> None:
    out = io.BytesIO()
    info = write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                        recipients=[people["bob"].age_recipient], members=sample_members(2 << 20))
    assert info.sha256 == hashlib.sha256(out.getvalue()).hexdigest() and info.size == len(out.getvalue())


def test_cancel_while_writing_kills_the_child_and_writes_nothing_more(people) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5

    class Sink(io.BytesIO):
        closed_at: int | None = None

    out = Sink()
    with pytest.raises(Cancelled):
        write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                     recipients=[people["bob"].age_recipient], members=[StreamMember("big.bin", 64 << 20)],
                     cancel=cancel)
    size = len(out.getvalue())
    assert multiprocessing.active_children() == []
    assert len(out.getvalue()) == size < 64 << 20  # nothing is written to the sink after the writer returned


def test_a_full_disk_is_the_sinks_own_error(people) -> None:
    class Full(io.RawIOBase):
        written = 0

        def writable(self) -> bool:
            return True

        def write(self, data) -> int:  # type: ignore[no-untyped-def]
            self.written += len(data)
            if self.written > 3 << 20:
                raise OSError(errno.ENOSPC, "No space left on device")
            return len(data)

    with pytest.raises(OSError) as caught:
        write_bundle(Full(), sender=people["alice"], sender_card=people["alice"].card("A"),
                     recipients=[people["bob"].age_recipient], members=[StreamMember("big.bin", 32 << 20)])
    assert caught.value.errno == errno.ENOSPC
    assert multiprocessing.active_children() == []


def test_a_changed_source_is_still_refused(people) -> None:
    member = StreamMember("big.bin", 20 << 20, sha256="0" * 64)
    with pytest.raises(BundleSourceMismatch):
        write_bundle(io.BytesIO(), sender=people["alice"], sender_card=people["alice"].card("A"),
                     recipients=[people["bob"].age_recipient], members=[member])
    assert multiprocessing.active_children() == []


def test_a_large_bundle_through_the_bundle_check_child(people, tmp_path: Path) -> None:
    """The bundle check runs in a daemonic child, which multiprocessing forbids to start children: it decrypts
    in a thread (an internal AssertionError from multiprocessing before ``available()`` said so)."""
    from fieldintake.exports.bundle.isolated import open_isolated

    big = StreamMember("attachments/a/big.bin", 17 << 20)  # over the default CHILD_MIN_BYTES there
    path = tmp_path / "big.fibundle"
    with path.open("wb") as out:
        write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                     recipients=[people["bob"].age_recipient], members=[big])
    assert path.stat().st_size > 16 << 20
    with open_isolated(path, identity=people["bob"]) as reader:
        sizes = [len(member.read()) for member in reader.members()]
    assert sizes[-1] == big.size
    assert multiprocessing.active_children() == []


# --- the child writing into the output file itself -------------------------------------------------------


def _write_into(path: Path, people, members, **kw):  # type: ignore[no-untyped-def]
    from fieldintake.fsutil import atomic_writer

    with atomic_writer(path, sync_every=1 << 20) as out:
        return write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                            recipients=[people["bob"].age_recipient], members=members, **kw)


def test_into_a_file_the_child_writes_it_and_the_reported_hash_is_the_files(people, tmp_path: Path) -> None:
    members = sample_members(3 << 20)
    path = tmp_path / "b.fibundle"
    info = _write_into(path, people, members)
    child = always_in_a_child.started[-1]  # type: ignore[attr-defined]
    assert child._file is not None and child._sink is None  # the child wrote the file, nothing came back but counts
    data = path.read_bytes()
    assert info.sha256 == hashlib.sha256(data).hexdigest() and info.size == len(data)
    _read_back_by_the_age_cli_and_by_us(path, people, members, tmp_path)


def test_what_the_caller_wrote_before_stays_first(people, tmp_path: Path) -> None:
    path = tmp_path / "b.bin"
    with path.open("w+b") as out:
        out.write(b"written before\n")  # still in the buffer when the child is handed the descriptor
        info = write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                            recipients=[people["bob"].age_recipient], members=sample_members(1 << 20))
    assert always_in_a_child.started[-1]._file is not None  # type: ignore[attr-defined]
    data = path.read_bytes()
    assert data.startswith(b"written before\nage-encryption.org/v1\n")
    assert info.size == len(data) - 15 and info.sha256 == hashlib.sha256(data[15:]).hexdigest()


def test_a_write_only_file_gets_the_ciphertext_through_this_process(people, tmp_path: Path) -> None:
    path = tmp_path / "b.fibundle"
    with path.open("wb") as out:  # nothing to read the bytes back from: the pipe path
        info = write_bundle(out, sender=people["alice"], sender_card=people["alice"].card("A"),
                            recipients=[people["bob"].age_recipient], members=sample_members(1 << 20))
    assert always_in_a_child.started[-1]._file is None  # type: ignore[attr-defined]
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_write_that_fails_in_the_child_is_the_files_own_error_and_leaves_nothing(people, tmp_path: Path) -> None:
    """A real failing write: the file-size limit (inherited by the child) makes its write fail with EFBIG."""
    import resource

    from fieldintake.errors import StorageError

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4 << 20, hard))
    try:
        with pytest.raises(StorageError, match="File too large. Nothing was changed"):
            _write_into(tmp_path / "b.fibundle", people, [StreamMember("big.bin", 16 << 20)])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert always_in_a_child.started[-1]._file is not None  # type: ignore[attr-defined]
    assert list(tmp_path.iterdir()) == [] and multiprocessing.active_children() == []


def test_cancel_while_the_child_writes_the_file_leaves_nothing(people, tmp_path: Path) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        _write_into(tmp_path / "b.fibundle", people, [StreamMember("big.bin", 64 << 20)], cancel=cancel)
    assert list(tmp_path.iterdir()) == [] and multiprocessing.active_children() == []


def test_a_count_past_the_end_of_the_file_is_refused(tmp_path: Path) -> None:
    """The reading-back side trusts the child's counts only as far as the file goes (a confused or hostile child)."""
    from fieldintake.crypto.agechild import AgeChildFailed, _FileFollower

    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 1000)
    fd = os.open(path, os.O_RDWR)
    try:
        follower = _FileFollower(fd, 0)
        follower.catch_up(1000)
        assert follower.reached == 1000 and follower.hexdigest() == hashlib.sha256(b"x" * 1000).hexdigest()
        with pytest.raises(AgeChildFailed, match="shorter than age said"):
            follower.catch_up(5000)
        with pytest.raises(AgeChildFailed, match="unreadable"):
            follower.catch_up(10)  # a count going back
    finally:
        os.close(fd)
