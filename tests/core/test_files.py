"""Exports are written completely or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop.core.errors import DomainError
from ops_desktop.core.files import write_atomically


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "sheet.xlsx"
    target.write_bytes(b"the previous export")

    def half_then_fail(tmp):
        tmp.write_bytes(b"half of a new workbook")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.xlsx"]


def test_a_successful_write_replaces_the_file(tmp_path):
    target = tmp_path / "sheet.xlsx"
    target.write_bytes(b"old")
    write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.xlsx"]


def test_a_missing_folder_is_a_clear_refusal(tmp_path):
    with pytest.raises(DomainError, match="does not exist"):
        write_atomically(tmp_path / "no" / "x.xlsx", lambda tmp: None)


def test_a_full_disk_is_a_clear_refusal(tmp_path):
    target = tmp_path / "x.xlsx"

    def disk_full(tmp):
        raise OSError(28, "No space left on device")

    with pytest.raises(DomainError, match="No space left"):
        write_atomically(target, disk_full)
    assert list(tmp_path.iterdir()) == []


def test_an_export_never_replaces_the_database_in_use(demo_db, capsys):
    from ops_desktop import cli

    if demo_db.path is None:
        pytest.skip("about a SQLite file")
    path = demo_db.path
    before = path.read_bytes()
    demo_db.close()
    for target in (path, f"{path}-wal"):
        assert cli.main(["export", "roster", "--db", str(path), "-o", str(target)]) == 1
        assert "is the database in use" in capsys.readouterr().err
    assert path.read_bytes()[:100] == before[:100] and path.stat().st_size >= len(before)


def test_a_symbolic_link_is_written_through(tmp_path):
    real = tmp_path / "real.xlsx"
    real.write_bytes(b"old")
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    write_atomically(link, lambda tmp: tmp.write_bytes(b"new"))
    assert link.is_symlink() and real.read_bytes() == b"new"


OTHER_PROGRAM = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA journal_mode = WAL")
con.execute("CREATE TABLE IF NOT EXISTS notes (text)")
con.execute("INSERT INTO notes VALUES ('kept')")
con.commit()
print("open", flush=True)
time.sleep(600)  # until the test kills it
"""


@pytest.mark.sqlite_only
def test_outputs_never_replace_a_live_database_but_do_replace_an_old_backup(
    db_path, tmp_path, capsys
):
    import sqlite3
    import subprocess
    import sys

    from ops_desktop import cli

    other = tmp_path / "other.sqlite3"
    program = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROGRAM, str(other)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert program.stdout is not None and program.stdout.readline().strip() == "open"
        for args in (["export", "roster"], ["backup"]):
            assert cli.main([*args, "--db", str(db_path), "-o", str(other)]) == 1
            assert "is a database, perhaps open in another program" in capsys.readouterr().err
    finally:
        program.kill()
        program.wait()
    con = sqlite3.connect(other)  # the other program's file, whole: its row is there
    assert con.execute("SELECT text FROM notes").fetchall() == [("kept",)]
    con.close()  # the last connection: the -wal is checkpointed and removed
    assert not Path(f"{other}-wal").exists()
    # Closed, but in WAL mode: a database of some program, not a backup.
    assert cli.main(["backup", "--db", str(db_path), "-o", str(other)]) == 1
    capsys.readouterr()
    # A backup (rollback mode, nothing beside it) may be written over.
    old = tmp_path / "old-backup.sqlite3"
    assert cli.main(["backup", "--db", str(db_path), "-o", str(old)]) == 0
    assert cli.main(["backup", "--db", str(db_path), "-o", str(old)]) == 0
