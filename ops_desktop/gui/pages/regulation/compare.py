"""Compare versions… on the regulation page: two versions side by side (修訂對照表) — for
each change its place, the old text with the removed characters marked, the new text with
the added ones marked (a colour AND a strike or an underline: never colour alone), and the
note (說明); the counts above, "No changes" when there are none. The comparison is read on
the worker (``core/services/regulation_compare.py``), in the interface's script."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
)

from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.table import Column, RowTableModel

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from ops_desktop.core.services.regulation_compare import Change, Comparison
    from ops_desktop.gui.tasks import Progress

    from .versions import VersionActions

# How a piece of a changed text is marked: removed on the old side, added on the new one.
REMOVED = "background-color:#f6c6c6; text-decoration:line-through;"
ADDED = "background-color:#c6ecc6; text-decoration:underline;"
HTML_ROLE = Qt.ItemDataRole.UserRole + 10


def script() -> str:
    """Simplified texts for a window in Simplified Chinese, Traditional otherwise."""
    from ops_desktop.gui.user_guide import interface_language

    return "hans" if interface_language() == "zh_CN" else "hant"


def side_html(change: Change, side: str) -> str:
    """One side of a change as rich text: the pieces it keeps, and its own marked ("old":
    what was removed; "new": what was added)."""
    mine, style = ("removed", REMOVED) if side == "old" else ("added", ADDED)
    parts = []
    for piece in change.pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.kind == "same":
            parts.append(text)
        elif piece.kind == mine:
            parts.append(f'<span style="{style}">{text}</span>')
    return "".join(parts) if parts else html.escape(change.old if side == "old" else change.new)


class ChangesModel(RowTableModel):
    """The changes, one a row; the old and new texts also as marked rich text."""

    RICH = (1, 2)  # the columns drawn from HTML_ROLE

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == HTML_ROLE and index.isValid() and index.column() in self.RICH:
            side = "old" if index.column() == 1 else "new"
            return side_html(self.rows[index.row()], side)
        return super().data(index, role)


class RichTextDelegate(QStyledItemDelegate):
    """Draws a cell's HTML_ROLE text wrapped to the column (others as usual)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        doc.setTextWidth(max(width - 8, 40))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Any) -> None:
        text = index.data(HTML_ROLE)
        if text is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect
        # wrapped at the width sizeHint measured (the cell is a grid line narrower)
        doc = self._document(option, text, self.view.columnWidth(index.column()) - 2)
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 2)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        text = index.data(HTML_ROLE)
        if text is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)  # the font the cell is painted in
        width = self.view.columnWidth(index.column())
        doc = self._document(option, text, width - 2)
        return QSize(width, int(doc.size().height()) + 8)


class CompareDialog(QDialog):
    """Beside the page, not modal: the editor stays usable while the changes are read."""

    def __init__(self, page: VersionActions) -> None:
        super().__init__(page)
        self.page = page
        self.comparison: Comparison | None = None
        self._asked = 0  # the latest comparison asked for: an older one arriving is dropped
        self.setWindowTitle(self.tr("Compare versions"))
        self.from_combo, self.to_combo = QComboBox(self), QComboBox(self)
        bar = QHBoxLayout()
        for text, combo in ((self.tr("&From"), self.from_combo), (self.tr("&To"), self.to_combo)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            label.setMinimumSize(label.sizeHint())  # never squeezed to "Tc"
            bar.addWidget(label)
            bar.addWidget(combo)
            combo.setMinimumContentsLength(14)
            combo.activated.connect(self._chosen)
        bar.addStretch(1)
        self.counts = QLabel(self)
        self.model = ChangesModel(
            [
                Column(self.tr("Clause"), lambda c: c.where),
                Column(self.tr("Old text"), lambda c: c.old),
                Column(self.tr("New text"), lambda c: c.new),
                Column(self.tr("Note"), lambda c: c.note),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(RichTextDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.empty = EmptyState.attach(self.table, self.tr("No changes."))
        legend = QLabel(
            self.tr(
                "Removed characters are struck through on the old side, added ones "
                "underlined on the new side."
            ),
            self,
        )
        legend.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print revision table…"), self)
        self.print_button.clicked.connect(lambda: self.write_table(pdf=True))
        self.export_button = QPushButton(self.tr("Export revision workbook…"), self)
        self.export_button.clicked.connect(lambda: self.write_table(pdf=False))
        buttons = QHBoxLayout()
        buttons.addWidget(legend, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()
        self.resize(1000, 620)

    def _enable(self) -> None:
        for button in (self.print_button, self.export_button):
            button.setEnabled(self.comparison is not None)

    def write_table(self, *, pdf: bool) -> bool:
        """The comparison shown as the A4 revision table or a workbook for HR, in the
        interface's script, through the window's one way of exporting."""
        from ops_desktop.gui import exporting
        from ops_desktop.gui.exporting import EXCEL, Export

        found, ctx = self.comparison, self.page.ctx
        if found is None:
            return False

        def write(_progress: Progress, target: Path) -> None:
            from ops_desktop.exports.revision_outputs import write_revision_table

            with ctx.transaction() as session:
                write_revision_table(session, found, target, script=found.script)

        from ops_desktop.core.outputs import revision_table_name

        name = revision_table_name(found.from_label, found.to_label, ".pdf" if pdf else ".xlsx")
        title = self.tr("Print revision table") if pdf else self.tr("Export revision workbook")
        return exporting.run(
            self.page, Export(title, name, write, file_filter="PDF (*.pdf)" if pdf else EXCEL)
        )

    def fill_versions(self) -> None:
        statuses = self.page.statuses()
        for combo in (self.from_combo, self.to_combo):
            combo.clear()
            for row in self.page.version_rows:
                combo.addItem(f"{row.label} ({statuses.get(row.status, row.status)})", row.id)

    def compare(self, from_id: int | None = None, to_id: int | None = None) -> None:
        """Read the comparison (None: the engine's default, the version to_id replaces)."""
        self._asked += 1
        asked, chosen = self._asked, script()

        def work(session: Session) -> Comparison:
            from ops_desktop.core.services import regulation_compare

            return regulation_compare.compare(session, from_id, to_id, script=chosen)

        def done(found: Comparison) -> None:
            if asked == self._asked:
                self.show_comparison(found)

        def failed(message: str) -> None:
            if asked == self._asked:  # nothing to compare with: said where the rows would be
                self.comparison = None
                self.counts.setText("")
                self.empty.set_text(message)
                self.model.set_rows([])
                self.empty.mark_loaded()
                self._enable()

        self.page.ctx.read(work, done, on_error=failed)

    def show_comparison(self, found: Comparison) -> None:
        self.comparison = found
        self._enable()
        for combo, ident in ((self.from_combo, found.from_id), (self.to_combo, found.to_id)):
            index = combo.findData(ident)
            if index >= 0:
                combo.setCurrentIndex(index)
        counts = found.counts()
        self.counts.setText(
            self.tr("%1 → %2: %3 changed · %4 added · %5 removed · %6 moved")
            .replace("%1", found.from_label or "—")
            .replace("%2", found.to_label)
            .replace("%3", str(counts.get("changed", 0)))
            .replace("%4", str(counts.get("added", 0)))
            .replace("%5", str(counts.get("removed", 0)))
            .replace("%6", str(counts.get("moved", 0)))
        )
        self.empty.set_text(self.tr("No changes."))
        self.model.set_rows(list(found.changes))
        char = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((26, 40, 40)):
            self.table.setColumnWidth(column, width * char)
        self.table.resizeRowsToContents()

    @Slot()
    def _chosen(self) -> None:
        self.compare(self.from_combo.currentData(), self.to_combo.currentData())


def open_compare(page: VersionActions) -> CompareDialog:
    """The page's one comparison window: the version shown against the one it replaces
    (a draft: against the version it was started from)."""
    dialog = getattr(page, "compare_dialog", None)
    if dialog is None:
        dialog = CompareDialog(page)
        page.compare_dialog = dialog
    dialog.fill_versions()
    dialog.compare(None, page.version_id())
    dialog.show()
    dialog.raise_()
    return dialog
