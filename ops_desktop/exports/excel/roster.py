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

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Position, Staff
from ops_desktop.core.services import staff
from ops_desktop.core.services.staff import StaffInput

from .cells import TITLE_FONT, print_setup, properties, put, save, widths
from .reading import ImportReport, cell_text, open_workbook

STATUS_TEXT = {"active": "在職", "leave": "休假", "departed": "離職"}
HEADERS = ("工號", "姓名", "崗位", "上級工號", "上級", "入職日期", "狀態", "離職日期", "電話", "郵箱", "備註")
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


def write_roster(session: Session, target: str | Path, *, department: str) -> Path:
    people = session.scalars(
        select(Staff)
        .options(joinedload(Staff.position), joinedload(Staff.supervisor))
        .order_by(Staff.staff_no)
    ).all()
    wb = Workbook()
    ws = wb.active
    ws.title = "員工名冊"
    title = f"{department} 員工名冊"
    properties(wb, title, "Staff roster", confidential=True)
    put(ws, 1, 1, title).font = TITLE_FONT
    for c, text in enumerate(HEADERS, start=1):
        put(ws, HEADER_ROW, c, text, style="header")
    for r, p in enumerate(people, start=HEADER_ROW + 1):
        boss = p.supervisor
        values = (p.staff_no, p.name, p.position.name if p.position else "",
                  boss.staff_no if boss else "", boss.name if boss else "", p.hire_date,
                  STATUS_TEXT.get(p.status, p.status), p.departed_on, p.phone, p.email, p.notes)  # fmt: skip
        for c, value in enumerate(values, start=1):
            cell = put(ws, r, c, None if value == "" else value, style="cell")
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    widths(ws, dict(zip("ABCDEFGHIJK", (10, 10, 12, 10, 10, 12, 7, 12, 16, 24, 30), strict=True)))
    ws.auto_filter.ref = f"A{HEADER_ROW}:K{HEADER_ROW + len(people)}"
    print_setup(ws, landscape=False, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze="A3")
    return save(wb, target)


class _Bad(Exception):
    """A cell that cannot be used; the message is the reason reported."""


class _Refused(Exception):
    def __init__(self, row: _Row, error: DomainError) -> None:
        super().__init__(str(error))
        self.row, self.error = row, error


class _Discard(Exception):
    """Raised inside the savepoint to undo a trial write."""


@dataclass(eq=False)
class _Row:
    staff_no: str
    cells: dict[str, object]  # field -> openpyxl cell
    fields: dict[str, object] = field(default_factory=dict)  # parsed, only columns present
    boss: str | None = None  # the supervisor's staff number; "" none; None: keep as stored

    def where(self, name: str | None) -> object:
        return self.cells.get(name or "") or self.cells["staff_no"]


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "", text).lower().rstrip("*:：")


def _text(value: object) -> str:
    if value is None or isinstance(value, str | int | float) and not isinstance(value, bool):
        return cell_text(value)
    raise _Bad(f"expected text, found {type(value).__name__}")


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date) or value is None or value == "":
        return value or None  # type: ignore[return-value]
    if isinstance(value, str) and (match := _DATE.fullmatch(value.strip())):
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            pass
    raise _Bad("not a date: use a date cell or YYYY-MM-DD")


def _parse(name: str, value: object, positions: dict[str, int]) -> object:
    if name == "hire_date":
        return _date(value)
    text = _text(value)
    if name in ("staff_no", "name") and not text:
        raise _Bad("required")
    if name == "position" and text:
        if (found := positions.get(_key(text.translate(_TRADITIONAL)))) is None:
            raise _Bad("unknown position")
        return found
    if name == "status" and text and text not in ("active", "leave", "departed"):
        if (text := _STATUS.get(_key(text), "")) == "":
            raise _Bad("unknown status: use 在職, 休假 or 離職")
    if name == "email" and text and not _EMAIL.match(text):
        raise _Bad("not an e-mail address")
    return text or None if name in ("position", "status") else text


def _header(ws) -> tuple[int, dict[str, int]]:  # type: ignore[no-untyped-def]
    best: tuple[int, dict[str, int]] = (1, {})
    for cells in ws.iter_rows(min_row=1, max_row=10):
        found: dict[str, tuple[int, int]] = {}
        for cell in cells:
            name, rank = _HEADER.get(_key(cell.value), ("", 0)) if isinstance(cell.value, str) else ("", 0)
            if name and (name not in found or rank < found[name][0]):
                found[name] = (rank, cell.column)
        columns = {name: column for name, (_, column) in found.items()}
        if "staff_no" in columns and "name" in columns:
            return cells[0].row, columns
        best = max(best, (cells[0].row, columns), key=lambda b: len(b[1]))
    return best


def _read(ws, report: ImportReport, positions: dict[str, int]) -> list[_Row] | None:  # type: ignore[no-untyped-def]
    top, columns = _header(ws)
    missing = [t for f, t in (("staff_no", "工號"), ("name", "姓名")) if f not in columns]
    if missing:
        report.problem(ws.title, "", "", f"no {' / '.join(missing)} column in the first 10 rows")
        return None
    rows: list[_Row] = []
    first: dict[str, int] = {}
    for cells in ws.iter_rows(min_row=top + 1):
        if all(c.value is None or cell_text(c.value) == "" for c in cells):
            continue
        got = {f: cells[c - 1] for f, c in columns.items() if c <= len(cells)}
        row, ok = _Row("", got), True
        for name, cell in got.items():
            try:
                if cell.data_type == "e":
                    raise _Bad("the cell holds an Excel error")
                row.fields[name] = _parse(name, cell.value, positions)
            except _Bad as bad:
                reason = f"{name.replace('_', ' ')} {bad}" if str(bad) == "required" else str(bad)
                report.problem(ws.title, cell.coordinate, cell.value, reason)
                ok = False
        row.staff_no = str(row.fields.pop("staff_no", ""))
        if ok and row.staff_no in first:
            report.problem(ws.title, got["staff_no"].coordinate, row.staff_no,
                           f"duplicate staff number (first in row {first[row.staff_no]})")  # fmt: skip
            ok = False
        first.setdefault(row.staff_no, cells[0].row)
        if row.fields.get("status") is None:
            row.fields.pop("status", None)  # empty status: keep what is stored
        if ok:
            rows.append(row)
    return rows


def _bosses(session: Session, ws, rows: list[_Row], report: ImportReport) -> list[_Row]:  # type: ignore[no-untyped-def]
    """Resolve the supervisor columns to staff numbers; drop rows whose supervisor is unclear."""
    names = dict(session.execute(select(Staff.staff_no, Staff.name)).tuples().all())
    names.update({r.staff_no: str(r.fields["name"]) for r in rows})
    by_name: dict[str, list[str]] = {}
    for no, name in names.items():
        by_name.setdefault(name, []).append(no)
    kept = []
    for row in rows:
        number, name = row.fields.pop("supervisor_no", None), row.fields.pop("supervisor", None)
        try:
            if number is None and name is None:
                kept.append(row)
                continue
            text, column = (number, "supervisor_no") if number or name is None else (name, "supervisor")
            row.cells["supervisor"] = row.cells[column]
            found = [str(text)] if text in names else by_name.get(str(text), [])
            if text and len(found) != 1:
                raise _Bad(f"{len(found)} people have this name; use the staff number"
                           if found else "supervisor not found")  # fmt: skip
            row.boss = found[0] if text else ""
            if number and name and names[row.boss] != name and row.boss != name:
                row.cells["supervisor"] = row.cells["supervisor"]
                raise _Bad(f"{number} is {names[row.boss]}, not {name}: which supervisor?")
            kept.append(row)
        except _Bad as bad:
            cell = row.cells["supervisor"]
            report.problem(ws.title, cell.coordinate, cell.value, str(bad))
    return kept
