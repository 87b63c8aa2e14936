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
