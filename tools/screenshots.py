"""Render the main screens offscreen to PNG files, for docs and review.

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots OUT_DIR [--lang ru]

Uses a throw-away home in a temporary folder, an in-memory keyring and the
fast test KDF; the only user is invented. Nothing is written outside OUT_DIR.
A developer's tool, not part of the product: it is not packaged, so the app
never carries a fixed passphrase or a weak KDF.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from typing import Any
from pathlib import Path

from keyring.backend import KeyringBackend

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS

PASSPHRASE = "amber lighthouse counting 41 pebbles"


class _MemoryKeyring(KeyringBackend):
    """Device secrets for the throw-away user of the screenshots, kept in memory only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._entries.pop((service, username), None)


def _wait_until(predicate: Callable[[], bool], timeout_s: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _invented_photo() -> bytes:
    """A PNG drawn in memory: a stand-in for a photographed document."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe1"))
    painter = QPainter(image)
    painter.setPen(QColor("#30343f"))
    font = painter.font()
    font.setPointSize(28)
    painter.setFont(font)
    painter.drawText(QRect(0, 40, 640, 60), Qt.AlignmentFlag.AlignCenter, "ПОВЕСТКА")
    font.setPointSize(14)
    painter.setFont(font)
    for row in range(8):
        painter.drawLine(60, 140 + row * 30, 580 - (row % 3) * 60, 140 + row * 30)
    painter.setBrush(QColor("#b03a2e"))
    painter.drawEllipse(470, 320, 80, 80)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _case_screens(controller: Any, window: Any, shot: Callable[[Any, str], None]) -> None:
    """A few invented cases, then the list, one case's overview and attachments, and the deadlines."""
    import io
    from datetime import datetime, timedelta, timezone

    session = controller.session
    cases = session.cases
    soon = (datetime.now(timezone.utc) + timedelta(days=3)).strftime("%Y-%m-%dT07:30:00Z")
    main = cases.create("Extradition request from the home country", urgency="critical",
                        tags=["extradition", "Almaty"], notes="Met at the office. The client fears being handed over "
                        "after a staged criminal case; passport held by the migration police.")
    cases.add_person(main.id, "client", "Качкуркин Тимур Асланович", name_latin="Kachkurkin Timur",
                     aliases=["Tima"], birth_date="1991-04-12", relation="")
    cases.add_person(main.id, "family", "Качкуркина Амина", name_latin="Kachkurkina Amina", relation="sister")
    cases.add_deadline(main.id, "hearing", "Extradition hearing, city court", soon)
    cases.add_deadline(main.id, "appeal", "Appeal against detention",
                       (datetime.now(timezone.utc) - timedelta(days=1)).strftime("%Y-%m-%d"))
    session.attachments.add_stream(main.id, io.BytesIO(_invented_photo()), "summons-photo.png",
                                   sensitivity="identifying", description="Photo of the summons")
    session.attachments.add_stream(main.id, io.BytesIO(b"%PDF-1.4 invented"), "court-decision.pdf",
                                   sensitivity="sensitive")
    other = cases.create("Asylum appeal after refusal", urgency="high", tags=["asylum"])
    cases.add_person(other.id, "client", "Олена Приходько", name_latin="Olena Prykhodko")
    cases.add_deadline(other.id, "appeal", "Appeal to the ministry",
                       (datetime.now(timezone.utc) + timedelta(days=12)).strftime("%Y-%m-%d"))
    third = cases.create("Residence permit renewal", urgency="normal")
    cases.add_person(third.id, "client", "Ислам Дадаев", name_latin="Islam Dadaev")
    cases.create("Consultation, no action yet", urgency="low")

    page = window.page("cases")
    page.reload()
    _wait_until(lambda: page.model.rowCount() == 4 and not controller.runner.busy)
    shot(window, "main-cases")
    page.open_case(main.id)
    view = page.view
    shot(window, "case-overview")
    view.show_tab("attachments")
    _wait_until(lambda: not view.attachments.preview.pixmap().isNull())
    shot(window, "case-attachments")
    page.close_case(reload=False)
    deadlines = window.page("deadlines")
    window.show_page("deadlines")
    _wait_until(lambda: deadlines.model.rowCount() == 3 and not controller.runner.busy)
    shot(window, "deadlines")
    window.show_page("cases")


def _handover_screens(controller: Any, window: Any, shot: Callable[[Any, str], None], store: Any,
                      inbox: Path) -> None:
    """The export dialog with a PDF preview, the contacts, and the inbox showing a bundle from an invented colleague."""
    from fieldintake.exports import handover
    from fieldintake.ui.settings import INBOX_FOLDER

    session = controller.session
    inbox.mkdir(parents=True, exist_ok=True)
    colleague = store.create("dana", PASSPHRASE)
    try:
        other = colleague.session
        other.contacts.add("Amira (caseworker)", session.card().to_text(), verified=True)
        case = other.cases.create("Detained at the airport on a foreign warrant", urgency="critical",
                                  tags=["extradition"])
        other.cases.add_person(case.id, "client", "Ержан Сапаров", name_latin="Yerzhan Saparov")
        handover.export_bundle(other, [case.id], inbox, contacts=["Amira (caseworker)"])
        dana_card = other.card().to_text()
    finally:
        colleague.session.close()
    contact = session.contacts.add("Dana (lawyer)", dana_card)
    session.contacts.set_verified(contact.name, True)
    import pyrage

    session.contacts.add("Partner NGO desk", str(pyrage.x25519.Identity.generate().to_public()))
    session.vault.set_setting(INBOX_FOLDER, str(inbox))

    page = window.page("cases")
    window.show_page("cases")
    target = next(c for c in session.cases.list() if c.title.startswith("Asylum appeal"))
    page.open_case(target.id)
    dialog = page.view.open_export()
    dialog.resize(1100, 720)
    dialog.pdf.render_preview()
    _wait_until(lambda: dialog.pdf.preview.document.pageCount() > 0 and not controller.runner.busy)
    shot(dialog, "export-pdf")
    dialog.show_choice("summary")
    _wait_until(lambda: dialog.summary.consent.override_button.isVisibleTo(dialog) and not controller.runner.busy)
    shot(dialog, "export-summary")
    dialog.show_choice("bundle")
    dialog.bundle.check_contact("Dana (lawyer)")
    shot(dialog, "export-bundle")
    dialog.close()
    page.close_case(reload=False)

    contacts = window.page("identity")
    contacts.reload()
    window.show_page("identity")
    shot(window, "main-contacts")
    contacts.show_my_card()
    shot(window, "main-identity")

    inbox_page = window.page("inbox")
    window.show_page("inbox")
    inbox_page.refresh()
    inbox_page.files.setCurrentRow(0)
    _wait_until(lambda: inbox_page.inspection is not None and not controller.runner.busy)
    shot(window, "inbox-inspected")


def render(out_dir: Path, language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QWidget

    from fieldintake.ui.app import Controller
    from fieldintake.ui.layoutprefs import DEFAULT_SIZE
    from fieldintake.ui.main import make_application
    from fieldintake.ui.prefs import UiPrefs

    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    written: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        _wait_until(lambda: widget.isVisible())
        for _ in range(3):
            app.processEvents()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory(prefix="fieldintake-shots-") as tmp:
        home = Home(Path(tmp) / "home")
        UiPrefs(language=language).save(home)
        store = UserStore(home, policy=FAST_FOR_TESTS, device=DeviceSecrets(_MemoryKeyring()))
        controller = Controller(app, store, rng=random.Random(7), watch_system=False)
        controller.start()
        wizard = controller.wizard
        assert wizard is not None
        wizard.create_page.name.setText("amira")
        wizard.create_page.fields.passphrase.setText(PASSPHRASE)
        wizard.create_page.fields.confirm.setText(PASSPHRASE)
        shot(wizard, "firstrun-create")
        wizard.next()
        _wait_until(lambda: wizard.currentPage() is wizard.key_page)
        shot(wizard, "firstrun-recovery-key")
        wizard.key_page.written.setChecked(True)
        wizard.next()
        created = wizard.create_page.created
        assert created is not None
        groups = created.recovery_key.split("-")
        a, b = wizard.check_page.asked
        wizard.check_page.first.setText(groups[a])
        wizard.check_page.second.setText(groups[b])
        wizard.next() if wizard.currentPage() is not wizard.check_page else wizard.accept()
        _wait_until(lambda: controller.main_window is not None)
        window = controller.main_window
        assert window is not None
        window.resize(DEFAULT_SIZE)  # a laptop's default, whatever size the offscreen screen has
        _case_screens(controller, window, shot)
        _handover_screens(controller, window, shot, store, Path(tmp) / "inbox")
        window.show_page("settings")
        shot(window, "main-settings")
        controller.lock()
        shot(controller.unlock_window, "unlock")
        controller.unlock_window.passphrase.setText("not the passphrase at all")
        controller.unlock_window.try_unlock()
        _wait_until(lambda: not controller.unlock_window.is_busy)
        shot(controller.unlock_window, "unlock-wrong-passphrase")
        controller.dispose()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    for path in render(args.out_dir, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
