"""The content of the result letters (績效考核結果通知書), from the small team's hand-computed
month (appraisal_team): what each letter says, what it never says, and who gets none."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from appraisal_team import EXPECTED, OP, PLAN, fill, make_team
from sqlalchemy import select

from ops_desktop.core.appraisal import comments, letters, periods, results
from ops_desktop.core.appraisal.comments import CommentKey
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Staff
from ops_desktop.core.services import scheme, settings

PEER_NAMES = ("組員B", "組員C", "組員D")  # A's peers: none may appear on A's letter


def month_letters(db, staff=None):
    with db.transaction() as s:
        return letters.monthly(s, 2026, 1, staff)


def by_no(batch):
    return {letter.staff_no: letter for letter in batch.letters}


def test_each_source_and_dimension_with_its_weight_and_the_programs_numbers(db):
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        result = {p.staff_no: p for p in results.compute(s, team.period_id).people}
    batch = month_letters(db)
    assert batch.period == "2026-01" and batch.refused == ()
    assert sorted(by_no(batch)) == ["T0", "TA", "TB", "TC", "TD"]
    a = by_no(batch)["TA"]
    total, grade, _rank, _bonus = EXPECTED["A"]
    assert (a.total, a.grade, a.bonus_coefficient) == (Decimal(total), grade, Decimal("1.00"))
    assert [(line.name, line.weight) for line in a.sources] == [
        ("上級評價", 40), ("同事評價", 20), ("自我評價", 10), ("數據分析", 30)
    ]  # fmt: skip
    # each source as the program computed it, to the 2 decimals printed (80.085 → 80.09)
    assert [line.score for line in a.sources] == [
        Decimal("83.00"), Decimal("80.09"), Decimal("91.50"), Decimal("88.00")
    ]  # fmt: skip
    peer = a.sources[1]
    assert peer.raters == 3 and peer.merged_peers is None
    assert [(p.name, p.weight, p.score) for p in peer.parts] == [
        ("工作業績", 50, Decimal("82.17")), ("工作能力", 30, 80), ("工作態度", 20, 75)
    ]  # fmt: skip
    assert a.sources[3].parts == ()  # 數據分析 has no dimensions
    for no, letter in by_no(batch).items():
        assert letter.total == result[no].total and letter.grade == result[no].grade
    assert a.supervisor == "主管"
    assert by_no(batch)["T0"].supervisor == "公司高層"  # the head's superior is outside
    assert by_no(batch)["TD"].training_needs == ("工作業績", "工作能力", "工作態度")
    assert a.training_needs == ()


def test_rank_and_bonus_amount_only_when_the_settings_say_so(db):
    team = make_team(db)
    fill(db, team)
    a = by_no(month_letters(db))["TA"]
    assert a.rank is None and a.bonus is None
    with db.transaction() as s:
        settings.put(s, settings.LETTER_SHOWS_RANK, "yes", OP)
    a = by_no(month_letters(db))["TA"]
    assert (a.rank, a.ranked, a.bonus) == (2, 5, None)
    with db.transaction() as s:
        settings.put(s, settings.LETTER_SHOWS_BONUS, "yes", OP)
        settings.put(s, settings.LETTER_SHOWS_RANK, "no", OP)
    a = by_no(month_letters(db))["TA"]
    assert (a.rank, a.bonus) == (None, Decimal(EXPECTED["A"][3]))


def test_fewer_than_three_peers_are_merged_with_the_supervisor_and_never_named(db):
    team = make_team(db)
    two_peers = {**PLAN, "A": (PLAN["A"][0], {"B": PLAN["A"][1]["B"], "C": PLAN["A"][1]["C"]},
                               *PLAN["A"][2:])}  # fmt: skip
    fill(db, team, two_peers)
    with db.transaction() as s:
        ids = {no: i for no, i in s.execute(select(Staff.staff_no, Staff.id))}
        for source, rater, text in (
            ("supervisor", "T0", "業績穩定,下月加強溝通。"),
            ("peer", "TB", "樂於助人。"),
            ("peer", "TC", "準時交付。"),
        ):
            comments.put(s, team.period_id, CommentKey(ids["TA"], source, ids[rater]), text, OP)
    a = by_no(month_letters(db))["TA"]
    # sup 83; peers (85.5+80)/2 = 82.75, 80, (70+75)/2 = 72.5 → 41.375+24+14.5 = 79.875;
    # merged (40×83 + 20×79.875) / 60 = 81.958… → 81.96; total 33.2+15.975+9.15+26.4
    assert [(line.name, line.weight, line.score) for line in a.sources] == [
        ("上級評價、同事評價", 60, Decimal("81.96")),
        ("自我評價", 10, Decimal("91.50")),
        ("數據分析", 30, Decimal("88.00")),
    ]
    merged = a.sources[0]
    assert merged.merged_peers == 2 and merged.parts == () and merged.raters is None
    assert a.total == Decimal("84.73")
    assert [(r.source, r.by, r.text) for r in a.remarks] == [
        ("supervisor", "主管", "業績穩定,下月加強溝通。"),
        ("peer", "", "樂於助人。"),  # by their text, not by who wrote them
        ("peer", "", "準時交付。"),
    ]
    assert not any(name in repr(a) for name in PEER_NAMES)
    # three peers: their own line, their average and count
    b = by_no(month_letters(db))["TB"]
    assert b.sources[1].name == "同事評價" and b.sources[1].raters == 3


def test_an_incomplete_person_gets_no_letter_and_is_told_why(db):
    team = make_team(db)
    fill(db, team, skip=frozenset({("A", "data"), ("C", "self")}))
    batch = month_letters(db)
    assert sorted(by_no(batch)) == ["T0", "TB", "TD"]
    assert [(r.staff_no, r.name, r.reason) for r in batch.refused] == [
        ("TA", "組員A", "incomplete: 數據分析"),
        ("TC", "組員C", "incomplete: 自我評價"),
    ]
    only = month_letters(db, ["TC"])
    assert only.letters == () and only.refused[0].staff_no == "TC"


def test_staff_not_appraised_in_the_month_are_refused(db):
    team = make_team(db)
    fill(db, team)
    with pytest.raises(DomainError, match="T9 is not appraised in 2026-01"):
        month_letters(db, ["TA", "T9"])
    assert [letter.staff_no for letter in month_letters(db, ["TB", "TA"]).letters] == ["TB", "TA"]
    with pytest.raises(DomainError, match="no appraisal period 2026-02"), db.transaction() as s:
        letters.monthly(s, 2026, 2)


def test_the_appeal_deadline_is_the_letter_date_and_the_settings_days(db, clock_at):
    team = make_team(db)
    fill(db, team)
    clock_at("2026-02-03T09:00:00")
    a = by_no(month_letters(db))["TA"]
    assert (a.dated, a.appeal_by) == (dt.date(2026, 2, 3), dt.date(2026, 2, 10))  # default 7
    with db.transaction() as s:
        settings.put(s, settings.APPEAL_DAYS, "30", OP)
        for key, bad in ((settings.APPEAL_DAYS, "0"), (settings.APPEAL_DAYS, "七"),
                         (settings.LETTER_SHOWS_RANK, "maybe")):  # fmt: skip
            assert settings.problem(bad, key)
            with pytest.raises(DomainError):
                settings.put(s, key, bad, OP)
    assert by_no(month_letters(db))["TA"].appeal_by == dt.date(2026, 3, 5)


def test_annual_letters_carry_the_months_their_mean_and_grade(db):
    team = make_team(db)
    fill(db, team, skip=frozenset({("C", "self")}))
    with db.transaction() as s:
        scheme.edit(s, scheme.SchemeChanges(annual_min_months=1), OP)
        periods.lock(s, team.period_id, OP, incomplete=True)
        settings.put(s, settings.LETTER_SHOWS_RANK, "yes", OP)
        year = letters.annual(s, 2026)
    assert year.period == "2026"
    b = by_no(year)["TB"]
    assert b.kind == "annual" and b.months == ((1, Decimal("93.30")),)
    assert (b.total, b.grade, b.bonus_coefficient, b.promotion) == (
        Decimal("93.30"), "優秀", Decimal("1.20"), True
    )  # fmt: skip
    assert (b.rank, b.ranked, b.bonus) == (1, 4, None)
    assert all(line.score is None for line in b.sources)  # the weights, not a month's scores
    assert [line.weight for line in b.sources] == [40, 20, 10, 30]
    assert by_no(year)["TD"].training_needs == ("工作業績", "工作能力", "工作態度")
    assert [(r.staff_no, r.reason) for r in year.refused] == [
        ("TC", "0 complete month(s) in 2026; the annual result needs 1")
    ]
    with pytest.raises(DomainError, match="no appraisal month in 2025"), db.transaction() as s:
        letters.annual(s, 2025)
