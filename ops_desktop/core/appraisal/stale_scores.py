"""Scores entered in a grid loaded a while ago: a cell whose stored score someone else has
changed since the grid showed it is not overwritten. The grid passes the value it showed;
a different stored value refuses the entry, saying who is scored, the new value and when.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import DataScore, ScoreEntry, Staff
from ops_desktop.core.services import validate

from .scores import ScoreKey, stored_data_score, stored_entry


def expect_score(session: Session, period_id: int, key: ScoreKey, shown: Decimal | None) -> None:
    """Refuse unless the score under ``key`` is still ``shown`` (None: no score)."""
    _expect(session, key.subject_id, stored_entry(session, period_id, key), shown)


def expect_data_score(
    session: Session, period_id: int, subject_id: int, shown: Decimal | None
) -> None:
    _expect(session, subject_id, stored_data_score(session, period_id, subject_id), shown)


def _expect(
    session: Session,
    subject_id: int,
    row: ScoreEntry | DataScore | None,
    shown: Decimal | None,
) -> None:
    stored = None if row is None else row.score
    if stored == (None if shown is None else Decimal(str(shown))):
        return
    name = validate.get(session, Staff, subject_id, "Staff").name
    if row is None:
        raise DomainError(
            "A score of {name} was removed by someone else after this grid was loaded; "
            "the grid now shows the stored scores.",
            name=name,
        )
    at = row.updated_at.replace(tzinfo=dt.UTC).astimezone()
    raise DomainError(
        "A score of {name} was changed by someone else at {at} (it is now {value}); "
        "the grid now shows the stored scores.",
        name=name,
        at=f"{at:%Y-%m-%d %H:%M}",
        value=f"{row.score.normalize():f}",
    )
