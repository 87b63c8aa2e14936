"""The monthly and annual sheets for HR: live formulas over visible weights, print-ready,
protected, and — recalculated by LibreOffice — the same numbers as the program."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import delete
from workbooks import assert_printable

from ops_desktop.core.appraisal import periods, results, rules
from ops_desktop.core.models import ScoreEntry
from ops_desktop.core.services import scheme
from ops_desktop.exports.excel.annual_sheet import INSUFFICIENT, write_annual_sheet
from ops_desktop.exports.excel.score_sheet import write_score_sheet


def monthly(db, tmp_path, year=2026, month=10, name="month.xlsx"):
    with db.transaction() as session:
        result = results.compute(session, periods.get(session, year, month).id)
    path = tmp_path / name
    layout = write_score_sheet(result, path, department="運營部")
    return result, path, layout


def rows_by_staff_no(ws, layout):
    return {
        ws.cell(r, layout.staff_no_col).value: r
        for r in range(layout.first_row, layout.last_row + 1)
    }


def close(a, b):
    return abs(float(a) - float(b)) <= 0.01


def test_monthly_sheet_layout_protection_and_print_setup(demo_db, tmp_path):
    result, path, layout = monthly(demo_db, tmp_path)
    ws = openpyxl.load_workbook(path).active
    assert "運營部" in ws["A1"].value and result.label in ws["A1"].value
    assert layout.last_row - layout.first_row + 1 == len(result.people) == 24
    total = ws.cell(layout.first_row, layout.total_col).value
    # The total is a live formula over the visible source-weight cells B5:E5.
    assert total.startswith("=") and all(ref in total for ref in ("$B$5", "$C$5", "$D$5", "$E$5"))
    assert [ws.cell(5, c).value for c in range(2, 6)] == [40, 20, 10, 30]
    grade = ws.cell(layout.first_row, layout.grade_col).value
    assert grade.startswith("=") and "LOOKUP" in grade
    assert "RANK" in ws.cell(layout.first_row, layout.rank_col).value
    assert ws.protection.sheet and not ws.protection.password
    # The weights and the grade table are unlocked for HR; the results are not.
    assert ws["B5"].protection.locked is False and ws["L7"].protection.locked is False
    assert ws.cell(layout.first_row, layout.total_col).protection.locked is True
    # The inputs are on the second sheet, unlocked while the month is not locked.
    details = openpyxl.load_workbook(path).worksheets[1]
    assert details.title.endswith("評分明細") and details.protection.sheet
    assert details["D5"].protection.locked is False
    source = ws.cell(layout.first_row, layout.total_col - 1).value
    assert source.startswith("=") and "評分明細" in source
    assert_printable(ws, "月度績效考核表", landscape=True)
    assert_printable(details, "評分明細", landscape=True)
    # More pages wide if ever needed, with the staff number and name on each.
    assert ws.print_title_rows == "$10:$10" and ws.print_title_cols == "$A:$B"
    assert ws.freeze_panes == "D11"
    props = openpyxl.load_workbook(path).properties
    assert "confidential" in props.keywords and result.label in props.subject


def test_an_incomplete_person_is_marked_and_has_no_total(demo_db, tmp_path):
    with demo_db.transaction() as session:
        period = periods.get(session, 2026, 10)
        someone = results.compute(session, period.id).people[3]
        session.execute(
            delete(ScoreEntry).where(
                ScoreEntry.period_id == period.id,
                ScoreEntry.subject_id == someone.staff_id,
                ScoreEntry.source == "self",
            )
        )
    result, path, layout = monthly(demo_db, tmp_path)
    person = next(p for p in result.people if p.staff_id == someone.staff_id)
    assert person.total is None and any(m.startswith("self.") for m in person.missing)
    ws = openpyxl.load_workbook(path).active
    row = rows_by_staff_no(ws, layout)[person.staff_no]
    assert ws.cell(row, layout.status_col).value == "缺少：自我評價；補齊後計算總分"
    others = [r for n, r in rows_by_staff_no(ws, layout).items() if n != person.staff_no]
    assert {ws.cell(r, layout.status_col).value for r in others} == {"完整"}


def test_a_month_over_a_distribution_limit_says_so_on_the_sheet(demo_db, tmp_path):
    from sqlalchemy import update

    from ops_desktop.core.models import GradeBand

    _result, path, _layout = monthly(demo_db, tmp_path, name="within.xlsx")
    assert openpyxl.load_workbook(path).active["A3"].value is None  # 3 of 24 優秀: within 20 %
    with demo_db.transaction() as session:
        session.execute(update(GradeBand).where(GradeBand.name == "優秀").values(max_share=10))
    result, path, _layout = monthly(demo_db, tmp_path, name="over.xlsx")
    assert [(b.name, n) for b, n, _share in result.breaches] == [("優秀", 3)]
    note = openpyxl.load_workbook(path).active["A3"]
    assert note.value == "強制分佈超出上限:優秀 3 人,佔已評 24 人的 12.50%,超過上限 10%"
    assert note.font.bold and note.font.color.rgb.endswith("C00000")


def check_against_program(result, ws, layout):
    rows = rows_by_staff_no(ws, layout)
    for person in result.people:
        r = rows[person.staff_no]
        total = ws.cell(r, layout.total_col).value
        if person.total is None:
            assert total in (None, ""), person.staff_no
            continue
        assert close(total, person.total), (person.staff_no, total, person.total)
        assert ws.cell(r, layout.grade_col).value == person.grade
        assert ws.cell(r, layout.rank_col).value == person.rank
        assert close(ws.cell(r, layout.coefficient_col).value, person.bonus_coefficient)
        assert close(ws.cell(r, layout.bonus_col).value, person.bonus)


@pytest.mark.parametrize("month", [10, 3])  # the month under review and a locked one
def test_libreoffice_computes_the_programs_numbers(demo_db, tmp_path, recalc, month):
    result, path, layout = monthly(demo_db, tmp_path, month=month)
    check_against_program(result, recalc(path).active, layout)


def test_libreoffice_agrees_after_weights_change_and_with_incomplete_people(
    demo_db, tmp_path, recalc
):
    with demo_db.transaction() as session:
        scheme.set_weights(
            session,
            sources={"supervisor": 35, "peer": 25, "self": 5, "data": 35},
            dimensions={"performance": 45, "ability": 35, "attitude": 20},
        )
        period = periods.get(session, 2026, 10)
        session.execute(
            delete(ScoreEntry).where(
                ScoreEntry.period_id == period.id,
                ScoreEntry.source == "peer",
                ScoreEntry.subject_id.in_(
                    [p.staff_id for p in results.compute(session, period.id).people[:2]]
                ),
            )
        )
    result, path, layout = monthly(demo_db, tmp_path)
    assert sum(1 for p in result.people if p.total is None) == 2
    check_against_program(result, recalc(path).active, layout)


def test_hr_changing_a_weight_cell_recomputes_the_totals(demo_db, tmp_path, recalc):
    """The weights on the sheet are live: HR can audit a different weighting."""
    result, path, layout = monthly(demo_db, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["B5"], ws["C5"], ws["D5"], ws["E5"] = 25, 25, 25, 25
    wb.save(path)
    computed = recalc(path).active
    weights = dict.fromkeys(("supervisor", "peer", "self", "data"), Decimal(25))
    rows = rows_by_staff_no(computed, layout)
    for person in result.people:
        expected = rules.monthly_total(weights, person.source_scores)
        assert close(computed.cell(rows[person.staff_no], layout.total_col).value, expected)


def annual(db, tmp_path, year=2026):
    with db.transaction() as session:
        result = results.compute_year(session, year)
    path = tmp_path / "annual.xlsx"
    return result, path, write_annual_sheet(result, path, department="運營部")


def test_annual_sheet_matches_the_program_in_libreoffice(demo_db, tmp_path, recalc):
    with demo_db.transaction() as session:  # the person who left has 9 months of 2026
        scheme.edit(session, scheme.SchemeChanges(annual_min_months=10))
    result, path, layout = annual(demo_db, tmp_path)
    assert any(r.result is None for r in result.rows)
    assert any(r.promotion for r in result.rows)
    ws = recalc(path).active
    rows = rows_by_staff_no(ws, layout)
    for row in result.rows:
        r = rows[row.staff_no]
        mean = ws.cell(r, layout.total_col).value
        if row.result is None:
            assert mean == INSUFFICIENT and ws.cell(r, layout.grade_col).value in (None, "")
            continue
        assert close(mean, row.result), row.staff_no
        assert ws.cell(r, layout.grade_col).value == row.grade
        assert ws.cell(r, layout.rank_col).value == row.rank
        assert (ws.cell(r, layout.rank_col + 1).value == "是") == row.promotion
        assert [ws.cell(r, 4 + m).value for m in range(1, 13)] == [
            None if row.monthly.get(m) is None else pytest.approx(float(row.monthly[m]))
            for m in range(1, 13)
        ]


def test_a_locked_months_inputs_stay_protected_but_its_weights_do_not(demo_db, tmp_path):
    result, path, layout = monthly(demo_db, tmp_path, month=3)
    assert result.status == "locked"
    book = openpyxl.load_workbook(path)
    summary, details = book.worksheets[:2]  # then 評語
    assert summary["B5"].protection.locked is False  # HR may still try another weighting
    assert details.protection.sheet
    assert details["D5"].value is not None and details["D5"].protection.locked is True
    assert not details.data_validations.dataValidation  # nothing there to be typed


def test_annual_sheet_prints_one_page_wide_at_nine_points(demo_db, tmp_path):
    _result, path, layout = annual(demo_db, tmp_path)
    ws = openpyxl.load_workbook(path).active
    assert_printable(ws, "年度績效考核表", landscape=True, scale=90)
    assert ws.print_title_rows == f"${layout.header_row}:${layout.header_row}"
    assert ws["C4"].protection.locked is False  # HR may try another minimum
