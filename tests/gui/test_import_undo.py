"""Importing evaluator forms on the appraisal page is one undo step, however many files: undo
puts every score back as it was (an overwritten one gets its old value, a new one goes), redo
imports the values again; the "valid rows only" retry is its own step, an import that changed
nothing leaves none, and an undo after someone else changed a score is refused."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from answering import lock_anyway
from sqlalchemy import select

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.models import ScoreEntry, Staff
from ops_desktop.exports.excel import evaluator_forms
from ops_desktop.gui.pages.appraisals import AppraisalsPage, excel_actions


@pytest.fixture
def november(ctx):
    with ctx.db.transaction() as session:
        return periods.open_period(session, 2026, 11).id


@pytest.fixture
def month(ctx, november, tmp_path):
    """The month with one self score of OP0003 already stored (60), and the forms of OP0003
    and OP0004 filled in with 90 everywhere."""
    with ctx.db.transaction() as session:
        paths = evaluator_forms.generate_forms(session, november, tmp_path, department="運營部")
        me = session.scalar(select(Staff).where(Staff.staff_no == "OP0003"))
        first = periods.scheme_dimensions(session, november)[0]
        key = scores.ScoreKey(me.id, "self", me.id, first.id)
        scores.enter(session, november, key, "60", "desk")
    forms = [p for p in paths if "_OP0003_" in p.name or "_OP0004_" in p.name]
    for form in forms:
        fill(form, 90)
    return november, [str(f) for f in forms], key


def fill(form, value, **cells):
    wb = openpyxl.load_workbook(form)
    ws = wb[evaluator_forms.FORM_SHEET]
    dims = 3
    for row in range(evaluator_forms.FIRST_ROW, ws.max_row + 1):
        if ws.cell(row, 1).value:
            for column in range(4, 4 + dims):
                ws.cell(row, column).value = value
    for cell, other in cells.items():
        ws[cell] = other
    wb.save(form)


def make_page(qtbot, ctx, period_id):
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.period_combo.setCurrentIndex(page.period_combo.findData(period_id))
    page.load(period_id)
    return page


def grid(page):
    """Every score input the grid shows, by staff number."""
    return {p.staff_no: dict(p.inputs) for p in page.model.people}


def stored(ctx, period_id):
    with ctx.db.transaction() as session:
        return {
            (e.subject_id, e.source, e.evaluator_id, e.dimension_id): e.score
            for e in session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == period_id))
        }


def test_two_forms_imported_are_one_step_undone_and_redone(qtbot, ctx, month):
    period_id, forms, key = month
    page = make_page(qtbot, ctx, period_id)
    shown_before, stored_before = grid(page), stored(ctx, period_id)
    code = page.model.columns[5].dimension  # the first dimension
    assert shown_before["OP0003"][("self", code)] == 60
    assert excel_actions.import_forms(page, files=forms)
    imported = stored(ctx, period_id)
    assert len(imported) > len(stored_before) and set(imported.values()) == {Decimal(90)}
    assert grid(page)["OP0003"][("self", code)] == 90
    assert grid(page)["OP0004"][("self", code)] == 90
    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == "Import 2 evaluator form(s)"

    page.undo_stack.undo()
    assert stored(ctx, period_id) == stored_before  # the 60 back, the new scores gone
    assert grid(page) == shown_before

    page.undo_stack.redo()
    assert stored(ctx, period_id) == imported
    assert grid(page)["OP0003"][("self", code)] == 90
    assert page.undo_stack.count() == 1


def test_an_import_that_changed_nothing_leaves_no_step(qtbot, ctx, month):
    period_id, forms, _key = month
    page = make_page(qtbot, ctx, period_id)
    assert excel_actions.import_forms(page, files=forms)
    assert excel_actions.import_forms(page, files=forms)  # the same forms again
    assert page.undo_stack.count() == 1


def test_the_valid_rows_retry_is_its_own_step(qtbot, ctx, month):
    period_id, forms, key = month
    page = make_page(qtbot, ctx, period_id)
    mine = next(f for f in forms if "_OP0003_" in f)
    fill(mine, 90, E5=101)  # one bad cell in OP0003's own row: the file is not imported
    before = stored(ctx, period_id)
    assert excel_actions.import_forms(page, files=forms)
    with_second = stored(ctx, period_id)
    assert with_second[_place(key)] == 60
    assert page.undo_stack.count() == 1  # the second form only
    assert page.undo_stack.undoText() == "Import 1 evaluator form(s)"
    page.report_dialog.valid_button.click()
    assert page.undo_stack.count() == 2
    assert stored(ctx, period_id)[_place(key)] == 90
    page.undo_stack.undo()  # the retry only
    assert stored(ctx, period_id) == with_second
    page.undo_stack.undo()
    assert stored(ctx, period_id) == before


def _place(key):
    return key.subject_id, key.source, key.evaluator_id, key.dimension_id


def test_undo_after_someone_else_changed_a_score_is_refused_and_changes_nothing(
    qtbot, ctx, month, errors
):
    period_id, forms, key = month
    page = make_page(qtbot, ctx, period_id)
    assert excel_actions.import_forms(page, files=forms)
    with ctx.db.transaction() as session:  # another desk
        scores.enter(session, period_id, key, "75", "other desk")
    after_other = stored(ctx, period_id)
    page.undo_stack.undo()
    assert len(errors) == 1 and "someone else" in errors[0] and "75" in errors[0]
    assert stored(ctx, period_id) == after_other  # no other score taken back either
    assert page.undo_stack.count() == 0  # the refused step is gone
    assert grid(page)["OP0003"][("self", page.model.columns[5].dimension)] == 75


def test_undo_in_a_month_locked_since_is_refused(qtbot, ctx, month, errors):
    period_id, forms, _key = month
    page = make_page(qtbot, ctx, period_id)
    assert excel_actions.import_forms(page, files=forms)
    imported = stored(ctx, period_id)
    ctx.dialogs.forms.append(lock_anyway)  # not everyone is complete
    page.toggle_lock()
    page.undo_stack.undo()
    assert len(errors) == 1 and "locked" in errors[0]
    assert stored(ctx, period_id) == imported


def comments_of(ctx, period_id):
    from ops_desktop.core.appraisal import comments

    with ctx.db.transaction() as session:
        return [(c.staff_no, c.text) for c in comments.of_period(session, period_id)]


def test_undo_of_an_import_puts_its_comments_back_and_the_panel_shows_them(qtbot, ctx, month):
    period_id, forms, key = month
    mine = next(f for f in forms if "_OP0003_" in f)
    fill(mine, 90, H5="可靠,準時交付")  # OP0003's comment on themself
    page = make_page(qtbot, ctx, period_id)
    assert excel_actions.import_forms(page, files=[mine])
    assert comments_of(ctx, period_id) == [("OP0003", "可靠,準時交付")]
    page.grid.setCurrentIndex(page.model.index(page.model.row_of(key.subject_id), 0))
    assert [c.text for c in page.comments.model.rows] == ["可靠,準時交付"]

    page.undo_stack.undo()
    assert comments_of(ctx, period_id) == []
    assert page.comments.model.rows == []  # the panel follows the undo
    page.undo_stack.redo()
    assert comments_of(ctx, period_id) == [("OP0003", "可靠,準時交付")]
    assert [c.text for c in page.comments.model.rows] == ["可靠,準時交付"]


def test_an_import_that_changed_only_a_comment_is_a_step(qtbot, ctx, month):
    period_id, forms, _key = month
    page = make_page(qtbot, ctx, period_id)
    assert excel_actions.import_forms(page, files=forms)
    mine = next(f for f in forms if "_OP0003_" in f)
    fill(mine, 90, H5="only this is new")
    assert excel_actions.import_forms(page, files=[mine])
    assert page.undo_stack.count() == 2
    page.undo_stack.undo()
    assert comments_of(ctx, period_id) == []
