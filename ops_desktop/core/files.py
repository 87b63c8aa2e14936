"""Write a file completely or not at all, and only where writing is what the user meant.

Every file the program writes for the user (workbooks, PDFs, backups) goes through
:func:`atomic_path`: into a temporary file in the target's folder, then an atomic replace.
The target must be a regular file the user may write (or not exist yet): a folder, a FIFO, a
device node, a read-only file — even for root — is refused with a message and left alone. A
symbolic link is written through, to the file it names. An open database (and its ``-wal``
and ``-shm``) is never a target, nor a file the user chooses to read
(:func:`checked_source`): ``open_database`` registers each file it opens with
:func:`protect`.
"""

from __future__ import annotations

import collections
import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ops_desktop.core.errors import DomainError

# Characters no file name may hold on Windows or POSIX, and control characters (C0, DEL, C1).
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]+')
# Names Windows keeps for devices, with any extension too ("NUL.xlsx" is the device NUL).
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(COM|LPT)[0-9¹²³])", re.IGNORECASE)
# A file name's length in characters, and in UTF-8 bytes: POSIX file systems hold 255 bytes
# (85 Chinese characters), and the temporary file atomic_path writes first adds 15.
MAX_NAME, MAX_NAME_BYTES = 120, 200


def _bounded(name: str, max_len: int) -> str:
    name = name[:max_len]
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    return name.rstrip(". ")


def safe_file_name(text: str, fallback: str, *, max_len: int = MAX_NAME) -> str:
    """``text`` made into a file name (without folder) that Windows and POSIX both accept and
    that stays in the folder it is put in: forbidden and control characters become ``_``, no
    dots or spaces around it (a leading dot hides a file on POSIX), no device name (``CON``
    becomes ``CON_``), bounded length; never empty, ``.`` or ``..`` (``fallback``, itself
    made safe, instead). Meant for names built from data: a staff number, a person's name,
    a title; an extension may be added to it."""
    name = _bounded(_NOT_IN_NAMES.sub("_", text).strip().lstrip(". "), max_len)
    if not name.strip("._ "):
        return safe_file_name(fallback, "", max_len=max_len) if fallback else "file"
    stem, dot, rest = name.partition(".")
    if _RESERVED.fullmatch(stem.rstrip(" ")):
        name = _bounded(f"{stem.rstrip(' ')}_{dot}{rest}", max_len)
    return name


# Each open database of this process, counted: tests open one file twice in one process as
# "another desk", and the first stays protected when the second closes.
_protected: collections.Counter[Path] = collections.Counter()


def protect(database: Path) -> None:
    """Never let this process replace or open ``database`` or its companions (through a
    symbolic link too: the file it names is what is protected)."""
    _protected[Path(database).resolve()] += 1


def release(database: Path) -> None:
    key = Path(database).resolve()
    _protected[key] -= 1
    if _protected[key] <= 0:
        del _protected[key]


def is_protected(target: Path) -> bool:
    """Is ``target`` a database this process has open (or its ``-wal``/``-shm``)? Decided by
    ``stat`` alone: opening the file to look would drop the engine's locks on it."""
    for database in _protected:
        for guarded in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            with contextlib.suppress(OSError):
                if os.path.samefile(guarded, target):  # stat only: never opens the file
                    return True
            if guarded == target.absolute():
                return True
    return False


def checked_source(source: str | os.PathLike[str]) -> Path:
    """``source``, a file the user chose for the program to read (a workbook, a logo, a
    font), unless it is a database this process has open: reading it would drop the
    engine's locks on it when the file is closed."""
    path = Path(source)
    if is_protected(path):
        raise DomainError(
            "{path} is the database in use, not a file to read; choose another file.",
            path=str(source),
        )
    return path


def _is_live_database(path: Path) -> bool:
    """A SQLite file with a ``-wal``, ``-shm`` or ``-journal`` beside it (open, or left by a
    crash: replacing it would lose its last changes), or in WAL mode (a database in use, not
    a backup: backups are written in rollback mode). Another process's file: reading its
    header cannot drop this process's locks (it holds none on it: see is_protected)."""
    if any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        return True
    try:
        with path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\x00") and header[18:19] == b"\x02"


def checked_target(target: str | os.PathLike[str]) -> Path:
    """``target`` as the file to write (through a symbolic link), or a DomainError."""
    path = Path(target)
    if path.is_symlink():
        path = path.resolve()
    if is_protected(path):
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
    if _is_live_database(path):
        raise DomainError(
            "{path} is a database, perhaps open in another program; it was left as it is. "
            "Choose another file name.",
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


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)
