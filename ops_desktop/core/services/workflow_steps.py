"""The checklist steps of a workflow stage as the step form edits them: the one service API
of the kind (``StepInput``, ``rows``, ``input_of``, ``problems``, ``create``, ``update``,
``remove_new``) and retiring a step (``set_active``). Steps are never deleted once a run has
checked them off; they are deactivated and keep their history."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import StepCompletion, WorkflowStage, WorkflowStep

from . import audit, validate
from .workflow_templates import StepInfo, step_info


@dataclass(frozen=True)
class StepInput:
    """What the step form supplies; the stage is fixed once the step exists."""

    stage_id: int | None
    text: str


def _text(data: StepInput) -> str:
    return validate.text(data.text, "text", max_len=1000)


def problems(session: Session, data: StepInput, step_id: int | None = None) -> dict[str, str]:
    """Problems of the step form as field → message (text)."""
    try:
        _text(data)
    except DomainError as exc:
        return {"text": str(exc)}
    return {}


def create(session: Session, data: StepInput, operator: str = "") -> int:
    """A new checklist step at the end of its stage; returns the new record's id."""
    stage = validate.get(session, WorkflowStage, data.stage_id, "Stage")
    last = session.scalar(
        select(func.max(WorkflowStep.sort_order)).where(WorkflowStep.stage_id == stage.id)
    )
    step = WorkflowStep(stage=stage, sort_order=(last or 0) + 1, text=_text(data))
    session.add(step)
    session.flush()
    audit.record(session, operator, "create", "workflow_step", step.id, step.text[:80])
    return step.id


def update(session: Session, step_id: int, data: StepInput, operator: str = "") -> None:
    """Reword a step (its stage stays)."""
    step = validate.get(session, WorkflowStep, step_id, "Step")
    clean = _text(data)
    if clean != step.text:
        audit.record(
            session, operator, "update", "workflow_step", step.id, clean[:80], old=step.text
        )
        step.text = clean


def input_of(session: Session, step_id: int) -> StepInput:
    """The stored step as the form shows it (and as undo puts it back)."""
    step = validate.get(session, WorkflowStep, step_id, "Step")
    return StepInput(step.stage_id, step.text)


def remove_new(session: Session, step_id: int, operator: str = "") -> None:
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


def rows(session: Session, stage_id: int) -> list[StepInfo]:
    """The steps of a stage in their order, inactive ones included."""
    stage = validate.get(session, WorkflowStage, stage_id, "Stage")
    return [step_info(p) for p in stage.steps]


def set_active(session: Session, step_id: int, active: bool, operator: str = "") -> None:
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
