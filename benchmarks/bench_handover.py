"""Handing over a case with large attachments, vault to vault, against the age CLI.

Goal (issue 5): export and import of a bundle with 1 GB of attachments at no
less than 0.8 of the ``age`` CLI's throughput encrypting and decrypting the
same bytes, with peak memory printed. The export and import run in a child
process so its peak memory is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.report import Row

CHILD = r"""
import json, os, sys, time
from pathlib import Path
from keyring.backends.fail import Keyring as FailKeyring
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.exports import handover

root, mib = Path(sys.argv[1]), int(sys.argv[2])
store = UserStore(Home(root / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
p = "benchmark passphrase with enough words 2026"
alice, bob = store.create("alice", p).session, store.create("bob", p).session
alice.contacts.add("Bob", bob.card().to_text())
case = alice.cases.create("Large evidence")
block = os.urandom(1 << 20)
for i in range(4):
    src = root / f"part{i}.bin"
    with open(src, "wb") as f:
        for _ in range(mib // 4):
            f.write(block)
    alice.attachments.add(case.id, src)
    src.unlink()
t0 = time.perf_counter()
result = handover.export_bundle(alice, [case.id], root / "out.fibundle", contacts=["Bob"])
t1 = time.perf_counter()
handover.import_bundle(bob, result.path, trust_new_sender=True)
t2 = time.perf_counter()
(root / "bob.key").write_text(bob.identity.age_secret + "\n")
status = Path("/proc/self/status").read_text()
peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) // 1024
print(json.dumps({"export_s": t1 - t0, "import_s": t2 - t1, "peak_mib": peak, "bundle": str(result.path),
                  "recipient": bob.identity.age_recipient}))
alice.close(); bob.close()
"""


def run(quick: bool) -> list[Row]:
    mib = 64 if quick else 1024
    with tempfile.TemporaryDirectory(prefix="fi-handover-") as tmp:
        root = Path(tmp)
        out = subprocess.run([sys.executable, "-c", CHILD, str(root), str(mib)], capture_output=True, text=True,
                             check=True, cwd=Path(__file__).resolve().parents[1])
        r: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        bundle = Path(r["bundle"])
        plain = root / "plain.tar"
        t = time.perf_counter()
        subprocess.run(["age", "-d", "-i", str(root / "bob.key"), "-o", str(plain), str(bundle)], check=True)
        age_dec = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run(["age", "-r", r["recipient"], "-o", str(root / "re.age"), str(plain)], check=True)
        age_enc = time.perf_counter() - t
        os.unlink(plain)
    return [
        Row(f"bundle export {mib} MiB of attachments (throughput ratio)", age_enc / r["export_s"], None,
            f"vault→bundle {mib / r['export_s']:.0f} MiB/s vs age CLI {mib / age_enc:.0f} MiB/s", "≥ 0.8", unit="×"),
        Row(f"bundle import {mib} MiB of attachments (throughput ratio)", age_dec / r["import_s"], None,
            f"bundle→vault {mib / r['import_s']:.0f} MiB/s vs age CLI {mib / age_dec:.0f} MiB/s", "≥ 0.8", unit="×"),
        Row("bundle export + import peak memory", r["peak_mib"], None, "child process VmHWM", "< 150 MiB", unit="MiB"),
    ]
