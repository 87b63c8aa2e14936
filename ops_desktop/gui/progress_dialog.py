"""The progress dialog of a long task: shown after 100 ms, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class ProgressDialog(QProgressDialog):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(title, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self._closed = False
        self.hide()

    @Slot()
    def show_if_running(self) -> None:
        if not self._closed:
            self.show()

    def close(self) -> bool:
        self._closed = True
        self.reset()
        return super().close()

    @Slot(int, int, str)
    def update_progress(self, done: int, total: int, text: str) -> None:
        self.setMaximum(total)
        self.setValue(done)
        if text:
            self.setLabelText(text)
