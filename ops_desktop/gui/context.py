"""What every page needs, handed in once: the database, the task runner, the operator — and
the one way the window's code reaches the database: an operation.

An operation is a piece of work run by the one database worker, off the GUI thread:
:meth:`AppContext.read` (a reading transaction) or :meth:`AppContext.change` (a writing one,
holding the write lock from its start, checking the record's freshness first). Its outcome
comes back on the GUI thread: ``done(result)``, or ``on_error(message)`` for a refusal
(``DomainError``) or an unexpected error (logged). The window's code never opens a session
itself; the test suite fails any statement it runs outside an operation
(``tests/gui/conftest.py``). :meth:`transaction` and :meth:`writing` are the units of work
*inside* an operation (or a task's work)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # the window shows before SQLAlchemy is imported
    from sqlalchemy.orm import ORMExecuteState, Session

    from ops_desktop.core.services.freshness import OwnChanges, Seen
    from ops_desktop.db import Database

    from .changes import ChangeNotice
    from .dialogs import Dialogs
    from .tasks import TaskRunner

T = TypeVar("T")


def _default_dialogs() -> Dialogs:
    from .dialogs import Dialogs

    return Dialogs()


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    operator: Callable[[], str]
    settings: QSettings | None = None  # the window's preferences (tests pass a private file)
    own_changes: OwnChanges | None = None  # versions this window left records at
    notice: ChangeNotice | None = None  # the window's announcement of committed changes
    dialogs: Dialogs = field(default_factory=lambda: _default_dialogs())  # what it asks

    def preferences(self) -> QSettings:
        from .settings_store import store

        return self.settings if self.settings is not None else store()

    def read(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None],
        *,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``work(session)`` in a reading transaction on the database worker; then
        ``done(result)`` on the GUI thread."""

        def job(_progress: Any) -> T:
            with self.transaction() as session:
                return work(session)

        self.tasks.run(job, done, on_error=on_error)

    def change(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None],
        *,
        on_error: Callable[[str], None] | None = None,
        guard: Seen | None = None,
    ) -> None:
        """Run ``work(session)`` in a writing transaction on the database worker — refused
        first if the record ``guard`` has changed since the form loaded it — and announce
        what it changed; then ``done(result)`` on the GUI thread."""

        def job(_progress: Any) -> T:
            from ops_desktop.core.services import freshness

            with self.writing() as session:
                freshness.check(session, guard)
                return work(session)

        self.tasks.run(job, done, on_error=on_error)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work that only reads. A write through it is a programming error (see
        STRICT_READING): a reading transaction that then writes fails with "database is
        locked" when another instance writes, where :meth:`writing` waits for it."""
        from sqlalchemy import event

        with self.db.reading() as session:
            event.listen(session, "before_flush", _refuse_flush)
            event.listen(session, "do_orm_execute", _refuse_statement)
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A unit of work that holds the write lock from the start, so that another program
        instance's change makes it wait instead of fail (every undoable edit)."""
        from ops_desktop.core.services.freshness import OwnChanges

        from .changes import ChangeCollector

        if self.own_changes is None:
            self.own_changes = OwnChanges()
        with self.db.transaction() as session:
            self.own_changes.follow(session)
            collected = ChangeCollector(session)
            yield session
        if self.notice is not None:  # committed: every page that shows it will follow
            self.notice.announce(collected.changes())


class WriteInReadingTransaction(AssertionError):
    """A change made through ``AppContext.transaction()``: use ``writing()``."""


# The test suite sets this: a write in a reading transaction fails the test. In the program
# it is logged as the programming error it is, and the change goes on as before.
STRICT_READING = False


def _wrong_write() -> None:
    error = WriteInReadingTransaction("a change in a reading transaction: use ctx.writing()")
    if STRICT_READING:
        raise error
    from ops_desktop import logs

    logs.unexpected("A change through a reading transaction", error)


def _refuse_flush(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.deleted or any(session.is_modified(o) for o in session.dirty):
        _wrong_write()


def _refuse_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        _wrong_write()
