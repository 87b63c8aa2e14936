"""Individual development plans (員工發展規劃) as the window edits them: the form validated as
typed, the list, the plan's status, its progress notes and the undo helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import DevelopmentNote, DevelopmentPlan, Position, Staff
from ops_desktop.core.models.training import PLAN_STATUSES

from . import audit, validate


@dataclass(frozen=True)
class PlanInput:
    """What the development plan form supplies."""

    staff_id: int | None
    goals: str
    target_position_id: int | None = None
    rotation: str = ""
    start_date: dt.date | str | None = None
    next_review: dt.date | str | None = None
    status: str = "active"


def _input(plan: DevelopmentPlan) -> PlanInput:
    return PlanInput(
        plan.staff_id,
        plan.goals,
        plan.target_position_id,
        plan.rotation,
        plan.start_date,
        plan.next_review,
        plan.status,
    )


def input_of(session: Session, plan_id: int) -> PlanInput:
    """The stored plan as the form shows it."""
    return _input(validate.get(session, DevelopmentPlan, plan_id, "Development plan"))


def _staff(session: Session, data: PlanInput, plan: DevelopmentPlan | None) -> int:
    if data.staff_id is None:
        raise DomainError("Choose the person this plan is for.", field="staff")
    person = validate.get(session, Staff, data.staff_id, "Staff")
    if person.status == "departed" and (plan is None or plan.staff_id != person.id):
        raise DomainError("{name} has left the department.", field="staff", name=person.name)
    return person.id


def _review(data: PlanInput) -> dt.date | None:
    review = validate.date(data.next_review, "date")
    try:
        start = validate.date(data.start_date, "date")
    except DomainError:
        return review  # reported beside the start date
    if start and review and review < start:
        raise DomainError("The next review cannot be before the start date.", field="next_review")
    return review


def _target(session: Session, data: PlanInput) -> int | None:
    if data.target_position_id is not None:
        validate.get(session, Position, data.target_position_id, "Position")
    return data.target_position_id


def _checks(
    session: Session, data: PlanInput, plan: DevelopmentPlan | None
) -> dict[str, Callable[[], object]]:
    return {
        "staff_id": lambda: _staff(session, data, plan),
        "goals": lambda: validate.text(data.goals, "goals", max_len=4000),
        "target_position_id": lambda: _target(session, data),
        "rotation": lambda: validate.text(data.rotation, "rotation", required=False, max_len=4000),
        "start_date": lambda: validate.date(data.start_date, "date"),
        "next_review": lambda: _review(data),
        "status": lambda: validate.choice(data.status, PLAN_STATUSES, "status"),
    }


def problems(session: Session, data: PlanInput, plan_id: int | None = None) -> dict[str, str]:
    """Every problem of the form as field → message (staff_id, goals, target_position_id,
    rotation, start_date, next_review, status), for validation as you type."""
    plan = session.get(DevelopmentPlan, plan_id) if plan_id is not None else None
    found: dict[str, str] = {}
    for key, check in _checks(session, data, plan).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(key, str(exc))
    return found


def create(session: Session, data: PlanInput, operator: str = "") -> int:
    """Start a plan (from today when no start date is given); returns the new record's id."""
    values = {key: check() for key, check in _checks(session, data, None).items()}
    # Each value is what its check in _checks returned; the casts name those types.
    plan = DevelopmentPlan(**values)
    plan.start_date = cast("dt.date | None", values["start_date"]) or clock.today()
    session.add(plan)
    session.flush()
    audit.record(session, operator, "create", "development_plan", plan.id, plan.goals[:80])
    return plan.id


def update(session: Session, plan_id: int, data: PlanInput, operator: str = "") -> None:
    plan = validate.get(session, DevelopmentPlan, plan_id, "Development plan")
    values = {key: check() for key, check in _checks(session, data, plan).items()}
    changes = {
        k: (str(getattr(plan, k)), str(v)) for k, v in values.items() if getattr(plan, k) != v
    }
    for key, value in values.items():
        setattr(plan, key, value)
    if changes:
        summary = plan.goals[:80]
        audit.record(session, operator, "update", "development_plan", plan.id, summary, **changes)


def set_status(session: Session, plan_id: int, status: str, operator: str = "") -> DevelopmentPlan:
    plan = validate.get(session, DevelopmentPlan, plan_id, "Development plan")
    plan.status = validate.choice(status, PLAN_STATUSES, "status")
    audit.record(session, operator, "set_status", "development_plan", plan.id, status)
    return plan


def remove_new(session: Session, plan_id: int, operator: str = "") -> None:
    """Delete a plan without progress notes (undoing its creation); otherwise refused."""
    plan = validate.get(session, DevelopmentPlan, plan_id, "Development plan")
    if plan.notes:
        raise DomainError("This plan already has progress notes; close it instead.")
    audit.record(session, operator, "delete", "development_plan", plan.id, plan.goals[:80])
    session.delete(plan)
    session.flush()


def add_note(
    session: Session, plan_id: int, text: str, operator: str = "", on: dt.date | str | None = None
) -> DevelopmentNote:
    plan = validate.get(session, DevelopmentPlan, plan_id, "Development plan")
    note = DevelopmentNote(
        plan=plan,
        text=validate.text(text, "text", max_len=4000),
        written_on=validate.date(on, "date") or clock.today(),
    )
    session.add(note)
    session.flush()
    audit.record(session, operator, "create", "development_note", note.id, note.text[:80])
    return note


def remove_note(session: Session, note_id: int, operator: str = "") -> None:
    """Withdraw a progress note (undoing its addition)."""
    note = validate.get(session, DevelopmentNote, note_id, "Progress note")
    audit.record(session, operator, "delete", "development_note", note.id, note.text[:80])
    note.plan.notes.remove(note)
    session.delete(note)
    session.flush()


@dataclass(frozen=True)
class PlanRow:
    id: int
    staff_id: int
    staff_no: str
    name: str
    goals: str
    target_position: str
    rotation: str
    start_date: dt.date | None
    next_review: dt.date | None
    status: str
    notes: int


def rows(session: Session, *, include_closed: bool = False) -> list[PlanRow]:
    """The plans by staff number; closed (and achieved) ones only when asked for."""
    query = (
        select(DevelopmentPlan)
        .join(Staff, DevelopmentPlan.staff_id == Staff.id)
        .options(
            selectinload(DevelopmentPlan.notes),
            selectinload(DevelopmentPlan.staff),
            selectinload(DevelopmentPlan.target_position),
        )
        .order_by(Staff.staff_no, DevelopmentPlan.start_date)
    )
    if not include_closed:
        query = query.where(DevelopmentPlan.status == "active")
    return [
        PlanRow(
            p.id,
            p.staff_id,
            p.staff.staff_no,
            p.staff.name,
            p.goals,
            p.target_position.name if p.target_position else "",
            p.rotation,
            p.start_date,
            p.next_review,
            p.status,
            len(p.notes),
        )
        for p in session.scalars(query)
    ]


@dataclass(frozen=True)
class NoteRow:
    id: int
    written_on: dt.date
    text: str


def notes(session: Session, plan_id: int) -> list[NoteRow]:
    plan = validate.get(session, DevelopmentPlan, plan_id, "Development plan")
    return [NoteRow(n.id, n.written_on, n.text) for n in plan.notes]


def note_problems(text: str, on: dt.date | str | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, check in (
        ("text", lambda: validate.text(text, "text", max_len=4000)),
        ("date", lambda: validate.date(on, "date")),
    ):
        try:
            check()
        except DomainError as exc:
            found[key] = str(exc)
    return found
