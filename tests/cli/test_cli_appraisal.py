"""period, export and forms from the command line, as a script would use them."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from ops_desktop import cli


@pytest.fixture
def demo_file(tmp_path, _demo_template):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path


def ok(*args):
    assert cli.main(list(args)) == 0


def test_period_lifecycle(demo_file, capsys):
    db = ["--db", str(demo_file)]
    ok("period", "open", "2026-11", *db)
    ok("period", "lock", "2026-10", *db, "--operator", "陳秘書")
    assert cli.main(["period", "unlock", "2026-10", *db]) == 2  # --reason is required
    ok("period", "unlock", "2026-10", *db, "--reason", "更正上級評分")
    capsys.readouterr()
    ok("period", "list", *db)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2026-11  monthly  open  0/24")
    assert out[1].startswith("2026-10  monthly  review  24/24 complete")
    assert cli.main(["period", "open", "2026-11", *db]) == 1
    assert "already exists" in capsys.readouterr().err


def test_exports_write_workbooks(demo_file, tmp_path):
    db = ["--db", str(demo_file)]
    ok("export", "scores", "--period", "2026-10", "-o", str(tmp_path / "s.xlsx"), *db)
    ok("export", "annual", "--year", "2026", "-o", str(tmp_path / "a.xlsx"), *db)
    ok("export", "roster", "-o", str(tmp_path / "r.xlsx"), *db)
    ok("export", "training", "-o", str(tmp_path / "t.xlsx"), *db)
    for name in ("s", "a", "r", "t"):
        assert openpyxl.load_workbook(tmp_path / f"{name}.xlsx").worksheets


def test_export_of_a_missing_period_or_into_a_missing_folder_is_refused(
    demo_file, tmp_path, capsys
):
    db = ["--db", str(demo_file)]
    assert (
        cli.main(["export", "scores", "--period", "2030-01", "-o", str(tmp_path / "x.xlsx"), *db])
        == 1
    )
    assert "no appraisal period 2030-01" in capsys.readouterr().err
    assert (
        cli.main(
            [
                "export",
                "scores",
                "--period",
                "2026-10",
                "-o",
                str(tmp_path / "nope" / "x.xlsx"),
                *db,
            ]
        )
        == 1
    )
    assert "does not exist" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite3"]


def test_forms_generate_makes_a_missing_folder(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file)]
    out = tmp_path / "HR" / "2026-11"  # neither is there yet
    ok("period", "open", "2026-11", *db)
    ok("forms", "generate", "--period", "2026-11", "-o", str(out), "--evaluator", "OP0003", *db)
    (form,) = out.iterdir()
    assert openpyxl.load_workbook(form)["評分表"]


def test_forms_generate_refused_makes_no_folder(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file)]
    out = tmp_path / "HR" / "2030-01"
    assert cli.main(["forms", "generate", "--period", "2030-01", "-o", str(out), *db]) == 1
    assert "no appraisal period 2030-01" in capsys.readouterr().err
    ok("period", "open", "2026-11", *db)
    generate = ["forms", "generate", "--period", "2026-11", "-o", str(out), *db]
    assert cli.main([*generate, "--evaluator", "NOBODY"]) == 1
    assert "Unknown staff number" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite3"]


def test_forms_generate_and_import(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file)]
    out = tmp_path / "forms"
    out.mkdir()
    ok("period", "open", "2026-11", *db)
    ok("forms", "generate", "--period", "2026-11", "-o", str(out), "--evaluator", "OP0003", *db)
    (form,) = out.iterdir()
    wb = openpyxl.load_workbook(form)
    ws = wb["評分表"]
    ws["D5"], ws["E5"], ws["F5"] = 91, 88.5, "bad"
    wb.save(form)
    capsys.readouterr()
    assert cli.main(["forms", "import", "--period", "2026-11", str(form), *db]) == 1
    refused = capsys.readouterr()
    assert refused.out == ""  # a refusal goes to stderr, whole
    assert "NOT imported" in refused.err and "評分表!F5 'bad'" in refused.err
    ok("forms", "import", "--period", "2026-11", str(form), "--only-valid", *db)
    partly = capsys.readouterr()
    assert "2 added" in partly.out and "評分表!F5 'bad'" in partly.err  # the row left out
    notes = tmp_path / "notes.xlsx"
    notes.write_text("hello", encoding="utf-8")
    assert cli.main(["forms", "import", "--period", "2026-11", str(notes), *db]) == 1
    refused = capsys.readouterr()
    assert refused.out == "" and "refused" in refused.err


def test_a_roster_import_refused_says_so_on_stderr(demo_file, tmp_path, capsys):
    roster = tmp_path / "roster.xlsx"
    ok("export", "roster", "-o", str(roster), "--db", str(demo_file))
    wb = openpyxl.load_workbook(roster)
    wb.worksheets[0]["A2"] = ""  # a row without its staff number
    wb.save(roster)
    capsys.readouterr()
    assert cli.main(["roster", "import", str(roster), "--db", str(demo_file)]) == 1
    refused = capsys.readouterr()
    assert refused.out == "" and "NOT imported" in refused.err


def test_a_lock_whose_commit_fails_does_not_say_locked(demo_file, monkeypatch, capsys):
    import sqlite3

    from sqlalchemy.engine.default import DefaultDialect

    def failing_commit(self, dbapi_connection):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("disk I/O error")  # what a full disk gives at COMMIT

    ok("period", "list", "--db", str(demo_file))
    before = capsys.readouterr().out
    monkeypatch.setattr(DefaultDialect, "do_commit", failing_commit)
    assert cli.main(["period", "lock", "2026-10", "--db", str(demo_file)]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.count("\n") == 1 and "nothing was saved" in said.err
    monkeypatch.undo()
    capsys.readouterr()
    ok("period", "list", "--db", str(demo_file))
    assert capsys.readouterr().out == before  # still in review, not locked


def test_lock_refuses_an_incomplete_month_unless_told(demo_file, capsys):
    db = ["--db", str(demo_file)]
    ok("period", "open", "2026-11", *db)
    capsys.readouterr()
    assert cli.main(["period", "lock", "2026-11", *db]) == 1
    said = capsys.readouterr()
    assert said.out == "" and said.err.count("\n") == 1  # one message
    assert "24 people of 2026-11 are not complete" in said.err
    assert "OP0001 林建華: 上級評價 (工作業績, 工作能力, 工作態度)" in said.err
    assert "… (+14)" in said.err and "--incomplete" in said.err
    ok("period", "lock", "2026-11", "--incomplete", *db)
    assert capsys.readouterr().out == "2026-11: locked\n"
    ok("period", "unlock", "2026-11", "--reason", "補登分數", *db)
    assert capsys.readouterr().out == "2026-11: open\n"  # as it was before the lock


def test_list_and_lock_name_a_month_over_a_distribution_limit(demo_file, capsys):
    from sqlalchemy import update

    from ops_desktop.core.models import GradeBand
    from ops_desktop.db import open_database
    from ops_desktop.db.location import sqlite_url

    db = ["--db", str(demo_file)]
    ok("period", "list", *db)
    assert "over the limit" not in capsys.readouterr().out  # 優秀 3 of 24: within 20 %
    database = open_database(sqlite_url(demo_file))
    with database.transaction() as session:  # a stricter limit: 3 of 24 is above 10 %
        session.execute(update(GradeBand).where(GradeBand.name == "優秀").values(max_share=10))
    database.close()
    ok("period", "list", *db)
    october = next(line for line in capsys.readouterr().out.splitlines() if line[:7] == "2026-10")
    assert october.endswith(
        "24/24 complete  over the limit: 優秀 has 3 of 24 graded people (12.50%), "
        "above the 10% limit"
    )
    ok("period", "lock", "2026-10", *db)
    assert capsys.readouterr().out == (
        "2026-10: locked\nwarning: 優秀 has 3 of 24 graded people (12.50%), above the 10% limit\n"
    )


def test_an_evaluator_named_in_another_spelling_is_found(demo_file, tmp_path):
    db = ["--db", str(demo_file)]
    out = tmp_path / "forms"
    out.mkdir()
    ok("period", "open", "2026-11", *db)
    ok(
        "forms",
        "generate",
        "--period",
        "2026-11",
        "-o",
        str(out),
        "--evaluator",
        "ｏｐ０００３",
        *db,
    )
    assert [p.name.split("_")[1] for p in out.iterdir()] == ["OP0003"]


def test_an_operator_no_audit_log_can_hold_is_refused_before_anything(demo_file, capsys):
    before = demo_file.read_bytes()
    args = ["period", "open", "2026-11", "--db", str(demo_file), "--operator", "陳\ufffe秘書"]
    assert cli.main(args) == 2
    assert "Operator contains a character" in capsys.readouterr().err
    assert demo_file.read_bytes() == before
