"""Acknowledgements (閱知確認) of an approved regulation version: who has read it and when.

The secretary records them from the signed sign-off sheet (簽收表) or imports the workbook HR
sends back. Acknowledgements are per version: a new version in force makes everyone due
again (``core/services/regulation_acks.py``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps
from .organisation import Staff
from .regulation import RegulationVersion

SOURCES = ("sheet", "workbook")  # the signed paper sheet, or the workbook HR sent back


class RegulationAcknowledgement(Timestamps, Base):
    __tablename__ = "regulation_acknowledgements"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("regulation_versions.id", ondelete="RESTRICT")
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    acknowledged_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16), default="sheet")
    recorded_by: Mapped[str] = mapped_column(String(80))

    version: Mapped[RegulationVersion] = relationship()
    staff: Mapped[Staff] = relationship()

    __table_args__ = (
        # one acknowledgement per person and version (its index also serves the version's list)
        UniqueConstraint("version_id", "staff_id"),
        CheckConstraint("source IN ('sheet', 'workbook')", name="source_valid"),
    )
