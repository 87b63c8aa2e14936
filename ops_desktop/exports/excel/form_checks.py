"""What an evaluator form may not hold, found before a value of it is read: the evaluator
must have seen, and typed, everything the import takes.

* A hidden form sheet, or a hidden copy of it, is refused as a whole: what would be imported
  is not what the evaluator saw (a hidden first sheet used to be imported while the visible
  one they filled in was ignored).
* Hidden rows and columns in the data area are refused, each one, as are merged cells there
  (a merged range keeps one value and silently drops the others).
* A formula is refused in every cell, whether or not a result was stored with it: the score
  is what the evaluator typed, not what a formula came to (the workbook is read with its
  formulas for this: ``read_sent(..., formulas=True)``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ops_desktop.core.appraisal import scores
from ops_desktop.core.errors import DomainError

from .reading import ImportReport

HIDDEN_ROW = "this row is hidden: show it (the evaluator must see what is sent) and send it again"
HIDDEN_COLUMN = "this column is hidden: show it and send the form again"
MERGED = "merged cells: unmerge them, one value per cell"
FORMULA_SCORE = "a formula, not a score: type the number"
FORMULA_TEXT = "a formula: type the text itself"


def refuse_hidden_sheets(wb: Workbook, path: Path, form_sheet: str, meta_sheet: str) -> None:
    """The form sheet must be visible, and no hidden copy of it may be there."""
    for ws in wb.worksheets:
        if ws.title == meta_sheet or ws.sheet_state == "visible":
            continue
        if ws.title == form_sheet:
            raise DomainError(
                "{path}: the sheet {sheet} is hidden; show it, check what it holds and send "
                "the form again.",
                path=path.name,
                sheet=form_sheet,
            )
        if ws.title.startswith(form_sheet):
            raise DomainError(
                "{path} holds a hidden sheet {sheet} beside {form}: delete it, or fill in "
                "{form} only, and send the form again.",
                path=path.name,
                sheet=ws.title,
                form=form_sheet,
            )


@dataclass
class Blocked:
    """Rows and columns of the data area that are not read: merged and hidden columns are
    reported here; hidden rows by the reader, when they hold something."""

    rows: set[int] = field(default_factory=set)  # merged
    hidden_rows: set[int] = field(default_factory=set)
    columns: set[int] = field(default_factory=set)


def blocked(ws: Worksheet, header_row: int, last_col: int, report: ImportReport) -> Blocked:
    """Report every hidden column and every merged range in the data area (from the header
    row down, the first ``last_col`` columns); returns what is not to be read."""
    found = Blocked()
    for number, row in ws.row_dimensions.items():
        if number > header_row and row.hidden:
            found.hidden_rows.add(number)
    for column in ws.column_dimensions.values():
        if not column.hidden or column.min is None:
            continue
        for c in range(column.min, min(column.max or column.min, last_col) + 1):
            found.columns.add(c)
            report.problem(ws.title, f"{get_column_letter(c)}{header_row}", "", HIDDEN_COLUMN)
    for merged in sorted(ws.merged_cells.ranges, key=lambda m: (m.min_row, m.min_col)):
        if merged.max_row < header_row or merged.min_col > last_col:
            continue  # the title and the instructions above the table
        found.rows.update(range(max(merged.min_row, header_row + 1), merged.max_row + 1))
        first = ws.cell(merged.min_row, merged.min_col).value
        report.problem(ws.title, merged.coord, first, MERGED)
    return found


def is_formula(cell: Cell | MergedCell) -> bool:
    return cell.data_type == "f"


def score_of(value: object) -> Decimal:
    """A score cell's value: a number typed into the cell, or text read as
    ``scores.parse_score`` reads it (full-width digits are digits; 1e2, 9_0, -0, +5 and digits
    of other scripts are refused). A number cell cannot tell 1e2 (or -0) typed from 100 (or
    0) typed: Excel stores the number, and a number of 0–100 with one decimal is a score."""
    return scores.parse_score(value)
