"""Issue 16: the History tab shows field labels and values as a person reads them, never paths or JSON."""

from __future__ import annotations

import copy
import re

import pytest

from tests.case_data import FULL_ANSWERS
from tests.ui.casehelp import column_texts, open_app, open_view
from tests.ui.conftest import MakeController

# What the tab showed before: a path, a JSON object or list, a JSON boolean.
INTERNALS = re.compile(r"answers\.|[{}\[\]]|\bfalse\b|\btrue\b|\bnull\b|\"[a-z_]+\":")
WORDS = {
    "en": ("Needs an interpreter", "Yes", "No", "not done", "done", "Registration valid until"),
    "ru": ("Нужен переводчик", "Да", "Нет", "не выполнено", "выполнено", "Учёт действителен до"),
    "uk": ("Потрібен перекладач", "Так", "Ні", "не виконано", "виконано", "Облік дійсний до"),
    "kk": ("Аудармашы керек", "Иә", "Жоқ", "орындалмады", "орындалды", "Тіркеудің жарамдылық мерзімі"),
}


@pytest.mark.parametrize("lang", list(WORDS))
def test_history_shows_labels_and_readable_values(qtbot, make_controller: MakeController, alice: str,
                                                  lang: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    session = controller.session
    case = session.cases.create("Invented history case", tags=["asylum", "Almaty"])
    interview = session.cases.add_interview(case.id, "deportation-risk")
    answers = copy.deepcopy(FULL_ANSWERS)
    answers["interpreter_needed"] = False
    session.cases.save_answers(interview.id, answers, coalesce=False)
    answers["interpreter_needed"] = True
    session.cases.save_answers(interview.id, answers, coalesce=False)
    deadline = session.cases.add_deadline(case.id, "appeal", "Invented appeal", "2026-12-01")
    session.cases.update_deadline(deadline.id, done=True)
    session.cases.add_person(case.id, "family", "Invented Person", relation="sister")
    controller.set_language(lang)
    try:
        page.open_case(case.id)
        view = open_view(page)
        view.show_tab("history")
        table = view.history.revision_table
        qtbot.waitUntil(lambda: table.model().rowCount() > 10, timeout=10_000)
        fields = column_texts(table, 3)
        old, new = column_texts(table, 4), column_texts(table, 5)
        cells = [*fields, *old, *new, *column_texts(table, 2), *column_texts(table, 6)]
        tooltips = [str(table.model().index(r, c).data(3) or "") for r in range(table.model().rowCount())
                    for c in (4, 5)]
        for text in [*cells, *tooltips]:
            assert not INTERNALS.search(text), text
        label, yes, no, not_done, done, registration = WORDS[lang]
        rows = list(zip(fields, old, new))
        assert (label, no, yes) in rows
        assert any(f == registration and n == "2026-12-01" for f, _o, n in rows)
        assert any(o == not_done and n == done for _f, o, n in rows)
        # Lists joined, repeat entries as "label: value" pairs.
        assert any("asylum, Almaty" in n for n in new)
        assert any(": Almaty city court" in n for n in new)
        audit = column_texts(view.history.audit_table, 1)
        assert not any("." in a for a in audit), audit  # 'case.created' in words
    finally:
        controller.set_language("en")
