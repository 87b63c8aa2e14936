"""The window keeps its hold on its database while other program instances read it, write
it and back it up (issue 13, point 1).

On POSIX, closing *any* descriptor of a file drops every lock the process holds on it. When
the window's automatic backup opened the live file beside the engine, the window lost its
lock; the next command to close its connection then believed it was the last user,
checkpointed and deleted the ``-wal`` under the window. Here a real window process (offscreen)
holds a demo database while real commands run, and it must still hold its lock (seen in
``/proc/locks``), still have its ``-wal``, save afterwards, and leave an intact file.
"""

from __future__ import annotations

import os
import select
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks"),
]

WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ops_desktop.db.location import sqlite_url
    from ops_desktop.gui import app as gui_app
    from ops_desktop.gui.main_window import MainWindow

    db_path, settings_path = sys.argv[1], sys.argv[2]
    qt = QApplication(sys.argv[:1])
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    settings.setValue("operator/name", "林秘書")  # named: the first start's question is not asked
    window = MainWindow(None, settings=settings)
    window.show()
    opened = gui_app.connect(qt, window, sqlite_url(db_path))  # as the program starts
    window.tasks.settle()  # opened on the worker, then the automatic backup taken on opening
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "save":
            from ops_desktop.core.models import Staff
            from sqlalchemy import select
            try:
                with window.ctx.writing() as s:
                    person = s.scalar(select(Staff).where(Staff.staff_no == "OP0002"))
                    person.phone = "saved by the window"
                print("saved", flush=True)
            except Exception as exc:
                print(f"refused: {exc}", flush=True)
        elif line.startswith("read "):  # the files a secretary may pick, the database among them
            from ops_desktop.core.errors import DomainError
            from ops_desktop.db.restoring import check_backup
            from ops_desktop.exports.excel.reading import open_workbook
            from ops_desktop.exports.pdf.fonts import register
            picked = line.split(" ", 1)[1].strip()
            refused = 0
            for reader in (check_backup, open_workbook, register):
                try:
                    reader(picked)
                except DomainError as exc:
                    refused += "database" in str(exc)
            print(f"refused {refused}", flush=True)
        else:
            break
    window.close()
    for db in opened:
        db.close()
""")


def held_locks(pid: int, path: Path) -> list[str]:
    """The POSIX locks process ``pid`` holds on ``path``'s inode (from /proc/locks)."""
    inode = path.stat().st_ino
    found = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        # "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
        if len(fields) >= 8 and fields[4] == str(pid) and fields[5].endswith(f":{inode}"):
            found.append(line)
    return found


def command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ops_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def answer(window: subprocess.Popen[str], timeout: float = 120) -> str:
    """The window's next line; a failure, not a hang, if it does not come."""
    assert window.stdout is not None
    ready, _, _ = select.select([window.stdout], [], [], timeout)
    assert ready, f"the window did not answer within {timeout} s"
    return window.stdout.readline().strip()


def tell(window: subprocess.Popen[str], line: str) -> str:
    assert window.stdin is not None
    window.stdin.write(line + "\n")
    window.stdin.flush()
    return answer(window)


def test_the_window_keeps_its_lock_and_its_wal_while_other_instances_work(
    demo_db, tmp_path, monkeypatch
):
    path = demo_db.path
    demo_db.close()  # only the window and the commands below have the file open
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the automatic backups
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(path), str(tmp_path / "settings.ini")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert answer(window) == "ready"
        assert list((tmp_path / "data").rglob("*.sqlite3")), "the automatic backup was taken"
        assert held_locks(window.pid, path), "the window holds its database"

        db = ["--db", str(path)]
        for args in (
            ["info"],
            ["period", "list"],
            ["backup", "-o", str(tmp_path / "copy.sqlite3")],
            ["period", "open", "2026-11"],
            ["info"],
        ):
            done = command(*args, *db)
            assert done.returncode == 0, (args, done.stderr)
            assert held_locks(window.pid, path), f"the window lost its lock after {args}"
            assert Path(f"{path}-wal").exists(), f"the -wal went after {args}"
        refused = command("restore", str(tmp_path / "copy.sqlite3"), *db)
        assert refused.returncode == 1
        assert "open in another ops-desktop window" in refused.stderr, refused.stderr
        assert held_locks(window.pid, path), "the window lost its lock to the restore"
        assert Path(f"{path}-wal").exists(), "the -wal went with the refused restore"
        assert not list(path.parent.glob("*.replaced-*"))

        # The database picked as a backup to restore, a workbook to import, a poster font:
        # each refused without opening it (closing it would drop the window's lock).
        assert tell(window, f"read {path}") == "refused 3"
        assert held_locks(window.pid, path), "the window lost its lock to a picked file"

        assert tell(window, "save") == "saved"
        tell(window, "quit")
        assert window.wait(timeout=60) == 0, window.stderr.read() if window.stderr else ""
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()

    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        phone = check.execute("SELECT phone FROM staff WHERE staff_no = 'OP0002'").fetchone()
        assert phone == ("saved by the window",)
        periods = check.execute(
            "SELECT count(*) FROM appraisal_periods WHERE year = 2026 AND month = 11"
        ).fetchone()
        assert periods == (1,)
    finally:
        check.close()
    assert os.stat(path).st_size > 0


RESTORE_AT_ONCE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ops_desktop.db.location import sqlite_url
    from ops_desktop.gui import app as gui_app, window_actions
    from ops_desktop.gui.dialogs import Dialogs
    from ops_desktop.gui.main_window import MainWindow

    db_path, settings_path, backup = sys.argv[1], sys.argv[2], sys.argv[3]
    qt = QApplication(sys.argv[:1])
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    settings.setValue("operator/name", "林秘書")  # named: the first start's question is not asked
    window = MainWindow(None, settings=settings)
    window.show()
    errors = []

    class Answers(Dialogs):
        def show_error(self, parent, message):
            errors.append(message)

        def confirm(self, parent, question):
            return True

    window.dialogs = Answers()
    opened = gui_app.connect(qt, window, sqlite_url(db_path))  # starts the automatic backup
    window.tasks.wait()  # opened on the worker: shown (and the backup started) when delivered
    qt.processEvents()
    window_actions._confirm_and_restore(window, Path(backup))  # at once, while it runs
    while window.tasks.wait() and (qt.processEvents() or window.tasks.busy):
        pass
    print("errors:", errors, "attached:", window.ctx is not None, flush=True)
    for db in opened + ([window.ctx.db] if window.ctx else []):
        db.close()
""")


def test_a_restore_right_after_opening_waits_for_the_automatic_backup(
    demo_db, db_path, tmp_path, monkeypatch
):
    path = demo_db.path
    demo_db.close()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RESTORE_AT_ONCE, str(path), str(tmp_path / "s.ini"), str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "errors: [] attached: True", done.stdout
    assert list(path.parent.glob("*.replaced-*")), "the restore ran"
    check = sqlite3.connect(path)
    try:
        assert check.execute("SELECT count(*) FROM staff").fetchone() == (0,)
    finally:
        check.close()
