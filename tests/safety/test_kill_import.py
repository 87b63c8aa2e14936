"""A 2,000-row roster import killed at exact writes (issue 13).

``strace -e inject=pwrite64:signal=KILL:when=K`` kills the command at its K-th write, which
covers its commit (writes to the ``-wal``) and the checkpoint when it closes (writes to the
main file; a kill there leaves the main file shorter than its header says while the WAL holds
the rest, which SQLite recovers). Every kill must leave a file that the program opens and
SQLite calls intact, with all the rows or none. A full disk and a file-size limit must also
be reported as failures, never as "imported".
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from instances import program, staff_count
from openpyxl import Workbook

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace"),
]

ROWS = 2_000


@pytest.fixture(scope="module")
def roster(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "roster.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["工號", "姓名", "入職日期", "電話"])
    for n in range(ROWS):
        ws.append([f"NK{n:05d}", f"新同事{n:05d}", "2026-01-05", f"1390000{n:04d}"])
    wb.save(path)
    return path


def writes_of_a_full_run(db_path: Path, roster: Path, log: Path) -> list[str]:
    """The files of the import's pwrite64 calls, in order (strace -y names them)."""
    run = subprocess.run(
        ["strace", "-f", "-y", "-qq", "-e", "trace=pwrite64", "-o", str(log),
         sys.executable, "-m", "ops_desktop", "roster", "import", str(roster),
         "--db", str(db_path)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    files = []
    for line in log.read_text().splitlines():
        if "pwrite64(" in line:
            target = line.split("<", 1)[1].split(">", 1)[0]
            files.append(target)
    return files


def test_every_kill_leaves_an_intact_file_with_all_or_none(tmp_path, db_path, roster):
    before = staff_count(db_path)
    probe = tmp_path / "probe.sqlite3"
    shutil.copyfile(db_path, probe)
    files = writes_of_a_full_run(probe, roster, tmp_path / "strace.log")
    assert staff_count(probe) == before + ROWS
    wal = [i for i, f in enumerate(files, 1) if f.endswith("-wal")]
    main = [i for i, f in enumerate(files, 1) if f.endswith(".sqlite3")]
    before_commit = [i for i in range(1, min(wal)) if i not in main]
    assert wal and main, "the import commits into the WAL and checkpoints into the file"
    # Dense over the end of the commit and the start and end of the checkpoint (where the
    # main file's header and its last pages are written), sparse elsewhere: 36 kills.
    chosen = sorted(
        {
            *before_commit[:: max(1, len(before_commit) // 3)][:3],
            *wal[:: max(1, len(wal) // 6)],
            *wal[-5:],
            *main[:8],
            *main[8:-4:15],
            *main[-4:],
        }
    )
    for k in chosen:
        target = tmp_path / f"kill-{k}.sqlite3"
        shutil.copyfile(db_path, target)
        subprocess.run(
            ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=pwrite64",
             "-e", f"inject=pwrite64:signal=KILL:when={k}",
             sys.executable, "-m", "ops_desktop", "roster", "import", str(roster),
             "--db", str(target)],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        count = staff_count(target)
        assert count in (before, before + ROWS), (k, count)


def _limited(size: int):  # type: ignore[no-untyped-def]
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def test_a_file_size_limit_is_a_failure_not_an_import(tmp_path, db_path, roster):
    before = staff_count(db_path)
    limit = db_path.stat().st_size + 64 * 1024  # room to start, not for 2,000 people
    run = program("roster", "import", str(roster), "--db", str(db_path), preexec_fn=_limited(limit))
    assert run.returncode != 0
    assert "imported" not in run.stdout, run.stdout
    assert "nothing was saved" in run.stderr and run.stderr.count("\n") == 1, run.stderr
    assert staff_count(db_path) == before


@pytest.fixture
def small_disk(tmp_path):  # type: ignore[no-untyped-def]
    """A real file system with little room (tmpfs), or a skip where mounting is not allowed."""
    folder = tmp_path / "disk"
    folder.mkdir()
    size = 3 * 1024 * 1024
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_is_a_failure_not_an_import(small_disk, db_path, roster):
    target = small_disk / "ops.sqlite3"
    shutil.copyfile(db_path, target)
    before = staff_count(target)
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - 96 * 1024))  # leaves room to start, not to finish
    run = program("roster", "import", str(roster), "--db", str(target))
    assert run.returncode != 0
    assert "imported" not in run.stdout, run.stdout
    assert "full" in run.stderr and "nothing was saved" in run.stderr, run.stderr
    assert run.stderr.count("\n") == 1, run.stderr
    filler.unlink()
    assert staff_count(target) == before
