"""The bad-input corpus: malformed forms and rosters, a read-only data folder, a full disk.
Each gives a clear message and changes nothing."""

from __future__ import annotations

import os
import stat
import sys
import zipfile

import openpyxl
import pytest
from sqlalchemy import event, func, select

from ops_desktop.core.appraisal import periods
from ops_desktop.core.errors import DomainError, StorageError
from ops_desktop.core.models import ScoreEntry, Staff
from ops_desktop.core.services import staff as staff_service
from ops_desktop.db import open_database
from ops_desktop.db.location import sqlite_url
from ops_desktop.exports.excel import evaluator_forms as forms
from ops_desktop.exports.excel.roster import import_roster


def count(db, model, *where):
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def form(demo_db, tmp_path):
    with demo_db.transaction() as session:
        period = periods.open_period(session, 2026, 11)
        paths = forms.generate_forms(session, period.id, tmp_path, department="運營部")
    return period.id, next(p for p in paths if "_OP0003_" in p.name)


def edit(path, change):
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)


def importing(db, period_id, path, **kw):
    with db.transaction() as session:
        return forms.import_form(session, period_id, path, "t", **kw)


def test_merged_cells_empty_rows_and_extra_sheets_in_a_form(demo_db, form):
    period_id, path = form

    def mangle(wb):
        ws = wb[forms.FORM_SHEET]
        ws.protection.sheet = False
        for col in "DEF":
            ws[f"{col}5"] = 80
        ws.merge_cells("D6:E6")  # two score cells merged: one value would be dropped
        ws["D6"] = 85
        for row in range(7, ws.max_row + 1):  # the others not evaluated (未評)
            if ws.cell(row, 1).value:
                ws.cell(row, 7).value = "✓"
        ws.insert_rows(7)  # an empty row in the middle
        wb.create_sheet("我的筆記")["A1"] = "=1+1"

    edit(path, mangle)
    report = importing(demo_db, period_id, path)
    assert not report.applied  # the merged range is refused where it is, nothing written
    (problem,) = report.problems  # empty rows and extra sheets are ignored
    assert problem.cell == "D6:E6" and "merged" in problem.reason
    assert count(demo_db, ScoreEntry, ScoreEntry.period_id == period_id) == 0
    report = importing(demo_db, period_id, path, only_valid=True)
    assert report.applied and count(demo_db, ScoreEntry, ScoreEntry.period_id == period_id) == 3


def test_a_huge_file_is_refused_before_it_is_read(demo_db, form, tmp_path):
    period_id, _ = form
    bomb = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (300 * 1024 * 1024))
    with pytest.raises(DomainError, match="too large"):
        importing(demo_db, period_id, bomb)


def test_a_roster_with_merged_cells_and_empty_rows(db, tmp_path):
    path = tmp_path / "roster.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["員工名冊"])  # a title row above the header
    ws.append(["工號", "姓名", "崗位"])
    ws.append(["N001", "甲", "運營專員"])
    ws.append([None, None, None])
    ws.append(["N002", "乙", "運營專員"])
    ws.merge_cells("B5:C5")  # the name spills over the position: the position is lost
    wb.save(path)
    with db.transaction() as session:
        report = import_roster(session, path)
    assert report.applied, [str(p) for p in report.problems]
    with db.transaction() as session:
        people = {r.staff_no: (r.name, r.position) for r in staff_service.rows(session)}
    assert people == {"N001": ("甲", "運營專員"), "N002": ("乙", "")}


@pytest.mark.sqlite_only
@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_a_read_only_data_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StorageError, match="Cannot create the database"):
            open_database(sqlite_url(folder / "ops.sqlite3"))
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.sqlite_only
def test_a_full_disk_refuses_the_change_and_keeps_the_data(demo_db):
    """SQLite told it may not grow (max_page_count) reports 'database or disk is full'."""
    before = count(demo_db, ScoreEntry)

    @event.listens_for(demo_db.engine, "begin")
    def no_room(conn):  # type: ignore[no-untyped-def]
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StorageError, match="full"), demo_db.transaction() as session:
        period = periods.open_period(session, 2026, 11)
        people = session.scalars(select(Staff.id)).all()
        dims = [d.id for d in periods.scheme_dimensions(session, period.id)]
        for subject in people:
            for evaluator in people:
                if evaluator != subject:
                    session.add(
                        ScoreEntry(
                            period_id=period.id,
                            subject_id=subject,
                            source="peer",
                            evaluator_id=evaluator,
                            dimension_id=dims[0],
                            score=80,
                        )
                    )
        session.flush()
    event.remove(demo_db.engine, "begin", no_room)
    assert count(demo_db, ScoreEntry) == before
