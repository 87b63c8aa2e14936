"""The action items of a weekly meeting: this week's tasks (add, edit, close, drop, reopen)
and the open ones carried over from earlier meetings (close or drop them there)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.services import action_items as service
from ops_desktop.core.services import staff
from ops_desktop.core.services.action_items import ActionInput, ActionRow
from ops_desktop.core.services.freshness import Seen
from ops_desktop.gui import words
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.forms.ui_meeting_action_form import Ui_MeetingActionForm
from ops_desktop.gui.keys import EnterSaves
from ops_desktop.gui.lists import PagePart, reserve_error_space
from ops_desktop.gui.person_picker import person_picker, person_text
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from .meeting_models import ActionModel, item_view

FIELDS = {"text": "actionTextEditError", "owner": "ownerComboError", "due_date": "dueDateEditError"}

if TYPE_CHECKING:
    from .base import Page


class ActionItemsPanel(PagePart):
    """Its steps go on the page's undo stack as it is at the time (a language switch gives
    the rebuilt page the history), its errors to the page."""

    changed = Signal()  # an item was added, edited, closed or reopened

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.meeting_id: int | None = None
        self._editing: int | None = None
        self._loads = 0  # the latest load asked for: an older one arriving is dropped
        self._shown: int | None = None  # the meeting whose items are shown
        self._wanted: tuple[int, int] | None = None  # (meeting, item) to select once shown
        status, overdue = self.statuses(), self.tr("overdue")

        def state(r: ActionRow) -> str:
            text = status.get(r.status, r.status)
            return f"{text} · {overdue}" if r.overdue else text

        self.model = ActionModel(
            [
                Column(self.tr("Task"), lambda r: r.text),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Due"), lambda r: r.due_date),
                Column(self.tr("Status"), state),
                Column(self.tr("Closed"), lambda r: r.closed_on),
            ],
            self,
        )
        self.carried_model = ActionModel(
            [
                Column(self.tr("Set on"), lambda r: r.meeting_date),
                Column(self.tr("Task"), lambda r: r.text),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Due"), lambda r: r.due_date),
                Column(self.tr("Status"), state),
            ],
            self,
        )
        self.table, self.proxy = item_view(self.model, self, 0)
        self.carried_table, self.carried_proxy = item_view(self.carried_model, self, 1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter tasks…"))
        self.search.setClearButtonEnabled(True)
        for proxy in (self.proxy, self.carried_proxy):
            self.search.textChanged.connect(proxy.set_search)
        EmptyState.attach(
            self.table,
            self.tr("No tasks were set at this meeting: type one below and add it."),
            clear=self.search.clear,
        )
        EmptyState.attach(
            self.carried_table,
            self.tr("No open tasks from earlier meetings."),
            clear=self.search.clear,
        )
        self.done_button = QPushButton(self.tr("Done"), self)
        self.drop_button = QPushButton(self.tr("Drop"), self)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.carried_done_button = QPushButton(self.tr("Done"), self)
        self.carried_drop_button = QPushButton(self.tr("Drop"), self)
        self.form = QWidget(self)
        self.ui = Ui_MeetingActionForm()
        self.ui.setupUi(self.form)
        person_picker(self.ui.ownerCombo)
        form_layout = self.form.layout()
        assert form_layout is not None  # setupUi gave the form its layout
        form_layout.setContentsMargins(0, 0, 0, 0)
        for label in FIELDS.values():
            reserve_error_space(getattr(self.ui, label))
        # Enter in a field: the task chosen is saved, a new one added.
        EnterSaves(self.form, lambda: self.add() if self._editing is None else self.save_changes())
        self._lay_out()
        self._connect()
        self.load(None)

    def statuses(self) -> dict[str, str]:
        return words.table(words.ACTION_STATUS)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        self.heading = QLabel(self.tr("This week's tasks"), self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 3)
        row = QHBoxLayout()
        for button in (self.done_button, self.drop_button, self.reopen_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.form)
        self.carried_heading = QLabel(self.tr("Carried over from earlier meetings"), self)
        layout.addWidget(self.carried_heading)
        layout.addWidget(self.carried_table, 2)
        row = QHBoxLayout()
        for button in (self.carried_done_button, self.carried_drop_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.carried_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.actionTextEdit.textEdited.connect(self.validate)
        self.ui.dueDateEdit.textEdited.connect(self.validate)
        self.ui.ownerCombo.activated.connect(self.validate)
        self.ui.newActionButton.clicked.connect(self.new_item)
        self.ui.addActionButton.clicked.connect(self.add)
        self.ui.saveActionButton.clicked.connect(self.save_changes)
        self.done_button.clicked.connect(lambda: self.close_item(self.current(), dropped=False))
        self.drop_button.clicked.connect(lambda: self.close_item(self.current(), dropped=True))
        self.reopen_button.clicked.connect(lambda: self.reopen(self.current()))
        self.carried_done_button.clicked.connect(
            lambda: self.close_item(self.current_carried(), dropped=False)
        )
        self.carried_drop_button.clicked.connect(
            lambda: self.close_item(self.current_carried(), dropped=True)
        )

    # -- loading ------------------------------------------------------------------------------
    def load(self, meeting_id: int | None) -> None:
        """Show the items of ``meeting_id`` (None: a meeting not saved yet)."""
        self.meeting_id = meeting_id
        self._loads += 1
        asked, today = self._loads, clock.today()

        def work(session: Session) -> tuple[list, list[ActionRow], list[ActionRow]]:
            people = [(person_text(r.staff_no, r.name), r.id) for r in staff.rows(session)]
            items = service.rows(session, meeting_id, today) if meeting_id else []
            carried = service.carried_rows(session, meeting_id, today) if meeting_id else []
            return people, items, carried

        def done(found: tuple[list, list[ActionRow], list[ActionRow]]) -> None:
            if asked == self._loads:  # not replaced by another meeting's load meanwhile
                self._show(meeting_id, *found)

        self.ctx.read(work, done, on_error=self.error)

    def show_item(self, meeting_id: int, item_id: int) -> None:
        """Select item ``item_id`` of meeting ``meeting_id``: now if its items are shown,
        else once they are (the meeting is on its way)."""
        shown = self._shown == meeting_id == self.meeting_id
        if not (shown and self.select(item_id)):
            self._wanted = (meeting_id, item_id)

    def _show(
        self,
        meeting_id: int | None,
        people: list[tuple[str, int]],
        items: list[ActionRow],
        carried: list[ActionRow],
    ) -> None:
        self._shown = meeting_id
        keep = self._editing
        if self._wanted is not None and self._wanted[0] == meeting_id:
            keep, self._wanted = self._wanted[1], None
        self.model.set_rows(items)
        self.carried_model.set_rows(carried)
        combo = self.ui.ownerCombo
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for name, ident in people:
            combo.addItem(name, ident)
        late = sum(r.overdue for r in items)
        self.heading.setText(
            self.tr("This week's tasks (%1 open, %2 overdue)")
            .replace("%1", str(sum(r.status == "open" for r in items)))
            .replace("%2", str(late))
        )
        self.carried_heading.setText(
            self.tr("Carried over from earlier meetings (%1)").replace("%1", str(len(carried)))
        )
        self.form.setEnabled(meeting_id is not None)
        if keep is not None and self.select(keep):
            return
        self.new_item()

    def select(self, item_id: int) -> bool:
        for r, row in enumerate(self.model.rows):
            if row.id == item_id:
                index = self.proxy.mapFromSource(self.model.index(r, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.scrollTo(index)
                    return True
        return False

    def current(self) -> ActionRow | None:
        return self._current(self.table, self.proxy, self.model)

    def current_carried(self) -> ActionRow | None:
        return self._current(self.carried_table, self.carried_proxy, self.carried_model)

    @staticmethod
    def _current(view: QTableView, proxy: FilterProxy, model: RowTableModel) -> ActionRow | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(proxy.mapToSource(rows[0]).row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: Any) -> None:
        self._fill(self.current())
        self._update_buttons()

    def _fill(self, row: ActionRow | None) -> None:
        self._editing = row.id if row else None
        self.ui.actionTextEdit.setText(row.text if row else "")
        self.ui.dueDateEdit.setText(row.due_date.isoformat() if row and row.due_date else "")
        combo = self.ui.ownerCombo
        index = combo.findData(row.owner_id) if row else 0
        if index < 0 and row is not None:  # a departed owner stays on their items
            combo.addItem(row.owner, row.owner_id)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        self.validate()

    @Slot()
    def _update_buttons(self, *_: Any) -> None:
        row, carried = self.current(), self.current_carried()
        self.done_button.setEnabled(row is not None and row.status == "open")
        self.drop_button.setEnabled(row is not None and row.status == "open")
        self.reopen_button.setEnabled(row is not None and row.status != "open")
        self.carried_done_button.setEnabled(carried is not None)
        self.carried_drop_button.setEnabled(carried is not None)

    # -- the form -----------------------------------------------------------------------------
    def values(self) -> tuple[str, int | None, str]:
        ui = self.ui
        return ui.actionTextEdit.text(), ui.ownerCombo.currentData(), ui.dueDateEdit.text()

    @Slot()
    def validate(self) -> None:
        """Check the form as it is typed (on the worker); show each problem beside its field
        — unless the form has changed again meanwhile: a newer check is on its way."""
        asked = self._form_state()

        def checked(found: dict[str, str]) -> None:
            if self._form_state() == asked:
                self._show_checks(found)

        self._check(checked)

    def _form_state(self) -> tuple[int | None, int | None, str, int | None, str]:
        return (self.meeting_id, self._editing, *self.values())

    def _check(self, done: Callable[[dict[str, str]], None]) -> None:
        """The problems of the form's values, for ``done`` (none before the meeting is saved:
        the form is disabled then)."""
        meeting, editing = self.meeting_id, self._editing
        text, owner, due = self.values()
        if meeting is None:
            done({})
            return
        self.ctx.read(
            lambda s: service.problems(s, ActionInput(meeting, text, owner, due), editing),
            done,
            on_error=self.error,
        )

    def _show_checks(self, found: dict[str, str]) -> None:
        text, owner, due = self.values()
        quiet = not (text.strip() or owner or due.strip())  # an empty form: nothing to say yet
        for field, label in FIELDS.items():
            getattr(self.ui, label).setText("" if quiet else found.get(field, ""))
        ok = not found and self.meeting_id is not None
        self.ui.addActionButton.setEnabled(ok)
        self.ui.saveActionButton.setEnabled(ok and self._editing is not None)

    @Slot()
    def new_item(self) -> None:
        self.table.clearSelection()
        self._fill(None)
        self._update_buttons()

    # -- changes ------------------------------------------------------------------------------
    def _perform(
        self,
        text: str,
        do: Callable[[Session], Any],
        undo_factory: Callable[[Any], Callable[[Session], Any]],
        guard: Seen | None = None,
        done: Callable[[Any], None] | None = None,
        *,
        single: bool = False,
    ) -> None:
        after = self.changed.emit
        self.perform(text, do, undo_factory, after, guard, done, single=single)

    @Slot()
    def add(self) -> bool:
        """Check the form and add its task to the meeting; the outcome follows on the GUI
        thread (problems beside the fields, or the task in the list and an empty form)."""
        if self.meeting_id is None:
            return False
        text, owner, due = self.values()
        meeting, operator = self.meeting_id, self.ctx.operator()

        def added(_ident: int) -> None:
            self.new_item()
            self.ui.actionTextEdit.setFocus()

        def checked(found: dict[str, str]) -> None:
            self._show_checks(found)
            if found:
                return
            self._editing = None  # the new task, not the one chosen before, is what follows
            self._perform(
                self.tr("New task %1").replace("%1", text.strip()[:30]),
                lambda s: service.create(s, ActionInput(meeting, text, owner, due), operator),
                lambda ident: lambda s: service.remove_new(s, ident, operator),
                done=added,
                single=True,
            )

        self._check(checked)
        return True

    @Slot()
    def save_changes(self) -> bool:
        """Check the form and store it as the chosen task's new values (refused when someone
        else has changed the task since it was listed)."""
        editing, before = self._editing, self.current()
        if editing is None or before is None:
            return False
        text, owner, due = self.values()
        operator = self.ctx.operator()

        def checked(found: dict[str, str]) -> None:
            self._show_checks(found)
            if found:
                return
            self._perform(
                self.tr("Edit task %1").replace("%1", text.strip()[:30]),
                lambda s: service.update(s, editing, ActionInput(None, text, owner, due), operator),
                lambda _r: (
                    lambda s: service.update(
                        s,
                        editing,
                        ActionInput(None, before.text, before.owner_id, before.due_date),
                        operator,
                    )
                ),
                before.seen,
            )

        self._check(checked)
        return True

    def close_item(self, row: ActionRow | None, *, dropped: bool) -> bool:
        if row is None or row.status != "open":
            return False
        operator = self.ctx.operator()
        what = self.tr("Drop %1") if dropped else self.tr("Close %1")
        self._perform(
            what.replace("%1", row.text[:30]),
            lambda s: service.close(s, row.id, operator, dropped=dropped).id,
            lambda _id: lambda s: service.reopen(s, row.id, operator),
        )
        return True

    def reopen(self, row: ActionRow | None) -> bool:
        if row is None or row.status == "open":
            return False
        operator, dropped, closed_on = self.ctx.operator(), row.status == "dropped", row.closed_on
        self._perform(
            self.tr("Reopen %1").replace("%1", row.text[:30]),
            lambda s: service.reopen(s, row.id, operator).id,
            lambda _id: lambda s: service.close(s, row.id, operator, dropped=dropped, on=closed_on),
        )
        return True
