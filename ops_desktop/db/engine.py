"""The engine, its per-connection settings, and :func:`open_database`, the one way in."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ops_desktop.core import files
from ops_desktop.core.errors import DomainError, StorageError

from .guard import FileKind, inspect_sqlite_file, refuse_damaged
from .location import describe, sqlite_file

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.pool import ConnectionPoolEntry

    from .migrate import Upgrade

BUSY_TIMEOUT_MS = 10_000
LOCKED_PERIOD = "ops-locked-period"  # what the database says of a write to a locked period


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (transactional DDL).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _on_sqlite_begin(conn: Connection) -> None:
    # A unit of work that may write takes the write lock at once (BEGIN IMMEDIATE): then a
    # second program instance's writer WAITS for it (busy timeout). A deferred transaction
    # that reads first and writes later would instead fail at once with "database is
    # locked" (SQLite does not wait when upgrading a read to a write, to avoid deadlocks).
    mode = conn.get_execution_options().get("ops_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL) -> Engine:
    """The one engine. Its error messages never carry the values of a statement
    (``hide_parameters``): they reach logs and, through them, maintainers."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


@dataclass
class Database:
    """An opened, migrated database. Use :meth:`transaction` for each unit of work."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    readers: sessionmaker[Session] | None = None
    upgraded: Upgrade | None = None  # set when opening brought an older schema up to date
    closed: bool = False

    @property
    def description(self) -> str:
        return describe(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_file(self.url)

    def reading(self) -> contextlib.AbstractContextManager[Session]:
        """A unit of work that mostly reads: it takes the write lock only if it writes, so
        other instances' writes go on meanwhile (lists, results, the dashboard)."""
        return self.transaction(read_only=True)

    @contextlib.contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Session]:
        """A session whose work is committed together, or not at all."""
        factory = self.readers if read_only and self.readers is not None else self.sessions
        session = factory()
        try:
            with session.begin():
                yield session
        except IntegrityError as exc:
            if LOCKED_PERIOD in str(exc.orig):  # the triggers of migration 0004
                raise DomainError(
                    "The appraisal period is locked; unlock it (with a reason) to change its "
                    "scores. Nothing was saved."
                ) from exc
            raise DomainError(
                "The change conflicts with the data already stored and was not saved ({reason}).",
                reason=integrity_reason(exc),
            ) from exc
        except StaleDataError as exc:
            raise DomainError(
                "A record was changed by someone else while this change was being saved; "
                "nothing was saved. Reopen it and try again."
            ) from exc
        except OperationalError as exc:
            raise StorageError(
                "The database could not complete the change ({reason}); nothing was saved.",
                reason=str(exc.orig).splitlines()[0],
            ) from exc
        finally:
            session.close()

    def close(self) -> None:
        """Close every connection; closing twice is harmless."""
        if self.closed:
            return
        self.closed = True
        self.engine.dispose()
        if self.path is not None:
            files.release(self.path)


_PG_KINDS = {"23505": "UNIQUE", "23514": "CHECK", "23503": "FOREIGN KEY", "23502": "NOT NULL"}


def integrity_reason(exc: IntegrityError) -> str:
    """The broken rule in the same words on every database ("CHECK constraint failed: name")."""
    orig = exc.orig
    diag = getattr(orig, "diag", None)  # PostgreSQL (psycopg)
    code = getattr(orig, "sqlstate", None)
    if diag is not None and code in _PG_KINDS:
        name = diag.constraint_name or diag.column_name or ""
        return f"{_PG_KINDS[code]} constraint failed: {name}"
    return str(orig).splitlines()[0]


def create_private_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise StorageError(
            "Cannot create the database {path}: {reason}", path=str(path), reason=exc.strerror
        ) from None


def open_database(url: URL | str, *, seed: bool = True) -> Database:
    """Open (creating, upgrading and filling with default content as needed) a database.

    A file that is not an ops-desktop database, is damaged, or comes from a newer version of
    the program is refused with :class:`StorageError` and left untouched.
    """
    from .migrate import ensure_schema

    url = make_url(url)
    path = sqlite_file(url)
    created = False
    if path is not None:
        # The file is judged before this process's first connection to it, read-only; from
        # the engine's first connection on, nothing else in the process opens it.
        state = inspect_sqlite_file(path)
        if state.damage is not None:
            raise refuse_damaged(path, state.damage)
        if state.kind is FileKind.NEW:
            create_private_file(path)
            created = True
        files.protect(path)
    engine = make_engine(url)
    try:
        upgrade = ensure_schema(engine, path, seed=seed)
    except BaseException as exc:
        engine.dispose()
        if path is not None:
            files.release(path)
        if created and path is not None:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, DBAPIError):
            raise StorageError(
                "Cannot open the database {where}: {reason}",
                where=describe(url),
                reason=str(exc.orig).splitlines()[0] if exc.orig else str(exc),
            ) from exc
        raise
    writers = sessionmaker(engine.execution_options(ops_begin="IMMEDIATE"), expire_on_commit=False)
    readers = sessionmaker(engine, expire_on_commit=False)
    return Database(url, engine, writers, readers, upgrade)
