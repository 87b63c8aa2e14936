"""Benchmark: what the health check on opening costs (``PRAGMA quick_check`` in
``db/guard.py``), beside reading the same file once from start to end — the baseline —
measured in the same run, at several file sizes.

    python bench/quick_check.py [--sizes 25,100,256] [--repeat 3]

The guard runs quick_check on files up to ``QUICK_CHECK_LIMIT``; this shows what that costs
at the limit (goal: under a second at the limit on the project's machine).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from ops_desktop.db.guard import QUICK_CHECK_LIMIT, read_only_connection


def build(path: Path, megabytes: int) -> None:
    """A database of roughly the size given: rows like audit-log entries, with an index."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, at TEXT, who TEXT, text TEXT)")
    con.execute("CREATE INDEX ix_log_at ON log (at)")
    row = ("2026-11-16 10:00:00", "秘書", "變更內容 " * 40)
    per_row = 420  # bytes, with the index
    count = megabytes * 1024 * 1024 // per_row
    con.executemany(
        "INSERT INTO log (at, who, text) VALUES (?, ?, ?)",
        ((f"{row[0]}.{n:07d}", row[1], row[2]) for n in range(count)),
    )
    con.commit()
    con.close()


def best(work, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def read_all(path: Path) -> None:
    with path.open("rb") as fh:
        while fh.read(1 << 20):
            pass


def quick_check(path: Path) -> None:
    con = read_only_connection(path)
    try:
        assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=f"25,100,{QUICK_CHECK_LIMIT >> 20}")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in (int(s) for s in args.sizes.split(",")):
            path = Path(folder) / f"{megabytes}.sqlite3"
            build(path, megabytes)
            size = path.stat().st_size / (1 << 20)
            baseline = best(lambda: read_all(path), args.repeat)
            checked = best(lambda: quick_check(path), args.repeat)
            print(
                f"{size:6.0f} MB: read once {baseline * 1000:7.0f} ms, quick_check "
                f"{checked * 1000:7.0f} ms, ratio {checked / baseline:5.1f}"
            )
            path.unlink()


if __name__ == "__main__":
    main()
