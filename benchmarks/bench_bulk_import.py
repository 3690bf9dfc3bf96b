"""Bulk import (issue 18): 10,000 cases × 3 interviews from a JSON Lines file in ≤ 60 s.

Goes through ``app.bulkimport`` as ``case import`` does: bounded reading, the
single import's checks, one unit of work and one audit entry per batch of 500,
the progress marker, and the derived columns and search index of every case.
``--quick`` imports 500 cases and states the 10,000-case time it implies.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring

from benchmarks.casedata import case_inputs
from benchmarks.report import Row
from fieldintake.app.bulkimport import import_many
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS

PASSPHRASE = "benchmark passphrase with enough words 2026"


def write_jsonl(path: Path, n: int) -> None:
    now = "2026-03-01T09:00:00Z"
    with open(path, "w", encoding="utf-8") as f:
        for i, item in enumerate(case_inputs(n)):
            doc = {"format": "fieldintake.case/2", "id": str(uuid.UUID(int=i + 1, version=4)), "reference": f"ORG-{i}",
                   "title": item["title"], "status": "open", "urgency": item["urgency"], "tags": ["bulk"],
                   "notes": "", "created_at": now, "updated_at": now,
                   "people": [{"id": str(uuid.UUID(int=(1 << 64) + i, version=4)), "role": "client",
                               "name": item["client"]}],
                   "interviews": [{"id": str(uuid.UUID(int=(2 << 64) + i * 3 + k, version=4)),
                                   "template": {"id": "deportation-risk", "version": 1}, "status": "draft",
                                   "answers": answers, "created_at": now, "updated_at": now}
                                  for k, answers in enumerate(item["interviews"])],
                   "deadlines": [], "attachments": [], "redaction_marks": []}
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def run(quick: bool) -> list[Row]:
    n = 500 if quick else 10_000
    tmp = Path(tempfile.mkdtemp(prefix="fi-bench-bulk-"))
    try:
        source = tmp / "cases.jsonl"
        write_jsonl(source, n)
        store = UserStore(Home(tmp / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
        with store.create("bench", PASSPHRASE).session as session:
            start, cpu = time.perf_counter(), time.process_time()
            result = import_many(session.cases, source)
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            assert result.imported == n, result
        rate = n / took
        ten_k = took if n == 10_000 else 10_000 / rate
        label = "" if n == 10_000 else f" (from {n} cases: quick mode)"
        return [
            Row(f"bulk import {n} cases × 3 interviews (JSON Lines)", took, None,
                f"{rate:.0f} cases/s, {source.stat().st_size >> 20} MiB, batches of 500; CPU {cpu:.1f} s"
                " (wall above CPU: other load)", "-"),
            Row("bulk import: 10,000 cases", ten_k, None, f"{ten_k:.1f} s{label}", "≤ 60 s"),
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
