"""A month of scores entered by keyboard, totals live, refusals in their cells, paste from
Excel, undo, lock and unlock, export, and forms imported with an error."""

from __future__ import annotations

import re

import openpyxl
import pytest
from answering import give_reason, lock_anyway
from instances import another_instance_writing
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from ops_desktop.core.appraisal import completeness, periods, results
from ops_desktop.core.models import DataScore, ScoreEntry
from ops_desktop.core.services import audit
from ops_desktop.exports.excel import evaluator_forms
from ops_desktop.gui.pages.appraisals import AppraisalsPage, excel_actions

SUPERVISOR_PERF = 5  # first score column (after 工號, 姓名, 總分, 等級, 排名): 上級評價 × 工作業績


@pytest.fixture
def november(ctx):
    with ctx.db.transaction() as session:
        return periods.open_period(session, 2026, 11).id


def make_page(qtbot, ctx, period_id=None):
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    if period_id is not None:
        page.period_combo.setCurrentIndex(page.period_combo.findData(period_id))
        page.load(period_id)
    return page


def scores_in(ctx, period_id):
    with ctx.db.transaction() as session:
        return session.scalar(
            select(func.count()).select_from(ScoreEntry).where(ScoreEntry.period_id == period_id)
        )


def keys(qtbot, page, text):
    """Type into whatever has the focus, as a user does: the first key opens the editor."""
    for char in text:
        qtbot.keyClicks(page.window().focusWidget() or page.grid, char)


def test_typing_a_score_stores_it_and_moves_down(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, SUPERVISOR_PERF))
    keys(qtbot, page, "88.5")
    qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_Return)
    assert page.grid.currentIndex().row() == 1
    assert scores_in(ctx, november) == 1
    assert page.model.index(0, SUPERVISOR_PERF).data() == "88.5"


def fill_person(page, row, value="80"):
    for column, col in enumerate(page.model.columns):
        if col.kind in ("input", "data"):
            assert page.model.setData(page.model.index(row, column), value)


def test_totals_grades_and_ranks_follow_the_scores(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    person = page.model.people[2]
    fill_person(page, 2, "90")
    assert page.model.people[2].total is None  # no peer yet: incomplete, not zero
    assert "peer" in ",".join(page.model.people[2].missing)
    peer_panel = page.peers
    page.grid.setCurrentIndex(page.model.index(2, 0))
    assert peer_panel.person_id == person.staff_id and peer_panel.model.rows
    for column in range(3):  # the dimensions (the peer names the row)
        assert peer_panel.model.setData(peer_panel.model.index(0, column), "90")
    assert page.model.people[2].total == 90
    assert page.model.people[2].grade == "優秀" and page.model.people[2].rank == 1
    with ctx.db.transaction() as session:
        again = results.compute(session, november, {person.staff_id}).people[0]
    assert again.total == 90


def test_the_status_column_says_what_the_score_sheet_says(qtbot, qapp, ctx, november):
    """Issue 16 point 3: 完整 or 缺少 … in the window, in the sheet's own words."""
    from ops_desktop.exports.excel.score_sheet import status_text
    from ops_desktop.gui.i18n import Languages

    page = make_page(qtbot, ctx, november)
    fill_person(page, 2, "90")  # everything but the peers' scores
    status = next(n for n, c in enumerate(page.model.columns) if c.key == "missing")
    person, view = page.model.people[2], page.model.view
    assert page.model.index(2, status).data() == "Missing: 同事評價; the total once they are in"
    languages = Languages(qapp)
    try:
        languages.switch("zh_TW")  # the words are looked up as the cell is shown
        texts = [page.model.index(r, status).data() for r in range(page.model.rowCount())]
        assert texts[2] == status_text(person, view) == "缺少：同事評價；補齊後計算總分"
        assert all(t == "完整" or t.startswith("缺少：") for t in texts)
    finally:
        languages.uninstall()  # later tests read the source texts


@pytest.mark.parametrize("bad", ["101", "-1", "85.25", "abc", "1e2", "九十"])
def test_a_bad_value_is_refused_in_its_cell(qtbot, ctx, november, bad):
    page = make_page(qtbot, ctx, november)
    page.model.setData(page.model.index(0, SUPERVISOR_PERF), bad)
    assert scores_in(ctx, november) == 0
    assert (0, SUPERVISOR_PERF) in page.model.refused
    tip = page.model.index(0, SUPERVISOR_PERF).data(Qt.ItemDataRole.ToolTipRole)
    assert tip and tip == page.model.refused[(0, SUPERVISOR_PERF)]


def test_paste_a_block_from_excel_then_undo(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    page.grid.setCurrentIndex(page.model.index(0, SUPERVISOR_PERF))
    QGuiApplication.clipboard().setText("80\t81\t82\r\n70\t71\tx\r\n")
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert scores_in(ctx, november) == 5
    assert (1, SUPERVISOR_PERF + 2) in page.model.refused
    assert page.undo_stack.count() == 1  # one paste, one undo step
    assert page.undo_stack.undoText() == "Paste scores"
    page.undo_stack.undo()
    assert scores_in(ctx, november) == 0
    assert page.model.index(1, SUPERVISOR_PERF + 1).data() == ""
    page.undo_stack.redo()
    assert scores_in(ctx, november) == 5


def test_a_paste_with_nothing_stored_leaves_no_undo_step(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    page.grid.setCurrentIndex(page.model.index(0, SUPERVISOR_PERF))
    QGuiApplication.clipboard().setText("x\ty\r\n")
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert scores_in(ctx, november) == 0 and page.undo_stack.count() == 0


def test_data_score_and_its_undo(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    column = next(i for i, c in enumerate(page.model.columns) if c.kind == "data")
    assert page.model.setData(page.model.index(0, column), "77.5")
    with ctx.db.transaction() as session:
        assert session.scalar(select(DataScore.score)) is not None
    page.undo_stack.undo()
    with ctx.db.transaction() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(DataScore).where(DataScore.period_id == november)
            )
            == 0
        )


def test_lock_names_the_incomplete_and_needs_the_second_choice(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    seen = []

    def cancel_first(dialog):
        seen.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        seen.append(dialog.table.item(0, 1).text())
        dialog.lock_button.click()  # disabled: nothing happens
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.accept()  # Enter, as the default button were Lock: still not locked
        assert dialog.result() != QDialog.DialogCode.Accepted
        return False

    ctx.dialogs.forms += [cancel_first, lock_anyway]
    page.toggle_lock()
    assert not page.model.locked
    assert len(seen[0]) == 24 and seen[0][0] == "OP0001 林建華"
    assert seen[1].startswith("上級評價 (工作業績, 工作能力, 工作態度)")
    page.toggle_lock()
    assert page.model.locked
    assert not page.model.flags(page.model.index(0, SUPERVISOR_PERF)) & Qt.ItemFlag.ItemIsEditable
    assert not page.model.setData(page.model.index(0, SUPERVISOR_PERF), "80")
    with ctx.db.transaction() as session:
        (entry,) = audit.entries(session, action="lock", entity_id=november)
    assert entry.details["incomplete"] == 24


def test_a_complete_month_is_locked_after_one_confirmation_and_unlocked_as_it_was(qtbot, ctx):
    with ctx.db.transaction() as session:
        october = periods.get(session, 2026, 10)
        october_id, before = october.id, october.status
    page = make_page(qtbot, ctx, october_id)

    def confirm(dialog):
        assert dialog.lacking == [] and dialog.anyway.isHidden()
        dialog.lock_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    ctx.dialogs.forms += [confirm, give_reason("更正上級評分")]
    page.toggle_lock()
    assert page.model.locked
    page.toggle_lock()
    assert not page.model.locked
    with ctx.db.transaction() as session:
        assert periods.get(session, 2026, 10).status == before
        (entry,) = audit.entries(session, action="unlock", entity_id=october_id)
    assert entry.details["reason"] == "更正上級評分"


def test_a_month_that_became_incomplete_while_confirming_is_refused(
    qtbot, ctx, november, errors, monkeypatch
):
    page = make_page(qtbot, ctx, november)
    real = completeness.incomplete
    asked = []

    def complete_when_asked_then_not(session, period_id):
        asked.append(period_id)  # the first look: complete (another desk then took scores back)
        return [] if len(asked) == 1 else real(session, period_id)

    monkeypatch.setattr(completeness, "incomplete", complete_when_asked_then_not)

    def confirm(dialog):
        assert dialog.lacking == [] and dialog.lock_button.isEnabled()
        dialog.lock_button.click()
        return True

    ctx.dialogs.forms.append(confirm)
    page.toggle_lock()
    assert len(asked) == 2  # the lock looked again
    assert not page.model.locked
    assert len(errors) == 1 and "24 people of 2026-11 are not complete" in errors[0]
    with ctx.db.transaction() as session:
        assert periods.get(session, 2026, 11).status == "open"


def test_the_unlock_reason_is_required_and_the_form_stays_open_without_it(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)

    def empty_then_given(dialog):
        dialog.show()
        qtbot.addWidget(dialog)
        dialog.reason_edit.setPlainText("  ")
        dialog.unlock_button.click()
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.message.isVisible() and dialog.message.text()
        return give_reason("補登主管評分\n第二行說明")(dialog)

    ctx.dialogs.forms += [lock_anyway, empty_then_given]
    page.toggle_lock()
    page.toggle_lock()
    assert not page.model.locked
    with ctx.db.transaction() as session:
        (entry,) = audit.entries(session, action="unlock", entity_id=november)
        assert periods.get(session, 2026, 11).status == "open"  # as it was before the lock
    assert entry.details["reason"] == "補登主管評分\n第二行說明"


def test_the_state_is_explained_beside_it_and_in_the_status_bar(qtbot, ctx, november):
    page = make_page(qtbot, ctx)
    said = []
    page.status_message.connect(said.append)
    page.load(november)
    assert page.status_label.toolTip() == "Scores are being entered."
    assert said[-1].endswith("Scores are being entered.")
    ctx.dialogs.forms.append(lock_anyway)
    page.toggle_lock()
    assert "unlock to change" in page.status_label.toolTip()


def test_without_a_month_lock_and_export_are_disabled(qtbot, fresh_ctx):
    page = make_page(qtbot, fresh_ctx)
    assert page.period_combo.count() == 0
    assert not page.lock_button.isEnabled() and not page.export_button.isEnabled()
    assert page.new_button.isEnabled()


def test_with_a_month_lock_and_export_are_enabled(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    assert page.lock_button.isEnabled() and page.export_button.isEnabled()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("action", ["open a month", "lock", "unlock"])
def test_month_actions_wait_for_another_instance_instead_of_failing(
    qtbot, ctx, november, monkeypatch, errors, action
):
    page = make_page(qtbot, ctx, november)
    if action == "open a month":
        ctx.dialogs.texts.append("2026-12")
    else:
        ctx.dialogs.forms.append(lock_anyway)
    if action == "unlock":
        page.toggle_lock()
        ctx.dialogs.forms.append(give_reason("更正上級評分"))
    with another_instance_writing(ctx.db.path):
        page.open_month() if action == "open a month" else page.toggle_lock()
    assert errors == []
    with ctx.db.transaction() as session:
        if action == "open a month":
            assert periods.get(session, 2026, 12) is not None
        else:
            assert periods.get(session, 2026, 11).status == (
                "locked" if action == "lock" else "open"
            )


def test_export_the_score_sheet(qtbot, ctx, tmp_path, dialogs):
    page = make_page(qtbot, ctx)
    target = tmp_path / "month.xlsx"
    dialogs.save_as.append(str(target))
    dialogs.after_export.append(None)
    assert page.export()
    assert "考核表" in openpyxl.load_workbook(target).active.title


def op0003_form(ctx, november, tmp_path):
    """The evaluator form of OP0003 for November, opened to be filled in."""
    with ctx.db.transaction() as session:
        paths = evaluator_forms.generate_forms(session, november, tmp_path, department="運營部")
    form = next(p for p in paths if "_OP0003_" in p.name)
    wb = openpyxl.load_workbook(form)
    return form, wb, wb[evaluator_forms.FORM_SHEET]


def test_import_forms_with_an_error_shows_the_problems(qtbot, ctx, november, tmp_path):
    page = make_page(qtbot, ctx, november)
    form, wb, ws = op0003_form(ctx, november, tmp_path)
    ws["D5"], ws["E5"], ws["F5"] = 90, 101, 88
    for row in range(6, ws.max_row + 1):  # the others not evaluated: no blank-score problems
        if ws.cell(row, 1).value:
            ws.cell(row, 7).value = "✓"
    wb.save(form)
    assert excel_actions.import_forms(page, files=[str(form)])
    dialog = page.report_dialog
    assert dialog.model.rowCount() == 1
    assert dialog.model.rows[0].cell == "E5" and "100" in dialog.model.rows[0].reason
    assert scores_in(ctx, november) == 0
    dialog.valid_button.click()
    assert scores_in(ctx, november) == 2


def test_the_import_report_speaks_the_interface_language(qtbot, ctx, november, tmp_path, qapp):
    """Issue 18 point 5: the summary and every problem of a forms import in zh_TW, where
    "NOT imported; 0 added…" and the form's own reasons were left in English."""
    from ops_desktop.gui.i18n import Languages

    page = make_page(qtbot, ctx, november)
    form, wb, ws = op0003_form(ctx, november, tmp_path)
    ws["D5"], ws["E5"] = 90, 101  # F5 left empty; the other rows too
    ws["C6"] = "路人"  # not a kind of evaluation
    wb.save(form)
    languages = Languages(qapp)
    try:
        languages.switch("zh_TW")
        assert excel_actions.import_forms(page, files=[str(form)])
    finally:
        languages.uninstall()
    dialog = page.report_dialog
    reasons = [row.reason for row in dialog.model.rows]
    assert "不明的評價類別" in reasons
    assert any(r.startswith("沒有分數：") for r in reasons)
    assert f"{form.name}：未匯入；新增 0、變更 0、未變 0" in dialog.summary.text()
    said = reasons + [dialog.summary.text().replace(form.name, "")]
    ascii_words = [r for r in said if re.search("[a-z]{3}", r)]
    assert ascii_words == [], ascii_words


def test_the_year_view_and_the_grid_model(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    qtmodeltester.check(page.model, force_py=True)
    page.tabs.setCurrentWidget(page.annual)
    assert page.annual.model.rowCount() == 25
    assert page.annual.promotion_model.rowCount() >= 1
