"""The stages of a workflow template as the stage form edits them: the one service API of
the kind (``StageInput``, ``rows``, ``input_of``, ``problems``, ``update``) — rename a stage,
change who carries it, set or clear its approval. A template's stages are those of chapter
三: none is added or removed here, so the kind has no ``create`` nor ``remove_new``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Position, WorkflowStage, WorkflowTemplate

from . import audit, validate
from .workflow_templates import StageInfo, stage_info


@dataclass(frozen=True)
class StageInput:
    """What the stage form supplies; ``approval`` empty means the stage needs none."""

    name: str
    responsible_position_id: int | None = None
    approval: str | None = None
    approver_position_id: int | None = None


def _position(session: Session, position_id: int | None) -> int | None:
    if position_id is not None:
        validate.get(session, Position, position_id, "Position")
    return position_id


def _name(session: Session, stage: WorkflowStage | None, name: str) -> str:
    clean = validate.text(name, "name", max_len=80)
    if stage is None:
        return clean  # no template to compare with
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


def _checks(
    session: Session, stage: WorkflowStage | None, data: StageInput
) -> dict[str, Callable[[], object]]:
    return {
        "name": lambda: _name(session, stage, data.name),
        "responsible_position_id": lambda: _position(session, data.responsible_position_id),
        "approval": lambda: (
            validate.text(data.approval, "approval", required=False, max_len=120) or None
        ),
        "approver_position_id": lambda: _approver(session, data),
    }


def problems(session: Session, data: StageInput, stage_id: int | None = None) -> dict[str, str]:
    """Every problem of the stage form as field → message (name, responsible_position_id,
    approval, approver); the name is compared with the other stages of ``stage_id``'s
    template."""
    stage = validate.get(session, WorkflowStage, stage_id, "Stage") if stage_id else None
    found: dict[str, str] = {}
    for key, check in _checks(session, stage, data).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def update(session: Session, stage_id: int, data: StageInput, operator: str = "") -> None:
    stage = validate.get(session, WorkflowStage, stage_id, "Stage")
    values = {key: check() for key, check in _checks(session, stage, data).items()}
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


def input_of(session: Session, stage_id: int) -> StageInput:
    """The stored stage as the form shows it (and as undo puts it back)."""
    stage = validate.get(session, WorkflowStage, stage_id, "Stage")
    return StageInput(
        stage.name, stage.responsible_position_id, stage.approval, stage.approver_position_id
    )


def rows(session: Session, template_id: int) -> list[StageInfo]:
    """The stages of a template in their order, each with its steps."""
    template = validate.get(session, WorkflowTemplate, template_id, "Workflow template")
    return [stage_info(s) for s in template.stages]
