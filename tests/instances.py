"""Other program instances for tests: a second one inside the test process ("another
desk"), and one in another process holding the write lock."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

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


ANOTHER_WRITER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")  # another instance in the middle of a change
con.execute("UPDATE staff SET phone = phone WHERE id = (SELECT min(id) FROM staff)")
print("writing", flush=True)
time.sleep(1.5)  # its change takes this long (the hold, not a wait for the test), then commits
con.execute("COMMIT")
"""


@contextlib.contextmanager
def another_instance_writing(database: Path) -> Iterator[None]:
    """Run the block while another process holds ``database``'s write lock for 1.5 s; the
    block's change must wait for it (within the busy timeout), not fail."""
    other = subprocess.Popen(
        [sys.executable, "-c", ANOTHER_WRITER, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "writing"
        yield
    finally:
        assert other.wait(timeout=60) == 0


def program(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """The ops-desktop command in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "ops_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        **kwargs,
    )


def staff_count(path: Path) -> int:
    """What the program itself sees (it must open the file), and what SQLite says of it."""
    info = program("info", "--db", str(path))
    assert info.returncode == 0, info.stderr
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    counts = dict(line.split(": ", 1) for line in info.stdout.splitlines())
    return int(counts["staff"])
