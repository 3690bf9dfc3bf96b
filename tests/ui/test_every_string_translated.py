"""Issue 16: every screen, walked widget by widget in each UI language, shows no English left over and no
literal '&' in a label.

Each screen is walked in English and then, after switching, in the other language: a text the two walks
share is untranslated unless it is a name, a code, digits or data the test entered.
"""

from __future__ import annotations

import copy
import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget, QWizard

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.ui.app import Controller, State
from fieldintake.ui.case.caseview import TAB_KEYS
from fieldintake.ui.case.deadlinedialog import DeadlineDialog
from fieldintake.ui.case.people import PersonDialog
from fieldintake.ui.i18n import LANGUAGES
from tests.case_data import FULL_ANSWERS
from tests.conftest import PASSPHRASE
from tests.ui.casehelp import cases_page, open_app, open_view
from tests.ui.conftest import MakeController
from tests.ui.test_case_attachments import png_bytes
from tests.ui.walk import Seen, untranslated, walk

OTHER = ("ru", "kk", "uk")
# Proper names and codes that stay as they are in every language.
ALLOWED_WORDS = {"fieldintake", "alice", "Telegram", "Signal", "WhatsApp", "age", "Bates", "QR", "PDF", "PDF/A",
                 "SHA", "UNHCR", "ECHR", "AGPL", "GNU", "Ctrl", "Shift", "Alt", "Del", "Enter", "Esc", "PgUp",
                 "PgDown", "Tab", "png", "pdf", "zip", "bundle", "fibundle", "Keychain", "KWallet", "Secret", "Viber",
                 "Service", "macOS", "Windows", "Linux", "Credential", "Locker", "the", "Almaty", "Saratov"}
ALLOWED_WORDS |= {word for name in LANGUAGES.values() for word in name.split()}
CASE_TITLE = "Выдуманное дело для проверки слов"


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
        yield from value.splitlines()
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


DATA = {*_strings(FULL_ANSWERS), CASE_TITLE, "Invented appeal note", "invented-photo.png", "Invented Person",
        "Invented hearing",
        Path.home().name, Path.cwd().name}


def _assert_translated(english: Seen, other: Seen, lang: str) -> None:
    left = untranslated(english, other, DATA, ALLOWED_WORDS)
    assert not left, f"{len(left)} texts are still English in {lang}:\n" + "\n".join(left)
    assert not other.ampersands, "labels showing a literal '&':\n" + "\n".join(other.ampersands)
    assert not english.ampersands, "labels showing a literal '&':\n" + "\n".join(english.ampersands)


def _new_top_levels(before: set[int]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]


def _walk_dialog(open_it: Callable[[], object], seen: Seen) -> None:
    """Open a dialog, walk it and whatever else it opened, close them."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    opened = open_it()
    QApplication.processEvents()
    tops = _new_top_levels(before)
    if isinstance(opened, QWidget) and opened not in tops:
        tops.append(opened)
    assert tops, f"nothing opened by {open_it}"
    for top in tops:
        walk(top, seen)
    for top in tops:
        if isinstance(top, (QDialog, QMessageBox)):
            top.reject()
        top.close()
    QApplication.processEvents()


def _case(controller: Controller) -> str:
    session = controller.session
    assert session is not None
    case = session.cases.create(CASE_TITLE, urgency="high")
    interview = session.cases.add_interview(case.id, "deportation-risk")
    session.cases.save_answers(interview.id, copy.deepcopy(FULL_ANSWERS))
    session.cases.add_deadline(case.id, "hearing", "Invented hearing", "2027-01-15", notes="Invented appeal note")
    session.cases.add_person(case.id, "family", "Invented Person", relation="сестра")
    session.attachments.add_stream(case.id, io.BytesIO(png_bytes()), "invented-photo.png")
    return case.id


def _walk_main(qtbot, controller: Controller, case_id: str) -> Seen:  # type: ignore[no-untyped-def]
    window = controller.main_window
    assert window is not None
    seen = Seen()
    page = cases_page(controller)
    for nav in window.pages:
        window.show_page(nav.key)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
        walk(window, seen)
    window.show_page("cases")
    page.open_case(case_id)
    view = open_view(page)
    for key in TAB_KEYS:
        view.show_tab(key)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
        walk(window, seen)
    _walk_dialog(lambda: PersonDialog(None, view.overview).open(), seen)
    _walk_dialog(lambda: DeadlineDialog(None, view.overview).open(), seen)
    _walk_dialog(view.attachments.choose_files, seen)

    def export() -> object:
        dialog = view.open_export()
        assert dialog is not None
        for choice in ("pdf", "summary", "bundle"):
            dialog.show_choice(choice)
            qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
            walk(dialog, seen)
        return dialog

    _walk_dialog(export, seen)
    page.close_case(reload=False)
    _walk_dialog(page.new_case, seen)
    _walk_dialog(controller.open_backup, seen)
    _walk_dialog(controller.open_travel, seen)
    contacts = window.page("identity")
    contacts.dialogs.clear()  # issue 16 bug 2 (another branch): a closed dialog kept in this list breaks open_add
    _walk_dialog(contacts.open_add, seen)
    _walk_dialog(window.about_action.trigger, seen)
    return seen


@pytest.mark.parametrize("lang", OTHER)
def test_the_main_window_with_a_case_open_is_all_in_the_language(qtbot, make_controller: MakeController,
                                                                 alice: str, lang: str) -> None:
    controller, _page = open_app(qtbot, make_controller)
    case_id = _case(controller)
    controller.main_window.resize(1366, 768)
    english = _walk_main(qtbot, controller, case_id)
    assert len(english.texts) > 300
    controller.set_language(lang)
    try:
        other = _walk_main(qtbot, controller, case_id)
    finally:
        controller.set_language("en")
    _assert_translated(english, other, lang)


@pytest.mark.parametrize("lang", OTHER)
def test_the_unlock_screen_is_all_in_the_language(qtbot, make_controller: MakeController, alice: str,
                                                  lang: str) -> None:
    controller = make_controller()
    controller.start()
    assert controller.state is State.LOCKED
    english = walk(controller.unlock_window)
    controller.set_language(lang)
    try:
        other = walk(controller.unlock_window)
        controller.unlock_window.passphrase.setText("not the passphrase at all")
        controller.unlock_window.try_unlock()
        qtbot.waitUntil(lambda: not controller.unlock_window.is_busy, timeout=10_000)
        walk(controller.unlock_window, other)
    finally:
        controller.set_language("en")
    controller.unlock_window.passphrase.setText("not the passphrase at all")
    controller.unlock_window.try_unlock()
    qtbot.waitUntil(lambda: not controller.unlock_window.is_busy, timeout=10_000)
    walk(controller.unlock_window, english)
    _assert_translated(english, other, lang)


@pytest.mark.parametrize("lang", OTHER)
def test_the_first_run_wizard_is_all_in_the_language(qtbot, qapp: QApplication, tmp_path: Path, lang: str) -> None:
    # Without a keyring, so the wizard's keyring warning is walked too.
    bare = UserStore(Home(tmp_path / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    controller = Controller(qapp, bare, watch_system=False, rng=random.Random(5))
    try:
        controller.start()
        wizard = controller.wizard
        assert wizard is not None
        wizard.create_page.fields.passphrase.setText("password")  # the meter's advice
        english, other = walk(wizard), Seen()
        controller.set_language(lang)
        walk(wizard, other)
        wizard.create_page.name.setText("alice")
        wizard.create_page.fields.passphrase.setText(PASSPHRASE)
        wizard.create_page.fields.confirm.setText(PASSPHRASE)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=10_000)
        walk(wizard, other)
        controller.set_language("en")
        walk(wizard, english)
        controller.set_language(lang)
        wizard.key_page.written.setChecked(True)
        wizard.next()
        walk(wizard, other)
        controller.set_language("en")
        walk(wizard, english)
        assert isinstance(wizard, QWizard)
    finally:
        controller.set_language("en")
        controller.dispose()
    _assert_translated(english, other, lang)
