"""Scores changed by one action, taken back and put again: a score the action created is
removed, an overwritten one gets its old value back; a locked month or a score someone else
changed since refuses the whole step, and nothing is changed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from ops_desktop.core.appraisal import periods, score_changes, scores
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry
from ops_desktop.core.services import staff


@pytest.fixture
def month(demo_db):
    """An open month and two self scores of one person: the first stored before the action."""
    with demo_db.transaction() as session:
        period = periods.open_period(session, 2026, 11)
        person = staff.rows(session, "OP0005")[0]
        first, second = periods.scheme_dimensions(session, period.id)[:2]
        old = scores.ScoreKey(person.id, "self", person.id, first.id)
        new = scores.ScoreKey(person.id, "self", person.id, second.id)
        scores.enter(session, period.id, old, "70", "desk")
        return period.id, old, new


def stored(db, period_id, key):
    with db.transaction() as session:
        row = scores.stored_entry(session, period_id, key)
        return None if row is None else row.score


def act(db, period_id, values):
    """The action: enter each score, noting the changes."""
    changes: list[score_changes.ScoreChange] = []
    with db.transaction() as session:
        outcomes = [
            score_changes.enter(session, period_id, key, value, "desk", changes)
            for key, value in values
        ]
    return changes, outcomes


def test_the_changes_note_what_each_score_was(demo_db, month):
    period_id, old, new = month
    changes, outcomes = act(demo_db, period_id, [(old, "85"), (new, "90.5"), (old, "85")])
    assert outcomes == ["changed", "added", "unchanged"]
    assert [(c.before, c.after) for c in changes] == [
        (Decimal(70), Decimal(85)),
        (None, Decimal("90.5")),
    ]


def test_take_back_restores_the_old_score_and_removes_the_new_one(demo_db, month):
    period_id, old, new = month
    changes, _ = act(demo_db, period_id, [(old, "85"), (new, "90.5")])
    with demo_db.transaction() as session:
        score_changes.take_back(session, period_id, changes, "desk")
    assert stored(demo_db, period_id, old) == Decimal(70)
    assert stored(demo_db, period_id, new) is None
    with demo_db.transaction() as session:
        score_changes.put_again(session, period_id, changes, "desk")
    assert stored(demo_db, period_id, old) == Decimal(85)
    assert stored(demo_db, period_id, new) == Decimal("90.5")


def test_the_same_score_changed_twice_goes_back_to_where_it_started(demo_db, month):
    period_id, old, _new = month
    changes, _ = act(demo_db, period_id, [(old, "85")])
    more, _ = act(demo_db, period_id, [(old, "95")])  # a second form of the same evaluator
    (both,) = score_changes.net(changes + more)
    assert (both.before, both.after) == (Decimal(70), Decimal(95))
    with demo_db.transaction() as session:
        score_changes.take_back(session, period_id, changes + more, "desk")
    assert stored(demo_db, period_id, old) == Decimal(70)


def test_a_score_set_back_to_what_it_was_is_no_change(demo_db, month):
    period_id, old, _new = month
    there, _ = act(demo_db, period_id, [(old, "85")])
    back, _ = act(demo_db, period_id, [(old, "70")])
    assert len(there + back) == 2 and score_changes.net(there + back) == []


def audit_count(db):
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def test_a_locked_month_refuses_and_changes_nothing(demo_db, month):
    period_id, old, new = month
    changes, _ = act(demo_db, period_id, [(old, "85"), (new, "90.5")])
    with demo_db.transaction() as session:
        periods.lock(session, period_id, "desk", incomplete=True)
    logged = audit_count(demo_db)
    with pytest.raises(DomainError, match="is locked"), demo_db.transaction() as session:
        score_changes.take_back(session, period_id, changes, "desk")
    assert stored(demo_db, period_id, old) == Decimal(85)
    assert stored(demo_db, period_id, new) == Decimal("90.5")
    assert audit_count(demo_db) == logged


@pytest.mark.parametrize("elsewhere", ["changed", "removed"])
def test_a_score_changed_by_someone_else_refuses_and_changes_nothing(demo_db, month, elsewhere):
    period_id, old, new = month
    changes, _ = act(demo_db, period_id, [(old, "85"), (new, "90.5")])
    with demo_db.transaction() as session:  # the other desk touches the second score only
        if elsewhere == "changed":
            scores.enter(session, period_id, new, "60", "other desk")
        else:
            scores.remove(session, period_id, new, "other desk")
    with pytest.raises(DomainError, match="someone else"), demo_db.transaction() as session:
        score_changes.take_back(session, period_id, changes, "desk")
    # the first score, which nobody else changed, is not taken back either
    assert stored(demo_db, period_id, old) == Decimal(85)
    assert stored(demo_db, period_id, new) == (Decimal(60) if elsewhere == "changed" else None)


def test_a_redo_is_refused_when_someone_else_changed_a_score_after_the_undo(demo_db, month):
    period_id, old, new = month
    changes, _ = act(demo_db, period_id, [(old, "85"), (new, "90.5")])
    with demo_db.transaction() as session:
        score_changes.take_back(session, period_id, changes, "desk")
        scores.enter(session, period_id, new, "50", "other desk")
    with pytest.raises(DomainError, match="someone else"), demo_db.transaction() as session:
        score_changes.put_again(session, period_id, changes, "desk")
    assert stored(demo_db, period_id, old) == Decimal(70)
    assert stored(demo_db, period_id, new) == Decimal(50)


def test_the_scores_are_followed_to_a_new_scheme_version(demo_db, month):
    from ops_desktop.core.services import scheme

    period_id, old, new = month
    changes, _ = act(demo_db, period_id, [(old, "85"), (new, "90.5")])
    with demo_db.transaction() as session:  # new weights saved: the month moves along
        before = scheme.active(session).id
        scheme.set_weights(session, sources={"supervisor": 50, "peer": 20, "self": 10, "data": 20})
        assert scheme.active(session).id != before
        score_changes.take_back(session, period_id, changes, "desk")
        moved = periods.scheme_dimensions(session, period_id)[0]
        key = scores.ScoreKey(old.subject_id, "self", old.evaluator_id, moved.id)
        assert moved.id != old.dimension_id
    assert stored(demo_db, period_id, key) == Decimal(70)


def test_a_dimension_gone_from_the_scheme_is_refused_clearly(demo_db, month):
    period_id, old, _new = month
    (change,) = act(demo_db, period_id, [(old, "85")])[0]
    gone = score_changes.ScoreChange(*change.place[:3], "NO_SUCH", change.before, change.after)
    with pytest.raises(DomainError, match="NO_SUCH is no longer"), demo_db.transaction() as s:
        score_changes.take_back(s, period_id, [gone], "desk")
    assert stored(demo_db, period_id, old) == Decimal(85)
