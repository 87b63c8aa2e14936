"""The appraisal engine over the 25-person demo department (2025-11 … 2026-10, the last month
in review, the others locked): scheme changes after lock, annual results, promotion, bonus.

Expected values are computed here by hand from the product rules: monthly total =
Σ source weight × source score / 100, annual result = mean of the complete monthly totals,
both rounded half up to cents; 優秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60; bonus 1.2 / 1.0 / 0.8 / 0.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.models import AppraisalPeriod, AppraisalScheme, DataScore
from ops_desktop.core.services import scheme
from ops_desktop.db import Database

COEFFICIENT = {"優秀": Decimal("1.2"), "良好": Decimal(1), "合格": Decimal("0.8"), "不合格": 0}


def cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band_of(total: Decimal) -> str:
    return "優秀" if total >= 90 else "良好" if total >= 80 else "合格" if total >= 60 else "不合格"


def month(s: Session, m: int, year: int = 2026) -> results.PeriodResult:
    return results.compute(s, periods.get(s, year, m).id)


def test_changing_weights_after_lock_keeps_locked_months(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        old_id = periods.get(s, 2026, 9).scheme_id
        locked, review = month(s, 9), month(s, 10)
        scheme.set_weights(s, sources=dict.fromkeys(("supervisor", "peer", "self", "data"), 25))
    with demo_db.transaction() as s:
        locked_after, review_after = month(s, 9), month(s, 10)
        old, new = s.get(AppraisalScheme, old_id), scheme.active(s)
        assert (old.active, new.active, new.id != old_id) == (False, True, True)
        assert periods.get(s, 2026, 9).scheme_id == old_id
        assert periods.get(s, 2026, 10).scheme_id == new.id
    assert [p.total for p in locked_after.people] == [p.total for p in locked.people]
    assert locked_after.scheme.source_weights["supervisor"] == 40
    changed = 0
    for before, after in zip(review.people, review_after.people, strict=True):
        assert after.source_scores == before.source_scores
        expected = cents(sum(25 * v for v in before.source_scores.values()) / 100)
        assert after.total == expected
        changed += after.total != before.total
    assert changed > 0


def year_by_hand(s: Session, year: int) -> dict[int, dict[int, Decimal]]:
    """Each person's complete monthly totals, from compute() of every month."""
    out: dict[int, dict[int, Decimal]] = {}
    for m in range(1, 13):
        period = periods.find(s, year, m)
        for p in results.compute(s, period.id).people if period else []:
            if p.total is not None:
                out.setdefault(p.staff_id, {})[m] = p.total
    return out


def test_annual_result_is_the_mean_of_the_monthly_totals(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        annual, by_hand = results.compute_year(s, 2026), year_by_hand(s, 2026)
    assert annual.rows
    for row in annual.rows:
        monthly = by_hand[row.staff_id]
        assert row.monthly == monthly
        assert row.result == cents(sum(monthly.values()) / len(monthly))
        assert row.grade == band_of(row.result)
    promoted = annual.promotion_list()
    assert promoted and {r.staff_id for r in promoted} == {
        r.staff_id for r in annual.rows if r.grade == "優秀"
    }
    assert [r.result for r in promoted] == sorted((r.result for r in promoted), reverse=True)


@pytest.mark.parametrize("complete_months", [5, 6])
def test_fewer_than_six_complete_months_is_insufficient(
    demo_db: Database, complete_months: int
) -> None:
    with demo_db.transaction() as s:
        best = results.compute_year(s, 2026).promotion_list()[0].staff_id
        later = [periods.get(s, 2026, m).id for m in range(complete_months + 1, 11)]
        # Locked months change only once unlocked (the database refuses it otherwise).
        s.execute(
            update(AppraisalPeriod).where(AppraisalPeriod.id.in_(later)).values(status="review")
        )
        s.execute(
            delete(DataScore).where(DataScore.subject_id == best, DataScore.period_id.in_(later))
        )
    with demo_db.transaction() as s:
        annual, by_hand = results.compute_year(s, 2026), year_by_hand(s, 2026)
        older = results.compute_year(s, 2025)
    row = next(r for r in annual.rows if r.staff_id == best)
    assert sorted(row.monthly) == list(range(1, complete_months + 1))
    if complete_months < 6:
        assert (row.result, row.grade, row.rank, row.promotion) == (None, None, None, False)
        assert best not in {r.staff_id for r in annual.promotion_list()}
    else:
        assert row.result == cents(sum(by_hand[best].values()) / 6)
    assert older.rows and all(len(r.monthly) == 2 for r in older.rows)  # 2025-11, 2025-12
    assert all((r.result, r.grade, r.promotion) == (None, None, False) for r in older.rows)


def test_bonus_is_the_grade_coefficient_times_the_base_bonus(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        people = month(s, 10).people
    graded = [p for p in people if p.total is not None]
    assert graded and all(p.base_bonus > 0 for p in graded)
    for p in graded:
        assert p.bonus_coefficient == COEFFICIENT[p.grade]
        assert p.bonus == cents(COEFFICIENT[p.grade] * p.base_bonus)
