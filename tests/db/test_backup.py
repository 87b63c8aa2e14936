"""Backups with the online backup API, rotation, and restore that checks before replacing."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import sys

import pytest

from ops_desktop import cli
from ops_desktop.core.errors import StorageError
from ops_desktop.db import backup as backups

pytestmark = pytest.mark.sqlite_only


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path, table="staff"):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def demo_path(demo_db):
    return demo_db.path


def test_backup_is_a_complete_intact_private_copy(demo_path, tmp_path):
    target = backups.backup(demo_path, tmp_path / "copy.sqlite3")
    assert count(target) == count(demo_path) == 25
    assert count(target, "score_entries") == count(demo_path, "score_entries")
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_backup_of_a_live_database_holds_only_committed_data(demo_path, tmp_path):
    writer = sqlite3.connect(demo_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE staff SET name = 'uncommitted' WHERE staff_no = 'OP0001'")
    try:
        target = backups.backup(demo_path, tmp_path / "live.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    con = sqlite3.connect(target)
    assert (
        con.execute("SELECT name FROM staff WHERE staff_no='OP0001'").fetchone()[0] != "uncommitted"
    )
    con.close()


def test_rotation_keeps_the_newest(demo_path, tmp_path):
    folder = tmp_path / "backups"
    made = [backups.rotate(demo_path, folder, keep=3) for _ in range(5)]
    left = sorted(folder.iterdir())
    assert len(left) == 3 and left == sorted(made[-3:])


def _damaged(path, good):
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _newer(path, good):
    backups.copy_live(good, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()


def _corrupt_page(path, good):
    data = bytearray(good.read_bytes())
    page = 4096 * 5
    data[page : page + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p, g: p.write_text("not a backup"), "not a SQLite file"),
        (_damaged, "truncated"),
        (_newer, "newer version"),
        (_corrupt_page, "damaged"),
    ],
)
def test_a_bad_backup_is_refused_and_nothing_changes(demo_path, tmp_path, make, words):
    bad = tmp_path / "bad.sqlite3"
    make(bad, demo_path)
    before = digest(demo_path)
    files = sorted(p.name for p in demo_path.parent.iterdir())
    with pytest.raises(StorageError, match=words):
        backups.restore(demo_path, bad)
    assert digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == files


def test_restore_replaces_and_keeps_the_replaced_database(demo_path, db_path, tmp_path):
    kept = backups.restore(demo_path, db_path)  # restore the fresh (no staff) database
    assert count(demo_path) == 0
    assert kept is not None and count(kept) == 25


def test_backup_and_restore_from_the_command_line(demo_path, tmp_path, capsys):
    copy = tmp_path / "b.sqlite3"
    assert cli.main(["backup", "--db", str(demo_path), "-o", str(copy)]) == 0
    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM suggestions")
    con.commit()
    con.close()
    assert cli.main(["restore", "--db", str(demo_path), str(copy), "--operator", "林秘書"]) == 0
    assert count(demo_path, "suggestions") == 8
    con = sqlite3.connect(demo_path)
    row = con.execute("SELECT operator, action FROM audit_log ORDER BY id DESC").fetchone()
    con.close()
    assert row == ("林秘書", "restore")
    assert cli.main(["restore", "--db", str(demo_path), str(tmp_path / "none.sqlite3")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert (
        cli.main(
            ["backup", "--database-url", "postgresql+psycopg://x@localhost/y", "-o", str(copy)]
        )
        == 1
    )
