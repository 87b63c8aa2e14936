"""Undo/redo for edits: each command runs a service call in its own transaction, and its
inverse on undo. A command is pushed only after its first run succeeded; a redo computes a
fresh inverse (a re-created record has a new id)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError

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
    ) -> None:
        super().__init__(text)
        self.ctx, self._do, self._undo_factory, self._undo = ctx, do, undo_factory, undo
        self._after, self._on_error = after, on_error
        self._skip_first_redo = True

    def _run(self, work: Callable[[Session], Any]) -> None:
        try:
            with self.ctx.transaction() as session:
                work(session)
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
) -> Any:
    """Run ``do`` now; when it succeeds, push an undoable command whose undo is
    ``undo_factory(result of do)``. Returns the result, or None when refused."""
    try:
        with ctx.transaction() as session:
            result = do(session)
            undo = undo_factory(result)
    except DomainError as exc:
        on_error(str(exc))
        return None
    stack.push(ServiceCommand(ctx, text, do, undo_factory, undo, after, on_error))
    after()
    return result
