"""Look at an existing SQLite file without changing a byte of it, and say what it is.

Opening a file with the normal engine would switch it to WAL and could write to it, so a file
is first read through a separate read-only connection (``mode=ro``).
"""

from __future__ import annotations

import enum
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.core.errors import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of every ops-desktop database: the bytes "OPSD".
APPLICATION_ID = 0x4F505344


class FileKind(enum.Enum):
    NEW = "new"  # missing, empty, or an empty SQLite database
    OURS = "ours"


@dataclass(frozen=True)
class FileState:
    kind: FileKind
    revision: str | None = None


def _header_problem(path: Path, size: int) -> str | None:
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "not_sqlite"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_count and change_counter == valid_for and size < page_size * page_count:
        return "truncated"
    return None


def inspect_sqlite_file(path: Path) -> FileState:
    """Classify ``path``; raise :class:`StorageError` for anything that is not ours."""
    if not path.exists():
        return FileState(FileKind.NEW)
    if path.is_dir():
        raise StorageError("{path} is a folder, not a database file.", path=str(path))
    try:
        size = path.stat().st_size
        if size == 0:
            return FileState(FileKind.NEW)
        problem = _header_problem(path, size)
    except OSError as exc:
        raise StorageError(
            "Cannot read {path}: {reason}", path=str(path), reason=exc.strerror
        ) from None
    if problem == "not_sqlite":
        raise StorageError(
            "{path} is not an ops-desktop database (it is not a SQLite file). "
            "It was left unchanged.",
            path=str(path),
        )
    if problem == "truncated":
        raise StorageError(
            "{path} is damaged: the file is shorter than its own header says (truncated). "
            "It was left unchanged; restore it from a backup.",
            path=str(path),
        )
    return _inspect_contents(path)


def _inspect_contents(path: Path) -> FileState:
    # Without a write-ahead log beside it, the file alone is the database: read it as
    # immutable so that SQLite creates no -wal/-shm files next to a file we may refuse.
    has_wal = Path(f"{path}-wal").exists()
    mode = "mode=ro" if has_wal else "immutable=1"
    try:
        con = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(
            "Cannot open {path}: {reason}", path=str(path), reason=str(exc)
        ) from None
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID:
            if not tables:
                return FileState(FileKind.NEW)
            raise StorageError(
                "{path} is a SQLite database of another program, not an ops-desktop "
                "database. It was left unchanged.",
                path=str(path),
            )
        if "alembic_version" not in tables:
            raise StorageError(
                "{path} is an ops-desktop database without a schema revision; it may be "
                "damaged. It was left unchanged; restore it from a backup.",
                path=str(path),
            )
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return FileState(FileKind.OURS, row[0] if row else None)
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            "{path} is damaged and cannot be read ({reason}). It was left unchanged; "
            "restore it from a backup.",
            path=str(path),
            reason=str(exc),
        ) from None
    finally:
        con.close()
