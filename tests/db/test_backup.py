"""Backups with the online backup API, each database's own rotation, and a restore that
checks before replacing, refuses while the database is open elsewhere and writes through."""

from __future__ import annotations

import hashlib
import os
import select
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from ops_desktop import cli
from ops_desktop.core.errors import DomainError, StorageError
from ops_desktop.db import backup as backups
from ops_desktop.db import guard, restoring

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
    path = demo_db.path
    demo_db.close()  # these tests are about a database no engine of this process holds
    return path


def test_a_backup_through_the_engine_is_a_complete_intact_private_copy(demo_db, tmp_path):
    target = backups.backup_database(demo_db, tmp_path / "copy.sqlite3")
    assert count(target) == 25
    assert count(target, "score_entries") == count(demo_db.path, "score_entries")
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_backup_of_a_live_database_holds_only_committed_data(demo_path, tmp_path):
    writer = sqlite3.connect(demo_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE staff SET name = 'uncommitted' WHERE staff_no = 'OP0001'")
    try:
        made = backups.backup_file(demo_path, tmp_path / "live.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert made.damage is None
    con = sqlite3.connect(made.path)
    name = con.execute("SELECT name FROM staff WHERE staff_no='OP0001'").fetchone()[0]
    con.close()
    assert name != "uncommitted"


def test_rotation_keeps_the_newest(demo_db, tmp_path):
    folder = tmp_path / "backups"
    made = [backups.rotate(demo_db, folder, keep=3) for _ in range(5)]
    (own,) = folder.iterdir()
    assert sorted(own.iterdir()) == sorted(made[-3:])


def test_each_database_rotates_only_its_own_backups(demo_db, tmp_path):
    """Opening ops-desktop-copy.sqlite3 ten times must not delete the backups of
    ops-desktop.sqlite3 (rotation used to match file-name prefixes)."""
    from ops_desktop.db import open_database
    from ops_desktop.db.location import sqlite_url

    folder = tmp_path / "backups"
    first = tmp_path / "ops-desktop.sqlite3"
    copy = tmp_path / "ops-desktop-copy.sqlite3"
    backups.backup_database(demo_db, first)
    backups.backup_database(demo_db, copy)
    main_db, copy_db = open_database(sqlite_url(first)), open_database(sqlite_url(copy))
    try:
        mine = [backups.rotate(main_db, folder, keep=2) for _ in range(2)]
        for _ in range(10):
            backups.rotate(copy_db, folder, keep=2)
    finally:
        main_db.close()
        copy_db.close()
    assert all(path is not None and path.exists() for path in mine)
    assert len(list(backups.backups_folder(folder, copy).iterdir())) == 2


def test_a_backup_that_fails_its_check_is_not_kept_and_the_older_ones_stay(
    demo_db, tmp_path, monkeypatch
):
    folder = tmp_path / "backups"
    good = backups.rotate(demo_db, folder, keep=1)
    monkeypatch.setattr(backups, "integrity_problem", lambda con: "page 5: btree corrupt")
    with pytest.raises(StorageError, match="damaged"):
        backups.rotate(demo_db, folder, keep=1)
    assert [p for p in good.parent.iterdir()] == [good]  # the newest good one is still there


def _truncated(path, good):
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _newer(path, good):
    backups.backup_file(good, path)
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
        (_truncated, "damaged"),
        (_newer, "newer version"),
        (_corrupt_page, "damaged"),
    ],
    ids=["text", "truncated", "newer", "corrupt page"],
)
def test_a_bad_backup_is_refused_and_nothing_changes(demo_path, tmp_path, make, words):
    bad = tmp_path / "bad.sqlite3"
    make(bad, demo_path)
    before = digest(demo_path)
    files = sorted(p.name for p in demo_path.parent.iterdir())
    with pytest.raises(StorageError, match=words):
        restoring.restore(demo_path, bad)
    assert digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == files


def test_restore_replaces_and_keeps_the_replaced_data(demo_path, db_path):
    kept = restoring.restore(demo_path, db_path)  # restore the fresh (no staff) database
    assert count(demo_path) == 0
    assert kept is not None and count(kept) == 25
    assert guard.inspect_sqlite_file(demo_path).damage is None


def test_restore_is_refused_while_another_instance_has_the_database_open(demo_path, db_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from ops_desktop.db import open_database
            from ops_desktop.db.location import sqlite_url
            db = open_database(sqlite_url({str(demo_path)!r}))
            with db.reading() as s:
                s.execute(__import__("sqlalchemy").text("SELECT 1"))
            print("open", flush=True)
            sys.stdin.readline()
            with db.transaction() as s:  # an edit after the refused restore is kept
                s.execute(__import__("sqlalchemy").text(
                    "UPDATE staff SET phone = 'kept' WHERE staff_no = 'OP0002'"))
            db.close()
        """)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        ready, _, _ = select.select([holder.stdout], [], [], 120)
        assert ready and holder.stdout.readline().strip() == "open"
        files = sorted(p.name for p in demo_path.parent.iterdir())
        with pytest.raises(StorageError, match="open in another ops-desktop window"):
            restoring.restore(demo_path, db_path)
        assert sorted(p.name for p in demo_path.parent.iterdir()) == files  # no kept copy
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
    assert count(demo_path) == 25
    con = sqlite3.connect(demo_path)
    phone = con.execute("SELECT phone FROM staff WHERE staff_no = 'OP0002'").fetchone()[0]
    con.close()
    assert phone == "kept"


def test_restore_writes_through_a_symbolic_link(demo_path, db_path, tmp_path):
    link = tmp_path / "link.sqlite3"
    link.symlink_to(demo_path)
    restoring.restore(link, db_path)
    assert link.is_symlink() and os.readlink(link) == str(demo_path)
    assert count(demo_path) == 0


def test_backup_and_restore_from_the_command_line(demo_path, tmp_path, capsys, monkeypatch):
    copy = tmp_path / "b.sqlite3"
    assert cli.main(["backup", "--db", str(demo_path), "-o", str(copy)]) == 0
    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM suggestions")
    con.commit()
    con.close()
    monkeypatch.chdir(tmp_path)  # a relative backup path
    assert cli.main(["restore", "--db", str(demo_path), "b.sqlite3", "--operator", "林秘書"]) == 0
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


def test_backup_onto_the_database_itself_is_refused(demo_path, capsys):
    before = digest(demo_path)
    assert cli.main(["backup", "--db", str(demo_path), "-o", str(demo_path)]) == 1
    assert "is the database in use" in capsys.readouterr().err
    assert digest(demo_path) == before


def test_a_damaged_database_can_still_be_backed_up_and_says_so(demo_path, tmp_path, capsys):
    _corrupt_page(tmp_path / "damaged.sqlite3", demo_path)
    damaged = tmp_path / "damaged.sqlite3"
    before = digest(damaged)
    assert cli.main(["info", "--db", str(damaged)]) == 1
    refused = capsys.readouterr().err
    assert "is damaged" in refused and "ops-desktop backup" in refused  # what to do
    assert cli.main(["backup", "--db", str(damaged), "-o", str(tmp_path / "rescue.sqlite3")]) == 0
    said = capsys.readouterr()
    assert "backed up" in said.out and "is damaged" in said.err
    assert (tmp_path / "rescue.sqlite3").stat().st_size > 0
    assert digest(damaged) == before


@pytest.mark.parametrize("kind", ["fifo", "read-only", "folder"])
def test_outputs_only_replace_regular_files_the_user_may_write(demo_path, tmp_path, kind, capsys):
    target = tmp_path / "out.sqlite3"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "read-only":
        target.write_text("keep me", encoding="utf-8")
        target.chmod(0o444)  # refused even for root, who may write anyway
    else:
        target.mkdir()
    assert cli.main(["backup", "--db", str(demo_path), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert (
        err.count("\n") == 1
        and "nothing was written" in err
        or "read-only" in err
        or ("folder" in err)
    )
    if kind == "read-only":
        assert target.read_text(encoding="utf-8") == "keep me"
    elif kind == "fifo":
        assert stat.S_ISFIFO(target.stat().st_mode)


def test_a_refused_output_is_a_domain_error():
    from ops_desktop.core.files import checked_target

    with pytest.raises(DomainError):
        checked_target("/")
