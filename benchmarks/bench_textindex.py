"""Search terms at vault scale: index_terms throughput and MATCH latency (p50/p95).

Standalone: ``.venv/bin/python benchmarks/bench_textindex.py [--quick]``. Builds a
SQLCipher file of synthetic interviews (invented words and names) in a temp dir.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3

from fieldintake.app import textindex as ti

_SYL = "ка ро ми ло на сте ви жу ча де по ры то ща бы гу зе хо ли ва ни ку ин ов ар".split()
_END = ["", "а", "у", "ом", "ами", "ой", "ого", "ых", "ение", "ости", "ов", "ина", "ам", "е"]
_COMMON = ("и в не на что он она с по к о из за суд жалоба граница полиция задержан адвокат беженец "
           "депортация статус Алматы марта года сотрудники протокол").split()
_NAMES = ["Качкуркин", "Иванова", "Хадижат", "Олександр", "Нурлан", "Светланой", "Kachkurkin", "Zhukov"]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choice(_SYL) for _ in range(rng.randint(1, 4))) + rng.choice(_END) for _ in range(size)]


def _doc(rng: random.Random, vocab: list[str], n_bytes: int = 3000) -> str:
    out: list[str] = []
    size = 0
    while size < n_bytes:
        r = rng.random()
        w = rng.choice(_COMMON) if r < 0.4 else rng.choice(_NAMES) if r < 0.401 else rng.choice(vocab)
        out.append(w)
        size += len(w.encode()) + 1
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    n_docs = 3000 if args.quick else 30_000
    rng = random.Random(7)
    vocab = _vocabulary(rng, 50_000)
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlcipher3.connect(str(Path(tmp) / "bench.db"), isolation_level=None)
        db.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        db.execute(ti.CREATE_FTS_TABLE)
        db.execute("BEGIN")
        kb = 0.0
        spent = 0.0
        for rowid in range(1, n_docs + 1):
            text = _doc(rng, vocab)
            kb += len(text.encode()) / 1024
            start = time.perf_counter()
            terms = ti.index_terms(text)
            spent += time.perf_counter() - start
            db.execute(ti.INSERT_SQL, (rowid, terms.exact, terms.sound))
        db.execute("COMMIT")
        db.execute(f"INSERT INTO {ti.FTS_TABLE}({ti.FTS_TABLE}) VALUES ('optimize')")
        print(f"{n_docs} interviews, {kb / 1024:.0f} MB of text; index_terms {kb / spent:.0f} KB/s "
              f"({spent / n_docs * 1000:.2f} ms per interview); file {os.path.getsize(Path(tmp) / 'bench.db') / 2**20:.0f} MB")
        queries = ["Качкуркин", "Kachkurkin", "Ivanova Khadizhat", "Олександр Нурлан", "суд", "жалоба адвокат",
                   "полиция задержан", "Zhukov", "беженец статус Алматы", "Svetlana", "Качкур*", rng.choice(vocab)]
        for query in queries:
            expression = ti.match_query(query)
            times = []
            for _ in range(20):
                start = time.perf_counter()
                rows = db.execute(ti.SEARCH_SQL, (expression, 20)).fetchall()
                times.append(time.perf_counter() - start)
            times.sort()
            hits = db.execute(f"SELECT count(*) FROM {ti.FTS_TABLE} WHERE {ti.FTS_TABLE} MATCH ?", (expression,)).fetchone()[0]
            print(f"  {query!r:28} {hits:6} hits  p50 {statistics.median(times) * 1000:6.1f} ms  "
                  f"p95 {times[int(len(times) * 0.95) - 1] * 1000:6.1f} ms  ({len(rows)} returned)")
        db.close()


if __name__ == "__main__":
    main()
