"""Imports read their workbook before they take the write lock, and a workbook that would
unpack beyond the limit is refused before it is read (issue 13, point 8)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from ops_desktop import cli
from ops_desktop.exports.excel import reading

pytestmark = pytest.mark.sqlite_only

# Another program instance trying to write at once (no busy wait): exit 0 if it could.
OTHER_WRITER = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError:
        sys.exit(1)
""")


def roster(path: Path, people: int) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["工號", "姓名", "入職日期"])
    for n in range(people):
        ws.append([f"RS{n:05d}", f"同事{n:05d}", "2026-01-05"])
    wb.save(path)
    return path


def _roster_import(tmp_path: Path, database: Path) -> list[str]:
    return ["roster", "import", str(roster(tmp_path / "roster.xlsx", 300)), "--db", str(database)]


def _forms_import(tmp_path: Path, database: Path) -> list[str]:
    db = ["--db", str(database)]
    assert cli.main(["period", "open", "2026-11", *db]) == 0
    out = tmp_path / "forms"
    out.mkdir()
    assert cli.main(["forms", "generate", "--period", "2026-11", "-o", str(out), *db]) == 0
    form = sorted(out.iterdir())[0]
    return ["forms", "import", "--period", "2026-11", str(form), "--only-valid", *db]


@pytest.mark.parametrize("command", [_roster_import, _forms_import], ids=["roster", "forms"])
def test_no_write_lock_is_held_while_the_workbook_is_read(demo_db, tmp_path, monkeypatch, command):
    database = demo_db.path
    demo_db.close()
    args = command(tmp_path, database)
    others: list[int] = []
    real = reading.open_workbook

    def reading_while_another_writes(path, **kwargs):  # type: ignore[no-untyped-def]
        book = real(path, **kwargs)
        other = subprocess.run([sys.executable, "-c", OTHER_WRITER, str(database)], timeout=60)
        others.append(other.returncode)
        return book

    monkeypatch.setattr(reading, "open_workbook", reading_while_another_writes)
    assert cli.main(args) == 0
    assert others == [0]  # the other instance could write while the workbook was read


def _bomb(path: Path, unpacked: int) -> Path:
    """A workbook whose one sheet unpacks to ``unpacked`` bytes of rows (compresses ~400×)."""
    base = path.with_suffix(".base.xlsx")
    Workbook().save(base)
    row = b'<row><c t="inlineStr"><is><t>' + b"x" * 200 + b"</t></is></c></row>"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                out.writestr(item, source.read(item))
        with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org'
                b'/spreadsheetml/2006/main"><sheetData>'
            )
            written = 0
            chunk = row * 5000
            while written < unpacked:
                sheet.write(chunk)
                written += len(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return path


def test_a_zip_bomb_is_refused_at_once_in_little_memory(db_path, tmp_path):
    bomb = _bomb(tmp_path / "roster.xlsx", 190 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    measured = textwrap.dedent("""
        import sys
        from pathlib import Path
        from ops_desktop import cli
        code = cli.main(sys.argv[1:])
        # VmHWM is this program's own peak; ru_maxrss would also count the forked test
        # process it was started from, which is large by the end of the suite.
        status = Path("/proc/self/status").read_text()
        peak_kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
        print(int(peak_kb) // 1024, file=sys.stderr)
        sys.exit(code)
    """)
    run = subprocess.run(
        [sys.executable, "-c", measured, "roster", "import", str(bomb), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,  # seconds, where it used to take 71 s and 3 GB
        check=False,
    )
    message, peak_mb = run.stderr.strip().splitlines()
    assert run.returncode == 1
    assert "unpacks to 190 MB: too large to be a form or a roster" in message
    assert int(peak_mb) < 300
