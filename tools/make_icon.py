"""Draw the application icon (a blue tile with 運) as PNG and ICO into resources/icons.

QT_QPA_PLATFORM=offscreen python tools/make_icon.py
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

from ops_desktop.resources import resource_path


def main() -> None:
    app = QGuiApplication([])
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    )[0]
    size = 256
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1F4E79"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), 40, 40)
    painter.setPen(QColor("white"))
    painter.setFont(QFont(family, 118, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 0, size, size - 10), Qt.AlignmentFlag.AlignCenter, "運")
    painter.end()
    png = resource_path("icons", "ops-desktop.png")
    image.save(str(png))
    Image.open(png).save(
        resource_path("icons", "ops-desktop.ico"),
        sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    del app


if __name__ == "__main__":
    main()
