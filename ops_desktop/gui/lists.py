"""Shared building blocks of the pages (workflows, training): a searchable, sortable list
(RowTableModel + FilterProxy, like the record page's), a part of a page that runs undoable
service calls on its page's undo stack, and small form helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QRect, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.services.freshness import Seen
from ops_desktop.gui.empty_state import EmptyState, Step
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel
from ops_desktop.gui.undo import perform

if TYPE_CHECKING:
    from ops_desktop.gui.context import AppContext
    from ops_desktop.gui.pages.base import Page


class ListBox(QWidget):
    """A list with search as you type; ``current_changed`` gives the selected row (or None).
    ``bare``: the caller places ``search`` and ``table`` in its own layout; ``muted(row)``:
    that row is shown greyed; ``flagged(row)``: on a warning background."""

    current_changed = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        search: bool = True,
        bare: bool = False,
        id_of: Callable[[Any], Any] = lambda row: getattr(row, "id", None),
        muted: Callable[[Any], bool] | None = None,
        flagged: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.id_of = id_of
        self._widths: list[int] = []
        self.model = RowTableModel(columns, self, muted=muted, flagged=flagged)
        self.proxy = FilterProxy(self.model, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.setVisible(search)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._changed)
        # what the list says with no rows; its owner says better (set_empty)
        self.empty = EmptyState(self.table, self.tr("Nothing here yet."), clear=self.search.clear)
        if bare:
            self.hide()
            return
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def set_rows(self, rows: Sequence[Any], keep: Any = None) -> None:
        """Show ``rows``; select ``keep`` (default: the row selected before) when present."""
        keep = keep if keep is not None else self.current_id()
        self.model.set_rows(rows)
        self._apply_widths()
        if keep is None or not self.select_id(keep):
            self.current_changed.emit(None)

    def set_empty(self, text: str, steps: Sequence[Step] = ()) -> None:
        """What the list says when it has no rows (what is missing, what to do), with a
        button for each of ``steps`` (text, what it does)."""
        self.empty.set_text(text, steps)

    def fit_columns(self, widths: Sequence[int]) -> None:
        """The widest each column may grow to fit its contents, in average characters (the
        last column stretches); applied again whenever the rows change."""
        self._widths = list(widths)
        self._apply_widths()

    def _apply_widths(self) -> None:
        if not self._widths:
            return
        char = self.fontMetrics().averageCharWidth()
        self.table.resizeColumnsToContents()
        for column, width in enumerate(self._widths):
            if self.table.columnWidth(column) > width * char:
                self.table.setColumnWidth(column, width * char)

    def current_row(self) -> Any | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def current_id(self) -> Any:
        row = self.current_row()
        return None if row is None else self.id_of(row)

    def select_id(self, ident: Any) -> bool:
        for r, row in enumerate(self.model.rows):
            if self.id_of(row) == ident:
                index = self.proxy.mapFromSource(self.model.index(r, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.scrollTo(index)
                    return True
        return False

    def clear_selection(self) -> None:
        self.table.clearSelection()

    def select_quietly(self, ident: Any) -> None:
        """Select ``ident`` (None: nothing) without telling: the form beside stays."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if ident is None or not self.select_id(ident):
                self.table.clearSelection()
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()  # the view did not hear of it either

    @Slot(QItemSelection, QItemSelection)
    def _changed(self, *_: Any) -> None:
        self.current_changed.emit(self.current_row())


class WrappingDelegate(QStyledItemDelegate):
    """Long texts in a tree's first column wrap onto more lines (a tree view does not size
    wrapped rows by itself: it asks for a row's height without the column's width). Connect
    the header's sectionResized to the tree's doItemsLayout."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        if index.column() != 0:
            return super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - self.tree.indentation() * depth - 24
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(width, 60), 1)
        return super().sizeHint(wrapped, index)


class PagePart(QWidget):
    """A part of a page: its edits go on the page's undo stack, its errors to the page."""

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx

    def perform(
        self,
        text: str,
        do: Callable[[Session], Any],
        undo_factory: Callable[[Any], Callable[[Session], Any]],
        after: Callable[[], None],
        guard: Seen | None = None,
        done: Callable[[Any], None] | None = None,
        *,
        single: bool = False,
    ) -> None:
        stack, ctx = self.page.undo_stack, self.ctx
        perform(stack, ctx, text, do, undo_factory, after, self.error, guard, done, single=single)

    def error(self, message: str) -> None:
        self.page.error(message)

    def say(self, text: str) -> None:
        self.page.status_message.emit(text)


def check_as_typed(
    ctx: AppContext,
    values: Callable[[], Any],
    problems: Callable[[Session, Any], dict[str, str]],
    show: Callable[[dict[str, str]], None],
    on_error: Callable[[str], None],
) -> None:
    """Check a form's ``values()`` on the database worker; ``show`` the problems found only
    if the form still holds those values — otherwise a newer check is on its way."""
    data = values()

    def checked(found: dict[str, str]) -> None:
        if values() == data:
            show(found)

    ctx.read(lambda session: problems(session, data), checked, on_error=on_error)


def scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a scroll area: a small window scrolls the editor instead of growing."""
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def compact(combo: QComboBox, chars: int = 8) -> QComboBox:
    """A combo that does not widen the page to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def fill_combo(
    combo: QComboBox, items: Sequence[tuple[str, Any]], none_text: str | None = None
) -> None:
    """Replace a combo's items, keeping the current choice when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.blockSignals(False)
    set_combo(combo, current)


def set_combo(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


ERROR_LINES = 2  # the lines an error label keeps for its message, shown or not


def reserve_error_space(label: QLabel) -> None:
    """An error label that keeps its place: as wide as its column makes it (its text never
    widens the column, and so never narrows the fields beside it) and ``ERROR_LINES`` high
    whether it says something or not, so that nothing under it moves when it does. A
    longer message is whole in its tooltip."""
    if label.property("reservedSpace"):
        return
    label.setProperty("reservedSpace", True)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    margins = label.contentsMargins()
    lines = label.fontMetrics().lineSpacing() * ERROR_LINES
    label.setFixedHeight(lines + margins.top() + margins.bottom())


def show_problems(ui: Any, labels: dict[str, str], found: dict[str, str]) -> None:
    """Put each problem into the error label beside its field; clear the others. The labels
    keep their space (``reserve_error_space``) from the first time they are shown."""
    shown: dict[str, str] = {}
    for field, label in labels.items():
        shown[label] = shown.get(label) or found.get(field, "")
    for label, text in shown.items():
        widget = getattr(ui, label)
        reserve_error_space(widget)
        widget.setText(text)
        widget.setToolTip(text)


def text_of(value: Any) -> str:
    """A stored value as a form shows it ("" for None)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def money(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}"
