"""The secretary's weekly meeting: record it with its attendees, set this week's tasks, close
the ones carried over, print the minutes — and everything is in the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core import clock
from ops_desktop.core.models import ActionItem, Meeting, Staff
from ops_desktop.gui.pages.meeting_models import OVERDUE
from ops_desktop.gui.pages.meetings import MeetingsPage


def make_page(qtbot, ctx, settings=None):
    page = MeetingsPage(ctx, settings=settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def meeting_on(ctx, day):
    with ctx.db.transaction() as session:
        return session.scalar(select(Meeting).where(Meeting.held_on == day))


def item(ctx, text):
    with ctx.db.transaction() as session:
        return session.scalar(select(ActionItem).where(ActionItem.text == text))


def staff_id(ctx, staff_no):
    with ctx.db.transaction() as session:
        return session.scalar(select(Staff.id).where(Staff.staff_no == staff_no))


def test_the_list_newest_first_and_search(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    assert page.proxy.rowCount() == 8
    dates = [page.proxy.index(r, 0).data() for r in range(8)]
    assert dates == sorted(dates, reverse=True)
    qtbot.keyClicks(page.search, dates[-1])
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.table.selectRow(0)
    for model in (page.model, page.proxy, page.attendees, page.items.model, page.items.proxy):
        qtmodeltester.check(model)
    qtmodeltester.check(page.items.carried_model)


def test_create_validate_save_undo_redo_and_reopen(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    page.new_record()
    ui = page.ui
    assert page.attendees.checked == {r[0] for r in page.attendees.rows}  # all by default
    type_into(qtbot, ui.heldOnEdit, "")  # a meeting has its date
    assert "required" in ui.heldOnEditError.text() and not ui.saveButton.isEnabled()
    page.save()  # refused: the problem stays beside the field, nothing is stored
    assert "required" in ui.heldOnEditError.text() and page.undo_stack.count() == 0
    type_into(qtbot, ui.heldOnEdit, "2026-11-30")
    type_into(qtbot, ui.titleEdit, "十一月第五週例會")
    ui.chairCombo.setCurrentIndex(ui.chairCombo.findData(staff_id(ctx, "OP0001")))
    absent = staff_id(ctx, "OP0003")
    index = page.attendees.index([r[0] for r in page.attendees.rows].index(absent), 0)
    page.attendees.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    ui.summaryEdit.setPlainText("上週活動順利完成。")
    assert ui.saveButton.isEnabled() and page.has_unsaved_changes()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    meeting = meeting_on(ctx, dt.date(2026, 11, 30))
    assert meeting.title == "十一月第五週例會" and meeting.chair_id == staff_id(ctx, "OP0001")
    assert meeting.last_week_summary == "上週活動順利完成。"
    with ctx.db.transaction() as session:
        present = {a.staff_id for a in session.get(Meeting, meeting.id).attendees}
    assert absent not in present and len(present) == len(page.attendees.rows) - 1
    assert page.current_row().title == "十一月第五週例會"
    page.undo_stack.undo()
    assert meeting_on(ctx, dt.date(2026, 11, 30)) is None
    page.undo_stack.redo()
    assert meeting_on(ctx, dt.date(2026, 11, 30)).title == "十一月第五週例會"
    assert errors == []
    again = make_page(qtbot, ctx)
    assert again.select_id(meeting_on(ctx, dt.date(2026, 11, 30)).id)
    assert again.ui.summaryEdit.toPlainText() == "上週活動順利完成。"
    assert absent not in again.attendees.checked


def test_edit_minutes_then_undo(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.table.selectRow(0)
    row = page.current_row()
    old = page.ui.minutesEdit.toPlainText()
    page.ui.minutesEdit.setPlainText("決議:下週起例會改為週二。")
    assert page.save()
    with ctx.db.transaction() as session:
        assert session.get(Meeting, row.id).minutes == "決議:下週起例會改為週二。"
    page.undo_stack.undo()
    with ctx.db.transaction() as session:
        assert session.get(Meeting, row.id).minutes == old
    assert page.ui.minutesEdit.toPlainText() == old


def test_action_items_add_edit_close_reopen_with_undo(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    page.table.selectRow(0)
    held_on = page.current_row().held_on
    panel, form = page.items, page.items.ui
    before = panel.model.rowCount()
    type_into(qtbot, form.actionTextEdit, "準備年終活動方案")
    type_into(qtbot, form.dueDateEdit, (held_on - dt.timedelta(days=1)).isoformat())
    assert "before the start" in form.dueDateEditError.text()
    assert not form.addActionButton.isEnabled()
    panel.add()  # refused: the problem stays beside the field, nothing is stored
    assert "before the start" in form.dueDateEditError.text()
    assert item(ctx, "準備年終活動方案") is None and panel.model.rowCount() == before
    type_into(qtbot, form.dueDateEdit, (held_on + dt.timedelta(days=7)).isoformat())
    form.ownerCombo.setCurrentIndex(form.ownerCombo.findData(staff_id(ctx, "OP0002")))
    qtbot.mouseClick(form.addActionButton, Qt.MouseButton.LeftButton)
    added = item(ctx, "準備年終活動方案")
    assert added.owner_id == staff_id(ctx, "OP0002") and added.status == "open"
    assert panel.model.rowCount() == before + 1
    assert page.current_row().open_items == sum(r.status == "open" for r in panel.model.rows)
    assert panel.select(added.id) and form.actionTextEdit.text() == "準備年終活動方案"
    type_into(qtbot, form.actionTextEdit, "準備年終活動方案初稿")
    assert panel.save_changes()
    assert item(ctx, "準備年終活動方案初稿").id == added.id
    panel.select(added.id)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    done = item(ctx, "準備年終活動方案初稿")
    assert done.status == "done" and done.closed_on == clock.today()
    panel.select(added.id)
    assert panel.reopen_button.isEnabled()
    assert panel.reopen(panel.current())
    assert item(ctx, "準備年終活動方案初稿").status == "open"
    page.undo_stack.undo()  # the reopen
    assert item(ctx, "準備年終活動方案初稿").status == "done"
    page.undo_stack.undo()  # the close
    page.undo_stack.undo()  # the edit
    assert item(ctx, "準備年終活動方案").status == "open"
    page.undo_stack.undo()  # the add
    assert item(ctx, "準備年終活動方案") is None
    assert errors == []


def test_carried_over_items_show_overdue_and_close_there(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.table.selectRow(0)  # the latest meeting
    panel = page.items
    carried = panel.carried_model.rows
    assert carried and all(r.status == "open" for r in carried)
    assert all(r.meeting_date < page.current_row().held_on for r in carried)
    late = [i for i, r in enumerate(carried) if r.overdue]
    assert late, "the demo's old open items are past their due date"
    index = panel.carried_model.index(late[0], 0)
    assert panel.carried_model.data(index, Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert "overdue" in panel.carried_model.index(late[0], 4).data()
    target = carried[0]
    panel.carried_table.selectRow(
        panel.carried_proxy.mapFromSource(panel.carried_model.index(0, 0)).row()
    )
    qtbot.mouseClick(panel.carried_drop_button, Qt.MouseButton.LeftButton)
    with ctx.db.transaction() as session:
        assert session.get(ActionItem, target.id).status == "dropped"
    assert target.id not in {r.id for r in panel.carried_model.rows}
    page.undo_stack.undo()
    assert target.id in {r.id for r in panel.carried_model.rows}


def test_print_minutes_writes_a_pdf(qtbot, ctx, tmp_path, monkeypatch, settings):
    target = tmp_path / "minutes"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    page = make_page(qtbot, ctx, settings)
    messages = []
    page.status_message.connect(messages.append)
    page.table.selectRow(0)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "minutes.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in messages[-1]


def test_print_refuses_a_font_that_is_not_a_font(
    qtbot, ctx, tmp_path, monkeypatch, settings, errors
):
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font")
    settings.setValue("pdf/font", str(bogus))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "m.pdf"), ""))
    )
    page = make_page(qtbot, ctx, settings)
    page.table.selectRow(0)
    assert page.print_()
    assert errors and "bogus.ttf" in errors[0] and not (tmp_path / "m.pdf").exists()


def test_delete_only_a_meeting_without_items(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    page.table.selectRow(0)
    assert not page.delete_record() and errors and "kept" in errors[0] and no_questions == []
    page.new_record()
    type_into(qtbot, page.ui.heldOnEdit, "2026-12-07")
    assert page.save()
    assert page.delete_record() and "2026-12-07" in no_questions[-1]
    assert meeting_on(ctx, dt.date(2026, 12, 7)) is None
    page.undo_stack.undo()
    assert meeting_on(ctx, dt.date(2026, 12, 7)) is not None
    page.undo_stack.redo()
    assert meeting_on(ctx, dt.date(2026, 12, 7)) is None
