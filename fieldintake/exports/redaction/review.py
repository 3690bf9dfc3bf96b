"""Deciding on suggested redactions: accept (a redaction mark, audited) or reject (remembered for the case)."""

from __future__ import annotations

from collections.abc import Iterable

from fieldintake.app import formdata
from fieldintake.app.redaction_review import RedactionReview
from fieldintake.app.users import Session
from fieldintake.errors import InvalidInput, NotFound
from fieldintake.exports.redaction.engine import SUGGESTED, suggestions_for
from fieldintake.exports.redaction.suggest import KINDS, Suggestion

MAX_MARKS_PER_SUGGESTION = 5  # a place or organisation: each form met, as its own mark


def _store(session: Session) -> RedactionReview:
    return RedactionReview(session.vault, session.cases.author)


def pending(session: Session, case_ref: str) -> list[Suggestion]:
    """The case's suggestions that wait for a decision."""
    case = session.cases.get(case_ref)
    decisions = [(d.kind, d.key, d.decision, d.text) for d in _store(session).decisions(case.id)]
    return suggestions_for(case, session.templates, decisions)


def select(suggestions: list[Suggestion], ids: Iterable[str] = (), kind: str | None = None) -> list[Suggestion]:
    """The suggestions named by id, or all of one kind; an unknown id is an error."""
    if kind is not None:
        if kind not in KINDS:
            raise InvalidInput(f"A kind is one of {', '.join(KINDS)} (not {kind!r}).")
        return [s for s in suggestions if s.kind == kind]
    by_id = {s.id: s for s in suggestions}
    chosen = []
    for i in ids:
        if i not in by_id:
            raise NotFound(f"No undecided suggestion '{i}' in this case (list them with `redact suggest`).")
        chosen.append(by_id[i])
    return chosen


def accept(session: Session, case_ref: str, chosen: list[Suggestion]) -> int:
    """Each becomes a redaction mark where it was met (CaseStore's audited path).

    A name needs one mark (every form of a marked name is removed); a place or an
    organisation gets one per form met. One met only where no mark can point (a
    deadline, a person's notes) is stored as accepted instead.
    """
    case = session.cases.get(case_ref)
    case_id = case.id
    unplaced: list[tuple[str, str, str]] = []
    for s in chosen:
        marked: set[str] = set()
        wanted = 1 if s.kind == "name" else MAX_MARKS_PER_SUGGESTION
        for path, start, end in s.places:
            if len(marked) >= wanted:
                break
            try:
                if formdata.text_at(case, path)[start:end] in marked:
                    continue
                mark = session.cases.add_redaction_mark(case_id, path, start, end, f"{SUGGESTED} {s.kind}")
            except InvalidInput:
                continue
            marked.add(mark.text)
        if not marked:
            unplaced.append((s.kind, s.key, s.text))
    _store(session).decide(case_id, unplaced, "accepted")
    return len(chosen)


def reject(session: Session, case_ref: str, chosen: list[Suggestion]) -> int:
    """Not a name (or not identifying): remembered for this case, so it is not suggested again."""
    case_id = session.cases.resolve(case_ref)
    _store(session).decide(case_id, [(s.kind, s.key, s.text) for s in chosen], "rejected")
    return len(chosen)
