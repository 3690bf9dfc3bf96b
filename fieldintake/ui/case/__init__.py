"""The case screens: the Cases page (list, search, one open case) and the Deadlines page.

``register_pages`` puts both on the controller's registry, replacing the
placeholders. The two pages meet only through ``open_case``.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from fieldintake.ui.case.caselist import CasesPage
from fieldintake.ui.case.caseview import InterviewEditorFactory
from fieldintake.ui.case.deadlines import DeadlinesPage
from fieldintake.ui.pages import PageContext, PageRegistry

__all__ = ["CasesPage", "DeadlinesPage", "InterviewEditorFactory", "register_pages"]


class _Pages:
    """The Cases page of the current unlock, so the Deadlines page can open a case in it."""

    def __init__(self, editor_factory: InterviewEditorFactory | None) -> None:
        self.editor_factory = editor_factory
        self.cases: CasesPage | None = None

    def make_cases(self, context: PageContext, parent: QWidget | None) -> CasesPage:
        self.cases = CasesPage(context, self.editor_factory, parent)
        return self.cases

    def make_deadlines(self, context: PageContext, parent: QWidget | None) -> DeadlinesPage:
        return DeadlinesPage(context, self.open_case, parent)

    def open_case(self, case_id: str) -> None:
        page = self.cases
        if page is None or not shiboken6.isValid(page):
            return
        window = page.window()
        show_page = getattr(window, "show_page", None)
        if callable(show_page):
            show_page(CasesPage.key)
        page.open_case(case_id)


def register_pages(registry: PageRegistry, editor_factory: InterviewEditorFactory | None = None) -> None:
    pages = _Pages(editor_factory)
    registry.register(CasesPage.key, pages.make_cases)
    registry.register(DeadlinesPage.key, pages.make_deadlines)
