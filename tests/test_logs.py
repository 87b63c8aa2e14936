"""The log (ops_desktop/logs.py): private, bounded, with the full traceback of what went
wrong and never the values a change carried."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ops_desktop import cli, logs

NAME = "陳美玲"  # a person's name: it must never reach the log


@pytest.fixture
def log_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    yield tmp_path / "state"
    for handler in list(logs.logger.handlers):  # the next test chooses its own folder
        logs.logger.removeHandler(handler)
        handler.close()


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def failing_statement(db) -> DBAPIError:
    """A real database error whose statement carried a name: a duplicate primary key."""
    insert = text("INSERT INTO positions (id, name, sort_order) VALUES (:id, :name, 99)")
    with db.engine.connect() as conn:
        existing = conn.execute(text("SELECT min(id) FROM positions")).scalar_one()
        try:
            conn.execute(insert, {"id": existing, "name": NAME})
        except DBAPIError as exc:
            return exc
    raise AssertionError("the duplicate was stored")


def test_the_log_file_is_private_whatever_the_umask(log_home):
    old = os.umask(0)
    try:
        path = logs.unexpected("test", RuntimeError("boom"))
    finally:
        os.umask(old)
    assert path is not None and path.is_relative_to(log_home)
    assert mode(path) == 0o600
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")


def test_an_older_log_made_with_the_umask_becomes_private(log_home):
    path = logs.log_file()
    path.parent.mkdir(parents=True)
    path.write_text("older lines\n", encoding="utf-8")
    path.chmod(0o666)
    logs.unexpected("test", RuntimeError("boom"))
    assert mode(path) == 0o600
    assert path.read_text(encoding="utf-8").startswith("older lines\n")


def test_the_log_rotates_and_stays_bounded(log_home):
    logs.setup()
    line = "x" * 10_000
    for _ in range(1_000):  # 10 MB of records
        logs.logger.warning("%s", line)
    files = sorted(logs.log_file().parent.iterdir())
    assert len(files) == logs.BACKUPS + 1
    assert sum(f.stat().st_size for f in files) <= (logs.BACKUPS + 1) * logs.MAX_BYTES
    assert {mode(f) for f in files} == {0o600}


def test_a_database_error_is_logged_whole_but_without_its_values(db, log_home):
    error = failing_statement(db)
    path = logs.unexpected("saving failed", error)
    logged = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "failing_statement" in logged
    assert "INSERT INTO positions" in logged  # what was attempted …
    assert NAME not in logged and "DETAIL" not in logged  # … never with what
    shown = logs.describe(error)
    assert "\n" not in shown and NAME not in shown and "INSERT" not in shown
    assert shown.split(":")[0] == type(error.orig).__name__


def test_an_unexpected_database_error_on_the_command_line(db, log_home, monkeypatch, capsys):
    monkeypatch.setattr(cli, "_info", lambda args: (_ for _ in ()).throw(failing_statement(db)))
    assert cli.main(["info", "--db", "unused.sqlite3"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error" in err and NAME not in err
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and NAME not in logged


def test_redact_keeps_everything_but_value_lines():
    message = (
        "(psycopg.errors.UniqueViolation) duplicate key value\n"
        f"DETAIL:  Key (name)=({NAME}) already exists.\n"
        "[SQL: INSERT INTO positions (name) VALUES (%(name)s)]\n"
        f"[parameters: {{'name': '{NAME}'}}]"
    )
    assert logs.redact(message) == (
        "(psycopg.errors.UniqueViolation) duplicate key value\n"
        "[SQL: INSERT INTO positions (name) VALUES (%(name)s)]"
    )


def test_a_log_that_cannot_be_written_prints_no_traceback(log_home, capsys):
    log_home.mkdir(parents=True)
    (log_home / "ops-desktop").write_text("a file where the folder should be", encoding="utf-8")
    assert logs.unexpected("test", RuntimeError("boom")) is None
    assert "Traceback" not in capsys.readouterr().err
