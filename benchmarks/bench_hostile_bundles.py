"""What the defences against hostile bundles cost (issue 10), against the same work without them.

* a CVE-2024-6232 pax header (60 KiB of digits): the reader's CPU time against
  ``tarfile`` parsing the same plaintext on this Python;
* the tar gate on a normal bundle's plaintext: ``tarfile`` reading through
  ``TarGate`` against ``tarfile`` alone;
* the child-process check (``inspect_isolated``) against the in-process
  ``inspect_bundle`` on the same file.
"""

from __future__ import annotations

import io
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

MIB = 1024 * 1024


def _cpu(action: Any) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def _wall(action: Any) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _read_tar(fileobj: Any) -> None:
    with tarfile.open(fileobj=fileobj, mode="r|") as tf:
        for info in tf:
            fh = tf.extractfile(info)
            if fh is not None:
                while fh.read(MIB):
                    pass


def run(quick: bool) -> list[Any]:
    from benchmarks.report import Row
    from fieldintake.crypto.identity import Identity
    from fieldintake.errors import BundleTampered
    from fieldintake.exports.bundle import BytesMember, inspect_bundle
    from fieldintake.exports.bundle.isolated import inspect_isolated
    from fieldintake.exports.bundle.targate import TarGate
    from tests.bundle_helpers import decrypt_tar, make_bundle
    from tests.hostile_tar import assemble, encrypt, extended, real_parts

    bob, mallory = Identity.generate(), Identity.generate()
    manifest, payload = real_parts(mallory, bob)
    digits = 20_000 if quick else 60_000  # tarfile's cost grows with the square: 60 KiB is seconds of CPU
    hostile_plain = assemble(manifest, mallory, payload, before=extended(b"1" * digits))
    hostile = encrypt(hostile_plain, bob)

    def reader() -> None:
        try:
            inspect_bundle(io.BytesIO(hostile), identity=bob)
        except BundleTampered:
            pass

    def plain_tarfile() -> None:
        with tarfile.open(fileobj=io.BytesIO(hostile_plain), mode="r|") as tf:
            tf.next()

    rows = [Row("hostile pax digits: reader CPU (vs tarfile alone)", _cpu(reader), _cpu(plain_tarfile),
                f"{digits // 1000} KB of digits before manifest.json; refused by the tar gate", "ratio ≤ 0.01")]

    mib = 32 if quick else 256
    members = [BytesMember(f"attachments/{i}/scan.bin", bytes([i]) * (mib * MIB // 4)) for i in range(4)]
    bundle = make_bundle(mallory, [bob.age_recipient], members=members)
    plain = decrypt_tar(bundle, bob)
    gated = min(_cpu(lambda: _read_tar(TarGate(io.BytesIO(plain)))) for _ in range(3))
    bare = min(_cpu(lambda: _read_tar(io.BytesIO(plain))) for _ in range(3))
    rows.append(Row(f"tar gate on a {mib} MiB bundle's tar (vs tarfile alone)", gated, bare,
                    "every header checked, data passed through", "ratio ≤ 1.2"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.fibundle"
        path.write_bytes(bundle)
        isolated = min(_wall(lambda: inspect_isolated(path, identity=bob)) for _ in range(2))
        in_process = min(_wall(lambda: inspect_bundle(path.open("rb"), identity=bob)) for _ in range(2))
    rows.append(Row(f"inspect {mib} MiB in a child process (vs in-process)", isolated, in_process,
                    "spawn + limits + re-verified manifest", "+ ≤ 1 s"))
    return rows


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table(run(quick=True))
