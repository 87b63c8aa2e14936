"""Every record kind a form edits has the one service API with the same names: ``XInput``
(frozen), ``problems``, ``create`` (→ the new id), ``input_of``, ``update``, ``rows`` and
``remove_new``, and the form's values travel through it unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.models import AuditEntry
from ops_desktop.core.services import (
    action_items,
    courses,
    development,
    duty_lines,
    meetings,
    position_areas,
    positions,
    staff,
    suggestions,
    training,
    training_sessions,
    workflow_runs,
    workflow_stages,
    workflow_steps,
    workflow_templates,
    workflows,
)
from ops_desktop.core.services.action_items import ActionInput
from ops_desktop.core.services.courses import CourseInput
from ops_desktop.core.services.development import PlanInput
from ops_desktop.core.services.duty_lines import DutyInput
from ops_desktop.core.services.meetings import MeetingInput
from ops_desktop.core.services.position_areas import AreaInput
from ops_desktop.core.services.positions import PositionInput
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.suggestions import SuggestionInput
from ops_desktop.core.services.training_sessions import SessionInput
from ops_desktop.core.services.workflow_runs import RunInput
from ops_desktop.core.services.workflow_stages import StageInput
from ops_desktop.core.services.workflow_steps import StepInput
from ops_desktop.db import Database

D = dt.date


@dataclass(frozen=True)
class Case:
    module: ModuleType
    entity: str  # the audit log's name of the kind
    data: Any  # the form's values, as input_of gives them back
    changed: Any
    rows: Callable[[Session], list[Any]]


def _staff(s: Session) -> Case:
    data = StaffInput("R001", "陳一", hire_date=D(2026, 1, 5), base_bonus=Decimal(3000))
    return Case(staff, "staff", data, replace(data, name="陳二"), staff.rows)


def _position(s: Session) -> Case:
    data = PositionInput("研究員", "researcher", "Researcher", "做研究")
    return Case(positions, "position", data, replace(data, name="資深研究員"), positions.rows)


def _meeting(s: Session) -> Case:
    data = MeetingInput(D(2026, 3, 2), "三月例會", last_week_summary="上週", minutes="紀要")
    return Case(meetings, "meeting", data, replace(data, minutes="改過的紀要"), meetings.rows)


def _action_item(s: Session) -> Case:
    meeting = meetings.create(s, MeetingInput(D(2026, 3, 2)))
    data = ActionInput(meeting, "整理數據", None, D(2026, 3, 6))
    return Case(
        action_items,
        "action_item",
        data,
        replace(data, text="整理報表"),
        lambda session: action_items.rows(session, meeting),
    )


def _suggestion(s: Session) -> Case:
    data = SuggestionInput("增加白板", "會議室", "行政", None, True, D(2026, 3, 2))
    return Case(suggestions, "suggestion", data, replace(data, title="白板"), suggestions.rows)


def _course(s: Session) -> Case:
    category, method = training.categories(s)[0].id, training.methods(s)[0].id
    data = CourseInput(
        "溝通技巧", category, method, "講師", D(2026, 5, 1), D(2026, 5, 2), Decimal("3.5"),
        Decimal(1200), 2026, "說明",
    )  # fmt: skip
    return Case(courses, "training_course", data, replace(data, trainer="外部講師"), courses.rows)


def _training_session(s: Session) -> Case:
    category, method = training.categories(s)[0].id, training.methods(s)[0].id
    course = courses.create(s, CourseInput("溝通技巧", category, method))
    data = SessionInput(course, D(2026, 5, 1), "三樓會議室", Decimal("3.5"))
    return Case(
        training_sessions,
        "training_session",
        data,
        replace(data, location="五樓培訓室", hours=Decimal(2)),
        lambda session: training_sessions.rows(session, course),
    )


def _development_plan(s: Session) -> Case:
    person = staff.create(s, StaffInput("R002", "林二"))
    data = PlanInput(person, "兩年內晉升", None, "輪崗", D(2026, 1, 1), D(2026, 6, 30))
    return Case(
        development, "development_plan", data, replace(data, goals="晉升經理"), development.rows
    )


def _workflow_run(s: Session) -> Case:
    template = workflows.template_by_code(s, "product").id
    data = RunInput("新品上市", template, None, D(2026, 3, 1), D(2026, 4, 1), None, "備註")
    return Case(
        workflow_runs, "workflow_run", data, replace(data, notes="新備註"), workflow_runs.rows
    )


def _workflow_step(s: Session) -> Case:
    stage = workflow_templates.outline(s)[0].stages[0].id
    data = StepInput(stage, "建立拉新數據看板")
    return Case(
        workflow_steps,
        "workflow_step",
        data,
        replace(data, text="建立拉新看板"),
        lambda session: workflow_steps.rows(session, stage),
    )


KINDS: dict[str, Callable[[Session], Case]] = {
    "staff": _staff,
    "position": _position,
    "meeting": _meeting,
    "action item": _action_item,
    "suggestion": _suggestion,
    "training course": _course,
    "training session": _training_session,
    "development plan": _development_plan,
    "workflow run": _workflow_run,
    "workflow step": _workflow_step,
}


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


@pytest.mark.parametrize("kind", KINDS)
def test_the_form_values_go_through_one_api_and_come_back_unchanged(db: Database, kind: str):
    case = do(db, KINDS[kind])
    module = case.module
    assert dataclasses.is_dataclass(case.data)
    assert type(case.data).__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert do(db, lambda s: module.problems(s, case.data)) == {}

    ident = do(db, lambda s: module.create(s, case.data, "desk"))
    assert type(ident) is int
    assert do(db, lambda s: module.input_of(s, ident)) == case.data
    assert ident in [r.id for r in do(db, case.rows)]
    assert do(db, lambda s: module.problems(s, case.data, ident)) == {}

    do(db, lambda s: module.update(s, ident, case.changed, "desk"))
    assert do(db, lambda s: module.input_of(s, ident)) == case.changed

    do(db, lambda s: module.remove_new(s, ident, "desk"))
    assert ident not in [r.id for r in do(db, case.rows)]
    logged = do(
        db,
        lambda s: list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == case.entity, AuditEntry.entity_id == ident)
                .order_by(AuditEntry.id)
            )
        ),
    )
    assert logged == ["create", "update", "delete"]


def test_a_stage_is_edited_through_the_same_names(db: Database):
    """A template's stages are chapter 三's: edited, never added or removed."""
    stage = do(db, lambda s: workflow_templates.outline(s)[0].stages[0])
    manager = do(db, lambda s: positions.by_code(s, "manager").id)
    data = StageInput("上線準備", stage.responsible_position_id, "運營經理審核", manager)
    assert type(data).__dataclass_params__.frozen  # type: ignore[attr-defined]
    before = do(db, lambda s: workflow_stages.input_of(s, stage.id))
    assert before == StageInput(
        stage.name, stage.responsible_position_id, stage.approval, stage.approver_position_id
    )
    assert do(db, lambda s: workflow_stages.problems(s, data, stage.id)) == {}
    do(db, lambda s: workflow_stages.update(s, stage.id, data, "desk"))
    assert do(db, lambda s: workflow_stages.input_of(s, stage.id)) == data
    listed = do(db, lambda s: workflow_stages.rows(s, stage.template_id))
    assert [(r.id, r.name, r.approval) for r in listed][0] == (stage.id, "上線準備", "運營經理審核")
    do(db, lambda s: workflow_stages.update(s, stage.id, before, "desk"))
    assert do(db, lambda s: workflow_stages.input_of(s, stage.id)) == before
    assert not hasattr(workflow_stages, "create") and not hasattr(workflow_stages, "remove_new")


def _area(s: Session) -> Case:
    position = positions.by_code(s, "analyst").id
    data = AreaInput(position, "數據治理")
    return Case(
        position_areas,
        "responsibility_area",
        data,
        replace(data, title="數據質量"),
        lambda session: position_areas.rows(session, position),
    )


def _duty_line(s: Session) -> Case:
    area = positions.by_code(s, "analyst").areas[0].id
    data = DutyInput(area, "每週核對數據口徑")
    return Case(
        duty_lines,
        "duty_line",
        data,
        replace(data, text="每月核對數據口徑"),
        lambda session: duty_lines.rows(session, area),
    )


# A position's areas and their duty lines: removed by take (a copy) and put back by restore
# under the same id — the undo that keeps the ids later steps name — instead of remove_new.
KEPT_KINDS: dict[str, Callable[[Session], Case]] = {
    "responsibility area": _area,
    "duty line": _duty_line,
}


@pytest.mark.parametrize("kind", KEPT_KINDS)
def test_a_child_kind_goes_through_the_same_names_and_comes_back_by_its_id(db: Database, kind: str):
    case = do(db, KEPT_KINDS[kind])
    module = case.module
    assert type(case.data).__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert not hasattr(module, "remove_new")
    assert do(db, lambda s: module.problems(s, case.data)) == {}

    ident = do(db, lambda s: module.create(s, case.data, "desk"))
    assert type(ident) is int
    assert do(db, lambda s: module.input_of(s, ident)) == case.data
    assert do(db, lambda s: module.problems(s, case.data, ident)) == {}
    assert [r.id for r in do(db, case.rows)][-1] == ident  # added at the end

    do(db, lambda s: module.update(s, ident, case.changed, "desk"))
    assert do(db, lambda s: module.input_of(s, ident)) == case.changed

    # a later record: the id taken is not the highest, which the database would hand out again
    later = do(db, lambda s: module.create(s, case.data, "desk"))
    listed = [r.id for r in do(db, case.rows)]
    assert listed[-2:] == [ident, later]
    copy = do(db, lambda s: module.take(s, ident, "desk"))
    assert ident not in [r.id for r in do(db, case.rows)]
    assert do(db, lambda s: module.restore(s, copy, "desk")) == ident
    assert [r.id for r in do(db, case.rows)] == listed
    assert do(db, lambda s: module.input_of(s, ident)) == case.changed
    logged = do(
        db,
        lambda s: list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == case.entity, AuditEntry.entity_id == ident)
                .order_by(AuditEntry.id)
            )
        ),
    )
    assert logged == ["create", "update", "delete", "restore"]


def test_an_area_title_is_unlike_its_siblings(db: Database):
    position = do(db, lambda s: positions.by_code(s, "analyst"))
    first, second = do(db, lambda s: [a.id for a in positions.get(s, position.id).areas][:2])
    taken = do(db, lambda s: position_areas.input_of(s, first)).title
    twin = AreaInput(position.id, taken)
    assert set(do(db, lambda s: position_areas.problems(s, twin))) == {"title"}
    assert set(do(db, lambda s: position_areas.problems(s, twin, second))) == {"title"}
    assert do(db, lambda s: position_areas.problems(s, twin, first)) == {}  # its own title
