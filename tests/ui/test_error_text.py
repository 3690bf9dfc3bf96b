"""Errors from the core are told in the UI's language where the UI has its own words for them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fieldintake.errors import InvalidInput, MistypedRecoveryKey, WrongPassphrase
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.i18n import Translations


def test_common_errors_in_russian_and_english(qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        assert error_text(WrongPassphrase("Wrong passphrase.")) == "Wrong passphrase."
        translations.set_language("ru")
        assert error_text(WrongPassphrase("Wrong passphrase.")) == "Неверная парольная фраза."
        typo = MistypedRecoveryKey("Group 7 of the recovery key (ABCDE) is mistyped: check it against your copy.")
        assert error_text(typo) == "В группе 7 ключа восстановления опечатка: сверьте её со своей копией."
        assert error_text(InvalidInput("Some detail in English.")) == "Some detail in English."  # no own words yet
    finally:
        translations.set_language("en")


def test_rollback_and_erased_vault_errors_in_russian(qapp: QApplication) -> None:
    from fieldintake.errors import AuditChainBroken, VaultErased

    translations = Translations(qapp)
    try:
        translations.set_language("ru")
        assert error_text(AuditChainBroken("rolled back")).startswith("Журнал аудита не совпадает")
        assert error_text(VaultErased("erased")).startswith("Это хранилище стёрто")
    finally:
        translations.set_language("en")
