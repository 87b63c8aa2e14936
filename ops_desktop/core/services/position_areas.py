"""The responsibility areas (職責範圍) of a position, as the duties panel edits them: the one
service API of the kind (``AreaInput``, ``rows``, ``input_of``, ``problems``, ``create``,
``update``) and the kind's own verbs. A removed area is taken with its duty lines by
``take`` and put back by ``restore`` under the same ids (undo and redo keep the ids later
steps name), so the kind has no ``remove_new``; ``move`` reorders an area. Its duty lines
are ``duty_lines``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import DutyLine, Position, ResponsibilityArea

from . import audit, freshness, ordering, validate
from .duty_lines import DutyRow, row_of
from .freshness import Seen


@dataclass(frozen=True)
class AreaInput:
    """What the area form supplies; the position is fixed once the area exists."""

    position_id: int | None
    title: str


@dataclass(frozen=True)
class AreaRow:
    id: int
    number: int
    title: str
    duties: tuple[DutyRow, ...]
    seen: Seen | None = None


@dataclass(frozen=True)
class AreaSnapshot:
    """A removed area with its duty lines, enough to put it back where it was."""

    id: int
    position_id: int
    index: int
    title: str
    duties: tuple[tuple[int, str], ...]


def _title(position: Position, title: str, area_id: int | None) -> str:
    value = validate.text(title, "title", max_len=120)
    if any(a.title == value and a.id != area_id for a in position.areas):
        raise DomainError(
            "{position} already has an area named {title}.",
            field="title",
            position=position.name,
            title=value,
        )
    return value


def _position(session: Session, data: AreaInput, area_id: int | None) -> Position:
    if area_id is not None:  # an existing area stays with its position
        return validate.get(session, ResponsibilityArea, area_id, "Responsibility area").position
    return validate.get(session, Position, data.position_id, "Position")


def problems(session: Session, data: AreaInput, area_id: int | None = None) -> dict[str, str]:
    """Problems of an area title being typed (``title`` → message): required, and unlike
    the position's other areas."""
    try:
        _title(_position(session, data, area_id), data.title, area_id)
    except DomainError as exc:
        return {exc.field or "title": str(exc)}
    return {}


def create(session: Session, data: AreaInput, operator: str = "") -> int:
    """A new area at the end of its position; returns the new record's id."""
    position = _position(session, data, None)
    area = ResponsibilityArea(title=_title(position, data.title, None))
    ordering.append(session, position.areas, area)
    audit.record(session, operator, "create", "responsibility_area", area.id, area.title)
    return area.id


def update(session: Session, area_id: int, data: AreaInput, operator: str = "") -> None:
    """Rename an area (its position stays)."""
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    new = _title(area.position, data.title, area_id)
    if new != area.title:
        audit.record(
            session, operator, "update", "responsibility_area", area.id, new, old=area.title
        )
        area.title = new


def input_of(session: Session, area_id: int) -> AreaInput:
    """The stored area as the form shows it (and as undo puts it back)."""
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    return AreaInput(area.position_id, area.title)


def rows(session: Session, position_id: int) -> list[AreaRow]:
    """A position's areas in order, each with its duty lines in order, numbered from 1."""
    position = validate.get(session, Position, position_id, "Position")
    return [
        AreaRow(
            a.id,
            i,
            a.title,
            tuple(row_of(d, j) for j, d in enumerate(a.duties, start=1)),
            freshness.seen(a),
        )
        for i, a in enumerate(position.areas, start=1)
    ]


def snapshot(area: ResponsibilityArea, index: int) -> AreaSnapshot:
    """What ``restore`` needs to put ``area`` (the ``index``-th of its position) back."""
    return AreaSnapshot(
        area.id,
        area.position_id,
        index,
        area.title,
        tuple((d.id, d.text) for d in ordering.in_order(area.duties)),
    )


def take(session: Session, area_id: int, operator: str = "") -> AreaSnapshot:
    """Remove an area with its duty lines and return what is needed to restore it."""
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    position = area.position
    snap = snapshot(area, ordering.in_order(position.areas).index(area))
    audit.record(
        session, operator, "delete", "responsibility_area", area.id, area.title,
        duties=len(snap.duties),
    )  # fmt: skip
    ordering.remove(session, position.areas, area)
    return snap


def restore(session: Session, snap: AreaSnapshot, operator: str = "") -> int:
    """Put a taken area back in its place with its lines, under their ids when free."""
    position = validate.get(session, Position, snap.position_id, "Position")
    free = session.get(ResponsibilityArea, snap.id) is None
    area = ResponsibilityArea(id=snap.id if free else None, title=snap.title)
    for i, (duty_id, text) in enumerate(snap.duties, start=1):
        duty_free = session.get(DutyLine, duty_id) is None
        area.duties.append(DutyLine(id=duty_id if duty_free else None, text=text, sort_order=i))
    ordering.insert(session, position.areas, area, snap.index)
    audit.record(session, operator, "restore", "responsibility_area", area.id, area.title)
    return area.id


def move(session: Session, area_id: int, delta: int, operator: str = "") -> int:
    """Move an area up (delta < 0) or down; returns how far it really moved."""
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    moved = ordering.move(session, area.position.areas, area, delta)
    if moved:
        audit.record(
            session, operator, "move", "responsibility_area", area.id, area.title, delta=moved
        )
    return moved
