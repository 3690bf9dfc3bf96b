"""Fixtures for the form tests: an open session with a case and an interview, and a page context."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from fieldintake.app.users import Session, UserStore
from fieldintake.ui.i18n import Translations
from fieldintake.ui.pages import PageContext
from fieldintake.ui.safety.clipboard import SensitiveClipboard
from fieldintake.ui.workers import Runner
from tests.conftest import PASSPHRASE


@dataclass
class FormsEnv:
    store: UserStore
    session: Session
    translations: Translations
    runner: Runner
    case_id: str
    interview_id: str
    failures: list[BaseException] = field(default_factory=list)

    def context(self) -> PageContext:
        return PageContext(session=self.session, runner=self.runner, clipboard=SensitiveClipboard(),
                           set_language=self.translations.set_language,
                           current_language=lambda: self.translations.language)

    def reopen(self) -> None:
        """Close the session (as a lock does) and unlock again."""
        self.runner.wait()
        self.session.close()
        self.session = self.store.unlock("alice", PASSPHRASE)

    def stored(self) -> dict[str, Any]:
        return self.session.cases.interview(self.interview_id).answers


@pytest.fixture
def forms_env(qapp: QApplication, store: UserStore) -> Iterator[FormsEnv]:
    session = store.create("alice", PASSPHRASE).session
    case = session.cases.create("Invented client")
    interview = session.cases.add_interview(case.id, "deportation-risk")
    failures: list[BaseException] = []
    runner = Runner(lambda _parent, exc, _details: failures.append(exc))
    env = FormsEnv(store, session, Translations(qapp), runner, case.id, interview.id, failures)
    yield env
    runner.wait()
    env.translations.set_language("en")
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    env.session.close()


@pytest.fixture
def almaty_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Almaty")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
