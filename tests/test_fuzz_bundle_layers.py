"""Fuzzing the bundle reader's age-header and tar layers with a cost budget per input (issue 10).

Inputs are built from the pieces an attacker combines: the writer's own
headers, pax headers with any fields (runs of digits, huge or zero
lengths), global, GNU and sparse headers, chains of them, random blocks,
bad checksums and truncation, after or instead of a validly signed
manifest. Each one is encrypted to the reader and inspected. Whatever comes
in, the reader must end in its own error (a ``FieldintakeError`` with a
one-line message) or in success, and no input may cost more than
``CPU_BOUND`` seconds of process CPU time or ``MEMORY_BOUND`` bytes of
Python allocations (tracemalloc peak). The bounds are generous: a bad case
(CVE-2024-6232's pax digits) costs seconds, a normal one milliseconds.
"""

from __future__ import annotations

import io
import tarfile
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldintake.crypto.identity import Identity
from fieldintake.errors import FieldintakeError
from fieldintake.exports.bundle import inspect_bundle
from fieldintake.exports.bundle.agehdr import check_for_identity, check_for_passphrase, read_header
from tests.hostile_tar import encrypt, end, extended, file_block, pad, pax_record, real_parts, signed_head

CPU_BOUND = 1.0
MEMORY_BOUND = 64 * 1024 * 1024
EXAMPLES = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                              HealthCheck.too_slow,
                                                                              HealthCheck.data_too_large])

BOB = Identity.generate()
MALLORY = Identity.generate()
MANIFEST, PAYLOAD = real_parts(MALLORY, BOB)
SIGNED_HEAD = signed_head(MANIFEST, MALLORY)
README = file_block(PAYLOAD[0][0], len(PAYLOAD[0][1]), PAYLOAD[0][1])

keys = st.sampled_from(["path", "size", "mtime", "linkpath", "hdrcharset", "GNU.sparse.map", "GNU.sparse.size",
                        "GNU.sparse.major", "GNU.sparse.offset", "uname", "comment"]) | st.text(max_size=12)
values = st.text(max_size=40) | st.integers(min_value=-5, max_value=10**15).map(str)
records = st.lists(st.tuples(keys, values), max_size=4).map(
    lambda pairs: b"".join(pax_record(k, v) for k, v in pairs if "=" not in k and k))
digits = st.integers(min_value=1, max_value=64 * 1024).map(lambda n: b"1" * n)
raw_records = records | digits | st.binary(max_size=600)
kinds = st.sampled_from([tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK,
                         tarfile.GNUTYPE_SPARSE, tarfile.SYMTYPE, tarfile.DIRTYPE, tarfile.CHRTYPE, b"7", b"Z"])


@st.composite
def headers(draw: st.DrawFn) -> bytes:
    """One piece of a tar stream, maybe repeated (chains)."""
    choice = draw(st.sampled_from(["extended", "file", "random", "chain", "badsum", "short"]))
    if choice == "extended":
        return extended(draw(raw_records), draw(kinds))
    if choice == "file":
        name = draw(st.sampled_from(["manifest.json", "README.txt", "x", "a/" * 60 + "b", "паспорт.jpg", "../x"]))
        size = draw(st.integers(min_value=0, max_value=10**13))
        return file_block(name, size, draw(st.binary(max_size=64)))
    if choice == "random":
        return pad(draw(st.binary(min_size=1, max_size=1024)))
    if choice == "chain":
        return extended(draw(records), draw(kinds)) * draw(st.integers(min_value=2, max_value=3000))
    if choice == "badsum":
        block = bytearray(file_block("x", 3, b"abc"))
        block[draw(st.integers(min_value=0, max_value=511))] ^= draw(st.integers(min_value=1, max_value=255))
        return bytes(block)
    return file_block("x", 10**6, b"")[:-draw(st.integers(min_value=1, max_value=511))]


@st.composite
def tar_streams(draw: st.DrawFn) -> bytes:
    prefix = draw(st.sampled_from([b"", SIGNED_HEAD, SIGNED_HEAD + README]))
    body = b"".join(draw(st.lists(headers(), min_size=1, max_size=4)))
    ending = draw(st.sampled_from([end(), b"", b"\0" * 512, b"\0" * 20_000, b"\1" * 512]))
    return prefix + body + ending


def _bounded(action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action``: only our own one-line errors, within the CPU and memory bounds."""
    tracemalloc.start()
    started = time.process_time()
    try:
        action()
    except FieldintakeError as exc:
        assert str(exc) and "\n" not in str(exc).strip(), repr(exc)
    finally:
        cpu = time.process_time() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert cpu < CPU_BOUND, f"one input cost {cpu:.2f} s of CPU"
    assert peak < MEMORY_BOUND, f"one input allocated {peak / 2**20:.0f} MiB"


@EXAMPLES
@given(tar_streams())
def test_tar_layer(stream: bytes) -> None:
    data = encrypt(stream, BOB)
    _bounded(lambda: inspect_bundle(io.BytesIO(data), identity=BOB))


AGE_HEADER = encrypt(b"x", BOB)
AGE_HEADER = AGE_HEADER[: AGE_HEADER.index(b"\n--- ") + 50]

age_lines = st.sampled_from([b"age-encryption.org/v1", b"-> X25519 abc", b"-> scrypt c2FsdA 22", b"-> scrypt x 1",
                             b"-> scrypt c2FsdA 999999999999", b"--- " + b"A" * 43, b"-> " + b"a" * 70000,
                             b"A" * 64, b"-> ", b"\xff\xfe"]) | st.binary(max_size=80)


@EXAMPLES
@given(st.lists(age_lines, min_size=1, max_size=8), st.binary(max_size=200), st.booleans())
def test_header_layer(lines: list[bytes], tail: bytes, passphrase: bool) -> None:
    data = b"\n".join(lines) + b"\n" + tail

    def read() -> None:
        header, _prefix = read_header(io.BytesIO(data))
        (check_for_passphrase if passphrase else check_for_identity)(header)

    _bounded(read)


@EXAMPLES
@given(st.integers(min_value=0, max_value=len(AGE_HEADER) - 1), st.binary(min_size=1, max_size=8))
def test_header_layer_mutated(at: int, insert: bytes) -> None:
    data = AGE_HEADER[:at] + insert + AGE_HEADER[at + len(insert):]
    _bounded(lambda: inspect_bundle(io.BytesIO(data + b"\0" * 64), identity=BOB))


def test_the_bounds_catch_a_slow_input() -> None:
    """The harness itself: an input that burns CPU is reported, so the fuzz bound can fail."""
    def burn() -> None:
        started = time.process_time()
        while time.process_time() - started < CPU_BOUND * 1.2:
            sum(range(10_000))

    with pytest.raises(AssertionError, match="of CPU"):
        _bounded(burn)
