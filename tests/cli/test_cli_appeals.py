"""appeal add / decide / list / unlock / relock and print appeal, as a script would use them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from ops_desktop import cli

# The demo locks 2026-09 on 2026-09-28: its deadline (7 days) is 2026-10-05.


@pytest.fixture
def demo_file(tmp_path, _demo_template):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path


def run(capsys, *args):
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def count(path, table="appeals"):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_add_decide_list_unlock_relock_and_print(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file), "--operator", "經理"]
    code, out, _ = run(
        capsys, "appeal", "add", "--staff", "op0003", "--period", "2026-09",
        "--reason", "上級評分未計入加班", "--contested", "上級評價", "--source", "supervisor",
        "--dimension", "performance", "--date", "2026-10-02", *db,
    )  # fmt: skip
    assert code == 0 and out.strip() == "appeal #1 recorded (deadline 2026-10-05)"
    code, out, _ = run(capsys, "appeal", "list", "--open", *db)
    assert code == 0
    assert out.startswith("#1  2026-09  OP0003 蕭磊  filed 2026-10-02  by 2026-10-05  open")
    code, out, _ = run(
        capsys, "appeal", "decide", "1", "--decision", "upheld", "--reasons", "加班屬實", *db
    )
    assert code == 0 and "decided: upheld" in out and "appeal #1: OP0003 蕭磊" in out
    assert run(capsys, "appeal", "list", "--open", *db)[1] == ""
    assert run(capsys, "appeal", "unlock", "1", *db)[:2] == (0, "monthly period 2026-09: review\n")
    assert run(capsys, "appeal", "relock", "1", *db)[:2] == (0, "monthly period 2026-09: locked\n")
    # the relock is not the letters' day: a later appeal still counts from 2026-09-28
    code, out, _ = run(
        capsys, "appeal", "add", "--staff", "OP0005", "--period", "2026-09", "--reason", "不服",
        "--date", "2026-10-01", *db,
    )  # fmt: skip
    assert code == 0 and out.strip() == "appeal #2 recorded (deadline 2026-10-05)"
    listed = run(capsys, "appeal", "list", "--period", "2026-09", *db)[1].splitlines()
    assert [line.split()[0] for line in listed] == ["#1", "#2"]
    assert "upheld 2026-11-16" in listed[0] and "open" in listed[1]
    assert run(capsys, "appeal", "list", "--period", "2026-08", *db)[1] == ""
    pdf = tmp_path / "appeal.pdf"
    code, out, _ = run(capsys, "print", "appeal", "1", "-o", str(pdf), *db)
    assert code == 0 and pdf.exists()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "機密 · 2026-09", "績效申訴決定書", "2026 年 9 月（月度考核）", "OP0003 蕭磊",
        "申訴期限：2026-10-05", "申訴事項：上級評價（工作業績）", "上級評分未計入加班",
        "決定：申訴成立", "決定人：經理", "理由：加班屬實", "解除鎖定以更正分數", "更正後重新鎖定",
    ):  # fmt: skip
        assert words in text, words
    simplified = tmp_path / "hans.pdf"
    assert (
        run(capsys, "print", "appeal", "1", "--script", "hans", "-o", str(simplified), *db)[0] == 0
    )
    hans = subprocess.run(
        ["pdftotext", str(simplified), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "机密" in hans and "绩效申诉决定书" in hans


def test_late_and_bad_input_are_refused_with_one_message_and_nothing_written(
    demo_file, tmp_path, capsys
):
    db = ["--db", str(demo_file)]
    base = ["appeal", "add", "--staff", "OP0003", "--period", "2026-09", "--reason", "不服"]
    code, _, err = run(capsys, *base, "--date", "2026-10-06", *db)
    assert code == 1 and "late: the deadline was 2026-10-05" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, *base, "--date", "2026-10-06", "--late-reason", "  ", *db)
    assert code == 1 and "late" in err
    for args, said in (
        (["--staff", "OP9999"], "no staff member OP9999"),
        (["--period", "2031-01"], "no appraisal period 2031-01"),
        (["--date", "2026-13-01"], "is not a date"),
        (["--date", "2026-11-17"], "in the future"),
        (["--dimension", "nonsense"], "no dimension nonsense"),
    ):
        code, _, err = run(capsys, *base, *args, *db)
        assert code != 0 and said in err, args
    assert count(demo_file) == 0
    code, _, err = run(
        capsys, "appeal", "decide", "7", "--decision", "upheld", "--reasons", "x", *db
    )
    assert code == 1 and "Appeal #7 does not exist" in err
    code, _, err = run(
        capsys, "appeal", "decide", "1", "--decision", "maybe", "--reasons", "x", *db
    )
    assert code == 2 and "invalid choice" in err
    code, out, _ = run(capsys, *base, "--date", "2026-10-06", "--late-reason", "經理同意", *db)
    assert code == 0 and "accepted late" in out
    code, _, err = run(capsys, "appeal", "unlock", "1", *db)
    assert code == 1 and "is not upheld" in err
    code, _, err = run(capsys, "print", "appeal", "9", "-o", "/nonexistent/x.pdf", *db)
    assert code == 1 and "Appeal #9 does not exist" in err
    text_file = tmp_path / "k.txt"
    code, _, err = run(capsys, "print", "appeal", "1", "-o", str(text_file), *db)
    assert code == 1 and "must end in .pdf" in err and not text_file.exists()
    assert count(demo_file) == 1


def test_an_open_appeal_is_marked_on_the_score_sheet_until_it_is_decided(
    demo_file, tmp_path, capsys
):
    import openpyxl

    db = ["--db", str(demo_file)]
    args = ["--staff", "OP0003", "--period", "2026-09", "--reason", "不服", "--date", "2026-10-01"]
    assert run(capsys, "appeal", "add", *args, *db)[0] == 0

    def states(name):
        sheet = tmp_path / name
        assert run(capsys, "export", "scores", "--period", "2026-09", "-o", str(sheet), *db)[0] == 0
        ws = openpyxl.load_workbook(sheet).worksheets[0]
        rows = list(ws.iter_rows(values_only=True))
        header = next(n for n, r in enumerate(rows) if "狀態" in r)
        status = rows[header].index("狀態")
        return {r[0]: r[status] for r in rows[header + 1 :] if r[0] and str(r[0]).startswith("OP")}

    marked = states("open.xlsx")
    assert marked["OP0003"] == "完整；申訴中"
    assert {state for no, state in marked.items() if no != "OP0003"} == {"完整"}
    decided = ["appeal", "decide", "1", "--decision", "rejected", "--reasons", "評分有據"]
    assert run(capsys, *decided, *db)[0] == 0
    assert states("decided.xlsx")["OP0003"] == "完整"
