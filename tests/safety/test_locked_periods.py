"""A locked month cannot change, whoever writes: the database refuses (migration 0004's
triggers), and a lock waits for a score write in flight instead of passing it (on
PostgreSQL the period's row is locked FOR UPDATE). Both backends."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, insert, update
from sqlalchemy import select as query

from ops_desktop.core.appraisal import periods
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    AppraisalPeriod,
    DataScore,
    KpiFigure,
    PeerAssignment,
    PeriodBonusBase,
    ScoreEntry,
    Staff,
)

GUARDED = [ScoreEntry, DataScore, KpiFigure, PeerAssignment, PeriodBonusBase]


def locked_september(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        period = periods.get(s, 2026, 9)
        assert period.status == "locked"
        return period.id


def rows(db, model, period_id: int) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return s.scalar(query(func.count()).select_from(model).where(model.period_id == period_id))


@pytest.mark.parametrize("model", GUARDED, ids=lambda m: m.__tablename__)
def test_the_database_refuses_every_change_to_a_locked_months_rows(demo_db, model):
    period_id = locked_september(demo_db)
    before = rows(demo_db, model, period_id)
    assert before > 0
    column = {
        ScoreEntry: "score",
        DataScore: "score",
        KpiFigure: "value",
        PeriodBonusBase: "base_bonus",
        PeerAssignment: "evaluator_id",
    }[model]
    with pytest.raises(DomainError, match="locked"), demo_db.transaction() as s:
        # a direct UPDATE, bypassing the services, as the issue found (483 rows changed)
        s.execute(
            update(model)
            .where(model.period_id == period_id)
            .values({column: getattr(model, column)})
        )
    with pytest.raises(DomainError, match="locked"), demo_db.transaction() as s:
        s.execute(delete(model).where(model.period_id == period_id))
    with pytest.raises(DomainError, match="locked"), demo_db.transaction() as s:
        first = s.scalars(query(model).where(model.period_id == period_id).limit(1)).one()
        values = {
            c.key: getattr(first, c.key)
            for c in model.__table__.columns
            if c.key not in ("id", "created_at", "updated_at")
        }
        # A copy of a stored row: the trigger refuses it before any unique key would.
        s.execute(insert(model).values(values))
    assert rows(demo_db, model, period_id) == before


def test_an_unlocked_month_changes_and_locking_it_again_guards_it(demo_db):
    period_id = locked_september(demo_db)
    with demo_db.transaction() as s:
        periods.unlock(s, period_id, "更正上級評分", "秘書")
    with demo_db.transaction() as s:
        s.execute(
            update(DataScore).where(DataScore.period_id == period_id).values(score=Decimal(75))
        )
        periods.lock(s, period_id, "秘書")
    with demo_db.transaction() as s:
        assert s.get(AppraisalPeriod, period_id).status == "locked"
        assert set(s.scalars(query(DataScore.score).where(DataScore.period_id == period_id))) == {
            Decimal(75)
        }
    with pytest.raises(DomainError, match="locked"), demo_db.transaction() as s:
        s.execute(update(DataScore).where(DataScore.period_id == period_id).values(score=1))


IMPORT_IN_FLIGHT = """
import sys
from ops_desktop.db import open_database
from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.models import Staff
from sqlalchemy import select

db = open_database(sys.argv[1])
with db.transaction() as s:
    period = periods.get(s, 2026, 10)
    people = s.scalars(select(Staff).where(Staff.status == "active").order_by(Staff.id)).all()
    scores.enter_data_score(s, period.id, people[0].id, "61", "import")  # the first row …
    print("writing", flush=True)
    sys.stdin.readline()  # … the rest of a long workbook
    for person in people[1:]:
        scores.enter_data_score(s, period.id, person.id, "62", "import")
print("imported", flush=True)
"""


def test_a_lock_waits_for_an_import_in_flight_and_never_passes_it(demo_db):
    url = demo_db.url.render_as_string(hide_password=False)
    env = {k: v for k, v in os.environ.items() if k != "OPS_DESKTOP_DATABASE_URL"}
    importer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(IMPORT_IN_FLIGHT), url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    locker = None
    try:
        ready, _, _ = select.select([importer.stdout], [], [], 120)
        assert ready and importer.stdout.readline().strip() == "writing"
        locker = subprocess.Popen(
            [sys.executable, "-m", "ops_desktop", "--database-url", url,
             "period", "lock", "2026-10"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        with pytest.raises(subprocess.TimeoutExpired):
            locker.wait(timeout=2.0)  # the lock waits for the import …
        importer.stdin.write("go\n")
        importer.stdin.flush()
        out, err = importer.communicate(timeout=120)
        assert importer.returncode == 0 and out.strip() == "imported", err
        out, err = locker.communicate(timeout=120)
        assert locker.returncode == 0, err
        assert out.strip() == "2026-10: locked"
    finally:
        for process in (importer, locker):
            if process is not None and process.poll() is None:
                process.kill()
    with demo_db.transaction() as s:
        period = periods.get(s, 2026, 10)
        assert period.status == "locked"
        active = s.scalars(query(Staff.id).where(Staff.status == "active").order_by(Staff.id))
        stored = dict(
            s.execute(
                query(DataScore.subject_id, DataScore.score).where(DataScore.period_id == period.id)
            ).all()
        )
        written = [stored[person] for person in active]
    assert written == [Decimal(61)] + [Decimal(62)] * (len(written) - 1)  # … all of it


LOCK_IN_FLIGHT = """
import sys
from ops_desktop.db import open_database
from ops_desktop.core.appraisal import periods

db = open_database(sys.argv[1])
with db.transaction() as s:
    periods.lock(s, periods.get(s, 2026, 10).id, "秘書")
    print("locking", flush=True)
    sys.stdin.readline()  # the lock is written, not yet committed
print("locked", flush=True)
"""

NEW_WEIGHTS = """
import sys
from ops_desktop.db import open_database
from ops_desktop.core.services import scheme

db = open_database(sys.argv[1])
with db.transaction() as s:
    scheme.set_weights(s, sources={"supervisor": 50, "peer": 20, "self": 10, "data": 20})
print("changed", flush=True)
"""


def test_a_scheme_change_during_a_lock_leaves_the_locked_month_on_its_scheme(demo_db):
    from ops_desktop.core.models import AppraisalScheme

    with demo_db.transaction() as s:
        october = periods.get(s, 2026, 10)
        assert october.status != "locked"
        old_scheme, october_id = october.scheme_id, october.id
        old_dimensions = set(
            s.scalars(query(ScoreEntry.dimension_id).where(ScoreEntry.period_id == october_id))
        )
    url = demo_db.url.render_as_string(hide_password=False)
    env = {k: v for k, v in os.environ.items() if k != "OPS_DESKTOP_DATABASE_URL"}
    child = dict(stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    locker = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(LOCK_IN_FLIGHT), url], env=env, **child
    )
    editor = None
    try:
        ready, _, _ = select.select([locker.stdout], [], [], 120)
        assert ready and locker.stdout.readline().strip() == "locking"
        editor = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(NEW_WEIGHTS), url], env=env, **child
        )
        with pytest.raises(subprocess.TimeoutExpired):
            editor.wait(timeout=2.0)  # the edit waits for the lock …
        locker.stdin.write("go\n")
        locker.stdin.flush()
        out, err = locker.communicate(timeout=120)
        assert locker.returncode == 0 and out.strip() == "locked", err
        out, err = editor.communicate(timeout=120)
        assert editor.returncode == 0 and out.strip() == "changed", err
    finally:
        for process in (locker, editor):
            if process is not None and process.poll() is None:
                process.kill()
    with demo_db.transaction() as s:
        october = s.get(AppraisalPeriod, october_id)
        assert october.status == "locked"
        assert october.scheme_id == old_scheme  # … and then leaves the locked month alone
        assert (
            set(s.scalars(query(ScoreEntry.dimension_id).where(ScoreEntry.period_id == october_id)))
            == old_dimensions
        )
        newest = s.scalars(query(AppraisalScheme).where(AppraisalScheme.active)).one()
        assert newest.id != old_scheme
        assert {src.code: int(src.weight) for src in newest.sources}["supervisor"] == 50
