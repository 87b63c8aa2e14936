"""The demo department: complete, consistent with the rules, and deterministic."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ops_desktop.core.demo import build_demo
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    ActionItem,
    AppraisalPeriod,
    DataScore,
    Meeting,
    ScoreEntry,
    Staff,
    Suggestion,
    TrainingAttendance,
    TrainingCourse,
    WorkflowRun,
)
from ops_desktop.core.services import action_items, scheme, workflows
from ops_desktop.core.services import staff as staff_service
from ops_desktop.db import Database, open_database
from ops_desktop.db.location import sqlite_url

SMALL = {"staff": 8, "months": 3, "until": (2026, 3)}


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Opens new, empty databases (default content only); closes them afterwards."""
    opened: list[Database] = []

    def open_new(name: str) -> Database:
        opened.append(open_database(sqlite_url(tmp_path / f"{name}.sqlite3")))
        return opened[-1]

    yield open_new
    for database in opened:
        database.close()


def build(db: Database, **kw: object) -> None:
    with db.transaction() as session:
        build_demo(session, **kw)  # type: ignore[arg-type]


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def present(person: Staff, year: int, month: int) -> bool:
    first, last = month_bounds(year, month)
    hired = person.hire_date is None or person.hire_date <= last
    return hired and (person.departed_on is None or person.departed_on > first)


def check_scores_complete(session: Session) -> None:
    """Each present person, each period: supervisor, self, ≥3 peers per dimension, data."""
    people = session.scalars(select(Staff)).all()
    dimensions = [d.id for d in scheme.active(session).dimensions]
    for period in session.scalars(select(AppraisalPeriod)):
        rows: dict[tuple[int, int], list[ScoreEntry]] = defaultdict(list)
        for e in session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == period.id)):
            rows[e.subject_id, e.dimension_id].append(e)
        data = set(
            session.scalars(select(DataScore.subject_id).where(DataScore.period_id == period.id))
        )
        here = [p for p in people if present(p, period.year, period.month)]
        assert {subject for subject, _ in rows} == {p.id for p in here}
        for p in here:
            assert p.id in data
            for dim in dimensions:
                by = defaultdict(list)
                for e in rows[p.id, dim]:
                    by[e.source].append(e.evaluator_id or e.external_evaluator)
                expected_boss = p.supervisor_id if p.supervisor_id else "公司高層"
                assert by["supervisor"] == [expected_boss]
                assert by["self"] == [p.id]
                assert len(set(by["peer"])) == len(by["peer"]) >= 3
                assert p.id not in by["peer"]


def score_list(db: Database) -> list[tuple]:
    with db.transaction() as session:
        rated = session.execute(
            text(
                "SELECT p.year, p.month, s.staff_no, e.source,"
                " coalesce(ev.staff_no, e.external_evaluator), d.code, e.score"
                " FROM score_entries e JOIN appraisal_periods p ON p.id = e.period_id"
                " JOIN staff s ON s.id = e.subject_id LEFT JOIN staff ev ON ev.id = e.evaluator_id"
                " JOIN scheme_dimensions d ON d.id = e.dimension_id"
            )
        ).all()
        data = session.execute(
            text(
                "SELECT p.year, p.month, s.staff_no, 'data', NULL, NULL, x.score"
                " FROM data_scores x JOIN appraisal_periods p ON p.id = x.period_id"
                " JOIN staff s ON s.id = x.subject_id"
            )
        ).all()
    return sorted(tuple(r) for r in rated + data)


def staff_names(db: Database) -> list[tuple[str, str]]:
    with db.transaction() as session:
        return sorted(tuple(r) for r in session.execute(select(Staff.staff_no, Staff.name)))


# ----------------------------------------------------------------------------- the demo file


def test_positions_held_and_supervisors_set(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        people = session.scalars(select(Staff)).all()
        working = [p for p in people if p.status != "departed"]
        assert len(people) == 25
        assert {p.position.code for p in working} == {"manager", "specialist", "analyst"}
        [manager] = [p for p in working if p.position.code == "manager"]
        assert manager.supervisor_id is None
        for p in people:
            if p is not manager:
                assert p.supervisor is not None and p.supervisor.status != "departed"


def test_twelve_monthly_periods_up_to_until(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        periods = session.scalars(select(AppraisalPeriod)).all()
    months = sorted((p.year, p.month) for p in periods)
    expected = [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]
    assert months == expected
    assert {p.kind for p in periods} == {"monthly"}


def test_every_present_person_is_fully_scored(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        check_scores_complete(session)


def test_departed_person_keeps_history(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        [gone] = session.scalars(select(Staff).where(Staff.status == "departed")).all()
        assert gone.departed_on is not None
        assert gone.id not in [r.id for r in staff_service.rows(session)]
        assert gone.id in [r.id for r in staff_service.rows(session, include_departed=True)]
        periods = session.execute(
            select(AppraisalPeriod.year, AppraisalPeriod.month)
            .join(ScoreEntry, ScoreEntry.period_id == AppraisalPeriod.id)
            .where(ScoreEntry.subject_id == gone.id)
            .distinct()
        ).all()
        assert periods, "their earlier scores are kept"
        assert all(dt.date(y, m, 1) < gone.departed_on for y, m in periods)


def test_workflow_runs_wait_in_every_stage(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        for template in workflows.templates(session):
            runs = session.scalars(
                select(WorkflowRun).where(WorkflowRun.template_id == template.id)
            ).all()
            waiting = {workflows.current_stage(r).name for r in runs if r.status == "active"}
            assert waiting == {s.name for s in template.stages}, template.code
            done = [r for r in runs if r.status == "done"]
            assert done and all(workflows.current_stage(r) is None for r in done)


def test_training_meetings_and_suggestions(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        assert count(session, TrainingCourse) >= 1
        for course in session.scalars(select(TrainingCourse)):
            assert any(s.attendance for s in course.sessions), course.title
        assert count(session, TrainingAttendance) >= count(session, TrainingCourse)

        statuses = set(session.scalars(select(ActionItem.status)))
        assert "open" in statuses and statuses & {"done", "dropped"}
        latest = session.scalars(select(Meeting).order_by(Meeting.held_on.desc())).first()
        assert action_items.carried_over(session, latest.id)

        items = session.scalars(select(Suggestion)).all()
        anonymous = [s for s in items if s.anonymous]
        named = [s for s in items if not s.anonymous]
        assert anonymous and all(s.author_id is None for s in anonymous)
        assert named and all(s.author_id is not None for s in named)


# ----------------------------------------------------------------------------- building


def test_explicit_build_in_a_fresh_database(db: Database) -> None:
    with db.transaction() as session:
        summary = build_demo(session, seed=7, **SMALL)  # type: ignore[arg-type]
    with db.transaction() as session:
        assert summary.staff == count(session, Staff) == 8
        assert summary.periods == count(session, AppraisalPeriod) == 3
        assert summary.score_entries == count(session, ScoreEntry) > 0
        stages = sum(len(t.stages) + 1 for t in workflows.templates(session))
        assert summary.workflow_runs == count(session, WorkflowRun) == stages
        months = session.execute(select(AppraisalPeriod.year, AppraisalPeriod.month)).all()
        assert sorted(months) == [(2026, 1), (2026, 2), (2026, 3)]
        check_scores_complete(session)


def test_same_arguments_give_the_same_data(fresh: Callable[[str], Database]) -> None:
    db, other, third = fresh("first"), fresh("other"), fresh("third")
    build(db, seed=3, **SMALL)
    build(other, seed=3, **SMALL)
    build(third, seed=4, **SMALL)
    assert staff_names(db) == staff_names(other)
    assert score_list(db) == score_list(other)
    assert len(score_list(db)) > 0
    assert score_list(third) != score_list(db)


def test_building_over_existing_staff_is_refused(demo_db: Database) -> None:
    before = staff_names(demo_db)
    with pytest.raises(DomainError):
        build(demo_db, seed=2, **SMALL)
    assert staff_names(demo_db) == before


def test_fewer_than_four_staff_is_refused(db: Database) -> None:
    with pytest.raises(DomainError):
        build(db, staff=3, months=1, until=(2026, 3))
    with db.transaction() as session:
        assert count(session, Staff) == count(session, AppraisalPeriod) == 0
    build(db, staff=4, months=1, until=(2026, 3))  # the smallest department is fine
    assert len(staff_names(db)) == 4
