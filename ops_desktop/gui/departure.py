"""The question a departure (離職) asks, whichever way it is made — the form saved with the
status 離職 (Save, Enter, or Save in the unsaved-changes question) or Mark as departed: the
leave date, today by default. Cancel stores nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ops_desktop.core import clock
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.date_field import DateField


class DepartureDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Departure"))
        layout = QFormLayout(self)
        layout.addRow(
            QLabel(self.tr("%1 leaves the department. Their history is kept.").replace("%1", name))
        )
        self.date = DateField(self)
        self.date.setText(clock.today().isoformat())
        layout.addRow(self.tr("Leave date"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date.dateChanged.connect(self._follow)
        layout.addRow(self.buttons)

    def _follow(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.date.is_empty())

    def accept(self) -> None:
        if not self.date.is_empty():  # no date: no departure
            super().accept()

    def leave_date(self) -> dt.date:
        return dt.date.fromisoformat(self.date.text())


def ask_leave_date(ctx: AppContext, parent: QWidget, name: str) -> dt.date | None:
    """The leave date of ``name``; None when the secretary cancels."""
    dialog = DepartureDialog(name, parent)
    try:
        return dialog.leave_date() if ctx.dialogs.run(dialog) else None
    finally:
        dialog.deleteLater()
