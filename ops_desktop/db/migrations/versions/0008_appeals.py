"""appeals (績效申訴) against a month's or a year's result

An employee may contest their result within the days Settings give from the result letter's
date; the manager decides. Each appeal is a row of ``appeals``, with the deadline it was
judged against and, when filed late, the reason it was accepted. Appeals are filed after a
period is locked: unlike the scores, they are not guarded by the locked-period triggers.
Older databases have no appeals: the table starts empty.

Revision ID: 0008_appeals
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_appeals"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "appeals"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("contested", sa.String(length=500), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=True),
        sa.Column("dimension_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("letter_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("late_reason", sa.String(length=1000), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("decision_reasons", sa.String(length=1000), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "decision IS NULL OR decision IN ('upheld', 'partly', 'rejected')",
            name=op.f("ck_appeals_decision_valid"),
        ),
        sa.CheckConstraint(
            "source IS NULL OR source IN ('supervisor', 'peer', 'self', 'data')",
            name=op.f("ck_appeals_source_valid"),
        ),
        sa.CheckConstraint("length(reason) > 0", name=op.f("ck_appeals_reason_not_empty")),
        sa.CheckConstraint("deadline >= letter_on", name=op.f("ck_appeals_deadline_after_letter")),
        sa.CheckConstraint(
            "filed_on <= deadline OR (late_reason IS NOT NULL AND length(late_reason) > 0)",
            name=op.f("ck_appeals_late_has_reason"),
        ),
        sa.CheckConstraint(
            "(decision IS NULL AND decided_on IS NULL AND decided_by IS NULL"
            " AND decision_reasons IS NULL)"
            " OR (decision IS NOT NULL AND decided_on IS NOT NULL AND decided_by IS NOT NULL"
            " AND decision_reasons IS NOT NULL AND length(decision_reasons) > 0)",
            name=op.f("ck_appeals_decided_whole"),
        ),
        sa.ForeignKeyConstraint(
            ["dimension_id"],
            ["scheme_dimensions.id"],
            name=op.f("fk_appeals_dimension_id_scheme_dimensions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["appraisal_periods.id"],
            name=op.f("fk_appeals_period_id_appraisal_periods"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_appeals_staff_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeals")),
    )
    op.create_index(op.f("ix_appeals_period_id"), TABLE, ["period_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_appeals_period_id"), table_name=TABLE)
    op.drop_table(TABLE)
