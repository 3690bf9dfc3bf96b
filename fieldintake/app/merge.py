"""Three-way merge of cases: per-item version vectors, conflicts kept, nothing lost.

A case is split into *units* (``title``, ``people/<id>``,
``interviews/<id>/answers/<field>``, ``deadlines/<id>`` …). Each unit carries a
version vector (actor -> number of changes that actor made to it), who made the
last change and when. Two copies of a unit merge like a multi-value register:
a version that the other side's vector already contains is older and loses;
two versions neither of which contains the other were made on both sides since
their common version, and both are kept as a *conflict* until someone resolves
it. This is associative, commutative and idempotent, so every vault that has
seen the same changes holds the same case, whatever the order of delivery, and
a re-delivered or older copy changes nothing.

Local edits are noticed lazily: ``case_stamps`` keeps a digest of the value
each unit was stamped at; before a case is exported or merged, any unit whose
value differs gets the local actor's next number. So the writers in
``cases.py`` need no hook, and several saves between two exchanges count as
one change.

An actor is a vault's signing-key fingerprint (digits only): the stamps of a
bundle say which of the sender's, the recipient's or a third party's changes
it contains, and a vector claiming more of *our own* changes than we made is a
forgery (:class:`ForgedAncestry`).
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldintake.app import answerpaths
from fieldintake.app.clock import utc_now
from fieldintake.app.vault import Transaction, Vault
from fieldintake.crypto.identity import Identity
from fieldintake.errors import ForgedAncestry

CASE_FIELDS = ("title", "status", "urgency", "tags", "notes")
KINDS = ("people", "interviews", "deadlines", "attachments", "redaction_marks")
# Evidence and protection: an import never removes these (a removal from elsewhere is refused and undone).
PROTECTED = ("deadlines/", "redaction_marks/", "attachments/")


def protected(unit: str) -> bool:
    """Deadlines, redaction marks, attachments, and interviews themselves (their answers may be cleared)."""
    return unit.startswith(PROTECTED) or (unit.startswith("interviews/") and unit.count("/") == 1)

Clock = dict[str, int]
Sibling = dict[str, Any]  # {"value", "c", "by", "who", "at"}; value None: the item is absent (removed)
State = dict[str, list[Sibling]]

_actors: weakref.WeakKeyDictionary[Vault, tuple[str, str]] = weakref.WeakKeyDictionary()


# --- clocks ---------------------------------------------------------------------


def join(*clocks: Mapping[str, int]) -> Clock:
    out: Clock = {}
    for clock in clocks:
        for actor, n in clock.items():
            if n > out.get(actor, 0):
                out[actor] = n
    return out


def contains(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Whether ``a`` has seen every change ``b`` has."""
    return all(a.get(actor, 0) >= n for actor, n in b.items())


def bump(clock: Mapping[str, int], actor: str) -> Clock:
    out = dict(clock)
    out[actor] = out.get(actor, 0) + 1
    return out


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


def version(state: State) -> int:
    """The case's version: how many changes it contains. Grows with every change and every merge."""
    return sum(sum(join(*(s["c"] for s in sibs)).values()) for sibs in state.values())


def case_clock(state: State) -> Clock:
    return join(*(s["c"] for sibs in state.values() for s in sibs))


# --- the local actor --------------------------------------------------------------


def local_actor(vault: Vault) -> tuple[str, str]:
    """(actor id, display name) of this vault: its signing fingerprint, digits only."""
    cached = _actors.get(vault)
    if cached is None:
        row = vault.query("SELECT age_secret, signing_seed, display_name FROM identity WHERE id = 1")[0]
        card = Identity(row[0], bytes(row[1])).card(row[2])
        cached = (card.fingerprint.replace(" ", ""), str(row[2]))
        _actors[vault] = cached
    return cached


# --- a case as units ------------------------------------------------------------------


def units_of(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The mergeable pieces of a case document and their values."""
    units: dict[str, Any] = {k: doc[k] for k in CASE_FIELDS}
    for p in doc["people"]:
        units[f"people/{p['id']}"] = {k: v for k, v in p.items() if k != "id"}
    for i in doc["interviews"]:
        base = f"interviews/{i['id']}"
        units[base] = {"template": i["template"], "created_at": i["created_at"]}
        units[f"{base}/status"] = i["status"]
        for key, value in i["answers"].items():
            units[answerpaths.unit_path(i["id"], key)] = value
    for kind in ("deadlines", "attachments", "redaction_marks"):
        for item in doc[kind]:
            units[f"{kind}/{item['id']}"] = {k: v for k, v in item.items() if k != "id"}
    return units


def assemble(base: Mapping[str, Any], units: Mapping[str, Any], local: Mapping[str, Any] | None) -> dict[str, Any]:
    """A case document from unit values; ``base`` gives id, reference and times, ``local`` the local times."""
    doc: dict[str, Any] = {k: base[k] for k in ("format", "id", "reference", "created_at", "updated_at")}
    doc.update({k: units[k] for k in CASE_FIELDS})
    local_updated = {i["id"]: i["updated_at"] for i in (local or {}).get("interviews", [])}
    items: dict[str, list[tuple[str, Any]]] = {k: [] for k in KINDS}
    answers: dict[str, dict[str, Any]] = {}
    statuses: dict[str, str] = {}
    for unit, value in units.items():
        if value is None or "/" not in unit:
            continue
        kind, item_id, *rest = unit.split("/", 3)
        if kind == "interviews" and rest:
            if rest[0] == "status":
                statuses[item_id] = value
            else:
                answers.setdefault(item_id, {})[rest[1]] = value
        else:
            items[kind].append((item_id, value))
    doc["people"] = [{"id": i, **v} for i, v in sorted(items["people"], key=lambda x: (x[1].get("created_at", ""), x[0]))]
    doc["interviews"] = [
        {"id": i, "template": v["template"], "status": statuses.get(i, "draft"), "answers": answers.get(i, {}),
         "created_at": v["created_at"], "updated_at": local_updated.get(i, v["created_at"])}
        for i, v in sorted(items["interviews"], key=lambda x: (x[1]["created_at"], x[0]))
    ]
    for kind, key in (("deadlines", "due"), ("attachments", "imported_at"), ("redaction_marks", "created_at")):
        doc[kind] = [{"id": i, **v} for i, v in sorted(items[kind], key=lambda x: (x[1][key], x[0]))]
    return doc


# --- stored state -----------------------------------------------------------------------


def _stamp_rows(tx: Transaction, case_id: str) -> dict[str, tuple[Clock, str, str, str, str]]:
    return {
        r[0]: (json.loads(r[1]), r[2], r[3], r[4], r[5])
        for r in tx.execute("SELECT unit, clock, by, who, at, digest FROM case_stamps WHERE case_id = ?", (case_id,))
    }


def conflicts_of(conn: Any, case_id: str) -> dict[str, list[Sibling]]:
    return {
        r[0]: json.loads(r[1])
        for r in conn.execute("SELECT unit, siblings FROM case_conflicts WHERE case_id = ? ORDER BY unit", (case_id,))
    }


def open_conflicts(conn: Any, case_id: str) -> dict[str, list[Sibling]]:
    """Conflicts whose values really differ (the same edit made on two sides is not one)."""
    return {u: s for u, s in conflicts_of(conn, case_id).items() if len({digest(x["value"]) for x in s}) > 1}


def stamp(tx: Transaction, case_id: str, doc: Mapping[str, Any], actor: str, who: str) -> list[str]:
    """Give every unit changed here since it was last stamped the local actor's next number.

    Editing an item that is in conflict resolves the conflict with the edited value.
    """
    units = units_of(doc)
    rows = _stamp_rows(tx, case_id)
    conflicts = conflicts_of(tx, case_id)
    now, changed = utc_now(), []
    for unit in units.keys() | rows.keys():
        value, row = units.get(unit), rows.get(unit)
        if row is None and value is None:
            continue
        if row is not None and row[4] == digest(value):
            continue
        base = row[0] if row else {}
        if unit in conflicts:
            base = join(base, *(s["c"] for s in conflicts[unit]))
            tx.execute("DELETE FROM case_conflicts WHERE case_id = ? AND unit = ?", (case_id, unit))
        at = _changed_at(tx, case_id, unit) or now
        _put_stamp(tx, case_id, unit, {"value": value, "c": bump(base, actor), "by": actor, "who": who, "at": at})
        changed.append(unit)
    return sorted(changed)


def _changed_at(tx: Transaction, case_id: str, unit: str) -> str | None:
    """When the unit was last changed here, from its revisions (None: not recorded, e.g. a redaction mark)."""
    parts = unit.split("/", 3)
    if len(parts) == 1:
        row = tx.execute("SELECT max(ts) FROM revisions WHERE object_id = ? AND path = ?", (case_id, unit)).fetchone()
    elif len(parts) == 2:
        row = tx.execute("SELECT max(ts) FROM revisions WHERE object_id = ?", (parts[1],)).fetchone()
    else:
        path = "status" if parts[2] == "status" else answerpaths.revision_path(parts[3])
        row = tx.execute("SELECT max(ts) FROM revisions WHERE object_id = ? AND path = ?", (parts[1], path)).fetchone()
    return row[0] if row and row[0] else None


_PUT_STAMP = (
    "INSERT INTO case_stamps (case_id, unit, clock, by, who, at, digest) VALUES (?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (case_id, unit) DO UPDATE SET clock = excluded.clock, by = excluded.by, who = excluded.who,"
    " at = excluded.at, digest = excluded.digest"
)


def _stamp_row(case_id: str, unit: str, shown: Sibling, clock: Clock | None = None) -> tuple[str, ...]:
    return (case_id, unit, json.dumps(clock or shown["c"], sort_keys=True), shown["by"], shown.get("who", ""),
            shown["at"], digest(shown["value"]))


def _put_stamp(tx: Transaction, case_id: str, unit: str, shown: Sibling, clock: Clock | None = None) -> None:
    tx.execute(_PUT_STAMP, _stamp_row(case_id, unit, shown, clock))


def local_state(tx: Transaction, case_id: str, doc: Mapping[str, Any]) -> State:
    """Every unit's versions here (call after :func:`stamp`)."""
    units = units_of(doc)
    conflicts = conflicts_of(tx, case_id)
    state: State = {}
    for unit, (clock, by, who, at, _) in _stamp_rows(tx, case_id).items():
        state[unit] = conflicts.get(unit) or [{"value": units.get(unit), "c": clock, "by": by, "who": who, "at": at}]
    return state


def save_state(tx: Transaction, case_id: str, state: Mapping[str, list[Sibling]], origin: str = "", *,
               new: bool = False) -> None:
    """Store units' versions: one version is a stamp, several are a conflict (the first is shown).

    One statement per kind of row for all units (a bulk import stores some twenty units per case);
    ``new``: the case was inserted in this transaction, so it has no conflict to clear (its rows
    reference the case and go with it)."""
    now = utc_now()
    stamps = [_stamp_row(case_id, unit, sibs[0], join(*(s["c"] for s in sibs))) for unit, sibs in state.items()]
    if stamps:
        tx.executemany(_PUT_STAMP, stamps)
    settled = [(case_id, unit) for unit, sibs in state.items() if len(sibs) == 1]
    if settled and not new:
        tx.executemany("DELETE FROM case_conflicts WHERE case_id = ? AND unit = ?", settled)
    for unit, sibs in state.items():
        if len(sibs) > 1:
            tx.execute(
                "INSERT INTO case_conflicts (case_id, unit, siblings, found_at, origin) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (case_id, unit) DO UPDATE SET siblings = excluded.siblings",
                (case_id, unit, json.dumps(sibs, ensure_ascii=False, sort_keys=True), now, origin),
            )


def ancestry(state: State) -> tuple[dict[str, Any], dict[str, list[Sibling]]]:
    """The ``stamps`` and ``conflicts`` of a ``fieldintake.case/2`` document."""
    stamps: dict[str, Any] = {}
    conflicts: dict[str, list[Sibling]] = {}
    for unit, sibs in sorted(state.items()):
        shown = sibs[0]
        stamps[unit] = {"c": join(*(s["c"] for s in sibs)), "by": shown["by"], "who": shown.get("who", ""),
                        "at": shown["at"]}
        if len(sibs) > 1:
            conflicts[unit] = [dict(s) for s in sibs]
    return stamps, conflicts


def remote_state(doc: Mapping[str, Any], unknown_actor: str, who: str) -> State:
    """The versions a received document carries. Items without a stamp (``fieldintake.case/1``, or
    stripped) get an actor of their own: they are concurrent with everything, so they can only
    ever become conflicts, never silently replace a value."""
    units = units_of(doc)
    stamps: Mapping[str, Any] = doc.get("stamps") or {}
    conflicts: Mapping[str, Any] = doc.get("conflicts") or {}
    state: State = {}
    for unit in units.keys() | stamps.keys() | conflicts.keys():
        if unit in conflicts:
            state[unit] = [dict(s) for s in conflicts[unit]]
        elif unit in stamps:
            state[unit] = [{"value": units.get(unit), **stamps[unit]}]
        else:
            state[unit] = [{"value": units[unit], "c": {unknown_actor: 1}, "by": unknown_actor, "who": who,
                            "at": doc["updated_at"]}]
    return state


# --- merging ------------------------------------------------------------------------------


def _order(sibs: Iterable[Sibling]) -> list[Sibling]:
    """The version shown first: a value before a removal, then the latest change; ties broken so
    every vault picks the same."""
    return sorted(sibs, key=lambda s: (s["value"] is not None, s["at"], s["by"], digest(s["value"])), reverse=True)


def merge_unit(local: list[Sibling], remote: list[Sibling]) -> list[Sibling]:
    pool: dict[tuple[str, str], Sibling] = {}
    for s in (*local, *remote):
        pool.setdefault((json.dumps(s["c"], sort_keys=True), digest(s["value"])), s)
    sibs = list(pool.values())
    keep = [s for s in sibs if not any(o["c"] != s["c"] and contains(o["c"], s["c"]) for o in sibs)]
    return _order(keep)


@dataclass
class MergeResult:
    state: State  # every unit after the merge
    changed: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # unit -> (shown before, shown after)
    conflicts: list[str] = field(default_factory=list)  # units newly or still in conflict with new versions
    kept: list[str] = field(default_factory=list)  # removals refused (deadlines, marks, attachments)
    touched: set[str] = field(default_factory=set)  # units whose stored versions change


def check_ancestry(local: State, remote: State, actor: str) -> None:
    """A received version claiming more of our own changes than we made is forged."""
    for unit, sibs in remote.items():
        ours = join(*(s["c"] for s in local.get(unit, []))).get(actor, 0)
        claimed = max(s["c"].get(actor, 0) for s in sibs)
        if claimed > ours:
            raise ForgedAncestry(
                f"The case claims a change made here to {unit} that this vault never made"
                f" (version {claimed}, this vault's {ours}): its history is forged. Nothing was changed."
            )


def merge(local: State, remote: State, actor: str, who: str) -> MergeResult:
    check_ancestry(local, remote, actor)
    result = MergeResult(state=dict(local))
    now = utc_now()
    for unit in sorted(local.keys() | remote.keys()):
        mine = local.get(unit, [])
        merged = merge_unit(mine, remote.get(unit, []))
        before = mine[0]["value"] if mine else None
        if protected(unit) and before is not None and all(s["value"] is None for s in merged):
            # Removed elsewhere: kept here, as a change of ours that the other side will receive.
            merged = [{"value": before, "c": bump(join(*(s["c"] for s in merged)), actor), "by": actor, "who": who,
                       "at": now}]
            result.kept.append(unit)
        if _same(merged, mine):
            continue
        result.state[unit] = merged
        result.touched.add(unit)
        if digest(merged[0]["value"]) != digest(before):
            result.changed[unit] = (before, merged[0]["value"])
        if len({digest(s["value"]) for s in merged}) > 1:
            result.conflicts.append(unit)
    return result


def _same(a: list[Sibling], b: list[Sibling]) -> bool:
    key = lambda s: (json.dumps(s["c"], sort_keys=True), digest(s["value"]))  # noqa: E731
    return sorted(map(key, a)) == sorted(map(key, b))


def shown(state: State) -> dict[str, Any]:
    return {unit: sibs[0]["value"] for unit, sibs in state.items()}


def resolve(sibs: list[Sibling], value: Any, actor: str, who: str) -> Sibling:
    """The one version that supersedes every competing one."""
    return {"value": value, "c": bump(join(*(s["c"] for s in sibs)), actor), "by": actor, "who": who,
            "at": utc_now()}
