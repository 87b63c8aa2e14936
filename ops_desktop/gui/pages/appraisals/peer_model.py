"""The peer panel's table: one row per peer (named in the row's header, which stays in
sight when the scores scroll sideways), one column per dimension, shown in place when read
again so that an open editor and the current cell stay."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ops_desktop.gui.table import Column, RowTableModel

from .grid import REFUSED, score_text

if TYPE_CHECKING:
    from .peers import PeerPanel

Index = QModelIndex | QPersistentModelIndex
Dimension = tuple[str, str, int]  # code, name, id


def short_title(name: str) -> str:
    """A dimension's name as a column title: a long name of several words on two lines."""
    if len(name) <= 10 or " " not in name:
        return name
    middle = len(name) // 2
    cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


class PeerModel(RowTableModel):
    """Rows are PeerScores, columns the dimensions (all editable while the month is open);
    each row's header names its peer."""

    def __init__(self, panel: PeerPanel) -> None:
        super().__init__([], panel)
        self.panel = panel
        self.dims: list[Dimension] = []
        self.refused: dict[tuple[int, str], str] = {}  # (evaluator, code) → why refused

    def show(self, dims: list[Dimension], rows: list[Any], again: bool = False) -> bool:
        """Show ``rows``. Read ``again`` for the same person with the peers and dimensions
        shown, in place: an open editor and the current cell stay. Else anew (an editor
        open for another person is closed, not committed to this one). True: anew."""
        same = dims == self.dims and [p.evaluator_id for p in rows] == [
            p.evaluator_id for p in self.rows
        ]
        if again and same and rows:
            self.rows = list(rows)
            self._haystacks = None
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(dims) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(rows) - 1)
            return False
        self.beginResetModel()
        self.dims = dims
        self.columns = [
            Column(name, (lambda p, c=code: p.scores.get(c)), align_right=True)
            for code, name, _ in dims
        ]
        self.rows, self._haystacks = list(rows), None
        self.endResetModel()
        return True

    def refuse(self, evaluator_id: int, code: str, reason: str) -> None:
        """Mark the cell of ``evaluator_id``'s score of ``code`` refused, with its reason."""
        self.refused[(evaluator_id, code)] = reason
        row = next((r for r, p in enumerate(self.rows) if p.evaluator_id == evaluator_id), None)
        column = next((c for c, d in enumerate(self.dims) if d[0] == code), None)
        if row is not None and column is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        peer, code = self.rows[index.row()], self.dims[index.column()][0]
        refused = self.refused.get((peer.evaluator_id, code))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = peer.scores.get(code)
            return "" if value is None else score_text(value)
        if role == Qt.ItemDataRole.BackgroundRole and refused:
            return QBrush(REFUSED)
        if role == Qt.ItemDataRole.ToolTipRole and refused:
            return refused
        return super().data(index, role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            peer = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                namesakes = sum(p.name == peer.name for p in self.rows)
                return peer.name if namesakes == 1 else f"{peer.staff_no} {peer.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{peer.staff_no} {peer.name}"
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.dims):
            name = self.dims[section][1]
            if role == Qt.ItemDataRole.DisplayRole:
                return short_title(name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.panel.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        if text == self.data(index):
            return False
        peer = self.rows[index.row()]
        code, _name, dim_id = self.dims[index.column()]
        self.refused.pop((peer.evaluator_id, code), None)
        return self.panel.enter(peer, code, dim_id, text)
