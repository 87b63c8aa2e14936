"""The board: one column per stage of a template, holding the runs waiting in that stage, and
a last column for runs whose stages are all complete. It shows the runs list's rows (search
included) through a proxy per column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core.services.workflow_templates import StageInfo
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.table import ROW_ROLE


class StageProxy(QSortFilterProxyModel):
    """The rows of the runs list whose current stage is ``stage_id`` (None: all complete)."""

    def __init__(self, source: Any, stage_id: int | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.setSourceModel(source)

    def filterAcceptsRow(  # noqa: N802
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        run = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        return run is not None and run.stage_id == self.stage_id


class _Column(QFrame):
    def __init__(self, title: str, proxy: StageProxy, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title, self.proxy = title, proxy
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.view = QListView(self)
        self.view.setModel(proxy)
        self.view.setModelColumn(0)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        EmptyState.attach(self.view, self.tr("No run at this stage."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        for signal in (
            proxy.modelReset,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.layoutChanged,
        ):
            signal.connect(self.count)
        self.count()

    def count(self, *_: Any) -> None:
        self.label.setText(f"<b>{self.title}</b> ({self.proxy.rowCount()})")


class BoardView(QWidget):
    run_chosen = Signal(int)

    def __init__(self, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.columns: list[_Column] = []
        self.hint = QLabel(self.tr("Choose a workflow above to see its board."), self)
        self.row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(self.row, 1)

    def set_stages(self, stages: Sequence[StageInfo] | None) -> None:
        """Columns for these stages (None: no template chosen, no board)."""
        for column in self.columns:
            self.row.removeWidget(column)
            column.deleteLater()
        self.columns = []
        self.hint.setVisible(stages is None)
        if stages is None:
            return
        titles = [(s.id, f"{n}. {s.name}") for n, s in enumerate(stages, start=1)]
        for stage_id, title in [*titles, (None, self.tr("All stages complete"))]:
            column = _Column(title, StageProxy(self.source, stage_id, self), self)
            column.view.clicked.connect(self._clicked)
            column.view.activated.connect(self._clicked)
            self.row.addWidget(column, 1)
            self.columns.append(column)

    def _clicked(self, index: QModelIndex) -> None:
        run = index.data(ROW_ROLE)
        if run is not None:
            self.run_chosen.emit(run.id)

    def column_titles(self) -> list[str]:
        return [c.label.text() for c in self.columns]

    def runs_in(self, column: int) -> list[str]:
        proxy = self.columns[column].proxy
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
