"""A process killed with SIGKILL at any moment of an import, an export or a backup
leaves an intact database holding all or none of the import, and never a half-written file.
Real subprocesses, killed at moments spread over each operation's duration (a restore, at
exact writes: test_kill_restore.py)."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from ops_desktop.core.demo import build_demo
from ops_desktop.db import open_database
from ops_desktop.db.location import sqlite_url

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

KILLS = 6
NEW_PEOPLE = 1500


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "ops_desktop", *args]


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "big.sqlite3"
    db = open_database(sqlite_url(path))
    with db.transaction() as session:
        build_demo(session, staff=400, months=2, until=(2026, 10))
    db.close()
    return path


@pytest.fixture(scope="module")
def roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "roster.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["工號", "姓名", "崗位", "入職日期"])
    for i in range(NEW_PEOPLE):
        ws.append([f"NEW{i:05d}", f"新同事{i}", "運營專員", "2026-01-05"])
    wb.save(path)
    return path


def copy_db(source: Path, target: Path) -> Path:
    from ops_desktop.db.backup import backup_file

    return backup_file(source, target).path


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def count(path: Path, table: str = "staff") -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def duration(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def kill_at(args: list[str], delay: float) -> int | None:
    """Start ``args`` and SIGKILL it ``delay`` seconds later (if still running)."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return proc.wait(timeout=delay)  # finished before the kill: fine too
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


def moments(total: float, seed: int) -> list[float]:
    rng = random.Random(seed)
    return sorted(rng.uniform(0.05, total) for _ in range(KILLS))


def test_an_import_is_all_or_nothing(big_db, roster, tmp_path):
    probe = copy_db(big_db, tmp_path / "probe.sqlite3")
    total = duration(cli("roster", "import", str(roster), "--db", str(probe)))
    assert count(probe) == count(big_db) + NEW_PEOPLE
    killed = 0
    for n, delay in enumerate(moments(total, 1)):
        db = copy_db(big_db, tmp_path / f"import{n}.sqlite3")
        killed += kill_at(cli("roster", "import", str(roster), "--db", str(db)), delay) is None
        assert integrity(db) == "ok"
        assert count(db) in (count(big_db), count(big_db) + NEW_PEOPLE)
    assert killed >= KILLS // 2  # most kills landed while the import was running


def test_an_export_is_never_half_written(big_db, tmp_path):
    target = tmp_path / "sheet.xlsx"
    target.write_bytes(b"the export of last month")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    args = cli("export", "scores", "--period", "2026-10", "-o", str(target), "--db", str(big_db))
    total = duration(args)
    for delay in moments(total, 2):
        target.write_bytes(b"the export of last month")
        kill_at(args, delay)
        data = target.read_bytes()
        if hashlib.sha256(data).hexdigest() != before:
            assert openpyxl.load_workbook(target).active.max_row > 400  # complete
    assert integrity(big_db) == "ok"


def test_a_backup_is_complete_or_absent(big_db, tmp_path):
    args = lambda t: cli("backup", "--db", str(big_db), "-o", str(t))  # noqa: E731
    total = duration(args(tmp_path / "probe.sqlite3"))
    for n, delay in enumerate(moments(total, 3)):
        target = tmp_path / f"backup{n}.sqlite3"
        kill_at(args(target), delay)
        if target.exists():
            assert integrity(target) == "ok" and count(target) == count(big_db)
    assert integrity(big_db) == "ok"
