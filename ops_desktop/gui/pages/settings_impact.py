"""Before new appraisal settings are saved: which months not yet locked they would change,
and how many people's totals, grades, bonuses and training needs in each — then the choice
to re-score those months now or to apply the settings from the next month opened."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core.appraisal.scheme_impact import PeriodImpact
from ops_desktop.core.services.scheme import APPLY_FROM_NEXT, APPLY_TO_OPEN


class SchemeImpactDialog(QDialog):
    """The months the new settings would re-score, and how they are to apply. Save is
    enabled once one of the two choices is made: neither is assumed."""

    def __init__(self, impact: list[PeriodImpact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the appraisal settings"))
        self.impact = impact
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These months are not locked yet and use the settings being changed. "
                "Applied to them, the new settings change:"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = self._table(impact)
        layout.addWidget(self.table, 1)
        locked = QLabel(self.tr("Locked months keep their results in either case."), self)
        locked.setWordWrap(True)
        layout.addWidget(locked)
        labels = ", ".join(p.label for p in impact)
        self.now_choice = QRadioButton(
            self.tr("Apply to %1 now: re-score them with the new settings").replace("%1", labels),
            self,
        )
        self.next_choice = QRadioButton(
            self.tr(
                "Apply from the next month opened: %1 keep the settings they were opened with"
            ).replace("%1", labels),
            self,
        )
        self.choices = QButtonGroup(self)
        for button in (self.now_choice, self.next_choice):
            self.choices.addButton(button)
            layout.addWidget(button)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)
        self.choices.buttonToggled.connect(lambda *_: self.save_button.setEnabled(True))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)
        self.resize(720, 200 + 30 * len(impact))

    def _table(self, impact: list[PeriodImpact]) -> QTableWidget:
        headers = [
            self.tr("Period"),
            self.tr("State"),
            self.tr("People"),
            self.tr("Totals"),
            self.tr("Grades"),
            self.tr("Bonuses"),
            self.tr("Training needs"),
        ]
        states = {"open": self.tr("Open"), "review": self.tr("In review")}
        table = QTableWidget(len(impact), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        for row, period in enumerate(impact):
            values = (
                period.label,
                states.get(period.status, period.status),
                str(period.people),
                *(str(n) for n in (period.totals, period.grades, period.bonuses, period.training)),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(self.summary(period))
                table.setItem(row, column, item)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def summary(self, period: PeriodImpact) -> str:
        """One line for a period: "2026-11: 12 totals, 3 grades change"."""
        parts = [
            part
            for part, count in (
                (self.tr("%n total(s)", "", period.totals), period.totals),
                (self.tr("%n grade(s)", "", period.grades), period.grades),
                (self.tr("%n bonus(es)", "", period.bonuses), period.bonuses),
                (self.tr("%n person's training needs", "", period.training), period.training),
            )
            if count
        ]
        if not parts:
            return self.tr("%1: no result changes").replace("%1", period.label)
        return self.tr("%1: %2 change").replace("%1", period.label).replace("%2", ", ".join(parts))

    def choice(self) -> str | None:
        """How the settings are to apply: ``APPLY_TO_OPEN``, ``APPLY_FROM_NEXT`` or None."""
        if self.now_choice.isChecked():
            return APPLY_TO_OPEN
        if self.next_choice.isChecked():
            return APPLY_FROM_NEXT
        return None

    def accept(self) -> None:
        if self.choice() is None:  # Enter alone never chooses for the secretary
            return
        super().accept()
