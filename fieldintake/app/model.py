"""The case domain: plain data, no storage. ``interchange`` maps it to JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("open", "closed", "archived")
URGENCIES = ("critical", "high", "normal", "low")
URGENCY_ORDER = {u: i for i, u in enumerate(URGENCIES)}
SENSITIVITIES = ("identifying", "sensitive", "shareable")
PERSON_ROLES = ("client", "family", "contact", "other")
INTERVIEW_STATUSES = ("draft", "complete")


@dataclass
class Person:
    id: str
    role: str
    name: str
    name_latin: str = ""
    aliases: list[str] = field(default_factory=list)
    relation: str = ""
    birth_date: str | None = None
    notes: str = ""
    created_at: str = ""  # when the person was added: orders people the same in every vault

    def data(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "name_latin": self.name_latin,
            "aliases": list(self.aliases),
            "relation": self.relation,
            "birth_date": self.birth_date,
            "notes": self.notes,
        }

    @property
    def all_names(self) -> list[str]:
        return [n for n in (self.name, self.name_latin, *self.aliases) if n]


@dataclass
class Interview:
    id: str
    template_id: str
    template_version: int
    status: str
    answers: dict[str, Any]
    created_at: str
    updated_at: str


@dataclass
class Deadline:
    id: str
    kind: str
    title: str
    due: str  # "YYYY-MM-DD" or an ISO UTC date-time
    done: bool = False
    notes: str = ""
    source: str = "manual"  # or "answer": taken from a dated answer of an interview
    source_ref: str = ""


@dataclass
class Attachment:
    id: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    imported_at: str
    sensitivity: str
    description: str = ""
    interview_id: str | None = None
    blob_id: str = ""  # local storage only, never exported


@dataclass
class RedactionMark:
    id: str
    path: str  # e.g. "interviews/<id>/answers/narrative", "notes"
    start: int
    end: int
    text: str
    label: str
    created_at: str


@dataclass
class Case:
    id: str
    reference: str
    title: str
    status: str
    urgency: str
    tags: list[str]
    notes: str
    created_at: str
    updated_at: str
    client_name: str = ""
    people: list[Person] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    redaction_marks: list[RedactionMark] = field(default_factory=list)
    origin: dict[str, Any] | None = None

    @property
    def client(self) -> Person | None:
        return next((p for p in self.people if p.role == "client"), None)


@dataclass(frozen=True)
class CaseSummary:
    id: str
    reference: str
    title: str
    client_name: str
    status: str
    urgency: str
    tags: tuple[str, ...]
    next_due: str | None
    updated_at: str


@dataclass(frozen=True)
class Revision:
    seq: int
    object_type: str
    object_id: str
    path: str
    old: Any
    new: Any
    author: str
    ts: str
    origin: str


@dataclass(frozen=True)
class DeadlineItem:
    case_id: str
    reference: str
    case_title: str
    urgency: str
    deadline: Deadline
