"""The calibration report (考核校準報告) on paper and in a workbook, read back: the small team's
hand-computed figures (tests/core/appraisal/test_calibration.py), 機密 and the period on
every page and sheet; and `ops-desktop report calibration` with its refusals."""

from __future__ import annotations

import dataclasses
import shutil

import openpyxl
import pytest
from appraisal_team import fill, make_team
from pdftools import flat, page_size_mm, pdf_info, pdf_text

from ops_desktop import cli
from ops_desktop.core.appraisal import calibration
from ops_desktop.exports.excel.calibration_sheet import write_calibration_sheet
from ops_desktop.exports.pdf.calibration import write_calibration_pdf


def team_month(db):
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        return calibration.monthly(s, 2026, 1)


def squeezed(line: str) -> str:
    return " ".join(line.split())


def test_the_pdf_says_the_programs_figures_with_confidential_and_the_period(db, tmp_path):
    found = team_month(db)
    path = tmp_path / "calibration.pdf"
    pages = write_calibration_pdf(found, path, department="運營部")
    assert pages == int(pdf_info(path)["Pages"]) == 1
    assert page_size_mm(path) == (210, 297)
    text = pdf_text(path, layout=True)
    lines = [squeezed(line) for line in text.splitlines()]
    assert "運營部考核校準報告" in flat(text)
    assert "考核期間：2026年1月" in flat(text) and "機密·2026-01·考核校準報告" in flat(text)
    assert "平均73.91，標準差14.09" in flat(text)
    assert "T0 主管 上級 4 73.75 16.53 -0.01 25.00%" in lines
    assert "公司高層 上級 1 85.00 0.00 0.79 0.00%" in lines
    assert "TD 組員D 同事 3 77.17 12.87 0.23 33.33%" in lines
    assert "優秀 1 20.00% 20%" in lines
    assert "TA 組員A 3 0.396" in lines and "TC 組員C 3 —" in lines
    # the calibrated view: stored total and grade, the supervisor's raw and standardised
    assert "TA 組員A 84.77 良好 83.00 81.80 80.08 80.91" in lines
    table = text.split("一、評分人")[1]
    assert "偏寬" not in table and "偏嚴" not in table  # nobody flagged at the defaults


def test_flags_are_printed_and_simplified_on_request(db, tmp_path):
    found = team_month(db)
    lenient = dataclasses.replace(found.raters[1], lenient=True)  # 公司高層, marked by hand
    marked = dataclasses.replace(found, raters=(found.raters[0], lenient, *found.raters[2:]))
    path = tmp_path / "hans.pdf"
    write_calibration_pdf(marked, path, department="運營部", script="hans")
    lines = [squeezed(line) for line in pdf_text(path, layout=True).splitlines()]
    assert "公司高层 上级 1 85.00 0.00 0.79 0.00% 偏宽" in lines
    assert any("机密" in line for line in lines)


def test_the_workbook_read_back(db, tmp_path):
    found = team_month(db)
    path = tmp_path / "calibration.xlsx"
    write_calibration_sheet(found, path, department="運營部")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["2026-01 評分人", "2026-01 等級分佈", "2026-01 同事一致性",
                               "2026-01 校準檢視"]  # fmt: skip
    for ws in book.worksheets:
        assert "機密" in ws["A2"].value and "2026 年 1 月" in ws["A2"].value
        assert "機密" in ws.oddHeader.right.text and "2026-01" in ws.oddHeader.right.text
        assert "機密" in ws.oddFooter.right.text
    raters = book["2026-01 評分人"]
    rows = [[c.value for c in row] for row in raters.iter_rows(min_row=5)]
    assert rows[0] == ["T0 主管", "上級", 4, 73.75, 16.53, -0.01, 25, None]
    assert rows[5] == ["TD 組員D", "同事", 3, 77.17, 12.87, 0.23, 33.33, None]
    assert "部門平均 73.91 標準差 14.09" in raters["A3"].value
    bands = book["2026-01 等級分佈"]
    assert [c.value for c in bands[5]] == ["優秀", 1, 20, 20, None]
    peers = book["2026-01 同事一致性"]
    alphas = {row[0].value: row[3].value for row in peers.iter_rows(min_row=5)}
    assert alphas["TA"] == pytest.approx(0.3958, abs=1e-4) and alphas["TC"] is None
    view = book["2026-01 校準檢視"]
    a = next(row for row in view.iter_rows(min_row=5, values_only=True) if row[0] == "TA")
    assert a == ("TA", "組員A", 84.77, "良好", 83, 81.8, 80.08, 80.91)


@pytest.fixture
def demo_file(tmp_path, _demo_template):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path


def test_the_command_writes_both_formats_and_names_the_flagged(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file)]
    pdf, xlsx = tmp_path / "october.pdf", tmp_path / "year.xlsx"
    assert cli.main(["report", "calibration", "--period", "2026-10", "-o", str(pdf), *db]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"written: {pdf} (")
    assert "(lenient)" in out and "(severe)" in out
    text = flat(pdf_text(pdf))
    assert "機密" in text and "2026年10月" in text and "偏寬" in text and "偏嚴" in text
    assert cli.main(["report", "calibration", "--year", "2026", "-o", str(xlsx), *db]) == 0
    book = openpyxl.load_workbook(xlsx)
    flags = [row[7] for row in book["2026 評分人"].iter_rows(min_row=5, values_only=True)]
    assert "偏寬" in flags and "偏嚴" in flags


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--period", "2026-10", "-o", "report.docx"], "must end in .pdf or .xlsx"),
        (["--period", "2019-01", "-o", "report.pdf"], "no appraisal period 2019-01"),
        (["--year", "2019", "-o", "report.xlsx"], "no appraisal month in 2019"),
    ],
)
def test_bad_input_is_one_message_and_nothing_written(demo_file, tmp_path, capsys, args, says):
    args = [a if not a.startswith("report.") else str(tmp_path / a) for a in args]
    assert cli.main(["report", "calibration", *args, "--db", str(demo_file)]) == 1
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite3"]


def test_a_period_and_a_year_together_are_a_usage_error(demo_file, capsys):
    argv = ["report", "calibration", "--period", "2026-10", "--year", "2026", "-o", "x.pdf"]
    assert cli.main([*argv, "--db", str(demo_file)]) == 2
    assert "not allowed with" in capsys.readouterr().err
