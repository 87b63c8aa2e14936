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
* Restores: ``restoring.py``.
"""

from __future__ import annotations

import hashlib
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


def write_copy(target: Path, source: sqlite3.Connection, *, damaged_ok: bool = False) -> str | None:
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
        write_copy(Path(target), raw)
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
            found = write_copy(Path(target), source, damaged_ok=True)
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
