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
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from fieldintake.app import answerpaths
from fieldintake.app import interchange
from fieldintake.app.attachments import AttachmentStore
from fieldintake.app.clock import utc_now
from fieldintake.app.formdata import TEXT_TYPES, walk
from fieldintake.app.model import Attachment, Case, Deadline, Interview, Person
from fieldintake.app.templates import Field, Template, Templates
from fieldintake.app.vault import Vault
from fieldintake.errors import NotFound, SuggestionsUndecided
from fieldintake.exports.redaction import lexicon, models, policy
from fieldintake.exports.redaction.detectors import Detector, Hit, Sources, merge, real_name_words
from fieldintake.exports.redaction.images import IMAGE_TYPES, strip_image_metadata
from fieldintake.exports.redaction.log import RedactionLog
from fieldintake.exports.redaction.pdfclean import MAX_PDF_BYTES, PDF_TYPE, strip_pdf
from fieldintake.exports.redaction.placeholders import PII_CATEGORY, Placeholders, mark_category
from fieldintake.exports.redaction.suggest import Found, Suggestion, SuggestionFinder, gather, lemma

CLIENT = "client"
SUGGESTED = "suggested"  # person keys of names that come from suggestions, and the label of their marks
_DROP = object()


@dataclass(frozen=True)
class Removed:
    """A value taken out, for the leak check only (in memory; never logged or stored)."""

    label: str  # the field or detector, shown if the value is found again ("recorded name", "phone")
    value: str


@dataclass(frozen=True)
class FileOut:
    """An attachment of the case and what the summary does with it (shown in the review step)."""

    attachment_id: str
    file_name: str  # through the detectors
    media_type: str
    sensitivity: str
    status: str  # included | cleaned | needs-confirmation | left-out


@dataclass
class RedactionResult:
    case: Case
    log: RedactionLog
    audience: str
    lang: str = "en"
    suggestions: list[Suggestion] = field(default_factory=list)  # undecided; removed from this copy
    review_skipped: bool = False
    removed: list[Removed] = field(default_factory=list)
    files: list[FileOut] = field(default_factory=list)

    def require_reviewed(self) -> None:
        """Refuse to make a summary while suggestions wait for a decision, unless the user skipped the review."""
        if self.suggestions and not self.review_skipped:
            raise SuggestionsUndecided(
                f"{len(self.suggestions)} suggested redactions wait for review: accept or reject them "
                "(fieldintake redact suggest CASE, or the export dialog's review step); a summary PDF can "
                "also be made anyway with --skip-review, a redacted bundle cannot.")

    def attachment_bytes(self, store: AttachmentStore, attachment_id: str) -> bytes:
        """The bytes to include for an attachment of the redacted case: images and PDFs without metadata."""
        attachment = next((a for a in self.case.attachments if a.id == attachment_id), None)
        if attachment is None:
            raise NotFound(f"Attachment '{attachment_id}' is not part of this redacted summary.")
        if attachment.media_type in IMAGE_TYPES:  # decoded from the decrypting stream: only the pixels in memory
            with store.open_seekable(attachment_id) as stream:
                return strip_image_metadata(stream)
        data = store.read_bytes(attachment_id, MAX_PDF_BYTES)  # pypdf seeks all over a file: capped, in memory
        return strip_pdf(data) if attachment.media_type == PDF_TYPE else data

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


def _gather(case: Case, templates: Templates) -> tuple[Sources, _People]:
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
    for mark in case.redaction_marks:
        if mark.label == f"{SUGGESTED} name" and mark.text.strip():
            people.add(f"{SUGGESTED}:{lemma(mark.text)}", [mark.text])  # an accepted name: every form, like a recorded one
    sources.people = [(key, names) for key, names in people.names.items()]
    sources.marks = [m.text for m in case.redaction_marks if m.text.strip()]
    # A suggestion accepted by the reviewer keeps "[marked]"; a hand mark shows its kind.
    sources.mark_kinds = {m.text: "marked" if m.label.startswith(f"{SUGGESTED} ") else mark_category(m.label)
                          for m in case.redaction_marks if m.text.strip()}
    return sources, people


def _add_suggested(sources: Sources, people: _People, kind: str, key: str, forms: list[str]) -> None:
    """A suggested word removed from this copy (accepted, or undecided in a skipped review), in every form."""
    if kind == "name":
        people.add(f"{SUGGESTED}:{key}", forms)
        sources.people = [(k, names) for k, names in people.names.items()]
    elif kind == "place":
        sources.places.extend(forms)
    else:
        sources.organisations.extend(forms)


def _review_texts(case: Case, templates: Templates, audience: str) -> list[tuple[str | None, str]]:
    """Every free text the summary for ``audience`` will hold, with its mark path where it has one."""
    sensitive = policy.allowed("sensitive", audience)
    out: list[tuple[str | None, str]] = [("title", case.title)]
    if sensitive:
        out.append(("notes", case.notes))
        out.extend((None, t) for t in case.tags)
        out.extend((None, t) for p in case.people for t in (p.relation, p.notes))
        out.extend((None, t) for d in case.deadlines for t in (d.title, d.notes))
    for interview in case.interviews:
        template = templates.get(interview.template_id, interview.template_version)
        for top in template.fields:
            value = interview.answers.get(top.id)
            if value is None or not policy.allowed(top.sensitivity, audience):
                continue
            if top.type != "repeat":
                if top.type in TEXT_TYPES and isinstance(value, str):
                    out.append((answerpaths.unit_path(interview.id, top.id), value))
                continue
            for index, row in enumerate(value):
                for sub in top.fields:
                    text = row.get(sub.id) if isinstance(row, dict) else None
                    if sub.type in TEXT_TYPES and isinstance(text, str) \
                            and policy.allowed(policy.stricter(top.sensitivity, sub.sensitivity), audience):
                        out.append((answerpaths.unit_path(interview.id, answerpaths.field_path(top.id, index, sub.id)), text))
    out.extend((None, t) for a in case.attachments for t in (a.file_name, a.description))
    return [(path, text) for path, text in out if text and text.strip()]


def _covered(found: Found, hits: list[Hit]) -> bool:
    return any(h.start < found.end and found.start < h.end for h in hits)


def find_suggestions(case: Case, templates: Templates, audience: str, decided: set[tuple[str, str]],
                     detector: Detector, certain_hits: dict[str, list[Hit]] | None = None) -> list[Suggestion]:
    """Pass 1: words a model or rule takes for a name, place or organisation that no certain hit covers.

    ``certain_hits`` (text -> hits) is filled on the way, so pass 2 does not run the certain detectors again.
    """
    finder = SuggestionFinder()
    found: list[tuple[str | None, str, Found]] = []
    texts = _review_texts(case, templates, audience)
    models.prefetch([lexicon.same_length_palochka(t) for _, t in texts])
    cache = certain_hits if certain_hits is not None else {}
    suggested: dict[str, list[Found]] = {}  # the same answer in many interviews is read once
    for path, text in texts:
        if text not in cache:
            cache[text] = detector.hits(text)
        if text not in suggested:
            suggested[text] = [f for f in finder.find(text) if not _covered(f, cache[text])]
        found.extend((path, text, f) for f in suggested[text])
    return gather(found, decided)


class _Redactor:
    def __init__(self, templates: Templates, audience: str, lang: str, log: RedactionLog, sources: Sources,
                 people: _People, pass1: _Pass1 | None = None) -> None:
        self.templates = templates
        self.audience = audience
        self.log = log
        self.people = people
        if pass1 is None:
            self.detector, self._certain_hits, self._extra = Detector(sources), {}, None
        else:
            self.detector, self._certain_hits, self._extra = pass1.certain, pass1.hits, pass1.extra
        self._merged: dict[str, list[Hit]] = {}
        self.removed: list[Removed] = []
        self.birth_dates = {d[:10] for d in sources.birth_dates}
        self.placeholders = Placeholders(lang)
        self.placeholders.reserve(CLIENT)

    def allowed(self, sensitivity: str) -> bool:
        return policy.allowed(sensitivity, self.audience)

    def hits(self, value: str) -> list[Hit]:
        """Certain hits (reused from pass 1 where that text was read) and the suggested words, merged."""
        certain = self._certain_hits.get(value)
        if certain is None:
            certain = self._certain_hits[value] = self.detector.hits(value)
        if self._extra is None:
            return certain
        if value not in self._merged:  # the same answer in many interviews: its suggested words found once
            self._merged[value] = merge([*certain, *self._extra.hits(value)])
        return self._merged[value]

    def text(self, value: str) -> str:
        hits = self.hits(value)
        if not hits:
            return value
        pieces, pos = [], 0
        for hit in hits:
            pieces.append(value[pos:hit.start])
            pieces.append(self.placeholders.name(hit.key) if hit.category == "name" else self.placeholders.of(hit.category))
            self.log.count(hit.category)
            suggested = hit.key.startswith(f"{SUGGESTED}:")
            if suggested:
                self.log.suggested_removed += 1
            label = f"{'suggested' if suggested else 'detector'}: {hit.category}"
            self.removed.append(Removed(label, value[hit.start:hit.end]))
            pos = hit.end
        pieces.append(value[pos:])
        return "".join(pieces)

    def sensitive_text(self, value: str) -> str:
        return self.text(value) if value and self.allowed("sensitive") else ""

    # --- answers -------------------------------------------------------------

    def _identifying(self, fld: Field, value: Any) -> Any:
        self.log.identifying_fields += 1
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v.strip():
                words = real_name_words(v) if fld.pii in ("name", "alias") else [v]
                label = f"name field: {fld.id}" if fld.pii in ("name", "alias") else f"field: {fld.id}"
                self.removed.extend(Removed(label, w) for w in words)
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

    def attachment(self, a: Attachment, include_pdfs: set[str], files: list[FileOut]) -> Attachment | None:
        """Images cleaned; a PDF only when the user confirmed that file, then stripped; 0-byte files never."""
        name = self.text(a.file_name)
        image = a.media_type in IMAGE_TYPES
        pdf = a.media_type == PDF_TYPE
        status = "left-out"
        if self.allowed(a.sensitivity) and a.size > 0 and (image or pdf):
            status = "cleaned" if image else ("included" if a.id in include_pdfs else "needs-confirmation")
        files.append(FileOut(a.id, name, a.media_type, a.sensitivity, status))
        if status in ("left-out", "needs-confirmation"):
            self.log.attachments_left_out += 1
            return None
        if image:
            self.log.images_cleaned += 1
        else:
            self.log.pdfs_stripped += 1
        # The recorded size and hash are the original's, which the summary does not hold.
        return replace(a, file_name=name, description=self.text(a.description), blob_id="", size=0, sha256="")


def _decided(case: Case, decisions: Iterable[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    decided = {(kind, key) for kind, key, _d, _t in decisions}
    for mark in case.redaction_marks:
        if mark.label.startswith(f"{SUGGESTED} "):
            kind = mark.label.removeprefix(f"{SUGGESTED} ")
            decided |= {(kind, lemma(mark.text)), (kind, lemma(mark.text, uk=True))}
    return decided


def _with_suggestions(case: Case, templates: Templates, audience: str, decisions: Iterable[tuple[str, str, str, str]],
                      suggest: bool) -> tuple[Sources, _People, list[Suggestion], _Pass1 | None]:
    decisions = list(decisions)
    sources, people = _gather(case, templates)
    for kind, key, decision, text in decisions:
        if decision == "accepted":
            _add_suggested(sources, people, kind, key, [text])
    pending: list[Suggestion] = []
    if suggest:
        certain = Detector(sources)
        cache: dict[str, list[Hit]] = {}
        pending = find_suggestions(case, templates, audience, _decided(case, decisions), certain, cache)
        extra_sources, extra_people = Sources(), _People()
        for s_ in pending:
            _add_suggested(sources, people, s_.kind, s_.key, s_.forms)
            _add_suggested(extra_sources, extra_people, s_.kind, s_.key, s_.forms)
        pass1 = _Pass1(certain, cache, Detector(extra_sources, patterns=False) if pending else None)
        return sources, people, pending, pass1
    return sources, people, pending, None


@dataclass
class _Pass1:
    """Pass 1's work for pass 2: the certain detector, its hits per text, a detector of the suggested words."""

    certain: Detector
    hits: dict[str, list[Hit]]
    extra: Detector | None


def suggestions_for(case: Case, templates: Templates, decisions: Iterable[tuple[str, str, str, str]] = ()) -> list[Suggestion]:
    """The undecided suggestions of a case, over every text any audience could get (no consent needed to review)."""
    try:
        return _with_suggestions(case, templates, "lawyer", decisions, True)[2]
    finally:
        forget()


def forget() -> None:
    """Drop every cache that holds words of a case (morphology, stems, model results): nothing outlives a call."""
    from fieldintake.exports.redaction import detectors, leakcheck, suggest

    for cached in (suggest._parses, detectors._exact_term, detectors._name_forms, leakcheck._key):
        cached.cache_clear()
    models.forget()


def redact_case(case: Case, templates: Templates, *, audience: str, author: str, lang: str = "en",
                override_reason: str | None = None, decisions: Iterable[tuple[str, str, str, str]] = (),
                skip_review: bool = False, include_pdfs: Iterable[str] = (),
                suggest: bool = True) -> RedactionResult:
    try:
        return _redact_case(case, templates, audience=audience, author=author, lang=lang,
                            override_reason=override_reason, decisions=decisions, skip_review=skip_review,
                            include_pdfs=include_pdfs, suggest=suggest)
    finally:
        forget()


def _redact_case(case: Case, templates: Templates, *, audience: str, author: str, lang: str,
                 override_reason: str | None, decisions: Iterable[tuple[str, str, str, str]],
                 skip_review: bool, include_pdfs: Iterable[str], suggest: bool) -> RedactionResult:
    """The case as ``audience`` may see it, or :class:`ConsentMissing` without the client's consent.

    ``decisions`` are the case's stored (kind, key, decision, text) on suggested hits; accepted
    suggestions that became marks are read from the case's marks. Undecided suggestions are
    removed from the copy too (never left in by default) and listed in ``result.suggestions``;
    :meth:`RedactionResult.require_reviewed` refuses a summary while any wait, unless ``skip_review``
    (written in the log). ``include_pdfs``: the PDF attachments the user confirmed for this summary.
    """
    decision = policy.decide(case, templates, audience, override_reason)
    log = RedactionLog(
        case_id=case.id, audience=audience, author=author, created_at=utc_now(), source_sha256=source_sha256(case),
        consent_interview_id=decision.interview_id, consent_date=decision.interview_date,
        interviews_with_consent=decision.interviews_with_consent, override_reason=decision.override_reason,
        consent_problem=decision.problem if decision.overridden else None,
        ngo_names=decision.ngo_names,
    )
    sources, people, pending, pass1 = _with_suggestions(case, templates, audience, decisions, suggest)
    log.suggestions_pending = len(pending)
    log.review_skipped = bool(pending) and skip_review
    r = _Redactor(templates, audience, lang, log, sources, people, pass1)
    files: list[FileOut] = []
    include = set(include_pdfs)
    interviews = []
    for interview in case.interviews:
        template = templates.get(interview.template_id, interview.template_version)
        interviews.append(Interview(interview.id, interview.template_id, interview.template_version,
                                    interview.status, r.answers(template, interview.answers),
                                    interview.created_at, interview.updated_at))
    sensitive_ok = r.allowed("sensitive")
    redacted_people = [r.person(p) for p in case.people]
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
        people=redacted_people,
        interviews=interviews,
        deadlines=[r.deadline(d) for d in case.deadlines] if sensitive_ok else [],
        attachments=[a for a in (r.attachment(x, include, files) for x in case.attachments) if a is not None],
        redaction_marks=[],
        origin=None,
    )
    if ngo := log.ngo_names:
        log.ngo_names = r.text(ngo)
    removed = list(r.removed)
    for key, names in sources.people:
        removed.extend(Removed("suggested name" if key.startswith(f"{SUGGESTED}:") else "recorded name", w)
                       for n in names for w in real_name_words(n))
    for label, values in (("phone", sources.phones), ("e-mail", sources.emails), ("document number", sources.documents),
                          ("date of birth", sources.birth_dates), ("address", sources.addresses),
                          ("messenger", sources.messengers), ("other identifying field", sources.others),
                          ("hand mark", sources.marks), ("birth place", sources.birth_places)):
        removed.extend(Removed(label, v) for v in values if v.strip())
    return RedactionResult(redacted, log, audience, lang, suggestions=pending, review_skipped=log.review_skipped,
                           removed=removed, files=files)
