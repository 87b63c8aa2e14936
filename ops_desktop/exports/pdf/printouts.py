"""A4 printouts: weekly meeting minutes and the event summary report (活動總結報告).

Both are documents of headings, paragraphs and list items at a fixed reading size, flowed
onto as many A4 pages as they need (the same text engine as the posters)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ops_desktop.core import script as scripts
from ops_desktop.core.files import write_atomically
from ops_desktop.core.models import ActionItem, Meeting, WorkflowRun
from ops_desktop.core.services import action_items, settings, validate, workflows

from . import fonts
from .flow import Rect, flow
from .page import Frame, paper_size
from .poster import Block
from .text import TextBlock

SIZE = 10.5


def write_document(
    title: str,
    blocks: list[Block],
    target: str | Path,
    *,
    font_path: str | None = None,
    script: str = "hant",
    marking: str = "",
) -> int:
    """Write an A4 document; returns the number of pages. ``marking`` (機密 and the period,
    for a document about one person's appraisal) is set at the top of every page and
    beside its page number."""
    if scripts.check(script) == "hans":
        title = scripts.to_hans(title)
        marking = scripts.to_hans(marking)
        blocks = [Block(b.kind, scripts.to_hans(b.text)) for b in blocks]
    font = fonts.register(font_path)
    frame = Frame(*paper_size("A4"))
    m = frame.margin
    color = HexColor(0x1F4E79)
    story = [TextBlock(title, font, SIZE * 1.6, color=color, bold=True, space_after=SIZE)]
    for b in blocks:
        if b.kind == "chapter":
            story.append(
                TextBlock(
                    b.text,
                    font,
                    SIZE * 1.2,
                    color=color,
                    bold=True,
                    space_before=SIZE * 0.8,
                    space_after=SIZE * 0.3,
                    keep_with_next=True,
                )
            )
        else:
            story.append(
                TextBlock(
                    b.text,
                    font,
                    SIZE,
                    color=black,
                    indent=SIZE * 0.5,
                    bullet="• " if b.kind == "item" else "",
                    space_after=SIZE * 0.25,
                )
            )
    body = Rect(m, m * 1.5, frame.width - 2 * m, frame.height - 2.5 * m)
    pages = 1
    while True:
        placement = flow(story, [body] * pages)
        if placement.fits:
            break
        pages += 1

    def write(tmp: Path) -> None:
        canvas = Canvas(
            str(tmp),
            pagesize=(frame.width, frame.height),
            # types-reportlab types initialFontName as a number; it is the font's name.
            initialFontName=font,  # type: ignore[arg-type]
        )
        canvas.setTitle(title)
        canvas.setAuthor("ops-desktop")
        for index, column in enumerate(placement.columns):
            for placed in column:
                placed.flowable.drawOn(canvas, placed.x, placed.y)
            canvas.setFont(font, 8)
            canvas.setFillColor(HexColor(0x555555))
            canvas.drawRightString(frame.width - m, m * 0.7, f"{index + 1} / {pages}")
            if marking:
                canvas.drawString(m, m * 0.7, marking)
                canvas.setFont(font, 11)
                canvas.setFillColor(HexColor(0xC00000))
                canvas.drawRightString(frame.width - m, frame.height - m * 0.6, marking)
            canvas.showPage()
        canvas.save()

    write_atomically(target, write)
    return pages


def minutes_blocks(session: Session, meeting_id: int) -> tuple[str, list[Block]]:
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    department = settings.department(session)
    names = "、".join(a.staff.name for a in meeting.attendees) or "—"
    blocks = [
        Block(
            "paragraph",
            f"日期:{meeting.held_on:%Y-%m-%d}    主持:"
            f"{meeting.chair.name if meeting.chair else '—'}",
        ),
        Block("paragraph", f"出席:{names}"),
        Block("chapter", "上週工作總結"),
        Block("paragraph", meeting.last_week_summary or "—"),
        Block("chapter", "延續的未完成事項"),
    ]
    carried = action_items.carried_over(session, meeting_id)
    blocks += [_action(item) for item in carried] or [Block("paragraph", "無")]
    blocks.append(Block("chapter", "本週工作任務"))
    blocks += [_action(item) for item in meeting.action_items] or [Block("paragraph", "無")]
    blocks += [Block("chapter", "會議紀要"), Block("paragraph", meeting.minutes or "—")]
    return f"{department} {meeting.title} 會議紀要", blocks


def _action(item: ActionItem) -> Block:
    owner = item.owner.name if item.owner else "未指定"
    due = f",期限 {item.due_date:%Y-%m-%d}" if item.due_date else ""
    state = {"open": "未完成", "done": "已完成", "dropped": "已作廢"}[item.status]
    # Chinese brackets: full_width sets the program's ,:; as print does, not its brackets.
    return Block("item", f"{item.text}（負責:{owner}{due};{state}）")


def event_summary_blocks(session: Session, run_id: int) -> tuple[str, list[Block]]:
    run = validate.get(session, WorkflowRun, run_id, "Workflow run")
    department = settings.department(session)
    over = workflows.over_budget(run)
    blocks = [
        Block(
            "paragraph",
            f"流程:{run.template.name}    負責人:{run.owner.name if run.owner else '—'}",
        ),
        Block(
            "paragraph", f"日期:{run.start_date or '—'} 至 {run.end_date or run.due_date or '—'}"
        ),
        Block("chapter", "預算與支出"),
        Block("item", f"預算:{_money(run.budget)}"),
        Block("item", f"實際支出:{_money(run.spend)}"),
        Block("item", f"超出預算 {_money(over)}" if over is not None else "未超出預算"),
        Block("chapter", "活動效果"),
        Block("item", f"參與人數:{_count(run.participants)}"),
        Block("item", f"互動次數:{_count(run.interactions)}"),
        Block("item", f"傳播人次:{_count(run.reach)}"),
        Block("paragraph", run.outcome or "—"),
        Block("chapter", "各階段"),
    ]
    done = {c.step_id for c in run.completions}
    for stage in run.template.stages:
        steps = [s for s in stage.steps if s.active]
        finished = sum(1 for s in steps if s.id in done)
        approvals = [a for a in run.approvals if a.stage_id == stage.id]
        note = "".join(
            f";{a.approver} {a.decided_on:%Y-%m-%d} "
            f"{'核准' if a.decision == 'approved' else '退回'}"
            for a in approvals
        )
        blocks.append(Block("item", f"{stage.name}:完成 {finished}/{len(steps)} 步{note}"))
    if run.notes:
        blocks += [Block("chapter", "備註"), Block("paragraph", run.notes)]
    return f"{department} {run.title} 活動總結報告", blocks


def _money(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f} 元"


def _count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"
