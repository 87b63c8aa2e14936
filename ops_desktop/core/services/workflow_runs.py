"""Workflow runs as the window edits them: the run form (validated as typed), the list, its
undo helpers, and one run's whole state as plain values (stages, steps, approvals, money,
files). The single-purpose operations (check off a step, record an approval, …) are in
workflows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    RunAttachment,
    Staff,
    StageApproval,
    WorkflowRun,
    WorkflowStage,
)
from ops_desktop.core.models import WorkflowTemplate as Template
from ops_desktop.core.models.workflow import APPROVAL_DECISIONS, RUN_STATUSES

from . import audit, validate, workflows


@dataclass(frozen=True)
class RunInput:
    """What the run form supplies."""

    title: str
    template_id: int | None
    owner_id: int | None = None
    start_date: dt.date | str | None = None
    due_date: dt.date | str | None = None
    budget: Decimal | str | None = None
    notes: str = ""


def _input(run: WorkflowRun) -> RunInput:
    return RunInput(
        run.title,
        run.template_id,
        run.owner_id,
        run.start_date,
        run.due_date,
        run.budget,
        run.notes,
    )


def _template(session: Session, data: RunInput, run: WorkflowRun | None) -> Template:
    if data.template_id is None:
        raise DomainError("Choose a workflow template.", field="template")
    template = validate.get(session, Template, data.template_id, "Workflow template")
    if run is not None and run.template_id != template.id and (run.completions or run.approvals):
        raise DomainError(
            "Steps of this run are already checked off; its workflow cannot change.",
            field="template",
        )
    return template


def _owner(session: Session, data: RunInput, run: WorkflowRun | None) -> int | None:
    if data.owner_id is None:
        return None
    owner = validate.get(session, Staff, data.owner_id, "Owner")
    if owner.status == "departed" and (run is None or run.owner_id != owner.id):
        raise DomainError("{name} has left the department.", field="owner", name=owner.name)
    return owner.id


def _budget(session: Session, data: RunInput, run: WorkflowRun | None) -> Decimal | None:
    value = validate.decimal(data.budget, "budget")
    if value is not None and data.template_id is not None:
        template = session.get(Template, data.template_id)
        if template is not None and not template.is_event:
            raise DomainError("Only event runs (活動運營) carry a budget.", field="budget")
    return value


def _due(data: RunInput) -> dt.date | None:
    due = validate.date(data.due_date, "due_date")
    try:
        start = validate.date(data.start_date, "date")
    except DomainError:
        return due  # reported beside the start date
    validate.date_order(start, due, "due_date")
    return due


def _checks(
    session: Session, data: RunInput, run: WorkflowRun | None
) -> dict[str, Callable[[], object]]:
    return {
        "title": lambda: validate.text(data.title, "title"),
        "template": lambda: _template(session, data, run),
        "owner_id": lambda: _owner(session, data, run),
        "start_date": lambda: validate.date(data.start_date, "date"),
        "due_date": lambda: _due(data),
        "budget": lambda: _budget(session, data, run),
        "notes": lambda: validate.text(data.notes, "notes", required=False, max_len=4000),
    }


def problems(session: Session, data: RunInput, run_id: int | None = None) -> dict[str, str]:
    """Every problem of the run form as field → message (title, template, owner, date,
    due_date, budget, notes), for validation as you type."""
    run = session.get(WorkflowRun, run_id) if run_id is not None else None
    found: dict[str, str] = {}
    for key, check in _checks(session, data, run).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def create(session: Session, data: RunInput, operator: str = "") -> int:
    """Start a run of a template (from today when no start date is given); returns the new
    record's id."""
    checks = _checks(session, data, None)
    values = {key: check() for key, check in checks.items()}
    # Each value is what its check in _checks returned; the casts name those types.
    run = WorkflowRun(
        template=cast(Template, values["template"]),
        title=cast(str, values["title"]),
        owner_id=cast("int | None", values["owner_id"]),
        start_date=cast("dt.date | None", values["start_date"]) or clock.today(),
        due_date=cast("dt.date | None", values["due_date"]),
        budget=cast("Decimal | None", values["budget"]),
        notes=cast(str, values["notes"]),
    )
    session.add(run)
    session.flush()
    audit.record(session, operator, "create", "workflow_run", run.id, run.title)
    return run.id


def input_of(session: Session, run_id: int) -> RunInput:
    """The stored run as the form shows it (and as undo puts it back)."""
    return _input(validate.get(session, WorkflowRun, run_id, "Workflow run"))


def update(session: Session, run_id: int, data: RunInput, operator: str = "") -> None:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    checks = _checks(session, data, run)
    values = {
        "title": checks["title"](),
        "template_id": _template(session, data, run).id,  # what checks["template"] runs
        "owner_id": checks["owner_id"](),
        "start_date": checks["start_date"](),
        "due_date": checks["due_date"](),
        "budget": checks["budget"](),
        "notes": checks["notes"](),
    }
    changes = {k: (str(getattr(run, k)), str(v)) for k, v in values.items() if getattr(run, k) != v}
    for key, value in values.items():
        setattr(run, key, value)
    if changes:
        audit.record(session, operator, "update", "workflow_run", run.id, run.title, **changes)


def remove_new(session: Session, run_id: int, operator: str = "") -> None:
    """Delete a run with no history (undoing its start); anything else is refused."""
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    if run.completions or run.approvals or run.attachments:
        raise DomainError("{title} already has history; cancel it instead.", title=run.title)
    audit.record(session, operator, "delete", "workflow_run", run.id, run.title)
    session.delete(run)
    session.flush()


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
            .selectinload(Template.stages)
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
        stage = workflows.current_stage(run)
        out.append(
            RunRow(
                run.id,
                run.title,
                run.template.name,
                stage.name if stage else "",
                run.owner.name if run.owner else "",
                run.due_date,
                run.status,
                workflows.over_budget(run),
                run.template_id,
                run.start_date,
                stage.id if stage else None,
            )
        )
    return out


def approval_problems(approver: str, decision: str, on: dt.date | str | None) -> dict[str, str]:
    checks: dict[str, Callable[[], object]] = {
        "approver": lambda: validate.text(approver, "approver", max_len=80),
        "decision": lambda: validate.choice(decision, APPROVAL_DECISIONS, "decision"),
        "date": lambda: validate.date(on, "date", required=True),
    }
    found: dict[str, str] = {}
    for key, check in checks.items():
        try:
            check()
        except DomainError as exc:
            found[key] = str(exc)
    return found


def remove_approval(session: Session, approval_id: int, operator: str = "") -> None:
    """Withdraw a recorded approval (undo); the audit log keeps both entries."""
    approval = validate.get(session, StageApproval, approval_id, "Approval")
    run = workflows._active_run(session, approval.run_id)
    audit.record(session, operator, "withdraw_approval", "workflow_run", run.id, approval.approver)
    run.approvals.remove(approval)
    session.delete(approval)
    session.flush()


def detach(session: Session, attachment_id: int, operator: str = "") -> tuple[int, str, str]:
    """Remove an attached file path (the file itself stays); returns (run id, path, label)."""
    item = validate.get(session, RunAttachment, attachment_id, "Attachment")
    found = (item.run_id, item.path, item.label)
    audit.record(session, operator, "detach", "workflow_run", item.run_id, item.path)
    item.run.attachments.remove(item)
    session.delete(item)
    session.flush()
    return found


def outcome_problems(
    spend: object, participants: object, interactions: object, reach: object
) -> dict[str, str]:
    """Problems of the budget & outcome form as field → message."""
    checks: dict[str, Callable[[], object]] = {
        "spend": lambda: validate.decimal(spend, "spend"),
        "participants": lambda: workflows.count(participants, "participants"),
        "interactions": lambda: workflows.count(interactions, "interactions"),
        "reach": lambda: workflows.count(reach, "reach"),
    }
    found: dict[str, str] = {}
    for key, check in checks.items():
        try:
            check()
        except DomainError as exc:
            found[key] = str(exc)
    return found


@dataclass(frozen=True)
class Results:
    spend: Decimal | None
    participants: int | None
    interactions: int | None
    reach: int | None
    outcome: str


def results_of(run: WorkflowRun) -> Results:
    return Results(run.spend, run.participants, run.interactions, run.reach, run.outcome)


def set_results(session: Session, run_id: int, data: Results, operator: str = "") -> WorkflowRun:
    """An event run's actual spend and outcome figures (參與人數、互動、傳播) in one change."""
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    workflows.set_money(session, run_id, operator, budget=run.budget, spend=data.spend)
    return workflows.set_outcome(
        session,
        run_id,
        operator,
        participants=data.participants,
        interactions=data.interactions,
        reach=data.reach,
        outcome=data.outcome,
    )


# ------------------------------------------------------------------------ one run as values


@dataclass(frozen=True)
class StepState:
    id: int
    text: str
    active: bool
    done_on: dt.date | None


@dataclass(frozen=True)
class ApprovalRow:
    id: int
    stage_id: int
    stage: str
    approver: str
    decision: str
    decided_on: dt.date
    comment: str


@dataclass(frozen=True)
class StageState:
    id: int
    name: str
    responsible: str
    approval: str | None  # what the regulation asks for; None: no approval
    approver_position: str
    steps: tuple[StepState, ...]
    decision: str | None  # the latest approval's decision, None when none recorded

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.done_on is not None)


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    path: str
    label: str


@dataclass(frozen=True)
class RunDetail:
    id: int
    version: int
    data: RunInput
    template: str
    is_event: bool
    owner: str
    status: str
    end_date: dt.date | None
    results: Results
    over_budget: Decimal | None
    current_stage_id: int | None
    stages: tuple[StageState, ...]
    approvals: tuple[ApprovalRow, ...]
    attachments: tuple[AttachmentRow, ...]


def detail(session: Session, run_id: int) -> RunDetail:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    done = {c.step_id: c.done_on for c in run.completions}
    ordered = sorted(run.approvals, key=lambda a: (a.decided_on, a.recorded_at, a.id or 0))
    latest = {a.stage_id: a.decision for a in ordered}
    stages = tuple(
        StageState(
            stage.id,
            stage.name,
            stage.responsible_position.name if stage.responsible_position else "",
            stage.approval,
            stage.approver_position.name if stage.approver_position else "",
            tuple(
                StepState(step.id, step.text, step.active, done.get(step.id))
                for step in stage.steps
                if step.active or step.id in done  # a retired step shows where it was done
            ),
            latest.get(stage.id),
        )
        for stage in run.template.stages
    )
    current = workflows.current_stage(run)
    return RunDetail(
        run.id,
        run.version,
        _input(run),
        run.template.name,
        run.template.is_event,
        run.owner.name if run.owner else "",
        run.status,
        run.end_date,
        results_of(run),
        workflows.over_budget(run),
        current.id if current else None,
        stages,
        tuple(
            ApprovalRow(
                a.id, a.stage_id, a.stage.name, a.approver, a.decision, a.decided_on, a.comment
            )
            for a in ordered
        ),
        tuple(AttachmentRow(a.id, a.path, a.label) for a in run.attachments),
    )
