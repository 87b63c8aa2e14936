"""The appraisal grid: every person × source × dimension, typed like a spreadsheet.

Supervisor, self and 數據分析 cells are edited here; the peer cells show the peers' average
(edited per evaluator in the peer panel). Totals, grades and ranks update as scores go in;
incomplete rows are marked with what they miss. A value that is not a score is refused in
its cell, with the reason in the cell's tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView, QWidget

from ops_desktop.core.appraisal import rules
from ops_desktop.core.appraisal.results import PersonResult, SchemeView
from ops_desktop.core.models.appraisal import RATED_SOURCES
from ops_desktop.gui.table import SORT_ROLE, display, sort_key

Index = QModelIndex | QPersistentModelIndex
INCOMPLETE = QColor("#FFF1D6")
REFUSED = QColor("#F8C7C7")
READ_ONLY = QColor("#F2F2F2")


@dataclass(frozen=True)
class GridColumn:
    title: str
    kind: str  # fixed | input | peer | data | computed
    source: str = ""
    dimension: str = ""
    value: Callable[[PersonResult], Any] | None = None


def grid_columns(view: SchemeView) -> list[GridColumn]:
    """The columns for ``view``; the titles are translated in the page's context."""
    cols = [
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Staff no."),
            "fixed",
            value=lambda p: p.staff_no,
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Name"), "fixed", value=lambda p: p.name
        ),
    ]
    for source in RATED_SOURCES:
        for dim in view.dimension_weights:
            title = f"{view.source_names[source]}\n{view.dimension_names[dim]}"
            cols.append(GridColumn(title, "peer" if source == "peer" else "input", source, dim))
    cols.append(GridColumn(view.source_names["data"], "data", "data"))
    cols += [
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Total"),
            "computed",
            value=lambda p: p.total,
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Grade"),
            "computed",
            value=lambda p: p.grade,
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Rank"), "computed", value=lambda p: p.rank
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Missing"),
            "computed",
            value=lambda p: len(p.missing) or "",
        ),
    ]
    return cols


class GridModel(QAbstractTableModel):
    """Rows are PersonResult; ``score_entered(row, column, text)`` asks the page to store a
    value (the page validates, saves, and calls ``replace_person``)."""

    score_entered = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonResult] = []
        self.columns: list[GridColumn] = []
        self.locked = False
        self.refused: dict[tuple[int, int], str] = {}

    def load(self, people: list[PersonResult], columns: list[GridColumn], locked: bool) -> None:
        self.beginResetModel()
        self.people, self.columns, self.locked = list(people), columns, locked
        self.refused.clear()
        self.endResetModel()

    def replace_person(self, person: PersonResult) -> None:
        """Put a recomputed person back and re-rank everyone."""
        row = next(i for i, p in enumerate(self.people) if p.staff_id == person.staff_id)
        self.people[row] = person
        ranks = rules.ranks({p.staff_id: p.total for p in self.people})
        for p in self.people:
            p.rank = ranks.get(p.staff_id)
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self.people) - 1, len(self.columns) - 1)
        )

    def refuse(self, row: int, column: int, message: str) -> None:
        self.refused[(row, column)] = message
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def value(self, row: int, column: int) -> Any:
        person, col = self.people[row], self.columns[column]
        if col.kind in ("input", "peer"):
            return person.inputs.get((col.source, col.dimension))
        if col.kind == "data":
            return person.data_score
        assert col.value is not None
        return col.value(person)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        col, person = self.columns[column], self.people[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(row, column)
            if col.kind in ("input", "peer", "data") and value is not None:
                return score_text(value)
            return display(value)
        if role == SORT_ROLE:
            return sort_key(self.value(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind != "fixed":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if (row, column) in self.refused:
                return QBrush(REFUSED)
            if col.kind in ("peer", "computed") or self.locked:
                return QBrush(READ_ONLY)
            if not person.complete and self.value(row, column) is None:
                return QBrush(INCOMPLETE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if (row, column) in self.refused:
                return self.refused[(row, column)]
            if col.title and col.kind == "computed" and person.missing:
                return ", ".join(person.missing)
            if col.kind == "peer":
                return f"{person.peer_count}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and self.columns[index.column()].kind in ("input", "data"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value).strip()
        current = self.value(index.row(), index.column())
        if text == ("" if current is None else score_text(current)):
            return False
        self.refused.pop((index.row(), index.column()), None)
        self.score_entered.emit(index.row(), index.column(), text)
        return True

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def score_text(value: Any) -> str:
    """A score as typed: 88.5, 90, 82.33 — no padding zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


class _EnterMovesDown(QStyledItemDelegate):
    def __init__(self, view: GridView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            assert isinstance(editor, QWidget)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.view.move_down()
            return True
        return super().eventFilter(editor, event)


class GridView(QTableView):
    """Enter moves down, Tab moves right, typing replaces, Ctrl+V pastes a block."""

    pasted = Signal(int, int, list)  # top row, left column, rows of cell texts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_EnterMovesDown(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def move_down(self) -> None:
        current = self.currentIndex()
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            rows = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n")]
            while rows and rows[-1] == [""]:
                rows.pop()
            current = self.currentIndex()
            if rows and current.isValid():
                self.pasted.emit(current.row(), current.column(), rows)
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.move_down()
            return
        super().keyPressEvent(event)
