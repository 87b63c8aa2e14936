"""Benchmark: the monthly score sheet for 1,000 staff beside plain openpyxl writing the same
cells (values and formula texts, without styles, protection, validation or print setup) —
the baseline — measured in the same run.

    python bench/score_sheet.py [--staff N] [--repeat N]

Goal: ≤ 1.5 × plain openpyxl. Also prints the appraisal computation for the month.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.demo import build_demo
from ops_desktop.db import open_database
from ops_desktop.db.location import sqlite_url
from ops_desktop.exports.excel.score_sheet import write_score_sheet


def same_cells(sheet: Path) -> list[list[object]]:
    """Every cell of the finished sheet — values and formula texts — as plain rows."""
    ws = load_workbook(sheet).active
    return [[cell.value for cell in row] for row in ws.iter_rows()]


def plain(rows: list[list[object]], target: Path) -> None:
    """The baseline: the same cells written the plainest way (no styles, protection,
    validation or print setup)."""
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(target)


def median_time(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        db = open_database(sqlite_url(out / "bench.sqlite3"))
        with db.transaction() as session:
            build_demo(session, staff=args.staff, months=1, until=(2026, 10))
        with db.transaction() as session:
            period_id = periods.get(session, 2026, 10).id
            compute = median_time(lambda: results.compute(session, period_id), args.repeat)
            result = results.compute(session, period_id)
        ours = median_time(
            lambda: write_score_sheet(result, out / "sheet.xlsx", department="運營部"), args.repeat
        )
        rows = same_cells(out / "sheet.xlsx")
        base = median_time(lambda: plain(rows, out / "plain.xlsx"), args.repeat)
        db.close()
    print(f"staff: {len(result.people)}")
    print(f"appraisal results for the month:   {compute * 1000:.0f} ms")
    print(f"plain openpyxl, same cells:        {base * 1000:.0f} ms")
    print(
        f"score sheet with live formulas:    {ours * 1000:.0f} ms  ratio {ours / base:.2f} "
        "(goal <= 1.5)"
    )
    return 0 if ours / base <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
