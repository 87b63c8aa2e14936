"""Tiling: a poster larger than the printer's paper, printed on A4 or A3 sheets that overlap,
with crop marks and a "row r / column c" label on each, to be trimmed and pasted together."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core.errors import DomainError
from ops_desktop.core.punctuation import full_width

from .page import MIN_TEXT, paper_size

OVERLAP = 10 * mm  # glue margin shared by neighbouring tiles
MARGIN = 8 * mm  # what office printers cannot print
MARK_CLEARANCE = 2 * mm  # between a crop mark and the label beside it


@dataclass(frozen=True)
class Tile:
    row: int  # 1-based, from the top
    column: int  # 1-based, from the left
    x: float  # the poster area this tile shows: left edge, in poster points
    y: float  # bottom edge
    width: float
    height: float


def plan(poster: tuple[float, float], paper: tuple[float, float]) -> list[Tile]:
    """The tiles covering ``poster`` with sheets of ``paper`` (the orientation that needs
    fewer sheets). Neighbouring tiles share ``OVERLAP``."""
    best: list[Tile] | None = None
    for pw, ph in (paper, paper[::-1]):
        usable_w, usable_h = pw - 2 * MARGIN, ph - 2 * MARGIN
        step_w, step_h = usable_w - OVERLAP, usable_h - OVERLAP
        cols = max(1, math.ceil((poster[0] - OVERLAP) / step_w))
        rows = max(1, math.ceil((poster[1] - OVERLAP) / step_h))
        tiles = [
            Tile(r + 1, c + 1, c * step_w, poster[1] - usable_h - r * step_h, usable_w, usable_h)
            for r in range(rows)
            for c in range(cols)
        ]
        if best is None or len(tiles) < len(best):
            best = tiles
    assert best is not None
    return best


def _sheet_size(tiles: list[Tile]) -> tuple[float, float]:
    return tiles[0].width + 2 * MARGIN, tiles[0].height + 2 * MARGIN


def write_tiles(
    target: Path,
    poster: tuple[float, float],
    pages: int,
    draw: Callable[[Canvas, int], None],
    paper: str,
    font: str,
    *,
    title: str = "",
) -> int:
    """Write every poster page as tiles; returns the number of sheets."""
    if paper.upper() not in ("A4", "A3"):
        raise DomainError("Tiles are printed on A4 or A3 paper, not {paper}.", paper=paper)
    tiles = plan(poster, paper_size(paper))
    sheet = _sheet_size(tiles)
    canvas = Canvas(
        str(target),
        pagesize=sheet,
        # types-reportlab types initialFontName as a number; it is the font's name.
        initialFontName=font,  # type: ignore[arg-type]
    )
    canvas.setTitle(f"{title} ({paper.upper()} tiles)")
    canvas.setAuthor("ops-desktop")
    rows, cols = max(t.row for t in tiles), max(t.column for t in tiles)
    for page in range(pages):
        for tile in tiles:
            canvas.saveState()
            path = canvas.beginPath()
            path.rect(MARGIN, MARGIN, tile.width, tile.height)
            canvas.clipPath(path, stroke=0, fill=0)
            canvas.translate(MARGIN - tile.x, MARGIN - tile.y)
            draw(canvas, page)
            canvas.restoreState()
            _marks(canvas, sheet, font, tile, rows, cols, page + 1, pages)
            canvas.showPage()
    canvas.save()
    return len(tiles) * pages


def _marks(
    canvas: Canvas,
    sheet: tuple[float, float],
    font: str,
    tile: Tile,
    rows: int,
    cols: int,
    page: int,
    pages: int,
) -> None:
    """Crop marks at the corners of the printed area and the assembly label."""
    w, h = sheet
    canvas.setStrokeColor(HexColor(0x000000))
    canvas.setLineWidth(0.3)
    length = MARGIN * 0.7
    for x in (MARGIN, w - MARGIN):
        for y in (MARGIN, h - MARGIN):
            dx = -length if x == MARGIN else length
            dy = -length if y == MARGIN else length
            canvas.line(x, y, x + dx, y)
            canvas.line(x, y, x, y + dy)
    # The labels sit in the bottom strip between the corners' marks, clear of them (the marks
    # stay within MARGIN of the sheet's sides) and below the printed area.
    canvas.setFont(font, MIN_TEXT)
    canvas.setFillColor(HexColor(0x444444))
    label = full_width(
        f"row {tile.row} / column {tile.column}  (第 {tile.row} 行 / 第 {tile.column} 列,"
        f"共 {rows}×{cols})"
    )
    if pages > 1:
        label += f"  poster page {page} / {pages}"
    baseline = MARGIN * 0.35
    canvas.drawString(MARGIN + MARK_CLEARANCE, baseline, label)
    canvas.drawRightString(w - MARGIN - MARK_CLEARANCE, baseline, f"overlap {OVERLAP / mm:g} mm")
