"""The revision table (修訂對照表) on A4 landscape: what changed between two versions of the
regulation, the form a revision notice takes — 條款 / 原條文 / 修訂後條文 / 說明, a row per
change in the new version's reading order, the words a clause lost struck through in the
old text and the words it gained underlined in the new.

Landscape, because the old and the new text stand side by side: 26 characters a line in
each, where portrait leaves 17 and long clauses would run down the page. The column heads
head every page; a row that does not fit the rest of a page starts the next, and one longer
than a page is split between lines (never inside one), its clause named again with (續)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor, black
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError
from ops_desktop.core.files import write_atomically
from ops_desktop.exports import revision_words as words

from . import fonts
from .letter_page import COLOR, GREY
from .marked_text import Runs, draw_marked, marked_lines
from .page import paper_size

if TYPE_CHECKING:
    from ops_desktop.core.services.regulation_compare import Comparison

SIZE = 9.5
LEADING = SIZE * 1.45
PAD = 4.0
MARGIN = 36.0
SHARES = (1.45, 3.0, 3.0, 1.3)  # 條款, 原條文, 修訂後條文, 說明
FOOT = 46.0  # the table ends above this; the footer is below it
RULE = HexColor(0x999999)
SHADE = HexColor(0xEEF3F8)

Cell = list[Runs]  # a cell's lines


@dataclass(frozen=True)
class Piece:
    """The lines ``start:end`` of a row, as they stand on one page."""

    cells: tuple[Cell, ...]
    start: int
    end: int

    @property
    def height(self) -> float:
        return (self.end - self.start) * LEADING + 2 * PAD


class _Table:
    """The geometry of the page and the table's columns."""

    def __init__(self, font: str, script: str) -> None:
        self.font, self.script = font, script
        self.width, self.height = paper_size("A4", landscape=True)
        self.left, self.right = MARGIN, self.width - MARGIN
        scale = (self.right - self.left) / sum(SHARES)
        self.columns = [share * scale for share in SHARES]
        self.first_top = self.height - MARGIN - 104  # below the title and the versions
        self.top = self.height - MARGIN - 22  # a later page: one line of heading

    def lines(self, runs: Runs, column: int) -> Cell:
        return marked_lines(runs, self.font, SIZE, self.columns[column] - 2 * PAD)

    def row(self, change_cells: tuple[Runs, Runs, Runs, Runs]) -> tuple[Cell, ...]:
        return tuple(self.lines(runs, n) for n, runs in enumerate(change_cells))


def _rows(found: Comparison, table: _Table) -> list[tuple[Cell, ...]]:
    script = table.script
    rows = []
    for change in found.changes:
        old, new = words.marked(change)
        place = [(words.place(change, script), "same")]
        note = [(words.note(change, script), "same")]
        rows.append(table.row((place, old, new, note)))
    return rows


def paginate(rows: list[tuple[Cell, ...]], first: float, later: float) -> list[list[Piece]]:
    """The rows on pages whose tables have ``first`` and ``later`` points of room below the
    column heads: a row moves whole to the next page when it fits there, and is split
    between lines only when it is longer than a page (or the page holds too little of it)."""
    per_page = int((later - 2 * PAD) // LEADING)
    pages: list[list[Piece]] = [[]]
    room = first
    for cells in rows:
        lines = max(1, *(len(cell) for cell in cells))
        start = 0
        while start < lines:
            fits = int((room - 2 * PAD + 1e-6) // LEADING)
            if lines - start <= fits:
                pages[-1].append(Piece(cells, start, lines))
                room -= pages[-1][-1].height
                break
            if pages[-1] and (lines - start <= per_page or fits < 3):
                pages.append([])
                room = later
                continue
            take = max(1, fits)
            pages[-1].append(Piece(cells, start, start + take))
            start += take
            pages.append([])
            room = later
    return pages


class _Writer:
    def __init__(self, canvas: Canvas, table: _Table, found: Comparison, heads: dict[str, str]):
        self.canvas, self.table, self.found, self.heads = canvas, table, found, heads

    def text(
        self, x: float, y: float, text: str, size: float, color: Color = black, at: str = ""
    ) -> None:
        c = self.canvas
        c.setFont(self.table.font, size)
        c.setFillColor(color)
        if at == "centre":
            c.drawCentredString(x, y, text)
        elif at == "right":
            c.drawRightString(x, y, text)
        else:
            c.drawString(x, y, text)

    def first_heading(self) -> None:
        t, h = self.table, self.heads
        top = t.height - MARGIN
        middle = t.width / 2
        self.text(t.left, top - 4, h["department"], 9, GREY)
        self.text(middle, top - 28, h["title"], 16, COLOR, "centre")
        self.text(middle, top - 48, f"{h['versions']}　{h['status']}", 10.5, black, "centre")
        self.text(middle, top - 64, h["counts"], 9.5, GREY, "centre")
        if self.found.changes:  # the marks explained, each in its own mark
            marks = ("same", "removed", "same", "added", "same")
            runs: Runs = [
                (words.words(part, t.script), kind)
                for part, kind in zip(words.LEGEND, marks, strict=True)
            ]
            draw_marked(self.canvas, t.left, top - 88, runs, t.font, 9, GREY)

    def later_heading(self) -> None:
        t, h = self.table, self.heads
        top = t.height - MARGIN
        self.text(t.left, top - 4, f"{h['title']}　{h['versions']}", 9, GREY)
        self.text(t.right, top - 4, h["cont"], 9, GREY, "right")

    def column_heads(self, top: float) -> float:
        t = self.table
        height = LEADING + 2 * PAD
        self.canvas.setFillColor(SHADE)
        self.canvas.rect(t.left, top - height, t.right - t.left, height, stroke=0, fill=1)
        x = t.left
        for head, w in zip(words.COLUMNS, t.columns, strict=True):
            self.text(x + w / 2, top - PAD - SIZE, words.words(head, t.script), SIZE, COLOR,
                      "centre")  # fmt: skip
            x += w
        self._grid(top, height)
        return top - height

    def piece(self, piece: Piece, top: float) -> float:
        t = self.table
        x = t.left
        for n, (cell, w) in enumerate(zip(piece.cells, t.columns, strict=True)):
            shown = cell[piece.start : piece.end]
            if piece.start and n == 0:  # the clause named again on the page it goes on
                shown = [[*cell[0], (self.heads["cont"], "same")]] if cell else []
            y = top - PAD - SIZE
            for line in shown:
                draw_marked(self.canvas, x + PAD, y, line, t.font, SIZE)
                y -= LEADING
            x += w
        self._grid(top, piece.height)
        return top - piece.height

    def _grid(self, top: float, height: float) -> None:
        c, t = self.canvas, self.table
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.rect(t.left, top - height, t.right - t.left, height, stroke=1, fill=0)
        x = t.left
        for w in t.columns[:-1]:
            x += w
            c.line(x, top, x, top - height)

    def foot(self, page: int, pages: int) -> None:
        t, h = self.table, self.heads
        self.canvas.setStrokeColor(COLOR)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(t.left, FOOT - 12, t.right, FOOT - 12)
        self.text(t.left, FOOT - 24, f"{h['department']} · {h['title']} · {h['versions']}", 8,
                  GREY)  # fmt: skip
        label = words.words(f"第 {page} / {pages} 頁", t.script)
        self.text(t.right, FOOT - 24, label, 8, GREY, "right")


def write_revision_pdf(
    found: Comparison,
    target: str | Path,
    *,
    department: str,
    title: str = "",
    script: str = "hant",
    font_path: str | None = None,
) -> int:
    """Write the table; returns its number of pages. ``title``: the regulation's, in
    ``script`` (the table is titled ``{title} 修訂對照表``)."""
    scripts.check(script)
    font = fonts.register(font_path)
    table = _Table(font, script)
    heads = {
        "department": words.words(department, script),
        "title": f"{title} {words.words(words.TITLE, script)}".strip(),
        "versions": words.versions_line(found, script),
        "status": words.status_line(found, script),
        "counts": words.counts_line(found, script),
        "cont": words.words("（續）", script),
    }
    every = "".join([*heads.values(), *(c.old + c.new + c.where + c.note for c in found.changes)])
    missing = fonts.missing_glyphs(font, every)
    if missing:
        raise DomainError(
            "The font has no glyphs for {chars}; choose another font so that no text is lost.",
            chars=missing,
        )
    heads_h = LEADING + 2 * PAD
    pages = paginate(
        _rows(found, table), table.first_top - FOOT - heads_h, table.top - FOOT - heads_h
    )

    def write(tmp: Path) -> None:
        # types-reportlab types initialFontName as a number; it is the font's name.
        canvas = Canvas(str(tmp), pagesize=(table.width, table.height), initialFontName=font)  # type: ignore[arg-type]
        canvas.setTitle(f"{heads['title']} {heads['versions']}")
        canvas.setAuthor("ops-desktop")
        canvas.setSubject(department)
        writer = _Writer(canvas, table, found, heads)
        for number, pieces in enumerate(pages, start=1):
            if number == 1:
                writer.first_heading()
            else:
                writer.later_heading()
            if not found.changes:
                no_changes = words.words(words.NO_CHANGES, script)
                writer.text(table.width / 2, table.first_top - 10, no_changes, 12, black, "centre")
            else:
                y = writer.column_heads(table.first_top if number == 1 else table.top)
                for piece in pieces:
                    y = writer.piece(piece, y)
            writer.foot(number, len(pages))
            canvas.showPage()
        canvas.save()

    write_atomically(target, write)
    return len(pages)
