"""The dashboard's "unacknowledged" alert (issue 20): worded with its numbers, and opening
it shows its version on the regulation page."""

from __future__ import annotations

from ops_desktop.core import dashboard
from ops_desktop.core.services import regulation
from ops_desktop.gui.pages.dashboard import DashboardPage
from ops_desktop.gui.pages.regulation import RegulationPage


def test_the_unacknowledged_alert_says_who_what_and_since_when(qtbot, ctx):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    alert = dashboard.Alert(
        "unacknowledged",
        {"count": "3", "version": "1.1", "days": "14", "since": "2026-11-01"},
        "regulation",
        7,
    )
    assert page.alert_text(alert) == (
        "3 people have not acknowledged regulation 1.1 after 14 days (in force since 2026-11-01)"
    )


def test_opening_a_version_from_an_alert_shows_it(qtbot, ctx):
    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-11-01", "王主任", "測試")
        draft = regulation.new_draft(session, "1.1", "測試").id
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.version_id() == draft  # the draft first
    assert page.select_id(first)
    assert page.version_id() == first and page.tree.status == "approved"
    assert not page.select_id(None)
