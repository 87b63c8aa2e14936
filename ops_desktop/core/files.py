"""Write a file completely or not at all, and only where writing is what the user meant.

Every file the program writes for the user (workbooks, PDFs, backups) goes through
:func:`atomic_path`: into a temporary file in the target's folder, then an atomic replace.
The target must be a regular file the user may write (or not exist yet): a folder, a FIFO, a
device node, a read-only file — even for root — is refused with a message and left alone. A
symbolic link is written through, to the file it names. An open database (and its ``-wal``
and ``-shm``) is never a target: ``open_database`` registers each file it opens with
:func:`protect`.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ops_desktop.core.errors import DomainError

_protected: set[Path] = set()


def protect(database: Path) -> None:
    """Never let a write of this process replace ``database`` or its companions."""
    _protected.add(Path(database).absolute())


def release(database: Path) -> None:
    _protected.discard(Path(database).absolute())


def _is_protected(target: Path) -> bool:
    for database in _protected:
        for guarded in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            with contextlib.suppress(OSError):
                if os.path.samefile(guarded, target):  # stat only: never opens the file
                    return True
            if guarded == target.absolute():
                return True
    return False


def checked_target(target: str | os.PathLike[str]) -> Path:
    """``target`` as the file to write (through a symbolic link), or a DomainError."""
    path = Path(target)
    if path.is_symlink():
        path = path.resolve()
    if _is_protected(path):
        raise DomainError(
            "{path} is the database in use; choose another file name.", path=str(target)
        )
    try:
        found = path.stat()
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise DomainError(
            "Cannot write {path}: {reason}", path=str(target), reason=exc.strerror
        ) from None
    if stat.S_ISDIR(found.st_mode):
        raise DomainError("{path} is a folder; give a file name.", path=str(target))
    if not stat.S_ISREG(found.st_mode):
        raise DomainError(
            "{path} is not a regular file (a device, pipe or socket); nothing was written.",
            path=str(target),
        )
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    if not found.st_mode & writable_bits or not os.access(path, os.W_OK):
        raise DomainError(
            "{path} is read-only; it was left as it is. Choose another file name.",
            path=str(target),
        )
    return path


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``.
    On any failure the temporary file is removed and ``target`` is left as it was."""
    target = checked_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DomainError("The folder {folder} does not exist.", folder=str(folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DomainError(
            "Cannot write in {folder}: {reason}", folder=str(folder), reason=exc.strerror
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError(
            "Cannot write {path}: {reason}", path=str(target), reason=exc.strerror or str(exc)
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)
