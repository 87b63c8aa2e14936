"""The window's icons: one name for each, drawn from the Lucide SVGs in resources/icons/lucide.

Lucide's icons are lines in ``currentColor``. Qt's own SVG icon engine draws that as black,
which cannot be read on a dark palette; so each icon is drawn here, from the SVG, in the
palette's text colour for its mode (greyed when disabled, the highlighted text's colour
when selected), at the size and device pixel ratio asked: crisp at 200 % as at 100 %.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ops_desktop.resources import resource_path

SET = "lucide"

# What the window calls an icon → the Lucide file that draws it.
NAMES: dict[str, str] = {
    # the toolbar's actions
    "new": "plus",
    "save": "save",
    "delete": "trash-2",
    "undo": "undo-2",
    "redo": "redo-2",
    "find": "search",
    "export": "file-down",
    "print": "printer",
    # the pages, as their keys in gui/pages/__init__.py
    "dashboard": "layout-dashboard",
    "staff": "users",
    "positions": "briefcase",
    "regulation": "book-open",
    "posters": "presentation",
    "workflows": "workflow",
    "appraisals": "clipboard-check",
    "training": "graduation-cap",
    "meetings": "calendar-days",
    "suggestions": "message-square-text",
    "audit": "history",
    "settings": "settings",
    # the empty states of the lists (gui/empty_state.py)
    "empty": "inbox",
    "no-match": "search-x",
    "import": "file-up",
}


def path_of(name: str) -> Path:
    """The SVG file of the icon ``name``."""
    return resource_path("icons", SET, f"{NAMES[name]}.svg")


def _colour_role(mode: QIcon.Mode) -> tuple[QPalette.ColorGroup, QPalette.ColorRole]:
    if mode == QIcon.Mode.Disabled:
        return QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText
    if mode == QIcon.Mode.Selected:
        return QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
    return QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText


class LineIconEngine(QIconEngine):
    """Draws one monochrome SVG in the application palette's colour for the mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self.svg = svg
        self._pixmaps: dict[tuple[int, int, int, float, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.svg)

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        group, role = _colour_role(mode)
        colour = QGuiApplication.palette().color(group, role).name().encode()
        return QSvgRenderer(QByteArray(self.svg.replace(b"currentColor", colour)))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Drawn at ``size`` × ``scale`` device pixels: at 200 % from the SVG, never a
        small picture enlarged. Kept per size, mode and palette colour."""
        group, role = _colour_role(mode)
        colour = QGuiApplication.palette().color(group, role).rgba()
        key = (size.width(), size.height(), int(mode.value), scale, colour)
        if key not in self._pixmaps:
            pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, pixmap.rect(), mode, state)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return self._pixmaps[key]


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (a key of ``NAMES``), read once."""
    return QIcon(LineIconEngine(path_of(name).read_bytes()))
