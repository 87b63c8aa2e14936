"""Operations with the real threaded runner (issue 14): outcomes arrive later than the calls
that started them, as in the program, and the window's code still never runs a statement on
the GUI thread."""

from __future__ import annotations

import contextlib
import threading

import pytest
from instances import second_instance
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine
from typing_helpers import type_into

from ops_desktop.core.models import Staff
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.pages.staff import StaffPage
from ops_desktop.gui.tasks import TaskRunner


@pytest.fixture
def threaded(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


class GuiThreadStatements(list):
    """Every statement run on the GUI thread, but the test's own (``with watch.own():``)."""

    def __init__(self) -> None:
        super().__init__()
        self.paused = False

    @contextlib.contextmanager
    def own(self):  # type: ignore[no-untyped-def]
        self.paused = True
        try:
            yield
        finally:
            self.paused = False

    def __call__(self, _conn, _cursor, sql, *_rest) -> None:  # type: ignore[no-untyped-def]
        if not self.paused and threading.current_thread() is threading.main_thread():
            self.append(sql)


@pytest.fixture
def gui_thread_statements():
    seen = GuiThreadStatements()
    event.listen(Engine, "before_cursor_execute", seen)
    yield seen
    event.remove(Engine, "before_cursor_execute", seen)


@pytest.fixture
def page(qtbot, demo_db, threaded, gui_thread_statements, dialogs, errors):
    ctx = AppContext(demo_db, threaded, lambda: "測試秘書", dialogs=dialogs)
    shown = StaffPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    shown.activate()
    threaded.settle()
    return shown


def staff_count(db, watch) -> int:
    with watch.own(), db.transaction() as session:
        return session.scalar(select(func.count()).select_from(Staff))


def test_a_double_save_of_a_new_person_stores_one(
    page, qtbot, demo_db, errors, gui_thread_statements
):
    before = staff_count(demo_db, gui_thread_statements)
    page.new_record()
    page.ui.staffNoEdit.setText("OP9100")
    page.ui.nameEdit.setText("快手")
    page.save()
    page.save()  # a second click before the first has come back
    page.ctx.tasks.settle()
    page.save()  # and one after: the values are stored already
    page.ctx.tasks.settle()
    assert staff_count(demo_db, gui_thread_statements) == before + 1
    assert page.undo_stack.count() == 1 and not page.is_modified()
    assert errors == []  # not a second try refused as "already used"
    assert gui_thread_statements == []


def test_a_quick_change_of_row_shows_the_last_one_chosen(page, qtbot, gui_thread_statements):
    first, last = page.model.rows[0], page.model.rows[5]
    shown: list[object] = []
    show = page.show_record
    page.show_record = lambda record: shown.append(page.form.ident) or show(record)
    page.select_id(first.id)
    page.select_id(last.id)  # before the first record has arrived
    page.ctx.tasks.settle()
    assert page.ui.nameEdit.text() == last.name and page.current_id() == last.id
    assert shown == [last.id]  # the first, arriving late, is never shown
    assert not page.is_modified()
    assert gui_thread_statements == []


def test_an_undo_refused_later_leaves_the_stack_without_it(
    page, qtbot, demo_db, errors, gui_thread_statements
):
    person = page.model.rows[2]
    page.select_id(person.id)
    page.ctx.tasks.settle()
    type_into(qtbot, page.ui.phoneEdit, "13977778888")
    page.save()
    page.ctx.tasks.settle()
    assert page.undo_stack.count() == 1 and page.undo_stack.index() == 1
    with gui_thread_statements.own():
        other = second_instance(demo_db.url.render_as_string(hide_password=False))
        try:
            with other.transaction() as session:
                session.get(Staff, person.id).phone = "13800000000"
        finally:
            other.close()
    page.undo_stack.undo()  # Qt moves the index at once; the worker refuses the step later
    page.ctx.tasks.settle()
    assert len(errors) == 1 and "someone else" in errors[0]
    assert page.undo_stack.count() == 0 and not page.undo_stack.canRedo()
    with gui_thread_statements.own(), demo_db.transaction() as session:
        assert session.get(Staff, person.id).phone == "13800000000"  # theirs is kept
    assert gui_thread_statements == []


def stored_phone(db, watch, ident) -> str:
    with watch.own(), db.transaction() as session:
        return session.get(Staff, ident).phone


def test_a_save_pressed_while_another_record_arrives_is_stored_into_the_one_typed_for(
    page, qtbot, demo_db, errors, gui_thread_statements
):
    first, other = page.model.rows[0], page.model.rows[5]
    page.select_id(first.id)
    page.ctx.tasks.settle()
    page.select_id(other.id)  # its record is on its way
    page.ui.phoneEdit.setText("13912121212")  # typed into the form still shown: the first's
    page.save()
    page.ctx.tasks.settle()
    assert stored_phone(demo_db, gui_thread_statements, other.id) == other.phone
    assert stored_phone(demo_db, gui_thread_statements, first.id) == "13912121212"  # not lost
    assert errors == [] and page.form.ident == other.id and not page.is_modified()
    assert page.ui.nameEdit.text() == other.name
    assert gui_thread_statements == []


def test_typing_on_after_save_is_kept_and_still_modified(
    page, qtbot, demo_db, gui_thread_statements
):
    person = page.model.rows[1]
    page.select_id(person.id)
    page.ctx.tasks.settle()
    page.ui.phoneEdit.setText("13934343434")
    page.save()
    page.ui.emailEdit.setText("typed.on@example.com")  # before the save has come back
    page.ctx.tasks.settle()
    assert stored_phone(demo_db, gui_thread_statements, person.id) == "13934343434"
    assert page.ui.emailEdit.text() == "typed.on@example.com" and page.is_modified()
    assert gui_thread_statements == []


def stored_email(db, watch, staff_id: int) -> str:
    with watch.own(), db.transaction() as session:
        person = session.get(Staff, staff_id)
        assert person is not None
        return person.email


def test_a_new_person_typed_on_while_saved_is_saved_again_onto_the_same_record(
    page, qtbot, demo_db, errors, gui_thread_statements
):
    before = staff_count(demo_db, gui_thread_statements)
    page.new_record()
    page.ui.staffNoEdit.setText("OP9200")
    page.ui.nameEdit.setText("邊打邊存")
    page.save()
    page.ui.emailEdit.setText("typed.on@example.com")  # before the new record has come back
    page.ctx.tasks.settle()
    assert page.is_modified() and page.form.ident is not None
    page.save()  # the e-mail, onto the record just created: not a second new person
    page.ctx.tasks.settle()
    assert staff_count(demo_db, gui_thread_statements) == before + 1
    assert stored_email(demo_db, gui_thread_statements, page.form.ident) == "typed.on@example.com"
    assert errors == [] and not page.is_modified()
    assert gui_thread_statements == []


def test_an_edit_typed_on_while_saved_is_not_refused_as_someone_elses(
    page, qtbot, demo_db, errors, gui_thread_statements
):
    person = page.model.rows[2]
    page.select_id(person.id)
    page.ctx.tasks.settle()
    page.ui.phoneEdit.setText("13956565656")
    page.save()
    page.ui.emailEdit.setText("second.save@example.com")  # before the first save is back
    page.ctx.tasks.settle()
    page.save()  # the form is at the version the first save left: this window's own change
    page.ctx.tasks.settle()
    assert errors == []
    assert stored_email(demo_db, gui_thread_statements, person.id) == "second.save@example.com"
    assert stored_phone(demo_db, gui_thread_statements, person.id) == "13956565656"
    assert page.undo_stack.count() == 2
    assert gui_thread_statements == []


def test_a_double_click_on_add_adds_one_item(qtbot, demo_db, threaded, dialogs, errors):
    """The forms beside the record forms (areas, duty lines, action items, sessions, notes,
    new regulation parts) add once however quickly Add is clicked twice (undo.perform's
    ``single``)."""
    from ops_desktop.core.models import ResponsibilityArea
    from ops_desktop.gui.pages.positions import PositionsPage

    ctx = AppContext(demo_db, threaded, lambda: "測試秘書", dialogs=dialogs)
    page = PositionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    threaded.settle()
    page.select_id(page.model.rows[0].id)
    threaded.settle()
    page.duties.ui.areaTitleEdit.setText("雙擊新增的範疇")
    page.duties.add_area()
    page.duties.add_area()  # before the first has come back
    threaded.settle()
    with demo_db.transaction() as session:
        titles = session.scalars(select(ResponsibilityArea.title)).all()
    assert titles.count("雙擊新增的範疇") == 1 and page.undo_stack.count() == 1
    assert errors == []
    page.duties.ui.areaTitleEdit.setText("再一個範疇")
    page.duties.add_area()  # once the first is stored, the next add is a new one
    threaded.settle()
    assert page.undo_stack.count() == 2
