"""The appraisal grid's view, typed like a spreadsheet.

Its keys are a typed table's (``cell_keys``): typing replaces a cell, Enter moves down, Tab
and Shift+Tab walk the cells that can be typed into (never the peer or result cells), a value
that is not a score stays in its editor with the reason beside the cell. Here besides: Delete
or Backspace clears the selected scores, Ctrl+V pastes a block copied from Excel, a Chinese
input method's text opens the cell with it. Staff number, name, total, grade and rank stay in
view on the left while the scores scroll. In a locked month, typing says so and how to unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .cell_keys import CellKeys
from .grid import GridModel, Index, frozen_count, score_problem

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class FrozenColumns(QTableView):
    """The first columns of ``main`` drawn over it, still while the rest scrolls: the same
    model and selection, its rows kept level with the main view's."""

    def __init__(self, main: GridView) -> None:
        super().__init__(main)
        self.main = main
        self.count = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The edge the scores scroll under. Not a style sheet: it would make Qt draw every
        # cell of this view through the (much slower) style-sheet style.
        self.edge = QFrame(main)
        self.edge.setFrameShape(QFrame.Shape.VLine)
        self.edge.setFrameShadow(QFrame.Shadow.Plain)
        self.edge.setLineWidth(2)
        self.edge.setForegroundRole(QPalette.ColorRole.Mid)
        main.viewport().stackUnder(self)
        main.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(main.verticalScrollBar().setValue)
        main.horizontalHeader().sectionResized.connect(self._column_resized)
        main.verticalHeader().sectionResized.connect(self._row_resized)

    def attach(self) -> None:
        """After the main view has its model and selection."""
        self.setModel(self.main.model())
        self.setSelectionModel(self.main.selectionModel())
        self.verticalHeader().setDefaultSectionSize(self.main.verticalHeader().defaultSectionSize())
        self.model().modelReset.connect(self.columns_changed)

    def columns_changed(self) -> None:
        model = self.main.model()
        assert isinstance(model, GridModel)
        self.count = frozen_count(model.columns)
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column >= self.count)
            self.setColumnWidth(column, self.main.columnWidth(column))
        self.horizontalHeader().setFixedHeight(self.main.horizontalHeader().height())
        self.place()

    def width_needed(self) -> int:
        return sum(self.main.columnWidth(c) for c in range(self.count))

    def place(self) -> None:
        frame = self.main.frameWidth()
        self.setGeometry(
            self.main.verticalHeader().width() + frame,
            frame,
            self.width_needed(),
            self.main.viewport().height() + self.main.horizontalHeader().height(),
        )
        self.edge.setGeometry(self.geometry().right() + 1, frame, 2, self.height())
        self.setVisible(self.count > 0)
        self.edge.setVisible(self.count > 0)
        self.edge.raise_()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.count:
            self.setColumnWidth(column, size)
            self.place()

    def _row_resized(self, row: int, _old: int, size: int) -> None:
        self.setRowHeight(row, size)


class _GridKeys(CellKeys):
    """The grid's keys; and its cells under the frozen columns are not drawn twice."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view = self.view
        assert isinstance(view, GridView)
        if index.column() >= view.frozen.count or not view.frozen.isVisible():
            super().paint(painter, option, index)


class GridView(QTableView):
    """Enter moves down, Tab walks the typed cells, typing replaces, Delete clears, Ctrl+V
    pastes a block; the first columns stay in view."""

    pasted = Signal(int, int, list)  # top row, left column, rows of cell texts
    cleared = Signal(list)  # [(row, column)] of the scores to clear
    typed_read_only = Signal(QModelIndex)  # typed, pasted or cleared where it cannot be

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = FrozenColumns(self)
        self.keys = _GridKeys(self, lambda _index, text: score_problem(text))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def setModel(self, model: GridModel) -> None:  # type: ignore[override]  # noqa: N802
        super().setModel(model)
        self.frozen.attach()
        self.keys.watch_current()
        model.modelReset.connect(self.size_columns)

    def grid(self) -> GridModel:
        model = self.model()
        assert isinstance(model, GridModel)
        return model

    # -- columns ------------------------------------------------------------------------------
    def size_columns(self) -> None:
        """Each column as wide as its title and the widest value it will hold — a month's
        first scores do not leave a total cut to "8…"; names and numbers as they are."""
        model = self.grid()
        cells, header = QFontMetrics(self.font()), self.horizontalHeader().fontMetrics()
        padding = 18
        for column, col in enumerate(model.columns):
            title = max(
                (header.horizontalAdvance(line) for line in col.title.split("\n")), default=0
            )
            if col.kind == "fixed":
                assert col.value is not None
                # The longest texts are the widest ones, give or take a glyph: measured are
                # the ten longest, not a thousand names.
                values = sorted({str(col.value(p) or "") for p in model.people}, key=len)[-10:]
                widest = max((cells.horizontalAdvance(v) for v in values), default=0)
            else:
                widest = cells.horizontalAdvance(col.widest)
            self.setColumnWidth(column, max(title, widest) + padding)
        self.frozen.columns_changed()

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.frozen.place()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        self.frozen.place()

    def scrollTo(  # noqa: N802
        self,
        index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """As QTableView does, but a cell right of the frozen columns is not left under them."""
        super().scrollTo(index, hint)
        if index.isValid() and index.column() >= self.frozen.count:
            hidden = self.frozen.width_needed() - self.visualRect(index).left()
            if hidden > 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - hidden)

    # -- refusals -----------------------------------------------------------------------------
    def show_refusal(self, index: QModelIndex, reason: str) -> None:
        self.keys.show_refusal(index, reason)

    def reopen(self, index: QModelIndex, text: str, reason: str) -> None:
        self.keys.reopen(index, text, reason)

    # -- keys ---------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Delete and Backspace clear scores here rather than reach the window's Delete action.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in CLEAR_KEYS
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def clear_selection(self) -> None:
        """Ask to clear the selected cells that hold a score and can be typed into."""
        model = self.grid()
        if model.locked:
            self.typed_read_only.emit(self.currentIndex())
            return
        cells = sorted(
            (i.row(), i.column())
            for i in self.selectionModel().selectedIndexes()
            if model.editable(i.row(), i.column()) and model.value(i.row(), i.column()) is not None
        )
        if cells:
            self.cleared.emit(cells)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        """A Chinese input method's text typed over a cell opens its editor with that text,
        as a key does (the view alone opens an empty editor and drops the text)."""
        current, text = self.currentIndex(), event.commitString()
        editing = self.state() == QAbstractItemView.State.EditingState
        if editing or not text or event.preeditString() or not current.isValid():
            super().inputMethodEvent(event)
            return
        if not self.grid().editable(current.row(), current.column()):
            self.typed_read_only.emit(current)
            return
        self.edit(current)
        if self.keys.editor is not None:
            self.keys.editor.setText(text)
            self.keys.editor.setModified(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.matches(QKeySequence.StandardKey.Paste):
            if self.grid().locked:
                self.typed_read_only.emit(self.currentIndex())
                return
            text = QGuiApplication.clipboard().text()
            rows = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n")]
            while rows and rows[-1] == [""]:
                rows.pop()
            current = self.currentIndex()
            if rows and current.isValid():
                self.pasted.emit(current.row(), current.column(), rows)
            return
        if not editing and event.key() in CLEAR_KEYS:
            self.clear_selection()
            return
        typed = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        current = self.currentIndex()
        if (
            plain
            and typed
            and typed.isprintable()
            and current.isValid()
            and not self.grid().editable(current.row(), current.column())
        ):
            self.typed_read_only.emit(current)
            return
        super().keyPressEvent(event)
