"""GUI fixtures: offscreen Qt, a controller over a fresh home, helpers to drive screens."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fieldintake.app.users import UserStore  # noqa: E402
from fieldintake.ui.app import Controller, State  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402

MakeController = Callable[..., Controller]


@pytest.fixture
def make_controller(qapp: QApplication, store: UserStore) -> Iterator[MakeController]:
    made: list[Controller] = []

    def make(**kwargs: object) -> Controller:
        kwargs.setdefault("watch_system", False)
        kwargs.setdefault("rng", random.Random(3))
        controller = Controller(qapp, store, **kwargs)  # type: ignore[arg-type]
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.dispose()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def unlock(qtbot, controller: Controller, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    controller.start()
    assert controller.state is State.LOCKED
    controller.unlock_window.passphrase.setText(passphrase)
    controller.unlock_window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.state is State.UNLOCKED, timeout=10_000)


def visible_texts() -> list[str]:
    """Every text any live widget holds, shown or not: what a seized screen could reveal."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, QLabel):
                texts.append(widget.text())
            elif isinstance(widget, QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit,)):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QComboBox):
                texts.extend(widget.itemText(i) for i in range(widget.count()))
            elif isinstance(widget, QListWidget):
                texts.extend(widget.item(i).text() for i in range(widget.count()))
    return texts

# The interview-form fixtures, for every GUI test module.
from tests.ui.forms_fixtures import almaty_time, forms_env  # noqa: E402, F401
