"""The dashboard's "unacknowledged" alert (issue 20): worded with its numbers, and opening
it shows its version on the regulation page."""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_acknowledgements_are_recorded_for_the_selected_and_undone(qtbot, ctx, dialogs):
    from ops_desktop.core.services import regulation_acks

    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-11-01", "王主任", "測試")
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.select_id(first)
    panel = page.acks
    rows = panel.list.model.rows
    assert rows and all(r.acknowledged_on is None for r in rows)
    assert "0 of" in panel.heading.text()
    assert not panel.record_button.isEnabled()  # nobody chosen yet
    panel.list.table.selectRow(0)
    chosen = panel.selected()[0]
    assert panel.record_button.isEnabled()

    def answer(dialog):
        dialog.date.setText("2026-11-16")
        return True

    dialogs.forms.append(answer)
    assert panel.record()
    with ctx.db.transaction() as session:
        stored = {r.staff_no: r.acknowledged_on for r in regulation_acks.rows(session, first)}
    assert stored[chosen.staff_no].isoformat() == "2026-11-16"
    shown = {r.staff_no: r.acknowledged_on for r in panel.list.model.rows}
    assert shown[chosen.staff_no].isoformat() == "2026-11-16"
    page.undo_stack.undo()
    with ctx.db.transaction() as session:
        assert all(r.acknowledged_on is None for r in regulation_acks.rows(session, first))


def test_a_refused_day_changes_nothing(qtbot, ctx, dialogs):
    from ops_desktop.core.services import regulation_acks

    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-11-01", "王主任", "測試")
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.select_id(first)
    page.acks.list.table.selectAll()
    dialogs.expect_errors = True
    dialogs.forms.append(lambda d: (d.date.setText("2026-12-31"), True)[1])  # in the future
    page.acks.record()
    assert dialogs.errors and "future" in dialogs.errors[0]
    assert page.undo_stack.count() == 0
    with ctx.db.transaction() as session:
        assert all(r.acknowledged_on is None for r in regulation_acks.rows(session, first))


def test_a_draft_has_no_acknowledgements_and_says_so(qtbot, ctx):
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.tabs.setCurrentWidget(page.acks)
    assert page.tree.status == "draft"
    assert "draft" in page.acks.list.empty.visible_text()


def test_overdue_people_are_flagged_in_words_and_colour(qtbot, ctx, clock_at):
    from PySide6.QtCore import Qt

    from ops_desktop.gui.table import FLAGGED

    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-10-01", "王主任", "測試")
    clock_at("2026-12-01T10:00:00")
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.select_id(first)
    model = page.acks.list.model
    late = [i for i, r in enumerate(model.rows) if r.overdue_days > 0]
    assert late
    state = len(model.columns) - 1
    assert model.index(late[0], state).data() == "Overdue"
    brush = model.index(late[0], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color().name() == FLAGGED


def test_the_sign_off_sheet_is_printed_exported_and_its_workbook_imported_undoably(
    qtbot, ctx, dialogs, home
):
    import datetime as dt

    import openpyxl

    from ops_desktop.core.services import regulation_acks
    from ops_desktop.exports.excel.signoff_sheet import DATE_COLUMN, FIRST_ROW, SHEET

    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-11-01", "王主任", "測試")
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.select_id(first)
    panel = page.acks
    pdf, xlsx = home / "sheet.pdf", home / "sheet.xlsx"
    dialogs.save_as += [str(pdf), str(xlsx)]
    dialogs.after_export += [None, None]
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(xlsx)
    sheet = book[SHEET]
    number = sheet.cell(FIRST_ROW, 1).value
    sheet.cell(FIRST_ROW, DATE_COLUMN).value = dt.date(2026, 11, 16)
    book.save(xlsx)
    assert panel.import_workbook(str(xlsx))
    with ctx.db.transaction() as session:
        stored = {r.staff_no: r.acknowledged_on for r in regulation_acks.rows(session, first)}
    assert stored[number] == dt.date(2026, 11, 16)
    assert sum(1 for day in stored.values() if day) == 1
    page.undo_stack.undo()
    with ctx.db.transaction() as session:
        assert all(r.acknowledged_on is None for r in regulation_acks.rows(session, first))


def test_a_person_due_within_the_settings_days_is_due_not_overdue(qtbot, ctx):
    from PySide6.QtCore import Qt

    from ops_desktop.core.services import settings

    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-11-10", "王主任", "測試")  # 6 days ago
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.select_id(first)
    model = page.acks.list.model
    state = len(model.columns) - 1
    assert model.rows and all(r.overdue_days == 6 for r in model.rows)
    assert {model.index(i, state).data() for i in range(len(model.rows))} == {"Due"}
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.acks.heading.text().endswith("; 0 overdue")
    with ctx.db.transaction() as session:
        settings.put(session, settings.ACK_DAYS, "5")
    page.acks.show_version(first, "1.0", "approved")
    qtbot.waitUntil(lambda: page.acks.limit == 5)
    assert model.index(0, state).data() == "Overdue"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
