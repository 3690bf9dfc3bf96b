"""What is derived from a case's rows, recomputed once per changed case when its unit of work commits.

The deadlines taken from dated answers, the client's name and the next
deadline shown in the case list, and the search terms. The unit of work
(``app.unitofwork``) calls ``refresh``; imports call it through the same unit.

Also the People of a case as shown (``case_people``): those entered, and those the
interviews name, derived when shown rather than stored (see ``CasePerson``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol

from fieldintake.app import caserows, formdata, removals, search, textindex
from fieldintake.app.clock import utc_now
from fieldintake.app.model import Case, Deadline, Person
from fieldintake.app.templates import Template
from fieldintake.app.templates.registry import TemplateRegistry
from fieldintake.app.vault import Transaction
from fieldintake.errors import ReadOnlyCase

Form = tuple[str, Template, dict[str, Any]]  # (interview id, its template, its answers)


@dataclass(frozen=True)
class Derived:
    """What the refresh changed beyond the rows written: for the unit's ``Changes``."""

    deadlines: bool  # the deadlines taken from answers are not the same as before
    case_fields: tuple[str, ...]  # client_name, next_due (updated_at always changes)


def require_writable(tx: Transaction, case_id: str) -> None:
    """A redacted copy received from someone is read-only: it is their view, not a case to edit."""
    if caserows.copy_of(tx, case_id):
        raise ReadOnlyCase("This is a read-only redacted copy received from someone else; edit the case itself.")


def refresh(tx: Transaction, templates: TemplateRegistry, case_id: str,
            words: textindex.WordAnalysis | None = None, *, updated_at: str | None = None) -> Derived:
    """Recompute answer deadlines, client name, next deadline and search terms of one case (``words``: the
    search's word cache, shared by the cases one commit refreshes: most of a bulk import's time otherwise).
    ``updated_at``: the case's time to keep (an import's own), else now."""
    old_client, old_due = caserows.derived_of(tx, case_id)
    people = [(p.role, p.data()) for p in caserows.load_people(tx, case_id)]
    forms: list[Form] = [(i.id, templates.get(i.template_id, i.template_version), i.answers)
                         for i in caserows.load_interviews(tx, case_id)]
    deadlines_changed, deadlines = _refresh_answer_deadlines(tx, case_id, forms)
    client = next((str(d.get("name") or d.get("name_latin") or "") for role, d in people if role == "client"), "")
    if not client:
        client = next((n for _, t, a in reversed(forms) for n in formdata.client_names(t, a)), "")
    action = removals.next_action(deadlines)  # the next thing to do
    next_due = action.due if action is not None else None
    caserows.set_derived(tx, case_id, client, next_due, updated_at or utc_now())
    search.reindex(tx, case_id, people, forms, analysis=words)
    fields = []
    if old_client != client:
        fields.append("client_name")
    if old_due != next_due:
        fields.append("next_due")
    return Derived(deadlines_changed, tuple(fields))


def _refresh_answer_deadlines(tx: Transaction, case_id: str, forms: list[Form]) -> tuple[bool, list[Deadline]]:
    """Whether the deadlines taken from answers changed, and every deadline of the case now
    (one read of them: a bulk import refreshes thousands of cases)."""
    stored = caserows.load_deadlines(tx, case_id)
    old = {d.id: d for d in stored if d.source == "answer"}
    done = {d.source_ref: d.done for d in old.values()}
    if old:
        caserows.delete_answer_deadlines(tx, case_id)
    new: dict[str, Deadline] = {}
    for interview_id, template, answers in forms:
        for path, kind, title, due in formdata.answer_deadlines(template, answers):
            ref = f"{interview_id}:{path}"
            deadline = Deadline(ref, kind, title, due, done.get(ref, False), "", "answer", ref)
            new[deadline.id] = deadline
    caserows.insert_deadlines(tx, case_id, list(new.values()))
    return old != new, [d for d in stored if d.source != "answer"] + list(new.values())


# --- the People of a case: entered, and named in interviews (branch attach-people) ----------------


class Templates(Protocol):
    """What ``case_people`` asks of templates: a ``TemplateRegistry``, or the PDF renderer's lookup."""

    def get(self, template_id: str, version: int) -> Template: ...


@dataclass(frozen=True)
class CasePerson:
    """One person of the case as People shows them.

    ``entered``: a row of ``people`` (edited in People); otherwise the person is only named in
    interviews and is edited there. ``interviews``: the (number, id) of each interview naming them.
    Derived when shown, never stored: a bundle or an import carries each person once, in the
    interview or in ``people``, and an answer changed in the interview is what People shows.
    """

    person: Person
    entered: bool
    interviews: tuple[tuple[int, str], ...] = ()


def case_people(case: Case, templates: Templates, lang: str = "en") -> list[CasePerson]:
    """The people entered by hand, then those named only in interviews; one entry per person.

    An interview's person is the same as an entered one (or one named in an earlier interview)
    when one of their names is the same, ignoring case and spacing, or when both are the client.
    """
    entries: list[CasePerson] = [CasePerson(p, True) for p in case.people]
    for number, interview in enumerate(case.interviews, start=1):
        template = templates.get(interview.template_id, interview.template_version)
        for _path, person in formdata.people_named(template, interview.answers, lang):
            index = next((i for i, e in enumerate(entries) if _same(e.person, person)), None)
            if index is None:
                entries.append(CasePerson(person, False, ((number, interview.id),)))
                continue
            known = entries[index]
            if (number, interview.id) not in known.interviews:
                merged = known.person if known.entered else _completed(known.person, person)
                entries[index] = CasePerson(merged, known.entered, (*known.interviews, (number, interview.id)))
    return entries


def _names(person: Person) -> set[str]:
    return {" ".join(n.split()).casefold() for n in person.all_names}


def _same(a: Person, b: Person) -> bool:
    return (a.role == b.role == "client") or bool(_names(a) & _names(b))


def _completed(first: Person, later: Person) -> Person:
    """What an earlier interview left empty, taken from a later one."""
    return replace(first, name_latin=first.name_latin or later.name_latin,
                   aliases=[*first.aliases, *(a for a in later.aliases if a not in first.aliases)],
                   relation=first.relation or later.relation, birth_date=first.birth_date or later.birth_date,
                   notes=first.notes or later.notes)
