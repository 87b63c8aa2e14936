"""The suggestion box: submit named and anonymous suggestions, move them through 新建 → 處理中
→ 已回覆 with a reply, undo, and read the summary — the data is in the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core import clock
from ops_desktop.core.models import Staff, Suggestion
from ops_desktop.gui.pages.suggestions import SuggestionsPage


def make_page(qtbot, ctx):
    page = SuggestionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def stored(ctx, title):
    with ctx.db.transaction() as session:
        return session.scalar(select(Suggestion).where(Suggestion.title == title))


def staff_id(ctx, staff_no):
    with ctx.db.transaction() as session:
        return session.scalar(select(Staff.id).where(Staff.staff_no == staff_no))


def test_list_hides_answered_translates_status_and_anonymous(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    assert page.proxy.rowCount() == 5  # 8 in the demo, 3 answered
    page.show_all.setChecked(True)
    assert page.proxy.rowCount() == 8
    cells = [[page.proxy.index(r, c).data() for c in range(5)] for r in range(8)]
    assert {row[4] for row in cells} == {"New", "In progress", "Answered"}
    assert sum(row[3] == "Anonymous" for row in cells) == 3
    qtbot.keyClicks(page.search, "anonymous")
    assert page.proxy.rowCount() == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_submit_named_then_anonymous_validate_undo(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    page.new_record()
    ui = page.ui
    assert ui.dateEdit.text() == clock.today().isoformat()
    type_into(qtbot, ui.titleEdit, "希望增加停車位")
    assert "Name the author" in ui.authorComboError.text() and not ui.saveButton.isEnabled()
    page.save()  # refused: the problem stays beside the field, nothing is stored
    assert "Name the author" in ui.authorComboError.text()
    assert stored(ctx, "希望增加停車位") is None and page.undo_stack.count() == 0
    qtbot.mouseClick(ui.anonymousCheck, Qt.MouseButton.LeftButton)
    assert not ui.authorCombo.isEnabled() and ui.authorComboError.text() == ""
    ui.anonymousCheck.setChecked(False)
    assert ui.authorCombo.isEnabled()
    ui.authorCombo.setCurrentIndex(ui.authorCombo.findData(staff_id(ctx, "OP0004")))
    ui.authorCombo.activated.emit(ui.authorCombo.currentIndex())
    type_into(qtbot, ui.dateEdit, "2026-02-30")  # the date field takes no impossible day
    assert ui.dateEdit.text() != "2026-02-30" and ui.dateEditError.text() == ""
    type_into(qtbot, ui.dateEdit, "2026-11-20")
    ui.categoryCombo.setEditText("行政")
    ui.bodyEdit.setPlainText("早上經常找不到車位。")
    assert ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    item = stored(ctx, "希望增加停車位")
    assert (item.author_id, item.anonymous, item.category) == (
        staff_id(ctx, "OP0004"),
        False,
        "行政",
    )
    assert item.submitted_on == dt.date(2026, 11, 20) and item.status == "new"
    # make it anonymous after all
    ui.anonymousCheck.setChecked(True)
    assert page.save()
    item = stored(ctx, "希望增加停車位")
    assert item.anonymous and item.author_id is None
    assert page.current_row().anonymous
    page.undo_stack.undo()
    assert stored(ctx, "希望增加停車位").author_id == staff_id(ctx, "OP0004")
    page.undo_stack.undo()
    assert stored(ctx, "希望增加停車位") is None
    page.undo_stack.redo()
    assert stored(ctx, "希望增加停車位") is not None
    assert errors == []
    again = make_page(qtbot, ctx)
    assert again.select_id(stored(ctx, "希望增加停車位").id)
    assert again.ui.bodyEdit.toPlainText() == "早上經常找不到車位。"


def test_status_and_reply_with_undo(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    new_rows = [r for r in page.model.rows if r.status == "new"]
    target = new_rows[0]
    assert page.select_id(target.id)
    panel = page.reply
    ui = panel.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("answered"))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    assert "reply" in ui.statusComboError.text() and not ui.setStatusButton.isEnabled()
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("in_progress"))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    qtbot.mouseClick(ui.setStatusButton, Qt.MouseButton.LeftButton)
    assert stored(ctx, target.title).status == "in_progress"
    assert page.current_row().status == "in_progress"
    assert ui.replyEditError.text() == "" and not ui.saveButton.isEnabled()  # nothing typed
    type_into(qtbot, ui.repliedByEdit, "運營經理")
    assert "Write the reply" in ui.replyEditError.text() and not ui.saveButton.isEnabled()
    assert panel.save_reply() is False
    ui.replyEdit.setPlainText("已與行政部溝通,下月起安排。")
    assert ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    item = stored(ctx, target.title)
    assert (item.status, item.reply, item.replied_by) == (
        "answered",
        "已與行政部溝通,下月起安排。",
        "運營經理",
    )
    assert page.proxy.rowCount() == 4  # answered ones are hidden
    page.undo_stack.undo()
    item = stored(ctx, target.title)
    assert (item.status, item.reply, item.replied_by) == ("in_progress", "", None)
    page.undo_stack.undo()
    assert stored(ctx, target.title).status == "new"
    assert errors == []


def test_summary_of_a_date_range(qtbot, ctx):
    page = make_page(qtbot, ctx)
    with ctx.db.transaction() as session:
        days = sorted(session.scalars(select(Suggestion.submitted_on)))
    page.summary.set_range(days[0], days[-1])
    found = page.summary.last
    assert found.total == 8 and found.anonymous == 3 and found.unanswered == 5
    assert found.by_status == {"new": 3, "in_progress": 2, "answered": 3}
    text = page.summary.result.text()
    assert "8 suggestion(s)" in text and "In progress 2" in text and "流程 2" in text
    page.summary.set_range(days[-1], days[-1])
    assert page.summary.last.total == 1
    page.summary.set_range(days[-1], days[0])
    assert page.summary.last is None and "before" in page.summary.result.text()


def test_removing_a_new_suggestion_asks_and_can_be_undone(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    taken = next(r for r in page.model.rows if r.status == "in_progress")
    page.select_id(taken.id)
    assert not page.delete_record() and "kept" in errors[0] and no_questions == []
    fresh = next(r for r in page.model.rows if r.status == "new")
    page.select_id(fresh.id)
    assert page.delete_record() and fresh.title in no_questions[-1]
    assert stored(ctx, fresh.title) is None
    page.undo_stack.undo()
    assert stored(ctx, fresh.title) is not None


def test_a_reply_while_the_form_is_edited_is_not_someone_elses_change(qtbot, ctx, errors):
    """The reply and the form change one suggestion: a status set while its form holds an
    edit neither refuses that edit's save as "changed by someone else" nor is the next
    status refused (the panel follows the version it left)."""
    page = make_page(qtbot, ctx)
    target = next(r for r in page.model.rows if r.status == "new")
    assert page.select_id(target.id)
    type_into(qtbot, page.ui.titleEdit, "改過的標題")  # the form, modified
    ui = page.reply.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("in_progress"))
    assert page.reply.set_status()
    assert page.ui.titleEdit.text() == "改過的標題" and page.is_modified()
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("new"))
    assert page.reply.set_status()  # again, the form still modified
    assert errors == []
    assert page.save()
    item = stored(ctx, "改過的標題")
    assert item is not None and item.status == "new"
    assert errors == []
