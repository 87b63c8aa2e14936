"""Training categories and methods, yearly plans, and a person's training history. Courses
are ``courses``; their sessions and attendance ``training_sessions``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    TrainingAttendance,
    TrainingCategory,
    TrainingCourse,
    TrainingMethod,
    TrainingPlan,
    TrainingSession,
)

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
        title = validate.text(title, "title", required=False)
        plan = TrainingPlan(year=year, title=title or f"{year} 年度培訓計劃")
        session.add(plan)
        session.flush()
        audit.record(session, operator, "create", "training_plan", plan.id, plan.title)
    return plan


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
