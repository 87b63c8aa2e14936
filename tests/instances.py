"""A second program instance inside the test process, as "another desk"."""

from __future__ import annotations

from ops_desktop.core import files
from ops_desktop.db import Database, open_database


def second_instance(url: str) -> Database:
    """The same database opened again in this process.

    The program refuses to open a file it already has open (its look before connecting
    would drop the first engine's locks: see ``db/guard.py``). Within one test process that
    is harmless; the cases across processes are tested with real processes."""
    check = files.is_protected
    files.is_protected = lambda target: False  # type: ignore[assignment]
    try:
        return open_database(url)
    finally:
        files.is_protected = check  # type: ignore[assignment]
