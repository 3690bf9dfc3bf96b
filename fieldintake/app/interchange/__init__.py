"""The ``fieldintake.case/2`` interchange format: one case as JSON, with its ancestry.

Used by ``case export``/``case import`` and inside bundles; described by
``case-2.schema.json`` (a copy is in docs/); ``fieldintake.case/1`` documents
(no ancestry) are still read. Import checks everything (JSON, schema, every
interview's answers against its template, ids) before writing anything, then
writes in one transaction. A case that already exists is never replaced: the
incoming version is merged three ways (``app.merge``); what changed on both
sides becomes a conflict, and only someone the case was exchanged with may
update it (``app.peers``).
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import jsonschema.protocols

from fieldintake.app import answerpaths
from fieldintake.app import caserows, merge, peers
from fieldintake.app.casecommands import next_reference
from fieldintake.app.cases import CaseStore
from fieldintake.app.clock import utc_now
from fieldintake.app.jsonlimits import MAX_DEPTH, too_deep
from fieldintake.app.model import Attachment, Case, Deadline, Interview, Person, RedactionMark
from fieldintake.app.templates import validate_answers
from fieldintake.app.templates.registry import TemplateRegistry
from fieldintake.app.unitofwork import KINDS, Unit
from fieldintake.app.vault import Transaction
from fieldintake.app.textsafety import check_case_text
from fieldintake.errors import InvalidInput, NotFound

FORMAT = "fieldintake.case/2"
FORMAT_1 = "fieldintake.case/1"
FORMATS = (FORMAT, FORMAT_1)


@cache
def schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("case-2.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator() -> jsonschema.protocols.Validator:
    """The schema's validator, made once, with each ``$ref`` written out in place: looking each one up
    through the reference registry cost a third of checking a case (a bulk import checks thousands).
    The schema's references are local (``#/$defs/...``), never recursive, and stand alone."""
    loaded = schema()
    defs: dict[str, Any] = loaded.get("$defs", {})

    def inlined(node: Any, depth: int = 0) -> Any:
        if depth > 32:
            raise ValueError("the case schema's references nest too deeply (a cycle?)")
        if isinstance(node, dict):
            if set(node) == {"$ref"} and str(node["$ref"]).startswith("#/$defs/"):
                return inlined(defs[node["$ref"][len("#/$defs/"):]], depth + 1)
            if "$ref" in node:
                raise ValueError(f"the case schema has a reference this check cannot write out: {node['$ref']}")
            return {k: inlined(v, depth + 1) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [inlined(v, depth + 1) for v in node]
        return node

    validator: jsonschema.protocols.Validator = jsonschema.Draft202012Validator(inlined(loaded))
    return validator


@dataclass(frozen=True)
class ImportResult:
    case_id: str
    reference: str
    created: bool
    changed: list[str]  # items that changed here (unit paths, e.g. interviews/<id>/answers/narrative)
    status: str = "merged"  # created | merged | unchanged | held | older | copy
    conflicts: list[str] = field(default_factory=list)  # items now in conflict
    kept: list[str] = field(default_factory=list)  # removals refused: deadlines, redaction marks, attachments
    copy_of: str | None = None  # a read-only redacted copy of this case


@dataclass(frozen=True)
class Sender:
    """Who signed the bundle a case came in (``None`` for a file the user imports by hand)."""

    fingerprint: str
    name: str
    bundle_id: str = ""
    version: int | None = None  # the case version signed in the bundle's manifest


# --- export ----------------------------------------------------------------


def to_doc(case: Case) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "id": case.id,
        "reference": case.reference,
        "title": case.title,
        "status": case.status,
        "urgency": case.urgency,
        "tags": list(case.tags),
        "notes": case.notes,
        "created_at": case.created_at,
        "updated_at": case.updated_at,
        "people": [{"id": p.id, "role": p.role, **p.data(), **({"created_at": p.created_at} if p.created_at else {})}
                   for p in case.people],
        "interviews": [
            {
                "id": i.id,
                "template": {"id": i.template_id, "version": i.template_version},
                "status": i.status,
                "answers": i.answers,
                "created_at": i.created_at,
                "updated_at": i.updated_at,
            }
            for i in case.interviews
        ],
        "deadlines": [_deadline_doc(d) for d in case.deadlines if d.source == "manual"],
        "attachments": [
            {
                "id": a.id,
                "file_name": a.file_name,
                "media_type": a.media_type,
                "size": a.size,
                "sha256": a.sha256,
                "imported_at": a.imported_at,
                "sensitivity": a.sensitivity,
                "description": a.description,
                "interview_id": a.interview_id,
            }
            for a in case.attachments
        ],
        "redaction_marks": [
            {"id": m.id, "path": m.path, "start": m.start, "end": m.end, "text": m.text, "label": m.label,
             "created_at": m.created_at}
            for m in case.redaction_marks
        ],
    }


def _deadline_doc(d: Deadline) -> dict[str, Any]:
    return {"id": d.id, "kind": d.kind, "title": d.title, "due": d.due, "done": d.done, "notes": d.notes}


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# --- checking ----------------------------------------------------------------


def parse(text: str | bytes, source: str = "input") -> dict[str, Any]:
    try:
        doc = json.loads(text)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{source} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from exc
    except RecursionError:
        raise InvalidInput(f"{source} is nested too deeply (more than {MAX_DEPTH} levels).") from None
    if too_deep(doc):
        raise InvalidInput(f"{source} is nested too deeply (more than {MAX_DEPTH} levels).")
    if not isinstance(doc, dict):
        raise InvalidInput(f"{source} is not a case: a JSON object was expected.")
    return doc


def _printable(text: str) -> str:
    """A path from someone else's document, safe to print on one line (keys may hold anything)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def validate(doc: Any, templates: TemplateRegistry) -> dict[str, Any]:
    """The document with answers normalised; ``InvalidInput`` names the first problem's path and reason."""
    if isinstance(doc, Mapping) and doc.get("format") not in (None, *FORMATS):
        raise InvalidInput(f"Unsupported case format {_printable(str(doc.get('format')))[:80]!r}"
                           f" (this program reads {FORMAT} and {FORMAT_1}).")
    if isinstance(doc, Mapping) and doc.get("format") == FORMAT_1 and doc.keys() & {"stamps", "conflicts", "update_only"}:
        raise InvalidInput(f"Invalid case: stamps, conflicts and updates need {FORMAT}.")
    if isinstance(doc, Mapping) and doc.get("update_only") and not isinstance(doc.get("case_version"), int):
        raise InvalidInput("Invalid case: an update must state its case_version.")
    error = jsonschema.exceptions.best_match(_validator().iter_errors(doc))
    if error is not None:
        raise InvalidInput(f"Invalid case at {_printable(_path(error.absolute_path))}: {_printable(error.message)}")
    check_case_text(doc)  # no terminal escapes, NUL or direction overrides where the format has no use for them
    ids: set[str] = set()
    cleaned: list[dict[str, Any]] = []
    for kind in ("people", "interviews", "deadlines", "attachments", "redaction_marks"):
        for index, item in enumerate(doc[kind]):
            if item["id"] in ids:
                raise InvalidInput(f"Invalid case at {kind}[{index}].id: the id {item['id']} is used twice.")
            ids.add(item["id"])
    for index, interview in enumerate(doc["interviews"]):
        tid, version = interview["template"]["id"], interview["template"]["version"]
        try:
            template = templates.get(tid, version)
        except (NotFound, KeyError) as exc:
            raise InvalidInput(f"Invalid case at interviews[{index}].template: unknown template {tid} v{version}.") from exc
        result = validate_answers(template, interview["answers"])
        if result.errors:
            p = result.errors[0]
            raise InvalidInput(f"Invalid case at interviews[{index}].answers.{_printable(p.path)}: {p.message}")
        cleaned.append(result.cleaned)
    for index, mark in enumerate(doc["redaction_marks"]):
        if mark["end"] <= mark["start"]:
            raise InvalidInput(f"Invalid case at redaction_marks[{index}]: the span ends before it starts.")
    validated: dict[str, Any] = doc | {"interviews": [i | {"answers": a} for i, a in zip(doc["interviews"], cleaned)]}
    return validated


def export_doc(store: CaseStore, ref: str, *, lacking_for: Sequence[Mapping[str, str]] = ()) -> dict[str, Any]:
    """The case with its ancestry (``stamps``, ``conflicts``): what leaves the vault to be merged elsewhere.

    ``lacking_for``: what each recipient is known to hold (item -> version digest, ``peers.known``);
    then the document is an update (``update_only``) with just the items one of them lacks.
    """
    case_id = store.resolve(ref)
    actor, who = merge.local_actor(store.vault)
    with store.vault.transaction() as tx:
        doc = to_doc(store.get(case_id))
        changed = merge.stamp(tx, case_id, doc, actor, who)
        if changed:
            tx.audit("case.versioned", "case", case_id, {"items": len(changed)})
        state = merge.local_state(tx, case_id, doc)
    stamps, conflicts = merge.ancestry(state)
    if lacking_for:
        doc["case_version"] = merge.version(state)
        lacking = {u for u, st in stamps.items() if any(k.get(u) != merge.digest(st["c"]) for k in lacking_for)}
        stamps = {u: st for u, st in stamps.items() if u in lacking}
        conflicts = {u: c for u, c in conflicts.items() if u in lacking}
        doc = _only(doc, lacking)
        doc["update_only"] = True
    doc["stamps"] = stamps
    if conflicts:
        doc["conflicts"] = conflicts
    return doc


def _only(doc: dict[str, Any], units: set[str]) -> dict[str, Any]:
    """The document cut down to the items of ``units`` (the case's own fields always stay: they are small)."""
    out = dict(doc)
    for kind in ("people", "deadlines", "attachments", "redaction_marks"):
        out[kind] = [x for x in doc[kind] if f"{kind}/{x['id']}" in units]
    interviews = []
    for i in doc["interviews"]:
        base = f"interviews/{i['id']}"
        answers = {k: v for k, v in i["answers"].items() if answerpaths.unit_path(i["id"], k) in units}
        if answers or base in units or f"{base}/status" in units or any(u.startswith(base + "/") for u in units):
            interviews.append(i | {"answers": answers})
    out["interviews"] = interviews
    return out


def holds(doc: Mapping[str, Any]) -> dict[str, str]:
    """Item -> digest of the version vector a document carries: what its sender holds."""
    return {u: merge.digest(st["c"]) for u, st in (doc.get("stamps") or {}).items()}


def doc_version(doc: Mapping[str, Any]) -> int:
    """A ``fieldintake.case/2`` document's version: how many changes its ancestry holds (0 without)."""
    if doc.get("update_only"):
        return int(doc["case_version"])  # an update lists only some items; the case's version is stated
    return sum(sum(stamp["c"].values()) for stamp in (doc.get("stamps") or {}).values())



# --- import ------------------------------------------------------------------

_COPY_NAMESPACE = uuid.UUID("6f1c2f5e-2b0a-4d7e-9d51-3c1f0e7a9b24")
_ITEM_TABLES = (("people", "people", "person"), ("interviews", "interviews", "interview"),
                ("deadlines", "deadlines", "deadline"), ("attachments", "attachments", "attachment"),
                ("redaction_marks", "redaction_marks", "redaction mark"))


def import_case(
    store: CaseStore,
    doc: Any,
    *,
    origin: str = "import",
    staged_blobs: Mapping[str, str] | None = None,
    sender: Sender | None = None,
    redacted_for: str | None = None,
    audited: bool = True,
    validated: bool = False,
) -> ImportResult:
    """Import, or merge into the case here, one case document.

    ``staged_blobs`` maps attachment ids to blob ids already stored. ``sender`` is who signed the
    bundle (None: a file the user imports by hand, which is their own decision). ``redacted_for``
    (the audience of a redacted bundle) makes the case a separate read-only copy, never merged.
    ``audited=False``: a new case gets no audit entry of its own (a bulk import, inside its unit,
    writes one entry for the whole batch); merges keep theirs. ``validated``: ``doc`` is what
    ``validate`` returned (a bulk import checks a whole batch before it writes any of it).
    """
    if not validated:
        doc = validate(doc, store.templates)
    copy_of = None
    if redacted_for is not None:
        copy_of = doc["id"]
        doc = _as_copy(doc, sender.fingerprint if sender else "file", redacted_for)
    staged = dict(staged_blobs or {})
    with store.change("case.imported", importing=True, origin=origin) as uow:
        tx = uow.tx
        _check_ids_are_this_cases(tx, doc)
        exists, is_copy = caserows.case_row_state(tx, doc["id"])
        if not exists:
            result = _create(store, uow, doc, origin, staged, sender, copy_of, audited)
        elif copy_of is not None:
            result = _replace_copy(store, uow, doc, origin, staged, copy_of)
        elif is_copy:
            raise InvalidInput("This case is a read-only redacted copy here; only a newer redacted bundle from the"
                               " same sender updates it. Nothing was imported.")
        else:
            result = _merge_into(store, uow, doc, origin, staged, sender)
        if sender is not None and result.status not in ("held", "older"):
            peers.received(tx, result.case_id, sender.fingerprint, sender.name, sender.version,
                           None if copy_of else holds(doc), partial=bool(doc.get("update_only")))
    return result


def _as_copy(doc: dict[str, Any], sender: str, audience: str) -> dict[str, Any]:
    """The document under ids of its own, so it never touches the case it was made from."""
    copy_id = str(uuid.uuid5(_COPY_NAMESPACE, f"{doc['id']}|{sender}|{audience}"))
    ids = {doc["id"]: copy_id}
    for kind in merge.KINDS:
        for item in doc[kind]:
            ids[item["id"]] = str(uuid.uuid5(uuid.UUID(copy_id), item["id"]))
    out = copy.deepcopy({k: v for k, v in doc.items() if k not in ("stamps", "conflicts")})
    out["id"] = copy_id
    for kind in merge.KINDS:
        for item in out[kind]:
            item["id"] = ids[item["id"]]
    for a in out["attachments"]:
        if a.get("interview_id"):
            a["interview_id"] = ids.get(a["interview_id"], a["interview_id"])
    for m in out["redaction_marks"]:
        parts = m["path"].split("/")
        if len(parts) > 1 and parts[0] == "interviews":
            parts[1] = ids.get(parts[1], parts[1])
            m["path"] = "/".join(parts)
    out["_attachment_ids"] = {ids[a]: a for a in (x["id"] for x in doc["attachments"])}
    return out


def _check_ids_are_this_cases(tx: Transaction, doc: dict[str, Any]) -> None:
    """An id already used by another case here would fail half-way (and could graft onto that case)."""
    for kind, table, what in _ITEM_TABLES:
        taken = caserows.item_of_another_case(tx, table, doc["id"], [item["id"] for item in doc[kind]])
        if taken is not None:
            raise InvalidInput(f"Invalid case at {kind}: the {what} id {taken} belongs to another case here;"
                               " nothing was imported.")


def _staged_for(doc: dict[str, Any], staged: dict[str, str]) -> dict[str, str]:
    """Staged blobs under the ids the document uses (a copy renames its attachments)."""
    renamed = doc.get("_attachment_ids") or {}
    return {new: staged[old] for new, old in renamed.items() if old in staged} if renamed else staged


def _need_blobs(tx: Transaction, doc: dict[str, Any], staged: dict[str, str]) -> None:
    if all(a["id"] in staged for a in doc["attachments"]):
        return  # nothing to look for here (a case without attachments: every case of a bulk import)
    known = caserows.attachment_ids(tx, doc["id"])
    missing = [a["file_name"] for a in doc["attachments"] if a["id"] not in staged and a["id"] not in known]
    if missing:
        raise InvalidInput(
            f"The case lists {len(missing)} attachment(s) whose content is not here ({_printable(missing[0])[:80]}…):"
            " attachments travel in bundles, not in case JSON."
        )


def _unknown_actor(origin: str, doc: dict[str, Any]) -> str:
    """An actor for changes without ancestry: unique to where they came from, so they can only conflict.

    The document is hashed in compact JSON (``dumps``' indented form has no C encoder and cost a bulk
    import more than any other step of a new case). Only the actor's uniqueness counts: an equal value
    from an actor without ancestry is no news whatever its name (``_drop_equal_unknowns``)."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "?" + hashlib.sha256(f"{origin}|{text}".encode()).hexdigest()[:16]


def _create(store: CaseStore, uow: Unit, doc: dict[str, Any], origin: str, staged: dict[str, str],
            sender: Sender | None, copy_of: str | None, audited: bool = True) -> ImportResult:
    tx = uow.tx
    if doc.get("update_only"):
        raise InvalidInput(f"This is an update of case {doc['reference'][:64]!r}, which is not here:"
                           " ask the sender to hand over the whole case.")
    staged = _staged_for(doc, staged)
    state = merge.remote_state(doc, _unknown_actor(origin, doc), sender.name if sender else "")
    # No check of the ancestry here: with nothing of this case here, no version can win over one of ours.
    shown = merge.shown(state)
    assembled = merge.assemble(doc, shown, None)
    # Values other than the (already checked) document's are checked again; the same values are not
    # (checking costs more than the rest of an import of a new case together).
    doc = _clean(assembled if shown == merge.units_of(doc) else validate(assembled, store.templates))
    _need_blobs(tx, doc, staged)
    reference = doc["reference"]
    note: dict[str, Any] = {"source": origin, "at": utc_now()}
    if copy_of:
        note["copy_of"] = copy_of
    if caserows.reference_taken(tx, reference):
        note["reference"] = reference
        reference = next_reference(store.vault, tx)
    caserows.insert_case(tx, Case(doc["id"], reference, doc["title"], doc["status"], doc["urgency"], doc["tags"],
                                  doc["notes"], doc["created_at"], doc["updated_at"], origin=note), copy_of=copy_of)
    _insert_parts(tx, doc)
    for a in doc["attachments"]:
        _insert_attachment(tx, doc["id"], a, staged[a["id"]])
    if not copy_of:
        merge.save_state(tx, doc["id"], state, origin, new=True)
    uow.revision(doc["id"], "case", doc["id"], "case", None, {"imported": origin, "reference": reference})
    conflicts = sorted(u for u, sibs in state.items() if len({merge.digest(s["value"]) for s in sibs}) > 1)
    if audited:
        uow.audit("case.imported", "case", doc["id"], {"origin": origin, "reference": reference, "copy_of": copy_of,
                                                       "conflicts": len(conflicts)})
    _finish(uow, doc)
    return ImportResult(doc["id"], reference, True, [], "copy" if copy_of else "created", conflicts, [], copy_of)


def _replace_copy(store: CaseStore, uow: Unit, doc: dict[str, Any], origin: str, staged: dict[str, str],
                  copy_of: str) -> ImportResult:
    """A newer redacted copy from the same sender replaces the copy (never the case); attachments stay."""
    tx = uow.tx
    staged = _staged_for(doc, staged)
    doc = _clean(doc)
    _need_blobs(tx, doc, staged)
    current = to_doc(store.get(doc["id"]))
    changed = [k for k in merge.CASE_FIELDS if current[k] != doc[k]]
    changed += [k for k in merge.KINDS if k != "attachments" and current[k] != doc[k]]
    caserows.update_case(tx, doc["id"], {k: doc[k] for k in caserows.CASE_FIELDS})
    caserows.delete_parts(tx, doc["id"])
    _insert_parts(tx, doc)
    local = {a["id"] for a in current["attachments"]}
    for a in doc["attachments"]:
        if a["id"] not in local:
            _insert_attachment(tx, doc["id"], a, staged[a["id"]])
    for path in changed:
        uow.revision(doc["id"], "case", doc["id"], path, current[path], doc[path])
    uow.audit("case.copy_replaced", "case", doc["id"], {"origin": origin, "copy_of": copy_of, "changed": changed})
    _finish(uow, doc)
    return ImportResult(doc["id"], current["reference"], False, changed, "copy", [], [], copy_of)


def _merge_into(store: CaseStore, uow: Unit, doc: dict[str, Any], origin: str, staged: dict[str, str],
                sender: Sender | None) -> ImportResult:
    tx = uow.tx
    case_id = doc["id"]
    reference = caserows.reference_of(tx, case_id)
    if sender is not None and not peers.is_peer(tx, case_id, sender.fingerprint):
        peers.hold(tx, case_id, sender.bundle_id, sender.fingerprint, sender.name,
                   "not exchanged with this sender", dumps(_clean(doc)))
        uow.audit("case.update_held", "case", case_id, {"origin": origin, "sender": sender.fingerprint})
        return ImportResult(case_id, reference, False, [], "held")
    if sender is not None and sender.version is not None:
        last = peers.received_version(tx, case_id, sender.fingerprint)
        if sender.version < last:
            uow.audit("case.update_older", "case", case_id,
                     {"origin": origin, "version": sender.version, "received": last})
            return ImportResult(case_id, reference, False, [], "older")
    actor, who = merge.local_actor(store.vault)
    local_doc = to_doc(store.get(case_id))
    merge.stamp(tx, case_id, local_doc, actor, who)
    local = merge.local_state(tx, case_id, local_doc)
    remote = merge.remote_state(doc, _unknown_actor(origin, doc), sender.name if sender else "")
    if doc.get("update_only"):  # items not listed are not news, not removals
        listed = set(doc.get("stamps") or {}) | set(doc.get("conflicts") or {})
        remote = {u: sibs for u, sibs in remote.items() if u in listed}
    remote = _drop_equal_unknowns(local, remote)
    result = merge.merge(local, remote, actor, who)
    if not result.touched:
        uow.audit("case.import_unchanged", "case", case_id, {"origin": origin})
        return ImportResult(case_id, reference, False, [], "unchanged")
    shown = merge.shown(result.state)
    merged = merge.assemble(local_doc, shown, local_doc)
    if _novel(shown, merge.units_of(local_doc), merge.units_of(doc)):
        merged = validate(merged, store.templates)  # a value neither side's document held: check it too
    merged = _clean(merged)
    _need_blobs(tx, merged, staged)
    _write(tx, merged, local_doc, staged)
    merge.save_state(tx, case_id, {u: result.state[u] for u in result.touched}, origin)
    for unit, (old, new) in result.changed.items():
        uow.revision(case_id, _object_type(unit), _object_id(unit, case_id), unit, old, new)
    for unit in result.conflicts:
        uow.revision(case_id, "conflict", _object_id(unit, case_id), f"conflict:{unit}", None,
                     [{"value": s["value"], "by": s.get("who") or s["by"], "at": s["at"]} for s in result.state[unit]])
    uow.audit("case.import_merged", "case", case_id, {"origin": origin, "changed": len(result.changed),
                                                      "conflicts": len(result.conflicts), "kept": len(result.kept)})
    _finish(uow, merged)
    return ImportResult(case_id, reference, False, sorted(result.changed), "merged", sorted(result.conflicts),
                        sorted(result.kept))


def write_units(store: CaseStore, uow: Unit, case_id: str, units: Mapping[str, Any]) -> dict[str, Any]:
    """Store the case with some units' values replaced (resolving a conflict); checked like an import."""
    local_doc = to_doc(store.get(case_id))
    values = merge.units_of(local_doc) | dict(units)
    doc = _clean(validate(merge.assemble(local_doc, values, local_doc), store.templates))
    _write(uow.tx, doc, local_doc, {})
    _finish(uow, doc)
    return doc


def _novel(shown: Mapping[str, Any], local: Mapping[str, Any], remote: Mapping[str, Any]) -> bool:
    """Whether any value shown after the merge is neither ours nor the (already checked) incoming one."""
    return any(v != local.get(u) and v != remote.get(u) for u, v in shown.items() if v is not None)


def _drop_equal_unknowns(local: merge.State, remote: merge.State) -> merge.State:
    """A value without ancestry that equals ours is no news (a /1 document of the same case)."""
    out: merge.State = {}
    for unit, sibs in remote.items():
        ours = {merge.digest(s["value"]) for s in local.get(unit, [])}
        kept = [s for s in sibs if not (str(s["by"]).startswith("?") and merge.digest(s["value"]) in ours)]
        if kept:
            out[unit] = kept
    return out


def _object_type(unit: str) -> str:
    kind = unit.split("/")[0]
    return {"people": "person", "interviews": "interview", "deadlines": "deadline", "attachments": "attachment",
            "redaction_marks": "redaction mark"}.get(kind, "case")


def _object_id(unit: str, case_id: str) -> str:
    parts = unit.split("/")
    return parts[1] if len(parts) > 1 else case_id


def _clean(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def _finish(uow: Unit, doc: dict[str, Any]) -> None:
    """Every kind of the case's rows was written anew: the unit refreshes it at commit."""
    for kind in KINDS:
        uow.touch(doc["id"], kind)
    uow.keep_updated_at(doc["id"], doc["updated_at"])  # a round trip gives back the same content


def _write(tx: Transaction, doc: dict[str, Any], local: dict[str, Any], staged: dict[str, str]) -> None:
    """Store the merged case. Attachments are evidence: new ones are added, none is ever removed."""
    caserows.update_case(tx, doc["id"], {k: doc[k] for k in caserows.CASE_FIELDS})
    caserows.delete_parts(tx, doc["id"])
    _insert_parts(tx, doc)
    mine = {a["id"]: a for a in local["attachments"]}
    for a in doc["attachments"]:
        if a["id"] not in mine:
            _insert_attachment(tx, doc["id"], a, staged[a["id"]])
        elif a != mine[a["id"]]:
            caserows.update_attachment(tx, a["id"], {"sensitivity": a["sensitivity"],
                                                     "description": a.get("description", ""),
                                                     "interview_id": a.get("interview_id")})


def _insert_parts(tx: Transaction, doc: dict[str, Any]) -> None:
    """People, interviews, hand-entered deadlines and redaction marks, as the document has them."""
    now = utc_now()
    for position, p in enumerate(doc["people"]):
        caserows.insert_person(tx, doc["id"], _person(p), position, now)
    caserows.insert_interviews(tx, doc["id"], [_interview(i) for i in doc["interviews"]])
    caserows.insert_deadlines(tx, doc["id"], [_deadline(d) for d in doc["deadlines"]])
    for m in doc["redaction_marks"]:
        caserows.insert_mark(tx, doc["id"], _mark(m))


def _person(p: dict[str, Any]) -> Person:
    return Person(id=p["id"], role=p["role"], name=p["name"], name_latin=p.get("name_latin", ""),
                  aliases=list(p.get("aliases", [])), relation=p.get("relation", ""),
                  birth_date=p.get("birth_date"), notes=p.get("notes", ""), created_at=p.get("created_at", ""))


def _interview(i: dict[str, Any]) -> Interview:
    return Interview(i["id"], i["template"]["id"], i["template"]["version"], i["status"], i["answers"],
                     i["created_at"], i["updated_at"])


def _deadline(d: dict[str, Any]) -> Deadline:
    return Deadline(d["id"], d["kind"], d["title"], d["due"], d["done"], d.get("notes", ""))


def _insert_attachment(tx: Transaction, case_id: str, a: dict[str, Any], blob_id: str) -> None:
    caserows.insert_attachment(tx, case_id, Attachment(
        a["id"], a["file_name"], a["media_type"], a["size"], a["sha256"], a["imported_at"], a["sensitivity"],
        a.get("description", ""), a.get("interview_id"), blob_id))


def _mark(m: dict[str, Any]) -> RedactionMark:
    return RedactionMark(m["id"], m["path"], m["start"], m["end"], m["text"], m["label"], m["created_at"])
