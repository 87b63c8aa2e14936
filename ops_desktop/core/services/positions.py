"""Positions, their responsibility areas and duty lines (崗位職責); all editable."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import DutyLine, Position, ResponsibilityArea, Staff

from . import audit, freshness, validate
from .freshness import Seen


class _Ordered(Protocol):
    """A record numbered among its siblings (positions, areas, duty lines)."""

    sort_order: int


_OrderedT = TypeVar("_OrderedT", bound=_Ordered)


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


def add_area(
    session: Session, position_id: int, title: str, operator: str = ""
) -> ResponsibilityArea:
    position = validate.get(session, Position, position_id, "Position")
    area = ResponsibilityArea(
        title=_area_title(position, title, None),
        sort_order=max((a.sort_order for a in position.areas), default=0) + 1,
    )
    position.areas.append(area)
    session.flush()
    audit.record(session, operator, "create", "responsibility_area", area.id, area.title)
    return area


def add_duty(session: Session, area_id: int, text: str, operator: str = "") -> DutyLine:
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    duty = DutyLine(
        text=validate.text(text, "text", max_len=2000),
        sort_order=(max((d.sort_order for d in area.duties), default=0) + 1),
    )
    area.duties.append(duty)
    session.flush()
    audit.record(session, operator, "create", "duty_line", duty.id, duty.text)
    return duty


def edit_duty(session: Session, duty_id: int, text: str, operator: str = "") -> DutyLine:
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    new = validate.text(text, "text", max_len=2000)
    audit.record(session, operator, "update", "duty_line", duty.id, new, old=duty.text)
    duty.text = new
    return duty


def remove_duty(session: Session, duty_id: int, operator: str = "") -> None:
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    audit.record(session, operator, "delete", "duty_line", duty.id, duty.text)
    area = duty.area
    area.duties.remove(duty)
    session.flush()
    for i, d in enumerate(area.duties, start=1):
        d.sort_order = -i  # two passes keep (area, sort_order) unique
    session.flush()
    for d in area.duties:
        d.sort_order = -d.sort_order


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
            cleaned = (value or "").strip()
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
    areas: tuple[AreaSnapshot, ...]


def remove_new(session: Session, position_id: int, operator: str = "") -> PositionSnapshot:
    """Delete a position nothing refers to (undoing its creation); otherwise refused."""
    position = get(session, position_id)
    name = position.name
    snap = PositionSnapshot(
        position.id,
        position.code,
        position.sort_order,
        input_of(session, position_id),
        tuple(_area_snapshot(a, i) for i, a in enumerate(position.areas)),
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
        restore_area(session, replace(area, position_id=position.id))
    audit.record(session, operator, "restore", "position", position.id, position.name)
    return position.id


def reactivate(session: Session, position_id: int, operator: str = "") -> Position:
    position = get(session, position_id)
    position.active = True
    audit.record(session, operator, "reactivate", "position", position.id, position.name)
    return position


# --------------------------------------------------------------------------- areas and duties


def rename_area(
    session: Session, area_id: int, title: str, operator: str = ""
) -> ResponsibilityArea:
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    new = _area_title(area.position, title, area_id)
    if new != area.title:
        audit.record(
            session, operator, "update", "responsibility_area", area.id, new, old=area.title
        )
        area.title = new
    return area


def move_area(session: Session, area_id: int, delta: int, operator: str = "") -> int:
    """Move an area up (delta < 0) or down; returns how far it really moved."""
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    moved = _move(session, area.position.areas, area, delta)
    if moved:
        audit.record(
            session, operator, "move", "responsibility_area", area.id, area.title, delta=moved
        )
    return moved


def move_duty(session: Session, duty_id: int, delta: int, operator: str = "") -> int:
    """Move a duty line up (delta < 0) or down in its area; returns how far it moved."""
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    moved = _move(session, duty.area.duties, duty, delta)
    if moved:
        audit.record(session, operator, "move", "duty_line", duty.id, duty.text[:80], delta=moved)
    return moved


def _move(session: Session, siblings: Sequence[_OrderedT], item: _OrderedT, delta: int) -> int:
    ordered = sorted(siblings, key=lambda x: x.sort_order)
    index = ordered.index(item)
    target = min(max(index + delta, 0), len(ordered) - 1)
    if target != index:
        ordered.insert(target, ordered.pop(index))
        _renumber(session, ordered)
    return target - index


def _renumber(session: Session, ordered: Sequence[_Ordered]) -> None:
    for i, obj in enumerate(ordered, start=1):
        obj.sort_order = -i  # a first pass with free numbers keeps (parent, order) unique
    session.flush()
    for obj in ordered:
        obj.sort_order = -obj.sort_order
    session.flush()


@dataclass(frozen=True)
class DutySnapshot:
    """A removed duty line, enough to put it back where it was (same id when free)."""

    id: int
    area_id: int
    index: int
    text: str


@dataclass(frozen=True)
class AreaSnapshot:
    id: int
    position_id: int
    index: int
    title: str
    duties: tuple[tuple[int, str], ...]


def take_duty(session: Session, duty_id: int, operator: str = "") -> DutySnapshot:
    """Remove a duty line and return what is needed to restore it."""
    duty = validate.get(session, DutyLine, duty_id, "Duty line")
    ordered = sorted(duty.area.duties, key=lambda d: d.sort_order)
    snap = DutySnapshot(duty.id, duty.area_id, ordered.index(duty), duty.text)
    remove_duty(session, duty_id, operator)
    return snap


def restore_duty(session: Session, snap: DutySnapshot, operator: str = "") -> int:
    area = validate.get(session, ResponsibilityArea, snap.area_id, "Responsibility area")
    free = session.get(DutyLine, snap.id) is None
    ordered = sorted(area.duties, key=lambda d: d.sort_order)
    duty = DutyLine(
        id=snap.id if free else None,
        text=snap.text,
        sort_order=max((d.sort_order for d in ordered), default=0) + 1,
    )
    area.duties.append(duty)
    session.flush()
    ordered.insert(min(snap.index, len(ordered)), duty)
    _renumber(session, ordered)
    audit.record(session, operator, "restore", "duty_line", duty.id, duty.text)
    return duty.id


def _area_snapshot(area: ResponsibilityArea, index: int) -> AreaSnapshot:
    return AreaSnapshot(
        area.id,
        area.position_id,
        index,
        area.title,
        tuple((d.id, d.text) for d in sorted(area.duties, key=lambda d: d.sort_order)),
    )


def take_area(session: Session, area_id: int, operator: str = "") -> AreaSnapshot:
    """Remove an area with its duty lines and return what is needed to restore it."""
    area = validate.get(session, ResponsibilityArea, area_id, "Responsibility area")
    position = area.position
    ordered = sorted(position.areas, key=lambda a: a.sort_order)
    snap = _area_snapshot(area, ordered.index(area))
    audit.record(
        session, operator, "delete", "responsibility_area", area.id, area.title,
        duties=len(snap.duties),
    )  # fmt: skip
    position.areas.remove(area)
    session.flush()
    _renumber(session, sorted(position.areas, key=lambda a: a.sort_order))
    return snap


def restore_area(session: Session, snap: AreaSnapshot, operator: str = "") -> int:
    position = get(session, snap.position_id)
    ordered = sorted(position.areas, key=lambda a: a.sort_order)
    free = session.get(ResponsibilityArea, snap.id) is None
    area = ResponsibilityArea(
        id=snap.id if free else None,
        title=snap.title,
        sort_order=max((a.sort_order for a in ordered), default=0) + 1,
    )
    for i, (duty_id, text) in enumerate(snap.duties, start=1):
        duty_free = session.get(DutyLine, duty_id) is None
        area.duties.append(DutyLine(id=duty_id if duty_free else None, text=text, sort_order=i))
    position.areas.append(area)
    session.flush()
    ordered.insert(min(snap.index, len(ordered)), area)
    _renumber(session, ordered)
    audit.record(session, operator, "restore", "responsibility_area", area.id, area.title)
    return area.id


def _area_title(position: Position, title: str, area_id: int | None) -> str:
    value = validate.text(title, "title", max_len=120)
    if any(a.title == value and a.id != area_id for a in position.areas):
        raise DomainError(
            "{position} already has an area named {title}.",
            field="title",
            position=position.name,
            title=value,
        )
    return value


def area_problems(
    session: Session, position_id: int, title: str, area_id: int | None = None
) -> dict[str, str]:
    """Problems of an area title being typed (``title`` → message)."""
    try:
        _area_title(get(session, position_id), title, area_id)
    except DomainError as exc:
        return {exc.field or "title": str(exc)}
    return {}


def duty_problems(text: str) -> dict[str, str]:
    """Problems of a duty line being typed (``text`` → message)."""
    try:
        validate.text(text, "text", max_len=2000)
    except DomainError as exc:
        return {"text": str(exc)}
    return {}


@dataclass(frozen=True)
class DutyRow:
    id: int
    number: int
    text: str
    seen: Seen | None = None  # the version this copy was read at


@dataclass(frozen=True)
class AreaRow:
    id: int
    number: int
    title: str
    duties: tuple[DutyRow, ...]
    seen: Seen | None = None


def area_rows(session: Session, position_id: int) -> list[AreaRow]:
    """A position's areas in order, each with its duty lines in order, numbered from 1."""
    return [
        AreaRow(
            a.id,
            i,
            a.title,
            tuple(
                DutyRow(d.id, j, d.text, freshness.seen(d)) for j, d in enumerate(a.duties, start=1)
            ),
            freshness.seen(a),
        )
        for i, a in enumerate(get(session, position_id).areas, start=1)
    ]
