"""The yearly training plan (年度培訓計劃): its courses, total hours and cost against its
budget, and the training needs the latest appraisal found (chapter 4.5)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import TrainingPlan

from . import audit, courses, freshness, validate
from .courses import CourseRow
from .freshness import Seen
from .training import plan_for_year


@dataclass(frozen=True)
class PlanSummary:
    year: int
    title: str
    budget: Decimal | None
    courses: list[CourseRow]
    hours: Decimal
    cost: Decimal
    attended: int
    seen: Seen | None = None  # the plan's version as read (None: no plan yet)

    @property
    def over_budget(self) -> Decimal | None:
        if self.budget is None or self.cost <= self.budget:
            return None
        return self.cost - self.budget


def plan_years(session: Session) -> list[int]:
    """The years that have a training plan, newest first."""
    return list(session.scalars(select(TrainingPlan.year).order_by(TrainingPlan.year.desc())))


def plan_summary(session: Session, plan_year: int) -> PlanSummary:
    """The yearly training plan: its courses and their total hours, cost and attendance."""
    plan = session.scalar(select(TrainingPlan).where(TrainingPlan.year == plan_year))
    listed = courses.rows(session, plan_year)
    return PlanSummary(
        plan_year,
        plan.title if plan else f"{plan_year} 年度培訓計劃",
        plan.budget if plan else None,
        listed,
        sum((c.hours or Decimal(0) for c in listed), Decimal(0)),
        sum((c.cost or Decimal(0) for c in listed), Decimal(0)),
        sum(c.attended for c in listed),
        freshness.seen(plan) if plan else None,
    )


def budget_problems(budget: object) -> dict[str, str]:
    try:
        validate.decimal(budget, "budget")
    except DomainError as exc:
        return {"budget": str(exc)}
    return {}


def set_plan_budget(
    session: Session, plan_year: int, budget: object, operator: str = ""
) -> TrainingPlan:
    plan = plan_for_year(session, plan_year, operator)
    old, plan.budget = plan.budget, validate.decimal(budget, "budget")
    audit.record(
        session,
        operator,
        "update",
        "training_plan",
        plan.id,
        plan.title,
        budget=(str(old), str(plan.budget)),
    )
    return plan


@dataclass(frozen=True)
class TrainingNeed:
    staff_id: int
    staff_no: str
    name: str
    period: str
    dimensions: tuple[str, ...]


def training_needs(session: Session) -> list[TrainingNeed]:
    """Each person's training needs (chapter 4.5) from THEIR latest complete monthly
    appraisal: a dimension under the training threshold there. The people are the latest
    month's members; one not complete in it is judged by the month before, and so on — a
    new month that only some have finished does not hide the others' needs."""
    from ops_desktop.core.appraisal import periods, results

    monthly = [p for p in periods.all_periods(session) if p.kind == "monthly"]  # newest first
    if not monthly:
        return []
    waiting = {person.id for person in periods.members(session, monthly[0])}
    found: dict[int, TrainingNeed | None] = {}
    for period in monthly:
        if not waiting:
            break
        # Only the people still waiting: one month of a few is cheap, of everyone is not.
        result = results.compute(session, period.id, waiting)
        names = result.scheme.dimension_names
        for p in result.people:
            if not p.complete:
                continue
            waiting.discard(p.staff_id)
            found[p.staff_id] = (
                TrainingNeed(
                    p.staff_id,
                    p.staff_no,
                    p.name,
                    result.label,
                    tuple(names.get(code, code) for code in p.training_needs),
                )
                if p.training_needs
                else None
            )
    return sorted((n for n in found.values() if n is not None), key=lambda n: n.staff_no)
