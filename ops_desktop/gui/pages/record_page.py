"""A list of records (search as you type, sort by any column) beside the form that edits
the one chosen: a ``ListBox`` and a ``RecordForm`` (``gui/record_form.py``), assembled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.gui.context import AppContext
from ops_desktop.gui.lists import ListBox
from ops_desktop.gui.record_form import Binding, RecordForm
from ops_desktop.gui.table import Column

from .base import Page


class RecordPage(Page):
    """Subclasses give ``binding`` (their record kind's service) and ``problem_labels``,
    ``columns()``, ``load_rows(session, show_all)``, ``build_editor()`` (which sets
    ``self.ui``, with a ``saveButton`` and a ``revertButton``, and ``self.form_widget``),
    ``fetch_record(session, row)``, ``show_record(record)``, ``form_input()`` and
    ``undo_text(data, new)``;
    ``show_all_label()`` adds a checkbox (e.g. "Show departed"). Everything that reads or
    writes runs as an operation, off the GUI thread (``gui/context.py``); the form's state
    — modified, checked, saved, asked about before it is left — is ``self.form``'s."""

    binding: Binding
    ui: Any  # the form's widgets by name, set by build_editor
    form_widget: QWidget  # the form's fields (not the panels beside them), set by build_editor
    problem_labels: dict[str, str] = {}  # a problem's field → the error label beside it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = ListBox(
            self.columns(), self, bare=True, id_of=self.row_id, muted=self.row_muted
        )
        # the list's parts, as the window's actions and the tests reach them
        self.model, self.proxy, self.table = self.list.model, self.list.proxy, self.list.table
        self.search = self.list.search
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.textChanged.connect(self._tell_count)  # after the list has filtered
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.show_all = QCheckBox(self.show_all_label(), self)
        self.show_all.setVisible(bool(self.show_all_label()))
        self.show_all.toggled.connect(lambda: self.reload())
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_all)
        self.list_bar = bar  # a page adds its own buttons (Export…) after these
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        editor = self.build_editor()
        self.form = RecordForm(
            self,
            self.binding,
            self.form_widget,
            self.ui,
            self.problem_labels,
            stack=self.undo_stack,
            title=self.title,
        )
        self.form.follow(self.list)
        self.form.record_changed.connect(self.actions_changed)  # Delete: a stored record
        self.list.set_empty(self.empty_text(), [(self.empty_step(), self.new_record)])
        self.add_form(self.form)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.discard_changes)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # From the start, not only when resized: laid out by their size hints the form took
        # 700 px of a 1920 screen for 300 px of fields, the list's e-mails behind a scroll bar.
        splitter.setSizes([3000, 2000])  # in these proportions, each at least its minimum
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loaded = False
        self._loading = 0  # the latest reload asked for: an older one arriving is dropped
        self._restore: Any = None  # to select once loaded (the page was rebuilt)

    def ready(self, action: str) -> bool:
        """Delete acts on the stored record in the form: not on a new one, not on none."""
        return action != "delete_record" or self.form.ident is not None

    # -- to implement -----------------------------------------------------------------------
    def show_all_label(self) -> str:
        return ""

    def empty_text(self) -> str:
        """What the list says when there are no records (what is missing, what to do)."""
        return self.tr("Nothing recorded yet.")

    def empty_step(self) -> str:
        """The button beside it that starts a new record."""
        return self.tr("New")

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load_rows(self, session: Session, show_all: bool) -> list[Any]:
        raise NotImplementedError

    def build_editor(self) -> QWidget:
        raise NotImplementedError

    def fetch_record(self, session: Session, row: Any) -> Any:
        """On the database worker: what the form shows of ``row``, as plain values (a
        dataclass, never a session's objects). Default: the record's form values."""
        return self.binding.input_of(session, self.row_id(row))

    def show_record(self, record: Any | None) -> None:
        """Fill the form with ``record`` (from :meth:`fetch_record`; None: a new record);
        ``self.form.ident`` is the record's id by then."""
        raise NotImplementedError

    def form_input(self) -> Any:
        """The form's values as the service takes them (a dataclass)."""
        raise NotImplementedError

    def undo_text(self, data: Any, new: bool) -> str:
        raise NotImplementedError

    def record_refreshed(self, row: Any) -> None:
        """The list was reloaded while the shown record's form is modified: the form stays;
        refresh what beside it shows the stored data (e.g. a meeting's action items)."""

    def record_saved(self, ident: int) -> None:
        """Record ``ident`` was stored from the form: the list shows it as stored."""
        self.reload(select_id=ident)

    def record_changed(self) -> None:
        """A save was undone or redone: the list, and the form unless typed on, follow."""
        self.reload()

    def load_choices(self, session: Session, rows: list[Any]) -> Any:
        """On the database worker, with the rows: what the form offers to choose from (for
        :meth:`choices_loaded`), so that showing a record never queries it again."""
        return None

    def choices_loaded(self, choices: Any) -> None:
        """The form's choices, loaded with the rows (before the list shows them)."""

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    def row_muted(self, row: Any) -> bool:
        """The row is shown greyed in the list (listed only under "show all": it has left)."""
        return False

    # -- shared behaviour -------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self.reload()

    def refresh(self) -> None:
        self.reload()

    @Slot()
    def reload(self, select_id: Any = None, *, reveal: bool = False) -> None:
        """Load the rows off the GUI thread, then select ``select_id`` — or keep the row
        selected when they arrive. ``reveal``: if only "show all" lists ``select_id``, tick
        it and load again."""
        if select_id is None:
            select_id, self._restore = self._restore, None
        show_all = self.show_all.isChecked()
        self._loading += 1
        asked = self._loading

        def load(session: Session) -> tuple[list[Any], Any]:
            rows = self.load_rows(session, show_all)
            return rows, self.load_choices(session, rows)

        def done(loaded: tuple[list[Any], Any]) -> None:
            if asked != self._loading:
                return  # a newer reload is on its way
            rows, choices = loaded
            hidden = select_id is not None and select_id not in {self.row_id(r) for r in rows}
            if reveal and hidden and not show_all and self.show_all_label():
                with QSignalBlocker(self.show_all):
                    self.show_all.setChecked(True)
                self.reload(select_id)
                return
            self._loaded = True
            self.choices_loaded(choices)
            self.list.set_rows(rows, select_id)
            self._tell_count()

        self.ctx.read(load, done, on_error=self.error)

    def status_text(self) -> str:
        """The rows the list shows now — those the search leaves, not all those loaded."""
        if not self._loaded:
            return ""
        # in the base class's context: PySide's self.tr looks a plural up in the subclass only
        return QCoreApplication.translate("RecordPage", "%n record(s)", None, self.proxy.rowCount())

    @Slot()
    def _tell_count(self) -> None:
        if self._loaded:
            self.status_message.emit(self.status_text())

    def selection(self) -> Any:
        return self.current_id()

    def restore_selection(self, ident: Any) -> None:
        self._restore = ident

    def current_row(self) -> Any | None:
        return self.list.current_row()

    def current_id(self) -> Any:
        return self.list.current_id()

    def select_id(self, ident: Any) -> bool:
        """Select record ``ident`` (an alert on the dashboard points here): at once when it
        is listed; otherwise once the list, read again, arrives — the page may have opened
        just now, the record be new or listed only under "show all". True: selected, or on
        its way."""
        if self._loaded and self.list.select_id(ident):
            return True
        self.reload(ident, reveal=True)
        return True

    def new_record(self) -> bool:
        """An empty form for a new record (a modified one is asked about first)."""
        self.form.new()
        return True

    @Slot()
    def save(self) -> bool:
        return self.form.save()

    def validate(self) -> None:
        self.form.validate()

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.search.setFocus()
        self.search.selectAll()
        return True
