"""The revision table (修訂對照表) as a workbook for HR: one sheet, the same columns as the
PDF (條款 / 原條文 / 修訂後條文 / 說明), the header row frozen, text wrapped; the words a
changed clause lost struck through in red and those it gained bold, underlined and blue, as
rich text (which readers without formatting, such as calamine, read as the plain text)."""

from __future__ import annotations

import math
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ops_desktop.exports import revision_words as words

from .cells import Book, Sheet

if TYPE_CHECKING:
    from ops_desktop.core.services.regulation_compare import Comparison

HEADER_ROW = 4
WIDTHS: dict[int, float] = {1: 22, 2: 50, 3: 50, 4: 18}
LINE_HEIGHT = 15  # points per wrapped line of 11 pt text


def _row_height(texts: dict[int, str]) -> float:
    """The height a row's wrapped texts need. Neither Excel nor LibreOffice grows a row to
    its wrapped text when the file is opened, so the lines are counted here: a Chinese
    character takes two units of a column's width, a Latin one one."""
    lines = 1
    for column, text in texts.items():
        units = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
        lines = max(lines, math.ceil(units / (WIDTHS[column] - 2)))
    return lines * LINE_HEIGHT + 4


MARKS = {
    "removed": {"font_strikeout": True, "font_color": "#B00020"},
    "added": {"bold": True, "underline": 1, "font_color": "#0B4F9C"},
}


def _marked(sheet: Sheet, row: int, column: int, runs: words.Runs) -> None:
    """A cell of runs: rich text when something in it is marked, else plain text."""
    runs = [(text, kind) for text, kind in runs if text]
    if not any(kind != "same" for _, kind in runs) or len(runs) < 2:
        sheet.put(row, column, "".join(t for t, _ in runs), "cell", wrap=True)
        return
    book = sheet.book
    cell = book.style("cell", None, False, True, False, None)
    parts: list[Any] = []
    for text, kind in runs:
        if kind in MARKS:
            parts.append(book.wb.add_format(MARKS[kind]))
        parts.append(text)
    sheet.ws.write_rich_string(row - 1, column - 1, *parts, cell)


def write_revision_sheet(
    found: Comparison, target: str | Path, *, department: str, title: str = "", script: str = "hant"
) -> Path:
    def t(text: str) -> str:
        return words.words(text, script)

    heading = f"{title} {t(words.TITLE)}".strip()
    book = Book(heading, "Revision table", department=t(department), confidential=False)
    sheet = book.sheet(t(words.TITLE))
    sheet.merge((1, 1), (1, 4), heading, "title")
    status = f"{words.versions_line(found, script)}　{words.status_line(found, script)}"
    sheet.merge((2, 1), (2, 4), status, "plain")
    sheet.merge((3, 1), (3, 4), words.counts_line(found, script), "plain")
    for c, head in enumerate(words.COLUMNS, start=1):
        sheet.put(HEADER_ROW, c, t(head), "header")
    sheet.widths(WIDTHS)
    row = HEADER_ROW
    for row, change in enumerate(found.changes, start=HEADER_ROW + 1):
        old, new = words.marked(change)
        sheet.put(row, 1, words.place(change, script), "cell", wrap=True)
        _marked(sheet, row, 2, old)
        _marked(sheet, row, 3, new)
        sheet.put(row, 4, words.note(change, script), "cell", wrap=True)
        texts = {1: words.place(change, script), 4: words.note(change, script)}
        texts |= {2: "".join(t for t, _ in old), 3: "".join(t for t, _ in new)}
        sheet.heights({row: _row_height(texts)})
    if not found.changes:
        sheet.merge((HEADER_ROW + 1, 1), (HEADER_ROW + 1, 4), t(words.NO_CHANGES), "plain")
    sheet.print_setup(
        landscape=True,
        title=heading,
        period=words.versions_line(found, script),
        title_rows=(HEADER_ROW, HEADER_ROW),
        freeze=(HEADER_ROW + 1, 1),
    )
    sheet.ws.fit_to_pages(1, 0)  # the four columns on one page's width, as many pages down
    return book.save(target)
