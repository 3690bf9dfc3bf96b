"""The first-run wizard: create a user, show the recovery key once, check it was written down."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldintake.app.paths import check_user_name
from fieldintake.app.users import BindingStatus, NewUser, UserStore
from fieldintake.crypto.device import friendly_name
from fieldintake.errors import InvalidInput
from fieldintake.ui.dialogs import error_text
from fieldintake.ui.i18n import LANGUAGES
from fieldintake.ui.icons import icon
from fieldintake.ui.widgets import InlineMessage, PassphraseFields, monospace
from fieldintake.ui.workers import Runner
from fieldintake.ui.plaintext import PlainLabel
from fieldintake.ui.retranslate import Retranslating

CopyFn = Callable[[str], None]


def binding_text(binding: BindingStatus) -> str:
    """Whether the new vault is bound to this computer's keyring, in the interface's language."""
    if binding.bound:
        text = QCoreApplication.translate(
            "FirstRunWizard", "Device binding: on. A secret in this computer's keyring ({keyring}) is needed with "
                              "the passphrase, so a copy of the vault folder alone cannot be attacked by guessing.")
        return text.format(keyring=friendly_name(binding.backend))
    return QCoreApplication.translate(
        "FirstRunWizard", "Device binding: off. This system has no secure keyring, so whoever copies the vault "
                          "folder can try to guess the passphrase offline.")


def normalise_group(text: str) -> str:
    """A group as typed, read the forgiving Crockford way (O→0, I/L→1)."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


class CreatePage(Retranslating, QWizardPage):
    """User name and passphrase; committing creates the user in a worker."""

    def __init__(self, store: UserStore, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self.created: NewUser | None = None
        self._busy_flag = False
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        # Said before the passphrase is chosen: without a keyring the passphrase alone guards a copied vault.
        self.no_keyring = InlineMessage(self)
        # The language first: a new user should not have to read English to find it (kept outside the vault).
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._language_label = PlainLabel(self)
        self._language_label.setBuddy(self.language)
        self.name = QLineEdit(self)
        self._name_label = PlainLabel(self)
        self._name_label.setBuddy(self.name)
        self.fields = PassphraseFields(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.error = InlineMessage(self)
        form = QFormLayout()
        form.addRow(self._language_label, self.language)
        form.addRow(self._name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.no_keyring)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.name.textChanged.connect(self.completeChanged)
        self.fields.changed.connect(self.completeChanged)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Create your user"))
        self.intro.setText(self.tr(
            "Everything you record is encrypted with a key that only your passphrase opens. "
            "Choose a passphrase you can remember and nobody can guess."))
        if self._store.device.available:
            self.no_keyring.clear()
        else:
            self.no_keyring.show_message(self.tr(
                "This computer has no secure keyring, so your vault cannot be tied to it: whoever copies the "
                "vault folder can try to guess the passphrase offline. Choose a long passphrase, five or more "
                "unrelated words."))
        self._language_label.setText(QCoreApplication.translate("SettingsPage", "&Language:"))  # Settings' words
        self._name_label.setText(self.tr("User &name:"))
        self.name.setAccessibleName(self.tr("User name"))
        self.name.setPlaceholderText(self.tr("letters, digits, dots or dashes"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create user"))

    def _name_ok(self) -> bool:
        try:
            check_user_name(self.name.text())
        except InvalidInput:
            return False
        return True

    def isComplete(self) -> bool:
        return not self._busy_flag and self._name_ok() and self.fields.acceptable

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self._busy_flag:
            return False
        self._set_busy(True)
        self.error.clear()
        name, passphrase = self.name.text(), self.fields.value()
        self._runner.run(self, lambda _p: self._store.create(name, passphrase), self._created, self._failed)
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy_flag = busy
        self.busy.setVisible(busy)
        self.name.setEnabled(not busy)
        self.fields.setEnabled(not busy)
        self.completeChanged.emit()

    def _created(self, created: NewUser) -> None:
        self.created = created
        self.fields.clear()
        self._set_busy(False)
        self.wizard().next()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._set_busy(False)
        self.error.show_message(error_text(exc))


class RecoveryKeyPage(Retranslating, QWizardPage):
    """The recovery key, shown this once."""

    def __init__(self, copy: CopyFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy = copy
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.key = PlainLabel(self)
        self.key.setFont(monospace(1.6))
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QPushButton(icon("copy"), "", self)
        self.copy_button.clicked.connect(lambda: self._copy(self.key.text().replace("\n", "-").replace(" ", "")))
        self.binding = PlainLabel(self)
        self.binding.setWordWrap(True)
        self.written = QCheckBox(self)
        self.written.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(self.binding)
        layout.addStretch(1)
        layout.addWidget(self.written)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self.intro.setText(self.tr(
            "Write this key on paper and keep it apart from this computer. It opens your vault if you "
            "forget the passphrase. It is shown only now; nobody, not even the developers, can show it again."))
        self.copy_button.setText(self.tr("C&opy (cleared after 30 seconds)"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.written.setText(self.tr("I have &written the recovery key down"))

    def show_key(self, created: NewUser) -> None:
        groups = created.recovery_key.split("-")
        lines = [" ".join(groups[i : i + 5]) for i in range(0, len(groups), 5)]
        self.key.setText("\n".join(lines))
        self.binding.setText(binding_text(created.binding))

    def isComplete(self) -> bool:
        return self.written.isChecked()


class CheckKeyPage(Retranslating, QWizardPage):
    """Retype two groups chosen at random: proof the key was written down, not just seen."""

    def __init__(self, rng: random.Random | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rng = rng or random.SystemRandom()
        self.asked: tuple[int, int] = (0, 1)
        self._groups: list[str] = []
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setFont(monospace(1.3))
            field.setMaxLength(7)
            field.textChanged.connect(self.completeChanged)
        self._first_label = PlainLabel(self)
        self._first_label.setBuddy(self.first)
        self._second_label = PlainLabel(self)
        self._second_label.setBuddy(self.second)
        form = QFormLayout()
        form.addRow(self._first_label, self.first)
        form.addRow(self._second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Check your copy"))
        self.intro.setText(self.tr("Type two groups from the paper copy of your recovery key."))
        a, b = self.asked
        self._first_label.setText(self.tr("Group &{n}:").format(n=a + 1))
        self._second_label.setText(self.tr("Group {n}:").format(n=b + 1))
        self.first.setAccessibleName(self.tr("Group {n} of the recovery key").format(n=a + 1))
        self.second.setAccessibleName(self.tr("Group {n} of the recovery key").format(n=b + 1))

    def ask(self, recovery_key: str) -> None:
        self._groups = recovery_key.split("-")
        pair = sorted(self._rng.sample(range(len(self._groups)), 2))
        self.asked = (pair[0], pair[1])
        self.first.clear()
        self.second.clear()
        self._retranslate()

    def isComplete(self) -> bool:
        if not self._groups:
            return False
        a, b = self.asked
        return (normalise_group(self.first.text()) == self._groups[a]
                and normalise_group(self.second.text()) == self._groups[b])

    def forget(self) -> None:
        self._groups = []


_QT_WIZARD = "QWizard"  # Qt's own context (in qtbase_<lang>.qm), not one of ours
_WIZARD_BUTTONS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.FinishButton: "&Finish",
    QWizard.WizardButton.CancelButton: "Cancel",
}


class FirstRunWizard(Retranslating, QWizard):
    """Emits ``created(NewUser)`` when finished; on cancel after creation the
    session is handed over too, so it can be closed properly."""

    created = Signal(object)
    abandoned = Signal(object)
    restore_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, store: UserStore, runner: Runner, copy: CopyFn, rng: random.Random | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("fieldintake")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.create_page = CreatePage(store, runner, self)
        self.key_page = RecoveryKeyPage(copy, self)
        self.check_page = CheckKeyPage(rng, self)
        self.addPage(self.create_page)
        self.addPage(self.key_page)
        self.addPage(self.check_page)
        self.currentIdChanged.connect(self._entered)
        self.create_page.language.currentIndexChanged.connect(
            lambda _index: self.language_chosen.emit(str(self.create_page.language.currentData())))
        self.finished.connect(self._done)
        self.setMinimumSize(640, 520)
        # A new laptop with a backup: restore instead of creating a user.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._custom_button)
        self._retranslate()

    def _custom_button(self, which: int) -> None:
        if which == int(QWizard.WizardButton.CustomButton1.value):
            self.restore_requested.emit()

    def _retranslate(self) -> None:
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Restore from a &backup…"))
        # QWizard words its own buttons once, when it is made: after a language change, ask Qt's catalogue again.
        for button, text in _WIZARD_BUTTONS.items():
            self.setButtonText(button, QCoreApplication.translate(_QT_WIZARD, text))

    def _entered(self, page_id: int) -> None:
        created = self.create_page.created
        if created is None:
            return
        # The user exists now: cancelling would lose sight of the recovery key.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, False)
        if self.page(page_id) is self.key_page:
            self.key_page.show_key(created)
        elif self.page(page_id) is self.check_page:
            self.check_page.ask(created.recovery_key)

    def show_language(self, code: str) -> None:
        """Select the language in use without announcing it as a choice."""
        combo = self.create_page.language
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(code)))
        combo.blockSignals(False)

    def take_created(self) -> NewUser | None:
        """Hand over the new user's session (if any) and forget the recovery key."""
        created = self.create_page.created
        self.create_page.created = None
        self.key_page.key.clear()
        self.check_page.forget()
        return created

    def _done(self, result: int) -> None:
        created = self.take_created()
        if result == QWizard.DialogCode.Accepted.value and created is not None:
            self.created.emit(created)
        else:
            self.abandoned.emit(created)
