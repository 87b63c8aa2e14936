"""Action items (本週任務) set at a weekly meeting: the task form checked as it is typed, the
lists, and closing and reopening. An item belongs to the meeting that set it and stays open
until it is done or dropped; every later meeting shows the open ones as carried over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ActionItem, Meeting

from . import audit, freshness, validate
from .freshness import Seen
from .meetings import current_staff


@dataclass(frozen=True)
class ActionInput:
    """What the task form supplies; the meeting is fixed once the item exists."""

    meeting_id: int | None
    text: str
    owner_id: int | None = None
    due_date: dt.date | str | None = None


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


def _checks(
    session: Session, data: ActionInput, item_id: int | None
) -> dict[str, Callable[[], object]]:
    item = session.get(ActionItem, item_id) if item_id is not None else None
    keep = {item.owner_id} if item is not None and item.owner_id else set()
    meeting_id = item.meeting_id if item is not None else data.meeting_id
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None

    def due() -> dt.date | None:
        day = validate.date(data.due_date, "due_date")
        validate.date_order(meeting.held_on if meeting else None, day, "due_date")
        return day

    return {
        "text": lambda: validate.text(data.text, "text", max_len=2000),
        "owner": lambda: current_staff(session, data.owner_id, "owner", keep),
        "due_date": due,
    }


def problems(session: Session, data: ActionInput, item_id: int | None = None) -> dict[str, str]:
    """Problems of the task form as field → message (text, owner, due_date)."""
    found: dict[str, str] = {}
    for key, check in _checks(session, data, item_id).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def create(session: Session, data: ActionInput, operator: str = "") -> int:
    """Add a task to its meeting; returns the new record's id."""
    meeting = validate.get(session, Meeting, data.meeting_id, "Meeting")
    values = {key: check() for key, check in _checks(session, data, None).items()}
    # Each value is what its check in _checks returned; the casts name those types.
    item = ActionItem(
        meeting=meeting,
        text=cast(str, values["text"]),
        owner_id=data.owner_id,
        due_date=cast("dt.date | None", values["due_date"]),
    )
    session.add(item)
    session.flush()
    audit.record(session, operator, "create", "action_item", item.id, item.text[:80])
    return item.id


def update(session: Session, item_id: int, data: ActionInput, operator: str = "") -> None:
    """Change an action item's text, owner and due date (its meeting stays)."""
    item = validate.get(session, ActionItem, item_id, "Action item")
    values = {key: check() for key, check in _checks(session, data, item_id).items()}
    fields = ("text", "owner_id", "due_date")
    before = {key: getattr(item, key) for key in fields}
    item.text, item.owner_id = cast(str, values["text"]), data.owner_id
    item.due_date = cast("dt.date | None", values["due_date"])
    changes = {
        key: (str(old), str(getattr(item, key)))
        for key, old in before.items()
        if old != getattr(item, key)
    }
    if changes:
        audit.record(session, operator, "update", "action_item", item.id, item.text[:80], **changes)


def input_of(session: Session, item_id: int) -> ActionInput:
    """The stored item as the task form shows it."""
    item = validate.get(session, ActionItem, item_id, "Action item")
    return ActionInput(item.meeting_id, item.text, item.owner_id, item.due_date)


def remove_new(session: Session, item_id: int, operator: str = "") -> None:
    """Delete an action item (undoing its creation); the audit log keeps a line."""
    item = validate.get(session, ActionItem, item_id, "Action item")
    audit.record(session, operator, "delete", "action_item", item.id, item.text[:80])
    session.delete(item)
    session.flush()


def close(
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


def reopen(session: Session, item_id: int, operator: str = "") -> ActionItem:
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


def rows(session: Session, meeting_id: int, today: dt.date | None = None) -> list[ActionRow]:
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
