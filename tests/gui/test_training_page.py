"""The secretary's paths on the training page: create and edit a course (validated as typed),
add a session, record attendance and results, the yearly plan's totals and budget, and
development plans with progress notes — with undo, and the data in the database."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core.models import (
    DevelopmentPlan,
    Staff,
    TrainingAttendance,
    TrainingCourse,
    TrainingPlan,
    TrainingSession,
)
from ops_desktop.gui.pages.training import TrainingPage


def make_page(qtbot, ctx):
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activate()
    return page


def choose(combo, text):
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def course_named(ctx, title):
    with ctx.db.transaction() as session:
        return session.scalar(select(TrainingCourse).where(TrainingCourse.title == title))


def staff_id(ctx, staff_no):
    with ctx.db.transaction() as session:
        return session.scalar(select(Staff.id).where(Staff.staff_no == staff_no))


def test_course_list_filters_by_year_and_search(qtbot, ctx):
    page = make_page(qtbot, ctx)
    courses = page.courses
    assert courses.list.proxy.rowCount() == 6
    years = [courses.year_filter.itemData(i) for i in range(1, courses.year_filter.count())]
    assert years and all(isinstance(y, int) for y in years)
    choose(courses.year_filter, str(years[0]))
    assert {r.plan_year for r in courses.list.model.rows} == {years[0]}
    choose(courses.year_filter, "All years")
    qtbot.keyClicks(courses.list.search, "Excel")
    assert courses.list.proxy.rowCount() == 1


def test_create_a_course_validated_saved_undone_and_reopened(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    assert page.new_record()
    ui = page.courses.ui
    assert ui.titleEditError.text() == "" and not ui.saveButton.isEnabled()  # pristine: silent
    page.save()  # Ctrl+S on the empty form: says why beside the field, stores nothing
    assert "required" in ui.titleEditError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, ui.titleEdit, "用戶增長實戰")
    assert "Choose a category" in ui.categoryComboError.text()
    choose(ui.categoryCombo, "用戶運營")
    choose(ui.methodCombo, "外部培訓")
    type_into(qtbot, ui.trainerEdit, "Li Lei")
    type_into(qtbot, ui.startDateEdit, "2026-11-10")
    type_into(qtbot, ui.endDateEdit, "2026-11-09")
    assert "before the start" in ui.endDateEditError.text()
    type_into(qtbot, ui.endDateEdit, "2026-11-11")
    type_into(qtbot, ui.hoursEdit, "6.25")
    assert "decimal point" in ui.hoursEditError.text()
    page.save()  # refused: the problem stays beside the field, nothing is stored
    assert course_named(ctx, "用戶增長實戰") is None and "decimal point" in ui.hoursEditError.text()
    type_into(qtbot, ui.hoursEdit, "6.5")
    type_into(qtbot, ui.costEdit, "3200")
    type_into(qtbot, ui.planYearEdit, "2026")
    assert ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    course = course_named(ctx, "用戶增長實戰")
    assert course is not None and course.hours == Decimal("6.5") and course.cost == 3200
    assert page.courses.list.current_row().title == "用戶增長實戰"
    page.undo_stack.undo()
    assert course_named(ctx, "用戶增長實戰") is None
    page.undo_stack.redo()
    assert course_named(ctx, "用戶增長實戰").trainer == "Li Lei"
    again = make_page(qtbot, ctx)  # reopened: the course is there, in its year's plan
    row = next(r for r in again.courses.list.model.rows if r.title == "用戶增長實戰")
    assert row.plan_year == 2026 and again.courses.list.select_id(row.id)
    assert again.courses.ui.costEdit.text() == "3200.00"
    assert errors == []


def test_edit_a_course_and_undo(qtbot, ctx):
    page = make_page(qtbot, ctx)
    row = page.courses.list.model.rows[0]
    page.courses.list.select_id(row.id)
    ui = page.courses.ui
    type_into(qtbot, ui.trainerEdit, "External Coach")
    type_into(qtbot, ui.costEdit, "9999")
    assert page.save()
    assert course_named(ctx, row.title).trainer == "External Coach"
    page.undo_stack.undo()
    stored = course_named(ctx, row.title)
    assert stored.trainer == row.trainer and stored.cost == row.cost
    assert ui.trainerEdit.text() == row.trainer


def test_sessions_and_attendance_recorded_with_undo(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    row = page.courses.list.model.rows[0]
    page.courses.list.select_id(row.id)
    view = page.courses.sessions
    assert view.sessions.model.rowCount() == 1 and view.people.model.rowCount() >= 5
    # a new session
    view.new_session()
    su = view.session_ui
    type_into(qtbot, su.heldOnEdit, "")
    assert "required" in su.heldOnEditError.text() and not su.saveButton.isEnabled()
    type_into(qtbot, su.heldOnEdit, "2026-11-20")
    type_into(qtbot, su.locationEdit, "Room 301")
    type_into(qtbot, su.hoursEdit, "3")
    qtbot.mouseClick(su.saveButton, Qt.MouseButton.LeftButton)
    with ctx.db.transaction() as session:
        held = session.scalar(
            select(TrainingSession).where(
                TrainingSession.course_id == row.id, TrainingSession.location == "Room 301"
            )
        )
        session_id = held.id
    assert view.sessions.current_id() == session_id and view.people.model.rowCount() == 0
    # register a person with a bad score, then a good one
    ui = view.ui
    person = staff_id(ctx, "OP0003")
    choose(ui.personCombo, "OP0003")
    choose(ui.stateCombo, "Attended")
    type_into(qtbot, ui.scoreEdit, "101")
    assert "more than 100" in ui.scoreEditError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, ui.scoreEdit, "88.5")
    choose(ui.passedCombo, "Passed")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    def attendance():
        with ctx.db.transaction() as session:
            found = session.scalar(
                select(TrainingAttendance).where(
                    TrainingAttendance.session_id == session_id,
                    TrainingAttendance.staff_id == person,
                )
            )
            return None if found is None else (found.state, found.score, found.passed)

    assert attendance() == ("attended", Decimal("88.5"), True)
    assert view.people.current_row().staff_id == person
    # change the result, then undo back to the first one
    choose(ui.stateCombo, "Absent")
    type_into(qtbot, ui.scoreEdit, "")
    choose(ui.passedCombo, "—")
    assert view.record()
    assert attendance() == ("absent", None, None)
    page.undo_stack.undo()
    assert attendance() == ("attended", Decimal("88.5"), True)
    page.undo_stack.undo()
    assert attendance() is None  # the registration itself
    page.undo_stack.redo()
    view.people.select_id(person)
    assert view.remove() and no_questions and attendance() is None
    page.undo_stack.undo()
    assert attendance() == ("attended", Decimal("88.5"), True)
    assert errors == []


def test_yearly_plan_totals_and_budget(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.plan)
    plan = page.plan
    summary = plan.summary
    assert summary is not None and plan.courses.model.rowCount() == len(summary.courses)
    assert summary.hours == sum(c.hours for c in summary.courses)
    assert str(summary.year) in plan.totals.text()
    assert plan.needs.model.rowCount() > 0  # from the latest scored appraisal
    type_into(qtbot, plan.ui.budgetEdit, "12a")
    assert "not a number" in plan.ui.budgetEditError.text()
    type_into(qtbot, plan.ui.budgetEdit, "1")
    assert page.save()
    with ctx.db.transaction() as session:
        stored = session.scalar(select(TrainingPlan).where(TrainingPlan.year == summary.year))
        assert stored.budget == 1
    assert "more than its budget" in plan.warning.text() and plan.warning.isVisible()
    page.undo_stack.undo()
    with ctx.db.transaction() as session:
        stored = session.scalar(select(TrainingPlan).where(TrainingPlan.year == summary.year))
        assert stored.budget is None
    assert plan.warning.text() == ""
    assert errors == []


def test_development_plan_created_noted_closed(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.development)
    panel = page.development
    assert panel.list.model.rowCount() == 3
    assert page.new_record()
    ui = panel.ui
    assert ui.staffComboError.text() == ""  # a pristine form: nothing is wrong yet
    type_into(qtbot, ui.rotationEdit, "x")
    assert "Choose the person" in ui.staffComboError.text()  # touched: now it says
    choose(ui.staffCombo, "OP0010")
    ui.goalsEdit.setPlainText("三年內成為數據分析骨幹")
    choose(ui.targetCombo, "數據分析員")
    type_into(qtbot, ui.rotationEdit, "數據組輪崗半年")
    type_into(qtbot, ui.startDateEdit, "2026-11-01")
    type_into(qtbot, ui.nextReviewEdit, "2026-10-01")
    assert "review" in ui.nextReviewEditError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, ui.nextReviewEdit, "2027-05-01")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    def stored():
        with ctx.db.transaction() as session:
            person = staff_id(ctx, "OP0010")
            plan = session.scalar(select(DevelopmentPlan).where(DevelopmentPlan.staff_id == person))
            if plan is None:
                return None
            return plan.goals, plan.target_position.name, plan.status, [n.text for n in plan.notes]

    assert stored() == ("三年內成為數據分析骨幹", "數據分析員", "active", [])
    assert panel.list.current_row().staff_no == "OP0010"
    note = panel.note_ui
    type_into(qtbot, note.noteTextEdit, "完成 SQL 課程")
    qtbot.mouseClick(note.saveButton, Qt.MouseButton.LeftButton)
    assert stored()[3] == ["完成 SQL 課程"] and panel.notes.model.rowCount() == 1
    plan_id = panel.list.current_id()
    assert page.delete_record() and no_questions  # closing asks
    assert stored()[2] == "closed" and panel.list.select_id(plan_id) is False
    page.undo_stack.undo()
    assert stored()[2] == "active"
    page.undo_stack.undo()
    assert stored()[3] == []
    page.undo_stack.undo()
    assert stored() is None
    assert errors == []


def test_export_training_records(qtbot, ctx, dialogs, tmp_path, errors):
    page = make_page(qtbot, ctx)
    dialogs.save_as.append(str(tmp_path / "records"))  # typed without .xlsx
    dialogs.after_export.append(None)
    assert page.export()
    assert (tmp_path / "records.xlsx").stat().st_size > 0 and errors == []


def test_models_pass_the_model_tester(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    page.courses.list.select_id(page.courses.list.model.rows[0].id)
    for model in (
        page.courses.list.model,
        page.courses.list.proxy,
        page.courses.sessions.sessions.proxy,
        page.courses.sessions.people.proxy,
    ):
        qtmodeltester.check(model)
    page.tabs.setCurrentWidget(page.plan)
    qtmodeltester.check(page.plan.courses.proxy)
    qtmodeltester.check(page.plan.needs.proxy)
    page.tabs.setCurrentWidget(page.development)
    page.development.list.select_id(page.development.list.model.rows[0].id)
    qtmodeltester.check(page.development.list.proxy)
    qtmodeltester.check(page.development.notes.proxy)
