"""The History tab's words: a recorded change as a person reads it.

Revisions store paths (``answers.interpreter_needed``) and JSON values
(``{"done": false, ...}``); the tab shows the field's label from the
interview's template in the interface's language, and values the way the
form shows them: Yes/No, local dates, option labels, lists joined, an entry
of a repeat group as "label: value" pairs. Never raw JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldintake.app.model import Case, Revision
from fieldintake.app.templates import Field, Template, Templates
from fieldintake.ui import format as fmt

CONTEXT = "history"
VALUE_CHARS = 120

OBJECTS = {
    "case": QT_TRANSLATE_NOOP("history", "case"),
    "person": QT_TRANSLATE_NOOP("history", "person"),
    "interview": QT_TRANSLATE_NOOP("history", "interview"),
    "deadline": QT_TRANSLATE_NOOP("history", "deadline"),
    "attachment": QT_TRANSLATE_NOOP("history", "attachment"),
    "conflict": QT_TRANSLATE_NOOP("history", "conflict"),
    "redaction": QT_TRANSLATE_NOOP("history", "redaction mark"),
    "bundle": QT_TRANSLATE_NOOP("history", "bundle"),
}
# The fields of the app's own records (not the template's), by name.
FIELDS = {
    "title": QT_TRANSLATE_NOOP("history", "Title"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "urgency": QT_TRANSLATE_NOOP("history", "Urgency"),
    "tags": QT_TRANSLATE_NOOP("history", "Tags"),
    "notes": QT_TRANSLATE_NOOP("history", "Notes"),
    "reference": QT_TRANSLATE_NOOP("history", "Reference"),
    "name": QT_TRANSLATE_NOOP("history", "Name"),
    "name_latin": QT_TRANSLATE_NOOP("history", "Name in Latin letters"),
    "aliases": QT_TRANSLATE_NOOP("history", "Other names"),
    "relation": QT_TRANSLATE_NOOP("history", "Relation"),
    "birth_date": QT_TRANSLATE_NOOP("history", "Date of birth"),
    "role": QT_TRANSLATE_NOOP("history", "Role"),
    "kind": QT_TRANSLATE_NOOP("history", "Kind"),
    "due": QT_TRANSLATE_NOOP("history", "Due"),
    "done": QT_TRANSLATE_NOOP("history", "Done"),
    "file_name": QT_TRANSLATE_NOOP("history", "File name"),
    "media_type": QT_TRANSLATE_NOOP("history", "File type"),
    "size": QT_TRANSLATE_NOOP("history", "Size"),
    "sha256": "SHA-256",
    "imported_at": QT_TRANSLATE_NOOP("history", "Added"),
    "sensitivity": QT_TRANSLATE_NOOP("history", "Sensitivity"),
    "description": QT_TRANSLATE_NOOP("history", "Description"),
    "interview_id": QT_TRANSLATE_NOOP("history", "Interview"),
}
# A path naming a whole record: it was added (old empty) or removed (new empty).
WHOLE = {
    "case": QT_TRANSLATE_NOOP("history", "the case"),
    "person": QT_TRANSLATE_NOOP("history", "the person"),
    "deadline": QT_TRANSLATE_NOOP("history", "the deadline"),
    "attachment": QT_TRANSLATE_NOOP("history", "the attachment"),
}
ACTIONS = {
    "case.created": QT_TRANSLATE_NOOP("history", "case created"),
    "case.updated": QT_TRANSLATE_NOOP("history", "case changed"),
    "case.exported": QT_TRANSLATE_NOOP("history", "case file exported"),
    "case.update_accepted": QT_TRANSLATE_NOOP("history", "update accepted"),
    "case.conflict_resolved": QT_TRANSLATE_NOOP("history", "conflict resolved"),
    "person.added": QT_TRANSLATE_NOOP("history", "person added"),
    "person.updated": QT_TRANSLATE_NOOP("history", "person changed"),
    "person.removed": QT_TRANSLATE_NOOP("history", "person removed"),
    "interview.added": QT_TRANSLATE_NOOP("history", "interview added"),
    "interview.saved": QT_TRANSLATE_NOOP("history", "interview saved"),
    "interview.status": QT_TRANSLATE_NOOP("history", "interview status changed"),
    "deadline.added": QT_TRANSLATE_NOOP("history", "deadline added"),
    "deadline.updated": QT_TRANSLATE_NOOP("history", "deadline changed"),
    "deadline.removed": QT_TRANSLATE_NOOP("history", "deadline removed"),
    "attachment.added": QT_TRANSLATE_NOOP("history", "attachment added"),
    "attachment.updated": QT_TRANSLATE_NOOP("history", "attachment changed"),
    "attachment.removed": QT_TRANSLATE_NOOP("history", "attachment removed"),
    "attachment.replaced": QT_TRANSLATE_NOOP("history", "attachment replaced"),
    "attachment.saved_copy": QT_TRANSLATE_NOOP("history", "attachment copy saved"),
    "redaction.marked": QT_TRANSLATE_NOOP("history", "text marked for redaction"),
    "redaction.unmarked": QT_TRANSLATE_NOOP("history", "redaction mark removed"),
    "redaction.consent_override": QT_TRANSLATE_NOOP("history", "consent overridden"),
    "redaction.suggestion_forgotten": QT_TRANSLATE_NOOP("history", "redaction suggestion dismissed"),
    "bundle.exported": QT_TRANSLATE_NOOP("history", "bundle exported"),
    "bundle.imported": QT_TRANSLATE_NOOP("history", "bundle imported"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("history", "Yes") if value else QCoreApplication.translate("history", "No")


def object_word(object_type: str) -> str:
    source = OBJECTS.get(object_type)
    return _tr(source) if source else object_type


def action_word(action: str) -> str:
    source = ACTIONS.get(action)
    return _tr(source) if source else action


def origin_word(origin: str) -> str:
    kind, _, rest = origin.partition(":")
    if kind == "file":
        return QCoreApplication.translate("history", "imported from {name}").format(name=rest)
    if kind == "bundle":
        return QCoreApplication.translate("history", "from a bundle")
    return origin


def shorten(text: str, limit: int | None = VALUE_CHARS) -> str:
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def field_value(fld: Field, value: Any, lang: str) -> str:
    """An answer to ``fld`` as the form shows it."""
    if value is None or value == "" or value == []:
        return ""
    if fld.type == "repeat" and isinstance(value, list):
        return " | ".join(_entry(fld, row, lang) for row in value)
    if isinstance(value, list):
        return ", ".join(field_value(fld, v, lang) for v in value)
    if isinstance(value, bool):
        return yes_no(value)
    coded = fld.coded_text(value, lang)
    if coded is not None:
        return coded
    if fld.type in ("date", "datetime"):
        return fmt.local_time(str(value))
    return plain_value(value)


def _entry(group: Field, row: Any, lang: str) -> str:
    if not isinstance(row, Mapping):
        return plain_value(row)
    parts = []
    for sub in group.fields:
        text = field_value(sub, row.get(sub.id), lang)
        if text:
            parts.append(f"{sub.label.get(lang)}: {text}")
    return "; ".join(parts)


def record_value(key: str, value: Any) -> str:
    """A value of the app's own records (case, person, deadline, attachment) in words."""
    if value is None or value == "" or value == []:
        return ""
    if key == "done" and isinstance(value, bool):
        return QCoreApplication.translate("history", "done") if value else QCoreApplication.translate("history", "not done")
    words: dict[str, Callable[[str], str]] = {
        "status": fmt.status_word, "urgency": fmt.urgency_word, "role": fmt.role_word,
        "kind": fmt.kind_word, "sensitivity": fmt.sensitivity_word,
    }
    if key in words and isinstance(value, str):
        return words[key](value)
    if key in ("due", "birth_date", "imported_at") and isinstance(value, str):
        return fmt.local_time(value)
    if key == "size" and isinstance(value, int):
        return fmt.size_text(value)
    return plain_value(value)


def plain_value(value: Any) -> str:
    """Anything else: text as it is, Yes/No, lists joined, a mapping as "name: value" pairs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, Mapping):
        parts = []
        for key, item in value.items():
            text = record_value(str(key), item)
            if text:
                label = FIELDS.get(str(key))
                parts.append(f"{_tr(label) if label else key}: {text}")
        return "; ".join(parts)
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (plain_value(v) for v in value) if t)
    return str(value)


class HistoryWords:
    """Labels and values of one case's revisions, with the case's templates, in one language."""

    def __init__(self, case: Case | None, templates: Templates, lang: str) -> None:
        self.lang = lang
        self._templates: dict[str, Template] = {}
        for interview in case.interviews if case is not None else ():
            try:
                self._templates[interview.id] = templates.get(interview.template_id, interview.template_version)
            except Exception:  # a template no longer installed: its fields keep their ids
                continue

    def _answer_field(self, revision: Revision) -> Field | None:
        template = self._templates.get(revision.object_id)
        if template is None or not revision.path.startswith("answers."):
            return None
        try:
            return template.field(revision.path.removeprefix("answers."))
        except KeyError:
            return None

    def field(self, revision: Revision) -> str:
        found = self._answer_field(revision)
        if found is not None:
            return found.label.get(self.lang)
        path = revision.path
        if path.startswith("answers."):
            return path.removeprefix("answers.")
        if path == revision.object_type and path in WHOLE:
            return _tr(WHOLE[path])
        if path.startswith("resolved:"):
            return QCoreApplication.translate("history", "conflict resolved")
        label = FIELDS.get(path)
        return _tr(label) if label else path

    def value(self, revision: Revision, value: Any, limit: int | None = VALUE_CHARS) -> str:
        found = self._answer_field(revision)
        if found is not None:
            text = field_value(found, value, self.lang)
        elif revision.path == "status" and revision.object_type == "interview" and isinstance(value, str):
            text = fmt.status_word(value)
        else:
            text = record_value(revision.path, value)
        return shorten(text, limit)
