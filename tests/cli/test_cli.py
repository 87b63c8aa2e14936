"""The ops-desktop command: demo, info, version, and one-line refusals without tracebacks."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from ops_desktop import __version__, cli
from ops_desktop.core.models import Base
from ops_desktop.db.schema import HEAD


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a real process, as a user or a script would run it."""
    full_env = {k: v for k, v in os.environ.items() if k != "OPS_DESKTOP_DATABASE_URL"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ops_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ops-desktop {__version__}"


def test_demo_then_info_report_every_table(tmp_path):
    path = tmp_path / "demo.sqlite3"
    built = run("demo", "--db", str(path), "--staff", "12", "--months", "3", "--until", "2026-06")
    assert built.returncode == 0, built.stderr
    assert "12 staff" in built.stdout and "3 months" in built.stdout
    info = run("info", "--db", str(path))
    assert info.returncode == 0, info.stderr
    counts = dict(line.split(": ", 1) for line in info.stdout.strip().splitlines())
    assert counts["schema revision"] == HEAD
    assert set(Base.metadata.tables) <= set(counts)
    assert counts["staff"] == "12"
    assert counts["appraisal_periods"] == "3"
    assert int(counts["score_entries"]) > 12 * 3 * 3 * 5


def test_demo_is_refused_on_a_database_that_holds_data(tmp_path, capsys):
    path = tmp_path / "d.sqlite3"
    assert cli.main(["demo", "--db", str(path), "--staff", "5", "--months", "1"]) == 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    capsys.readouterr()
    assert cli.main(["demo", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds staff" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_database_option_also_works_before_the_command(tmp_path, capsys):
    path = tmp_path / "d.sqlite3"
    assert cli.main(["--db", str(path), "demo", "--staff", "4", "--months", "0"]) == 0
    assert path.exists()


def test_info_reads_the_environment_url(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.sqlite3"
    assert cli.main(["demo", "--db", str(path), "--staff", "4", "--months", "1"]) == 0
    monkeypatch.setenv("OPS_DESKTOP_DATABASE_URL", f"sqlite:///{path}")
    capsys.readouterr()
    assert cli.main(["info"]) == 0
    assert "staff: 4" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--staff", "many"],
        ["demo", "--months", "-3"],
        ["demo", "--until", "2026-13"],
        ["frobnicate"],
        ["--db", "a.db", "--database-url", "sqlite:///b.db", "info"],
        ["info", "--colour"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(args, tmp_path):
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_info_on_a_missing_file_does_not_create_it(tmp_path):
    path = tmp_path / "missing.sqlite3"
    result = run("info", "--db", str(path))
    assert result.returncode == 1
    assert "does not exist" in result.stderr and result.stderr.count("\n") == 1
    assert not path.exists()


def test_info_on_a_foreign_file_refuses_and_leaves_it(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database", encoding="utf-8")
    result = run("info", "--db", str(path))
    assert result.returncode == 1
    assert "not an ops-desktop database" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "not a database"


def test_demo_staff_below_minimum_is_refused(tmp_path, capsys):
    assert cli.main(["demo", "--db", str(tmp_path / "x.sqlite3"), "--staff", "2"]) == 1
    assert "at least 4" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_and_logged(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def explode(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "_info", explode)
    assert cli.main(["info", "--db", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "boom" in err and "Traceback" not in err
    logs = list((tmp_path / "state").rglob("ops-desktop.log"))
    assert logs and "RuntimeError: boom" in logs[0].read_text(encoding="utf-8")


@pytest.mark.sqlite_only
def test_a_restore_that_cannot_be_recorded_says_it_was_restored(
    demo_db, db_path, monkeypatch, capsys
):
    from ops_desktop.core.errors import DomainError

    target = demo_db.path
    demo_db.close()

    def no_room(*args, **kwargs):
        raise DomainError("The disk is full; nothing was saved.")

    monkeypatch.setattr("ops_desktop.core.services.audit.record", no_room)
    assert cli.main(["restore", str(db_path), "--db", str(target)]) == 1
    out, err = capsys.readouterr()
    (kept,) = target.parent.glob("*.replaced-*")
    assert out == ""  # no "restored" on stdout for a command that failed
    assert err.count("\n") == 1 and "The backup was restored into" in err and str(kept) in err
