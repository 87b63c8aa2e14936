"""The date field of every form: a QDateEdit with a calendar that pops up, typed as the dates
are written here (2026-11-02), and that may hold no date at all.

The forms read and fill it as text, as the services take a date: ``text()`` is the date in
ISO form or "" for no date, ``setText`` shows one (an unreadable text shows no date), and
``textEdited`` tells of the secretary's own changes. Whether "no date" is allowed is the
record's rule: the service says "required" beside the field, as for any other.

Typing goes as in a line edit: digits into an empty field start from today's year, the
separators may be typed or not ("2026-11-02", "20261102"), and Delete or Backspace over the
whole date leaves the field empty. F4 or Alt+Down opens the calendar, as a combo box's list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from ops_desktop.core import clock

FORMAT = "yyyy-MM-dd"
NO_DATE = QDate(1900, 1, 1)  # the field's minimum, shown as empty: no date
_SECTION_STARTS = (5, 8)  # where the month and the day begin in FORMAT
_SEPARATORS = ("-", "/", ".")


def _opens_calendar(event: QKeyEvent) -> bool:
    alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
    return event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and bool(alt))


class DateField(QDateEdit):
    textEdited = Signal(str)  # the secretary changed the date ("" : none), as a line edit's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")  # blank, not a date of 1900
        self.setDate(NO_DATE)
        self._setting = False
        self.dateChanged.connect(self._changed)
        self.calendarWidget().installEventFilter(self)

    # -- as text --------------------------------------------------------------------------------
    def text(self) -> str:  # the value, not the text displayed
        """The date as the services read it: ISO ("2026-11-02"), or "" for no date."""
        return "" if self.is_empty() else self.date().toString(Qt.DateFormat.ISODate)

    def setText(self, text: str) -> None:  # noqa: N802  # as QLineEdit's
        """Show ``text`` (ISO; "" or unreadable: no date) — not an edit."""
        try:
            day: dt.date | None = dt.date.fromisoformat(text.strip()) if text.strip() else None
        except ValueError:
            day = None
        self._setting = True
        try:
            self.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))
        finally:
            self._setting = False

    def clear(self) -> None:
        """No date."""
        self.setDate(NO_DATE)

    def is_empty(self) -> bool:
        return self.date() <= NO_DATE

    @Slot(QDate)
    def _changed(self, _date: QDate) -> None:
        if not self._setting:
            self.textEdited.emit(self.text())

    # -- typing ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _opens_calendar(event):
            self.open_calendar()
            event.accept()
            return
        line = self.lineEdit()
        typed = event.text()
        whole = line.hasSelectedText() and line.selectedText() == line.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (whole or self.is_empty()):
            self.clear()
            event.accept()
            return
        if typed.isdigit() and typed.isascii():
            if self.is_empty():  # a date to type over, its year first
                today = clock.today()
                self.setDate(QDate(today.year, today.month, today.day))
                self.setSelectedSection(QDateTimeEdit.Section.YearSection)
            elif whole:
                self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        elif typed in _SEPARATORS and typed:
            # The year (or month) typed whole has moved on to the next part already: the
            # separator typed after it is that move, not one more.
            at = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
            if at in _SECTION_STARTS:
                event.accept()
                return
        super().keyPressEvent(event)

    # -- the calendar ---------------------------------------------------------------------------
    def open_calendar(self) -> None:
        """Pop the calendar up, as a click on the field's arrow does (Qt opens it only by
        the mouse; F4 and Alt+Down open it here, as they open a combo box's list)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxArrow,
            self,
        )
        at = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            QPointF(self.mapToGlobal(arrow.center())),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self.mousePressEvent(press)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """An empty field's calendar opens at today's month, not at January 1900."""
        if event.type() == QEvent.Type.Show and self.is_empty():
            today = clock.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        return False
