"""Training and development (chapter 五、培訓與發展)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, Score, Timestamps, Versioned

if TYPE_CHECKING:
    from .organisation import Position, Staff

CATEGORY_GROUPS = ("專業技能", "通用能力", "行業知識")
ATTENDANCE_STATES = ("registered", "attended", "absent", "excused")
PLAN_STATUSES = ("active", "achieved", "closed")


class TrainingCategory(Base):
    __tablename__ = "training_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    group: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class TrainingMethod(Base):
    __tablename__ = "training_methods"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class TrainingPlan(Versioned, Timestamps, Base):
    """The yearly training plan; courses belong to at most one plan."""

    __tablename__ = "training_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    budget: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingCourse(Versioned, Timestamps, Base):
    __tablename__ = "training_courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(
        ForeignKey("training_categories.id", ondelete="RESTRICT")
    )
    method_id: Mapped[int] = mapped_column(ForeignKey("training_methods.id", ondelete="RESTRICT"))
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_plans.id", ondelete="RESTRICT")
    )
    trainer: Mapped[str] = mapped_column(String(120), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 1, asdecimal=True))
    cost: Mapped[Decimal | None] = mapped_column(Money)
    description: Mapped[str] = mapped_column(Text, default="")

    category: Mapped[TrainingCategory] = relationship()
    method: Mapped[TrainingMethod] = relationship()
    plan: Mapped[TrainingPlan | None] = relationship()
    sessions: Mapped[list[TrainingSession]] = relationship(
        back_populates="course", order_by="TrainingSession.held_on"
    )

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours_not_negative"),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost_not_negative"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="end_after_start",
        ),
    )


class TrainingSession(Versioned, Base):
    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(
        ForeignKey("training_courses.id", ondelete="RESTRICT"), index=True
    )
    held_on: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(120), default="")
    hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 1, asdecimal=True))

    course: Mapped[TrainingCourse] = relationship(back_populates="sessions")
    attendance: Mapped[list[TrainingAttendance]] = relationship(back_populates="session")


class TrainingAttendance(Base):
    __tablename__ = "training_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="RESTRICT"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    state: Mapped[str] = mapped_column(String(16), default="registered")
    score: Mapped[Decimal | None] = mapped_column(Score)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[TrainingSession] = relationship(back_populates="attendance")
    staff: Mapped[Staff] = relationship("Staff")

    __table_args__ = (
        UniqueConstraint("session_id", "staff_id"),
        CheckConstraint(
            "state IN ('registered', 'attended', 'absent', 'excused')", name="state_valid"
        ),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
    )


class DevelopmentPlan(Versioned, Timestamps, Base):
    """An individual development plan (員工發展規劃)."""

    __tablename__ = "development_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    goals: Mapped[str] = mapped_column(Text)
    target_position_id: Mapped[int | None] = mapped_column(
        ForeignKey("positions.id", ondelete="RESTRICT")
    )
    rotation: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    next_review: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")

    staff: Mapped[Staff] = relationship("Staff")
    target_position: Mapped[Position | None] = relationship("Position")
    notes: Mapped[list[DevelopmentNote]] = relationship(
        back_populates="plan", order_by="DevelopmentNote.written_on"
    )

    __table_args__ = (
        CheckConstraint("status IN ('active', 'achieved', 'closed')", name="status_valid"),
        CheckConstraint("length(trim(goals)) > 0", name="goals_not_blank"),
    )


class DevelopmentNote(Base):
    __tablename__ = "development_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("development_plans.id", ondelete="RESTRICT"))
    written_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)

    plan: Mapped[DevelopmentPlan] = relationship(back_populates="notes")
