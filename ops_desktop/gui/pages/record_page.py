"""A list of records (search as you type, sort by any column) beside an editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.gui.context import AppContext
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from .base import Page


class RecordPage(Page):
    """Subclasses give ``columns()``, ``load_rows(session, show_all)``, ``build_editor()``
    and ``show_record(row)``; ``show_all_label()`` adds a checkbox (e.g. "Show departed")."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RowTableModel(self.columns(), self)
        self.proxy = FilterProxy(self.model, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.show_all = QCheckBox(self.show_all_label(), self)
        self.show_all.setVisible(bool(self.show_all_label()))
        self.show_all.toggled.connect(self.reload)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_all)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.build_editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loaded = False

    # -- to implement -----------------------------------------------------------------------
    def show_all_label(self) -> str:
        return ""

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load_rows(self, session: Session, show_all: bool) -> list[Any]:
        raise NotImplementedError

    def build_editor(self) -> QWidget:
        raise NotImplementedError

    def show_record(self, row: Any | None) -> None:
        raise NotImplementedError

    def rows_loaded(self, rows: list[Any]) -> None:
        """Called with freshly loaded rows, before the list shows them (e.g. to fill
        choices from them instead of querying again)."""

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    # -- shared behaviour -------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self.reload()

    def refresh(self) -> None:
        self.reload()

    @Slot()
    def reload(self, select_id: Any = None) -> None:
        """Load the rows off the GUI thread, then select ``select_id`` (or keep the current)."""
        keep = select_id if select_id is not None else self.current_id()
        show_all = self.show_all.isChecked()

        def work(progress: Any) -> list[Any]:
            with self.ctx.transaction() as session:
                return self.load_rows(session, show_all)

        def done(rows: list[Any]) -> None:
            self._loaded = True
            self.rows_loaded(rows)
            self.model.set_rows(rows)
            if keep is not None:
                self.select_id(keep)
            # in the base class's context: PySide's self.tr looks a plural up in the subclass only
            self.status_message.emit(
                QCoreApplication.translate("RecordPage", "%n record(s)", None, len(rows))
            )

        self.ctx.tasks.run(work, done, on_error=self.error)

    def current_row(self) -> Any | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def current_id(self) -> Any:
        row = self.current_row()
        return None if row is None else self.row_id(row)

    def select_id(self, ident: Any) -> bool:
        for r, row in enumerate(self.model.rows):
            if self.row_id(row) == ident:
                index = self.proxy.mapFromSource(self.model.index(r, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.scrollTo(index)
                    return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_: Any) -> None:
        self.show_record(self.current_row())

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.search.setFocus()
        self.search.selectAll()
        return True
