"""A restore killed at exact writes (issue 13).

A restore writes the backup into the database file in one rollback-journal transaction (see
``db/backup.py``). Killed midway, it leaves a hot ``-journal`` and a half-written file; SQLite
rolls the journal back on the next opening, so the program must open the file, intact, with
the old data or the new, never call it damaged. The kills cover the whole run: the copy of the
replaced data, the journal, the writes into the file, the return to WAL mode and the record of
the restore afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from instances import program, staff_count

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace"),
]


def restore_under_strace(database: Path, backup: Path, *options: str) -> list[str]:
    run = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=pwrite64", *options,
         sys.executable, "-m", "ops_desktop", "restore", str(backup), "--db", str(database)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    return [line for line in run.stderr.splitlines() if "pwrite64(" in line]


def test_every_kill_during_a_restore_leaves_the_old_data_or_the_new(demo_db, db_path, tmp_path):
    demo = demo_db.path
    demo_db.close()
    backup = tmp_path / "backup.sqlite3"
    made = program("backup", "--db", str(db_path), "-o", str(backup))
    assert made.returncode == 0, made.stderr
    old, new = staff_count(demo), staff_count(backup)
    assert old != new

    probe = tmp_path / "probe.sqlite3"
    shutil.copyfile(demo, probe)
    writes = restore_under_strace(probe, backup, "-y")
    assert staff_count(probe) == new
    into_file = [i for i, w in enumerate(writes, 1) if "probe.sqlite3>" in w]
    journal = [i for i, w in enumerate(writes, 1) if "probe.sqlite3-journal>" in w]
    assert into_file and journal, "the restore writes a journal, then the file"
    # Sparse over the copy of the replaced data, dense where the file is written.
    chosen = sorted(
        {
            *range(1, min(journal), max(1, min(journal) // 4)),
            *journal[:3],
            *into_file[:4],
            *into_file[4 : -4 : max(1, len(into_file) // 6)],
            *into_file[-4:],
            *range(
                max(into_file) + 1, len(writes) + 1, max(1, (len(writes) - max(into_file)) // 3)
            ),
        }
    )
    outcomes = set()
    for k in chosen:
        target = tmp_path / f"kill-{k}.sqlite3"
        shutil.copyfile(demo, target)
        restore_under_strace(
            target, backup, "-o", "/dev/null", "-e", f"inject=pwrite64:signal=KILL:when={k}"
        )
        count = staff_count(target)
        assert count in (old, new), (k, count)
        outcomes.add(count)
    assert outcomes == {old, new}, "the kills fell both before and after the restore's commit"
