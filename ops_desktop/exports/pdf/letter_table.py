"""The scores of a result letter: a table of the sources, each with its weight, its
dimensions' scores under their weights and its score (the weights only on an annual
letter), and an annual letter's monthly totals."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor, black

from ops_desktop.core.appraisal.letters import Letter, Part, SourceLine

from .letter_page import COLOR, GREY, SIZE, Page, number, percent
from .page import MIN_TEXT
from .text import break_lines, width


@dataclass(frozen=True)
class Columns:
    """Where the table's columns are: the source's name, its weight, one column per
    dimension, and its score (none on an annual letter)."""

    left: float
    right: float
    dimensions: int
    annual: bool
    name: float = 128.0
    weight: float = 46.0

    @property
    def score(self) -> float:
        return 0.0 if self.annual else 62.0

    @property
    def weight_right(self) -> float:
        return self.left + self.name + self.weight - 6

    @property
    def dims_left(self) -> float:
        return self.left + self.name + self.weight

    @property
    def dims_width(self) -> float:
        return self.right - self.left - self.name - self.weight - self.score

    @property
    def dim(self) -> float:
        return self.dims_width / max(self.dimensions, 1)

    def dim_centre(self, index: int) -> float:
        return self.dims_left + (index + 0.5) * self.dim


def table(page: Page, letter: Letter) -> None:
    """The sources, each with its weight, its dimensions' scores and its score; the
    dimensions' weights head their columns (one set of dimension weights for every source)."""
    dims = next((line.parts for line in letter.sources if line.parts), ())
    annual = letter.kind == "annual"
    cols = Columns(page.left, page.right, len(dims), annual)
    title = "計分方式（每月總分 = Σ 來源權重 × 來源得分）" if annual else "各項評分"
    page.text(page.left, page.y, title, 11, COLOR)
    y = page.y - 18
    page.text(page.left + 4, y, "考核來源", 9, GREY)
    page.text(cols.weight_right, y, "權重", 9, GREY, "right")
    heads = [_head_lines(page, part, cols.dim - 6) for part in dims]
    extra = max((len(lines) - 1 for lines in heads), default=0) * 9.5  # wrapped names
    for i, lines in enumerate(heads):
        for n, text in enumerate(lines):
            page.text(cols.dim_centre(i), y - n * 9.5, text, 8 if len(lines) > 1 else 9, GREY,
                      "centre")  # fmt: skip
    if not annual:
        page.text(page.right - 4, y, "得分", 9, GREY, "right")
    page.rule(y - 6 - extra, GREY, 0.4)
    y -= 22 + extra
    for line in letter.sources:
        _row(page, line, y, cols)
        y -= 30 if line.raters or line.merged_peers is not None else 20
        page.rule(y + 12, HexColor(0xCCCCCC), 0.3)
    merged = next((s for s in letter.sources if s.merged_peers is not None), None)
    if merged is not None:
        note = (
            f"同事評分少於 3 位（{merged.merged_peers} 位），故{merged.name}合併為一行"
            "（按兩者權重計），以免推知個別同事的評分。"
        )
        page.text(page.left, y + 2, note, page.fitted(note, page.right - page.left, 9), GREY)
        y -= 14
    page.y = y - 6


def _head_lines(page: Page, part: Part, room: float) -> list[str]:
    """A dimension's column head: "name（weight）" on one line, or its name broken over
    lines at the smallest size with the weight under it."""
    head = f"{part.name}（{percent(part.weight)}）"
    if width(page.t(head), page.font, 9) <= room:
        return [head]
    return [
        *break_lines(page.t(part.name), page.font, MIN_TEXT, room),
        f"（{percent(part.weight)}）",
    ]


def _row(page: Page, line: SourceLine, y: float, cols: Columns) -> None:
    page.text(page.left + 4, y, line.name, page.fitted(line.name, cols.name - 8))
    if line.merged_peers is not None:
        page.text(page.left + 4, y - 12, "合併列示", 8, GREY)
    elif line.raters:
        page.text(page.left + 4, y - 12, f"{line.raters} 位同事的平均", 8, GREY)
    page.text(cols.weight_right, y, percent(line.weight), SIZE, black, "right")
    for i, part in enumerate(line.parts):
        shown = "" if part.score is None else number(part.score)
        page.text(cols.dim_centre(i), y, shown, SIZE, black, "centre")
    if not line.parts and not cols.annual:  # 數據分析, merged lines: no dimensions
        page.text(cols.dims_left + cols.dims_width / 2, y, "—", SIZE, GREY, "centre")
    if line.score is not None:
        page.text(page.right - 4, y, number(line.score), SIZE, black, "right")


def months(page: Page, letter: Letter) -> None:
    page.text(page.left, page.y, "各月總分", 11, COLOR)
    y = page.y - 18
    step = (page.right - page.left) / 12
    totals = dict(letter.months)
    for month in range(1, 13):
        centre = page.left + (month - 0.5) * step
        page.text(centre, y, f"{month} 月", 9, GREY, "centre")
        value = totals.get(month)
        page.text(centre, y - 15, "—" if value is None else number(value), 9, black, "centre")
    page.y = y - 36
