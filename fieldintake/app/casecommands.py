"""The writes of the case tables, as commands inside one unit of work (``uow.cases``).

Each command checks its input, reads what it replaces inside the unit's
transaction (so a revision's old value is never stale), writes through
``caserows``, records revisions, names its audit entry and tells the unit what
it touched. Refreshing what is derived, auditing and committing are the unit's.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from fieldintake.app import answerpaths, settingkeys
from fieldintake.app import caserows, formdata, revisions
from fieldintake.app.clock import utc_now
from fieldintake.app.model import (
    INTERVIEW_STATUSES,
    PERSON_ROLES,
    SENSITIVITIES,
    STATUSES,
    URGENCIES,
    Attachment,
    Case,
    Deadline,
    Interview,
    Person,
    RedactionMark,
)
from fieldintake.app.unitofwork import Unit
from fieldintake.app.vault import Transaction, Vault
from fieldintake.errors import InvalidInput, NotFound

REFERENCE_PREFIX_SETTING = settingkeys.REFERENCE_PREFIX

#: Answers as a template describes them (JSON values: text, numbers, lists of rows...).
Answers = dict[str, Any]


@dataclass(frozen=True)
class SaveResult:
    changed: list[str]
    warnings: list[str]


def new_id() -> str:
    return str(uuid.uuid4())


def clean_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        t = " ".join(str(tag).split())
        if t and t.casefold() not in seen:
            seen[t.casefold()] = t
    return list(seen.values())


def check(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise InvalidInput(f"{what} must be one of {', '.join(allowed)} (not {value!r}).")
    return value


def next_reference(vault: Vault, tx: Transaction) -> str:
    """The next case reference, under the prefix this vault's settings give (FI by default)."""
    prefix = vault.get_setting(REFERENCE_PREFIX_SETTING) or "FI"
    return caserows.next_reference(tx, prefix, datetime.now(timezone.utc).year)


def deadline_data(d: Deadline) -> dict[str, Any]:
    return {"kind": d.kind, "title": d.title, "due": d.due, "done": d.done, "notes": d.notes}


class CaseCommands:
    """Case writes bound to one open unit of work."""

    def __init__(self, unit: Unit) -> None:
        self._unit = unit

    @property
    def _tx(self) -> Transaction:
        return self._unit.tx

    def _case_of(self, table: str, object_id: str, what: str) -> str:
        case_id = caserows.case_of(self._tx, table, object_id)
        if case_id is None:
            raise NotFound(f"No {what} '{object_id}'.")
        return case_id

    # --- the case itself ------------------------------------------------------------------

    def next_reference(self) -> str:
        return next_reference(self._unit.vault, self._tx)

    def create(self, title: str, *, urgency: str = "normal", status: str = "open", tags: Iterable[str] = (),
               notes: str = "") -> Case:
        title = title.strip()
        if not title:
            raise InvalidInput("A case needs a title.")
        check(urgency, URGENCIES, "Urgency")
        check(status, STATUSES, "Status")
        now = utc_now()
        case = Case(new_id(), self.next_reference(), title, status, urgency, clean_tags(tags), notes, now,
                    now)
        caserows.insert_case(self._tx, case)
        self._unit.revision(case.id, "case", case.id, "case", None,
                            {"reference": case.reference, "title": title, "status": status, "urgency": urgency,
                             "tags": case.tags, "notes": notes}, coalesce=False)
        self._unit.audit("case.created", "case", case.id, {"reference": case.reference})
        self._unit.touch(case.id, "case", ("title", "status", "urgency", "tags", "notes"))
        return case

    def update(self, case_id: str, *, title: str | None = None, status: str | None = None,
               urgency: str | None = None, tags: Iterable[str] | None = None, notes: str | None = None) -> list[str]:
        new: dict[str, Any] = {}
        if title is not None:
            if not title.strip():
                raise InvalidInput("A case needs a title.")
            new["title"] = title.strip()
        if status is not None:
            new["status"] = check(status, STATUSES, "Status")
        if urgency is not None:
            new["urgency"] = check(urgency, URGENCIES, "Urgency")
        if tags is not None:
            new["tags"] = clean_tags(tags)
        if notes is not None:
            new["notes"] = notes
        case = caserows.load_case(self._tx, case_id)
        if case is None:
            raise NotFound(f"No case '{case_id}'.")
        old = {k: getattr(case, k) for k in new}
        changed = revisions.diff(old, new)
        if not changed:
            return []
        for key in changed:
            self._unit.revision(case_id, "case", case_id, key, old[key], new[key])
        caserows.update_case(self._tx, case_id, {k: new[k] for k in changed})
        self._unit.audit("case.updated", "case", case_id, {"fields": changed}, burst=True)
        self._unit.touch(case_id, "case", changed)
        return changed

    # --- people ------------------------------------------------------------------------------

    def add_person(self, case_id: str, role: str, name: str, **data: Any) -> Person:
        check(role, PERSON_ROLES, "Role")
        person = Person(id=new_id(), role=role, name=name.strip(), **data)
        if not person.name:
            raise InvalidInput("A person needs a name.")
        if not caserows.case_exists(self._tx, case_id):
            raise NotFound(f"No case '{case_id}'.")
        caserows.insert_person(self._tx, case_id, person, caserows.count_people(self._tx, case_id), utc_now())
        self._unit.revision(case_id, "person", person.id, "person", None, person.data() | {"role": role},
                            coalesce=False)
        self._unit.audit("person.added", "person", person.id, {"case": case_id, "role": role})
        self._unit.touch(case_id, "people", (f"people/{person.id}",))
        return person

    def update_person(self, person_id: str, **fields: Any) -> list[str]:
        case_id = self._case_of("people", person_id, "person")
        person = caserows.load_person(self._tx, person_id)
        assert person is not None
        old = person.data() | {"role": person.role}
        unknown = set(fields) - set(old)
        if unknown:
            raise InvalidInput(f"Unknown person fields: {', '.join(sorted(unknown))}.")
        if "role" in fields:
            check(fields["role"], PERSON_ROLES, "Role")
        new = old | fields
        changed = revisions.diff(old, new)
        if not changed:
            return []
        for key in changed:
            self._unit.revision(case_id, "person", person_id, key, old.get(key), new.get(key))
        role = new.pop("role")
        caserows.update_person(self._tx, person_id, role, new, utc_now())
        self._unit.audit("person.updated", "person", person_id, {"case": case_id, "fields": changed}, burst=True)
        self._unit.touch(case_id, "people", (f"people/{person_id}",))
        return changed

    def remove_person(self, person_id: str) -> None:
        case_id = self._case_of("people", person_id, "person")
        person = caserows.load_person(self._tx, person_id)
        assert person is not None
        self._unit.revision(case_id, "person", person_id, "person", person.data() | {"role": person.role}, None,
                            coalesce=False)
        caserows.delete_person(self._tx, person_id)
        self._unit.audit("person.removed", "person", person_id, {"case": case_id})
        self._unit.touch(case_id, "people", (f"people/{person_id}",))

    # --- interviews ------------------------------------------------------------------------

    def add_interview(self, case_id: str, template_id: str, version: int | None = None,
                      answers: Answers | None = None) -> Interview:
        templates = self._unit.templates
        template = templates.get(template_id, version) if version else templates.latest(template_id)
        cleaned, _ = formdata.clean(template, answers or {})
        if not caserows.case_exists(self._tx, case_id):
            raise NotFound(f"No case '{case_id}'.")
        now = utc_now()
        interview = Interview(new_id(), template.id, template.version, "draft", cleaned, now, now)
        caserows.insert_interview(self._tx, case_id, interview, caserows.count_interviews(self._tx, case_id))
        for key in sorted(cleaned):
            self._unit.revision(case_id, "interview", interview.id, answerpaths.revision_path(key), None, cleaned[key],
                                coalesce=False)
        self._unit.audit("interview.added", "interview", interview.id,
                         {"case": case_id, "template": template.id, "version": template.version})
        self._unit.touch(case_id, "interviews", (f"interviews/{interview.id}",))
        return interview

    def patch_answers(self, interview_id: str, patch: Mapping[str, Any]) -> SaveResult:
        """Set some top-level answers (``None`` removes one); the others stay as stored."""
        return self._save_answers(interview_id, lambda stored: {
            k: v for k, v in {**stored, **patch}.items() if v is not None
        })

    def replace_answers(self, interview_id: str, answers: Answers) -> SaveResult:
        """Store exactly ``answers`` (what a whole form holds)."""
        return self._save_answers(interview_id, lambda _stored: dict(answers))

    def _save_answers(self, interview_id: str, merge: Callable[[Answers], Answers]) -> SaveResult:
        """One read of the interview (in the transaction), one validation, revisions, one audit entry."""
        found = caserows.load_interview(self._tx, interview_id)
        if found is None:
            raise NotFound(f"No interview '{interview_id}'.")
        case_id, current = found
        template = self._unit.templates.get(current.template_id, current.template_version)
        cleaned, warnings = formdata.clean(template, merge(dict(current.answers)))
        changed = revisions.diff(current.answers, cleaned)
        if not changed:
            return SaveResult([], warnings)
        for key in changed:
            self._unit.revision(case_id, "interview", interview_id, answerpaths.revision_path(key), current.answers.get(key),
                                cleaned.get(key))
        caserows.update_answers(self._tx, interview_id, cleaned, utc_now())
        self._unit.audit("interview.saved", "interview", interview_id, {"case": case_id, "fields": changed},
                         burst=True)
        self._unit.touch(case_id, "interviews", [answerpaths.unit_path(interview_id, k) for k in changed])
        return SaveResult(changed, warnings)

    def set_interview_status(self, interview_id: str, status: str) -> None:
        """Marking an interview complete checks that every required, visible field is filled."""
        check(status, INTERVIEW_STATUSES, "Interview status")
        found = caserows.load_interview(self._tx, interview_id)
        if found is None:
            raise NotFound(f"No interview '{interview_id}'.")
        case_id, current = found
        if status == current.status:
            return
        if status == "complete":
            template = self._unit.templates.get(current.template_id, current.template_version)
            formdata.require_complete(template, current.answers)
        self._unit.revision(case_id, "interview", interview_id, "status", current.status, status, coalesce=False)
        caserows.update_interview_status(self._tx, interview_id, status, utc_now())
        self._unit.audit("interview.status", "interview", interview_id, {"case": case_id, "status": status})
        self._unit.touch(case_id, "interviews", (f"interviews/{interview_id}/status",))

    # --- deadlines ---------------------------------------------------------------------------

    def add_deadline(self, case_id: str, kind: str, title: str, due: str, notes: str = "") -> Deadline:
        deadline = Deadline(new_id(), kind.strip() or "other", title.strip(), formdata.check_due(due), False, notes)
        if not deadline.title:
            raise InvalidInput("A deadline needs a title.")
        if not caserows.case_exists(self._tx, case_id):
            raise NotFound(f"No case '{case_id}'.")
        caserows.insert_deadline(self._tx, case_id, deadline)
        self._unit.revision(case_id, "deadline", deadline.id, "deadline", None, deadline_data(deadline),
                            coalesce=False)
        self._unit.audit("deadline.added", "deadline", deadline.id, {"case": case_id, "kind": deadline.kind})
        self._unit.touch(case_id, "deadlines", (f"deadlines/{deadline.id}",))
        return deadline

    def update_deadline(self, deadline_id: str, **fields: Any) -> list[str]:
        case_id = self._case_of("deadlines", deadline_id, "deadline")
        current = caserows.load_deadline(self._tx, deadline_id)
        assert current is not None
        if current.source != "manual" and set(fields) - {"done"}:
            raise InvalidInput("This deadline comes from an interview answer: change it there.")
        old = deadline_data(current)
        if "due" in fields:
            fields["due"] = formdata.check_due(fields["due"])
        unknown = set(fields) - set(old)
        if unknown:
            raise InvalidInput(f"Unknown deadline fields: {', '.join(sorted(unknown))}.")
        new = old | fields
        changed = revisions.diff(old, new)
        if not changed:
            return []
        for key in changed:
            self._unit.revision(case_id, "deadline", deadline_id, key, old[key], new[key], coalesce=False)
        caserows.update_deadline(self._tx, deadline_id, {k: new[k] for k in changed})
        self._unit.audit("deadline.updated", "deadline", deadline_id, {"case": case_id, "fields": changed})
        self._unit.touch(case_id, "deadlines", (f"deadlines/{deadline_id}",))
        return changed

    def remove_deadline(self, deadline_id: str) -> None:
        case_id = self._case_of("deadlines", deadline_id, "deadline")
        current = caserows.load_deadline(self._tx, deadline_id)
        assert current is not None
        if current.source != "manual":
            raise InvalidInput("This deadline comes from an interview answer: change it there.")
        self._unit.revision(case_id, "deadline", deadline_id, "deadline", deadline_data(current), None,
                            coalesce=False)
        caserows.delete_deadline(self._tx, deadline_id)
        self._unit.audit("deadline.removed", "deadline", deadline_id, {"case": case_id})
        self._unit.touch(case_id, "deadlines", (f"deadlines/{deadline_id}",))

    # --- redaction marks ---------------------------------------------------------------------

    def add_redaction_mark(self, case_id: str, path: str, start: int, end: int,
                           label: str = "marked") -> RedactionMark:
        """Mark a span of a text (``notes``, ``title`` or ``interviews/<id>/answers/<field>``) for removal."""
        case = caserows.load_full_case(self._tx, case_id)
        if case is None:
            raise NotFound(f"No case '{case_id}'.")
        text = formdata.text_at(case, path)
        if not (0 <= start < end <= len(text)):
            raise InvalidInput(f"The span {start}:{end} is outside the text at {path} (length {len(text)}).")
        mark = RedactionMark(new_id(), path, start, end, text[start:end], label.strip() or "marked", utc_now())
        caserows.insert_mark(self._tx, case_id, mark)
        self._unit.audit("redaction.marked", "case", case_id, {"path": path, "span": [start, end], "label": mark.label})
        self._unit.touch(case_id, "marks", (f"redaction_marks/{mark.id}",))
        return mark

    def relabel_redaction_mark(self, mark_id: str, label: str) -> RedactionMark:
        """Change what kind a mark is (its placeholder in a summary): marked first, kind chosen after."""
        case_id = self._case_of("redaction_marks", mark_id, "redaction mark")
        label = label.strip()
        if not label:
            raise InvalidInput("A mark needs a kind.")
        old = next(m for m in caserows.load_marks(self._tx, case_id) if m.id == mark_id)
        if old.label == label:
            return old
        caserows.update_mark_label(self._tx, mark_id, label)
        self._unit.audit("redaction.relabelled", "case", case_id, {"mark": mark_id, "from": old.label, "to": label})
        self._unit.touch(case_id, "marks", (f"redaction_marks/{mark_id}",))
        return replace(old, label=label)

    def remove_redaction_mark(self, mark_id: str) -> None:
        case_id = self._case_of("redaction_marks", mark_id, "redaction mark")
        caserows.delete_mark(self._tx, mark_id)
        self._unit.audit("redaction.unmarked", "case", case_id, {"mark": mark_id})
        self._unit.touch(case_id, "marks", (f"redaction_marks/{mark_id}",))

    # --- attachments' records (their files: app.attachments) -------------------------------------

    def add_attachment(self, case_id: str, attachment: Attachment) -> Attachment:
        """Record an attachment whose encrypted file is already stored (``AttachmentStore.stage``)."""
        if attachment.sensitivity not in SENSITIVITIES:
            raise InvalidInput(f"Sensitivity must be one of {', '.join(SENSITIVITIES)}.")
        caserows.insert_attachment(self._tx, case_id, attachment)
        caserows.set_updated_at(self._tx, case_id, attachment.imported_at)
        self._unit.audit("attachment.added", "attachment", attachment.id,
                         {"case": case_id, "sha256": attachment.sha256, "size": attachment.size})
        self._unit.touch(case_id, "attachments", (f"attachments/{attachment.id}",))
        return attachment

    def update_attachment(self, attachment_id: str, *, sensitivity: str | None = None,
                          description: str | None = None) -> list[str]:
        if sensitivity is not None and sensitivity not in SENSITIVITIES:
            raise InvalidInput(f"Sensitivity must be one of {', '.join(SENSITIVITIES)}.")
        found = [(a, c) for a, c in caserows.find_attachments(self._tx, attachment_id) if a.id == attachment_id]
        if not found:
            raise NotFound(f"No attachment '{attachment_id}'.")
        attachment, case_id = found[0]
        new = {k: v for k, v in (("sensitivity", sensitivity), ("description", description))
               if v is not None and v != getattr(attachment, k)}
        for key, value in new.items():
            self._unit.revision(case_id, "attachment", attachment_id, key, getattr(attachment, key), value,
                                coalesce=False)
        caserows.update_attachment(self._tx, attachment_id, new)
        self._unit.audit("attachment.updated", "attachment", attachment_id, {"case": case_id})
        self._unit.touch(case_id, "attachments", (f"attachments/{attachment_id}",))
        return sorted(new)


    # --- attachments: removing and replacing (branch attach-people) ------------------------------
    # The rows only: ``AttachmentStore.remove/replace`` stage the new file before and shred the old
    # one after the unit commits, so a failure inside leaves the row and its file as they were.

    def remove_attachment(self, attachment_id: str) -> Attachment:
        """Delete an attachment's record; its old record stays in history. Returns it (with its blob id):
        ``AttachmentStore.remove`` shreds that file after the commit (else ``sweep`` does at unlock)."""
        attachment, case_id = self._attachment(attachment_id)
        self._unit.revision(case_id, "attachment", attachment.id, "attachment", custody_record(attachment), None,
                            coalesce=False)
        caserows.delete_attachment(self._tx, attachment.id)
        caserows.set_updated_at(self._tx, case_id, utc_now())
        self._unit.audit("attachment.removed", "attachment", attachment.id,
                         {"case": case_id, "sha256": attachment.sha256, "size": attachment.size})
        self._unit.touch(case_id, "attachments", (f"attachments/{attachment.id}",))
        return attachment

    def replace_attachment(self, attachment_id: str, new_file: Attachment) -> tuple[Attachment, Attachment]:
        """A new version of an exhibit: ``new_file`` (staged, with its own id, name, hash and import time)
        takes the old one's sensitivity, description and interview; the old record stays in history.
        Returns (old, new)."""
        old, case_id = self._attachment(attachment_id)
        new = replace(new_file, sensitivity=old.sensitivity, description=old.description,
                      interview_id=old.interview_id)
        self._unit.revision(case_id, "attachment", old.id, "attachment", custody_record(old), None, coalesce=False)
        self._unit.revision(case_id, "attachment", new.id, "attachment", None,
                            custody_record(new) | {"replaces": old.id}, coalesce=False)
        caserows.delete_attachment(self._tx, old.id)
        caserows.insert_attachment(self._tx, case_id, new)
        caserows.set_updated_at(self._tx, case_id, new.imported_at)
        self._unit.audit("attachment.replaced", "attachment", new.id,
                         {"case": case_id, "replaces": old.id, "old_sha256": old.sha256, "sha256": new.sha256,
                          "size": new.size})
        self._unit.touch(case_id, "attachments", (f"attachments/{old.id}", f"attachments/{new.id}"))
        return old, new

    def _attachment(self, attachment_id: str) -> tuple[Attachment, str]:
        found = caserows.load_attachment(self._tx, attachment_id)
        if found is None:
            raise NotFound(f"No attachment '{attachment_id}'.")
        return found


def custody_record(a: Attachment) -> dict[str, Any]:
    """What history keeps of an attachment once its file is gone: enough to say what it was."""
    return {"file_name": a.file_name, "media_type": a.media_type, "size": a.size, "sha256": a.sha256,
            "imported_at": a.imported_at, "sensitivity": a.sensitivity, "description": a.description,
            "interview_id": a.interview_id}
