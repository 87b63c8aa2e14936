"""Every formula cell of every workbook for HR carries its result (issue 16, point 1).

Excel's Protected View, mail and file previewers, python-calamine and pandas do not
recalculate: they show what the file stores. Each workbook is read here with python-calamine
*without* recalculation and compared, formula cell by formula cell, with what LibreOffice
computes from the formulas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import delete
from workbooks import compare, formula_cells

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.models import ScoreEntry
from ops_desktop.core.services import audit, scheme
from ops_desktop.db import Database
from ops_desktop.exports.excel.annual_sheet import write_annual_sheet
from ops_desktop.exports.excel.audit_log import write_audit_log
from ops_desktop.exports.excel.roster import write_roster
from ops_desktop.exports.excel.score_sheet import write_score_sheet
from ops_desktop.exports.excel.training_records import write_training_records


def month_with_gaps(db: Database, tmp_path: Path, month: int) -> Path:
    with db.transaction() as session:
        period = periods.get(session, 2026, month)
        people = results.compute(session, period.id).people
        if month == 10:  # two people without peer scores: blank totals, grades, bonuses
            session.execute(
                delete(ScoreEntry).where(
                    ScoreEntry.period_id == period.id,
                    ScoreEntry.source == "peer",
                    ScoreEntry.subject_id.in_([p.staff_id for p in people[:2]]),
                )
            )
        result = results.compute(session, period.id)
    path = tmp_path / f"month-{month}.xlsx"
    write_score_sheet(result, path, department="運營部")
    return path


@pytest.mark.parametrize("month", [10, 3])  # under review with gaps, and locked
def test_score_sheet_stores_what_libreoffice_computes(demo_db, tmp_path, recalc, month):
    path = month_with_gaps(demo_db, tmp_path, month)
    # source scores, data, total, grade, rank, coefficient, base, bonus: 10 per person
    assert compare(path, recalc) >= 24 * 10


def test_a_previewer_sees_every_total(demo_db, tmp_path):
    """What the issue counted: 0 of 24 totals read without recalculation. Now all."""
    path = month_with_gaps(demo_db, tmp_path, 3)
    with demo_db.transaction() as session:
        people = results.compute(session, periods.get(session, 2026, 3).id).people
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("2026-03 考核表")
    by_no = {row[0]: row for row in rows.to_python(skip_empty_area=False) if row}
    assert [by_no[p.staff_no][7] for p in people] == [float(p.total) for p in people]
    assert [by_no[p.staff_no][8] for p in people] == [p.grade for p in people]


def test_annual_sheet_stores_what_libreoffice_computes(demo_db, tmp_path, recalc):
    with demo_db.transaction() as session:  # someone with too few months: 資料不足
        scheme.edit(session, scheme.SchemeChanges(annual_min_months=10))
        result = results.compute_year(session, 2026)
    assert any(r.result is None for r in result.rows)
    path = tmp_path / "annual.xlsx"
    write_annual_sheet(result, path, department="運營部")
    assert compare(path, recalc) == 5 * len(result.rows)


def test_training_records_store_what_libreoffice_computes(demo_db, tmp_path, recalc):
    path = tmp_path / "training.xlsx"
    with demo_db.transaction() as session:
        write_training_records(session, path, department="運營部")
    assert compare(path, recalc) > 0


def test_roster_and_audit_log_hold_values_only(demo_db, tmp_path):
    """No formula to go blank: what a previewer shows is the whole file."""
    roster, log = tmp_path / "roster.xlsx", tmp_path / "audit.xlsx"
    with demo_db.transaction() as session:
        write_roster(session, roster, department="運營部")
        write_audit_log(audit.entries(session), log, department="運營部")
    assert formula_cells(roster) == {"員工名冊": []}
    assert formula_cells(log) == {"審計日誌": []}
    rows = CalamineWorkbook.from_path(str(roster)).get_sheet_by_name("員工名冊").to_python()
    assert rows[2][0] == "OP0001"


def test_the_formulas_are_stored_as_xlsxwriters_own_worksheet_stores_them(
    demo_db, tmp_path, monkeypatch
):
    """cells.ProgramWorksheet skips XlsxWriter's rewriting of newer functions, which the
    program does not use: the stock worksheet must write the very same sheets."""
    import zipfile

    from xlsxwriter.worksheet import Worksheet

    from ops_desktop.exports.excel import cells

    def write_all(folder: Path) -> dict[str, bytes]:
        folder.mkdir()
        month_with_gaps(demo_db, folder, 10)
        with demo_db.transaction() as session:
            write_annual_sheet(results.compute_year(session, 2026), folder / "a.xlsx",
                               department="運營部")  # fmt: skip
            write_training_records(session, folder / "t.xlsx", department="運營部")
        return {
            f"{path.name}:{name}": archive.read(name)
            for path in sorted(folder.glob("*.xlsx"))
            for archive in [zipfile.ZipFile(path)]
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        }

    ours = write_all(tmp_path / "ours")
    monkeypatch.setattr(cells, "ProgramWorksheet", Worksheet)
    stock = write_all(tmp_path / "stock")
    assert len(ours) >= 6 and ours == stock
