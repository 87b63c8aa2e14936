"""The staff roster (員工名冊) for HR, and the import of the rosters HR sends back.

The export lists everyone, departed people included, sorted by staff number. The import reads
the first sheet, finds the header row by its names (Traditional, Simplified or English),
collects every problem first and writes nothing when there is one, unless only the valid rows
are asked for. Writes go through the staff service inside a savepoint, so a refusal midway
undoes every row of the file; rows equal to what is stored are not written at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Position, Staff
from ops_desktop.core.services import staff, staff_numbers, validate
from ops_desktop.core.services.staff import StaffInput

from .cells import Book
from .reading import ImportReport, SentWorkbook, cell_text, read_sent

STATUS_TEXT = {"active": "在職", "leave": "休假", "departed": "離職"}
HEADERS = ("工號", "姓名", "崗位", "上級工號", "上級", "入職日期", "狀態", "離職日期",
           "電話", "郵箱", "備註")  # fmt: skip
HEADER_ROW = 2
# Header names per field, most specific first (the first match in a row wins).
ALIASES = {
    "staff_no": "工號 工号 員工工號 员工工号 員工編號 员工编号 staffno staffnumber employeeid "
    "employeeno 編號 编号 id",
    "name": "姓名 員工姓名 员工姓名 name",
    "position": "崗位 岗位 職位 职位 position",
    "supervisor_no": "上級工號 上级工号 supervisorno supervisorid",
    "supervisor": "上級 上级 直屬上級 直属上级 supervisor",
    "hire_date": "入職日期 入职日期 hiredate",
    "status": "狀態 状态 status",
    "phone": "電話 电话 手機 手机 phone mobile",
    "email": "郵箱 邮箱 電子郵件 电子邮件 email e-mail",
    "notes": "備註 备注 notes",
}
_HEADER = {a: (f, rank) for f, names in ALIASES.items() for rank, a in enumerate(names.split())}
_STATUS = {"在職": "active", "在职": "active", "active": "active", "休假": "leave"}
_STATUS |= {"leave": "leave", "onleave": "leave", "離職": "departed", "离职": "departed"}
_STATUS |= {"departed": "departed", "left": "departed"}
_TRADITIONAL = str.maketrans("岗职员专运营数据经务总监师级项产", "崗職員專運營數據經務總監師級項產")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_INPUT = {"name": "name", "position": "position_id", "hire_date": "hire_date", "status": "status"}
_INPUT |= {"phone": "phone", "email": "email", "notes": "notes"}


def write_roster(session: Session, target: str | Path, *, department: str) -> Path:
    people = session.scalars(
        select(Staff)
        .options(joinedload(Staff.position), joinedload(Staff.supervisor))
        .order_by(Staff.staff_no)
    ).all()
    title = f"{department} 員工名冊"
    book = Book(title, "Staff roster", department=department)
    sheet = book.sheet("員工名冊")
    sheet.merge((1, 1), (1, len(HEADERS)), title, "title")
    for c, text in enumerate(HEADERS, start=1):
        sheet.put(HEADER_ROW, c, text, "header")
    for r, p in enumerate(people, start=HEADER_ROW + 1):
        boss, status = p.supervisor, STATUS_TEXT.get(p.status, p.status)
        values = (p.staff_no, p.name, p.position.name if p.position else "",
                  boss.staff_no if boss else "", boss.name if boss else "", p.hire_date,
                  status, p.departed_on, p.phone, p.email, p.notes)  # fmt: skip
        for c, value in enumerate(values, start=1):
            sheet.put(r, c, value, "cell", wrap=c >= 10)
    # A4 landscape at 100 %: the notes column wraps rather than running off the page.
    sheet.widths(dict(enumerate((9, 8, 11, 9, 8, 10.5, 5.5, 10.5, 13, 22, 24), start=1)))
    sheet.ws.autofilter(HEADER_ROW - 1, 0, HEADER_ROW - 1 + len(people), len(HEADERS) - 1)
    sheet.print_setup(
        landscape=True,
        title="員工名冊",
        period=f"製表日期 {clock.today().isoformat()}",
        title_rows=(HEADER_ROW, HEADER_ROW),
        repeat_columns=(1, 2),
        freeze=(HEADER_ROW + 1, 1),
    )
    return book.save(target)


class _Bad(DomainError):
    """A cell that cannot be used; the message is the reason reported."""


class _Discard(Exception):
    """Raised inside the savepoint to undo a trial write."""


@dataclass(eq=False)
class _Row:
    staff_no: str
    cells: dict[str, Any]  # field -> openpyxl cell; "boss": the supervisor cell used
    fields: dict[str, object] = field(default_factory=dict)  # parsed, only columns present
    boss: str | None = None  # the supervisor's staff number; "": none; None: keep as stored
    ok: bool = True

    def cell(self, name: str | None) -> Any:
        name = "boss" if name == "supervisor" else name
        return self.cells.get(name or "") or self.cells["staff_no"]


class _Refused(Exception):
    def __init__(self, row: _Row, error: DomainError, fallback: str) -> None:
        super().__init__(str(error))
        self.row, self.error, self.fallback = row, error, fallback


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "", text).lower().rstrip("*:：")


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, str) and (match := _DATE.fullmatch(value.strip())):
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            pass
    raise _Bad("not a date: use a date cell or YYYY-MM-DD")


def _parse(name: str, value: object, positions: dict[str, int]) -> object:
    if name == "hire_date":
        return _date(value)
    if isinstance(value, bool) or not isinstance(value, str | int | float | None):
        raise _Bad("expected text, found {kind}", kind=type(value).__name__)
    text = cell_text(value)
    try:
        validate.storable(text, "supervisor" if name == "supervisor_no" else name)
    except DomainError as error:
        raise _Bad(error.message, field=error.field, **error.params) from None
    if name in ("staff_no", "supervisor_no"):
        text = staff_numbers.normalise(text)  # ＯＰ０００２, op0002: the person OP0002
    if name in ("staff_no", "name") and not text:
        raise _Bad("staff number is required" if name == "staff_no" else "name is required")
    if name == "position":
        found = positions.get(_key(text.translate(_TRADITIONAL))) if text else None
        if text and found is None:
            raise _Bad("unknown position")
        return found
    if name == "status":
        status = _STATUS.get(_key(text)) if text else None
        if text and status is None:
            raise _Bad("unknown status: use 在職, 休假 or 離職")
        return status
    if name == "email" and text and not _EMAIL.match(text):
        raise _Bad("not an e-mail address")
    return text


def _header(ws: Any) -> tuple[int, dict[str, int]]:
    """The header row (within the first 10) and the column of each field found in it."""
    best: tuple[int, dict[str, int]] = (1, {})
    for cells in ws.iter_rows(min_row=1, max_row=10):
        found: dict[str, tuple[int, int]] = {}
        for cell in cells:
            text = _key(cell.value) if isinstance(cell.value, str) else ""
            name, rank = _HEADER.get(text, ("", 0))
            if name and (name not in found or rank < found[name][0]):
                found[name] = (rank, cell.column)
        columns = {name: column for name, (_, column) in found.items()}
        if "staff_no" in columns and "name" in columns:
            return cells[0].row, columns
        best = max(best, (cells[0].row, columns), key=lambda b: len(b[1]))
    return best


def _read(ws: Any, report: ImportReport, positions: dict[str, int]) -> list[_Row] | None:
    top, columns = _header(ws)
    missing = [text for f, text in (("staff_no", "工號"), ("name", "姓名")) if f not in columns]
    if missing:
        report.problem(
            ws.title,
            "",
            "",
            "no {columns} column in the first 10 rows",
            columns=" / ".join(missing),
        )
        return None
    rows: list[_Row] = []
    first: dict[str, int] = {}
    for cells in ws.iter_rows(min_row=top + 1):
        if all(c.value is None or cell_text(c.value) == "" for c in cells):
            continue
        row = _Row("", {f: cells[c - 1] for f, c in columns.items() if c <= len(cells)})
        for name, cell in row.cells.items():
            try:
                if cell.data_type == "e":
                    raise _Bad("the cell holds an Excel error")
                row.fields[name] = _parse(name, cell.value, positions)
            except _Bad as bad:
                report.problem(ws.title, cell.coordinate, cell.value, bad)
                row.ok = False
        row.staff_no = str(row.fields.pop("staff_no", ""))
        if row.staff_no in first:
            where = row.cells["staff_no"].coordinate
            reason = "duplicate staff number (first in row {row})"
            report.problem(ws.title, where, row.staff_no, reason, row=first[row.staff_no])
            row.ok = False
        elif row.staff_no:
            first[row.staff_no] = cells[0].row
        if row.fields.get("status", "") is None:
            del row.fields["status"]  # an empty status keeps what is stored
        rows.append(row)
    return rows


def _bosses(session: Session, ws: Any, rows: list[_Row], report: ImportReport) -> list[_Row]:
    """The valid rows, their supervisor columns resolved to a staff number."""
    names = {no: name for no, name in session.execute(select(Staff.staff_no, Staff.name))}
    names.update({r.staff_no: str(r.fields.get("name", "")) for r in rows if r.staff_no})
    by_name: dict[str, list[str]] = {}
    for no, known in names.items():
        by_name.setdefault(known, []).append(no)
    kept: list[_Row] = []
    for row in rows:
        number, name = row.fields.pop("supervisor_no", None), row.fields.pop("supervisor", None)
        if not row.ok or number is None and name is None:
            kept += [row] if row.ok else []  # no supervisor column: keep what is stored
            continue
        use_number = bool(number) or name is None
        text = str(number if use_number else name)
        row.cells["boss"] = row.cells["supervisor_no" if use_number else "supervisor"]
        try:
            found = [text] if text in names else by_name.get(text, [])
            if text and len(found) != 1:
                many = "{count} people are called {name}: use the staff number"
                raise _Bad(many if found else "supervisor not found", count=len(found), name=text)
            row.boss = found[0] if text else ""
            if number and name and name not in (row.boss, names[row.boss]):
                row.cells["boss"] = row.cells["supervisor"]
                raise _Bad(
                    "supervisor {number} is {boss}, not {name}",
                    number=number,
                    boss=names[row.boss],
                    name=name,
                )
            kept.append(row)
        except _Bad as bad:
            cell = row.cells["boss"]
            report.problem(ws.title, cell.coordinate, cell.value, bad)
    return kept


def _current(p: Staff) -> StaffInput:
    return StaffInput(p.staff_no, p.name, p.position_id, p.supervisor_id, p.hire_date, p.status,
                      p.phone, p.email, p.notes, p.base_bonus)  # fmt: skip


def _wanted(row: _Row, person: Staff | None, people: dict[str, Staff] | None) -> StaffInput:
    """The person as the row describes them; columns the file lacks keep what is stored."""
    base = _current(person) if person else StaffInput(row.staff_no, "")
    changes = {_INPUT[name]: value for name, value in row.fields.items()}
    if people is not None and row.boss is not None:
        boss = people.get(row.boss) if row.boss else None
        if row.boss and boss is None:
            error = DomainError("Supervisor {no} was not imported: their row has problems.",
                                field="supervisor", no=row.boss)  # fmt: skip
            raise _Refused(row, error, "supervisor")
        changes["supervisor_id"] = boss.id if boss else None
    # The values are what _parse made of each column; the staff service checks them.
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _update(
    session: Session, row: _Row, person: Staff, data: StaffInput, operator: str, fallback: str
) -> bool:
    if data == _current(person):
        return False
    _call(row, fallback, staff.update, session, person.id, data, operator)
    session.flush()
    session.expire(person, ["supervisor"])  # update() sets supervisor_id only
    return True


def _call(row: _Row, fallback: str, action: Any, *args: Any) -> Any:
    try:
        return action(*args)
    except DomainError as error:
        raise _Refused(row, error, fallback) from None


def _depth(person: Staff | None) -> int:
    seen: set[int] = set()
    while person is not None and person.id not in seen:
        seen.add(person.id)
        person = person.supervisor
    return len(seen)


def _write(session: Session, rows: list[_Row], operator: str) -> list[str]:
    people = {p.staff_no: p for p in session.scalars(select(Staff))}
    outcome: dict[_Row, str] = {}
    for row in rows:  # 1: new people, without supervisor; departures wait for step 3
        if row.staff_no not in people:
            data = _wanted(row, None, None)
            if data.status == "departed":  # departures wait for step 3
                data = dataclasses.replace(data, status="active")
            new_id = _call(row, "staff_no", staff.create, session, data, operator)
            people[row.staff_no] = staff.get(session, new_id)
            outcome[row] = "added"
    departing = []
    # 2: everything but departures; people coming back first, so that they can supervise
    for row in sorted(rows, key=lambda r: people[r.staff_no].status != "departed"):
        person = people[row.staff_no]
        data = _wanted(row, person, people)
        if data.status == "departed" and person.status != "departed":
            departing.append((row, data))
            data = dataclasses.replace(data, status=person.status)
        if _update(session, row, person, data, operator, "staff_no"):
            outcome.setdefault(row, "changed")
    # 3: departures, the lowest in the hierarchy first
    for row, data in sorted(departing, key=lambda d: -_depth(people[d[0].staff_no])):
        _update(session, row, people[row.staff_no], data, operator, "status")
        outcome.setdefault(row, "changed")
    return [outcome.get(row, "unchanged") for row in rows]


def import_roster(
    session: Session,
    source: SentWorkbook | str | Path,
    operator: str = "",
    *,
    only_valid: bool = False,
) -> ImportReport:
    """Create and update staff from the first sheet of an HR workbook (see the module text).
    Give the workbook already read (``read_sent``) to keep the parsing out of the write
    transaction."""
    sent = read_sent(source)
    wb = sent.book
    report = ImportReport(sent.name)
    ws = wb.worksheets[0] if wb.worksheets else None
    if ws is None:
        report.problem("", "", "", "the workbook has no worksheet")
        return report
    positions: dict[str, int] = {}
    for p in session.scalars(select(Position).order_by(Position.sort_order, Position.id)):
        for text in filter(None, (p.name, p.code, p.name_en)):
            positions.setdefault(_key(text.translate(_TRADITIONAL)), p.id)
    rows = _read(ws, report, positions)
    if rows is None:
        return report
    rows = _bosses(session, ws, rows, report)
    while True:  # a trial write finds what the staff service refuses; then write or undo
        try:
            with session.begin_nested():
                outcomes = _write(session, rows, operator)
                if report.problems and not only_valid:
                    raise _Discard
        except _Refused as refused:
            cell = refused.row.cell(refused.error.field or refused.fallback)
            report.problem(ws.title, cell.coordinate, cell.value, str(refused.error))
            rows.remove(refused.row)
            continue
        except _Discard:
            return report
        break
    for outcome in outcomes:
        report.count(outcome)
    report.applied = True
    return report
