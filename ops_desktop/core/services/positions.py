"""Positions (崗位) as the positions page edits them. Their responsibility areas are
``position_areas``, the areas' duty lines ``duty_lines``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Position, ResponsibilityArea, Staff

from . import audit, position_areas, validate


def all_positions(session: Session, *, include_inactive: bool = False) -> list[Position]:
    query = (
        select(Position)
        .options(selectinload(Position.areas).selectinload(ResponsibilityArea.duties))
        .order_by(Position.sort_order, Position.id)
    )
    if not include_inactive:
        query = query.where(Position.active)
    return list(session.scalars(query))


def by_code(session: Session, code: str) -> Position:
    position = session.scalar(select(Position).where(Position.code == code))
    if position is None:
        raise DomainError("There is no position with the code {code}.", code=code)
    return position


def _next(session: Session) -> int:
    return (session.scalar(select(func.max(Position.id))) or 0) + 1


def retire(session: Session, position_id: int, operator: str = "") -> Position:
    """Hide a position from new assignments; refused while active staff hold it."""
    position = validate.get(session, Position, position_id, "Position")
    if not position.active:
        raise DomainError("The position {name} is already retired.", name=position.name)
    count = holders(session, position_id)
    if count:
        raise DomainError(
            "{count} people still hold the position {name}.", count=count, name=position.name
        )
    position.active = False
    audit.record(session, operator, "deactivate", "position", position.id, position.name)
    return position


# --------------------------------------------------------------------------- the positions page

_CODE = re.compile(r"^[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class PositionInput:
    """What the position form supplies; the code is fixed once the position exists."""

    name: str
    code: str = ""
    name_en: str = ""
    description: str = ""


@dataclass(frozen=True)
class PositionRow:
    id: int
    number: int
    name: str
    code: str
    name_en: str
    areas: int
    duties: int
    holders: int
    active: bool


def rows(session: Session, *, include_retired: bool = False) -> list[PositionRow]:
    """The positions with how many areas, duty lines and active holders each has."""
    holders = dict(
        session.execute(
            select(Staff.position_id, func.count())
            .where(Staff.status != "departed", Staff.position_id.is_not(None))
            .group_by(Staff.position_id)
        ).all()
    )
    return [
        PositionRow(
            p.id,
            p.sort_order,
            p.name,
            p.code,
            p.name_en,
            len(p.areas),
            sum(len(a.duties) for a in p.areas),
            holders.get(p.id, 0),
            p.active,
        )
        for p in all_positions(session, include_inactive=include_retired)
    ]


def get(session: Session, position_id: int) -> Position:
    return validate.get(session, Position, position_id, "Position")


def holders(session: Session, position_id: int) -> int:
    """How many people (not departed) hold the position."""
    return session.execute(
        select(func.count()).where(Staff.position_id == position_id, Staff.status != "departed")
    ).scalar_one()


def _checks(
    session: Session, data: PositionInput, position_id: int | None
) -> dict[str, Callable[[], str]]:
    def name() -> str:
        value = validate.text(data.name, "name", max_len=80)
        clash = session.scalar(select(Position.id).where(Position.name == value))
        if clash is not None and clash != position_id:
            raise DomainError("A position named {name} already exists.", field="name", name=value)
        return value

    def code() -> str:
        if position_id is not None:
            return get(session, position_id).code  # fixed: other records look it up
        value = validate.text(data.code, "code", required=False, max_len=40)
        if value and not _CODE.match(value):
            raise DomainError(
                "{field} may only use the letters A–Z, digits, '.', '_' and '-'.", field="code"
            )
        if value and session.scalar(select(Position.id).where(Position.code == value)):
            raise DomainError(
                "A position with the code {code} already exists.", field="code", code=value
            )
        return value

    def longest(value: str, field: str, max_len: int) -> Callable[[], str]:
        def check() -> str:
            cleaned = validate.storable((value or "").strip(), field)
            if len(cleaned) > max_len:
                raise DomainError(
                    "This text is longer than {max} characters.", field=field, max=max_len
                )
            return cleaned

        return check

    return {
        "name": name,
        "code": code,
        "name_en": longest(data.name_en, "name_en", 120),
        "description": longest(data.description, "description", 4000),
    }


def problems(
    session: Session, data: PositionInput, position_id: int | None = None
) -> dict[str, str]:
    """Every problem of the position form as field → message (validation as you type)."""
    found: dict[str, str] = {}
    for key, check in _checks(session, data, position_id).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def create(session: Session, data: PositionInput, operator: str = "") -> int:
    """Add a position at the end of the list (a code is made up when none is given);
    returns the new record's id."""
    values = {key: check() for key, check in _checks(session, data, None).items()}
    order = (session.scalar(select(func.max(Position.sort_order))) or 0) + 1
    position = Position(
        name=values["name"],
        code=values["code"] or f"position{_next(session)}",
        name_en=values["name_en"],
        description=values["description"],
        sort_order=order,
    )
    session.add(position)
    session.flush()
    audit.record(session, operator, "create", "position", position.id, position.name)
    return position.id


def update(session: Session, position_id: int, data: PositionInput, operator: str = "") -> None:
    """Change a position's name, English name and description (its code is fixed)."""
    values = {key: check() for key, check in _checks(session, data, position_id).items()}
    position = get(session, position_id)
    changes = {
        k: (getattr(position, k), v)
        for k, v in values.items()
        if k != "code" and getattr(position, k) != v
    }
    for key, (_old, new) in changes.items():
        setattr(position, key, new)
    if changes:
        audit.record(session, operator, "update", "position", position.id, position.name, **changes)


def input_of(session: Session, position_id: int) -> PositionInput:
    """The stored position as the form shows it (and as undo puts it back)."""
    position = get(session, position_id)
    return PositionInput(position.name, position.code, position.name_en, position.description)


@dataclass(frozen=True)
class PositionSnapshot:
    """A position removed right after its creation, to create it again as it was."""

    id: int
    code: str
    sort_order: int
    data: PositionInput
    areas: tuple[position_areas.AreaSnapshot, ...]


def remove_new(session: Session, position_id: int, operator: str = "") -> PositionSnapshot:
    """Delete a position nothing refers to (undoing its creation); otherwise refused."""
    position = get(session, position_id)
    name = position.name
    snap = PositionSnapshot(
        position.id,
        position.code,
        position.sort_order,
        input_of(session, position_id),
        tuple(position_areas.snapshot(a, i) for i, a in enumerate(position.areas)),
    )
    audit.record(session, operator, "delete", "position", position.id, name)
    session.delete(position)
    try:
        session.flush()
    except IntegrityError:
        raise DomainError(
            "The position {name} is already in use and cannot be removed; retire it instead.",
            name=name,
        ) from None
    return snap


def restore_new(session: Session, snap: PositionSnapshot, operator: str = "") -> int:
    """Create a removed position again, under the same id and code when they are free."""
    values = {key: check() for key, check in _checks(session, snap.data, None).items()}
    free = session.get(Position, snap.id) is None
    position = Position(
        id=snap.id if free else None,
        name=values["name"],
        code=values["code"] or f"position{_next(session)}",
        name_en=values["name_en"],
        description=values["description"],
        sort_order=snap.sort_order,
    )
    session.add(position)
    session.flush()
    for area in snap.areas:
        position_areas.restore(session, replace(area, position_id=position.id))
    audit.record(session, operator, "restore", "position", position.id, position.name)
    return position.id


def reactivate(session: Session, position_id: int, operator: str = "") -> Position:
    position = get(session, position_id)
    position.active = True
    audit.record(session, operator, "reactivate", "position", position.id, position.name)
    return position
