"""The window by keyboard, as a desktop program: Tab leaves a list for the form beside it,
Ctrl+1…9 and Ctrl+PgUp/PgDown go from page to page, Enter in a form saves it (a new line in
a multi-line text), every toolbar action says its keys — and the toolbar offers on each page,
and each tab, only what that page does there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core.models import Staff
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages import KEYS

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, demo_db, tasks, settings, dialogs):
    shown = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(shown)
    shown.resize(1024, 700)
    shown.show()
    shown.activateWindow()
    qtbot.waitExposed(shown)
    return shown


def stored(ctx, staff_no):
    with ctx.db.transaction() as session:
        return session.scalar(select(Staff).where(Staff.staff_no == staff_no))


def test_tab_leaves_the_list_for_the_form_and_the_arrows_move_within(qtbot, window):
    window.show_page("staff")
    table = window.current_page().table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # the arrows walk the rows
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # Tab went on to the next widget
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is table  # and Shift+Tab comes back


def test_every_list_on_every_page_lets_tab_go(window):
    from PySide6.QtWidgets import QAbstractItemView

    for key in KEYS:
        window.show_page(key)
        views = window.current_page().findChildren(QAbstractItemView)
        assert all(not view.tabKeyNavigation() for view in views), key


def test_ctrl_digits_and_ctrl_page_keys_switch_pages(qtbot, window):
    window.show_page("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_page().key == KEYS[2]
    qtbot.keyClick(window, Qt.Key.Key_9, CTRL)
    assert window.current_page().key == KEYS[8]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_page().key == KEYS[9]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert window.current_page().key == KEYS[7]
    window.show_page(KEYS[-1])
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)  # round from the last to the first
    assert window.current_page().key == KEYS[0]
    assert window.page_actions[0].shortcut().toString() == "Ctrl+1"
    assert "Ctrl+3" in window.nav.item(2).toolTip()  # the page list says its keys


def test_enter_in_a_field_saves_the_form(qtbot, window, errors):
    window.show_page("staff")
    page = window.current_page()
    page.new_record()
    ui = page.ui
    type_into(qtbot, ui.staffNoEdit, "OP9002")
    type_into(qtbot, ui.nameEdit, "陳新人")
    ui.positionCombo.setCurrentIndex(ui.positionCombo.findText("運營專員"))
    ui.nameEdit.setFocus()
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    assert stored(page.ctx, "OP9002").name == "陳新人"
    assert not page.has_unsaved_changes()
    assert errors == []


def test_enter_with_a_problem_stores_nothing_until_it_is_mended(qtbot, window, errors):
    window.show_page("staff")
    page = window.current_page()
    page.new_record()
    type_into(qtbot, page.ui.staffNoEdit, "OP9003")  # no name yet
    page.ui.staffNoEdit.setFocus()
    qtbot.keyClick(page.ui.staffNoEdit, Qt.Key.Key_Enter)  # the keypad's Enter alike
    assert "required" in page.ui.nameEditError.text()
    assert stored(page.ctx, "OP9003") is None
    type_into(qtbot, page.ui.nameEdit, "林新")
    page.ui.revertButton.setFocus()
    qtbot.keyClick(page.ui.revertButton, Qt.Key.Key_Return)  # a button's own Enter: no save
    assert stored(page.ctx, "OP9003") is None
    page.ui.nameEdit.setFocus()
    qtbot.keyClick(page.ui.nameEdit, Qt.Key.Key_Enter)
    assert stored(page.ctx, "OP9003").name == "林新"
    assert errors == []


def test_enter_in_a_multi_line_text_is_a_new_line_not_a_save(qtbot, window):
    window.show_page("staff")
    page = window.current_page()
    page.new_record()
    type_into(qtbot, page.ui.staffNoEdit, "OP9004")
    type_into(qtbot, page.ui.nameEdit, "林新")
    notes = page.ui.notesEdit
    notes.setFocus()
    qtbot.keyClicks(notes, "first")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "second")
    assert notes.toPlainText() == "first\nsecond"
    assert stored(page.ctx, "OP9004") is None and page.has_unsaved_changes()
    page.discard_changes()  # the window closes without asking


def test_every_toolbar_action_says_its_keys(window):
    window.show_page("staff")
    for act in window.toolbar.actions():
        if act.isSeparator():
            continue
        keys = (act.shortcut() if not act.shortcut().isEmpty() else None) or {
            window.tool_undo: window.act_undo.shortcut(),
            window.tool_redo: window.act_redo.shortcut(),
        }[act]
        assert keys.toString() and f"({keys.toString()})" in act.toolTip(), act.text()


# The window's actions each page does (on its first tab).
OFFERED = {
    "dashboard": set(),
    "staff": {"new_record", "save", "delete_record", "find", "export"},
    "positions": {"new_record", "save", "delete_record", "find"},
    "regulation": {"new_record", "save", "delete_record", "find"},
    "posters": {"export", "print_"},
    "workflows": {"new_record", "save", "delete_record", "find", "print_"},
    "appraisals": {"delete_record", "export"},
    "training": {"new_record", "save", "delete_record", "find", "export"},
    "meetings": {"new_record", "save", "delete_record", "find", "print_"},
    "suggestions": {"new_record", "save", "delete_record", "find"},
    "audit": {"find", "export"},
    "settings": {"save"},
}


def enabled(window):
    return {name for name, act in window._page_actions.items() if act.isEnabled()}


def test_the_toolbar_offers_on_each_page_what_the_page_does(window, qapp):
    for key in KEYS:
        window.show_page(key)
        page = window.current_page()
        if hasattr(page, "list") and hasattr(page, "form"):  # a record chosen, to delete
            page.table.selectRow(0)
        if key == "training":  # the courses' tab
            page.courses.list.table.selectRow(0)
        if key == "settings":  # something changed, to save
            assert not window.act_save.isEnabled()
            assert window.act_save.toolTip() == "Save (Ctrl+S): nothing changed yet"
            from PySide6.QtTest import QTest

            QTest.keyClicks(page.ui.departmentEdit, "2")
        assert enabled(window) == OFFERED[key], key
        for name, act in window._page_actions.items():
            assert ("not on this page" in act.toolTip()) == (name not in OFFERED[key]), name
        if key == "settings":
            page.discard_changes()  # the window closes at the end without asking


@pytest.mark.parametrize("key", ["staff", "meetings", "suggestions", "positions"])
def test_delete_waits_for_a_stored_record_in_the_form(window, key):
    """Delete was enabled with nothing chosen (a first start's empty lists, a new record)."""
    window.show_page(key)
    page = window.current_page()
    assert not window.act_delete.isEnabled()
    assert window.act_delete.toolTip() == "Delete (Del): choose a record first"
    page.table.selectRow(0)
    assert page.form.ident is not None
    assert window.act_delete.isEnabled()
    assert window.act_delete.toolTip() == "Delete (Del)"
    page.new_record()
    assert not window.act_delete.isEnabled()  # a new record is not stored: nothing to delete


def test_the_toolbar_follows_the_tab_shown(window):
    window.show_page("workflows")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.templates)
    assert not window.act_print.isEnabled()  # an event's summary is the runs'
    assert window.act_new.isEnabled() and window.act_find.isEnabled()
    page.tabs.setCurrentWidget(page.runs)
    assert window.act_print.isEnabled()
    window.show_page("appraisals")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.annual)
    assert not window.act_delete.isEnabled()  # the Year tab only shows
    assert window.act_export.isEnabled()  # as the annual sheet (test_exports.py)
    page.tabs.setCurrentIndex(0)
    assert window.act_delete.isEnabled()
    window.show_page("training")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.plan)
    assert not window.act_new.isEnabled() and not window.act_delete.isEnabled()
    assert window.act_export.isEnabled()
    page.tabs.setCurrentWidget(page.development)
    assert window.act_new.isEnabled() and not window.act_delete.isEnabled()  # none chosen
    page.development.list.table.selectRow(0)
    assert window.act_delete.isEnabled()


def test_a_tooltip_names_the_action_without_its_mnemonic(window):
    from PySide6.QtGui import QAction, QKeySequence

    from ops_desktop.gui.main_window import with_keys

    act = QAction(window)
    act.setShortcut(QKeySequence("Ctrl+S"))
    assert with_keys("儲存(&S)", act) == "儲存 (Ctrl+S)"  # as the Chinese menus write it
    assert with_keys("&Save", act) == "Save (Ctrl+S)"
    window.show_page("staff")  # a page that saves (the window opens on the Dashboard)
    assert window.act_save.toolTip() == "Save (Ctrl+S)"


def test_enter_in_a_form_that_is_not_a_record_form_clicks_its_save(qtbot, ctx):
    """The approval form of a run: Enter in its date records the approval, as Save does."""
    from ops_desktop.core.models import StageApproval
    from ops_desktop.gui.pages.workflows import WorkflowsPage

    page = WorkflowsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    runs = page.runs
    first = runs.outline[0].stages[0]
    index = runs.template_filter.findText(runs.outline[0].name)
    runs.template_filter.setCurrentIndex(index)
    runs.template_filter.activated.emit(index)
    row = next(r for r in runs.list.model.rows if r.stage_id == first.id)
    assert runs.list.select_id(row.id)
    ui = page.runs.editor.approvals.ui
    type_into(qtbot, ui.approverEdit, "王總")
    type_into(qtbot, ui.dateEdit, "2026-10-05")
    qtbot.keyClick(ui.dateEdit, Qt.Key.Key_Return)
    with ctx.db.transaction() as session:
        recorded = session.scalars(select(StageApproval).where(StageApproval.run_id == row.id))
        assert [(a.approver, str(a.decided_on)) for a in recorded] == [("王總", "2026-10-05")]


def test_an_approved_regulation_offers_no_new_save_or_delete(window):
    from ops_desktop.core.models import RegulationVersion
    from ops_desktop.core.services import regulation

    with window.ctx.db.transaction() as session:  # the demo's draft approved, a new draft
        (draft,) = session.scalars(select(RegulationVersion.id)).all()
        regulation.approve(session, draft, "2026-01-01", "總經理", "測試")
        regulation.new_draft(session, "2.0", "測試")
    with window.ctx.db.transaction() as session:
        versions = {v.status: v.id for v in session.scalars(select(RegulationVersion))}
    window.show_page("regulation")
    page = window.current_page()
    page.show_version(versions["approved"])
    assert page.read_only()
    assert not window.act_new.isEnabled() and not window.act_delete.isEnabled()
    assert not window.act_save.isEnabled() and window.act_find.isEnabled()
    page.show_version(versions["draft"])
    assert window.act_new.isEnabled() and window.act_delete.isEnabled()


def test_enter_adds_a_meetings_task_and_saves_the_one_chosen(qtbot, ctx, errors):
    from ops_desktop.core.models import ActionItem
    from ops_desktop.gui.pages.meetings import MeetingsPage

    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.table.selectRow(0)
    panel, form = page.items, page.items.ui

    def titled(text):
        with ctx.db.transaction() as session:
            return session.scalar(select(ActionItem).where(ActionItem.text == text))

    type_into(qtbot, form.actionTextEdit, "整理年終報告")
    qtbot.keyClick(form.actionTextEdit, Qt.Key.Key_Return)
    added = titled("整理年終報告")
    assert added is not None
    assert panel.select(added.id)
    type_into(qtbot, form.actionTextEdit, "整理年終報告初稿")
    qtbot.keyClick(form.actionTextEdit, Qt.Key.Key_Return)
    assert titled("整理年終報告初稿").id == added.id  # the chosen task, not a new one
    assert not page.has_unsaved_changes()
