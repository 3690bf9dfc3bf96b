"""Unlock time, split into the Argon2id derivation and everything else."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring

from benchmarks.report import Row
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto import kdf, keyfile
from fieldintake.crypto.device import DeviceSecrets

PASSPHRASE = "benchmark passphrase with enough words 2026"


def run(quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        store = UserStore(Home(Path(tmp)), policy=kdf.PRODUCTION, device=DeviceSecrets(FailKeyring()))
        store.create("bench", PASSPHRASE).session.close()
        kf = keyfile.KeyFile.from_bytes(store.home.user("bench").keys.read_bytes())
        rounds = 1 if quick else 5
        kdf_times, total_times = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            kdf.derive(PASSPHRASE, kf.passphrase.params)
            kdf_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            store.unlock("bench", PASSPHRASE).close()
            total_times.append(time.perf_counter() - start)
        k, t = min(kdf_times), min(total_times)
        p = kf.passphrase.params
        return [
            Row("unlock: Argon2id", k, None, f"m={p.memory_kib // 1024} MiB t={p.iterations} p={p.lanes}", "0.5–1 s"),
            Row("unlock: everything else", t - k, k, "vs the KDF alone", "small beside the KDF"),
        ]
