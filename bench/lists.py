"""Benchmark: the staff list of 10,000 people (open, then filter as you type) and the
appraisal grid of 1,000 people (open), each beside the same data in a bare QTableView over a
plain list model (the baseline), measured in the same run.

    python bench/lists.py

Goals: staff list open and filter under 200 ms; appraisal grid open under 300 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStringListModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView  # noqa: E402

from ops_desktop.core.demo import build_demo  # noqa: E402
from ops_desktop.db import open_database  # noqa: E402
from ops_desktop.db.location import sqlite_url  # noqa: E402
from ops_desktop.gui.context import AppContext  # noqa: E402
from ops_desktop.gui.tasks import TaskRunner  # noqa: E402


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    QApplication.processEvents()
    return time.perf_counter() - start


def main() -> int:
    app = QApplication(sys.argv)
    from ops_desktop.gui.pages.appraisals import AppraisalsPage
    from ops_desktop.gui.pages.staff import StaffPage

    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for staff, months in ((10_000, 0), (1_000, 1)):
            path = Path(tmp) / f"{staff}.sqlite3"
            db = open_database(sqlite_url(path))
            with db.transaction() as session:
                build_demo(session, staff=staff, months=months, until=(2026, 10))
            ctx = AppContext(db, TaskRunner(synchronous=True), lambda: "bench")
            if months == 0:
                with db.transaction() as session:
                    from ops_desktop.core.services import staff as staff_service

                    names = [f"{r.staff_no} {r.name}" for r in staff_service.rows(session)]
                baseline = timed(lambda: QListView().setModel(QStringListModel(names)))
                page = StaffPage(ctx)
                page.show()
                results["staff open"] = timed(page.activate)
                results["staff filter"] = timed(lambda: page.proxy.set_search("OP00"))
                results["staff rows"] = page.proxy.rowCount()
                results["baseline 10,000"] = baseline
            else:
                grid = AppraisalsPage(ctx)
                grid.show()
                results["grid open"] = timed(grid.activate)
                results["grid rows"] = grid.model.rowCount()
            db.close()
    print(f"bare QListView over 10,000 names:      {results['baseline 10,000'] * 1000:.0f} ms")
    print(
        f"staff list of 10,000, open:            {results['staff open'] * 1000:.0f} ms (goal < 200)"
    )
    print(
        f"staff list, filter 'OP00' -> {results['staff rows']} rows:  "
        f"{results['staff filter'] * 1000:.0f} ms (goal < 200)"
    )
    print(
        f"appraisal grid of {results['grid rows']}, open:          "
        f"{results['grid open'] * 1000:.0f} ms (goal < 300)"
    )
    ok = (
        results["staff open"] < 0.2 and results["staff filter"] < 0.2 and results["grid open"] < 0.3
    )
    sys.stdout.flush()
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    # Leave without tearing Qt down object by object (PySide can abort in finalisation).
    os._exit(main())
