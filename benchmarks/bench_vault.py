"""The vault at scale: search, opening a case, the case list, writes, attachments.

Goals (issue 3), with 10,000 cases of three ~3 KB interviews each: search p95
< 50 ms, opening a case < 50 ms, the first page of the case list < 100 ms;
writes within 1.25× of plain SQLite on the same statements; attachment add and
read at ≥ 0.8× the ``age`` CLI's throughput on the same file.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3
from keyring.backends.fail import Keyring as FailKeyring

from benchmarks.casedata import case_inputs
from benchmarks.report import Row
from fieldintake.app import schema
from fieldintake.app.paths import Home
from fieldintake.app.users import Session, UserStore
from fieldintake.app.vault import _connect
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS

PASSPHRASE = "benchmark passphrase with enough words 2026"
QUERIES = ["Качкуркин", "Kachkurkin", "Качкуркина", "Oleksandr", "Гнатюк", "Hnatiuk", "депортация", "extradition",
           "Tashkentov", "Жуков", "Zhukov", "апелляция адвокат", "Almaty", "мобилизация граница", "Сафаровой"]


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples)


def _populate(session: Session, n: int, trace: list[str] | None = None) -> list[str]:
    ids = []
    batch = 50
    inputs = case_inputs(n)
    if trace is not None:
        session.vault._conn.set_trace_callback(trace.append)
    for start in range(0, n, batch):
        with session.vault.transaction():
            for item in inputs[start : start + batch]:
                case = session.cases.create(item["title"], urgency=item["urgency"])
                session.cases.add_person(case.id, "client", item["client"])
                for answers in item["interviews"]:
                    session.cases.add_interview(case.id, "deportation-risk", answers=answers)
                ids.append(case.id)
    if trace is not None:
        session.vault._conn.set_trace_callback(None)
    return ids


def _replay(conn: Any, statements: list[str]) -> float:
    start = time.perf_counter()
    for sql in statements:
        conn.execute(sql)
    return time.perf_counter() - start


def _plain(path: Path) -> Any:
    """The same SQLite library without a key: plain, unencrypted SQLite, same pragmas."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _schema_only(conn: Any) -> None:
    schema.migrate(conn)


def run(quick: bool) -> list[Row]:
    n = 100 if quick else 10_000  # quick: the scale rows at 1,000 cases and more are bench_search's
    traced = min(n, 200)
    rows: list[Row] = []
    tmp = Path(tempfile.mkdtemp(prefix="fi-bench-"))
    try:
        store = UserStore(Home(tmp / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
        with store.create("bench", PASSPHRASE).session as session:
            trace: list[str] = []
            start = time.perf_counter()
            ids = _populate(session, traced, trace)
            first = time.perf_counter() - start
            ids += _populate(session, n - traced)
            build = time.perf_counter() - start
            rows.append(Row(f"build {n} cases × 3 interviews (service)", build, None,
                            f"{build / n * 1000:.1f} ms per case incl. validation, history, index", "-"))

            # Search, open, list at scale.
            samples = []
            for _ in range(5 if quick else 10):
                for q in QUERIES:
                    t = time.perf_counter()
                    session.cases.search(q, limit=20)
                    samples.append(time.perf_counter() - t)
            rows.append(Row("search p95 (with snippets)", _p95(samples), None,
                            f"{len(QUERIES)} queries, median {statistics.median(samples) * 1000:.1f} ms", "< 50 ms"))
            samples = []
            for case_id in ids[:: max(1, n // 200)]:
                t = time.perf_counter()
                session.cases.get(case_id)
                samples.append(time.perf_counter() - t)
            rows.append(Row("open a case p95", _p95(samples), None, "CaseStore.get", "< 50 ms"))
            samples = []
            for _ in range(20):
                t = time.perf_counter()
                session.cases.list(limit=100)
                samples.append(time.perf_counter() - t)
            rows.append(Row("case list, first page p95", _p95(samples), None, "100 rows, most urgent first", "< 100 ms"))

            # Writes: the same statements on SQLCipher (our settings) and on plain SQLite.
            writes = [s for s in trace if not s.lstrip().upper().startswith(("SELECT", "PRAGMA"))]
            enc_conn = _connect(tmp / "replay-enc.db", os.urandom(32))
            _schema_only(enc_conn)
            plain_conn = _plain(tmp / "replay-plain.db")
            _schema_only(plain_conn)
            enc = _replay(enc_conn, writes)
            plain = _replay(plain_conn, writes)
            enc_conn.close()
            plain_conn.close()
            rows.append(Row(f"vault writes ({traced} cases' statements)", enc, plain,
                            f"{len(writes)} statements; SQLCipher + secure_delete vs plain SQLite", "≤ 1.25×"))
            rows.append(Row(f"first {traced} cases through the service", first, None, "for scale", "-"))

            # Attachments against the age CLI on the same file.
            size = (64 if quick else 1024) << 20
            src = tmp / "attachment.bin"
            with open(src, "wb") as f:
                block = os.urandom(1 << 20)
                for _ in range(size >> 20):
                    f.write(block)
            case_id = ids[0]
            t = time.perf_counter()
            attachment = session.attachments.add(case_id, src)
            add = time.perf_counter() - t
            t = time.perf_counter()
            session.attachments.read_into(attachment.id, None)
            read = time.perf_counter() - t
            recipient = session.identity.age_recipient
            key = tmp / "age.key"
            key.write_text(session.identity.age_secret + "\n")
            t = time.perf_counter()
            subprocess.run(["age", "-r", recipient, "-o", str(tmp / "a.age"), str(src)], check=True)
            age_enc = time.perf_counter() - t
            t = time.perf_counter()
            subprocess.run(["age", "-d", "-i", str(key), "-o", os.devnull, str(tmp / "a.age")], check=True)
            age_dec = time.perf_counter() - t
            mib = size >> 20
            rows.append(Row(f"attachment add {mib} MiB (throughput ratio)", age_enc / add, None,
                            f"{mib / add:.0f} MiB/s vs age CLI {mib / age_enc:.0f} MiB/s", "≥ 0.8", unit="×"))
            rows.append(Row(f"attachment read {mib} MiB (throughput ratio)", age_dec / read, None,
                            f"{mib / read:.0f} MiB/s vs age CLI {mib / age_dec:.0f} MiB/s", "≥ 0.8", unit="×"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows
