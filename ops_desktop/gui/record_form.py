"""A form that edits one record at a time, bound to its record kind's service: the one way
every page edits a record (``pages/record_page.py`` puts one beside a list; the training and
workflow panels use it the same way).

The form knows the record it shows (``ident``, None for a new one) and the version it was
loaded at (``seen``); it knows when it is modified (its values differ from the record as
shown), checks it as it is typed, shows each problem beside its field once the secretary
has touched the form or tried to save, enables Save only when modified and valid, and
asks Save / Discard / Cancel before another record replaces a modified form. Everything
that reads or writes runs as an operation on the database worker (``gui/context.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.services import freshness
from ops_desktop.core.services.freshness import Seen

from . import dialogs
from .context import AppContext
from .keys import EnterSaves
from .lists import ListBox, check_as_typed, reserve_error_space, show_problems
from .undo import perform, recreating


@dataclass(frozen=True)
class Binding:
    """How a form reaches its record kind's service (the one API every kind has): what the
    form's values are checked by, created, updated and undone with. ``model`` is the table
    whose version guards an edit. With ``restore_new`` (given what ``remove_new`` returned),
    redoing a creation puts the record back under its id instead of making a new one."""

    model: type[Any]
    input_of: Callable[[Session, int], Any]
    problems: Callable[[Session, Any, int | None], dict[str, str]]
    create: Callable[[Session, Any, str], int]
    update: Callable[[Session, int, Any, str], Any]
    remove_new: Callable[[Session, int, str], Any]
    restore_new: Callable[[Session, Any, str], int] | None = None

    @classmethod
    def of(cls, model: type[Any], service: Any) -> Binding:
        """The binding to a record kind's service module (``core/services``: every kind has
        ``input_of``, ``problems``, ``create``, ``update`` and ``remove_new``)."""
        return cls(
            model,
            service.input_of,
            service.problems,
            service.create,
            service.update,
            service.remove_new,
            getattr(service, "restore_new", None),
        )


class FormHost(Protocol):
    """What a page (or a part of one) gives the form it holds."""

    ctx: AppContext

    def form_input(self) -> Any:
        """The form's values as the service takes them (a dataclass)."""

    def fetch_record(self, session: Session, row: Any) -> Any:
        """On the worker: what the form shows of ``row``, as plain values."""

    def show_record(self, record: Any | None) -> None:
        """Fill the form with ``record`` (None: empty, for a new record)."""

    def record_refreshed(self, row: Any) -> None:
        """The record shown was reloaded while its form is modified: the form stays."""

    def undo_text(self, data: Any, new: bool) -> str:
        """The undo step's name for saving ``data`` (``new``: creating the record)."""

    def record_saved(self, ident: int) -> None:
        """Record ``ident`` was stored from the form: show the list as stored."""

    def record_changed(self) -> None:
        """A save was undone or redone, or stored while another record is shown: show
        what is stored now, keeping the record chosen."""

    def error(self, message: str) -> None: ...

    # Optional: ``complete_save(data) -> data | None``, asked once the values are checked and
    # before they are stored (``RecordForm._complete``).


def leave_ok(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    modified: Callable[[], bool],
    save: Callable[[], Any],
    discard: Callable[[], None],
) -> bool:
    """Before a form's edits are replaced: if ``modified()``, ask Save / Discard / Cancel and
    do it. False: stay on the form (Cancel, or the save was refused — its reason shown)."""
    if not modified():
        return True
    answer = ctx.dialogs.ask_unsaved(parent, title)
    if answer == dialogs.SAVE:
        save()
        ctx.tasks.settle()  # its outcome: stored, or refused with the reason shown
        return not modified()
    if answer == dialogs.DISCARD:
        discard()
        return True
    return False


class RecordForm(QObject):
    modified_changed = Signal(bool)
    saved = Signal(int)  # record ``ident`` was stored from the form
    record_changed = Signal()  # another record (or a new one, ident None) is in the form

    def __init__(
        self,
        host: FormHost,
        binding: Binding,
        editor: QWidget,
        ui: Any,
        labels: dict[str, str],
        *,
        stack: Any,
        title: Callable[[], str],
    ) -> None:
        """``editor`` holds the form's fields, ``ui`` its widgets by name, ``labels`` maps a
        problem's field to the error label beside it; edits go on the undo ``stack``."""
        super().__init__(editor)
        self.host, self.binding, self.ui, self.labels = host, binding, ui, labels
        self.ctx: AppContext = host.ctx
        self.stack, self.title = stack, title
        self.ident: int | None = None  # the record shown (None: a new one)
        self.seen: Seen | None = None  # its version as the form loaded it
        self._row: Any = None  # the list's row of the record shown
        self._shown_input: Any = None  # the form's values as the record was shown
        self._stored: Any = None  # the record's values as stored when it was shown or saved
        self._showing = 0  # the latest record asked for: an older one arriving is dropped
        self._shown = 0  # counts the records shown: is the form still the one saved?
        self._filling = False  # the form is being filled: not an edit
        self._tried = False  # a save was tried: the form's problems are shown
        self._checking_save = False  # a save's check is on the worker
        self._list: ListBox | None = None
        self._show_row: Callable[[Any], None] | None = None
        self._follow_edits(editor)
        EnterSaves(editor, self._enter_pressed)
        for label in set(labels.values()):
            reserve_error_space(getattr(ui, label))

    # -- showing ------------------------------------------------------------------------------
    def load(self, row: Any | None, ident: int | None = None, *, keep_edits: bool = True) -> None:
        """Show the record of ``row`` (id ``ident``; None: an empty form for a new record) as
        the unmodified form, once fetched. The same record shown again while its form is
        modified (the list refreshed after a change elsewhere) keeps what is typed."""
        if keep_edits and ident == self.ident and self.is_modified():
            if row is not None:
                self._row = row
                self.host.record_refreshed(row)
            if ident is not None:
                self._catch_up(ident)
            return
        self._showing += 1
        asked = self._showing
        if ident is None:
            self._show(None, None, None, None)
            return

        def fetch(session: Session) -> tuple[Seen, Any, Any]:
            seen = freshness.read(session, self.binding.model, ident)  # before the values
            stored = self.binding.input_of(session, ident)
            return seen, self.host.fetch_record(session, row), stored

        def fetched(found: tuple[Seen, Any, Any]) -> None:
            if asked == self._showing:  # not replaced by another choice meanwhile
                self._show(row, ident, found[0], found[1], found[2])

        self.ctx.read(fetch, fetched, on_error=self.host.error)

    def _catch_up(self, ident: int) -> None:
        """The record being edited was changed — by this window, say a reply or a step, or
        by someone else — in what the form does not show: the form goes on at its new
        version. A change of the form's own values keeps the old one (its save is refused
        with the reason: never overwritten unseen)."""

        def read(session: Session) -> tuple[Seen, Any]:
            return freshness.read(session, self.binding.model, ident), self.binding.input_of(
                session, ident
            )

        def compared(found: tuple[Seen, Any]) -> None:
            self._advance(ident, *found)

        self.ctx.read(read, compared, on_error=self.host.error)

    def _advance(self, ident: int | None, seen: Seen | None, stored: Any) -> None:
        if ident is not None and ident == self.ident and stored == self._stored:
            self.seen = seen

    def present(
        self, row: Any, ident: int | None, seen: Seen | None, record: Any, values: Any = None
    ) -> None:
        """Show ``record`` (of id ``ident``, at version ``seen``) that the host loaded itself
        with what it shows beside the form — as :meth:`load` would, keeping what is typed
        into the same record. ``values``: the record's form values as stored; unchanged
        since the form was shown (the record changed elsewhere, say a step completed
        here), the form goes on at the new version: its save overwrites nothing new."""
        if ident == self.ident and self.is_modified():
            self._advance(ident, seen, values)
            if row is not None:
                self._row = row
                self.host.record_refreshed(row)
            return
        self._showing += 1  # a record still on its way is not shown over this one
        self._show(row, ident, seen, record, values)

    def _show(
        self, row: Any, ident: int | None, seen: Seen | None, record: Any, stored: Any = None
    ) -> None:
        changed = ident != self.ident
        self._row, self.ident, self.seen, self._stored = row, ident, seen, stored
        if changed:
            self.record_changed.emit()
        self._shown += 1
        self._filling = True
        try:
            self.host.show_record(record)
        finally:
            self._filling = False
        self._shown_input = self.host.form_input()
        self._tried = False
        show_problems(self.ui, self.labels, {})  # not wrong yet: told once touched or saved
        self._edited()

    def discard(self) -> None:
        """Show the record as stored again (the form's Revert)."""
        self.load(self._row, self.ident, keep_edits=False)

    def mark_saved(self, ident: int, data: Any) -> None:
        """The values ``data`` are now those of record ``ident``: not modified — unless
        typed on since."""
        changed = ident != self.ident
        self._shown_input, self.ident = data, ident
        if changed:
            self.record_changed.emit()
        self._edited()

    def is_modified(self) -> bool:
        shown = self._shown_input
        return shown is not None and self.host.form_input() != shown

    # -- checks --------------------------------------------------------------------------------
    def _problems(self, ident: int | None) -> Callable[[Session, Any], dict[str, str]]:
        return lambda session, data: self.binding.problems(session, data, ident)

    @Slot()
    def validate(self) -> None:
        """Check the form as it is typed (on the worker); show each problem beside its field
        — unless the form has changed again meanwhile: a newer check is on its way."""
        problems, host = self._problems(self.ident), self.host
        check_as_typed(self.ctx, host.form_input, problems, self._checked, host.error)

    def _checked(self, found: dict[str, str]) -> None:
        told = found if self._tried or self.is_modified() else {}  # a pristine form: silent
        show_problems(self.ui, self.labels, told)
        self.ui.saveButton.setEnabled(not found and self.is_modified())

    def _follow_edits(self, editor: QWidget) -> None:
        """Every field of the editor tells when it is edited: the modified mark, the Save
        button and the checks follow."""
        for edit in editor.findChildren(QLineEdit):
            if not isinstance(edit.parent(), QAbstractSpinBox):  # a box's own line: below
                edit.textChanged.connect(self.field_edited)
        for text in editor.findChildren(QPlainTextEdit) + editor.findChildren(QTextEdit):
            text.textChanged.connect(self.field_edited)
        for combo in editor.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.field_edited)
        for box in editor.findChildren(QAbstractSpinBox):
            if isinstance(box, QDateTimeEdit):  # a date typed or picked in the calendar
                box.dateChanged.connect(self.field_edited)
            elif hasattr(box, "editingFinished"):
                box.editingFinished.connect(self.field_edited)
        for check in editor.findChildren(QCheckBox):
            check.toggled.connect(self.field_edited)

    def _enter_pressed(self) -> None:
        """Enter in a field: Save, as its button does — also while the check of what was
        just typed is still on its way (the button not yet enabled): the save checks again
        and shows each problem beside its field."""
        if self.is_modified():
            self.ui.saveButton.clicked.emit()

    @Slot()
    def field_edited(self) -> None:
        if self._filling or self._shown_input is None:
            return  # the form being filled, or nothing shown yet: no edit
        self._edited()
        self.validate()

    def _edited(self) -> None:
        modified = self.is_modified()
        self.modified_changed.emit(modified)
        if not modified:
            self.ui.saveButton.setEnabled(False)

    # -- saving --------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Check the form's values and store them; when something is wrong, say what beside
        the field instead. The outcome follows on the GUI thread.

        Saved once however often it is asked: a second Save while the first is being
        checked is the same save, and values already stored (the first save went first on
        the worker) are not stored again — no second new record from a double click."""
        data, ident, seen, shown = self.host.form_input(), self.ident, self.seen, self._shown
        self._tried = True
        if self._checking_save:
            return True
        self._checking_save = True

        def checked(found: dict[str, str]) -> None:
            self._checking_save = False
            if self._shown != shown:
                # Another record was shown meanwhile: the values typed are still stored
                # into the record they were typed for — a problem is told as a message.
                if found:
                    self.host.error("\n".join(found.values()))
                elif (completed := self._complete(data)) is not None:
                    self._store(completed, ident, seen, shown)
                return
            self._checked(found)
            if not found and data != self._shown_input:
                completed = self._complete(data)
                if completed is not None:
                    self._store(completed, ident, seen, shown)

        def failed(message: str) -> None:
            self._checking_save = False
            self.host.error(message)

        self.ctx.read(lambda s: self._problems(ident)(s, data), checked, on_error=failed)
        return True

    def _complete(self, data: Any) -> Any | None:
        """The values to store, once checked: the host may ask for what the form does not
        hold (a departure's leave date) — whichever way the save came (Save, Enter, the
        unsaved-changes question). None: the secretary cancelled; nothing is stored."""
        complete = getattr(self.host, "complete_save", None)
        return data if complete is None else complete(data)

    def _store(self, data: Any, ident: int | None, seen: Seen | None, shown: int) -> None:
        """Create or update the record as one undo step; the step's result carries the
        record's id and the version it was left at, so a form typed on during the save
        goes on editing that record at that version (no second new record, no false
        "changed by someone else")."""
        operator = self.ctx.operator()
        binding = self.binding
        first_done = False

        def versioned(session: Session, record: int) -> tuple[Seen, Any]:
            session.flush()  # the version moves on at the flush
            return freshness.read(session, binding.model, record), binding.input_of(session, record)

        def after() -> None:  # the first run reports through ``stored``; undo and redo here
            if first_done:
                self.host.record_changed()

        def stored(record: int, now: tuple[Seen, Any]) -> None:
            nonlocal first_done
            first_done = True
            if self._shown == shown:  # still this record's form: it is that version now
                self.seen, self._stored = now
                self.mark_saved(record, data)
                self.host.record_saved(record)
            else:  # the secretary has moved on to another record: it stays chosen
                self.host.record_changed()
            self.saved.emit(record)

        if ident is None:

            def make(session: Session) -> int:
                return binding.create(session, data, operator)

            def unmake(record: int) -> Callable[[Session], Any]:
                return lambda session: binding.remove_new(session, record, operator)

            create: Callable[[Session], int] = make
            remove: Callable[[int], Callable[[Session], Any]] = unmake
            if binding.restore_new is not None:
                put = binding.restore_new
                create, remove = recreating(
                    create,
                    lambda s, i: binding.remove_new(s, i, operator),
                    lambda s, copy: put(s, copy, operator),
                )

            def new(session: Session) -> tuple[int, tuple[Seen, Any]]:
                record = create(session)
                return record, versioned(session, record)

            perform(
                self.stack,
                self.ctx,
                self.host.undo_text(data, True),
                new,
                lambda outcome: remove(outcome[0]),
                after,
                self.host.error,
                done=lambda outcome: stored(*outcome),
                single=True,
            )
            return
        edited: int = ident

        def update(session: Session) -> tuple[Any, tuple[Seen, Any]]:
            before = binding.input_of(session, edited)
            binding.update(session, edited, data, operator)
            return before, versioned(session, edited)

        perform(
            self.stack,
            self.ctx,
            self.host.undo_text(data, False),
            update,
            lambda outcome: lambda s: binding.update(s, edited, outcome[0], operator),
            after,
            self.host.error,
            guard=seen,
            done=lambda outcome: stored(edited, outcome[1]),
        )

    # -- leaving -------------------------------------------------------------------------------
    def leave_ok(self) -> bool:
        """Before something replaces the form: a modified form is saved or discarded as the
        secretary answers. False: stay on it (Cancel, or the save was refused)."""

        def discard() -> None:
            self._shown_input = None  # nothing to keep
            self._edited()

        parent = self.ui.saveButton.window()
        return leave_ok(self.ctx, parent, self.title(), self.is_modified, self.save, discard)

    def follow(self, records: ListBox, show: Callable[[Any], None] | None = None) -> None:
        """Show the record chosen in ``records`` (by ``show(row)`` when the host loads it
        with more beside the form); a modified form is asked about first."""
        self._list = records
        self._show_row = show
        records.current_changed.connect(self._chosen)

    def _choose(self, row: Any) -> None:
        if self._show_row is not None:
            self._show_row(row)
        else:
            self.load(row, None if row is None or self._list is None else self._list.id_of(row))

    @Slot(object)
    def _chosen(self, row: Any) -> None:
        assert self._list is not None
        wanted = None if row is None else self._list.id_of(row)
        if wanted != self.ident and self.is_modified():
            # Stay on the edited record until the question is answered — asked after this
            # signal, never while the view is still changing its selection.
            self._list.select_quietly(self.ident)
            QTimer.singleShot(0, lambda: self._leave_for(wanted))
            return
        self._choose(row)

    def _leave_for(self, wanted: Any) -> None:
        assert self._list is not None
        if not self.is_modified() or not self.leave_ok():
            return
        if wanted is None or not self._list.select_id(wanted):
            self._list.clear_selection()
            self._choose(None)

    def new(self) -> bool:
        """An empty form for a new record — once a modified form is saved or discarded."""
        if not self.leave_ok():
            return False
        if self._list is not None:
            self._list.select_quietly(None)
        self.load(None, keep_edits=False)
        return True
