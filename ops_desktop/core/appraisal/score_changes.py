"""Scores changed by one action (an import of evaluator forms), as they were before and
after it, so that the action can be taken back and done again as one undo step: undo puts
back every score exactly as it was (a score the action created is removed again), redo
stores the action's values again.

Both are refused, changing nothing, when the month has been locked since, or when someone
else has changed one of the scores since (it is no longer what this window left there) —
the same value check as the grid's own steps (``stale_scores``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import SchemeDimension

from . import periods, scores, stale_scores


@dataclass(frozen=True)
class ScoreChange:
    """One score before and after the action (None: there was, or is, no score)."""

    subject_id: int
    source: str
    evaluator_id: int | None
    # The dimension by its code: a new scheme version (weights saved in Settings) moves an
    # open month's scores to its own dimensions, and the undo must follow them there.
    dimension: str
    before: Decimal | None
    after: Decimal | None

    @property
    def place(self) -> tuple[int, str, int | None, str]:
        return self.subject_id, self.source, self.evaluator_id, self.dimension


def enter(
    session: Session,
    period_id: int,
    key: scores.ScoreKey,
    score: object,
    operator: str,
    into: list[ScoreChange],
) -> str:
    """``scores.enter``, noting in ``into`` what the score was before, if it changes."""
    row = scores.stored_entry(session, period_id, key)
    before = None if row is None else row.score
    outcome = scores.enter(session, period_id, key, score, operator)
    if outcome != "unchanged":
        dimension = session.get(SchemeDimension, key.dimension_id)
        assert dimension is not None  # scores.enter has checked it
        after = scores.parse_score(score)
        place = (key.subject_id, key.source, key.evaluator_id, dimension.code)
        into.append(ScoreChange(*place, before, after))
    return outcome


def net(changes: Iterable[ScoreChange]) -> list[ScoreChange]:
    """One change per score, from its first ``before`` to its last ``after`` (two forms of
    the same evaluator may set the same score); scores back where they started are left out."""
    first: dict[tuple[int, str, int | None, str], ScoreChange] = {}
    for change in changes:
        earlier = first.get(change.place)
        first[change.place] = change if earlier is None else replace(earlier, after=change.after)
    return [c for c in first.values() if c.before != c.after]


def take_back(
    session: Session, period_id: int, changes: Iterable[ScoreChange], operator: str = ""
) -> None:
    """Put every score back as it was before the action (undo)."""
    _move(session, period_id, [_reversed(c) for c in reversed(net(changes))], operator)


def put_again(
    session: Session, period_id: int, changes: Iterable[ScoreChange], operator: str = ""
) -> None:
    """Store the action's values again, after :func:`take_back` (redo)."""
    _move(session, period_id, net(changes), operator)


def _reversed(change: ScoreChange) -> ScoreChange:
    return replace(change, before=change.after, after=change.before)


def _move(session: Session, period_id: int, changes: list[ScoreChange], operator: str) -> None:
    """Move each score from ``before`` to ``after``. Every check comes before the first
    write, so that a refusal leaves every score as it is."""
    period = periods.writable(session, period_id)
    dims = {d.code: d.id for d in periods.scheme_dimensions(session, period_id)}
    keyed = []
    for change in changes:
        if change.dimension not in dims:
            raise DomainError(
                "The appraisal dimension {code} is no longer in the scheme of {period}; "
                "the scores cannot be put back.",
                code=change.dimension,
                period=periods.label(period),
            )
        key = scores.ScoreKey(
            change.subject_id, change.source, change.evaluator_id, dims[change.dimension]
        )
        stale_scores.expect_score(session, period_id, key, change.before)
        keyed.append((key, change))
    for key, change in keyed:
        if change.after is None:
            scores.remove(session, period_id, key, operator)
        else:
            scores.enter(session, period_id, key, change.after, operator)
