"""Marking selected words of an answer for redaction: one way for the Narrative tab and the form
(a long or one-line text answer, top-level or in a repeat group's entry).

The mark is made on the stored text, so the edit is saved first (``flush``);
the selected words are then found again in what was stored (cleaning may have
moved them) and the nearest occurrence is marked through the unit of work.
The kind of a mark (its placeholder in a summary) can be changed afterwards
with ``relabel``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from fieldintake.app import answerpaths, formdata
from fieldintake.app.model import RedactionMark
from fieldintake.exports.redaction.placeholders import MARK_KINDS
from fieldintake.ui.pages import PageContext

__all__ = ["MARK_KINDS", "answer_path", "kind_word", "mark_selection", "relabel", "spans_of"]


def answer_path(interview_id: str, field_path: str) -> str:
    return answerpaths.unit_path(interview_id, field_path)


def spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place ``needle`` occurs in ``text`` (Python string offsets)."""
    spans: list[tuple[int, int]] = []
    if not needle:
        return spans
    start = text.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return spans


def utf16(text: str, index: int) -> int:
    """A Python offset as Qt's (UTF-16) document position."""
    return len(text[:index].encode("utf-16-le")) // 2


def from_utf16(text: str, position: int) -> int:
    return len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", errors="ignore"))


def kind_word(kind: str) -> str:
    words = {"name": QCoreApplication.translate("forms", "name"), "place": QCoreApplication.translate("forms", "place"),
             "phone": QCoreApplication.translate("forms", "phone"),
             "document": QCoreApplication.translate("forms", "document"),
             "other": QCoreApplication.translate("forms", "other")}
    return words.get(kind, kind)


def selected_words(edit: QPlainTextEdit | QLineEdit) -> tuple[str, int] | None:
    """The selected words without surrounding blanks, and where they start (Python offset), if any:
    in a long answer, or in a one-line one (a repeat entry's event or court is a text too)."""
    if isinstance(edit, QLineEdit):
        if not edit.hasSelectedText():
            return None
        shown = edit.text()
        first = edit.selectionStart()
        start, end = from_utf16(shown, first), from_utf16(shown, first + edit.selectionLength())
    else:
        cursor = edit.textCursor()
        if not cursor.hasSelection():
            return None
        shown = edit.toPlainText()
        start, end = from_utf16(shown, cursor.selectionStart()), from_utf16(shown, cursor.selectionEnd())
    wanted = shown[start:end].strip()
    if not wanted:
        return None
    return wanted, start + len(shown[start:end]) - len(shown[start:end].lstrip())


def mark_selection(
    context: PageContext,
    parent: QObject,
    case_id: str,
    interview_id: str,
    field_path: str,
    edit: QPlainTextEdit | QLineEdit,
    flush: Callable[[], None],
    kind: str,
    on_marked: Callable[[RedactionMark], None],
    notice: Callable[[str], None],
) -> None:
    """Mark the words selected in ``edit`` (the answer at ``field_path`` of the interview: ``narrative``,
    or a repeat entry's ``family[0].notes``) as ``kind``."""
    picked = selected_words(edit)
    if picked is None:
        notice(QCoreApplication.translate("forms", "Select the words to mark first."))
        return
    wanted, start = picked
    try:
        flush()
    except Exception as exc:  # noqa: BLE001 - shown to the caseworker; nothing is marked
        notice(QCoreApplication.translate("forms", "Not marked: {reason}").format(reason=exc))
        return
    cases = context.session.cases
    stored = formdata.answer_at(cases.interview(interview_id).answers, field_path)
    spans = spans_of(stored if isinstance(stored, str) else "", wanted)
    if not spans:
        notice(QCoreApplication.translate("forms", "Not marked: the text was not found."))
        return
    at = min(spans, key=lambda span: abs(span[0] - start))
    path = answer_path(interview_id, field_path)
    notice("")
    context.runner.change(
        parent,
        lambda progress: cases.change("redaction.marked", case_id, checkpoint=progress.check).run(
            lambda commands: commands.add_redaction_mark(case_id, path, at[0], at[1], kind)),
        on_marked,
        lambda exc, _details: notice(QCoreApplication.translate("forms", "Not marked: {reason}").format(reason=exc)),
        bus=context.changes,
    )


def relabel(context: PageContext, parent: QObject, case_id: str, mark_id: str, kind: str,
            on_done: Callable[[RedactionMark], None], notice: Callable[[str], None]) -> None:
    """Give a mark another kind (audited, through the unit of work)."""
    cases = context.session.cases
    context.runner.change(
        parent,
        lambda progress: cases.change("redaction.relabelled", case_id, checkpoint=progress.check).run(
            lambda commands: commands.relabel_redaction_mark(mark_id, kind)),
        on_done,
        lambda exc, _details: notice(QCoreApplication.translate("forms", "Not changed: {reason}").format(reason=exc)),
        bus=context.changes,
    )
