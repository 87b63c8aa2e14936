"""Training sessions (培訓場次) of a course as the window lists and edits them — the one
service API of the kind (``SessionInput``, ``rows``, ``input_of``, ``problems``, ``create``,
``update``, ``remove_new``) — and the session's own verbs: each person's attendance and
result on its list (``record_attendance``, ``remove_attendance``).

Attendance is a verb of the session, not a record kind of its own: a line of a session's
list is named by the session and the person (one line each), never by an id of its own,
and recording it registers the person or changes their line alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Staff, TrainingAttendance, TrainingCourse, TrainingSession
from ops_desktop.core.models.training import ATTENDANCE_STATES

from . import audit, freshness, validate
from .freshness import Seen


@dataclass(frozen=True)
class SessionInput:
    """What the session form supplies; the course is fixed once the session exists."""

    course_id: int | None
    held_on: dt.date | str | None
    location: str = ""
    hours: Decimal | str | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    held_on: dt.date
    location: str
    hours: Decimal | None
    registered: int  # everyone on the list, whatever their state
    attended: int
    seen: Seen | None = None  # the version this copy was read at


def _found(checks: dict[str, Callable[[], object]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, check in checks.items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(key, str(exc))
    return found


def _checks(data: SessionInput) -> dict[str, Callable[[], object]]:
    return {
        "held_on": lambda: validate.date(data.held_on, "held_on", required=True),
        "location": lambda: validate.text(data.location, "location", required=False, max_len=120),
        "hours": lambda: validate.decimal(data.hours, "hours", places=1),
    }


def problems(session: Session, data: SessionInput, session_id: int | None = None) -> dict[str, str]:
    """Problems of the session form as field → message (held_on, location, hours)."""
    return _found(_checks(data))


def _values(data: SessionInput) -> tuple[dt.date, str, Decimal | None]:
    values = {key: check() for key, check in _checks(data).items()}
    # Each value is what its check in _checks returned; the casts name those types.
    return (
        cast(dt.date, values["held_on"]),
        cast(str, values["location"]),
        cast("Decimal | None", values["hours"]),
    )


def create(session: Session, data: SessionInput, operator: str = "") -> int:
    """Add a session to its course; returns the new record's id."""
    course = validate.get(session, TrainingCourse, data.course_id, "Course")
    held_on, location, hours = _values(data)
    item = TrainingSession(course=course, held_on=held_on, location=location, hours=hours)
    session.add(item)
    session.flush()
    audit.record(session, operator, "create", "training_session", item.id, course.title)
    return item.id


def update(session: Session, session_id: int, data: SessionInput, operator: str = "") -> None:
    """Change a session's date, location and hours (its course stays)."""
    item = validate.get(session, TrainingSession, session_id, "Training session")
    item.held_on, item.location, item.hours = _values(data)
    audit.record(session, operator, "update", "training_session", item.id, str(item.held_on))


def input_of(session: Session, session_id: int) -> SessionInput:
    """The stored session as the form shows it (and as undo puts it back)."""
    item = validate.get(session, TrainingSession, session_id, "Training session")
    return SessionInput(item.course_id, item.held_on, item.location, item.hours)


def remove_new(session: Session, session_id: int, operator: str = "") -> None:
    """Delete a session nobody is registered for (undoing its addition)."""
    item = validate.get(session, TrainingSession, session_id, "Training session")
    if item.attendance:
        raise DomainError("This session already has attendance and is kept.")
    audit.record(session, operator, "delete", "training_session", item.id, str(item.held_on))
    item.course.sessions.remove(item)
    session.delete(item)
    session.flush()


def rows(session: Session, course_id: int) -> list[SessionRow]:
    """The sessions of a course, as its list shows them."""
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


# -- attendance: the session's verbs ---------------------------------------------------------
@dataclass(frozen=True)
class AttendanceInput:
    """What the attendance form supplies: one person's line of a session's list."""

    session_id: int
    staff_id: int | None
    state: str = "attended"
    score: Decimal | str | None = None
    passed: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class AttendanceRow:
    staff_id: int
    staff_no: str
    name: str
    state: str
    score: Decimal | None
    passed: bool | None
    note: str


def _line(session: Session, session_id: int, staff_id: int | None) -> TrainingAttendance | None:
    if staff_id is None:
        return None
    return session.scalar(
        select(TrainingAttendance).where(
            TrainingAttendance.session_id == session_id, TrainingAttendance.staff_id == staff_id
        )
    )


def _attendance_checks(session: Session, data: AttendanceInput) -> dict[str, Callable[[], object]]:
    def person() -> Staff:
        if data.staff_id is None:
            raise DomainError("Choose a person.", field="staff")
        found = validate.get(session, Staff, data.staff_id, "Staff")
        if found.status == "departed" and _line(session, data.session_id, found.id) is None:
            # one who has left keeps their lines, but is not registered anew
            raise DomainError("{name} has left the department.", name=found.name)
        return found

    return {
        "staff": person,
        "state": lambda: validate.choice(data.state, ATTENDANCE_STATES, "status"),
        "score": lambda: validate.decimal(data.score, "score", maximum=Decimal(100), places=1),
        "note": lambda: validate.storable(data.note.strip(), "note"),
    }


def attendance_problems(session: Session, data: AttendanceInput) -> dict[str, str]:
    """Problems of the attendance form as field → message (staff, state, score)."""
    return _found(_attendance_checks(session, data))


def record_attendance(session: Session, data: AttendanceInput, operator: str = "") -> None:
    """Register a person for a session with their state and result, or change their line."""
    meeting = validate.get(session, TrainingSession, data.session_id, "Training session")
    values = {key: check() for key, check in _attendance_checks(session, data).items()}
    person = cast(Staff, values["staff"])
    row = _line(session, meeting.id, person.id)
    if row is None:
        row = TrainingAttendance(session=meeting, staff_id=person.id)
        session.add(row)
    row.state = cast(str, values["state"])
    row.score = cast("Decimal | None", values["score"])
    row.passed, row.note = data.passed, cast(str, values["note"])
    session.flush()
    audit.record(
        session,
        operator,
        "attendance",
        "training_session",
        meeting.id,
        person.name,
        state=row.state,
        score=str(row.score),
    )


def attendance_rows(session: Session, session_id: int) -> list[AttendanceRow]:
    """A session's list, by staff number."""
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


def attendance_input(session: Session, session_id: int, staff_id: int) -> AttendanceInput | None:
    """One person's line of a session as the form shows it (and as undo puts it back), or
    None when they are not on the list."""
    row = _line(session, session_id, staff_id)
    if row is None:
        return None
    return AttendanceInput(session_id, staff_id, row.state, row.score, row.passed, row.note)


def remove_attendance(session: Session, session_id: int, staff_id: int, operator: str = "") -> None:
    """Take a person off a session's list (undoing a registration)."""
    row = _line(session, session_id, staff_id)
    if row is None:
        raise DomainError("That person is not on this session's list.")
    audit.record(session, operator, "delete", "training_attendance", row.id, str(staff_id))
    row.session.attendance.remove(row)
    session.delete(row)
    session.flush()
