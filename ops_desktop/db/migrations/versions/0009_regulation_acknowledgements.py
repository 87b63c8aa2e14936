"""regulation acknowledgements (閱知確認): who has read an approved version, and when

Each row is one person's acknowledgement of one approved regulation version, recorded from
the signed sign-off sheet or imported from the workbook HR sends back. Older databases have
none: the table starts empty, and everyone is due for the version in force.

Revision ID: 0009_regulation_acknowledgements
Revises: 0008_appeals
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_regulation_acknowledgements"
down_revision: str | None = "0008_appeals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "regulation_acknowledgements"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
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
            "source IN ('sheet', 'workbook')",
            name=op.f("ck_regulation_acknowledgements_source_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_regulation_acknowledgements_staff_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["regulation_versions.id"],
            name=op.f("fk_regulation_acknowledgements_version_id_regulation_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regulation_acknowledgements")),
        sa.UniqueConstraint(
            "version_id",
            "staff_id",
            name=op.f("uq_regulation_acknowledgements_version_id_staff_id"),
        ),
    )
    op.create_index(
        op.f("ix_regulation_acknowledgements_staff_id"), TABLE, ["staff_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_regulation_acknowledgements_staff_id"), table_name=TABLE)
    op.drop_table(TABLE)
