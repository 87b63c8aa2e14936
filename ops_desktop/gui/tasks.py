"""The one background-task helper: anything that can take over 100 ms runs here.

``TaskRunner.run(work, on_done)`` calls ``work(progress)`` on a worker thread (one at a time:
SQLite has one writer), shows a progress dialog with Cancel when the work lasts, and delivers
the result — or the error's message — on the GUI thread. ``work`` reports with
``progress.report(done, total, text)`` and stops early when ``progress.cancelled`` (or raises
``Cancelled`` from ``progress.check()``). Tests use ``synchronous=True``: the same calls, inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget

from ops_desktop import logs
from ops_desktop.core.errors import DomainError

SHOW_AFTER_MS = 100


def unexpected_error_message(what: str, error: BaseException) -> str:
    """Log ``error`` with its traceback and say, in one line and the interface's language,
    what it was and where the details are."""
    path = logs.unexpected(what, error)
    message = QCoreApplication.translate("TaskRunner", "Unexpected error: %1").replace(
        "%1", logs.describe(error)
    )
    if path is None:
        return message
    details = QCoreApplication.translate("TaskRunner", "The details are in the log: %1")
    return f"{message}\n{details.replace('%1', str(path))}"


class Cancelled(Exception):
    """The user cancelled the task."""


class Progress:
    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled


class _Signals(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress
    ) -> None:
        super().__init__()
        self.work, self.signals, self.progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except DomainError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            self.signals.failed.emit(unexpected_error_message("A background task failed", exc))
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs work off the GUI thread; ``busy_changed`` tells the window to show it's working."""

    busy_changed = Signal(bool)
    failed = Signal(str)  # an error no caller handled: the window shows it

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running = 0
        self._keep: set[_Signals] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[str], None] | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> Progress:
        signals = _Signals()
        progress = Progress(signals.progressed.emit)
        dialog = self._dialog(title, parent, progress) if title and parent else None

        def finish() -> None:
            self._running -= 1
            self._keep.discard(signals)
            if dialog is not None:
                dialog.close()
            if not self._running:
                self.busy_changed.emit(False)

        def done(result: object) -> None:
            finish()
            on_done(result)

        def failed(message: str) -> None:
            finish()
            (on_error or self.failed.emit)(message)

        # The signals object lives on the GUI thread: queued calls run there. Inline (tests),
        # the same calls are direct.
        kind = (
            Qt.ConnectionType.DirectConnection
            if self.synchronous
            else Qt.ConnectionType.QueuedConnection
        )
        signals.done.connect(done, kind)
        signals.failed.connect(failed, kind)
        signals.cancelled.connect(finish, kind)
        if dialog is not None:
            signals.progressed.connect(dialog.update_progress, kind)
        self._running += 1
        self._keep.add(signals)
        self.busy_changed.emit(True)
        job = _Job(work, signals, progress)
        if self.synchronous:
            job.run()
        else:
            self.pool.start(job)
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _dialog(self, title: str, parent: QWidget, progress: Progress) -> Any:
        from .progress_dialog import ProgressDialog  # built only when a task shows one

        dialog = ProgressDialog(title, parent)
        dialog.canceled.connect(progress.cancel)
        QTimer.singleShot(SHOW_AFTER_MS, dialog.show_if_running)
        return dialog
