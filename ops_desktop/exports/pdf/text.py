"""Chinese text set line by line, with the rules of CJK typesetting (禁則):

* a line never begins with closing punctuation (。，、；：？！」』）》 … and their half-width
  forms), nor ends with opening punctuation (「『（《 …);
* runs of Latin letters and digits (``2026``, ``40%``, ``KPI``) are never broken.

``TextBlock`` is a reportlab flowable that splits between lines, so long clauses flow from
one column into the next.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

NO_LINE_START = set("。．，、；：？！」』）》〉】〕〗〙〛｝”’…‥・ー々,.;:?!)]}%>")
NO_LINE_END = set("「『（《〈【〔〖〘〚｛“‘([{<")
_TOKEN = re.compile(r"[A-Za-z0-9%.\-/+@_#&']+|\s+|.", re.DOTALL)


@cache
def _char_width(font: str, char: str) -> float:
    """Width of ``char`` at 1 pt (cached: the same glyphs are measured thousands of times)."""
    return stringWidth(char, font, 1.0)


def width(text: str, font: str, size: float) -> float:
    return sum(_char_width(font, ch) for ch in text) * size


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def break_lines(
    text: str, font: str, size: float, first_width: float, width_after: float | None = None
) -> list[str]:
    """Greedy line breaking with the CJK rules above. ``first_width`` is the room on the
    first line, ``width_after`` on the others (hanging indents)."""
    after = first_width if width_after is None else width_after
    lines: list[list[str]] = [[]]
    used = 0.0
    for token in tokens(text.replace("\n", " ")):
        w = width(token, font, size)
        room = first_width if len(lines) == 1 else after
        if used + w <= room or not lines[-1]:
            if w > room and not lines[-1] and len(token) > 1:  # an over-long Latin run
                lines.pop()
                for part in _chop(token, font, size, room):
                    lines.append([part])
                used = width(lines[-1][0], font, size)
                continue
            if lines[-1] or not token.isspace():
                lines[-1].append(token)
                used += w
            continue
        nxt = [token] if not token.isspace() else []
        _apply_kinsoku(lines[-1], nxt)
        lines.append(nxt)
        used = sum(width(t, font, size) for t in nxt)
        room = after
        while used > room and len(nxt) > 1:  # pulled-down tokens overflowed: rare
            lines.insert(-1, [nxt.pop(0)])
            used = sum(width(t, font, size) for t in nxt)
    return ["".join(line).rstrip() for line in lines if "".join(line).strip()]


def _apply_kinsoku(line: list[str], nxt: list[str]) -> None:
    """Move tokens from the end of ``line`` to the start of ``nxt`` until neither rule is
    broken (keeping at least one token on ``line``)."""
    while len(line) > 1 and (
        (nxt and nxt[0][0] in NO_LINE_START) or line[-1][-1] in NO_LINE_END or line[-1].isspace()
    ):
        token = line.pop()
        if not token.isspace():
            nxt.insert(0, token)


def _chop(token: str, font: str, size: float, room: float) -> list[str]:
    parts, current = [], ""
    for ch in token:
        if current and width(current + ch, font, size) > room:
            parts.append(current)
            current = ""
        current += ch
    return parts + [current]


class TextBlock(Flowable):
    """One paragraph: optional bullet, hanging indent, space before and after."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        *,
        leading: float | None = None,
        color: Color = black,
        bullet: str = "",
        indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
        bold: bool = False,
        keep_with_next: bool = False,
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.leading = leading or size * 1.45
        self.color, self.bullet, self.indent = color, bullet, indent
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.bold, self.keepWithNext = bold, keep_with_next
        self.lines = lines
        self._width_for: float | None = None if lines is None else -1.0

    def _layout(self, avail_width: float) -> None:
        if self._width_for == avail_width or self._width_for == -1.0:
            return
        text_left = self.indent + (width(self.bullet, self.font, self.size) if self.bullet else 0)
        self.lines = break_lines(self.text, self.font, self.size, avail_width - text_left)
        self._width_for = avail_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        self.width = avail_width
        self.height = len(self.lines or []) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._layout(avail_width)
        fit = int((avail_height + 1e-6) // self.leading)
        lines = self.lines or []
        if fit < 1 or fit >= len(lines):
            return []
        head = self._copy(lines[:fit], self.bullet, space_after=0)
        tail = self._copy(lines[fit:], "", space_before=0)
        tail.indent = self.indent + (width(self.bullet, self.font, self.size) if self.bullet else 0)
        return [head, tail]

    def _copy(self, lines: list[str], bullet: str, **over: float) -> TextBlock:
        return TextBlock(
            self.text,
            self.font,
            self.size,
            leading=self.leading,
            color=self.color,
            bullet=bullet,
            indent=self.indent,
            bold=self.bold,
            space_before=over.get("space_before", self.spaceBefore),
            space_after=over.get("space_after", self.spaceAfter),
            lines=lines,
        )

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.color)
        if self.bold:
            canvas.setStrokeColor(self.color)
            canvas.setLineWidth(self.size * 0.035)
        left = self.indent
        text_left = left + (width(self.bullet, self.font, self.size) if self.bullet else 0)
        y = self.height - self.leading + (self.leading - self.size) / 2 + self.size * 0.12
        for i, line in enumerate(self.lines or []):
            text = canvas.beginText(text_left, y)
            text.setFont(self.font, self.size)
            if self.bold:
                text.setTextRenderMode(2)
            if i == 0 and self.bullet:
                text.setTextOrigin(left, y)
                text.textOut(self.bullet)
                text.setTextOrigin(text_left, y)
            text.textOut(line)
            canvas.drawText(text)
            y -= self.leading
        canvas.restoreState()
