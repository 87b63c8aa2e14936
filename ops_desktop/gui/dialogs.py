"""Messages to the user: refusals in their words, confirmations before anything is removed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ops_desktop import APP_NAME


def show_error(parent: QWidget | None, message: object) -> None:
    QMessageBox.warning(parent, APP_NAME, str(message))


def confirm(parent: QWidget | None, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> str:
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
