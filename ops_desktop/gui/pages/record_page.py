"""A list of records (search as you type, sort by any column) beside an editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.gui import dialogs
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.lists import check_as_typed
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from .base import Page


class RecordPage(Page):
    """Subclasses give ``columns()``, ``load_rows(session, show_all)``, ``build_editor()``,
    ``fetch_record(session, row)``, ``show_record(record)``, ``form_input()``,
    ``problems(session, data)`` with ``problem_labels``, and ``store(data)``;
    ``show_all_label()`` adds a checkbox (e.g. "Show departed"). Everything that reads or
    writes runs as an operation, off the GUI thread (``gui/context.py``).

    The page knows when its form is modified (its values differ from the record as shown),
    marks it, enables Save only then, checks it as it is typed (problems beside the fields),
    and asks Save / Discard / Cancel before another record replaces it."""

    problem_labels: dict[str, str] = {}  # a problem's field → the error label beside it

    modified_changed = Signal(bool)

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
        editor = self.build_editor()
        self._follow_edits(editor)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loaded = False
        self._shown_input: Any = None  # the form's values as the record was shown
        self._shown_id: Any = None
        self._showing = 0  # the latest record asked for: an older one arriving is dropped
        self._tried = False  # a save was tried: the form's problems are shown
        self._restore: Any = None  # to select once loaded (the page was rebuilt)
        self._checking_save = False  # a save's check is on the worker

    # -- to implement -----------------------------------------------------------------------
    def show_all_label(self) -> str:
        return ""

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load_rows(self, session: Session, show_all: bool) -> list[Any]:
        raise NotImplementedError

    def build_editor(self) -> QWidget:
        raise NotImplementedError

    def fetch_record(self, session: Session, row: Any) -> Any:
        """On the database worker: what the form shows of ``row``, as plain values (a
        dataclass, never a session's objects). Default: the row itself."""
        return row

    def show_record(self, record: Any | None) -> None:
        """Fill the form with ``record`` (from :meth:`fetch_record`; None: a new record)."""
        raise NotImplementedError

    def problems(self, session: Session, data: Any) -> dict[str, str]:
        """On the database worker: what is wrong with the form's values ``data``, by field."""
        return {}

    def store(self, data: Any) -> None:
        """Save the checked values ``data``: an undoable change (``undo.perform``) that, once
        stored, calls :meth:`mark_saved` or :meth:`show_saved`."""

    def record_refreshed(self, row: Any) -> None:
        """The list was reloaded while the shown record's form is modified: the form stays;
        refresh what beside it shows the stored data (e.g. a meeting's action items)."""

    def form_input(self) -> Any:
        """The form's values as the service takes them (a dataclass): what tells whether
        the form is modified. None: the page's editor has no such form."""
        return None

    def save_button(self) -> QWidget | None:
        """The form's Save button, enabled only when the form is modified and valid."""
        ui = getattr(self, "ui", None)
        return getattr(ui, "saveButton", None)

    def load_choices(self, session: Session, rows: list[Any]) -> Any:
        """On the database worker, with the rows: what the form offers to choose from (for
        :meth:`choices_loaded`), so that showing a record never queries it again."""
        return None

    def choices_loaded(self, choices: Any) -> None:
        """The form's choices, loaded with the rows (before the list shows them)."""

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
        if keep is None:
            keep, self._restore = self._restore, None
        show_all = self.show_all.isChecked()

        def load(session: Session) -> tuple[list[Any], Any]:
            rows = self.load_rows(session, show_all)
            return rows, self.load_choices(session, rows)

        def done(loaded: tuple[list[Any], Any]) -> None:
            rows, choices = loaded
            self._loaded = True
            self.choices_loaded(choices)
            self.model.set_rows(rows)
            if keep is not None:
                self.select_id(keep)
            if self._shown_input is None and self.current_row() is None:
                self.display(None)  # the empty form is the one typed into first: followed
            # in the base class's context: PySide's self.tr looks a plural up in the subclass only
            self.status_message.emit(
                QCoreApplication.translate("RecordPage", "%n record(s)", None, len(rows))
            )

        self.ctx.read(load, done, on_error=self.error)

    def selection(self) -> Any:
        return self.current_id()

    def restore_selection(self, ident: Any) -> None:
        self._restore = ident

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

    # -- the form's state ------------------------------------------------------------------
    def display(self, row: Any | None, *, keep_edits: bool = True) -> None:
        """Show ``row`` (None: an empty form for a new record) as the unmodified form. The
        same record shown again while its form is modified (the list refreshed after a
        change elsewhere) keeps what is typed."""
        ident = None if row is None else self.row_id(row)
        if keep_edits and row is not None and ident == self._shown_id and self.is_modified():
            self.record_refreshed(row)
            return
        self._showing += 1
        asked = self._showing
        if row is None:
            self._show(None, None)
            return

        def fetched(record: Any) -> None:
            if asked == self._showing:  # not replaced by another choice meanwhile
                self._show(record, ident)

        self.ctx.read(lambda session: self.fetch_record(session, row), fetched, on_error=self.error)

    def _show(self, record: Any, ident: Any) -> None:
        self.show_record(record)
        self._shown_input = self.form_input()
        self._shown_id = ident
        self._tried = False
        self._form_edited()
        self._hide_problems()
        self.validate()  # Save follows the checks; their texts wait for an edit or a save

    # -- checks and saving -----------------------------------------------------------------
    @Slot()
    def validate(self) -> None:
        """Check the form as it is typed (on the worker); show each problem beside its field
        — unless the form has changed again meanwhile: a newer check is on its way."""
        check_as_typed(self.ctx, self.form_input, self.problems, self._show_checks, self.error)

    def _show_checks(self, found: dict[str, str]) -> None:
        ui = getattr(self, "ui", None)
        told = found if self._tried or self.is_modified() else {}  # a pristine form: silent
        for field, label in self.problem_labels.items():
            getattr(ui, label).setText(told.get(field, ""))
        button = self.save_button()
        if button is not None:
            button.setEnabled(not found and self.is_modified())

    @Slot()
    def save(self) -> bool:
        """Check the form's values and store them; when something is wrong, say what beside
        the field instead. The outcome follows on the GUI thread.

        Saved once however often it is asked: a second Save while the first is being
        checked is the same save, and values already stored (the first save went first on
        the worker) are not stored again — no second new record from a double click."""
        data, shown = self.form_input(), self._shown_id
        self._tried = True
        if self._checking_save:
            return True
        self._checking_save = True

        def checked(found: dict[str, str]) -> None:
            self._checking_save = False
            if self._shown_id != shown:  # another record was shown meanwhile: not onto it
                return
            self._show_checks(found)
            if not found and data != self._shown_input:
                self.store(data)

        def failed(message: str) -> None:
            self._checking_save = False
            self.error(message)

        self.ctx.read(lambda session: self.problems(session, data), checked, on_error=failed)
        return True

    def _hide_problems(self) -> None:
        """A form just shown is not wrong yet: its problems appear beside the fields once the
        secretary edits one (the checks run as they type) or tries to save."""
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Error"):
                label.clear()

    def mark_saved(self, ident: Any, data: Any = None) -> None:
        """The form's values ``data`` (default: as they are) are now those of record
        ``ident`` (saved): not modified — unless typed on since."""
        self._shown_input = self.form_input() if data is None else data
        self._shown_id = ident
        self._form_edited()

    def is_modified(self) -> bool:
        shown = self._shown_input
        return shown is not None and self.form_input() != shown

    def has_unsaved_changes(self) -> bool:
        return self.is_modified()

    def discard_changes(self) -> None:
        """Show the record as stored again (the form's Revert)."""
        self.display(self.current_row(), keep_edits=False)

    def show_saved(self, ident: Any) -> None:
        """After a change of record ``ident`` was stored, undone or redone: the list, and the
        form unless typed on since (then it keeps what is typed), show what is stored."""
        self.reload(select_id=ident)

    def stored(self, ident: Any, data: Any, then: Any = None) -> None:
        """The save of ``data`` into record ``ident`` came back stored: those values are the
        record's now (not what was typed after Save was pressed); ``then(ident)`` follows."""
        self.mark_saved(ident, data)
        self.reload(select_id=ident)  # the record as stored, and its new version, fetched
        if then is not None:
            then(ident)

    def _follow_edits(self, editor: QWidget) -> None:
        """Every field of the editor tells when it is edited (after the page's own checks,
        which are connected first): the modified mark and the Save button follow."""
        for edit in editor.findChildren(QLineEdit):
            edit.textChanged.connect(self._form_edited)
        for text in editor.findChildren(QPlainTextEdit) + editor.findChildren(QTextEdit):
            text.textChanged.connect(self._form_edited)
        for combo in editor.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._form_edited)
        for box in editor.findChildren(QAbstractSpinBox):
            if hasattr(box, "editingFinished"):
                box.editingFinished.connect(self._form_edited)
        for check in editor.findChildren(QCheckBox):
            check.toggled.connect(self._form_edited)

    @Slot()
    def _form_edited(self) -> None:
        modified = self.is_modified()
        self.modified_changed.emit(modified)
        button = self.save_button()
        if button is not None and not modified:
            button.setEnabled(False)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_: Any) -> None:
        row = self.current_row()
        wanted = None if row is None else self.row_id(row)
        if wanted != self._shown_id and self.is_modified():
            # Stay on the edited record until the question is answered — asked after this
            # signal, never while the view is still changing its selection.
            self._reselect(self._shown_id)
            QTimer.singleShot(0, lambda: self._leave_for(wanted))
            return
        self.display(row)

    def _leave_for(self, wanted: Any) -> None:
        """Save or discard the modified form, then show ``wanted``; Cancel (or a refused
        save) stays on the edited record."""
        if not self.is_modified():
            return
        answer = self.ctx.dialogs.ask_unsaved(self, self.title())
        if answer == dialogs.SAVE:
            self.save()
            self.ctx.tasks.settle()  # its outcome: stored, or refused with the reason shown
            if self.is_modified():
                return
            self.reload(select_id=wanted)  # after the save's own reload: show the one chosen
        elif answer == dialogs.DISCARD:
            self._shown_input = None  # nothing to keep
            if wanted is None or not self.select_id(wanted):
                self.table.clearSelection()
                self.display(None)

    def _reselect(self, ident: Any) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if ident is None or not self.select_id(ident):
                self.table.clearSelection()
        finally:
            selection.blockSignals(False)

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.search.setFocus()
        self.search.selectAll()
        return True
