"""The guide viewer and the keyboard-shortcut list (see the package docstring)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldintake.ui.help import GuideText, guide_text
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.safety.panic import PANIC_SEQUENCE

_LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}


class OfflineBrowser(QTextBrowser):
    """A read-only text view that loads nothing: no image, no style sheet, no link followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.loaded: list[str] = []  # what the document asked for (tests): always refused

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 (Qt's name)
        self.loaded.append(name.toString())
        return None

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownNoHTML)
        self.moveCursor(QTextCursor.MoveOperation.Start)  # from the top, not where the text ended
        self.verticalScrollBar().setValue(0)


class GuideDialog(QDialog):
    def __init__(self, guide: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(self.tr("Caseworker's guide") if guide == "caseworker" else self.tr("Lawyer's guide"))
        self.shown: GuideText = guide_text(guide, language)
        self.note = PlainLabel(self)
        self.note.setWordWrap(True)
        if self.shown.language != language:
            self.note.setText(self.tr("This guide is not yet in your language; shown in: {language}.").format(
                language=_LANGUAGE_NAMES.get(self.shown.language, self.shown.language)))
        else:
            self.note.hide()
        self.browser = OfflineBrowser(self)
        self.browser.setAccessibleName(self.windowTitle())
        self.browser.show_markdown(self.shown.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


def _plain(text: str) -> str:
    """A menu text without its accelerator ("&Lock" → "Lock"; "&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut under ``window`` now, and the panic key
    (an event filter, not an action). An open case's own keys (Export) are there while it is open."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        text = _plain(action.text()).rstrip("…").strip()
        if not text:
            continue
        for sequence in action.shortcuts():
            keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if keys and keys not in rows:
                rows[keys] = text
    rows[PANIC_SEQUENCE.toString(QKeySequence.SequenceFormat.NativeText)] = QCoreApplication.translate(
        "ShortcutsDialog", "Panic lock: hide everything now and forget where you were (from any window)")
    return sorted(rows.items(), key=lambda kv: kv[1].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.windowTitle())
        for row, (keys, what) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
