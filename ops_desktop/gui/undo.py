"""Undo/redo for edits: each command runs a service call as an operation (``context.py``) on
the database worker, and its inverse on undo. A command is pushed only after its first run
succeeded; a redo computes a fresh inverse (a re-created record has a new id).

An edit of a record shown in a form carries the record's version as the form loaded it
(``guard``, see ``core/services/freshness.py``): the edit, and later its undo and redo, are
refused with a message naming the record when someone else changed it in between. A refused
undo or redo leaves the stack without that step.

Qt moves the stack's index as soon as ``undo()``/``redo()`` return, before the worker has
run the step; a step refused later is then taken off the stack by running the stack the
other way over it (an obsolete command is deleted instead of run). The window starts no
other undo or redo while a step is running (``MainWindow``: not while the runner is busy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from ops_desktop.core.services import freshness
from ops_desktop.core.services.freshness import Seen

from .context import AppContext

Work = Callable[[Session], Any]
UndoFactory = Callable[[Any], Work]


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        stack: QUndoStack,
        ctx: AppContext,
        text: str,
        do: Work,
        undo_factory: UndoFactory,
        undo: Work,
        after: Callable[[], None],
        on_error: Callable[[str], None],
        seen: Seen | None = None,
    ) -> None:
        super().__init__(text)
        self.stack, self.ctx = stack, ctx
        self._do, self._undo_factory, self._undo = do, undo_factory, undo
        self._after, self._on_error = after, on_error
        self._seen = seen  # the record's version after this command's last run
        self._skip_first_redo = True
        self._inside_qt = False  # in Qt's undo()/redo() call: Qt itself drops a refused step

    def rebind(self, after: Callable[[], None], on_error: Callable[[str], None]) -> None:
        """The page that made this step was rebuilt (a language switch): report to the new
        one. The step itself — its data and its undo — is unchanged."""
        self._after, self._on_error = after, on_error

    def _run(self, work: Callable[[Session], Any], back_over: Callable[[], None]) -> None:
        seen = self._seen

        def step(session: Session) -> Seen | None:
            # Changed since this window last changed it? Then someone else did.
            own = self.ctx.own_changes
            freshness.check(session, own.expected(seen) if own and seen else seen)
            work(session)
            return freshness.now(session, seen)

        def done(now: Seen | None) -> None:
            self._seen = now
            self._after()

        def refused(message: str) -> None:
            self.setObsolete(True)
            if not self._inside_qt:
                back_over()  # the stack already moved past this step: it deletes it now
            self._on_error(message)
            self._after()

        self._inside_qt = True
        try:
            self.ctx.change(step, done, on_error=refused)
        finally:
            self._inside_qt = False

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return

        def again(session: Session) -> None:
            self._undo = self._undo_factory(self._do(session))

        self._run(again, self.stack.undo)

    def undo(self) -> None:
        self._run(self._undo, self.stack.redo)


def perform(
    stack: QUndoStack,
    ctx: AppContext,
    text: str,
    do: Work,
    undo_factory: UndoFactory,
    after: Callable[[], None],
    on_error: Callable[[str], None],
    guard: Seen | None = None,
    done: Callable[[Any], None] | None = None,
    *,
    single: bool = False,
) -> None:
    """Run ``do`` as a change; when it succeeds, push an undoable command whose undo is
    ``undo_factory(result of do)``, call ``after()``, then ``done(result)``. When it is
    refused, ``on_error(message)`` and nothing is pushed.

    ``guard``: the version of the record the form was loaded from; the edit is refused if
    the record has changed since (and its undo/redo if it changed after the edit).

    ``single`` (an add): the same step (its ``text``) asked again on ``stack`` while the
    first is on its way is the same click — a double click adds one item, not two. (Not
    for steps meant to repeat, such as moving an item up twice.)"""
    pending: set[str] = stack.__dict__.setdefault("_pending_adds", set())
    if single:
        if text in pending:
            return
        pending.add(text)

    def settled() -> None:
        if single:
            pending.discard(text)

    def refused(message: str) -> None:
        settled()
        on_error(message)

    def first(session: Session) -> tuple[Any, Work, Seen | None]:
        result = do(session)
        return result, undo_factory(result), freshness.now(session, guard)

    def pushed(outcome: tuple[Any, Work, Seen | None]) -> None:
        settled()
        result, undo, seen = outcome
        command = ServiceCommand(stack, ctx, text, do, undo_factory, undo, after, on_error, seen)
        stack.push(command)
        after()
        if done is not None:
            done(result)

    ctx.change(first, pushed, on_error=refused, guard=guard)


def recreating(
    create: Callable[[Session], int],
    take: Callable[[Session, int], Any],
    put: Callable[[Session, Any], int],
) -> tuple[Callable[[Session], int], Callable[[int], Callable[[Session], None]]]:
    """Undo steps whose records keep their database ids. Undoing "add X" removes X and keeps
    a copy; redoing it puts the copy back under the same id instead of creating a new X, so
    later steps in the undo stack that name X keep working.

    ``do`` and ``undo_factory`` for ``perform``: ``create`` returns the new id, ``take``
    removes it and returns a copy, ``put`` restores a copy and returns its id."""
    kept: list[Any] = []

    def do(session: Session) -> int:
        return put(session, kept.pop()) if kept else create(session)

    def undo_factory(ident: int) -> Callable[[Session], None]:
        def undo(session: Session) -> None:
            copy = take(session, ident)
            kept.clear()
            kept.append(copy)

        return undo

    return do, undo_factory
