"""The interview form and the narrative with redaction marks, for the case view to embed.

Factories of the shape ``Callable[[PageContext, str, QWidget | None], QWidget]``.
Whoever embeds them must call ``editor.flush()`` (or ``clear()``, which flushes
first) before the session closes: the page's ``clear()`` on lock is the place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldintake.ui.forms.editor import InterviewEditor
from fieldintake.ui.forms.narrative import NarrativeEditor
from fieldintake.ui.pages import PageContext


def make_interview_editor(context: PageContext, interview_id: str, parent: QWidget | None = None) -> InterviewEditor:
    return InterviewEditor(context, interview_id, parent)


def make_narrative_editor(context: PageContext, case_id: str, parent: QWidget | None = None) -> NarrativeEditor:
    return NarrativeEditor(context, case_id, parent)


__all__ = ["InterviewEditor", "NarrativeEditor", "make_interview_editor", "make_narrative_editor"]
