"""Property: random edits on three vaults, exchanged in random orders, converge with no edit lost.

Exchanges are whole cases or updates with only what the recipient is known to
hold (from what it last sent), as ``bundle export --to`` makes them.

A reference model tracks which edit each vault has seen (happens-before). Once
everything has reached everyone, every vault must hold the same case, and each
item must hold exactly the values of its latest edits: one value where one edit
followed all others, every concurrent value (a conflict) otherwise. The vaults
are made once (real SQLCipher, the fast KDF) and reused across examples: each
example starts from a new case.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldintake.app import interchange, merge
from fieldintake.app.users import UserStore
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE

FIELDS = ("title", "notes", "narrative")
VAULTS = 3

op = st.one_of(
    st.tuples(st.just("set"), st.integers(0, VAULTS - 1), st.sampled_from(FIELDS)),
    st.tuples(st.just("deadline"), st.integers(0, VAULTS - 1), st.just("")),
    st.tuples(st.just("send"), st.integers(0, VAULTS - 1), st.integers(0, VAULTS - 1)),
    st.tuples(st.just("update"), st.integers(0, VAULTS - 1), st.integers(0, VAULTS - 1)),
)


class Model:
    """Edits as events; a vault knows the events it made or received."""

    def __init__(self) -> None:
        self.events: dict[int, tuple[str, str, frozenset[int]]] = {}  # id -> (unit, value, predecessors)
        self.known: list[set[int]] = [set() for _ in range(VAULTS)]

    def edit(self, vault: int, unit: str, value: str) -> None:
        before = frozenset(e for e in self.known[vault] if self.events[e][0] == unit)
        event = len(self.events)
        self.events[event] = (unit, value, before)
        self.known[vault].add(event)

    def send(self, src: int, dst: int) -> None:
        self.known[dst] |= self.known[src]

    def latest(self) -> dict[str, set[str]]:
        """Per unit, the values of the edits no other edit followed."""
        superseded = {p for _, _, before in self.events.values() for p in before}
        out: dict[str, set[str]] = {}
        for event, (unit, value, _) in self.events.items():
            if event not in superseded:
                out.setdefault(unit, set()).add(value)
        return out


def _values(session, case_id: str, interview_id: str) -> dict[str, set[str]]:
    """Per unit the model knows, the values this vault holds (shown, and any competing ones)."""
    case = session.cases.get(case_id)
    with session.vault.read() as conn:
        open_ = merge.open_conflicts(conn, case_id)
    units = {"title": case.title, "notes": case.notes,
             "narrative": case.interviews[0].answers.get("narrative")}
    units |= {f"deadlines/{d.id}": d.title for d in case.deadlines if d.source == "manual"}
    names = {"narrative": f"interviews/{interview_id}/answers/narrative"}
    out = {}
    for key, shown in units.items():
        sibs = open_.get(names.get(key, key))
        if sibs:
            out[key] = {(s["value"]["title"] if isinstance(s["value"], dict) else s["value"]) for s in sibs}
        else:
            out[key] = {shown}
    return out


def _comparable(session, case_id: str) -> dict[str, Any]:
    doc = interchange.to_doc(session.cases.get(case_id))
    doc.pop("updated_at")
    doc.pop("reference")
    for i in doc["interviews"]:
        i.pop("updated_at")
    with session.vault.read() as conn:
        doc["conflicts"] = {u: sorted(merge.digest(s["value"]) for s in sibs)
                            for u, sibs in merge.open_conflicts(conn, case_id).items()}
    return doc


def _exchange(src, dst, case_id: str, lacking_for: list | None = None) -> dict:
    """Hand the case over; with ``lacking_for`` as an update of only what ``dst`` lacks. Returns what was sent."""
    doc = interchange.export_doc(src.cases, case_id, lacking_for=lacking_for or ())
    interchange.import_case(dst.cases, doc, origin="test")
    return doc


def test_random_edits_converge_and_lose_nothing(store: UserStore) -> None:
    vaults = [store.create(name, PASSPHRASE).session for name in ("ana", "bek", "cai")]
    counter = itertools.count()

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(op, min_size=1, max_size=10))
    def run(ops: list[tuple[str, int, Any]]) -> None:
        model = Model()
        holds: dict[tuple[int, int], dict] = {}  # (a, b): what a knows b holds (from what b sent a)

        def hand_over(a: int, b: int, update: bool) -> None:
            known = holds.get((a, b)) if update else None
            doc = _exchange(vaults[a], vaults[b], case.id, [known] if known is not None else None)
            received = interchange.holds(doc)
            holds[(b, a)] = holds.get((b, a), {}) | received if doc.get("update_only") else received

        case = vaults[0].cases.create(f"Case {next(counter)}")
        interview = vaults[0].cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(FULL_ANSWERS))
        for other in range(1, VAULTS):
            hand_over(0, other, False)
        initial = {"title": case.title, "notes": "", "narrative": FULL_ANSWERS["narrative"]}
        for kind, a, b in ops:
            if kind in ("send", "update"):
                if a != b:
                    hand_over(a, b, kind == "update")
                    model.send(a, b)
            elif kind == "deadline":
                value = f"deadline {next(counter)}"
                d = vaults[a].cases.add_deadline(case.id, "other", value, "2027-01-15")
                model.edit(a, f"deadlines/{d.id}", value)
            else:
                value = f"{b} {next(counter)}"
                if b == "narrative":
                    current = vaults[a].cases.interview(interview.id).answers
                    vaults[a].cases.save_answers(interview.id, current | {"narrative": value}, coalesce=False)
                else:
                    vaults[a].cases.update(case.id, **{b: value})
                model.edit(a, b, value)
        for src, dst in [(0, 1), (1, 2), (2, 0), (0, 1), (1, 2)]:
            hand_over(src, dst, True)
            model.send(src, dst)
        first = _comparable(vaults[0], case.id)
        for other in vaults[1:]:
            assert _comparable(other, case.id) == first
        expected = {k: {v} for k, v in initial.items()} | model.latest()
        held = _values(vaults[0], case.id, interview.id)
        assert {k: held.get(k) for k in expected} == expected

    try:
        run()
    finally:
        for s in vaults:
            s.close()
