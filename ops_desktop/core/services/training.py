"""Training courses, sessions, attendance and results; yearly plans; development plans."""

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
    DevelopmentNote,
    DevelopmentPlan,
    Position,
    Staff,
    TrainingAttendance,
    TrainingCategory,
    TrainingCourse,
    TrainingMethod,
    TrainingPlan,
    TrainingSession,
)
from ops_desktop.core.models.training import ATTENDANCE_STATES, PLAN_STATUSES

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


def create_course(
    session: Session,
    title: str,
    category_id: int,
    method_id: int,
    operator: str = "",
    *,
    trainer: str = "",
    start_date: dt.date | str | None = None,
    end_date: dt.date | str | None = None,
    hours: object = None,
    cost: object = None,
    plan_year: int | None = None,
    description: str = "",
) -> TrainingCourse:
    validate.get(session, TrainingCategory, category_id, "Category")
    validate.get(session, TrainingMethod, method_id, "Method")
    start = validate.date(start_date, "date")
    end = validate.date(end_date, "end_date")
    validate.date_order(start, end, "end_date")
    course = TrainingCourse(
        title=validate.text(title, "title"),
        category_id=category_id,
        method_id=method_id,
        trainer=validate.text(trainer, "trainer", required=False, max_len=120),
        start_date=start,
        end_date=end,
        hours=validate.decimal(hours, "hours", places=1),
        cost=validate.decimal(cost, "cost"),
        description=description.strip(),
        plan=plan_for_year(session, plan_year, operator) if plan_year else None,
    )
    session.add(course)
    session.flush()
    audit.record(session, operator, "create", "training_course", course.id, course.title)
    return course


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


def create_development_plan(
    session: Session,
    staff_id: int,
    goals: str,
    operator: str = "",
    *,
    target_position_id: int | None = None,
    rotation: str = "",
    start_date: dt.date | str | None = None,
    next_review: dt.date | str | None = None,
) -> DevelopmentPlan:
    validate.get(session, Staff, staff_id, "Staff")
    if target_position_id is not None:
        validate.get(session, Position, target_position_id, "Position")
    start = validate.date(start_date, "date") or clock.today()
    review = validate.date(next_review, "date")
    validate.date_order(start, review, "date")
    plan = DevelopmentPlan(
        staff_id=staff_id,
        goals=validate.text(goals, "goals", max_len=4000),
        target_position_id=target_position_id,
        rotation=rotation.strip(),
        start_date=start,
        next_review=review,
    )
    session.add(plan)
    session.flush()
    audit.record(session, operator, "create", "development_plan", plan.id, plan.goals[:80])
    return plan


def add_progress_note(
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


def set_plan_status(
    session: Session, plan_id: int, status: str, operator: str = ""
) -> DevelopmentPlan:
    plan = validate.get(session, DevelopmentPlan, plan_id, "Development plan")
    plan.status = validate.choice(status, PLAN_STATUSES, "status")
    audit.record(session, operator, "set_status", "development_plan", plan.id, status)
    return plan


# ------------------------------------------------------------------------ the course form


@dataclass
class CourseInput:
    """What the course form supplies."""

    title: str
    category_id: int | None
    method_id: int | None
    trainer: str = ""
    start_date: dt.date | str | None = None
    end_date: dt.date | str | None = None
    hours: Decimal | str | None = None
    cost: Decimal | str | None = None
    plan_year: int | str | None = None
    description: str = ""


def course_input(course: TrainingCourse) -> CourseInput:
    return CourseInput(
        course.title,
        course.category_id,
        course.method_id,
        course.trainer,
        course.start_date,
        course.end_date,
        course.hours,
        course.cost,
        course.plan.year if course.plan else None,
        course.description,
    )


def course_input_of(session: Session, course_id: int) -> CourseInput:
    """The stored course as the form shows it."""
    return course_input(validate.get(session, TrainingCourse, course_id, "Course"))


def year(value: object) -> int | None:
    """A plan year typed in a form: empty → None, else a plausible four-digit year."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()) or not 2000 <= int(text) <= 2200:
        raise DomainError("{year} is not a plausible year.", field="year", year=text)
    return int(text)


def _required(session: Session, model: type, ident: int | None, field: str, what: str) -> int:
    if ident is None:
        message = "Choose a category." if field == "category" else "Choose a method."
        raise DomainError(message, field=field)
    validate.get(session, model, ident, what)
    return ident


def _course_checks(session: Session, data: CourseInput) -> dict[str, Callable[[], object]]:
    def end() -> dt.date | None:
        finish = validate.date(data.end_date, "end_date")
        try:
            start = validate.date(data.start_date, "date")
        except DomainError:
            return finish  # reported beside the start date
        validate.date_order(start, finish, "end_date")
        return finish

    return {
        "title": lambda: validate.text(data.title, "title"),
        "category_id": lambda: _required(
            session, TrainingCategory, data.category_id, "category", "Category"
        ),
        "method_id": lambda: _required(session, TrainingMethod, data.method_id, "method", "Method"),
        "trainer": lambda: validate.text(data.trainer, "trainer", required=False, max_len=120),
        "start_date": lambda: validate.date(data.start_date, "date"),
        "end_date": end,
        "hours": lambda: validate.decimal(data.hours, "hours", places=1),
        "cost": lambda: validate.decimal(data.cost, "cost"),
        "plan_year": lambda: year(data.plan_year),
        "description": lambda: validate.text(
            data.description, "notes", required=False, max_len=4000
        ),
    }


def course_problems(session: Session, data: CourseInput) -> dict[str, str]:
    """Every problem of the course form as field → message (title, category, method, trainer,
    start_date, end_date, hours, cost, plan_year, description)."""
    found: dict[str, str] = {}
    for key, check in _course_checks(session, data).items():
        try:
            check()
        except DomainError as exc:
            field = {"category": "category_id", "method": "method_id"}.get(exc.field or "", key)
            found.setdefault(field, str(exc))
    return found


def save_course(session: Session, data: CourseInput, operator: str = "") -> TrainingCourse:
    """Create a course from the form."""
    values = {key: check() for key, check in _course_checks(session, data).items()}
    # Each value is what its check in _course_checks returned; the casts name those types.
    return create_course(
        session,
        cast(str, values["title"]),
        cast(int, values["category_id"]),
        cast(int, values["method_id"]),
        operator,
        trainer=cast(str, values["trainer"]),
        start_date=cast("dt.date | None", values["start_date"]),
        end_date=cast("dt.date | None", values["end_date"]),
        hours=values["hours"],
        cost=values["cost"],
        plan_year=cast("int | None", values["plan_year"]),
        description=cast(str, values["description"]),
    )


def update_course(
    session: Session, course_id: int, data: CourseInput, operator: str = ""
) -> TrainingCourse:
    course = validate.get(session, TrainingCourse, course_id, "Course")
    values = {key: check() for key, check in _course_checks(session, data).items()}
    plan_year = cast("int | None", values.pop("plan_year"))  # what year() returned
    values["plan_id"] = plan_for_year(session, plan_year, operator).id if plan_year else None
    changes = {
        k: (str(getattr(course, k)), str(v)) for k, v in values.items() if getattr(course, k) != v
    }
    for key, value in values.items():
        setattr(course, key, value)
    session.flush()
    session.expire(course, ["plan"])
    if changes:
        audit.record(
            session, operator, "update", "training_course", course.id, course.title, **changes
        )
    return course


def remove_new_course(session: Session, course_id: int, operator: str = "") -> None:
    """Delete a course that has no sessions (undoing its creation); otherwise refused."""
    course = validate.get(session, TrainingCourse, course_id, "Course")
    if course.sessions:
        raise DomainError("{title} already has sessions and is kept.", title=course.title)
    audit.record(session, operator, "delete", "training_course", course.id, course.title)
    session.delete(course)
    session.flush()


@dataclass(frozen=True)
class CourseRow:
    id: int
    title: str
    group: str
    category: str
    method: str
    trainer: str
    start_date: dt.date | None
    end_date: dt.date | None
    hours: Decimal | None
    cost: Decimal | None
    plan_year: int | None
    sessions: int
    attended: int


def course_rows(session: Session, plan_year: int | None = None) -> list[CourseRow]:
    """The courses, newest first; ``plan_year`` keeps those of that yearly plan."""
    query = (
        select(TrainingCourse)
        .options(
            selectinload(TrainingCourse.category),
            selectinload(TrainingCourse.method),
            selectinload(TrainingCourse.plan),
            selectinload(TrainingCourse.sessions).selectinload(TrainingSession.attendance),
        )
        .order_by(TrainingCourse.start_date.desc(), TrainingCourse.id.desc())
    )
    if plan_year is not None:
        query = query.join(TrainingPlan).where(TrainingPlan.year == plan_year)
    return [
        CourseRow(
            c.id,
            c.title,
            c.category.group,
            c.category.name,
            c.method.name,
            c.trainer,
            c.start_date,
            c.end_date,
            c.hours,
            c.cost,
            c.plan.year if c.plan else None,
            len(c.sessions),
            sum(1 for s in c.sessions for a in s.attendance if a.state == "attended"),
        )
        for c in session.scalars(query)
    ]
