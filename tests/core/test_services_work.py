"""Day-to-day work: workflow runs, training, weekly meetings and the suggestion box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    DevelopmentPlan,
    Suggestion,
    TrainingAttendance,
    TrainingCourse,
    TrainingPlan,
    WorkflowRun,
    WorkflowStage,
    WorkflowTemplate,
)
from ops_desktop.core.services import (
    action_items,
    courses,
    development,
    meetings,
    suggestions,
    training,
    training_sessions,
    workflow_runs,
    workflows,
)
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.action_items import ActionInput
from ops_desktop.core.services.courses import CourseInput
from ops_desktop.core.services.development import PlanInput
from ops_desktop.core.services.meetings import MeetingInput
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.suggestions import SuggestionInput
from ops_desktop.core.services.training_sessions import AttendanceInput, SessionInput
from ops_desktop.core.services.workflow_runs import RunInput
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


def template(db: Database, code: str) -> WorkflowTemplate:
    return next(t for t in do(db, workflows.templates) if t.code == code)


def start(db: Database, code: str, **kw: object) -> int:
    tid = template(db, code).id
    data = RunInput(f"{code} run", tid, **kw)  # type: ignore[arg-type]
    return do(db, lambda s: workflow_runs.create(s, data, "alice"))


def stage_name(db: Database, run_id: int) -> str | None:
    def read(session: Session) -> str | None:
        stage = workflows.current_stage(session.get(WorkflowRun, run_id))
        return stage.name if stage else None

    return do(db, read)


def complete_stage(db: Database, run_id: int, stage: WorkflowStage) -> None:
    for step in stage.steps:
        do(db, lambda s, i=step.id: workflows.complete_step(s, run_id, i, on="2026-03-02"))


# ----------------------------------------------------------------------------- workflows


def test_every_template_starts_in_its_first_stage(db: Database) -> None:
    all_templates = do(db, workflows.templates)
    assert {t.code for t in all_templates} == {"product", "user", "event", "content"}
    for t in all_templates:
        run_id = start(db, t.code)
        assert stage_name(db, run_id) == t.stages[0].name
    assert len(do(db, workflow_runs.rows)) == 4


def test_steps_and_approvals_advance_the_current_stage(db: Database) -> None:
    product = template(db, "product")
    first, second = product.stages[0], product.stages[1]
    assert first.approval and not second.approval
    run_id = start(db, "product")
    complete_stage(db, run_id, first)
    assert stage_name(db, run_id) == first.name  # the approval is still missing

    refused(db, lambda s: workflows.record_approval(s, run_id, second.id, "經理"))
    do(db, lambda s: workflows.record_approval(s, run_id, first.id, "高層", decision="rejected"))
    assert stage_name(db, run_id) == first.name
    do(db, lambda s: workflows.record_approval(s, run_id, first.id, "高層"))
    assert stage_name(db, run_id) == second.name

    for stage in product.stages[1:]:
        complete_stage(db, run_id, stage)
        if stage.approval:
            do(db, lambda s, i=stage.id: workflows.record_approval(s, run_id, i, "經理"))
    assert stage_name(db, run_id) is None
    assert do(db, lambda s: workflow_runs.rows(s)[0].stage) == ""


def test_duplicate_or_foreign_step_is_refused(db: Database) -> None:
    run_id = start(db, "user")
    step = template(db, "user").stages[0].steps[0]
    other = template(db, "content").stages[0]
    do(db, lambda s: workflows.complete_step(s, run_id, step.id))
    assert "already" in refused(db, lambda s: workflows.complete_step(s, run_id, step.id))
    refused(db, lambda s: workflows.complete_step(s, run_id, other.steps[0].id))
    refused(db, lambda s: workflows.record_approval(s, run_id, other.id, "經理"))
    run = do(db, lambda s: [c.step_id for c in s.get(WorkflowRun, run_id).completions])
    assert run == [step.id]


def test_budget_only_on_event_runs(db: Database) -> None:
    tid = template(db, "product").id
    with_budget = RunInput("新品", tid, budget="1000")
    refused(db, lambda s: workflow_runs.create(s, with_budget), "budget")
    product_run = start(db, "product")
    refused(db, lambda s: workflows.set_money(s, product_run, budget=1000), "budget")
    assert do(db, lambda s: s.scalar(select(func.count()).select_from(WorkflowRun))) == 1


def test_over_budget_returns_the_excess(db: Database) -> None:
    run_id = start(db, "event", budget="1000")
    over = do(db, lambda s: workflows.over_budget(s.get(WorkflowRun, run_id)))
    assert over is None  # nothing spent yet
    do(db, lambda s: workflows.set_money(s, run_id, budget="1000", spend="1200.50"))
    over = do(db, lambda s: workflows.over_budget(s.get(WorkflowRun, run_id)))
    assert over == Decimal("200.50")
    assert do(db, lambda s: workflow_runs.rows(s)[0].over_budget) == Decimal("200.50")
    do(db, lambda s: workflows.set_money(s, run_id, budget="1000", spend="1000"))
    assert do(db, lambda s: workflows.over_budget(s.get(WorkflowRun, run_id))) is None


def test_done_closes_the_run(db: Database) -> None:
    run_id = start(db, "content")
    do(db, lambda s: workflows.set_status(s, run_id, "done"))
    run = do(db, lambda s: s.get(WorkflowRun, run_id))
    assert (run.status, run.end_date) == ("done", clock.today())
    assert do(db, workflow_runs.rows) == []
    assert [r.id for r in do(db, lambda s: workflow_runs.rows(s, include_closed=True))] == [run_id]
    step = template(db, "content").stages[0].steps[0]
    assert "closed" in refused(db, lambda s: workflows.complete_step(s, run_id, step.id))


# ----------------------------------------------------------------------------- training


def course(db: Database, title: str = "溝通技巧", **kw: object) -> int:
    def create(session: Session) -> int:
        cat, meth = training.categories(session)[0].id, training.methods(session)[0].id
        return courses.create(session, CourseInput(title, cat, meth, **kw), "alice")  # type: ignore[arg-type]

    return do(db, create)


def test_plan_year_creates_the_yearly_plan_once(db: Database) -> None:
    first, second = course(db, "甲", plan_year=2026), course(db, "乙", plan_year=2026)
    plans = do(db, lambda s: s.scalars(select(TrainingPlan)).all())
    assert [p.year for p in plans] == [2026]
    plan_ids = do(db, lambda s: {s.get(TrainingCourse, c).plan_id for c in (first, second)})
    assert plan_ids == {plans[0].id}


def test_course_ending_before_it_starts_is_refused(db: Database) -> None:
    with pytest.raises(DomainError) as err:
        course(db, start_date="2026-03-10", end_date="2026-03-09")
    assert err.value.field == "end_date"


def test_attendance_is_upserted_and_scores_checked(db: Database) -> None:
    pid = person(db)
    session_id = do(
        db, lambda s: training_sessions.create(s, SessionInput(course(db), "2026-03-02"))
    )
    record = training_sessions.record_attendance
    do(db, lambda s: record(s, AttendanceInput(session_id, pid, "registered")))
    do(db, lambda s: record(s, AttendanceInput(session_id, pid, "attended", "91.5", True)))
    refused(db, lambda s: record(s, AttendanceInput(session_id, pid, score="101")), "score")
    rows = do(db, lambda s: s.scalars(select(TrainingAttendance)).all())
    assert [(r.state, r.score, r.passed) for r in rows] == [("attended", Decimal("91.5"), True)]


def test_development_plan_with_progress_note(db: Database) -> None:
    pid = person(db)
    plan_id = do(
        db,
        lambda s: development.create(
            s, PlanInput(pid, "兩年內晉升", start_date="2026-01-01", next_review="2026-07-01")
        ),
    )
    do(db, lambda s: development.add_note(s, plan_id, "完成數據課程", on="2026-03-01"))
    refused(db, lambda s: development.create(s, PlanInput(pid, "  ")), "goals")
    notes = do(
        db, lambda s: [(n.written_on, n.text) for n in s.get(DevelopmentPlan, plan_id).notes]
    )
    assert notes == [(D(2026, 3, 1), "完成數據課程")]


# ----------------------------------------------------------------------------- meetings


def meeting(db: Database, day: dt.date) -> int:
    return do(db, lambda s: meetings.create(s, MeetingInput(day)))


def action(db: Database, meeting_id: int, text: str, due: dt.date | None = None) -> int:
    return do(db, lambda s: action_items.create(s, ActionInput(meeting_id, text, due_date=due)))


def carried(db: Database, meeting_id: int) -> list[str]:
    return do(db, lambda s: [a.text for a in action_items.carried_over(s, meeting_id)])


def test_open_action_items_are_carried_over_until_closed(db: Database) -> None:
    first, second = meeting(db, D(2026, 3, 2)), meeting(db, D(2026, 3, 9))
    old = action(db, first, "整理數據")
    kept = action(db, first, "更新問答")
    action(db, second, "本週新任務")
    assert carried(db, first) == []
    assert carried(db, second) == ["整理數據", "更新問答"]
    do(db, lambda s: action_items.close(s, old, on="2026-03-05"))
    assert carried(db, second) == ["更新問答"]
    do(db, lambda s: action_items.close(s, kept, dropped=True))
    assert carried(db, second) == []
    refused(db, lambda s: action_items.close(s, kept))  # already closed


def test_overdue_action_items(db: Database) -> None:
    m = meeting(db, D(2026, 3, 2))
    late = action(db, m, "逾期", due=D(2026, 3, 5))
    action(db, m, "未到期", due=D(2026, 3, 20))
    action(db, m, "無期限")
    backdated = ActionInput(m, "倒填", due_date="2026-03-01")
    refused(db, lambda s: action_items.create(s, backdated), "due_date")

    def overdue(day: dt.date) -> list[str]:
        return do(db, lambda s: [a.text for a in action_items.overdue(s, day)])

    assert overdue(D(2026, 3, 5)) == []
    assert overdue(D(2026, 3, 6)) == ["逾期"]
    do(db, lambda s: action_items.close(s, late))
    assert overdue(D(2026, 3, 6)) == []


# ----------------------------------------------------------------------------- suggestions


def submit(db: Database, title: str, **kw: object) -> int:
    data = SuggestionInput(title, submitted_on="2026-03-02", **kw)  # type: ignore[arg-type]
    return do(db, lambda s: suggestions.create(s, data))


def test_anonymity_rules(db: Database) -> None:
    pid = person(db)
    named_anonymous = SuggestionInput("x", author_id=pid, anonymous=True)
    refused(db, lambda s: suggestions.create(s, named_anonymous))
    refused(db, lambda s: suggestions.create(s, SuggestionInput("x", anonymous=False)))
    assert do(db, lambda s: suggestions.summary(s, D(2000, 1, 1), D(2100, 1, 1)).total) == 0


def test_reply_answers_and_summary_counts(db: Database) -> None:
    pid = person(db)
    named = submit(db, "增加白板", author_id=pid, category="行政")
    anon = submit(db, "縮短例會", anonymous=True, category="會議")
    submit(db, "簡化流程", anonymous=True, category="會議")
    refused(db, lambda s: suggestions.set_status(s, named, "answered"), "reply")
    do(db, lambda s: suggestions.reply(s, named, "已安排採購", "運營經理"))
    do(db, lambda s: suggestions.set_status(s, anon, "in_progress"))
    item = do(db, lambda s: s.get(Suggestion, named))
    assert (item.status, item.replied_by) == ("answered", "運營經理")
    assert item.replied_at is not None

    summary = do(db, lambda s: suggestions.summary(s, D(2026, 3, 1), D(2026, 3, 31)))
    assert summary.total == 3 and summary.anonymous == 2 and summary.unanswered == 2
    assert summary.by_status == {"new": 1, "in_progress": 1, "answered": 1}
    assert summary.by_category == {"行政": 1, "會議": 2}
    assert do(db, lambda s: suggestions.summary(s, D(2026, 3, 3), D(2026, 3, 31)).total) == 0
