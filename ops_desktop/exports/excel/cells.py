"""Shared cell writing: text that can never become a formula, styles, print setup."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from copy import copy
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, cast

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ops_desktop.core import clock
from ops_desktop.core.files import write_atomically

if TYPE_CHECKING:
    from openpyxl.cell import _CellSetValue
    from openpyxl.styles.cell_style import StyleArray

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


_STYLES: weakref.WeakKeyDictionary[Workbook, dict[tuple[object, ...], StyleArray]] = (
    weakref.WeakKeyDictionary()
)


def new_workbook() -> tuple[Workbook, Worksheet]:
    """A new workbook and its one sheet (the active one)."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook starts with one plain worksheet
    return wb, ws


def _styled(cell: Cell, key: tuple[object, ...], apply: Callable[[Cell], None]) -> None:
    """Give ``cell`` the style ``key``: built once per workbook, then copied (assigning
    openpyxl style objects cell by cell hashes them each time — 3× slower on 1,000 rows)."""
    workbook = cell.parent.parent
    assert workbook is not None  # the cells written here are on a workbook's sheets
    cache = _STYLES.setdefault(workbook, {})
    known = cache.get(key)
    if known is None:
        apply(cell)
        # Cell._style (openpyxl's style array) is private, hence not in the stubs.
        cache[key] = copy(cell._style)  # type: ignore[attr-defined]
    else:
        cell._style = copy(known)  # type: ignore[attr-defined]  # as above: Cell._style


def _apply_style(
    style: str | None, number_format: str | None, bold: bool, center: bool, quote: bool
) -> Callable[[Cell], None]:
    def apply(cell: Cell) -> None:
        if style == "header":
            cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEADER_FILL, CENTER, BORDER
        elif style == "input":
            cell.fill, cell.border, cell.protection = INPUT_FILL, BORDER, UNLOCKED
        elif style == "cell":
            cell.border = BORDER
        if number_format:
            cell.number_format = number_format
        if bold:
            cell.font = BOLD
        if center:
            cell.alignment = CENTER
        if quote:
            cell.quotePrefix = True

    return apply


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: object,
    *,
    style: str | None = None,
    number_format: str | None = None,
    bold: bool = False,
    center: bool = False,
) -> Cell:
    """Write a value; text is always stored as text, never as a formula."""
    cell = ws.cell(row=row, column=column)
    assert isinstance(cell, Cell), f"{cell.coordinate} is inside a merged range"
    if isinstance(value, Decimal):
        value = float(value)
    quote = False
    if isinstance(value, str):
        # Line endings as Excel writes them: a bare CR would not survive the XML anyway.
        value = ILLEGAL_CHARACTERS_RE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
        cell.value = value
        cell.data_type = "s"
        quote = value.startswith(FORMULA_TRIGGERS)
    else:
        cell.value = cast("_CellSetValue", value)  # openpyxl refuses what it cannot store
    if style or number_format or bold or center or quote:
        key = ("put", style, number_format, bold, center, quote)
        _styled(cell, key, _apply_style(style, number_format, bold, center, quote))
    return cell


def formula(
    ws: Worksheet,
    row: int,
    column: int,
    text: str,
    number_format: str = "0.00",
    *,
    bold: bool = False,
    center: bool = False,
) -> Cell:
    """A live formula written by the program (never from user text)."""
    assert text.startswith("=")
    cell = ws.cell(row=row, column=column, value=text)
    _styled(
        cell,
        ("formula", number_format, bold, center),
        _apply_style("cell", number_format, bold, center, False),
    )
    return cell


def print_setup(
    ws: Worksheet, *, landscape: bool, title_rows: str | None, freeze: str | None
) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fit = ws.sheet_properties.pageSetUpPr
    assert fit is not None  # openpyxl makes one with every sheet
    fit.fitToPage = True
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
    wb.properties.created = clock.utcnow()
    if confidential:
        wb.properties.keywords = "confidential; 機密"
        wb.properties.category = "Confidential"
        wb.properties.description = f"Confidential: {subject}"


def save(wb: Workbook, target: str | Path) -> Path:
    return write_atomically(target, lambda tmp: wb.save(tmp))


def widths(ws: Worksheet, columns: dict[str, float]) -> None:
    for letter, width in columns.items():
        ws.column_dimensions[letter].width = width
