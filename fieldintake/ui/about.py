"""The About box: what this copy is (version and the commit it was built from), so a caseworker can
read it out to whoever checks that the copy on a USB stick is the released one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

import fieldintake
from fieldintake.ui.plaintext import markup
from fieldintake.version import short_commit


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)  # plaintext: allowed, our own words only, the one markup label (escaped values)
    box.setWindowTitle(QCoreApplication.translate("about", "About fieldintake"))
    box.setIconPixmap(box.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(markup("<b>fieldintake {version}</b>", version=fieldintake.__version__))
    summary = QCoreApplication.translate("about", "Offline, encrypted intake interviews, court-ready case files and signed hand-over bundles for human-rights caseworkers.")  # noqa: E501
    build = QCoreApplication.translate("about", "Version {version}, built from commit {commit}.").format(
        version=fieldintake.__version__, commit=short_commit())
    licence = QCoreApplication.translate("about", "Free software under the GNU AGPL, version 3 or later.")
    box.setInformativeText(markup("{summary}<br><br>{build}<br><br>{licence}", summary=summary, build=build, licence=licence))
    box.setObjectName("about")
    box.open()
    return box
