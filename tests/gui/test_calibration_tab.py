"""The 校準 (Calibration) tab of the Appraisals page on the demo: its lenient and severe
supervisors flagged, the alpha, the distribution and its chart; the year on request; and no
score changed by looking."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    rows = zip(cells(view.raters, 0), cells(view.raters, 2), cells(view.raters, 1), strict=True)
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
    z_chart = view.z_chart.chart()  # the supervisors' z, beside the grades
    (bars,) = z_chart.series()[0].barSets()
    names = z_chart.axes(Qt.Orientation.Vertical)[0].categories()
    z = dict(zip(reversed(names), reversed([bars.at(i) for i in range(bars.count())]), strict=True))
    supervisors = {
        r.label.split(" ")[-1]: float(r.z) for r in view.found.raters if r.source == "supervisor"
    }
    assert z == supervisors
    assert z["蕭磊"] <= -1.5 < 0 < z["向靜"]  # lenient by its 87.5 % top grades
    view.scope.setCurrentIndex(view.scope.findData("year"))
    view.scope.activated.emit(view.scope.currentIndex())
    assert view.found.period == "2026" and view.found.kind == "annual"
    assert stored(ctx) == before  # looking changes no score


def test_the_report_shown_is_saved_as_pdf_and_workbook(qtbot, ctx, tmp_path, dialogs):
    import openpyxl
    import pdfplumber

    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.load(october(ctx))
    view = page.calibration
    assert not view.save_button.isEnabled()  # nothing calibrated yet
    page.tabs.setCurrentWidget(view)
    assert view.save_button.isEnabled()
    for suffix in (".pdf", ".xlsx"):
        dialogs.save_as.append(str(tmp_path / f"report{suffix}"))
        dialogs.after_export.append(None)
        assert view.save(suffix)
        qtbot.waitUntil(lambda suffix=suffix: (tmp_path / f"report{suffix}").exists())
        assert dialogs.offered_files[-1].endswith(f"考核校準報告_2026-10{suffix}")
    with pdfplumber.open(tmp_path / "report.pdf") as pdf:
        text = "".join((p.extract_text() or "") for p in pdf.pages).replace(" ", "")
    assert "機密" in text and "2026年10月" in text and "偏寬" in text and "偏嚴" in text
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")["2026-10 評分人"]
    assert "偏嚴" in [row[7] for row in sheet.iter_rows(min_row=5, values_only=True)]
