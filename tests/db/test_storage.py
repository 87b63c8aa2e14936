"""Opening databases: connection settings, locations, and refusing what is not ours."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ops_desktop.core.errors import DomainError, StorageError
from ops_desktop.core.models import Staff
from ops_desktop.db import location, open_database
from ops_desktop.db.location import resolve_url, sqlite_url

pytestmark = pytest.mark.sqlite_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_has_foreign_keys_wal_and_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_second_connection_gets_the_same_settings(db):
    with db.engine.connect() as first, db.engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_failed_unit_of_work_writes_nothing(db):
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Staff(staff_no="X1", name="甲"))
        session.flush()
        raise RuntimeError("power cut")
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_database_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "private.sqlite3"
    open_database(sqlite_url(path)).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_missing_folder_is_created(tmp_path):
    path = tmp_path / "a" / "b" / "ops.sqlite3"
    open_database(sqlite_url(path)).close()
    assert path.exists()


@pytest.mark.parametrize("content", [b"", None], ids=["zero-byte file", "empty sqlite"])
def test_an_empty_file_is_refused_never_converted(tmp_path, content):
    path = tmp_path / "empty.sqlite3"
    if content is None:
        sqlite3.connect(path).close()  # a valid SQLite file without tables
    else:
        path.write_bytes(content)
    before = digest(path)
    with pytest.raises(StorageError, match="empty|another program"):
        open_database(sqlite_url(path))
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_a_newer_database_in_rollback_journal_mode_is_left_byte_for_byte(tmp_path, db_path):
    """What ``backup`` writes is in rollback-journal mode; the check must not switch it to
    WAL (or write anything) before it finds the schema is newer."""
    from ops_desktop.db.backup import backup_file

    path = backup_file(db_path, tmp_path / "newer.sqlite3").path
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StorageError, match="newer version"):
        open_database(sqlite_url(path))
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_a_wal_that_belongs_to_another_database_is_never_written_into_the_file(
    tmp_path, db_path, _demo_template
):
    """A backup copied over the database by hand while the old -wal stayed: the file is
    refused with every file as it was, or opens intact — never silently mixed."""
    import subprocess
    import textwrap

    other = tmp_path / "other.sqlite3"
    shutil.copyfile(db_path, other)
    # A process leaves committed changes of `other` in its -wal (no checkpoint at exit).
    subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
            import os, sqlite3
            con = sqlite3.connect({str(other)!r}, isolation_level=None)
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA wal_autocheckpoint = 0")
            for n in range(300):
                con.execute("INSERT INTO audit_log (at, operator, action, entity, summary, "
                            "details) VALUES ('2026-01-01', 'x', 'y', 'z', ?, '{{}}')",
                            ("w" * 500,))
            os._exit(0)
        """)],
        check=True, timeout=60,
    )  # fmt: skip
    assert Path(f"{other}-wal").stat().st_size > 0
    target = tmp_path / "ops-copy.sqlite3"
    shutil.copyfile(_demo_template, target)  # a backup copied over the database by hand …
    shutil.copyfile(f"{other}-wal", f"{target}-wal")  # … while the old -wal stayed
    before = {p.name: digest(p) for p in tmp_path.iterdir() if p.name.startswith("ops-copy")}
    try:
        db = open_database(sqlite_url(target))
    except StorageError as refused:
        assert "damaged" in str(refused)
        after = {p.name: digest(p) for p in tmp_path.iterdir() if p.name.startswith("ops-copy")}
        # The file and the -wal as they were (SQLite may add the -shm index it reads with).
        assert {k: v for k, v in after.items() if not k.endswith("-shm")} == before
        return
    db.close()
    con = sqlite3.connect(target)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()


def _text_file(path: Path) -> None:
    path.write_text("員工名單\n王偉,運營經理\n", encoding="utf-8")


def _foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    con.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    con.commit()
    con.close()


def _truncated(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbage_after_header(path: Path, source: Path) -> None:
    data = bytearray(source.read_bytes())
    data[100:4096] = os.urandom(3996)  # page 1 after the header: the schema table
    path.write_bytes(bytes(data))


def _no_schema_revision(path: Path, source: Path) -> None:
    shutil.copyfile(source, path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE alembic_version")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p, s: _text_file(p), "not a SQLite file"),
        (lambda p, s: _foreign_sqlite(p), "another program"),
        (_truncated, "damaged"),
        (_garbage_after_header, "damaged"),
        (_no_schema_revision, "no schema revision"),
    ],
    ids=["text file", "foreign sqlite", "truncated", "damaged page", "no revision"],
)
def test_what_is_not_an_ops_desktop_database_is_refused_and_left_untouched(
    tmp_path, db_path, make, words
):
    path = tmp_path / "suspect.sqlite3"
    make(path, db_path)
    before = digest(path)
    with pytest.raises(StorageError) as refused:
        open_database(sqlite_url(path))
    assert words in str(refused.value)
    assert "left unchanged" in str(refused.value) or "damaged" in str(refused.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ops.sqlite3", "suspect.sqlite3"]


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StorageError, match="folder"):
        open_database(sqlite_url(tmp_path))


def test_url_resolution_order(monkeypatch, tmp_path):
    monkeypatch.delenv(location.ENV_URL, raising=False)
    assert resolve_url(str(tmp_path / "x.db")).database == str(tmp_path / "x.db")
    monkeypatch.setenv(location.ENV_URL, f"sqlite:///{tmp_path / 'env.db'}")
    assert resolve_url().database == str(tmp_path / "env.db")
    assert resolve_url(db_path=str(tmp_path / "arg.db")).database == str(tmp_path / "arg.db")
    url = resolve_url(database_url="postgresql+psycopg://clerk:secret@localhost/ops")
    assert url.get_backend_name() == "postgresql"
    assert "secret" not in location.describe(url)


def test_default_location_is_in_the_user_data_directory(monkeypatch, tmp_path):
    monkeypatch.delenv(location.ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = Path(resolve_url().database)
    assert path.name == "ops-desktop.sqlite3"
    if sys.platform.startswith("linux"):
        assert path.parent == tmp_path / "data" / "ops-desktop"


def test_both_a_path_and_a_url_are_refused(tmp_path):
    with pytest.raises(DomainError, match="either"):
        resolve_url(str(tmp_path / "a.db"), "sqlite:///b.db")


def test_a_malformed_url_is_refused():
    with pytest.raises(DomainError, match="Not a database URL"):
        resolve_url(database_url="this is :// not a url")


def test_an_unreachable_server_gives_a_clear_message():
    with pytest.raises(StorageError, match="Cannot open the database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")
