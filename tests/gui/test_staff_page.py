"""The secretary's main path on the staff page: create, validate, save, edit, undo, redo,
mark as departed — and the data is in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core.models import Staff
from ops_desktop.gui.pages.staff import StaffPage


def make_page(qtbot, ctx):
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def stored(ctx, staff_no):
    with ctx.db.transaction() as session:
        return session.scalar(select(Staff).where(Staff.staff_no == staff_no))


def test_the_list_shows_active_staff_and_filters_as_you_type(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.proxy.rowCount() == 24
    qtbot.keyClicks(page.search, "OP000")
    assert page.proxy.rowCount() == 9
    page.search.clear()
    page.show_all.setChecked(True)
    assert page.proxy.rowCount() == 25


def test_sorting_by_a_column(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # hire date
    dates = [page.proxy.index(r, 4).data() for r in range(page.proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_create_validate_save_undo_redo(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    page.new_record()
    ui = page.ui
    type_into(qtbot, ui.staffNoEdit, "OP0002")  # already taken
    type_into(qtbot, ui.nameEdit, "陳新人")
    assert "already used" in ui.staffNoEditError.text()
    assert not ui.saveButton.isEnabled()
    page.save()
    assert stored(ctx, "OP9001") is None and "already used" in ui.staffNoEditError.text()
    type_into(qtbot, ui.staffNoEdit, "OP9001")
    type_into(qtbot, ui.hireDateEdit, "2026-13-40")  # the date field takes no impossible day
    assert ui.hireDateEdit.text() != "2026-13-40" and ui.staffNoEditError.text() == ""
    type_into(qtbot, ui.hireDateEdit, "2026-11-02")
    type_into(qtbot, ui.emailEdit, "chen@example.com")
    ui.positionCombo.setCurrentIndex(ui.positionCombo.findText("運營專員"))
    page.validate()
    assert ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    person = stored(ctx, "OP9001")
    assert person is not None and person.name == "陳新人" and str(person.hire_date) == "2026-11-02"
    assert page.current_row().staff_no == "OP9001"
    page.undo_stack.undo()
    assert stored(ctx, "OP9001") is None
    page.undo_stack.redo()
    assert stored(ctx, "OP9001").name == "陳新人"
    assert errors == []


def test_edit_then_undo_restores_the_old_values(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.select_id(stored(ctx, "OP0005").id)
    old_name = page.ui.nameEdit.text()
    type_into(qtbot, page.ui.nameEdit, "改名測試")
    type_into(qtbot, page.ui.phoneEdit, "13900000000")
    assert page.save()
    assert stored(ctx, "OP0005").name == "改名測試"
    page.undo_stack.undo()
    person = stored(ctx, "OP0005")
    assert person.name == old_name and person.phone != "13900000000"
    assert page.ui.nameEdit.text() == old_name  # the form shows the restored record


def test_marking_departed_asks_keeps_history_and_can_be_undone(qtbot, ctx, dialogs):
    page = make_page(qtbot, ctx)
    page.select_id(stored(ctx, "OP0024").id)
    dialogs.forms.append(lambda d: (d.date.setText("2026-11-30"), True)[1])
    assert page.delete_record()
    person = stored(ctx, "OP0024")
    assert person.status == "departed" and str(person.departed_on) == "2026-11-30"
    assert page.proxy.rowCount() == 23
    page.undo_stack.undo()
    assert stored(ctx, "OP0024").status == "active"


def test_a_supervisor_who_still_has_reports_cannot_leave(qtbot, ctx, dialogs, errors):
    page = make_page(qtbot, ctx)
    page.select_id(stored(ctx, "OP0001").id)
    dialogs.forms.append(lambda d: True)
    page.delete_record()
    assert errors and "still supervises" in errors[0]
    assert stored(ctx, "OP0001").status == "active"


def test_history_tab_lists_appraisals_and_training(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.select_id(stored(ctx, "OP0003").id)
    assert page.appraisal_model.rowCount() == 12
    assert {r[0] for r in page.appraisal_model.rows} >= {"2026-10", "2025-11"}


def test_models_pass_the_model_tester(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_history_lists_the_regulation_versions_the_person_acknowledged(qtbot, ctx):
    import datetime as dt

    from ops_desktop.core.services import regulation, regulation_acks

    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-11-01", "王主任", "測試")
        regulation_acks.record(session, first, ["OP0003"], dt.date(2026, 11, 16), "測試")
    page = make_page(qtbot, ctx)
    page.select_id(stored(ctx, "OP0003").id)
    assert page.acks_model.rows == [("1.0", dt.date(2026, 11, 16))]
    page.select_id(stored(ctx, "OP0004").id)
    assert page.acks_model.rows == []
