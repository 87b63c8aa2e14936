"""The duty lines (職責) of a responsibility area, as the duties panel edits them: the one
service API of the kind (``DutyInput``, ``rows``, ``input_of``, ``problems``, ``create``,
``update``) and the kind's own verbs. A removed line is taken with ``take`` and put back by
``restore`` under its id (undo and redo keep the ids later steps name), so the kind has no
``remove_new``; ``move`` reorders a line within its area."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import DutyLine, ResponsibilityArea

from . import audit, freshness, ordering, validate
from .freshness import Seen


@dataclass(frozen=True)
class DutyInput:
    """What the duty form supplies; the area is fixed once the line exists."""

    area_id: int | None
    text: str


@dataclass(frozen=True)
class DutyRow:
    id: int
    number: int
    text: str
    seen: Seen | None = None  # the version this copy was read at


@dataclass(frozen=True)
class DutySnapshot:
    """A removed duty line, enough to put it back where it was (same id when free)."""

    id: int
    area_id: int
    index: int
    text: str


def _text(data: DutyInput) -> str:
    return validate.text(data.text, "text", max_len=2000)


def problems(session: Session, data: DutyInput, duty_id: int | None = None) -> dict[str, str]:
    """Problems of a duty line being typed (``text`` → message)."""
    try:
        _text(data)
    except DomainError as exc:
        return {"text": str(exc)}
    return {}


def create(session: Session, data: DutyInput, operator: str = "") -> int:
    """A new line at the end of its area; returns the new record's id."""
    area = validate.get(session, ResponsibilityArea, data.area_id, "Responsibility area")
    duty = DutyLine(text=_text(data))
    ordering.append(session, area.duties, duty)
    audit.record(session, operator, "create", "duty_line", duty.id, duty.text)
    return duty.id


def update(session: Session, duty_id: int, data: DutyInput, operator: str = "") -> None:
    """Reword a line (its area stays)."""
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    new = _text(data)
    audit.record(session, operator, "update", "duty_line", duty.id, new, old=duty.text)
    duty.text = new


def input_of(session: Session, duty_id: int) -> DutyInput:
    """The stored line as the form shows it (and as undo puts it back)."""
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    return DutyInput(duty.area_id, duty.text)


def row_of(duty: DutyLine, number: int) -> DutyRow:
    return DutyRow(duty.id, number, duty.text, freshness.seen(duty))


def rows(session: Session, area_id: int) -> list[DutyRow]:
    """An area's lines in order, numbered from 1."""
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    return [row_of(d, j) for j, d in enumerate(area.duties, start=1)]


def take(session: Session, duty_id: int, operator: str = "") -> DutySnapshot:
    """Remove a duty line and return what is needed to restore it."""
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    area = duty.area
    snap = DutySnapshot(
        duty.id, duty.area_id, ordering.in_order(area.duties).index(duty), duty.text
    )
    audit.record(session, operator, "delete", "duty_line", duty.id, duty.text)
    ordering.remove(session, area.duties, duty)
    return snap


def restore(session: Session, snap: DutySnapshot, operator: str = "") -> int:
    """Put a taken line back in its place, under its id when that is free."""
    area = validate.get(session, ResponsibilityArea, snap.area_id, "Responsibility area")
    free = session.get(DutyLine, snap.id) is None
    duty = DutyLine(id=snap.id if free else None, text=snap.text)
    ordering.insert(session, area.duties, duty, snap.index)
    audit.record(session, operator, "restore", "duty_line", duty.id, duty.text)
    return duty.id


def move(session: Session, duty_id: int, delta: int, operator: str = "") -> int:
    """Move a duty line up (delta < 0) or down in its area; returns how far it moved."""
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    moved = ordering.move(session, duty.area.duties, duty, delta)
    if moved:
        audit.record(session, operator, "move", "duty_line", duty.id, duty.text[:80], delta=moved)
    return moved
