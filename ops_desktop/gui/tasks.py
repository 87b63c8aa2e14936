"""The one background-task helper: anything that can take over 100 ms runs here.

``TaskRunner.run(work, on_done)`` calls ``work(progress)`` on the one worker thread (one at a
time: SQLite has one writer), shows a progress dialog with Cancel when the work lasts, and delivers
the result — or the error's message — on the GUI thread. ``work`` reports with
``progress.report(done, total, text)`` and stops early when ``progress.cancelled`` (or raises
``Cancelled`` from ``progress.check()``). Tests use ``synchronous=True``: the same calls, inline.
"""

from __future__ import annotations

import functools
import gc
import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from ops_desktop import logs
from ops_desktop.core.errors import DomainError

SHOW_AFTER_MS = 100
COLLECT_EVERY_MS = 500


def _collect_garbage() -> None:
    """On the GUI thread: what the automatic collector would do now, by its thresholds."""
    counts, limits = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > limits[generation]:
            gc.collect(generation)
            return


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


@dataclass
class _Job:
    """What the GUI thread keeps of a task until its outcome is delivered. The worker thread
    gets only the work (handed back, see _execute), the progress and a ticket number: it
    never holds the last reference to anything of the window, so nothing Qt is torn down
    off the GUI thread (a QObject destroyed there deadlocked the window, waiting on a Qt
    mutex while the GUI thread held the GIL)."""

    work: Callable[[Progress], Any] | None
    on_done: Callable[[Any], None]
    on_error: Callable[[str], None] | None
    dialog: Any
    progress: Progress
    outcome: tuple[str, Any] | None = None


def _described(error: Exception) -> str:
    """The one-line message of an unexpected error; never raises (the outcome must reach the
    GUI thread whatever happens)."""
    try:
        return unexpected_error_message("A background task failed", error)
    except Exception:  # noqa: BLE001 - a failing log or translation must not lose the outcome
        return logs.describe(error)


class TaskRunner(QObject):
    """Runs work on the one worker thread, one task at a time (SQLite has one writer), and
    delivers each outcome on the GUI thread; ``busy_changed`` tells the window to show it's
    working. ``synchronous=True`` (tests) runs the same steps inline."""

    busy_changed = Signal(bool)
    failed = Signal(str)  # an error no caller handled: the window shows it
    _finished = Signal(int)  # a ticket: emitted on the worker, handled on the GUI thread
    _progressed = Signal(int, int, int, str)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._executor = (
            None
            if synchronous
            else ThreadPoolExecutor(max_workers=1, thread_name_prefix="ops-desktop-worker")
        )
        self._tickets = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._futures: set[Future[None]] = set()
        queued = Qt.ConnectionType.QueuedConnection
        self._finished.connect(self._deliver, queued)
        self._progressed.connect(self._show_progress, queued)
        if not synchronous:
            # Python's cycle collector runs in whichever thread happens to allocate: on the
            # worker it would destroy Qt objects the GUI thread let go of (a page, a dialog),
            # off the GUI thread, and the program crashed there. It runs here instead.
            gc.disable()
            # What exists by now (the modules, the program's set-up) lives as long as the
            # program: left out of every later collection, a full one then looks at the
            # window's own objects only, not at everything ever imported (100+ ms stalls).
            gc.collect()
            gc.freeze()
            self._collector = QTimer(self)
            self._collector.timeout.connect(_collect_garbage)
            self._collector.start(COLLECT_EVERY_MS)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[str], None] | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> Progress:
        ticket = next(self._tickets)
        progress = Progress(functools.partial(self._report, ticket))
        dialog = self._dialog(title, parent, progress) if title and parent else None
        self._jobs[ticket] = _Job(work, on_done, on_error, dialog, progress)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        if self._executor is None:
            self._execute(ticket, [work])
            self._deliver(ticket)
        else:
            # Only the ticket and the work (handed over, and let go before the GUI thread
            # hears of the outcome) reach the worker: every other object of the job — the
            # progress, which the dialog's signal is connected to — is released by the GUI
            # thread alone. Released on the worker, its disconnection raced the dialog's
            # deletion, and the program crashed there.
            future = self._executor.submit(self._execute, ticket, [work])
            self._futures.add(future)
            future.add_done_callback(self._futures.discard)
        return progress

    def _report(self, ticket: int, done: int, total: int, text: str) -> None:
        if self.synchronous:
            self._show_progress(ticket, done, total, text)
        else:
            self._progressed.emit(ticket, done, total, text)

    def _execute(self, ticket: int, handed: list[Callable[[Progress], Any]]) -> None:
        """On the worker: run the work, park its outcome with the job, announce the ticket."""
        work, progress = handed.pop(), self._jobs[ticket].progress
        outcome: tuple[str, Any]
        try:
            outcome = ("done", work(progress))
        except Cancelled:
            outcome = ("cancelled", None)
        except DomainError as exc:
            outcome = ("failed", str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            outcome = ("failed", _described(exc))
        if outcome[0] == "done" and progress.cancelled:
            outcome = ("cancelled", None)
        del work, progress  # the job still holds them: released on the GUI thread
        self._jobs[ticket].outcome = outcome
        del outcome
        if not self.synchronous:
            self._finished.emit(ticket)

    @Slot(int)
    def _deliver(self, ticket: int) -> None:
        """On the GUI thread: close the dialog, drop the job, call back."""
        job = self._jobs.pop(ticket)
        if job.dialog is not None:
            job.dialog.close()
            job.dialog.deleteLater()
        if not self._jobs:
            self.busy_changed.emit(False)
        kind, value = job.outcome or ("cancelled", None)
        if kind == "done":
            job.on_done(value)
        elif kind == "failed":
            (job.on_error or self.failed.emit)(str(value))

    @Slot(int, int, int, str)
    def _show_progress(self, ticket: int, done: int, total: int, text: str) -> None:
        job = self._jobs.get(ticket)
        if job is not None and job.dialog is not None:
            job.dialog.update_progress(done, total, text)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until the worker has finished every task started (their outcomes are then
        delivered by the event loop); False if that took longer than ``msecs``."""
        pending = list(self._futures)
        _done, not_done = futures_wait(pending, timeout=msecs / 1000)
        return not not_done

    def settle(self) -> None:
        """Let every task started so far finish and deliver its outcome, the window staying
        responsive meanwhile (a local event loop): for a question that needs the outcome
        before it goes on, such as "Save" before the window closes."""
        if not self._jobs:
            return
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        self.busy_changed.connect(loop.quit)
        try:
            while self._jobs:
                loop.exec()
        finally:
            self.busy_changed.disconnect(loop.quit)

    def shutdown(self) -> None:
        """At exit: ask running tasks to stop and wait for the worker to end."""
        for job in self._jobs.values():
            job.progress.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._collector.stop()
            gc.unfreeze()
            gc.enable()

    def _dialog(self, title: str, parent: QWidget, progress: Progress) -> Any:
        from .progress_dialog import ProgressDialog  # built only when a task shows one

        dialog = ProgressDialog(title, parent)
        dialog.canceled.connect(lambda: progress.cancel())  # held by the dialog, no weakref
        QTimer.singleShot(SHOW_AFTER_MS, dialog.show_if_running)
        return dialog
