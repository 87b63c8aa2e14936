"""The window's own actions on the database and the interface: back up, restore, and switch
the language — each without losing work (unsaved forms are asked about first)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from . import dialogs
from . import settings_store as opts

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .pages.base import Page


def unsaved_ok(window: MainWindow, pages: list[Page] | None = None) -> bool:
    """Settle every page with unsaved edits (default: all of the window's) before they go:
    Save (it must succeed), Discard, or Cancel — False: stay as it is."""
    for page in pages if pages is not None else list(window.pages.values()):
        if not page.has_unsaved_changes():
            continue
        answer = window.dialogs.ask_unsaved(window, page.title())
        if answer == dialogs.SAVE:
            saving = page.save()
            window.tasks.settle()  # the save runs on the worker: wait for its outcome
            if not saving or page.has_unsaved_changes():
                return False  # refused: its reason is shown beside the fields or in a message
        elif answer == dialogs.DISCARD:
            page.discard_changes()
        else:
            return False
    return True


def back_up(window: MainWindow) -> bool:
    ctx = window.ctx
    if ctx is None or ctx.db.path is None:
        window.dialogs.show_error(
            window,
            QCoreApplication.translate(
                "MainWindow",
                "Backups are made of SQLite files; back up a PostgreSQL server with its own tools.",
            ),
        )
        return False
    source = ctx.db.path
    target, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Back up the database"),
        f"{source.stem}-backup.sqlite3",
        "SQLite (*.sqlite3)",
    )
    if not target:
        return False

    db = ctx.db

    def work(progress: Any) -> str:
        from ops_desktop.db.backup import backup_database

        backup_database(db, Path(target))  # through the window's own engine
        return target

    window.tasks.run(
        work,
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backup written: %1").replace("%1", path), 8000
        ),
        on_error=window.error,
        title=QCoreApplication.translate("MainWindow", "Backing up"),
        parent=window,
    )
    return True


def restore(window: MainWindow) -> bool:
    """Replace the database by a checked backup; the replaced one is kept beside it. The
    backup is checked off the GUI thread (integrity_check reads all of it), then the user
    confirms, then the restore runs with the window's own database closed."""
    ctx = window.ctx
    if ctx is None or ctx.db.path is None:
        window.dialogs.show_error(
            window, QCoreApplication.translate("MainWindow", "Restoring works on SQLite files.")
        )
        return False
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Restore from a backup"),
        "",
        "SQLite (*.sqlite3 *.sqlite *.db);;*",
    )
    if not chosen:
        return False
    from ops_desktop.db.restoring import check_backup

    window.tasks.run(
        lambda progress: check_backup(chosen),
        lambda checked: _confirm_and_restore(window, Path(chosen)),
        on_error=window.error,
        title=QCoreApplication.translate("MainWindow", "Checking the backup"),
        parent=window,
    )
    return True


def _confirm_and_restore(window: MainWindow, chosen: Path) -> None:
    question = QCoreApplication.translate(
        "MainWindow",
        "Replace the data in use by the backup %1? The data in use is kept in a copy beside it.",
    ).replace("%1", chosen.name)
    if window.ctx is None or not unsaved_ok(window) or not window.dialogs.confirm(window, question):
        return
    url, operator = window.ctx.db.url, window.operator()
    # A background task (the automatic backup) may hold a connection, and outcomes on
    # their way must reach their pages before the pages go.
    window.tasks.settle()
    window.detach()

    def work(progress: Any) -> Any:
        from ops_desktop.db.restoring import restore_and_open

        return restore_and_open(url, chosen, operator)

    def done(restored: Any) -> None:
        window.attach(restored.db)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Restored; the replaced data is in %1"
            ).replace("%1", str(restored.kept)),
            10000,
        )

    def failed(message: str) -> None:
        window.dialogs.show_error(window, message)
        _reopen(window, url)

    window.tasks.run(
        work,
        done,
        on_error=failed,
        title=QCoreApplication.translate("MainWindow", "Restoring"),
        parent=window,
    )


def _reopen(window: MainWindow, url: Any) -> None:
    """Go on with the database as it is after a failed restore (untouched, or restored but
    not recorded); if even that cannot be opened, say so and leave the window without one."""
    window.open_database(
        url, lambda _db: None, lambda message: window.dialogs.show_error(window, message)
    )


def switch_language(window: MainWindow, preference: str) -> bool:
    """Show the interface in another language at once; records and settings stay."""
    if not unsaved_ok(window):
        return False
    from .i18n import Languages

    app = QApplication.instance()
    assert app is not None  # the window runs in the application
    languages = getattr(app, "_ops_languages", None)
    if languages is None:
        languages = Languages(app)
        app._ops_languages = languages  # type: ignore[attr-defined]  # one per application
    languages.switch(preference)
    opts.LANGUAGE.set(window.settings, preference)
    window.retranslate()
    return True
