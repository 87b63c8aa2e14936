"""The regulation text: versions → chapters → sections (nested) → clauses.

Headings are kept as the department wrote them (``一、總則``, ``1.目的``, ``運營經理``).
Each text exists in Traditional script (authoritative) and optionally Simplified; when the
Simplified text is missing it is derived by conversion when needed. A Simplified text keeps
the Traditional text it was written for (``*_hans_for``): when the Traditional text has
changed since, the Simplified one is outdated (``hans_outdated``) and the poster in
Simplified would print the old wording.

Clause text may contain placeholders bound to live settings, e.g. ``{{weight.supervisor}}``
(see ``ops_desktop.core.placeholders``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned

VERSION_STATUSES = ("draft", "approved")


class RegulationVersion(Timestamps, Base):
    __tablename__ = "regulation_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    title_hans: Mapped[str | None] = mapped_column(String(200))
    title_hans_for: Mapped[str | None] = mapped_column(String(200))  # see hans_outdated
    status: Mapped[str] = mapped_column(String(16), default="draft")
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(80))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("regulation_versions.id", ondelete="RESTRICT")
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    chapters: Mapped[list[RegulationChapter]] = relationship(
        back_populates="version",
        order_by="RegulationChapter.sort_order",
        cascade="all, delete-orphan",
    )

    __table_args__ = (
        UniqueConstraint("label"),
        CheckConstraint("status IN ('draft', 'approved')", name="status_valid"),
        CheckConstraint(
            "status <> 'approved' OR (effective_date IS NOT NULL AND approved_by IS NOT NULL)",
            name="approved_has_date_and_approver",
        ),
    )


class RegulationChapter(Versioned, Base):
    __tablename__ = "regulation_chapters"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("regulation_versions.id", ondelete="CASCADE")
    )
    sort_order: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    title_hans: Mapped[str | None] = mapped_column(String(200))
    title_hans_for: Mapped[str | None] = mapped_column(String(200))

    version: Mapped[RegulationVersion] = relationship(back_populates="chapters")
    # Every section of the chapter, at any depth; the tree is parent/children.
    sections: Mapped[list[RegulationSection]] = relationship(
        back_populates="chapter",
        order_by="RegulationSection.sort_order",
        cascade="all, delete-orphan",
    )

    __table_args__ = (UniqueConstraint("version_id", "sort_order"),)


class RegulationSection(Versioned, Base):
    """A heading inside a chapter; ``parent_id`` nests sub-sections (運營經理 → 1.部門管理)."""

    __tablename__ = "regulation_sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    chapter_id: Mapped[int] = mapped_column(
        ForeignKey("regulation_chapters.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("regulation_sections.id", ondelete="CASCADE"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    title_hans: Mapped[str | None] = mapped_column(String(200))
    title_hans_for: Mapped[str | None] = mapped_column(String(200))

    chapter: Mapped[RegulationChapter] = relationship(back_populates="sections")
    parent: Mapped[RegulationSection | None] = relationship(
        back_populates="children", remote_side=[id]
    )
    children: Mapped[list[RegulationSection]] = relationship(
        back_populates="parent", order_by="RegulationSection.sort_order"
    )
    clauses: Mapped[list[RegulationClause]] = relationship(
        back_populates="section",
        order_by="RegulationClause.sort_order",
        cascade="all, delete-orphan",
    )


class RegulationClause(Versioned, Base):
    __tablename__ = "regulation_clauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("regulation_sections.id", ondelete="CASCADE"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="item")
    text: Mapped[str] = mapped_column(Text)
    text_hans: Mapped[str | None] = mapped_column(Text)
    text_hans_for: Mapped[str | None] = mapped_column(Text)

    section: Mapped[RegulationSection] = relationship(back_populates="clauses")

    __table_args__ = (
        UniqueConstraint("section_id", "sort_order"),
        CheckConstraint("kind IN ('paragraph', 'item')", name="kind_valid"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    )


def hans_outdated(text: str, hans: str | None, written_for: str | None) -> bool:
    """A Simplified text written for another Traditional text than the one stored now (no
    Simplified text is never outdated: it is converted when needed)."""
    return hans is not None and written_for is not None and written_for != text


def _written_for_its_own_text(_mapper: Any, _connection: Any, row: Any) -> None:
    """A part stored with a Simplified text and no word of what it was written for (a new
    part, the default regulation) has it written for its Traditional text. A copy says so
    itself (a new draft, an undone deletion): it keeps its state."""
    for own, hans, written_for in (
        ("text", "text_hans", "text_hans_for"),
        ("title", "title_hans", "title_hans_for"),
    ):
        if hasattr(row, written_for):
            if getattr(row, hans) is None:
                setattr(row, written_for, None)
            elif getattr(row, written_for) is None:
                setattr(row, written_for, getattr(row, own))


for _model in (RegulationVersion, RegulationChapter, RegulationSection, RegulationClause):
    event.listen(_model, "before_insert", _written_for_its_own_text)


class ApprovedScheme(Base):
    """The appraisal scheme version a regulation version was approved with, written by the
    approval: the approved text's placeholders (the weights of 4.4) are filled from it for
    ever, and the scheme version is never changed while this row holds it (a change of the
    weights makes a new one)."""

    __tablename__ = "regulation_version_schemes"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("regulation_versions.id", ondelete="RESTRICT"), primary_key=True
    )
    scheme_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_schemes.id", ondelete="RESTRICT"), index=True
    )
