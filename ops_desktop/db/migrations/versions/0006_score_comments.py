"""evaluators' comments (評語) per period, person, source and evaluator

The evaluator forms had a 備註 column that was never read: what an evaluator wrote about a
person was lost on import. Comments are now kept, one per period × person × rated source ×
evaluator (none for a supervisor score given from outside the program), and a locked
period's comments are guarded by the database like its scores (``ops-locked-period``).
Older databases have no comments to carry over: the table starts empty.

Revision ID: 0006_score_comments
Revises: 0005
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_score_comments"
down_revision: str | None = "0006_staff_no_normalised"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "score_comments"
MESSAGE = "ops-locked-period"  # as 0004's triggers say it
_LOCKED = "(SELECT status FROM appraisal_periods WHERE id = {row}.period_id) = 'locked'"


def _create_table() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("evaluator_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.String(length=500), nullable=False),
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
            "source IN ('supervisor', 'peer', 'self')", name=op.f("ck_score_comments_source_rated")
        ),
        sa.CheckConstraint("length(comment) > 0", name=op.f("ck_score_comments_comment_not_empty")),
        sa.ForeignKeyConstraint(
            ["evaluator_id"],
            ["staff.id"],
            name=op.f("fk_score_comments_evaluator_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["appraisal_periods.id"],
            name=op.f("fk_score_comments_period_id_appraisal_periods"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["staff.id"],
            name=op.f("fk_score_comments_subject_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score_comments")),
        sa.UniqueConstraint(
            "period_id",
            "subject_id",
            "source",
            "evaluator_id",
            name=op.f("uq_score_comments_period_id_subject_id_source_evaluator_id"),
        ),
    )
    op.create_index(op.f("ix_score_comments_period_id"), TABLE, ["period_id"], unique=False)
    op.create_index(
        "uq_score_comments_external",
        TABLE,
        ["period_id", "subject_id", "source"],
        unique=True,
        sqlite_where=sa.text("evaluator_id IS NULL"),
        postgresql_where=sa.text("evaluator_id IS NULL"),
    )


def _guard_locked_periods() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(  # the function 0004 made for the other tables of a period
            f"CREATE TRIGGER locked_{TABLE} BEFORE INSERT OR UPDATE OR DELETE ON {TABLE} "
            f"FOR EACH ROW EXECUTE FUNCTION ops_refuse_locked_period()"
        )
        return
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        when = " OR ".join(_LOCKED.format(row=row) for row in rows)
        op.execute(
            f"CREATE TRIGGER locked_{TABLE}_{event.lower()} BEFORE {event} ON {TABLE} "
            f"FOR EACH ROW WHEN {when} "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )


def upgrade() -> None:
    _create_table()
    _guard_locked_periods()


def downgrade() -> None:
    op.drop_index("uq_score_comments_external", table_name=TABLE)
    op.drop_index(op.f("ix_score_comments_period_id"), table_name=TABLE)
    op.drop_table(TABLE)  # its triggers go with it
