"""Cases, people, interviews, deadlines and redaction marks in the vault.

Reads are here; every write is a command through one unit of work
(``app.unitofwork``: the transaction, revisions, the audit entry, and the
refresh of what is derived from the case), and the methods below that write
are thin commands over it, kept for their callers. Their SQL is
``app.caserows``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from fieldintake.app import caserows, derived, revisions, search
from fieldintake.app.casecommands import REFERENCE_PREFIX_SETTING, SaveResult, check
from fieldintake.app.model import STATUSES, URGENCIES, Case, CaseSummary, Deadline, DeadlineItem, Interview, Person
from fieldintake.app.model import RedactionMark, Revision
from fieldintake.app.progress import Cancel, Progress
from fieldintake.app.templates.registry import TemplateRegistry
from fieldintake.app.unitofwork import Unit
from fieldintake.app.vault import Transaction, Vault
from fieldintake.errors import InvalidInput, NotFound

__all__ = ["REFERENCE_PREFIX_SETTING", "CaseStore", "SaveResult"]

# ``CaseStore.list`` hides the builtin in the class body: the types its methods return.
_Names = list[str]
_Summaries = list[CaseSummary]
_Upcoming = list[DeadlineItem]
_Hits = list[search.SearchHit]
_History = list[Revision]
_Values = list[Any]

_UUID_HEX = re.compile(r"^[0-9a-f-]{4,36}$")


class CaseStore:
    def __init__(self, vault: Vault, templates: TemplateRegistry, author: str) -> None:
        self.vault = vault
        self.templates = templates
        self.author = author
        self._index_checked = False  # whether a schema step's request to rebuild the search index was seen

    def change(self, action: str, case_id: str | None = None, *, coalesce: bool = False, importing: bool = False,
               origin: str = "", checkpoint: Callable[[], None] | None = None) -> Unit:
        """A unit of work on the case tables (``with store.change(...) as uow: uow.cases....``)."""
        return Unit(self.vault, self.templates, self.author, action, case_id, coalesce=coalesce, importing=importing,
                    origin=origin, checkpoint=checkpoint)

    # --- finding cases ---------------------------------------------------

    def resolve(self, ref: str) -> str:
        """A case id from its UUID, a unique prefix of it, or its reference (FI-2026-0007)."""
        ref = ref.strip()
        with self.vault.read() as conn:
            found = caserows.find_case_ids(conn, ref)
            if len(found) == 1:
                return found[0]
            if _UUID_HEX.match(ref.lower()):
                found = caserows.case_ids_starting(conn, ref.lower())
                if len(found) == 1:
                    return found[0]
                if len(found) > 1:
                    raise InvalidInput(f"'{ref}' matches several cases: give more of the id.")
        raise NotFound(f"No case '{ref}'.")

    # --- reading ------------------------------------------------------------

    def get(self, ref: str) -> Case:
        case_id = self.resolve(ref)
        with self.vault.read() as conn:
            case = caserows.load_full_case(conn, case_id)
        if case is None:
            raise NotFound(f"No case '{ref}'.")
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
    ) -> _Summaries:
        """Most urgent first, then soonest deadline, then most recently changed."""
        where, args = self.filter_clause(status, urgency, tag, due_within_days, ids)
        with self.vault.read() as conn:
            return caserows.list_summaries(conn, where, args, limit, offset)

    def count(self, **filters: Any) -> int:
        where, args = self.filter_clause(**filters)
        with self.vault.read() as conn:
            return caserows.count_cases(conn, where, args)

    @staticmethod
    def filter_clause(
        status: str | None = None,
        urgency: str | None = None,
        tag: str | None = None,
        due_within_days: int | None = None,
        ids: Sequence[str] | None = None,
    ) -> tuple[str, _Values]:
        return caserows.filter_clause(
            check(status, STATUSES, "Status") if status else None,
            check(urgency, URGENCIES, "Urgency") if urgency else None,
            tag,
            _horizon(due_within_days) if due_within_days is not None else None,
            ids,
        )

    def interview(self, interview_id: str) -> Interview:
        with self.vault.read() as conn:
            found = caserows.load_interview(conn, interview_id)
        if found is None:
            raise NotFound(f"No interview '{interview_id}'.")
        return found[1]

    def case_of_interview(self, interview_id: str) -> str:
        """The id of the case the interview belongs to."""
        with self.vault.read() as conn:
            found = caserows.load_interview(conn, interview_id)
        if found is None:
            raise NotFound(f"No interview '{interview_id}'.")
        return found[0]

    def upcoming_deadlines(self, days: int | None = None, *, include_done: bool = False) -> _Upcoming:
        """Every open deadline and hearing across cases, soonest first (overdue ones included)."""
        with self.vault.read() as conn:
            return caserows.upcoming_deadlines(conn, _horizon(days) if days is not None else None, include_done)

    def search(self, query: str, *, limit: int = 50, progress: Progress | None = None, cancel: Cancel | None = None,
               **filters: Any) -> _Hits:
        """Ranked hits with snippets; ``filters`` as for ``list``.

        ``progress`` and ``cancel``: for the first search after an upgrade that rebuilds the index
        (``search.rebuild_if_stale``, a minute for 10,000 cases); ``Cancelled`` leaves it for the next.
        """
        if not self._index_checked:
            search.rebuild_if_stale(self.vault, self.templates, progress=progress, cancel=cancel)
            self._index_checked = True
        return search.search(self.vault, self, query, limit=limit, **filters)

    def history(self, ref: str) -> _History:
        case_id = self.resolve(ref)
        with self.vault.read() as conn:
            return revisions.for_case(conn, case_id)

    # --- writing: thin commands over the unit of work ----------------------------

    def create(
        self, title: str, *, urgency: str = "normal", status: str = "open", tags: Iterable[str] = (), notes: str = ""
    ) -> Case:
        with self.change("case.created") as uow:
            case = uow.cases.create(title, urgency=urgency, status=status, tags=tags, notes=notes)
        return self.get(case.id)

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
    ) -> _Names:
        case_id = self.resolve(ref)
        with self.change("case.updated", case_id, coalesce=coalesce) as uow:
            return uow.cases.update(case_id, title=title, status=status, urgency=urgency, tags=tags, notes=notes)

    def add_person(self, ref: str, role: str, name: str, **data: Any) -> Person:
        case_id = self.resolve(ref)
        with self.change("person.added", case_id) as uow:
            return uow.cases.add_person(case_id, role, name, **data)

    def update_person(self, person_id: str, *, coalesce: bool = False, **fields: Any) -> _Names:
        with self.change("person.updated", coalesce=coalesce) as uow:
            return uow.cases.update_person(person_id, **fields)

    def remove_person(self, person_id: str) -> None:
        with self.change("person.removed") as uow:
            uow.cases.remove_person(person_id)

    def add_interview(
        self, ref: str, template_id: str, version: int | None = None, answers: dict[str, Any] | None = None
    ) -> Interview:
        case_id = self.resolve(ref)
        with self.change("interview.added", case_id) as uow:
            return uow.cases.add_interview(case_id, template_id, version, answers)

    def save_answers(self, interview_id: str, answers: dict[str, Any], *, coalesce: bool = True) -> SaveResult:
        """Store what is on the form (every answer; one left out is removed)."""
        with self.change("interview.saved", coalesce=coalesce) as uow:
            return uow.cases.replace_answers(interview_id, answers)

    def patch_answers(self, interview_id: str, patch: dict[str, Any], *, coalesce: bool = True) -> SaveResult:
        """Set some answers (``None`` removes one), keeping the others as stored."""
        with self.change("interview.saved", coalesce=coalesce) as uow:
            return uow.cases.patch_answers(interview_id, patch)

    def set_interview_status(self, interview_id: str, status: str) -> None:
        """Marking an interview complete checks that every required, visible field is filled."""
        with self.change("interview.status") as uow:
            uow.cases.set_interview_status(interview_id, status)

    def add_deadline(self, ref: str, kind: str, title: str, due: str, notes: str = "") -> Deadline:
        case_id = self.resolve(ref)
        with self.change("deadline.added", case_id) as uow:
            return uow.cases.add_deadline(case_id, kind, title, due, notes)

    def update_deadline(self, deadline_id: str, **fields: Any) -> _Names:
        with self.change("deadline.updated") as uow:
            return uow.cases.update_deadline(deadline_id, **fields)

    def remove_deadline(self, deadline_id: str) -> None:
        with self.change("deadline.removed") as uow:
            uow.cases.remove_deadline(deadline_id)

    def add_redaction_mark(self, ref: str, path: str, start: int, end: int, label: str = "marked") -> RedactionMark:
        """Mark a span of a text (``notes``, ``title`` or ``interviews/<id>/answers/<field>``) for removal."""
        case_id = self.resolve(ref)
        with self.change("redaction.marked", case_id) as uow:
            return uow.cases.add_redaction_mark(case_id, path, start, end, label)

    def remove_redaction_mark(self, mark_id: str) -> None:
        with self.change("redaction.unmarked") as uow:
            uow.cases.remove_redaction_mark(mark_id)

    # --- read-only copies ---------------------------------------------------------

    @staticmethod
    def require_writable(tx: Transaction, case_id: str) -> None:
        """A redacted copy received from someone is read-only: it is their view, not a case to edit."""
        derived.require_writable(tx, case_id)


def _horizon(days: int) -> str:
    """Dates and date-times sort as text; the end of the day N days from now covers both."""
    limit = datetime.now(timezone.utc) + timedelta(days=days)
    return limit.strftime("%Y-%m-%dT23:59:59Z")
