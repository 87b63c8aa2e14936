"""Training sessions of a course and each person's attendance and result, as the window
lists and edits them (with the undo helpers the window needs)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import TrainingAttendance, TrainingCourse, TrainingSession
from ops_desktop.core.models.training import ATTENDANCE_STATES

from . import audit, freshness, validate
from .freshness import Seen


@dataclass(frozen=True)
class SessionRow:
    id: int
    held_on: dt.date
    location: str
    hours: Decimal | None
    registered: int  # everyone on the list, whatever their state
    attended: int
    seen: Seen | None = None  # the version this copy was read at


def session_rows(session: Session, course_id: int) -> list[SessionRow]:
    course = validate.get(session, TrainingCourse, course_id, "Course")
    return [
        SessionRow(
            s.id,
            s.held_on,
            s.location,
            s.hours,
            len(s.attendance),
            sum(1 for a in s.attendance if a.state == "attended"),
            freshness.seen(s),
        )
        for s in course.sessions
    ]


def session_problems(held_on: dt.date | str | None, location: str, hours: object) -> dict[str, str]:
    checks: dict[str, Callable[[], object]] = {
        "held_on": lambda: validate.date(held_on, "held_on", required=True),
        "location": lambda: validate.text(location, "location", required=False, max_len=120),
        "hours": lambda: validate.decimal(hours, "hours", places=1),
    }
    return _problems(checks)


def _problems(checks: dict[str, Callable[[], object]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, check in checks.items():
        try:
            check()
        except DomainError as exc:
            found[key] = str(exc)
    return found


def update_session(
    session: Session,
    session_id: int,
    held_on: dt.date | str | None,
    operator: str = "",
    *,
    location: str = "",
    hours: object = None,
) -> TrainingSession:
    item = validate.get(session, TrainingSession, session_id, "Training session")
    item.held_on = validate.date(held_on, "held_on", required=True)
    item.location = validate.text(location, "location", required=False, max_len=120)
    item.hours = validate.decimal(hours, "hours", places=1)
    audit.record(session, operator, "update", "training_session", item.id, str(item.held_on))
    return item


def remove_new_session(session: Session, session_id: int, operator: str = "") -> None:
    """Delete a session nobody is registered for (undoing its addition)."""
    item = validate.get(session, TrainingSession, session_id, "Training session")
    if item.attendance:
        raise DomainError("This session already has attendance and is kept.")
    audit.record(session, operator, "delete", "training_session", item.id, str(item.held_on))
    item.course.sessions.remove(item)
    session.delete(item)
    session.flush()


@dataclass(frozen=True)
class AttendanceRow:
    staff_id: int
    staff_no: str
    name: str
    state: str
    score: Decimal | None
    passed: bool | None
    note: str


def attendance_rows(session: Session, session_id: int) -> list[AttendanceRow]:
    item = validate.get(session, TrainingSession, session_id, "Training session")
    return sorted(
        (
            AttendanceRow(
                a.staff_id, a.staff.staff_no, a.staff.name, a.state, a.score, a.passed, a.note
            )
            for a in item.attendance
        ),
        key=lambda r: r.staff_no,
    )


def attendance_of(session: Session, session_id: int, staff_id: int) -> AttendanceRow | None:
    """One person's attendance of a session, or None when not on the list."""
    return next((r for r in attendance_rows(session, session_id) if r.staff_id == staff_id), None)


def attendance_problems(staff_id: int | None, state: str, score: object) -> dict[str, str]:
    def person() -> int:
        if staff_id is None:
            raise DomainError("Choose a person.", field="staff")
        return staff_id

    return _problems(
        {
            "staff": person,
            "state": lambda: validate.choice(state, ATTENDANCE_STATES, "status"),
            "score": lambda: validate.decimal(score, "score", maximum=Decimal(100), places=1),
        }
    )


def remove_attendance(session: Session, session_id: int, staff_id: int, operator: str = "") -> None:
    """Take a person off a session's list (undoing a registration)."""
    row = session.scalar(
        select(TrainingAttendance).where(
            TrainingAttendance.session_id == session_id, TrainingAttendance.staff_id == staff_id
        )
    )
    if row is None:
        raise DomainError("That person is not on this session's list.")
    audit.record(session, operator, "delete", "training_attendance", row.id, str(staff_id))
    row.session.attendance.remove(row)
    session.delete(row)
    session.flush()
