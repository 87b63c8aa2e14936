"""The secretary's path on the positions page: positions, their areas and duty lines —
create, validate, edit, reorder, remove, undo, redo, retire — and the data is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from typing_helpers import type_into

from ops_desktop.core.services import positions
from ops_desktop.gui.pages.positions import PositionsPage


def make_page(qtbot, ctx):
    page = PositionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def type_text(widget, text):
    widget.setPlainText(text)  # a QPlainTextEdit: textChanged validates


def stored(ctx, name=None, code=None):
    """{position name: [(area title, [duty lines])]} as the database holds it."""
    with ctx.db.transaction() as session:
        found = {
            p.name: [(a.title, [d.text for d in a.duties]) for a in p.areas]
            for p in positions.all_positions(session, include_inactive=True)
        }
    return found if name is None else found.get(name)


def select(page, name):
    ident = next(r.id for r in page.model.rows if r.name == name)
    assert page.select_id(ident)
    return ident


def select_area(page, title):
    panel = page.duties
    ident = next(r.id for r in panel.area_model.rows if r.title == title)
    assert panel._select(panel.ui.areasView, panel.area_model, ident)


def select_duty(page, number):
    panel = page.duties
    ident = next(r.id for r in panel.duty_model.rows if r.number == number)
    assert panel._select(panel.ui.dutiesView, panel.duty_model, ident)


def test_the_three_positions_of_the_regulation_with_their_duties(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert [r.name for r in page.model.rows] == ["運營經理", "運營專員", "數據分析員"]
    select(page, "運營專員")
    panel = page.duties
    assert [r.title for r in panel.area_model.rows] == [
        "產品運營",
        "用戶運營",
        "活動運營",
        "內容運營",
    ]
    select_area(page, "用戶運營")
    assert panel.duty_proxy.rowCount() == 4
    assert panel.duty_model.rows[0].text == "制定用戶運營計劃,負責用戶的拉新、促活和留存工作。"
    qtbot.keyClicks(page.search, "Analyst")
    assert page.proxy.rowCount() == 1
    qtbot.keyClicks(panel.ui.dutySearch, "zzz")
    assert panel.duty_proxy.rowCount() == 0


def test_create_a_position_with_validation_undo_and_redo(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    page.new_record()
    ui = page.ui
    type_into(qtbot, ui.nameEdit, "運營經理")
    type_into(qtbot, ui.codeEdit, "bad code")
    assert "already exists" in ui.nameEditError.text()
    assert "letters" in ui.codeEditError.text()
    assert not ui.saveButton.isEnabled()
    page.save()  # refused: the problems stay beside the fields, nothing is stored
    assert len(stored(ctx)) == 3 and "already exists" in ui.nameEditError.text()
    assert "letters" in ui.codeEditError.text() and page.undo_stack.count() == 0
    type_into(qtbot, ui.nameEdit, "社群運營")
    type_into(qtbot, ui.codeEdit, "community")
    type_into(qtbot, ui.nameEnEdit, "Community Operator")
    assert ui.nameEditError.text() == "" and ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert stored(ctx, "社群運營") == []
    assert page.current_row().name == "社群運營" and ui.codeEdit.isReadOnly()
    page.undo_stack.undo()
    assert stored(ctx, "社群運營") is None
    page.undo_stack.redo()
    assert stored(ctx, "社群運營") == []
    assert errors == []


def test_areas_and_duty_lines_edited_reordered_removed_and_undone(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    select(page, "數據分析員")
    panel, ui = page.duties, page.duties.ui
    original = stored(ctx, "數據分析員")
    # a new area, refused first because the title is taken
    ui.areasView.clearSelection()
    type_into(qtbot, ui.areaTitleEdit, "數據監控與預警")
    assert "already has an area" in ui.areaTitleEditError.text()
    assert not ui.addAreaButton.isEnabled()
    type_into(qtbot, ui.areaTitleEdit, "數據治理")
    assert ui.addAreaButton.isEnabled()
    qtbot.mouseClick(ui.addAreaButton, Qt.MouseButton.LeftButton)
    assert stored(ctx, "數據分析員")[-1] == ("數據治理", [])
    # two duty lines, one blank refused
    type_text(ui.dutyTextEdit, "   ")
    assert not ui.addDutyButton.isEnabled()
    type_text(ui.dutyTextEdit, "長" * 2001)  # checked on the worker: told beside the field
    assert "2000" in ui.dutyTextEditError.text() and not ui.addDutyButton.isEnabled()
    type_text(ui.dutyTextEdit, "制定數據標準。")
    qtbot.mouseClick(ui.addDutyButton, Qt.MouseButton.LeftButton)
    ui.dutiesView.clearSelection()
    type_text(ui.dutyTextEdit, "管理數據權限。")
    panel.add_duty()
    assert stored(ctx, "數據分析員")[-1] == ("數據治理", ["制定數據標準。", "管理數據權限。"])
    # edit, move up, rename the area
    select_duty(page, 1)
    type_text(ui.dutyTextEdit, "制定並維護數據標準。")
    qtbot.mouseClick(ui.saveDutyButton, Qt.MouseButton.LeftButton)
    select_duty(page, 2)
    qtbot.mouseClick(ui.dutyUpButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, ui.areaTitleEdit, "數據治理與安全")
    qtbot.mouseClick(ui.renameAreaButton, Qt.MouseButton.LeftButton)
    assert stored(ctx, "數據分析員")[-1] == (
        "數據治理與安全",
        ["管理數據權限。", "制定並維護數據標準。"],
    )
    # remove a line (asked first), then undo everything step by step, then redo all
    select_duty(page, 1)
    assert panel.remove_duty()
    assert no_questions and "Remove this duty line" in no_questions[-1]
    final = stored(ctx, "數據分析員")
    assert final[-1] == ("數據治理與安全", ["制定並維護數據標準。"])
    steps = page.undo_stack.count()
    for _ in range(steps):
        page.undo_stack.undo()
    assert stored(ctx, "數據分析員") == original
    for _ in range(steps):
        page.undo_stack.redo()
    assert stored(ctx, "數據分析員") == final
    assert errors == []


def test_reorder_and_remove_areas(qtbot, ctx, no_questions):
    page = make_page(qtbot, ctx)
    select(page, "運營經理")
    original = stored(ctx, "運營經理")
    select_area(page, "業務指導")
    page.duties.move_area(-1)
    assert [t for t, _ in stored(ctx, "運營經理")] == ["業務指導", "部門管理", "數據分析與決策"]
    assert page.duties.current_area().title == "業務指導"
    assert page.duties.remove_area()
    assert "3 duty line" in no_questions[-1]
    assert [t for t, _ in stored(ctx, "運營經理")] == ["部門管理", "數據分析與決策"]
    assert page.current_row().duties == 6  # the list shows the new count
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert stored(ctx, "運營經理") == original


def test_edit_a_position_then_reopen(qtbot, ctx):
    page = make_page(qtbot, ctx)
    select(page, "運營專員")
    type_into(qtbot, page.ui.nameEnEdit, "Operations Officer")
    page.ui.descriptionEdit.setPlainText("負責日常運營。")
    assert page.save()
    again = make_page(qtbot, ctx)
    select(again, "運營專員")
    assert again.ui.nameEnEdit.text() == "Operations Officer"
    assert again.ui.descriptionEdit.toPlainText() == "負責日常運營。"
    page.undo_stack.undo()
    with ctx.db.transaction() as session:
        assert positions.by_code(session, "specialist").name_en == "Operations Specialist"


def test_retire_is_refused_while_staff_hold_it(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    select(page, "運營專員")
    assert page.current_row().holders > 0
    page.delete_record()
    assert errors and "still hold the position" in errors[0]
    assert stored(ctx)  # nothing changed
    with ctx.db.transaction() as session:
        assert positions.by_code(session, "specialist").active


def test_retire_an_unused_position_and_reactivate(qtbot, fresh_ctx, no_questions):
    page = make_page(qtbot, fresh_ctx)
    select(page, "數據分析員")
    assert page.delete_record()
    assert "Retire" in no_questions[0]
    assert [r.name for r in page.model.rows] == ["運營經理", "運營專員"]
    page.show_all.setChecked(True)
    select(page, "數據分析員")
    assert page.ui.reactivateButton.isVisibleTo(page) and not page.current_row().active
    qtbot.mouseClick(page.ui.reactivateButton, Qt.MouseButton.LeftButton)
    assert page.current_row().active
    page.undo_stack.undo()
    page.undo_stack.undo()
    with fresh_ctx.transaction() as session:
        assert positions.by_code(session, "analyst").active


def test_models_pass_the_model_tester(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    select(page, "運營經理")
    for model in (page.model, page.proxy, page.duties.area_model, page.duties.area_proxy):
        qtmodeltester.check(model)
    qtmodeltester.check(page.duties.duty_model)
    qtmodeltester.check(page.duties.duty_proxy)
