"""Small, non-blocking dialogs: errors and confirmations.

Every dialog here is opened with ``open()`` (window-modal, no nested event
loop) and deletes itself on close, so the panic lock can close it at once.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldintake import errors
from fieldintake.errors import FieldintakeError
from fieldintake.ui.plaintext import message_box

# The core's messages are English and detailed. For the failures people meet most, the
# UI has its own wording in every language it speaks; in English the core's words stay.
_KNOWN: dict[type[FieldintakeError], str] = {
    errors.WrongPassphrase: QT_TRANSLATE_NOOP("errors", "Wrong passphrase."),
    errors.WeakPassphrase: QT_TRANSLATE_NOOP(
        "errors", "That passphrase is too weak. Use at least 12 characters; a few unrelated words work well."),
    errors.MistypedRecoveryKey: QT_TRANSLATE_NOOP(
        "errors", "Group {group} of the recovery key is mistyped: check it against your copy."),
    errors.WrongRecoveryKey: QT_TRANSLATE_NOOP("errors", "That recovery key does not open this vault."),
    errors.DeviceSecretMissing: QT_TRANSLATE_NOOP(
        "errors", "This vault is bound to this computer's keyring, and its secret is missing or unreadable. "
                  "Unlock with your recovery key instead."),
    errors.VaultInUse: QT_TRANSLATE_NOOP(
        "errors", "This vault is in use by another fieldintake window or command. Close it and try again."),
    errors.UserExists: QT_TRANSLATE_NOOP("errors", "That name is already taken."),
    errors.KeyFileCorrupt: QT_TRANSLATE_NOOP("errors", "The key file is damaged. Restore it from a backup."),
    errors.StorageError: QT_TRANSLATE_NOOP(
        "errors", "The change could not be written (is the disk full?). Nothing was changed."),
    errors.Cancelled: QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was changed."),
    errors.ConsentMissing: QT_TRANSLATE_NOOP(
        "errors", "The client's recorded consent does not allow sharing with this audience. "
                  "Record the consent in the interview, or override it with a reason."),
    errors.UnknownSender: QT_TRANSLATE_NOOP(
        "errors", "This bundle is signed by someone who is not one of your contacts. Compare the fingerprint "
                  "with them before importing it."),
    errors.AlreadyImported: QT_TRANSLATE_NOOP("errors", "This bundle was imported before; nothing was changed."),
    errors.BundleDecryptError: QT_TRANSLATE_NOOP(
        "errors", "This bundle is not addressed to you, the passphrase is wrong, or the file is damaged."),
    errors.BundleSignatureInvalid: QT_TRANSLATE_NOOP(
        "errors", "The bundle's signature does not match its contents: it was altered. Nothing was imported."),
    errors.BundleTampered: QT_TRANSLATE_NOOP(
        "errors", "The bundle was altered or damaged on the way. Nothing was imported."),
    errors.AuditChainBroken: QT_TRANSLATE_NOOP(
        "errors", "The audit log does not match what this computer recorded: the vault was rolled back to an "
                  "earlier copy, or altered. If you restored a backup on purpose, confirm it with "
                  "'fieldintake audit verify --accept-current'."),
    errors.VaultErased: QT_TRANSLATE_NOOP(
        "errors", "This vault was erased from another window. Nothing more can be saved to it."),
    errors.BundleTooExpensive: QT_TRANSLATE_NOOP(
        "errors", "This bundle asks for an unreasonable amount of work to open; it was refused."),
    errors.NotABundle: QT_TRANSLATE_NOOP("errors", "This file is not a fieldintake bundle. Nothing was imported."),
    errors.ForgedAncestry: QT_TRANSLATE_NOOP(
        "errors", "This bundle claims changes this vault never made: it was refused. Nothing was imported."),
    # The rest of the bundle failures (a damaged file, the isolated check failing): one line in every language.
    errors.BundleError: QT_TRANSLATE_NOOP(
        "errors", "The bundle could not be read: it is damaged or not a bundle. Nothing was imported."),
    errors.NotABackup: QT_TRANSLATE_NOOP("errors", "This file is not a fieldintake backup. Nothing was changed."),
    errors.BackupError: QT_TRANSLATE_NOOP("errors", "The backup could not be read or written. Nothing was changed."),
}


def _params(exc: FieldintakeError) -> dict[str, str]:
    found = re.search(r"Group (\d+)", str(exc))
    return {"group": found.group(1) if found else "?"}


def error_text(exc: BaseException) -> str:
    """What a person is told: the error's own words (in the UI's language where we have them),
    or a generic line for a bug."""
    if isinstance(exc, FieldintakeError):
        for cls in type(exc).__mro__:
            source = _KNOWN.get(cls)  # type: ignore[call-overload]
            if source is not None:
                translated = QCoreApplication.translate("errors", source)
                if translated != source:
                    return translated.format(**_params(exc))
                break
        return str(exc)
    return QCoreApplication.translate("dialogs", "Something went wrong. Nothing was saved by the step that failed.")


def show_error(parent: QWidget | None, exc: BaseException, details: str = "", debug: bool = False) -> QMessageBox:
    """Tell the user about a failure. Details (a traceback) only in debug mode:
    a traceback may quote values, and values may be case data."""
    box = message_box(parent, QMessageBox.Icon.Warning, error_text(exc))  # errors quote names: plain text
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if debug and details and not isinstance(exc, FieldintakeError):
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    box = message_box(parent, QMessageBox.Icon.Information, text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
