"""Back up, restore and switch the language from the window, without losing work."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, text

from ops_desktop.core.errors import DomainError
from ops_desktop.gui import window_actions
from ops_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def window(qtbot, demo_db, tasks, settings, dialogs):
    w = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(w)
    w.show()
    return w


def staff_count(path):
    """Of a file no engine of this process holds (a backup, a kept copy)."""
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        con.close()


def count(window, table):
    """Through the window's own engine: the live file is opened by nothing else."""
    with window.ctx.db.reading() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def choose(monkeypatch, dialog, path):
    monkeypatch.setattr(window_actions.QFileDialog, dialog, lambda *a, **k: (str(path), ""))


def test_back_up_then_restore_from_the_window(window, demo_db, tmp_path, monkeypatch, no_questions):
    path = demo_db.path
    copy = tmp_path / "copy.sqlite3"
    choose(monkeypatch, "getSaveFileName", copy)
    assert window_actions.back_up(window)
    assert staff_count(copy) == 25
    with window.ctx.db.transaction() as session:
        session.execute(text("DELETE FROM suggestions"))
    choose(monkeypatch, "getOpenFileName", copy)
    assert window_actions.restore(window)
    assert any("Replace" in q for q in no_questions)
    assert window.ctx is not None and window.nav.isEnabled()
    assert count(window, "suggestions") == 8
    with window.ctx.db.reading() as session:
        last = session.execute(text("SELECT action FROM audit_log ORDER BY id DESC")).first()
    assert last == ("restore",)
    (kept,) = path.parent.glob("*.replaced-*")  # the data that was in use, kept
    assert staff_count(kept) == 25


def test_a_bad_backup_is_refused_before_anything_closes(window, tmp_path, monkeypatch, errors):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a backup", encoding="utf-8")
    choose(monkeypatch, "getOpenFileName", bad)
    before = window.ctx
    window_actions.restore(window)
    assert len(errors) == 1 and "not a SQLite file" in errors[0]
    assert window.ctx is before  # the window goes on with its database, never closed


def test_the_database_in_use_is_refused_as_a_backup(window, demo_db, monkeypatch, errors):
    choose(monkeypatch, "getOpenFileName", demo_db.path)
    before = window.ctx
    window_actions.restore(window)
    assert len(errors) == 1 and "database this window or command has open" in errors[0]
    assert window.ctx is before and count(window, "staff") == 25


def test_a_restore_refused_by_another_desk_goes_on_with_the_data(
    window, demo_db, tmp_path, monkeypatch, no_questions, errors
):
    copy = tmp_path / "copy.sqlite3"
    choose(monkeypatch, "getSaveFileName", copy)
    window_actions.back_up(window)
    choose(monkeypatch, "getOpenFileName", copy)
    window.dialogs.yes = True  # Replace the data with the backup? Yes
    other = subprocess.Popen(  # another program instance reading the same file
        [sys.executable, "-c", HOLDER, str(demo_db.path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "holding"
        window_actions.restore(window)
    finally:
        other.kill()
        other.wait()
    assert len(errors) == 1 and "open in another ops-desktop window" in errors[0]
    assert window.ctx is not None and window.nav.isEnabled()
    assert count(window, "staff") == 25
    assert not list(demo_db.path.parent.glob("*.replaced-*"))


def test_a_restore_that_cannot_be_recorded_says_it_was_restored(
    window, demo_db, tmp_path, monkeypatch, errors
):
    copy = tmp_path / "copy.sqlite3"
    choose(monkeypatch, "getSaveFileName", copy)
    window_actions.back_up(window)
    choose(monkeypatch, "getOpenFileName", copy)
    window.dialogs.yes = True  # Replace the data with the backup? Yes

    def no_room(*args, **kwargs):
        raise DomainError("The disk is full; nothing was saved.")

    monkeypatch.setattr("ops_desktop.core.services.audit.record", no_room)
    window_actions.restore(window)
    (kept,) = demo_db.path.parent.glob("*.replaced-*")
    assert len(errors) == 1
    assert "The backup was restored into" in errors[0] and str(kept) in errors[0]
    assert "The disk is full" in errors[0]
    assert window.ctx is not None and count(window, "staff") == 25


HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT count(*) FROM staff").fetchone()  # a reader with the file open
print("holding", flush=True)
time.sleep(600)  # until the test kills it
"""


def test_switching_the_language_keeps_the_page_and_the_data(window, qapp):
    window.show_page("meetings")
    assert window_actions.switch_language(window, "zh_TW")
    staff_title = window.nav.item(1).text()
    assert staff_title != "Staff" and any("\u4e00" <= ch <= "\u9fff" for ch in staff_title)
    assert window.current_page().key == "meetings"
    assert window.act_save.text() != "&Save"
    assert window_actions.switch_language(window, "en")
    assert window.nav.item(1).text() == "Staff"
    assert QCoreApplication.translate("Pages", "Staff") == "Staff"


def test_the_language_is_chosen_in_settings_too(window, qapp):
    window.show_page("settings")
    page = window.current_page()
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    page._switch_language()
    from ops_desktop.gui import settings_store as opts

    assert opts.LANGUAGE.get(window.settings) == "zh_CN"
    assert window.current_page().key == "settings"
    assert window.nav.item(1).text() != "Staff"
    window_actions.switch_language(window, "en")


def test_a_language_switch_keeps_each_pages_undo_history_and_selection(window, qtbot):
    from ops_desktop.core.models import Staff

    window.show_page("staff")
    staff = window.current_page()
    person = staff.model.rows[3]
    assert staff.select_id(person.id)
    staff.ui.phoneEdit.setText("13955556666")
    staff.save()
    assert staff.undo_stack.count() == 1
    assert window_actions.switch_language(window, "zh_TW")
    rebuilt = window.current_page()
    assert rebuilt is not staff and rebuilt.key == "staff"
    assert rebuilt.current_id() == person.id  # the same person is selected
    assert rebuilt.undo_stack.count() == 1 and window.act_undo.isEnabled()
    window.act_undo.trigger()  # the step made before the switch, undone in the new page
    with window.ctx.db.transaction() as session:
        assert session.get(Staff, person.id).phone == person.phone
    assert rebuilt.ui.phoneEdit.text() == person.phone  # the new page shows it undone
    window.act_redo.trigger()
    with window.ctx.db.transaction() as session:
        assert session.get(Staff, person.id).phone == "13955556666"
    window_actions.switch_language(window, "en")


def test_after_a_language_switch_the_panels_beside_a_form_still_add_undo_steps(window, qtbot):
    """The action items beside a meeting (and a suggestion's reply panel) put their steps
    on the page's undo stack as it is after a rebuild — the history kept by the switch."""
    from ops_desktop.core.models import ActionItem

    window.show_page("meetings")
    assert window_actions.switch_language(window, "zh_TW")
    page = window.current_page()
    page.select_id(page.model.rows[0].id)
    panel = page.items
    panel.ui.actionTextEdit.setText("語言切換後的任務")
    panel.validate()
    assert panel.add()
    assert page.undo_stack.count() == 1 and window.act_undo.isEnabled()
    window.act_undo.trigger()
    with window.ctx.db.transaction() as session:
        texts = session.scalars(select(ActionItem.text)).all()
    assert "語言切換後的任務" not in texts
    window_actions.switch_language(window, "en")


def test_a_language_switch_keeps_the_tab_and_the_record_chosen_on_every_page(window, qtbot):
    """Training (its tab and the plan), Workflows (the run) and Regulation (the version and
    the part) come back as they were, as Staff does."""
    window.show_page("training")
    training = window.current_page()
    training.tabs.setCurrentWidget(training.development)
    plan = training.development.list.model.rows[1].id
    assert training.development.list.select_id(plan)
    window.show_page("workflows")
    run = window.current_page().runs.list.model.rows[2].id
    assert window.current_page().runs.list.select_id(run)
    window.show_page("regulation")
    regulation = window.current_page()
    part = ("chapter", regulation.tree.chapters[3].id)
    assert regulation.select_key(part)
    assert window_actions.switch_language(window, "zh_TW")
    assert window.current_page().current_key() == part
    window.show_page("workflows")
    assert window.current_page().runs.list.current_id() == run
    window.show_page("training")
    rebuilt = window.current_page()
    assert rebuilt.tabs.currentWidget() is rebuilt.development
    assert rebuilt.development.list.current_id() == plan
    window_actions.switch_language(window, "en")
