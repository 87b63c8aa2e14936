"""Chinese in the window: without a CJK font every glyph is a box. When the system has none,
the bundled WenQuanYi Micro Hei is registered for the application."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ops_desktop.resources import resource_path


def system_has_cjk() -> bool:
    return any(
        QFontDatabase.WritingSystem.TraditionalChinese in QFontDatabase.writingSystems(family)
        for family in QFontDatabase.families()
    )


def ensure_cjk_font(app: QApplication) -> str | None:
    """Register the bundled font when needed; returns its family name when it was."""
    if system_has_cjk():
        return None
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(families[0], app.font().pointSize())
    app.setFont(font)
    return families[0]
