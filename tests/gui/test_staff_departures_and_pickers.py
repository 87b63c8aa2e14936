"""Issue 18 on the staff page: a departure saved from the form asks the leave date (Save,
Enter, the unsaved-changes question) and its undo restores status and date; the supervisor
picker offers neither the person nor those below them and finds people by either script and
staff number; a new person is offered the next staff number; departed rows are greyed; the
status bar counts the rows shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ops_desktop.core.models import Staff
from ops_desktop.gui import dialogs as dialog_answers
from ops_desktop.gui.pages.staff import StaffPage


def make_page(qtbot, ctx):
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def stored(ctx, staff_no):
    with ctx.db.transaction() as session:
        return session.scalar(select(Staff).where(Staff.staff_no == staff_no))


def leave_on(day):
    def answer(dialog):
        assert dialog.date.text() == "2026-11-16"  # today, from the program's clock
        dialog.date.setText(day)
        return True

    return answer


def choose_departed(page):
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("departed"))


def test_saving_a_departure_asks_the_leave_date_and_undo_restores_it(qtbot, ctx, dialogs):
    page = make_page(qtbot, ctx)
    page.select_id(stored(ctx, "OP0024").id)
    choose_departed(page)
    dialogs.forms.append(lambda dialog: False)  # Cancel: nothing stored, the form stays
    page.save()
    assert stored(ctx, "OP0024").status == "active" and page.form.is_modified()
    dialogs.forms.append(leave_on("2026-11-30"))
    page.save()
    person = stored(ctx, "OP0024")
    assert (person.status, str(person.departed_on)) == ("departed", "2026-11-30")
    assert not page.form.is_modified()
    page.undo_stack.undo()
    person = stored(ctx, "OP0024")
    assert (person.status, person.departed_on) == ("active", None)
    page.undo_stack.redo()
    assert str(stored(ctx, "OP0024").departed_on) == "2026-11-30"


def test_enter_and_the_unsaved_question_ask_the_date_too(qtbot, ctx, dialogs):
    page = make_page(qtbot, ctx)
    page.select_id(stored(ctx, "OP0024").id)
    choose_departed(page)
    dialogs.forms.append(leave_on("2026-11-20"))
    page.ui.phoneEdit.setFocus()
    qtbot.keyClick(page.ui.phoneEdit, Qt.Key.Key_Return)
    assert str(stored(ctx, "OP0024").departed_on) == "2026-11-20"
    page.select_id(stored(ctx, "OP0023").id)
    choose_departed(page)
    dialogs.unsaved.append(dialog_answers.SAVE)
    dialogs.forms.append(leave_on("2026-11-21"))
    assert page.form.leave_ok()
    assert str(stored(ctx, "OP0023").departed_on) == "2026-11-21"
    assert dialogs.forms == []


def test_history_shows_the_departure_and_departed_rows_are_greyed(qtbot, ctx, dialogs):
    page = make_page(qtbot, ctx)
    gone = stored(ctx, "OP0024").id
    page.select_id(gone)
    choose_departed(page)
    dialogs.forms.append(leave_on("2026-11-30"))
    page.save()
    page.show_all.setChecked(True)
    page.select_id(gone)
    assert page.departure_label.text() == "Departed 2026-11-30"
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for r in range(page.proxy.rowCount()):
        row = page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row())
        brush = page.proxy.index(r, 1).data(Qt.ItemDataRole.ForegroundRole)
        assert (brush is not None and brush.color() == grey) == (row.status == "departed")
    assert any(page.model.row_at(r).status == "departed" for r in range(page.model.rowCount()))


def test_the_supervisor_picker_leaves_out_the_person_and_those_below(qtbot, ctx):
    page = make_page(qtbot, ctx)
    boss = stored(ctx, "OP0001")
    page.select_id(boss.id)
    with ctx.db.transaction() as session:
        below = {p.id for p in session.scalars(select(Staff).where(Staff.supervisor_id == boss.id))}
    offered = {page.ui.supervisorCombo.itemData(i) for i in range(page.ui.supervisorCombo.count())}
    assert boss.id not in offered and below and not below & offered
    page.select_id(stored(ctx, "OP0024").id)
    offered = {page.ui.supervisorCombo.itemData(i) for i in range(page.ui.supervisorCombo.count())}
    assert boss.id in offered


def test_the_picker_finds_by_either_script_and_staff_number(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.select_id(stored(ctx, "OP0024").id)
    combo = page.ui.supervisorCombo
    target = stored(ctx, "OP0002")
    picker = combo.completer()
    simplified = target.name.translate(str.maketrans("陳張劉趙誌偉華麗", "陈张刘赵志伟华丽"))
    for typed in (simplified, target.name, "op0002"):
        combo.lineEdit().setText(typed)
        picker.people.set_needle(typed)  # as typing does (without the popup, offscreen)
        found = [picker.people.index(r, 0).data() for r in range(picker.people.rowCount())]
        assert found == [f"OP0002 {target.name}"], typed
    combo.lineEdit().editingFinished.emit()  # one match: chosen
    assert combo.currentData() == target.id


def test_a_new_person_is_offered_the_next_staff_number(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.new_record()
    assert page.ui.staffNoEdit.text() == "OP0026"
    assert not page.form.is_modified()  # an offer, not an edit


def test_the_status_bar_counts_the_rows_shown(qtbot, ctx):
    page = make_page(qtbot, ctx)
    said = []
    page.status_message.connect(said.append)
    qtbot.keyClicks(page.search, "OP000")
    assert page.proxy.rowCount() == 9 and said[-1] == "9 record(s)"
    assert page.status_text() == "9 record(s)"
    page.search.clear()
    assert said[-1] == "24 record(s)"


def test_switching_page_replaces_the_status_bar_text(qtbot, demo_db, tasks, settings):
    from answering import AnsweringDialogs

    from ops_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    window.show_page("staff")
    staff = window.pages["staff"]
    qtbot.keyClicks(staff.search, "OP000")
    assert window.statusBar().currentMessage() == "9 record(s)"
    window.show_page("positions")  # no list count of its own: the staff count goes
    assert window.statusBar().currentMessage() != "9 record(s)"
    window.show_page("staff")
    assert window.statusBar().currentMessage() == "9 record(s)"  # its own, as filtered


def test_every_person_combo_is_a_person_picker(qtbot, demo_db, tasks, settings):
    from answering import AnsweringDialogs

    from ops_desktop.gui.main_window import MainWindow
    from ops_desktop.gui.person_picker import PersonPicker

    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    pickers = set()
    for key in ("staff", "meetings", "suggestions", "training", "workflows", "appraisals"):
        for picker in window.page(key).findChildren(PersonPicker):
            assert picker.combo.completer() is picker and picker.combo.isEditable()
            pickers.add(picker.combo.objectName() or "peer")
    assert pickers >= {
        "supervisorCombo",
        "chairCombo",
        "ownerCombo",
        "authorCombo",
        "personCombo",
        "staffCombo",
        "peer",
    }
