"""Benchmark: peak memory of the program with 10,000 staff and 3 years of monthly scores
(5.4 million score rows): the window opened on the staff list, the appraisal grid of the
latest month and the dashboard — beside a bare PySide6 window (the baseline), same run.

    python bench/memory.py [--staff 10000] [--months 36]

Goal: under 400 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ops_desktop.db import open_database
from ops_desktop.db.location import sqlite_url

PROBE = """
import os, resource, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
if sys.argv[1] == "bare":
    w = QMainWindow(); w.show(); app.processEvents()
else:
    from PySide6.QtCore import QSettings
    from ops_desktop.db import open_database
    from ops_desktop.db.location import sqlite_url
    from ops_desktop.gui.main_window import MainWindow
    from ops_desktop.gui.tasks import TaskRunner
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    w = MainWindow(open_database(sqlite_url(sys.argv[1])), tasks=TaskRunner(synchronous=True),
                   settings=settings)
    w.show(); app.processEvents()
    for key in ("staff", "appraisals", "dashboard"):
        w.show_page(key); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.stdout.flush()
os._exit(0)
"""


def fill(path: Path, staff: int, months: int) -> int:
    open_database(sqlite_url(path)).close()  # schema and default content
    rng = random.Random(7)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    now = dt.datetime(2026, 11, 1).isoformat(" ")
    positions = [r[0] for r in con.execute("SELECT id FROM positions ORDER BY id")]
    con.executemany(
        "INSERT INTO staff (id, staff_no, name, position_id, supervisor_id, status, phone, "
        "email, notes, base_bonus, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 'active', '', '', '', 3000, 1, ?, ?)",
        [
            (
                i,
                f"S{i:05d}",
                f"員工{i}",
                positions[1 if i > 1 else 0],
                None if i == 1 else 1 + (i - 2) // 50 * 50 if i > 51 else 1,
                now,
                now,
            )
            for i in range(1, staff + 1)
        ],
    )
    scheme = con.execute("SELECT id FROM appraisal_schemes").fetchone()[0]
    dims = [r[0] for r in con.execute("SELECT id FROM scheme_dimensions ORDER BY id")]
    rows = 0
    for m in range(months):
        year, month = 2023 + m // 12, m % 12 + 1
        pid = con.execute(
            "INSERT INTO appraisal_periods (kind, year, month, scheme_id, status, created_at, "
            "updated_at) VALUES ('monthly', ?, ?, ?, 'locked', ?, ?) RETURNING id",
            (year, month, scheme, now, now),
        ).fetchone()[0]
        batch = []
        for i in range(1, staff + 1):
            boss = 1 if i <= 51 else 1 + (i - 2) // 50 * 50
            raters = [("self", i)] + ([("supervisor", boss)] if i != 1 else [])
            raters += [("peer", 1 + (i + k * 7) % staff) for k in (1, 2, 3)]
            for source, who in raters:
                if source == "peer" and who == i:
                    continue
                for d in dims:
                    batch.append((pid, i, source, who, d, round(rng.uniform(60, 98), 1), now, now))
        con.executemany(
            "INSERT INTO score_entries (period_id, subject_id, source, evaluator_id, "
            "dimension_id, score, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            batch,
        )
        con.executemany(
            "INSERT INTO data_scores (period_id, subject_id, score, method, created_at, "
            "updated_at) VALUES (?, ?, ?, 'entered', ?, ?)",
            [(pid, i, round(rng.uniform(60, 98), 1), now, now) for i in range(1, staff + 1)],
        )
        rows += len(batch)
    con.commit()
    con.close()
    return rows


def peak(*args: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    ).stdout
    return int(out.strip().splitlines()[-1]) // 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=36)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.sqlite3"
        start = time.perf_counter()
        rows = fill(path, args.staff, args.months)
        built = time.perf_counter() - start
        size = path.stat().st_size // (1024 * 1024)
        base = peak("bare")
        ours = peak(str(path), str(Path(tmp) / "s.ini"))
    print(
        f"database: {args.staff} staff, {args.months} months, {rows:,} score rows, "
        f"{size} MB (built in {built:.0f} s)"
    )
    print(f"bare PySide6 window, peak memory:            {base} MB")
    print(f"ops-desktop (staff, grid, dashboard), peak:  {ours} MB (goal < 400)")
    return 0 if ours < 400 else 1


if __name__ == "__main__":
    sys.exit(main())
