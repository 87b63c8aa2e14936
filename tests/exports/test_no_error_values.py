"""No formula of the score sheet or the annual sheet shows an error value for any setting the
program accepts (issue 16, point 4): a property test over the scheme's settings, each
workbook recalculated by LibreOffice, and the extremes checked one by one."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workbooks import ERRORS, compare

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.services import scheme
from ops_desktop.exports.excel.annual_sheet import write_annual_sheet
from ops_desktop.exports.excel.score_sheet import write_score_sheet

SOURCES = ("supervisor", "peer", "self", "data")
DIMENSIONS = ("performance", "ability", "attitude")
GRADES = ("優秀", "良好", "合格", "不合格")  # highest first, as the scheme orders them


def summing_to_100(n: int) -> st.SearchStrategy[list[int]]:
    """n whole weights, each 0–100, adding up to 100 (the scheme's rule)."""
    return st.lists(st.integers(0, 100), min_size=n - 1, max_size=n - 1).map(
        lambda cuts: [b - a for a, b in zip([0, *sorted(cuts)], [*sorted(cuts), 100], strict=True)]
    )


grade_tables = st.tuples(
    st.lists(st.integers(1, 1000), min_size=3, max_size=3, unique=True),  # tenths, > 0
    st.lists(st.decimals(0, 10, places=1), min_size=4, max_size=4),
).map(
    lambda drawn: {
        name: (Decimal(m) / 10, coefficient, None)
        for name, m, coefficient in zip(
            GRADES, [*sorted(drawn[0], reverse=True), 0], drawn[1], strict=True
        )
    }
)


def apply(db, sources, dimensions, grades, min_months):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        scheme.edit(
            session,
            scheme.SchemeChanges(
                sources=dict(zip(SOURCES, sources, strict=True)),
                dimensions=dict(zip(DIMENSIONS, dimensions, strict=True)),
                grades=grades,
                annual_min_months=min_months,
            ),
        )


def write_both(db, tmp_path):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        month = results.compute(session, periods.get(session, 2026, 10).id)
        year = results.compute_year(session, 2026)
    write_score_sheet(month, tmp_path / "month.xlsx", department="運營部")
    write_annual_sheet(year, tmp_path / "year.xlsx", department="運營部")
    return tmp_path / "month.xlsx", tmp_path / "year.xlsx"


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,  # the same settings each run: a failure can be run again
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(summing_to_100(4), summing_to_100(3), grade_tables, st.integers(1, 12))
def test_no_setting_the_program_accepts_makes_an_error_value(
    demo_db, tmp_path, recalc, sources, dimensions, grades, min_months
):
    apply(demo_db, sources, dimensions, grades, min_months)
    for path in write_both(demo_db, tmp_path):
        assert compare(path, recalc) > 0  # stored = LibreOffice's, never an error


@pytest.mark.parametrize(
    ("sources", "dimensions", "min_months"),
    [
        ((100, 0, 0, 0), (100, 0, 0), 12),  # one source and one dimension carry everything
        ((0, 0, 0, 100), (0, 0, 100), 1),
    ],
)
def test_the_extremes(demo_db, tmp_path, recalc, sources, dimensions, min_months):
    # Grades a tenth apart at the top, coefficients 0 and 10.
    grades = {"優秀": (Decimal("100"), 10, None), "良好": (Decimal("99.9"), 0, None),
              "合格": (Decimal("0.1"), 0, None), "不合格": (Decimal(0), 0, None)}  # fmt: skip
    apply(demo_db, sources, dimensions, grades, min_months)
    for path in write_both(demo_db, tmp_path):
        assert compare(path, recalc) > 0


def test_hr_typing_a_minimum_of_zero_months_divides_by_nothing(demo_db, tmp_path, recalc):
    """The issue's case: with 0 in the minimum-months cell the whole 排名 column was #DIV/0!
    (someone with no complete month averaged over nothing)."""
    with demo_db.transaction() as session:
        year = results.compute_year(session, 2026)
    path = tmp_path / "year.xlsx"
    layout = write_annual_sheet(year, path, department="運營部")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["C4"] = 0
    r = layout.first_row  # and someone without a single complete month
    for c in range(5, 17):
        ws.cell(r, c).value = None
    wb.save(path)
    again = recalc(path).active
    values = [
        again.cell(row, c).value
        for row in range(layout.first_row, layout.last_row + 1)
        for c in range(17, 22)
    ]
    assert not [v for v in values if v in ERRORS]
    assert again.cell(r, layout.total_col).value == "資料不足"
