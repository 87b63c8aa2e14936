"""The staff roster workbook for HR and its import: layout, round trip, problems, injection."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from workbooks import assert_printable

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry, Staff
from ops_desktop.core.services import positions
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.db import Database
from ops_desktop.exports.excel.reading import ImportReport
from ops_desktop.exports.excel.roster import import_roster, write_roster

HEADER = "工號 姓名 崗位 上級工號 上級 入職日期 狀態 離職日期 電話 郵箱 備註".split()  # noqa: SIM905
STATUS = {"active": "在職", "leave": "休假", "departed": "離職"}
INJECTIONS = ['=HYPERLINK("http://x","y")', "+86 138 0000 0000", "-1+2", "@SUM(A1)"]


def export(database: Database, target: Path) -> Path:
    with database.transaction() as session:
        return write_roster(session, target, department="運營部")


def load(database: Database, path: Path, **kw: object) -> ImportReport:
    with database.transaction() as session:
        return import_roster(session, path, "hr", **kw)  # type: ignore[arg-type]


def snapshot(database: Database) -> dict[str, tuple]:
    with database.transaction() as session:
        return {
            p.staff_no: (
                p.name,
                p.position.name if p.position else None,
                p.supervisor.staff_no if p.supervisor else None,
                p.status,
                p.hire_date,
                p.phone,
                p.email,
                p.notes,
            )  # fmt: skip
            for p in session.scalars(select(Staff))
        }


def counts(database: Database) -> tuple[int, int]:
    """(staff, audit entries)."""
    with database.transaction() as session:
        people = session.scalar(select(func.count()).select_from(Staff))
        return people, session.scalar(select(func.count()).select_from(AuditEntry))  # type: ignore[return-value]


def book(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def add(database: Database, staff_no: str, name: str, **kw: object) -> int:
    with database.transaction() as session:
        return staff_service.create(session, StaffInput(staff_no, name, **kw), "test")  # type: ignore[arg-type]


def where(report: ImportReport) -> dict[str, str]:
    return {p.cell: p.reason for p in report.problems}


# ----------------------------------------------------------------------------- export


def test_export_lists_everyone_with_dates_as_dates(demo_db: Database, tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "roster.xlsx")
    with demo_db.transaction() as session:
        expected = staff_service.rows(session, include_departed=True)
        departed_on = {p.staff_no: p.departed_on for p in session.scalars(select(Staff))}
    wb = load_workbook(path)
    ws = wb.active
    assert ws["A1"].value == "運營部 員工名冊"
    assert [c.value for c in ws[2]] == HEADER
    got = list(ws.iter_rows(min_row=3))
    assert len(got) == len(expected) == 25
    assert any(r.status == "departed" for r in expected)
    for cells, row in zip(got, expected, strict=True):
        v = [c.value for c in cells]
        assert v[:3] == [row.staff_no, row.name, row.position]
        assert (v[4] or "", v[6], v[8], v[9]) == (row.supervisor, STATUS[row.status],
                                                  row.phone, row.email)  # fmt: skip
        assert isinstance(v[5], dt.datetime) and v[5].date() == row.hire_date
        assert cells[5].is_date and cells[5].number_format == "yyyy-mm-dd"
        if row.status == "departed":
            assert v[7].date() == departed_on[row.staff_no] and cells[7].is_date
        else:
            assert v[7] is None
    assert_printable(ws, "員工名冊", landscape=True)
    assert ws.print_title_rows == "$2:$2" and ws.print_title_cols == "$A:$B"
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:K27"
    assert not ws.protection.sheet
    assert "confidential" in wb.properties.keywords.lower()


# ----------------------------------------------------------------------------- round trip


def test_round_trip_recreates_everyone_in_a_fresh_database(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    # A departed person under a supervisor who left later: the order of writes matters.
    boss = add(demo_db, "X001", "離職主管")
    report = add(demo_db, "X002", "離職專員", supervisor_id=boss, hire_date="2020-02-02")
    with demo_db.transaction() as session:
        staff_service.deactivate(session, report, "test")
        staff_service.deactivate(session, boss, "test")
    path = export(demo_db, tmp_path / "roster.xlsx")
    assert counts(db)[0] == 0

    result = load(db, path)
    assert result.applied and not result.problems, [str(p) for p in result.problems]
    assert (result.added, result.changed, result.unchanged) == (27, 0, 0)
    assert snapshot(db) == snapshot(demo_db)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    path = export(demo_db, tmp_path / "roster.xlsx")
    assert load(db, path).added == 25
    before, versions = counts(db), snapshot(db)
    again = load(db, path)
    assert again.applied and (again.added, again.changed, again.unchanged) == (0, 0, 25)
    assert counts(db) == before and snapshot(db) == versions


def test_reimport_into_the_source_keeps_what_the_roster_does_not_show(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.transaction() as session:
        bonuses = dict(session.execute(select(Staff.staff_no, Staff.base_bonus)).all())
    before = counts(demo_db)
    report = load(demo_db, export(demo_db, tmp_path / "roster.xlsx"))
    assert report.unchanged == 25 and counts(demo_db) == before
    with demo_db.transaction() as session:
        assert dict(session.execute(select(Staff.staff_no, Staff.base_bonus)).all()) == bonuses


def test_changes_in_the_file_are_applied(demo_db: Database, tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "roster.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    ws["J3"] = "new@example.com"
    ws["C4"] = "数据分析员"  # Simplified name of a position
    ws.append(["OP9999", "新同事", "運營專員", "OP0001", None, "2026-01-05", "在職"])
    wb.save(path)
    report = load(demo_db, path)
    assert (report.added, report.changed, report.unchanged) == (1, 2, 23)
    people = snapshot(demo_db)
    assert people["OP0001"][6] == "new@example.com" and people["OP0002"][1] == "數據分析員"
    assert people["OP9999"][1:5] == ("運營專員", "OP0001", "active", dt.date(2026, 1, 5))


# ----------------------------------------------------------------------------- other headers


def test_simplified_headers_with_a_title_above(db: Database, tmp_path: Path) -> None:
    path = book(tmp_path / "hr.xlsx", [
        ["运营部员工名册"], [],
        [" 工号 ", "姓名", "岗位", "上级", "入职日期", "状态", "手机", "邮箱", "备注"],
        ["A002", "李四", "运营专员", "王五", "2021/03/04", "休假", 13800000000, "", "备注"],
        ["A001", "王五", "运营经理", "", dt.datetime(2020, 1, 2), "在职", "", "w@x.cn", ""],
        ["A003", "赵六", "数据分析员", "A001", "2022-05-06", "离职", "", "", ""],
    ])  # fmt: skip
    report = load(db, path)
    assert report.applied and not report.problems and report.added == 3
    people = snapshot(db)
    assert people["A002"] == ("李四", "運營專員", "A001", "leave", dt.date(2021, 3, 4),
                              "13800000000", "", "备注")  # fmt: skip
    assert people["A001"][1:5] == ("運營經理", None, "active", dt.date(2020, 1, 2))
    assert people["A003"][1:4] == ("數據分析員", "A001", "departed")


def test_english_headers_any_case(db: Database, tmp_path: Path) -> None:
    path = book(tmp_path / "hr.xlsx", [
        ["STAFF NO", "Name", "position", "Supervisor", "Hire Date", "Status", "Mobile",
         "E-mail", "Notes"],
        [1001, "Ann", "Operations Manager", None, dt.date(2019, 9, 1), "Active", None,
         "ann@example.com", None],
        [1002, "Bob", "specialist", "Ann", None, "leave", None, None, "part time"],
    ])  # fmt: skip
    report = load(db, path)
    assert report.applied and not report.problems, [str(p) for p in report.problems]
    people = snapshot(db)
    assert people["1001"][:5] == ("Ann", "運營經理", None, "active", dt.date(2019, 9, 1))
    assert people["1002"] == ("Bob", "運營專員", "1001", "leave", None, "", "", "part time")


# ----------------------------------------------------------------------------- problems

PROBLEM_ROWS = [
    ["運營部 員工名冊"],
    ["工號", "姓名", "崗位", "上級工號", "入職日期", "狀態", "電話", "郵箱", "備註"],
    ["A001", "甲", "運營經理", None, "2020-01-01", "在職", None, "a@x.com"],
    ["A002", "乙", "總監", "A001"],
    ["A003", "丙", "運營專員", "A001", "2024-13-45"],
    ["A004", "丁", "運營專員", "A001", None, None, None, "not-an-email"],
    ["A001", "甲二", "運營專員"],
    ["A005", "戊", "運營專員", "Z999"],
    ["A006", "己", "運營專員", "A001", dt.datetime(2023, 4, 5)],
    ["A001", "甲三"],
    [None, None, "", None],
    ["A007", "庚", "運營專員", None, None, "在逃"],
    ["A008", "辛", "運營專員", None, None, None, dt.datetime(2020, 1, 1)],
]
PROBLEM_CELLS = {"C4", "E5", "H6", "A7", "D8", "A10", "F12", "G13"}


def test_every_problem_is_reported_with_its_cell_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    before = counts(db)
    report = load(db, book(tmp_path / "bad.xlsx", PROBLEM_ROWS))
    assert not report.applied and (report.added, report.changed) == (0, 0)
    found = where(report)
    assert set(found) == PROBLEM_CELLS, [str(p) for p in report.problems]
    assert "unknown position" in found["C4"] and "not a date" in found["E5"]
    assert "e-mail" in found["H6"] and "not found" in found["D8"]
    assert "duplicate" in found["A7"] and "row 3" in found["A10"]
    assert "status" in found["F12"] and "text" in found["G13"]
    assert {p.sheet for p in report.problems} == {"Sheet"}
    assert next(p.value for p in report.problems if p.cell == "C4") == "總監"
    assert counts(db) == before


def test_only_valid_rows_are_imported_when_asked(db: Database, tmp_path: Path) -> None:
    report = load(db, book(tmp_path / "bad.xlsx", PROBLEM_ROWS), only_valid=True)
    assert report.applied and report.added == 2
    assert set(where(report)) == PROBLEM_CELLS
    people = snapshot(db)
    assert set(people) == {"A001", "A006"}
    assert people["A006"][2:5] == ("A001", "active", dt.date(2023, 4, 5))


def test_a_refusal_of_the_staff_service_undoes_the_whole_file(db: Database, tmp_path: Path) -> None:
    before = counts(db)
    path = book(tmp_path / "hr.xlsx", [
        ["工號", "姓名", "上級工號"],
        ["A001", "甲", "A002"],
        ["A002", "乙", "A003"],
        ["A003", "丙", "A001"],  # a cycle, only visible once all three are written
        ["A004", "丁" * 81, None],
    ])  # fmt: skip
    report = load(db, path)
    assert not report.applied and counts(db) == before
    found = where(report)
    assert found["B5"] == "Name is longer than 80 characters."
    assert "cycle" in found["C4"]
    report = load(db, path, only_valid=True)
    assert report.applied and counts(db)[0] == 0  # each needs another one to be imported
    assert "A003" in where(report)["C3"] and "A002" in where(report)["C2"]


def test_supervisor_named_twice_is_ambiguous(db: Database, tmp_path: Path) -> None:
    add(db, "B001", "王偉")
    add(db, "B002", "王偉")
    path = book(tmp_path / "hr.xlsx", [["工號", "姓名", "上級"], ["B003", "李娜", "王偉"]])
    report = load(db, path)
    assert not report.applied and "staff number" in where(report)["C2"]


def test_missing_required_column_is_refused(db: Database, tmp_path: Path) -> None:
    path = book(tmp_path / "hr.xlsx", [["工號", "崗位"], ["A001", "運營經理"]])
    report = load(db, path)
    assert not report.applied and len(report.problems) == 1
    assert "姓名" in report.problems[0].reason
    assert counts(db)[0] == 0


def test_files_that_are_not_workbooks_are_refused(db: Database, tmp_path: Path) -> None:
    text = tmp_path / "text.xlsx"
    text.write_text("工號,姓名\nA001,甲\n", encoding="utf-8")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    for path in (text, empty, other, tmp_path / "missing.xlsx"):
        with pytest.raises(DomainError):
            load(db, path)
    assert counts(db)[0] == 0


# ----------------------------------------------------------------------------- injection


def test_formula_like_text_is_written_as_text_and_survives_the_round_trip(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    with demo_db.transaction() as session:
        analyst = positions.by_code(session, "analyst").id
    for i, text in enumerate(INJECTIONS):
        add(demo_db, f"Z{i}", text, phone=text, notes=text, position_id=analyst)
    path = export(demo_db, tmp_path / "roster.xlsx")
    ws = load_workbook(path).active
    written = {r[0].value: r for r in ws.iter_rows(min_row=3)}
    for i, text in enumerate(INJECTIONS):
        for cell in (written[f"Z{i}"][1], written[f"Z{i}"][8], written[f"Z{i}"][10]):
            assert cell.data_type == "s" and cell.value == text
    assert load(db, path).added == 25 + len(INJECTIONS)
    assert snapshot(db) == snapshot(demo_db)


def control_cells(db: Database, tmp_path: Path, text: str) -> tuple:
    """Name, phone and notes cells of a person whose stored values start with ``text``."""
    pid = add(db, "C001", "控制字元")
    with db.transaction() as session:  # the service strips such characters; other paths might not
        person = session.get(Staff, pid)
        person.name, person.phone, person.notes = text, text, text
    cells = next(load_workbook(export(db, tmp_path / "r.xlsx")).active.iter_rows(min_row=3))
    return cells[1], cells[8], cells[10]


@pytest.mark.parametrize("text", ["\tTAB", "\rCR"])
def test_leading_control_characters_are_written_as_text(
    db: Database, tmp_path: Path, text: str
) -> None:
    for cell in control_cells(db, tmp_path, text):
        assert cell.data_type == "s" and cell.value.endswith(text[1:])
        assert cell.value == text or text == "\rCR"  # see the next test


def test_a_leading_carriage_return_becomes_a_line_feed_and_stays_text(
    db: Database, tmp_path: Path
) -> None:
    """Excel's line ending is LF; a bare CR cannot survive XML, so exports normalise it."""
    cells = control_cells(db, tmp_path, "\rCR")
    assert [c.value for c in cells] == ["\nCR"] * 3
    assert {c.data_type for c in cells} == {"s"}


def test_unexpected_cell_types_are_problems_not_tracebacks(db: Database, tmp_path: Path) -> None:
    path = book(tmp_path / "odd.xlsx", [
        ["工號", "姓名", "入職日期", "電話", "狀態"],
        ["A001", True, dt.time(9, 30), "#N/A", 3.5],
        [dt.datetime(2020, 1, 1), "乙", 45000, None, None],
    ])  # fmt: skip
    report = load(db, path)
    assert not report.applied and counts(db)[0] == 0
    assert set(where(report)) == {"B2", "C2", "D2", "E2", "A3", "C3"}
    assert "Excel error" in where(report)["D2"]
