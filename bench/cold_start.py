"""Benchmark: cold start of the window on a 25-person demo database, beside a bare PySide6
QMainWindow (the baseline), each in a fresh process, measured in the same run.

    python bench/cold_start.py [--repeat N]

Two figures for ops-desktop: the window shown (goal: ≤ 1.5 × the bare window), and the
first page — the Dashboard — filled with the department's data and painted, its summary
read on the database worker as the window does (goal: ≤ 4 × the bare window).

A third figure is the floor under the second: the data layer alone, in a process without a
window — SQLAlchemy's ORM imported, the models mapped and configured, as the first query
of any page needs them. It is printed as a ratio to the bare window too: the first page
with data can be no faster than the window shown plus this floor, and the two do not
overlap (both hold Python's GIL: loading the data layer on a thread while the window is
built gained nothing when measured on 2026-12-02).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print("shown", time.time())
"""

OURS = """
import sys, time
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from ops_desktop.gui.main_window import MainWindow
window = MainWindow(None, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show(); app.processEvents()
print("shown", time.time())
def connect():
    from ops_desktop.db import open_database
    from ops_desktop.db.location import sqlite_url
    from ops_desktop.gui.pages.dashboard import DashboardPage
    show_summary = DashboardPage.show_summary
    def shown(page, summary):  # the department's data on the first page, then painted
        show_summary(page, summary)
        page.repaint()
        print("ready", time.time())
        app.quit()
    DashboardPage.show_summary = shown
    window.attach(open_database(sqlite_url(sys.argv[1])))
QTimer.singleShot(0, connect)
app.exec()
"""


DATA_LAYER = """
import time
import sqlalchemy.orm
import ops_desktop.core.models
sqlalchemy.orm.configure_mappers()
print("ready", time.time())
"""


def run(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The program as installed has its bytecode (pip and PyInstaller compile it): an
    # environment that forbids writing it would time the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    return {
        k: float(v) - start
        for k, v in (
            line.split() for line in out.splitlines() if line.startswith(("shown", "ready"))
        )
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "ops_desktop", "demo", "--db", str(db), "--until", "2026-10"],
            check=True,
            capture_output=True,
        )
        settings = str(Path(tmp) / "s.ini")
        run(BARE), run(OURS, str(db), settings)  # warm the disk cache for both
        bare = [run(BARE)["shown"] for _ in range(args.repeat)]
        ours = [run(OURS, str(db), settings) for _ in range(args.repeat)]
        floor = [run(DATA_LAYER)["ready"] for _ in range(args.repeat)]
    base = statistics.median(bare)
    shown = statistics.median(r["shown"] for r in ours)
    ready = statistics.median(r["ready"] for r in ours)
    print(f"bare QMainWindow shown:            {base * 1000:.0f} ms")
    print(
        f"ops-desktop window shown:          {shown * 1000:.0f} ms  ratio {shown / base:.2f} "
        "(goal <= 1.5)"
    )
    print(
        f"ops-desktop dashboard with data:   {ready * 1000:.0f} ms  ratio {ready / base:.2f} "
        "(goal <= 4)"
    )
    data_layer = statistics.median(floor)
    print(
        f"floor: data layer alone (no window): {data_layer * 1000:.0f} ms  ratio "
        f"{data_layer / base:.2f}; window shown + floor: ratio {(shown + data_layer) / base:.2f}"
    )
    return 0 if shown / base <= 1.5 and ready / base <= 4 else 1


if __name__ == "__main__":
    sys.exit(main())
