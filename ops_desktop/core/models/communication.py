"""Communication (chapter 六、溝通與協作): weekly meetings with action items, suggestion box."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned

if TYPE_CHECKING:
    from .organisation import Staff

ACTION_STATUSES = ("open", "done", "dropped")
SUGGESTION_STATUSES = ("new", "in_progress", "answered")  # 新建 → 處理中 → 已回覆


class Meeting(Versioned, Timestamps, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    last_week_summary: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")

    chair: Mapped[Staff | None] = relationship("Staff")
    attendees: Mapped[list[MeetingAttendee]] = relationship(back_populates="meeting")
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", order_by="ActionItem.id"
    )

    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),)


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    staff: Mapped[Staff] = relationship("Staff")

    __table_args__ = (UniqueConstraint("meeting_id", "staff_id"),)


class ActionItem(Versioned, Timestamps, Base):
    """A task set at a meeting; while open it is carried over to every later meeting."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")
    owner: Mapped[Staff | None] = relationship("Staff")

    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="status_valid"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        CheckConstraint("(status = 'open') = (closed_on IS NULL)", name="closed_on_matches"),
    )


class Suggestion(Versioned, Timestamps, Base):
    """The suggestion box (意見箱): named or anonymous."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    submitted_on: Mapped[dt.date] = mapped_column(Date, index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    category: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="new")
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_by: Mapped[str | None] = mapped_column(String(80))
    replied_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    author: Mapped[Staff | None] = relationship("Staff")

    __table_args__ = (
        CheckConstraint("status IN ('new', 'in_progress', 'answered')", name="status_valid"),
        CheckConstraint("NOT anonymous OR author_id IS NULL", name="anonymous_has_no_author"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(
            "status <> 'answered' OR length(trim(reply)) > 0", name="answered_has_reply"
        ),
    )
