"""Attachments: streamed in encrypted, chain of custody recorded, tampering detected."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldintake.app.attachments import AttachmentCorrupt, safe_file_name
from fieldintake.app.users import UserStore
from fieldintake.errors import Cancelled
from tests.conftest import PASSPHRASE
from tests.helpers import count_encrypt_children, files_containing

MARKER = "Attachment-Marker-Қазақ-91c2"


@pytest.fixture
def session(store: UserStore):
    with store.create("alice", PASSPHRASE).session as s:
        yield s


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "паспорт скан.jpg"
    path.parent.mkdir()
    path.write_bytes((MARKER + "\n").encode() * 5000 + os.urandom(70_000))
    return path


def test_add_records_custody_and_reads_back_the_same_bytes(session, scan: Path, tmp_path: Path) -> None:
    case = session.cases.create("Evidence")
    progress: list[int] = []
    a = session.attachments.add(case.id, scan, description="passport scan", progress=lambda done, total: progress.append(done))
    assert a.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert (a.size, a.file_name, a.media_type, a.sensitivity) == (scan.stat().st_size, "паспорт скан.jpg", "image/jpeg", "identifying")
    assert progress[-1] == a.size
    assert session.attachments.read_bytes(a.id) == scan.read_bytes()
    out = session.attachments.save_copy(a.id, tmp_path)
    assert out.name == "паспорт скан.jpg" and out.read_bytes() == scan.read_bytes()
    [listed] = session.attachments.list(case.reference)
    assert listed.id == a.id


def test_no_plaintext_and_no_content_hash_in_the_vault_folder(session, scan: Path, home) -> None:
    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, scan)
    user_dir = home.user("alice").dir
    assert files_containing(user_dir, MARKER) == []
    blob_names = [p.name for p in (user_dir / "blobs").iterdir()]
    assert blob_names and a.sha256 not in " ".join(blob_names) and scan.name not in " ".join(blob_names)


def test_a_flipped_byte_in_the_stored_file_is_detected(session, scan: Path, home) -> None:
    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, scan)
    [blob] = (home.user("alice").blobs).iterdir()
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01
    blob.write_bytes(bytes(data))
    with pytest.raises(AttachmentCorrupt, match="damaged"):
        session.attachments.read_bytes(a.id)


def test_a_swapped_blob_is_caught_by_the_recorded_hash(session, scan: Path, tmp_path: Path, home) -> None:
    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, scan)
    other = tmp_path / "other.bin"
    other.write_bytes(b"other content")
    b = session.attachments.add(case.id, other)
    blobs = home.user("alice").blobs
    os.replace(blobs / b.blob_id, blobs / a.blob_id)  # validly encrypted, but not what was recorded
    with pytest.raises(AttachmentCorrupt, match="does not match its recorded SHA-256"):
        session.attachments.read_bytes(a.id)


@pytest.mark.parametrize("where", ["thread", "child"])
def test_cancel_leaves_nothing_behind(session, tmp_path: Path, home, where: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from fieldintake.app import attachments as module

    started = count_encrypt_children(monkeypatch)
    if where == "child":
        monkeypatch.setattr(module, "CHILD_MIN_BYTES", 0)
    case = session.cases.create("Evidence")
    video = tmp_path / "video.mp4"
    video.write_bytes(os.urandom(5 << 20))
    calls = iter(range(1000))
    with pytest.raises(Cancelled):
        session.attachments.add(case.id, video, cancel=lambda: next(calls) >= 2)
    assert list(home.user("alice").blobs.iterdir()) == []
    assert session.cases.get(case.id).attachments == []
    assert len(started) == (1 if where == "child" else 0) and multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "_.._etc_passwd"),
        ("C:\\Windows\\evil.exe", "C__Windows_evil.exe"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("line\nbreak\x00.txt", "line_break_.txt"),
        ("CON.txt", "_CON.txt"),
        ("", "attachment"),
    ],
)
def test_hostile_names_are_made_safe(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_a_very_long_name_is_shortened_keeping_its_extension() -> None:
    safe = safe_file_name("я" * 300 + ".pdf")
    assert safe.endswith(".pdf") and len(safe.encode()) <= 200


def test_two_gigabytes_in_and_out_with_bounded_memory(tmp_path: Path) -> None:
    """A 2 GB attachment is added and read back with peak memory under 150 MB."""
    script = textwrap.dedent(
        """
        import hashlib, os, sys
        from pathlib import Path
        import keyring
        sys.path.insert(0, sys.argv[2])
        from tests.keyring_memory import MemoryKeyring
        from fieldintake.app.paths import Home
        from fieldintake.app.users import UserStore
        from fieldintake.crypto.device import DeviceSecrets
        from fieldintake.crypto.kdf import FAST_FOR_TESTS

        root = Path(sys.argv[1])
        size = 2 * 1024**3
        src = root / "big.bin"
        block = os.urandom(1 << 20)
        digest = hashlib.sha256()
        with open(src, "wb") as f:
            for _ in range(size // len(block)):
                f.write(block)
                digest.update(block)
        store = UserStore(Home(root / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(MemoryKeyring()))
        with store.create("alice", "violet kettle marching under 7 bridges").session as s:
            case = s.cases.create("Big")
            a = s.attachments.add(case.id, src)
            src.unlink()
            assert a.size == size and a.sha256 == digest.hexdigest()
            s.attachments.read_into(a.id, None)  # decrypt everything, verify the hash
        # VmHWM is this process's own peak; ru_maxrss can carry the parent's figure across fork.
        status = Path("/proc/self/status").read_text()
        print(int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) // 1024)
        """
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path), str(root)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    peak_mib = int(result.stdout.strip().splitlines()[-1])
    assert peak_mib < 150, f"peak RSS {peak_mib} MiB"


def test_a_stream_of_the_plaintext_checks_the_hash_and_can_be_closed_early(session, scan: Path, home) -> None:
    import threading

    case = session.cases.create("Evidence")
    a = session.attachments.add(case.id, scan)
    with session.attachments.open_stream(a.id) as stream:
        assert stream.read() == scan.read_bytes()
    before = threading.active_count()
    stream = session.attachments.open_stream(a.id)
    assert stream.read(10) == scan.read_bytes()[:10]
    stream.close()
    assert threading.active_count() <= before
    [blob] = home.user("alice").blobs.iterdir()
    data = bytearray(blob.read_bytes())
    data[-40] ^= 1
    blob.write_bytes(bytes(data))
    with pytest.raises(AttachmentCorrupt), session.attachments.open_stream(a.id) as stream:
        stream.read()


def test_a_progress_callback_may_cancel(session, tmp_path: Path, home) -> None:
    case = session.cases.create("Evidence")
    video = tmp_path / "video.mp4"
    video.write_bytes(os.urandom(5 << 20))

    def progress(done: int, total: int) -> None:
        if done >= 2 << 20:
            raise Cancelled("stop")

    with pytest.raises(Cancelled):
        session.attachments.add(case.id, video, progress=progress)
    assert list(home.user("alice").blobs.iterdir()) == []


def test_names_are_shown_without_controls_or_direction_overrides() -> None:
    from fieldintake.app.attachments import display_name

    assert display_name("invoice\u202egpj.exe") == "invoicegpj.exe"
    assert display_name("bell\x07\x1b[31mred") == "bell\ufffd\ufffd[31mred"
    assert display_name("папка/скан.jpg") == "папка/скан.jpg"  # shown as recorded otherwise


class _SelfChecking:
    """A source that checks its own bytes the way a bundle member does (``CheckedSource``)."""

    def __init__(self, data: bytes, claimed: str, lie_at_end: bool = False) -> None:
        self._data, self._pos, self.sha256, self.verified = data, 0, claimed, False
        self._lie = lie_at_end

    def read(self, n: int = -1, /) -> bytes:
        chunk = self._data[self._pos:self._pos + (n if n >= 0 else len(self._data))]
        self._pos += len(chunk)
        if not chunk:
            if hashlib.sha256(self._data).hexdigest() != self.sha256:
                from fieldintake.errors import BundleTampered

                raise BundleTampered("the member does not match the signed manifest")
            self.verified = not self._lie
        return chunk


def _blob_files(session) -> list[str]:
    return sorted(p.name for p in session.attachments.blobs.iterdir()) if session.attachments.blobs.is_dir() else []


def test_a_checked_source_is_stored_with_the_hash_it_was_checked_against(session) -> None:
    data = os.urandom(3 << 20)
    staged = session.attachments.stage_checked(_SelfChecking(data, hashlib.sha256(data).hexdigest()), len(data))
    assert (staged.size, staged.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert _blob_files(session) == [staged.blob_id]


def test_a_checked_source_that_fails_its_check_leaves_no_blob(session) -> None:
    from fieldintake.errors import BundleTampered, StorageError

    data = os.urandom(1 << 20)
    with pytest.raises(BundleTampered):
        session.attachments.stage_checked(_SelfChecking(data, "0" * 64), len(data))
    with pytest.raises(StorageError, match="not received whole"):  # a source that never says it ended whole
        session.attachments.stage_checked(_SelfChecking(data, hashlib.sha256(data).hexdigest(), lie_at_end=True))
    assert _blob_files(session) == []


# --- large files: encrypted into the vault by an age child ----------------------------------------------


@pytest.fixture
def in_a_child(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every stored file takes the child path (``CHILD_MIN_BYTES`` 0); the children started are listed."""
    from fieldintake.app import attachments as module

    monkeypatch.setattr(module, "CHILD_MIN_BYTES", 0)
    return count_encrypt_children(monkeypatch)


def test_in_a_child_the_same_bytes_and_custody_record(session, scan: Path, tmp_path: Path, home, in_a_child) -> None:
    import multiprocessing

    case = session.cases.create("Evidence")
    attachment = session.attachments.add(case.id, scan)
    assert len(in_a_child) == 1 and in_a_child[0]._file is not None
    assert attachment.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    copy = tmp_path / "copy.jpg"
    with copy.open("wb") as out:
        session.attachments.read_into(attachment.id, out)  # decrypted with the vault's key, hash checked
    assert copy.read_bytes() == scan.read_bytes()
    assert files_containing(home.user("alice").dir, MARKER) == []
    assert multiprocessing.active_children() == []


def test_in_a_child_a_failed_check_leaves_nothing(session, home, in_a_child) -> None:
    import multiprocessing

    from fieldintake.errors import BundleTampered

    data = os.urandom(3 << 20)
    with pytest.raises(BundleTampered):
        session.attachments.stage_checked(_SelfChecking(data, "0" * 64), len(data))
    assert len(in_a_child) == 1
    assert list(home.user("alice").blobs.iterdir()) == []
    assert multiprocessing.active_children() == []


def test_in_a_child_a_write_that_fails_is_one_clear_error(session, tmp_path: Path, home, in_a_child) -> None:
    """A real failing write in the child: the file-size limit it inherits makes it fail with EFBIG."""
    import resource

    from fieldintake.errors import StorageError

    case = session.cases.create("Evidence")
    video = tmp_path / "video.mp4"
    video.write_bytes(os.urandom(8 << 20))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4 << 20, hard))
    try:
        with pytest.raises(StorageError, match="File too large"):
            session.attachments.add(case.id, video)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert in_a_child and list(home.user("alice").blobs.iterdir()) == []
    assert session.cases.get(case.id).attachments == []
