"""The appraisal scheme part of Settings: one field per source weight, dimension weight and
grade band (as many as the scheme has, so they are made here rather than in the form), the
live "total = 100?" indicators, and the problems shown beside each part."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ops_desktop.core.services import scheme
from ops_desktop.core.services.scheme import SchemeChanges
from ops_desktop.gui.forms.ui_settings_form import Ui_SettingsForm

OK, WRONG = "color: #1b5e20;", "color: #b00020;"


@dataclass(frozen=True)
class Weight:
    code: str
    name: str
    weight: Decimal


@dataclass(frozen=True)
class Band:
    name: str
    min_score: Decimal
    bonus_coefficient: Decimal
    max_share: Decimal | None


@dataclass(frozen=True)
class SchemeShown:
    """What the form shows of the active scheme, as plain values (read on the worker)."""

    sources: list[Weight]
    dimensions: list[Weight]
    grades: list[Band]
    training_threshold: Decimal
    annual_min_months: int
    peer_drop_extremes: bool
    peer_drop_min_count: int


def shown_scheme(active: Any) -> SchemeShown:
    """The values of ``active`` (the AppraisalScheme, read in the caller's session)."""
    return SchemeShown(
        sources=[Weight(s.code, s.name, s.weight) for s in active.sources],
        dimensions=[Weight(d.code, d.name, d.weight) for d in active.dimensions],
        grades=[Band(g.name, g.min_score, g.bonus_coefficient, g.max_share) for g in active.grades],
        training_threshold=active.training_threshold,
        annual_min_months=active.annual_min_months,
        peer_drop_extremes=active.peer_drop_extremes,
        peer_drop_min_count=active.peer_drop_min_count,
    )


def number(value: Any) -> str:
    """A stored decimal as a person would type it: 40.00 → "40", 1.20 → "1.2"."""
    if value is None:
        return ""
    return f"{Decimal(value).normalize():f}"


def _edit(parent: QWidget, width: int = 70) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaximumWidth(width)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


class SchemeFields(QObject):
    """Fills the form's empty grids with the active scheme's fields and reads them back."""

    edited = Signal()

    def __init__(self, ui: Ui_SettingsForm, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui, self.form = ui, parent  # the widget the new fields go in
        self.sources: dict[str, QLineEdit] = {}
        self.dimensions: dict[str, QLineEdit] = {}
        self.grades: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        for label in (ui.sourcesError, ui.dimensionsError, ui.gradesError, ui.schemeError):
            label.setWordWrap(True)
        ui.trainingThresholdEdit.textEdited.connect(self.edited)
        ui.annualMinSpin.valueChanged.connect(self.edited)
        ui.peerMinCountSpin.valueChanged.connect(self.edited)
        ui.peerDropCheck.toggled.connect(self.edited)
        ui.peerDropCheck.toggled.connect(ui.peerMinCountSpin.setEnabled)

    def _weights(self, layout: QGridLayout, rows: list[Weight], into: dict[str, QLineEdit]) -> None:
        if not into:
            for r, row in enumerate(rows):
                edit = _edit(self.form)
                edit.textEdited.connect(self.edited)
                layout.addWidget(QLabel(row.name, self.form), r, 0)
                layout.addWidget(edit, r, 1)
                layout.addWidget(QLabel("%", self.form), r, 2)
                into[row.code] = edit
        for row in rows:
            if row.code in into:
                into[row.code].setText(number(row.weight))

    def _grades(self, bands: list[Band]) -> None:
        layout = self.ui.gradesLayout
        if not self.grades:
            for c, title in enumerate(
                (
                    self.tr("Grade"),
                    self.tr("From score"),
                    self.tr("Bonus coefficient"),
                    self.tr("Max share %"),
                )
            ):
                layout.addWidget(QLabel(f"<i>{title}</i>", self.form), 0, c)
            for r, band in enumerate(bands, start=1):
                edits = (_edit(self.form), _edit(self.form), _edit(self.form))
                edits[2].setPlaceholderText(self.tr("no limit"))
                layout.addWidget(QLabel(band.name, self.form), r, 0)
                for c, edit in enumerate(edits, start=1):
                    edit.textEdited.connect(self.edited)
                    layout.addWidget(edit, r, c)
                self.grades[band.name] = edits
        for band in bands:
            if band.name in self.grades:
                low, coefficient, share = self.grades[band.name]
                low.setText(number(band.min_score))
                coefficient.setText(number(band.bonus_coefficient))
                share.setText(number(band.max_share))

    def fill(self, active: SchemeShown) -> None:
        """Show the values of the active scheme (see :func:`shown_scheme`)."""
        ui = self.ui
        self._weights(ui.sourcesLayout, active.sources, self.sources)
        self._weights(ui.dimensionsLayout, active.dimensions, self.dimensions)
        self._grades(active.grades)
        for widget, value in (
            (ui.annualMinSpin, active.annual_min_months),
            (ui.peerMinCountSpin, active.peer_drop_min_count),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        ui.trainingThresholdEdit.setText(number(active.training_threshold))
        ui.peerDropCheck.setChecked(active.peer_drop_extremes)
        ui.peerMinCountSpin.setEnabled(active.peer_drop_extremes)

    def changes(self) -> SchemeChanges:
        ui = self.ui
        return SchemeChanges(
            sources={code: edit.text() for code, edit in self.sources.items()},
            dimensions={code: edit.text() for code, edit in self.dimensions.items()},
            grades={
                name: (low.text(), coefficient.text(), share.text() or None)
                for name, (low, coefficient, share) in self.grades.items()
            },
            training_threshold=ui.trainingThresholdEdit.text(),
            annual_min_months=ui.annualMinSpin.value(),
            peer_drop_extremes=ui.peerDropCheck.isChecked(),
            peer_drop_min_count=ui.peerMinCountSpin.value(),
        )

    def show_problems(self, found: dict[str, str], changes: SchemeChanges) -> None:
        """Put each problem beside its part and update the two totals."""
        ui = self.ui

        def joined(prefix: str) -> str:
            return "\n".join(v for k, v in found.items() if k.startswith(prefix))

        ui.sourcesError.setText(joined("source."))  # the sums show in the totals
        ui.dimensionsError.setText(joined("dimension."))
        ui.gradesError.setText(joined("grade."))
        ui.trainingThresholdEditError.setText(found.get("training_threshold", ""))
        ui.annualMinSpinError.setText(found.get("annual_min_months", ""))
        ui.peerMinCountSpinError.setText(found.get("peer_drop_min_count", ""))
        ui.schemeError.setText(found.get("scheme", ""))
        for label, weights in (
            (ui.sourcesTotal, changes.sources),
            (ui.dimensionsTotal, changes.dimensions),
        ):
            total = scheme.weight_total(weights)
            if total is None:
                label.setText(self.tr("Total: ?"))
            elif total == 100:
                label.setText(self.tr("Total: 100 ✓"))
            else:
                label.setText(self.tr("Total: %1 — must be 100").replace("%1", number(total)))
            label.setStyleSheet(OK if total == 100 else WRONG)
