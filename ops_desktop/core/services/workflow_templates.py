"""Editing the workflow templates (chapter 三、工作流程): rename a stage, change who carries it,
set or clear its approval, and edit, add or retire its checklist steps. Steps are never
deleted once a run has checked them off; they are deactivated and keep their history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Position, StepCompletion, WorkflowStage, WorkflowStep

from . import audit, freshness, validate
from .freshness import Seen
from .workflows import templates


@dataclass(frozen=True)
class StepInfo:
    id: int
    stage_id: int
    sort_order: int
    text: str
    active: bool
    seen: Seen | None = None  # the version this copy was read at


@dataclass(frozen=True)
class StageInfo:
    id: int
    template_id: int
    sort_order: int
    name: str
    responsible_position_id: int | None
    responsible: str
    approval: str | None
    approver_position_id: int | None
    approver: str
    steps: tuple[StepInfo, ...]
    seen: Seen | None = None


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    code: str
    name: str
    is_event: bool
    stages: tuple[StageInfo, ...]


def outline(session: Session) -> list[TemplateInfo]:
    """Every active template with its stages and steps (inactive steps included), as values."""
    return [
        TemplateInfo(
            t.id,
            t.code,
            t.name,
            t.is_event,
            tuple(
                StageInfo(
                    s.id,
                    t.id,
                    s.sort_order,
                    s.name,
                    s.responsible_position_id,
                    s.responsible_position.name if s.responsible_position else "",
                    s.approval,
                    s.approver_position_id,
                    s.approver_position.name if s.approver_position else "",
                    tuple(
                        StepInfo(p.id, s.id, p.sort_order, p.text, p.active, freshness.seen(p))
                        for p in s.steps
                    ),
                    freshness.seen(s),
                )
                for s in t.stages
            ),
        )
        for t in templates(session)
    ]


@dataclass
class StageInput:
    """What the stage form supplies; ``approval`` empty means the stage needs none."""

    name: str
    responsible_position_id: int | None = None
    approval: str | None = None
    approver_position_id: int | None = None


def stage_input(stage: WorkflowStage) -> StageInput:
    return StageInput(
        stage.name, stage.responsible_position_id, stage.approval, stage.approver_position_id
    )


def _position(session: Session, position_id: int | None) -> int | None:
    if position_id is not None:
        validate.get(session, Position, position_id, "Position")
    return position_id


def _stage_name(session: Session, stage: WorkflowStage, name: str) -> str:
    clean = validate.text(name, "name", max_len=80)
    twin = session.scalar(
        select(WorkflowStage.id).where(
            WorkflowStage.template_id == stage.template_id,
            WorkflowStage.name == clean,
            WorkflowStage.id != stage.id,
        )
    )
    if twin is not None:
        raise DomainError(
            "Another stage of this workflow is already called {name}.", field="name", name=clean
        )
    return clean


def _approver(session: Session, data: StageInput) -> int | None:
    if data.approver_position_id is not None and not (data.approval or "").strip():
        raise DomainError(
            "Describe the approval (e.g. 運營經理審核) before choosing who approves.",
            field="approver",
        )
    return _position(session, data.approver_position_id)


def _stage_checks(
    session: Session, stage: WorkflowStage, data: StageInput
) -> dict[str, Callable[[], object]]:
    return {
        "name": lambda: _stage_name(session, stage, data.name),
        "responsible_position_id": lambda: _position(session, data.responsible_position_id),
        "approval": lambda: (
            validate.text(data.approval, "approval", required=False, max_len=120) or None
        ),
        "approver_position_id": lambda: _approver(session, data),
    }


def stage_problems(session: Session, stage_id: int, data: StageInput) -> dict[str, str]:
    """Every problem of the stage form as field → message (name, position, approval,
    approver), for validation as you type."""
    stage = validate.get(session, WorkflowStage, stage_id, "Stage")
    found: dict[str, str] = {}
    for key, check in _stage_checks(session, stage, data).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def update_stage(
    session: Session, stage_id: int, data: StageInput, operator: str = ""
) -> WorkflowStage:
    stage = validate.get(session, WorkflowStage, stage_id, "Stage")
    values = {key: check() for key, check in _stage_checks(session, stage, data).items()}
    if values["approval"] is None:
        values["approver_position_id"] = None
    changes = {
        k: (str(getattr(stage, k)), str(v)) for k, v in values.items() if getattr(stage, k) != v
    }
    for key, value in values.items():
        setattr(stage, key, value)
    if stage.approval is None:
        stage.approval_step = None
    if changes:
        audit.record(session, operator, "update", "workflow_stage", stage.id, stage.name, **changes)
    return stage


def step_problems(text: str) -> dict[str, str]:
    try:
        validate.text(text, "text", max_len=1000)
    except DomainError as exc:
        return {"text": str(exc)}
    return {}


def add_step(session: Session, stage_id: int, text: str, operator: str = "") -> WorkflowStep:
    """A new checklist step at the end of the stage."""
    stage = validate.get(session, WorkflowStage, stage_id, "Stage")
    last = session.scalar(
        select(func.max(WorkflowStep.sort_order)).where(WorkflowStep.stage_id == stage_id)
    )
    step = WorkflowStep(
        stage=stage, sort_order=(last or 0) + 1, text=validate.text(text, "text", max_len=1000)
    )
    session.add(step)
    session.flush()
    audit.record(session, operator, "create", "workflow_step", step.id, step.text[:80])
    return step


def update_step(session: Session, step_id: int, text: str, operator: str = "") -> WorkflowStep:
    step = validate.get(session, WorkflowStep, step_id, "Step")
    clean = validate.text(text, "text", max_len=1000)
    if clean != step.text:
        audit.record(
            session, operator, "update", "workflow_step", step.id, clean[:80], old=step.text
        )
        step.text = clean
    return step


def set_step_active(
    session: Session, step_id: int, active: bool, operator: str = ""
) -> WorkflowStep:
    """Retire a step (runs no longer wait for it; runs that checked it off keep it) or bring
    it back."""
    step = validate.get(session, WorkflowStep, step_id, "Step")
    if step.active == active:
        raise DomainError(
            "That step is already active." if active else "That step is already inactive."
        )
    step.active = active
    action = "activate" if active else "deactivate"
    audit.record(session, operator, action, "workflow_step", step.id, step.text[:80])
    return step


def remove_new_step(session: Session, step_id: int, operator: str = "") -> None:
    """Delete a step no run has checked off (undoing its addition); otherwise refused."""
    step = validate.get(session, WorkflowStep, step_id, "Step")
    used = session.scalar(
        select(func.count()).select_from(StepCompletion).where(StepCompletion.step_id == step_id)
    )
    if used:
        raise DomainError("Runs have checked this step off; deactivate it instead.")
    audit.record(session, operator, "delete", "workflow_step", step.id, step.text[:80])
    step.stage.steps.remove(step)
    session.delete(step)
    session.flush()
