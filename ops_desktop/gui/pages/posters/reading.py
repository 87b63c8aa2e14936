"""The designer's legibility controls: the distance the poster is read from, the arrangement,
and the layouts that reach that distance, each with the size it prints at (issue 17)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.exports.pdf.legibility import DEFAULT_DISTANCE_M, reading_distance
from ops_desktop.gui.empty_state import EmptyState

if TYPE_CHECKING:  # the layouts come from the worker; reportlab loads when a poster is built
    from ops_desktop.exports.pdf.poster_layouts import Layout


class ReadingPanel(QWidget):
    """Distance and arrangement (``changed`` when either changes) and the layouts on offer
    (``chosen`` with the layout the user takes)."""

    changed = Signal()
    chosen = Signal(int)  # the row in ``layouts`` of the layout taken

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.distance = QDoubleSpinBox(self)
        self.distance.setRange(0.3, 20.0)
        self.distance.setSingleStep(0.1)
        self.distance.setDecimals(1)
        self.distance.setSuffix(" m")
        self.distance.setValue(DEFAULT_DISTANCE_M)
        self.distance.setAccessibleName(self.tr("Reading distance"))
        self.arrangement = QComboBox(self)
        self.arrangement.setToolTip(
            self.tr(
                "One sheet: the largest text that fits it. One sheet per chapter: every "
                "chapter on a sheet of its own, at one size. Sheets: the text at the size "
                "the reading distance needs, on as many sheets as it takes."
            )
        )
        for text, code in (
            (self.tr("One sheet, text to fit"), "sheet"),
            (self.tr("One sheet per chapter"), "chapters"),
            (self.tr("Sheets, text for the distance"), "sheets"),
        ):
            self.arrangement.addItem(text, code)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.offers = QListWidget(self)
        self.layouts: list[Layout] = []
        self.offers.setMaximumHeight(110)
        self.offers.setWordWrap(True)
        # Until the first preview is drawn (a pause gathers the first changes)
        EmptyState.attach(self.offers, self.tr("Working out the layouts that fit…")).mark_loaded()
        self.use_button = QPushButton(self.tr("Use this layout"), self)
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_selected)
        self.offers.itemDoubleClicked.connect(self._double_clicked)
        # Only as tall as its parts: on a tall screen the room left goes below the options,
        # not between the heading and its list.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.offers)
        layout.addWidget(self.use_button)
        self.distance.valueChanged.connect(self._distance_changed)
        self.arrangement.currentIndexChanged.connect(self.changed)
        self._distance_changed()

    def metres(self) -> float:
        return round(self.distance.value(), 1)

    def set_per_chapter_possible(self, possible: bool) -> None:
        """Only the whole regulation has chapters to part."""
        index = self.arrangement.findData("chapters")
        item = self.arrangement.model().item(index)  # type: ignore[attr-defined]
        item.setEnabled(possible)
        if not possible and self.arrangement.currentData() == "chapters":
            self.arrangement.setCurrentIndex(self.arrangement.findData("sheet"))

    @Slot()
    def _distance_changed(self) -> None:
        self.heading.setText(
            self.tr("Layouts that read from %1 m:").replace("%1", f"{self.metres():g}")
        )
        self.changed.emit()

    def describe(self, layout: Layout) -> str:
        how = {
            "sheet": self.tr("One %1 sheet"),
            "chapters": self.tr("One %1 sheet per chapter (%2 sheets)"),
            "sheets": self.tr("%2 sheets of %1"),
        }[layout.arrangement]
        how = how.replace("%1", layout.size).replace("%2", str(layout.sheets))
        return (
            self.tr("%1: text at %2 pt, reads from %3 m")
            .replace("%1", how)
            .replace("%2", f"{round(layout.body_pt, 1):g}")
            .replace("%3", f"{layout.distance:g}")
        )

    def show_layouts(self, layouts: list[Layout]) -> None:
        self.offers.clear()
        self.layouts = list(layouts)  # by row
        for layout in layouts:
            item = QListWidgetItem(self.describe(layout))
            if not layout.reaches(self.metres()):
                item.setForeground(Qt.GlobalColor.darkGray)
                item.setToolTip(self.tr("Does not reach the distance; the closest there is"))
            self.offers.addItem(item)
        if not layouts:
            self.offers.addItem(self.tr("(a flowchart sets each box's text itself)"))
        self.use_button.setEnabled(bool(layouts))

    @Slot(QListWidgetItem)
    def _double_clicked(self, _item: QListWidgetItem) -> None:
        self.use_selected()

    @Slot()
    def use_selected(self) -> None:
        row = self.offers.currentRow()
        if 0 <= row < len(self.layouts):
            self.chosen.emit(row)

    def distance_note(self, font_pt: float) -> tuple[str, bool]:
        """The part of the preview's note that says how far the text reads, and whether
        that is short of the distance asked for (the note is then shown as a warning)."""
        reach, wanted = reading_distance(font_pt), self.metres()
        text = self.tr("reads comfortably from %1 m").replace("%1", f"{reach:g}")
        short = reach + 1e-9 < wanted
        if short:
            text += self.tr(" (closer than the %1 m asked for)").replace("%1", f"{wanted:g}")
        return text, short
