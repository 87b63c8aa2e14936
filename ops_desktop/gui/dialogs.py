"""Messages to the user: refusals in their words, confirmations before anything is removed."""

from __future__ import annotations

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
        from PySide6.QtCore import QCoreApplication

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


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
