"""Stale copies (core/services/freshness.py): versions rise with every change, a check against
an old version names the record and when it changed, own changes are followed for undo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from ops_desktop.core.errors import DomainError, NotFound
from ops_desktop.core.models import (
    Meeting,
    Position,
    RegulationClause,
    Suggestion,
    TrainingSession,
    WorkflowStep,
)
from ops_desktop.core.services import audit, freshness, suggestions
from ops_desktop.core.services.suggestions import SuggestionInput


def first(db, model):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        record = session.scalars(select(model).order_by(model.id)).first()
        return record.id, freshness.seen(record)


def test_an_unchanged_record_passes_and_a_changed_one_is_refused_with_its_name_and_time(db):
    ident, seen = first(db, Position)
    with db.transaction() as session:
        freshness.check(session, seen)  # nothing changed: accepted
        position = session.get(Position, ident)
        name = position.name
        position.description = "changed by the other desk"
    with db.transaction() as session:
        changed_at = session.get(Position, ident).updated_at
    with pytest.raises(DomainError) as refused, db.transaction() as session:
        freshness.check(session, seen)
    local = changed_at.replace(tzinfo=dt.UTC).astimezone()
    assert str(refused.value) == (
        f"{name} was changed by someone else at {local:%Y-%m-%d %H:%M}; reopen it and try again."
    )


def test_every_change_of_the_row_raises_the_version(db):
    ident, seen = first(db, WorkflowStep)
    for expected in (seen.version + 1, seen.version + 2):
        with db.transaction() as session:
            step = session.get(WorkflowStep, ident)
            step.text += "。"
            session.flush()
            assert freshness.now(session, seen) == freshness.Seen(WorkflowStep, ident, expected)


def test_a_record_without_a_change_time_is_timed_by_the_audit_log(db):
    long = "第一條：秘書看到的條文，比四十個字還要長得多，所以訊息只會引用它的開頭，後面省略。"
    ident, _ = first(db, RegulationClause)
    with db.transaction() as session:
        clause = session.get(RegulationClause, ident)
        clause.text = long
        session.flush()
        seen = freshness.seen(clause)  # the copy a form shows
    with db.transaction() as session:
        session.get(RegulationClause, ident).text = "另一位同事改過的條文。"
    with pytest.raises(DomainError) as untimed, db.transaction() as session:
        freshness.check(session, seen)
    # named as the form showed it (its start), not by the other's new text; no time known
    assert str(untimed.value) == (
        f"{long[:39]}… was changed by someone else; reopen it and try again."
    )
    with db.transaction() as session:
        audit.record(session, "other desk", "update", "regulation_clause", ident, "x")
    with db.transaction() as session:
        logged = session.scalar(text("SELECT max(at) FROM audit_log"))
    with pytest.raises(DomainError) as timed, db.transaction() as session:
        freshness.check(session, seen)
    local = dt.datetime.fromisoformat(str(logged)).replace(tzinfo=dt.UTC).astimezone()
    assert f" at {local:%Y-%m-%d %H:%M};" in str(timed.value)


def test_touch_counts_a_change_of_the_parts_as_a_change_of_the_record(db):
    for model in (Position, WorkflowStep):  # with and without updated_at
        ident, seen = first(db, model)
        with db.transaction() as session:
            freshness.touch(session.get(model, ident))
        with pytest.raises(DomainError), db.transaction() as session:
            freshness.check(session, seen)


def test_a_record_deleted_meanwhile_is_refused(db):
    with db.transaction() as session:
        ident = suggestions.create(session, SuggestionInput("午休時間", anonymous=True), "desk")
        seen = freshness.seen(suggestions.get(session, ident))
    with db.transaction() as session:
        suggestions.remove_new(session, ident, "other desk")
    with pytest.raises(NotFound, match="deleted by someone else"), db.transaction() as session:
        freshness.check(session, seen)
        assert session.get(Suggestion, ident) is None


def test_a_write_over_a_version_changed_under_it_is_refused_and_nothing_saved(db):
    """What PostgreSQL can do between the check and the write: the UPDATE names the version it
    read, finds none, and the whole transaction is refused."""
    ident, _seen = first(db, Position)
    with pytest.raises(DomainError, match="someone else"), db.transaction() as session:
        position = session.get(Position, ident)
        session.execute(
            text("UPDATE positions SET row_version = row_version + 1, name_en = 'other' "
                 "WHERE id = :id"),
            {"id": ident},
        )  # fmt: skip
        position.description = "mine"
    with db.transaction() as session:
        kept = session.get(Position, ident)
        assert kept.name_en != "other" and kept.description != "mine"


def test_own_changes_are_followed_only_when_committed(db):
    own = freshness.OwnChanges()
    ident, seen = first(db, Position)
    with db.transaction() as session:
        own.follow(session)
        session.get(Position, ident).description = "mine"
    moved = own.expected(seen)
    assert moved == freshness.Seen(Position, ident, seen.version + 1)
    with pytest.raises(RuntimeError), db.transaction() as session:
        own.follow(session)
        session.get(Position, ident).description = "rolled back"
        session.flush()
        raise RuntimeError("the edit failed after its flush")
    assert own.expected(seen) == moved  # the rolled-back version is not ours
    with db.transaction() as session:
        freshness.check(session, own.expected(seen))  # our own change: accepted


def test_names_say_which_record(demo_db):
    with demo_db.transaction() as session:
        meeting = session.scalars(select(Meeting)).first()
        day = f"{meeting.held_on:%Y-%m-%d}"
        assert day in meeting.title and freshness.name(meeting) == meeting.title
        meeting.title = "年終活動討論會"
        assert freshness.name(meeting) == f"年終活動討論會 ({day})"
        lesson = session.scalars(select(TrainingSession)).first()
        assert freshness.name(lesson) == f"{lesson.course.title} {lesson.held_on:%Y-%m-%d}"
