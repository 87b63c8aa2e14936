"""Workflow flowcharts drawn from the templates: the stages as boxes in order, their steps
inside, arrows between them, the responsible position on each box, and the approval points
marked (a diamond on the way to the next stage; the approving step in red)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError
from ops_desktop.core.files import write_atomically
from ops_desktop.core.services import settings, workflows

from . import fonts
from .page import Frame, draw_band, draw_footer, paper_size, theme_color
from .poster import PosterResult
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
        parts = [self.title, self.subtitle, self.label("負責審批紅色步驟與菱形為審批點◆")]
        for s in self.stages:
            parts += [s.name, s.responsible, *(s.steps), s.approval or ""]
        return "".join(parts)


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
        for k, line in enumerate(break_lines(text, font, size, inner, inner - size)):
            out.append((line if k == 0 else "   " + line, red))
    return out


def write_flowchart(
    chart: Chart,
    target: str | Path,
    *,
    size: str = "A2",
    landscape: bool = False,
    theme: str = "#1F4E79",
    font_path: str | None = None,
    tile: str | None = None,
) -> PosterResult:
    font = fonts.register(font_path)
    missing = fonts.missing_glyphs(font, chart.all_text())
    if missing:
        raise DomainError("The font has no glyphs for {chars}.", chars=missing)
    frame = Frame(*paper_size(size, landscape))
    color = theme_color(theme)
    n = len(chart.stages)
    body_w = frame.width - 2 * frame.margin
    body_h = frame.body_top - frame.body_bottom
    gap = min(body_w, body_h) * 0.06
    horizontal = landscape
    box_w = (body_w - gap * (n - 1)) / n if horizontal else body_w * 0.78
    box_h = body_h if horizontal else (body_h - gap * (n - 1)) / n
    text_size = _fit(chart, font, box_w, box_h)

    def draw(canvas: Canvas) -> None:
        draw_band(canvas, frame, font, chart.title, chart.subtitle, color)
        for i, stage in enumerate(chart.stages):
            if horizontal:
                x, y = frame.margin + i * (box_w + gap), frame.body_bottom
            else:
                x = frame.margin + (body_w - box_w) / 2
                y = frame.body_top - (i + 1) * box_h - i * gap
            _draw_box(chart, canvas, stage, i + 1, font, text_size, x, y, box_w, box_h, color)
            if i < n - 1:
                _arrow(chart, canvas, stage, font, text_size, x, y, box_w, box_h, gap, horizontal)
        draw_footer(
            canvas,
            frame,
            font,
            chart.label("紅色步驟與菱形為審批點"),
            1,
            1,
            HexColor(0x555555),
            script=chart.script,
        )

    def write(tmp: Path) -> None:
        if tile:
            from .tiles import write_tiles

            write_tiles(
                tmp,
                (frame.width, frame.height),
                1,
                lambda c, _i: draw(c),
                tile,
                font,
                title=chart.title,
            )
            return
        canvas = Canvas(
            str(tmp),
            pagesize=(frame.width, frame.height),
            # types-reportlab types initialFontName as a number; it is the font's name.
            initialFontName=font,  # type: ignore[arg-type]
        )
        canvas.setTitle(chart.title)
        canvas.setAuthor("ops-desktop")
        draw(canvas)
        canvas.showPage()
        canvas.save()

    path = write_atomically(target, write)
    return PosterResult(path, 1, text_size, (frame.width, frame.height), 0)


def _fit(chart: Chart, font: str, box_w: float, box_h: float) -> float:
    size = min(box_w, box_h) / 6
    while size > 4:
        pad = size * 0.8
        head = size * 3.2
        if all(
            len(_box_lines(chart, s, font, size, box_w - 2 * pad)) * size * 1.4 + head + pad
            <= box_h
            for s in chart.stages
        ):
            return size
        size *= 0.96
    raise DomainError("The flowchart does not fit this paper; choose a larger size.")


def _draw_box(
    chart: Chart,
    canvas: Canvas,
    stage: StageBox,
    number: int,
    font: str,
    size: float,
    x: float,
    y: float,
    w: float,
    h: float,
    color: Color,
) -> None:
    pad, head = size * 0.8, size * 3.2
    canvas.setStrokeColor(color)
    canvas.setLineWidth(size * 0.12)
    canvas.setFillColor(white)
    canvas.roundRect(x, y, w, h, size * 0.6, stroke=1, fill=1)
    canvas.setFillColor(color)
    canvas.roundRect(x, y + h - head, w, head, size * 0.6, stroke=0, fill=1)
    canvas.rect(x, y + h - head, w, head / 2, stroke=0, fill=1)
    canvas.setFillColor(white)
    title = f"{number}. {stage.name}"
    canvas.setFont(font, min(size * 1.25, (w - 2 * pad) / max(width(title, font, 1.0), 1e-6)))
    canvas.drawString(x + pad, y + h - head * 0.48, title)
    canvas.setFont(font, size * 0.85)
    canvas.drawString(x + pad, y + h - head * 0.85, f"{chart.label('負責')}:{stage.responsible}")
    line_y = y + h - head - size * 1.4
    for line, red in _box_lines(chart, stage, font, size, w - 2 * pad):
        canvas.setFillColor(APPROVAL if red else black)
        canvas.setFont(font, size)
        canvas.drawString(x + pad, line_y, line)
        line_y -= size * 1.4


def _arrow(
    chart: Chart,
    canvas: Canvas,
    stage: StageBox,
    font: str,
    size: float,
    x: float,
    y: float,
    w: float,
    h: float,
    gap: float,
    horizontal: bool,
) -> None:
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    canvas.setLineWidth(size * 0.12)
    if horizontal:
        x0, y0, x1, y1 = x + w, y + h / 2, x + w + gap, y + h / 2
    else:
        x0, y0, x1, y1 = x + w / 2, y, x + w / 2, y - gap
    canvas.line(x0, y0, x1, y1)
    head = size * 0.7
    path = canvas.beginPath()
    path.moveTo(x1, y1)
    if horizontal:
        path.lineTo(x1 - head, y1 + head / 2)
        path.lineTo(x1 - head, y1 - head / 2)
    else:
        path.lineTo(x1 - head / 2, y1 + head)
        path.lineTo(x1 + head / 2, y1 + head)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    if stage.approval:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        r = min(gap * 0.3, size * 1.6)
        diamond = canvas.beginPath()
        diamond.moveTo(cx, cy + r)
        diamond.lineTo(cx + r, cy)
        diamond.lineTo(cx, cy - r)
        diamond.lineTo(cx - r, cy)
        diamond.close()
        canvas.setFillColor(APPROVAL)
        canvas.drawPath(diamond, stroke=0, fill=1)
        canvas.setFillColor(white)
        canvas.setFont(font, r * 0.55)
        canvas.drawCentredString(cx, cy - r * 0.2, chart.label("審批"))
