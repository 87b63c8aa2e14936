"""What every page needs, handed in once: the database, the task runner, the operator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ops_desktop.db import Database

from .tasks import TaskRunner


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    operator: Callable[[], str]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.db.transaction() as session:
            yield session
