"""Walk every shown widget of a window and collect what a person can read on it.

Used by the language tests: the same screens walked in English and in another
language must not show the same words (unless they are names, codes or data).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

MNEMONIC = re.compile(r"&(?=[^&\s])")
TAGS = re.compile(r"<[^>]+>")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass
class Seen:
    """What one walk saw: texts with where they were, and labels showing a literal '&'."""

    texts: dict[str, str] = field(default_factory=dict)  # text -> where (first place seen)
    ampersands: list[str] = field(default_factory=list)

    def add(self, text: str, where: str) -> None:
        text = " ".join(TAGS.sub(" ", text).split()) if GuiQt.mightBeRichText(text) else " ".join(text.split())
        if text and text not in self.texts:
            self.texts[text] = where


def _where(widget: QWidget) -> str:
    names = []
    node: QWidget | None = widget
    while node is not None and len(names) < 4:
        names.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(names))


def _menu_texts(actions: Iterable[QAction], seen: Seen, where: str) -> None:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        seen.add(action.text(), f"{where} menu")
        menu = action.menu()
        if isinstance(menu, QMenu):
            seen.add(menu.title(), f"{where} menu")
            _menu_texts(menu.actions(), seen, where)


def _view_texts(view: QAbstractItemView, seen: Seen, where: str) -> None:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1
    for c in range(columns):
        header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            seen.add(str(header), f"{where} header")
    for r in range(min(model.rowCount(QModelIndex()), 60)):
        for c in range(columns):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str) and value:
                    seen.add(value, f"{where} cell")


def walk(top: QWidget, seen: Seen | None = None) -> Seen:
    """Every text of ``top`` and of its children shown with it."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    seen = seen if seen is not None else Seen()
    seen.add(top.windowTitle(), f"{type(top).__name__} title")
    if isinstance(top, QMainWindow) and top.menuBar() is not None:
        _menu_texts(top.menuBar().actions(), seen, type(top).__name__)
    if isinstance(top, QWizard) and top.currentPage() is not None:
        seen.add(top.currentPage().title(), "wizard page title")
        seen.add(top.currentPage().subTitle(), "wizard page subtitle")
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        where = _where(widget)
        seen.add(widget.toolTip(), f"{where} tooltip")
        if isinstance(widget, QLabel):
            text = widget.text()
            seen.add(text, where)
            plain = widget.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(text)
            if plain and MNEMONIC.search(text) and widget.buddy() is None:
                seen.ampersands.append(f"{where}: {text!r}")
        elif isinstance(widget, QAbstractButton):
            seen.add(widget.text(), where)
        elif isinstance(widget, QGroupBox):
            seen.add(widget.title(), where)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    seen.add(widget.tabText(i), f"{where} tab")
                    seen.add(widget.tabToolTip(i), f"{where} tab tooltip")
        elif isinstance(widget, QLineEdit):
            seen.add(widget.placeholderText(), f"{where} placeholder")
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            seen.add(widget.placeholderText(), f"{where} placeholder")
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                seen.add(widget.itemText(i), f"{where} item")
        if isinstance(widget, QAbstractItemView):
            _view_texts(widget, seen, where)
        for action in widget.actions():
            if action.isVisible() and action.text() and isinstance(widget, (QMenu,)):
                seen.add(action.text(), f"{where} action")
    return seen


def _is_code(token: str) -> bool:
    """A file path, a MIME type, a hash, a reference or an abbreviation: the same in every language."""
    bare = token.strip(".,;:!?()[]«»\"'…")
    return ("/" in bare or any(ch.isdigit() for ch in bare) or (bare.isupper() and len(bare) > 1))


def untranslated(english: Seen, other: Seen, data: Iterable[str], allowed_words: set[str]) -> list[str]:
    """Texts the other language shows exactly as English does, leaving out names, codes and the data entered."""
    fragments = sorted({" ".join(d.split()) for d in data if d.strip()}, key=len, reverse=True)
    data_words = {w for fragment in fragments for w in LATIN_WORD.findall(fragment)}
    found = []
    for text, where in other.texts.items():
        if text not in english.texts:
            continue
        core = text.strip("… ")
        if any(core in fragment for fragment in fragments):
            continue  # (a snippet of) data the test entered
        if text.startswith("…") and set(LATIN_WORD.findall(core)) <= data_words:
            continue  # a snippet joining pieces of that data (the redaction review's context)
        rest = text
        for fragment in fragments:
            rest = rest.replace(fragment, " ")
        kept = [t for t in rest.split() if not _is_code(t)]
        words = [w for w in LATIN_WORD.findall(" ".join(kept)) if w not in allowed_words]
        if words:
            found.append(f"{where}: {text!r}")
    return sorted(found)
