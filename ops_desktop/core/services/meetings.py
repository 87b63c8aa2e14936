"""Weekly department meetings (每週部門例會) and their action items.

An action item belongs to the meeting that set it and stays open until it is done or
dropped; every later meeting shows the open ones as carried over."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ActionItem, Meeting, MeetingAttendee, Staff

from . import audit, validate


def create(
    session: Session,
    held_on: object,
    operator: str = "",
    *,
    title: str = "",
    chair_id: int | None = None,
    attendee_ids: list[int] | tuple[int, ...] = (),
    last_week_summary: str = "",
    minutes: str = "",
) -> Meeting:
    day = validate.date(held_on, "held_on", required=True)  # type: ignore[arg-type]
    assert day is not None
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
    due_date: object = None,
) -> ActionItem:
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    if owner_id is not None:
        owner = validate.get(session, Staff, owner_id, "Owner")
        if owner.status == "departed":
            raise DomainError("{name} has left the department.", field="owner", name=owner.name)
    due = validate.date(due_date, "due_date")  # type: ignore[arg-type]
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
    session: Session, item_id: int, operator: str = "", *, dropped: bool = False, on: object = None
) -> ActionItem:
    item = validate.get(session, ActionItem, item_id, "Action item")
    if item.status != "open":
        raise DomainError("That action item is already closed.")
    item.status = "dropped" if dropped else "done"
    item.closed_on = validate.date(on, "date") or dt.date.today()  # type: ignore[arg-type]
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
    today = today or dt.date.today()
    return list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.status == "open", ActionItem.due_date < today)
            .order_by(ActionItem.due_date)
        )
    )


def meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.held_on.desc())))
