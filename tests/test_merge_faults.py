"""Fault drill: kill -9 inside a merge import leaves the case as it was before, or wholly merged."""

from __future__ import annotations

import copy
import os
import random
import shutil
import textwrap
from pathlib import Path

from fieldintake.app import interchange, merge
from fieldintake.exports import handover
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE
from tests.test_fault_drills import PRELUDE, SEED, _healthy, _store

ROUNDS = 8

CHILD = PRELUDE + textwrap.dedent(
    """
    from fieldintake.app import revisions
    from fieldintake.exports import handover
    record = revisions.record
    def noisy(*args, **kwargs):  # a line per revision: the kill lands inside the merge transaction
        step("revision")
        return record(*args, **kwargs)
    revisions.record = noisy
    with store.unlock("bob", P1) as s:
        step()
        handover.import_bundle(s, Path(sys.argv[4]), progress=lambda done, total: step())
        step("done")
    """
)


def _state(session, case_id: str) -> tuple[dict, dict]:
    doc = interchange.to_doc(session.cases.get(case_id))
    doc.pop("updated_at")
    with session.vault.read() as conn:
        return doc, {u: sorted(merge.digest(s["value"]) for s in sibs)
                     for u, sibs in merge.open_conflicts(conn, case_id).items()}


def test_kill_during_a_merge_import(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.test_fault_drills import ROOT

    rng = random.Random(SEED + 12)
    base = tmp_path / "bob-home"
    with _store(tmp_path / "alice-home").create("alice", PASSPHRASE).session as alice, \
            _store(base).create("bob", PASSPHRASE).session as bob:
        alice.contacts.add("Bob", bob.card().to_text())
        bob.contacts.add("Alice", alice.card().to_text())
        case = alice.cases.create("Merge drill")
        alice.cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(FULL_ANSWERS))
        first = handover.export_bundle(alice, [case.id], tmp_path / "first.fibundle", contacts=["Bob"]).path
        handover.import_bundle(bob, first)
        bob.cases.update(case.id, title="Bob's title")  # will conflict
        alice.cases.update(case.id, title="Alice's title", notes="Alice: many changes")
        for i in range(30):
            alice.cases.add_deadline(case.id, "other", f"Deadline {i}", f"2027-01-{i % 28 + 1:02d}")
        evidence = tmp_path / "decision.bin"
        evidence.write_bytes(os.urandom(2 << 20))
        alice.attachments.add(case.id, evidence)
        update = handover.export_bundle(alice, [case.id], tmp_path / "update.fibundle", contacts=["Bob"]).path
        before = _state(bob, case.id)
    reference = tmp_path / "reference"
    shutil.copytree(base, reference)
    with _store(reference).unlock("bob", PASSPHRASE) as s:
        handover.import_bundle(s, update)
        after = _state(s, case.id)
    assert after != before and after[1]  # a real merge, with a conflict
    outcomes = set()
    for n in range(ROUNDS):
        home = tmp_path / f"round{n}"
        shutil.copytree(base, home)
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(home), PASSPHRASE, PASSPHRASE, str(update)],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
        assert child.stdout is not None
        kill_after, lines = rng.randint(1, 60), 0
        for _ in child.stdout:
            lines += 1
            if lines >= kill_after:
                child.kill()
                break
        child.wait()
        child.stdout.close()
        with _store(home).unlock("bob", PASSPHRASE) as s:
            _healthy(s)
            state = _state(s, case.id)
            assert state in (before, after), f"round {n}: a partly merged case"
            outcomes.add(state == after)
            assert len(s.cases.get(case.id).attachments) in (0, 1)
            blobs = list(s.paths.blobs.iterdir()) if s.paths.blobs.exists() else []
            assert len(blobs) == len(s.cases.get(case.id).attachments), f"round {n}: a stray blob"
        shutil.rmtree(home)
    assert False in outcomes  # at least one kill landed before the commit
