"""The one announcement of changed data: after every change the window commits, which kinds
of record (tables) and which rows changed; pages that show them refresh when next shown.

A change is collected from its session as it flushes (rows added, changed, deleted, and the
tables of bulk statements) and announced once the transaction has committed — never for a
change that was rolled back. The announcement may come from the worker thread; the signal
delivers it on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sqlalchemy.orm import ORMExecuteState, Session


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str]
    rows: frozenset[tuple[str, Any]] = field(default=frozenset())  # (table, primary key)

    def touches(self, tables: frozenset[str]) -> bool:
        """Whether this change concerns any of ``tables`` (an empty set: every table)."""
        return not tables or bool(self.tables & tables)


class ChangeNotice(QObject):
    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes.tables:
            self.changed.emit(changes)


class ChangeCollector:
    """Follows one session; :meth:`changes` is what it wrote."""

    def __init__(self, session: Session) -> None:
        from sqlalchemy import event

        self.tables: set[str] = set()
        self.rows: set[tuple[str, Any]] = set()
        event.listen(session, "after_flush", self._flushed)
        event.listen(session, "do_orm_execute", self._statement)

    def _flushed(self, session: Session, _context: object) -> None:
        from sqlalchemy import inspect

        for instance in (*session.new, *session.dirty, *session.deleted):
            state = inspect(instance)
            table = state.mapper.tables[0].name
            self.tables.add(table)
            key = state.mapper.primary_key_from_instance(instance)
            self.rows.add((table, key[0] if len(key) == 1 else tuple(key)))

    def _statement(self, state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            mapper = state.bind_mapper
            if mapper is not None:
                self.tables.add(mapper.tables[0].name)

    def changes(self) -> Changes:
        return Changes(frozenset(self.tables), frozenset(self.rows))
