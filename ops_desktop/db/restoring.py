"""Restores: a checked backup written into the database file, and the database opened again.

* A restore checks the backup (ours, intact, not newer), refuses while any other connection
  has the database open, keeps the data it replaces in a backup beside it, and writes the
  backup **into** the database file with SQLite's backup API in one rollback-journal
  transaction (through a symbolic link, to the file it names). Killed midway, the journal
  is rolled back on the next opening (``guard.py``): the file holds the old data or the new.
* :func:`restore_and_open` is the whole of it for the window and the ``restore`` command:
  once the data is replaced, a failure to open it or to record the restore says so, and
  where the replaced data is — never "nothing was changed".
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ops_desktop.core.errors import DomainError, StorageError

from .backup import unique_name, write_copy
from .guard import inspect_sqlite_file, integrity_problem, read_only_connection

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from .engine import Database


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    revision: str | None


def check_backup(chosen: str | os.PathLike[str]) -> CheckedBackup:
    """A backup may be restored only if it is ours, intact and not from a newer program."""
    path = Path(chosen).absolute()
    if not path.is_file():
        raise StorageError("{path} does not exist.", path=str(path))
    state = inspect_sqlite_file(path, check=False)  # foreign, newer: refused here
    con = read_only_connection(path)
    try:
        problem = integrity_problem(con)
    finally:
        con.close()
    if problem:
        raise StorageError(
            "{path} is damaged ({reason}); it was not restored.", path=str(path), reason=problem
        )
    return CheckedBackup(path, state.revision)


def _alone(live: sqlite3.Connection, database: Path) -> None:
    """Refuse unless this is the only connection to ``database`` (any process): leaving WAL
    mode needs that, and the exclusive lock taken after it keeps it so."""
    try:
        live.execute("PRAGMA busy_timeout = 0")
        mode = live.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode != "delete":
            raise sqlite3.OperationalError("database is locked")
        live.execute("PRAGMA locking_mode = EXCLUSIVE")
        live.execute("BEGIN EXCLUSIVE")
        live.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise StorageError(
            "{path} is open in another ops-desktop window or command; close it there, then "
            "restore. Nothing was changed.",
            path=str(database),
        ) from None


def restore(database: Path, backup_file: Path) -> Path | None:
    """Replace the data of ``database`` by a checked backup. The replaced data is kept in a
    backup beside it (returned; None when there was no database), and nothing is changed
    when the backup fails its checks or another connection has the database open."""
    database = Path(database).absolute()
    chosen = Path(backup_file).absolute()
    if database.exists() and chosen.exists() and os.path.samefile(database, chosen):
        raise StorageError("{path} is the database itself.", path=str(chosen))
    checked = check_backup(chosen)
    existed = database.exists()
    if existed:
        inspect_sqlite_file(database, check=False)  # ours (damaged or not), not newer
    else:
        from .engine import create_private_file

        create_private_file(database)
    try:
        live = sqlite3.connect(database, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageError(
            "Cannot open {path}: {reason}", path=str(database), reason=str(exc)
        ) from None
    try:
        _alone(live, database)
        kept = None
        if existed:
            kept = unique_name(database.parent, f"{database.stem}.replaced")
            write_copy(kept, live, damaged_ok=True)
        source = read_only_connection(checked.path)
        try:
            source.backup(live)  # one write transaction into the file: all or nothing
        finally:
            source.close()
        live.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        raise StorageError(
            "The restore of {path} failed: {reason}; nothing was changed.",
            path=str(database),
            reason=str(exc),
        ) from None
    finally:
        live.close()
    return kept


@dataclass(frozen=True)
class Restored:
    db: Database  # the database, open again, holding the backup's data
    kept: Path | None  # the replaced data (None: there was no database)


def restore_and_open(url: URL, backup: Path, operator: str) -> Restored:
    """Restore ``backup`` into the SQLite database of ``url``, open it and record the
    restore in its audit log. Refusals before the data is replaced change nothing."""
    from ops_desktop.core.services import audit

    from .engine import open_database
    from .location import sqlite_file

    path = sqlite_file(url)
    if path is None:
        raise DomainError("Restoring works on SQLite files.")
    kept = restore(path, backup)
    try:
        db = open_database(url)
    except DomainError as exc:
        raise _restored_but(path, kept, exc) from exc
    try:
        with db.transaction() as session:
            audit.record(
                session,
                operator,
                "restore",
                "database",
                None,
                str(backup),
                replaced=str(kept) if kept else None,
            )
    except DomainError as exc:
        db.close()
        raise _restored_but(path, kept, exc) from exc
    return Restored(db, kept)


def _restored_but(path: Path, kept: Path | None, error: DomainError) -> StorageError:
    return StorageError(
        "The backup was restored into {path}, but then: {reason} The replaced data is "
        "kept in {kept}.",
        path=str(path),
        reason=str(error),
        kept=str(kept) if kept else "-",
    )
