"""Weekly department meetings (每週部門例會) and their action items.

An action item belongs to the meeting that set it and stays open until it is done or
dropped; every later meeting shows the open ones as carried over."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ActionItem, Meeting, MeetingAttendee, Staff

from . import audit, freshness, validate
from .freshness import Seen


def create(
    session: Session,
    held_on: dt.date | str | None,
    operator: str = "",
    *,
    title: str = "",
    chair_id: int | None = None,
    attendee_ids: list[int] | tuple[int, ...] = (),
    last_week_summary: str = "",
    minutes: str = "",
) -> Meeting:
    day = validate.date(held_on, "held_on", required=True)
    if chair_id is not None:
        validate.get(session, Staff, chair_id, "Chair")
    meeting = Meeting(
        held_on=day,
        title=validate.text(title or f"{day:%Y-%m-%d} 部門例會", "title"),
        chair_id=chair_id,
        last_week_summary=last_week_summary.strip(),
        minutes=minutes.strip(),
    )
    for staff_id in dict.fromkeys(attendee_ids):
        validate.get(session, Staff, staff_id, "Staff")
        meeting.attendees.append(MeetingAttendee(staff_id=staff_id))
    session.add(meeting)
    session.flush()
    audit.record(session, operator, "create", "meeting", meeting.id, meeting.title)
    return meeting


def add_action(
    session: Session,
    meeting_id: int,
    text: str,
    operator: str = "",
    *,
    owner_id: int | None = None,
    due_date: dt.date | str | None = None,
) -> ActionItem:
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    if owner_id is not None:
        owner = validate.get(session, Staff, owner_id, "Owner")
        if owner.status == "departed":
            raise DomainError("{name} has left the department.", field="owner", name=owner.name)
    due = validate.date(due_date, "due_date")
    validate.date_order(meeting.held_on, due, "due_date")
    item = ActionItem(
        meeting=meeting,
        text=validate.text(text, "text", max_len=2000),
        owner_id=owner_id,
        due_date=due,
    )
    session.add(item)
    session.flush()
    audit.record(session, operator, "create", "action_item", item.id, item.text[:80])
    return item


def close_action(
    session: Session,
    item_id: int,
    operator: str = "",
    *,
    dropped: bool = False,
    on: dt.date | str | None = None,
) -> ActionItem:
    item = validate.get(session, ActionItem, item_id, "Action item")
    if item.status != "open":
        raise DomainError("That action item is already closed.")
    item.status = "dropped" if dropped else "done"
    item.closed_on = validate.date(on, "date") or clock.today()
    audit.record(session, operator, item.status, "action_item", item.id, item.text[:80])
    return item


def reopen_action(session: Session, item_id: int, operator: str = "") -> ActionItem:
    item = validate.get(session, ActionItem, item_id, "Action item")
    item.status, item.closed_on = "open", None
    audit.record(session, operator, "reopen", "action_item", item.id, item.text[:80])
    return item


def carried_over(session: Session, meeting_id: int) -> list[ActionItem]:
    """Open action items set at earlier meetings: the agenda's 'carried over' list."""
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    return list(
        session.scalars(
            select(ActionItem)
            .join(Meeting)
            .where(ActionItem.status == "open", Meeting.held_on < meeting.held_on)
            .order_by(Meeting.held_on, ActionItem.id)
        )
    )


def overdue(session: Session, today: dt.date | None = None) -> list[ActionItem]:
    today = today or clock.today()
    return list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.status == "open", ActionItem.due_date < today)
            .order_by(ActionItem.due_date)
        )
    )


def meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.held_on.desc())))


# -- lists for the Meetings page ---------------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: dt.date
    title: str
    chair: str
    attendees: int
    open_items: int


@dataclass(frozen=True)
class ActionRow:
    id: int
    meeting_id: int
    meeting_date: dt.date
    text: str
    owner_id: int | None
    owner: str
    due_date: dt.date | None
    status: str
    closed_on: dt.date | None
    overdue: bool
    seen: Seen | None = None  # the version this copy was read at


def get(session: Session, meeting_id: int) -> Meeting:
    return validate.get(session, Meeting, meeting_id, "Meeting")


def rows(session: Session) -> list[MeetingRow]:
    """The meetings, newest first, with attendee and open-item counts."""
    attendees = (
        select(func.count(MeetingAttendee.id))
        .where(MeetingAttendee.meeting_id == Meeting.id)
        .scalar_subquery()
    )
    open_items = (
        select(func.count(ActionItem.id))
        .where(ActionItem.meeting_id == Meeting.id, ActionItem.status == "open")
        .scalar_subquery()
    )
    query = (
        select(Meeting.id, Meeting.held_on, Meeting.title, Staff.name, attendees, open_items)
        .outerjoin(Staff, Meeting.chair_id == Staff.id)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    return [MeetingRow(r[0], r[1], r[2], r[3] or "", r[4], r[5]) for r in session.execute(query)]


def _action_row(item: ActionItem, today: dt.date) -> ActionRow:
    return ActionRow(
        id=item.id,
        meeting_id=item.meeting_id,
        meeting_date=item.meeting.held_on,
        text=item.text,
        owner_id=item.owner_id,
        owner=item.owner.name if item.owner else "",
        due_date=item.due_date,
        status=item.status,
        closed_on=item.closed_on,
        overdue=is_overdue(item, today),
        seen=freshness.seen(item),
    )


def is_overdue(item: ActionItem, today: dt.date | None = None) -> bool:
    today = today or clock.today()
    return item.status == "open" and item.due_date is not None and item.due_date < today


def action_rows(session: Session, meeting_id: int, today: dt.date | None = None) -> list[ActionRow]:
    """The action items set at this meeting (this week's tasks)."""
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    today = today or clock.today()
    return [_action_row(item, today) for item in meeting.action_items]


def carried_rows(
    session: Session, meeting_id: int, today: dt.date | None = None
) -> list[ActionRow]:
    """The open items from earlier meetings, shown at this one."""
    today = today or clock.today()
    return [_action_row(item, today) for item in carried_over(session, meeting_id)]


def remove_action(session: Session, item_id: int, operator: str = "") -> None:
    """Delete an action item (undoing its creation); the audit log keeps a line."""
    item = validate.get(session, ActionItem, item_id, "Action item")
    audit.record(session, operator, "delete", "action_item", item.id, item.text[:80])
    session.delete(item)
    session.flush()
