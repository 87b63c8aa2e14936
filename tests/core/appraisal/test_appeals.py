"""Appeals (績效申訴): the deadline from the letter's date, the decision, and the only way an
upheld appeal changes scores — the period's unlock naming the appeal, then a relock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from appraisal_team import OP, fill, make_team
from sqlalchemy import select

from ops_desktop.core import dashboard
from ops_desktop.core.appraisal import appeals, periods, scores
from ops_desktop.core.appraisal.scores import ScoreKey
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Appeal, AppraisalPeriod, ScoreEntry
from ops_desktop.core.services import audit, settings

LOCKED_ON = dt.date(2026, 11, 16)  # TEST_NOW: the day the team's month is locked


@pytest.fixture
def team(db):
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        periods.lock(s, team.period_id, OP)
    return team


def add(db, team, who="A", **kw):
    with db.transaction() as s:
        kw.setdefault("contested", "上級評價 工作業績")
        return appeals.add(s, team.period_id, team.ids[who], "分數與實際不符", operator=OP, **kw).id


def test_the_deadline_is_the_first_lock_plus_the_days_in_settings(db, team, clock_at):
    ident = add(db, team)
    with db.transaction() as s:
        appeal = s.get(Appeal, ident)
        assert appeal.letter_on == LOCKED_ON and appeal.filed_on == LOCKED_ON
        assert appeal.deadline == LOCKED_ON + dt.timedelta(days=7)
        settings.put(s, settings.APPEAL_DAYS, "3", OP)
    clock_at("2026-11-19T17:00:00", running=False)  # the 3rd day: still on time
    ident = add(db, team, "B")
    with db.transaction() as s:
        assert s.get(Appeal, ident).deadline == dt.date(2026, 11, 19)
        assert s.get(Appeal, ident).late_reason is None


def test_a_late_appeal_is_refused_unless_the_reason_it_is_accepted_is_given(db, team, clock_at):
    clock_at("2026-11-24T09:00:00", running=False)  # 8 days after the letter
    with pytest.raises(DomainError, match="late: the deadline was 2026-11-23") as refused:
        add(db, team)
    assert "reason it is accepted late" in str(refused.value)
    with db.transaction() as s:
        assert s.scalar(select(Appeal)) is None
        assert not audit.entries(s, entity="appeal")
    ident = add(db, team, late_reason="員工出差，經理同意受理")
    with db.transaction() as s:
        appeal = s.get(Appeal, ident)
        assert appeal.late_reason == "員工出差，經理同意受理" and appeal.filed_on > appeal.deadline
        [entry] = audit.entries(s, entity="appeal", entity_id=ident)
        assert entry.action == "file" and entry.details["late_reason"] == "員工出差，經理同意受理"


def test_an_appeal_on_time_needs_no_late_reason_and_bad_input_is_refused(db, team):
    with pytest.raises(DomainError, match="needs no reason for lateness"):
        add(db, team, late_reason="x")
    with pytest.raises(DomainError, match="in the future"):
        add(db, team, filed_on=dt.date(2026, 11, 17))
    with pytest.raises(DomainError, match="before the result letter"):
        add(db, team, filed_on=dt.date(2026, 11, 1))
    with pytest.raises(DomainError, match="no dimension nonsense"):
        add(db, team, dimension_code="nonsense")
    with pytest.raises(DomainError, match="is required"), db.transaction() as s:
        appeals.add(s, team.period_id, team.ids["A"], "  ", operator=OP)
    with db.transaction() as s:
        assert s.scalar(select(Appeal)) is None


def test_an_unlocked_month_needs_the_letters_date(db):
    team = make_team(db)
    fill(db, team)
    with pytest.raises(DomainError, match="not been locked yet: give the date"):
        add(db, team)
    ident = add(db, team, letter_on=dt.date(2026, 11, 10))
    with db.transaction() as s:
        assert s.get(Appeal, ident).deadline == dt.date(2026, 11, 17)


def test_the_database_refuses_a_late_appeal_without_a_reason(db, team):
    ident = add(db, team)
    with pytest.raises(Exception, match="late_has_reason"), db.transaction() as s:
        s.get(Appeal, ident).filed_on = dt.date(2026, 11, 24)
        s.flush()


def test_a_decision_is_recorded_once_and_changes_no_score(db, team):
    ident = add(db, team)
    with db.transaction() as s:
        before = [e.score for e in s.scalars(select(ScoreEntry))]
        appeals.decide(s, ident, "partly", "工作業績分數調整", operator="經理")
    with db.transaction() as s:
        appeal = s.get(Appeal, ident)
        assert (appeal.decision, appeal.decided_by, appeal.decided_on) == (
            "partly", "經理", LOCKED_ON
        )  # fmt: skip
        assert [e.score for e in s.scalars(select(ScoreEntry))] == before
        assert s.get(AppraisalPeriod, team.period_id).status == "locked"
        entry = audit.entries(s, entity="appeal", entity_id=ident, action="decide")[0]
        assert entry.details["appeal_decision"] == [None, "partly"]
    with pytest.raises(DomainError, match="already decided"), db.transaction() as s:
        appeals.decide(s, ident, "rejected", "重複", operator="經理")
    with pytest.raises(DomainError, match="is not one of"), db.transaction() as s:
        appeals.decide(s, add(db, team, "B"), "maybe", "?", operator="經理")


def test_an_upheld_appeal_changes_scores_only_through_the_unlock_naming_it(db, team):
    ident = add(db, team)
    with db.transaction() as s:
        dims = {d.code: d.id for d in s.get(AppraisalPeriod, team.period_id).scheme.dimensions}
    key = ScoreKey(team.ids["A"], "supervisor", team.ids["H"], dims["performance"])
    with pytest.raises(DomainError, match="is locked"), db.transaction() as s:
        scores.enter(s, team.period_id, key, 95, OP)  # locked: no edit without the unlock
    with pytest.raises(DomainError, match="is not upheld"), db.transaction() as s:
        appeals.unlock_for(s, ident, operator=OP)  # not decided yet
    with db.transaction() as s:
        appeals.decide(s, ident, "upheld", "主管同意更正", operator="經理")
        appeals.unlock_for(s, ident, operator=OP)
        scores.enter(s, team.period_id, key, 95, OP)  # the secretary's normal edit
        appeals.relock(s, ident, operator=OP)
    with db.transaction() as s:
        assert s.get(AppraisalPeriod, team.period_id).status == "locked"
        assert scores.stored_entry(s, team.period_id, key).score == Decimal(95)
        unlock = audit.entries(s, entity="appraisal_period", action="unlock")[0]
        assert unlock.details["reason"].startswith(f"appeal #{ident}: TA 組員A")
        steps = [e.action for e in audit.entries(s, entity="appeal", entity_id=ident)]
        assert steps == ["relock_period", "unlock_period", "decide", "file"]


def test_a_rejected_appeal_cannot_unlock(db, team):
    ident = add(db, team)
    with db.transaction() as s:
        appeals.decide(s, ident, "rejected", "評分有據", operator="經理")
    with pytest.raises(DomainError, match="not upheld"), db.transaction() as s:
        appeals.unlock_for(s, ident, operator=OP)


def test_lists_open_and_by_period_and_the_dashboard_alert(db, team):
    first, second = add(db, team, "A"), add(db, team, "B")
    with db.transaction() as s:
        appeals.decide(s, first, "rejected", "評分有據", operator="經理")
        assert [r.id for r in appeals.rows(s)] == [first, second]
        assert [r.id for r in appeals.rows(s, open_only=True)] == [second]
        assert appeals.rows(s, period_id=team.period_id + 99) == []
        assert appeals.open_staff(s, team.period_id) == {team.ids["B"]}
        alerts = [a for a in dashboard.summary(s).alerts if a.kind == "appeal"]
    assert len(alerts) == 1
    assert alerts[0].params["staff"] == "TB 組員B" and alerts[0].params["period"] == "2026-01"
    assert alerts[0].page == "appraisals"
    assert alerts[0].record_id == (team.period_id, team.ids["B"])


def test_an_annual_appeal_unlocks_the_month_named_for_its_scores(db, team):
    with db.transaction() as s:
        year = periods.open_period(s, 2026, 0, OP)
        periods.lock(s, year.id, OP)
        ident = appeals.add(s, year.id, team.ids["A"], "年度等級不服", operator=OP).id
        assert s.get(Appeal, ident).deadline == LOCKED_ON + dt.timedelta(days=7)
        appeals.decide(s, ident, "upheld", "一月分數有誤", operator="經理")
    refused = pytest.raises(DomainError, match="about the year 2026: say which month")
    with refused, db.transaction() as s:
        appeals.unlock_for(s, ident, operator=OP)
    with db.transaction() as s:
        month = appeals.unlock_for(s, ident, 1, operator=OP)
        assert (month.id, month.status) == (team.period_id, "open")  # as before its lock
        assert s.get(AppraisalPeriod, year.id).status == "locked"  # the year stays locked
        appeals.relock(s, ident, 1, operator=OP)
        assert s.get(AppraisalPeriod, team.period_id).status == "locked"


def test_the_deadline_runs_from_the_date_on_the_persons_letter(db, team, clock_at):
    """The letter printed days after the lock said "appeal by" a later day than the appeal
    was judged by (the lock's day): both now count from the letter's first printing."""
    from ops_desktop.core.appraisal import letters

    clock_at("2026-11-20T10:00:00", running=False)  # printed four days after the lock
    with db.transaction() as s:
        batch = letters.monthly(s, 2026, 1, ["TA"])
        batch.record_printed(s, OP)
    (letter,) = batch.letters
    assert letter.dated == dt.date(2026, 11, 20) and letter.appeal_by == dt.date(2026, 11, 27)
    clock_at("2026-11-25T10:00:00", running=False)  # reprinted later: the first date stays
    with db.transaction() as s:
        again = letters.monthly(s, 2026, 1, ["TA"])
        again.record_printed(s, OP)
    assert again.letters[0].dated == letter.dated and again.letters[0].appeal_by == letter.appeal_by
    clock_at("2026-11-27T16:00:00", running=False)  # the last day the letter gives
    ident = add(db, team, "A")
    with db.transaction() as s:
        appeal = s.get(Appeal, ident)
        assert (appeal.letter_on, appeal.deadline) == (letter.dated, letter.appeal_by)
        assert appeal.late_reason is None
        entries = audit.entries(s, entity="result_letters", action="issue")
    assert [e.details["staff"] for e in entries] == [["TA"]]  # the reprint added none
    with pytest.raises(DomainError, match="late: the deadline was 2026-11-23"):
        add(db, team, "B")  # no letter printed for B: from the lock, as before


def test_a_draft_letter_fixes_no_date_and_an_appeal_keeps_its_letters_date(db, clock_at):
    """Review of issue 19: a letter printed before the lock (本期尚未鎖定) fixed the date,
    so the final letter gave a deadline already past; a letter printed after an appeal was
    recorded promised another deadline than the appeal's."""
    from ops_desktop.core.appraisal import letters

    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        draft = letters.monthly(s, 2026, 1, ["TA"])
        draft.record_printed(s, OP)
        assert not draft.letters[0].locked
        assert audit.entries(s, entity="result_letters") == []  # a draft dates nothing
        periods.lock(s, team.period_id, OP)
    ident = add(db, team, "A")  # from the lock: no letter was printed for A since
    clock_at("2026-11-20T10:00:00", running=False)
    with db.transaction() as s:
        appeal = s.get(Appeal, ident)
        (letter,) = letters.monthly(s, 2026, 1, ["TA"]).letters
    assert (letter.dated, letter.appeal_by) == (appeal.letter_on, appeal.deadline)


def test_only_the_appeal_that_unlocked_a_month_locks_it_again(db, team):
    first, second = add(db, team, "A"), add(db, team, "B")
    with db.transaction() as s:
        appeals.decide(s, first, "upheld", "主管同意更正", operator="經理")
        appeals.unlock_for(s, first, operator=OP)
    with (
        pytest.raises(DomainError, match=f"Appeal #{second} did not unlock"),
        db.transaction() as s,
    ):
        appeals.relock(s, second, operator=OP)
    with db.transaction() as s:
        assert s.get(AppraisalPeriod, team.period_id).status != "locked"
        appeals.relock(s, first, operator=OP)
        assert s.get(AppraisalPeriod, team.period_id).status == "locked"
