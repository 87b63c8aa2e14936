"""The calibration report (考核校準報告) on A4 portrait: the raters with their flags, the
grade distribution against its limits, the peers' agreement and the calibrated view, as
tables flowed over as many pages as they need. For the operations manager, not for an
employee: 機密 and the period head and foot every page.

Drawn with the result letters' page tools (``letter_page``), in Traditional or Simplified.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core import script as scripts
from ops_desktop.core.appraisal.calibration import Calibration
from ops_desktop.core.files import write_atomically
from ops_desktop.exports.calibration_words import SOURCE, TITLE, flag_text, period_words

from . import fonts
from .letter_page import COLOR, GREY, RED, Page, number
from .page import paper_size

ROW = 15.0
BOTTOM = 64.0


def _value(value: Decimal | float | None, places: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return number(value)
    return f"{value:.{places}f}"


class _Report:
    """The pages being written: a head on each, tables that continue on the next page."""

    def __init__(self, canvas: Canvas, font: str, script: str, found: Calibration, dept: str):
        self.canvas, self.font, self.script = canvas, font, script
        self.found, self.department = found, dept
        self.number = 0
        self.page = self._new_page()

    def _new_page(self) -> Page:
        if self.number:
            self._foot()
            self.canvas.showPage()
        self.number += 1
        page = Page(self.canvas, self.font, self.script)
        top = page.height - 40
        page.text(page.left, top, self.department, 9, GREY)
        page.canvas.setStrokeColor(RED)
        page.canvas.setLineWidth(1.2)
        page.canvas.rect(page.right - 44, top - 6, 44, 20, stroke=1, fill=0)
        page.text(page.right - 22, top, "機密", 12, RED, at="centre")
        page.text(page.width / 2, top - 30, f"{self.department}{TITLE}", 16, COLOR, "centre")
        page.text(
            page.width / 2, top - 48, f"考核期間：{period_words(self.found)}", 10.5, black, "centre"
        )
        page.rule(top - 58)
        page.y = top - 78
        return page

    def _foot(self) -> None:
        page = self.page
        page.rule(46, COLOR, 0.5)
        page.text(page.left, 34, f"機密 · {self.found.period} · {TITLE}", 8, GREY)
        page.text(page.right, 34, f"第 {self.number} 頁", 8, GREY, "right")

    def finish(self) -> int:
        self._foot()
        self.canvas.showPage()
        return self.number

    def room(self, needed: float) -> None:
        if self.page.y - needed < BOTTOM:
            self.page = self._new_page()

    def heading(self, text: str) -> None:
        self.room(ROW * 3)
        self.page.text(self.page.left, self.page.y, text, 11.5, COLOR)
        self.page.y -= ROW * 1.3

    def line(self, text: str, color: Color = black) -> None:
        self.room(ROW)
        page = self.page
        page.text(page.left, page.y, text, page.fitted(text, page.right - page.left, 9.5), color)
        page.y -= ROW

    def table(
        self,
        head: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        alerts: Sequence[bool] = (),
    ) -> None:
        """Columns in proportion to ``widths``; the head again on each new page; the rows
        marked in ``alerts`` (a flag, a limit exceeded) in red."""
        page = self.page
        scale = (page.right - page.left) / sum(widths)
        self.room(ROW * 2)
        self._row(head, widths, scale, GREY, shade=True)
        for i, cells in enumerate(rows):
            if self.page.y - ROW < BOTTOM:
                self.page = self._new_page()
                self._row(head, widths, scale, GREY, shade=True)
            self._row(cells, widths, scale, RED if i < len(alerts) and alerts[i] else black)
        self.page.y -= ROW * 0.6

    def _row(
        self,
        cells: Sequence[str],
        widths: Sequence[float],
        scale: float,
        color: Color,
        shade: bool = False,
    ) -> None:
        page = self.page
        if shade:
            page.canvas.setFillColor(HexColor(0xEEF3F8))
            page.canvas.rect(page.left, page.y - 4, page.right - page.left, ROW, stroke=0, fill=1)
        x = page.left
        for text, share in zip(cells, widths, strict=True):
            room = share * scale - 4
            shown, size = page.clipped(text, room, 9)
            page.text(x + 2, page.y, shown, size, color)
            x += share * scale
        page.y -= ROW


def _draw(report: _Report, found: Calibration) -> None:
    limits = found.thresholds
    report.line(
        f"全部評分（上級與同事）平均 {_value(found.department_mean)}，"
        f"標準差 {_value(found.department_spread)}；z = (評分人平均 − 部門平均) ÷ 部門標準差。"
    )
    report.line(
        f"標記：|z| ≥ {limits.z.normalize():f} 為偏寬或偏嚴；"
        f"給{found.top_band}的比例超過 {limits.top_share.normalize():f}% 為偏寬。"
        "校準分僅供審閱，不改動任何已存分數。"
    )
    report.heading("一、評分人")
    report.table(
        ("評分人", "類型", "評分人數", "平均", "標準差", "z", f"{found.top_band}佔比", "標記"),
        [
            (
                r.label,
                SOURCE.get(r.source, r.source),
                str(r.count),
                number(r.mean),
                number(r.spread),
                _value(r.z),
                f"{number(r.top_share)}%",
                flag_text(r),
            )
            for r in found.raters
        ],
        (3.2, 1, 1.3, 1.2, 1.2, 1, 1.3, 1),
        [r.lenient or r.severe for r in found.raters],
    )
    report.heading("二、等級分佈與強制分佈上限")
    report.table(
        ("等級", "人數", f"佔已評 {found.graded} 人", "上限", "超出"),
        [
            (
                b.name,
                str(b.count),
                f"{number(b.share)}%",
                "—" if b.limit is None else f"{b.limit.normalize():f}%",
                "超出上限" if b.over else "",
            )
            for b in found.distribution
        ],
        (2, 1.5, 2, 1.5, 1.5),
        [b.over for b in found.distribution],
    )
    report.heading("三、同事評分一致性（Krippendorff α，區間尺度）")
    report.line(f"全部門同事評分 α = {_value(found.overall_alpha, 3)}（至少兩位同事評分者）")
    report.table(
        ("工號", "姓名", "同事人數", "α"),
        [(a.staff_no, a.name, str(a.peers), _value(a.alpha, 3)) for a in found.agreement],
        (1.5, 2, 1.5, 1.5),
    )
    report.heading("四、校準檢視（已存總分與標準化後的評分）")
    report.table(
        ("工號", "姓名", "總分", "等級", "上級評分", "上級校準", "同事平均", "同事校準"),
        [
            (
                p.staff_no,
                p.name,
                _value(p.total),
                p.grade or "—",
                _value(p.supervisor),
                _value(p.supervisor_std),
                _value(p.peers),
                _value(p.peers_std),
            )
            for p in found.people
        ],
        (1.3, 1.6, 1.1, 1, 1.2, 1.2, 1.2, 1.2),
    )


def write_calibration_pdf(
    found: Calibration,
    target: str | Path,
    *,
    department: str,
    script: str = "hant",
    font_path: str | None = None,
) -> int:
    """Write the report; returns its number of pages."""
    scripts.check(script)
    font = fonts.register(font_path)
    pages = 0

    def write(tmp: Path) -> None:
        nonlocal pages
        # types-reportlab types initialFontName as a number; it is the font's name.
        canvas = Canvas(str(tmp), pagesize=paper_size("A4"), initialFontName=font)  # type: ignore[arg-type]
        canvas.setTitle(scripts.pick(f"{TITLE} {found.period}", None, script))
        canvas.setAuthor("ops-desktop")
        canvas.setSubject(scripts.pick("機密", None, script))
        report = _Report(canvas, font, script, found, department)
        _draw(report, found)
        pages = report.finish()
        canvas.save()

    write_atomically(target, write)
    return pages
