"""Integrity the DATABASE enforces, whatever Python code writes.

Every test here bypasses the services: it adds ORM rows or runs raw SQL, and expects the
database to refuse the write. ``Database.transaction`` turns the IntegrityError into a
DomainError naming the constraint (SQLite's own message). Each refusal is followed by a
check, in a new transaction, that nothing was written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    ActionItem,
    AppraisalPeriod,
    Meeting,
    Position,
    RegulationVersion,
    SchemeDimension,
    SchemeSource,
    ScoreEntry,
    Staff,
    Suggestion,
    TrainingAttendance,
    TrainingCategory,
    TrainingCourse,
    TrainingMethod,
    TrainingSession,
)
from ops_desktop.core.services import scheme
from ops_desktop.db import Database


def count(db: Database, model: type) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def refuse(db: Database, write: Callable[[Session], object], reason: str, *models: type) -> None:
    """``write`` is refused by the database (``reason`` in the message); counts unchanged."""
    before = {m: count(db, m) for m in models}
    with pytest.raises(DomainError) as err, db.transaction() as session:
        write(session)
        session.flush()
    assert reason in str(err.value)
    assert isinstance(err.value.__cause__, IntegrityError)
    assert {m: count(db, m) for m in models} == before


def add_person(session: Session, staff_no: str, name: str = "測試員", **extra: object) -> Staff:
    person = Staff(staff_no=staff_no, name=name, **extra)
    session.add(person)
    session.flush()
    return person


@dataclass(frozen=True)
class Setup:
    a: int
    b: int
    period: int
    dimension: int


@pytest.fixture
def setup(db: Database) -> Setup:
    """Two people and a monthly period (written without the services)."""
    with db.transaction() as session:
        a = add_person(session, "C001", "甲")
        b = add_person(session, "C002", "乙")
        period = AppraisalPeriod(kind="monthly", year=2026, month=3, scheme=scheme.active(session))
        session.add(period)
        session.flush()
        dimension = session.scalar(select(SchemeDimension.id).order_by(SchemeDimension.id))
        return Setup(a.id, b.id, period.id, dimension)


def score_row(s: Setup, **values: object) -> ScoreEntry:
    base = {"period_id": s.period, "subject_id": s.a, "source": "peer", "evaluator_id": s.b}
    return ScoreEntry(**(base | {"dimension_id": s.dimension, "score": Decimal("80")} | values))


def insert_score_sql(session: Session, s: Setup, score: str) -> None:
    session.execute(
        text(
            "INSERT INTO score_entries (period_id, subject_id, source, evaluator_id,"
            " dimension_id, score) VALUES (:p, :a, 'peer', :b, :d, " + score + ")"
        ),
        {"p": s.period, "a": s.a, "b": s.b, "d": s.dimension},
    )


# ----------------------------------------------------------------------------- staff


def test_duplicate_staff_no_is_refused(db: Database) -> None:
    with db.transaction() as session:
        add_person(session, "D001")
    refuse(db, lambda s: add_person(s, "D001", "另一人"), "UNIQUE constraint failed", Staff)
    assert count(db, Staff) == 1


def test_staff_status_outside_allowed_set_is_refused(db: Database) -> None:
    refuse(db, lambda s: add_person(s, "D002", status="retired"), "ck_staff_status_valid", Staff)

    with db.transaction() as session:
        person_id = add_person(session, "D003").id

    def raw_update(session: Session) -> None:
        session.execute(text("UPDATE staff SET status = 'fired' WHERE id = :i"), {"i": person_id})

    refuse(db, raw_update, "ck_staff_status_valid", Staff)
    with db.transaction() as session:
        assert session.get(Staff, person_id).status == "active"


def test_foreign_keys_are_on(db: Database) -> None:
    with db.transaction() as session:
        if db.engine.dialect.name == "sqlite":
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.get(Position, 9999) is None
    refuse(db, lambda s: add_person(s, "D004", position_id=9999), "FOREIGN KEY", Staff)


# ----------------------------------------------------------------------------- scores


def test_a_valid_score_row_is_accepted(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        session.add(score_row(setup, score=Decimal("85.2")))
    with db.transaction() as session:
        assert session.scalar(select(ScoreEntry.score)) == Decimal("85.2")


@pytest.mark.parametrize("score", ["100.1", "-1"])
def test_score_out_of_range_is_refused(db: Database, setup: Setup, score: str) -> None:
    refuse(db, lambda s: s.add(score_row(setup, score=Decimal(score))), "score_range", ScoreEntry)
    refuse(db, lambda s: insert_score_sql(s, setup, score), "score_range", ScoreEntry)


def test_score_with_two_decimals_is_refused(db: Database, setup: Setup) -> None:
    refuse(db, lambda s: insert_score_sql(s, setup, "85.25"), "score_one_decimal", ScoreEntry)
    refuse(
        db,
        lambda s: s.add(score_row(setup, score=Decimal("85.25"))),
        "score_one_decimal",
        ScoreEntry,
    )


def test_self_score_by_someone_else_is_refused(db: Database, setup: Setup) -> None:
    refuse(
        db,
        lambda s: s.add(score_row(setup, source="self", evaluator_id=setup.b)),
        "evaluator_matches_source",
        ScoreEntry,
    )


def test_peer_score_by_the_subject_is_refused(db: Database, setup: Setup) -> None:
    refuse(
        db,
        lambda s: s.add(score_row(setup, source="peer", evaluator_id=setup.a)),
        "evaluator_matches_source",
        ScoreEntry,
    )


@pytest.mark.parametrize("external", [None, "", "   "])
def test_supervisor_score_without_any_evaluator_is_refused(
    db: Database, setup: Setup, external: str | None
) -> None:
    row = score_row(setup, source="supervisor", evaluator_id=None, external_evaluator=external)
    refuse(db, lambda s: s.add(row), "evaluator_matches_source", ScoreEntry)


def test_supervisor_score_by_a_named_outsider_is_accepted(db: Database, setup: Setup) -> None:
    row = score_row(setup, source="supervisor", evaluator_id=None, external_evaluator="公司高層")
    with db.transaction() as session:
        session.add(row)
    assert count(db, ScoreEntry) == 1


def test_source_weight_above_100_is_refused(db: Database) -> None:
    with db.transaction() as session:
        before = session.scalars(select(SchemeSource.weight).order_by(SchemeSource.id)).all()

    def set_101(session: Session) -> None:
        session.scalars(select(SchemeSource)).first().weight = Decimal("101")

    def set_101_sql(session: Session) -> None:
        session.execute(text("UPDATE scheme_sources SET weight = 101 WHERE code = 'peer'"))

    refuse(db, set_101, "ck_scheme_sources_weight_range", SchemeSource)
    refuse(db, set_101_sql, "ck_scheme_sources_weight_range", SchemeSource)
    with db.transaction() as session:
        after = session.scalars(select(SchemeSource.weight).order_by(SchemeSource.id)).all()
    assert after == before


# ----------------------------------------------------------------------------- history kept


def _delete_staff_sql(staff_id: int) -> Callable[[Session], None]:
    def delete(session: Session) -> None:
        session.execute(text("DELETE FROM staff WHERE id = :i"), {"i": staff_id})

    return delete


def test_deleting_staff_with_score_entries_is_refused(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        session.add(score_row(setup, source="self", evaluator_id=setup.a))
    refuse(db, _delete_staff_sql(setup.a), "FOREIGN KEY", Staff, ScoreEntry)
    refuse(db, lambda s: s.delete(s.get(Staff, setup.a)), "FOREIGN KEY", Staff, ScoreEntry)
    with db.transaction() as session:
        assert session.get(Staff, setup.a) is not None


def test_deleting_staff_with_training_attendance_is_refused(db: Database) -> None:
    with db.transaction() as session:
        person = add_person(session, "T001")
        course = TrainingCourse(
            title="課程",
            category_id=session.scalar(select(TrainingCategory.id)),
            method_id=session.scalar(select(TrainingMethod.id)),
        )
        held = TrainingSession(course=course, held_on=dt.date(2026, 3, 2))
        session.add(TrainingAttendance(session=held, staff_id=person.id, state="attended"))
        person_id = person.id
    refuse(db, _delete_staff_sql(person_id), "FOREIGN KEY", Staff, TrainingAttendance)
    with db.transaction() as session:
        assert session.get(Staff, person_id) is not None


def test_deleting_staff_without_history_is_possible(db: Database) -> None:
    """The refusal above comes from the history, not from staff rows being undeletable."""
    with db.transaction() as session:
        person_id = add_person(session, "T002").id
    with db.transaction() as session:
        _delete_staff_sql(person_id)(session)
    assert count(db, Staff) == 0


# ----------------------------------------------------------------------------- communication


def test_anonymous_suggestion_with_author_is_refused(db: Database) -> None:
    with db.transaction() as session:
        author = add_person(session, "S001").id
    row = dict(submitted_on=dt.date(2026, 3, 1), title="建議", anonymous=True, author_id=author)
    refuse(db, lambda s: s.add(Suggestion(**row)), "anonymous_has_no_author", Suggestion)


def test_done_action_item_without_closed_on_is_refused(db: Database) -> None:
    with db.transaction() as session:
        meeting = Meeting(held_on=dt.date(2026, 3, 2), title="例會")
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    item = dict(meeting_id=meeting_id, text="跟進", status="done", closed_on=None)
    refuse(db, lambda s: s.add(ActionItem(**item)), "closed_on_matches", ActionItem)
    with db.transaction() as session:  # the same row with a closing date is fine
        session.add(ActionItem(**(item | {"closed_on": dt.date(2026, 3, 3)})))
    assert count(db, ActionItem) == 1


# ----------------------------------------------------------------------------- regulation, periods


def test_approved_version_without_effective_date_is_refused(db: Database) -> None:
    def approve_without_date(session: Session) -> None:
        version = session.scalars(select(RegulationVersion)).one()
        version.status, version.approved_by = "approved", "總經理"

    refuse(db, approve_without_date, "approved_has_date_and_approver", RegulationVersion)
    with db.transaction() as session:
        version = session.scalars(select(RegulationVersion)).one()
        assert (version.status, version.approved_by) == ("draft", None)


def test_monthly_period_with_month_zero_is_refused(db: Database) -> None:
    def add_period(session: Session) -> None:
        active = scheme.active(session)
        session.add(AppraisalPeriod(kind="monthly", year=2026, month=0, scheme=active))

    refuse(db, add_period, "kind_matches_month", AppraisalPeriod)


def test_duplicate_period_year_month_is_refused(db: Database, setup: Setup) -> None:
    def insert(session: Session) -> None:
        session.execute(
            text(
                "INSERT INTO appraisal_periods (kind, year, month, scheme_id, status)"
                " SELECT 'monthly', 2026, 3, id, 'open' FROM appraisal_schemes LIMIT 1"
            )
        )

    refuse(db, insert, "UNIQUE constraint failed", AppraisalPeriod)
    assert count(db, AppraisalPeriod) == 1
