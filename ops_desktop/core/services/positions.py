"""Positions, their responsibility areas and duty lines (崗位職責); all editable."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import DutyLine, Position, ResponsibilityArea, Staff

from . import audit, validate


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


def create(
    session: Session, name: str, code: str = "", name_en: str = "", operator: str = ""
) -> Position:
    name = validate.text(name, "name", max_len=80)
    if session.scalar(select(Position.id).where(Position.name == name)):
        raise DomainError("A position named {name} already exists.", field="name", name=name)
    code = validate.text(code, "code", required=False, max_len=40) or f"position{_next(session)}"
    if session.scalar(select(Position.id).where(Position.code == code)):
        raise DomainError("A position with the code {code} already exists.", code=code)
    order = (session.scalar(select(func.max(Position.sort_order))) or 0) + 1
    position = Position(name=name, code=code, name_en=name_en.strip(), sort_order=order)
    session.add(position)
    session.flush()
    audit.record(session, operator, "create", "position", position.id, name)
    return position


def _next(session: Session) -> int:
    return (session.scalar(select(func.max(Position.id))) or 0) + 1


def rename(session: Session, position_id: int, name: str, operator: str = "") -> Position:
    position = validate.get(session, Position, position_id, "Position")
    name = validate.text(name, "name", max_len=80)
    clash = session.scalar(select(Position.id).where(Position.name == name))
    if clash is not None and clash != position_id:
        raise DomainError("A position named {name} already exists.", field="name", name=name)
    audit.record(session, operator, "update", "position", position.id, name, old=position.name)
    position.name = name
    return position


def retire(session: Session, position_id: int, operator: str = "") -> Position:
    """Hide a position from new assignments; refused while active staff hold it."""
    position = validate.get(session, Position, position_id, "Position")
    holders = session.scalar(
        select(func.count()).where(Staff.position_id == position_id, Staff.status != "departed")
    )
    if holders:
        raise DomainError(
            "{count} people still hold the position {name}.", count=holders, name=position.name
        )
    position.active = False
    audit.record(session, operator, "deactivate", "position", position.id, position.name)
    return position


def add_area(
    session: Session, position_id: int, title: str, operator: str = ""
) -> ResponsibilityArea:
    position = validate.get(session, Position, position_id, "Position")
    area = ResponsibilityArea(
        title=validate.text(title, "title", max_len=120), sort_order=len(position.areas) + 1
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
