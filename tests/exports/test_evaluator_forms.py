"""Evaluator forms: generated per evaluator, filled in outside the program, imported back
with a report per problem, all or nothing, and idempotent."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from ops_desktop.core.appraisal import periods, score_changes
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry, ScoreEntry, Staff
from ops_desktop.exports.excel import evaluator_forms as forms

FIRST = forms.FIRST_ROW


def generate(db, tmp_path, year=2026, month=11, open_first=True):
    with db.transaction() as session:
        period = (
            periods.open_period(session, year, month)
            if open_first
            else periods.get(session, year, month)
        )
        paths = forms.generate_forms(session, period.id, tmp_path, department="運營部")
        return period.id, paths


def form_of(paths, staff_no):
    return next(p for p in paths if f"_{staff_no}_" in p.name)


def fill(path, values):
    """values: {(row offset, dimension column offset): value}; returns nothing, saves."""
    wb = openpyxl.load_workbook(path)
    ws = wb[forms.FORM_SHEET]
    for (row, dim), value in values.items():
        ws.cell(FIRST + row, 4 + dim).value = value
    wb.save(path)


def fill_all(path, value=88.5):
    ws = openpyxl.load_workbook(path)[forms.FORM_SHEET]
    rows = sum(1 for r in range(FIRST, ws.max_row + 1) if ws.cell(r, 1).value)
    fill(path, {(r, d): value for r in range(rows) for d in range(3)})
    return rows


def import_(db, period_id, path, **kw):
    with db.transaction() as session:
        return forms.import_form(session, period_id, path, "tester", **kw)


def count(db, model, *where):
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_one_form_per_evaluator_with_whom_they_score(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path, 2026, 10, open_first=False)
    assert len(paths) == 24  # every member of the month scores at least themself
    with demo_db.transaction() as session:
        boss = session.scalar(select(Staff).where(Staff.staff_no == "OP0001"))
        reports = {
            s.staff_no
            for s in session.scalars(
                select(Staff).where(Staff.supervisor_id == boss.id, Staff.status != "departed")
            )
        }
    ws = openpyxl.load_workbook(form_of(paths, "OP0001"))[forms.FORM_SHEET]
    listed = {
        (ws.cell(r, 1).value, ws.cell(r, 3).value)
        for r in range(FIRST, ws.max_row + 1)
        if ws.cell(r, 1).value
    }
    assert ("OP0001", "自我評價") in listed
    assert {no for no, kind in listed if kind == "上級評價"} == reports
    # The scores already given are filled in.
    assert all(
        isinstance(ws.cell(r, 4).value, int | float) for r in range(FIRST, FIRST + len(listed))
    )
    assert ws.protection.sheet and ws.cell(FIRST, 4).protection.locked is False
    assert (
        openpyxl.load_workbook(form_of(paths, "OP0001"))[forms.META_SHEET].sheet_state
        == "veryHidden"
    )


def test_round_trip_then_a_second_import_changes_nothing(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    rows = fill_all(path, 88.5)
    report = import_(demo_db, period_id, path)
    assert report.applied and not report.problems
    assert report.added == rows * 3
    stored = count(demo_db, ScoreEntry, ScoreEntry.period_id == period_id)
    assert stored == rows * 3
    with demo_db.transaction() as session:
        assert {
            e.score
            for e in session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == period_id))
        } == {Decimal("88.5")}
    audits = count(demo_db, AuditEntry)
    again = import_(demo_db, period_id, path)
    assert again.applied and again.unchanged == rows * 3 and again.added == again.changed == 0
    assert count(demo_db, AuditEntry) == audits


def all_scores(db, period_id):
    with db.transaction() as session:
        return {
            (e.subject_id, e.source, e.evaluator_id, e.dimension_id): e.score
            for e in session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == period_id))
        }


def test_an_import_notes_what_it_changed_and_taking_that_back_restores_the_month(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    fill_all(path, 70)
    import_(demo_db, period_id, path)
    fill(path, {(0, 0): 95})  # one score overwritten, the others the same
    before = all_scores(demo_db, period_id)
    other = form_of(paths, "OP0004")
    fill_all(other, 80)  # new scores only
    report, second = import_(demo_db, period_id, path), import_(demo_db, period_id, other)
    assert report.changed == 1 and len(report.changes) == 1
    (change,) = report.changes
    assert (change.before, change.after) == (Decimal(70), Decimal(95))
    assert len(second.changes) == second.added > 0
    with demo_db.transaction() as session:
        score_changes.take_back(session, period_id, report.changes + second.changes, "tester")
    assert all_scores(demo_db, period_id) == before
    with demo_db.transaction() as session:
        score_changes.put_again(session, period_id, report.changes + second.changes, "tester")
    after = all_scores(demo_db, period_id)
    assert len(after) == len(before) + second.added and Decimal(95) in after.values()
    assert import_(demo_db, period_id, path).changes == []  # the same again: nothing changed


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("abc", "not a score"),
        (101, "more than 100"),
        (-1, "less than 0"),
        ("九十", "type it with digits"),
        ("1e2", "not a score"),
        (85.25, "after the decimal point"),
    ],
)
def test_a_bad_cell_is_reported_with_its_place_and_nothing_is_written(
    demo_db, tmp_path, value, reason
):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    fill_all(path, 70)
    fill(path, {(1, 2): value})
    report = import_(demo_db, period_id, path)
    assert not report.applied
    (problem,) = report.problems
    assert problem.cell == f"F{FIRST + 1}" and problem.sheet == forms.FORM_SHEET
    assert reason in problem.reason and problem.file == path.name
    assert count(demo_db, ScoreEntry, ScoreEntry.period_id == period_id) == 0


def test_only_the_valid_rows_when_asked(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    rows = fill_all(path, 70)
    fill(path, {(0, 0): "x"})
    report = import_(demo_db, period_id, path, only_valid=True)
    assert report.applied and len(report.problems) == 1
    assert count(demo_db, ScoreEntry, ScoreEntry.period_id == period_id) == rows * 3 - 1


def test_someone_the_evaluator_does_not_score_is_reported(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    wb = openpyxl.load_workbook(path)
    ws = wb[forms.FORM_SHEET]
    ws.cell(FIRST, 1).value = "OP0022"  # the self row now names somebody else
    ws.cell(FIRST, 4).value = 80
    wb.save(path)
    report = import_(demo_db, period_id, path)
    assert not report.applied
    assert report.problems[0].cell == f"A{FIRST}" and "does not score" in report.problems[0].reason


def test_a_changed_header_is_reported(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    wb = openpyxl.load_workbook(path)
    wb[forms.FORM_SHEET].cell(forms.HEADER_ROW, 4).value = "工作態度"
    wb.save(path)
    report = import_(demo_db, period_id, path)
    assert not report.applied and "header" in report.problems[0].reason


def test_forms_of_another_period_or_evaluator_are_refused(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    with demo_db.transaction() as session:
        october = periods.get(session, 2026, 10).id
        someone_else = session.scalar(select(Staff.id).where(Staff.staff_no == "OP0004"))
    path = form_of(paths, "OP0003")
    with pytest.raises(DomainError, match="period 2026-11, not 2026-10"):
        import_(demo_db, october, path)
    with pytest.raises(DomainError, match="not of the evaluator chosen"):
        import_(demo_db, period_id, path, expected_evaluator_id=someone_else)


def test_a_locked_period_refuses_imports(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    fill_all(form_of(paths, "OP0003"))
    with demo_db.transaction() as session:
        periods.lock(session, period_id, incomplete=True)
    with pytest.raises(DomainError, match="locked"):
        import_(demo_db, period_id, form_of(paths, "OP0003"))


def _not_a_form(tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    if kind == "text":
        path.write_text("工號,姓名\nOP0001,王偉\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "not a workbook")
    elif kind == "damaged":
        data = tmp_path / "good.xlsx"
        openpyxl.Workbook().save(data)
        path.write_bytes(data.read_bytes()[:300])
    else:
        openpyxl.Workbook().save(path)
    return path


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("text", "not an Excel workbook"),
        ("empty", "not an Excel workbook"),
        ("zip", "damaged"),
        ("damaged", "not an Excel workbook"),
        ("plain", "not an ops-desktop evaluator form"),
    ],
)
def test_files_that_are_not_forms_are_refused_clearly(demo_db, tmp_path, kind, words):
    period_id, _ = generate(demo_db, tmp_path)
    with pytest.raises(DomainError, match=words):
        import_(demo_db, period_id, _not_a_form(tmp_path, kind))
