"""The keyboard of the window's pages, as in any desktop program: Tab goes from a list to the
form beside it (the arrows move within the list), and Enter in a form's field saves it.

    let_tab_leave_lists(page)                  # every list and tree of the page
    EnterSaves(form_widget, press=save)        # Enter in a field presses Save
    enter_clicks(form_widget, ui.saveButton)   # the same, by the form's button
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QPushButton,
    QToolButton,
    QWidget,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def let_tab_leave_lists(root: QWidget) -> None:
    """Tab and Shift+Tab leave every item view under ``root`` for the next widget, instead of
    walking its cells for ever (a QTableView's default); the arrows still move within. A
    typed table (``appraisals/cell_keys.py``) keeps its own Tab between the cells being
    typed: it handles Tab in its editors, not by this navigation."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


class EnterSaves(QObject):
    """Enter in a field of ``form`` calls ``press`` (the form's Save), as a dialog's default
    button does. Only an Enter no field took reaches here: a multi-line text makes its new
    line, a table's cell editor commits the cell, a list activates its row, and a focused
    button is pressed itself — none of those saves."""

    def __init__(self, form: QWidget, press: Callable[[], object]) -> None:
        super().__init__(form)
        self.press = press
        form.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        extra = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _ENTER or extra != Qt.KeyboardModifier.NoModifier:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractItemView | QPushButton | QToolButton):
            return False
        self.press()
        return True


def enter_clicks(form: QWidget, button: QAbstractButton) -> EnterSaves:
    """Enter in a field of ``form`` clicks its ``button`` (a form's Save), when it is enabled:
    the forms that are not record forms (a record form presses Save itself)."""
    return EnterSaves(form, button.click)
