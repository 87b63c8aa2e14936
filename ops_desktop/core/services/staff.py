"""Staff records: create, edit, deactivate (never delete), list and search."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Position, Staff
from ops_desktop.core.models.organisation import STAFF_STATUSES

from . import audit, staff_chain, staff_numbers, validate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class StaffInput:
    """What a form or an import supplies for one person."""

    staff_no: str
    name: str
    position_id: int | None = None
    supervisor_id: int | None = None
    hire_date: dt.date | str | None = None
    status: str = "active"
    phone: str = ""
    email: str = ""
    notes: str = ""
    base_bonus: Decimal | str | int | None = field(default=None)  # None: keep (0 when new)
    departed_on: dt.date | str | None = None  # None: today, when the status becomes departed


@dataclass(frozen=True)
class StaffRow:
    id: int
    staff_no: str
    name: str
    position: str
    supervisor: str
    hire_date: dt.date | None
    status: str
    phone: str
    email: str


def _staff_no(session: Session, data: StaffInput, staff_id: int | None) -> str:
    staff_no = validate.text(staff_numbers.normalise(data.staff_no), "staff_no", max_len=40)
    duplicate = session.scalar(select(Staff.id).where(Staff.staff_no == staff_no))
    if duplicate is not None and duplicate != staff_id:
        raise DomainError(
            "Staff number {no} is already used by another person.", field="staff_no", no=staff_no
        )
    return staff_no


def _supervisor(
    session: Session, data: StaffInput, staff_id: int | None, current_supervisor: int | None
) -> int | None:
    if data.supervisor_id is None:
        return None
    if staff_id is not None and data.supervisor_id == staff_id:
        raise DomainError("A person cannot be their own supervisor.", field="supervisor")
    boss = validate.get(session, Staff, data.supervisor_id, "Supervisor")
    if boss.status == "departed" and data.supervisor_id != current_supervisor:
        raise DomainError(
            "{name} has left the department and cannot be a supervisor.",
            field="supervisor",
            name=boss.name,
        )
    _refuse_cycle(session, staff_id, boss)
    return data.supervisor_id


def _status(session: Session, data: StaffInput, staff_id: int | None) -> str:
    """A departure is refused while the person still supervises someone (before the form
    asks for the leave date): their people need another supervisor first."""
    status = validate.choice(data.status, STAFF_STATUSES, "status")
    if status == "departed" and staff_id is not None:
        stored = session.get(Staff, staff_id)
        if stored is not None and stored.status != "departed":
            _refuse_if_supervising(session, stored)
    return status


def _email(data: StaffInput) -> str:
    email = validate.text(data.email, "email", required=False, max_len=120)
    if email and not _EMAIL.match(email):
        raise DomainError("'{value}' is not an e-mail address.", field="email", value=email)
    return email


def _position(session: Session, data: StaffInput) -> int | None:
    if data.position_id is not None:
        validate.get(session, Position, data.position_id, "Position")
    return data.position_id


def _field_checks(
    session: Session, data: StaffInput, staff_id: int | None, current_supervisor: int | None
) -> dict[str, Callable[[], object]]:
    """One check per stored field; each returns the clean value or raises DomainError."""
    return {
        "staff_no": lambda: _staff_no(session, data, staff_id),
        "name": lambda: validate.text(data.name, "name", max_len=80),
        "position_id": lambda: _position(session, data),
        "supervisor_id": lambda: _supervisor(session, data, staff_id, current_supervisor),
        "hire_date": lambda: validate.date(data.hire_date, "hire_date"),
        "status": lambda: _status(session, data, staff_id),
        "phone": lambda: validate.text(data.phone, "phone", required=False, max_len=40),
        "email": lambda: _email(data),
        "notes": lambda: validate.text(data.notes, "notes", required=False, max_len=4000),
        "base_bonus": lambda: validate.decimal(data.base_bonus, "base_bonus"),
        "departed_on": lambda: validate.date(data.departed_on, "departed_on"),
    }


def _check(
    session: Session, data: StaffInput, staff_id: int | None, current_supervisor: int | None = None
) -> dict[str, object]:
    """The clean values, or DomainError for the first problem."""
    return {
        key: check()
        for key, check in _field_checks(session, data, staff_id, current_supervisor).items()
    }


def problems(session: Session, data: StaffInput, staff_id: int | None = None) -> dict[str, str]:
    """Every problem of a staff form as field → message, for validation as you type (the
    fields are those of DomainError.field: staff_no, name, supervisor, hire_date, …)."""
    current = session.get(Staff, staff_id) if staff_id is not None else None
    found: dict[str, str] = {}
    checks = _field_checks(session, data, staff_id, current.supervisor_id if current else None)
    for key, check in checks.items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def _refuse_cycle(session: Session, staff_id: int | None, boss: Staff) -> None:
    seen: set[int] = set()
    current: Staff | None = boss
    while current is not None and current.id not in seen:
        if staff_id is not None and current.id == staff_id:
            raise DomainError(
                "This supervisor would report to this person: a cycle.", field="supervisor"
            )
        seen.add(current.id)
        # Follow the ids, not the relationships: they may not reflect unflushed changes.
        current = session.get(Staff, current.supervisor_id) if current.supervisor_id else None


def create(session: Session, data: StaffInput, operator: str = "") -> int:
    """Add a person; returns the new record's id."""
    values = _check(session, data, None)
    values["base_bonus"] = values["base_bonus"] or Decimal("0")
    person = Staff(**values)
    if person.status == "departed" and person.departed_on is None:
        person.departed_on = clock.today()
    elif person.status != "departed":
        person.departed_on = None
    session.add(person)
    session.flush()
    audit.record(
        session, operator, "create", "staff", person.id, f"{person.staff_no} {person.name}"
    )
    return person.id


def update(
    session: Session,
    staff_id: int,
    data: StaffInput,
    operator: str = "",
) -> None:
    person = validate.get(session, Staff, staff_id, "Staff")
    values = _check(session, data, staff_id, person.supervisor_id)
    for keep in ("base_bonus", "departed_on"):  # not given: keep what is stored
        if values[keep] is None:
            values.pop(keep)
    changes = {
        k: (str(getattr(person, k)), str(v)) for k, v in values.items() if getattr(person, k) != v
    }
    for key, value in values.items():
        setattr(person, key, value)
    if person.status == "departed" and person.departed_on is None:
        person.departed_on = clock.today()
    elif person.status != "departed":
        person.departed_on = None
    if changes:
        audit.record(session, operator, "update", "staff", person.id, person.name, **changes)


def deactivate(
    session: Session, staff_id: int, operator: str = "", on: dt.date | None = None
) -> Staff:
    """Mark a person as departed (離職). Their history stays; they leave active lists."""
    person = validate.get(session, Staff, staff_id, "Staff")
    if person.status == "departed":
        raise DomainError("{name} has already left the department.", name=person.name)
    _refuse_if_supervising(session, person)
    person.status = "departed"
    person.departed_on = on or clock.today()
    audit.record(session, operator, "deactivate", "staff", person.id, person.name)
    return person


def _refuse_if_supervising(session: Session, person: Staff) -> None:
    reports = staff_chain.supervised(session, person.id)
    if reports:
        raise DomainError(
            "{name} still supervises {people}; give them another supervisor first.",
            field="status",
            name=person.name,
            people=", ".join(reports),
        )


def next_staff_no(session: Session) -> str:
    """The staff number a new person is offered (``staff_numbers.next_free``)."""
    return staff_numbers.next_free(session.scalars(select(Staff.staff_no)))


def get(session: Session, staff_id: int) -> Staff:
    return validate.get(session, Staff, staff_id, "Staff")


def input_of(session: Session, staff_id: int) -> StaffInput:
    """The stored person as the form shows it (and as undo puts it back)."""
    person = get(session, staff_id)
    return StaffInput(
        staff_no=person.staff_no,
        name=person.name,
        position_id=person.position_id,
        supervisor_id=person.supervisor_id,
        hire_date=person.hire_date,
        status=person.status,
        phone=person.phone,
        email=person.email,
        notes=person.notes,
        base_bonus=person.base_bonus,
        departed_on=person.departed_on,
    )


def rows(
    session: Session,
    search: str = "",
    *,
    include_departed: bool = False,
    position_id: int | None = None,
) -> list[StaffRow]:
    """The staff list, sorted by staff number; ``search`` matches number, name, phone, e-mail."""
    boss = aliased(Staff)
    query = (
        select(
            Staff.id,
            Staff.staff_no,
            Staff.name,
            Position.name,
            boss.name,
            Staff.hire_date,
            Staff.status,
            Staff.phone,
            Staff.email,
        )
        .outerjoin(Position, Staff.position_id == Position.id)
        .outerjoin(boss, Staff.supervisor_id == boss.id)
        .order_by(Staff.staff_no)
    )
    if not include_departed:
        query = query.where(Staff.status != "departed")
    if position_id is not None:
        query = query.where(Staff.position_id == position_id)
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(
            or_(
                Staff.staff_no.ilike(like),
                Staff.name.ilike(like),
                Staff.phone.ilike(like),
                Staff.email.ilike(like),
            )
        )
    return [
        StaffRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6], r[7], r[8])
        for r in session.execute(query)
    ]


def remove_new(session: Session, staff_id: int, operator: str = "") -> None:
    """Delete a record that has no history at all (undoing its creation). Anything with
    history is refused: people leave (deactivate), they are not deleted."""
    person = validate.get(session, Staff, staff_id, "Staff")
    audit.record(session, operator, "delete", "staff", person.id, person.name)
    session.delete(person)
    try:
        session.flush()
    except IntegrityError:
        raise DomainError(
            "{name} already has history and cannot be removed; mark them as departed instead.",
            name=person.name,
        ) from None
