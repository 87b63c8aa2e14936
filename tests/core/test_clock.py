"""The one clock: nothing in the program reads the wall clock, and the days where dates are
easy to get wrong (a month's last minutes, 31 December before midnight, 29 February, a
month's first minutes, a date the tests write down) give the right "today" everywhere."""

from __future__ import annotations

import ast
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ops_desktop.core import clock
from ops_desktop.core.demo import previous_month
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ActionItem, AuditEntry, Staff
from ops_desktop.core.services import action_items, freshness, meetings
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.action_items import ActionInput
from ops_desktop.core.services.meetings import MeetingInput
from ops_desktop.core.services.staff import StaffInput

PACKAGE = Path(__file__).resolve().parents[2] / "ops_desktop"

# (the clock, the local date it must give, the month before it)
EDGES = [
    ("2026-11-30T23:59:30", dt.date(2026, 11, 30), (2026, 10)),  # a month's last minutes
    ("2026-12-31T23:59:30", dt.date(2026, 12, 31), (2026, 11)),  # the year's last minutes
    ("2027-01-01T00:00:30", dt.date(2027, 1, 1), (2026, 12)),  # a year's first minutes
    ("2028-02-29T12:00:00", dt.date(2028, 2, 29), (2028, 1)),  # a leap day
    ("2028-03-01T00:00:30", dt.date(2028, 3, 1), (2028, 2)),  # the minutes after it
    ("2026-12-01T10:02:00", dt.date(2026, 12, 1), (2026, 11)),  # a date tests write down
]


def _wall_clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            owner = ast.unparse(node.func.value)
            if (name, owner.split(".")[-1]) in {
                ("today", "date"),
                ("now", "datetime"),
                ("today", "datetime"),
                ("utcnow", "datetime"),
                ("time", "time"),
                ("localtime", "time"),
                ("currentDate", "QDate"),
                ("currentDateTime", "QDateTime"),
            }:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {owner}.{name}")
    return found


def test_nothing_but_the_clock_reads_the_wall_clock():
    reads = [
        read
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "clock.py"
        for read in _wall_clock_reads(path)
    ]
    assert reads == []


def test_the_scan_finds_a_wall_clock_read(tmp_path):
    sample = PACKAGE / "core" / "clock.py"
    assert any("datetime.now" in read for read in _wall_clock_reads(sample))


def test_a_running_clock_starts_where_it_is_set_and_moves_on():
    clock.set_time(dt.datetime(2027, 5, 4, 8, 30))
    first = clock.now()
    assert dt.datetime(2027, 5, 4, 8, 30) <= first < dt.datetime(2027, 5, 4, 8, 31)
    assert clock.now() >= first
    assert clock.today() == dt.date(2027, 5, 4)


def test_a_frozen_clock_stands_still_and_utc_is_the_same_instant():
    clock.set_time(clock.parse("2027-05-04T08:30:00+08:00"), running=False)
    assert clock.utcnow() == dt.datetime(2027, 5, 4, 0, 30) == clock.utcnow()
    assert clock.now_utc() == dt.datetime(2027, 5, 4, 0, 30, tzinfo=dt.UTC)
    assert clock.now() == dt.datetime(2027, 5, 4, 0, 30, tzinfo=dt.UTC).astimezone().replace(
        tzinfo=None
    )


def test_the_system_clock_is_the_default():
    clock.set_time(None)
    assert abs(clock.now_utc() - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)


@pytest.mark.parametrize(("moment", "day", "before"), EDGES, ids=[e[0] for e in EDGES])
def test_edge_days_in_the_core(db, moment: str, day: dt.date, before: tuple[int, int]):
    clock.set_time(clock.parse(moment), running=False)
    assert clock.today() == day and previous_month() == before
    with db.transaction() as session:
        person = staff_service.create(session, StaffInput("OP0001", "王小明"), "秘書")
        seen = freshness.seen(staff_service.get(session, person))
        staff_service.deactivate(session, person, "秘書")
    with db.transaction() as session:
        assert session.get(Staff, seen.ident).departed_on == day
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()))
        assert entry.at == clock.utcnow()
        with pytest.raises(DomainError) as refused:
            freshness.check(session, seen)
        assert f"at {clock.now():%Y-%m-%d %H:%M};" in str(refused.value)
        meeting = meetings.create(session, MeetingInput(day), "秘書")
        ident = action_items.create(session, ActionInput(meeting, "準備資料", due_date=day), "秘書")
        item = session.get(ActionItem, ident)
        assert not action_items.is_overdue(item)  # due today is not late …
    clock.set_time(clock.parse(moment) + dt.timedelta(days=1), running=False)
    with db.transaction() as session:
        assert [i.id for i in action_items.overdue(session)] == [ident]  # … due yesterday is


@pytest.mark.parametrize(("moment", "day", "before"), EDGES[:4], ids=[e[0] for e in EDGES[:4]])
def test_edge_days_reach_the_program_instances_a_test_starts(
    tmp_path, clock_at, moment: str, day: dt.date, before: tuple[int, int]
):
    clock_at(moment)
    path = tmp_path / "demo.sqlite3"
    command = [sys.executable, "-m", "ops_desktop", "--db", str(path)]
    built = subprocess.run(
        [*command, "demo", "--staff", "4", "--months", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    listed = subprocess.run(
        [*command, "period", "list"], capture_output=True, text=True, timeout=120, check=True
    )
    assert f"{before[0]}-{before[1]:02d}" in listed.stdout  # the demo ends last month
    assert f"{day:%Y-%m}" not in listed.stdout


def test_a_bad_clock_in_the_environment_is_one_clear_message(tmp_path):
    env = {**os.environ, clock.ENVIRONMENT_VARIABLE: "next tuesday"}
    result = subprocess.run(
        [sys.executable, "-m", "ops_desktop", "info", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "OPS_DESKTOP_CLOCK='next tuesday' is not an ISO 8601 time" in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()
