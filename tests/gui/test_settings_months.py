"""Settings and the months not yet locked (issue 15): saving appraisal settings that would
re-score an open or in-review month first shows which months and how many people's results
change, then applies them to those months or only from the next month opened — or, on
Cancel, saves nothing. The demo department's 2026-10 is in review, the months before locked.
"""

from __future__ import annotations

import json

from answering import apply_from_next_month, apply_to_open_months, cancel
from PySide6.QtCore import Qt
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core.appraisal import periods, scheme_impact
from ops_desktop.core.models import AuditEntry
from ops_desktop.core.services import scheme
from ops_desktop.core.services.scheme import SchemeChanges
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.pages.settings import SettingsPage

NEW = {"supervisor": "45", "peer": "15", "self": "10", "data": "30"}


def make_page(qtbot, ctx, settings):
    page = SettingsPage(ctx, settings=settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def new_weights(qtbot, page):
    type_into(qtbot, page.scheme.sources["supervisor"], NEW["supervisor"])
    type_into(qtbot, page.scheme.sources["peer"], NEW["peer"])


def read(ctx, what):
    with ctx.db.transaction() as session:
        return what(session)


def october(session):
    """2026-10's scheme: its id and its supervisor weight."""
    period = periods.get(session, 2026, 10)
    return period.scheme_id, next(
        int(s.weight) for s in period.scheme.sources if s.code == "supervisor"
    )


def active_supervisor(session):
    return int(scheme.source_weights(session)["supervisor"])


def last_scheme_audit(session):
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "edit_scheme").order_by(AuditEntry.id.desc())
    ).first()
    return json.loads(entry.details)


def test_the_months_and_what_changes_in_them_are_shown_before_saving(qtbot, ctx, settings, dialogs):
    expected = read(ctx, lambda s: scheme_impact.preview(s, SchemeChanges(sources=NEW)))
    assert expected and expected[0].totals > 0
    seen = {}

    def look(dialog):
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        seen["stored while asking"] = page.undo_stack.count()  # (no database read here)
        seen["summary"] = table.item(0, 0).toolTip()
        seen["choices"] = (dialog.now_choice.text(), dialog.next_choice.text())
        return apply_to_open_months(dialog)

    dialogs.forms.append(look)
    page = make_page(qtbot, ctx, settings)
    before = read(ctx, october)
    new_weights(qtbot, page)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    [impact] = expected
    assert seen["rows"] == [
        [
            "2026-10",
            "In review",
            str(impact.people),
            str(impact.totals),
            str(impact.grades),
            str(impact.bonuses),
            str(impact.training),
        ]
    ]
    assert seen["stored while asking"] == 0  # asked BEFORE saving (Cancel: see below)
    assert seen["summary"].startswith(f"2026-10: {impact.totals} total")
    assert all("2026-10" in text for text in seen["choices"])
    # applied to the month in review: it is re-scored with the new weights
    assert read(ctx, active_supervisor) == 45
    after = read(ctx, october)
    assert after[1] == 45 and after[0] != before[0]  # a new version: locked months keep theirs
    details = read(ctx, last_scheme_audit)
    assert (details["applies_to"], details["applied_to_months"]) == ("open", ["2026-10"])
    assert not page.has_unsaved_changes() and dialogs.forms == []


def test_from_the_next_month_the_open_month_keeps_its_settings_also_through_undo(
    qtbot, ctx, settings, dialogs
):
    dialogs.forms.append(apply_from_next_month)
    page = make_page(qtbot, ctx, settings)
    before = read(ctx, october)
    new_weights(qtbot, page)
    assert page.save()
    assert read(ctx, active_supervisor) == 45 and read(ctx, october) == before
    details = read(ctx, last_scheme_audit)
    assert details["applies_to"] == "next"
    assert details["months_keeping_their_version"] == ["2026-10"]
    page.undo_stack.undo()  # no question: the undo applies to the same months
    assert read(ctx, active_supervisor) == 40 and read(ctx, october) == before
    page.undo_stack.redo()
    assert read(ctx, active_supervisor) == 45 and read(ctx, october) == before
    with ctx.db.transaction() as session:
        assert periods.open_period(session, 2026, 11).scheme.sources[0].weight == 45


def test_cancel_saves_nothing_and_keeps_the_edits(qtbot, ctx, settings, dialogs):
    dialogs.forms.append(cancel)
    page = make_page(qtbot, ctx, settings)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    before = read(ctx, october)
    type_into(qtbot, page.ui.operatorEdit, "陳秘書")
    new_weights(qtbot, page)
    assert page.save()
    assert messages == ["Settings not saved."]
    assert read(ctx, active_supervisor) == 40 and read(ctx, october) == before
    assert opts.OPERATOR.get(settings) == ""  # nothing of the form, preferences neither
    assert page.has_unsaved_changes() and page.scheme.sources["supervisor"].text() == "45"
    assert page.undo_stack.count() == 0 and len(dialogs.shown_forms) == 1


def test_a_change_that_re_scores_no_month_is_not_asked_about(qtbot, ctx, settings, dialogs):
    """The department name alone: no question (an unexpected dialog fails the test)."""
    page = make_page(qtbot, ctx, settings)
    type_into(qtbot, page.ui.departmentEdit, "運營中心")
    assert page.save()
    assert dialogs.shown_forms == [] and not page.has_unsaved_changes()
