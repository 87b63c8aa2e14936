"""Paper sizes, colours and the parts every poster page shares: title band and footer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core import files
from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError

from .text import width

PAPER_MM: dict[str, tuple[float, float]] = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
}


def paper_size(spec: str, landscape: bool = False) -> tuple[float, float]:
    """``A4``…``A0`` or ``WxHmm`` (e.g. ``500x700mm``), in points, turned for landscape."""
    text = spec.strip().upper().replace("×", "X")
    if text in PAPER_MM:
        w, h = PAPER_MM[text]
    else:
        match = re.fullmatch(r"(\d{2,4}(?:\.\d+)?)X(\d{2,4}(?:\.\d+)?)(?:MM)?", text)
        if not match:
            raise DomainError(
                "'{spec}' is not a paper size: use A4, A3, A2, A1, A0 or "
                "WIDTHxHEIGHTmm such as 500x700mm.",
                spec=spec,
            )
        w, h = float(match.group(1)), float(match.group(2))
        if not (90 <= w <= 5000 and 90 <= h <= 5000):
            raise DomainError("A poster must be between 90 and 5000 mm on each side.")
    if landscape != (w > h):
        w, h = h, w
    return w * mm, h * mm


def theme_color(text: str) -> Color:
    if not re.fullmatch(r"#?[0-9A-Fa-f]{6}", text.strip()):
        raise DomainError("'{color}' is not a colour like #1F4E79.", color=text)
    return HexColor("#" + text.strip().lstrip("#"))


@dataclass(frozen=True)
class Frame:
    """The geometry of a poster page in points."""

    width: float
    height: float

    @property
    def margin(self) -> float:
        return max(8 * mm, 0.035 * min(self.width, self.height))

    @property
    def band_height(self) -> float:
        return max(16 * mm, 0.075 * self.height)

    @property
    def footer_height(self) -> float:
        return max(6 * mm, 0.022 * self.height)

    @property
    def body_top(self) -> float:
        return self.height - self.margin - self.band_height - self.margin * 0.6

    @property
    def body_bottom(self) -> float:
        return self.margin + self.footer_height + self.margin * 0.3


def draw_band(
    canvas: Canvas,
    frame: Frame,
    font: str,
    title: str,
    subtitle: str,
    color: Color,
    logo: str | None = None,
) -> None:
    m, h = frame.margin, frame.band_height
    top = frame.height - m
    canvas.setFillColor(color)
    canvas.roundRect(m, top - h, frame.width - 2 * m, h, h * 0.08, stroke=0, fill=1)
    right = frame.width - m
    if logo:
        right = _draw_logo(canvas, logo, right - h * 0.15, top - h * 0.85, h * 0.7)
    room = right - m - h * 0.3
    size = min(h * 0.42, room / max(width(title, font, 1.0), 1e-6))
    canvas.setFillColor(white)
    canvas.setFont(font, size)
    canvas.drawString(m + h * 0.3, top - h * 0.55, title)
    if subtitle:
        sub = min(h * 0.16, room / max(width(subtitle, font, 1.0), 1e-6))
        canvas.setFont(font, sub)
        canvas.drawString(m + h * 0.3, top - h * 0.84, subtitle)


def _draw_logo(canvas: Canvas, path: str, right: float, bottom: float, height: float) -> float:
    from reportlab.lib.utils import ImageReader

    source = files.checked_source(path)
    try:
        image = ImageReader(str(source))
        iw, ih = image.getSize()
    except Exception:  # noqa: BLE001 - any unreadable image is the same refusal
        raise DomainError(
            "The logo {path} cannot be read as an image (PNG or JPEG).", path=str(path)
        ) from None
    w = height * iw / ih
    canvas.drawImage(image, right - w, bottom, w, height, mask="auto")
    return right - w - height * 0.2


def draw_footer(
    canvas: Canvas,
    frame: Frame,
    font: str,
    text: str,
    page: int,
    pages: int,
    color: Color,
    *,
    script: str = "hant",
) -> None:
    size = frame.footer_height * 0.45
    y = frame.margin + frame.footer_height * 0.3
    canvas.setStrokeColor(color)
    canvas.setLineWidth(max(0.5, size * 0.06))
    canvas.line(
        frame.margin,
        frame.margin + frame.footer_height,
        frame.width - frame.margin,
        frame.margin + frame.footer_height,
    )
    canvas.setFillColor(color)
    canvas.setFont(font, size)
    label = scripts.pick(f"第 {page} / {pages} 頁", None, script) if pages > 1 else ""
    room = frame.width - 2 * frame.margin - width(label, font, size) - size * 2
    canvas.setFont(font, min(size, room / max(width(text, font, 1.0), 1e-6)))
    canvas.drawString(frame.margin, y, text)
    canvas.setFont(font, size)
    if label:
        canvas.drawRightString(frame.width - frame.margin, y, label)
