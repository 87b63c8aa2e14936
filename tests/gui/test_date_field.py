"""Every date field is a DateField: a date edit with a calendar that pops up, typed as the
program writes dates, and empty where the record has no date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ops_desktop.core import clock
from ops_desktop.gui.date_field import DateField
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages import KEYS
from ops_desktop.gui.pages.regulation.approve import ApproveDialog
from ops_desktop.gui.pages.staff import StaffPage


@pytest.fixture
def field(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = DateField(holder)
    holder.show()
    edit.setFocus()
    yield edit
    holder.close()  # the holder lives as long as its field is tested


ALT = Qt.KeyboardModifier.AltModifier

# The offscreen platform cannot give a pop-up the keyboard; it says so each time one opens.
popup = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def open_calendar(qtbot, field):
    """A click on the field's arrow, as the secretary opens its calendar."""
    arrow = QPoint(field.width() - 6, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    assert field.calendarWidget().isVisible()
    return field.calendarWidget()


def type_over(qtbot, field, text):
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_every_date_of_every_page_is_a_date_field_with_a_calendar(
    qtbot, demo_db, tasks, settings, dialogs
):
    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    found = 0
    for key in KEYS:
        window.show_page(key)
        page = window.current_page()
        for edit in page.findChildren(QLineEdit):
            name = edit.objectName()
            assert "Date" not in name and "heldOn" not in name, (key, name)
        dates = page.findChildren(DateField)
        assert all(d.calendarPopup() and d.displayFormat() == "yyyy-MM-dd" for d in dates)
        found += len(dates)
    assert found >= 13  # staff, meetings, actions, suggestions, training, workflows
    dialog = ApproveDialog(window.ctx, 1, "1.0")  # the regulation's approval too
    qtbot.addWidget(dialog)
    assert isinstance(dialog.ui.effectiveDateEdit, DateField)


def test_a_date_is_typed_as_written_with_or_without_its_dashes(qtbot, field):
    assert field.text() == ""  # no date at first
    qtbot.keyClicks(field, "2026-11-02")
    assert field.text() == "2026-11-02"
    type_over(qtbot, field, "20250315")
    assert field.text() == "2025-03-15"
    type_over(qtbot, field, "2024-1-5")
    assert field.text() == "2024-01-05"


def test_delete_over_the_date_leaves_no_date(qtbot, field):
    field.setText("2026-11-02")
    edited = []
    field.textEdited.connect(edited.append)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "" and field.is_empty()
    assert edited == [""]  # the secretary's edit, told as a line edit tells it


def test_filling_is_not_an_edit_and_an_unreadable_text_is_no_date(field):
    edited = []
    field.textEdited.connect(edited.append)
    field.setText("2026-11-02")
    assert field.text() == "2026-11-02"
    field.setText("2026-02-30")
    assert field.text() == ""
    assert edited == []


@popup
def test_an_empty_fields_calendar_opens_at_this_month(qtbot, field):
    calendar = open_calendar(qtbot, field)
    today = clock.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()


@popup
@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, ALT)],
)
def test_the_keyboard_opens_the_calendar_as_a_combo_boxs_list(qtbot, field, key, modifier):
    qtbot.keyClick(field, key, modifier)
    calendar = field.calendarWidget()
    assert calendar.isVisible()
    today = clock.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)


@popup
def test_a_date_picked_in_the_calendar_is_an_edit_of_the_form(qtbot, ctx):
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.table.selectRow(0)
    edit = page.ui.hireDateEdit
    assert not page.has_unsaved_changes()
    edit.setFocus()
    calendar = open_calendar(qtbot, edit)
    calendar.setSelectedDate(QDate(2020, 2, 3))
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert edit.text() == "2020-02-03"
    assert page.has_unsaved_changes()
    assert page.ui.saveButton.isEnabled()  # the form heard of it: checked, Save offered
    page.discard_changes()


def test_delete_in_a_date_field_of_the_window_clears_the_date_not_the_record(
    qtbot, demo_db, tasks, settings, dialogs, errors
):
    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.show_page("staff")
    page = window.current_page()
    page.table.selectRow(0)
    edit = page.ui.hireDateEdit
    assert edit.text() and window.act_delete.isEnabled()  # Del is the page's Delete too
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # the field takes it: no "mark as departed?"
    assert edit.text() == "" and page.has_unsaved_changes()
    page.discard_changes()
