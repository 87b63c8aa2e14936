"""Sending the previewed poster to a printer: the same pages the preview shows."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` onto ``printer``; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            image = document.render(index, area.size())
            painter.drawImage(area.topLeft(), image)
    finally:
        painter.end()
    return document.pageCount()
