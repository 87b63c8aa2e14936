"""An unexpected error in a background task or in the window keeps its traceback in the
log and is shown in one line saying where the details are."""

from __future__ import annotations

import sys
import threading

import pytest

from ops_desktop import logs
from ops_desktop.gui import app
from ops_desktop.gui.tasks import TaskRunner


@pytest.fixture
def log_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    yield
    for handler in list(logs.logger.handlers):
        logs.logger.removeHandler(handler)
        handler.close()


def broken_export(progress):  # type: ignore[no-untyped-def]
    return len(None)  # type: ignore[arg-type]  # the bug under test


@pytest.mark.parametrize("synchronous", [True, False], ids=["inline", "worker thread"])
def test_a_failed_task_keeps_its_traceback_in_the_log(qtbot, log_home, synchronous):
    runner = TaskRunner(synchronous=synchronous)
    shown: list[str] = []
    runner.run(broken_export, lambda result: None, on_error=shown.append)
    qtbot.waitUntil(lambda: len(shown) == 1)  # delivered on this, the GUI thread
    runner.shutdown()
    runner.deleteLater()  # on this thread, now: left to the end, its teardown crashed PySide6
    assert not runner.busy
    first, second = shown[0].splitlines()
    assert first.startswith("Unexpected error: TypeError: object of type 'NoneType'")
    assert second == f"The details are in the log: {logs.log_file()}"
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "A background task failed" in logged
    assert "Traceback (most recent call last)" in logged and "in broken_export" in logged


def test_an_error_in_a_slot_is_logged_and_shown(qtbot, log_home, monkeypatch):
    from PySide6.QtWidgets import QWidget

    shown: list[str] = []

    class Window(QWidget):
        def error(self, message: str) -> None:  # the window's, which shows it
            shown.append(message)

    window = Window()
    qtbot.addWidget(window)
    before = sys.excepthook, threading.excepthook
    restore = app.report_unexpected_errors(window)
    try:
        broken_export(None)
    except TypeError:
        sys.excepthook(*sys.exc_info())
    finally:
        restore()
    assert (sys.excepthook, threading.excepthook) == before
    assert len(shown) == 1 and shown[0].startswith("Unexpected error: TypeError")
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "An unexpected error in the window" in logged and "in broken_export" in logged
