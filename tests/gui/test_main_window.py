"""The main window: pages, actions and shortcuts, where it opens (the Dashboard, at a place
that fits the screen), the title."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import pytest
from answering import AnsweringDialogs
from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence

from ops_desktop.gui.main_window import MainWindow


def make_window(qtbot, db, tasks, settings):
    window = MainWindow(db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    return window


def test_title_names_the_database_and_every_page_is_there(qtbot, demo_db, tasks, settings):
    window = make_window(qtbot, demo_db, tasks, settings)
    name = demo_db.path.name if demo_db.path is not None else demo_db.description
    assert window.windowTitle() == f"ops-desktop — {name}[*]"  # the whole path is in About
    from ops_desktop.gui.pages import KEYS

    assert KEYS == [
        "dashboard",
        "staff",
        "positions",
        "regulation",
        "posters",
        "workflows",
        "appraisals",
        "training",
        "meetings",
        "suggestions",
        "audit",
        "settings",
    ]
    for key in KEYS:
        window.show_page(key)
        assert window.current_page().key == key
    assert sorted(window.pages) == sorted(KEYS)  # each built on first show


def test_standard_actions_have_their_shortcuts(qtbot, demo_db, tasks, settings):
    window = make_window(qtbot, demo_db, tasks, settings)
    assert window.act_new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.act_find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.act_quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)


def test_redo_has_ctrl_y_and_ctrl_shift_z_and_the_toolbar_stays_short(
    qtbot, demo_db, tasks, settings
):
    from PySide6.QtGui import QUndoCommand

    window = make_window(qtbot, demo_db, tasks, settings)
    runs: list[str] = []

    class Step(QUndoCommand):
        def redo(self) -> None:
            runs.append("redo")

        def undo(self) -> None:
            runs.append("undo")

    assert not window.tool_undo.isEnabled() and not window.tool_redo.isEnabled()
    window.current_page().undo_stack.push(Step("Change the phone of 陳大文"))
    assert window.tool_undo.isEnabled()
    assert window.tool_undo.text() == "Undo"  # the toolbar does not move
    assert window.tool_undo.toolTip() == "Undo Change the phone of 陳大文 (Ctrl+Z)"
    assert window.act_undo.text() == "&Undo Change the phone of 陳大文"  # the menu says it all
    window.act_undo.trigger()
    for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):
        assert QKeySequence(keys) in window.act_redo.shortcuts()
    window.tool_redo.trigger()
    window.tool_undo.trigger()
    assert runs == ["redo", "undo", "redo", "undo"]


def test_it_opens_on_the_dashboard_where_it_was_left_when_that_still_fits(
    qtbot, demo_db, tasks, settings
):
    window = make_window(qtbot, demo_db, tasks, settings)
    assert window.current_page().key == "dashboard"
    window.resize(1010, 705)  # not the first start's 80 % of the screen
    size = window.size()
    window.show_page("meetings")
    window.close()
    again = make_window(qtbot, demo_db, tasks, settings)
    assert again.current_page().key == "dashboard"  # every start: the day's alerts
    assert again.size() == size == QSize(1010, 705)


def test_a_crushed_saved_geometry_opens_at_80_percent_of_the_screen_centred(
    qtbot, demo_db, tasks, settings
):
    from PySide6.QtGui import QGuiApplication

    window = make_window(qtbot, demo_db, tasks, settings)
    window.resize(405, 294)
    window.close()
    again = make_window(qtbot, demo_db, tasks, settings)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert again.size() == QSize(round(screen.width() * 0.8), round(screen.height() * 0.8))
    assert abs(again.geometry().center().x() - screen.center().x()) <= 1
    assert abs(again.geometry().center().y() - screen.center().y()) <= 1


def test_the_screen_is_the_secretarys_however_the_suite_is_started(qapp, tmp_path):
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.primaryScreen().size() == QSize(1920, 1080)
    # The same tests, started from an environment that already chose a platform.
    test = f"{__file__}::test_it_opens_on_the_dashboard_where_it_was_left_when_that_still_fits"
    for platform in ("offscreen", "minimal"):
        env = {**os.environ, "QT_QPA_PLATFORM": platform}
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert run.returncode == 0, run.stdout[-3000:]
        assert "1 passed" in run.stdout


def test_find_focuses_the_search_field_and_undo_follows_the_page(qtbot, demo_db, tasks, settings):
    window = make_window(qtbot, demo_db, tasks, settings)
    window.show_page("staff")
    window.act_find.trigger()
    assert window.focusWidget() is window.pages["staff"].search
    assert window.undo_group.activeStack() is window.pages["staff"].undo_stack
    window.show_page("positions")
    assert window.undo_group.activeStack() is window.pages["positions"].undo_stack


REFUSED = """
import sys
from PySide6.QtWidgets import QMessageBox
from ops_desktop.db.location import sqlite_url
from ops_desktop.gui import app
QMessageBox.critical = staticmethod(lambda parent, title, text: print("dialog:", text))
sys.exit(app.run(sqlite_url(sys.argv[1])))
"""


def test_a_refused_database_is_reported_in_a_dialog_not_a_traceback(tmp_path):
    # The program's own start, in its own process: closing its last window ends Qt's event
    # loop for good (a test process would then deliver no more cross-thread events).
    import subprocess
    import sys

    bad = tmp_path / "x.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", REFUSED, str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("dialog:") and "not an ops-desktop database" in done.stdout
    assert "Traceback" not in done.stderr
    assert bad.read_text(encoding="utf-8") == "hello"


@pytest.mark.sqlite_only  # backups are of SQLite files
def test_opening_takes_a_rotating_backup(qtbot, demo_db, tasks, settings, tmp_path):
    from ops_desktop.gui import settings_store as opts
    from ops_desktop.gui.app import start_backup

    folder = tmp_path / "backups"
    opts.BACKUP_FOLDER.set(settings, str(folder))
    opts.BACKUP_COUNT.set(settings, 2)
    window = make_window(qtbot, demo_db, tasks, settings)
    for _ in range(3):
        start_backup(window)
    (own,) = folder.iterdir()  # this database's own set
    assert own.name.startswith(f"{demo_db.path.stem}-")
    assert len(list(own.glob("*.sqlite3"))) == 2
    assert "Backup written" in window.statusBar().currentMessage()


def test_the_window_shows_before_the_database_and_builds_pages_on_demand(
    qtbot, demo_db, tasks, settings
):
    window = MainWindow(None, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    assert window.pages == {} and not window.nav.isEnabled()
    assert "Opening" in window.statusBar().currentMessage()
    window.attach(demo_db)
    assert list(window.pages) == ["dashboard"] and window.nav.isEnabled()
    window.show_page("staff")
    assert sorted(window.pages) == ["dashboard", "staff"]


def modules_loaded(code: str, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a fresh process has loaded once it has run ``code`` (a window on
    the offscreen platform)."""
    script = code + f"print(sorted(m for m in {names!r} if m in sys.modules))\n"
    out = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": os.devnull},
    )
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])  # the names printed above


@pytest.mark.sqlite_only
def test_opening_imports_no_exporter_and_no_migration_tool(demo_db):
    """Start-up stays light: openpyxl, reportlab and alembic load only when needed — not
    even when every page has been opened."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ops_desktop.db import open_database\n"
        "from ops_desktop.db.location import sqlite_url\n"
        "from ops_desktop.gui.main_window import MainWindow\n"
        f"w = MainWindow(open_database(sqlite_url({str(demo_db.path)!r})))\n"
        "w.show(); app.processEvents()\n"
        "from ops_desktop.gui.pages import KEYS\n"
        "for key in KEYS: w.show_page(key)\n"
    )
    assert modules_loaded(code, ("openpyxl", "reportlab", "alembic")) == []


def test_the_window_is_shown_before_sqlalchemy_loads():
    """The window shows at once and the data layer loads after (bench/cold_start.py): a page
    module importing gui/lists.py at its top pulled SQLAlchemy and the models in first,
    and the window appeared 14 times later than a bare one."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ops_desktop.gui.main_window import MainWindow\n"
        "w = MainWindow(None)\n"
        "w.show(); app.processEvents()\n"
    )
    assert modules_loaded(code, ("sqlalchemy", "numpy", "reportlab")) == []
