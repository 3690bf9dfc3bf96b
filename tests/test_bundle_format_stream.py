"""Streaming: 2 GB through the writer and reader in bounded memory; cancel is clean."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fieldintake.crypto.identity import Identity
from fieldintake.errors import Cancelled
from fieldintake.exports.bundle import BytesMember, open_bundle, write_bundle
from tests.bundle_helpers import StreamMember, make_bundle

REPO = Path(__file__).resolve().parent.parent


def _decrypt_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "bundle-decrypt"]


@pytest.mark.slow
def test_two_gigabytes_written_and_read_under_150_mib(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_bundle_format", "--child", "--mib", "2048", "--out", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=540,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert result["copied"] > 2048 * 1024 * 1024  # the members plus README.txt
    assert result["bundle_bytes"] > result["copied"]
    # ru_maxrss inherits the (large) pytest parent's RSS on Linux; VmHWM is the child's own.
    assert result["peak_rss_mib"] < 150, result


def test_cancel_during_write(tmp_path: Path) -> None:
    alice, bob = Identity.generate(), Identity.generate()
    member = StreamMember("attachments/a/big.bin", 8 * 1024 * 1024)
    calls = []

    def cancel() -> bool:  # asked once per member and once per MiB read: this cancels a few MiB in
        calls.append(1)
        return len(calls) > 6

    before = threading.active_count()
    out = io.BytesIO()
    with pytest.raises(Cancelled):
        write_bundle(out, sender=alice, sender_card=alice.card("A"), recipients=[bob.age_recipient],
                     members=[member], cancel=cancel)
    assert threading.active_count() == before
    assert len(out.getvalue()) < member.size


@pytest.mark.parametrize("cancel_in", ["member", "between members"])
def test_cancel_during_read_stops_the_thread(cancel_in: str) -> None:
    alice, bob = Identity.generate(), Identity.generate()
    members = [StreamMember("attachments/a/big.bin", 8 * 1024 * 1024), BytesMember("cases/x.json", b"{}")]
    data = make_bundle(alice, [bob.age_recipient], members=members)
    flag = threading.Event()
    reader = open_bundle(io.BytesIO(data), identity=bob, cancel=flag.is_set)
    assert _decrypt_threads()
    with pytest.raises(Cancelled):
        for member in reader.members():
            if member.path == "attachments/a/big.bin":
                member.read(65536)
                if cancel_in == "member":
                    flag.set()
                    member.read(65536)
            elif cancel_in == "between members":
                flag.set()
    assert _decrypt_threads() == []
    reader.close()


def test_abandoned_reader_close_stops_the_thread() -> None:
    alice, bob = Identity.generate(), Identity.generate()
    data = make_bundle(alice, [bob.age_recipient], members=[StreamMember("a/big.bin", 8 * 1024 * 1024)])
    with open_bundle(io.BytesIO(data), identity=bob) as reader:
        next(iter(reader.members())).read(1000)
    assert _decrypt_threads() == []
