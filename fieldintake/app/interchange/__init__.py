"""The ``fieldintake.case/1`` interchange format: one case as JSON.

Used by ``case export``/``case import`` and inside bundles; described by
``case-1.schema.json`` (a copy is in docs/). Import checks everything (JSON,
schema, every interview's answers against its template) before writing
anything, then writes in one transaction. A case that already exists is not
overwritten silently: the incoming version becomes a new revision with its
origin, and the differing fields are reported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from fieldintake.app import revisions
from fieldintake.app.cases import CaseStore
from fieldintake.app.clock import utc_now
from fieldintake.app.jsonlimits import MAX_DEPTH, too_deep
from fieldintake.app.model import Attachment, Case, Deadline, Interview, Person, RedactionMark
from fieldintake.app.templates import validate_answers
from fieldintake.app.vault import Transaction
from fieldintake.app.textsafety import check_case_text
from fieldintake.errors import InvalidInput, NotFound

FORMAT = "fieldintake.case/1"


@cache
def schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("case-1.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class ImportResult:
    case_id: str
    reference: str
    created: bool
    changed: list[str]  # differing fields when the case already existed


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
        "people": [{"id": p.id, "role": p.role, **p.data()} for p in case.people],
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
    return doc


def _printable(text: str) -> str:
    """A path from someone else's document, safe to print on one line (keys may hold anything)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def validate(doc: Any, templates: Any) -> dict[str, Any]:
    """The document with answers normalised; ``InvalidInput`` names the first problem's path and reason."""
    if isinstance(doc, Mapping) and doc.get("format") not in (None, FORMAT):
        raise InvalidInput(f"Unsupported case format {doc.get('format')!r} (this program reads {FORMAT}).")
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(doc))
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
    return doc | {"interviews": [i | {"answers": a} for i, a in zip(doc["interviews"], cleaned)]}


# --- import ------------------------------------------------------------------


def import_case(
    store: CaseStore, doc: Any, *, origin: str = "import", staged_blobs: Mapping[str, str] | None = None
) -> ImportResult:
    """Import or update one case. ``staged_blobs`` maps attachment ids to blob ids already stored."""
    doc = validate(doc, store.templates)
    staged = dict(staged_blobs or {})
    existing = store.vault.query("SELECT id FROM cases WHERE id = ?", (doc["id"],))
    known_attachments = {r[0] for r in store.vault.query("SELECT id FROM attachments WHERE case_id = ?", (doc["id"],))}
    missing = [a["file_name"] for a in doc["attachments"] if a["id"] not in staged and a["id"] not in known_attachments]
    if missing:
        raise InvalidInput(
            f"The case lists {len(missing)} attachment(s) whose content is not here ({missing[0]}…): "
            "attachments travel in bundles, not in case JSON."
        )
    with store.vault.transaction() as tx:
        if existing:
            result = _update(store, tx, doc, origin, staged)
        else:
            result = _create(store, tx, doc, origin, staged)
        store.refresh(tx, result.case_id)
        # Keep the incoming time stamps: a round trip gives back the same content.
        tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (doc["updated_at"], result.case_id))
    return result


def _create(store: CaseStore, tx: Transaction, doc: dict[str, Any], origin: str, staged: dict[str, str]) -> ImportResult:
    reference = doc["reference"]
    note: dict[str, Any] = {"source": origin, "at": utc_now()}
    if tx.execute("SELECT 1 FROM cases WHERE reference = ?", (reference,)).fetchone():
        note["reference"] = reference
        reference = store._next_reference(tx)
    store._insert_case(tx, doc["id"], reference, doc["title"], doc["status"], doc["urgency"], doc["tags"],
                       doc["notes"], doc["created_at"], doc["updated_at"], note)
    _insert_parts(store, tx, doc)
    for a in doc["attachments"]:
        _insert_attachment(tx, doc["id"], a, staged[a["id"]])
    revisions.record(tx, case_id=doc["id"], object_type="case", object_id=doc["id"], path="case", old=None,
                     new={"imported": origin, "reference": reference}, author=store.author, origin=origin)
    tx.audit("case.imported", "case", doc["id"], {"origin": origin, "reference": reference})
    return ImportResult(doc["id"], reference, True, [])


def _update(store: CaseStore, tx: Transaction, doc: dict[str, Any], origin: str, staged: dict[str, str]) -> ImportResult:
    current = to_doc(store.get(doc["id"]))
    changed: list[str] = []

    def rev(object_type: str, object_id: str, path: str, old: Any, new: Any) -> None:
        changed.append(path)
        revisions.record(tx, case_id=doc["id"], object_type=object_type, object_id=object_id, path=path,
                         old=old, new=new, author=store.author, origin=origin)

    for key in ("title", "status", "urgency", "tags", "notes"):
        if current[key] != doc[key]:
            rev("case", doc["id"], key, current[key], doc[key])
    tx.execute(
        "UPDATE cases SET title = ?, status = ?, urgency = ?, tags = ?, notes = ? WHERE id = ?",
        (doc["title"], doc["status"], doc["urgency"], json.dumps(doc["tags"], ensure_ascii=False), doc["notes"], doc["id"]),
    )
    tx.execute("DELETE FROM case_tags WHERE case_id = ?", (doc["id"],))
    tx.executemany("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", [(doc["id"], t.casefold()) for t in doc["tags"]])

    for kind, object_type in (("people", "person"), ("interviews", "interview"), ("deadlines", "deadline"),
                              ("redaction_marks", "redaction mark")):
        old_items = {x["id"]: x for x in current[kind]}
        new_items = {x["id"]: x for x in doc[kind]}
        for item_id in old_items.keys() | new_items.keys():
            old, new = old_items.get(item_id), new_items.get(item_id)
            if old == new:
                continue
            if kind == "interviews" and old and new:
                for key in revisions.diff(old["answers"], new["answers"]):
                    rev(object_type, item_id, f"interviews[{item_id}].answers.{key}", old["answers"].get(key),
                        new["answers"].get(key))
                if old["status"] != new["status"]:
                    rev(object_type, item_id, f"interviews[{item_id}].status", old["status"], new["status"])
            else:
                rev(object_type, item_id, f"{kind}[{item_id}]", old, new)
    tx.execute("DELETE FROM people WHERE case_id = ?", (doc["id"],))
    tx.execute("DELETE FROM interviews WHERE case_id = ?", (doc["id"],))
    tx.execute("DELETE FROM deadlines WHERE case_id = ? AND source = 'manual'", (doc["id"],))
    tx.execute("DELETE FROM redaction_marks WHERE case_id = ?", (doc["id"],))
    _insert_parts(store, tx, doc)
    # Attachments are evidence: an import adds the new ones and never removes a local one.
    local = {a["id"] for a in current["attachments"]}
    for a in doc["attachments"]:
        if a["id"] not in local:
            _insert_attachment(tx, doc["id"], a, staged[a["id"]])
            rev("attachment", a["id"], f"attachments[{a['id']}]", None, {k: a[k] for k in ("file_name", "sha256")})
    reference = tx.execute("SELECT reference FROM cases WHERE id = ?", (doc["id"],)).fetchone()[0]
    tx.audit("case.import_merged", "case", doc["id"], {"origin": origin, "changed": len(changed)})
    return ImportResult(doc["id"], reference, False, sorted(changed))


def _insert_parts(store: CaseStore, tx: Transaction, doc: dict[str, Any]) -> None:
    """People, interviews, hand-entered deadlines and redaction marks, as the document has them."""
    for position, p in enumerate(doc["people"]):
        store._insert_person(tx, doc["id"], _person(p), position)
    for position, i in enumerate(doc["interviews"]):
        store._insert_interview(tx, doc["id"], _interview(i), position)
    for d in doc["deadlines"]:
        store._insert_deadline(tx, doc["id"], _deadline(d))
    for m in doc["redaction_marks"]:
        _insert_mark(tx, doc["id"], m)


def _person(p: dict[str, Any]) -> Person:
    return Person(id=p["id"], role=p["role"], name=p["name"], name_latin=p.get("name_latin", ""),
                  aliases=list(p.get("aliases", [])), relation=p.get("relation", ""),
                  birth_date=p.get("birth_date"), notes=p.get("notes", ""))


def _interview(i: dict[str, Any]) -> Interview:
    return Interview(i["id"], i["template"]["id"], i["template"]["version"], i["status"], i["answers"],
                     i["created_at"], i["updated_at"])


def _deadline(d: dict[str, Any]) -> Deadline:
    return Deadline(d["id"], d["kind"], d["title"], d["due"], d["done"], d.get("notes", ""))


def _insert_attachment(tx: Transaction, case_id: str, a: dict[str, Any], blob_id: str) -> None:
    att = Attachment(a["id"], a["file_name"], a["media_type"], a["size"], a["sha256"], a["imported_at"],
                     a["sensitivity"], a.get("description", ""), a.get("interview_id"), blob_id)
    tx.execute(
        "INSERT INTO attachments (id, case_id, interview_id, blob_id, file_name, media_type, size, sha256,"
        " imported_at, sensitivity, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (att.id, case_id, att.interview_id, att.blob_id, att.file_name, att.media_type, att.size, att.sha256,
         att.imported_at, att.sensitivity, att.description),
    )


def _insert_mark(tx: Transaction, case_id: str, m: dict[str, Any]) -> None:
    mark = RedactionMark(m["id"], m["path"], m["start"], m["end"], m["text"], m["label"], m["created_at"])
    tx.execute(
        'INSERT INTO redaction_marks (id, case_id, path, start, "end", text, label, created_at)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (mark.id, case_id, mark.path, mark.start, mark.end, mark.text, mark.label, mark.created_at),
    )
