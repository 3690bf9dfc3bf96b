"""Pages refresh from the Changes a unit of work returns; a lock drops a write still on its way."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QLineEdit

from fieldintake.app import audit
from fieldintake.app.unitofwork import Changes
from fieldintake.ui.case.caseview import CaseView
from fieldintake.ui.forms import InterviewEditor, make_interview_editor
from fieldintake.ui.forms.autosave import SaveState
from fieldintake.ui.pages import PageContext
from fieldintake.ui.safety.clipboard import SensitiveClipboard
from fieldintake.ui.workers import Runner
from tests.conftest import PASSPHRASE
from tests.ui.casehelp import column_texts
from tests.ui.forms_fixtures import FormsEnv


def _type_interviewer(editor: InterviewEditor, text: str) -> None:
    line = editor.rows["interviewer"].input.focus_target()
    assert isinstance(line, QLineEdit)
    line.setText(text)


def test_the_overview_shows_a_change_made_elsewhere_without_a_reload(qtbot, forms_env: FormsEnv) -> None:
    context = forms_env.context()
    view = CaseView(context, forms_env.case_id)
    qtbot.addWidget(view)
    view.show()
    case_id = forms_env.case_id
    seen: list[Changes] = []
    context.changes.changed.connect(lambda changes, _initiator: seen.append(changes))

    context.changes.apply(forms_env.session.change("person.added", case_id),
                          lambda cases: cases.add_person(case_id, "client", "Invented Client"))
    assert column_texts(view.overview.people, 1) == ["Invented Client"]
    assert [c.action for c in seen] == ["person.added"] and seen[0].touches(case_id, "people", "case")

    context.changes.apply(forms_env.session.change("case.updated", case_id),
                          lambda cases: cases.update(case_id, title="Renamed elsewhere"))
    assert view.overview.title.text() == "Renamed elsewhere"
    assert "Renamed elsewhere" in view.heading.text()
    view.clear()


def test_a_read_only_tab_in_front_follows_a_background_change(qtbot, forms_env: FormsEnv) -> None:
    context = forms_env.context()
    view = CaseView(context, forms_env.case_id)
    qtbot.addWidget(view)
    view.show()
    view.show_tab("history")
    case_id, session = forms_env.case_id, forms_env.session
    assert not [r for r in view.history.revisions.rows if r.path == "title"]

    context.runner.change(view, lambda progress: session.change("case.updated", case_id, checkpoint=progress.check)
                          .run(lambda cases: cases.update(case_id, title="Renamed in the background")),
                          bus=context.changes)
    qtbot.waitUntil(lambda: any(r.path == "title" for r in view.history.revisions.rows), timeout=10_000)
    assert "Renamed in the background" in view.heading.text()
    view.clear()


def test_the_form_is_not_rebuilt_by_its_own_autosave_but_by_another_change(qtbot, forms_env: FormsEnv) -> None:
    context = forms_env.context()
    view = CaseView(context, forms_env.case_id)
    qtbot.addWidget(view)
    view.show()
    view.show_tab("interviews")
    tab = view.interviews
    editor = tab.editor
    assert isinstance(editor, InterviewEditor)
    _type_interviewer(editor, "Caseworker A.")
    editor.autosave.timer.timeout.emit()
    qtbot.waitUntil(lambda: editor.autosave.state is SaveState.SAVED, timeout=10_000)
    assert tab.editor is editor  # still the one being typed in
    assert forms_env.stored() == {"interviewer": "Caseworker A."}

    interview_id = forms_env.interview_id
    context.changes.apply(forms_env.session.change("interview.saved"),
                          lambda cases: cases.patch_answers(interview_id, {"interviewer": "Caseworker B."}))
    assert tab.editor is not editor and isinstance(tab.editor, InterviewEditor)
    assert tab.editor.answers()["interviewer"] == "Caseworker B."  # shows what the vault holds now
    view.clear()


def test_a_lock_drops_a_save_still_queued_and_nothing_is_written_after_it(qtbot, forms_env: FormsEnv) -> None:
    env = forms_env
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    failures: list[BaseException] = []
    runner = Runner(lambda _parent, exc, _details: failures.append(exc), pool=pool)
    context = PageContext(session=env.session, runner=runner, clipboard=SensitiveClipboard(),
                          set_language=env.translations.set_language,
                          current_language=lambda: env.translations.language)
    published: list[Changes] = []
    context.changes.changed.connect(lambda changes, _initiator: published.append(changes))
    gate = threading.Event()
    pool.start(lambda: gate.wait(10))  # the only thread is busy
    editor = make_interview_editor(context, env.interview_id, None)
    qtbot.addWidget(editor)
    _type_interviewer(editor, "Typed just before the lock")
    editor.autosave.save_now()  # queued behind the busy thread
    assert editor.autosave.busy

    runner.cancel_all()  # the lock, in the controller's order: cancel, clear the pages (which flush), close
    gate.set()  # the thread frees up before the pages are cleared: the save may run now
    assert pool.waitForDone(10_000)
    QCoreApplication.processEvents()
    assert env.stored() == {} and published == []  # the lock won: the queued save wrote and announced nothing
    editor.clear()
    assert [c.action for c in published] == ["interview.saved"]  # the flush of the last keystrokes
    env.session.close()
    QCoreApplication.processEvents()
    assert len(published) == 1
    env.session = env.store.unlock("alice", PASSPHRASE)
    assert env.stored() == {"interviewer": "Typed just before the lock"}  # the last keystrokes were saved
    with env.session.vault.read() as conn:
        assert [e.action for e in audit.entries(conn, object_id=env.interview_id)].count("interview.saved") == 1
    assert failures == []


def test_one_autosave_of_the_form_is_one_read_one_validation_and_a_burst_one_audit_entry(
        qtbot, forms_env: FormsEnv, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from fieldintake.app import caserows, formdata

    calls = {"read": 0, "clean": 0, "append": 0}

    def counting(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[name] += 1
            return fn(*args, **kwargs)
        return wrapped

    editor = make_interview_editor(forms_env.context(), forms_env.interview_id, None)
    qtbot.addWidget(editor)
    monkeypatch.setattr(caserows, "load_interview", counting("read", caserows.load_interview))
    monkeypatch.setattr(formdata, "clean", counting("clean", formdata.clean))
    monkeypatch.setattr(audit, "append", counting("append", audit.append))
    for typed in ("Case", "Caseworker", "Caseworker A."):
        _type_interviewer(editor, typed)
        editor.autosave.timer.timeout.emit()
        qtbot.waitUntil(lambda: editor.autosave.state is SaveState.SAVED, timeout=10_000)
    assert calls == {"read": 3, "clean": 3, "append": 1}  # per save one read, one validation; one entry in all
    assert forms_env.stored() == {"interviewer": "Caseworker A."}
