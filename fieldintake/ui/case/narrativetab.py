"""The Narrative tab: the interviews' long texts, with spans marked for redaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldintake.app.model import Case
from fieldintake.ui.pages import PageContext

NarrativeEditorFactory = Callable[[PageContext, str, QWidget], QWidget]


class NarrativeTab(QWidget):
    """Holds a narrative editor made afresh each time the tab is shown (the form may have changed the texts)."""

    def __init__(self, context: PageContext, factory: NarrativeEditorFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = context
        self._factory = factory
        self.editor: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_case(self, case: Case) -> None:
        self._drop_editor()
        if self._context is not None:
            self.editor = self._factory(self._context, case.id, self)
            self._layout.addWidget(self.editor)

    def flush(self) -> None:
        if self.editor is not None:
            self.editor.flush()  # type: ignore[attr-defined]

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.editor.clear()  # type: ignore[attr-defined]  # flushes pending edits first
            self.editor.deleteLater()
            self.editor = None

    def clear(self) -> None:
        self._drop_editor()
        self._context = None
