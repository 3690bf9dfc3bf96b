"""How a vault grows with a large organisation's archive: size, unlock, list, check.

``bench_search`` grows one vault through 1,000, 10,000 and 50,000 cases; at each size
:func:`measure` locks it and times what a caseworker meets on that vault: unlocking it
(the fast test KDF, so the figure is the vault's own work: opening, the audit head, the
sweep), the first page of the case list, and ``fieldintake check`` (every page's HMAC and
SQLite's structure), beside its size on disk. The session is reopened for the caller.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.report import Row
from fieldintake.app.users import Session, UserStore


def _disk_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(store: UserStore, name: str, passphrase: str, session: Session, n: int) -> tuple[list[Row], Session]:
    """The scale rows at ``n`` cases, and the vault unlocked again (``session`` is closed)."""
    session.close()
    size = _disk_bytes(store.home.user(name).dir)
    start = time.perf_counter()
    session = store.unlock(name, passphrase)
    unlock = time.perf_counter() - start
    pages = []
    for _ in range(5):
        start = time.perf_counter()
        session.cases.list(limit=100)
        pages.append(time.perf_counter() - start)
    start = time.perf_counter()
    problems = session.vault.integrity_problems()
    check = time.perf_counter() - start
    if problems:
        raise RuntimeError(f"the benchmark vault fails its check: {problems[:3]}")
    rows = [
        Row(f"vault size on disk, {n:,} cases", size / 2**20, None,
            f"{size / n / 1024:.1f} KiB a case (3 interviews each; database, WAL, keys)", "-", unit="MiB"),
        Row(f"unlock, {n:,} cases", unlock, None, "fast test KDF: the vault's own work (open, audit head, sweep)",
            "< 1 s + the KDF"),
        Row(f"case list first page, {n:,} cases", statistics.median(pages), None,
            f"100 rows, most urgent first; median of {len(pages)}", "< 100 ms"),
        Row(f"check, {n:,} cases", check, None, "every page's HMAC and SQLite's quick_check", "-"),
    ]
    return rows, session
