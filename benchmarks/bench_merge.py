"""Merging an update into a large case (issue 12): 100 changed fields into a case with 50 interviews.

Measured in one process on real vaults (SQLCipher, fast KDF): the three-way
merge of the update document, against a plain first import of the same case
(the cost of writing it at all) as the reference; and importing the update as
a bundle (decrypt, verify, merge) end to end.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring

from benchmarks.casedata import narrative
from benchmarks.report import Row
from fieldintake.app import interchange
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.exports import handover

PASSPHRASE = "benchmark passphrase with enough words 2026"
INTERVIEWS = 50


def _change_100_fields(session, case_id: str, rng: random.Random, round_: int) -> None:
    for interview in session.cases.get(case_id).interviews:
        answers = interview.answers | {"narrative": narrative(rng, "Invented Person", 1500),
                                       "interview_place": f"Office {round_}-{rng.randint(0, 10**6)}"}
        session.cases.save_answers(interview.id, answers, coalesce=False)


def run(quick: bool) -> list[Row]:
    rounds = 1 if quick else 5
    rng = random.Random(12)
    with tempfile.TemporaryDirectory(prefix="fi-merge-") as tmp:
        store = UserStore(Home(Path(tmp) / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
        alice, bob = store.create("alice", PASSPHRASE).session, store.create("bob", PASSPHRASE).session
        alice.contacts.add("Bob", bob.card().to_text())
        bob.contacts.add("Alice", alice.card().to_text())
        case = alice.cases.create("Large shared case")
        for i in range(INTERVIEWS):
            alice.cases.add_interview(case.id, "deportation-risk",
                                      answers={"narrative": narrative(rng, "Invented Person", 1500),
                                               "interview_place": f"Office {i}"})
        first = handover.export_bundle(alice, [case.id], Path(tmp), contacts=["Bob"]).path
        handover.import_bundle(bob, first)
        merges, fresh, bundles = [], [], []
        for n in range(rounds):
            _change_100_fields(alice, case.id, rng, n)
            doc = interchange.export_doc(alice.cases, case.id)
            carol = store.create(f"carol{n}", PASSPHRASE).session
            t = time.perf_counter()
            interchange.import_case(carol.cases, doc)
            fresh.append(time.perf_counter() - t)
            carol.close()
            t = time.perf_counter()
            result = interchange.import_case(bob.cases, doc)
            merges.append(time.perf_counter() - t)
            assert len(result.changed) == 2 * INTERVIEWS, result.changed[:3]
            _change_100_fields(alice, case.id, rng, n + 100)
            path = handover.export_bundle(alice, [case.id], Path(tmp), contacts=["Bob"]).path
            t = time.perf_counter()
            report = handover.import_bundle(bob, path)
            bundles.append(time.perf_counter() - t)
            assert len(report.results[0].changed) == 2 * INTERVIEWS
        alice.close()
        bob.close()
    merge_s, fresh_s = statistics.median(merges), statistics.median(fresh)
    return [
        Row(f"merge 100 changed fields into a case of {INTERVIEWS} interviews", merge_s, fresh_s,
            f"median of {rounds}; reference: a first import of the same case", "interactive (< 1 s)"),
        Row(f"import an update bundle (100 changed fields, {INTERVIEWS} interviews)", statistics.median(bundles), None,
            f"median of {rounds}: decrypt, verify, merge", "interactive (< 1 s)"),
    ]
