"""The main window: a thin shell that composes the pages, the actions and the status bar."""

from __future__ import annotations

import functools
import getpass
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QSettings, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from ops_desktop import APP_NAME

from . import database_files, help_menu, icons, keys, window_actions, window_geometry
from . import pages as page_registry
from . import settings_store as opts
from .changes import ChangeNotice
from .context import AppContext
from .dialogs import Dialogs
from .first_start_guide import FirstStartGuide
from .page_stack import PageStack
from .pages.base import Page
from .tasks import TaskRunner


def with_keys(text: str, act: QAction) -> str:
    """A menu's ``text`` without its mnemonic ("&Save", "儲存(&S)") and with the action's
    shortcut as the platform writes it: "Save (Ctrl+S)", "儲存 (Ctrl+S)"."""
    plain = re.sub(r"\(&\w\)", "", text).replace("&", "").strip()
    shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{plain} ({shortcut})" if shortcut else plain


def _rect(rect: QRect) -> window_geometry.Rect:
    return window_geometry.Rect(rect.x(), rect.y(), rect.width(), rect.height())


if TYPE_CHECKING:  # SQLAlchemy loads with the database, after the window is shown
    from ops_desktop.db import Database


class MainWindow(QMainWindow):
    """Shown at once; the database is attached (``attach``) and each page is built the first
    time it is shown."""

    def __init__(
        self,
        db: Database | None,
        *,
        tasks: TaskRunner | None = None,
        settings: QSettings | None = None,
        dialogs: Dialogs | None = None,
        operator: str | None = None,
    ) -> None:
        super().__init__()
        self.given_operator = operator or ""  # --operator: this run's, over the kept name
        self.dialogs = dialogs or Dialogs()  # every question and message of the window
        self.settings = settings or opts.store()
        self.tasks = tasks or TaskRunner(self)
        self.tasks.failed.connect(self.error)
        self.ctx: AppContext | None = None
        self.notice = ChangeNotice(self)  # every committed change, for every page
        self.setWindowTitle(f"{APP_NAME}[*]")
        self.undo_group = QUndoGroup(self)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(170)
        self.stack = PageStack(self)
        self.pages: dict[str, Page] = {}
        self._kept: dict[str, tuple[QUndoStack, object]] = {}  # see retranslate
        for key in page_registry.KEYS:
            item = QListWidgetItem(icons.icon(key), page_registry.title(key), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.setEnabled(False)
        self.nav.currentRowChanged.connect(self._show_page)
        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.busy = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy)
        self.tasks.busy_changed.connect(
            lambda busy: self.busy.setText(self.tr("Working…") if busy else "")
        )
        self.guide = FirstStartGuide(self)
        self._build_actions()
        self._restore_geometry()
        if db is not None:
            self.attach(db)
        else:
            self.statusBar().showMessage(self.tr("Opening the database…"))

    def attach(self, db: Database) -> None:
        """Use ``db`` from now on and show the Dashboard: every start opens on it (its alerts
        are the day's work, and the first-start guide beside it), not on the page left."""
        self.ctx = AppContext(
            db, self.tasks, self.operator, self.settings, notice=self.notice, dialogs=self.dialogs
        )
        # The file's name (the whole path is in Help → About); a server's URL, no password.
        name = db.path.name if db.path is not None else db.description
        self.setWindowTitle(f"{APP_NAME} — {name}[*]")
        if db.path is not None:
            database_files.remember(self.settings, db.path)
        self.nav.setEnabled(True)
        self.statusBar().clearMessage()
        self.show_page("dashboard")
        self.guide.refresh()

    def open_database(
        self,
        url: Any,
        done: Callable[[Database], None],
        failed: Callable[[str], None],
        *,
        title: str = "",
    ) -> None:
        """Open the database at ``url`` on the worker (its checks, any upgrade), then
        :meth:`attach` it and call ``done``; ``failed(message)`` if it is refused. A database
        in use is closed only once the new one is open: refused, it stays as it was.
        ``title``: a progress dialog (the user waits for it, and does not type meanwhile)."""

        def work(progress: Any) -> Database:
            from ops_desktop.db import open_database

            db = open_database(url)
            if progress.cancelled:  # the user stopped waiting: its outcome is not delivered
                db.close()
            return db

        def opened(db: Database) -> None:
            if self.ctx is not None:  # another database in use: its pages and it go now
                self.tasks.settle()
                self.detach()
            self.attach(db)
            done(db)

        def refused(message: str) -> None:
            self.statusBar().clearMessage()
            failed(message)

        if not title:  # else the progress dialog says it
            self.statusBar().showMessage(self.tr("Opening the database…"))
        self.tasks.run(work, opened, on_error=refused, title=title, parent=self if title else None)

    def detach(self) -> None:
        """Close the database and every page (before a restore)."""
        self._drop_pages()
        if self.ctx is not None:
            self.ctx.db.close()
        self.ctx = None
        self.nav.setEnabled(False)
        self._follow_actions()

    def _drop_pages(self) -> None:
        self._kept = {}
        for page in self.pages.values():
            self.undo_group.removeStack(page.undo_stack)
            self.stack.remove_page(page)
            page.deleteLater()
        self.pages = {}

    def retranslate(self) -> None:
        """Everything in the current language: menus, navigation, pages (rebuilt; the data
        is in the database, so nothing is lost)."""
        self.tasks.settle()  # outcomes still on their way reach the pages that asked
        current = self.current_page().key if self.stack.current_page() is not None else None
        self.menuBar().clear()
        self.removeToolBar(self.toolbar)
        self._build_actions()
        for row, key in enumerate(page_registry.KEYS):
            self.nav.item(row).setText(page_registry.title(key))
        kept = self._keep_history()
        self._drop_pages()
        self._kept = kept
        if self.ctx is not None and current is not None:
            self.show_page(current)

    def _keep_history(self) -> dict[str, tuple[QUndoStack, object]]:
        """Each page's undo history and selection, kept over its rebuilding: the window
        owns the stacks meanwhile, and their steps report to the page built anew."""
        from .undo import ServiceCommand  # with SQLAlchemy: after the window is shown

        kept: dict[str, tuple[QUndoStack, object]] = {}
        for key, page in self.pages.items():
            self.undo_group.removeStack(page.undo_stack)
            page.undo_stack.setParent(self)
            for index in range(page.undo_stack.count()):
                step = page.undo_stack.command(index)
                if isinstance(step, ServiceCommand):
                    step.rebind(functools.partial(self._refresh_page, key), self.error)
            kept[key] = (page.undo_stack, page.selection())
        return kept

    def _refresh_page(self, key: str) -> None:
        if key in self.pages:
            self.pages[key].refresh()

    def page(self, key: str) -> Page:
        """The page ``key``, built on first use."""
        if key not in self.pages:
            assert self.ctx is not None, "attach a database first"
            page = page_registry.page_class(key)(self.ctx, self.stack)
            if key in self._kept:  # rebuilt in another language: its history goes on
                history, selected = self._kept.pop(key)
                page.undo_stack.deleteLater()
                history.setParent(page)
                page.undo_stack = history
                page.restore_selection(selected)
            self.pages[key] = page
            self.stack.add_page(page)
            self.undo_group.addStack(page.undo_stack)
            page.status_message.connect(self.statusBar().showMessage)
            if hasattr(page, "open_record"):
                page.open_record.connect(self.open_record)
            page.modified_changed.connect(lambda on, k=key: self._mark_modified(k, on))
            page.actions_changed.connect(self._follow_actions)
            keys.let_tab_leave_lists(page)
        return self.pages[key]

    def _mark_modified(self, key: str, modified: bool) -> None:
        """A page with unsaved edits: "*" beside its name, and in the window's title."""
        row = page_registry.KEYS.index(key)
        self.nav.item(row).setText(page_registry.title(key) + (" *" if modified else ""))
        self.setWindowModified(any(p.has_unsaved_changes() for p in self.pages.values()))

    # -- actions ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(
            text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(with_keys(text, act))
            act.triggered.connect(slot)
            return act

        def page_action(text: str, shortcut: Any, name: str) -> QAction:
            act = action(text, shortcut, lambda: self._page_action(name))
            self._page_actions[name] = act
            return act

        S = QKeySequence.StandardKey
        self._page_actions: dict[str, QAction] = {}
        self.act_new = page_action(self.tr("&New"), S.New, "new_record")
        self.act_save = page_action(self.tr("&Save"), S.Save, "save")
        self.act_delete = page_action(self.tr("&Delete"), S.Delete, "delete_record")
        self.act_find = page_action(self.tr("&Find"), S.Find, "find")
        self.act_export = page_action(self.tr("&Export…"), "Ctrl+E", "export")
        self.act_print = page_action(self.tr("&Print…"), S.Print, "print_")
        self.act_quit = action(self.tr("&Quit"), S.Quit, self.close)
        self.act_backup = action(self.tr("&Back up…"), "", lambda: window_actions.back_up(self))
        self.act_restore = action(self.tr("&Restore…"), "", lambda: window_actions.restore(self))
        self.act_undo = self._undo_action(self.tr("&Undo"), self.tr("Undo"), "undo", menu=True)
        self.act_undo.setShortcut(QKeySequence(S.Undo))
        self.act_redo = self._undo_action(self.tr("&Redo"), self.tr("Redo"), "redo", menu=True)
        # Ctrl+Y and Ctrl+Shift+Z on every platform, beside the platform's own.
        redo_keys = [QKeySequence(S.Redo), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        self.act_redo.setShortcuts(list(dict.fromkeys(k for k in redo_keys if not k.isEmpty())))
        self.tool_undo = self._undo_action(self.tr("Undo"), self.tr("Undo"), "undo")
        self.tool_redo = self._undo_action(self.tr("Redo"), self.tr("Redo"), "redo")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for act in (
            self.act_new,
            self.act_save,
            None,
            self.act_export,
            self.act_print,
            None,
            self.act_quit,
        ):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        self.database_menu = database_files.DatabaseMenu(self, file_menu, self.act_export)
        file_menu.insertAction(self.act_quit, self.act_backup)
        file_menu.insertAction(self.act_quit, self.act_restore)
        file_menu.insertSeparator(self.act_quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for act in (self.act_undo, self.act_redo, None, self.act_delete, self.act_find):
            edit_menu.addSeparator() if act is None else edit_menu.addAction(act)
        self._build_page_menu()
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        choices = QActionGroup(self)
        for code, name in (
            ("", self.tr("Follow the system")),
            ("zh_TW", "繁體中文"),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            act = language_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(opts.LANGUAGE.get(self.settings) == code)
            choices.addAction(act)
            act.triggered.connect(lambda _c=False, c=code: window_actions.switch_language(self, c))
        self.help_menu = help_menu.HelpMenu(self)
        self.guide.add_to(self.help_menu.menu)
        toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar = toolbar
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act, icon in (
            (self.act_new, "new"),
            (self.act_save, "save"),
            (self.act_delete, "delete"),
            (self.tool_undo, "undo"),
            (self.tool_redo, "redo"),
            (self.act_find, "find"),
            (self.act_export, "export"),
            (self.act_print, "print"),
        ):
            act.setIcon(icons.icon(icon))
            toolbar.addAction(act)
        self._follow_actions()

    def _build_page_menu(self) -> None:
        """Go: every page by name, the first nine on Ctrl+1…9, and the previous and next
        page on Ctrl+PgUp and Ctrl+PgDown (as the tabs of a browser)."""
        menu = self.menuBar().addMenu(self.tr("&Go"))
        self.act_previous_page = menu.addAction(self.tr("Previous page"))
        self.act_previous_page.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.act_previous_page.triggered.connect(lambda: self._step_page(-1))
        self.act_next_page = menu.addAction(self.tr("Next page"))
        self.act_next_page.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.act_next_page.triggered.connect(lambda: self._step_page(1))
        menu.addSeparator()
        self.page_actions: list[QAction] = []
        for row, key in enumerate(page_registry.KEYS):
            act = menu.addAction(page_registry.title(key))
            if row < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            act.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.page_actions.append(act)
            self.nav.item(row).setToolTip(with_keys(page_registry.title(key), act))

    def _step_page(self, step: int) -> None:
        if self.ctx is not None:
            count = len(page_registry.KEYS)
            self.nav.setCurrentRow((max(self.nav.currentRow(), 0) + step) % count)

    def _follow_actions(self) -> None:
        """The page's actions as the page shown offers them (``Page.offers``): enabled where
        it does them, disabled elsewhere, the tooltip saying which."""
        widget = self.stack.current_page()
        for name, act in self._page_actions.items():
            offered = isinstance(widget, Page) and widget.offers(name)
            ready = offered and isinstance(widget, Page) and widget.ready(name)
            act.setEnabled(ready)
            told = with_keys(act.text(), act)
            if not offered:
                told = self.tr("%1: not on this page").replace("%1", told)
            elif not ready:  # offered, nothing to act on yet: say what is missing
                why = {
                    "delete_record": self.tr("%1: choose a record first"),
                    "save": self.tr("%1: nothing changed yet"),
                }.get(name, self.tr("%1: nothing to act on yet"))
                told = why.replace("%1", told)
            act.setToolTip(told)

    def _undo_action(self, text: str, word: str, kind: str, *, menu: bool = False) -> QAction:
        """Undo or Redo of the current page's stack. The menu's carries the whole step
        ("Undo Change phone"); the toolbar's a short word that keeps the toolbar still, the
        whole step in its tooltip."""
        act = QAction(text, self)
        act.triggered.connect(lambda: self._step(kind))
        group = self.undo_group
        can = group.canUndoChanged if kind == "undo" else group.canRedoChanged
        step = group.undoTextChanged if kind == "undo" else group.redoTextChanged
        can.connect(act.setEnabled)
        if menu:
            step.connect(lambda what: act.setText(f"{text} {what}".strip()))
        else:
            act.setShortcut(QKeySequence())  # the menu's action has the keys: named here
            undo_keys = QKeySequence(
                QKeySequence.StandardKey.Undo if kind == "undo" else QKeySequence.StandardKey.Redo
            )
            keys_text = undo_keys.toString(QKeySequence.SequenceFormat.NativeText)
            step.connect(
                lambda what: act.setToolTip(
                    f"{word} {what}".strip() + (f" ({keys_text})" if keys_text else "")
                )
            )
            act.setToolTip(f"{word} ({keys_text})" if keys_text else word)
        act.setEnabled(group.canUndo() if kind == "undo" else group.canRedo())
        return act

    def _step(self, kind: str) -> None:
        """Undo or redo one step — not while work is running: a step runs on the database
        worker, and the next may only start once the last is known to have succeeded."""
        if self.tasks.busy:
            self.statusBar().showMessage(self.tr("Still working; try again in a moment."), 3000)
            return
        self.undo_group.undo() if kind == "undo" else self.undo_group.redo()

    def current_page(self) -> Page:
        page = self.stack.current_page()
        assert isinstance(page, Page)
        return page

    def _page_action(self, name: str) -> None:
        if self.stack.current_page() is None or not getattr(self.current_page(), name)():
            self.statusBar().showMessage(self.tr("Not available on this page."), 3000)

    def show_page(self, key: str) -> None:
        keys = page_registry.KEYS
        row = keys.index(key) if key in keys else keys.index("dashboard")
        if self.nav.currentRow() == row:
            self._show_page(row)
        else:
            self.nav.setCurrentRow(row)

    @Slot(int)
    def _show_page(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        leaving = self.stack.current_page()
        if (
            isinstance(leaving, Page)
            and leaving.key != page_registry.KEYS[row]
            and not window_actions.unsaved_ok(self, [leaving])
        ):
            self.nav.blockSignals(True)  # Cancel: stay on the page and its edits
            self.nav.setCurrentRow(page_registry.KEYS.index(leaving.key))
            self.nav.blockSignals(False)
            return
        page = self.page(page_registry.KEYS[row])
        self.stack.show_page(page)
        self.undo_group.setActiveStack(page.undo_stack)
        self._follow_actions()
        self.statusBar().showMessage(page.status_text())  # never the previous page's text
        page.shown()  # which may say more once it has loaded

    @Slot(str, object)
    def open_record(self, key: str, record_id: object) -> None:
        """Show the page that holds a record and select it there (when the page can)."""
        self.show_page(key)
        page = self.pages.get(key)
        if page is not None and record_id is not None and hasattr(page, "select_id"):
            page.select_id(record_id)

    def error(self, message: str) -> None:
        self.dialogs.show_error(self, message)

    def operator(self) -> str:
        """Who the audit log names: ``--operator``, else the name kept on this workstation
        (asked on the first start), else the system's user."""
        return self.given_operator or opts.OPERATOR.get(self.settings) or getpass.getuser()

    def operator_named(self) -> None:
        self.guide.refresh()

    # -- state --------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The place the window was left at when it still fits its screen and is usable;
        else 80 % of the screen, centred (``window_geometry``)."""
        geometry = opts.GEOMETRY.get(self.settings)
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        whole = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        if not (restored and self.windowState() & whole):  # maximised: the screen's own
            saved = _rect(self.geometry()) if restored else None
            screens = [QGuiApplication.primaryScreen(), *QGuiApplication.screens()]
            available = [_rect(s.availableGeometry()) for s in screens]
            where = window_geometry.placed(saved, available)
            if where != saved:
                self.setGeometry(QRect(*where))
        state = opts.WINDOW_STATE.get(self.settings)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not window_actions.unsaved_ok(self):  # Save, Discard or Cancel for each page
            event.ignore()
            return
        opts.GEOMETRY.set(self.settings, self.saveGeometry())
        opts.WINDOW_STATE.set(self.settings, self.saveState())
        self.tasks.settle()  # what is still running ends, and a refusal is still said
        event.accept()
