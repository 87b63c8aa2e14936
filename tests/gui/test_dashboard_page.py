"""The dashboard shows the department and its alerts; an alert opens its record."""

from __future__ import annotations

import datetime as dt
import re

from ops_desktop.core import dashboard
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages.dashboard import DashboardPage


def test_summary_counts_and_alerts(ctx):
    with ctx.db.transaction() as session:
        found = dashboard.summary(session, today=dt.date(2026, 10, 29))
    assert found.staff_by_position == {"運營經理": 1, "運營專員": 19, "數據分析員": 4}
    assert found.staff_by_status == {"active": 23, "leave": 1, "departed": 1}
    assert found.period_label == "2026-10" and found.complete == found.members == 24
    assert sum(found.grades.values()) == 24
    assert len(found.trend) == 12
    kinds = {a.kind for a in found.alerts}
    assert {"overdue", "unanswered", "budget"} <= kinds
    assert "incomplete" not in kinds  # the month is complete


def test_incomplete_scores_near_month_end_and_kpi_drops(ctx):
    from ops_desktop.core.appraisal import periods, scores

    with ctx.db.transaction() as session:
        november = periods.open_period(session, 2026, 11)
        from sqlalchemy import select

        from ops_desktop.core.models import Staff

        person = session.scalar(select(Staff).where(Staff.staff_no == "OP0003"))
        scores.record_kpi(session, november.id, person.id, "business_target", 40)
    with ctx.db.transaction() as session:
        early = dashboard.summary(session, today=dt.date(2026, 11, 10))
        late = dashboard.summary(session, today=dt.date(2026, 11, 27))
    assert "incomplete" not in {a.kind for a in early.alerts}
    (incomplete,) = [a for a in late.alerts if a.kind == "incomplete"]
    assert incomplete.params == {"period": "2026-11", "count": "24"}
    assert any(
        a.kind == "kpi" and a.record_id == person.id and a.params["after"] == "40"
        for a in late.alerts
    )


def test_the_page_draws_charts_and_words_the_alerts(qtbot, ctx, qtmodeltester):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.summary is not None
    assert page.positions_chart.chart().series()[0].count() == 3
    assert page.trend_chart.chart().series()[0].count() == 12
    texts = [page.alerts.index(r, 0).data() for r in range(page.alerts.rowCount())]
    assert any(t.startswith("Overdue action item:") for t in texts)
    assert not any(re.search(r"%[a-z]", t) for t in texts)  # every placeholder filled
    qtmodeltester.check(page.alerts)


def test_double_clicking_an_alert_opens_the_record(qtbot, demo_db, tasks, settings, dialogs):
    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    row = next(r for r, a in enumerate(page.alerts.rows) if a.kind == "budget")
    page._open(page.alerts_proxy.mapFromSource(page.alerts.index(row, 0)))
    assert window.current_page().key == "workflows"
