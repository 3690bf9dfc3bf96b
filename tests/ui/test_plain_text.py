"""Nothing from outside is rendered as markup (issue 10, item 1).

Two checks: the source makes every label, message box and tooltip through
fieldintake/ui/plaintext.py; and the screens, filled with the issue's attack
(a name that restyles the stranger warning into invisibility), show that
payload literally wherever they show it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget

from fieldintake.app import interchange
from fieldintake.app.users import UserStore
from fieldintake.crypto.identity import Identity
from fieldintake.exports import handover
from fieldintake.exports.bundle import BytesMember, write_bundle
from fieldintake.ui.settings import INBOX_FOLDER
from tests.conftest import PASSPHRASE
from tests.ui.casehelp import open_app, reload_and_wait
from tests.ui.conftest import MakeController
from tests.ui.handover_help import BOB_PASSPHRASE, contacts_page, create_bob, export_dialog, inbox_page, unlock_as

UI = Path(__file__).resolve().parents[2] / "fieldintake" / "ui"
#: The issue's payload; its inner words are how a screen that lost the markup is recognised.
INNER = "Your contact Alice, verified"
PAYLOAD = f'<span style=color:green>alice</span><br><b>{INNER}</b><span style="font-size:1px">'
LITERAL = f"<b>{INNER}</b>"


# --- the source: one way to make each of these ----------------------------------------------------------------


def _sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in sorted(UI.rglob("*.py"))]


def test_every_label_is_a_plain_label() -> None:
    stray = [f"{p.relative_to(UI)}:{n}" for p, text in _sources() if p.name != "plaintext.py"
             for n, line in enumerate(text.splitlines(), 1) if re.search(r"(?<![\w.])QLabel\(", line)
             or re.search(r"class \w+\(QLabel\)", line)]
    assert stray == []


def test_every_message_box_comes_from_the_helper() -> None:
    allowed = {"plaintext.py", "about.py"}  # about: our own words, the version escaped through plaintext.markup
    stray = [f"{p.relative_to(UI)}:{n}" for p, text in _sources() if p.name not in allowed
             for n, line in enumerate(text.splitlines(), 1)
             if re.search(r"QMessageBox\(|QMessageBox\.(question|warning|information|critical)\(", line)]
    assert stray == []


def test_every_tooltip_is_plain_and_nothing_sets_markup() -> None:
    stray = []
    for p, text in _sources():
        for n, line in enumerate(text.splitlines(), 1):
            call = re.search(r"setToolTip\((.*)", line)
            if call and not call.group(1).startswith(("plain_tooltip(", '""')):
                stray.append(f"{p.relative_to(UI)}:{n}")
            if re.search(r"setHtml\(|insertHtml\(|appendHtml\(|setWhatsThis\(", line):
                stray.append(f"{p.relative_to(UI)}:{n}")
            if "TextFormat.RichText" in line and p.name not in ("plaintext.py", "about.py"):
                stray.append(f"{p.relative_to(UI)}:{n}")
    assert stray == []


# --- the screens ----------------------------------------------------------------------------------------------


def _rendered(text: str, fmt: Qt.TextFormat) -> str:
    """What a person sees of ``text`` in a widget with this text format."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _shown() -> list[tuple[str, str, str]]:
    """(where, raw text, rendered text) of every label, message box text and tooltip on screen now."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found: list[tuple[str, str, str]] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            where = f"{type(widget).__name__}:{widget.objectName()}"
            if isinstance(widget, QLabel):
                found.append((where, widget.text(), _rendered(widget.text(), widget.textFormat())))
            if widget.toolTip():
                found.append((where + " tooltip", widget.toolTip(), _rendered(widget.toolTip(), Qt.TextFormat.AutoText)))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                try:
                    columns = model.columnCount(QModelIndex())
                except TypeError:  # list models hide columnCount: one column
                    columns = 1
                for r in range(model.rowCount(QModelIndex())):
                    for c in range(columns):
                        tip = model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
                        if tip:
                            found.append((where + " cell tooltip", str(tip), _rendered(str(tip), Qt.TextFormat.AutoText)))
    return found


def _assert_literal(minimum: int = 1) -> list[str]:
    """Wherever the payload's words are shown, its markup is shown too; returns where it was seen."""
    seen, hidden = [], []
    for where, raw, rendered in _shown():
        if INNER in raw:
            seen.append(where)
            if LITERAL not in rendered:
                hidden.append(f"{where}: {rendered!r}")
    assert hidden == []
    assert len(seen) >= minimum, seen
    return seen


def test_case_screens_and_the_export_dialog_show_markup_literally(qtbot, make_controller: MakeController,
                                                                 alice: str, tmp_path: Path) -> None:
    controller, page = open_app(qtbot, make_controller)
    session = controller.session
    case = session.cases.create(PAYLOAD, urgency="high")
    session.cases.add_person(case.id, "client", PAYLOAD, aliases=[PAYLOAD], notes=PAYLOAD)
    session.cases.add_deadline(case.id, "hearing", PAYLOAD, "2030-01-01", notes=PAYLOAD)
    upload = tmp_path / "scan.txt"
    upload.write_text("invented")
    session.attachments.add(case.id, upload, description=PAYLOAD)
    reload_and_wait(qtbot, page)
    page.open_case(case.id)
    view = page.view
    assert view is not None
    for key in ("overview", "attachments", "timeline", "history"):
        view.show_tab(key)
        seen = _assert_literal()
    assert any("heading" in w or "PlainLabel" in w for w in seen)
    dialog = export_dialog(controller, page, case.id)
    for choice in ("pdf", "bundle"):
        dialog.show_choice(choice)
        _assert_literal()
    dialog.close()


def _legacy_contact(session, name: str, card: str) -> None:  # type: ignore[no-untyped-def]
    """A contact whose name predates the name check: the screens must still show it as plain text."""
    contact = session.contacts.add("placeholder", card)
    with session.vault.transaction() as tx:
        tx.execute("UPDATE contacts SET name = ? WHERE id = ?", (name, contact.id))
        tx.audit("contact.renamed", "contact", contact.id, {})


def _stranger_bundle(folder: Path, to: str, sender_name: str, title: str, store: UserStore) -> Path:
    """A correctly signed bundle from someone bob does not know, carrying one case."""
    session = store.unlock("alice", PASSPHRASE)
    try:
        case = session.cases.create(title)
        doc = interchange.to_doc(session.cases.get(case.id))
    finally:
        session.close()
    stranger = Identity.generate()
    out = io.BytesIO()
    write_bundle(out, sender=stranger, sender_card=stranger.card(sender_name), recipients=[to],
                 members=[BytesMember(f"cases/{case.id}.json", interchange.dumps(doc).encode())], cases=[case.id])
    path = folder / "from-a-stranger.fibundle"
    path.write_bytes(out.getvalue())
    return path


def _bob_with_inbox(store: UserStore, folder: Path) -> str:
    create_bob(store)
    bob = store.unlock("bob", BOB_PASSPHRASE)
    try:
        bob.vault.set_setting(INBOX_FOLDER, str(folder))
        return bob.identity.age_recipient
    finally:
        bob.close()


def test_contacts_and_inbox_show_a_contact_named_with_markup_literally(qtbot, make_controller: MakeController,
                                                                       store: UserStore, alice: str,
                                                                       tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    bob_recipient = _bob_with_inbox(store, folder)
    alice_session = store.unlock("alice", PASSPHRASE)
    try:
        alice_card = alice_session.card().to_text()
        case = alice_session.cases.create("Invented case for bob")
        handover.export_bundle(alice_session, [case.id], folder / "from-alice.fibundle", recipients=[bob_recipient])
    finally:
        alice_session.close()
    bob = store.unlock("bob", BOB_PASSPHRASE)
    _legacy_contact(bob, PAYLOAD, alice_card)
    bob.close()
    controller = make_controller()
    controller.start()
    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    assert controller.main_window is not None
    controller.main_window.show_page("identity")
    contacts_page(controller)
    _assert_literal(minimum=0)  # the contacts table shows names in cells, which Qt never renders as markup
    controller.main_window.show_page("inbox")
    inbox = inbox_page(controller)
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.files.setCurrentRow(0)
    seen = _assert_literal()
    assert any("standing" in w or "PlainLabel" in w for w in seen)
    assert INNER in inbox.standing.text() and inbox.standing.textFormat() == Qt.TextFormat.PlainText


def test_a_stranger_card_named_with_markup_is_refused_in_the_inbox(qtbot, make_controller: MakeController,
                                                                   store: UserStore, alice: str,
                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    bob_recipient = _bob_with_inbox(store, folder)
    _stranger_bundle(folder, bob_recipient, PAYLOAD, "Invented case", store)
    controller = make_controller()
    controller.start()
    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    inbox = inbox_page(controller)
    with qtbot.waitSignal(inbox.failed, timeout=30_000):
        inbox.files.setCurrentRow(0)
    assert inbox.error.text.startswith("Not imported:")
    assert not inbox.import_button.isEnabled()


def test_the_import_confirmation_shows_a_markup_name_literally(qtbot, make_controller: MakeController,
                                                               store: UserStore, alice: str, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Even if a name with markup got past the card parser, the stranger warning stays readable."""
    import fieldintake.crypto.identity as identity

    from fieldintake.exports import handover as handover_module
    from fieldintake.exports.bundle import inspect_bundle

    def in_process(path: Path, **kw: object) -> object:  # the child process would not see the patch below
        kw.pop("cpu_seconds", None)
        with open(path, "rb") as src:
            return inspect_bundle(src, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(identity, "check_name", lambda name, *a, **k: name)
    monkeypatch.setattr(handover_module, "inspect_isolated", in_process)
    folder = tmp_path / "inbox"
    folder.mkdir()
    bob_recipient = _bob_with_inbox(store, folder)
    _stranger_bundle(folder, bob_recipient, PAYLOAD, PAYLOAD, store)
    controller = make_controller()
    controller.start()
    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    inbox = inbox_page(controller)
    with qtbot.waitSignal(inbox.inspected, timeout=30_000):
        inbox.files.setCurrentRow(0)
    assert "NOT one of your contacts" in inbox.standing.text()
    assert _rendered(inbox.sender.text(), inbox.sender.textFormat()) == PAYLOAD
    inbox.ask_import()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    shown = _rendered(boxes[0].text(), boxes[0].textFormat())
    assert PAYLOAD in shown and "is not one of your contacts" in shown and "Import anyway?" in shown
    _assert_literal(minimum=2)
    boxes[0].button(QMessageBox.StandardButton.No).click()
