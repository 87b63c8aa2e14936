"""Training courses, sessions, attendance and results; yearly plans; development plans."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    Staff,
    TrainingAttendance,
    TrainingCategory,
    TrainingCourse,
    TrainingMethod,
    TrainingPlan,
    TrainingSession,
)
from ops_desktop.core.models.training import ATTENDANCE_STATES

from . import audit, validate


def categories(session: Session) -> list[TrainingCategory]:
    return list(session.scalars(select(TrainingCategory).order_by(TrainingCategory.sort_order)))


def methods(session: Session) -> list[TrainingMethod]:
    return list(session.scalars(select(TrainingMethod).order_by(TrainingMethod.sort_order)))


def plan_for_year(
    session: Session, year: int, operator: str = "", title: str | None = None
) -> TrainingPlan:
    """The yearly training plan, created on first use."""
    if not 2000 <= year <= 2200:
        raise DomainError("{year} is not a plausible year.", field="year", year=year)
    plan = session.scalar(select(TrainingPlan).where(TrainingPlan.year == year))
    if plan is None:
        plan = TrainingPlan(year=year, title=title or f"{year} 年度培訓計劃")
        session.add(plan)
        session.flush()
        audit.record(session, operator, "create", "training_plan", plan.id, plan.title)
    return plan


def add_session(
    session: Session,
    course_id: int,
    held_on: dt.date | str | None,
    operator: str = "",
    *,
    location: str = "",
    hours: object = None,
) -> TrainingSession:
    course = validate.get(session, TrainingCourse, course_id, "Course")
    item = TrainingSession(
        course=course,
        held_on=validate.date(held_on, "held_on", required=True),
        location=location.strip(),
        hours=validate.decimal(hours, "hours", places=1),
    )
    session.add(item)
    session.flush()
    audit.record(session, operator, "create", "training_session", item.id, course.title)
    return item


def record_attendance(
    session: Session,
    session_id: int,
    staff_id: int,
    operator: str = "",
    *,
    state: str = "attended",
    score: object = None,
    passed: bool | None = None,
    note: str = "",
) -> TrainingAttendance:
    """Register or update one person's attendance and result for a session."""
    meeting = validate.get(session, TrainingSession, session_id, "Training session")
    person = validate.get(session, Staff, staff_id, "Staff")
    row = session.scalar(
        select(TrainingAttendance).where(
            TrainingAttendance.session_id == session_id, TrainingAttendance.staff_id == staff_id
        )
    )
    if row is None:
        if person.status == "departed":
            raise DomainError("{name} has left the department.", name=person.name)
        row = TrainingAttendance(session=meeting, staff_id=staff_id)
        session.add(row)
    row.state = validate.choice(state, ATTENDANCE_STATES, "status")
    row.score = validate.decimal(score, "score", maximum=Decimal(100), places=1)
    row.passed, row.note = passed, note.strip()
    session.flush()
    audit.record(
        session,
        operator,
        "attendance",
        "training_session",
        session_id,
        person.name,
        state=row.state,
        score=str(row.score),
    )
    return row


def person_history(
    session: Session, staff_id: int
) -> list[tuple[TrainingCourse, TrainingSession, TrainingAttendance]]:
    query = (
        select(TrainingCourse, TrainingSession, TrainingAttendance)
        .join(TrainingSession, TrainingSession.course_id == TrainingCourse.id)
        .join(TrainingAttendance, TrainingAttendance.session_id == TrainingSession.id)
        .where(TrainingAttendance.staff_id == staff_id)
        .order_by(TrainingSession.held_on)
    )
    return [(course, held, attended) for course, held, attended in session.execute(query)]
