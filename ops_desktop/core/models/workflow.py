"""Workflow templates (chapter 三、工作流程) and runs of them: concrete pieces of work."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, Timestamps, Versioned

if TYPE_CHECKING:
    from .organisation import Position, Staff

RUN_STATUSES = ("active", "done", "cancelled")
APPROVAL_DECISIONS = ("approved", "rejected")


class WorkflowTemplate(Timestamps, Base):
    __tablename__ = "workflow_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    name_en: Mapped[str] = mapped_column(String(120), default="")
    is_event: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    stages: Mapped[list[WorkflowStage]] = relationship(
        back_populates="template", order_by="WorkflowStage.sort_order"
    )


class WorkflowStage(Versioned, Base):
    __tablename__ = "workflow_stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("workflow_templates.id", ondelete="RESTRICT"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(80))
    responsible_position_id: Mapped[int | None] = mapped_column(
        ForeignKey("positions.id", ondelete="RESTRICT")
    )
    # What the regulation asks for, e.g. 公司高層審批; NULL when the stage needs no approval.
    approval: Mapped[str | None] = mapped_column(String(120))
    approver_position_id: Mapped[int | None] = mapped_column(
        ForeignKey("positions.id", ondelete="RESTRICT")
    )
    approval_step: Mapped[int | None] = mapped_column(Integer)

    template: Mapped[WorkflowTemplate] = relationship(back_populates="stages")
    responsible_position: Mapped[Position | None] = relationship(
        "Position", foreign_keys=[responsible_position_id]
    )
    approver_position: Mapped[Position | None] = relationship(
        "Position", foreign_keys=[approver_position_id]
    )
    steps: Mapped[list[WorkflowStep]] = relationship(
        back_populates="stage", order_by="WorkflowStep.sort_order"
    )

    __table_args__ = (UniqueConstraint("template_id", "sort_order"),)


class WorkflowStep(Versioned, Base):
    __tablename__ = "workflow_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(
        ForeignKey("workflow_stages.id", ondelete="RESTRICT"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    stage: Mapped[WorkflowStage] = relationship(back_populates="steps")

    __table_args__ = (
        UniqueConstraint("stage_id", "sort_order"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    )


class WorkflowRun(Timestamps, Base):
    """A concrete piece of work following a template, e.g. 2026 年終促銷活動."""

    __tablename__ = "workflow_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("workflow_templates.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Event runs (活動運營): budget, actual spend and outcome figures.
    budget: Mapped[Decimal | None] = mapped_column(Money)
    spend: Mapped[Decimal | None] = mapped_column(Money)
    participants: Mapped[int | None] = mapped_column(Integer)
    interactions: Mapped[int | None] = mapped_column(Integer)
    reach: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    template: Mapped[WorkflowTemplate] = relationship()
    owner: Mapped[Staff | None] = relationship("Staff")
    completions: Mapped[list[StepCompletion]] = relationship(back_populates="run")
    approvals: Mapped[list[StageApproval]] = relationship(back_populates="run")
    attachments: Mapped[list[RunAttachment]] = relationship(back_populates="run")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("status IN ('active', 'done', 'cancelled')", name="status_valid"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget_not_negative"),
        CheckConstraint("spend IS NULL OR spend >= 0", name="spend_not_negative"),
        CheckConstraint(
            "due_date IS NULL OR start_date IS NULL OR due_date >= start_date",
            name="due_after_start",
        ),
    )


class StepCompletion(Base):
    __tablename__ = "step_completions"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("workflow_runs.id", ondelete="RESTRICT"))
    step_id: Mapped[int] = mapped_column(ForeignKey("workflow_steps.id", ondelete="RESTRICT"))
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    done_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    run: Mapped[WorkflowRun] = relationship(back_populates="completions")
    step: Mapped[WorkflowStep] = relationship()

    __table_args__ = (UniqueConstraint("run_id", "step_id"),)


class StageApproval(Base):
    __tablename__ = "stage_approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("workflow_runs.id", ondelete="RESTRICT"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("workflow_stages.id", ondelete="RESTRICT"))
    approver: Mapped[str] = mapped_column(String(80))
    decision: Mapped[str] = mapped_column(String(16), default="approved")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)

    run: Mapped[WorkflowRun] = relationship(back_populates="approvals")
    stage: Mapped[WorkflowStage] = relationship()

    __table_args__ = (
        CheckConstraint("decision IN ('approved', 'rejected')", name="decision_valid"),
        CheckConstraint("length(trim(approver)) > 0", name="approver_not_blank"),
    )


class RunAttachment(Base):
    __tablename__ = "run_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("workflow_runs.id", ondelete="RESTRICT"))
    path: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(200), default="")

    run: Mapped[WorkflowRun] = relationship(back_populates="attachments")
