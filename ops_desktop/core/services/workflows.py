"""Workflow runs: start one from a template, check off steps, record approvals, and keep an
event's budget, spend and outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    RunAttachment,
    Staff,
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


def start(
    session: Session,
    template_id: int,
    title: str,
    operator: str = "",
    *,
    owner_id: int | None = None,
    start_date: dt.date | str | None = None,
    due_date: dt.date | str | None = None,
    budget: object = None,
) -> WorkflowRun:
    template = validate.get(session, WorkflowTemplate, template_id, "Workflow template")
    if owner_id is not None:
        owner = validate.get(session, Staff, owner_id, "Owner")
        if owner.status == "departed":
            raise DomainError("{name} has left the department.", field="owner", name=owner.name)
    start_on = validate.date(start_date, "date") or clock.today()
    due = validate.date(due_date, "due_date")
    validate.date_order(start_on, due, "due_date")
    budget_value = validate.decimal(budget, "budget")
    if budget_value is not None and not template.is_event:
        raise DomainError("Only event runs (活動運營) carry a budget.", field="budget")
    run = WorkflowRun(
        template=template,
        title=validate.text(title, "title"),
        owner_id=owner_id,
        start_date=start_on,
        due_date=due,
        budget=budget_value,
    )
    session.add(run)
    session.flush()
    audit.record(session, operator, "create", "workflow_run", run.id, run.title)
    return run


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
        note=note,
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
        comment=comment,
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
    run.outcome = outcome.strip()
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
        run=run, path=validate.text(path, "path", max_len=1000), label=label.strip()
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
        text = str(value).strip().replace(",", "")
        if not (text.isascii() and text.isdigit()):
            raise DomainError(_COUNT_MESSAGES[field], field=field)
        number = int(text)
    if number < 0:
        raise DomainError(_COUNT_MESSAGES[field], field=field)
    return number


@dataclass(frozen=True)
class RunRow:
    id: int
    title: str
    template: str
    stage: str  # the first stage with unchecked steps or a missing approval; "" when all done
    owner: str
    due_date: dt.date | None
    status: str
    over_budget: Decimal | None
    template_id: int = 0
    start_date: dt.date | None = None
    stage_id: int | None = None


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


def rows(
    session: Session,
    *,
    template_id: int | None = None,
    include_closed: bool = False,
    status: str | None = None,
) -> list[RunRow]:
    """The runs, newest first; ``status`` (active, done, cancelled) overrides
    ``include_closed``."""
    query = (
        select(WorkflowRun)
        .options(
            selectinload(WorkflowRun.completions),
            selectinload(WorkflowRun.approvals),
            selectinload(WorkflowRun.template)
            .selectinload(WorkflowTemplate.stages)
            .selectinload(WorkflowStage.steps),
            selectinload(WorkflowRun.owner),
        )
        .order_by(WorkflowRun.start_date.desc(), WorkflowRun.id.desc())
    )
    if template_id is not None:
        query = query.where(WorkflowRun.template_id == template_id)
    if status is not None:
        query = query.where(WorkflowRun.status == validate.choice(status, RUN_STATUSES, "status"))
    elif not include_closed:
        query = query.where(WorkflowRun.status == "active")
    out = []
    for run in session.scalars(query):
        stage = current_stage(run)
        out.append(
            RunRow(
                run.id,
                run.title,
                run.template.name,
                stage.name if stage else "",
                run.owner.name if run.owner else "",
                run.due_date,
                run.status,
                over_budget(run),
                run.template_id,
                run.start_date,
                stage.id if stage else None,
            )
        )
    return out
