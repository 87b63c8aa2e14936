"""Backups and restores, with SQLite's online backup API only (never a file copy).

* A process whose engine holds the database backs up **through the engine's connection**
  (:func:`backup_engine`, :func:`backup_database`, :func:`rotate`): a second connection of
  its own to the live file would drop the engine's locks when it closed (see ``guard.py``).
  A process without an engine on the file (the ``backup`` command) reads it through one
  read-only connection (:func:`backup_file`).
* A backup counts only once SQLite's ``integrity_check`` passes on the copy; it is written
  beside its target and renamed into place (``core/files.py``).
* Each database's automatic backups are its own: a folder per database, named by the
  database's path, so that two databases with similar names never rotate each other's; the
  newest good backup is never deleted.
* A restore checks the backup (ours, intact, not newer), refuses while any other connection
  has the database open, keeps the data it replaces in a backup beside it, and writes the
  backup **into** the database file with the backup API in one transaction (through a
  symbolic link, to the file it names).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from ops_desktop.core import clock, files
from ops_desktop.core.errors import DomainError, StorageError

from .guard import (
    FileKind,
    inspect_sqlite_file,
    integrity_problem,
    read_only_connection,
)

if TYPE_CHECKING:
    from .engine import Database

BACKUP_SUFFIX = ".sqlite3"


def stamp() -> str:
    return clock.now().strftime("%Y%m%d-%H%M%S-%f")


def unique_name(folder: Path, stem: str, suffix: str = BACKUP_SUFFIX) -> Path:
    """A file name in ``folder`` that no file has yet (two instances, one microsecond)."""
    base = f"{stem}-{stamp()}"
    for n in range(1000):
        candidate = folder / (f"{base}{suffix}" if n == 0 else f"{base}-{n}{suffix}")
        if not candidate.exists():
            return candidate
    raise StorageError("Cannot find a free file name in {folder}.", folder=str(folder))


def _copy(source: sqlite3.Connection, target: Path, *, damaged_ok: bool = False) -> str | None:
    """Online backup from ``source`` into the new, empty file ``target``, checked; returns
    what integrity_check found when ``damaged_ok`` (else refuses a damaged copy)."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        problem = integrity_problem(dest)
    finally:
        dest.close()
    if problem and not damaged_ok:
        raise StorageError(
            "The database is damaged ({reason}); no backup was kept. Restore the newest "
            "good backup (File → Restore, or “ops-desktop restore”).",
            reason=problem,
        )
    return problem


def _write(target: Path, source: sqlite3.Connection, *, damaged_ok: bool = False) -> str | None:
    try:
        with files.atomic_path(target) as tmp:
            return _copy(source, tmp, damaged_ok=damaged_ok)
    except sqlite3.Error as exc:
        raise StorageError(
            "The backup to {path} failed: {reason}", path=str(target), reason=str(exc)
        ) from None


def backup_engine(engine: Engine, target: Path) -> Path:
    """A checked copy of the database ``engine`` holds, through one of its connections."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        _write(Path(target), raw)
    return Path(target)


def backup_database(db: Database, target: Path) -> Path:
    if db.path is None:
        raise DomainError(
            "Backup and restore work on SQLite files; back up a PostgreSQL server with its "
            "own tools (pg_dump)."
        )
    return backup_engine(db.engine, target)


@dataclass(frozen=True)
class FileBackup:
    path: Path
    damage: str | None  # the source was damaged: the copy is, too


def backup_file(database: Path, target: Path) -> FileBackup:
    """A copy of a database no engine of this process holds (the ``backup`` command). A
    damaged database is still copied out, and the result says so."""
    database = Path(database)
    state = inspect_sqlite_file(database)
    if state.kind is not FileKind.OURS:
        raise StorageError("{path} does not exist.", path=str(database))
    files.protect(database)
    try:
        source = read_only_connection(database)
        try:
            found = _write(Path(target), source, damaged_ok=True)
        finally:
            source.close()
    finally:
        files.release(database)
    return FileBackup(Path(target), found or state.damage)


def backups_folder(folder: Path, database: Path) -> Path:
    """The folder of one database's automatic backups inside ``folder``."""
    key = hashlib.sha256(str(Path(database).resolve()).encode()).hexdigest()[:12]
    return folder / f"{Path(database).stem}-{key}"


def rotate(db: Database, folder: Path, keep: int) -> Path | None:
    """An automatic backup of ``db`` into its own folder in ``folder``, keeping the newest
    ``keep`` (the new one, which is checked, always among them)."""
    if keep <= 0 or db.path is None:
        return None
    own = backups_folder(folder, db.path)
    own.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = backup_database(db, unique_name(own, db.path.stem))
    older = sorted(p for p in own.glob(f"*{BACKUP_SUFFIX}") if p != target)
    for old in older[: max(0, len(older) - (keep - 1))]:
        old.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    revision: str | None


def check_backup(path: Path) -> CheckedBackup:
    """A backup may be restored only if it is ours, intact and not from a newer program."""
    path = Path(path).absolute()
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
            _write(kept, live, damaged_ok=True)
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
