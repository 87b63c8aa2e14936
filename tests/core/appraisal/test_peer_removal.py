"""A peer taken away with the scores they gave, put back by undo; refused in a locked month
and when the scores are no longer those the user was asked about."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from test_engine import OP, fill, make_team, rate, refused

from ops_desktop.core.appraisal import peer_removal, periods, results
from ops_desktop.core.models import ScoreEntry
from ops_desktop.core.services import audit
from ops_desktop.db import Database


def peer_scores_of(db: Database, period_id: int, subject: int) -> dict[int, list[Decimal]]:
    with db.transaction() as s:
        rows = s.scalars(
            select(ScoreEntry).where(
                ScoreEntry.period_id == period_id,
                ScoreEntry.subject_id == subject,
                ScoreEntry.source == "peer",
            )
        )
        found: dict[int, list[Decimal]] = {}
        for row in rows:
            assert row.evaluator_id is not None
            found.setdefault(row.evaluator_id, []).append(Decimal(row.score))
        return found


def test_a_peer_goes_with_their_scores_and_comes_back_with_them(db: Database) -> None:
    team = make_team(db)
    fill(db, team)
    pid, a, b = team.period_id, team.ids["A"], team.ids["B"]
    with db.transaction() as s:
        before = results.compute(s, pid, {a}).people[0]
        shown = peer_removal.given(s, pid, a, b)
    assert shown == {"performance": Decimal("85.5"), "ability": 80, "attitude": 70}
    with db.transaction() as s:
        removed = peer_removal.remove(s, pid, a, b, shown, OP)
        after = results.compute(s, pid, {a}).people[0]
        assert b not in periods.peers_of(s, pid)[a]
        entries = audit.entries(s, entity="score_entry", action="delete_score", limit=10)
        peers_set = audit.entries(s, entity="appraisal_period", action="set_peers", limit=1)
    assert b not in peer_scores_of(db, pid, a)
    # B's scores no longer count: the peer average is C's and D's (80/80/75, 81/80/80).
    assert after.peer_count == before.peer_count - 1
    assert after.inputs[("peer", "performance")] == Decimal("80.5")
    assert sorted(Decimal(e.details["old"]) for e in entries[:3]) == [70, 80, Decimal("85.5")]
    assert {e.details["evaluator"] for e in entries[:3]} == {b}
    assert peers_set[0].details["subject"] == a and b not in peers_set[0].details["peers"]

    with db.transaction() as s:
        peer_removal.put_back(s, pid, removed, OP)
        assert b in periods.peers_of(s, pid)[a]
        again = results.compute(s, pid, {a}).people[0]
    assert sorted(peer_scores_of(db, pid, a)[b]) == [70, 80, Decimal("85.5")]
    assert again.total == before.total


def test_a_peer_without_scores_is_only_unassigned(db: Database) -> None:
    team = make_team(db)
    pid, a, b = team.period_id, team.ids["A"], team.ids["B"]
    with db.transaction() as s:
        removed = peer_removal.remove(s, pid, a, b, {}, OP)
        assert b not in periods.peers_of(s, pid)[a]
        peer_removal.put_back(s, pid, removed, OP)
        assert b in periods.peers_of(s, pid)[a]
    assert removed.scores == {}


def test_scores_changed_since_they_were_shown_are_not_removed(db: Database) -> None:
    team = make_team(db)
    pid, a, b = team.period_id, team.ids["A"], team.ids["B"]
    with db.transaction() as s:
        rate(s, team, "A", "peer", "B", (85,))  # given after the user saw none
    err = refused(db, lambda s: peer_removal.remove(s, pid, a, b, {}, OP))
    assert "組員B" in str(err) and "組員A" in str(err)
    with db.transaction() as s:
        assert b in periods.peers_of(s, pid)[a]
    assert peer_scores_of(db, pid, a)[b] == [85]


def test_a_locked_month_refuses_the_removal_and_its_undo(db: Database) -> None:
    team = make_team(db)
    fill(db, team)
    pid, a, b = team.period_id, team.ids["A"], team.ids["B"]
    with db.transaction() as s:
        shown = peer_removal.given(s, pid, a, b)
        removed = peer_removal.remove(s, pid, a, b, shown, OP)
        periods.lock(s, pid, OP, incomplete=True)
    assert "locked" in str(refused(db, lambda s: peer_removal.put_back(s, pid, removed, OP)))
    with db.transaction() as s:
        periods.unlock(s, pid, "更正同事評分", OP)
        peer_removal.put_back(s, pid, removed, OP)
        shown = peer_removal.given(s, pid, a, b)
        periods.lock(s, pid, OP, incomplete=True)
    assert "locked" in str(refused(db, lambda s: peer_removal.remove(s, pid, a, b, shown, OP)))
    assert len(peer_scores_of(db, pid, a)[b]) == 3


def test_an_undo_does_not_overwrite_a_score_given_in_its_place(db: Database) -> None:
    team = make_team(db)
    fill(db, team)
    pid, a, b = team.period_id, team.ids["A"], team.ids["B"]
    with db.transaction() as s:
        removed = peer_removal.remove(s, pid, a, b, peer_removal.given(s, pid, a, b), OP)
        rate(s, team, "A", "peer", "B", (60,))  # someone else, meanwhile
    refused(db, lambda s: peer_removal.put_back(s, pid, removed, OP))
    assert peer_scores_of(db, pid, a)[b] == [60]
