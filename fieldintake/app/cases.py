"""Cases, people, interviews, deadlines and redaction marks in the vault.

Every write is one transaction that also records what it replaced
(``revisions``), appends to the audit chain, and refreshes what is derived
from the case: the client's name and next deadline for the case list, the
deadlines taken from dated answers, and the search terms.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from fieldintake.app import formdata, removals, revisions, search
from fieldintake.app.clock import utc_now
from fieldintake.app.model import (
    INTERVIEW_STATUSES,
    PERSON_ROLES,
    STATUSES,
    URGENCIES,
    Attachment,
    Case,
    CaseSummary,
    Deadline,
    DeadlineItem,
    Interview,
    Person,
    RedactionMark,
    Revision,
)
from fieldintake.app.vault import Transaction, Vault
from fieldintake.errors import InvalidInput, NotFound, ReadOnlyCase

REFERENCE_PREFIX_SETTING = "case_reference_prefix"
_UUID_HEX = re.compile(r"^[0-9a-f-]{4,36}$")


@dataclass(frozen=True)
class SaveResult:
    changed: list[str]
    warnings: list[str]


def _new_id() -> str:
    return str(uuid.uuid4())


def _clean_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        t = " ".join(str(tag).split())
        if t and t.casefold() not in seen:
            seen[t.casefold()] = t
    return list(seen.values())


def _check(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise InvalidInput(f"{what} must be one of {', '.join(allowed)} (not {value!r}).")
    return value


class CaseStore:
    def __init__(self, vault: Vault, templates: Any, author: str) -> None:
        self.vault = vault
        self.templates = templates
        self.author = author

    # --- finding cases ---------------------------------------------------

    def resolve(self, ref: str) -> str:
        """A case id from its UUID, a unique prefix of it, or its reference (FI-2026-0007)."""
        ref = ref.strip()
        rows = self.vault.query("SELECT id FROM cases WHERE id = ? OR reference = ? COLLATE NOCASE", (ref, ref))
        if len(rows) == 1:
            return str(rows[0][0])
        if _UUID_HEX.match(ref.lower()):
            rows = self.vault.query("SELECT id FROM cases WHERE id LIKE ? LIMIT 2", (ref.lower() + "%",))
            if len(rows) == 1:
                return str(rows[0][0])
            if len(rows) > 1:
                raise InvalidInput(f"'{ref}' matches several cases: give more of the id.")
        raise NotFound(f"No case '{ref}'.")

    def _case_of(self, table: str, object_id: str, what: str) -> str:
        rows = self.vault.query(f"SELECT case_id FROM {table} WHERE id = ?", (object_id,))
        if not rows:
            raise NotFound(f"No {what} '{object_id}'.")
        return str(rows[0][0])

    # --- creating and reading ------------------------------------------

    def _next_reference(self, tx: Transaction) -> str:
        prefix = self.vault.get_setting(REFERENCE_PREFIX_SETTING) or "FI"
        year = datetime.now(timezone.utc).year
        stem = f"{prefix}-{year}-"
        rows = tx.execute("SELECT reference FROM cases WHERE reference LIKE ?", (stem + "%",)).fetchall()
        numbers = [int(r[0][len(stem):]) for r in rows if r[0][len(stem):].isdigit()]
        return f"{stem}{max(numbers, default=0) + 1:04d}"

    def create(
        self, title: str, *, urgency: str = "normal", status: str = "open", tags: Iterable[str] = (), notes: str = ""
    ) -> Case:
        title = title.strip()
        if not title:
            raise InvalidInput("A case needs a title.")
        _check(urgency, URGENCIES, "Urgency")
        _check(status, STATUSES, "Status")
        case_id, now = _new_id(), utc_now()
        with self.vault.transaction() as tx:
            reference = self._next_reference(tx)
            tags = _clean_tags(tags)
            self._insert_case(tx, case_id, reference, title, status, urgency, tags, notes, now, now, None)
            revisions.record(tx, case_id=case_id, object_type="case", object_id=case_id, path="case", old=None,
                             new={"reference": reference, "title": title, "status": status, "urgency": urgency,
                                  "tags": tags, "notes": notes}, author=self.author)
            tx.audit("case.created", "case", case_id, {"reference": reference})
            self.refresh(tx, case_id)
        return self.get(case_id)

    def _insert_case(
        self, tx: Transaction, case_id: str, reference: str, title: str, status: str, urgency: str,
        tags: list[str], notes: str, created: str, updated: str, origin: dict[str, Any] | None,
    ) -> None:
        tx.execute(
            "INSERT INTO cases (id, reference, title, status, urgency, tags, notes, origin, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, reference, title, status, urgency, json.dumps(tags, ensure_ascii=False), notes,
             json.dumps(origin, ensure_ascii=False) if origin else None, created, updated),
        )
        tx.executemany("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", [(case_id, t.casefold()) for t in tags])

    def get(self, ref: str) -> Case:
        case_id = self.resolve(ref)
        with self.vault.read() as conn:
            row = conn.execute(
                "SELECT id, reference, title, status, urgency, tags, notes, created_at, updated_at, client_name, origin"
                " FROM cases WHERE id = ?",
                (case_id,),
            ).fetchone()
            case = Case(
                id=row[0], reference=row[1], title=row[2], status=row[3], urgency=row[4], tags=json.loads(row[5]),
                notes=row[6], created_at=row[7], updated_at=row[8], client_name=row[9],
                origin=json.loads(row[10]) if row[10] else None,
            )
            for pid, role, data, created in conn.execute(
                "SELECT id, role, data, created_at FROM people WHERE case_id = ? ORDER BY position", (case_id,)
            ):
                case.people.append(Person(id=pid, role=role, **json.loads(data), created_at=created))
            for r in conn.execute(
                "SELECT id, template_id, template_version, status, answers, created_at, updated_at FROM interviews"
                " WHERE case_id = ? ORDER BY position",
                (case_id,),
            ):
                case.interviews.append(Interview(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]))
            for r in conn.execute(
                "SELECT id, kind, title, due, done, notes, source, source_ref FROM deadlines WHERE case_id = ?"
                " ORDER BY due, id",
                (case_id,),
            ):
                case.deadlines.append(Deadline(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7]))
            for r in conn.execute(
                "SELECT id, file_name, media_type, size, sha256, imported_at, sensitivity, description, interview_id,"
                " blob_id FROM attachments WHERE case_id = ? ORDER BY imported_at, id",
                (case_id,),
            ):
                case.attachments.append(Attachment(*r))
            for r in conn.execute(
                'SELECT id, path, start, "end", text, label, created_at FROM redaction_marks WHERE case_id = ?'
                " ORDER BY created_at, id",
                (case_id,),
            ):
                case.redaction_marks.append(RedactionMark(*r))
        return case

    def list(
        self,
        *,
        status: str | None = None,
        urgency: str | None = None,
        tag: str | None = None,
        due_within_days: int | None = None,
        ids: Sequence[str] | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[CaseSummary]:
        """Most urgent first, then soonest deadline, then most recently changed."""
        where, args = self.filter_clause(status, urgency, tag, due_within_days, ids)
        sql = (
            "SELECT id, reference, title, client_name, status, urgency, tags, next_due, updated_at FROM cases"
            f"{where} ORDER BY CASE urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END,"
            " next_due IS NULL, next_due, updated_at DESC"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [
            CaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), r[7], r[8])
            for r in self.vault.query(sql, args)
        ]

    def count(self, **filters: Any) -> int:
        where, args = self.filter_clause(**filters)
        return int(self.vault.query(f"SELECT count(*) FROM cases{where}", args)[0][0])

    @staticmethod
    def filter_clause(
        status: str | None = None,
        urgency: str | None = None,
        tag: str | None = None,
        due_within_days: int | None = None,
        ids: Sequence[str] | None = None,
    ) -> tuple[str, list[Any]]:
        clauses, args = [], []
        if status:
            clauses.append("status = ?")
            args.append(_check(status, STATUSES, "Status"))
        if urgency:
            clauses.append("urgency = ?")
            args.append(_check(urgency, URGENCIES, "Urgency"))
        if tag:
            clauses.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
            args.append(" ".join(tag.split()).casefold())
        if due_within_days is not None:
            clauses.append("next_due IS NOT NULL AND next_due <= ?")
            args.append(_horizon(due_within_days))
        if ids is not None:
            clauses.append(f"id IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args

    # --- changing the case itself --------------------------------------

    def update(
        self,
        ref: str,
        *,
        title: str | None = None,
        status: str | None = None,
        urgency: str | None = None,
        tags: Iterable[str] | None = None,
        notes: str | None = None,
        coalesce: bool = False,
    ) -> list[str]:
        case = self.get(ref)
        new: dict[str, Any] = {}
        if title is not None:
            if not title.strip():
                raise InvalidInput("A case needs a title.")
            new["title"] = title.strip()
        if status is not None:
            new["status"] = _check(status, STATUSES, "Status")
        if urgency is not None:
            new["urgency"] = _check(urgency, URGENCIES, "Urgency")
        if tags is not None:
            new["tags"] = _clean_tags(tags)
        if notes is not None:
            new["notes"] = notes
        old = {k: getattr(case, k) for k in new}
        changed = revisions.diff(old, new)
        if not changed:
            return []
        with self.vault.transaction() as tx:
            for key in changed:
                revisions.record(tx, case_id=case.id, object_type="case", object_id=case.id, path=key,
                                 old=old[key], new=new[key], author=self.author, coalesce=coalesce)
                value = json.dumps(new[key], ensure_ascii=False) if key == "tags" else new[key]
                tx.execute(f"UPDATE cases SET {key} = ? WHERE id = ?", (value, case.id))
            if "tags" in changed:
                tx.execute("DELETE FROM case_tags WHERE case_id = ?", (case.id,))
                tx.executemany("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)",
                               [(case.id, t.casefold()) for t in new["tags"]])
            tx.audit("case.updated", "case", case.id, {"fields": changed})
            self.refresh(tx, case.id)
        return changed

    # --- people -----------------------------------------------------------

    def add_person(self, ref: str, role: str, name: str, **data: Any) -> Person:
        case_id = self.resolve(ref)
        _check(role, PERSON_ROLES, "Role")
        person = Person(id=_new_id(), role=role, name=name.strip(), **data)
        if not person.name:
            raise InvalidInput("A person needs a name.")
        with self.vault.transaction() as tx:
            position = tx.execute("SELECT count(*) FROM people WHERE case_id = ?", (case_id,)).fetchone()[0]
            self._insert_person(tx, case_id, person, position)
            revisions.record(tx, case_id=case_id, object_type="person", object_id=person.id, path="person",
                             old=None, new=person.data() | {"role": role}, author=self.author)
            tx.audit("person.added", "person", person.id, {"case": case_id, "role": role})
            self.refresh(tx, case_id)
        return person

    @staticmethod
    def _insert_person(tx: Transaction, case_id: str, person: Person, position: int) -> None:
        now = utc_now()
        tx.execute(
            "INSERT INTO people (id, case_id, position, role, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (person.id, case_id, position, person.role, json.dumps(person.data(), ensure_ascii=False),
             person.created_at or now, now),
        )

    def update_person(self, person_id: str, *, coalesce: bool = False, **fields: Any) -> list[str]:
        case_id = self._case_of("people", person_id, "person")
        row = self.vault.query("SELECT role, data FROM people WHERE id = ?", (person_id,))[0]
        old = json.loads(row[1]) | {"role": row[0]}
        unknown = set(fields) - set(old)
        if unknown:
            raise InvalidInput(f"Unknown person fields: {', '.join(sorted(unknown))}.")
        if "role" in fields:
            _check(fields["role"], PERSON_ROLES, "Role")
        new = old | fields
        changed = revisions.diff(old, new)
        if not changed:
            return []
        with self.vault.transaction() as tx:
            for key in changed:
                revisions.record(tx, case_id=case_id, object_type="person", object_id=person_id, path=key,
                                 old=old.get(key), new=new.get(key), author=self.author, coalesce=coalesce)
            role = new.pop("role")
            tx.execute("UPDATE people SET role = ?, data = ?, updated_at = ? WHERE id = ?",
                       (role, json.dumps(new, ensure_ascii=False), utc_now(), person_id))
            tx.audit("person.updated", "person", person_id, {"case": case_id, "fields": changed})
            self.refresh(tx, case_id)
        return changed

    def remove_person(self, person_id: str) -> None:
        case_id = self._case_of("people", person_id, "person")
        row = self.vault.query("SELECT role, data FROM people WHERE id = ?", (person_id,))[0]
        with self.vault.transaction() as tx:
            revisions.record(tx, case_id=case_id, object_type="person", object_id=person_id, path="person",
                             old=json.loads(row[1]) | {"role": row[0]}, new=None, author=self.author)
            tx.execute("DELETE FROM people WHERE id = ?", (person_id,))
            tx.audit("person.removed", "person", person_id, {"case": case_id})
            self.refresh(tx, case_id)

    # --- interviews ---------------------------------------------------------

    def add_interview(
        self, ref: str, template_id: str, version: int | None = None, answers: dict[str, Any] | None = None
    ) -> Interview:
        case_id = self.resolve(ref)
        template = self.templates.get(template_id, version) if version else self.templates.latest(template_id)
        cleaned, _ = formdata.clean(template, answers or {})
        now = utc_now()
        interview = Interview(_new_id(), template.id, template.version, "draft", cleaned, now, now)
        with self.vault.transaction() as tx:
            position = tx.execute("SELECT count(*) FROM interviews WHERE case_id = ?", (case_id,)).fetchone()[0]
            self._insert_interview(tx, case_id, interview, position)
            for key in sorted(cleaned):
                revisions.record(tx, case_id=case_id, object_type="interview", object_id=interview.id,
                                 path=f"answers.{key}", old=None, new=cleaned[key], author=self.author)
            tx.audit("interview.added", "interview", interview.id,
                     {"case": case_id, "template": template.id, "version": template.version})
            self.refresh(tx, case_id)
        return interview

    @staticmethod
    def _insert_interview(tx: Transaction, case_id: str, interview: Interview, position: int) -> None:
        tx.execute(
            "INSERT INTO interviews (id, case_id, position, template_id, template_version, status, answers,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (interview.id, case_id, position, interview.template_id, interview.template_version, interview.status,
             json.dumps(interview.answers, ensure_ascii=False, sort_keys=True), interview.created_at,
             interview.updated_at),
        )

    def interview(self, interview_id: str) -> Interview:
        rows = self.vault.query(
            "SELECT id, template_id, template_version, status, answers, created_at, updated_at FROM interviews"
            " WHERE id = ?",
            (interview_id,),
        )
        if not rows:
            raise NotFound(f"No interview '{interview_id}'.")
        r = rows[0]
        return Interview(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6])

    def save_answers(self, interview_id: str, answers: dict[str, Any], *, coalesce: bool = True) -> SaveResult:
        """Save what is on the form (autosave calls this every few seconds)."""
        case_id = self._case_of("interviews", interview_id, "interview")
        current = self.interview(interview_id)
        template = self.templates.get(current.template_id, current.template_version)
        cleaned, warnings = formdata.clean(template, answers)
        changed = revisions.diff(current.answers, cleaned)
        if not changed:
            return SaveResult([], warnings)
        with self.vault.transaction() as tx:
            for key in changed:
                revisions.record(tx, case_id=case_id, object_type="interview", object_id=interview_id,
                                 path=f"answers.{key}", old=current.answers.get(key), new=cleaned.get(key),
                                 author=self.author, coalesce=coalesce)
            tx.execute("UPDATE interviews SET answers = ?, updated_at = ? WHERE id = ?",
                       (json.dumps(cleaned, ensure_ascii=False, sort_keys=True), utc_now(), interview_id))
            tx.audit("interview.saved", "interview", interview_id, {"case": case_id, "fields": changed})
            self.refresh(tx, case_id)
        return SaveResult(changed, warnings)

    def set_interview_status(self, interview_id: str, status: str) -> None:
        """Marking an interview complete checks that every required, visible field is filled."""
        _check(status, INTERVIEW_STATUSES, "Interview status")
        case_id = self._case_of("interviews", interview_id, "interview")
        current = self.interview(interview_id)
        if status == current.status:
            return
        if status == "complete":
            template = self.templates.get(current.template_id, current.template_version)
            formdata.require_complete(template, current.answers)
        with self.vault.transaction() as tx:
            revisions.record(tx, case_id=case_id, object_type="interview", object_id=interview_id, path="status",
                             old=current.status, new=status, author=self.author)
            tx.execute("UPDATE interviews SET status = ?, updated_at = ? WHERE id = ?", (status, utc_now(), interview_id))
            tx.audit("interview.status", "interview", interview_id, {"case": case_id, "status": status})
            self.refresh(tx, case_id)

    # --- deadlines ----------------------------------------------------------

    def add_deadline(self, ref: str, kind: str, title: str, due: str, notes: str = "") -> Deadline:
        case_id = self.resolve(ref)
        deadline = Deadline(_new_id(), kind.strip() or "other", title.strip(), formdata.check_due(due), False, notes)
        if not deadline.title:
            raise InvalidInput("A deadline needs a title.")
        with self.vault.transaction() as tx:
            self._insert_deadline(tx, case_id, deadline)
            revisions.record(tx, case_id=case_id, object_type="deadline", object_id=deadline.id, path="deadline",
                             old=None, new=_deadline_data(deadline), author=self.author)
            tx.audit("deadline.added", "deadline", deadline.id, {"case": case_id, "kind": deadline.kind})
            self.refresh(tx, case_id)
        return deadline

    @staticmethod
    def _insert_deadline(tx: Transaction, case_id: str, d: Deadline) -> None:
        tx.execute(
            "INSERT INTO deadlines (id, case_id, kind, title, due, done, notes, source, source_ref)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.id, case_id, d.kind, d.title, d.due, int(d.done), d.notes, d.source, d.source_ref),
        )

    def update_deadline(self, deadline_id: str, **fields: Any) -> list[str]:
        case_id = self._case_of("deadlines", deadline_id, "deadline")
        r = self.vault.query(
            "SELECT id, kind, title, due, done, notes, source, source_ref FROM deadlines WHERE id = ?", (deadline_id,)
        )[0]
        current = Deadline(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7])
        if current.source != "manual" and set(fields) - {"done"}:
            raise InvalidInput("This deadline comes from an interview answer: change it there.")
        old = _deadline_data(current)
        if "due" in fields:
            fields["due"] = formdata.check_due(fields["due"])
        unknown = set(fields) - set(old)
        if unknown:
            raise InvalidInput(f"Unknown deadline fields: {', '.join(sorted(unknown))}.")
        new = old | fields
        changed = revisions.diff(old, new)
        if not changed:
            return []
        with self.vault.transaction() as tx:
            for key in changed:
                revisions.record(tx, case_id=case_id, object_type="deadline", object_id=deadline_id, path=key,
                                 old=old[key], new=new[key], author=self.author)
            tx.execute("UPDATE deadlines SET kind = ?, title = ?, due = ?, done = ?, notes = ? WHERE id = ?",
                       (new["kind"], new["title"], new["due"], int(new["done"]), new["notes"], deadline_id))
            tx.audit("deadline.updated", "deadline", deadline_id, {"case": case_id, "fields": changed})
            self.refresh(tx, case_id)
        return changed

    def remove_deadline(self, deadline_id: str) -> None:
        case_id = self._case_of("deadlines", deadline_id, "deadline")
        r = self.vault.query("SELECT kind, title, due, done, notes, source FROM deadlines WHERE id = ?", (deadline_id,))[0]
        if r[5] != "manual":
            raise InvalidInput("This deadline comes from an interview answer: change it there.")
        with self.vault.transaction() as tx:
            revisions.record(tx, case_id=case_id, object_type="deadline", object_id=deadline_id, path="deadline",
                             old={"kind": r[0], "title": r[1], "due": r[2], "done": bool(r[3]), "notes": r[4]},
                             new=None, author=self.author)
            tx.execute("DELETE FROM deadlines WHERE id = ?", (deadline_id,))
            tx.audit("deadline.removed", "deadline", deadline_id, {"case": case_id})
            self.refresh(tx, case_id)

    def upcoming_deadlines(self, days: int | None = None, *, include_done: bool = False) -> list[DeadlineItem]:
        """Every open deadline and hearing across cases, soonest first (overdue ones included)."""
        sql = (
            "SELECT d.id, d.kind, d.title, d.due, d.done, d.notes, d.source, d.source_ref,"
            " c.id, c.reference, c.title, c.urgency FROM deadlines d JOIN cases c ON c.id = d.case_id"
            " WHERE c.status = 'open'"
        )
        args: list[Any] = []
        if not include_done:
            sql += " AND d.done = 0"
        if days is not None:
            sql += " AND d.due <= ?"
            args.append(_horizon(days))
        sql += " ORDER BY d.due, c.reference"
        return [
            DeadlineItem(r[8], r[9], r[10], r[11], Deadline(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7]))
            for r in self.vault.query(sql, args)
        ]

    # --- redaction marks ----------------------------------------------------

    def add_redaction_mark(self, ref: str, path: str, start: int, end: int, label: str = "marked") -> RedactionMark:
        """Mark a span of a text (``notes``, ``title`` or ``interviews/<id>/answers/<field>``) for removal."""
        case = self.get(ref)
        text = formdata.text_at(case, path)
        if not (0 <= start < end <= len(text)):
            raise InvalidInput(f"The span {start}:{end} is outside the text at {path} (length {len(text)}).")
        mark = RedactionMark(_new_id(), path, start, end, text[start:end], label.strip() or "marked", utc_now())
        with self.vault.transaction() as tx:
            self.require_writable(tx, case.id)
            tx.execute(
                'INSERT INTO redaction_marks (id, case_id, path, start, "end", text, label, created_at)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (mark.id, case.id, mark.path, mark.start, mark.end, mark.text, mark.label, mark.created_at),
            )
            tx.audit("redaction.marked", "case", case.id, {"path": path, "span": [start, end], "label": mark.label})
        return mark

    def remove_redaction_mark(self, mark_id: str) -> None:
        case_id = self._case_of("redaction_marks", mark_id, "redaction mark")
        with self.vault.transaction() as tx:
            self.require_writable(tx, case_id)
            tx.execute("DELETE FROM redaction_marks WHERE id = ?", (mark_id,))
            tx.audit("redaction.unmarked", "case", case_id, {"mark": mark_id})

    # --- search and history -------------------------------------------------

    def search(self, query: str, *, limit: int = 50, **filters: Any) -> list[search.SearchHit]:
        """Ranked hits with snippets; ``filters`` as for ``list``."""
        return search.search(self.vault, self, query, limit=limit, **filters)

    def history(self, ref: str) -> list[Revision]:
        case_id = self.resolve(ref)
        with self.vault.read() as conn:
            return revisions.for_case(conn, case_id)

    # --- what is derived from a case ---------------------------------------------

    @staticmethod
    def require_writable(tx: Transaction, case_id: str) -> None:
        """A redacted copy received from someone is read-only: it is their view, not a case to edit."""
        row = tx.execute("SELECT copy_of FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row and row[0]:
            raise ReadOnlyCase("This is a read-only redacted copy received from someone else; edit the case itself.")

    def refresh(self, tx: Transaction, case_id: str, *, importing: bool = False) -> None:
        """Recompute answer deadlines, client name, next deadline and search terms.

        Every change to a case passes here inside its transaction, so this is also where a change to a
        read-only copy is refused (imports, which maintain the copy, pass ``importing``).
        """
        if not importing:
            self.require_writable(tx, case_id)
        interviews = [
            (r[0], r[1], r[2], json.loads(r[3]))
            for r in tx.execute(
                "SELECT id, template_id, template_version, answers FROM interviews WHERE case_id = ? ORDER BY position",
                (case_id,),
            )
        ]
        people = [
            (r[0], json.loads(r[1])) for r in tx.execute(
                "SELECT role, data FROM people WHERE case_id = ? ORDER BY position", (case_id,)
            )
        ]
        forms = [(iid, self.templates.get(tid, ver), answers) for iid, tid, ver, answers in interviews]
        self._refresh_answer_deadlines(tx, case_id, forms)
        client = next((d.get("name") or d.get("name_latin") for role, d in people if role == "client"), "")
        if not client:
            client = next((n for _, t, a in reversed(forms) for n in formdata.client_names(t, a)), "")
        open_deadlines = [Deadline(r[0], r[1], r[2], r[3]) for r in tx.execute(
            "SELECT id, kind, title, due FROM deadlines WHERE case_id = ? AND done = 0", (case_id,))]
        action = removals.next_action(open_deadlines)  # the next thing to do, not an expired registration
        next_due = action.due if action is not None else None
        tx.execute("UPDATE cases SET client_name = ?, next_due = ?, updated_at = ? WHERE id = ?",
                   (client, next_due, utc_now(), case_id))
        search.reindex(tx, case_id, people, forms)

    @staticmethod
    def _refresh_answer_deadlines(tx: Transaction, case_id: str, forms: list[tuple[str, Any, dict[str, Any]]]) -> None:
        done = {
            r[0]: bool(r[1]) for r in tx.execute(
                "SELECT source_ref, done FROM deadlines WHERE case_id = ? AND source = 'answer'", (case_id,)
            )
        }
        tx.execute("DELETE FROM deadlines WHERE case_id = ? AND source = 'answer'", (case_id,))
        for interview_id, template, answers in forms:
            for path, kind, title, due in formdata.answer_deadlines(template, answers):
                ref = f"{interview_id}:{path}"
                deadline = Deadline(f"{interview_id}:{path}", kind, title, due, done.get(ref, False), "", "answer", ref)
                CaseStore._insert_deadline(tx, case_id, deadline)


def _deadline_data(d: Deadline) -> dict[str, Any]:
    return {"kind": d.kind, "title": d.title, "due": d.due, "done": d.done, "notes": d.notes}


def _horizon(days: int) -> str:
    """Dates and date-times sort as text; the end of the day N days from now covers both."""
    limit = datetime.now(timezone.utc) + timedelta(days=days)
    return limit.strftime("%Y-%m-%dT23:59:59Z")
