"""Locking a month as the secretary does it: who is not complete and what each lacks, a lock
of an incomplete month only when asked for (and the audit log says so), and an unlock that
returns the month to the state it had."""

from __future__ import annotations

import pytest
from test_engine import OP, fill, make_team, rate, refused

from ops_desktop.core.appraisal import completeness, periods
from ops_desktop.core.models import AppraisalPeriod
from ops_desktop.core.services import audit
from ops_desktop.db import Database


def test_the_incomplete_are_named_with_the_sources_dimensions_and_raters_missing(
    db: Database,
) -> None:
    team = make_team(db)
    fill(db, team, skip=frozenset({("A", "data"), ("B", "peer"), ("C", "supervisor")}))
    with db.transaction() as s:
        lacking = completeness.incomplete(s, team.period_id)
    by_no = {p.staff_no: p for p in lacking}
    assert sorted(by_no) == ["TA", "TB", "TC"]  # H and D are complete
    (data,) = by_no["TA"].gaps
    assert (data.source, data.source_name, data.dimensions, data.awaited) == (
        "data",
        "數據分析",
        [],
        [],
    )
    (peer,) = by_no["TB"].gaps
    assert peer.source == "peer" and peer.dimensions == ["工作業績", "工作能力", "工作態度"]
    assert peer.awaited == ["組員A", "組員C", "組員D"]  # the peers assigned, none has scored
    (boss,) = by_no["TC"].gaps
    assert boss.source_name == "上級評價" and boss.awaited == ["主管"]
    assert by_no["TC"].describe() == "上級評價 (工作業績, 工作能力, 工作態度) ← 主管"
    with db.transaction() as s:
        rate(s, team, "B", "peer", "A", (80,))  # A scores B's performance only
        (b,) = [p for p in completeness.incomplete(s, team.period_id) if p.staff_no == "TB"]
    assert b.gaps[0].dimensions == ["工作能力", "工作態度"]
    assert b.gaps[0].awaited == ["組員C", "組員D"]  # A has scored: the others are asked


def test_a_complete_month_has_nobody_to_name(db: Database) -> None:
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        assert completeness.incomplete(s, team.period_id) == []
        periods.lock(s, team.period_id, OP)  # no second choice needed
        (entry,) = audit.entries(s, action="lock")
    assert "incomplete" not in entry.details


def test_an_incomplete_month_is_locked_only_when_asked_and_the_audit_says_so(
    db: Database,
) -> None:
    team = make_team(db)
    fill(db, team, skip=frozenset({("A", "data"), ("C", "self")}))
    error = refused(db, lambda s: periods.lock(s, team.period_id, OP))
    assert error.message == periods.NOT_COMPLETE
    assert "2 people of 2026-01" in str(error) and "TA 組員A: 數據分析" in str(error)
    with db.transaction() as s:
        assert s.get(AppraisalPeriod, team.period_id).status == "open"
        periods.lock(s, team.period_id, OP, incomplete=True)
        (entry,) = audit.entries(s, action="lock")
    assert entry.details["incomplete"] == 2 and entry.details["people"] == ["TA", "TC"]


@pytest.mark.parametrize("before", ["open", "review"])
def test_an_unlock_returns_the_month_to_the_state_it_had(db: Database, before: str) -> None:
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        if before == "review":
            periods.set_review(s, team.period_id, OP)
        periods.lock(s, team.period_id, OP)
        periods.unlock(s, team.period_id, "更正主管評分", OP)
        assert s.get(AppraisalPeriod, team.period_id).status == before
        periods.lock(s, team.period_id, OP)  # locked again: it keeps the state it had then
        periods.unlock(s, team.period_id, "再次更正", OP)
        assert s.get(AppraisalPeriod, team.period_id).status == before


def test_a_month_locked_before_the_state_was_kept_unlocks_to_review(db: Database) -> None:
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        period = s.get(AppraisalPeriod, team.period_id)
        period.status = "locked"  # as an older version locked it: no "previous" in its entry
        audit.record(s, OP, "lock", "appraisal_period", period.id, "2026-01")
        s.flush()
        periods.unlock(s, team.period_id, "更正主管評分", OP)
        assert period.status == "review"
