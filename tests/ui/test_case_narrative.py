"""The case view's Narrative tab and the interview form share the answers without overwriting each other."""

from __future__ import annotations

from fieldintake.ui.case.caseview import CaseView
from fieldintake.ui.forms.editor import InterviewEditor
from fieldintake.ui.forms.narrative import NarrativeEditor
from tests.ui.forms_fixtures import FormsEnv


def test_narrative_edits_survive_a_visit_to_the_form(qtbot, forms_env: FormsEnv) -> None:
    env = forms_env
    env.session.cases.save_answers(env.interview_id, {"narrative": "Первая версия рассказа."})
    view = CaseView(env.context(), env.case_id)
    qtbot.addWidget(view)
    view.show()
    view.show_tab("narrative")
    editor = view.narrative.editor
    assert isinstance(editor, NarrativeEditor)
    editor.text.setPlainText("Вторая версия рассказа, дополненная.")
    view.show_tab("interviews")  # leaving the tab saves the narrative
    form = view.interviews.editor
    assert isinstance(form, InterviewEditor)
    assert form.answers()["narrative"] == "Вторая версия рассказа, дополненная."
    form.flush()
    assert env.stored()["narrative"] == "Вторая версия рассказа, дополненная."
    view.clear()
