"""Text with marked runs (the words a revision removed or added), broken into lines by the
same rules as every other text (``text.break_lines``: 禁則, unbroken Latin runs, full-width
punctuation) and drawn run by run.

Marks that read in black-and-white print too, not by colour alone: removed words are red
and struck through, added ones bold and underlined (and blue)."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor, black
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core.punctuation import HALF_TO_FULL, full_width

from .text import break_lines, width

Runs = list[tuple[str, str]]  # (text, "same" | "removed" | "added")
REMOVED = HexColor(0xB00020)
ADDED = HexColor(0x0B4F9C)


def _printed(runs: Runs) -> tuple[str, list[str]]:
    """The text as ``break_lines`` sets it (full-width marks, the spaces typed around them
    dropped, line breaks as spaces) and the kind of each of its characters."""
    raw = "".join(text for text, _ in runs)
    kinds = [kind for text, kind in runs for _ in text]
    printed = full_width(raw).replace("\n", " ")
    out: list[str] = []
    i = 0
    for ch in printed:
        # full_width only widens marks and drops the spaces beside them: skip those spaces
        while i < len(raw) and not _prints_as(raw[i], ch):
            i += 1
        out.append(kinds[i] if i < len(raw) else "same")
        i += 1
    return printed, out


def _prints_as(typed: str, printed: str) -> bool:
    return printed in (typed, HALF_TO_FULL.get(typed)) or (typed == "\n" and printed == " ")


def marked_lines(runs: Runs, font: str, size: float, room: float) -> list[Runs]:
    """``runs`` broken into lines of at most ``room`` points, each line a list of runs."""
    printed, kinds = _printed(runs)
    lines: list[Runs] = []
    at = 0
    for line in break_lines(printed, font, size, room):
        found = printed.find(line, at)  # the lines follow each other, spaces between them
        at = found if found >= 0 else at
        line_runs: Runs = []
        for offset, ch in enumerate(line):
            kind = kinds[at + offset] if at + offset < len(kinds) else "same"
            if line_runs and line_runs[-1][1] == kind:
                line_runs[-1] = (line_runs[-1][0] + ch, kind)
            else:
                line_runs.append((ch, kind))
        lines.append(line_runs)
        at += len(line)
    return lines


def draw_marked(
    canvas: Canvas, x: float, y: float, runs: Runs, font: str, size: float, color: Color = black
) -> None:
    """One line of runs from (x, y), its baseline; unmarked text in ``color``."""
    for text, kind in runs:
        w = width(text, font, size)
        ink = REMOVED if kind == "removed" else ADDED if kind == "added" else color
        canvas.saveState()
        canvas.setFillColor(ink)
        canvas.setStrokeColor(ink)
        line = canvas.beginText(x, y)
        line.setFont(font, size)
        if kind == "added":  # bold as the posters set it: the glyphs filled and stroked
            canvas.setLineWidth(size * 0.035)
            line.setTextRenderMode(2)
        line.textOut(text)
        canvas.drawText(line)
        if kind == "removed":
            canvas.setLineWidth(max(0.6, size * 0.07))
            canvas.line(x, y + size * 0.32, x + w, y + size * 0.32)
        elif kind == "added":
            canvas.setLineWidth(max(0.5, size * 0.06))
            canvas.line(x, y - size * 0.16, x + w, y - size * 0.16)
        canvas.restoreState()
        x += w
