"""Backups with SQLite's online backup API (never a file copy of a live database), rotating
automatic backups, and a restore that checks the file before replacing anything and keeps
the database it replaces."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.core import clock
from ops_desktop.core.errors import StorageError

from .guard import FileKind, inspect_sqlite_file
from .schema import KNOWN_REVISIONS

BACKUP_SUFFIX = ".sqlite3"


def _stamp() -> str:
    return clock.now().strftime("%Y%m%d-%H%M%S-%f")


def copy_live(source: Path, target: Path) -> None:
    """Online backup of ``source`` into a new file ``target`` (readable by the owner only)."""
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dest.close()
    finally:
        src.close()


def backup(database: Path, target: Path) -> Path:
    """Write a consistent copy of ``database`` to ``target`` (replaced atomically)."""
    database, target = Path(database), Path(target)
    state = inspect_sqlite_file(database)
    if state.kind is not FileKind.OURS:
        raise StorageError(
            "{path} is not an ops-desktop database with data to back up.", path=str(database)
        )
    if not target.parent.is_dir():
        raise StorageError("The folder {folder} does not exist.", folder=str(target.parent))
    tmp = Path(tempfile.mktemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        copy_live(database, tmp)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            "The backup to {path} failed: {reason}",
            path=str(target),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from None
    return target


def rotate(database: Path, folder: Path, keep: int) -> Path | None:
    """An automatic backup into ``folder``, keeping the newest ``keep`` of this database's."""
    if keep <= 0:
        return None
    database = Path(database)
    if inspect_sqlite_file(database).kind is not FileKind.OURS:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = backup(database, folder / f"{database.stem}-{_stamp()}{BACKUP_SUFFIX}")
    mine = sorted(folder.glob(f"{database.stem}-*{BACKUP_SUFFIX}"))
    for old in mine[:-keep]:
        old.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    revision: str | None


def check_backup(path: Path) -> CheckedBackup:
    """A backup may be restored only if it is ours, intact and not from a newer program."""
    path = Path(path)
    if not path.is_file():
        raise StorageError("{path} does not exist.", path=str(path))
    state = inspect_sqlite_file(path)
    if state.kind is not FileKind.OURS:
        raise StorageError("{path} is empty: it is not a backup of ops-desktop.", path=str(path))
    if state.revision not in KNOWN_REVISIONS:
        raise StorageError(
            "{path} comes from a newer version of ops-desktop (schema {rev}).",
            path=str(path),
            rev=state.revision,
        )
    con = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    finally:
        con.close()
    if result != "ok":
        raise StorageError(
            "{path} is damaged ({reason}); it was not restored.", path=str(path), reason=result
        )
    return CheckedBackup(path, state.revision)


def restore(database: Path, backup_file: Path) -> Path | None:
    """Replace ``database`` by a checked backup. The replaced database is kept beside it
    (returned), and nothing is changed when the backup fails its checks."""
    database = Path(database)
    checked = check_backup(backup_file)
    kept = None
    if database.exists() and inspect_sqlite_file(database).kind is FileKind.OURS:
        kept = database.with_name(f"{database.stem}.replaced-{_stamp()}{database.suffix}")
        copy_live(database, kept)
    tmp = Path(tempfile.mktemp(prefix=f".{database.name}.", suffix=".part", dir=database.parent))
    try:
        copy_live(checked.path, tmp)
        for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(tmp, database)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            "The restore of {path} failed: {reason}",
            path=str(database),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from None
    return kept
