"""Paper sizes, colours and the parts every poster page shares: title band and footer.

No text on a sheet is set under ``MIN_TEXT``: what does not fit at that size is broken into
lines (the footer is given the room for them) rather than shrunk."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core import files
from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError
from ops_desktop.core.punctuation import full_width

from .text import break_lines, width

MIN_TEXT = 8.0  # pt: the smallest text on any sheet, read at arm's length
LOGO_PPI = 150  # a logo printed coarser than this looks blurred on the wall
LOGO_SHARE = 0.3  # of the band's width at most, so that the title keeps its room

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
    """The geometry of a poster page in points (the trimmed sheet; ``bleed`` is the paper
    beyond it on each side that the print shop cuts off)."""

    width: float
    height: float
    footer_lines: int = 1
    bleed: float = 0.0

    @property
    def margin(self) -> float:
        return max(8 * mm, 0.035 * min(self.width, self.height))

    @property
    def band_height(self) -> float:
        return max(16 * mm, 0.075 * self.height)

    @property
    def footer_size(self) -> float:
        return max(MIN_TEXT, 0.0099 * self.height)

    @property
    def footer_height(self) -> float:
        one = max(6 * mm, self.footer_size / 0.45)
        return one + (self.footer_lines - 1) * self.footer_size * 1.25

    @property
    def body_top(self) -> float:
        return self.height - self.margin - self.band_height - self.margin * 0.6

    @property
    def body_bottom(self) -> float:
        return self.margin + self.footer_height + self.margin * 0.3

    def with_footer(self, text: str, font: str, *, script: str = "hant") -> Frame:
        """This frame with room for ``text`` in the footer (on as many lines as it takes)."""
        return replace(self, footer_lines=len(_footer_lines(self, font, text, script)))


def _page_label(page: int, pages: int, script: str) -> str:
    return scripts.pick(f"第 {page} / {pages} 頁", None, script) if pages > 1 else ""


def _footer_lines(frame: Frame, font: str, text: str, script: str) -> list[str]:
    size = frame.footer_size
    # room for the widest page label the footer may carry, so that every page breaks alike
    label = width(_page_label(99, 99, script), font, size)
    room = frame.width - 2 * frame.margin - label - size * 2
    text = full_width(text)
    return break_lines(text, font, size, room) if width(text, font, size) > room else [text]


def _fitted(text: str, font: str, largest: float, room: float) -> tuple[float, list[str]]:
    """The size (``largest`` at most, ``MIN_TEXT`` at least) and lines of ``text`` in ``room``."""
    size = max(MIN_TEXT, min(largest, room / max(width(text, font, 1.0), 1e-6)))
    if width(text, font, size) <= room:
        return size, [text]
    return size, break_lines(text, font, size, room)


@dataclass(frozen=True)
class Logo:
    """A logo as it sits in the title band: its box in points and how sharp it prints."""

    path: str
    x: float
    y: float
    width: float
    height: float
    ppi: float

    def warnings(self) -> tuple[str, ...]:
        if self.ppi >= LOGO_PPI:
            return ()
        # Written as a DomainError so that the window's catalogue of core messages translates it.
        return (
            str(
                DomainError(
                    "The logo prints at {ppi} ppi at this size, below the {least} ppi that "
                    "looks sharp: it will look blurred. Use a larger image for a sharp print.",
                    ppi=round(self.ppi),
                    least=LOGO_PPI,
                )
            ),
        )


def place_logo(frame: Frame, path: str | None) -> Logo | None:
    """The logo at the right of the band: 70% of its height, narrower when it is wide, so
    that it never takes more than ``LOGO_SHARE`` of the band and the title keeps its room."""
    if not path:
        return None
    from reportlab.lib.utils import ImageReader

    source = files.checked_source(path)
    try:
        iw, ih = ImageReader(str(source)).getSize()
    except Exception:  # noqa: BLE001 - any unreadable image is the same refusal
        raise DomainError(
            "The logo {path} cannot be read as an image (PNG or JPEG).", path=str(path)
        ) from None
    m, h = frame.margin, frame.band_height
    most_w, most_h = (frame.width - 2 * m) * LOGO_SHARE, h * 0.7
    scale = min(most_w / iw, most_h / ih)
    w, lh = iw * scale, ih * scale
    right = frame.width - m - h * 0.15
    bottom = frame.height - m - h / 2 - lh / 2
    return Logo(str(source), right - w, bottom, w, lh, iw / (w / 72))


def draw_band(
    canvas: Canvas,
    frame: Frame,
    font: str,
    title: str,
    subtitle: str,
    color: Color,
    logo: str | Logo | None = None,
) -> None:
    m, h = frame.margin, frame.band_height
    top = frame.height - m
    canvas.setFillColor(color)
    if frame.bleed:
        # for the print shop the band runs off the sheet: to the bleed edge, top and sides
        b = frame.bleed
        canvas.rect(-b, top - h, frame.width + 2 * b, h + m + b, stroke=0, fill=1)
    else:
        canvas.roundRect(m, top - h, frame.width - 2 * m, h, h * 0.08, stroke=0, fill=1)
    right = frame.width - m
    placed = place_logo(frame, logo) if isinstance(logo, str) else logo
    if placed:
        canvas.drawImage(placed.path, placed.x, placed.y, placed.width, placed.height, mask="auto")
        right = placed.x - h * 0.15
    room = right - m - h * 0.3
    canvas.setFillColor(white)
    size, lines = _fitted(full_width(title), font, h * 0.42, room)
    sub_size, sub_lines = (
        _fitted(full_width(subtitle), font, min(h * 0.16, size), room) if subtitle else (0, [])
    )
    # one line of each as designed; a title that needs more lines is set from the top down
    y = top - h * 0.55 + (len(lines) - 1) * size * 0.6
    for line in lines:
        canvas.setFont(font, size)
        canvas.drawString(m + h * 0.3, y, line)
        y -= size * 1.15
    y = min(top - h * 0.84, y + size * 1.15 - size * 0.3 - sub_size * 1.1)
    for line in sub_lines:
        canvas.setFont(font, sub_size)
        canvas.drawString(m + h * 0.3, y, line)
        y -= sub_size * 1.15


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
    size = frame.footer_size
    rule = frame.margin + frame.footer_height
    canvas.setStrokeColor(color)
    canvas.setLineWidth(max(0.5, size * 0.06))
    canvas.line(frame.margin, rule, frame.width - frame.margin, rule)
    canvas.setFillColor(color)
    canvas.setFont(font, size)
    lines = _footer_lines(frame, font, text, script)
    y = frame.margin + max(6 * mm, size / 0.45) * 0.3
    for line in reversed(lines):  # the last line on the designed baseline, the others above
        canvas.drawString(frame.margin, y, line)
        y += size * 1.25
    label = _page_label(page, pages, script)
    if label:
        canvas.drawRightString(
            frame.width - frame.margin, frame.margin + max(6 * mm, size / 0.45) * 0.3, label
        )
