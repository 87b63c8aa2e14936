"""The 校準 (Calibration) tab of the Appraisals page on the demo: its lenient and severe
supervisors flagged, the alpha, the distribution and its chart; the year on request; and no
score changed by looking."""

from __future__ import annotations

from sqlalchemy import func, select

from ops_desktop.core.appraisal import periods
from ops_desktop.core.models import ScoreEntry
from ops_desktop.gui.pages.appraisals import AppraisalsPage


def october(ctx):
    with ctx.db.transaction() as session:
        return periods.get(session, 2026, 10).id


def cells(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def stored(ctx):
    with ctx.db.transaction() as session:
        return session.execute(select(func.sum(ScoreEntry.score), func.count())).one()


def test_the_tab_flags_the_demos_lenient_and_severe_supervisors(qtbot, ctx, qtmodeltester):
    before = stored(ctx)
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    period_id = october(ctx)
    page.period_combo.setCurrentIndex(page.period_combo.findData(period_id))
    page.load(period_id)
    page.tabs.setCurrentWidget(page.calibration)
    view = page.calibration
    assert page.tabs.tabText(page.tabs.indexOf(view)) == "Calibration"
    assert view.found is not None and view.found.period == "2026-10"
    qtmodeltester.check(view.raters, force_py=True)
    rows = zip(cells(view.raters, 0), cells(view.raters, 1), cells(view.raters, 7), strict=True)
    flagged = [(who, role, flag) for who, role, flag in rows if flag]
    assert flagged == [
        ("OP0002 向靜", "supervisor", "lenient"), ("OP0003 蕭磊", "supervisor", "severe")
    ]  # fmt: skip
    assert view.people.rowCount() == 24 and view.agreement.rowCount() == 24
    assert "Krippendorff" in view.alpha_label.text() and "0.818" in view.alpha_label.text()
    assert "Within the forced-distribution limits (24 graded)" in view.distribution_label.text()
    chart = view.chart.chart()
    assert [s.count() for s in chart.series()[0].barSets()] == [4]  # the four grades
    assert "2 flagged" in view.summary.text()
    view.scope.setCurrentIndex(view.scope.findData("year"))
    view.scope.activated.emit(view.scope.currentIndex())
    assert view.found.period == "2026" and view.found.kind == "annual"
    assert stored(ctx) == before  # looking changes no score
