"""What a page of the main window is: a widget with a key, a title, its own undo stack, and
the standard actions (New, Save, Delete, Find, Export, Print) it may support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from ops_desktop.gui.changes import Changes
from ops_desktop.gui.context import AppContext

if TYPE_CHECKING:
    from ops_desktop.gui.record_form import RecordForm


# The window's actions a page may do: the names of the methods that do them.
ACTIONS = ("new_record", "save", "delete_record", "find", "export", "print_")


class Page(QWidget):
    """Subclasses set ``key`` and implement the actions they support (returning True).

    Every change the window commits is announced (``gui/changes.py``); a hidden page that
    shows the changed tables (``shows``; empty: any) is then stale, and :meth:`refresh`es
    when it is next shown — unless it holds unsaved edits, which are never replaced."""

    key = ""
    shows: frozenset[str] = frozenset()
    status_message = Signal(str)  # a short text for the status bar
    actions_changed = Signal()  # what :meth:`offers` answers has changed (a tab was chosen)
    modified_changed = Signal(bool)  # the page's form holds unsaved edits, or no longer

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.stale = False
        self.forms: list[RecordForm] = []  # the page's record forms (gui/record_form.py)
        if ctx.notice is not None:
            ctx.notice.changed.connect(self._data_changed)

    def title(self) -> str:
        return self.key

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Every error label of the page (``…Error``, beside its field) keeps its space from
        the page's first showing, not from its first error: a form then never moves when
        one appears (issue 18 point 8)."""
        if not self.property("errorSpaceReserved"):
            # here, not at the top: gui/lists.py loads SQLAlchemy, which the window must not
            # wait for at start (a page is shown once the database is open)
            from ops_desktop.gui.lists import reserve_error_space

            self.setProperty("errorSpaceReserved", True)
            for label in self.findChildren(QLabel):
                if label.objectName().endswith("Error"):
                    reserve_error_space(label)
        super().showEvent(event)

    @Slot(object)
    def _data_changed(self, changes: Changes) -> None:
        if not self.isVisible() and changes.touches(self.shows):
            self.stale = True

    def shown(self) -> None:
        """The window shows this page: up to date if it is stale, else as :meth:`activate`."""
        if self.stale and not self.has_unsaved_changes():
            self.stale = False
            self.refresh()
        else:
            self.activate()

    def status_text(self) -> str:
        """What the status bar says of the page as it is now (a list's count of the rows
        shown), put there when the page is shown in place of the previous page's text."""
        return ""

    def activate(self) -> None:
        """Called when the page is shown: refresh what may have changed elsewhere."""

    def refresh(self) -> None:
        """Show the current data, after a change made elsewhere in the window."""
        self.activate()

    def new_record(self) -> bool:
        return False

    def save(self) -> bool:
        return False

    def delete_record(self) -> bool:
        return False

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        return False

    def offers(self, action: str) -> bool:
        """Does the page do the window's ``action`` (one of :data:`ACTIONS`) as it is shown
        now? The window enables the action only then. Default: the page implements it; a
        page whose tabs differ answers per tab, and emits ``actions_changed`` when the
        answer changes."""
        return getattr(type(self), action) is not getattr(Page, action)

    def ready(self, action: str) -> bool:
        """Can the page do ``action``, which it offers, right now — has it something to act
        on (Delete: a stored record chosen)? The window disables the action until then, and
        its tooltip says why; ``actions_changed`` tells it to ask again."""
        return True

    def export(self) -> bool:
        """Export what the page shows (through ``gui/exporting.py``); True once handled,
        even when the user cancelled or was told why nothing can be written yet."""
        return False

    def print_(self) -> bool:
        return False

    def add_form(self, form: RecordForm) -> None:
        """A record form of the page: its unsaved edits are the page's (the window marks
        them, and asks about them before the page goes)."""
        self.forms.append(form)
        form.modified_changed.connect(lambda _on: self.modified_changed.emit(self.is_modified()))

    def is_modified(self) -> bool:
        return any(form.is_modified() for form in self.forms)

    def has_unsaved_changes(self) -> bool:
        return self.is_modified()

    def save_modified(self) -> bool:
        """Save every modified form of the page; False: none was modified."""
        modified = [form for form in self.forms if form.is_modified()]
        for form in modified:
            form.save()
        return bool(modified)

    def selection(self) -> object:
        """What is selected (an id), to select again after the page is rebuilt."""
        return None

    def restore_selection(self, ident: object) -> None:
        """Select ``ident`` again once the page has loaded (after a language switch)."""

    def discard_changes(self) -> None:
        """Drop the unsaved edits: show what is stored."""
        for form in self.forms:
            if form.is_modified():
                form.discard()

    def error(self, message: str) -> None:
        self.ctx.dialogs.show_error(self, message)
