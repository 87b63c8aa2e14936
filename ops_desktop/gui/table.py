"""Model/view for every list: a table model over plain row values, and a proxy that sorts by
any column and filters as you type (every column, case-insensitive, Traditional and
Simplified alike: ``core/script.fold``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from ops_desktop.core.script import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
FLAGGED = "#fbd5d5"  # a flagged row's background (see RowTableModel)


@dataclass(frozen=True)
class Column:
    title: str
    # Called with the row. "..." lets a lambda bind a loop value as a default argument.
    value: Callable[..., Any]
    align_right: bool = False


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # With the decimals it is kept with (a total 78.00, an amount 4,800.00), at most
        # two: a whole 78 shown as "78" beside 78.83 read as a different kind of figure.
        exponent = value.as_tuple().exponent
        places = min(max(-exponent, 0), 2) if isinstance(exponent, int) else 0
        return f"{value:,.{places}f}"
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


def haystacks(texts: Iterable[str]) -> list[str]:
    """Each text folded for search, all folded in one call (one line each)."""
    lines = [text.replace("\n", " ") for text in texts]
    return fold("\n".join(lines)).split("\n") if lines else []


def matches(needle: str, haystack: str) -> bool:
    """Every word of ``needle`` (folded already) is in ``haystack``."""
    return all(part in haystack for part in needle.split())


def _comparable(value: Any) -> tuple[int, Any]:
    """A key that orders any cell value: empty first, then numbers, dates, text."""
    key = sort_key(value)
    if value is None or key == "":
        return (0, "")
    if isinstance(key, int | float):
        return (1, key)
    return (2, str(key).casefold())


def sort_key(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class RowTableModel(QAbstractTableModel):
    """Rows are any objects; columns say how to show each one."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        muted: Callable[[Any], bool] | None = None,
        flagged: Callable[[Any], bool] | None = None,
    ) -> None:
        """``muted(row)``: the row is shown greyed (a person who has left, say);
        ``flagged(row)``: on a warning background (overdue) — a column should say so in
        words too, never by colour alone."""
        super().__init__(parent)
        self.columns = list(columns)
        self.muted = muted
        self.flagged = flagged
        self.rows: list[Any] = []
        self._haystacks: list[str] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._haystacks = None
        self.endResetModel()

    def haystack(self, row: int) -> str:
        """All of a row's text, folded (``script.fold``: lower-cased, in one script), built
        once per reset: filtering 10,000 rows is then one substring test per row instead of
        one call per cell, and nothing is converted as the secretary types."""
        if self._haystacks is None:
            self._haystacks = haystacks(
                "\t".join(display(c.value(r)) for c in self.columns) for r in self.rows
            )
        return self._haystacks[row]

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python, once per click: a proxy comparing 10,000 rows through
        ``data()`` makes some 150,000 calls into Python."""
        if not 0 <= column < len(self.columns):
            return
        value = self.columns[column].value
        keyed = [(_comparable(value(row)), i) for i, row in enumerate(self.rows)]
        keyed.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        new_place = {old: new for new, (_key, old) in enumerate(keyed)}
        self.rows = [self.rows[old] for _key, old in keyed]
        if self._haystacks is not None:
            self._haystacks = [self._haystacks[old] for _key, old in keyed]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(new_place[i.row()], i.column()) for i in old_indexes],
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == SORT_ROLE:
            return sort_key(column.value(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.flagged is not None:
            return QBrush(QColor(FLAGGED)) if self.flagged(row) else None
        if role == Qt.ItemDataRole.ForegroundRole and self.flagged and self.flagged(row):
            return QBrush(QColor("#000000"))  # dark on the light warning colour in any theme
        if role == Qt.ItemDataRole.ForegroundRole and self.muted is not None and self.muted(row):
            # the palette's own greyed text: readable in light and dark themes alike
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


class FilterProxy(QSortFilterProxyModel):
    """Sorts by the true values (numbers, dates) and filters on every column as you type."""

    def __init__(self, source: RowTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._needle = fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        needle = getattr(self, "_needle", "")
        if not needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return matches(needle, model.haystack(row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model, which knows the true values; this proxy
        only filters (and keeps the source's order)."""
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            source.sort(column, order)
        else:  # pragma: no cover - every list here uses RowTableModel
            super().sort(column, order)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class ChoiceModel(QAbstractListModel):
    """(text, value) choices for a QComboBox, set in one go: adding 10,000 items one by one
    to a combo box takes a fifth of a second."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, Any]] = []

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        text, value = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None
