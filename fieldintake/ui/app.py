"""The controller: which screen is up, and the one path that locks.

States: first run (no user yet), locked (the unlock screen), unlocked (the
main window with an open ``Session``). The idle timer, the panic key, a
system lock and the Lock action all end in :meth:`Controller.lock`.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtWidgets import QApplication, QWidget

from fieldintake.app import backupsettings
from fieldintake.app.users import NewUser, Session, UserStore
from fieldintake.errors import AuditChainBroken, FieldintakeError
from fieldintake.ui import case, handover
from fieldintake.ui.backup import BackupDialog, TravelDialog
from fieldintake.ui.backup import status_text as backup_status_text
from fieldintake.ui.dialogs import show_error
from fieldintake.ui.firstrun import FirstRunWizard
from fieldintake.ui.i18n import Translations
from fieldintake.ui.identity import IdentityPage
from fieldintake.ui.layoutprefs import WindowLayout
from fieldintake.ui.mainwindow import MainWindow
from fieldintake.ui.pages import PageContext, PageRegistry, coming
from fieldintake.ui.prefs import UiPrefs
from fieldintake.ui.resume import Place, forget_env
from fieldintake.ui.safety.clipboard import CLEAR_AFTER_MS, SensitiveClipboard
from fieldintake.ui.safety.idle import IdleLock
from fieldintake.ui.safety.panic import PanicKey
from fieldintake.ui.safety.system import SystemLockWatcher
from fieldintake.ui.settings import SettingsPage, UserSettings
from fieldintake.ui.unlock import UnlockWindow
from fieldintake.ui.workers import PROGRESS_DELAY_MS, Runner


class State(enum.Enum):
    FIRST_RUN = "first-run"
    LOCKED = "locked"
    UNLOCKED = "unlocked"


def _connect_open_case(window: MainWindow) -> None:
    """The Inbox's "Open case" after an import: the Cases page, with that case open."""
    inbox, cases = (next((p for p in window.pages if p.key == key), None) for key in ("inbox", "cases"))
    if isinstance(inbox, handover.InboxPage) and isinstance(cases, case.CasesPage):
        def open_case(case_id: str) -> None:
            window.show_page("cases")
            cases.open_case(case_id)
        inbox.open_case_requested.connect(open_case)


def default_pages() -> PageRegistry:
    registry = PageRegistry()
    registry.register("cases", coming("cases"))
    registry.register("deadlines", coming("deadlines"))
    registry.register("identity", lambda context, parent: IdentityPage(context, parent))
    registry.register("inbox", coming("inbox"))
    registry.register("settings", lambda context, parent: SettingsPage(context, parent))
    case.register_pages(registry)
    handover.register_pages(registry)
    return registry


class Controller(QObject):
    state_changed = Signal(object)  # State
    locked = Signal()

    def __init__(
        self,
        app: QApplication,
        store: UserStore,
        *,
        idle_timeout_ms: int | None = None,
        clipboard_clear_ms: int = CLEAR_AFTER_MS,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
        rng: random.Random | None = None,
        debug: bool = False,
        watch_system: bool = True,
        relaunch: Callable[[], None] | None = None,
        layout_file: Path | None = None,
        resume: Place | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.store = store
        self.debug = debug
        self._relaunch = relaunch  # after a lock: a fresh process (ui/safety/relaunch.py); None in tests
        self._rng = rng
        self._idle_override = idle_timeout_ms
        self.pages = default_pages()
        self.prefs = UiPrefs.load(store.home)
        self._resume = resume  # where an idle lock left the user (ids only, memory only; ui/resume.py)
        self.layout = WindowLayout.load(layout_file)  # None (tests): remembered for this run only
        self.translations = Translations(app)
        self.translations.set_language(self.prefs.language)
        self.runner = Runner(self._report_failure, progress_delay_ms=progress_delay_ms)
        self.clipboard = SensitiveClipboard(self, clipboard_clear_ms)
        self.idle = IdleLock(app, idle_timeout_ms if idle_timeout_ms is not None else 5 * 60_000)
        self.idle.idle.connect(self.lock)
        self.panic = PanicKey(app)
        self.panic.triggered.connect(self.panic_lock)
        self.system = SystemLockWatcher(self) if watch_system else None
        if self.system is not None:
            self.system.lock_requested.connect(self.lock)
        self.state = State.LOCKED
        self.session: Session | None = None
        self.main_window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.unlock_window = UnlockWindow(store, self.runner)
        self.unlock_window.unlocked.connect(self._unlocked)
        self.unlock_window.new_user_requested.connect(self.show_first_run)
        self.unlock_window.erased.connect(self._after_erase)
        self.unlock_window.quit_requested.connect(self.quit)
        app.setQuitOnLastWindowClosed(False)
        app.aboutToQuit.connect(self.shutdown)

    # --- screens -----------------------------------------------------------------

    def start(self) -> None:
        if self.store.names():
            self.show_unlock()
        else:
            self.show_first_run()

    def _set_state(self, state: State) -> None:
        self.state = state
        self.state_changed.emit(state)

    def show_unlock(self) -> None:
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        self.unlock_window.passphrase.setFocus()
        self._set_state(State.LOCKED)

    def show_first_run(self) -> None:
        if self.wizard is not None:
            self.wizard.raise_()
            return
        wizard = FirstRunWizard(self.store, self.runner, self.clipboard.copy, self._rng)
        wizard.created.connect(self._wizard_created)
        wizard.abandoned.connect(self._wizard_abandoned)
        wizard.restore_requested.connect(self._restore_instead)
        wizard.show_language(self.translations.language)
        wizard.language_chosen.connect(self.set_language)
        self.wizard = wizard
        self.unlock_window.hide()
        wizard.show()
        self._set_state(State.FIRST_RUN)

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    def _wizard_created(self, created: NewUser) -> None:
        self._drop_wizard()
        self._unlocked(created.session)

    def _restore_instead(self) -> None:
        """From the first-run wizard: the unlock screen, with its Restore dialog open."""
        self._drop_wizard()
        self.show_unlock()
        self.unlock_window.open_restore()

    def _wizard_abandoned(self, created: NewUser | None) -> None:
        self._drop_wizard()
        if created is not None:
            created.session.close()
        if self.store.names():
            self.show_unlock()
        else:
            self.quit()

    def _after_erase(self, _name: str) -> None:
        if not self.store.names():
            self.show_first_run()

    # --- unlocked ------------------------------------------------------------------

    def _page_context(self, session: Session) -> PageContext:
        return PageContext(
            session=session,
            runner=self.runner,
            clipboard=self.clipboard,
            set_language=self.set_language,
            current_language=lambda: self.translations.language,
            settings_changed=self._apply_user_settings,
            layout=self.layout,
        )

    def _unlocked(self, session: Session) -> None:
        if self.session is not None:  # cannot happen through the UI; never keep two open
            session.close()
            return
        self.session = session
        try:
            pages = self.pages.build(self._page_context(session))
        except FieldintakeError as exc:
            self.session = None
            session.close()
            self.show_unlock()
            show_error(self.unlock_window, exc)
            return
        window = MainWindow(session.name, pages)
        window.language = lambda: self.translations.language
        window.lock_requested.connect(self.lock)
        self.idle.countdown.connect(window.show_idle_countdown)
        self.idle.stayed.connect(window.hide_idle_countdown)
        window.quit_requested.connect(self.quit)
        window.backup_requested.connect(self.open_backup)
        window.travel_requested.connect(self.open_travel)
        _connect_open_case(window)
        self.main_window = window
        self._apply_user_settings()
        screen = window.screen()
        window.resize(self.layout.window_size(screen.availableGeometry() if screen is not None else QRect()))
        if self.layout.maximized:
            window.showMaximized()
        else:
            window.show()
        self.unlock_window.hide()
        place, self._resume = self._resume, None
        if place is not None and place.user == session.name:
            window.go_to(place)
        self.idle.start()
        self._set_state(State.UNLOCKED)
        if session.rollback:  # the keyring remembers a later audit head: say so, but let the user see the data
            show_error(window, AuditChainBroken(session.rollback))

    def open_backup(self) -> BackupDialog | None:
        if self.session is None or self.main_window is None:
            return None
        dialog = BackupDialog(self.session, self.store, self.runner, self.main_window)
        dialog.finished_backup.connect(lambda _result: self._apply_user_settings())
        dialog.open()
        return dialog

    def open_travel(self) -> TravelDialog | None:
        if self.session is None or self.main_window is None:
            return None
        dialog = TravelDialog(self.session, self.store, self.runner, self.main_window)
        dialog.travelled.connect(lambda _name: self.panic_lock())  # the session is closed and the vault gone
        dialog.open()
        return dialog

    def _show_backup_status(self) -> None:
        if self.session is not None and self.main_window is not None:
            self.main_window.set_backup_status(*backup_status_text(backupsettings.status(self.session.vault)))

    def _apply_user_settings(self) -> None:
        self._show_backup_status()
        if self.session is None or self._idle_override is not None:
            return
        self.idle.set_timeout_ms(UserSettings.load(self.session.vault).idle_minutes * 60_000)

    # --- the one way to lock ---------------------------------------------------------

    def lock(self) -> None:
        """Hide every piece of data now: close windows and dialogs, clear pages,
        close the session (the key is dropped), take back our clipboard.
        The next unlock by the same user returns to the case, tab and field."""
        self._lock(show_next=True, remember=True)

    @staticmethod
    def _place_of(window: MainWindow) -> Place | None:
        try:
            return window.place()
        except Exception:  # noqa: BLE001 - a convenience: it never stands in the way of the lock
            return None

    def panic_lock(self) -> None:
        """The same lock, and forget where the user was: the next unlock starts at the first page."""
        self._lock(show_next=True, remember=False)

    def _lock(self, show_next: bool, remember: bool = False) -> None:
        self.idle.stop()
        self.runner.cancel_all()
        window, self.main_window = self.main_window, None
        if window is not None:
            self._resume = self._place_of(window) if remember else None
        elif not remember:
            self._resume = None
        forget_env()
        if window is not None:
            self.layout.remember_window(window.normalGeometry().size() if window.isMaximized() else window.size(),
                                        window.isMaximized())
            window.clear_pages()
        wizard, self.wizard = self.wizard, None
        for widget in QApplication.topLevelWidgets():
            if widget in (self.unlock_window, window, wizard) or not widget.isVisible():
                continue
            widget.close()
        if window is not None:
            window.hide()
            window.deleteLater()
        if wizard is not None:
            created = wizard.take_created()
            wizard.hide()
            wizard.deleteLater()
            if created is not None:
                created.session.close()
        session, self.session = self.session, None
        if session is not None:
            session.close()
        self.clipboard.clear_if_ours()
        if window is not None:
            self.layout.save()  # numbers only, after the data is gone; a failure is not a reason to stay open
        if show_next and self._relaunch is not None:
            if self._resume is not None:
                self._resume.put_in_env()  # the new process takes it out of its environment at start
            self.locked.emit()
            self.unlock_window.hide()
            self._relaunch()  # does not return: the new process starts at the unlock screen
            return
        if show_next:
            if self.store.names():
                self.show_unlock()
            else:
                self.show_first_run()
        self.locked.emit()

    def quit(self) -> None:
        self._lock(show_next=False)
        self.unlock_window.hide()
        self.app.quit()

    def shutdown(self) -> None:
        """Last chance on the way out: no open vault, no secret on the clipboard."""
        self.idle.stop()
        self.runner.cancel_all()
        if self.session is not None:
            session, self.session = self.session, None
            session.close()
        self.clipboard.clear_if_ours()

    def dispose(self) -> None:
        """Undo everything ``__init__`` hooked into the application (tests, embedding)."""
        self._lock(show_next=False)
        self.runner.wait()
        self.idle.dispose()
        self.panic.dispose()
        self.app.aboutToQuit.disconnect(self.shutdown)
        self.translations.set_language("en")
        self.unlock_window.hide()
        self.unlock_window.deleteLater()
        self.deleteLater()

    # --- language and errors -------------------------------------------------------

    def set_language(self, code: str) -> None:
        code = self.translations.set_language(code)
        self._show_backup_status()  # made of translated words, not retranslated by the window itself
        if self.prefs.language != code:
            self.prefs.language = code
            try:
                self.prefs.save(self.store.home)
            except FieldintakeError as exc:
                show_error(self.main_window, exc)

    def _report_failure(self, parent: QObject, exc: BaseException, details: str) -> None:
        widget = parent if isinstance(parent, QWidget) else None
        show_error(widget.window() if widget is not None else None, exc, details, self.debug)
