"""The appraisal engine over a real database: periods, scores, results and scheme changes.

Expected totals are written out by hand from the product rules (default scheme: sources
supervisor 40 / peer 20 / self 10 / data 30, dimensions performance 50 / ability 30 /
attitude 20; 優秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below; bonus 1.2 / 1.0 / 0.8 / 0).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from appraisal_team import DIMS, EXPECTED, OP, PLAN, Team, fill, make_team, rate
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, results, scores
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    AppraisalPeriod,
    AppraisalScheme,
    AuditEntry,
    DataScore,
    ScoreEntry,
)
from ops_desktop.core.services import audit, scheme
from ops_desktop.db import Database


def compute(db: Database, team: Team) -> tuple[results.PeriodResult, dict]:
    with db.transaction() as s:
        result = results.compute(s, team.period_id)
    by_id = {p.staff_id: p for p in result.people}
    return result, {code: by_id[i] for code, i in team.ids.items()}


def audit_count(db: Database) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def refused(
    db: Database, action: Callable[[Session], object], field: str | None = None
) -> DomainError:
    """``action`` must be refused, leaving no audit entry behind."""
    before = audit_count(db)
    with pytest.raises(DomainError) as err, db.transaction() as s:
        action(s)
    if field is not None:
        assert err.value.field == field
    assert audit_count(db) == before
    return err.value


def test_open_period_assigns_peers_from_the_team_and_refuses_duplicates(db: Database) -> None:
    team = make_team(db)
    ids = team.ids
    with db.transaction() as s:
        p = s.get(AppraisalPeriod, team.period_id)
        assert (p.kind, p.year, p.month, p.status) == ("monthly", 2026, 1, "open")
        assert p.scheme_id == scheme.active(s).id
        peers = {k: set(v) for k, v in periods.peers_of(s, team.period_id).items()}
        annual = periods.open_period(s, 2026, 0, OP)
        assert (annual.kind, annual.month, annual.status) == ("annual", 0, "open")
        assert periods.peers_of(s, annual.id) == {}
    assert peers == {ids[c]: {ids[o] for o in "ABCD" if o != c} for c in "ABCD"}
    for month in (1, 0):
        err = refused(db, lambda s, m=month: periods.open_period(s, 2026, m, OP))
        assert "already exists" in str(err)
    refused(db, lambda s: periods.open_period(s, 2026, 13, OP))


def test_full_set_of_scores_gives_the_hand_calculated_results(db: Database) -> None:
    team = make_team(db)
    fill(db, team)
    result, people = compute(db, team)
    for code, (total, grade, rank, bonus) in EXPECTED.items():
        p = people[code]
        assert (p.total, p.grade, p.rank) == (Decimal(total), grade, rank), code
        assert p.bonus == Decimal(bonus) and p.missing == [], code
    a = people["A"]
    assert a.inputs[("peer", "performance")] == Decimal("82.17")
    assert a.source_scores == {
        "supervisor": 83, "peer": Decimal("80.085"), "self": Decimal("91.5"), "data": 88
    }  # fmt: skip
    assert a.peer_count == 3 and result.complete_count == 5
    assert result.breaches == []  # 1 優秀 of 5 = 20 %, exactly at the limit
    # profile = rated sources weighted 40/20/10; C performance (40×80+20×60+10×80)/70
    assert people["C"].profile == {
        "performance": Decimal("74.29"), "ability": Decimal("62.86"), "attitude": Decimal("57.14")
    }  # fmt: skip
    assert set(people["C"].training_needs) == {"ability", "attitude"}
    assert set(people["D"].training_needs) == set(DIMS)
    assert people["A"].training_needs == people["B"].training_needs == []


def test_more_than_a_fifth_excellent_is_a_breach(db: Database) -> None:
    team = make_team(db)
    fill(db, team, {**PLAN, "D": ((100,) * 3, dict.fromkeys("ABC", (100,) * 3), (100,) * 3, 100)})
    result, people = compute(db, team)
    assert people["D"].total == 100 and people["D"].grade == "優秀"
    assert [(b.name, n, share) for b, n, share in result.breaches] == [("優秀", 2, Decimal(40))]


def test_a_missing_source_makes_the_person_incomplete_never_zero(db: Database) -> None:
    team = make_team(db)
    fill(db, team, skip=frozenset({("A", "data"), ("C", "self")}))
    result, people = compute(db, team)
    assert people["A"].missing == ["data"]
    assert people["C"].missing == [f"self.{d}" for d in DIMS]
    for p in (people["A"], people["C"]):
        assert (p.total, p.grade, p.rank, p.bonus, p.complete) == (None, None, None, None, False)
    assert people["A"].source_scores["data"] is None
    assert [people[c].rank for c in "BHD"] == [1, 2, 3]
    assert result.complete_count == 3


def test_peer_extremes_are_dropped_from_five_scores(db: Database) -> None:
    team = make_team(db, "ABCDE")
    ids = team.ids
    with db.transaction() as s:
        periods.set_peers(s, team.period_id, ids["A"], [ids[c] for c in "BCDEH"], OP)
        for rater, value in zip("BCDEH", (95, 60, 80, 85, 70), strict=True):
            rate(s, team, "A", "peer", rater, (value,))
        for rater, value in zip("ACDE", (95, 60, 80, 85), strict=True):
            rate(s, team, "B", "peer", rater, (value,))
    _, people = compute(db, team)
    assert people["A"].inputs[("peer", "performance")] == Decimal("78.33")  # (80+85+70)/3
    assert people["A"].peer_count == 5
    assert people["B"].inputs[("peer", "performance")] == Decimal("80.00")  # 4: none dropped
    with db.transaction() as s:
        scheme.edit(s, scheme.SchemeChanges(peer_drop_extremes=False), OP)
    _, people = compute(db, team)
    assert people["A"].inputs[("peer", "performance")] == Decimal("78.00")  # 390 / 5


@pytest.mark.parametrize(
    "bad", [101, -1, "85.25", 85.25, "abc", "九十", "1e2", "-0", "100.1", "", None, True]
)
def test_score_validation(db: Database, bad: object) -> None:
    team = make_team(db)
    refused(db, lambda s: rate(s, team, "A", "self", "A", (bad,)), field="score")
    refused(db, lambda s: scores.enter_data_score(s, team.period_id, team.ids["A"], bad), "score")
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(ScoreEntry)) == 0


def test_who_may_score_whom(db: Database) -> None:
    team = make_team(db)
    refused(db, lambda s: rate(s, team, "A", "self", "B", (80,)))
    refused(db, lambda s: rate(s, team, "A", "peer", "A", (80,)))
    refused(db, lambda s: rate(s, team, "A", "supervisor", "A", (80,)))


def test_unchanged_scores_are_not_audited_and_changes_are(db: Database) -> None:
    team = make_team(db)
    with db.transaction() as s:
        assert rate(s, team, "A", "self", "A", (85,)) == "added"
    before = audit_count(db)
    for same in (85, "85", "85.0", 85.0, Decimal("85.0")):
        with db.transaction() as s:
            assert rate(s, team, "A", "self", "A", (same,)) == "unchanged"
    assert audit_count(db) == before
    with db.transaction() as s:
        assert rate(s, team, "A", "self", "A", ("86.5",)) == "changed"
        latest = audit.entries(s, entity="score_entry", action="score")[0]
    assert audit_count(db) == before + 1
    assert Decimal(latest.details["old"]) == 85
    assert Decimal(latest.details["new"]) == Decimal("86.5")


def test_locked_period_refuses_changes_until_unlocked_with_a_reason(db: Database) -> None:
    team = make_team(db)
    pid, a = team.period_id, team.ids["A"]
    with db.transaction() as s:
        periods.lock(s, pid, OP, incomplete=True)
    for action in (
        lambda s: rate(s, team, "A", "self", "A", (80,)),
        lambda s: scores.enter_data_score(s, pid, a, 80, OP),
        lambda s: scores.record_kpi(s, pid, a, "business_target", 90, OP),
        lambda s: scores.compute_data_scores(s, pid, OP),
        lambda s: periods.set_peers(s, pid, a, [team.ids["B"]], OP),
    ):
        assert "locked" in str(refused(db, action))
    for reason in ("", "  ", None):
        refused(db, lambda s, r=reason: periods.unlock(s, pid, r, OP), field="reason")
    with db.transaction() as s:
        assert s.get(AppraisalPeriod, pid).status == "locked"
        periods.unlock(s, pid, "更正主管評分", OP)
        entry = audit.entries(s, entity="appraisal_period", action="unlock")[0]
        assert s.get(AppraisalPeriod, pid).status == "open"  # as it was when locked
        assert rate(s, team, "A", "self", "A", (80,)) == "added"
    assert entry.details["reason"] == "更正主管評分" and entry.entity_id == pid


def test_weights_must_add_up_to_100(db: Database) -> None:
    for change in ({"sources": {"supervisor": 39}}, {"dimensions": {"performance": 51}}):
        err = refused(db, lambda s, c=change: scheme.set_weights(s, operator=OP, **c), "weight")
        assert "100" in str(err)
    with db.transaction() as s:
        assert scheme.source_weights(s) == {"supervisor": 40, "peer": 20, "self": 10, "data": 30}
        assert [d.weight for d in scheme.active(s).dimensions] == [50, 30, 20]
        assert s.scalar(select(func.count()).select_from(AppraisalScheme)) == 1


def test_data_scores_from_kpi_figures(db: Database) -> None:
    team = make_team(db)
    pid, ids = team.period_id, team.ids

    def kpi(s: Session, who: str, business: object, task: object | None = None) -> None:
        scores.record_kpi(s, pid, ids[who], "business_target", business, OP)
        if task is not None:
            scores.record_kpi(s, pid, ids[who], "task_completion", task, OP)

    def data_scores() -> dict[str, tuple[Decimal, str]]:
        with db.transaction() as s:
            rows = s.scalars(select(DataScore).where(DataScore.period_id == pid))
            return {
                k: (r.score, r.method) for r in rows for k, i in ids.items() if i == r.subject_id
            }

    with db.transaction() as s:
        kpi(s, "A", 90, 110)  # (50×90 + 50×100) / 100 = 95
        kpi(s, "B", "87.35", "92.4")  # 43.675 + 46.2 = 89.875 → 89.9
        kpi(s, "C", 100)  # one metric only: no score
        scores.enter_data_score(s, pid, ids["D"], 70, OP)
        kpi(s, "D", 100, 100)
        assert scores.compute_data_scores(s, pid, OP) == 2
    expected = {"A": (95, "kpi"), "B": (Decimal("89.9"), "kpi"), "D": (70, "entered")}
    assert data_scores() == expected
    with db.transaction() as s:
        assert scores.compute_data_scores(s, pid, OP) == 0
        kpi(s, "A", 80)  # (40 + 50) = 90
        assert scores.compute_data_scores(s, pid, OP) == 1
    assert data_scores() == {**expected, "A": (90, "kpi")}
