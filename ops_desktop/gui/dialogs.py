"""Messages to the user: refusals in their words, confirmations before anything is removed,
the file dialogs, and what the window hands to the desktop (a written file, opened)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ops_desktop import APP_NAME


class Dialogs:
    """The questions and messages the window puts to the user, in one place. Pages ask
    through ``ctx.dialogs`` (the window's); tests hand the window and the context one that
    answers for the user (``tests/gui/conftest.py``) instead of patching modules."""

    def show_error(self, parent: QWidget | None, message: object) -> None:
        QMessageBox.warning(parent, APP_NAME, str(message))

    def confirm(self, parent: QWidget | None, question: str) -> bool:
        """Yes or No; No is the default (Enter does not remove anything)."""
        answer = QMessageBox.question(
            parent,
            APP_NAME,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        """One line of text (a month, a reason), offered as ``text``; None when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return answer if ok else None

    def run(self, dialog: QDialog) -> bool:
        """A dialog of the window's own (a form: a lock's confirmation, an unlock's reason),
        shown modally; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_unsaved(self, parent: QWidget | None, what: str) -> str:
        """Save, Discard or Cancel for edits not yet saved on ``what``: Enter saves; Esc and
        closing the box keep the edits (Cancel)."""
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            QCoreApplication.translate("MainWindow", "%1 has changes that are not saved.").replace(
                "%1", what
            )
        )
        box.setInformativeText(QCoreApplication.translate("MainWindow", "Save them?"))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        answer = box.exec()
        return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(buttons(answer), CANCEL)

    def save_file(
        self, parent: QWidget | None, title: str, offered: str, file_filter: str
    ) -> str | None:
        """The file to write, ``offered`` (a folder and a name) to start with; None when
        cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(parent, title, offered, file_filter)
        return chosen or None

    def open_file(
        self, parent: QWidget | None, title: str, start: str, file_filter: str
    ) -> str | None:
        """An existing file to open, from the folder ``start``; None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(parent, title, start, file_filter)
        return chosen or None

    def new_file(
        self, parent: QWidget | None, title: str, offered: str, file_filter: str
    ) -> str | None:
        """A name for a file the program will create: an existing file is not offered to be
        replaced (the program judges it and refuses what it must); None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            offered,
            file_filter,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return chosen or None

    def choose_folder(self, parent: QWidget | None, title: str, start: str) -> str | None:
        """An existing folder (the dialog can make a new one), from ``start``; None when
        cancelled."""
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(parent, title, start) or None

    def show_exported(
        self, parent: QWidget | None, message: str, path: Path, *, folder: bool
    ) -> str | None:
        """``message`` after an export to ``path`` (a file, or a ``folder`` of files), with
        Open file (not for a folder) and Open folder: OPEN_FILE, OPEN_FOLDER or None
        (Close)."""
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(message)
        box.setInformativeText(str(path))
        role = QMessageBox.ButtonRole.ActionRole
        open_file = None
        if not folder:
            open_file = box.addButton(QCoreApplication.translate("Dialogs", "Open file"), role)
        open_folder = box.addButton(QCoreApplication.translate("Dialogs", "Open folder"), role)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.exec()
        clicked = box.clickedButton()
        if open_file is not None and clicked is open_file:
            return OPEN_FILE
        return OPEN_FOLDER if clicked is open_folder else None

    def open_url(self, url: QUrl) -> bool:
        """Open ``url`` (a file or a folder) in the program the desktop chooses for it."""
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(url)


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OPEN_FILE, OPEN_FOLDER = "open file", "open folder"
