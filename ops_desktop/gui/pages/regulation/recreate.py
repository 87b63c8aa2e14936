"""Undo steps whose parts keep their database ids.

Undoing "add X" removes X and keeps a copy; redoing it puts the copy back under the same id
instead of creating a new X, so later steps in the undo stack that name X keep working.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session


def recreating(
    create: Callable[[Session], int],
    take: Callable[[Session, int], Any],
    put: Callable[[Session, Any], int],
) -> tuple[Callable[[Session], int], Callable[[int], Callable[[Session], None]]]:
    """``do`` and ``undo_factory`` for ``perform``: ``create`` returns the new id, ``take``
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
