"""Issue 16, Words: what was still English in a Russian (Kazakh, Ukrainian) window."""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest
import zxcvbn.feedback
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import BundleError, NotABundle
from fieldintake.exports import summary
from fieldintake.exports.redaction import preview_text
from fieldintake.ui.app import Controller
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.i18n import Translations
from fieldintake.ui.passphrasewords import ZXCVBN_SENTENCES
from fieldintake.ui.widgets import PassphraseFields
from tests.case_data import FULL_ANSWERS
from tests.ui.casehelp import column_texts, deadlines_page, open_app, open_view
from tests.ui.conftest import MakeController

LANGS = ("ru", "kk", "uk")
TEMPLATE_TITLES = {"ru": "Учёт действителен до", "kk": "Тіркеудің жарамдылық мерзімі", "uk": "Облік дійсний до"}


@pytest.fixture
def translated(qapp: QApplication):  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    yield translations
    translations.set_language("en")


def _case_with_answers(session) -> str:  # type: ignore[no-untyped-def]
    case = session.cases.create("Invented case for the words")
    interview = session.cases.add_interview(case.id, "deportation-risk")
    session.cases.save_answers(interview.id, {k: FULL_ANSWERS[k] for k in ("registered", "registered_until")})
    return case.id


@pytest.mark.parametrize("lang", LANGS)
def test_deadlines_and_timeline_show_template_titles_in_the_language(qtbot, make_controller: MakeController,
                                                                     alice: str, lang: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    controller.set_language(lang)
    try:
        case_id = _case_with_answers(controller.session)
        deadlines = deadlines_page(controller)
        controller.main_window.show_page("deadlines")
        deadlines.days.setCurrentIndex(deadlines.days.count() - 1)  # everything
        qtbot.waitUntil(lambda: deadlines.model.rowCount() == 1 and not controller.runner.busy, timeout=10_000)
        assert column_texts(deadlines.table, 1) == [TEMPLATE_TITLES[lang]]
        controller.main_window.show_page("cases")
        page.open_case(case_id)
        view = open_view(page)
        view.show_tab("timeline")
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
        texts = " ".join(column_texts(view.timeline.table, 1))
        assert TEMPLATE_TITLES[lang] in texts and "Registration valid until" not in texts
    finally:
        controller.set_language("en")


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_preview_says_status_urgency_and_deadlines_in_the_language(store: UserStore, lang: str) -> None:
    session = store.create("words", "amber lighthouse counting 41 pebbles").session
    try:
        case_id = _case_with_answers(session)
        text = preview_text(summary.redact(session, case_id, audience="lawyer", lang=lang, override_reason="invented test case"), session.templates, lang)
    finally:
        session.close()
    for english in ("open", "normal", "draft", "Registration valid until"):
        assert not re.search(rf"\b{english}\b", text), (english, text)
    assert TEMPLATE_TITLES[lang] in text


def _zxcvbn_sentences() -> set[str]:
    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text())
    return {node.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "_" and isinstance(node.args[0], ast.Constant)}


def test_every_zxcvbn_sentence_is_in_our_list() -> None:
    found = _zxcvbn_sentences()
    assert len(found) > 20
    assert found <= set(ZXCVBN_SENTENCES)


@pytest.mark.parametrize("lang", LANGS)
def test_the_strength_meter_advises_in_the_language(qtbot, translated: Translations, lang: str) -> None:
    translated.set_language(lang)
    for sentence in ZXCVBN_SENTENCES:
        assert QCoreApplication.translate("passphrase", sentence) != sentence, (lang, sentence)
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.passphrase.setText("password1234")  # "This is a very common password." in zxcvbn's words
    advice = fields.advice.text()
    assert advice and not re.search(r"\b(password|guess|common|words)\b", advice), advice


@pytest.mark.parametrize("lang", LANGS)
def test_inbox_failures_are_worded_in_the_language(translated: Translations, lang: str) -> None:
    translated.set_language(lang)
    for exc in (NotABundle("This is an ASCII-armored age file, not a fieldintake bundle."),
                BundleError("The bundle check sent back an answer that could not be read.")):
        assert error_text(exc) != str(exc) and "bundle" not in error_text(exc)


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_the_wizard_warns_about_a_missing_keyring_on_the_passphrase_page(qtbot, make_controller: MakeController,
                                                                         tmp_path: Path, lang: str) -> None:
    bare = UserStore(Home(tmp_path / "bare"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    controller = Controller(QApplication.instance(), bare, watch_system=False, rng=random.Random(1))
    try:
        controller.set_language(lang)
        controller.start()
        wizard = controller.wizard
        assert wizard is not None and wizard.currentPage() is wizard.create_page
        note = wizard.create_page.no_keyring
        assert note.isVisible() and note.text
        assert ("long passphrase" in note.text) == (lang == "en")
        # Above the passphrase: said before it is chosen.
        assert note.geometry().top() < wizard.create_page.fields.geometry().top()
    finally:
        controller.set_language("en")
        controller.dispose()


def test_with_a_keyring_the_wizard_says_nothing_about_it(qtbot, make_controller: MakeController) -> None:
    controller = make_controller()
    controller.start()
    assert controller.wizard is not None
    assert not controller.wizard.create_page.no_keyring.isVisible()
