"""Declarative base, naming convention and column helpers shared by every model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, Numeric, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from ops_desktop.core.clock import utcnow

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


class Timestamps:
    """Creation and last-change times (UTC, naive) on records people edit."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )


class Versioned:
    """A record people edit in forms: every change of its row adds one to ``row_version``
    (SQLAlchemy's version counter), so a form that loaded version n can tell that someone
    else changed the record since (``core/services/freshness.py``). Staff and workflow runs
    had such a counter before this mixin, named ``version``."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # A mixin has no table of its own; the class it is mixed into has, when this runs.
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


__all__ = ["Base", "Decimal", "Money", "Score", "Timestamps", "Versioned", "Weight"]
