"""A locked month keeps the base bonuses it was locked with: a later raise changes the bonus
of open months only, until the month is unlocked (with a reason) and locked again."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
from sqlalchemy import func, select

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.models import PeriodBonusBase
from ops_desktop.core.services import staff
from ops_desktop.db import Database
from ops_desktop.exports.excel.score_sheet import write_score_sheet


def person_in(s, year: int, month: int, staff_id: int) -> results.PersonResult:  # type: ignore[no-untyped-def]
    result = results.compute(s, periods.get(s, year, month).id)
    return next(p for p in result.people if p.staff_id == staff_id)


def graded_person(demo_db: Database) -> tuple[int, Decimal]:
    """Someone with a grade in locked September and in October (in review)."""
    with demo_db.transaction() as s:
        september = results.compute(s, periods.get(s, 2026, 9).id)
        october = {p.staff_id: p for p in results.compute(s, periods.get(s, 2026, 10).id).people}
        person = next(
            p
            for p in september.people
            if p.bonus_coefficient and p.base_bonus and october[p.staff_id].bonus_coefficient
        )
        return person.staff_id, person.base_bonus


def raise_base_bonus(demo_db: Database, staff_id: int, amount: Decimal) -> None:
    with demo_db.transaction() as s:
        record = staff.get(s, staff_id)
        record.base_bonus = amount


def test_a_raise_after_locking_leaves_the_locked_month_alone(demo_db, tmp_path):
    staff_id, before = graded_person(demo_db)
    raised = before + Decimal("1000")
    raise_base_bonus(demo_db, staff_id, raised)
    with demo_db.transaction() as s:
        locked, review = person_in(s, 2026, 9, staff_id), person_in(s, 2026, 10, staff_id)
        sheet = write_score_sheet(
            results.compute(s, periods.get(s, 2026, 9).id), tmp_path / "9.xlsx", department="x"
        )
    assert locked.base_bonus == before
    assert locked.bonus == (locked.bonus_coefficient * before).quantize(Decimal("0.01"))
    assert review.base_bonus == raised  # a month not locked follows the person's record
    ws = openpyxl.load_workbook(tmp_path / "9.xlsx", data_only=True).active  # stored results
    row = next(
        r
        for r in range(sheet.first_row, sheet.last_row + 1)
        if ws.cell(r, sheet.staff_no_col).value == staff_no(demo_db, staff_id)
    )
    assert Decimal(str(ws.cell(row, sheet.bonus_col - 1).value)) == before  # HR sees it too


def staff_no(demo_db: Database, staff_id: int) -> str:
    with demo_db.transaction() as s:
        return staff.get(s, staff_id).staff_no


def test_unlocking_follows_the_record_and_locking_again_keeps_it(demo_db):
    staff_id, before = graded_person(demo_db)
    with demo_db.transaction() as s:
        september = periods.get(s, 2026, 9).id
        periods.unlock(s, september, "改正獎金基數", "hr")
        assert s.scalar(select(func.count()).select_from(PeriodBonusBase).where(
            PeriodBonusBase.period_id == september)) == 0  # fmt: skip
    raise_base_bonus(demo_db, staff_id, before + 500)
    with demo_db.transaction() as s:
        assert person_in(s, 2026, 9, staff_id).base_bonus == before + 500
        periods.lock(s, september, "hr")
    raise_base_bonus(demo_db, staff_id, before + 900)
    with demo_db.transaction() as s:
        assert person_in(s, 2026, 9, staff_id).base_bonus == before + 500
        members = len(periods.members(s, periods.get(s, 2026, 9)))
        kept = s.scalar(
            select(func.count())
            .select_from(PeriodBonusBase)
            .where(PeriodBonusBase.period_id == september)
        )
    assert kept == members  # everyone appraised that month, not only this person
