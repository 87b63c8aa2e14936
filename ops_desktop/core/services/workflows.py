"""Workflow runs: start one from a template, check off steps, record approvals, and keep an
event's budget, spend and outcome."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    RunAttachment,
    StageApproval,
    StepCompletion,
    WorkflowRun,
    WorkflowStage,
    WorkflowStep,
    WorkflowTemplate,
)
from ops_desktop.core.models.workflow import APPROVAL_DECISIONS, RUN_STATUSES

from . import audit, validate


def templates(session: Session) -> list[WorkflowTemplate]:
    return list(
        session.scalars(
            select(WorkflowTemplate)
            .where(WorkflowTemplate.active)
            .options(selectinload(WorkflowTemplate.stages).selectinload(WorkflowStage.steps))
            .order_by(WorkflowTemplate.id)
        )
    )


def template_by_code(session: Session, code: str) -> WorkflowTemplate:
    template = session.scalar(select(WorkflowTemplate).where(WorkflowTemplate.code == code))
    if template is None:
        raise DomainError("There is no workflow template with the code {code}.", code=code)
    return template


def _active_run(session: Session, run_id: int) -> WorkflowRun:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    if run.status != "active":
        raise DomainError("{title} is closed; reopen it to change it.", title=run.title)
    return run


def complete_step(
    session: Session,
    run_id: int,
    step_id: int,
    operator: str = "",
    *,
    done_by_id: int | None = None,
    on: dt.date | str | None = None,
    note: str = "",
) -> StepCompletion:
    run = _active_run(session, run_id)
    step = validate.get(session, WorkflowStep, step_id, "Step")
    if step.stage.template_id != run.template_id:
        raise DomainError("That step belongs to another workflow.")
    if any(c.step_id == step_id for c in run.completions):
        raise DomainError("That step is already checked off.")
    completion = StepCompletion(
        run=run,
        step=step,
        done_by_id=done_by_id,
        done_on=validate.date(on, "date") or clock.today(),
        note=validate.storable(note, "note"),
    )
    session.add(completion)
    session.flush()
    audit.record(
        session, operator, "complete_step", "workflow_run", run.id, step.text, step_id=step.id
    )
    return completion


def uncomplete_step(session: Session, run_id: int, step_id: int, operator: str = "") -> None:
    run = _active_run(session, run_id)
    completion = next((c for c in run.completions if c.step_id == step_id), None)
    if completion is None:
        raise DomainError("That step is not checked off.")
    run.completions.remove(completion)
    session.delete(completion)
    audit.record(session, operator, "uncomplete_step", "workflow_run", run.id, "", step_id=step_id)


def record_approval(
    session: Session,
    run_id: int,
    stage_id: int,
    approver: str,
    operator: str = "",
    *,
    decision: str = "approved",
    on: dt.date | str | None = None,
    comment: str = "",
) -> StageApproval:
    run = _active_run(session, run_id)
    stage = validate.get(session, WorkflowStage, stage_id, "Stage")
    if stage.template_id != run.template_id:
        raise DomainError("That stage belongs to another workflow.")
    if not stage.approval:
        raise DomainError("The stage {stage} needs no approval.", stage=stage.name)
    approval = StageApproval(
        run=run,
        stage=stage,
        approver=validate.text(approver, "approver", max_len=80),
        decision=validate.choice(decision, APPROVAL_DECISIONS, "decision"),
        decided_on=validate.date(on, "date") or clock.today(),
        comment=validate.storable(comment, "comment"),
        recorded_at=clock.now(),
    )
    session.add(approval)
    session.flush()
    audit.record(
        session,
        operator,
        "approve" if decision == "approved" else "reject",
        "workflow_run",
        run.id,
        f"{stage.name}: {approver}",
        stage_id=stage.id,
    )
    return approval


def set_money(
    session: Session,
    run_id: int,
    operator: str = "",
    *,
    budget: object = None,
    spend: object = None,
) -> WorkflowRun:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    if not run.template.is_event:
        raise DomainError("Only event runs (活動運營) carry a budget.", field="budget")
    run.budget = validate.decimal(budget, "budget")
    run.spend = validate.decimal(spend, "spend")
    audit.record(
        session,
        operator,
        "update",
        "workflow_run",
        run.id,
        "budget/spend",
        budget=str(run.budget),
        spend=str(run.spend),
    )
    return run


def set_outcome(
    session: Session,
    run_id: int,
    operator: str = "",
    *,
    participants: int | str | None,
    interactions: int | str | None,
    reach: int | str | None,
    outcome: str = "",
) -> WorkflowRun:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    run.participants = count(participants, "participants")
    run.interactions = count(interactions, "interactions")
    run.reach = count(reach, "reach")
    run.outcome = validate.storable(outcome.strip(), "outcome")
    audit.record(session, operator, "update", "workflow_run", run.id, "outcome")
    return run


def over_budget(run: WorkflowRun) -> Decimal | None:
    """How much an event run has spent beyond its budget, or None when within it."""
    return excess(run.budget, run.spend)


def excess(budget: Decimal | None, spend: Decimal | None) -> Decimal | None:
    """How much ``spend`` exceeds ``budget``, or None when within it (or either is unknown)."""
    if budget is None or spend is None or spend <= budget:
        return None
    return Decimal(spend) - Decimal(budget)


def attach(
    session: Session, run_id: int, path: str, label: str = "", operator: str = ""
) -> RunAttachment:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    attachment = RunAttachment(
        run=run,
        path=validate.text(path, "path", max_len=1000),
        label=validate.storable(label.strip(), "attachment"),
    )
    session.add(attachment)
    session.flush()
    audit.record(session, operator, "attach", "workflow_run", run.id, attachment.path)
    return attachment


def set_status(
    session: Session, run_id: int, status: str, operator: str = "", on: dt.date | str | None = None
) -> WorkflowRun:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    run.status = validate.choice(status, RUN_STATUSES, "status")
    end = validate.date(on, "end_date") or clock.today()
    run.end_date = end if status != "active" else None
    audit.record(session, operator, "set_status", "workflow_run", run.id, status)
    return run


_COUNT_MESSAGES = {
    "participants": "Participants must be a whole number, 0 or more.",
    "interactions": "Interactions must be a whole number, 0 or more.",
    "reach": "Reach must be a whole number, 0 or more.",
}


def count(value: object, field: str) -> int | None:
    """An outcome figure: a whole number ≥ 0, or None when left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise DomainError(_COUNT_MESSAGES[field], field=field)
    if isinstance(value, int):
        number = value
    else:
        text = validate.number_text(str(value))
        if not (text.isascii() and text.isdigit()):
            raise DomainError(_COUNT_MESSAGES[field], field=field)
        number = int(text)
    if number < 0:
        raise DomainError(_COUNT_MESSAGES[field], field=field)
    return number


def current_stage(run: WorkflowRun) -> WorkflowStage | None:
    done = {c.step_id for c in run.completions}
    latest: dict[int, StageApproval] = {}
    for a in sorted(run.approvals, key=lambda a: (a.decided_on, a.recorded_at, a.id or 0)):
        latest[a.stage_id] = a  # a later rejection undoes an earlier approval
    approved = {stage for stage, a in latest.items() if a.decision == "approved"}
    for stage in run.template.stages:
        if any(s.active and s.id not in done for s in stage.steps):
            return stage
        if stage.approval and stage.id not in approved:
            return stage
    return None
