"""Undo/redo for edits: each command runs a service call in its own transaction, and its
inverse on undo. A command is pushed only after its first run succeeded; a redo computes a
fresh inverse (a re-created record has a new id).

An edit of a record shown in a form carries the record's version as the form loaded it
(``guard``, see ``core/services/freshness.py``): the edit, and later its undo and redo, are
refused with a message naming the record when someone else changed it in between."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import freshness
from ops_desktop.core.services.freshness import Seen

from .context import AppContext

Work = Callable[[Session], Any]
UndoFactory = Callable[[Any], Work]


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
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
        self.ctx, self._do, self._undo_factory, self._undo = ctx, do, undo_factory, undo
        self._after, self._on_error = after, on_error
        self._seen = seen  # the record's version after this command's last run
        self._skip_first_redo = True

    def _run(self, work: Callable[[Session], Any]) -> None:
        try:
            with self.ctx.writing() as session:
                # Changed since this window last changed it? Then someone else did.
                own = self.ctx.own_changes
                seen = self._seen
                freshness.check(session, own.expected(seen) if own and seen else seen)
                work(session)
                seen = freshness.now(session, self._seen)
            self._seen = seen
        except DomainError as exc:
            self.setObsolete(True)
            self._on_error(str(exc))
        self._after()

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return

        def again(session: Session) -> None:
            self._undo = self._undo_factory(self._do(session))

        self._run(again)

    def undo(self) -> None:
        self._run(self._undo)


def perform(
    stack: QUndoStack,
    ctx: AppContext,
    text: str,
    do: Work,
    undo_factory: UndoFactory,
    after: Callable[[], None],
    on_error: Callable[[str], None],
    guard: Seen | None = None,
) -> Any:
    """Run ``do`` now; when it succeeds, push an undoable command whose undo is
    ``undo_factory(result of do)``. Returns the result, or None when refused.

    ``guard``: the version of the record the form was loaded from; the edit is refused if
    the record has changed since (and its undo/redo if it changed after the edit)."""
    try:
        with ctx.writing() as session:
            freshness.check(session, guard)
            result = do(session)
            undo = undo_factory(result)
            seen = freshness.now(session, guard)
    except DomainError as exc:
        on_error(str(exc))
        return None
    stack.push(ServiceCommand(ctx, text, do, undo_factory, undo, after, on_error, seen))
    after()
    return result


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
