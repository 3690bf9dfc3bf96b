"""Conflicts of a case: items changed on two sides, shown with every value, who and when; resolved here.

Resolving keeps one of the competing values or an edited one. The result
supersedes every competing version, so once it is handed over it resolves the
conflict on the other side too. Updates held from someone the case was not
exchanged with are accepted here as well (then merged like any update).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldintake.app import interchange, merge, peers
from fieldintake.app.cases import CaseStore
from fieldintake.errors import InvalidInput, NotFound

_MISSING = object()


@dataclass(frozen=True)
class Version:
    value: Any  # None: the item was removed on that side
    by: str  # actor id (signing fingerprint digits, or ?… for a change without ancestry)
    who: str  # the display name that actor gave
    at: str


@dataclass(frozen=True)
class Conflict:
    unit: str
    versions: list[Version]


def unresolved(store: CaseStore, ref: str) -> list[Conflict]:
    case_id = store.resolve(ref)
    with store.vault.read() as conn:
        found = merge.open_conflicts(conn, case_id)
    return [Conflict(u, [Version(s["value"], s["by"], s.get("who", ""), s["at"]) for s in sibs])
            for u, sibs in found.items()]


def count(store: CaseStore, case_id: str) -> int:
    with store.vault.read() as conn:
        return len(merge.open_conflicts(conn, case_id))


def cases_with_conflicts(store: CaseStore) -> set[str]:
    with store.vault.read() as conn:
        rows = conn.execute("SELECT DISTINCT case_id FROM case_conflicts").fetchall()
        return {r[0] for r in rows if merge.open_conflicts(conn, r[0])}


def resolve(store: CaseStore, ref: str, unit: str, *, keep: int | None = None, value: Any = _MISSING) -> Any:
    """Settle one conflict with version number ``keep`` (1-based, as listed) or an edited ``value``."""
    if (keep is None) == (value is _MISSING):
        raise InvalidInput("Say which version to keep (--keep N) or give the value (--value JSON).")
    case_id = store.resolve(ref)
    actor, who = merge.local_actor(store.vault)
    with store.change("case.conflict_resolved", case_id) as uow:
        tx = uow.tx
        store.require_writable(tx, case_id)
        merge.stamp(tx, case_id, interchange.to_doc(store.get(case_id)), actor, who)
        sibs = merge.conflicts_of(tx, case_id).get(unit)
        if not sibs:
            raise NotFound(f"No conflict at {unit} in this case.")
        if keep is not None:
            if not 1 <= keep <= len(sibs):
                raise InvalidInput(f"There are {len(sibs)} versions: keep one of 1–{len(sibs)}.")
            value = sibs[keep - 1]["value"]
        if merge.protected(unit) and value is None:
            raise InvalidInput("Interviews, deadlines, redaction marks and attachments are not removed by resolving"
                               " a conflict.")
        interchange.write_units(store, uow, case_id, {unit: value})
        merge.save_state(tx, case_id, {unit: [merge.resolve(sibs, value, actor, who)]})
        uow.revision(case_id, "conflict", case_id, f"resolved:{unit}", [s["value"] for s in sibs], value)
        uow.audit("case.conflict_resolved", "case", case_id, {"item": unit, "kept": keep})
    return value


def held(store: CaseStore, ref: str | None = None) -> list[peers.HeldUpdate]:
    case_id = store.resolve(ref) if ref else None
    with store.vault.read() as conn:
        return peers.held(conn, case_id)


@dataclass(frozen=True)
class Difference:
    unit: str
    ours: Any  # None: not here
    theirs: Any  # None: not in their document


def held_diff(store: CaseStore, held_id: int) -> list[Difference]:
    """What a held update differs in from the case here: the diff to look at before accepting it."""
    item = next((h for h in held(store) if h.id == held_id), None)
    if item is None:
        raise NotFound(f"No held update {held_id}.")
    doc = json.loads(item.doc)
    ours = merge.units_of(interchange.to_doc(store.get(item.case_id)))
    theirs = merge.units_of(doc)
    listed = set(theirs) if not doc.get("update_only") else set(doc.get("stamps") or {})
    units = sorted((listed | (set(ours) if not doc.get("update_only") else set())))
    return [Difference(u, ours.get(u), theirs.get(u)) for u in units if ours.get(u) != theirs.get(u)]


def accept_held(store: CaseStore, held_id: int) -> tuple[interchange.ImportResult, list[str]]:
    """Merge an update that was held, and accept its sender as someone this case is exchanged with.

    The attachment files of a held update were not kept: records of attachments not here are left
    out (their names are returned) so the sender can send them again.
    """
    item = next((h for h in held(store) if h.id == held_id), None)
    if item is None:
        raise NotFound(f"No held update {held_id}.")
    doc = json.loads(item.doc)
    known = {a.id for a in store.get(item.case_id).attachments}
    left_out = [a["file_name"] for a in doc.get("attachments", []) if a.get("id") not in known]
    doc["attachments"] = [a for a in doc.get("attachments", []) if a.get("id") in known]
    for key in ("stamps", "conflicts"):
        if isinstance(doc.get(key), dict):
            doc[key] = {u: v for u, v in doc[key].items()
                        if not (u.startswith("attachments/") and u.split("/")[1] not in known)}
    with store.vault.transaction() as tx:
        peers.received(tx, item.case_id, item.sender, item.sender_name, 0)
        result = interchange.import_case(store, doc, origin=f"bundle:{item.bundle_id}",
                                         sender=interchange.Sender(item.sender, item.sender_name, item.bundle_id))
        peers.drop_held(tx, held_id)
        tx.audit("case.update_accepted", "case", item.case_id,
                 {"held": held_id, "sender": item.sender, "attachments_left_out": len(left_out)})
    return result, left_out
