"""Writing HR's workbooks (XlsxWriter): text that can never become a formula, formulas that
carry their computed result, styles, protection, and print setup for filing.

XlsxWriter rather than openpyxl because it stores each formula's result beside the formula:
Excel's Protected View (mail attachments, downloads), file previewers and readers such as
python-calamine or pandas do not recalculate, and show blanks for a formula without one.
openpyxl stays for reading the workbooks people send back.

Rows and columns are 1-based here, as people and openpyxl count them; XlsxWriter's are 0-based.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import CellFormulaTuple, Worksheet

from ops_desktop.core import clock
from ops_desktop.core.files import write_atomically

# A user's text starting with one of these would be read by Excel as a formula (or DDE).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 cannot hold (inputs refuse it; this keeps an older row from damaging a file).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FONT_SIZE = 10  # body text; printed at 100 %: every workbook prints at 10 pt
GREY = "#808080"
STYLES: dict[str, dict[str, Any]] = {
    "cell": {"border": 1, "border_color": GREY, "valign": "top"},
    "header": {"bold": True, "bg_color": "#DDE6F0", "border": 1, "border_color": GREY,
               "align": "center", "valign": "vcenter", "text_wrap": True},
    "input": {"bg_color": "#FFF7D6", "border": 1, "border_color": GREY, "locked": False},
    "title": {"bold": True, "font_size": 14},
    "warning": {"bold": True, "font_color": "#C00000"},
    "total": {"border": 1, "border_color": GREY, "valign": "top", "bold": True},
    "bold": {"bold": True},
    "plain": {},
}  # fmt: skip


@functools.cache
def col(number: int) -> str:
    """The letter(s) of a 1-based column number."""
    name: str = xl_col_to_name(number - 1)
    return name


def _header_text(text: str) -> str:
    """Text for a print header or footer: '&' is its control character; 255 characters in all."""
    return _NOT_XML.sub("", text).replace("&", "&&")[:80]


def _sections(left: str, center: str, right: str) -> str:
    """A header or footer's three parts (an empty one left out: readers misparse '&L&C')."""
    return "".join(
        f"&{code}{text}" for code, text in zip("LCR", (left, center, right), strict=True) if text
    )


class ProgramWorksheet(Worksheet):  # type: ignore[misc]  # XlsxWriter is untyped for mypy
    """XlsxWriter's worksheet for the program's own formulas (``add_worksheet`` takes a
    worksheet class for this).

    For every formula XlsxWriter first looks for the dynamic-array functions of Excel 365 and
    then runs some thirty regular expressions prefixing functions newer than Excel 2010 with
    ``_xlfn.``: together 90 µs a formula, 0.9 s of a 1,000-person score sheet, six times the
    time of writing its values. The program's formulas use none of those functions (IF,
    COUNT, ROUND, LOOKUP, RANK, …), so they are stored as written. tests/exports check that
    the stock worksheet writes the very same XML for every formula the program writes."""

    def _write_formula(
        self, row: int, col: int, formula: str, cell_format: Any = None, value: Any = 0
    ) -> int:
        assert not self.constant_memory  # Book writes in memory, never row by row
        if self._check_dimensions(row, col):
            return -1
        self.table[row][col] = CellFormulaTuple(formula.removeprefix("="), cell_format, value)
        return 0


class Sheet:
    """One worksheet. ``put`` for values, ``formula`` for the program's own formulas."""

    def __init__(self, book: Book, ws: Worksheet) -> None:
        self.book, self.ws = book, ws

    def put(
        self,
        row: int,
        column: int,
        value: object,
        style: str | None = None,
        *,
        number_format: str | None = None,
        center: bool = False,
        wrap: bool = False,
        locked: bool | None = None,
    ) -> None:
        """Write a value; text is always stored as text, never as a formula."""
        r, c = row - 1, column - 1
        book = self.book
        if value is None or value == "":
            fmt = book.style(style, number_format, center, wrap, False, locked)
            if fmt is not None:
                self.ws.write_blank(r, c, None, fmt)
        elif isinstance(value, str):
            value = _NOT_XML.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
            quote = value.startswith(FORMULA_TRIGGERS)
            fmt = book.style(style, number_format, center, wrap or "\n" in value, quote, locked)
            self.ws.write_string(r, c, value, fmt)
        elif isinstance(value, bool):
            fmt = book.style(style, number_format, center, wrap, False, locked)
            self.ws.write_boolean(r, c, value, fmt)
        elif isinstance(value, int | float | Decimal):
            fmt = book.style(style, number_format, center, wrap, False, locked)
            self.ws.write_number(r, c, float(value), fmt)
        elif isinstance(value, dt.date):  # a datetime too
            if number_format is None:
                timed = isinstance(value, dt.datetime)
                number_format = "yyyy-mm-dd hh:mm:ss" if timed else "yyyy-mm-dd"
            fmt = book.style(style, number_format, center, wrap, False, locked)
            self.ws.write_datetime(r, c, value, fmt)
        else:
            raise TypeError(f"cannot write {type(value).__name__} to a workbook")

    def formula(
        self,
        row: int,
        column: int,
        text: str,
        value: object,
        number_format: str = "0.00",
        *,
        bold: bool = False,
        center: bool = False,
    ) -> None:
        """A live formula written by the program (never from user text), with the result the
        program computed for it: what a reader that does not recalculate shows."""
        assert text.startswith("=")
        if isinstance(value, Decimal):
            value = float(value)
        elif value is None:
            value = ""
        fmt = self.book.style(
            "total" if bold else "cell", number_format, center, False, False, None
        )
        self.ws.write_formula(row - 1, column - 1, text, fmt, value)

    def merge(self, first: tuple[int, int], last: tuple[int, int], value: str, style: str) -> None:
        fmt = self.book.style(style, None, False, False, False, None)
        self.ws.merge_range(first[0] - 1, first[1] - 1, last[0] - 1, last[1] - 1, value, fmt)

    def widths(self, columns: dict[int, float]) -> None:
        for number, width in columns.items():
            self.ws.set_column(number - 1, number - 1, width)

    def heights(self, rows: dict[int, float]) -> None:
        for number, height in rows.items():
            self.ws.set_row(number - 1, height)

    def score_check(self, first: tuple[int, int], last: tuple[int, int]) -> None:
        """Excel refuses anything but a score of 0–100 typed into these cells."""
        self.ws.data_validation(
            first[0] - 1,
            first[1] - 1,
            last[0] - 1,
            last[1] - 1,
            {
                "validate": "decimal",
                "criteria": "between",
                "minimum": 0,
                "maximum": 100,
                "ignore_blank": True,
                "error_title": "分數",
                "error_message": "請輸入 0 到 100 之間的分數,最多一位小數。",
            },
        )

    def print_setup(
        self,
        *,
        landscape: bool,
        title: str,
        period: str = "",
        title_rows: tuple[int, int] | None = None,
        repeat_columns: tuple[int, int] | None = None,
        freeze: tuple[int, int] | None = None,
        footer_left: str = "",
        scale: int = 100,
    ) -> None:
        """A4 at 100 % (or ``scale``, never below 9 pt), as many pages wide as it takes,
        with the header rows and the identifying columns repeated on every page, and a header
        and footer naming the department, the sheet, the period, 機密 and the page."""
        ws = self.ws
        ws.set_paper(9)  # A4
        if landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        assert FONT_SIZE * scale / 100 >= 9  # never printed smaller than 9 pt
        ws.set_print_scale(scale)
        ws.set_margins(left=0.3, right=0.3, top=0.75, bottom=0.75)
        ws.center_horizontally()
        if title_rows:
            ws.repeat_rows(title_rows[0] - 1, title_rows[1] - 1)
        if repeat_columns:
            ws.repeat_columns(repeat_columns[0] - 1, repeat_columns[1] - 1)
        if freeze:
            ws.freeze_panes(freeze[0] - 1, freeze[1] - 1)
        mark = "機密" if self.book.confidential else ""
        right = " ".join(p for p in (_header_text(period), mark) if p)
        department = _header_text(self.book.department)
        ws.set_header(_sections(department, _header_text(title), right), {"margin": 0.3})
        ws.set_footer(
            _sections(_header_text(footer_left), "第 &P 頁 / 共 &N 頁", mark), {"margin": 0.3}
        )

    def protect(self) -> None:
        """Lock everything but the unlocked cells; no password; sorting, filtering and
        column widths stay allowed."""
        self.ws.protect(
            "",
            {"sort": True, "autofilter": True, "format_columns": True, "format_rows": True},
        )


class Book:
    """A workbook being written in memory; ``save`` writes it atomically."""

    def __init__(
        self, title: str, subject: str, *, department: str, confidential: bool = True
    ) -> None:
        self.department, self.confidential = department, confidential
        self._buffer = io.BytesIO()
        self.wb = xlsxwriter.Workbook(
            self._buffer,
            {
                "in_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "default_format_properties": {"font_name": "Calibri", "font_size": FONT_SIZE},
            },
        )
        self._formats: dict[tuple[object, ...], Format] = {}
        properties: dict[str, Any] = {
            "title": _NOT_XML.sub("", title),
            "subject": subject,
            "author": "ops-desktop",
            # A naive UTC time: XlsxWriter writes it as the file's creation time.
            "created": clock.utcnow().replace(tzinfo=None),
        }
        if confidential:
            properties |= {"keywords": "confidential; 機密", "category": "Confidential"}
            properties["comments"] = f"Confidential: {subject}"
        self.wb.set_properties(properties)

    def sheet(self, name: str) -> Sheet:
        # Excel's limits on a sheet's name: 31 characters, none of []:*?/\ .
        clean = re.sub(r"[\[\]:*?/\\]", "_", _NOT_XML.sub("", name))[:31] or "Sheet"
        return Sheet(self, self.wb.add_worksheet(clean, worksheet_class=ProgramWorksheet))

    def style(
        self,
        style: str | None,
        number_format: str | None,
        center: bool,
        wrap: bool,
        quote: bool,
        locked: bool | None,
    ) -> Format | None:
        """One Format per combination, made once per workbook."""
        key = (style, number_format, center, wrap, quote, locked)
        if key == (None, None, False, False, False, None):
            return None
        known = self._formats.get(key)
        if known is None:
            spec = dict(STYLES[style]) if style else {}
            if number_format:
                spec["num_format"] = number_format
            if center:
                spec |= {"align": "center", "valign": "vcenter"}
            if wrap:
                spec["text_wrap"] = True
            if quote:
                spec["quote_prefix"] = True
            if locked is not None:
                spec["locked"] = locked
            known = self._formats[key] = self.wb.add_format(spec)
        return known

    def save(self, target: str | Path) -> Path:
        self.wb.close()
        data = self._buffer.getvalue()
        return write_atomically(target, lambda tmp: Path(tmp).write_bytes(data))
