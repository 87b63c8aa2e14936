"""ops-desktop regulation acknowledge / due."""

from __future__ import annotations

import datetime as dt

from ops_desktop import cli
from ops_desktop.core.services import regulation
from ops_desktop.db import open_database
from ops_desktop.db.location import sqlite_url


def test_acknowledge_then_due_and_a_bad_number_changes_nothing(db_path, capsys):
    database = open_database(sqlite_url(db_path))
    with database.transaction() as s:
        from ops_desktop.core.services import staff
        from ops_desktop.core.services.staff import StaffInput

        staff.create(s, StaffInput("OP0001", "甲"))
        staff.create(s, StaffInput("OP0002", "乙"))
        regulation.approve(s, regulation.current(s).id, dt.date(2026, 11, 1), "經理")
    database.close()
    base = ["--db", str(db_path), "regulation"]
    assert cli.main([*base, "acknowledge", "--version", "1.0", "--staff", "op0001", "op0009"]) == 1
    assert "no staff member OP0009" in capsys.readouterr().err
    assert cli.main([*base, "due"]) == 0
    assert capsys.readouterr().out.count("1.0  2026-11-01  15") == 2
    assert cli.main([*base, "acknowledge", "--version", "1.0", "--staff", "op0001"]) == 0
    assert cli.main([*base, "due"]) == 0
    out = capsys.readouterr().out
    assert "OP0002" in out and "OP0001  甲" not in out
