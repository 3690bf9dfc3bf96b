from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel

from fieldintake.app.users import UserStore
from fieldintake.ui.pages import ComingPage, PageRegistry, coming
from fieldintake.ui.prefs import UiPrefs
from fieldintake.ui.settings import IDLE_MINUTES, ORGANISATION, SettingsPage
from tests.ui.conftest import MakeController, unlock


def _nav_texts(controller) -> list[str]:  # type: ignore[no-untyped-def]
    nav = controller.main_window.nav
    return [nav.item(i).text() for i in range(nav.count())]


def test_navigation_lists_the_sections(qtbot, make_controller: MakeController, alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    assert _nav_texts(controller) == ["Cases", "Deadlines", "Contacts & identity", "Inbox", "Settings"]
    window = controller.main_window
    window.page_actions[4].trigger()  # Ctrl+5
    assert window.stack.currentWidget() is window.page("settings").widget


def test_identity_page_shows_fingerprint_card_and_qr(qtbot, make_controller: MakeController, alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    page = controller.main_window.page("identity")
    card = controller.session.card()
    assert page.fingerprint.text() == card.fingerprint
    assert page.card_text.toPlainText() == card.to_text()
    pixmap = page.qr.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100
    page.copy_button.click()
    assert controller.clipboard.holds_ours()


def test_switching_to_russian_retranslates_the_open_window(qtbot, make_controller: MakeController,
                                                           store: UserStore, alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    page = controller.main_window.page("settings")
    assert isinstance(page, SettingsPage)
    page.language.setCurrentIndex(page.language.findData("ru"))
    # Qt posts LanguageChange to every widget: the open window follows on the next loop turn.
    qtbot.waitUntil(lambda: "Настройки" in _nav_texts(controller))
    assert controller.main_window.file_menu.title() == "&Файл"
    assert page.save_button.text() == "&Сохранить"
    assert json.loads((store.home.root / "ui.json").read_text())["language"] == "ru"
    assert UiPrefs.load(store.home).language == "ru"
    controller.lock()
    qtbot.waitUntil(lambda: controller.unlock_window.unlock_button.text() == "&Разблокировать")
    assert controller.unlock_window.passphrase.accessibleName() == "Парольная фраза"


def test_the_language_is_used_before_unlock(qtbot, make_controller: MakeController, store: UserStore,
                                            alice: str) -> None:
    UiPrefs(language="ru").save(store.home)
    controller = make_controller()
    controller.start()
    assert "заблокирован" in controller.unlock_window.heading.text()


def test_a_broken_ui_json_falls_back_to_english(store: UserStore) -> None:
    store.home.root.mkdir(parents=True)
    (store.home.root / "ui.json").write_text("{not json")
    assert UiPrefs.load(store.home).language == "en"


def test_settings_are_saved_in_the_vault(qtbot, make_controller: MakeController, alice: str) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    page = controller.main_window.page("settings")
    assert page.idle.value() == 5
    page.idle.setValue(12)
    page.organisation.setText("Invented Rights Centre")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved.", timeout=5_000)
    vault = controller.session.vault
    assert vault.get_setting(IDLE_MINUTES) == "12"
    assert vault.get_setting(ORGANISATION) == "Invented Rights Centre"
    assert controller.idle.timeout_ms == 12 * 60_000


def test_a_registered_page_replaces_a_placeholder(qtbot, make_controller: MakeController, alice: str) -> None:
    class CasesPage(QLabel):
        key = "cases"
        cleared = False

        @property
        def widget(self):  # type: ignore[no-untyped-def]
            return self

        def title(self) -> str:
            return "Cases"

        def icon(self):  # type: ignore[no-untyped-def]
            return self.windowIcon()

        def clear(self) -> None:
            CasesPage.cleared = True
            self.setText("")

    controller = make_controller()
    controller.pages.register("cases", lambda context, parent: CasesPage("Case list", parent))
    unlock(qtbot, controller)
    assert isinstance(controller.main_window.page("cases"), CasesPage)
    assert controller.pages.keys()[0] == "cases"
    controller.lock()
    assert CasesPage.cleared


def test_registry_inserts_before_a_key() -> None:
    registry = PageRegistry()
    registry.register("a", coming("a"))
    registry.register("c", coming("c"))
    registry.register("b", coming("b"), before="c")
    assert registry.keys() == ["a", "b", "c"]


def test_placeholder_says_coming(qtbot) -> None:
    page = ComingPage("deadlines")
    qtbot.addWidget(page)
    assert page.title() == "Deadlines"
