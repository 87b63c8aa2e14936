"""The spreadsheet keys of a typed table (``cell_keys``), on a plain model: Tab skips the
cells that cannot be typed in, Ctrl+Tab leaves the table, and what is being typed is not
replaced when the model shows the cell anew."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from ops_desktop.gui.pages.appraisals.cell_keys import CellKeys, next_cell


@pytest.fixture
def table(qtbot):
    """Two rows of a name (not typed in) and two scores, in a window with a button after."""
    window = QWidget()
    model = QStandardItemModel(2, 3, window)
    for row in range(2):
        for column in range(3):
            item = QStandardItem(f"{row}{column}")
            item.setEditable(column > 0)
            model.setItem(row, column, item)
    view = QTableView(window)
    view.setModel(model)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(after)
    told: list[str] = []
    CellKeys(view, lambda _index, text: None if text.isdigit() else "digits only", told.append)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view.setFocus()
    return window, model, view, after, told


def place(index):
    return index.row(), index.column()


def test_next_cell_skips_what_cannot_be_typed_in_and_goes_round(table):
    _window, model, _view, _after, _told = table
    assert place(next_cell(model, model.index(0, 2))) == (1, 1)  # row 1's name passed over
    assert place(next_cell(model, model.index(1, 2))) == (0, 1)  # round the end
    assert place(next_cell(model, model.index(1, 1), forward=False)) == (0, 2)
    assert place(next_cell(model, model.index(-1, -1))) == (0, 1)  # from none: the first


def test_tab_in_the_view_passes_the_names_and_ctrl_tab_leaves(qtbot, table):
    window, model, view, after, _told = table
    view.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert place(view.currentIndex()) == (1, 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is after


def test_what_is_typed_is_kept_when_its_cell_is_shown_anew(qtbot, table):
    window, model, view, _after, told = table
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClicks(view, "4")
    editor = window.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "4"
    model.item(0, 1).setText("99")  # the cell itself changed: its editor is told
    assert editor.text() == "4"
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert told == ["digits only"] and editor.text() == "4x" and model.item(0, 1).text() == "99"
    editor.setText("42")
    editor.setModified(True)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.item(0, 1).text() == "42"
    assert place(view.currentIndex()) == (1, 1)
