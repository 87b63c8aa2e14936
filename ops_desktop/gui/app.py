"""Start the window: one QApplication, the database opened once, the main window shown, and
an automatic rotating backup taken in the background."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from sqlalchemy.engine import URL

from ops_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ops_desktop.db import Database
    from ops_desktop.db.migrate import Upgrade

    from .main_window import MainWindow


def run(url: URL, operator: str | None = None) -> int:
    """Show the window at once, then open the database in the next turn of the event loop
    (a refused database is reported in a dialog, and the program ends). ``operator``
    (``--operator``) is who the audit log names in this run, whatever the settings keep."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ops_desktop.resources import resource_path

    from .fonts import ensure_cjk_font
    from .main_window import MainWindow

    # The one application object is a QApplication: this one, or the test runner's.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "ops-desktop.png"))))
    app.setDesktopFileName("ops-desktop")
    ensure_cjk_font(app)
    start_language(app)
    window = MainWindow(None, operator=operator)
    restore_hooks = report_unexpected_errors(window)
    window.show()
    opened: list[Database] = []
    QTimer.singleShot(0, lambda: connect(app, window, url, opened))
    try:
        code = app.exec()
    finally:
        restore_hooks()
    window.tasks.shutdown()  # the worker ends before the databases close
    for db in opened + ([window.ctx.db] if window.ctx is not None else []):
        db.close()  # the one opened first, and the one a restore opened since
    window.settings.sync()  # the window's place and the preferences, written now
    return code


def report_unexpected_errors(window: MainWindow) -> Callable[[], None]:
    """An error no code handled (in a slot, an event handler, a thread) keeps its traceback
    in the log and is shown in one line, instead of only reaching a console nobody sees.
    Returns the function that puts the previous hooks back."""
    from .tasks import unexpected_error_message

    def on_gui_thread(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit
            sys.__excepthook__(kind, error, trace)
            return
        window.error(unexpected_error_message("An unexpected error in the window", error))

    def on_thread(info: threading.ExceptHookArgs) -> None:
        if info.exc_value is not None:
            from ops_desktop import logs

            logs.unexpected(f"An unexpected error in thread {info.thread}", info.exc_value)

    previous = sys.excepthook, threading.excepthook
    sys.excepthook = on_gui_thread
    threading.excepthook = on_thread

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous

    return restore


def start_language(app: QApplication) -> None:
    """The language chosen in the window last time, else the system's."""
    from . import settings_store as opts
    from .i18n import Languages

    languages = Languages(app)
    try:
        languages.switch(opts.LANGUAGE.get(opts.store()))
    except (OSError, RuntimeError):  # no lrelease and no shipped .qm: English stays
        return
    app._ops_languages = languages  # type: ignore[attr-defined]  # one per application


def connect(
    app: QApplication, window: MainWindow, url: URL, opened: list[Database] | None = None
) -> list[Database]:
    """Open the database on the worker (its checks and any upgrade can take a while on a
    server), then show it in the window. ``opened`` (returned) gets the database once it is
    open; a refused one is said in a dialog, and the program ends."""
    from PySide6.QtWidgets import QMessageBox

    from . import operator_prompt

    opened = [] if opened is None else opened

    def done(db: Database) -> None:
        opened.append(db)
        report_upgrade(window, db.upgraded)
        start_backup(window)
        operator_prompt.ask_once(window)  # the first start: who is this?

    def refused(message: str) -> None:
        QMessageBox.critical(window, APP_NAME, message)
        window.close()
        app.exit(1)

    window.open_database(url, done, refused)
    return opened


def report_upgrade(window: MainWindow, upgrade: Upgrade | None) -> None:
    """Say once that an older database was brought up to date, and where its copy is."""
    if upgrade is None:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    text = (
        QCoreApplication.translate(
            "MainWindow",
            "This database was written by an older version of ops-desktop and has been "
            "brought up to date (schema %1 → %2).",
        )
        .replace("%1", upgrade.from_revision)
        .replace("%2", upgrade.to_revision)
    )
    if upgrade.copy is not None:
        kept = QCoreApplication.translate("MainWindow", "A copy of it as it was is kept at:\n%1")
        text += "\n\n" + kept.replace("%1", str(upgrade.copy))
    QMessageBox.information(window, APP_NAME, text)


def backup_folder(configured: str) -> Path:
    if configured:
        return Path(configured)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "backups"


def start_backup(window: MainWindow) -> None:
    """The rotating backup taken on every open (SQLite files only), off the GUI thread."""
    from . import settings_store as opts

    assert window.ctx is not None, "attach a database first"
    db = window.ctx.db
    if db.path is None:
        return
    folder = backup_folder(opts.BACKUP_FOLDER.get(window.settings))
    keep = opts.BACKUP_COUNT.get(window.settings)

    def work(progress: object) -> Path | None:
        from ops_desktop.db.backup import rotate

        return rotate(db, folder, keep)  # through the window's own engine

    def done(made: Path | None) -> None:
        from PySide6.QtCore import QCoreApplication

        if made is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Backup written: %1").replace(
                    "%1", str(made)
                ),
                5000,
            )

    window.tasks.run(work, done)
