"""Benchmark: the monthly score sheet for 1,000 staff, with live formulas and their stored
results, against baselines measured in the same run:

- the same writer writing the same cells — same layout, styles, merges, protection,
  validation and print setup — with each formula cell holding its result as a plain value
  (``Sheet.formula`` swapped for ``Sheet.put`` of the value). Goal: ≤ 1.3 × this: what
  formulas with stored results cost over the values alone.
- the openpyxl score sheet the program wrote before (read from git at the last commit before
  XlsxWriter, ``LEGACY``), which stored no results. Goal: faster than it.
- for scale: bare XlsxWriter writing the finished workbook's values, nothing else.

    python bench/score_sheet.py [--staff N] [--repeat N]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import xlsxwriter
from openpyxl import load_workbook

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.demo import build_demo
from ops_desktop.core.files import write_atomically
from ops_desktop.db import open_database
from ops_desktop.db.location import sqlite_url
from ops_desktop.exports.excel.cells import Sheet
from ops_desktop.exports.excel.score_sheet import write_score_sheet

LEGACY = "c270ad3"  # the openpyxl writers, before the move to XlsxWriter
ROOT = Path(__file__).resolve().parent.parent


def legacy_writer(folder: Path):  # type: ignore[no-untyped-def]
    """The openpyxl ``write_score_sheet`` as of ``LEGACY``, imported from a copy in
    ``folder`` (its modules import each other relatively)."""
    package = folder / "legacy_excel"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in ("cells", "score_sheet"):
        text = subprocess.run(
            ["git", "show", f"{LEGACY}:ops_desktop/exports/excel/{name}.py"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        (package / f"{name}.py").write_text(text)
    sys.path.insert(0, str(folder))
    return importlib.import_module("legacy_excel.score_sheet").write_score_sheet


def stored_cells(sheet: Path) -> dict[str, list[list[object]]]:
    """Every cell of the finished workbook as a reader sees it: the stored results."""
    book = load_workbook(sheet, data_only=True)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


@contextlib.contextmanager
def formulas_as_values() -> Iterator[None]:
    """Within: every formula the program writes is written as its result, a plain value."""

    def value_only(self, row, column, text, value, number_format="0.00", **kwargs):  # type: ignore[no-untyped-def]
        style = "total" if kwargs.get("bold") else "cell"
        self.put(row, column, value, style, number_format=number_format,
                 center=kwargs.get("center", False))  # fmt: skip

    original = Sheet.formula
    Sheet.formula = value_only  # type: ignore[method-assign]
    try:
        yield
    finally:
        Sheet.formula = original  # type: ignore[method-assign]


def bare(sheets: dict[str, list[list[object]]], target: Path) -> None:
    """Baseline: the same cells, the same writer, values only — saved the same way, in
    memory and then atomically and durably (``write_atomically``), so that the ratio is of
    the writing, not of the fsync."""
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True})
    for title, rows in sheets.items():
        ws = wb.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    ws.write(r, c, value)
    wb.close()
    write_atomically(target, lambda tmp: tmp.write_bytes(buffer.getvalue()))


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
        old_writer = legacy_writer(out)
        db = open_database(sqlite_url(out / "bench.sqlite3"))
        with db.transaction() as session:
            build_demo(session, staff=args.staff, months=1, until=(2026, 10))
        with db.transaction() as session:
            period_id = periods.get(session, 2026, 10).id
            compute = median_time(lambda: results.compute(session, period_id), args.repeat)
            result = results.compute(session, period_id)
        sheet = out / "sheet.xlsx"
        ours = median_time(
            lambda: write_score_sheet(result, sheet, department="運營部"), args.repeat
        )
        cells = stored_cells(sheet)
        bare_time = median_time(lambda: bare(cells, out / "bare.xlsx"), args.repeat)
        with formulas_as_values():
            base = median_time(
                lambda: write_score_sheet(result, out / "values.xlsx", department="運營部"),
                args.repeat,
            )
        before = median_time(
            lambda: old_writer(result, out / "old.xlsx", department="運營部"), args.repeat
        )
        db.close()
    print(f"staff: {len(result.people)}")
    print(f"appraisal results for the month:        {compute * 1000:.0f} ms")
    print(f"bare XlsxWriter, the values only:       {bare_time * 1000:.0f} ms")
    print(f"same writer, same cells, plain values:  {base * 1000:.0f} ms")
    print(f"openpyxl score sheet before ({LEGACY}): {before * 1000:.0f} ms")
    print(
        f"score sheet, formulas with results:     {ours * 1000:.0f} ms  "
        f"ratio {ours / base:.2f} to plain values (goal <= 1.3), "
        f"{ours / before:.2f} to before (goal < 1), {ours / bare_time:.2f} to bare"
    )
    return 0 if ours / base <= 1.3 and ours < before else 1


if __name__ == "__main__":
    sys.exit(main())
