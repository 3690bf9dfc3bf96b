"""Columns sized from what they show, in whatever language is loaded (issue 16, the window at 1366×768).

Fixed widths set once in English cut Russian and Kazakh headers and words ("критическая"), and a
stretched last column took the room of the others. ``fit_columns`` sizes every column from its
header and its cells; one free-text column (a title, a name) stretches and elides; the narrow
fixed-content ones (dates, urgency, kind) keep their cells whole (a long header of theirs is elided only
when nothing else can give), and the other free-text ones give room back, down to their header and then
to a few letters, so the table does not scroll sideways while its content can fit.
It refits when rows, headers (a language change) or the table's width change, measuring the rows in
sight and their neighbours (SAMPLE_ROWS), never thousands of cases on every search. A width the user
dragged is kept for as long as the table lives: ``ui.json`` (ui/layoutprefs.py) keeps no column
widths, and keeps nothing about a case.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

#: A free-text column (not the stretching one) never takes more than this share of the table's width.
MAX_SHARE = 0.35
#: The stretching column keeps at least its header, this many px, and of its content up to this share.
STRETCH_MIN = 60
STRETCH_SHARES = (0.3, 0.2)  # while it all fits; when something else must be cut
#: Rows measured per column (those in sight first, then their neighbours): a list of thousands of cases
#: would take seconds through the Python model on every search.
SAMPLE_ROWS = 64
SCROLL_DELAY_MS = 200
#: A free-text column is narrowed (its header elided) to no less than this, or five average letters.
FLEX_MIN = 40


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    raise TypeError(f"no horizontal header on {type(view).__name__}")


class ColumnFit(QObject):
    """Keeps the columns of ``view`` fitted (see the module docstring); made by ``fit_columns``."""

    def __init__(self, view: QAbstractItemView, stretch: int, fixed: Iterable[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.fixed = frozenset(fixed)
        self.user: dict[int, int] = {}  # columns the user resized by hand, and to what
        self._fitting = False
        self._pressed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refit)
        self._model: QObject | None = None
        header = header_of(view)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        self._seen: dict[int, int] = {}  # the widest cell each fixed column has shown, in this language
        header.setResizeContentsPrecision(SAMPLE_ROWS)  # how many rows sizeHintForColumn reads (Qt 6)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._viewport = view.viewport()  # kept: the filter must not ask a view that is being destroyed
        self._header_viewport = header.viewport()
        self._header_viewport.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self._follow_model()
        self.refit()

    def _follow_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged, model.columnsInserted):
            signal.connect(self.schedule)
        model.headerDataChanged.connect(self._relabelled)

    def _relabelled(self, *_args: object) -> None:
        """Another language: what the fixed columns showed before says nothing of their new words."""
        self._seen.clear()
        self.schedule()

    def schedule(self, *_args: object) -> None:
        """Refit once the current burst of changes is over (a reset and a sort come together)."""
        if shiboken6.isValid(self._timer):  # the model may outlive its view
            self._timer.start(0)

    def _scrolled(self, _value: int) -> None:
        """Other rows in sight: measured once the scrolling stops (fixed columns only grow on it)."""
        if shiboken6.isValid(self._timer):
            self._timer.start(SCROLL_DELAY_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self._viewport:
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self.schedule()
        elif kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._pressed and not self._fitting and column != self.stretch:
            self.user[column] = new  # a drag on the header, or a double click on a handle

    def refit(self) -> None:
        if not shiboken6.isValid(self.view):
            return
        self._follow_model()
        view, header = self.view, header_of(self.view)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown:
            return
        stretch = self.stretch if self.stretch in shown else shown[-1]
        width = max(0, view.viewport().width())
        cells = {c: view.sizeHintForColumn(c) for c in shown if c not in self.user}  # the costly part: once
        for c in self.fixed & cells.keys():  # a fixed column only grows: rows off the sample were seen before
            cells[c] = self._seen[c] = max(cells[c], self._seen.get(c, 0))
        want = {c: self.user.get(c) or max(header.sectionSizeHint(c), cells[c]) for c in shown if c != stretch}
        flexible = [c for c in want if c not in self.fixed and c not in self.user]
        for c in flexible:
            want[c] = max(header.sectionSizeHint(c), min(want[c], int(width * MAX_SHARE)))
        least = max(header.sectionSizeHint(stretch), STRETCH_MIN)
        content = cells.get(stretch, 0)
        keep = [max(least, min(content, int(width * share))) for share in STRETCH_SHARES]
        heads = {c: header.sectionSizeHint(c) for c in want}
        letters = max(FLEX_MIN, view.fontMetrics().averageCharWidth() * 5)
        fixed = [c for c in want if c in self.fixed and c not in self.user]
        whole = {c: max(cells[c], letters) for c in fixed}
        excess = keep[0] + sum(want.values()) - width
        # When it does not all fit, in this order: the free-text columns narrow down to their headers, the
        # stretching one to a little of its text, the fixed ones to their cells (their headers elided),
        # the free-text ones to a few letters, the stretching one to its header.
        for columns, floor, kept in ((flexible, heads, keep[1]), (fixed, whole, keep[1]),
                                     (flexible, dict.fromkeys(flexible, letters), least)):
            excess -= _give_back(want, columns, floor, excess) if excess > 0 else 0
            excess -= keep[0] - kept
            keep[0] = kept
        self._fitting = True
        try:
            for c in shown:
                mode = QHeaderView.ResizeMode.Stretch if c == stretch else QHeaderView.ResizeMode.Interactive
                if header.sectionResizeMode(c) != mode:
                    header.setSectionResizeMode(c, mode)
            for c, w in want.items():
                if header.sectionSize(c) != w:
                    header.resizeSection(c, w)
        finally:
            self._fitting = False


def _give_back(want: dict[int, int], columns: list[int], floor: dict[int, int], excess: int) -> int:
    """Narrow ``columns`` in ``want`` by up to ``excess`` px in all, each in proportion to what it has
    above its ``floor``; the px given back."""
    slack = sum(max(0, want[c] - floor[c]) for c in columns)
    if slack <= 0:
        return 0
    share, given = min(1.0, excess / slack), 0
    for c in columns:
        cut = min(max(0, want[c] - floor[c]), int(max(0, want[c] - floor[c]) * share + 0.999))
        want[c] -= cut
        given += cut
    return given


def fit_columns(view: QAbstractItemView, stretch: int, fixed: Iterable[int] = ()) -> ColumnFit:
    """Fit the columns of ``view`` (its model set) from now on: ``stretch`` takes the rest and elides;
    ``fixed`` are never narrower than their content; the others shrink to their header first."""
    return ColumnFit(view, stretch, fixed)
