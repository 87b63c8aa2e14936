"""The real threaded task runner, driven as the secretary would: 100 backups and 100 evaluator
form runs in a row, each with its progress dialog, in a real window process (issue 14).

The runner used to hang the window for good within a few runs: a task's Qt objects were torn
down on the worker thread, which waited for a Qt mutex that the GUI thread held while it
waited for the GIL. The window here must finish every run and its event loop must keep
turning (a 10 ms heartbeat; a hang is a heartbeat that stops, far beyond the bound below).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.sqlite_only

RUNS = 100
LONGEST_GAP_S = 5.0  # a freeze is for ever; a loaded machine still turns within this

WINDOW = textwrap.dedent("""
    import faulthandler, json, sys, time
    faulthandler.enable()  # a crash says where, in the stderr the test reports
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    from ops_desktop.core import clock
    from ops_desktop.db import open_database
    from ops_desktop.db.location import sqlite_url
    from ops_desktop.gui import progress_dialog, tasks, window_actions
    from ops_desktop.gui.main_window import MainWindow
    from ops_desktop.gui.pages.appraisals import excel_actions

    db_path, folder, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    tasks.SHOW_AFTER_MS = 0  # every run shows its dialog
    shown = []
    real_show = progress_dialog.ProgressDialog.show_if_running
    def counted(dialog):
        shown.append(dialog.windowTitle())
        real_show(dialog)
    progress_dialog.ProgressDialog.show_if_running = counted

    qt = QApplication(sys.argv[:1])
    db = open_database(sqlite_url(db_path))
    window = MainWindow(db, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    window.show_page("appraisals")
    page = window.current_page()
    (folder / "forms").mkdir()
    backups = iter(folder / f"backup-{n}.sqlite3" for n in range(runs))
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(next(backups)), ""))
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(folder / "forms"))
    window.dialogs.show_exported = lambda *a, **k: None  # the user closes it at once

    beats, gaps = [], []
    def beat():
        now = time.monotonic()  # the heartbeat measures the event loop itself, not the day
        if beats:
            gaps.append(now - beats[-1])
        beats[:] = [now]
    heart = QTimer()
    heart.timeout.connect(beat)
    heart.start(10)

    plan = ["backup"] * runs + ["forms"] * runs
    started = []
    def next_run():
        if window.tasks.busy:  # the page's own loading, or the run before: wait until idle
            return
        if len(started) == len(plan):
            qt.quit()
            return
        kind = plan[len(started)]
        started.append(kind)
        if kind == "backup":
            assert window_actions.back_up(window)
        else:
            assert excel_actions.generate_forms(page)
    window.tasks.busy_changed.connect(lambda busy: busy or QTimer.singleShot(0, next_run))
    QTimer.singleShot(0, next_run)
    qt.exec()
    print(json.dumps({
        "backups": len(list(folder.glob("backup-*.sqlite3"))),
        "runs": len(started),
        "dialogs": len(shown),
        "longest_gap": max(gaps),
    }), flush=True)
    window.tasks.shutdown()
    db.close()
""")


def test_a_hundred_backups_and_form_runs_never_freeze_the_window(demo_db, tmp_path):
    path = demo_db.path
    demo_db.close()
    done = subprocess.run(
        [sys.executable, "-c", WINDOW, str(path), str(tmp_path), str(RUNS)],
        capture_output=True,
        text=True,
        timeout=240,  # a frozen window ends here, as a failure (the runs take ~25 s)
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    told = (seen, done.stderr[-2000:])
    assert seen["runs"] == 2 * RUNS and seen["backups"] == RUNS, told
    assert seen["dialogs"] == 2 * RUNS, told
    assert seen["longest_gap"] < LONGEST_GAP_S, told
