"""The sign-off workbook for HR (閱知簽收表) and the import of the one HR sends back.

One sheet lists every employee present with an empty 閱知日期 column to fill (a date cell,
the only one unlocked); those already recorded have their date in it. A very hidden sheet
names the workbook's kind and version, so a foreign workbook, or one of another version, is
refused. The import records every row with a date that is not recorded yet, all or nothing:
the first bad date or unknown staff number refuses the file and nothing changes.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl.workbook import Workbook
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import RegulationVersion
from ops_desktop.core.services import regulation, regulation_acks, settings
from ops_desktop.core.services.staff_numbers import normalise
from ops_desktop.exports.signoff_words import TITLE, title_of

from . import form_checks
from .cells import Book
from .reading import ImportReport, SentWorkbook, cell_text, read_sent

MARKER = "ops-desktop signoff"
SHEET = "簽收表"
META_SHEET = "_signoff"
HEADERS = ("工號", "姓名", "崗位", "閱知日期")
HEADER_ROW, FIRST_ROW = 2, 3
DATE_COLUMN = 4
_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


def write_signoff_workbook(session: Session, version_id: int, target: str | Path) -> Path:
    version = regulation_acks.approved(session, version_id)
    department = settings.department(session)
    people = regulation_acks.rows(session, version.id)
    effective = version.effective_date.isoformat() if version.effective_date else "—"
    title = f"{title_of(version, 'hant')} {TITLE} 版本 {version.label}（生效日期 {effective}）"
    book = Book(title, "Regulation sign-off", department=department, confidential=False)
    sheet = book.sheet(SHEET)
    sheet.merge((1, 1), (1, len(HEADERS)), title, "title")
    for c, text in enumerate(HEADERS, start=1):
        sheet.put(HEADER_ROW, c, text, "header")
    for r, person in enumerate(people, start=FIRST_ROW):
        for c, value in enumerate((person.staff_no, person.name, person.position), start=1):
            sheet.put(r, c, value, "cell")
        sheet.put(r, DATE_COLUMN, person.acknowledged_on, "input", number_format="yyyy-mm-dd")
    last = FIRST_ROW + max(len(people), 1) - 1
    sheet.ws.data_validation(
        FIRST_ROW - 1,
        DATE_COLUMN - 1,
        last - 1,
        DATE_COLUMN - 1,
        {
            "validate": "date",
            "criteria": "between",
            "minimum": version.approved_at.date() if version.approved_at else dt.date(2000, 1, 1),
            "maximum": dt.date(2999, 12, 31),
            "ignore_blank": True,
            "error_title": "閱知日期",
            "error_message": "請輸入閱知日期，例如 2026-11-20（不早於核准日期）。",
        },
    )
    sheet.widths({1: 12, 2: 18, 3: 26, 4: 18})  # the title row, merged across, needs them
    sheet.print_setup(
        landscape=False,
        title=TITLE,
        period=f"版本 {version.label}",
        title_rows=(HEADER_ROW, HEADER_ROW),
        freeze=(FIRST_ROW, 1),
    )
    sheet.protect()
    meta = book.sheet(META_SHEET)
    for r, (key, value) in enumerate(
        [
            ("kind", MARKER),
            ("version", version.label),
            ("generated", clock.now().isoformat(timespec="seconds")),
        ],
        start=1,
    ):
        meta.put(r, 1, key)
        meta.put(r, 2, value)
    meta.ws.very_hidden()
    meta.protect()
    return book.save(target)


def _meta(wb: Workbook, path: Path) -> dict[str, str]:
    meta: dict[str, str] = {}
    if META_SHEET in wb.sheetnames and SHEET in wb.sheetnames:
        rows = wb[META_SHEET].iter_rows(max_col=2, values_only=True)
        meta = {cell_text(a): cell_text(b) for a, b in rows}
    if meta.get("kind") != MARKER:
        raise DomainError("{path} is not an ops-desktop sign-off workbook.", path=path.name)
    return meta


def _date(value: object, where: str, path: Path) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    if not text:
        return None
    if match := _DATE.fullmatch(text):
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            pass
    raise DomainError(
        "{path} {cell}: '{value}' is not a date; use a date cell or YYYY-MM-DD.",
        path=path.name,
        cell=where,
        value=text[:40],
    )


def import_workbook(
    session: Session,
    source: SentWorkbook | str | Path,
    operator: str = "",
    *,
    version_id: int | None = None,
) -> ImportReport:
    """Record the dates of a sign-off workbook (of version ``version_id`` when given); a row
    already recorded with the same date is left as it is. Give the workbook already read
    (``read_sent``) to keep the parsing out of the write transaction."""
    sent = read_sent(source)
    path, wb = sent.path, sent.book
    meta = _meta(wb, path)
    form_checks.refuse_hidden_sheets(wb, path, SHEET, META_SHEET)
    label = meta.get("version", "")
    if version_id is not None:
        expected = regulation_acks.approved(session, version_id)
        if label != expected.label:
            raise DomainError(
                "{path} is the sign-off workbook of version {other}, not {label}.",
                path=path.name,
                other=label,
                label=expected.label,
            )
    version = session.get(RegulationVersion, regulation.version_by_label(session, label))
    assert version is not None
    stored = {r.staff_no: r.acknowledged_on for r in regulation_acks.rows(session, version.id)}
    report = ImportReport(sent.name)
    entries: list[tuple[str, dt.date]] = []
    ws = wb[SHEET]
    for cells in ws.iter_rows(min_row=FIRST_ROW, max_col=DATE_COLUMN):
        number = normalise(cell_text(cells[0].value))
        day = _date(cells[DATE_COLUMN - 1].value, cells[DATE_COLUMN - 1].coordinate, path)
        if day is None:
            continue
        if not number:
            raise DomainError(
                "{path} {cell}: a date without a staff number.",
                path=path.name,
                cell=cells[0].coordinate,
            )
        if stored.get(number) == day:
            report.count("unchanged")
            continue
        entries.append((number, day))
    report.added = regulation_acks.record_each(
        session, version.id, entries, operator, source="workbook"
    )
    report.applied = True
    return report
