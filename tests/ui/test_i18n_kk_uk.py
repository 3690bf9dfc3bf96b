"""Kazakh and Ukrainian: complete catalogues made from today's sources, Qt's own words, the window in each."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from fieldintake.app.users import UserStore
from fieldintake.ui.i18n import HERE, LANGUAGES, Translations
from fieldintake.ui.i18n.build import AREAS, sources, tool
from fieldintake.ui.prefs import UiPrefs
from fieldintake.ui.settings import SettingsPage
from tests.ui.casehelp import cases_page, open_app
from tests.ui.conftest import MakeController

NEW = ("kk", "uk")
AREA_NAMES = ("fieldintake", *AREAS.values())
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m) for c in root.iter("context")
            for m in c.iter("message")]


def translations_of(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform") if message.get("numerus") == "yes" else [node]
    return [f.text or "" for f in forms]


@pytest.mark.parametrize("lang", NEW)
def test_every_message_is_translated_with_its_placeholders_and_one_accelerator(lang: str) -> None:
    catalogues = [HERE / f"{area}_{lang}.ts" for area in AREA_NAMES]
    if lang == "kk":
        catalogues.append(HERE / "qtgaps_kk.ts")
    total = 0
    for ts in catalogues:
        assert ts.with_suffix(".qm").exists(), ts.name
        for context, source, message in messages(ts):
            where = f"{ts.name} {context}: {source!r}"
            node = message.find("translation")
            assert node is not None and node.get("type") is None, where  # not unfinished, not obsolete
            for text in translations_of(message):
                assert text.strip(), where
                assert text != source or source in ("SHA-256", "SHA-256:", "Telegram", "File:", "Файл"), where
                assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
                assert len(ACCELERATOR.findall(text)) == min(1, len(ACCELERATOR.findall(source))), where
                total += 1
    assert total > 600


def test_the_catalogues_hold_exactly_the_strings_of_todays_sources(tmp_path: Path) -> None:
    """What lupdate finds in the code now is what kk and uk translate: nothing new left untranslated."""
    for area in AREA_NAMES:
        fresh = tmp_path / f"{area}_kk.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        *map(str, sources(area)), "-ts", str(fresh)], check=True, capture_output=True)
        wanted = {(c, s) for c, s, _ in messages(fresh)}
        for lang in NEW:
            held = {(c, s) for c, s, _ in messages(HERE / f"{area}_{lang}.ts")}
            assert held == wanted, (area, lang, sorted(wanted ^ held)[:5])


def test_the_ukrainian_catalogue_is_not_the_russian_one() -> None:
    ru = {(c, s): translations_of(m) for c, s, m in messages(HERE / "cases_ru.ts")}
    uk = {(c, s): translations_of(m) for c, s, m in messages(HERE / "cases_uk.ts")}
    same = [k for k in uk if k in ru and uk[k] == ru[k] and len(k[1]) > 12]
    assert len(same) < len(uk) * 0.05, same[:10]
    letters = "".join(t for ts in uk.values() for t in ts)
    assert all(ch in letters for ch in "іїє’")  # Ukrainian letters (ґ is rare in these words)


def test_kazakh_and_ukrainian_are_offered() -> None:
    assert LANGUAGES["kk"] == "Қазақша" and LANGUAGES["uk"] == "Українська"


@pytest.mark.parametrize(("lang", "cancel", "look_in", "file_name"), [
    ("kk", "Бас тарту", "Қайда қарау:", "Файл &аты:"),  # "Look in:": from qtgaps_kk, Qt's own has none
    ("uk", "Скасувати", "Перегляд в:", "&Ім'я файлу:"),
])
def test_qts_own_strings_follow_the_language(qapp: QApplication, lang: str, cancel: str, look_in: str,
                                             file_name: str) -> None:
    translations = Translations(qapp)
    try:
        assert translations.set_language(lang) == lang
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
        assert QCoreApplication.translate("QFileDialog", "File &name:") == file_name
    finally:
        translations.set_language("en")


@pytest.mark.parametrize(("lang", "cases", "title", "settings", "save", "critical", "unlock"), [
    ("kk", "Істер", "Атауы", "Баптаулар", "&Сақтау", "өте шұғыл", "Құлыпты &ашу"),
    ("uk", "Справи", "Назва", "Налаштування", "&Зберегти", "критична", "&Розблокувати"),
])
def test_the_window_in_kazakh_and_ukrainian(qtbot, make_controller: MakeController, store: UserStore, alice: str,
                                           lang: str, cases: str, title: str, settings: str, save: str,
                                           critical: str, unlock: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    settings_page = controller.main_window.page("settings")
    assert isinstance(settings_page, SettingsPage)
    settings_page.language.setCurrentIndex(settings_page.language.findData(lang))
    qtbot.waitUntil(lambda: page.heading.text() == cases)
    nav = controller.main_window.nav
    assert settings in [nav.item(i).text() for i in range(nav.count())]
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == title
    assert page.urgency_filter.itemText(page.urgency_filter.findData("critical")) == critical
    assert settings_page.save_button.text() == save
    assert controller.main_window.file_menu.title() == "&Файл"
    assert UiPrefs.load(store.home).language == lang
    controller.lock()
    qtbot.waitUntil(lambda: controller.unlock_window.unlock_button.text() == unlock)
    controller.set_language("en")


def test_a_case_opened_in_ukrainian_shows_its_tabs_in_ukrainian(qtbot, make_controller: MakeController,
                                                                alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    case = controller.session.cases.create("Invented removal case", urgency="critical")
    controller.set_language("uk")
    qtbot.waitUntil(lambda: page.heading.text() == "Справи")
    page.open_case(case.id)
    qtbot.waitUntil(lambda: page.view is not None)
    tabs = page.view.tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert "&Огляд" in names and "&Інтерв’ю" in names and "І&сторія" in names
    assert cases_page(controller) is page
    controller.set_language("en")


def test_the_first_run_offers_the_language_before_anything_else(qtbot, make_controller: MakeController,
                                                                store: UserStore) -> None:
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    combo = wizard.create_page.language
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Русский", "Қазақша", "Українська"]
    combo.setCurrentIndex(combo.findData("kk"))
    qtbot.waitUntil(lambda: wizard.create_page.title() == "Пайдаланушыңызды құрыңыз")
    assert wizard.create_page._language_label.text() == "&Тіл:"
    assert UiPrefs.load(store.home).language == "kk"
    combo.setCurrentIndex(combo.findData("uk"))
    qtbot.waitUntil(lambda: wizard.create_page.title() == "Створіть свого користувача")
    controller.set_language("en")
