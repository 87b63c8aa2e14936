"""The appraisal grid typed as a spreadsheet: Delete clears (undoable, audit-logged), a refused
value stays in its editor with the reason beside the cell, marks follow the values, full-width
digits are read, Tab walks only the cells that can be typed into, a locked month says so; and a
new month: offered, its peers carried over, its columns sized and frozen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from answering import OFFERED, lock_anyway
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from sqlalchemy import select

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.models import AuditEntry, ScoreEntry
from ops_desktop.gui.pages.appraisals import AppraisalsPage

# first score column, after 工號, 姓名, 總分, 等級, 排名: 上級評價 × 工作業績
SUPERVISOR_PERF = 5


@pytest.fixture
def november(ctx):
    with ctx.db.transaction() as session:
        return periods.open_period(session, 2026, 11).id


def make_page(qtbot, ctx, period_id=None, size=(1400, 800)):
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.activate()
    if period_id is not None:
        page.period_combo.setCurrentIndex(page.period_combo.findData(period_id))
        page.load(period_id)
    page.grid.setFocus()
    return page


def stored(ctx, period_id, staff_id, source="supervisor"):
    with ctx.db.transaction() as session:
        return session.scalars(
            select(ScoreEntry.score).where(
                ScoreEntry.period_id == period_id,
                ScoreEntry.subject_id == staff_id,
                ScoreEntry.source == source,
            )
        ).all()


def focus(page) -> QWidget:
    return page.window().focusWidget() or page.grid


def type_in(qtbot, page, row, column, text, end=Qt.Key.Key_Return):
    page.grid.setCurrentIndex(page.model.index(row, column))
    for char in text:
        qtbot.keyClicks(focus(page), char)
    qtbot.keyClick(focus(page), end)


def editing(page) -> bool:
    return page.grid.state() == QAbstractItemView.State.EditingState


# -- clearing -------------------------------------------------------------------------------------
def test_delete_clears_a_score_in_one_undo_step_written_to_the_audit_log(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    person = page.model.people[0]
    type_in(qtbot, page, 0, SUPERVISOR_PERF, "81")
    assert stored(ctx, november, person.staff_id) == [Decimal(81)]
    page.grid.setCurrentIndex(page.model.index(0, SUPERVISOR_PERF))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert stored(ctx, november, person.staff_id) == []
    assert page.model.index(0, SUPERVISOR_PERF).data() == ""
    with ctx.db.transaction() as session:
        deleted = session.scalars(select(AuditEntry).where(AuditEntry.action == "delete_score"))
        assert [e.entity_id for e in deleted] == [person.staff_id]
    assert page.undo_stack.undoText().startswith("Clear score")
    page.undo_stack.undo()
    assert stored(ctx, november, person.staff_id) == [Decimal(81)]
    assert page.model.index(0, SUPERVISOR_PERF).data() == "81"


def test_backspace_clears_the_selected_block_and_one_undo_puts_it_back(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    for row in range(3):
        type_in(qtbot, page, row, SUPERVISOR_PERF, str(70 + row))
    steps = page.undo_stack.count()
    top, bottom = page.model.index(0, SUPERVISOR_PERF), page.model.index(2, SUPERVISOR_PERF + 1)
    page.grid.setCurrentIndex(top)
    page.grid.selectionModel().select(
        page.grid.selectionModel().selection().__class__(top, bottom),
        page.grid.selectionModel().SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(page.grid, Qt.Key.Key_Backspace)
    assert [page.model.index(r, SUPERVISOR_PERF).data() for r in range(3)] == ["", "", ""]
    assert page.undo_stack.count() == steps + 1
    page.undo_stack.undo()
    assert [page.model.index(r, SUPERVISOR_PERF).data() for r in range(3)] == ["70", "71", "72"]


def test_the_windows_delete_action_clears_the_selected_score(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    type_in(qtbot, page, 0, SUPERVISOR_PERF, "66")
    page.grid.setCurrentIndex(page.model.index(0, SUPERVISOR_PERF))
    assert page.delete_record()
    assert stored(ctx, november, page.model.people[0].staff_id) == []


# -- refusals -------------------------------------------------------------------------------------
def test_a_refused_value_stays_in_its_editor_with_the_reason_beside_the_cell(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    type_in(qtbot, page, 0, SUPERVISOR_PERF, "abc")
    assert editing(page) and page.grid.keys.editor.text() == "abc"
    assert page.grid.currentIndex().row() == 0  # the cursor did not move on
    bubble = page.grid.keys.bubble
    assert bubble.isVisible() and "abc" in bubble.text() and "not a score" in bubble.text()
    cell = page.grid.visualRect(page.model.index(0, SUPERVISOR_PERF))
    assert abs(bubble.y() - cell.bottom()) <= 4  # beside the cell, not somewhere else
    assert stored(ctx, november, page.model.people[0].staff_id) == []
    editor = page.grid.keys.editor
    assert editor.selectedText() == "abc"  # typing replaces it
    qtbot.keyClicks(editor, "85")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not editing(page) and not bubble.isVisible()
    assert stored(ctx, november, page.model.people[0].staff_id) == [Decimal(85)]
    assert page.grid.currentIndex().row() == 1


def test_a_refusal_found_when_storing_goes_back_into_the_editor(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    person = page.model.people[0]
    with ctx.db.transaction() as session:  # another desk scores it after the grid was loaded
        dim = periods.scheme_dimensions(session, november)[0]
        supervisor, external = scores.supervisor_of(session, person.staff_id)
        key = scores.ScoreKey(person.staff_id, "supervisor", supervisor, dim.id)
        scores.enter(session, november, key, 77, "elsewhere", external)
    type_in(qtbot, page, 0, SUPERVISOR_PERF, "95")
    assert editing(page) and page.grid.keys.editor.text() == "95"
    assert page.grid.currentIndex().row() == 0 and page.grid.keys.bubble.isVisible()
    assert page.model.value(0, SUPERVISOR_PERF) == 77  # the grid shows the stored score


def test_marks_follow_the_values(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    type_in(qtbot, page, 0, SUPERVISOR_PERF, "80")
    page.model.setData(page.model.index(0, SUPERVISOR_PERF), "x")
    assert (0, SUPERVISOR_PERF) in page.model.refused
    page.model.setData(page.model.index(0, SUPERVISOR_PERF), "80")  # what it holds: no mark
    assert (0, SUPERVISOR_PERF) not in page.model.refused
    page.model.refuse(1, SUPERVISOR_PERF, "refused earlier")
    with ctx.db.transaction() as session:  # the cell's value changes (another desk, an undo)
        person = page.model.people[1]
        dim = periods.scheme_dimensions(session, november)[0]
        supervisor, external = scores.supervisor_of(session, person.staff_id)
        key = scores.ScoreKey(person.staff_id, "supervisor", supervisor, dim.id)
        scores.enter(session, november, key, 60, "elsewhere", external)
    page.refresh_people([person.staff_id])
    assert page.model.value(1, SUPERVISOR_PERF) == 60
    assert (1, SUPERVISOR_PERF) not in page.model.refused


@pytest.mark.parametrize(
    ("typed", "value"), [("８５", 85), ("８５．５", Decimal("85.5")), ("85 ", 85)]
)
def test_full_width_digits_and_spaces_are_read(qtbot, ctx, november, typed, value):
    page = make_page(qtbot, ctx, november)
    page.grid.setCurrentIndex(page.model.index(0, SUPERVISOR_PERF))
    commit = QInputMethodEvent()  # what a Chinese input method sends: the text it composed
    commit.setCommitString(typed)
    QApplication.sendEvent(page.grid, commit)
    assert editing(page)
    qtbot.keyClick(focus(page), Qt.Key.Key_Return)
    assert not editing(page)
    assert stored(ctx, november, page.model.people[0].staff_id) == [Decimal(value)]


# -- walking ------------------------------------------------------------------------------------
def test_tab_walks_only_the_cells_that_can_be_typed_into(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    model = page.model
    page.grid.setCurrentIndex(model.index(0, SUPERVISOR_PERF))
    seen = [(0, SUPERVISOR_PERF)]
    editable_per_row = sum(model.editable(0, c) for c in range(model.columnCount()))
    for _ in range(editable_per_row + 1):
        qtbot.keyClick(page.grid, Qt.Key.Key_Tab)
        index = page.grid.currentIndex()
        seen.append((index.row(), index.column()))
    assert all(model.editable(r, c) for r, c in seen)
    assert {model.columns[c].kind for _r, c in seen} == {"input", "data"}
    assert seen[editable_per_row] == (1, SUPERVISOR_PERF)  # wrapped to the next row's first
    qtbot.keyClick(page.grid, Qt.Key.Key_Backtab)
    assert (page.grid.currentIndex().row(), page.grid.currentIndex().column()) == seen[-2]
    assert focus(page) is page.grid  # Tab never left the table


def test_tab_while_typing_stores_and_goes_to_the_next_typed_cell(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    model = page.model
    last_input = max(c for c in range(model.columnCount()) if model.columns[c].kind == "input")
    type_in(qtbot, page, 0, last_input, "70", end=Qt.Key.Key_Tab)
    assert model.value(0, last_input) == 70
    now = page.grid.currentIndex()
    assert model.columns[now.column()].kind == "data" and now.row() == 0
    assert focus(page) is page.grid


# -- where nothing can be typed -------------------------------------------------------------------
def test_typing_in_a_locked_month_says_it_is_locked_and_how_to_unlock(
    qtbot, ctx, november, dialogs
):
    page = make_page(qtbot, ctx, november)
    dialogs.forms.append(lock_anyway)
    page.toggle_lock()
    assert page.model.locked
    messages = []
    page.status_message.connect(messages.append)
    page.grid.setCurrentIndex(page.model.index(0, SUPERVISOR_PERF))
    qtbot.keyClicks(page.grid, "8")
    assert not editing(page)
    text = page.grid.keys.bubble.text()
    assert page.grid.keys.bubble.isVisible() and "locked" in text and "Unlock" in text
    assert text in messages
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert stored(ctx, november, page.model.people[0].staff_id) == []


def test_typing_on_a_peer_cell_points_to_the_peers_panel(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    peer = page.model.column_of("peer", page.model.columns[SUPERVISOR_PERF].dimension)
    page.grid.setCurrentIndex(page.model.index(0, peer))
    qtbot.keyClicks(page.grid, "8")
    assert not editing(page) and "peers panel" in page.grid.keys.bubble.text()


# -- a new month ----------------------------------------------------------------------------------
def test_new_month_offers_the_month_after_the_latest(qtbot, ctx, november, dialogs):
    page = make_page(qtbot, ctx, november)
    dialogs.texts.append(OFFERED)
    page.open_month()
    assert dialogs.offered == ["2026-12"]
    assert page.period_combo.currentText() == "2026-12"


def test_without_months_the_new_month_offered_is_this_month(qtbot, fresh_ctx, dialogs, clock_at):
    clock_at("2027-03-05T09:00:00")
    page = make_page(qtbot, fresh_ctx)
    dialogs.texts.append(None)
    page.open_month()
    assert dialogs.offered == ["2027-03"]


def test_a_new_month_carries_each_persons_peers_over(ctx, november):
    with ctx.db.transaction() as session:
        people = {p.staff_no: p for p in periods.members(session, periods.get(session, 2026, 11))}
        head = next(p for p in people.values() if p.supervisor_id is None)
        chosen = [p.id for p in people.values() if p is not head][:3]
        periods.set_peers(session, november, head.id, chosen, "tester")
        other = next(p for p in people.values() if p.supervisor_id and p.id not in chosen)
        periods.set_peers(session, november, other.id, chosen[:1], "tester")
        december = periods.open_period(session, 2026, 12, "tester")
        carried = periods.peers_of(session, december.id)
    assert carried[head.id] == chosen  # the manager is no longer without peers
    assert carried[other.id] == chosen[:1]  # as edited last month, not the team again


def test_columns_are_sized_for_what_they_will_hold(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)  # an empty month: no totals yet
    model, grid = page.model, page.grid
    metrics = QFontMetrics(grid.font())
    total = next(c for c, col in enumerate(model.columns) if col.key == "total")
    assert grid.columnWidth(total) > metrics.horizontalAdvance("100.00")
    october = page.period_combo.findText("2026-10")
    page.period_combo.setCurrentIndex(october)
    page.load(page.period_combo.currentData())  # a filled month: every text fits its column
    for column in range(model.columnCount()):
        widest = max(
            metrics.horizontalAdvance(str(model.index(r, column).data()))
            for r in range(model.rowCount())
        )
        assert grid.columnWidth(column) > widest, model.columns[column].title


def test_who_and_the_result_stay_in_view_in_a_small_window(qtbot, ctx):
    page = make_page(qtbot, ctx, size=(1024 - 180, 700 - 120))  # the window less its frame
    grid, model = page.grid, page.model
    frozen = grid.frozen
    assert frozen.count == 5 and frozen.isVisible()
    assert [frozen.isColumnHidden(c) for c in range(7)] == [False] * 5 + [True] * 2
    assert [frozen.columnWidth(c) for c in range(5)] == [grid.columnWidth(c) for c in range(5)]
    assert frozen.geometry().right() < grid.viewport().width()  # room left to scroll the rest
    last = model.columnCount() - 1
    grid.setCurrentIndex(model.index(0, last))
    grid.scrollTo(model.index(0, last))
    assert grid.horizontalScrollBar().value() > 0  # the scores scrolled…
    assert frozen.width() == frozen.width_needed()  # …under columns that did not
    first_scored = model.index(3, SUPERVISOR_PERF)
    grid.setCurrentIndex(first_scored)
    grid.scrollTo(first_scored)
    assert grid.visualRect(first_scored).left() >= frozen.width_needed()  # not hidden under them
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())
    assert frozen.verticalScrollBar().value() == grid.verticalScrollBar().value()  # rows level


# -- what a typed score shows before it is stored --------------------------------------------------
def test_a_typed_score_shows_its_total_grade_and_ranks_before_it_is_stored(qtbot, ctx, monkeypatch):
    with ctx.db.transaction() as session:
        october = periods.get(session, 2026, 10)
        if october.status == "locked":
            periods.unlock(session, october.id, "a correction", "tester")
        october_id = october.id
    page = make_page(qtbot, ctx, october_id)
    model = page.model
    best = min(range(model.rowCount()), key=lambda r: model.people[r].rank or 10**6)
    before = model.people[best]
    assert before.total is not None and before.rank == 1
    held = []  # the database worker, busy: nothing is stored until it is let go
    run = ctx.tasks.run
    monkeypatch.setattr(ctx.tasks, "run", lambda *args, **kwargs: held.append((args, kwargs)))
    assert model.setData(model.index(best, SUPERVISOR_PERF), "0")
    shown = model.people[best]
    assert held and stored(ctx, october_id, before.staff_id) != []  # not stored yet…
    assert shown.total < before.total and shown.rank > 1  # …but its effect is shown
    assert shown.grade == next(b.name for b in model.view.bands if shown.total >= b.min_score)
    assert sum(1 for p in model.people if p.rank == 1) == 1  # someone else is first now
    monkeypatch.setattr(ctx.tasks, "run", run)
    for args, kwargs in held:
        run(*args, **kwargs)
    assert model.people[best] is not shown  # the stored result arrived…
    assert model.people[best].total == shown.total  # …and is what was shown
    assert model.people[best].rank == shown.rank


# -- the forced distribution --------------------------------------------------------------------
def test_a_grade_over_its_forced_distribution_is_warned_of_above_the_grid(qtbot, ctx):
    from sqlalchemy import update

    from ops_desktop.core.models import DataScore

    with ctx.db.transaction() as session:
        october = periods.get(session, 2026, 10)
        top = [p.id for p in periods.members(session, october)][:6]
        for table in (ScoreEntry, DataScore):  # six more at 100: over the 20 % of 優秀
            session.execute(
                update(table)
                .where(table.period_id == october.id, table.subject_id.in_(top))
                .values(score=Decimal(100))
            )
    page = make_page(qtbot, ctx, october.id)
    model, warning = page.model, page.distribution_label
    best = model.view.bands[0]
    graded = [p for p in model.people if p.grade]
    excellent = [p for p in graded if p.grade == best.name]
    share = Decimal(len(excellent)) * 100 / len(graded)
    assert share > best.max_share and warning.isVisible()
    assert f"{best.name}: {len(excellent)} people ({share:.2f}%), limit 20%" in warning.text()
    allowed = int(best.max_share * len(graded) / 100)
    for person in excellent[allowed:]:  # fall below 優秀 until the limit is kept
        row = model.row_of(person.staff_id)
        for column, col in enumerate(model.columns):
            if col.kind == "input" and col.source == "supervisor":
                model.setData(model.index(row, column), "0")
        assert model.people[row].grade != best.name
    assert not warning.isVisible()


def test_the_months_state_does_not_widen_the_page(qtbot, ctx):
    """In English the state beside the buttons made the window 1,089 px wide at least (seen
    under Xvfb): the page's least width must not follow the state's text."""
    page = make_page(qtbot, ctx)
    least = page.minimumSizeHint().width()
    page.status_label.setText(page.status_label.text() * 6)
    page.distribution_label.setText("over the limit " * 20)
    page.distribution_label.show()
    assert page.minimumSizeHint().width() <= least
