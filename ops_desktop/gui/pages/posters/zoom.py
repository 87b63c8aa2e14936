"""The preview's zoom: fit the page, fit the width, 100 %, and Ctrl+wheel or Ctrl +/− in
steps, so the secretary can check the text of an A2 poster before printing it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class PreviewView(QPdfView):
    """A PDF view whose zoom the user sets; ``zoom_changed`` tells the page's controls."""

    zoom_changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitInView)

    def fit_page(self) -> None:
        self.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.zoom_changed.emit()

    def fit_width(self) -> None:
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.zoom_changed.emit()

    def actual_size(self) -> None:
        self.set_factor(1.0)

    def zoom_in(self) -> None:
        self.set_factor(self.shown_factor() * STEP)

    def zoom_out(self) -> None:
        self.set_factor(self.shown_factor() / STEP)

    def set_factor(self, factor: float) -> None:
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, factor)))
        self.zoom_changed.emit()

    def shown_factor(self) -> float:
        """The zoom the page is shown at, also in a fit mode (where zoomFactor is stale)."""
        if self.zoomMode() == QPdfView.ZoomMode.Custom or self.document() is None:
            return self.zoomFactor()
        document = self.document()
        if document.pageCount() == 0:
            return self.zoomFactor()
        page = document.pagePointSize(0)
        dpi = self.logicalDpiX() / 72.0
        room = self.viewport().size()
        across = room.width() / max(page.width() * dpi, 1e-6)
        if self.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return across
        return min(across, room.height() / max(page.height() * dpi, 1e-6))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+wheel zooms (a step a notch); the wheel alone scrolls. An override, not an
        event filter: a Python filter on the viewport is called while the view is torn down."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_factor(self.shown_factor() * STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)


class ZoomBar(QWidget):
    """Fit page, fit width, 100 %, − and + (Ctrl+− and Ctrl++ too), and the zoom shown."""

    def __init__(self, view: PreviewView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for text, slot, keys in (
            (self.tr("Fit page"), view.fit_page, None),
            (self.tr("Fit width"), view.fit_width, None),
            (self.tr("100 %"), view.actual_size, None),
            ("−", view.zoom_out, QKeySequence.StandardKey.ZoomOut),
            ("+", view.zoom_in, QKeySequence.StandardKey.ZoomIn),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
            if keys is not None:
                sequence = QKeySequence(keys)
                QShortcut(sequence, parent).activated.connect(slot)
                button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        self.label = QLabel(self)
        bar.addWidget(self.label)
        bar.addStretch(1)
        view.zoom_changed.connect(self.show_zoom)
        self.show_zoom()

    @Slot()
    def show_zoom(self) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitInView:
            self.label.setText(self.tr("Whole page"))
        elif mode == QPdfView.ZoomMode.FitToWidth:
            self.label.setText(self.tr("Page width"))
        else:
            self.label.setText(f"{self.view.zoomFactor() * 100:.0f} %")
