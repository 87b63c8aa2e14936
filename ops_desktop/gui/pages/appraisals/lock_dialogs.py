"""The two questions of locking a month: the confirmation, which names who is not complete
and what each lacks (an incomplete month needs a second, explicit choice), and the reason
for an unlock, a form that stays open until a reason is given."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core.appraisal.completeness import Incomplete

# What each state of a month means to the secretary (the status bar and the badge's tooltip).
STATE_HINTS = {
    "open": QT_TRANSLATE_NOOP("AppraisalsPage", "Scores are being entered."),
    "review": QT_TRANSLATE_NOOP("AppraisalsPage", "Complete, waiting for the manager's check."),
    "locked": QT_TRANSLATE_NOOP(
        "AppraisalsPage", "Final: the results go to HR; unlock to change them."
    ),
}


def state_hint(status: str) -> str:
    """The one line that explains a month's state, in the window's language."""
    hint = STATE_HINTS.get(status)
    return QCoreApplication.translate("AppraisalsPage", str(hint)) if hint else ""


class LockDialog(QDialog):
    """Lock the month? A complete month: one confirmation. An incomplete one: the people
    and what they lack, and Lock only once "lock although …" is ticked."""

    def __init__(self, period: str, lacking: list[Incomplete], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock %1").replace("%1", period))
        self.lacking = lacking
        layout = QVBoxLayout(self)
        if lacking:
            text = self.tr("%1 of the people of %2 are not complete:").replace(
                "%1", str(len(lacking))
            )
        else:
            text = self.tr("Everyone of %1 is complete.")
        text = text.replace("%2" if lacking else "%1", period)
        layout.addWidget(QLabel(text, self))
        self.table = QTableWidget(len(lacking), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Missing"), self.tr("Waiting for")]
        )
        for row, person in enumerate(lacking):
            missing = "; ".join(
                gap.source_name + (f" ({', '.join(gap.dimensions)})" if gap.dimensions else "")
                for gap in person.gaps
            )
            awaited = ", ".join(dict.fromkeys(a for gap in person.gaps for a in gap.awaited))
            for column, value in enumerate((f"{person.staff_no} {person.name}", missing, awaited)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(lacking))
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(state_hint("locked"), self))
        self.anyway = QCheckBox(
            self.tr("Lock although %1 people are incomplete").replace("%1", str(len(lacking))),
            self,
        )
        self.anyway.setVisible(bool(lacking))
        layout.addWidget(self.anyway)
        self.buttons = QDialogButtonBox(self)
        self.lock_button = self.buttons.addButton(
            self.tr("Lock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lock_button.setEnabled(not lacking)
        self.anyway.toggled.connect(self.lock_button.setEnabled)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(self.buttons)
        self.resize(760 if lacking else 420, 420 if lacking else 160)

    def accept(self) -> None:
        if self.lacking and not self.anyway.isChecked():  # Enter alone never locks it so
            return
        super().accept()


class UnlockDialog(QDialog):
    """Why must the month change? Required: OK with no reason says so beside the field and
    keeps the form (and what was typed) open."""

    def __init__(self, period: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock %1").replace("%1", period))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Why must %1 change? The audit log keeps the reason.").replace(
                    "%1", period
                ),
                self,
            )
        )
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        layout.addWidget(self.reason_edit, 1)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 240)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if len(self.reason()) < 2:  # what periods.unlock requires
            self.message.setText(self.tr("Give a reason: it is kept with the unlock."))
            self.message.setVisible(True)
            self.reason_edit.setFocus()
            return
        super().accept()
