"""Each alert of the dashboard opens its page with its record current — in a fresh window,
with the real threaded runner: the page is built by the alert and its list arrives after
the alert asked for the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.models import Staff, WorkflowRun
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.tasks import TaskRunner


@pytest.fixture
def threaded(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


@pytest.fixture
def window(qtbot, demo_db, threaded, settings, dialogs):
    def fresh() -> MainWindow:
        shown = MainWindow(demo_db, tasks=threaded, settings=settings, dialogs=dialogs)
        qtbot.addWidget(shown)
        shown.show()
        shown.show_page("dashboard")
        threaded.settle()
        return shown

    return fresh


def activate(qtbot, window: MainWindow, kind: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """Press Enter on the ``nth`` alert of ``kind``; then let the pages load."""
    page = window.pages["dashboard"]
    row = [r for r, a in enumerate(page.alerts.rows) if a.kind == kind][nth]
    index = page.alerts_proxy.mapFromSource(page.alerts.index(row, 0))
    page.alerts_view.setCurrentIndex(index)
    qtbot.keyClick(page.alerts_view, Qt.Key.Key_Return)
    window.tasks.settle()
    return page.alerts.rows[row]


def test_a_budget_alert_selects_its_run_even_when_the_filter_hides_it(qtbot, window, demo_db):
    with demo_db.transaction() as session:
        over = session.get(WorkflowRun, 13)
        over.status = "done"  # the Runs list shows the active ones at first
    shown = window()
    alert = activate(qtbot, shown, "budget", 1)
    assert alert.record_id == 13
    page = shown.current_page()
    assert page.key == "workflows" and page.on_runs()
    assert page.runs.list.current_id() == 13
    assert page.runs.editor.run is not None and page.runs.editor.run.id == 13


def test_a_double_clicked_budget_alert_selects_its_run(qtbot, window):
    shown = window()
    page = shown.pages["dashboard"]
    row = next(r for r, a in enumerate(page.alerts.rows) if a.kind == "budget")
    view = page.alerts_view
    index = page.alerts_proxy.mapFromSource(page.alerts.index(row, 0))
    view.scrollTo(index)
    rect = view.visualRect(index)
    # A double-click is a click and then the second press (QTest's alone is not seen).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert shown.current_page().key == "dashboard"  # one click opens nothing
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    shown.tasks.settle()
    assert shown.current_page().key == "workflows"
    assert shown.current_page().runs.list.current_id() == page.alerts.rows[row].record_id


def test_an_overdue_alert_selects_the_item_in_its_meeting(qtbot, window):
    shown = window()
    alert = activate(qtbot, shown, "overdue", 2)
    meeting_id, item_id = alert.record_id
    page = shown.current_page()
    assert page.key == "meetings" and page.current_id() == meeting_id
    assert page.tabs.currentWidget() is page.items
    current = page.items.current()
    assert current is not None and current.id == item_id
    assert page.items.ui.actionTextEdit.text() == alert.params["text"]


def test_an_unanswered_suggestion_alert_selects_it(qtbot, window):
    shown = window()
    alert = activate(qtbot, shown, "unanswered", 1)
    page = shown.current_page()
    assert page.key == "suggestions" and page.current_id() == alert.record_id


def test_a_kpi_alert_selects_the_persons_row_in_the_months_grid(qtbot, window, demo_db):
    with demo_db.transaction() as session:
        november = periods.open_period(session, 2026, 11).id
        person = session.scalar(select(Staff).where(Staff.staff_no == "OP0003"))
        scores.record_kpi(session, november, person.id, "business_target", 40)
        person_id = person.id
    shown = window()
    kpi = [a for a in shown.pages["dashboard"].alerts.rows if a.kind == "kpi"]
    nth = next(n for n, a in enumerate(kpi) if a.record_id == (november, person_id))
    activate(qtbot, shown, "kpi", nth)
    page = shown.current_page()
    assert page.key == "appraisals" and page.period_id == november
    current = page.grid.currentIndex()
    assert current.isValid() and page.model.people[current.row()].staff_id == person_id
    assert page.peers.person_id == person_id


def test_a_month_alert_opens_that_month(qtbot, window, demo_db):
    with demo_db.transaction() as session:
        october = periods.get(session, 2026, 10).id
        periods.open_period(session, 2026, 11)  # the latest, shown first otherwise
    shown = window()
    activate(qtbot, shown, "unlocked")
    page = shown.current_page()
    assert page.key == "appraisals" and page.period_id == october
    assert page.period_combo.currentData() == october


def test_an_open_appeal_alert_selects_the_persons_row_in_its_month(qtbot, window, demo_db):
    import datetime as dt

    from ops_desktop.core.appraisal import appeals

    with demo_db.transaction() as session:
        september = periods.get(session, 2026, 9).id
        person = session.scalar(select(Staff).where(Staff.staff_no == "OP0005"))
        person_id, name = person.id, person.name
        ident = appeals.add(session, september, person_id, "不服", filed_on=dt.date(2026, 10, 1)).id
    shown = window()
    dashboard = shown.pages["dashboard"]
    [alert] = [a for a in dashboard.alerts.rows if a.kind == "appeal"]
    assert dashboard.alert_text(alert) == (
        f"Appeal #{ident} of OP0005 {name} on 2026-09, filed 2026-10-01, awaits a decision"
    )
    activate(qtbot, shown, "appeal")
    page = shown.current_page()
    assert page.key == "appraisals" and page.period_id == september
    current = page.grid.currentIndex()
    assert current.isValid() and page.model.people[current.row()].staff_id == person_id
