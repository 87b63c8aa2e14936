"""Benchmark: the appraisal grid of 1,000 people in the real window (threaded task runner):
opening the page on the month, and a typed score until that person's total, grade and
everyone's ranks are shown again. The baseline, measured in the same run: the same cell texts in
a bare QTableView over a plain list model (shown and painted), and one cell of it changed and
painted. Painting is the window's own, from its event loop (processEvents), in both.

    python bench/appraisal_grid.py

Goals: the grid opens in ≤ 200 ms; a typed score is shown with its total, grade and ranks in
≤ 30 ms (the median of 20 scores; the slowest is printed too). The grid shows a typed score's
effect at once and the stored result when the worker has stored it; the time until then is
printed beside, not a goal (it is the database's).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from ops_desktop.core.demo import build_demo  # noqa: E402
from ops_desktop.db import open_database  # noqa: E402
from ops_desktop.db.location import sqlite_url  # noqa: E402

STAFF = 1_000
SCORES = 20


class PlainModel(QAbstractTableModel):
    def __init__(self, rows: list[list[str]], titles: list[str]) -> None:
        super().__init__()
        self.rows, self.titles = rows, titles

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.titles)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.rows[row][column] = text
        index = self.index(row, column)
        self.dataChanged.emit(index, index)


def painted(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    QApplication.processEvents()
    return time.perf_counter() - start


def baseline(texts: list[list[str]], titles: list[str]) -> tuple[float, float]:
    """A bare table of the same texts: shown and painted; then one cell changed and painted."""
    view = QTableView()
    view.resize(1200, 760)
    view.show()
    QApplication.processEvents()
    model = PlainModel([list(row) for row in texts], titles)
    opened = painted(lambda: view.setModel(model))
    changed = painted(lambda: model.set_cell(3, 3, "77"))
    view.close()
    return opened, changed


def measure(url: str, settings_path: Path, score: str) -> dict[str, Any]:
    from ops_desktop.gui.main_window import MainWindow

    db = open_database(url)
    window = MainWindow(db, settings=QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1200, 760)
    window.show()
    window.tasks.settle()
    QApplication.processEvents()

    def until_settled(action: Any) -> float:
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        window.tasks.settle()
        QApplication.processEvents()
        return time.perf_counter() - start

    window.show_page("dashboard")
    window.tasks.settle()
    QApplication.processEvents()
    grid = window.page("appraisals")  # built, not yet shown: building is not measured
    opened = until_settled(lambda: window.show_page("appraisals"))
    model = grid.model
    editable = Qt.ItemFlag.ItemIsEditable
    column = next(
        c for c in range(model.columnCount()) if model.flags(model.index(0, c)) & editable
    )
    typed, confirmed = [], []
    for row in range(SCORES):
        before = model.people[row]
        start = time.perf_counter()
        model.setData(model.index(row, column), score)
        QApplication.processEvents()  # the window paints what changed, as its loop would
        typed.append(time.perf_counter() - start)  # the total, grade and ranks shown
        assert model.people[row] is not before, "the typed score was not shown"
        shown = model.people[row]
        window.tasks.settle()
        QApplication.processEvents()
        confirmed.append(time.perf_counter() - start)  # stored, and the stored result shown
        assert model.people[row] is not shown and model.people[row].total == shown.total
    texts = [
        [str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    window.tasks.shutdown()
    db.close()
    return {
        "open": opened,
        "typed": typed,
        "confirmed": confirmed,
        "texts": texts,
        "titles": titles,
    }


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "grid.sqlite3").render_as_string(hide_password=False)
        db = open_database(url)
        with db.transaction() as session:
            build_demo(session, staff=STAFF, months=1, seed=1, until=(2026, 10))
        db.close()
        measure(url, Path(tmp) / "warm.ini", "61")  # first imports of the modules: not measured
        result = measure(url, Path(tmp) / "bench.ini", "62")
    base_open, base_change = baseline(result["texts"], result["titles"])
    rows = len(result["texts"])
    typed = result["typed"]
    median, worst = statistics.median(typed), max(typed)
    print(f"bare QTableView, {rows} rows of the same texts, shown:  {base_open * 1000:6.1f} ms")
    print(
        f"appraisal grid of {rows}, opened on its month:        {result['open'] * 1000:6.1f} ms"
        f"  ratio {result['open'] / base_open:5.1f}  goal ≤ 200 ms"
    )
    print(f"bare QTableView, one cell changed and painted:      {base_change * 1000:6.1f} ms")
    print(
        f"typed score -> total, grade, ranks shown ({SCORES}):    median {median * 1000:5.1f} ms, "
        f"slowest {worst * 1000:5.1f} ms  ratio {median / base_change:5.1f}  goal ≤ 30 ms"
    )
    print(
        f"  … stored on the worker and its stored result shown:  median "
        f"{statistics.median(result['confirmed']) * 1000:5.1f} ms (not a goal: the grid does "
        "not wait for it)"
    )
    sys.stdout.flush()
    del app
    return 0 if result["open"] <= 0.200 and median <= 0.030 else 1


if __name__ == "__main__":
    # Leave without tearing Qt down object by object (PySide can abort in finalisation).
    os._exit(main())
