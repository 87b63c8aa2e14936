"""Editing weekly meetings from the Meetings page: the meeting form (date, title, chair,
attendees, summary, minutes) and the action item form, each checked field by field as it is
typed (``problems``), and the changes they save (with what undo needs to put them back)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import cast

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ActionItem, Meeting, MeetingAttendee, Staff

from . import audit, freshness, validate
from .meetings import create

LONG_TEXT = 8000


@dataclass
class MeetingInput:
    """What the meeting form supplies."""

    held_on: dt.date | str | None
    title: str = ""
    chair_id: int | None = None
    attendee_ids: Sequence[int] = ()
    last_week_summary: str = ""
    minutes: str = ""


def _long_text(value: str, field: str, what: str) -> str:
    cleaned = (value or "").strip()
    if len(cleaned) > LONG_TEXT:
        raise DomainError(
            "The {what} is longer than {max} characters.", field=field, what=what, max=LONG_TEXT
        )
    return cleaned


def _person(session: Session, staff_id: int | None, field: str, keep: set[int]) -> int | None:
    """A staff id that exists and has not left (unless already recorded: ``keep``)."""
    if staff_id is None:
        return None
    person = validate.get(session, Staff, staff_id, "Staff")
    if person.status == "departed" and staff_id not in keep:
        raise DomainError("{name} has left the department.", field=field, name=person.name)
    return staff_id


def _held_on(session: Session, data: MeetingInput, meeting: Meeting | None) -> dt.date:
    day = validate.date(data.held_on, "held_on", required=True)
    assert day is not None
    if meeting is not None:
        early = [a.due_date for a in meeting.action_items if a.due_date and a.due_date < day]
        if early:
            raise DomainError(
                "An action item of this meeting is due on {due}, before that date.",
                field="held_on",
                due=f"{min(early):%Y-%m-%d}",
            )
    return day


def _meeting_checks(
    session: Session, data: MeetingInput, meeting: Meeting | None
) -> dict[str, Callable[[], object]]:
    chair = {meeting.chair_id} if meeting is not None and meeting.chair_id else set()
    present = {a.staff_id for a in meeting.attendees} if meeting is not None else set()
    return {
        "held_on": lambda: _held_on(session, data, meeting),
        "title": lambda: validate.text(data.title, "title", required=False),
        "chair": lambda: _person(session, data.chair_id, "chair", chair),
        "attendees": lambda: [
            _person(session, i, "attendees", present) for i in dict.fromkeys(data.attendee_ids)
        ],
        "last_week_summary": lambda: _long_text(
            data.last_week_summary, "last_week_summary", "summary"
        ),
        "minutes": lambda: _long_text(data.minutes, "minutes", "minutes"),
    }


def problems(session: Session, data: MeetingInput, meeting_id: int | None = None) -> dict[str, str]:
    """Every problem of a meeting form as field → message (held_on, title, chair, attendees,
    last_week_summary, minutes), for validation as you type."""
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
    found: dict[str, str] = {}
    for key, check in _meeting_checks(session, data, meeting).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def _first_problem(session: Session, data: MeetingInput, meeting: Meeting | None) -> None:
    for check in _meeting_checks(session, data, meeting).values():
        check()


def create_from(session: Session, data: MeetingInput, operator: str = "") -> Meeting:
    _first_problem(session, data, None)
    return create(
        session,
        data.held_on,
        operator,
        title=data.title,
        chair_id=data.chair_id,
        attendee_ids=list(data.attendee_ids),
        last_week_summary=data.last_week_summary,
        minutes=data.minutes,
    )


def update(session: Session, meeting_id: int, data: MeetingInput, operator: str = "") -> Meeting:
    """Change a meeting's date, title, chair, attendees, summary and minutes."""
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    _first_problem(session, data, meeting)
    day = validate.date(data.held_on, "held_on", required=True)
    assert day is not None
    before = input_of(meeting)
    meeting.held_on = day
    meeting.title = validate.text(data.title, "title", required=False) or f"{day:%Y-%m-%d} 部門例會"
    meeting.chair_id = data.chair_id
    meeting.last_week_summary = data.last_week_summary.strip()
    meeting.minutes = data.minutes.strip()
    set_attendees(session, meeting_id, data.attendee_ids, operator, audit_it=False)
    after = input_of(meeting)
    changes = {
        k: (str(getattr(before, k)), str(v))
        for k, v in asdict(after).items()
        if getattr(before, k) != v
    }
    if changes:
        audit.record(session, operator, "update", "meeting", meeting.id, meeting.title, **changes)
    return meeting


def set_attendees(
    session: Session,
    meeting_id: int,
    staff_ids: Sequence[int],
    operator: str = "",
    *,
    audit_it: bool = True,
) -> Meeting:
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    present = {a.staff_id for a in meeting.attendees}
    wanted = [_person(session, i, "attendees", present) for i in dict.fromkeys(staff_ids)]
    if set(wanted) != present:
        freshness.touch(meeting)  # who attended is part of the meeting's record
    for row in [a for a in meeting.attendees if a.staff_id not in wanted]:
        meeting.attendees.remove(row)
        session.delete(row)
    for staff_id in wanted:
        if staff_id not in present:
            meeting.attendees.append(MeetingAttendee(staff_id=staff_id))
    session.flush()
    if audit_it:
        audit.record(
            session, operator, "attendees", "meeting", meeting.id, meeting.title, count=len(wanted)
        )
    return meeting


def input_of(meeting: Meeting) -> MeetingInput:
    """A meeting's values as the form would supply them (to undo an edit)."""
    return MeetingInput(
        held_on=meeting.held_on,
        title=meeting.title,
        chair_id=meeting.chair_id,
        attendee_ids=tuple(sorted(a.staff_id for a in meeting.attendees)),
        last_week_summary=meeting.last_week_summary,
        minutes=meeting.minutes,
    )


def remove(session: Session, meeting_id: int, operator: str = "") -> MeetingInput:
    """Delete a meeting that set no action items (a mistaken entry, or undoing its
    creation); returns its values so that it can be recreated. A meeting with action
    items is history and is refused."""
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    if meeting.action_items:
        raise DomainError(
            "{title} has action items and is kept as the department's record.",
            title=meeting.title,
        )
    values = input_of(meeting)
    audit.record(session, operator, "delete", "meeting", meeting.id, meeting.title)
    for row in list(meeting.attendees):
        session.delete(row)
    session.delete(meeting)
    session.flush()
    return values


def _action_checks(
    session: Session,
    meeting_id: int | None,
    text: str,
    owner_id: int | None,
    due_date: dt.date | str | None,
    item_id: int | None,
) -> dict[str, Callable[[], object]]:
    item = session.get(ActionItem, item_id) if item_id is not None else None
    keep = {item.owner_id} if item is not None and item.owner_id else set()
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None

    def due() -> dt.date | None:
        day = validate.date(due_date, "due_date")
        validate.date_order(meeting.held_on if meeting else None, day, "due_date")
        return day

    return {
        "text": lambda: validate.text(text, "text", max_len=2000),
        "owner": lambda: _person(session, owner_id, "owner", keep),
        "due_date": due,
    }


def action_problems(
    session: Session,
    meeting_id: int | None,
    text: str,
    owner_id: int | None,
    due_date: dt.date | str | None,
    item_id: int | None = None,
) -> dict[str, str]:
    """Problems of an action item form as field → message (text, owner, due_date)."""
    found: dict[str, str] = {}
    checks = _action_checks(session, meeting_id, text, owner_id, due_date, item_id)
    for key, check in checks.items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def edit_action(
    session: Session,
    item_id: int,
    text: str,
    operator: str = "",
    *,
    owner_id: int | None = None,
    due_date: dt.date | str | None = None,
) -> ActionItem:
    """Change an action item's text, owner and due date."""
    item = validate.get(session, ActionItem, item_id, "Action item")
    checks = _action_checks(session, item.meeting_id, text, owner_id, due_date, item_id)
    values = {key: check() for key, check in checks.items()}
    before = (item.text, item.owner_id, item.due_date)
    # Each value is what its check in _action_checks returned; the casts name those types.
    item.text, item.owner_id = cast(str, values["text"]), owner_id
    item.due_date = cast("dt.date | None", values["due_date"])
    if before != (item.text, item.owner_id, item.due_date):
        audit.record(
            session,
            operator,
            "update",
            "action_item",
            item.id,
            item.text[:80],
            before=before,
            after=(item.text, item.owner_id, item.due_date),
        )
    return item
