"""The drawing tools of a result letter's page (``letters.py``): A4 with fixed margins,
text set in the letter's script at a size that fits its room (never under ``MIN_TEXT``),
and the numbers as the letter prints them."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, black
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core import script as scripts

from .page import MIN_TEXT, paper_size
from .text import width

SIZE = 10.0
COLOR = HexColor(0x1F4E79)
RED = HexColor(0xB00020)
GREY = HexColor(0x555555)


def number(value: Decimal) -> str:
    return f"{value:.2f}"


def percent(weight: Decimal) -> str:
    return f"{weight.normalize():f}%"


class Page:
    """One letter's page: a canvas, its font and script, and the line being written."""

    def __init__(self, canvas: Canvas, font: str, script: str) -> None:
        self.canvas, self.font, self.script = canvas, font, script
        self.width, self.height = paper_size("A4")
        self.left = 56.0
        self.right = self.width - 56.0
        self.y = self.height - 48.0

    def t(self, text: str) -> str:
        return scripts.pick(text, None, self.script)

    def text(
        self, x: float, y: float, text: str, size: float = SIZE, color: Color = black, at: str = ""
    ) -> None:
        c = self.canvas
        c.setFont(self.font, size)
        c.setFillColor(color)
        text = self.t(text)
        if at == "right":
            c.drawRightString(x, y, text)
        elif at == "centre":
            c.drawCentredString(x, y, text)
        else:
            c.drawString(x, y, text)

    def fitted(self, text: str, room: float, size: float = SIZE) -> float:
        """The size (``size`` at most, ``MIN_TEXT`` at least) at which ``text`` fits ``room``."""
        needed = width(self.t(text), self.font, 1.0)
        return max(MIN_TEXT, min(size, room / max(needed, 1e-6)))

    def clipped(self, text: str, room: float, size: float = SIZE) -> tuple[str, float]:
        """``text`` and its size in ``room``: smaller down to ``MIN_TEXT``, then cut with …"""
        text = self.t(text)
        fitted = self.fitted(text, room, size)
        while len(text) > 1 and width(text, self.font, fitted) > room:
            text = text[:-2] + "…"
        return text, fitted

    def rule(self, y: float, color: Color = COLOR, line: float = 0.6) -> None:
        self.canvas.setStrokeColor(color)
        self.canvas.setLineWidth(line)
        self.canvas.line(self.left, y, self.right, y)
