"""Checks of the workbooks for HR (issue 16): what they are on paper, and that each formula's
stored result is what LibreOffice computes from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from ops_desktop.exports.excel.cells import FONT_SIZE


def assert_printable(ws: Worksheet, sheet_title: str, *, landscape: bool, scale: int = 100) -> None:
    """A4 at 100 % — never shrunk to one page wide, so the body prints at its own size —
    with a header naming the department, the sheet and 機密, and numbered pages."""
    assert ws.page_setup.paperSize == 9
    assert ws.page_setup.orientation == ("landscape" if landscape else "portrait")
    assert ws.page_setup.scale == (None if scale == 100 else scale)
    fit = ws.sheet_properties.pageSetUpPr
    assert fit is None or not fit.fitToPage
    body = ws.parent._fonts[0].sz  # the workbook's body font
    assert body == FONT_SIZE and body * scale / 100 >= 9
    header, footer = ws.oddHeader, ws.oddFooter
    assert header.left.text == "運營部" and sheet_title in header.center.text
    assert "機密" in header.right.text
    assert footer.center.text == "第 &P 頁 / 共 &N 頁"


# What a spreadsheet shows for a formula that cannot be computed.
ERRORS = ("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "Err:502")


def _same(stored: object, computed: object) -> bool:
    if computed in (None, ""):
        return stored in (None, "")
    if isinstance(computed, int | float) and not isinstance(computed, bool):
        return isinstance(stored, int | float) and abs(stored - computed) <= 1e-9 * max(
            1.0, abs(computed)
        )
    return stored == computed


def formula_cells(path: Path) -> dict[str, list[tuple[int, int]]]:
    """sheet → the (row, column) of each formula, 0-based, as openpyxl sees the file."""
    book = openpyxl.load_workbook(path)
    return {
        ws.title: [
            (cell.row - 1, cell.column - 1)
            for row in ws.iter_rows()
            for cell in row
            if cell.data_type == "f"
        ]
        for ws in book.worksheets
    }


def compare(path: Path, recalc: Callable[[Path], openpyxl.Workbook]) -> int:
    """Assert that each formula's stored value is LibreOffice's; returns how many compared."""
    stored = CalamineWorkbook.from_path(str(path))
    computed = recalc(path)
    compared = 0
    for sheet, cells in formula_cells(path).items():
        rows = stored.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        again = computed[sheet]
        for r, c in cells:
            value = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
            expected = again.cell(r + 1, c + 1).value
            assert expected not in ERRORS, (sheet, r + 1, c + 1, expected)
            assert _same(value, expected), (sheet, r + 1, c + 1, value, expected)
            compared += 1
    return compared
