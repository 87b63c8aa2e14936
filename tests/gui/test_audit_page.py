"""The audit log in the window: score changes, locks and unlocks, approvals, departures and
restores are there, filterable, and export to Excel."""

from __future__ import annotations

import re

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
    actions = {(r.row.operator, r.row.action) for r in page.model.rows}
    assert {("林秘書", "lock"), ("林秘書", "unlock"), ("林秘書", "deactivate")} <= actions
    page.entity.setCurrentIndex(page.entity.findData("appraisal_period"))
    page.action.setText("unlock")
    page.reload()
    (row,) = page.model.rows
    assert row.row.details == {"reason": "更正分數"}
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


def test_details_are_in_words_in_the_interface_language(qtbot, ctx, qapp):
    """Issue 18 point 5: field names, old → new, names for ids, statuses in words — the
    log showed "supervisor_id: ['40', '50']", "stage_id: 8" and "in_progress"."""
    import dataclasses

    from ops_desktop.gui.i18n import Languages

    with ctx.db.transaction() as session:
        someone = staff.rows(session, "OP0024")[0]
        data = staff.input_of(session, someone.id)
        boss = staff.rows(session, "OP0003")[0]
        staff.update(
            session,
            someone.id,
            dataclasses.replace(data, supervisor_id=boss.id, status="leave"),
            "林秘書",
        )
    languages = Languages(qapp)
    try:
        languages.switch("zh_TW")
        page = make_page(qtbot, ctx)
        details = [page.model.index(r, 6).data() for r in range(page.model.rowCount())]
    finally:
        languages.uninstall()
    shown = list(zip(page.model.rows, details, strict=True))
    (changed,) = [
        d
        for r, d in shown
        if (r.row.entity, r.row.action, r.row.entity_id) == ("staff", "update", someone.id)
    ]
    assert "上級：" in changed and f"→ OP0003 {boss.name}" in changed
    assert "狀態：在職 → 休假" in changed
    approved = next(d for r, d in shown if r.row.action == "approve")
    assert approved.startswith("階段：") and "#" not in approved
    raw = [d for d in details if re.search(r"_id\b|\['|[a-z]+_[a-z]+|\b(active|attended)\b", d)]
    assert raw == []


def test_a_suggestions_status_logged_as_its_code_reads_as_its_word(qtbot, ctx):
    """Entries written before the status moved into the details kept "in_progress" as the
    summary; the log shows its word, and a title is left as it is."""
    from ops_desktop.core.services import audit

    with ctx.db.transaction() as session:
        audit.record(session, "林秘書", "set_status", "suggestion", 1, "in_progress")
        audit.record(session, "林秘書", "set_status", "suggestion", 2, "茶水間換咖啡機")
    page = make_page(qtbot, ctx)
    summaries = {
        r.row.summary: page.model.index(n, 5).data()
        for n, r in enumerate(page.model.rows)
        if r.row.entity == "suggestion" and r.row.action == "set_status"
    }
    assert summaries["in_progress"] == "In progress"
    assert summaries["茶水間換咖啡機"] == "茶水間換咖啡機"
