"""Translations: our own ``.qm`` files beside this module, plus Qt's own
(standard buttons, dialogs) from the PySide6 wheel.

Sources are ``<area>_<lang>.ts`` (``fieldintake_ru.ts`` for the shell, one
more per area of the app); refresh and compile them with
``python -m fieldintake.ui.i18n.build``.

Qt's own strings come from ``qtbase_<lang>.qm`` in the PySide6 wheel (it ships
ru, uk and kk; packaging/fieldintake.spec ships them in the frozen app). Each
of Qt's catalogues leaves a few file-dialog strings empty ("&Look in:",
"Files of &type:", the type column: "Drive", "Folder"); ``qtgaps_<lang>.ts``,
kept by hand, fills those so a file dialog is not half English. A translator
answers only when it has a non-empty translation, so Qt's own wins where it has one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

HERE = Path(__file__).resolve().parent
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша", "uk": "Українська"}


class Translations(QObject):
    """Installs the translators for one language; switching sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, code: str) -> str:
        if code not in LANGUAGES:
            code = "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if code != "en":
            # One catalogue per area of the app (fieldintake_ru.qm, cases_ru.qm, ...).
            for catalogue in sorted(HERE.glob(f"*_{code}.qm")):
                ours = QTranslator(self)
                if ours.load(str(catalogue)):
                    self._installed.append(ours)
            qt = QTranslator(self)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(code))
        self.language = code
        return code
