"""Training records for HR: the courses, attendance and results, and a summary per person.

A session counts for its own hours or, when it has none, for the course's hours shared
equally among the course's sessions. 總學時 on the summary sheet is a live formula adding the
hours of the sessions a person attended (出席) on the attendance sheet; 參加課程數 is the
number of different courses they attended. With a year, the workbook holds the courses that
start, end or meet in that year and the sessions held in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from ops_desktop.core.models import Staff, TrainingAttendance, TrainingCourse, TrainingSession

from .cells import Book, Sheet

ATTENDANCE_TEXT = {"registered": "已報名", "attended": "出席", "absent": "缺席", "excused": "請假"}
PASSED_TEXT: dict[bool | None, str] = {True: "是", False: "否"}
COURSES, ATTENDANCE, SUMMARY = "課程", "出勤與成績", "個人匯總"
HEADER_ROW, FIRST_ROW = 2, 3
DATE, HOURS, MONEY = "yyyy-mm-dd", "0.0#", "#,##0.00"


def session_hours(item: TrainingSession) -> Decimal | None:
    """The hours a session counts for (see the module text)."""
    if item.hours is not None:
        return item.hours
    course = item.course
    if course.hours is None or not course.sessions:
        return None
    return (course.hours / len(course.sessions)).quantize(Decimal("0.01"))


def _course_in_year(course: TrainingCourse, year: int | None) -> bool:
    if year is None:
        return True
    dates = [course.start_date, course.end_date, *(s.held_on for s in course.sessions)]
    years = {d.year for d in dates if d is not None}
    if not years and course.plan is not None:
        years = {course.plan.year}
    return year in years


def _sheet(
    book: Book,
    title: str,
    heading: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    formats: dict[int, str],
    column_widths: Sequence[float],
) -> Sheet:
    """A sheet with a title row, a header row, the rows, and the print setup shared by all."""
    sheet = book.sheet(title)
    sheet.merge((1, 1), (1, len(headers)), heading, "title")
    for c, text in enumerate(headers, start=1):
        sheet.put(HEADER_ROW, c, text, "header")
    for r, values in enumerate(rows, start=FIRST_ROW):
        for c, value in enumerate(values, start=1):
            sheet.put(r, c, value, "cell", number_format=formats.get(c), wrap=True)
    sheet.widths(dict(enumerate(column_widths, start=1)))
    sheet.ws.autofilter(HEADER_ROW - 1, 0, HEADER_ROW - 1 + len(rows), len(headers) - 1)
    sheet.print_setup(
        landscape=sum(column_widths) > 100,  # portrait holds about 100 characters at 10 pt
        title=f"{title}",
        period=heading.removeprefix(book.department).strip(),
        title_rows=(HEADER_ROW, HEADER_ROW),
        repeat_columns=None,
        freeze=(FIRST_ROW, 1),
    )
    return sheet


def write_training_records(
    session: Session, target: str | Path, *, department: str, year: int | None = None
) -> Path:
    courses = [
        c
        for c in session.scalars(
            select(TrainingCourse).options(
                joinedload(TrainingCourse.category),
                joinedload(TrainingCourse.method),
                joinedload(TrainingCourse.plan),
                selectinload(TrainingCourse.sessions)
                .selectinload(TrainingSession.attendance)
                .joinedload(TrainingAttendance.staff),
            )
        ).unique()
        if _course_in_year(c, year)
    ]
    courses.sort(key=lambda c: (c.start_date is None, c.start_date, c.title, c.id))
    attendance = [
        (meeting, row)
        for course in courses
        for meeting in course.sessions
        if year is None or meeting.held_on.year == year
        for row in meeting.attendance
    ]
    attendance.sort(key=lambda a: (a[0].held_on, a[0].course.title, a[1].staff.staff_no))

    span = f"{year} 年度" if year else "全部"
    title = f"{department} 培訓記錄({span})"
    book = Book(title, f"Training records {year or 'all years'}", department=department)
    _sheet(
        book,
        COURSES,
        title,
        ("課程", "類別", "方式", "講師", "開始", "結束", "學時", "費用", "年度計劃"),
        [
            (
                c.title,
                c.category.name,
                c.method.name,
                c.trainer,
                c.start_date,
                c.end_date,
                c.hours,
                c.cost,
                c.plan.title if c.plan else "",
            )
            for c in courses
        ],  # fmt: skip
        {5: DATE, 6: DATE, 7: HOURS, 8: MONEY},
        (30, 12, 10, 12, 12, 12, 8, 12, 20),
    )
    _sheet(
        book,
        ATTENDANCE,
        title,
        ("日期", "課程", "工號", "姓名", "出勤", "成績", "是否通過", "備註", "學時"),
        [
            (
                m.held_on,
                m.course.title,
                a.staff.staff_no,
                a.staff.name,
                ATTENDANCE_TEXT.get(a.state, a.state),
                a.score,
                PASSED_TEXT.get(a.passed, ""),
                a.note,
                session_hours(m),
            )
            for m, a in attendance
        ],  # fmt: skip
        {1: DATE, 6: "0.0", 9: HOURS},
        (12, 30, 10, 10, 8, 8, 9, 24, 8),
    )
    _summary(book, session, title, attendance)
    return book.save(target)


def _summary(
    book: Book,
    session: Session,
    title: str,
    attendance: list[tuple[TrainingSession, TrainingAttendance]],
) -> None:
    """One row per person with attendance, and everyone still in the department."""
    people = {p.id: p for p in session.scalars(select(Staff).where(Staff.status != "departed"))}
    courses: dict[int, set[int]] = {}
    hours: dict[int, Decimal] = {}  # what the formula computes, stored beside it
    for meeting, row in attendance:
        people[row.staff_id] = row.staff
        if row.state == "attended":
            courses.setdefault(row.staff_id, set()).add(meeting.course_id)
            hours[row.staff_id] = hours.get(row.staff_id, Decimal(0)) + (
                session_hours(meeting) or Decimal(0)
            )
    ordered = sorted(people.values(), key=lambda p: p.staff_no)
    sheet = _sheet(
        book,
        SUMMARY,
        title,
        ("工號", "姓名", "參加課程數", "總學時"),
        [(p.staff_no, p.name, len(courses.get(p.id, ()))) for p in ordered],
        {},
        (12, 12, 12, 12),
    )
    last = HEADER_ROW + len(attendance)
    for r, person in enumerate(ordered, start=FIRST_ROW):
        if not attendance:
            sheet.put(r, 4, 0, "cell")
            continue
        numbers, states, counted = (
            f"'{ATTENDANCE}'!${c}${FIRST_ROW}:${c}${last}" for c in ("C", "E", "I")
        )
        # EXACT, not SUMIFS: a staff number is matched as it is, never as a pattern.
        sheet.formula(
            r,
            4,
            f'=SUMPRODUCT(EXACT({numbers},A{r})*({states}="{ATTENDANCE_TEXT["attended"]}"),'
            f"{counted})",
            hours.get(person.id, Decimal(0)),
            HOURS,
        )
