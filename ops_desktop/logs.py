"""The program's log: what a maintainer needs when something unexpected went wrong.

One file, ``ops-desktop.log`` in the user's log folder (Linux: ``~/.local/state/ops-desktop/
log``), created readable by its owner only, rotating at :data:`MAX_BYTES` with
:data:`BACKUPS` older files kept: at most 4 MB in all. It receives the full traceback of
every unexpected error (command line, window, background task) and nothing users refused
(a :class:`DomainError` is expected, not logged).

It never holds the values a change carried: the engine hides SQL parameters from every
error message (``hide_parameters``), and the formatter drops what a database driver adds
about the rows involved (PostgreSQL's ``DETAIL: Key (name)=(…)`` lines), as a second guard.
The same goes for the one line shown to the user (:func:`describe`).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
from pathlib import Path

from ops_desktop import APP_NAME

LOG_NAME = f"{APP_NAME}.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

logger = logging.getLogger("ops_desktop")

# Lines that carry data values: SQLAlchemy's parameter dump (if parameters were ever not
# hidden), a driver's DETAIL/ Failing row / key lines.
_DATA_LINE = re.compile(
    r"^\s*(\[parameters:|\[SQL parameters|DETAIL:|Failing row contains|Key \()", re.IGNORECASE
)
_FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"


def redact(text: str) -> str:
    """``text`` without the lines that hold data values."""
    return "\n".join(line for line in text.splitlines() if not _DATA_LINE.match(line))


class _Redacting(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating file opened readable and writable by its owner only (0600), whatever the
    umask, also after a rotation and when an older file was made more open."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written (full disk, folder gone) must not print a traceback
        # at the user: the failure itself is still reported to them in one line.
        pass


def log_file() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / LOG_NAME


def setup() -> Path:
    """Send the program's log records to :func:`log_file` (created at the first record).
    Called at every start; a changed log folder (tests) replaces the previous file."""
    path = log_file()
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFile):
            if Path(handler.baseFilename) == path.absolute():
                return path
            logger.removeHandler(handler)
            handler.close()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = _PrivateRotatingFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(_Redacting(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def unexpected(what: str, error: BaseException) -> Path | None:
    """Log ``error`` with its traceback; the log file's path, or None if it cannot be
    written (the user is still told what failed)."""
    try:
        path = setup()
        logger.error("%s", what, exc_info=(type(error), error, error.__traceback__))
    except OSError:
        return None
    return path if path.exists() else None


def describe(error: BaseException) -> str:
    """One line for the user: the error's kind and the first line of its message, without
    SQL or data (a database error is described by the driver's own first line)."""
    original = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
    shown = original if isinstance(original, BaseException) else error
    lines = redact(str(shown)).strip().splitlines()
    first = lines[0] if lines else ""
    return f"{type(shown).__name__}: {first}" if first else type(shown).__name__
