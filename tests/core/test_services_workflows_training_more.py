"""The service functions behind the workflows and training pages: template editing, the run
form, run detail, outcome figures, undo helpers; courses, sessions, attendance, the yearly
plan and development plans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry, TrainingCourse, WorkflowRun, WorkflowStep
from ops_desktop.core.services import (
    courses,
    development,
    positions,
    training,
    training_plan,
    workflows,
)
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services import training_sessions as sessions
from ops_desktop.core.services import workflow_runs as runs
from ops_desktop.core.services import workflow_stages as stages
from ops_desktop.core.services import workflow_steps as steps
from ops_desktop.core.services import workflow_templates as tpl
from ops_desktop.core.services.courses import CourseInput
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.training_sessions import AttendanceInput, SessionInput
from ops_desktop.core.services.workflow_stages import StageInput
from ops_desktop.core.services.workflow_steps import StepInput
from ops_desktop.db import Database

D = dt.date


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


def refused(db: Database, action: Callable[[Session], object], field: str | None = None) -> str:
    with pytest.raises(DomainError) as err:
        do(db, action)
    if field is not None:
        assert err.value.field == field
    return str(err.value)


def person(db: Database, staff_no: str = "W001", name: str = "王偉") -> int:
    return do(db, lambda s: staff_service.create(s, StaffInput(staff_no, name)))


def outline(db: Database, code: str) -> tpl.TemplateInfo:
    return next(t for t in do(db, tpl.outline) if t.code == code)


def audit_count(db: Database, entity: str) -> int:
    query = select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == entity)
    return do(db, lambda s: s.scalar(query))


# ----------------------------------------------------------------------------- templates


def test_outline_lists_the_four_templates_of_chapter_three(db: Database) -> None:
    names = [(t.name, [s.name for s in t.stages]) for t in do(db, tpl.outline)]
    assert [n for n, _ in names] == ["產品運營", "用戶運營", "活動運營", "內容運營"]
    event = outline(db, "event")
    assert event.is_event and len(event.stages) == 4
    assert all(s.steps and s.responsible for s in event.stages)


def test_stage_edit_is_validated_and_audited(db: Database) -> None:
    stage = outline(db, "product").stages[1]
    other = outline(db, "product").stages[0]
    bad = StageInput(other.name, stage.responsible_position_id, None, None)
    found = do(db, lambda s: stages.problems(s, bad, stage.id))
    assert "already called" in found["name"]
    assert do(db, lambda s: stages.problems(s, bad)) == {}  # no stage: no sibling to compare
    manager = do(db, lambda s: positions.by_code(s, "manager").id)
    orphan = StageInput("上線準備", None, "", manager)
    assert "approver" in do(db, lambda s: stages.problems(s, orphan, stage.id))
    refused(db, lambda s: stages.update(s, stage.id, orphan), "approver")

    good = StageInput("上線準備", manager, "運營經理審核", manager)
    assert do(db, lambda s: stages.problems(s, good, stage.id)) == {}
    do(db, lambda s: stages.update(s, stage.id, good, "alice"))
    changed = outline(db, "product").stages[1]
    assert (changed.name, changed.approval, changed.approver) == (
        "上線準備",
        "運營經理審核",
        "運營經理",
    )
    do(db, lambda s: stages.update(s, stage.id, StageInput("上線準備", manager), "alice"))
    cleared = outline(db, "product").stages[1]
    assert cleared.approval is None and cleared.approver_position_id is None
    assert audit_count(db, "workflow_stage") == 2


def test_steps_are_added_edited_retired_and_new_ones_removed(db: Database) -> None:
    stage = outline(db, "user").stages[0]
    assert "required" in do(db, lambda s: steps.problems(s, StepInput(stage.id, "  ")))["text"]
    new = do(db, lambda s: steps.create(s, StepInput(stage.id, "建立拉新數據看板"), "alice"))
    listed = do(db, lambda s: steps.rows(s, stage.id))
    assert listed == list(outline(db, "user").stages[0].steps)
    assert listed[-1].text == "建立拉新數據看板" and listed[-1].sort_order == len(listed)
    do(db, lambda s: steps.update(s, new, StepInput(stage.id, "建立拉新看板")))
    refused(db, lambda s: steps.update(s, new, StepInput(stage.id, "")), "text")
    do(db, lambda s: steps.set_active(s, new, False))
    assert "already" in refused(db, lambda s: steps.set_active(s, new, False))
    # a run no longer waits for a retired step
    tid = outline(db, "user").id
    run = do(db, lambda s: runs.create(s, runs.RunInput("拉新", tid)))
    for step in stage.steps:
        do(db, lambda s, i=step.id: workflows.complete_step(s, run, i))
    current = do(db, lambda s: workflows.current_stage(s.get(WorkflowRun, run)).name)
    assert current != stage.name
    do(db, lambda s: steps.remove_new(s, new))
    assert do(db, lambda s: s.get(WorkflowStep, new)) is None
    used = stage.steps[0].id
    assert "deactivate" in refused(db, lambda s: steps.remove_new(s, used))


# ----------------------------------------------------------------------------- runs


def test_run_form_problems_and_create_update(db: Database) -> None:
    owner = person(db)
    event, product = outline(db, "event").id, outline(db, "product").id
    data = runs.RunInput("", None, owner, "2026-03-10", "2026-03-01", "abc")
    found = do(db, lambda s: runs.problems(s, data))
    assert set(found) == {"title", "template", "due_date", "budget"}
    data = runs.RunInput("年終促銷", product, owner, "2026-03-01", "2026-04-01", "5000")
    assert "event runs" in do(db, lambda s: runs.problems(s, data))["budget"]
    data = replace(data, template_id=event)
    assert do(db, lambda s: runs.problems(s, data)) == {}
    run_id = do(db, lambda s: runs.create(s, data, "alice"))
    data = replace(data, title="年終大促", budget="6000", notes="備註")
    do(db, lambda s: runs.update(s, run_id, data, "alice"))
    got = do(db, lambda s: runs.detail(s, run_id))
    assert (got.data.title, got.data.budget, got.data.notes) == ("年終大促", Decimal(6000), "備註")
    first = got.stages[0].steps[0].id
    do(db, lambda s: workflows.complete_step(s, run_id, first))
    data = replace(data, template_id=product, budget=None)
    refused(db, lambda s: runs.update(s, run_id, data), "template")
    assert "history" in refused(db, lambda s: runs.remove_new(s, run_id))


def test_a_new_run_can_be_removed_and_rows_filter_by_status(db: Database) -> None:
    content = outline(db, "content").id
    keep = do(db, lambda s: runs.create(s, runs.RunInput("專欄", content)))
    gone = do(db, lambda s: runs.create(s, runs.RunInput("刪除", content)))
    do(db, lambda s: runs.remove_new(s, gone))
    do(db, lambda s: workflows.set_status(s, keep, "cancelled"))
    assert do(db, lambda s: [r.id for r in runs.rows(s, status="cancelled")]) == [keep]
    assert do(db, lambda s: runs.rows(s, status="done")) == []
    row = do(db, lambda s: runs.rows(s, include_closed=True))[0]
    assert row.template_id == content and row.stage_id is not None


def test_detail_approvals_attachments_and_results(db: Database) -> None:
    tid = outline(db, "product").id
    run_id = do(db, lambda s: runs.create(s, runs.RunInput("新品", tid)))
    got = do(db, lambda s: runs.detail(s, run_id))
    first = got.stages[0]
    assert first.approval and first.decision is None and got.current_stage_id == first.id
    assert runs.approval_problems("", "maybe", "2026-13-01").keys() == {
        "approver",
        "decision",
        "date",
    }
    approval = do(
        db, lambda s: workflows.record_approval(s, run_id, first.id, "高層", on="2026-03-01").id
    )
    assert do(db, lambda s: runs.detail(s, run_id)).stages[0].decision == "approved"
    do(db, lambda s: runs.remove_approval(s, approval))
    assert do(db, lambda s: runs.detail(s, run_id)).approvals == ()
    attached = do(db, lambda s: workflows.attach(s, run_id, "/tmp/計劃.docx", "計劃").id)
    assert do(db, lambda s: runs.detach(s, attached)) == (run_id, "/tmp/計劃.docx", "計劃")
    assert do(db, lambda s: runs.detail(s, run_id)).attachments == ()


def test_outcome_figures_are_whole_numbers_and_spend_can_exceed_budget(db: Database) -> None:
    tid = outline(db, "event").id
    run_id = do(db, lambda s: runs.create(s, runs.RunInput("週年慶", tid, budget="1000")))
    found = runs.outcome_problems("x", "1.5", "-3", "十")
    assert set(found) == {"spend", "participants", "interactions", "reach"}
    assert runs.outcome_problems("1200", "1,200", "", None) == {}
    result = runs.Results(Decimal("1200"), 300, None, 5000, "良好")
    do(db, lambda s: runs.set_results(s, run_id, result, "alice"))
    got = do(db, lambda s: runs.detail(s, run_id))
    assert got.results == result and got.over_budget == Decimal(200)
    assert workflows.excess(Decimal(5), Decimal(5)) is None
    refused(
        db, lambda s: workflows.set_outcome(s, run_id, participants="-1", interactions=0, reach=0)
    )


# ----------------------------------------------------------------------------- training


def course_data(db: Database, **kw: Any) -> CourseInput:
    cat, meth = do(db, lambda s: (training.categories(s)[0].id, training.methods(s)[0].id))
    values: dict[str, Any] = {"title": "溝通技巧", "category_id": cat, "method_id": meth}
    return CourseInput(**{**values, **kw})


def test_course_form_problems_create_update_remove(db: Database) -> None:
    bad = course_data(
        db, title="", category_id=None, start_date="2026-05-02", end_date="2026-05-01"
    )
    bad = replace(bad, hours="1.25", cost="-1", plan_year="26")
    found = do(db, lambda s: courses.problems(s, bad))
    assert set(found) == {"title", "category_id", "end_date", "hours", "cost", "plan_year"}
    data = course_data(db, hours="3.5", cost="1200", plan_year="2026", start_date="2026-05-01")
    assert do(db, lambda s: courses.problems(s, data)) == {}
    course_id = do(db, lambda s: courses.create(s, data, "alice"))
    data = replace(data, title="高效溝通", plan_year=2027)
    do(db, lambda s: courses.update(s, course_id, data, "alice"))
    row = do(db, lambda s: courses.rows(s, 2027))[0]
    assert (row.title, row.plan_year, row.hours) == ("高效溝通", 2027, Decimal("3.5"))
    do(db, lambda s: courses.remove_new(s, course_id))
    assert do(db, lambda s: s.get(TrainingCourse, course_id)) is None


def test_sessions_and_attendance_with_undo_helpers(db: Database) -> None:
    pid = person(db)
    course_id = do(db, lambda s: courses.create(s, course_data(db)))
    bad = SessionInput(course_id, "", "", "x")
    assert set(do(db, lambda s: sessions.problems(s, bad))) == {"held_on", "hours"}
    sid = do(db, lambda s: sessions.create(s, SessionInput(course_id, "2026-03-02")))
    do(db, lambda s: sessions.update(s, sid, SessionInput(course_id, "2026-03-03", "三樓", "2")))
    wrong = AttendanceInput(sid, None, "gone", "101")
    found = do(db, lambda s: sessions.attendance_problems(s, wrong))
    assert set(found) == {"staff", "state", "score"}
    line = AttendanceInput(sid, pid, "attended", Decimal(88))
    do(db, lambda s: sessions.record_attendance(s, line))
    rows = do(db, lambda s: sessions.rows(s, course_id))
    assert [(r.held_on, r.location, r.registered, r.attended) for r in rows] == [
        (D(2026, 3, 3), "三樓", 1, 1)
    ]
    assert do(db, lambda s: sessions.attendance_input(s, sid, pid)) == line
    refused(db, lambda s: sessions.remove_new(s, sid))
    do(db, lambda s: sessions.remove_attendance(s, sid, pid))
    assert do(db, lambda s: sessions.attendance_rows(s, sid)) == []
    assert do(db, lambda s: sessions.attendance_input(s, sid, pid)) is None
    do(db, lambda s: sessions.remove_new(s, sid))
    assert do(db, lambda s: sessions.rows(s, course_id)) == []


def test_yearly_plan_totals_and_budget(db: Database) -> None:
    for title, hours, cost in (("甲", "4", "1000"), ("乙", "8.5", "2500")):
        data = course_data(db, title=title, hours=hours, cost=cost, plan_year=2026)
        do(db, lambda s, d=data: courses.create(s, d))
    do(db, lambda s: courses.create(s, course_data(db, title="丙", plan_year=2025)))
    assert do(db, training_plan.plan_years) == [2026, 2025]
    summary = do(db, lambda s: training_plan.plan_summary(s, 2026))
    assert (len(summary.courses), summary.hours, summary.cost) == (2, Decimal("12.5"), 3500)
    do(db, lambda s: training_plan.set_plan_budget(s, 2026, "3000", "alice"))
    summary = do(db, lambda s: training_plan.plan_summary(s, 2026))
    assert summary.budget == 3000 and summary.over_budget == 500
    refused(db, lambda s: training_plan.set_plan_budget(s, 2026, "x"), "budget")


def test_development_plan_form_list_and_notes(db: Database) -> None:
    pid = person(db)
    target = do(db, lambda s: positions.by_code(s, "manager").id)
    bad = development.PlanInput(None, " ", start_date="2026-05-01", next_review="2026-04-01")
    assert set(do(db, lambda s: development.problems(s, bad))) == {
        "staff_id",
        "goals",
        "next_review",
    }
    data = development.PlanInput(pid, "晉升經理", target, "輪崗三月", "2026-01-01", "2026-06-30")
    plan_id = do(db, lambda s: development.create(s, data, "alice"))
    data = replace(data, status="achieved", goals="已晉升經理")
    do(db, lambda s: development.update(s, plan_id, data, "alice"))
    assert do(db, development.rows) == []
    row = do(db, lambda s: development.rows(s, include_closed=True))[0]
    assert (row.name, row.target_position, row.status) == ("王偉", "運營經理", "achieved")
    assert set(development.note_problems("", "x")) == {"text", "date"}
    note = do(db, lambda s: development.add_note(s, plan_id, "完成課程", on="2026-03-01").id)
    refused(db, lambda s: development.remove_new(s, plan_id))
    do(db, lambda s: development.remove_note(s, note))
    assert do(db, lambda s: development.notes(s, plan_id)) == []
    do(db, lambda s: development.remove_new(s, plan_id))
    assert do(db, lambda s: development.rows(s, include_closed=True)) == []


def test_training_needs_come_from_the_latest_appraisal(demo_db: Database) -> None:
    needs = do(demo_db, training_plan.training_needs)
    assert needs and all(n.period == "2026-10" for n in needs)  # 2026-11 is still empty
    assert {d for n in needs for d in n.dimensions} <= {"工作業績", "工作能力", "工作態度"}


def test_one_who_has_left_keeps_their_line_but_is_not_registered_anew(db: Database) -> None:
    stays, leaves = person(db, "W001", "王偉"), person(db, "W002", "李娜")
    course_id = do(db, lambda s: courses.create(s, course_data(db)))
    sid = do(db, lambda s: sessions.create(s, SessionInput(course_id, "2026-03-02")))
    do(db, lambda s: sessions.record_attendance(s, AttendanceInput(sid, stays, "registered")))
    for ident in (stays, leaves):
        do(db, lambda s, ident=ident: staff_service.deactivate(s, ident))
    new = AttendanceInput(sid, leaves)
    found = do(db, lambda s: sessions.attendance_problems(s, new))
    assert list(found) == ["staff"] and "李娜" in found["staff"]
    refused(db, lambda s: sessions.record_attendance(s, new))
    kept = AttendanceInput(sid, stays, "attended", Decimal(90))
    assert do(db, lambda s: sessions.attendance_problems(s, kept)) == {}
    do(db, lambda s: sessions.record_attendance(s, kept))
    assert do(db, lambda s: sessions.attendance_input(s, sid, stays)) == kept
    assert do(db, lambda s: sessions.attendance_input(s, sid, leaves)) is None


def test_training_needs_are_each_persons_from_their_latest_complete_month(
    demo_db: Database,
) -> None:
    from month_scores import complete_like

    from ops_desktop.core.appraisal import periods

    before = do(demo_db, training_plan.training_needs)
    assert before and {n.period for n in before} == {"2026-10"}

    def one_complete_in_november(s: Session) -> tuple[int, int]:
        november = periods.open_period(s, 2026, 11).id
        needy = next(n.staff_no for n in before if n.staff_no != "OP0001")
        good = complete_like(s, november, needy, 95, (2026, 10))
        weak = complete_like(s, november, "OP0001", 50, (2026, 10))
        return good, weak

    good, weak = do(demo_db, one_complete_in_november)
    needs = {n.staff_id: n for n in do(demo_db, training_plan.training_needs)}
    assert good not in needs  # 95 everywhere in November: nothing to train
    assert needs[weak].period == "2026-11" and len(needs[weak].dimensions) == 3
    others = {n.staff_id: n for n in before if n.staff_id not in (good, weak)}
    assert others and all(needs[i] == n for i, n in others.items())  # still from October
