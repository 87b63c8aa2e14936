"""The main window. A minimal shell until the window issues add the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QWidget
from sqlalchemy import func, select

from ops_desktop import APP_NAME
from ops_desktop.core.models import Staff
from ops_desktop.core.services import regulation
from ops_desktop.db import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(f"{APP_NAME} — {db.description}")
        with db.transaction() as session:
            version = regulation.current(session)
            title, label, status = version.title, version.label, version.status
            staff = (
                session.scalar(
                    select(func.count()).select_from(Staff).where(Staff.status != "departed")
                )
                or 0
            )
        body = QWidget(self)
        form = QFormLayout(body)
        self.regulation_label = QLabel(f"{title} {label} ({status})")
        self.staff_label = QLabel(str(staff))
        form.addRow(self.tr("Regulation:"), self.regulation_label)
        form.addRow(self.tr("Staff:"), self.staff_label)
        self.setCentralWidget(body)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        self.resize(900, 600)
