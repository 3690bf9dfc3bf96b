"""One way for a widget to follow the UI language: its words are set in ``_retranslate``.

A language change (Settings, or the first-run wizard) sends every widget a LanguageChange event;
a widget that mixes this in re-runs its ``_retranslate`` then. Mix it in before the Qt class:
``class ContactsPage(Retranslating, QWidget)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Re-runs ``_retranslate`` on every language change."""

    def _retranslate(self) -> None:
        raise NotImplementedError

    def _language_changed(self) -> None:
        """What a language change redoes: the words; a widget with more to redo (a list drawn in
        words, labels read from a template in the new language) extends this."""
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._language_changed()
        super().changeEvent(event)  # type: ignore[misc]
