"""What every page needs, handed in once: the database, the task runner, the operator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # the window shows before SQLAlchemy is imported
    from sqlalchemy.orm import Session

    from ops_desktop.core.services.freshness import OwnChanges
    from ops_desktop.db import Database

    from .tasks import TaskRunner


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    operator: Callable[[], str]
    settings: QSettings | None = None  # the window's preferences (tests pass a private file)
    own_changes: OwnChanges | None = None  # versions this window left records at

    def preferences(self) -> QSettings:
        from .settings_store import store

        return self.settings if self.settings is not None else store()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work that takes the write lock only when it writes: for reading and
        small changes. (Nested inside another one on the same thread, it does not wait.)"""
        with self.db.reading() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A unit of work that holds the write lock from the start, so that another program
        instance's change makes it wait instead of fail (every undoable edit)."""
        from ops_desktop.core.services.freshness import OwnChanges

        if self.own_changes is None:
            self.own_changes = OwnChanges()
        with self.db.transaction() as session:
            self.own_changes.follow(session)
            yield session
