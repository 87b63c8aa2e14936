"""Help → About: the program's version, the database in use, the versions it runs on, and
the licences of what it ships from others (the font; the icons' licence files, whatever is
under resources/icons when the program runs)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop import APP_NAME, __version__
from ops_desktop.resources import resource_path

_LICENCE_WORDS = ("licen", "copying", "notice", "copyright")


def program_version() -> str:
    """The installed package's version; the source's in a bundle without package metadata."""
    from importlib import metadata

    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:
        return __version__


def licence_files(folder: str) -> list[Path]:
    """The licence texts in resources/``folder`` (LICENSE-…, COPYING, NOTICE…)."""
    where = resource_path(folder)
    if not where.is_dir():
        return []
    return sorted(
        path
        for path in where.rglob("*")
        if path.is_file() and any(word in path.name.lower() for word in _LICENCE_WORDS)
    )


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._program(database), self.tr("Program"))
        for kind, folder in ((self.tr("Font"), "fonts"), (self.tr("Icons"), "icons")):
            for path in licence_files(folder):
                self.tabs.addTab(self._licence(path), f"{kind}: {path.name}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _program(self, database: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        heading = QLabel(f"<h2>{APP_NAME}</h2>", page)
        form.addRow(heading)
        form.addRow(
            QLabel(
                self.tr(
                    "The Operations Department's regulation, records, appraisals and posters, "
                    "offline."
                ),
                page,
                wordWrap=True,
            )
        )
        self.rows: dict[str, str] = {
            "version": program_version(),
            "database": database or self.tr("(none open)"),
            "qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
            "python": f"{platform.python_version()} ({platform.system()} {platform.machine()})",
        }
        labels = {
            "version": self.tr("Version"),
            "database": self.tr("Database in use"),
            "qt": self.tr("Qt"),
            "python": self.tr("Python"),
        }
        for key, text in self.rows.items():
            value = QLabel(text, page)
            value.setObjectName(f"about_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[key], value)
        form.addRow(self.tr("Licence"), QLabel(self.tr("MIT (the program)"), page))
        note = QLabel(
            self.tr(
                "The licences of what it ships from others (the font of posters and "
                "printouts, the icons) are in the next tabs."
            ),
            page,
            wordWrap=True,
        )
        form.addRow(note)
        return page

    def _licence(self, path: Path) -> QWidget:
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setObjectName(f"licence_{path.name}")
        try:
            text.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            text.setPlainText(
                self.tr("Cannot read %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
        return text
