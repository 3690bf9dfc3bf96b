"""Titles of the deadlines taken from dated answers, in the language they are shown in.

A hearing's date sits in a repeat group ("Hearings", sub-field "Date and time"):
its title is "Hearing 1: <court> — <subject>", not the sub-field's label. The
stored title is the English one (search, logs); screens and PDFs ask for theirs.
"""

from __future__ import annotations

from typing import Any, Protocol

from fieldintake.app import answerpaths
from fieldintake.app.model import Case, Deadline, DeadlineItem
from fieldintake.app.templates import Template, Templates, Text

KIND_TITLES = {
    "hearing": Text("Hearing", "Судебное заседание", "Сот отырысы", "Судове засідання"),
    "removal": Text("Removal", "Выдворение", "Шығарып жіберу", "Видворення"),
    "appeal": Text("Appeal deadline", "Срок обжалования", "Шағымдану мерзімі", "Строк оскарження"),
    "asylum_decision": Text("Asylum decision due", "Срок решения по убежищу", "Баспана туралы шешім мерзімі", "Строк рішення щодо притулку"),
    "interim_measures": Text("Interim measures", "Временные меры", "Уақытша шаралар", "Тимчасові заходи"),
    "document_expiry": Text("Document expires", "Истекает срок документа", "Құжаттың мерзімі бітеді", "Спливає строк документа"),
}
MAX_CONTEXT = 80


def answer_title(template: Template, path: str, answers: dict[str, Any], lang: str = "en") -> str:
    """The title of the deadline at ``path`` of these answers, in ``lang``."""
    parsed = answerpaths.parse_field_path(path)
    group_id, index, sub_id = parsed.field_id, parsed.index, parsed.sub_id
    try:
        top = template.field(group_id)
    except KeyError:
        return path
    if index is None:
        return top.label.get(lang)
    try:
        sub = top.sub_field(sub_id)
        row = answers[group_id][index]
    except (KeyError, IndexError, TypeError):
        return f"{top.label.get(lang)} {(index or 0) + 1}"
    base = KIND_TITLES.get(sub.deadline or "")
    title = f"{base.get(lang) if base else top.label.get(lang)} {index + 1}"
    context: list[str] = []
    for other in top.fields:
        value = row.get(other.id) if isinstance(row, dict) else None
        if other.id == sub_id or value in (None, "", []):
            continue
        if other.type == "text":
            context.append(" ".join(str(value).split())[:MAX_CONTEXT])
        elif other.type == "single_choice":
            try:
                context.append(other.option(value).label.get(lang))
            except KeyError:
                continue
        if len(context) == 2:
            break
    return f"{title}: {' — '.join(context)}" if context else title


class CaseReader(Protocol):
    """Where the cases of a cross-case list are read from (the case store)."""

    def get(self, ref: str) -> Case: ...


def deadline_title(deadline: Deadline, case: Case, templates: Templates, lang: str) -> str:
    """What to show for a deadline: a deadline from an answer in ``lang``; one entered by hand as entered."""
    if deadline.source != "answer" or ":" not in deadline.source_ref:
        return deadline.title
    interview_id, _, path = deadline.source_ref.partition(":")
    interview = next((i for i in case.interviews if i.id == interview_id), None)
    if interview is None:
        return deadline.title
    try:
        template = templates.get(interview.template_id, interview.template_version)
    except Exception:  # a template no longer installed: the stored title stands
        return deadline.title
    return answer_title(template, path, interview.answers, lang)


def item_titles(items: list[DeadlineItem], cases: CaseReader, templates: Templates, lang: str) -> dict[str, str]:
    """Titles of the deadlines of a cross-case list in ``lang``, by deadline id (each case read once)."""
    loaded: dict[str, Case | None] = {}
    titles: dict[str, str] = {}
    for item in items:
        deadline = item.deadline
        if deadline.source != "answer":
            titles[deadline.id] = deadline.title
            continue
        if item.case_id not in loaded:
            try:
                loaded[item.case_id] = cases.get(item.case_id)
            except Exception:  # the case went away between the two reads: the stored title stands
                loaded[item.case_id] = None
        case = loaded[item.case_id]
        titles[deadline.id] = deadline_title(deadline, case, templates, lang) if case is not None else deadline.title
    return titles
