"""base bonuses kept with each locked period

A locked month's bonuses used each person's current base bonus, so a later raise changed a
locked month. Locking now keeps every member's base bonus with the period. Periods already
locked keep the base bonuses of today (the best that is known) for the people scored in them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "period_bonus_bases",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("base_bonus", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.CheckConstraint(
            "base_bonus >= 0", name=op.f("ck_period_bonus_bases_base_bonus_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["appraisal_periods.id"],
            name=op.f("fk_period_bonus_bases_period_id_appraisal_periods"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_period_bonus_bases_staff_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("period_id", "staff_id", name=op.f("pk_period_bonus_bases")),
    )
    op.execute(
        """
        INSERT INTO period_bonus_bases (period_id, staff_id, base_bonus)
        SELECT p.id, s.id, s.base_bonus
        FROM appraisal_periods p, staff s
        WHERE p.status = 'locked'
          AND (EXISTS (SELECT 1 FROM score_entries e
                       WHERE e.period_id = p.id AND e.subject_id = s.id)
               OR EXISTS (SELECT 1 FROM data_scores d
                          WHERE d.period_id = p.id AND d.subject_id = s.id))
        """
    )


def downgrade() -> None:
    op.drop_table("period_bonus_bases")
