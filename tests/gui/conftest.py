"""Windows under test: offscreen, a synchronous task runner, a private settings file."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QSettings

from ops_desktop.gui import context
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
