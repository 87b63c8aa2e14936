"""The sign-off sheet (閱知簽收表) of an approved version of the regulation, A4 portrait.

Page 1 says what is being signed for: the regulation, the version, its effective date, who
approved it and what this version changed (one short line a change; the revision table has
the texts). Then one ruled row per employee present today — 序號 / 工號 / 姓名 / 崗位 / 簽名 /
日期 — with boxes tall enough to sign in; a person already recorded has their date printed.
The column heads head every page; the page numbers are in the foot.

Drawn with the result letters' page tools (``letter_page``), in Traditional or Simplified.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ops_desktop.core import script as scripts
from ops_desktop.core.files import write_atomically
from ops_desktop.core.services import regulation_acks, settings
from ops_desktop.core.services.regulation_acks import AckRow
from ops_desktop.core.services.regulation_compare import changes_of
from ops_desktop.exports.signoff_words import STATEMENT, TITLE, title_of

from . import fonts
from .letter_page import COLOR, GREY, Page
from .page import paper_size

HEADS = ("序號", "工號", "姓名", "崗位", "簽名", "日期")
SHARES = (0.6, 1.1, 1.3, 1.6, 2.6, 1.5)
HEAD_ROW = 18.0
ROW = 30.0  # room to sign by hand
CHANGE_LINE = 13.0
MOST_CHANGES = 15  # lines of the change list; more are summed up in the last one
BOTTOM = 56.0  # the table ends above this; the foot is below it
RULE = HexColor(0x999999)
SHADE = HexColor(0xEEF3F8)


@dataclass(frozen=True)
class SignoffSheet:
    """What the sheet prints, in its script."""

    department: str
    title: str
    label: str
    effective: dt.date | None
    approved_by: str
    changes: tuple[str, ...]  # the lines of page 1's change list
    people: tuple[AckRow, ...]
    script: str


def _change_lines(session: Session, version_id: int, script: str) -> tuple[str, ...]:
    found = changes_of(session, version_id, script=script)
    if found.is_first:
        return (scripts.pick("首次發布", None, script),)
    lines = [f"{c.where}：{c.note}" for c in found.changes]
    if not lines:
        return (scripts.pick("本版無條文修訂", None, script),)
    if len(lines) > MOST_CHANGES:
        total = f"……共 {len(lines)} 項修訂，詳見修訂對照表"
        lines = [*lines[: MOST_CHANGES - 1], scripts.pick(total, None, script)]
    return tuple(lines)


def sheet_of(session: Session, version_id: int, script: str = "hant") -> SignoffSheet:
    scripts.check(script)
    version = regulation_acks.approved(session, version_id)
    return SignoffSheet(
        settings.department(session),
        title_of(version, script),
        version.label,
        version.effective_date,
        version.approved_by or "—",
        _change_lines(session, version.id, script),
        tuple(regulation_acks.rows(session, version.id)),
        script,
    )


class _Writer:
    """The pages: page 1's head, the table's rows in the room left, later pages' short head."""

    def __init__(self, canvas: Canvas, font: str, sheet: SignoffSheet) -> None:
        self.canvas, self.font, self.sheet = canvas, font, sheet
        self.page = Page(canvas, font, sheet.script)
        self.scale = (self.page.right - self.page.left) / sum(SHARES)
        top = self.page.height - 40
        self.first_top = top - 132 - len(sheet.changes) * CHANGE_LINE
        self.later_top = top - 30
        first = self._fits(self.first_top)
        later = self._fits(self.later_top)
        rest = max(0, len(sheet.people) - first)
        self.pages = 1 + math.ceil(rest / later)
        self.per_page = [first] + [later] * (self.pages - 1)

    def _fits(self, top: float) -> int:
        return max(1, int((top - HEAD_ROW - BOTTOM) // ROW))

    def write(self) -> int:
        people = list(self.sheet.people)
        start = 0
        for number, count in enumerate(self.per_page, start=1):
            self.page = Page(self.canvas, self.font, self.sheet.script)
            top = self._first_head() if number == 1 else self._later_head()
            self._table(top, people[start : start + count], start)
            start += count
            self._foot(number)
            self.canvas.showPage()
        return self.pages

    def _first_head(self) -> float:
        page, sheet = self.page, self.sheet
        top = page.height - 40
        middle = page.width / 2
        page.text(page.left, top, sheet.department, 9, GREY)
        page.text(middle, top - 28, TITLE, 17, COLOR, "centre")
        title = f"《{sheet.title}》"
        page.text(middle, top - 48, title, page.fitted(title, page.right - page.left, 12),
                  black, "centre")  # fmt: skip
        effective = sheet.effective.isoformat() if sheet.effective else "—"
        facts = (f"部門：{sheet.department}　版本：{sheet.label}　"
                 f"生效日期：{effective}　核准人：{sheet.approved_by}")  # fmt: skip
        page.text(middle, top - 68, facts, page.fitted(facts, page.right - page.left, 10),
                  black, "centre")  # fmt: skip
        page.rule(top - 78)
        y = top - 96
        page.text(page.left, y, "本版修訂", 11, COLOR)
        for line in sheet.changes:
            y -= CHANGE_LINE
            shown, size = page.clipped(line, page.right - page.left - 12, 9)
            page.text(page.left + 12, y, shown, size)
        y -= 24
        page.text(page.left, y, STATEMENT, 10.5)
        return self.first_top

    def _later_head(self) -> float:
        page, sheet = self.page, self.sheet
        top = page.height - 40
        head = f"{sheet.title} {TITLE}　版本 {sheet.label}（續）"
        page.text(page.left, top, head, page.fitted(head, page.right - page.left, 10), GREY)
        return self.later_top

    def _table(self, top: float, people: list[AckRow], before: int) -> None:
        page, c = self.page, self.canvas
        left, right = page.left, page.right
        bottom = top - HEAD_ROW - ROW * len(people)
        c.setFillColor(SHADE)
        c.rect(left, top - HEAD_ROW, right - left, HEAD_ROW, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        x = left
        edges = [x]
        for share in SHARES:
            x += share * self.scale
            edges.append(x)
        for edge in edges:
            c.line(edge, top, edge, bottom)
        c.line(left, top, right, top)
        for n in range(len(people) + 1):
            y = top - HEAD_ROW - n * ROW
            c.line(left, y, right, y)
        for i, head in enumerate(HEADS):
            page.text((edges[i] + edges[i + 1]) / 2, top - HEAD_ROW + 5.5, head, 9.5, GREY,
                      "centre")  # fmt: skip
        for n, person in enumerate(people):
            base = top - HEAD_ROW - n * ROW - ROW / 2 - 3.5
            on = person.acknowledged_on.isoformat() if person.acknowledged_on else ""
            cells = (str(before + n + 1), person.staff_no, person.name, person.position, "", on)
            for i, text in enumerate(cells):
                if not text:
                    continue
                room = edges[i + 1] - edges[i] - 6
                shown, size = page.clipped(text, room, 10)
                at = "centre" if i in (0, 5) else ""
                x = (edges[i] + edges[i + 1]) / 2 if at else edges[i] + 3
                page.text(x, base, shown, size, black, at)

    def _foot(self, number: int) -> None:
        page, sheet = self.page, self.sheet
        page.rule(BOTTOM - 12, COLOR, 0.5)
        page.text(page.left, BOTTOM - 24, f"{sheet.title} · {TITLE} · {sheet.label}", 8, GREY)
        page.text(page.right, BOTTOM - 24, f"第 {number} / {self.pages} 頁", 8, GREY, "right")


def write_signoff_pdf(
    session: Session,
    version_id: int,
    target: str | Path,
    *,
    script: str = "hant",
    font_path: str | None = None,
) -> int:
    """Write the version's sign-off sheet; returns its number of pages."""
    sheet = sheet_of(session, version_id, script)
    font = fonts.register(font_path)
    pages = 0

    def write(tmp: Path) -> None:
        nonlocal pages
        # types-reportlab types initialFontName as a number; it is the font's name.
        canvas = Canvas(str(tmp), pagesize=paper_size("A4"), initialFontName=font)  # type: ignore[arg-type]
        canvas.setTitle(scripts.pick(f"{sheet.title} {TITLE} {sheet.label}", None, script))
        canvas.setAuthor("ops-desktop")
        pages = _Writer(canvas, font, sheet).write()
        canvas.save()

    write_atomically(target, write)
    return pages
