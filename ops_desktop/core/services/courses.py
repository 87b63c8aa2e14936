"""Training courses (培訓課程) as the window edits them: the course form checked as it is typed,
the list, and the changes it saves. A course's sessions and attendance are
``training_sessions``; the yearly plan a course belongs to is ``training.plan_for_year``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    TrainingCategory,
    TrainingCourse,
    TrainingMethod,
    TrainingPlan,
    TrainingSession,
)

from . import audit, validate
from .training import plan_for_year


@dataclass(frozen=True)
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


def problems(session: Session, data: CourseInput, course_id: int | None = None) -> dict[str, str]:
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


def create(session: Session, data: CourseInput, operator: str = "") -> int:
    """Add a course (to the yearly plan of its plan year, made on first use); returns the new
    record's id."""
    values = {key: check() for key, check in _course_checks(session, data).items()}
    # Each value is what its check in _course_checks returned; the casts name those types.
    plan_year = cast("int | None", values.pop("plan_year"))
    course = TrainingCourse(
        **values, plan=plan_for_year(session, plan_year, operator) if plan_year else None
    )
    session.add(course)
    session.flush()
    audit.record(session, operator, "create", "training_course", course.id, course.title)
    return course.id


def update(session: Session, course_id: int, data: CourseInput, operator: str = "") -> None:
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


def input_of(session: Session, course_id: int) -> CourseInput:
    """The stored course as the form shows it (and as undo puts it back)."""
    course = validate.get(session, TrainingCourse, course_id, "Course")
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


def remove_new(session: Session, course_id: int, operator: str = "") -> None:
    """Delete a course that has no sessions (undoing its creation); otherwise refused."""
    course = validate.get(session, TrainingCourse, course_id, "Course")
    if course.sessions:
        raise DomainError("{title} already has sessions and is kept.", title=course.title)
    audit.record(session, operator, "delete", "training_course", course.id, course.title)
    session.delete(course)
    session.flush()


def rows(session: Session, plan_year: int | None = None) -> list[CourseRow]:
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
