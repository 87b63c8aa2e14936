"""Appeals (績效申訴): an employee contests their result of a month or a year.

An appeal is filed by a deadline counted from the result letter's date (Settings: the days
to appeal); one filed after it is kept only with the reason it was accepted late. The
manager's decision (upheld / partly / rejected, with reasons) is recorded on the same row;
a decision never changes a score itself (see ``core/appraisal/appeals.py``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .appraisal import AppraisalPeriod
from .base import Base, Timestamps
from .organisation import Staff

DECISIONS = ("upheld", "partly", "rejected")
CONTESTED_SOURCES = ("supervisor", "peer", "self", "data")
TEXT_LENGTH = 1000  # a reason or a decision's reasons: a paragraph, as written on paper


class Appeal(Timestamps, Base):
    __tablename__ = "appeals"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_periods.id", ondelete="RESTRICT"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    filed_on: Mapped[dt.date] = mapped_column(Date)
    contested: Mapped[str] = mapped_column(String(500), default="")
    source: Mapped[str | None] = mapped_column(String(16))  # the contested source, if one
    dimension_id: Mapped[int | None] = mapped_column(
        ForeignKey("scheme_dimensions.id", ondelete="RESTRICT")
    )
    reason: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    letter_on: Mapped[dt.date] = mapped_column(Date)  # the result letter's date
    deadline: Mapped[dt.date] = mapped_column(Date)  # the last day it could be filed
    late_reason: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    decision: Mapped[str | None] = mapped_column(String(16))
    decision_reasons: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(80))

    period: Mapped[AppraisalPeriod] = relationship()
    staff: Mapped[Staff] = relationship()

    __table_args__ = (
        CheckConstraint(
            "decision IS NULL OR decision IN ('upheld', 'partly', 'rejected')",
            name="decision_valid",
        ),
        CheckConstraint(
            "source IS NULL OR source IN ('supervisor', 'peer', 'self', 'data')",
            name="source_valid",
        ),
        CheckConstraint("length(reason) > 0", name="reason_not_empty"),
        CheckConstraint("deadline >= letter_on", name="deadline_after_letter"),
        # The database keeps the rule too: a late appeal has the reason it was accepted.
        CheckConstraint(
            "filed_on <= deadline OR (late_reason IS NOT NULL AND length(late_reason) > 0)",
            name="late_has_reason",
        ),
        CheckConstraint(
            "(decision IS NULL AND decided_on IS NULL AND decided_by IS NULL"
            " AND decision_reasons IS NULL)"
            " OR (decision IS NOT NULL AND decided_on IS NOT NULL AND decided_by IS NOT NULL"
            " AND decision_reasons IS NOT NULL AND length(decision_reasons) > 0)",
            name="decided_whole",
        ),
    )
