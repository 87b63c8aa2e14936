"""The workflow templates (chapter 三、工作流程) as the window shows them: each template with
its stages and their checklist steps, as values. A stage is edited through
``workflow_stages``, a step through ``workflow_steps``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ops_desktop.core.models import WorkflowStage, WorkflowStep

from . import freshness
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


def stage_info(stage: WorkflowStage) -> StageInfo:
    """A stage with its steps (inactive ones included), as a value."""
    return StageInfo(
        stage.id,
        stage.template_id,
        stage.sort_order,
        stage.name,
        stage.responsible_position_id,
        stage.responsible_position.name if stage.responsible_position else "",
        stage.approval,
        stage.approver_position_id,
        stage.approver_position.name if stage.approver_position else "",
        tuple(step_info(p) for p in stage.steps),
        freshness.seen(stage),
    )


def step_info(step: WorkflowStep) -> StepInfo:
    return StepInfo(
        step.id, step.stage_id, step.sort_order, step.text, step.active, freshness.seen(step)
    )


def outline(session: Session) -> list[TemplateInfo]:
    """Every active template with its stages and steps (inactive steps included), as values."""
    return [
        TemplateInfo(t.id, t.code, t.name, t.is_event, tuple(stage_info(s) for s in t.stages))
        for t in templates(session)
    ]
