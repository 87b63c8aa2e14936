"""A score grid loaded before another program instance changed a score does not overwrite
that score: the cell is refused with who, the new value and when, and the grid shows the
stored scores again. Undo of this window's own score is refused the same way."""

from __future__ import annotations

import pytest
from instances import second_instance
from sqlalchemy import select

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.models import ScoreEntry
from ops_desktop.gui.pages.appraisals import AppraisalsPage

SUPERVISOR_PERF = 5  # first score column (after 工號, 姓名, 總分, 等級, 排名): 上級評價 × 工作業績


@pytest.fixture
def november(ctx):
    with ctx.db.transaction() as session:
        return periods.open_period(session, 2026, 11).id


def make_page(qtbot, ctx, period_id):
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.period_combo.setCurrentIndex(page.period_combo.findData(period_id))
    page.load(period_id)
    return page


def the_key(page):
    """Where the grid stores the first person's supervisor score of its first dimension."""
    person, column = page.model.people[0], page.model.columns[SUPERVISOR_PERF]
    with page.ctx.db.transaction() as session:
        dims = {d.code: d.id for d in periods.scheme_dimensions(session, page.period_id)}
        evaluator, _external = scores.supervisor_of(session, person.staff_id)
    return scores.ScoreKey(person.staff_id, "supervisor", evaluator, dims[column.dimension])


def elsewhere(ctx, period_id, key, value):
    """Another program instance on the same file enters a score."""
    other = second_instance(ctx.db.url.render_as_string(hide_password=False))
    try:
        with other.transaction() as session:
            scores.enter(session, period_id, key, value, "other desk", "外部主管")
    finally:
        other.close()


def stored(ctx, period_id, key):
    with ctx.db.transaction() as session:
        row = scores.stored_entry(session, period_id, key)
        return None if row is None else float(row.score)


def test_a_score_entered_elsewhere_after_the_grid_loaded_is_not_overwritten(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    key = the_key(page)
    name = page.model.people[0].name
    assert page.model.index(0, SUPERVISOR_PERF).data() in ("", None)
    elsewhere(ctx, november, key, "77")
    page.model.setData(page.model.index(0, SUPERVISOR_PERF), "95")
    message = page.model.refused[(0, SUPERVISOR_PERF)]
    assert name in message and "someone else" in message and "77" in message
    assert stored(ctx, november, key) == 77.0
    assert page.model.value(0, SUPERVISOR_PERF) == 77  # the grid shows the stored score now
    # now that the grid shows it, a change is the user's decision and goes through
    page.model.setData(page.model.index(0, SUPERVISOR_PERF), "95")
    assert (0, SUPERVISOR_PERF) not in page.model.refused
    assert stored(ctx, november, key) == 95.0


def test_own_scores_undo_and_redo_freely(qtbot, ctx, november):
    page = make_page(qtbot, ctx, november)
    key = the_key(page)
    for value in ("80", "85"):
        assert page.model.setData(page.model.index(0, SUPERVISOR_PERF), value)
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert stored(ctx, november, key) is None
    page.undo_stack.redo()
    page.undo_stack.redo()
    assert stored(ctx, november, key) == 85.0


def test_undo_does_not_overwrite_a_score_changed_elsewhere_after_it(qtbot, ctx, november, errors):
    page = make_page(qtbot, ctx, november)
    key = the_key(page)
    assert page.model.setData(page.model.index(0, SUPERVISOR_PERF), "80")
    elsewhere(ctx, november, key, "66")
    page.undo_stack.undo()
    assert stored(ctx, november, key) == 66.0
    assert len(errors) == 1 and "someone else" in errors[0] and "66" in errors[0]
    with ctx.db.transaction() as session:
        count = len(
            session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == november)).all()
        )
    assert count == 1


def test_own_score_undone_after_new_weights_in_settings_is_not_someone_elses(
    qtbot, ctx, november, errors
):
    from ops_desktop.core.services import scheme

    page = make_page(qtbot, ctx, november)
    assert page.model.setData(page.model.index(0, SUPERVISOR_PERF), "85")
    key = the_key(page)
    assert stored(ctx, november, key) == 85
    with ctx.writing() as session:  # Settings saves new weights: a new scheme version
        before = scheme.active(session).id
        scheme.set_weights(session, sources={"supervisor": 50, "peer": 20, "self": 10, "data": 20})
        assert scheme.active(session).id != before  # the month follows the new version
    page.undo_stack.undo()  # Ctrl+Z in the grid
    assert errors == []  # never "changed by someone else": it was this window
    assert stored(ctx, november, the_key(page)) is None
