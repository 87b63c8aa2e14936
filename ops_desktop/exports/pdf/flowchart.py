"""Workflow flowcharts drawn from the templates: the stages as boxes in order, their steps
inside, arrows between them, the responsible position on each box, and the approval points
marked (a diamond and its label beside the arrow to the next stage; the approving step in red).

The chart is set at the largest text size that fits the paper and never under ``MIN_TEXT``
(the smallest text, the responsible line, included): a chart that does not fit at that size
is refused, naming the smallest paper on which it does."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError
from ops_desktop.core.files import write_atomically
from ops_desktop.core.punctuation import full_width
from ops_desktop.core.services import settings, workflows

from . import fonts
from .page import (
    MIN_TEXT,
    PAPER_MM,
    Frame,
    draw_band,
    draw_footer,
    paper_size,
    place_logo,
    theme_color,
)
from .poster import PosterResult
from .sheet import BLEED, refuse_bleed_with_tiles, write_sheets
from .text import break_lines, width

APPROVAL = HexColor(0xC0392B)


@dataclass(frozen=True)
class StageBox:
    name: str
    responsible: str
    steps: list[str]
    approval: str | None
    approval_step: int | None


@dataclass(frozen=True)
class Chart:
    title: str
    subtitle: str
    stages: list[StageBox]
    script: str = "hant"

    def label(self, text: str) -> str:
        """A fixed label (負責, 審批…) in the chart's script."""
        return scripts.pick(text, None, self.script)

    def all_text(self) -> str:
        parts = [self.title, self.subtitle, self.label("負責審批紅色步驟與菱形為審批點◆:")]
        for s in self.stages:
            parts += [s.name, s.responsible, *(s.steps), s.approval or ""]
        return full_width("".join(parts))  # as printed: full-width marks in Chinese text


def chart_content(session: Session, template: str, *, script: str = "hant") -> Chart:
    """The chart of a template given by code (product…) or name (產品運營…)."""
    found = [t for t in workflows.templates(session) if template in (t.code, t.name)]
    if not found:
        names = "、".join(t.name for t in workflows.templates(session))
        raise DomainError(
            "There is no workflow template {name}; the templates are {names}.",
            name=template,
            names=names,
        )
    t = found[0]
    conv = scripts.to_hans if scripts.check(script) == "hans" else (lambda s: s)
    stages = [
        StageBox(
            conv(s.name),
            conv(s.responsible_position.name if s.responsible_position else ""),
            [conv(x.text) for x in s.steps if x.active],
            conv(s.approval) if s.approval else None,
            s.approval_step,
        )
        for s in t.stages
    ]
    return Chart(conv(f"{t.name}流程"), conv(settings.department(session)), stages, script)


FOOTER = "紅色步驟與菱形為審批點"
SMALLEST = 0.85  # the responsible line, relative to the body text: it too is at least MIN_TEXT


def _box_lines(
    chart: Chart, stage: StageBox, font: str, size: float, inner: float
) -> list[tuple[str, bool]]:
    """The lines in a stage box; approval lines (the approving step, the approval) are red."""
    items = [
        (f"{i}. {step}", stage.approval_step == i) for i, step in enumerate(stage.steps, start=1)
    ]
    if stage.approval:
        items.append((f"◆ {chart.label('審批')}:{stage.approval}", True))
    out: list[tuple[str, bool]] = []
    for text, red in items:
        for k, line in enumerate(break_lines(full_width(text), font, size, inner, inner - size)):
            out.append((line if k == 0 else "   " + line, red))
    return out


def _title(number: int, stage: StageBox) -> str:
    return full_width(f"{number}. {stage.name}")


def _responsible(chart: Chart, stage: StageBox) -> str:
    return full_width(f"{chart.label('負責')}:{stage.responsible}")


@dataclass(frozen=True)
class Layout:
    """Where the boxes go at one text size: stages side by side (landscape) or stacked."""

    horizontal: bool
    size: float
    gap: float
    box_w: float
    box_h: float

    @property
    def pad(self) -> float:
        return self.size * 0.8

    @property
    def head(self) -> float:
        return self.size * 3.2


def _layout(chart: Chart, frame: Frame, horizontal: bool, size: float) -> Layout:
    n = len(chart.stages)
    body_w = frame.width - 2 * frame.margin
    body_h = frame.body_top - frame.body_bottom
    # the gap holds the arrow and, beside it, the approval marker and its label at body size
    gap = max(min(body_w, body_h) * 0.06, size * (2.0 if horizontal else 2.4))
    box_w = (body_w - gap * (n - 1)) / n if horizontal else body_w * 0.78
    box_h = body_h if horizontal else (body_h - gap * (n - 1)) / n
    return Layout(horizontal, size, gap, box_w, box_h)


def _fits(chart: Chart, font: str, at: Layout) -> bool:
    inner = at.box_w - 2 * at.pad
    if inner <= 0 or at.box_h <= 0:
        return False
    for number, stage in enumerate(chart.stages, start=1):
        if width(_title(number, stage), font, at.size) > inner:
            return False
        if width(_responsible(chart, stage), font, at.size * SMALLEST) > inner:
            return False
        lines = len(_box_lines(chart, stage, font, at.size, inner))
        if lines * at.size * 1.4 + at.head + at.pad > at.box_h:
            return False
    return True


def _fit(chart: Chart, font: str, frame: Frame, horizontal: bool) -> Layout | None:
    """The layout at the largest text size that fits, or None below ``MIN_TEXT``."""
    probe = _layout(chart, frame, horizontal, MIN_TEXT)
    size = min(probe.box_w, probe.box_h) / 6
    while size * SMALLEST >= MIN_TEXT:
        at = _layout(chart, frame, horizontal, size)
        if _fits(chart, font, at):
            return at
        size *= 0.96
    at = _layout(chart, frame, horizontal, MIN_TEXT / SMALLEST)
    return at if _fits(chart, font, at) else None


def _frame(chart: Chart, font: str, size: str, landscape: bool) -> Frame:
    return Frame(*paper_size(size, landscape)).with_footer(
        chart.label(FOOTER), font, script=chart.script
    )


def _too_small(chart: Chart, font: str, size: str, landscape: bool) -> DomainError:
    """The refusal, naming the smallest standard paper that works (of two the same size,
    the orientation chosen)."""
    w, h = paper_size(size, landscape)
    area = round(w * h)
    candidates = sorted(
        ((paper, turn) for paper in PAPER_MM for turn in (landscape, not landscape)),
        key=lambda pt: (PAPER_MM[pt[0]][0] * PAPER_MM[pt[0]][1], pt[1] != landscape),
    )
    for paper, turn in candidates:
        pw, ph = paper_size(paper, turn)
        if round(pw * ph) < area or (round(pw * ph) == area and turn == landscape):
            continue  # no larger than what did not fit
        if _fit(chart, font, _frame(chart, font, paper, turn), turn) is not None:
            return DomainError(
                "The flowchart does not fit {size} with its text at {least} pt or larger; "
                "choose {paper} landscape or larger."
                if turn
                else "The flowchart does not fit {size} with its text at {least} pt or "
                "larger; choose {paper} portrait or larger.",
                size=size,
                least=f"{MIN_TEXT:g}",
                paper=paper,
            )
    return DomainError(
        "The flowchart does not fit even A0 with its text at {least} pt or larger; "
        "shorten the steps of its stages.",
        least=f"{MIN_TEXT:g}",
    )


def write_flowchart(
    chart: Chart,
    target: str | Path,
    *,
    size: str = "A2",
    landscape: bool = False,
    theme: str = "#1F4E79",
    font_path: str | None = None,
    tile: str | None = None,
    bleed: bool = False,
    logo: str | None = None,
) -> PosterResult:
    """The chart on one sheet (or tiles); ``bleed`` makes it ready for a print shop."""
    refuse_bleed_with_tiles(bleed, tile)
    if not chart.stages:
        raise DomainError("{title} has no stages to draw.", title=chart.title)
    font = fonts.register(font_path)
    missing = fonts.missing_glyphs(font, chart.all_text())
    if missing:
        raise DomainError("The font has no glyphs for {chars}.", chars=missing)
    color = theme_color(theme)
    frame = _frame(chart, font, size, landscape)
    at = _fit(chart, font, frame, landscape)
    if at is None:
        raise _too_small(chart, font, size, landscape)
    if bleed:
        frame = replace(frame, bleed=BLEED)
    placed = place_logo(frame, logo)
    n = len(chart.stages)

    def draw(canvas: Canvas, _index: int = 0) -> None:
        draw_band(canvas, frame, font, chart.title, chart.subtitle, color, placed)
        body_w = frame.width - 2 * frame.margin
        for i, stage in enumerate(chart.stages):
            if at.horizontal:
                x, y = frame.margin + i * (at.box_w + at.gap), frame.body_bottom
            else:
                x = frame.margin + (body_w - at.box_w) / 2
                y = frame.body_top - (i + 1) * at.box_h - i * at.gap
            _draw_box(chart, canvas, stage, i + 1, font, at, x, y, color)
            if i < n - 1:
                _arrow(chart, canvas, stage, font, at, x, y)
        draw_footer(
            canvas,
            frame,
            font,
            chart.label(FOOTER),
            1,
            1,
            HexColor(0x555555),
            script=chart.script,
        )

    def write(tmp: Path) -> None:
        if tile:
            from .tiles import write_tiles

            write_tiles(tmp, (frame.width, frame.height), 1, draw, tile, font, title=chart.title)
            return
        write_sheets(
            tmp, (frame.width, frame.height), 1, draw, font, bleed=bleed, title=chart.title
        )

    path = write_atomically(target, write)
    warnings = placed.warnings() if placed else ()
    return PosterResult(path, 1, at.size, (frame.width, frame.height), 0, warnings)


def _draw_box(
    chart: Chart,
    canvas: Canvas,
    stage: StageBox,
    number: int,
    font: str,
    at: Layout,
    x: float,
    y: float,
    color: Color,
) -> None:
    size, pad, head, w, h = at.size, at.pad, at.head, at.box_w, at.box_h
    canvas.setStrokeColor(color)
    canvas.setLineWidth(size * 0.12)
    canvas.setFillColor(white)
    canvas.roundRect(x, y, w, h, size * 0.6, stroke=1, fill=1)
    canvas.setFillColor(color)
    canvas.roundRect(x, y + h - head, w, head, size * 0.6, stroke=0, fill=1)
    canvas.rect(x, y + h - head, w, head / 2, stroke=0, fill=1)
    canvas.setFillColor(white)
    title = _title(number, stage)
    # _fits made sure the title fits at the body size; it is larger where there is room
    canvas.setFont(font, min(size * 1.25, (w - 2 * pad) / max(width(title, font, 1.0), 1e-6)))
    canvas.drawString(x + pad, y + h - head * 0.48, title)
    canvas.setFont(font, size * SMALLEST)
    canvas.drawString(x + pad, y + h - head * 0.85, _responsible(chart, stage))
    line_y = y + h - head - size * 1.4
    for line, red in _box_lines(chart, stage, font, size, w - 2 * pad):
        canvas.setFillColor(APPROVAL if red else black)
        canvas.setFont(font, size)
        canvas.drawString(x + pad, line_y, line)
        line_y -= size * 1.4


def _arrow(
    chart: Chart, canvas: Canvas, stage: StageBox, font: str, at: Layout, x: float, y: float
) -> None:
    """The arrow to the next stage; an approval puts a diamond and its label beside it (above
    it between columns, to its right between rows), never on it."""
    size, gap, w, h = at.size, at.gap, at.box_w, at.box_h
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    canvas.setLineWidth(size * 0.12)
    if at.horizontal:
        x0, y0, x1, y1 = x + w, y + h / 2, x + w + gap, y + h / 2
    else:
        x0, y0, x1, y1 = x + w / 2, y, x + w / 2, y - gap
    canvas.line(x0, y0, x1, y1)
    head = size * 0.7
    path = canvas.beginPath()
    path.moveTo(x1, y1)
    if at.horizontal:
        path.lineTo(x1 - head, y1 + head / 2)
        path.lineTo(x1 - head, y1 - head / 2)
    else:
        path.lineTo(x1 - head / 2, y1 + head)
        path.lineTo(x1 + head / 2, y1 + head)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    if not stage.approval:
        return
    label = chart.label("審批")
    r = size * 0.45
    if at.horizontal:
        cx, cy = (x0 + x1) / 2, y0 + size * 1.2
    else:
        cx, cy = x0 + size * 1.1, (y0 + y1) / 2
    diamond = canvas.beginPath()
    diamond.moveTo(cx, cy + r)
    diamond.lineTo(cx + r, cy)
    diamond.lineTo(cx, cy - r)
    diamond.lineTo(cx - r, cy)
    diamond.close()
    canvas.setFillColor(APPROVAL)
    canvas.drawPath(diamond, stroke=0, fill=1)
    canvas.setFont(font, size)
    if at.horizontal:
        # a narrow gap between columns: the label stands upright, one character under another
        baseline = cy + r + size * 0.35 + size * 1.1 * (len(label) - 1)
        for char in label:
            canvas.drawCentredString(cx, baseline, char)
            baseline -= size * 1.1
    else:
        canvas.drawString(cx + r + size * 0.3, cy - size * 0.35, label)
