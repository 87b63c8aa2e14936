"""Start the window: one QApplication, the database opened once, the main window shown."""

from __future__ import annotations

import sys

from sqlalchemy.engine import URL

from ops_desktop import APP_NAME, __version__
from ops_desktop.core.errors import DomainError


def run(url: URL) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ops_desktop.db import open_database

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from .fonts import ensure_cjk_font

    ensure_cjk_font(app)
    try:
        db = open_database(url)
    except DomainError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
