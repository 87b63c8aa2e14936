"""Write a file completely or not at all: into a temporary file beside it, then replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ops_desktop.core.errors import DomainError


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``.
    On any failure the temporary file is removed and ``target`` is left as it was."""
    target = Path(target)
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
