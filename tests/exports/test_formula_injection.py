"""Text that starts like a formula is written as text in every export, never evaluated."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import select

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.models import AppSetting, Staff, TrainingCourse
from ops_desktop.exports.excel import evaluator_forms
from ops_desktop.exports.excel.annual_sheet import write_annual_sheet
from ops_desktop.exports.excel.roster import write_roster
from ops_desktop.exports.excel.score_sheet import write_score_sheet
from ops_desktop.exports.excel.training_records import write_training_records

HOSTILE = [
    '=HYPERLINK("http://evil.example","點我")',
    "+86 138 0000 0000",
    "-1+2",
    "@SUM(A1:A9)",
    "\tcmd|' /C calc'!A0",
    "\r=1+1",
]


@pytest.fixture
def hostile_db(demo_db):
    """Staff names, a course title and the department name that look like formulas; written
    straight into the tables, as another program or an old version might have left them."""
    with demo_db.transaction() as session:
        people = session.scalars(select(Staff).order_by(Staff.staff_no)).all()
        for person, text in zip(people[1:], HOSTILE, strict=False):
            person.name = text
        people[0].notes = HOSTILE[0]
        session.scalars(select(TrainingCourse)).first().title = HOSTILE[3]
        session.get(AppSetting, "department_name").value = HOSTILE[0]
    return demo_db


def exports(db, folder):
    with db.transaction() as session:
        october = periods.get(session, 2026, 10)
        write_score_sheet(
            results.compute(session, october.id), folder / "month.xlsx", department=HOSTILE[0]
        )
        write_annual_sheet(
            results.compute_year(session, 2026), folder / "annual.xlsx", department=HOSTILE[0]
        )
        write_roster(session, folder / "roster.xlsx", department=HOSTILE[0])
        write_training_records(session, folder / "training.xlsx", department=HOSTILE[0])
        forms = evaluator_forms.generate_forms(session, october.id, folder, department=HOSTILE[0])
    return [
        folder / n for n in ("month.xlsx", "annual.xlsx", "roster.xlsx", "training.xlsx")
    ] + forms[:3]


def hostile_cells(path):
    found = []
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and any(h in cell.value for h in HOSTILE):
                    found.append(cell)
    return found


def test_every_export_writes_formula_like_text_as_text(hostile_db, tmp_path):
    for path in exports(hostile_db, tmp_path):
        cells = hostile_cells(path)
        assert cells, f"{path.name} should contain the hostile names"
        for cell in cells:
            assert cell.data_type == "s", (path.name, cell.coordinate, cell.value)
        texts = {c.value for c in cells}
        assert texts & set(HOSTILE), path.name  # stored exactly, not altered


def test_libreoffice_shows_the_text_and_computes_nothing(hostile_db, tmp_path, recalc):
    for path in exports(hostile_db, tmp_path)[:2]:
        computed = recalc(path)
        values = {
            cell.value
            for ws in computed.worksheets
            for row in ws.iter_rows()
            for cell in row
            if isinstance(cell.value, str)
        }
        for text in HOSTILE[:4]:
            assert text in values, (path.name, text)
        assert 1 not in values and "1" not in values
