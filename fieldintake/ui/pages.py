"""The main window's pages and how new ones slot in.

A page is anything with a stable ``key``, a translated ``title()``, an
``icon()``, a ``widget`` and a ``clear()`` that drops every piece of data it
shows (called on lock, before the window is deleted). The case screens
register their factories on the controller's ``PageRegistry``; a factory
with an existing key replaces that page (the placeholders below).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldintake.app.users import Session
from fieldintake.ui.changes import ChangeBus
from fieldintake.ui.icons import icon
from fieldintake.ui.layoutprefs import WindowLayout
from fieldintake.ui.safety.clipboard import SensitiveClipboard
from fieldintake.ui.workers import Runner
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating


class Page(Protocol):
    key: str

    @property
    def widget(self) -> QWidget: ...

    def title(self) -> str: ...

    def icon(self) -> QIcon: ...

    def clear(self) -> None: ...


@dataclass
class PageContext:
    """What a page may use: the open session and the shell's services. Never keep it past ``clear()``."""

    session: Session
    runner: Runner
    clipboard: SensitiveClipboard
    set_language: Callable[[str], None]
    current_language: Callable[[], str]
    settings_changed: Callable[[], None] = field(default=lambda: None)
    changes: ChangeBus = field(default_factory=ChangeBus)  # committed changes: pages refresh from them
    layout: WindowLayout = field(default_factory=WindowLayout)  # splitter sizes, kept outside the vault


PageFactory = Callable[[PageContext, QWidget | None], Page]


class PageRegistry:
    """The pages in navigation order. Owned by the controller; no global registry."""

    def __init__(self) -> None:
        self._factories: dict[str, PageFactory] = {}

    def register(self, key: str, factory: PageFactory, before: str | None = None) -> None:
        """Add a page, or replace the page with the same key in place."""
        if key in self._factories or before is None or before not in self._factories:
            self._factories[key] = factory
            return
        items = list(self._factories.items())
        index = [k for k, _ in items].index(before)
        items.insert(index, (key, factory))
        self._factories = dict(items)

    def keys(self) -> list[str]:
        return list(self._factories)

    def build(self, context: PageContext, parent: QWidget | None = None) -> list[Page]:
        return [factory(context, parent) for factory in self._factories.values()]


_COMING_TITLES = {
    "cases": "Cases",
    "deadlines": "Deadlines",
    "inbox": "Inbox",
}


class ComingPage(Retranslating, QWidget):
    """A calm "coming soon" page for a screen not built yet."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._heading = PlainLabel(self)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self._heading.setFont(font)
        self._body = PlainLabel(self)
        self._body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._retranslate()

    @property
    def widget(self) -> QWidget:
        return self

    def title(self) -> str:
        if self.key == "cases":
            return self.tr("Cases")
        if self.key == "deadlines":
            return self.tr("Deadlines")
        if self.key == "inbox":
            return self.tr("Inbox")
        return self.key

    def icon(self) -> QIcon:
        return icon(self.key) if self.key in _COMING_TITLES else QIcon()

    def clear(self) -> None:
        """Shows no data."""

    def _retranslate(self) -> None:
        self._heading.setText(self.title())
        self._body.setText(self.tr("This part of fieldintake is coming in a later version."))


def coming(key: str) -> PageFactory:
    return lambda _context, parent: ComingPage(key, parent)
