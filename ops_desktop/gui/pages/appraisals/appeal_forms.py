"""The two forms of an appeal (績效申訴): recording one (who, when, what and why, and the
reason a late one is accepted) and the manager's decision. They only gather what was
typed; the service decides what is refused (a late appeal without its reason, …) and the
panel shows the form again, as it was typed, with the refusal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core import clock
from ops_desktop.gui import words
from ops_desktop.gui.date_field import DateField


def _buttons(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def _text_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(70)
    return box


class AddAppealDialog(QDialog):
    """Record an appeal of ``period``: ``people`` are (staff id, "OP0003 蕭磊")."""

    def __init__(self, period: str, people: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an appeal of %1").replace("%1", period))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = QComboBox(self)
        for ident, text in people:
            self.person.addItem(text, ident)
        self.filed_on = DateField(self)
        self.filed_on.setText(clock.today().isoformat())
        self.contested = QLineEdit(self)
        self.contested.setPlaceholderText(self.tr("e.g. the supervisor's score for performance"))
        self.reason = _text_box(self)
        self.letter_on = DateField(self)
        self.letter_on.setToolTip(
            self.tr("Empty: the day the month was first locked (when the letters go out).")
        )
        self.late_reason = QLineEdit(self)
        self.late_reason.setPlaceholderText(self.tr("Only for an appeal after its deadline"))
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Filed on:"), self.filed_on)
        form.addRow(self.tr("Contested:"), self.contested)
        form.addRow(self.tr("Employee's reason:"), self.reason)
        form.addRow(self.tr("Letter dated:"), self.letter_on)
        form.addRow(self.tr("Accepted late because:"), self.late_reason)
        layout.addLayout(form)
        _buttons(self, layout)
        self.resize(520, 360)

    def values(self) -> dict[str, object]:
        """What the service's ``appeals.add`` takes, as typed."""
        letter, filed = self.letter_on.text(), self.filed_on.text()
        return {
            "staff_id": self.person.currentData(),
            "reason": self.reason.toPlainText(),
            "contested": self.contested.text(),
            "filed_on": dt.date.fromisoformat(filed) if filed else None,
            "letter_on": dt.date.fromisoformat(letter) if letter else None,
            "late_reason": self.late_reason.text(),
        }


DECISIONS = ("upheld", "partly", "rejected")


class DecideDialog(QDialog):
    """The manager's decision on appeal ``title`` ("#3 OP0003 蕭磊")."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide appeal %1").replace("%1", title))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.decision = QComboBox(self)
        for code, text in zip(DECISIONS, decision_words(), strict=True):
            self.decision.addItem(text, code)
        self.reasons = _text_box(self)
        self.decided_on = DateField(self)
        self.decided_on.setText(clock.today().isoformat())
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("Reasons:"), self.reasons)
        form.addRow(self.tr("Decided on:"), self.decided_on)
        layout.addLayout(form)
        _buttons(self, layout)
        self.resize(480, 280)

    def values(self) -> dict[str, object]:
        day = self.decided_on.text()
        return {
            "decision": self.decision.currentData(),
            "reasons": self.reasons.toPlainText(),
            "decided_on": dt.date.fromisoformat(day) if day else None,
        }


def decision_words() -> tuple[str, ...]:
    """Upheld, partly upheld, rejected, in the window's language (as the audit log says)."""
    return tuple(words.word(words.APPEAL_DECISION, code) for code in DECISIONS)
