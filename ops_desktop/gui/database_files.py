"""File → New database, Open database and Open recent: another SQLite file, chosen in the
window, through the checks of ``--db`` (``db/location.chosen_file``, then ``open_database``'s
look at the file before its first connection). The database in use stays open until the
other one is open: a refused file changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from . import settings_store as opts
from . import window_actions

if TYPE_CHECKING:
    from ops_desktop.db import Database

    from .main_window import MainWindow

RECENT_COUNT = 8
SUFFIX = ".sqlite3"


def file_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "ops-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)"
    )


# -- the recent list (workstation settings) ------------------------------------------------------
def recent(settings: QSettings) -> list[str]:
    """The database files opened last, newest first (at most :data:`RECENT_COUNT`)."""
    try:
        found = json.loads(opts.RECENT_DATABASES.get(settings) or "[]")
    except ValueError:  # written by hand, or by something else: start again
        return []
    if not isinstance(found, list):
        return []
    return [p for p in found if isinstance(p, str) and p][:RECENT_COUNT]


def _keep(settings: QSettings, paths: list[str]) -> None:
    opts.RECENT_DATABASES.set(settings, json.dumps(paths[:RECENT_COUNT], ensure_ascii=False))


def remember(settings: QSettings, path: Path) -> None:
    """``path`` is the newest of the recent databases."""
    text = str(path)
    _keep(settings, [text] + [p for p in recent(settings) if p != text])


def forget(settings: QSettings, path: str) -> None:
    _keep(settings, [p for p in recent(settings) if p != path])


# -- the menu ------------------------------------------------------------------------------------
class DatabaseMenu:
    """New database…, Open database… and Open recent ▸ in the File menu, above ``before``."""

    def __init__(self, window: MainWindow, menu: QMenu, before: QAction) -> None:
        self.window = window
        translate = QCoreApplication.translate
        self.new_action = QAction(translate("MainWindow", "New &database…"), window)
        self.new_action.triggered.connect(lambda: new_database(window))
        self.open_action = QAction(translate("MainWindow", "&Open database…"), window)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(lambda: open_database_file(window))
        self.recent_menu = QMenu(translate("MainWindow", "Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        for act in (self.new_action, self.open_action):
            menu.insertAction(before, act)
        menu.insertMenu(before, self.recent_menu)
        menu.insertSeparator(before)
        self.fill_recent()

    def fill_recent(self) -> None:
        """The recent files but the one in use; one no longer there is greyed, saying so."""
        window, menu = self.window, self.recent_menu
        translate = QCoreApplication.translate
        menu.clear()
        in_use = _in_use(window)
        shown = [p for p in recent(window.settings) if in_use is None or not _same(p, in_use)]
        for number, path in enumerate(shown, start=1):
            there = Path(path).is_file()
            text = f"&{number} {Path(path).name}"
            if not there:
                text = translate("MainWindow", "%1 (not found)").replace("%1", text)
            act = menu.addAction(text)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.setEnabled(there)
            act.triggered.connect(lambda _c=False, p=path: open_recent(window, p))
        if shown:
            menu.addSeparator()
            clear = menu.addAction(translate("MainWindow", "Clear the list"))
            clear.triggered.connect(self.clear)
        else:
            menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    def clear(self) -> None:
        # Not refilled here: that would delete the action whose signal runs this (the
        # menu is filled anew each time it is shown).
        _keep(self.window.settings, [])


def _in_use(window: MainWindow) -> Path | None:
    return window.ctx.db.path if window.ctx is not None else None


def _same(path: str, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return Path(path) == other


def _start_folder(window: MainWindow) -> str:
    in_use = _in_use(window)
    return str(in_use.parent) if in_use is not None else str(Path.home())


# -- the three ways to another file --------------------------------------------------------------
def new_database(window: MainWindow) -> bool:
    """A new, empty department database (with the default regulation and settings). A
    name that is already an ops-desktop database opens it; any other existing file is
    refused, as ``--db`` refuses it."""
    chosen = window.dialogs.new_file(
        window,
        QCoreApplication.translate("MainWindow", "New database"),
        str(Path(_start_folder(window)) / f"ops-desktop{SUFFIX}"),
        file_filter(),
    )
    if not chosen:
        return False
    path = Path(chosen)
    if not path.suffix and not path.exists():
        path = path.with_suffix(SUFFIX)
    return switch_to(window, path, new=True)


def open_database_file(window: MainWindow) -> bool:
    chosen = window.dialogs.open_file(
        window,
        QCoreApplication.translate("MainWindow", "Open database"),
        _start_folder(window),
        file_filter(),
    )
    return bool(chosen) and switch_to(window, Path(str(chosen)), new=False)


def open_recent(window: MainWindow, path: str) -> bool:
    """A recent file; one gone since the menu was shown is said and taken off the list."""
    if not Path(path).is_file():
        window.dialogs.show_error(
            window,
            QCoreApplication.translate(
                "MainWindow",
                "%1 is no longer there (moved, renamed or deleted); it is taken off the list.",
            ).replace("%1", path),
        )
        forget(window.settings, path)  # the menu is filled anew when next shown
        return False
    return switch_to(window, Path(path), new=False)


def switch_to(window: MainWindow, path: Path, *, new: bool) -> bool:
    """Use the database file ``path`` from now on, once unsaved edits are settled and the
    file has passed every check of ``--db``; refused, the database in use stays open."""
    from ops_desktop.core.errors import DomainError
    from ops_desktop.db.location import chosen_file

    if not window_actions.unsaved_ok(window):
        return False
    try:
        url = chosen_file(path, new=new)
    except DomainError as refusal:
        window.dialogs.show_error(window, str(refusal))
        return False

    def opened(db: Database) -> None:
        from .app import report_upgrade, start_backup

        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Database in use: %1").replace(
                "%1", db.description
            ),
            8000,
        )
        report_upgrade(window, db.upgraded)
        start_backup(window)

    window.open_database(
        url,
        opened,
        window.error,
        title=QCoreApplication.translate("MainWindow", "Opening %1").replace("%1", path.name),
    )
    return True
