"""Stale forms: a form loaded before another program instance changed the same record must
not overwrite that change. Saving is refused with a message naming the record, the other
instance's value stays in the database, and what the user typed stays in the form. Own
consecutive edits, their undo and redo are never refused; an undo after someone else's
change is.

"Another program instance" is a second ``Database`` opened on the same SQLite file, editing
through the real service functions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import pytest
from instances import second_instance
from PySide6.QtCore import Qt
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core.models import (
    ActionItem,
    AppraisalScheme,
    DevelopmentPlan,
    DutyLine,
    Meeting,
    Position,
    RegulationClause,
    ResponsibilityArea,
    Staff,
    Suggestion,
    TrainingCourse,
    TrainingPlan,
    TrainingSession,
    WorkflowRun,
    WorkflowStage,
    WorkflowStep,
)
from ops_desktop.core.services import (
    action_items,
    courses,
    development,
    duty_lines,
    meetings,
    position_areas,
    positions,
    regulation,
    scheme,
    suggestions,
    training_plan,
    training_sessions,
    workflow_runs,
    workflow_stages,
    workflow_steps,
)
from ops_desktop.core.services import settings as department
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.duty_lines import DutyInput
from ops_desktop.core.services.position_areas import AreaInput
from ops_desktop.gui.pages.meetings import MeetingsPage
from ops_desktop.gui.pages.positions import PositionsPage
from ops_desktop.gui.pages.regulation import RegulationPage
from ops_desktop.gui.pages.settings import SettingsPage
from ops_desktop.gui.pages.staff import StaffPage
from ops_desktop.gui.pages.suggestions import SuggestionsPage
from ops_desktop.gui.pages.training import TrainingPage
from ops_desktop.gui.pages.workflows import WorkflowsPage

ELSEWHERE = "另一台電腦"  # the operator of the other instance


@contextmanager
def other_instance(ctx) -> Iterator[Any]:
    """A writing transaction of a second program instance on the same database."""
    other = second_instance(ctx.db.url.render_as_string(hide_password=False))
    try:
        with other.transaction() as session:
            yield session
    finally:
        other.close()


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activate()
    return page


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def staff_no(ctx, number):
    with ctx.db.transaction() as session:
        return session.scalar(select(Staff.id).where(Staff.staff_no == number))


# -- how each form is opened, changed elsewhere, typed into and saved -----------------------------


@dataclass(frozen=True)
class Form:
    """One form of one page. ``open`` shows the page with a record in the form and returns
    (page, the part holding the form, the record's id); ``theirs`` is the other instance's
    change (a service call in its session) setting ``their_value``; ``mine`` types
    ``my_value`` into the form; ``stored`` reads the changed value back; ``typed`` reads the
    form; ``name`` is how a message names the record (read before the other's change: the
    message names the record as the user saw it, not as the other instance renamed it)."""

    open: Callable[[Any, Any], tuple[Any, Any, int]]
    theirs: Callable[[Any, int], Any]
    mine: Callable[[Any, Any], None]
    save: Callable[[Any], bool]
    stored: Callable[[Any, int], Any]
    typed: Callable[[Any], Any]
    name: Callable[[Any, int], str]
    their_value: Any
    my_value: Any


# staff -------------------------------------------------------------------------------------------
def open_staff(qtbot, ctx):
    page = shown(qtbot, StaffPage(ctx))
    ident = staff_no(ctx, "OP0005")
    assert page.select_id(ident)
    return page, page, ident


def staff_phone(session, ident, phone):
    data = staff_service.input_of(session, ident)
    staff_service.update(session, ident, replace(data, phone=phone), ELSEWHERE)


STAFF = Form(
    open=open_staff,
    theirs=lambda s, i: staff_phone(s, i, "13800000000"),
    mine=lambda qtbot, page: type_into(qtbot, page.ui.phoneEdit, "13911112222"),
    save=lambda page: page.save(),
    stored=lambda s, i: s.get(Staff, i).phone,
    typed=lambda page: page.ui.phoneEdit.text(),
    name=lambda s, i: s.get(Staff, i).name,
    their_value="13800000000",
    my_value="13911112222",
)


# meetings and their action items -----------------------------------------------------------------
def open_meeting(qtbot, ctx):
    page = shown(qtbot, MeetingsPage(ctx))
    page.table.selectRow(0)  # the latest meeting, which has action items
    return page, page, page.current_row().id


def meeting_minutes(session, ident, minutes):
    data = meetings.input_of(session, ident)
    meetings.update(session, ident, replace(data, minutes=minutes), ELSEWHERE)


def meeting_name(session, ident):
    meeting = session.get(Meeting, ident)
    day = f"{meeting.held_on:%Y-%m-%d}"  # a meeting is named with its date
    return meeting.title if day in meeting.title else f"{meeting.title} ({day})"


MEETING = Form(
    open=open_meeting,
    theirs=lambda s, i: meeting_minutes(s, i, "他方紀要:下週改為週三。"),
    mine=lambda qtbot, page: page.ui.minutesEdit.setPlainText("我方紀要:下週改為週二。"),
    save=lambda page: page.save(),
    stored=lambda s, i: s.get(Meeting, i).minutes,
    typed=lambda page: page.ui.minutesEdit.toPlainText(),
    name=meeting_name,
    their_value="他方紀要:下週改為週三。",
    my_value="我方紀要:下週改為週二。",
)


def open_action_item(qtbot, ctx):
    page, _, _ = open_meeting(qtbot, ctx)
    panel = page.items
    assert panel.model.rows, "the latest demo meeting set action items"
    ident = panel.model.rows[0].id
    assert panel.select(ident)
    return page, panel, ident


def action_text(session, ident, text):
    data = action_items.input_of(session, ident)
    action_items.update(session, ident, replace(data, text=text), ELSEWHERE)


ACTION_ITEM = Form(
    open=open_action_item,
    theirs=lambda s, i: action_text(s, i, "他方改寫的任務"),
    mine=lambda qtbot, panel: type_into(qtbot, panel.ui.actionTextEdit, "我方改寫的任務"),
    save=lambda panel: panel.save_changes(),
    stored=lambda s, i: s.get(ActionItem, i).text,
    typed=lambda panel: panel.ui.actionTextEdit.text(),
    name=lambda s, i: s.get(ActionItem, i).text,
    their_value="他方改寫的任務",
    my_value="我方改寫的任務",
)


# suggestions and their replies -------------------------------------------------------------------
def open_suggestion(qtbot, ctx):
    page = shown(qtbot, SuggestionsPage(ctx))
    ident = page.model.rows[0].id
    assert page.select_id(ident)
    return page, page, ident


def suggestion_body(session, ident, body):
    data = suggestions.input_of(session, ident)
    suggestions.update(session, ident, replace(data, body=body), ELSEWHERE)


SUGGESTION = Form(
    open=open_suggestion,
    theirs=lambda s, i: suggestion_body(s, i, "他方補充的內容。"),
    mine=lambda qtbot, page: page.ui.bodyEdit.setPlainText("我方補充的內容。"),
    save=lambda page: page.save(),
    stored=lambda s, i: s.get(Suggestion, i).body,
    typed=lambda page: page.ui.bodyEdit.toPlainText(),
    name=lambda s, i: s.get(Suggestion, i).title,
    their_value="他方補充的內容。",
    my_value="我方補充的內容。",
)


def open_reply(qtbot, ctx):
    page, _, ident = open_suggestion(qtbot, ctx)
    return page, page.reply, ident


def my_reply(qtbot, panel):
    panel.ui.replyEdit.setPlainText("我方的回覆。")
    type_into(qtbot, panel.ui.repliedByEdit, "運營經理")


REPLY = Form(
    open=open_reply,
    theirs=lambda s, i: suggestions.reply(s, i, "他方的回覆。", "行政主管", ELSEWHERE),
    mine=my_reply,
    save=lambda panel: panel.save_reply(),
    stored=lambda s, i: s.get(Suggestion, i).reply,
    typed=lambda panel: panel.ui.replyEdit.toPlainText(),
    name=lambda s, i: s.get(Suggestion, i).title,
    their_value="他方的回覆。",
    my_value="我方的回覆。",
)


# training: courses, sessions, the yearly plan, development plans ---------------------------------
def open_course(qtbot, ctx):
    page = shown(qtbot, TrainingPage(ctx))
    ident = page.courses.list.model.rows[0].id
    assert page.courses.list.select_id(ident)
    return page, page.courses, ident


def course_trainer(session, ident, trainer):
    data = courses.input_of(session, ident)
    courses.update(session, ident, replace(data, trainer=trainer), ELSEWHERE)


COURSE = Form(
    open=open_course,
    theirs=lambda s, i: course_trainer(s, i, "Their Coach"),
    mine=lambda qtbot, panel: type_into(qtbot, panel.ui.trainerEdit, "My Coach"),
    save=lambda panel: panel.save(),
    stored=lambda s, i: s.get(TrainingCourse, i).trainer,
    typed=lambda panel: panel.ui.trainerEdit.text(),
    name=lambda s, i: s.get(TrainingCourse, i).title,
    their_value="Their Coach",
    my_value="My Coach",
)


def open_session(qtbot, ctx):
    page, courses, _ = open_course(qtbot, ctx)
    view = courses.sessions
    row = view.sessions.current_row()
    assert row is not None, "the course's latest session is shown"
    return page, view, row.id


def session_location(session, ident, location):
    data = training_sessions.input_of(session, ident)
    training_sessions.update(session, ident, replace(data, location=location), ELSEWHERE)


def session_name(session, ident):
    held = session.get(TrainingSession, ident)
    return f"{held.course.title} {held.held_on:%Y-%m-%d}"


SESSION = Form(
    open=open_session,
    theirs=lambda s, i: session_location(s, i, "Room 502"),
    mine=lambda qtbot, view: type_into(qtbot, view.session_ui.locationEdit, "Room 301"),
    save=lambda view: view.save_session(),
    stored=lambda s, i: s.get(TrainingSession, i).location,
    typed=lambda view: view.session_ui.locationEdit.text(),
    name=session_name,
    their_value="Room 502",
    my_value="Room 301",
)


def open_plan(qtbot, ctx):
    page = shown(qtbot, TrainingPage(ctx))
    page.tabs.setCurrentWidget(page.plan)
    summary = page.plan.summary
    assert summary is not None and summary.seen is not None, "the demo year has a plan"
    return page, page.plan, summary.seen.ident


def plan_budget(session, ident, budget):
    plan = session.get(TrainingPlan, ident)
    training_plan.set_plan_budget(session, plan.year, budget, ELSEWHERE)


PLAN_BUDGET = Form(
    open=open_plan,
    theirs=lambda s, i: plan_budget(s, i, "50000"),
    mine=lambda qtbot, panel: type_into(qtbot, panel.ui.budgetEdit, "70000"),
    save=lambda panel: panel.save(),
    stored=lambda s, i: s.get(TrainingPlan, i).budget,
    typed=lambda panel: panel.ui.budgetEdit.text(),
    name=lambda s, i: s.get(TrainingPlan, i).title,
    their_value=Decimal("50000"),
    my_value="70000",
)


def open_development(qtbot, ctx):
    page = shown(qtbot, TrainingPage(ctx))
    page.tabs.setCurrentWidget(page.development)
    panel = page.development
    ident = panel.list.model.rows[0].id
    assert panel.list.select_id(ident)
    return page, panel, ident


def plan_rotation(session, ident, rotation):
    data = development.input_of(session, ident)
    development.update(session, ident, replace(data, rotation=rotation), ELSEWHERE)


DEVELOPMENT = Form(
    open=open_development,
    theirs=lambda s, i: plan_rotation(s, i, "他方安排:客服組輪崗"),
    mine=lambda qtbot, panel: type_into(qtbot, panel.ui.rotationEdit, "我方安排:數據組輪崗"),
    save=lambda panel: panel.save(),
    stored=lambda s, i: s.get(DevelopmentPlan, i).rotation,
    typed=lambda panel: panel.ui.rotationEdit.text(),
    name=lambda s, i: s.get(DevelopmentPlan, i).staff.name,
    their_value="他方安排:客服組輪崗",
    my_value="我方安排:數據組輪崗",
)


# positions, their areas and duty lines -----------------------------------------------------------
def open_position(qtbot, ctx):
    page = shown(qtbot, PositionsPage(ctx))
    ident = next(r.id for r in page.model.rows if r.name == "運營專員")
    assert page.select_id(ident)
    return page, page, ident


def position_english(session, ident, name_en):
    data = replace(positions.input_of(session, ident), name_en=name_en)
    positions.update(session, ident, data, ELSEWHERE)


POSITION = Form(
    open=open_position,
    theirs=lambda s, i: position_english(s, i, "Operations Officer"),
    mine=lambda qtbot, page: type_into(qtbot, page.ui.nameEnEdit, "Operations Associate"),
    save=lambda page: page.save(),
    stored=lambda s, i: s.get(Position, i).name_en,
    typed=lambda page: page.ui.nameEnEdit.text(),
    name=lambda s, i: s.get(Position, i).name,
    their_value="Operations Officer",
    my_value="Operations Associate",
)


def open_area(qtbot, ctx):
    page, _, _ = open_position(qtbot, ctx)
    panel = page.duties
    area = next(r for r in panel.area_model.rows if r.title == "用戶運營")
    assert panel._select(panel.ui.areasView, panel.area_model, area.id)
    return page, panel, area.id


AREA = Form(
    open=open_area,
    theirs=lambda s, i: position_areas.update(s, i, AreaInput(None, "用戶增長"), ELSEWHERE),
    mine=lambda qtbot, panel: type_into(qtbot, panel.ui.areaTitleEdit, "用戶經營"),
    save=lambda panel: panel.rename_area(),
    stored=lambda s, i: s.get(ResponsibilityArea, i).title,
    typed=lambda panel: panel.ui.areaTitleEdit.text(),
    name=lambda s, i: s.get(ResponsibilityArea, i).title,
    their_value="用戶增長",
    my_value="用戶經營",
)


def open_duty(qtbot, ctx):
    page, panel, _ = open_area(qtbot, ctx)
    duty = panel.duty_model.rows[0]
    assert panel._select(panel.ui.dutiesView, panel.duty_model, duty.id)
    return page, panel, duty.id


DUTY = Form(
    open=open_duty,
    theirs=lambda s, i: duty_lines.update(s, i, DutyInput(None, "他方改寫的職責。"), ELSEWHERE),
    mine=lambda qtbot, panel: panel.ui.dutyTextEdit.setPlainText("我方改寫的職責。"),
    save=lambda panel: panel.save_duty(),
    stored=lambda s, i: s.get(DutyLine, i).text,
    typed=lambda panel: panel.ui.dutyTextEdit.toPlainText(),
    name=lambda s, i: s.get(DutyLine, i).text,
    their_value="他方改寫的職責。",
    my_value="我方改寫的職責。",
)


# the regulation draft ----------------------------------------------------------------------------
def open_clause(qtbot, ctx):
    page = shown(qtbot, RegulationPage(ctx))
    with ctx.db.transaction() as session:
        tree = regulation.tree(session)
    sections = [s for c in tree.chapters for s in c.sections]
    section = next(s for s in sections if s.title == "3.基本原則")
    ident = section.clauses[0].id
    assert page.select_key(("clause", ident))
    return page, page, ident


CLAUSE = Form(
    open=open_clause,
    theirs=lambda s, i: regulation.edit_clause(s, i, "他方改寫的條文。", ELSEWHERE),
    mine=lambda qtbot, page: page.editor.ui.textEdit.setPlainText("我方改寫的條文。"),
    save=lambda page: page.save(),
    stored=lambda s, i: s.get(RegulationClause, i).text,
    typed=lambda page: page.editor.ui.textEdit.toPlainText(),
    name=lambda s, i: s.get(RegulationClause, i).text,
    their_value="他方改寫的條文。",
    my_value="我方改寫的條文。",
)


# workflows: runs, an event's outcome, template stages and steps ----------------------------------
def open_run(qtbot, ctx):
    page = shown(qtbot, WorkflowsPage(ctx))
    ident = page.runs.list.model.rows[0].id
    assert page.runs.list.select_id(ident)
    return page, page.runs.editor.form, ident


def run_notes(session, ident, notes):
    data = workflow_runs.input_of(session, ident)
    workflow_runs.update(session, ident, replace(data, notes=notes), ELSEWHERE)


RUN = Form(
    open=open_run,
    theirs=lambda s, i: run_notes(s, i, "他方:與市場部合作"),
    mine=lambda qtbot, form: form.ui.notesEdit.setPlainText("我方:與客服部合作"),
    save=lambda form: form.save(),
    stored=lambda s, i: s.get(WorkflowRun, i).notes,
    typed=lambda form: form.ui.notesEdit.toPlainText(),
    name=lambda s, i: s.get(WorkflowRun, i).title,
    their_value="他方:與市場部合作",
    my_value="我方:與客服部合作",
)


def open_outcome(qtbot, ctx):
    page = shown(qtbot, WorkflowsPage(ctx))
    runs = page.runs
    choose(runs.template_filter, "活動運營")
    first = next(t for t in runs.outline if t.name == "活動運營").stages[0]
    row = next(r for r in runs.list.model.rows if r.stage_id == first.id)
    assert runs.list.select_id(row.id)
    assert runs.editor.run.is_event
    return page, runs.editor.outcome, row.id


def run_participants(session, ident, participants):
    run = session.get(WorkflowRun, ident)
    before = workflow_runs.results_of(run)
    workflow_runs.set_results(session, ident, replace(before, participants=participants), ELSEWHERE)


OUTCOME = Form(
    open=open_outcome,
    theirs=lambda s, i: run_participants(s, i, 150),
    mine=lambda qtbot, view: type_into(qtbot, view.ui.participantsEdit, "320"),
    save=lambda view: view.save(),
    stored=lambda s, i: s.get(WorkflowRun, i).participants,
    typed=lambda view: view.ui.participantsEdit.text(),
    name=lambda s, i: s.get(WorkflowRun, i).title,
    their_value=150,
    my_value="320",
)


def open_stage(qtbot, ctx):
    page = shown(qtbot, WorkflowsPage(ctx))
    page.tabs.setCurrentWidget(page.templates)
    with ctx.db.transaction() as session:
        ident = session.scalar(select(WorkflowStage.id).where(WorkflowStage.name == "產品上線準備"))
    assert page.templates.select_key(("stage", ident))
    return page, page.templates, ident


def stage_approval(session, ident, approval):
    data = workflow_stages.input_of(session, ident)
    workflow_stages.update(session, ident, replace(data, approval=approval), ELSEWHERE)


STAGE = Form(
    open=open_stage,
    theirs=lambda s, i: stage_approval(s, i, "產品經理審核"),
    mine=lambda qtbot, panel: type_into(qtbot, panel.stage_ui.approvalEdit, "運營經理審核"),
    save=lambda panel: panel.save_stage(),
    stored=lambda s, i: s.get(WorkflowStage, i).approval,
    typed=lambda panel: panel.stage_ui.approvalEdit.text(),
    name=lambda s, i: s.get(WorkflowStage, i).name,
    their_value="產品經理審核",
    my_value="運營經理審核",
)


def open_step(qtbot, ctx):
    page = shown(qtbot, WorkflowsPage(ctx))
    page.tabs.setCurrentWidget(page.templates)
    with ctx.db.transaction() as session:
        ident = session.scalar(select(WorkflowStep.id).order_by(WorkflowStep.id))
    assert page.templates.select_key(("step", ident))
    return page, page.templates, ident


def step_text(session, ident, text):
    data = workflow_steps.input_of(session, ident)
    workflow_steps.update(session, ident, replace(data, text=text), ELSEWHERE)


STEP = Form(
    open=open_step,
    theirs=lambda s, i: step_text(s, i, "他方改寫的步驟。"),
    mine=lambda qtbot, panel: panel.step_ui.textEdit.setPlainText("我方改寫的步驟。"),
    save=lambda panel: panel.save_step(),
    stored=lambda s, i: s.get(WorkflowStep, i).text,
    typed=lambda panel: panel.step_ui.textEdit.toPlainText(),
    name=lambda s, i: s.get(WorkflowStep, i).text,
    their_value="他方改寫的步驟。",
    my_value="我方改寫的步驟。",
)


# settings: the appraisal scheme ------------------------------------------------------------------
def open_scheme(qtbot, ctx, settings):
    page = shown(qtbot, SettingsPage(ctx, settings=settings))
    with ctx.db.transaction() as session:
        ident = scheme.active(session).id
    return page, page, ident


def my_weights(qtbot, page):
    sources = page.scheme.sources
    type_into(qtbot, sources["supervisor"], "35")
    type_into(qtbot, sources["peer"], "25")


def active_weight(session, code):
    return next(s.weight for s in scheme.active(session).sources if s.code == code)


SCHEME = Form(
    open=open_scheme,
    theirs=lambda s, i: scheme.set_weights(
        s, sources={"supervisor": 45, "peer": 15}, operator=ELSEWHERE
    ),
    mine=my_weights,
    save=lambda page: page.save(),
    stored=lambda s, i: active_weight(s, "supervisor"),
    typed=lambda page: page.scheme.sources["supervisor"].text(),
    name=lambda s, i: s.get(AppraisalScheme, i).name,
    their_value=Decimal(45),
    my_value="35",
)


FORMS = {
    "staff": STAFF,
    "meeting": MEETING,
    "action item": ACTION_ITEM,
    "suggestion": SUGGESTION,
    "suggestion reply": REPLY,
    "course": COURSE,
    "training session": SESSION,
    "training plan budget": PLAN_BUDGET,
    "development plan": DEVELOPMENT,
    "position": POSITION,
    "responsibility area": AREA,
    "duty line": DUTY,
    "regulation clause": CLAUSE,
    "workflow run": RUN,
    "run outcome": OUTCOME,
    "workflow stage": STAGE,
    "workflow step": STEP,
    "settings scheme": SCHEME,
}


def opened(form, qtbot, ctx, request):
    if form is SCHEME:
        return form.open(qtbot, ctx, request.getfixturevalue("settings"))
    return form.open(qtbot, ctx)


def read(ctx, what, ident):
    with ctx.db.transaction() as session:
        return what(session, ident)


# -- every form: a stale save is refused, nothing is lost -----------------------------------------


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_a_save_from_a_stale_form_is_refused_and_nothing_is_lost(qtbot, ctx, errors, request, form):
    page, part, ident = opened(form, qtbot, ctx, request)
    assert read(ctx, form.stored, ident) != form.their_value  # the other's change is a change
    name = read(ctx, form.name, ident)  # as the form shows it: the message names it so
    with other_instance(ctx) as session:
        form.theirs(session, ident)
    form.mine(qtbot, part)
    form.save(part)  # its outcome: the refusal below
    assert len(errors) == 1, errors
    assert "someone else" in errors[0] and name in errors[0], (errors[0], name)
    assert read(ctx, form.stored, ident) == form.their_value  # the other's change is kept
    assert form.typed(part) == form.my_value  # what the user typed is still there
    assert page.undo_stack.count() == 0  # nothing to undo: nothing was done


# -- after a refusal: the record reopened shows the other's change and saves ----------------------


def test_staff_reselected_after_a_refusal_shows_their_change_and_saves(
    qtbot, ctx, errors, unsaved_answers
):
    page, _, ident = open_staff(qtbot, ctx)
    with other_instance(ctx) as session:
        staff_phone(session, ident, "13800000000")
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    page.save()
    assert len(errors) == 1
    answers, asked = unsaved_answers
    answers.append("discard")  # leaving the refused edit: asked, and discarded
    page.select_id(staff_no(ctx, "OP0006"))  # another person, then back
    qtbot.waitUntil(lambda: asked == ["Staff"])
    assert page.select_id(ident)
    assert page.ui.phoneEdit.text() == "13800000000"
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    page.save()
    assert read(ctx, lambda s, i: s.get(Staff, i).phone, ident) == "13911112222"
    assert len(errors) == 1  # no second, false refusal


def test_meeting_reverted_after_a_refusal_shows_their_change_and_saves(qtbot, ctx, errors):
    page, _, ident = open_meeting(qtbot, ctx)
    with other_instance(ctx) as session:
        meeting_minutes(session, ident, "他方紀要。")
    page.ui.minutesEdit.setPlainText("我方紀要。")
    page.save()
    assert len(errors) == 1
    qtbot.mouseClick(page.ui.revertButton, Qt.MouseButton.LeftButton)  # reopen the record
    assert page.ui.minutesEdit.toPlainText() == "他方紀要。"
    page.ui.minutesEdit.setPlainText("他方紀要。我方補充。")
    page.save()
    assert read(ctx, lambda s, i: s.get(Meeting, i).minutes, ident) == "他方紀要。我方補充。"
    assert len(errors) == 1


# -- own consecutive edits, undone and redone, are never refused ----------------------------------


def test_own_staff_edits_saved_undone_and_redone_without_refusal(qtbot, ctx, errors):
    page, _, ident = open_staff(qtbot, ctx)

    def phone():
        return read(ctx, lambda s, i: s.get(Staff, i).phone, ident)

    original = phone()
    type_into(qtbot, page.ui.phoneEdit, "13900000001")
    page.save()
    assert phone() == "13900000001"
    type_into(qtbot, page.ui.phoneEdit, "13900000002")
    page.save()
    assert phone() == "13900000002"
    page.undo_stack.undo()
    assert phone() == "13900000001"
    page.undo_stack.undo()
    assert phone() == original
    page.undo_stack.redo()
    assert phone() == "13900000001"
    page.undo_stack.redo()
    assert phone() == "13900000002"
    assert page.ui.phoneEdit.text() == "13900000002"
    assert errors == []


def test_own_meeting_edits_saved_undone_and_redone_without_refusal(qtbot, ctx, errors):
    page, _, ident = open_meeting(qtbot, ctx)

    def minutes():
        return read(ctx, lambda s, i: s.get(Meeting, i).minutes, ident)

    original = minutes()
    page.ui.minutesEdit.setPlainText("第一版紀要。")
    page.save()
    assert minutes() == "第一版紀要。"
    page.ui.minutesEdit.setPlainText("第二版紀要。")
    page.save()
    assert minutes() == "第二版紀要。"
    page.undo_stack.undo()
    assert minutes() == "第一版紀要。"
    page.undo_stack.undo()
    assert minutes() == original
    page.undo_stack.redo()
    assert minutes() == "第一版紀要。"
    page.undo_stack.redo()
    assert minutes() == "第二版紀要。"
    assert page.ui.minutesEdit.toPlainText() == "第二版紀要。"
    assert errors == []


# -- an undo after someone else's change is refused -----------------------------------------------


def test_staff_undo_is_refused_after_someone_else_changed_the_person(qtbot, ctx, errors):
    page, _, ident = open_staff(qtbot, ctx)
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    page.save()
    assert errors == []
    with other_instance(ctx) as session:
        staff_phone(session, ident, "13800000000")
    page.undo_stack.undo()
    name = read(ctx, lambda s, i: s.get(Staff, i).name, ident)
    assert len(errors) == 1 and "someone else" in errors[0] and name in errors[0], errors
    assert read(ctx, lambda s, i: s.get(Staff, i).phone, ident) == "13800000000"


def test_meeting_undo_is_refused_after_someone_else_changed_the_meeting(qtbot, ctx, errors):
    page, _, ident = open_meeting(qtbot, ctx)
    page.ui.minutesEdit.setPlainText("我方紀要。")
    page.save()
    assert errors == []
    with other_instance(ctx) as session:
        meeting_minutes(session, ident, "他方紀要。")
    page.undo_stack.undo()
    name = read(ctx, meeting_name, ident)
    assert len(errors) == 1 and "someone else" in errors[0] and name in errors[0], errors
    assert read(ctx, lambda s, i: s.get(Meeting, i).minutes, ident) == "他方紀要。"


# -- settings: the department name saved with the scheme ------------------------------------------


def test_settings_save_keeps_a_department_name_changed_elsewhere(qtbot, ctx, errors, settings):
    """The form saves the department name and the scheme together: a name changed by
    someone else after the form was loaded must not be overwritten by the stale one."""
    page, _, _ = open_scheme(qtbot, ctx, settings)
    with other_instance(ctx) as session:
        department.put(session, "department_name", "運營中心", ELSEWHERE)
    my_weights(qtbot, page)  # the user changes only the weights
    page.save()
    assert read(ctx, lambda s, _: department.department(s), None) == "運營中心"


# -- removing what someone else has just changed ------------------------------------------------


@pytest.mark.parametrize(
    ("form", "remove", "exists"),
    [
        (DUTY, lambda panel: panel.remove_duty(), lambda s, i: s.get(DutyLine, i) is not None),
        (
            CLAUSE,
            lambda page: page.delete_record(),
            lambda s, i: s.get(RegulationClause, i) is not None,
        ),
    ],
    ids=["duty line", "regulation clause"],
)
def test_a_record_changed_elsewhere_is_not_removed_from_a_stale_list(
    qtbot, ctx, errors, no_questions, request, form, remove, exists
):
    page, part, ident = opened(form, qtbot, ctx, request)
    name = read(ctx, form.name, ident)
    with other_instance(ctx) as session:
        form.theirs(session, ident)
    remove(part)
    assert len(errors) == 1 and "someone else" in errors[0] and name in errors[0], errors
    assert read(ctx, exists, ident) and read(ctx, form.stored, ident) == form.their_value
    assert page.undo_stack.count() == 0


def test_undoing_a_departure_does_not_put_back_fields_changed_elsewhere(
    qtbot, ctx, errors, dialogs
):
    page, _, ident = open_staff(qtbot, ctx)
    dialogs.forms.append(lambda dialog: True)  # the leave date as offered: today
    assert page.delete_record()  # marks the person departed
    assert read(ctx, lambda s, i: s.get(Staff, i).status, ident) == "departed"
    with other_instance(ctx) as session:
        staff_phone(session, ident, "13800000000")
    page.undo_stack.undo()
    assert len(errors) == 1 and "someone else" in errors[0], errors
    assert read(ctx, lambda s, i: s.get(Staff, i).phone, ident) == "13800000000"
    assert read(ctx, lambda s, i: s.get(Staff, i).status, ident) == "departed"
