"""Staff, positions and their responsibility areas and duty lines (chapter 二、崗位職責)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, Timestamps, Versioned

STAFF_STATUSES = ("active", "leave", "departed")  # 在職 / 休假 / 離職


class Position(Versioned, Timestamps, Base):
    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    name_en: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    areas: Mapped[list[ResponsibilityArea]] = relationship(
        back_populates="position",
        order_by="ResponsibilityArea.sort_order",
        cascade="all, delete-orphan",
    )

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class ResponsibilityArea(Versioned, Base):
    """A numbered heading under a position, e.g. 運營經理 / 1.部門管理."""

    __tablename__ = "responsibility_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"))
    sort_order: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(120))

    position: Mapped[Position] = relationship(back_populates="areas")
    duties: Mapped[list[DutyLine]] = relationship(
        back_populates="area", order_by="DutyLine.sort_order", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("position_id", "sort_order"),)


class DutyLine(Versioned, Base):
    __tablename__ = "duty_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("responsibility_areas.id", ondelete="CASCADE"))
    sort_order: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    area: Mapped[ResponsibilityArea] = relationship(back_populates="duties")

    __table_args__ = (
        UniqueConstraint("area_id", "sort_order"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    )


class Staff(Timestamps, Base):
    """A member of the department. Never deleted: a departed person is marked 'departed'."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    position_id: Mapped[int | None] = mapped_column(
        ForeignKey("positions.id", ondelete="RESTRICT"), index=True
    )
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), index=True
    )
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    departed_on: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    base_bonus: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    position: Mapped[Position | None] = relationship()
    supervisor: Mapped[Staff | None] = relationship(remote_side=[id])

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("status IN ('active', 'leave', 'departed')", name="status_valid"),
        CheckConstraint("length(trim(staff_no)) > 0", name="staff_no_not_blank"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("supervisor_id IS NULL OR supervisor_id <> id", name="not_own_supervisor"),
        CheckConstraint("base_bonus >= 0", name="base_bonus_not_negative"),
    )
