"""The Help menu: the user guide (F1) and About. Built with the window's other menus, so a
language switch rebuilds it and turns an open guide to the new language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .user_guide import GuideWindow


class HelpMenu:
    """User guide (F1) and About."""

    def __init__(self, window: MainWindow) -> None:
        translate = QCoreApplication.translate
        self.menu = menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.guide_action = menu.addAction(translate("MainWindow", "User &guide"))
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(lambda: show_guide(window))
        menu.addSeparator()
        self.about_action = menu.addAction(translate("MainWindow", "&About ops-desktop"))
        self.about_action.triggered.connect(lambda: show_about(window))
        guide = open_guide(window)
        if guide is not None:
            guide.load()  # the language may have changed (MainWindow.retranslate)


def open_guide(window: MainWindow) -> GuideWindow | None:
    """The guide's window if it was opened (a child window of the main window)."""
    from .user_guide import GuideWindow

    return window.findChild(GuideWindow)


def show_guide(window: MainWindow) -> GuideWindow:
    """The guide's window, made once and brought to the front."""
    from .user_guide import GuideWindow

    guide = open_guide(window)
    if guide is None:
        guide = GuideWindow(window)
        guide.resize(guide.sizeHint())
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def show_about(window: MainWindow) -> None:
    from .about import AboutDialog

    database = window.ctx.db.description if window.ctx is not None else ""
    dialog = AboutDialog(database, window)
    window.dialogs.run(dialog)
    dialog.deleteLater()
