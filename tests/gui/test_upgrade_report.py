"""Opening a database from an older version of the program brings it up to date and says so,
with where the copy of it as it was is kept (window and command line)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ops_desktop.db.location import sqlite_url
from ops_desktop.db.schema import HEAD
from ops_desktop.gui import app
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only  # the copy kept aside is a file


@pytest.fixture
def old_file(demo_db, back_to):
    back_to(demo_db, "0002")
    path = demo_db.path
    demo_db.close()
    return path


def test_the_window_says_the_database_was_brought_up_to_date(
    qtbot, qapp, old_file, tasks, settings, tmp_path, monkeypatch, dialogs
):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    opts.BACKUP_FOLDER.set(settings, str(tmp_path / "backups"))
    opts.OPERATOR.set(settings, "林秘書")  # named already: the first start's question is not this
    window = MainWindow(None, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    [db] = app.connect(qapp, window, sqlite_url(old_file))
    assert db.upgraded is not None and db.upgraded.copy is not None
    assert len(said) == 1 and f"0002 → {HEAD}" in said[0] and str(db.upgraded.copy) in said[0]
    assert db.upgraded.copy.exists()
    db.close()
    said.clear()
    window2 = MainWindow(None, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(window2)
    [again] = app.connect(qapp, window2, sqlite_url(old_file))
    assert again.upgraded is None and said == []  # said once, at the upgrade only
    again.close()


def test_the_command_line_says_it_too(old_file):
    done = subprocess.run(
        [sys.executable, "-m", "ops_desktop", "info", "--db", str(old_file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"brought up to date (schema 0002 → {HEAD})" in done.stderr
    assert "before-upgrade-from-0002" in done.stderr and "Traceback" not in done.stderr
