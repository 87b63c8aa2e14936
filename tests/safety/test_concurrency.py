"""Two program instances on one database: a writer waits for the other (busy timeout)
instead of failing. (Edits from a stale copy of a record: test_stale_edits.py.)"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ops_desktop.core.services import staff

pytestmark = pytest.mark.sqlite_only


def other_process(code: str, db_path) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    script = textwrap.dedent(f"""
        import sys
        from ops_desktop.db import open_database
        from ops_desktop.db.location import sqlite_url
        from ops_desktop.core.services import staff
        from ops_desktop.core.services.staff import StaffInput
        db = open_database(sqlite_url({str(db_path)!r}))
    """) + textwrap.dedent(code)
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_write_waits_for_the_other_instance_instead_of_failing(demo_db):
    holder = other_process(
        """
        conn = db.engine.connect()
        conn.exec_driver_sql("UPDATE staff SET phone = 'held' WHERE staff_no = 'OP0002'")
        print("holding", flush=True)
        sys.stdin.readline()
        conn.commit()
        print("released", flush=True)
    """,
        demo_db.path,
    )
    assert holder.stdout.readline().strip() == "holding"
    writer = other_process(
        """
        with db.transaction() as s:
            person = s.scalar(staff.select(staff.Staff).where(staff.Staff.staff_no == 'OP0003'))
            person.phone = 'second writer'
        print("written", flush=True)
    """,
        demo_db.path,
    )
    with pytest.raises(subprocess.TimeoutExpired):
        writer.wait(timeout=1.0)  # blocked by the other instance's lock, not failed
    holder.stdin.write("go\n")
    holder.stdin.flush()
    assert holder.wait(timeout=60) == 0
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert out.strip() == "written"
    with demo_db.transaction() as session:
        rows = {r.staff_no: r.phone for r in staff.rows(session)}
    assert rows["OP0002"] == "held" and rows["OP0003"] == "second writer"
