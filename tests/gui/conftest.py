"""Windows under test: offscreen, a synchronous task runner, a private settings file."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest
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


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch):
    """The Save / Discard / Cancel question about unsaved edits: a test that expects it
    puts its answers here; one nobody expected fails the test instead of waiting for ever."""
    answers: list[str] = []
    asked: list[str] = []

    def ask(parent, what):  # type: ignore[no-untyped-def]
        asked.append(what)
        if not answers:
            raise AssertionError(f"unexpected question about unsaved edits on {what}")
        return answers.pop(0)

    monkeypatch.setattr("ops_desktop.gui.dialogs.ask_unsaved", ask)
    answers_and_questions = (answers, asked)
    return answers_and_questions


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def tasks(qapp):
    return TaskRunner(synchronous=True)


@pytest.fixture
def ctx(demo_db, tasks):
    return AppContext(demo_db, tasks, lambda: "測試秘書")


@pytest.fixture
def fresh_ctx(db, tasks):
    return AppContext(db, tasks, lambda: "測試秘書")


@pytest.fixture
def no_questions(monkeypatch):
    """Answer every confirmation with yes and record the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(
        "ops_desktop.gui.dialogs.confirm", lambda parent, q: asked.append(q) or True
    )
    for module in (
        "staff",
        "positions",
        "regulation",
        "workflows",
        "training",
        "meetings",
        "suggestions",
        "settings",
    ):
        target = f"ops_desktop.gui.pages.{module}.confirm"
        with contextlib.suppress(AttributeError):  # pages without confirmations
            monkeypatch.setattr(target, lambda parent, q: asked.append(q) or True)
    return asked


@pytest.fixture
def errors(monkeypatch):
    """Collect the error dialogs instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(
        "ops_desktop.gui.dialogs.show_error", lambda parent, message: shown.append(str(message))
    )
    for module in ("pages.base", "main_window", "window_actions"):
        monkeypatch.setattr(
            f"ops_desktop.gui.{module}.show_error",
            lambda parent, message: shown.append(str(message)),
        )
    return shown


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
