"""What an evaluator form sends is what the evaluator typed and saw, or it is refused where it
is: blank scores (unless the row is marked 未評), formulas (with or without a stored result),
merged cells, a hidden form sheet, hidden rows and columns, odd numerals; full-width digits
are digits. Nothing is written while a problem is left, unless only the valid rows are asked."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select
from test_evaluator_forms import count, fill, fill_all, form_of, generate, import_

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry, ScoreEntry
from ops_desktop.exports.excel import evaluator_forms as forms

FIRST = forms.FIRST_ROW
MARK, COMMENT = 7, 8  # the columns after the three dimensions D, E, F: 未評 G, 評語 H


@pytest.fixture
def filled(demo_db, tmp_path):
    """OP0003's form with 70 everywhere; (period id, path, number of rows)."""
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    rows = fill_all(path, 70)
    assert rows >= 3
    return period_id, path, rows


def edit(path, change):
    wb = openpyxl.load_workbook(path)
    change(wb, wb[forms.FORM_SHEET])
    wb.save(path)


def stored(db, period_id):
    return count(db, ScoreEntry, ScoreEntry.period_id == period_id)


def test_blank_score_cells_are_reported_each_with_its_cell(demo_db, filled):
    period_id, path, _rows = filled
    fill(path, {(1, 0): None, (2, 2): None})
    report = import_(demo_db, period_id, path)
    assert not report.applied and stored(demo_db, period_id) == 0
    assert [(p.cell, p.sheet) for p in report.problems] == [
        (f"D{FIRST + 1}", forms.FORM_SHEET),
        (f"F{FIRST + 2}", forms.FORM_SHEET),
    ]
    assert all("no score" in p.reason and forms.NOT_EVALUATED in p.reason for p in report.problems)


def test_a_row_marked_not_evaluated_is_skipped_and_counted(demo_db, filled):
    period_id, path, rows = filled
    fill(path, {(1, d): None for d in range(3)})
    edit(path, lambda wb, ws: setattr(ws.cell(FIRST + 1, MARK), "value", "✓"))
    report = import_(demo_db, period_id, path)
    assert report.applied and not report.problems
    assert report.skipped == 1 and report.added == (rows - 1) * 3
    assert stored(demo_db, period_id) == (rows - 1) * 3
    assert "1 not evaluated" in report.summary()


def test_a_row_marked_not_evaluated_with_scores_is_a_problem(demo_db, filled):
    period_id, path, _rows = filled
    fill(path, {(1, 0): None, (1, 1): None})  # F still holds 70
    edit(path, lambda wb, ws: setattr(ws.cell(FIRST + 1, MARK), "value", "x"))
    report = import_(demo_db, period_id, path)
    assert not report.applied
    (problem,) = report.problems
    assert problem.cell == f"F{FIRST + 1}" and forms.NOT_EVALUATED in problem.reason
    assert report.skipped == 0


def _with_cached_result(path, formula, result):
    """Store ``result`` beside ``formula`` in the file, as Excel does when it saves."""
    data = {}
    with zipfile.ZipFile(path) as archive:
        for item in archive.infolist():
            data[item] = archive.read(item)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, content in data.items():
            if item.filename.startswith("xl/worksheets/"):
                content = content.replace(
                    f"<f>{formula}</f><v />".encode(), f"<f>{formula}</f><v>{result}</v>".encode()
                )
            archive.writestr(item, content)


@pytest.mark.parametrize("cached", [False, True], ids=["no result", "with its result"])
def test_a_formula_is_refused_with_or_without_its_stored_result(demo_db, filled, cached):
    period_id, path, _rows = filled
    fill(path, {(0, 1): "=40+50"})
    if cached:
        _with_cached_result(path, "40+50", 90)
        assert openpyxl.load_workbook(path, data_only=True)[forms.FORM_SHEET]["E5"].value == 90
    report = import_(demo_db, period_id, path)
    assert not report.applied and stored(demo_db, period_id) == 0
    (problem,) = report.problems
    assert problem.cell == f"E{FIRST}" and problem.value == "=40+50"
    assert problem.reason == "a formula, not a score: type the number"


def test_merged_cells_among_the_scores_are_refused_per_range(demo_db, filled):
    period_id, path, _rows = filled
    edit(path, lambda wb, ws: ws.merge_cells(f"D{FIRST + 1}:E{FIRST + 1}"))
    report = import_(demo_db, period_id, path, only_valid=True)
    (problem,) = report.problems
    assert problem.cell == f"D{FIRST + 1}:E{FIRST + 1}" and "merged" in problem.reason
    with demo_db.transaction() as session:  # the merged row is not read at all
        scored = {
            (e.subject_id, e.source)
            for e in session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == period_id))
        }
    assert len(scored) == _rows - 1 and stored(demo_db, period_id) == (_rows - 1) * 3


def test_a_hidden_form_sheet_beside_a_visible_one_is_refused(demo_db, filled):
    period_id, path, _rows = filled

    def hide(wb, ws):
        copy = wb.copy_worksheet(ws)
        copy.title = "評分表 (2)"
        ws.sheet_state = "hidden"

    edit(path, hide)
    with pytest.raises(DomainError, match="評分表 is hidden"):
        import_(demo_db, period_id, path)
    assert stored(demo_db, period_id) == 0


def test_a_hidden_copy_of_the_form_sheet_is_refused(demo_db, filled):
    period_id, path, _rows = filled

    def hidden_copy(wb, ws):
        copy = wb.copy_worksheet(ws)
        copy.title = "評分表 (2)"
        copy.sheet_state = "hidden"

    edit(path, hidden_copy)
    with pytest.raises(DomainError, match=r"hidden sheet 評分表 \(2\)"):
        import_(demo_db, period_id, path)


def test_a_hidden_row_is_refused_and_not_read(demo_db, filled):
    period_id, path, rows = filled
    edit(path, lambda wb, ws: setattr(ws.row_dimensions[FIRST + 2], "hidden", True))
    report = import_(demo_db, period_id, path, only_valid=True)
    (problem,) = report.problems
    assert problem.cell == f"A{FIRST + 2}" and "hidden" in problem.reason
    assert stored(demo_db, period_id) == (rows - 1) * 3


def test_a_hidden_score_column_is_refused(demo_db, filled):
    period_id, path, _rows = filled
    edit(path, lambda wb, ws: setattr(ws.column_dimensions["E"], "hidden", True))
    report = import_(demo_db, period_id, path)
    assert not report.applied
    assert [p.cell for p in report.problems] == [f"E{forms.HEADER_ROW}"]


@pytest.mark.parametrize("typed", ["1e2", "9_0", "-0", "+5", "٩٠", " 0x5A", "90.", "NaN"])
def test_odd_numerals_typed_as_text_are_refused(demo_db, filled, typed):
    period_id, path, _rows = filled
    fill(path, {(0, 0): typed})
    report = import_(demo_db, period_id, path)
    (problem,) = report.problems
    assert problem.cell == f"D{FIRST}" and "not a score" in problem.reason
    assert stored(demo_db, period_id) == 0


@pytest.mark.parametrize(
    ("typed", "score"),
    [("９０", Decimal(90)), ("８５．５", Decimal("85.5")), (-0.0, Decimal(0)), ("0", Decimal(0))],
)
def test_full_width_digits_are_digits_and_a_number_cell_of_minus_zero_is_zero(
    demo_db, filled, typed, score
):
    period_id, path, _rows = filled
    fill(path, {(0, 0): typed})
    report = import_(demo_db, period_id, path)
    assert report.applied and not report.problems
    with demo_db.transaction() as session:
        given = [
            e.score
            for e in session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == period_id))
        ]
    assert given.count(score) == 1 and given.count(Decimal(70)) == len(given) - 1
    assert not any(s.is_signed() for s in given)
    with demo_db.transaction() as session:  # nor is a "-0.0" written in the audit log
        assert not session.scalars(
            select(AuditEntry).where(AuditEntry.details.contains('"new": "-0'))
        ).first()


def test_a_form_of_the_earlier_version_is_refused(demo_db, filled):
    period_id, path, _rows = filled

    def older(wb, ws):
        meta = wb[forms.META_SHEET]
        row = next(r for r in range(1, 10) if meta.cell(r, 1).value == "version")
        meta.cell(row, 2).value = "1"
        ws.cell(forms.HEADER_ROW, MARK).value = "備註"

    edit(path, older)
    with pytest.raises(DomainError, match="earlier version.*generate the forms again"):
        import_(demo_db, period_id, path)
