"""Weekly department meetings (每週部門例會) as the window edits them: the meeting form (date,
title, chair, attendees, summary, minutes) checked field by field as it is typed
(``problems``), the list, and the changes it saves. The action items a meeting sets are
their own kind: ``action_items``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ActionItem, Meeting, MeetingAttendee, Staff

from . import audit, freshness, validate

LONG_TEXT = 8000


@dataclass(frozen=True)
class MeetingInput:
    """What the meeting form supplies."""

    held_on: dt.date | str | None
    title: str = ""
    chair_id: int | None = None
    attendee_ids: Sequence[int] = ()
    last_week_summary: str = ""
    minutes: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: dt.date
    title: str
    chair: str
    attendees: int
    open_items: int


def _long_text(value: str, field: str, what: str) -> str:
    cleaned = validate.storable((value or "").strip(), field)
    if len(cleaned) > LONG_TEXT:
        raise DomainError(
            "The {what} is longer than {max} characters.", field=field, what=what, max=LONG_TEXT
        )
    return cleaned


def current_staff(session: Session, staff_id: int | None, field: str, keep: set[int]) -> int | None:
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
        "chair": lambda: current_staff(session, data.chair_id, "chair", chair),
        "attendees": lambda: [
            current_staff(session, i, "attendees", present)
            for i in dict.fromkeys(data.attendee_ids)
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


def _title(data: MeetingInput, day: dt.date) -> str:
    return validate.text(data.title, "title", required=False) or f"{day:%Y-%m-%d} 部門例會"


def create(session: Session, data: MeetingInput, operator: str = "") -> int:
    """Record a meeting with its attendees; returns the new record's id."""
    _first_problem(session, data, None)
    day = validate.date(data.held_on, "held_on", required=True)
    assert day is not None  # refused by the checks otherwise
    meeting = Meeting(
        held_on=day,
        title=_title(data, day),
        chair_id=data.chair_id,
        last_week_summary=data.last_week_summary.strip(),
        minutes=data.minutes.strip(),
    )
    for staff_id in dict.fromkeys(data.attendee_ids):
        meeting.attendees.append(MeetingAttendee(staff_id=staff_id))
    session.add(meeting)
    session.flush()
    audit.record(session, operator, "create", "meeting", meeting.id, meeting.title)
    return meeting.id


def update(session: Session, meeting_id: int, data: MeetingInput, operator: str = "") -> None:
    """Change a meeting's date, title, chair, attendees, summary and minutes."""
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    _first_problem(session, data, meeting)
    day = validate.date(data.held_on, "held_on", required=True)
    assert day is not None
    before = _input(meeting)
    meeting.held_on = day
    meeting.title = _title(data, day)
    meeting.chair_id = data.chair_id
    meeting.last_week_summary = data.last_week_summary.strip()
    meeting.minutes = data.minutes.strip()
    set_attendees(session, meeting_id, data.attendee_ids, operator, audit_it=False)
    after = _input(meeting)
    changes = {
        k: (str(getattr(before, k)), str(v))
        for k, v in asdict(after).items()
        if getattr(before, k) != v
    }
    if changes:
        audit.record(session, operator, "update", "meeting", meeting.id, meeting.title, **changes)


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
    wanted = [current_staff(session, i, "attendees", present) for i in dict.fromkeys(staff_ids)]
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


def _input(meeting: Meeting) -> MeetingInput:
    return MeetingInput(
        held_on=meeting.held_on,
        title=meeting.title,
        chair_id=meeting.chair_id,
        attendee_ids=tuple(sorted(a.staff_id for a in meeting.attendees)),
        last_week_summary=meeting.last_week_summary,
        minutes=meeting.minutes,
    )


def input_of(session: Session, meeting_id: int) -> MeetingInput:
    """The stored meeting as the form shows it (and as undo puts it back)."""
    return _input(get(session, meeting_id))


def remove_new(session: Session, meeting_id: int, operator: str = "") -> None:
    """Delete a meeting that set no action items (a mistaken entry, or undoing its
    creation). A meeting with action items is history and is refused."""
    meeting = validate.get(session, Meeting, meeting_id, "Meeting")
    if meeting.action_items:
        raise DomainError(
            "{title} has action items and is kept as the department's record.",
            title=meeting.title,
        )
    audit.record(session, operator, "delete", "meeting", meeting.id, meeting.title)
    for row in list(meeting.attendees):
        session.delete(row)
    session.delete(meeting)
    session.flush()


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
