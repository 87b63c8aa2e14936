"""A new month's scores for tests: one person made complete (or not) in a month at once."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods
from ops_desktop.core.models import DataScore, ScoreEntry, Staff


def complete_like(
    session: Session, period_id: int, staff_no: str, score: int | str, like: tuple[int, int]
) -> int:
    """Give ``staff_no`` in ``period_id`` every score they had in month ``like`` (year,
    month) — the same raters, dimensions and sources — all set to ``score``: complete."""
    person = session.scalar(select(Staff).where(Staff.staff_no == staff_no))
    assert person is not None
    before = periods.get(session, *like).id
    value = Decimal(score)
    for old in session.scalars(
        select(ScoreEntry).where(ScoreEntry.period_id == before, ScoreEntry.subject_id == person.id)
    ):
        session.add(
            ScoreEntry(
                period_id=period_id,
                subject_id=person.id,
                source=old.source,
                evaluator_id=old.evaluator_id,
                external_evaluator=old.external_evaluator,
                dimension_id=old.dimension_id,
                score=value,
            )
        )
    session.add(DataScore(period_id=period_id, subject_id=person.id, score=value))
    session.flush()
    return person.id
