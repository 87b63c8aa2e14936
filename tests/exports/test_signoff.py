"""The sign-off sheet (閱知簽收表, issue 20 point 3): the PDF signed by hand, and the workbook
HR sends back with the dates, imported all or nothing."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import RegulationAcknowledgement
from ops_desktop.core.services import audit, positions, regulation, regulation_acks, staff
from ops_desktop.core.services.positions import PositionInput
from ops_desktop.core.services.regulation_compare import changes_of
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.exports.excel.signoff_sheet import import_workbook, write_signoff_workbook
from ops_desktop.exports.pdf.signoff import MOST_CHANGES, write_signoff_pdf

OP = "秘書"
PEOPLE = [(f"OP{n:04d}", f"員工{n}號") for n in range(1, 31)]  # more than one page


def pdf_text(path: Path, page: int | None = None) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def first(db, clock_at):
    """Version 1.0 approved on 2026-11-02 (effective 2026-11-01); 30 people, one departed;
    today 2026-11-16."""
    clock_at("2026-11-02T10:00:00")
    with db.transaction() as s:
        clerk = positions.create(s, PositionInput(name="簽收測試崗"), OP)
        for no, name in PEOPLE:
            staff.create(s, StaffInput(no, name, position_id=clerk), OP)
        left = staff.create(s, StaffInput("OP0099", "已離職者"), OP)
        staff.deactivate(s, left, OP, on=dt.date(2026, 11, 5))
        version = regulation.current(s)
        regulation.approve(s, version.id, dt.date(2026, 11, 1), "運營經理", OP)
    clock_at("2026-11-16T10:00:00")
    with db.transaction() as s:
        regulation_acks.record(s, version.id, ["OP0002"], dt.date(2026, 11, 12), OP)
    return version.id


def test_every_person_present_has_a_row_and_a_first_version_says_so(db, first, tmp_path):
    target = tmp_path / "sheet.pdf"
    with db.transaction() as s:
        pages = write_signoff_pdf(s, first, target)
    assert pages == 2
    text = pdf_text(target)
    for no, name in PEOPLE:
        assert no in text and name in text
    assert "已離職者" not in text
    one = pdf_text(target, 1)
    assert "閱知簽收表" in one and "首次發布" in one
    assert "版本：1.0" in flat(one) and "生效日期：2026-11-01" in flat(one)
    assert "核准人：運營經理" in flat(one)
    assert "本人已閱讀並瞭解上述版本之運營部制度。" in flat(one)
    [row] = [line for line in text.splitlines() if "OP0002" in line]
    assert "簽收測試崗" in row and "2026-11-12" in row  # recorded already: the date printed
    [row] = [line for line in text.splitlines() if "OP0003" in line]
    assert "2026-" not in row
    two = flat(pdf_text(target, 2))
    assert "簽名" in two and "工號" in two and "第2/2頁" in two  # the heads again


def test_a_later_version_lists_its_changes_on_page_1_in_simplified(db, first, tmp_path):
    with db.transaction() as s:
        draft = regulation.new_draft(s, "1.1", OP)
        tree = regulation.tree(s, draft.id)
        section = tree.chapters[0].sections[0]
        clause = section.clauses[0]
        regulation.edit_clause(s, clause.id, clause.text + "(修訂)", OP)
        for n in range(MOST_CHANGES + 2):
            regulation.add_clause(s, section.id, f"新增條文第{n + 1}項。", OP)
        regulation.approve(s, draft.id, dt.date(2026, 11, 16), "運營經理", OP)
        found = changes_of(s, draft.id, script="hans")
        target = tmp_path / "sheet.pdf"
        write_signoff_pdf(s, draft.id, target, script="hans")
    assert len(found.changes) == MOST_CHANGES + 3
    one = flat(pdf_text(target, 1))
    assert "阅知签收表" in one and "閱知簽收表" not in one and "首次发布" not in one
    for change in found.changes[: MOST_CHANGES - 1]:
        assert flat(f"{change.where}：{change.note}") in one
    assert flat(found.changes[MOST_CHANGES].note + found.changes[MOST_CHANGES].where) not in one
    assert f"……共{MOST_CHANGES + 3}项修订，详见修订对照表" in one
    assert "OP0002" in one and "2026-11-12" not in one  # acknowledged 1.0, not 1.1


def test_a_draft_has_no_sheet(db, tmp_path):
    with pytest.raises(DomainError, match="only an approved version"), db.transaction() as s:
        write_signoff_pdf(s, regulation.current(s).id, tmp_path / "sheet.pdf")
    assert not (tmp_path / "sheet.pdf").exists()


def _fill(path: Path, dates: dict[str, object], numbers: dict[str, str] | None = None) -> None:
    book = openpyxl.load_workbook(path)
    ws = book["簽收表"]
    for row in ws.iter_rows(min_row=3):
        no = row[0].value
        if no in dates:
            row[3].value = dates[no]
        if numbers and no in numbers:
            row[0].value = numbers[no]
    book.save(path)


def test_the_workbook_round_trip_records_the_dates_hr_filled_in(db, first, tmp_path):
    path = tmp_path / "signoff.xlsx"
    with db.transaction() as s:
        write_signoff_workbook(s, first, path)
    ws = openpyxl.load_workbook(path)["簽收表"]
    assert "1.0" in ws["A1"].value
    assert [c.value for c in ws[2]] == ["工號", "姓名", "崗位", "閱知日期"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=3)}
    assert sorted(rows) == [no for no, _ in PEOPLE]
    assert rows["OP0002"][3].value.date() == dt.date(2026, 11, 12)
    assert rows["OP0003"][3].value is None and rows["OP0003"][3].number_format == "yyyy-mm-dd"
    assert ws.data_validations.dataValidation[0].type == "date"
    _fill(path, {"OP0001": dt.datetime(2026, 11, 14), "OP0003": "2026-11-15"})
    with db.transaction() as s:
        report = import_workbook(s, path, OP, version_id=first)
    assert (report.added, report.unchanged, report.applied) == (2, 1, True)
    with db.transaction() as s:
        found = {r.staff_no: r.acknowledged_on for r in regulation_acks.rows(s, first)}
        sources = {a.staff_id: a.source for a in s.scalars(select(RegulationAcknowledgement))}
        entries = audit.entries(s, entity=regulation_acks.ENTITY)
    assert found["OP0001"] == dt.date(2026, 11, 14) and found["OP0003"] == dt.date(2026, 11, 15)
    assert sorted(sources.values()) == ["sheet", "workbook", "workbook"]
    assert sum(e.details["record_source"] == "workbook" for e in entries) == 2
    with db.transaction() as s:  # the same file again: nothing new
        again = import_workbook(s, path, OP)
    assert (again.added, again.unchanged) == (0, 3)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("foreign", "not an ops-desktop sign-off workbook"),
        ("bad date", r"D\d+: '2026-13-01' is not a date"),
        ("unknown", "no staff member OP0777"),
        ("other version", "version 1.0, not 1.1"),
    ],
)
def test_a_bad_workbook_is_refused_and_nothing_changes(db, first, tmp_path, change, message):
    path = tmp_path / "signoff.xlsx"
    with db.transaction() as s:
        write_signoff_workbook(s, first, path)
        expected = first
        if change == "other version":
            expected = regulation.new_draft(s, "1.1", OP).id
            regulation.approve(s, expected, dt.date(2026, 11, 16), "運營經理", OP)
    _fill(path, {"OP0001": dt.datetime(2026, 11, 14)})
    if change == "foreign":
        book = openpyxl.Workbook()
        book.active.title = "簽收表"
        book.save(path)
    elif change == "bad date":
        _fill(path, {"OP0004": "2026-13-01"})
    elif change == "unknown":
        _fill(path, {"OP0005": "2026-11-15"}, {"OP0005": "OP0777"})
    with db.transaction() as s:
        before = len(audit.entries(s, entity=regulation_acks.ENTITY))
    with pytest.raises(DomainError, match=message), db.transaction() as s:
        import_workbook(s, path, OP, version_id=expected)
    with db.transaction() as s:
        assert len(s.scalars(select(RegulationAcknowledgement)).all()) == 1  # OP0002's
        assert len(audit.entries(s, entity=regulation_acks.ENTITY)) == before
