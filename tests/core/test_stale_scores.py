"""A score cell entered from a grid that showed an older value is refused, naming the person,
the stored value and when it changed (or that it was removed)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.appraisal import stale_scores as stale
from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import staff


@pytest.fixture
def month(demo_db):
    with demo_db.transaction() as session:
        period = periods.open_period(session, 2026, 11)
        person = staff.rows(session, "OP0005")[0]
        dim = periods.scheme_dimensions(session, period.id)[0]
        key = scores.ScoreKey(person.id, "self", person.id, dim.id)
        return period.id, person, key


def test_the_value_the_grid_shows_passes(demo_db, month):
    period_id, person, key = month
    with demo_db.transaction() as session:
        stale.expect_score(session, period_id, key, None)
        scores.enter(session, period_id, key, "81.5", "desk")
        stale.expect_score(session, period_id, key, Decimal("81.5"))
        stale.expect_score(session, period_id, key, "81.50")  # the same number, as text


def test_a_changed_score_is_refused_with_its_new_value_and_time(demo_db, month):
    period_id, person, key = month
    with demo_db.transaction() as session:
        scores.enter(session, period_id, key, "70", "other desk")
    with demo_db.transaction() as session:
        at = scores.stored_entry(session, period_id, key).updated_at
    with pytest.raises(DomainError) as refused, demo_db.transaction() as session:
        stale.expect_score(session, period_id, key, None)
    local = at.replace(tzinfo=dt.UTC).astimezone()
    assert str(refused.value) == (
        f"A score of {person.name} was changed by someone else at {local:%Y-%m-%d %H:%M} "
        "(it is now 70); the grid now shows the stored scores."
    )


def test_a_removed_score_is_refused(demo_db, month):
    period_id, person, key = month
    with demo_db.transaction() as session:
        scores.enter(session, period_id, key, "70", "desk")
        scores.remove(session, period_id, key, "other desk")
    removed = f"A score of {person.name} was removed"
    with pytest.raises(DomainError, match=removed), demo_db.transaction() as session:
        stale.expect_score(session, period_id, key, Decimal(70))


def test_data_scores_are_checked_the_same_way(demo_db, month):
    period_id, person, _key = month
    with demo_db.transaction() as session:
        scores.enter_data_score(session, period_id, person.id, "88", "other desk")
    with pytest.raises(DomainError, match="it is now 88"), demo_db.transaction() as session:
        stale.expect_data_score(session, period_id, person.id, Decimal(90))
    with demo_db.transaction() as session:
        stale.expect_data_score(session, period_id, person.id, Decimal(88))
