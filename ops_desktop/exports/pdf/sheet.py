"""The PDF a poster or flowchart is written to, for the office printer or for a print shop.

A print shop wants the sheet larger than the poster by ``BLEED`` on every side, so that the
colour that runs to the edge survives an inexact cut; the TrimBox says where to cut, the
BleedBox how far the colour runs, and colours are CMYK. Each page is drawn in the poster's
own coordinates (0, 0 at the trimmed corner) in both cases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import CMYKColor, Color, toColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core.errors import DomainError

BLEED = 3 * mm


def as_cmyk(color: Color | str) -> CMYKColor:
    """``color`` for a CMYK press; greys go on the black plate alone. The black takes what
    the three channels share and the inks the rest in proportion (not reportlab's rgb2cmyk,
    which subtracts it: a viewer shows #1F4E79 converted that way as a dull grey-blue)."""
    found = toColor(color)
    if isinstance(found, CMYKColor):
        return found
    assert isinstance(found, Color)
    r, g, b = found.red, found.green, found.blue
    k = 1 - max(r, g, b)
    if k >= 1:
        return CMYKColor(0, 0, 0, 1, alpha=found.alpha)
    c, m, y = ((1 - v - k) / (1 - k) for v in (r, g, b))
    return CMYKColor(c, m, y, k, alpha=found.alpha)


def refuse_bleed_with_tiles(bleed: bool, tile: str | None) -> None:
    if bleed and tile:
        raise DomainError(
            "Tiles are trimmed and pasted together at the office, so they have no bleed: "
            "choose either tiles or print-shop bleed."
        )


def write_sheets(
    target: Path,
    size: tuple[float, float],
    pages: int,
    draw: Callable[[Canvas, int], None],
    font: str,
    *,
    bleed: bool = False,
    title: str = "",
    subject: str = "",
) -> None:
    """Write ``pages`` pages of ``size`` (the trimmed poster) drawn by ``draw(canvas, i)``."""
    b = BLEED if bleed else 0.0
    w, h = size
    canvas = Canvas(
        str(target),
        pagesize=(w + 2 * b, h + 2 * b),
        # types-reportlab types initialFontName as a number; it is the font's name.
        initialFontName=font,  # type: ignore[arg-type]
        # every colour set on the canvas (text blocks included) goes through as_cmyk
        enforceColorSpace=as_cmyk if bleed else None,
    )
    if bleed:
        canvas.setTrimBox((b, b, b + w, b + h))
        canvas.setBleedBox((0, 0, w + 2 * b, h + 2 * b))
    canvas.setTitle(title)
    canvas.setAuthor("ops-desktop")
    if subject:
        canvas.setSubject(subject)
    for index in range(pages):
        canvas.translate(b, b)
        draw(canvas, index)
        canvas.showPage()
    canvas.save()
