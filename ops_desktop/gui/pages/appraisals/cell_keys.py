"""Spreadsheet keys for a table of typed cells: the appraisal grid and the peer panel.

Typing replaces the current cell. Enter stores it and moves down the column; Tab and
Shift+Tab store it and move to the next or previous editable cell, from a row's end to the
next row's start, and from the table's last cell round to its first: while cells are typed,
Tab never leaves the table (Ctrl+Tab does, as in Qt's text editors). Between cells the same
keys move without storing anything.

A text the table's ``check`` refuses is not stored and not thrown away: the editor stays
open with it, the reason shown beside the cell (``RefusalBubble``) and handed to ``tell`` (the
status bar), so the user corrects what they typed instead of typing it again. A value is
stored once its editor has closed and the cursor moved on, so a refusal found when it is
stored can reopen the cell (``reopen``).

    keys = CellKeys(view, check=lambda index, text: reason_or_none, tell=status.emit)

``CellKeys`` is the view's item delegate and filters the view's keys; ``next_cell`` and
``cell_below`` are the moves, for a view that moves by other means too (e.g. after a paste).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Check = Callable[[QModelIndex, str], str | None]  # why the text is refused, or None
Move = Callable[[QAbstractItemModel, QModelIndex], QModelIndex]
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def editable(index: Index) -> bool:
    return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)


def next_cell(model: QAbstractItemModel, index: Index, forward: bool = True) -> QModelIndex:
    """The next (or previous) editable cell of ``model`` after ``index`` in reading order,
    round the table's end; the cell itself when it is the only one, an invalid index when
    none is editable. From an invalid index: the first (or last) editable cell."""
    rows, columns = model.rowCount(), model.columnCount()
    count = rows * columns
    if not count:
        return QModelIndex()
    before_first = -1 if forward else count  # from no cell: the first (or last) is next
    start = index.row() * columns + index.column() if index.isValid() else before_first
    step = 1 if forward else -1
    for n in range(1, count + 1):
        place = (start + step * n) % count
        candidate = model.index(place // columns, place % columns)
        if editable(candidate):
            return candidate
    return QModelIndex()


def cell_below(model: QAbstractItemModel, index: Index) -> QModelIndex:
    """The cell under ``index``; the cell itself in the last row (Enter there stays)."""
    below = model.index(index.row() + 1, index.column())
    return below if below.isValid() else model.index(index.row(), index.column())


class RefusalBubble(QLabel):
    """Why a value was refused, beside its cell (below it, or above it near the bottom).
    A label of the view rather than a tooltip: it stays while the user corrects the value."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("refusalBubble")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#refusalBubble { background: #FFF4F4; color: #8A1C1C;"
            " border: 1px solid #D9534F; border-radius: 3px; padding: 3px 6px; }"
        )
        self.hide()

    def show_at(self, cell: QRect, text: str) -> None:
        self.setText(text)
        area = self.view.viewport().rect()
        width = min(max(cell.width() * 2, 240), 420, max(area.width(), 120))
        self.setFixedWidth(width)
        self.adjustSize()
        x = max(0, min(cell.left(), area.width() - width))
        y = cell.bottom() + 2
        if y + self.height() > area.height():
            y = max(0, cell.top() - self.height() - 2)
        self.move(QPoint(x, y))
        self.show()
        self.raise_()


class CellKeys(QStyledItemDelegate):
    """The view's delegate: Enter, Tab and Shift+Tab in an editor check, store and move; in
    the view they move. An editor the user has typed into keeps its text when the model
    shows new data meanwhile (another desk's change, the answer to the previous cell)."""

    def __init__(
        self,
        view: QTableView,
        check: Check | None = None,
        tell: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.check, self.tell = view, check, tell
        self.editor: QLineEdit | None = None  # the open editor, if any
        self.bubble = RefusalBubble(view)
        view.setItemDelegate(self)
        view.setTabKeyNavigation(False)  # Tab is handled here; Ctrl+Tab leaves, as Qt's
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.installEventFilter(self)

    def watch_current(self) -> None:
        """Once the view has its model: the reason goes when another cell is chosen."""
        self.view.selectionModel().currentChanged.connect(lambda *_: self.bubble.hide())

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            self.editor = editor
            editor.destroyed.connect(lambda *_: self._forget(editor))
        return editor

    def _forget(self, editor: QObject) -> None:
        if self.editor is editor:
            self.editor = None

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # what the user typed is not replaced by a refresh
        super().setEditorData(editor, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view:  # the view's own keys; the rest is the view's
            return isinstance(event, QKeyEvent) and self._view_key(event)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)  # an editor's: as Qt's delegate does
        move = self._move_for(event)
        if move is not None and isinstance(watched, QWidget):
            self._finish(watched, move)
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.bubble.hide()
        return super().eventFilter(watched, event)

    def _view_key(self, event: QKeyEvent) -> bool:
        """Moves between cells (True: done here)."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        move = self._move_for(event)
        if move is None or self.view.state() == QAbstractItemView.State.EditingState:
            return self._leave(event)
        model = self.view.model()
        if model is not None:
            self.go(move(model, self.view.currentIndex()))
        return True

    def _move_for(self, event: QKeyEvent) -> Move | None:
        modifiers = event.modifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return None
        if event.key() in _ENTER:
            return cell_below
        if event.key() == Qt.Key.Key_Backtab or (
            event.key() == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier
        ):
            return lambda model, index: next_cell(model, index, forward=False)
        if event.key() == Qt.Key.Key_Tab:
            return next_cell
        return None

    def _leave(self, event: QKeyEvent) -> bool:
        """Ctrl+Tab, Ctrl+Shift+Tab: on to the next or previous widget of the window."""
        if event.key() not in _TABS or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        backwards = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        self.view.focusNextPrevChild(not backwards)
        return True

    def _finish(self, editor: QWidget, move: Move) -> None:
        index = self.view.currentIndex()
        typed = isinstance(editor, QLineEdit) and editor.isModified()
        if typed and self.check is not None:
            assert isinstance(editor, QLineEdit)
            reason = self.check(index, editor.text())
            if reason:
                self.refuse(editor, index, reason)
                return
        # Closed and moved on before the value is stored: storing may show the model anew,
        # and a refusal found then (at once, or when the worker answers) reopens this cell.
        model = self.view.model()
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        self.bubble.hide()
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.go(move(model, index))
        if typed:
            model.setData(index, text, Qt.ItemDataRole.EditRole)

    def refuse(self, editor: QWidget, index: QModelIndex, reason: str) -> None:
        """The text stays in its editor, selected; the reason beside the cell and in the
        status bar."""
        editor.setToolTip(reason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()
        self.show_refusal(index, reason)
        if self.tell is not None:
            self.tell(reason)

    def show_refusal(self, index: QModelIndex, reason: str) -> None:
        if index.isValid():
            self.bubble.show_at(self.view.visualRect(index), reason)

    def reopen(self, index: QModelIndex, text: str, reason: str) -> None:
        """A value refused when it was stored goes back into its cell's editor, with why —
        unless another cell is being typed into (its cell keeps the model's mark)."""
        if self.view.state() == QAbstractItemView.State.EditingState or not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        if self.editor is not None:
            self.editor.setText(text)
            self.editor.setModified(True)
            self.refuse(self.editor, index, reason)

    def go(self, index: QModelIndex) -> None:
        """Make ``index`` the current cell (not edited yet: typing replaces it), with the focus
        in the table."""
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
