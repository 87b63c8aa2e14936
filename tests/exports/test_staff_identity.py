"""Imports find the people they name however the number is spelled (ＯＰ０００２, op0003,
OP0004 and a zero-width space), refuse cells no workbook can hold, and forms are written
under names that stay in their folder whatever a staff number or a name holds."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl import Workbook
from sqlalchemy import func, select

from ops_desktop.core.appraisal import periods
from ops_desktop.core.models import Staff
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.db import Database
from ops_desktop.exports.excel import evaluator_forms as forms
from ops_desktop.exports.excel.reading import SentWorkbook
from ops_desktop.exports.excel.roster import import_roster

SPELLINGS = {"OP0002": "ＯＰ０００２", "OP0003": "op0003", "OP0004": "OP0004\u200b"}


def roster(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in [["工號", "姓名", "上級工號", "電話"], *rows]:
        wb.active.append(row)
    wb.save(path)
    return path


def people(db: Database) -> dict[str, tuple[str, str | None, str]]:
    with db.transaction() as session:
        return {
            p.staff_no: (p.name, p.supervisor.staff_no if p.supervisor else None, p.phone)
            for p in session.scalars(select(Staff))
        }


def staff_of(db: Database) -> None:
    with db.transaction() as session:
        for number in SPELLINGS:
            staff_service.create(session, StaffInput(number, f"舊{number[-1]}"), "t")


def test_a_roster_updates_the_people_it_spells_differently(db: Database, tmp_path: Path) -> None:
    staff_of(db)
    path = roster(tmp_path / "hr.xlsx", [
        [typed, f"新{number[-1]}", None, "123"] for number, typed in SPELLINGS.items()
    ] + [["ｏｐ０００５\ufeff", "新5", "op0002\u2060", "555"]])  # fmt: skip
    with db.transaction() as session:
        report = import_roster(session, path, "hr")
    assert report.applied and not report.problems, [str(p) for p in report.problems]
    assert (report.added, report.changed) == (1, 3)
    assert people(db) == {
        "OP0002": ("新2", None, "123"),
        "OP0003": ("新3", None, "123"),
        "OP0004": ("新4", None, "123"),
        "OP0005": ("新5", "OP0002", "555"),
    }


def test_one_person_twice_in_two_spellings_is_a_duplicate(db: Database, tmp_path: Path) -> None:
    staff_of(db)
    path = roster(
        tmp_path / "hr.xlsx", [["OP0002", "甲", None, None], ["op0002", "乙", None, None]]
    )
    with db.transaction() as session:
        report = import_roster(session, path, "hr")
    assert not report.applied
    assert [(p.cell, "duplicate" in p.reason) for p in report.problems] == [("A3", True)]


def test_a_cell_no_workbook_can_hold_is_a_problem_of_its_cell(db: Database) -> None:
    """Such a cell comes from another reader than openpyxl, or a program writing the XML
    itself; it is refused where it is, with the column named, and nothing is written."""
    wb = Workbook()
    ws = wb.active
    ws.append(["工號", "姓名", "備註", "上級"])
    ws.append(["OP0007", "甲\uffff", "好", None])
    ws.append(["OP0008", "乙", "a\ufffeb", None])
    ws.append(["OP0009", "丙", None, "甲\ufffe"])
    with db.transaction() as session:
        report = import_roster(session, SentWorkbook(Path("hr.xlsx"), wb), "hr")
    found = {p.cell: p.reason for p in report.problems}
    assert set(found) == {"B2", "C3", "D4"} and not report.applied
    assert found["D4"].startswith("Supervisor contains a character")
    assert found["B2"].startswith("Name contains a character") and "U+FFFF" in found["B2"]
    assert found["C3"].startswith("Notes contains a character") and "U+FFFE" in found["C3"]
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0


def _open_month(db: Database) -> int:
    with db.transaction() as session:
        return periods.open_period(session, 2026, 11).id


def _form(db: Database, period_id: int, folder: Path, staff_no: str) -> Path:
    with db.transaction() as session:
        ident = session.scalar(select(Staff.id).where(Staff.staff_no == staff_no))
        (path,) = forms.generate_forms(
            session, period_id, folder, department="運營部", evaluator_ids=[ident]
        )
    return path


def respell(path: Path, extra_row: bool = False) -> int:
    """Every staff number on the form (and the evaluator's) in another spelling, every score
    filled in; returns the rows. ``extra_row``: the first person again, in upper case."""
    wb = openpyxl.load_workbook(path)
    ws, meta = wb[forms.FORM_SHEET], wb[forms.META_SHEET]
    variants = [lambda n: n.lower(), lambda n: n.translate({c: c + 0xFEE0 for c in range(33, 127)}),
                lambda n: f" {n}\u200b"]  # fmt: skip
    rows = [r for r in range(forms.FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value]
    for i, r in enumerate(rows):
        for c in range(4, 7):
            ws.cell(r, c).value = 80
        if extra_row and i == 0:
            for c in range(1, 7):
                ws.cell(rows[-1] + 1, c).value = ws.cell(r, c).value
        ws.cell(r, 1).value = variants[i % 3](ws.cell(r, 1).value)
    for r in range(1, meta.max_row + 1):
        if meta.cell(r, 1).value == "evaluator":
            meta.cell(r, 2).value = meta.cell(r, 2).value.lower()
    wb.save(path)
    return len(rows)


def test_a_form_finds_its_people_and_evaluator_however_spelled(
    demo_db: Database, tmp_path: Path
) -> None:
    period_id = _open_month(demo_db)
    path = _form(demo_db, period_id, tmp_path, "OP0001")
    rows = respell(path)
    assert rows >= 3  # self, and the people OP0001 supervises
    with demo_db.transaction() as session:
        report = forms.import_form(session, period_id, path, "t")
    assert report.applied and not report.problems, [str(p) for p in report.problems]
    assert report.added == rows * 3


def test_a_person_twice_on_a_form_in_two_spellings_is_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    period_id = _open_month(demo_db)
    path = _form(demo_db, period_id, tmp_path, "OP0001")
    respell(path, extra_row=True)
    with demo_db.transaction() as session:
        report = forms.import_form(session, period_id, path, "t")
    assert not report.applied
    assert ["appears twice" in p.reason for p in report.problems] == [True]


def test_form_names_stay_in_the_folder_whatever_the_number_and_name(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.transaction() as session:
        person = session.scalar(select(Staff).where(Staff.staff_no == "OP0001"))
        person.staff_no, person.name = "../OP/../0001", "CON"
    folder = tmp_path / "a" / "forms"
    folder.mkdir(parents=True)
    period_id = _open_month(demo_db)
    path = _form(demo_db, period_id, folder, "../OP/../0001")
    assert path.parent == folder and path.is_file()
    assert path.name == "2026-11__OP_.._0001_CON_.xlsx"
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["forms"]
    with demo_db.transaction() as session:
        report = forms.import_form(session, period_id, path, "t", only_valid=True)
    assert report.applied  # the form still names its evaluator, as stored
