"""Benchmark: the longest stall of the window's GUI thread while the secretary works, on a
SQLite file and on PostgreSQL reached through a proxy that adds 20 ms to every round trip.

    tools/with-postgres .venv/bin/python bench/gui_stalls.py   # both
    .venv/bin/python bench/gui_stalls.py                       # SQLite only

The real window with its real (threaded) task runner, on the 25-person demo data: open each
page, select rows, type in a form, save, enter 20 scores, lock a month. A QTimer beats every
10 ms on the GUI thread; a stall is the time between two beats beyond those 10 ms. Every
step starts from the event loop and the next waits until the worker is idle.

Goal: no stall over 50 ms on PostgreSQL with 20 ms round trips; the SQLite figure of the same
run is the baseline (the window's own drawing and building of pages, with a database that
answers at once). A first pass, not measured, imports every page's modules. BENCH_VERBOSE=1
prints the worst steps of each pass.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from latency_proxy import LatencyProxy  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QInputDialog  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from ops_desktop.core.demo import build_demo  # noqa: E402
from ops_desktop.db import open_database  # noqa: E402
from ops_desktop.db.location import sqlite_url  # noqa: E402

DELAY = 0.020


class Heartbeat:
    """The longest gap between two beats of a 10 ms timer on the GUI thread, and where."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.worst = (0.0, "")
        self.step = ""
        self.by_step: dict[str, float] = {}

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        stall = now - self.last - 0.010
        if stall > self.worst[0]:
            self.worst = (stall, self.step)
        self.by_step[self.step] = max(self.by_step.get(self.step, 0.0), stall)
        self.last = now


def secretary(window, beat: Heartbeat) -> None:  # type: ignore[no-untyped-def]
    """The common actions, each from the event loop, each waiting for the worker after."""
    from ops_desktop.gui import pages as page_registry

    def step(name: str, action: Callable[[], object]) -> None:
        beat.step = name
        QTimer.singleShot(0, action)
        QApplication.processEvents()
        window.tasks.settle()
        QApplication.processEvents()

    for key in page_registry.KEYS:
        step(f"open {key}", lambda k=key: window.show_page(k))
    step("open staff", lambda: window.show_page("staff"))
    staff = window.current_page()
    for row in range(5):
        step(f"select staff row {row}", lambda r=row: staff.table.selectRow(r))
    for digit in "13912345678":
        step("type a phone number", lambda d=digit: _type(staff.ui.phoneEdit, d))
    step("save", staff.save)
    step("open appraisals", lambda: window.show_page("appraisals"))
    grid = window.current_page()
    model = grid.model
    editable = Qt.ItemFlag.ItemIsEditable
    column = next(
        c for c in range(model.columnCount()) if model.flags(model.index(0, c)) & editable
    )
    for row in range(20):
        step("enter a score", lambda r=row: model.setData(model.index(r, column), "85"))
    QInputDialog.getText = lambda *a, **k: ("bench", True)  # type: ignore[method-assign]
    step("lock the month", grid.toggle_lock)


def _type(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.insert(text)
    edit.textEdited.emit(edit.text())


def measure(url: str, settings_path: Path) -> tuple[float, str]:
    from ops_desktop.gui.main_window import MainWindow

    db = open_database(url)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings)
    window.resize(1200, 760)
    window.show()
    window.tasks.settle()
    beat = Heartbeat()
    beat.start()
    try:
        secretary(window, beat)
    finally:
        beat.timer.stop()
        window.tasks.shutdown()
        db.close()
    if os.environ.get("BENCH_VERBOSE"):
        ranked = sorted(beat.by_step.items(), key=lambda item: -item[1])[:6]
        print("   worst steps:", ", ".join(f"{name} {ms * 1000:.0f} ms" for name, ms in ranked))
    return beat.worst


def fill(url: str) -> None:
    db = open_database(url)
    with db.transaction() as session:
        build_demo(session, staff=25, months=12, seed=1, until=(2026, 10))
    db.close()


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    server = os.environ.get("OPS_TEST_DATABASE_URL", "").strip()
    with tempfile.TemporaryDirectory() as tmp:
        warm = sqlite_url(Path(tmp) / "warm.sqlite3").render_as_string(hide_password=False)
        fill(warm)
        measure(warm, Path(tmp) / "warm.ini")  # first imports of every page: not measured
        local = sqlite_url(Path(tmp) / "bench.sqlite3").render_as_string(hide_password=False)
        fill(local)
        sqlite_stall, sqlite_where = measure(local, Path(tmp) / "a.ini")
        print(
            f"SQLite file:                      longest stall {sqlite_stall * 1000:5.0f} ms "
            f"({sqlite_where})"
        )
        if not server:
            print("PostgreSQL: not measured (run under tools/with-postgres)")
            return 0
        remote = _database(server, "ops_bench_stalls")
        fill(remote)
        target = make_url(remote)
        with LatencyProxy((target.host or "127.0.0.1", target.port or 5432), DELAY) as proxy:
            slow = target.set(host="127.0.0.1", port=proxy.port)
            pg_stall, pg_where = measure(
                slow.render_as_string(hide_password=False), Path(tmp) / "b.ini"
            )
        print(
            f"PostgreSQL, +{DELAY * 1000:.0f} ms per round trip:  longest stall "
            f"{pg_stall * 1000:5.0f} ms ({pg_where}); goal < 50 ms; "
            f"ratio to SQLite {pg_stall / max(sqlite_stall, 1e-3):.2f}"
        )
    sys.stdout.flush()
    del app
    return 0 if pg_stall < 0.050 else 1


def _database(server: str, name: str) -> str:
    from sqlalchemy import create_engine, text

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


if __name__ == "__main__":
    # Leave without tearing Qt down object by object (PySide can abort in finalisation).
    os._exit(main())
