"""Declarative base, naming convention and column helpers shared by every model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import DateTime, MetaData, Numeric, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so that Alembic (batch mode on SQLite) can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A score: 0–100 with one decimal, kept exact. The column holds two decimals so that a value
# with more is refused by the CHECK (score = round(score, 1)), not silently rounded.
Score = Numeric(5, 2, asdecimal=True)
Weight = Numeric(5, 2, asdecimal=True)
Money = Numeric(12, 2, asdecimal=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Timestamps:
    """Creation and last-change times (UTC, naive) on records people edit."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )


__all__ = ["Base", "Decimal", "Money", "Score", "Timestamps", "Weight", "utcnow"]
