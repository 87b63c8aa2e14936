"""Look at an SQLite file before this process connects to it, change nothing, say what it is.

The rules (sqlite.org, "How To Corrupt An SQLite Database File"):

* This runs only **before** the engine's first connection to the file (``open_database``)
  or on files no engine holds (a backup to restore). On POSIX, closing any descriptor of a
  file drops every lock the process holds on it: once the engine has the file open, nothing
  else in the process may open it; backups then go through the engine's connection.
* SQLite judges a file's health, never size arithmetic. A main file shorter than its header
  says, with a ``-wal`` beside it, is what a crash during a checkpoint leaves, and SQLite
  recovers it. Health is ``PRAGMA quick_check`` (files up to :data:`QUICK_CHECK_LIMIT`).
* The look is read-only: ``mode=ro`` when a ``-wal`` is beside the file (SQLite reads it
  and never checkpoints it from a read-only connection), ``immutable=1`` otherwise (no
  ``-wal``/``-shm`` is created next to a file we may refuse). A ``-wal`` that does not
  belong to the file makes the check fail, and the file is refused as it is, every byte left.
* One exception: a hot ``-journal`` (a rollback-journal write killed midway: only a restore
  writes so) is rolled back first, by SQLite, as any program that opens the file would; the
  file is then as it was before that write, and is looked at as above.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.core import files
from ops_desktop.core.errors import StorageError

from .schema import KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of every ops-desktop database: the bytes "OPSD".
APPLICATION_ID = 0x4F505344
# quick_check reads every page: 96 ms for a 150 MB file and 226 ms for 383 MB on the
# project's machine with the file in the page cache, 2–3 × reading the file once
# (bench/quick_check.py, bench/RESULTS.md); a file read cold from disk costs its read
# time more. Larger files are opened without it; each backup's integrity_check still
# reads every page.
QUICK_CHECK_LIMIT = 256 * 1024 * 1024


class FileKind(enum.Enum):
    NEW = "new"  # no file yet
    OURS = "ours"


@dataclass(frozen=True)
class FileState:
    kind: FileKind
    revision: str | None = None
    damage: str | None = None  # what quick_check found; None: intact (or not checked)


def wal_of(path: Path) -> Path:
    return Path(f"{path}-wal")


def journal_of(path: Path) -> Path:
    return Path(f"{path}-journal")


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot change ``path`` (see the module text). Only for files this
    process's engine does not hold."""
    beside = wal_of(path).exists() or journal_of(path).exists()
    mode = "mode=ro" if beside else "immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True, timeout=10)


def _roll_back_hot_journal(path: Path) -> None:
    """Finish what a killed rollback-journal write left (a restore killed midway): SQLite
    rolls the ``-journal`` back into the file on its first read with a connection that may
    write, which puts the file back as it was before that write began — what any program
    opening the file would do. A read-only connection cannot, and would see the half-written
    pages; while the writer still runs, its lock makes this wait, then refuse."""
    try:
        con = sqlite3.connect(path, timeout=10)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        raise StorageError(
            "{path} is being written by another ops-desktop window or command ({reason}); "
            "try again when it has finished.",
            path=str(path),
            reason=str(exc),
        ) from None
    except sqlite3.DatabaseError as exc:
        raise refuse_damaged(path, str(exc)) from None


def inspect_sqlite_file(path: Path, *, check: bool = True) -> FileState:
    """Classify ``path``; raise :class:`StorageError` for anything that is not ours or comes
    from a newer program. A damaged file of ours is returned with its ``damage``."""
    if files.is_protected(path):
        raise StorageError(
            "{path} is the database this window or command has open; choose another file.",
            path=str(path),
        )
    if not path.exists():
        return FileState(FileKind.NEW)
    if path.is_dir():
        raise StorageError("{path} is a folder, not a database file.", path=str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:  # before any connection of this process: see above
            header = fh.read(100)
    except OSError as exc:
        raise StorageError(
            "Cannot read {path}: {reason}", path=str(path), reason=exc.strerror
        ) from None
    if size == 0:
        raise StorageError(
            "{path} is an empty file, not an ops-desktop database. It was left unchanged; "
            "to start a new database, choose a file name that does not exist yet.",
            path=str(path),
        )
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StorageError(
            "{path} is not an ops-desktop database (it is not a SQLite file). "
            "It was left unchanged.",
            path=str(path),
        )
    return _inspect_contents(path, check=check and size <= QUICK_CHECK_LIMIT)


def _looking_connection(path: Path) -> tuple[sqlite3.Connection, int]:
    """A read-only connection to ``path`` and its application_id (the first read, where
    SQLite finds a hot journal)."""
    for attempt in (1, 2):
        try:
            con = read_only_connection(path)
        except sqlite3.Error as exc:
            raise StorageError(
                "Cannot open {path}: {reason}", path=str(path), reason=str(exc)
            ) from None
        try:
            return con, con.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            con.close()
            hot = getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
            if not hot or attempt == 2:
                raise refuse_damaged(path, str(exc)) from None
            _roll_back_hot_journal(path)
    raise AssertionError("unreachable")


def _inspect_contents(path: Path, *, check: bool) -> FileState:
    con, app_id = _looking_connection(path)
    try:
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as exc:
            raise refuse_damaged(path, str(exc)) from None
        if app_id != APPLICATION_ID:
            raise StorageError(
                "{path} is a SQLite database of another program (or an empty one), not an "
                "ops-desktop database. It was left unchanged.",
                path=str(path),
            )
        damage = integrity_problem(con, quick=True) if check else None
        if "alembic_version" not in tables:
            raise refuse_damaged(path, damage or "no schema revision")
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            return FileState(FileKind.OURS, None, damage or str(exc))
        revision = row[0] if row else None
        if revision not in KNOWN_REVISIONS:
            raise StorageError(
                "{path} was written by a newer version of ops-desktop (schema {revision}). "
                "Install the newer version to open it; the file was left unchanged.",
                path=str(path),
                revision=revision,
            )
        return FileState(FileKind.OURS, revision, damage)
    finally:
        con.close()


def integrity_problem(con: sqlite3.Connection, *, quick: bool = False) -> str | None:
    """What SQLite's ``integrity_check`` (or the faster ``quick_check``, which skips the
    comparison of indexes with their tables) finds on ``con``'s database; None: intact."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        found = [r[0] for r in con.execute(f"PRAGMA {pragma}(5)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if found == ["ok"] else "; ".join(found)


def refuse_damaged(path: Path, damage: str) -> StorageError:
    """The refusal of a damaged file, saying what the secretary can do."""
    return StorageError(
        "{path} is damaged ({reason}). Nothing was changed. Keep a copy of it with "
        "“ops-desktop backup --db {path} -o COPY”, then restore the newest good backup "
        "(File → Restore, or “ops-desktop restore”).",
        path=str(path),
        reason=damage,
    )
