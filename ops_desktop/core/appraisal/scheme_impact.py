"""What saving a scheme change would do to the periods not yet locked, before it is saved.

Settings asks whether a change of weights, grades, coefficients or thresholds applies to the
months still open or in review (they are re-scored) or only from the next month opened; to
choose, the secretary sees each such month and how many people's totals, grades, bonuses
and training needs would change. Nothing is written: the change is tried on the scheme's
objects and rolled back, as :func:`scheme.differs` does. Locked months never change.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ops_desktop.core.models import AppraisalPeriod
from ops_desktop.core.services import scheme
from ops_desktop.core.services.scheme import SchemeChanges

from . import periods, results


@dataclass(frozen=True)
class PeriodImpact:
    """One period not yet locked that uses the active scheme, and how many of its people
    would get another total, grade, bonus or list of training needs."""

    period_id: int
    label: str  # 2026-11 (a month) or 2026 (a year)
    status: str  # open | review
    people: int  # appraised in it
    changed: int  # people with any of the four changed
    totals: int
    grades: int
    bonuses: int
    training: int


# staff id → (total, grade, bonus, training needs): what a person's result is made of
Outcome = dict[int, tuple[Hashable, ...]]


def _outcome(session: Session, period: AppraisalPeriod) -> Outcome:
    if period.month:
        return {
            p.staff_id: (p.total, p.grade, p.bonus, tuple(p.training_needs))
            for p in results.compute(session, period.id).people
        }
    return {  # a year: its results and grades (no bonus, no training needs)
        r.staff_id: (r.result, r.grade, None, ())
        for r in results.compute_year(session, period.year).rows
    }


def _impact(period: AppraisalPeriod, old: Outcome, new: Outcome) -> PeriodImpact:
    differing = [
        [was != now for was, now in zip(row, new.get(person, ()), strict=False)]
        for person, row in old.items()
    ]

    def count(part: int) -> int:
        return sum(1 for d in differing if d[part])

    return PeriodImpact(
        period.id,
        periods.label(period),
        period.status,
        len(old),
        sum(1 for d in differing if any(d)),
        count(0),
        count(1),
        count(2),
        count(3),
    )


def preview(session: Session, changes: SchemeChanges) -> list[PeriodImpact]:
    """Each period not yet locked that would take ``changes`` if they applied to the open
    months (``scheme.APPLY_TO_OPEN``), oldest first, with what would change in it; empty
    when no such period uses the active scheme. ``changes`` must be valid
    (:func:`scheme.problems` finds nothing)."""
    active = scheme.active(session)
    found = scheme.open_periods(session, active)
    if not found:
        return []
    before = {p.id: _outcome(session, p) for p in found}
    # Tried on the scheme's objects, never flushed, then rolled back: every result below
    # reads its period's scheme, which is this same object with the new numbers.
    with session.begin_nested() as trial, session.no_autoflush:
        scheme.try_changes(session, active, changes)
        after = {p.id: _outcome(session, p) for p in found}
        trial.rollback()
    return [_impact(p, before[p.id], after[p.id]) for p in found]
