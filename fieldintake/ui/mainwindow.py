"""The main window: a sidebar of pages, the page stack, a status bar with the lock.

The window owns every shortcut that must work wherever the focus is (back,
search, the pages, lock): one ``QAction`` per key, in the window's context.
A key also bound by a page's own action would be "ambiguous" to Qt and do
nothing (issue 16, bug 7). A page that can go back or search says so with
``go_back() -> bool`` and ``focus_search()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldintake.ui.about import show_about
from fieldintake.ui.help.dialogs import GuideDialog, ShortcutsDialog
from fieldintake.ui.icons import icon
from fieldintake.ui.layoutprefs import DEFAULT_SIZE, fitted_size
from fieldintake.ui.pages import Page
from fieldintake.ui.plaintext import PlainLabel, plain_tooltip
from fieldintake.ui.resume import Place
from fieldintake.ui.retranslate import Retranslating


APP_NAME = "fieldintake"
_TITLE_NAME_CHARS = 40
NAV_WIDTH = (140, 300)  # the section list's least and most width, px
NAV_AIR = 12  # beyond its longest item: room for the selection's frame


def icon_label(parent: QWidget, name: str) -> PlainLabel:
    label = PlainLabel(parent)
    size = parent.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    label.setPixmap(icon(name).pixmap(size, size))
    return label


def window_title(user_name: str) -> str:
    """"aigerim — fieldintake": the platform adds the application's display name to a title that
    does not end with it, so ending with it keeps the name once (issue 16); a long name is cut."""
    name = " ".join(user_name.split())
    if len(name) > _TITLE_NAME_CHARS:
        name = name[: _TITLE_NAME_CHARS - 1] + "…"
    return f"{name} — {APP_NAME}" if name else APP_NAME


def _distinct(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """Drop repeats (on Linux the platform's Back is Alt+Left again): a key bound twice is ambiguous."""
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen


class MainWindow(Retranslating, QMainWindow):
    """Never shows a client's name in its title: at most the user's own name."""

    lock_requested = Signal()
    quit_requested = Signal()
    backup_requested = Signal()
    travel_requested = Signal()

    def __init__(self, user_name: str, pages: list[Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(user_name))
        self._user_name = user_name
        self.pages = pages
        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        for page in pages:
            self.stack.addWidget(page.widget)
            item = QListWidgetItem(page.icon(), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.nav.setFixedWidth(self._nav_width())
        central = QWidget(self)
        self.idle_banner = QFrame(central)  # the countdown before an idle lock (issue 16)
        self.idle_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.idle_banner.setAutoFillBackground(True)
        self.idle_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.idle_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.idle_label = PlainLabel(self.idle_banner)
        self.idle_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        bold = self.idle_label.font()
        bold.setBold(True)
        self.idle_label.setFont(bold)
        banner_layout = QHBoxLayout(self.idle_banner)
        banner_layout.addWidget(icon_label(self.idle_banner, "lock"))
        banner_layout.addWidget(self.idle_label, 1)
        self.idle_banner.hide()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.idle_banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.lock_action = QAction(icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_requested)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.backup_requested)
        self.travel_action = QAction(self)
        self.travel_action.triggered.connect(self.travel_requested)
        self.about_action = QAction(icon("about"), "", self)
        self.about_action.triggered.connect(lambda: show_about(self))
        self.back_action = QAction(self)
        self.back_action.setShortcuts(_distinct([QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left),
                                                 QKeySequence(QKeySequence.StandardKey.Back)]))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.triggered.connect(self.go_back)
        self.addAction(self.back_action)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.page_actions: list[QAction] = []
        for index in range(min(len(pages), 9)):
            action = QAction(self)
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_1 + index)))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page_at(i))
            self.addAction(action)
            self.page_actions.append(action)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.travel_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu("")
        self.go_menu.addAction(self.back_action)
        self.go_menu.addAction(self.find_action)
        self.go_menu.addSeparator()
        for action in self.page_actions:
            self.go_menu.addAction(action)
        self.caseworker_guide_action = QAction(icon("about"), "", self)
        self.caseworker_guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.caseworker_guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.caseworker_guide_action.triggered.connect(lambda: self.open_guide("caseworker"))
        self.lawyer_guide_action = QAction(self)
        self.lawyer_guide_action.triggered.connect(lambda: self.open_guide("lawyer"))
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.caseworker_guide_action)
        self.help_menu.addAction(self.lawyer_guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.language: Callable[[], str] = lambda: "en"  # the UI language (set by the controller)

        self.state_label = PlainLabel(self)
        self.lock_button = QToolButton(self)
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.statusBar().addWidget(self.state_label, 1)
        self.backup_label = PlainLabel(self)
        self.statusBar().addWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.lock_button)
        screen = self.screen()
        self.resize(fitted_size(DEFAULT_SIZE, screen.availableGeometry() if screen is not None else QRect()))
        self._retranslate()
        self.nav.setFocus()

    def _nav_width(self) -> int:
        """As wide as the longest section name needs in this language (its item, the list's spacing and
        frame), within NAV_WIDTH: the window's width goes to the pages' tables."""
        need = self.nav.sizeHintForColumn(0) + 2 * (self.nav.spacing() + self.nav.frameWidth()) + NAV_AIR
        return max(NAV_WIDTH[0], min(NAV_WIDTH[1], need))

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.back_action.setText(self.tr("&Back"))
        self.find_action.setText(self.tr("&Search cases"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(plain_tooltip(self.tr("Lock now (Ctrl+L; panic: Ctrl+Shift+L)")))
        self.quit_action.setText(self.tr("Lock and &quit"))
        self.about_action.setText(self.tr("&About fieldintake"))
        self.caseworker_guide_action.setText(self.tr("&Caseworker's guide"))
        self.lawyer_guide_action.setText(self.tr("&Lawyer's guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.backup_action.setText(self.tr("&Backup…"))
        self.travel_action.setText(self.tr("Border &mode…"))
        self.state_label.setText(self.tr("Unlocked as {name}").format(name=self._user_name))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack.setAccessibleName(self.tr("Current section"))
        for row, page in enumerate(self.pages):
            self.nav.item(row).setText(page.title())
            if row < len(self.page_actions):
                self.page_actions[row].setText(page.title())
        self.nav.setFixedWidth(self._nav_width())

    def open_guide(self, guide: str) -> GuideDialog:
        """A guide in the UI language, read-only and offline (ui/help/); not modal, closed by a lock."""
        dialog = GuideDialog(guide, self.language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        """Every key the window answers now, read from its actions."""
        dialog = ShortcutsDialog(self)
        dialog.show()
        return dialog

    def show_idle_countdown(self, seconds: int) -> None:
        """The banner before an idle lock; any key or mouse movement cancels it (ui/safety/idle.py)."""
        text = self.tr("Locking in {seconds} s — move the mouse or press a key to stay").format(seconds=seconds)
        self.idle_label.setText(text)
        self.idle_banner.setAccessibleName(text)
        self.idle_banner.show()

    def hide_idle_countdown(self) -> None:
        self.idle_banner.hide()
        self.idle_label.clear()

    def set_backup_status(self, text: str, warn: bool) -> None:
        """When the last backup was made; bold when it is older than the reminder."""
        self.backup_label.setText(text)
        font = self.backup_label.font()
        font.setBold(warn)
        self.backup_label.setFont(font)

    def show_page(self, key: str) -> None:
        for row, page in enumerate(self.pages):
            if page.key == key:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(key)

    def show_page_at(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        self.pages[index].widget.setFocus()

    def go_back(self) -> None:
        """Alt+Left: the page in front goes back a step (an open case to its list), if it can."""
        page = self.pages[self.stack.currentIndex()] if self.pages else None
        back = getattr(page, "go_back", None)
        if callable(back):
            back()

    def focus_search(self) -> None:
        """Ctrl+F from anywhere: the first page that searches comes to the front with its search box."""
        for page in self.pages:
            search = getattr(page, "focus_search", None)
            if callable(search):
                self.show_page(page.key)
                search()
                return

    def place(self) -> Place | None:
        """Where the user is, as ids (ui/resume.py): kept across an idle lock."""
        index = self.stack.currentIndex()
        if not 0 <= index < len(self.pages):
            return None
        page = self.pages[index]
        where = getattr(page, "place", None)
        case_id, tab, interview_id, field = where() if callable(where) else (None, None, None, None)
        return Place(self._user_name, page.key, case_id, tab, interview_id, field)

    def go_to(self, place: Place) -> None:
        """Back to a ``place()`` after the unlock; what no longer exists is skipped."""
        try:
            self.show_page(place.page)
        except KeyError:
            return
        go_to = getattr(self.page(place.page), "go_to", None)
        if place.case_id and callable(go_to):
            go_to(place.case_id, place.tab, place.interview_id, place.field)

    def page(self, key: str) -> Page:
        for page in self.pages:
            if page.key == key:
                return page
        raise KeyError(key)

    def clear_pages(self) -> None:
        for page in self.pages:
            page.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            self.quit_requested.emit()
        super().closeEvent(event)
