"""The models of the Meetings page: attendees with a check box each, and action items with
the overdue ones drawn red and bold; and the table view the item lists share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

OVERDUE = QColor("#b00020")


class CheckableModel(RowTableModel):
    """(id, name) rows with a check box each: the attendees."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([Column("", lambda r: r[1])], parent)
        self.checked: set[int] = set()

    def flags(self, index: Any) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid():
            if 0 <= index.row() < len(self.rows):
                on = self.rows[index.row()][0] in self.checked
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return None
        return super().data(index, role)

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        ident = self.rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(ident)
        else:
            self.checked.discard(ident)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_checked(self, idents: set[int]) -> None:
        self.checked = set(idents)
        if self.rows:
            last = self.index(len(self.rows) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.CheckStateRole])


class ActionModel(RowTableModel):
    """Action items; an overdue one is drawn red and bold."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self.rows) and self.rows[index.row()].overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


def item_view(
    model: RowTableModel, parent: QWidget, stretch: int
) -> tuple[QTableView, FilterProxy]:
    proxy = FilterProxy(model, parent)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view, proxy
