"""The dashboard shows the department and its alerts; an alert opens its record."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from month_scores import complete_like
from PySide6.QtCharts import QCategoryAxis, QHorizontalBarSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import Qt
from sqlalchemy import select

from ops_desktop.core import dashboard
from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.models import Staff
from ops_desktop.gui.pages.dashboard import DashboardPage
from ops_desktop.gui.pages.dashboard_charts import month_label_indexes, nice_axis

BANDS = ["優秀", "良好", "合格", "不合格"]  # the default scheme's bands, best first


def test_summary_counts_and_alerts(ctx):
    with ctx.db.transaction() as session:
        found = dashboard.summary(session, today=dt.date(2026, 10, 29))
    assert found.staff_by_position == {"運營經理": 1, "運營專員": 19, "數據分析員": 4}
    assert found.staff_by_status == {"active": 23, "leave": 1, "departed": 1}
    assert found.period_label == "2026-10" and found.complete == found.members == 24
    assert list(found.grades) == BANDS and sum(found.grades.values()) == 24
    assert len(found.trend) == 12
    assert all(m.complete == m.members for m in found.trend)
    kinds = {a.kind for a in found.alerts}
    assert {"overdue", "unanswered", "budget"} <= kinds
    assert "incomplete" not in kinds  # the month is complete
    assert "unlocked" not in kinds  # and not over yet


def november_with_one_complete(ctx) -> tuple[int, int]:
    with ctx.db.transaction() as session:
        november = periods.open_period(session, 2026, 11).id
        return november, complete_like(session, november, "OP0005", 95, (2026, 10))


def test_a_month_one_person_has_finished_counts_that_one_and_says_so(ctx):
    november, person = november_with_one_complete(ctx)
    with ctx.db.transaction() as session:
        found = dashboard.summary(session, today=dt.date(2026, 11, 16))
    assert (found.period_label, found.complete, found.members) == ("2026-11", 1, 24)
    assert found.grades == {"優秀": 1, "良好": 0, "合格": 0, "不合格": 0}  # band order
    latest = found.trend[-1]
    assert (latest.label, latest.complete, latest.members) == ("2026-11", 1, 24)
    assert latest.mean == Decimal(95)  # that one person's total: the others are not counted
    assert found.trend[-2].complete == found.trend[-2].members == 24
    (limit,) = [a for a in found.alerts if a.kind == "distribution"]
    assert limit.params["period"] == "2026-11" and limit.params["graded"] == "1"
    assert (limit.params["count"], limit.params["share"], limit.params["limit"]) == (
        "1",
        "100.00",
        "20",
    )
    assert limit.record_id == november


def test_a_month_not_locked_is_named_once_it_has_ended_or_a_later_one_is_open(ctx):
    with ctx.db.transaction() as session:
        october = periods.get(session, 2026, 10).id
        during = dashboard.summary(session, today=dt.date(2026, 10, 31))
        after = dashboard.summary(session, today=dt.date(2026, 11, 1))
    assert "unlocked" not in {a.kind for a in during.alerts}
    (ended,) = [a for a in after.alerts if a.kind == "unlocked"]
    assert (ended.params, ended.page, ended.record_id) == (
        {"period": "2026-10", "count": "0"},
        "appraisals",
        october,
    )
    november, _person = november_with_one_complete(ctx)
    with ctx.db.transaction() as session:
        early = dashboard.summary(session, today=dt.date(2026, 10, 20))  # November opened early
        december = dashboard.summary(session, today=dt.date(2026, 12, 1))
        periods.lock(session, october, "秘書")
        locked = dashboard.summary(session, today=dt.date(2026, 12, 1))
    assert [a.record_id for a in early.alerts if a.kind == "unlocked"] == [october]
    unlocked = {a.record_id: a.params["count"] for a in december.alerts if a.kind == "unlocked"}
    assert unlocked == {november: "23", october: "0"}
    assert [a.record_id for a in locked.alerts if a.kind == "unlocked"] == [november]
    # a locked month's distribution is history; only the months that can change are named
    assert {a.record_id for a in locked.alerts if a.kind == "distribution"} == {november}


def test_incomplete_scores_near_month_end_and_kpi_drops(ctx):
    with ctx.db.transaction() as session:
        november = periods.open_period(session, 2026, 11)
        person = session.scalar(select(Staff).where(Staff.staff_no == "OP0003"))
        scores.record_kpi(session, november.id, person.id, "business_target", 40)
    with ctx.db.transaction() as session:
        early = dashboard.summary(session, today=dt.date(2026, 11, 10))
        late = dashboard.summary(session, today=dt.date(2026, 11, 27))
    assert "incomplete" not in {a.kind for a in early.alerts}
    (incomplete,) = [a for a in late.alerts if a.kind == "incomplete"]
    assert incomplete.params == {"period": "2026-11", "count": "24"}
    assert any(
        a.kind == "kpi"
        and (a.page, a.record_id) == ("appraisals", (november.id, person.id))
        and a.params["after"] == "40"
        for a in late.alerts
    )


@pytest.mark.parametrize(
    ("low", "high", "whole", "expected"),
    [
        (78.9, 88.9, False, (78, 90, 2)),
        (75.9, 84.3, False, (74, 86, 2)),
        (0, 1.12, True, (0, 2, 1)),
        (0, 70.56, True, (0, 80, 20)),
        (0, 14.56, True, (0, 15, 5)),
        (83.2, 84.4, False, (83.2, 84.4, 0.2)),
    ],
)
def test_axes_go_in_round_steps(low, high, whole, expected):
    start, stop, step = nice_axis(low, high, 7, whole=whole)
    assert (start, stop, step) == pytest.approx(expected)
    assert round((stop - start) / step) + 1 <= 7


def test_month_labels_are_as_many_as_fit_and_always_the_latest():
    assert month_label_indexes(12, 1200, 60) == list(range(12))
    assert month_label_indexes(12, 250, 60) == [2, 5, 8, 11]  # 4 × 60 px in 250
    assert month_label_indexes(24, 300, 60)[-1] == 23
    assert month_label_indexes(0, 300, 60) == []


def ticks(axis: QValueAxis) -> list[float]:
    count = axis.tickCount()
    return [axis.min() + k * (axis.max() - axis.min()) / (count - 1) for k in range(count)]


def test_the_page_draws_readable_charts_and_words_the_alerts(qtbot, ctx, qtmodeltester):
    november_with_one_complete(ctx)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    assert page.summary is not None
    (positions,) = page.positions_chart.chart().series()
    assert positions.barSets()[0].count() == 3  # a bar a position
    grades = page.grades_chart.chart()
    (bars,) = grades.series()
    # lying bars, the top grade on top (a horizontal series draws its first bar at the foot)
    assert isinstance(bars, QHorizontalBarSeries) and bars.isLabelsVisible()  # counts shown
    assert [bars.barSets()[0].at(i) for i in range(4)] == [0, 0, 0, 1]
    names = grades.axes(Qt.Orientation.Vertical)[0]
    assert names.categories() == list(reversed(BANDS))
    (counts,) = grades.axes(Qt.Orientation.Horizontal)
    assert ticks(counts) == [0, 1, 2]
    assert "1 of 24 complete" in grades.title()
    trend = page.trend_chart.chart()
    assert "complete people only" in trend.title()
    line, partly = trend.series()
    assert line.count() == 12
    assert isinstance(partly, QScatterSeries) and partly.count() == 1  # November, hollow
    assert partly.name() == "2026-11: 1 of 24 complete"
    (means,) = trend.axes(Qt.Orientation.Vertical)
    shown = ticks(means)
    step = shown[1] - shown[0]
    assert step in (1, 2, 5, 10) and all(t % step == 0 for t in shown)  # e.g. 80, 85, 90
    (months,) = trend.axes(Qt.Orientation.Horizontal)
    assert isinstance(months, QCategoryAxis)
    labels = months.categoriesLabels()
    assert labels and labels[-1] == "2026-11"
    assert all(re.fullmatch(r"\d{4}-\d{2}", label) for label in labels)  # with the year
    page.resize(700, 700)  # narrower: fewer month labels, the latest kept
    assert 0 < len(months.categoriesLabels()) < len(labels)
    assert months.categoriesLabels()[-1] == "2026-11"
    texts = [page.alerts.index(r, 0).data() for r in range(page.alerts.rowCount())]
    assert any(t.startswith("Overdue action item:") for t in texts)
    assert "2026-10 has ended and is not locked yet" in texts
    assert any("has 1 of 1 graded people" in t for t in texts)
    assert not any(re.search(r"%[a-z]", t) for t in texts)  # every placeholder filled
    qtmodeltester.check(page.alerts)


def test_a_new_department_is_told_what_is_missing_not_shown_empty_axes(qtbot, fresh_ctx):
    """First start: no staff, no month — the bar said "—: 0 of 1 complete" over blank charts."""
    page = DashboardPage(fresh_ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    fresh_ctx.tasks.settle()
    assert page.completion.text() == "No appraisal month is open yet"
    charts = {
        "positions": page.positions_chart.chart(),
        "grades": page.grades_chart.chart(),
        "trend": page.trend_chart.chart(),
    }
    assert {key: chart.series() for key, chart in charts.items()} == {
        "positions": [],
        "grades": [],
        "trend": [],
    }
    assert "No staff yet" in charts["positions"].title()
    assert "No appraisal month is open yet" in charts["grades"].title()
    assert "No month has complete results yet" in charts["trend"].title()
    assert all(chart.axes() == [] for chart in charts.values())
