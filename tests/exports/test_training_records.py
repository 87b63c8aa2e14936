"""The training records workbook: courses, every attendance once, the year filter, totals."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from workbooks import assert_printable

from ops_desktop.core.models import Staff, TrainingAttendance, TrainingCourse
from ops_desktop.core.services import courses, training, training_sessions
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.courses import CourseInput
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.training_sessions import AttendanceInput, SessionInput
from ops_desktop.db import Database
from ops_desktop.exports.excel.training_records import write_training_records

STATE = {"registered": "已報名", "attended": "出席", "absent": "缺席", "excused": "請假"}
COURSE_HEADER = ["課程", "類別", "方式", "講師", "開始", "結束", "學時", "費用", "年度計劃"]
ATTENDANCE_HEADER = ["日期", "課程", "工號", "姓名", "出勤", "成績", "是否通過", "備註", "學時"]


def export(database: Database, path: Path, year: int | None = None) -> Path:
    with database.transaction() as session:
        return write_training_records(session, path, department="運營部", year=year)


def data(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [tuple(r) for r in ws.iter_rows(min_row=3, values_only=True)]


def day(value: object) -> dt.date:
    assert isinstance(value, dt.datetime)
    return value.date()


def add_course(
    database: Database,
    title: str,
    hours: object,
    sessions: list[tuple[dt.date, object]],
    attendance: list[tuple[int, str]],
) -> None:
    """A course with sessions (date, own hours) and, at every session, the same attendance."""
    with database.transaction() as session:
        category, method = training.categories(session)[0], training.methods(session)[0]
        dates = [d for d, _ in sessions]
        data = CourseInput(title, category.id, method.id, "講師", min(dates), max(dates), hours)
        course = courses.create(session, data, "test")
        for held_on, own in sessions:
            meeting = training_sessions.create(
                session, SessionInput(course, held_on, hours=own), "test"
            )
            for staff_id, state in attendance:
                training_sessions.record_attendance(
                    session, AttendanceInput(meeting, staff_id, state), "test"
                )


def person(database: Database, staff_no: str, name: str) -> int:
    with database.transaction() as session:
        return staff_service.create(session, StaffInput(staff_no, name), "test")


# ----------------------------------------------------------------------------- content


def test_layout_and_print_setup(demo_db: Database, tmp_path: Path) -> None:
    wb = load_workbook(export(demo_db, tmp_path / "t.xlsx"))
    assert wb.sheetnames == ["課程", "出勤與成績", "個人匯總"]
    headers = [COURSE_HEADER, ATTENDANCE_HEADER, ["工號", "姓名", "參加課程數", "總學時"]]
    for ws, header in zip(wb.worksheets, headers, strict=True):
        assert ws["A1"].value == "運營部 培訓記錄(全部)"
        assert [c.value for c in ws[2]] == header
        assert ws.print_title_rows == "$2:$2" and ws.freeze_panes == "A3"
        # The courses and the attendance are wider than portrait A4 holds at 10 pt.
        assert_printable(ws, ws.title, landscape=ws.title != "個人匯總")
        assert ws.auto_filter.ref == f"A2:{ws.cell(2, len(header)).column_letter}{ws.max_row}"
    assert "confidential" in wb.properties.keywords.lower()


def test_courses_sheet_lists_every_course(demo_db: Database, tmp_path: Path) -> None:
    ws = load_workbook(export(demo_db, tmp_path / "t.xlsx"))["課程"]
    with demo_db.transaction() as session:
        expected = {
            c.title: (
                c.category.name,
                c.method.name,
                c.trainer,
                c.start_date,
                c.end_date,
                float(c.hours),
                float(c.cost),
                c.plan.title,
            )  # fmt: skip
            for c in session.scalars(select(TrainingCourse))
        }
    got = {r[0]: (*r[1:4], day(r[4]), day(r[5]), *r[6:]) for r in data(ws)}
    assert got == expected and len(data(ws)) == 6
    assert ws["E3"].is_date and ws["E3"].number_format == "yyyy-mm-dd"


def test_every_attendance_appears_exactly_once(demo_db: Database, tmp_path: Path) -> None:
    ws = load_workbook(export(demo_db, tmp_path / "t.xlsx"))["出勤與成績"]
    with demo_db.transaction() as session:
        rows = session.scalars(select(TrainingAttendance)).all()
        expected = Counter(
            (
                a.session.held_on,
                a.session.course.title,
                a.staff.staff_no,
                a.staff.name,
                STATE[a.state],
                None if a.score is None else float(a.score),
                {True: "是", False: "否"}.get(a.passed),
                a.note or None,
            )  # fmt: skip
            for a in rows
        )
    got = Counter((day(r[0]), *r[1:8]) for r in data(ws))
    assert len(rows) > 30 and got == expected
    assert all(n == 1 for n in got.values())
    dates = [day(r[0]) for r in data(ws)]
    assert dates == sorted(dates)


def test_year_filter(demo_db: Database, tmp_path: Path) -> None:
    old, new = person(demo_db, "Y001", "甲"), person(demo_db, "Y002", "乙")
    add_course(demo_db, "舊課程", 4, [(dt.date(2025, 3, 1), None)], [(old, "attended")])
    add_course(demo_db, "跨年課程", 8, [(dt.date(2025, 12, 29), None), (dt.date(2026, 1, 5), None)],
               [(new, "attended")])  # fmt: skip
    everything = load_workbook(export(demo_db, tmp_path / "all.xlsx"))
    y2025 = load_workbook(export(demo_db, tmp_path / "2025.xlsx", 2025))
    y2026 = load_workbook(export(demo_db, tmp_path / "2026.xlsx", 2026))

    assert y2025["課程"]["A1"].value == "運營部 培訓記錄(2025 年度)"
    assert {r[0] for r in data(y2025["課程"])} == {"舊課程", "跨年課程"}
    assert {r[0] for r in data(y2026["課程"])} == {r[0] for r in data(everything["課程"])} - {
        "舊課程"
    }
    for wb, year in ((y2025, 2025), (y2026, 2026)):
        assert {day(r[0]).year for r in data(wb["出勤與成績"])} == {year}
    assert len(data(y2025["出勤與成績"])) == 2
    assert len(data(y2025["出勤與成績"])) + len(data(y2026["出勤與成績"])) == len(
        data(everything["出勤與成績"])
    )
    summary = {r[0]: r[2] for r in data(y2025["個人匯總"])}
    assert summary["Y001"] == 1 and summary["Y002"] == 1 and summary["OP0001"] == 0


def test_totals_per_person_are_right_when_recalculated(
    demo_db: Database, tmp_path: Path, recalc
) -> None:  # type: ignore[no-untyped-def]
    odd = person(demo_db, "=1+1", "-1+2")  # a staff number Excel must not read as a formula
    # Differs from OP0001 only by case: the service now stores OP0001 for it, but a number
    # an older import stored so is kept by migration 0006 when OP0001 exists.
    with demo_db.transaction() as session:
        lower = Staff(staff_no="op0001", name="小寫", base_bonus=0)
        session.add(lower)
        session.flush()
        other = lower.id
    add_course(demo_db, "兩次課", 6, [(dt.date(2026, 2, 1), None), (dt.date(2026, 2, 8), None)],
               [(odd, "attended"), (other, "attended")])  # fmt: skip
    add_course(demo_db, "自訂學時", 10, [(dt.date(2026, 3, 1), Decimal("2.5"))],
               [(odd, "attended"), (other, "registered")])  # fmt: skip
    path = export(demo_db, tmp_path / "t.xlsx")

    with demo_db.transaction() as session:
        hours: Counter[str] = Counter()
        courses: dict[str, set[int]] = {}
        for a in session.scalars(select(TrainingAttendance)):
            meeting = a.session
            if a.state == "attended":
                own = meeting.hours
                share = meeting.course.hours / len(meeting.course.sessions)
                hours[a.staff.staff_no] += float(own if own is not None else share)
                courses.setdefault(a.staff.staff_no, set()).add(meeting.course_id)
        present = session.scalars(select(Staff.staff_no).where(Staff.status != "departed")).all()
    assert hours["=1+1"] == 8.5 and hours["op0001"] == 6

    summary = load_workbook(path)["個人匯總"]
    assert summary["D3"].data_type == "f"
    rows = data(summary)
    assert [r[0] for r in rows] == sorted(set(present) | set(hours))
    assert {r[0]: r[2] for r in rows} == {no: len(courses.get(no, ())) for no, *_ in rows}
    computed = {r[0]: r[3] for r in data(recalc(path)["個人匯總"])}
    assert computed == pytest.approx({no: hours.get(no, 0) for no in computed})


def test_formula_like_text_is_written_as_text(demo_db: Database, tmp_path: Path) -> None:
    texts = ['=HYPERLINK("http://x","y")', "+86 138 0000 0000", "-1+2", "@SUM(A1)"]
    pid = person(demo_db, texts[2], texts[0])
    with demo_db.transaction() as session:
        category, method = training.categories(session)[0], training.methods(session)[0]
        data = CourseInput(texts[3], category.id, method.id, texts[1], "2026-04-01")
        course = courses.create(session, data, "test")
        meeting = training_sessions.create(session, SessionInput(course, "2026-04-01"), "test")
        training_sessions.record_attendance(
            session, AttendanceInput(meeting, pid, note=texts[1]), "test"
        )
    wb = load_workbook(export(demo_db, tmp_path / "t.xlsx"))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows(min_row=3) for c in row]
    hostile = [c for c in cells if c.value in texts]
    # title, trainer; date row: title, staff number, name, note; summary: number, name
    assert len(hostile) == 8
    assert all(c.data_type == "s" for c in hostile)
