"""File → New database, Open database and Open recent: the checks of --db, the database in
use kept when the other is refused, unsaved edits asked about first, the recent list."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import func, select
from typing_helpers import type_into

from ops_desktop.core.models import Staff
from ops_desktop.gui import database_files
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only  # files chosen in the window are SQLite files


@pytest.fixture
def window(qtbot, demo_db, tasks, settings, dialogs, tmp_path, unsaved_answers):
    opts.BACKUP_FOLDER.set(settings, str(tmp_path / "backups"))  # the backup taken on opening
    w = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    w.show()
    yield w
    answers, _ = unsaved_answers
    answers[:] = ["discard"] * 10
    w.close()
    if w.ctx is not None:
        w.ctx.db.close()  # the database the test switched to
    w.deleteLater()


@pytest.fixture
def other_file(tmp_path, _template_db):
    """Another department's database file (the default content, no staff)."""
    path = tmp_path / "second" / "other.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(_template_db, path)
    return path


def staff_count(window) -> int:
    with window.ctx.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Staff))


def test_open_database_switches_to_the_file_and_remembers_it(window, dialogs, demo_db, other_file):
    assert staff_count(window) == 25
    dialogs.opened_files.append(str(other_file))
    window.database_menu.open_action.trigger()
    assert dialogs.offered_starts == [str(demo_db.path.parent)]  # beside the one in use
    assert window.ctx.db.path == other_file and demo_db.closed  # the old one is closed
    assert window.windowTitle() == "ops-desktop — other.sqlite3[*]"
    assert staff_count(window) == 0  # the pages read the other file
    assert window.current_page().key == "dashboard"  # every database opens on it
    assert database_files.recent(window.settings) == [str(other_file), str(demo_db.path)]
    (own,) = (other_file.parent.parent / "backups").iterdir()  # its backup, as at start-up
    assert own.name.startswith("other-")
    assert window.statusBar().currentMessage().startswith("Backup written: ")


def test_a_foreign_sqlite_file_is_refused_and_the_database_in_use_stays(
    window, dialogs, errors, demo_db, tmp_path
):
    foreign = tmp_path / "contacts.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE people (name TEXT)")
    con.commit()
    con.close()
    before = foreign.read_bytes()
    dialogs.opened_files.append(str(foreign))
    window.database_menu.open_action.trigger()
    assert len(errors) == 1 and "not an ops-desktop database" in errors[0]
    assert window.ctx.db is demo_db and not demo_db.closed
    assert staff_count(window) == 25 and window.nav.isEnabled()
    assert foreign.read_bytes() == before  # left byte for byte
    assert str(foreign) not in database_files.recent(window.settings)
    assert window.statusBar().currentMessage() == ""


def test_open_refuses_a_file_that_is_not_there(window, dialogs, errors, demo_db, tmp_path):
    dialogs.opened_files.append(str(tmp_path / "typed-by-hand.sqlite3"))
    window.database_menu.open_action.trigger()
    assert errors == [f"{tmp_path / 'typed-by-hand.sqlite3'} does not exist."]
    assert window.ctx.db is demo_db and not (tmp_path / "typed-by-hand.sqlite3").exists()


def test_new_database_creates_the_file_with_the_default_content(window, dialogs, tmp_path):
    dialogs.new_files.append(str(tmp_path / "2027"))  # typed without the suffix
    window.database_menu.new_action.trigger()
    made = tmp_path / "2027.sqlite3"
    assert window.ctx.db.path == made and made.is_file()
    assert staff_count(window) == 0
    assert window.windowTitle() == "ops-desktop — 2027.sqlite3[*]"


def test_new_database_refuses_an_existing_file_of_another_kind(
    window, dialogs, errors, demo_db, tmp_path
):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("minutes of the meeting", encoding="utf-8")
    dialogs.new_files.append(str(notes))
    window.database_menu.new_action.trigger()
    assert len(errors) == 1 and "not an ops-desktop database" in errors[0]
    assert notes.read_text(encoding="utf-8") == "minutes of the meeting"
    assert window.ctx.db is demo_db and not demo_db.closed


def test_new_database_on_an_ops_desktop_file_opens_it(window, dialogs, other_file):
    dialogs.new_files.append(str(other_file))
    window.database_menu.new_action.trigger()
    assert window.ctx.db.path == other_file and staff_count(window) == 0


def test_the_database_in_use_is_refused_as_the_other_file(window, dialogs, errors, demo_db):
    dialogs.opened_files.append(str(demo_db.path))
    window.database_menu.open_action.trigger()
    assert len(errors) == 1 and "has open" in errors[0]
    assert window.ctx.db is demo_db and not demo_db.closed and staff_count(window) == 25


def test_unsaved_edits_are_asked_about_before_switching(
    qtbot, window, dialogs, unsaved_answers, demo_db, other_file
):
    answers, asked = unsaved_answers
    window.show_page("staff")
    page = window.current_page()
    with window.ctx.db.reading() as session:
        assert page.select_id(session.scalars(select(Staff.id).limit(1)).one())
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    assert page.has_unsaved_changes()
    answers.append("cancel")
    dialogs.opened_files.append(str(other_file))
    window.database_menu.open_action.trigger()
    assert asked == [page.title()]
    assert window.ctx.db is demo_db and page.has_unsaved_changes()  # stays, with the edit
    answers.append("discard")
    dialogs.opened_files.append(str(other_file))
    window.database_menu.open_action.trigger()
    assert window.ctx.db.path == other_file


def test_recent_lists_the_files_greys_a_missing_one_and_forgets_it_when_chosen(
    window, dialogs, errors, demo_db, other_file, tmp_path
):
    gone = tmp_path / "moved-away.sqlite3"
    for path in (gone, other_file):  # other_file was opened last, then demo_db (now)
        database_files.remember(window.settings, path)
    database_files.remember(window.settings, demo_db.path)
    menu = window.database_menu
    menu.fill_recent()
    entries = [a for a in menu.recent_menu.actions() if a.toolTip().endswith(".sqlite3")]
    assert [a.toolTip() for a in entries] == [str(other_file), str(gone)]  # not the one in use
    assert entries[0].isEnabled() and entries[0].text() == "&1 other.sqlite3"
    assert not entries[1].isEnabled() and entries[1].text() == "&2 moved-away.sqlite3 (not found)"
    assert not database_files.open_recent(window, str(gone))  # gone since the menu was shown
    assert len(errors) == 1 and "no longer there" in errors[0]
    assert str(gone) not in database_files.recent(window.settings)
    assert window.ctx.db is demo_db
    entries[0].trigger()
    assert window.ctx.db.path == other_file
    menu.fill_recent()  # as the menu is shown next: the file left is there, and Clear
    texts = [a.text() for a in menu.recent_menu.actions() if a.text()]
    assert texts == ["&1 demo.sqlite3", "Clear the list"]
    menu.recent_menu.actions()[-1].trigger()
    menu.fill_recent()
    assert [a.text() for a in menu.recent_menu.actions()] == ["(none yet)"]


def test_the_recent_list_keeps_eight_and_survives_bad_settings(settings, tmp_path):
    for n in range(10):
        database_files.remember(settings, tmp_path / f"{n}.sqlite3")
    database_files.remember(settings, tmp_path / "3.sqlite3")  # again: to the top, once
    kept = database_files.recent(settings)
    assert kept[0] == str(tmp_path / "3.sqlite3") and len(kept) == 8
    assert kept.count(str(tmp_path / "3.sqlite3")) == 1
    opts.RECENT_DATABASES.set(settings, "not json [")
    assert database_files.recent(settings) == []


def test_settings_point_to_the_file_menu_not_to_the_command_line(window):
    page = window.page("settings")
    note = page.ui.databaseNote.text()
    assert "File → Open database…" in note and "--db" not in note
