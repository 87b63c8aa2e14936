"""Windows under test: offscreen, a synchronous task runner, a private settings file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from answering import AnsweringDialogs
from PySide6.QtCore import QSettings
from sqlalchemy import event
from sqlalchemy.engine import Engine

from ops_desktop import gui
from ops_desktop.gui import context
from ops_desktop.gui import tasks as tasks_module
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.tasks import TaskRunner

# A write through a reading transaction fails the test that makes it (gui/context.py).
context.STRICT_READING = True


@pytest.fixture
def dialogs():
    """What the test's windows and contexts ask the user (see AnsweringDialogs)."""
    return AnsweringDialogs()


@pytest.fixture(autouse=True)
def source_texts(qapp):
    """Each test starts from the source texts: a language a test switched the window to
    (window_actions keeps one Languages on the application) is taken out after it, so an
    English plural ("3 scores") or a Chinese word never depends on the order tests run in."""
    yield
    languages = getattr(qapp, "_ops_languages", None)
    if languages is not None:
        languages.uninstall()


@pytest.fixture(autouse=True)
def unsaved_answers(dialogs):
    """The Save / Discard / Cancel question about unsaved edits: a test that expects it
    puts its answers in the first list; the second has the pages it was asked about."""
    return dialogs.unsaved, dialogs.asked_unsaved


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def tasks(qapp):
    return TaskRunner(synchronous=True)


@pytest.fixture
def ctx(demo_db, tasks, dialogs, settings):
    return AppContext(demo_db, tasks, lambda: "測試秘書", settings=settings, dialogs=dialogs)


@pytest.fixture
def fresh_ctx(db, tasks, dialogs, settings):
    return AppContext(db, tasks, lambda: "測試秘書", settings=settings, dialogs=dialogs)


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of the test's own, with a Documents folder in it (where exports are
    offered first): the real one is never looked at, nor written to."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs there
    return folder


@pytest.fixture
def no_questions(dialogs):
    """Answer every confirmation with yes and record the questions asked."""
    dialogs.yes = True
    return dialogs.questions


@pytest.fixture
def errors(dialogs):
    """The error messages shown (a test without this fixture fails on any)."""
    dialogs.expect_errors = True
    return dialogs.errors


# -- the database is never used by the window's code outside an operation ---------------------
_GUI = str(Path(gui.__file__).parent)
_RUNNER = tasks_module.TaskRunner._execute.__code__


def _outside_operation() -> str | None:
    """Where window code uses a connection other than inside a task runner's work (None:
    it does not). Walks the stack: the innermost frame in gui/ names the place."""
    frame = sys._getframe(2)
    place = None
    while frame is not None:
        if frame.f_code is _RUNNER:
            return None
        if place is None and frame.f_code.co_filename.startswith(_GUI):
            place = f"{frame.f_code.co_filename[len(_GUI) + 1 :]}:{frame.f_lineno}"
        frame = frame.f_back
    return place


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread():
    """Fails the test when the window's code runs a statement outside an operation: on the
    GUI thread, where a slow server would stall the window (issue 14)."""
    found: list[str] = []

    def statement(*_args: object) -> None:
        place = _outside_operation()
        if place is not None:
            found.append(place)

    event.listen(Engine, "before_cursor_execute", statement)
    try:
        yield found
    finally:
        event.remove(Engine, "before_cursor_execute", statement)
    wrong = sorted(set(found))
    assert not wrong, f"the database used outside an operation, at {', '.join(wrong)}"
