"""The pages' stack: one page shown at a time, none able to push the window off the screen.

A QStackedWidget is as large as the largest of its pages, shown or not: once the poster
designer (about 800 px wide) had been opened, every other page made the window wider than a
1024-pixel screen, the guide and the Save buttons beyond its edge. Here each page lies in a
scroll area of its own: it is given all the room there is, never less than its minimum —
when the window cannot give that much (a small screen, the first-start guide beside it), the
page scrolls inside the window instead of widening it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def add_page(self, page: QWidget) -> None:
        area = QScrollArea(self)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)  # the page fills the room, down to its minimum
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields
        area.setWidget(page)
        self.addWidget(area)

    def _area(self, page: QWidget) -> QScrollArea | None:
        for index in range(self.count()):
            area = self.widget(index)
            if isinstance(area, QScrollArea) and area.widget() is page:
                return area
        return None

    def remove_page(self, page: QWidget) -> None:
        """Take ``page`` out (its owner deletes it)."""
        area = self._area(page)
        if area is not None:
            area.takeWidget()
            self.removeWidget(area)
            area.deleteLater()

    def show_page(self, page: QWidget) -> None:
        area = self._area(page)
        if area is not None:
            self.setCurrentWidget(area)

    def current_page(self) -> QWidget | None:
        area = self.currentWidget()
        return area.widget() if isinstance(area, QScrollArea) else None
