"""Shared cell writing: text that can never become a formula, styles, print setup."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ops_desktop.exports.files import write_atomically

# A user's text starting with one of these would be read by Excel as a formula (or DDE).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
INPUT_FILL = PatternFill("solid", fgColor="FFF7D6")
TITLE_FONT = Font(size=14, bold=True)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
UNLOCKED = Protection(locked=False)


def put(ws: Worksheet, row: int, column: int, value: object, *, style: str | None = None) -> Cell:
    """Write a value; text is always stored as text, never as a formula."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, str):
        # Line endings as Excel writes them: a bare CR would not survive the XML anyway.
        value = ILLEGAL_CHARACTERS_RE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
        cell.value = value
        cell.data_type = "s"
        if value.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    else:
        cell.value = value
    if style == "header":
        cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEADER_FILL, CENTER, BORDER
    elif style == "input":
        cell.fill, cell.border, cell.protection = INPUT_FILL, BORDER, UNLOCKED
    elif style == "cell":
        cell.border = BORDER
    return cell


def formula(ws: Worksheet, row: int, column: int, text: str, number_format: str = "0.00") -> Cell:
    """A live formula written by the program (never from user text)."""
    assert text.startswith("=")
    cell = ws.cell(row=row, column=column, value=text)
    cell.number_format = number_format
    cell.border = BORDER
    return cell


def print_setup(
    ws: Worksheet, *, landscape: bool, title_rows: str | None, freeze: str | None
) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if title_rows:
        ws.print_title_rows = title_rows
    if freeze:
        ws.freeze_panes = freeze


def protect(ws: Worksheet) -> None:
    """Lock everything but the input cells; no password; sorting and filtering stay allowed."""
    ws.protection.sheet = True
    ws.protection.sort = False
    ws.protection.autoFilter = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def properties(wb: Workbook, title: str, subject: str, *, confidential: bool) -> None:
    wb.properties.title = title
    wb.properties.subject = subject
    wb.properties.creator = "ops-desktop"
    wb.properties.created = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if confidential:
        wb.properties.keywords = "confidential; 機密"
        wb.properties.category = "Confidential"
        wb.properties.description = f"Confidential: {subject}"


def save(wb: Workbook, target: str | Path) -> Path:
    return write_atomically(target, lambda tmp: wb.save(tmp))


def widths(ws: Worksheet, columns: dict[str, float]) -> None:
    for letter, width in columns.items():
        ws.column_dimensions[letter].width = width
