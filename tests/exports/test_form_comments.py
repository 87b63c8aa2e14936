"""The 評語 column of the evaluator forms: stored per evaluator × person, counted in the
report, prefilled in the next forms, printed on the score sheet's 評語 sheet, audit-logged,
and put back by the undo of the import."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import select
from test_evaluator_forms import fill_all, form_of, generate, import_

from ops_desktop.core.appraisal import comments, periods, results
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AppraisalPeriod, AuditEntry, Staff
from ops_desktop.exports.excel import evaluator_forms as forms
from ops_desktop.exports.excel.score_sheet import write_score_sheet

FIRST = forms.FIRST_ROW
COMMENT = 8  # H: after the dimensions D, E, F and 未評 G


def write_comments(path, texts):
    """texts: {row offset: comment}."""
    wb = openpyxl.load_workbook(path)
    ws = wb[forms.FORM_SHEET]
    assert ws.cell(forms.HEADER_ROW, COMMENT).value == forms.COMMENT
    for row, text in texts.items():
        ws.cell(FIRST + row, COMMENT).value = text
    wb.save(path)


def stored(db, period_id):
    with db.transaction() as session:
        return {
            (c.staff_no, c.source, c.evaluator): c.text
            for c in comments.of_period(session, period_id)
        }


def test_comments_go_from_the_form_to_the_database_to_the_score_sheet(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    fill_all(path, 80)
    write_comments(path, {0: "本月主動承擔\n新人帶教", 1: "溝通可再加強"})
    report = import_(demo_db, period_id, path)
    assert report.applied and report.comments == 2 and "2 comment(s)" in report.summary()
    with demo_db.transaction() as session:
        me = session.scalar(select(Staff).where(Staff.staff_no == "OP0003"))
        ws = openpyxl.load_workbook(path)[forms.FORM_SHEET]
        second_no = ws.cell(FIRST + 1, 1).value
    said = stored(demo_db, period_id)
    evaluator = f"OP0003 {me.name}"
    assert said[("OP0003", "self", evaluator)] == "本月主動承擔\n新人帶教"
    assert "溝通可再加強" in said.values() and len(said) == 2
    assert count_audits(demo_db, "comment") == 2

    again = import_(demo_db, period_id, path)  # the same form: nothing changes
    assert again.comments == 0 and again.comment_changes == []

    (tmp_path / "again").mkdir()  # the next forms show the stored comments
    with demo_db.transaction() as session:
        again_paths = forms.generate_forms(
            session, period_id, tmp_path / "again", department="運營部"
        )
    prefilled = openpyxl.load_workbook(form_of(again_paths, "OP0003"))[forms.FORM_SHEET]
    assert prefilled.cell(FIRST, COMMENT).value == "本月主動承擔\n新人帶教"

    target = tmp_path / "sheet.xlsx"
    with demo_db.transaction() as session:
        result = results.compute(session, period_id)
        write_score_sheet(
            result, target, department="運營部", comments=comments.of_period(session, period_id)
        )
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[2]
    assert sheet.title.endswith("評語")
    rows = [list(row) for row in sheet.iter_rows(min_row=4, max_col=5, values_only=True)]
    assert ["OP0003", me.name, result.scheme.source_names["self"], evaluator,
            "本月主動承擔\n新人帶教"] in rows  # fmt: skip
    assert any(r[0] == second_no and r[4] == "溝通可再加強" for r in rows)
    assert sheet.cell(4, 5).alignment.wrap_text


def count_audits(db, action):
    with db.transaction() as session:
        return len(list(session.scalars(select(AuditEntry).where(AuditEntry.action == action))))


def test_a_comment_cleared_in_the_form_is_removed_and_undo_puts_every_comment_back(
    demo_db, tmp_path
):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    fill_all(path, 80)
    write_comments(path, {0: "first words", 1: "kept"})
    import_(demo_db, period_id, path)
    before = stored(demo_db, period_id)
    write_comments(path, {0: "second words", 1: None, 2: "new"})
    report = import_(demo_db, period_id, path)
    assert report.comments == 3 and len(report.comment_changes) == 3
    after = stored(demo_db, period_id)
    assert "second words" in after.values() and "kept" not in after.values()
    assert count_audits(demo_db, "delete_comment") == 1
    with demo_db.transaction() as session:
        comments.take_back(session, period_id, report.comment_changes, "tester")
    assert stored(demo_db, period_id) == before
    with demo_db.transaction() as session:
        comments.put_again(session, period_id, report.comment_changes, "tester")
    assert stored(demo_db, period_id) == after


def test_undo_after_someone_else_changed_a_comment_is_refused_and_changes_nothing(
    demo_db, tmp_path
):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    fill_all(path, 80)
    write_comments(path, {0: "mine", 1: "also mine"})
    report = import_(demo_db, period_id, path)
    key = report.comment_changes[0].key
    with demo_db.transaction() as session:
        comments.put(session, period_id, key, "another desk's", "other")
    changed = stored(demo_db, period_id)
    with pytest.raises(DomainError, match="changed by someone else"), demo_db.transaction() as s:
        comments.take_back(s, period_id, report.comment_changes, "tester")
    assert stored(demo_db, period_id) == changed


@pytest.mark.parametrize(
    ("text", "reason"),
    [("x" * 501, "longer than 500"), ("bad\ufffechar", r"U\+FFFE"), ("bell\x07", r"U\+0007")],
)
def test_a_comment_too_long_or_with_a_character_a_workbook_cannot_hold_is_refused(
    demo_db, text, reason
):
    with demo_db.transaction() as session:
        period = periods.open_period(session, 2026, 11)
        me = session.scalar(select(Staff).where(Staff.staff_no == "OP0003"))
        key = comments.CommentKey(me.id, "self", me.id)
        with pytest.raises(DomainError, match=reason):
            comments.put(session, period.id, key, text)
        assert comments.of_period(session, period.id) == []


def test_a_too_long_comment_in_a_form_is_a_problem_at_its_cell(demo_db, tmp_path):
    period_id, paths = generate(demo_db, tmp_path)
    path = form_of(paths, "OP0003")
    fill_all(path, 80)
    write_comments(path, {1: "長" * 501})
    report = import_(demo_db, period_id, path)
    assert not report.applied
    (problem,) = report.problems
    assert problem.cell == f"H{FIRST + 1}" and "longer than 500" in problem.reason
    assert stored(demo_db, period_id) == {}


def test_a_locked_month_refuses_comments_in_the_database_itself(demo_db):
    """Like its scores (0004's triggers): even a write past the services is refused."""
    from sqlalchemy import text

    with demo_db.transaction() as session:
        locked = session.scalars(
            select(AppraisalPeriod).where(AppraisalPeriod.status == "locked")
        ).first()
        me = session.scalar(select(Staff.id).where(Staff.staff_no == "OP0003"))
    with pytest.raises(Exception, match="ops-locked-period"), demo_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO score_comments (period_id, subject_id, source, evaluator_id, comment)"
                " VALUES (:p, :s, 'self', :s, 'late words')"
            ),
            {"p": locked.id, "s": me},
        )
