"""The audit log in the window: score changes, locks and unlocks, approvals, departures and
restores are there, filterable, and export to Excel."""

from __future__ import annotations

import openpyxl

from ops_desktop.core.appraisal import periods
from ops_desktop.core.services import staff
from ops_desktop.gui.pages.audit import AuditPage


def make_page(qtbot, ctx):
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_changes_appear_and_filter_by_record_and_action(qtbot, ctx):
    with ctx.db.transaction() as session:
        october = periods.get(session, 2026, 10)
        periods.lock(session, october.id, "林秘書")
        periods.unlock(session, october.id, "更正分數", "林秘書")
        someone = staff.rows(session, "OP0024")[0]
        staff.deactivate(session, someone.id, "林秘書")
    page = make_page(qtbot, ctx)
    actions = {(r.operator, r.action) for r in page.model.rows}
    assert {("林秘書", "lock"), ("林秘書", "unlock"), ("林秘書", "deactivate")} <= actions
    page.entity.setCurrentIndex(page.entity.findData("appraisal_period"))
    page.action.setText("unlock")
    page.reload()
    (row,) = page.model.rows
    assert row.details == {"reason": "更正分數"}
    assert "更正分數" in page.model.index(0, 6).data()


def test_search_and_export(qtbot, ctx, tmp_path, dialogs, qtmodeltester):
    page = make_page(qtbot, ctx)
    qtmodeltester.check(page.model)
    page.search.setText("approve")
    shown = page.proxy.rowCount()
    assert 0 < shown < page.model.rowCount()
    target = tmp_path / "audit.xlsx"
    dialogs.save_as.append(str(target))
    dialogs.after_export.append(None)
    assert page.export()
    ws = openpyxl.load_workbook(target).active
    assert ws["A3"].value == "時間" and ws.max_row == 3 + shown
