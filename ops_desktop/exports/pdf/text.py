"""Chinese text set line by line, with the rules of CJK typesetting (禁則):

* a line never begins with closing punctuation (。，、；：？！」』）》 … and their half-width
  forms), nor ends with opening punctuation (「『（《 …);
* runs of Latin letters and digits (``2026``, ``40%``, ``KPI``) are never broken;
* punctuation between Chinese characters is printed full-width (``core.punctuation``): the
  text is set as print sets it, the stored text is not changed;
* a full-width closing mark whose ink is in the left half of its em box (，。」…) counts as
  half its width at a line's end (GB/T 15834 §5.1.10), so a line may hold it instead of
  pushing it onto the next line with the character before it.

``TextBlock`` is a reportlab flowable that sets every line but a paragraph's last justified
(flush with both edges of the column) and splits between lines, never leaving a single line
of a paragraph at the top or the bottom of a column, so long clauses flow from one column
into the next.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from ops_desktop.core.punctuation import full_width

NO_LINE_START = set("。．，、；：？！」』）》〉】〕〗〙〛｝”’…‥・ー々,.;:?!)]}%>")
NO_LINE_END = set("「『（《〈【〔〖〘〚｛“‘([{<")
# Set half width at a line's end. ？！）｝ are centred in their em box (in the bundled font, and
# in Taiwan's style): trimmed, their ink would stand out of the column, so they keep their width.
HALF_AT_LINE_END = set("，。、；：．」』》〉】〕〗〙〛”’")
_TOKEN = re.compile(r"[A-Za-z0-9%.\-/+@_#&']+|\s+|.", re.DOTALL)


@cache
def _char_width(font: str, char: str) -> float:
    """Width of ``char`` at 1 pt (cached: the same glyphs are measured thousands of times)."""
    return stringWidth(char, font, 1.0)


def width(text: str, font: str, size: float) -> float:
    return sum(_char_width(font, ch) for ch in text) * size


def trim_at_end(text: str, font: str, size: float) -> float:
    """How much narrower ``text`` is set when it ends a line: half its closing mark."""
    return width(text[-1], font, size) / 2 if text and text[-1] in HALF_AT_LINE_END else 0.0


def set_width(line: str, font: str, size: float) -> float:
    """The width ``line`` takes at the end of a line (its closing mark trimmed)."""
    return width(line, font, size) - trim_at_end(line, font, size)


def char_space(line: str, font: str, size: float, room: float) -> float:
    """The space to add after each character but the last so that ``line`` fills ``room``
    exactly. ``break_lines`` never sets a line wider than its room, so it is not negative,
    but for a piece longer than a whole line (cut where it could be)."""
    if len(line) < 2:
        return 0.0
    return (room - set_width(line, font, size)) / (len(line) - 1)


def tokens(text: str) -> list[str]:
    """Unbreakable pieces: a CJK character, a Latin/digit run or a space — with closing
    punctuation glued to what precedes it and opening punctuation to what follows, so that
    no line can start with 。，」… or end with 「（…"""
    out: list[str] = []
    glue_next = False
    for piece in _TOKEN.findall(text):
        closing = not piece.isspace() and piece[0] in NO_LINE_START
        if glue_next and piece.isspace():  # "( 1": an opening mark holds on across a space
            out[-1] += piece
            continue
        if closing and len(out) >= 2 and out[-1].isspace():
            out[-2:] = [out[-2] + out[-1] + piece]  # "40% 。": the space stays inside
        elif out and not piece.isspace() and (glue_next or closing) and not out[-1].isspace():
            out[-1] += piece
        else:
            out.append(piece)
        glue_next = not piece.isspace() and piece[-1] in NO_LINE_END
    return out


@lru_cache(maxsize=4096)
def _pieces(text: str) -> tuple[str, ...]:
    """The ``tokens`` of ``text`` as printed — once per text: autofit sets the same
    paragraphs at several sizes."""
    return tuple(tokens(full_width(text).replace("\n", " ")))


def break_lines(
    text: str, font: str, size: float, first_width: float, width_after: float | None = None
) -> list[str]:
    """Greedy line breaking over ``tokens`` of ``text`` as printed (``full_width``).
    ``first_width`` is the room on the first line, ``width_after`` on the others (hanging
    indents)."""
    after = first_width if width_after is None else width_after
    lines: list[list[str]] = [[]]
    used = 0.0
    for token in _pieces(text):
        if token.isspace() and not lines[-1]:
            continue
        w = width(token, font, size)
        room = first_width if len(lines) == 1 else after
        if used + w - trim_at_end(token, font, size) > room + 1e-9 and lines[-1]:
            lines.append([])
            used = 0.0
            room = after
            if token.isspace():
                continue
        if w > room:  # longer than a whole line: cut it, keeping closing marks attached
            parts = _chop(token, font, size, room)
            lines[-1].append(parts[0])
            lines.extend([part] for part in parts[1:])
            used = width(parts[-1], font, size)
            continue
        lines[-1].append(token)
        used += w
    return ["".join(line).rstrip() for line in lines if "".join(line).strip()]


def _chop(token: str, font: str, size: float, room: float) -> list[str]:
    parts, current = [], ""
    for ch in token:
        if current and ch not in NO_LINE_START and width(current + ch, font, size) > room:
            keep, carry = _cut(current)
            if carry and width(carry + ch, font, size) > room:
                keep, carry = current, ""  # no better cut fits: cut here
            parts.append(keep)
            current = carry
        current += ch
    return parts + [current]


def _cut(text: str) -> tuple[str, str]:
    """Where a too-long piece ends its line: opening marks (and spaces) at its end move to
    the next line, with what they open. A piece of nothing but opening marks keeps one:
    a line of a single character is the one exception to the rule."""
    body = text.rstrip("".join(NO_LINE_END) + " ")
    if body:
        return body, text[len(body) :].lstrip()
    return text[0], text[1:].lstrip()


class TextBlock(Flowable):
    """One paragraph (or a piece of one, after a split): optional bullet, hanging indent,
    space before and after. ``continues``: the piece begins inside its paragraph; ``ends``:
    the piece's last line is the paragraph's (set ragged; every other line is justified)."""

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
        continues: bool = False,
        ends: bool = True,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.leading = leading or size * 1.45
        self.color, self.bullet, self.indent = color, bullet, indent
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.bold, self.keepWithNext = bold, keep_with_next
        self.lines = lines
        self.continues, self.ends = continues, ends
        self._width_for: float | None = None if lines is None else -1.0

    @property
    def text_left(self) -> float:
        return self.indent + (width(self.bullet, self.font, self.size) if self.bullet else 0)

    def _layout(self, avail_width: float) -> None:
        if self._width_for == avail_width or self._width_for == -1.0:
            return
        self.lines = break_lines(self.text, self.font, self.size, avail_width - self.text_left)
        self._width_for = avail_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        self.width = avail_width
        self.height = len(self.lines or []) * self.leading
        return self.width, self.height

    def least_start(self, avail_width: float) -> float:
        """The least height the paragraph takes at the foot of a column: two lines when it
        may be split (see ``split``), else all of it."""
        self._layout(avail_width)
        lines = len(self.lines or [])
        return (2 if lines >= 4 else lines) * self.leading

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split where ``avail_height`` ends, but never leave one line alone: a widow (a
        paragraph's last line at the top of the next column, which reads as a clause out of
        order) takes a line with it; an orphan (a first line alone at the foot) moves down."""
        self._layout(avail_width)
        lines = len(self.lines or [])
        fit = int((avail_height + 1e-6) // self.leading)
        keep = min(fit, lines - 2)
        return self._split_at(keep) if keep >= 2 and fit < lines else []

    def split_anywhere(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split where ``avail_height`` ends, single lines or not: for a column that cannot
        hold two lines, so that the text still moves on."""
        self._layout(avail_width)
        fit = int((avail_height + 1e-6) // self.leading)
        return self._split_at(fit) if 1 <= fit < len(self.lines or []) else []

    def _split_at(self, keep: int) -> list[Flowable]:
        lines = self.lines or []
        head = self._copy(lines[:keep], self.bullet, space_after=0)
        head.continues, head.ends = self.continues, False
        tail = self._copy(lines[keep:], "", space_before=0)
        tail.continues, tail.ends = True, self.ends
        tail.indent = self.text_left
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

    def _spread(self, text: PDFTextObject, line: str, x: float, y: float, space: float) -> None:
        """Write ``line`` with ``space`` after each character, each run of one font subset
        placed where it begins: readers differ on whether the character spacing follows the
        last character of a string (pdfminer leaves it out), and a TrueType font is written as
        subsets of 256 glyphs, so a line is several strings."""
        face = pdfmetrics.getFont(self.font)
        if not isinstance(face, TTFont):
            text.textOut(line)
            return
        start = 0
        # The subsets are the document's (reportlab's textOut splits the same way).
        document = self.canv._doc  # type: ignore[attr-defined]  # not in the stubs
        for _subset, run in face.splitString(line, document):
            piece = line[start : start + len(run)]
            text.setTextOrigin(x + width(line[:start], self.font, self.size) + start * space, y)
            text.textOut(piece)
            start += len(piece)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.color)
        if self.bold:
            canvas.setStrokeColor(self.color)
            canvas.setLineWidth(self.size * 0.035)
        left, text_left = self.indent, self.text_left
        room = self.width - text_left
        lines = self.lines or []
        y = self.height - self.leading + (self.leading - self.size) / 2 + self.size * 0.12
        for i, line in enumerate(lines):
            # One text object per line, spread by the character spacing: the line stays one
            # run of text, which text extraction (pdftotext, screen readers) reads in order.
            text = canvas.beginText(text_left, y)
            text.setFont(self.font, self.size)
            if self.bold:
                text.setTextRenderMode(2)
            if i == 0 and self.bullet:
                text.setTextOrigin(left, y)
                text.textOut(self.bullet)
                text.setTextOrigin(text_left, y)
            if i < len(lines) - 1 or not self.ends:
                space = char_space(line, self.font, self.size, room)
                text.setCharSpace(space)
                self._spread(text, line, text_left, y, space)
            else:
                text.setCharSpace(0)  # the spacing is text state: it outlives its text object
                text.textOut(line)
            canvas.drawText(text)
            y -= self.leading
        canvas.restoreState()
