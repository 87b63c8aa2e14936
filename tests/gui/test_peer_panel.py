"""The peer panel beside the appraisal grid, typed in as a spreadsheet: Enter stores and moves
down, Tab across and round, a refused value stays in its editor with the reason; every
dimension in sight; a peer removed with the scores they gave, asked first, one undo step."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from sqlalchemy import select

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.models import AppraisalPeriod, SchemeDimension, ScoreEntry
from ops_desktop.core.services import audit
from ops_desktop.gui.pages.appraisals import AppraisalsPage
from ops_desktop.gui.pages.appraisals.peer_model import short_title

PERSON = 2  # a row of the grid whose person has peers (their team)


@pytest.fixture
def november(ctx):
    with ctx.db.transaction() as session:
        return periods.open_period(session, 2026, 11).id


@pytest.fixture
def told():
    """What the page said in the status bar."""
    return []


@pytest.fixture
def page(qtbot, ctx, november, told):
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.status_message.connect(told.append)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    page.load(november)
    page.grid.setCurrentIndex(page.model.index(PERSON, 0))
    assert len(page.peers.model.rows) >= 2 and page.peers.model.columnCount() == 3
    return page


def start_at(page, row, column):
    panel = page.peers
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, column))


def focused(page):
    return page.window().focusWidget()


def type_keys(qtbot, page, text):
    """Type into whatever has the focus, as a user does: the first key opens the editor."""
    for char in text:
        qtbot.keyClicks(focused(page), char)


def press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(page), key, modifier)


def stored(ctx, period_id, page, row):
    """The peer scores the row's peer gave the person, by dimension code."""
    panel = page.peers
    codes = {ident: code for code, _name, ident in panel.model.dims}
    with ctx.db.transaction() as session:
        return {
            codes[e.dimension_id]: e.score
            for e in session.scalars(
                select(ScoreEntry).where(
                    ScoreEntry.period_id == period_id,
                    ScoreEntry.subject_id == panel.person_id,
                    ScoreEntry.evaluator_id == panel.model.rows[row].evaluator_id,
                    ScoreEntry.source == "peer",
                )
            )
        }


def at(page):
    current = page.peers.view.currentIndex()
    return current.row(), current.column()


def code(page, column):
    return page.peers.model.dims[column][0]


# -- keys --------------------------------------------------------------------------------------
def test_typing_replaces_the_cell_and_enter_stores_it_and_moves_down(qtbot, ctx, november, page):
    panel = page.peers
    assert panel.model.setData(panel.model.index(0, 1), "80")
    start_at(page, 0, 1)
    type_keys(qtbot, page, "85")
    press(qtbot, page, Qt.Key.Key_Return)
    assert stored(ctx, november, page, 0) == {code(page, 1): 85}  # replaced, not 8085
    assert at(page) == (1, 1) and focused(page) is panel.view
    type_keys(qtbot, page, "90")  # the focus stayed in the table: typing goes on below
    press(qtbot, page, Qt.Key.Key_Enter)
    assert stored(ctx, november, page, 1) == {code(page, 1): 90}
    assert panel.model.index(1, 1).data() == "90"
    assert focused(page) is panel.view


def test_tab_stores_and_moves_across_and_round_and_shift_tab_back(qtbot, ctx, november, page):
    panel = page.peers
    last_row = panel.model.rowCount() - 1
    start_at(page, 0, 2)  # the last dimension of the first peer
    type_keys(qtbot, page, "70")
    press(qtbot, page, Qt.Key.Key_Tab)
    assert stored(ctx, november, page, 0) == {code(page, 2): 70}
    assert at(page) == (1, 0)  # on to the next peer's first dimension
    type_keys(qtbot, page, "71")
    press(qtbot, page, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert stored(ctx, november, page, 1) == {code(page, 0): 71}
    assert at(page) == (0, 2)  # back to the end of the row before
    press(qtbot, page, Qt.Key.Key_Tab)  # between cells Tab moves, storing nothing
    assert at(page) == (1, 0)
    start_at(page, last_row, 2)  # the table's last cell: Tab goes round to the first
    type_keys(qtbot, page, "72")
    press(qtbot, page, Qt.Key.Key_Tab)
    assert stored(ctx, november, page, last_row) == {code(page, 2): 72}
    assert at(page) == (0, 0) and focused(page) is panel.view
    press(qtbot, page, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert at(page) == (last_row, 2) and focused(page) is panel.view


@pytest.mark.parametrize("bad", ["101", "abc", "85.25"])
def test_a_refused_value_stays_in_its_editor_with_the_reason(qtbot, ctx, november, page, told, bad):
    panel = page.peers
    start_at(page, 0, 0)
    type_keys(qtbot, page, bad)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Tab):
        press(qtbot, page, key)
        editor = focused(page)
        assert isinstance(editor, QLineEdit) and editor.text() == bad
        assert panel.view.state() == QAbstractItemView.State.EditingState
        assert editor.toolTip() and told[-1] == editor.toolTip()
        assert at(page) == (0, 0)
    assert stored(ctx, november, page, 0) == {}
    editor.selectAll()
    type_keys(qtbot, page, "88")  # corrected where it was typed
    press(qtbot, page, Qt.Key.Key_Return)
    assert stored(ctx, november, page, 0) == {code(page, 0): 88} and at(page) == (1, 0)


def test_a_trailing_space_is_read_as_the_grid_reads_it(qtbot, ctx, november, page):
    start_at(page, 0, 0)
    type_keys(qtbot, page, "85 ")
    press(qtbot, page, Qt.Key.Key_Return)
    assert stored(ctx, november, page, 0) == {code(page, 0): 85}


def test_full_width_digits_are_read_as_the_grid_reads_them(qtbot, ctx, november, page):
    start_at(page, 0, 0)
    press(qtbot, page, Qt.Key.Key_F2)  # an input method commits ８５ whole: QTest cannot type it
    editor = focused(page)
    assert isinstance(editor, QLineEdit)
    editor.insert("８５ ")
    press(qtbot, page, Qt.Key.Key_Return)
    assert stored(ctx, november, page, 0) == {code(page, 0): 85}


def test_what_is_being_typed_survives_the_panel_being_read_again(qtbot, ctx, november, page):
    panel = page.peers
    start_at(page, 1, 0)
    type_keys(qtbot, page, "7")
    editor = focused(page)
    with ctx.db.transaction() as session:  # another desk scores the first peer's cell
        key = scores.ScoreKey(
            panel.person_id, "peer", panel.model.rows[0].evaluator_id, panel.model.dims[0][2]
        )
        scores.enter(session, november, key, "66")
    panel.set_person(panel.person_id)  # as the answer to a score stored reads it again
    assert panel.model.index(0, 0).data() == "66"
    assert focused(page) is editor and editor.text() == "7" and at(page) == (1, 0)
    type_keys(qtbot, page, "5")
    press(qtbot, page, Qt.Key.Key_Return)
    assert stored(ctx, november, page, 1) == {code(page, 0): 75}


def test_what_is_being_typed_for_one_person_is_not_stored_for_the_next(qtbot, ctx, november, page):
    panel = page.peers
    first = panel.person_id
    other_row = next(
        r
        for r, p in enumerate(page.model.people)
        if p.staff_id != first and p.staff_id not in [q.evaluator_id for q in panel.model.rows]
    )
    other = page.model.people[other_row].staff_id
    with ctx.db.transaction() as session:  # the same peers as the first: the same table shape
        periods.set_peers(session, november, other, [q.evaluator_id for q in panel.model.rows])
    start_at(page, 0, 0)
    type_keys(qtbot, page, "7")
    page.grid.setCurrentIndex(page.model.index(other_row, 0))  # chosen without a click
    assert panel.person_id == other
    press(qtbot, page, Qt.Key.Key_Return)
    with ctx.db.transaction() as session:
        given = session.scalars(
            select(ScoreEntry).where(ScoreEntry.period_id == november, ScoreEntry.source == "peer")
        ).all()
    assert given == []


# -- every dimension in sight ------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1750, 950), (850, 600)])  # a 1920×1080 and a 1024×700 window
def test_every_dimension_is_in_sight_and_the_peers_are_named(qtbot, page, size):
    page.resize(*size)
    qtbot.wait_until(lambda: page.peers.view.viewport().width() > 0)
    panel = page.peers
    view = panel.view
    page.grid.setCurrentIndex(page.model.index(PERSON + 1, 0))  # shown anew: sized anew
    for column in range(panel.model.columnCount()):
        place = view.visualRect(panel.model.index(0, column))
        assert place.left() >= 0 and place.right() < view.viewport().width(), column
        name = panel.model.dims[column][1]
        assert view.model().headerData(column, Qt.Orientation.Horizontal) == name
        tip = view.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert tip == name
    peer = panel.model.rows[0]
    assert panel.model.headerData(0, Qt.Orientation.Vertical) == peer.name
    assert view.verticalHeader().isVisible()  # the names stay when the scores scroll


def all_in_sight(view):
    model = view.model()
    places = [view.visualRect(model.index(0, c)) for c in range(model.columnCount())]
    return all(p.left() >= 0 and p.right() < view.viewport().width() for p in places)


def test_a_wide_scheme_scrolls_its_scores_beside_the_names_on_a_small_screen(
    qtbot, ctx, november, page
):
    with ctx.db.transaction() as session:  # three more dimensions, with long names
        scheme_id = session.get(AppraisalPeriod, november).scheme_id
        for n, name in enumerate(
            ["Customer service quality", "Teamwork and cooperation", "學習成長"]
        ):
            session.add(
                SchemeDimension(
                    scheme_id=scheme_id, code=f"extra{n}", name=name, weight=0, sort_order=10 + n
                )
            )
    panel, view = page.peers, page.peers.view
    page.resize(850, 600)
    page.load(november)
    page.grid.setCurrentIndex(page.model.index(PERSON, 0))
    assert panel.model.columnCount() == 6
    qtbot.wait_until(lambda: view.horizontalScrollBar().maximum() > 0)  # the scores scroll …
    assert not all_in_sight(view)
    assert view.verticalHeader().isVisible()  # … beside the peers' names
    assert view.minimumWidth() <= page.width() // 3  # and the grid keeps the rest
    page.resize(1750, 950)  # the window made larger: the panel shows every dimension
    qtbot.wait_until(lambda: all_in_sight(view))
    assert view.horizontalScrollBar().maximum() == 0


def test_a_long_dimension_name_is_put_on_two_lines():
    assert short_title("工作業績") == "工作業績"
    assert short_title("Quality of the work done") == "Quality of\nthe work done"


# -- removing a peer ---------------------------------------------------------------------------
def peer_ids(ctx, period_id, page):
    with ctx.db.transaction() as session:
        return periods.peers_of(session, period_id).get(page.peers.person_id, [])


def test_removing_a_peer_who_has_scored_asks_and_takes_their_scores_in_one_step(
    qtbot, ctx, november, page, no_questions
):
    panel = page.peers
    for column in range(3):
        assert panel.model.setData(panel.model.index(0, column), "60")
        assert panel.model.setData(panel.model.index(1, column), "90")
    gone = panel.model.rows[0]
    person = page.model.people[PERSON]
    assert person.inputs[("peer", code(page, 0))] == 75  # (60 + 90) / 2
    steps = page.undo_stack.count()
    start_at(page, 0, 1)
    panel.remove_button.click()
    assert no_questions == [
        f"{gone.name} has given 3 score(s) to {person.name}; remove {gone.name} and the scores?"
    ]
    assert gone.evaluator_id not in [p.evaluator_id for p in panel.model.rows]
    assert gone.evaluator_id not in peer_ids(ctx, november, page)
    with ctx.db.transaction() as session:
        left = session.scalars(
            select(ScoreEntry).where(
                ScoreEntry.period_id == november, ScoreEntry.evaluator_id == gone.evaluator_id
            )
        ).all()
        removed = audit.entries(session, entity="score_entry", action="delete_score", limit=3)
    assert left == [] and {e.details["evaluator"] for e in removed} == {gone.evaluator_id}
    assert page.model.people[PERSON].inputs[("peer", code(page, 0))] == 90  # totals follow
    assert page.undo_stack.count() == steps + 1
    assert page.undo_stack.undoText() == f"Remove peer {gone.name}"

    page.undo_stack.undo()
    assert gone.evaluator_id in peer_ids(ctx, november, page)
    back = next(p for p in panel.model.rows if p.evaluator_id == gone.evaluator_id)
    assert back.scores == dict.fromkeys([code(page, c) for c in range(3)], Decimal(60))
    assert page.model.people[PERSON].inputs[("peer", code(page, 0))] == 75
    page.undo_stack.redo()
    assert gone.evaluator_id not in [p.evaluator_id for p in panel.model.rows]
    assert page.model.people[PERSON].inputs[("peer", code(page, 0))] == 90


def test_removing_a_peer_who_has_not_scored_asks_nothing(qtbot, ctx, november, page):
    panel = page.peers
    gone = panel.model.rows[0]
    assert not gone.scores
    start_at(page, 0, 0)
    panel.remove_button.click()  # a question would fail the test (AnsweringDialogs)
    assert gone.evaluator_id not in peer_ids(ctx, november, page)
    assert gone.evaluator_id not in [p.evaluator_id for p in panel.model.rows]
    page.undo_stack.undo()
    assert gone.evaluator_id in [p.evaluator_id for p in panel.model.rows]


def test_a_month_locked_meanwhile_refuses_the_removal_with_the_reason(
    qtbot, ctx, november, page, no_questions, errors
):
    panel = page.peers
    assert panel.model.setData(panel.model.index(0, 0), "60")
    gone = panel.model.rows[0]
    steps = page.undo_stack.count()
    with ctx.db.transaction() as session:  # another desk locks the month
        periods.lock(session, november, "主管", incomplete=True)
    start_at(page, 0, 0)
    panel.remove_button.click()
    assert len(errors) == 1 and "locked" in errors[0]
    assert gone.evaluator_id in peer_ids(ctx, november, page)
    assert stored(ctx, november, page, 0) == {code(page, 0): 60}
    assert page.undo_stack.count() == steps


def test_in_a_locked_month_removing_is_disabled_and_says_why(qtbot, ctx, november, page):
    with ctx.db.transaction() as session:
        periods.lock(session, november, "主管", incomplete=True)
    page.load(november)
    page.grid.setCurrentIndex(page.model.index(PERSON, 0))
    button = page.peers.remove_button
    assert not button.isEnabled() and "locked" in button.toolTip()


def test_scores_given_after_the_panel_showed_none_are_not_removed_unasked(
    qtbot, ctx, november, page, errors
):
    panel = page.peers
    gone = panel.model.rows[0]
    with ctx.db.transaction() as session:  # the peer's score arrives from another desk
        key = scores.ScoreKey(panel.person_id, "peer", gone.evaluator_id, panel.model.dims[0][2])
        scores.enter(session, november, key, "66")
    start_at(page, 0, 0)
    panel.remove_button.click()  # the panel showed no score: nothing asked
    assert len(errors) == 1 and gone.name in errors[0]
    assert gone.evaluator_id in peer_ids(ctx, november, page)
    assert panel.model.rows[0].scores == {code(page, 0): 66}  # shown now, to be asked about
