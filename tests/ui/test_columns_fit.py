"""Issue 16 at 1366×768: table columns sized from their header and cells in every language (offscreen).

Fixed English widths cut the Russian "Ближайший срок" header and the bold "критическая" in the Cases
list while an often-empty last column stretched; the case's People and Deadlines tables and the
summary's review tables scrolled sideways. Geometry, not pixels: a column is compared with its
header's ``sectionSizeHint`` and its cells' ``sizeHintForColumn``.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from fieldintake.exports.redaction.engine import FileOut
from fieldintake.exports.redaction.suggest import Suggestion
from fieldintake.ui.handover.review import SuggestionReview
from tests.ui.casehelp import open_app, open_view, reload_and_wait
from tests.ui.conftest import MakeController

LANGUAGES = ("en", "ru", "kk", "uk")


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    QApplication.processEvents()


def _cut(view: QAbstractItemView, columns: tuple[int, ...], cells: bool = True) -> list[str]:
    """Columns narrower than their header's text (or, with ``cells``, their widest cell)."""
    header, found = _header(view), []
    for c in columns:
        if header.isSectionHidden(c):
            continue
        need = max(header.sectionSizeHint(c), view.sizeHintForColumn(c) if cells else 0)
        if header.sectionSize(c) < need:
            title = view.model().headerData(c, Qt.Orientation.Horizontal)
            found.append(f"{title!r}: {header.sectionSize(c)} px < {need} px")
    return found


def _scrolls_sideways(view: QAbstractItemView) -> bool:
    return view.horizontalScrollBar().isVisible() or _header(view).length() > view.viewport().width()


def _cases(session) -> list[str]:  # type: ignore[no-untyped-def]
    cases, ids = session.cases, []
    soon = (datetime.now(timezone.utc) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    later = (datetime.now(timezone.utc) + timedelta(days=12)).strftime("%Y-%m-%d")
    for urgency, title in (("critical", "Extradition request from the home country, hearing at the city court"),
                           ("high", "Asylum appeal after refusal"), ("normal", "Residence permit"),
                           ("low", "Consultation")):
        case = cases.create(title, urgency=urgency)
        ids.append(case.id)
        cases.add_person(case.id, "client", "Качкуркин Тимур Асланович", name_latin="Kachkurkin Timur",
                         birth_date="1991-04-12")
    cases.add_person(ids[0], "family", "Качкуркина Амина Тимуровна", name_latin="Kachkurkina Amina",
                     relation="sister")
    cases.add_deadline(ids[0], "hearing", "Extradition hearing at the city court, room 4", soon)
    cases.add_deadline(ids[0], "appeal", "Appeal against detention", later)
    cases.add_deadline(ids[1], "appeal", "Appeal to the ministry", later)
    return ids


@pytest.fixture
def at_1366(qtbot, make_controller: MakeController, alice: str):  # type: ignore[no-untyped-def]
    controller, page = open_app(qtbot, make_controller)
    ids = _cases(controller.session)
    window = controller.main_window
    window.showNormal()
    window.resize(1366, 768)
    reload_and_wait(qtbot, page)
    return controller, page, ids


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_header_urgency_or_date_of_the_case_list_is_cut_at_1366(qtbot, at_1366, lang: str) -> None:
    controller, page, _ids = at_1366
    controller.set_language(lang)
    reload_and_wait(qtbot, page)
    _settle(qtbot)
    table = page.table
    assert page.window().width() <= 1366 and table.isVisible()
    assert "критическ" in table.model().index(0, 4).data() or lang == "kk"
    # reference, status, urgency, next deadline, hours to a removal: neither header nor cell cut
    assert _cut(table, (0, 3, 4, 5, 7)) == []
    # the others keep at least their header; the title is the one that gives way, and only it
    assert _cut(table, (1, 2), cells=False) == []
    assert _header(table).sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert not _scrolls_sideways(table)


def test_the_case_list_refits_when_the_language_changes(qtbot, at_1366) -> None:
    controller, page, _ids = at_1366
    _settle(qtbot)
    english = page.table.columnWidth(5)
    controller.set_language("ru")
    _settle(qtbot)
    assert _cut(page.table, (0, 3, 4, 5, 7)) == []
    assert page.table.columnWidth(5) != english  # "Next deadline" / "Ближайший срок" and the kind words


def test_a_column_the_user_widened_keeps_its_width_on_reload(qtbot, at_1366) -> None:
    _controller, page, _ids = at_1366
    _settle(qtbot)
    header = _header(page.table)
    before = header.sectionSize(2)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    header.resizeSection(2, before + 60)  # what a drag on the handle does
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    reload_and_wait(qtbot, page)
    _settle(qtbot)
    assert header.sectionSize(2) == before + 60


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_people_and_deadlines_of_a_case_do_not_scroll_sideways(qtbot, at_1366, lang: str) -> None:
    controller, page, ids = at_1366
    controller.set_language(lang)
    page.open_case(ids[0])
    view = open_view(page)
    view.show_tab("overview")
    overview = view.overview
    qtbot.waitUntil(lambda: overview.people.model().rowCount() == 2
                    and overview.deadlines.model().rowCount() == 2, timeout=10_000)
    _settle(qtbot)
    for table, fixed in ((overview.people, (0, 4)), (overview.deadlines, (0, 2, 4))):
        assert table.isVisible() and table.width() > 300
        assert not _scrolls_sideways(table), table.accessibleName()
        # role, birth date, due date, kind, state: their cells whole (a long header may be elided)
        header = _header(table)
        cut = [c for c in fixed if header.sectionSize(c) < table.sizeHintForColumn(c)]
        assert cut == [], table.accessibleName()
    assert overview.people.columnWidth(1) >= 80  # the name, the column that gives way, still shows a name


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_attachments_of_a_case_do_not_scroll_sideways(qtbot, at_1366, lang: str) -> None:
    controller, page, ids = at_1366
    controller.set_language(lang)
    controller.session.attachments.add_stream(ids[0], io.BytesIO(b"%PDF-1.4 invented"),
                                              "decision-of-the-migration-service.pdf", sensitivity="identifying")
    page.open_case(ids[0])
    view = open_view(page)
    view.show_tab("attachments")
    table = view.attachments.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    _settle(qtbot)
    assert table.isVisible()
    assert not _scrolls_sideways(table)
    assert [c for c in (2, 3, 4) if table.columnWidth(c) < table.sizeHintForColumn(c)] == []  # size, date, sensitivity


def _result() -> SimpleNamespace:
    suggestions = [Suggestion("name", "k1", "Жаксыбеков", "narrative", 2, contexts=["Участковый »Жаксыбеков« приходил"]),
                   Suggestion("org", "k2", "Миграционная полиция Алматы", "narrative", 1,
                              contexts=["паспорт забрала »Миграционная полиция Алматы« в марте"]),
                   Suggestion("place", "k3", "Бостандыкский район", "narrative", 11, contexts=["жил »там«"])]
    files = [FileOut("a1", "decision of the migration service.pdf", "application/pdf", "sensitive",
                     "needs-confirmation"),
             FileOut("a2", "photo.jpg", "image/jpeg", "identifying", "cleaned")]
    return SimpleNamespace(suggestions=suggestions, files=files)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_summary_review_tables_fit_their_panel(qtbot, make_controller: MakeController, alice: str,
                                                   lang: str) -> None:
    controller = make_controller()
    controller.set_language(lang)
    holder = QWidget()
    qtbot.addWidget(holder)
    review = SuggestionReview(None, "case", holder)  # type: ignore[arg-type]  # shows a result, decides nothing
    holder.resize(345, 620)  # its share of the export dialog at 1366×768
    review.resize(345, 620)
    holder.show()
    review.show_result(_result())  # type: ignore[arg-type]
    _settle(qtbot)
    assert review.suggestions.topLevelItemCount() == 3
    for tree, fixed in ((review.suggestions, (0, 2)), (review.files, (2,))):
        assert not _scrolls_sideways(tree), tree.accessibleName()
        assert _cut(tree, fixed) == [], tree.accessibleName()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_section_list_is_as_wide_as_its_longest_name(qtbot, make_controller: MakeController, alice: str,
                                                         lang: str) -> None:
    controller, _page = open_app(qtbot, make_controller)
    controller.set_language(lang)
    _settle(qtbot)
    nav = controller.main_window.nav
    need = nav.sizeHintForColumn(0) + 2 * (nav.spacing() + nav.frameWidth())
    assert 140 <= nav.width() <= 300
    assert need <= nav.width() <= max(140, need + 16)
    texts = [nav.item(i).text() for i in range(nav.count())]
    widest = max(nav.fontMetrics().horizontalAdvance(t) for t in texts)
    assert widest + nav.iconSize().width() <= nav.width()


def test_a_fixed_column_grows_for_a_wide_cell_scrolled_into_sight(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Only the rows in sight (and their neighbours) are measured, so thousands of cases stay quick;
    a wider word further down widens its column once it is scrolled to, and the column stays so."""
    from fieldintake.ui.widgets.columnfit import SAMPLE_ROWS, fit_columns
    from fieldintake.ui.widgets.common import make_table
    from fieldintake.ui.widgets.table import Column, RowsModel, sorting_proxy

    far = SAMPLE_ROWS * 6
    model: RowsModel[int] = RowsModel([
        Column(lambda: "Title", lambda r: f"Case {r}"),
        Column(lambda: "Urgency", lambda r: "критическая, очень срочно" if r == far else "low"),
    ])
    holder = QWidget()
    qtbot.addWidget(holder)
    table = make_table(holder)
    table.setModel(sorting_proxy(model, holder))
    fit_columns(table, stretch=0, fixed=(1,))
    table.resize(700, 300)
    holder.show()
    model.set_rows(list(range(far + 10)))
    _settle(qtbot)
    wide = table.sizeHintForIndex(table.model().index(far, 1)).width()
    assert table.columnWidth(1) < wide  # not measured yet: out of sight
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.columnWidth(1) >= wide, timeout=3_000)
    table.scrollToTop()
    qtbot.wait(400)
    assert table.columnWidth(1) >= wide
    assert not _scrolls_sideways(table)
