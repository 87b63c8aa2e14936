"""A score of the appraisal grid as one cell enters it — typed, pasted or cleared — stored and
taken back on the database worker.

Each entry carries the value the grid showed: storing is refused if the stored score is no
longer that one (the grid may be old), and taking it back is refused if the score was changed
after the entry. A blank entry clears the score (its removal is audit-logged like a change).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError

from . import periods, scores
from . import stale_scores as stale


@dataclasses.dataclass(frozen=True)
class Entry:
    """One cell's score as the grid enters it: a supervisor or self score of a dimension, or
    the 數據分析 score (``source`` "data")."""

    staff_id: int
    source: str  # supervisor | self | data
    code: str  # the dimension's code ("" for data)
    old: Decimal | None  # as the grid showed it: refused if changed since; what undo restores
    text: str  # as typed; blank clears the score
    new: Decimal | None  # as stored: what undo expects to find, unless someone else changed it
    evaluator: int | None = None  # who gives it: found by the first run, kept by redo
    external: str | None = None  # the supervisor outside the program (the department head's)

    @property
    def clears(self) -> bool:
        return not self.text.strip()


class NothingStored(DomainError):
    """No cell of an entry could be stored: nothing to undo, no step (each cell shows why)."""

    def __init__(self) -> None:
        super().__init__("Nothing stored")


def typed(staff_id: int, source: str, code: str, old: Decimal | None, text: str) -> Entry:
    """The entry of ``text`` typed over ``old``; what it will store is known when the text
    is a score (else it is refused when stored, with the reason)."""
    new: Decimal | None = None
    if text.strip():
        try:
            new = scores.parse_score(text)
        except DomainError:
            new = None
    return Entry(staff_id, source, code, old, text, new)


def with_evaluator(session: Session, entry: Entry) -> Entry:
    if entry.source == "self":
        return dataclasses.replace(entry, evaluator=entry.staff_id)
    if entry.source == "supervisor":
        evaluator, external = scores.supervisor_of(session, entry.staff_id)
        return dataclasses.replace(entry, evaluator=evaluator, external=external)
    return entry


def dimensions(session: Session, period_id: int) -> dict[str, int]:
    # The dimensions by their codes in the period's scheme as it is now: a new scheme version
    # (weights saved in Settings) moves the month's scores to its own dimensions, and this
    # window's own undo must follow them there.
    return {d.code: d.id for d in periods.scheme_dimensions(session, period_id)}


def _key(dims: dict[str, int], entry: Entry) -> scores.ScoreKey:
    return scores.ScoreKey(entry.staff_id, entry.source, entry.evaluator, dims[entry.code])


def put(
    session: Session, period_id: int, dims: dict[str, int], entry: Entry, operator: str
) -> None:
    """Store what was typed (or clear it) — refused if the score is no longer what the grid
    showed."""
    _set(session, period_id, dims, entry, entry.old, None if entry.clears else entry.text, operator)


def take_back(
    session: Session, period_id: int, dims: dict[str, int], entry: Entry, operator: str
) -> None:
    """Put back what the grid showed — refused if the score was changed after this entry."""
    _set(session, period_id, dims, entry, entry.new, entry.old, operator)


def _set(
    session: Session,
    period_id: int,
    dims: dict[str, int],
    entry: Entry,
    expected: Decimal | None,
    value: object | None,
    operator: str,
) -> None:
    """The cell's score becomes ``value`` (None: no score), if it is still ``expected``."""
    if entry.source == "data":
        stale.expect_data_score(session, period_id, entry.staff_id, expected)
        if value is None:
            scores.remove_data_score(session, period_id, entry.staff_id, operator)
        else:
            scores.enter_data_score(session, period_id, entry.staff_id, value, operator)
        return
    key = _key(dims, entry)
    stale.expect_score(session, period_id, key, expected)
    if value is None:
        scores.remove(session, period_id, key, operator)
    else:
        scores.enter(session, period_id, key, value, operator, entry.external)
