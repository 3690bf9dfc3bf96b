"""The countdown to a scheduled removal, in hours, on the case list and the case view."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.ui.casehelp import column_texts, open_app, open_view, reload_and_wait
from tests.ui.conftest import MakeController


def test_hours_to_the_removal_show_on_the_list_and_the_case(qtbot, make_controller: MakeController,
                                                           alice: str) -> None:
    controller, page = open_app(qtbot, make_controller)
    cases = controller.session.cases
    soon = cases.create("Invented removal tomorrow")
    calm = cases.create("Invented case without removal")
    due = (datetime.now(timezone.utc) + timedelta(hours=30, minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    cases.add_deadline(soon.id, "removal", "Deportation flight", due)
    cases.add_deadline(calm.id, "hearing", "Hearing", due)
    reload_and_wait(qtbot, page)
    titles = column_texts(page.table, 1)
    countdown = dict(zip(titles, column_texts(page.table, 7), strict=True))
    assert countdown["Invented removal tomorrow"] in ("30 h", "29 h")
    assert countdown["Invented case without removal"] == ""
    page.open_case(soon.id)
    label = open_view(page).overview.removal_countdown
    assert label.isVisibleTo(label.window())
    assert label.text().startswith("Removal in 30 hours") or label.text().startswith("Removal in 29 hours")
