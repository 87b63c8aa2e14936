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


def test_signoff_sheets_and_the_workbook_hr_sends_back(db_path, tmp_path, capsys):
    import openpyxl

    base = ["--db", str(db_path), "regulation"]
    missing = ["--db", str(tmp_path / "none.sqlite3"), "regulation"]
    assert cli.main([*missing, "signoff", "--version", "1.0", "-o", str(tmp_path / "x.txt")]) == 1
    assert "must end in .pdf or .xlsx" in capsys.readouterr().err  # before the database
    database = open_database(sqlite_url(db_path))
    with database.transaction() as s:
        from ops_desktop.core.services import staff
        from ops_desktop.core.services.staff import StaffInput

        staff.create(s, StaffInput("OP0001", "甲"))
        staff.create(s, StaffInput("OP0002", "乙"))
        regulation.approve(s, regulation.current(s).id, dt.date(2026, 11, 1), "經理")
    database.close()
    pdf, book = tmp_path / "簽收表.pdf", tmp_path / "簽收表.xlsx"
    assert cli.main([*base, "signoff", "--version", "1.0", "-o", str(pdf), "--script", "hans"]) == 0
    assert "1 page(s)" in capsys.readouterr().out and pdf.stat().st_size > 0
    assert cli.main([*base, "signoff", "--version", "1.0", "-o", str(book)]) == 0
    assert "version 1.0" in capsys.readouterr().out
    wb = openpyxl.load_workbook(book)
    wb["簽收表"]["D4"] = "2026-11-16"  # OP0002
    wb.save(book)
    both = ["--staff", "OP0001", "--from-workbook", str(book)]  # one or the other
    assert cli.main([*base, "acknowledge", "--version", "1.0", *both]) == 2
    assert "not allowed with" in capsys.readouterr().err
    dated = ["--from-workbook", str(book), "--date", "2026-11-16"]
    assert cli.main([*base, "acknowledge", "--version", "1.0", *dated]) == 1
    assert "--date goes with --staff" in capsys.readouterr().err
    assert cli.main([*base, "acknowledge", "--version", "1.0", "--from-workbook", str(book)]) == 0
    assert "1 acknowledgement(s) of version 1.0 recorded" in capsys.readouterr().out
    assert cli.main([*base, "due"]) == 0
    out = capsys.readouterr().out
    assert "OP0001" in out and "OP0002" not in out
    assert cli.main([*base, "acknowledge", "--version", "9.9", "--from-workbook", str(book)]) == 1
    assert "9.9" in capsys.readouterr().err
