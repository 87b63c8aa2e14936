"""Performance appraisal (chapter 四、績效考核): scheme, periods, scores and KPI figures.

The scheme holds every number the department may change in Settings: source and dimension
weights, grade bands with bonus coefficients and forced-distribution limits, KPI metrics and
thresholds. Scores are kept per period × person × source × evaluator × dimension.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, Score, Timestamps, Versioned, Weight

SOURCE_CODES = ("supervisor", "peer", "self", "data")
RATED_SOURCES = ("supervisor", "peer", "self")
PERIOD_KINDS = ("monthly", "annual")
PERIOD_STATUSES = ("open", "review", "locked")
COMMENT_LENGTH = 500  # an evaluator's comment on one person, as typed in a form's 評語 cell


def _weight_check(column: str = "weight") -> CheckConstraint:
    return CheckConstraint(f"{column} >= 0 AND {column} <= 100", name=f"{column}_range")


class AppraisalScheme(Versioned, Timestamps, Base):
    __tablename__ = "appraisal_schemes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    peer_drop_extremes: Mapped[bool] = mapped_column(Boolean, default=True)
    peer_drop_min_count: Mapped[int] = mapped_column(Integer, default=5)
    annual_min_months: Mapped[int] = mapped_column(Integer, default=6)
    training_threshold: Mapped[Decimal] = mapped_column(Score, default=Decimal("70"))

    sources: Mapped[list[SchemeSource]] = relationship(
        order_by="SchemeSource.sort_order", cascade="all, delete-orphan"
    )
    dimensions: Mapped[list[SchemeDimension]] = relationship(
        order_by="SchemeDimension.sort_order", cascade="all, delete-orphan"
    )
    grades: Mapped[list[GradeBand]] = relationship(
        order_by="GradeBand.sort_order", cascade="all, delete-orphan"
    )
    kpi_metrics: Mapped[list[KpiMetric]] = relationship(
        order_by="KpiMetric.sort_order", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("peer_drop_min_count >= 3", name="peer_drop_min_count_range"),
        CheckConstraint("annual_min_months BETWEEN 1 AND 12", name="annual_min_months_range"),
        _weight_check("training_threshold"),
    )


class SchemeSource(Base):
    """One of the four ways of appraisal (考核方式) with its weight in the total."""

    __tablename__ = "scheme_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("appraisal_schemes.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    weight: Mapped[Decimal] = mapped_column(Weight)
    sort_order: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("scheme_id", "code"),
        CheckConstraint("code IN ('supervisor', 'peer', 'self', 'data')", name="code_valid"),
        _weight_check(),
    )


class SchemeDimension(Base):
    """What is appraised (考核內容): 工作業績, 工作能力, 工作態度, each weighted."""

    __tablename__ = "scheme_dimensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("appraisal_schemes.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    weight: Mapped[Decimal] = mapped_column(Weight)
    sort_order: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("scheme_id", "code"), _weight_check())


class GradeBand(Base):
    __tablename__ = "grade_bands"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("appraisal_schemes.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    min_score: Mapped[Decimal] = mapped_column(Score)
    bonus_coefficient: Mapped[Decimal] = mapped_column(Numeric(4, 2, asdecimal=True))
    max_share: Mapped[Decimal | None] = mapped_column(Weight)
    sort_order: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("scheme_id", "name"),
        _weight_check("min_score"),
        CheckConstraint("bonus_coefficient >= 0", name="bonus_coefficient_not_negative"),
        CheckConstraint(
            "max_share IS NULL OR (max_share > 0 AND max_share <= 100)", name="max_share_range"
        ),
    )


class KpiMetric(Base):
    """A recorded business figure (業務指標完成率, 工作任務完成率) feeding the 數據分析 source."""

    __tablename__ = "kpi_metrics"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("appraisal_schemes.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80), default="")
    weight: Mapped[Decimal] = mapped_column(Weight)
    sort_order: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("scheme_id", "code"), _weight_check())


class AppraisalPeriod(Timestamps, Base):
    """A month (month 1–12) or a year (month 0). Opened, filled, reviewed, then locked."""

    __tablename__ = "appraisal_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer, default=0)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("appraisal_schemes.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    locked_by: Mapped[str | None] = mapped_column(String(80))

    scheme: Mapped[AppraisalScheme] = relationship()

    __table_args__ = (
        UniqueConstraint("year", "month"),
        CheckConstraint("status IN ('open', 'review', 'locked')", name="status_valid"),
        CheckConstraint(
            "(kind = 'monthly' AND month BETWEEN 1 AND 12) OR (kind = 'annual' AND month = 0)",
            name="kind_matches_month",
        ),
        CheckConstraint("year BETWEEN 2000 AND 2200", name="year_range"),
    )


class PeriodBonusBase(Base):
    """A member's base bonus as it was when the period was locked: a locked month's bonuses
    do not move when someone's base bonus changes later (only an unlock changes them)."""

    __tablename__ = "period_bonus_bases"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_periods.id", ondelete="RESTRICT"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True
    )
    base_bonus: Mapped[Decimal] = mapped_column(Money)

    __table_args__ = (CheckConstraint("base_bonus >= 0", name="base_bonus_not_negative"),)


class ScoreEntry(Timestamps, Base):
    """One evaluator's score of one person on one dimension, for a rated source.

    The evaluator is a member of staff, except for a supervisor score given by someone the
    program does not list (the department head's own superior, 公司高層): then
    ``evaluator_id`` is NULL and ``external_evaluator`` names them.
    """

    __tablename__ = "score_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_periods.id", ondelete="RESTRICT"), index=True
    )
    subject_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    source: Mapped[str] = mapped_column(String(16))
    evaluator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    external_evaluator: Mapped[str | None] = mapped_column(String(80))
    dimension_id: Mapped[int] = mapped_column(
        ForeignKey("scheme_dimensions.id", ondelete="RESTRICT")
    )
    score: Mapped[Decimal] = mapped_column(Score)

    __table_args__ = (
        UniqueConstraint("period_id", "subject_id", "source", "evaluator_id", "dimension_id"),
        Index(
            "uq_score_entries_external",
            "period_id",
            "subject_id",
            "dimension_id",
            unique=True,
            sqlite_where=text("evaluator_id IS NULL"),
            postgresql_where=text("evaluator_id IS NULL"),
        ),
        CheckConstraint("source IN ('supervisor', 'peer', 'self')", name="source_rated"),
        CheckConstraint("score >= 0 AND score <= 100", name="score_range"),
        CheckConstraint("score = round(score, 1)", name="score_one_decimal"),
        CheckConstraint(
            "(source = 'self' AND evaluator_id IS NOT NULL AND evaluator_id = subject_id)"
            " OR (source = 'peer' AND evaluator_id IS NOT NULL AND evaluator_id <> subject_id)"
            " OR (source = 'supervisor' AND ("
            "(evaluator_id IS NOT NULL AND evaluator_id <> subject_id)"
            " OR (evaluator_id IS NULL AND external_evaluator IS NOT NULL"
            " AND length(trim(external_evaluator)) > 0)))",
            name="evaluator_matches_source",
        ),
        CheckConstraint(
            "evaluator_id IS NULL OR external_evaluator IS NULL", name="one_kind_of_evaluator"
        ),
    )


class DataScore(Timestamps, Base):
    """The 數據分析 source: entered directly or computed from KPI figures."""

    __tablename__ = "data_scores"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_periods.id", ondelete="RESTRICT"), index=True
    )
    subject_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    score: Mapped[Decimal] = mapped_column(Score)
    method: Mapped[str] = mapped_column(String(16), default="entered")

    __table_args__ = (
        UniqueConstraint("period_id", "subject_id"),
        CheckConstraint("method IN ('entered', 'kpi')", name="method_valid"),
        CheckConstraint("score >= 0 AND score <= 100", name="score_range"),
        CheckConstraint("score = round(score, 1)", name="score_one_decimal"),
    )


class KpiFigure(Timestamps, Base):
    """A completion rate in percent (may exceed 100) for one person, metric and period."""

    __tablename__ = "kpi_figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_periods.id", ondelete="RESTRICT"), index=True
    )
    subject_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    metric_id: Mapped[int] = mapped_column(ForeignKey("kpi_metrics.id", ondelete="RESTRICT"))
    value: Mapped[Decimal] = mapped_column(Numeric(7, 2, asdecimal=True))

    __table_args__ = (
        UniqueConstraint("period_id", "subject_id", "metric_id"),
        CheckConstraint("value >= 0 AND value <= 1000", name="value_range"),
    )


class PeerAssignment(Base):
    """Who scores whom as a peer (同事評價) in a period."""

    __tablename__ = "peer_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_periods.id", ondelete="RESTRICT"), index=True
    )
    subject_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))

    __table_args__ = (
        UniqueConstraint("period_id", "subject_id", "evaluator_id"),
        CheckConstraint("subject_id <> evaluator_id", name="not_own_peer"),
    )


class ScoreComment(Timestamps, Base):
    """An evaluator's comment (評語) on one person for a rated source in a period: what they
    wrote in the 評語 column of their form. ``evaluator_id`` is NULL for a supervisor score
    given from outside the program, as on ``ScoreEntry``. No row: no comment."""

    __tablename__ = "score_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_periods.id", ondelete="RESTRICT"), index=True
    )
    subject_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    source: Mapped[str] = mapped_column(String(16))
    evaluator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    comment: Mapped[str] = mapped_column(String(COMMENT_LENGTH))

    __table_args__ = (
        UniqueConstraint("period_id", "subject_id", "source", "evaluator_id"),
        Index(
            "uq_score_comments_external",
            "period_id",
            "subject_id",
            "source",
            unique=True,
            sqlite_where=text("evaluator_id IS NULL"),
            postgresql_where=text("evaluator_id IS NULL"),
        ),
        CheckConstraint("source IN ('supervisor', 'peer', 'self')", name="source_rated"),
        CheckConstraint("length(comment) > 0", name="comment_not_empty"),
    )
