"""A redacted copy of a case for one audience: identifying data removed, not hidden.

Nothing is drawn over anything: the copy simply does not hold the removed
values, so whatever renders it cannot leak them. The copy keeps the case's
shape (the same dataclasses, answers that still validate against their
template); text keeps its non-identifying words with labelled placeholders
where values were. Pure: nothing is written until :meth:`RedactionResult.record`.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from fieldintake.app import interchange
from fieldintake.app.attachments import AttachmentStore
from fieldintake.app.clock import utc_now
from fieldintake.app.formdata import TEXT_TYPES, walk
from fieldintake.app.model import Attachment, Case, Deadline, Interview, Person
from fieldintake.app.templates import Field, Template
from fieldintake.app.vault import Vault
from fieldintake.errors import NotFound
from fieldintake.exports.redaction import policy
from fieldintake.exports.redaction.detectors import Detector, Sources
from fieldintake.exports.redaction.images import IMAGE_TYPES, strip_image_metadata
from fieldintake.exports.redaction.log import RedactionLog
from fieldintake.exports.redaction.placeholders import PII_CATEGORY, Placeholders

CLIENT = "client"
PASSED_AS_IS = ("application/pdf",)  # included unchanged for now: their metadata is not yet removed
_DROP = object()


@dataclass
class RedactionResult:
    case: Case
    log: RedactionLog
    audience: str
    lang: str = "en"

    def attachment_bytes(self, store: AttachmentStore, attachment_id: str) -> bytes:
        """The bytes to include for an attachment of the redacted case: images cleaned, PDFs as they are."""
        attachment = next((a for a in self.case.attachments if a.id == attachment_id), None)
        if attachment is None:
            raise NotFound(f"Attachment '{attachment_id}' is not part of this redacted summary.")
        data = store.read_bytes(attachment_id)
        return strip_image_metadata(data) if attachment.media_type in IMAGE_TYPES else data

    def record(self, vault: Vault, action: str = "redaction.exported") -> None:
        self.log.record_in_audit(vault, action)


def source_sha256(case: Case) -> str:
    return hashlib.sha256(interchange.dumps(interchange.to_doc(case)).encode()).hexdigest()


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass
class _People:
    """Who is named in the case, each person once, the client first."""

    keys: dict[str, str] = field(default_factory=dict)  # normalised full name -> person key
    names: dict[str, list[str]] = field(default_factory=dict)  # person key -> names

    def add(self, key: str, names: list[str]) -> str:
        names = [n.strip() for n in names if n and n.strip()]
        known = next((self.keys[_norm(n)] for n in names if _norm(n) in self.keys), None)
        key = known or key
        bucket = self.names.setdefault(key, [])
        for n in names:
            self.keys.setdefault(_norm(n), key)
            if n not in bucket:
                bucket.append(n)
        return key

    def key_of(self, name: str) -> str | None:
        return self.keys.get(_norm(name))


def _lines(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [line.strip() for v in values if isinstance(v, str) for line in v.splitlines() if line.strip()]


def _gather(case: Case, templates: Any) -> tuple[Sources, _People]:
    people = _People()
    sources = Sources()
    client = case.client
    people.add(CLIENT, [*(client.all_names if client else []), case.client_name])
    for person in case.people:
        people.add(CLIENT if person.role == "client" else f"person:{person.id}", person.all_names)
        if person.birth_date:
            sources.birth_dates.append(person.birth_date)
    by_kind = {"phone": sources.phones, "email": sources.emails, "document_number": sources.documents,
               "birth_date": sources.birth_dates, "address": sources.addresses, "place": sources.places,
               "birth_place": sources.birth_places, "messenger": sources.messengers, "other": sources.others}
    for interview in case.interviews:
        template: Template = templates.get(interview.template_id, interview.template_version)
        client_fields = set(template.client_name_fields)
        for path, fld, value in walk(template, interview.answers):
            if fld.pii in ("name", "alias"):
                top = path.split("[", 1)[0]
                if path in client_fields:
                    people.add(CLIENT, _lines(value))
                elif "[" in path:  # a row of a repeat group (family[0].name): one person per row
                    people.add(f"{interview.id}:{path.rsplit('.', 1)[0]}", _lines(value))
                else:
                    for line in _lines(value):
                        people.add(f"{interview.id}:{top}:{line}", [line])
            elif fld.pii in by_kind or fld.type == "phone":
                target = by_kind[fld.pii or "phone"]
                target.extend(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v)
    sources.people = [(key, names) for key, names in people.names.items()]
    sources.marks = [m.text for m in case.redaction_marks if m.text.strip()]
    return sources, people


class _Redactor:
    def __init__(self, case: Case, templates: Any, audience: str, lang: str, log: RedactionLog) -> None:
        self.templates = templates
        self.audience = audience
        self.log = log
        sources, self.people = _gather(case, templates)
        self.detector = Detector(sources)
        self.birth_dates = {d[:10] for d in sources.birth_dates}
        self.placeholders = Placeholders(lang)
        self.placeholders.reserve(CLIENT)

    def allowed(self, sensitivity: str) -> bool:
        return policy.allowed(sensitivity, self.audience)

    def text(self, value: str) -> str:
        hits = self.detector.hits(value)
        if not hits:
            return value
        pieces, pos = [], 0
        for hit in hits:
            pieces.append(value[pos:hit.start])
            pieces.append(self.placeholders.name(hit.key) if hit.category == "name" else self.placeholders.of(hit.category))
            self.log.count(hit.category)
            pos = hit.end
        pieces.append(value[pos:])
        return "".join(pieces)

    def sensitive_text(self, value: str) -> str:
        return self.text(value) if value and self.allowed("sensitive") else ""

    # --- answers -------------------------------------------------------------

    def _identifying(self, fld: Field, value: Any) -> Any:
        self.log.identifying_fields += 1
        if fld.type not in TEXT_TYPES or not isinstance(value, str):
            return _DROP  # a date, phone or country cannot hold a placeholder: the value goes
        if fld.pii in ("name", "alias"):
            keys = list(dict.fromkeys(k for line in _lines(value) if (k := self.people.key_of(line))))
            return " ".join(self.placeholders.name(k) for k in keys) or self.placeholders.of("other")
        return self.placeholders.of(PII_CATEGORY.get(fld.pii or "other", "other"))

    def _leaf(self, fld: Field, sensitivity: str, value: Any) -> Any:
        if sensitivity == "identifying":
            return self._identifying(fld, value)
        if not self.allowed(sensitivity):
            self.log.sensitive_fields += 1
            return _DROP
        if fld.type in TEXT_TYPES and isinstance(value, str):
            return self.text(value)
        if fld.type in ("date", "datetime") and isinstance(value, str) and value[:10] in self.birth_dates:
            self.log.count("birth_date")  # an event dated on the birthday would give the date of birth away
            return _DROP
        return copy.deepcopy(value)

    def answers(self, template: Template, answers: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for top in template.fields:
            if top.id not in answers or answers[top.id] is None:
                continue
            value = answers[top.id]
            if top.type != "repeat":
                kept = self._leaf(top, top.sensitivity, value)
                if kept is not _DROP:
                    out[top.id] = kept
                continue
            if not self.allowed(top.sensitivity):  # identifying groups (messengers) go whole
                if top.sensitivity == "identifying":
                    self.log.identifying_fields += 1
                else:
                    self.log.sensitive_fields += 1
                continue
            rows = []
            for row in value:
                new_row = {}
                for sub in top.fields:
                    if sub.id in row and row[sub.id] is not None:
                        kept = self._leaf(sub, policy.stricter(top.sensitivity, sub.sensitivity), row[sub.id])
                        if kept is not _DROP:
                            new_row[sub.id] = kept
                if new_row:
                    rows.append(new_row)
            if rows:
                out[top.id] = rows
        return out

    # --- the rest of the case ---------------------------------------------------

    def person(self, person: Person) -> Person:
        key = CLIENT if person.role == "client" else (self.people.key_of(person.name) or f"person:{person.id}")
        self.log.identifying_fields += 1
        return Person(id=person.id, role=person.role, name=self.placeholders.name(key),
                      relation=self.sensitive_text(person.relation), notes=self.sensitive_text(person.notes))

    def deadline(self, d: Deadline) -> Deadline:
        return replace(d, title=self.text(d.title), notes=self.text(d.notes))

    def attachment(self, a: Attachment) -> Attachment | None:
        if not self.allowed(a.sensitivity) or a.media_type not in (*IMAGE_TYPES, *PASSED_AS_IS):
            self.log.attachments_left_out += 1
            return None
        image = a.media_type in IMAGE_TYPES
        if image:
            self.log.images_cleaned += 1
        else:
            self.log.files_as_is += 1
        # An image's recorded size and hash are the original's, which the summary does not hold.
        return replace(a, file_name=self.text(a.file_name), description=self.text(a.description), blob_id="",
                       size=0 if image else a.size, sha256="" if image else a.sha256)


def redact_case(case: Case, templates: Any, *, audience: str, author: str, lang: str = "en",
                override_reason: str | None = None) -> RedactionResult:
    """The case as ``audience`` may see it, or :class:`ConsentMissing` without the client's consent."""
    decision = policy.decide(case, templates, audience, override_reason)
    log = RedactionLog(
        case_id=case.id, audience=audience, author=author, created_at=utc_now(), source_sha256=source_sha256(case),
        consent_interview_id=decision.interview_id, consent_date=decision.interview_date,
        interviews_with_consent=decision.interviews_with_consent, override_reason=decision.override_reason,
        consent_problem=decision.problem if decision.overridden else None,
        ngo_names=decision.ngo_names,
    )
    r = _Redactor(case, templates, audience, lang, log)
    interviews = []
    for interview in case.interviews:
        template = templates.get(interview.template_id, interview.template_version)
        interviews.append(Interview(interview.id, interview.template_id, interview.template_version,
                                    interview.status, r.answers(template, interview.answers),
                                    interview.created_at, interview.updated_at))
    sensitive_ok = r.allowed("sensitive")
    people = [r.person(p) for p in case.people]
    redacted = Case(
        id=case.id,
        reference=case.reference,
        title=r.text(case.title),
        status=case.status,
        urgency=case.urgency,
        tags=[t for t in (r.text(tag) for tag in case.tags) if t] if sensitive_ok else [],
        notes=r.sensitive_text(case.notes),
        created_at=case.created_at,
        updated_at=case.updated_at,
        client_name=r.placeholders.name(CLIENT) if (case.client_name or case.client) else "",
        people=people,
        interviews=interviews,
        deadlines=[r.deadline(d) for d in case.deadlines] if sensitive_ok else [],
        attachments=[a for a in (r.attachment(x) for x in case.attachments) if a is not None],
        redaction_marks=[],
        origin=None,
    )
    if ngo := log.ngo_names:
        log.ngo_names = r.text(ngo)
    return RedactionResult(redacted, log, audience, lang)
