"""the appraisal scheme each approved regulation version was approved with

An approved regulation version filled its placeholders (the weights of 4.4) from the active
scheme, so saving new weights changed what an approved version printed, under its old
approver. Approving now keeps the scheme version of the approval with the regulation
version, and that scheme version is never changed afterwards.

Versions approved before this upgrade get the scheme version that was current when they
were approved: the newest one created before the approval (its time from the audit log's
``approve`` entry, else from the version's last change, which is its approval: an approved
version is read-only); if none is that old, the active one. A scheme version edited in place
after the approval (the old program did that when no locked month used it) shows its later
numbers: those at the approval were not kept apart from them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "regulation_version_schemes",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["appraisal_schemes.id"],
            name=op.f("fk_regulation_version_schemes_scheme_id_appraisal_schemes"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["regulation_versions.id"],
            name=op.f("fk_regulation_version_schemes_version_id_regulation_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("version_id", name=op.f("pk_regulation_version_schemes")),
    )
    op.create_index(
        op.f("ix_regulation_version_schemes_scheme_id"),
        "regulation_version_schemes",
        ["scheme_id"],
        unique=False,
    )
    op.execute(
        """
        INSERT INTO regulation_version_schemes (version_id, scheme_id)
        SELECT v.id, COALESCE(
            (SELECT max(s.id) FROM appraisal_schemes s
             WHERE s.created_at <= COALESCE(
                 (SELECT max(a.at) FROM audit_log a
                  WHERE a.action = 'approve' AND a.entity = 'regulation_version'
                    AND a.entity_id = v.id),
                 v.updated_at)),
            (SELECT max(s.id) FROM appraisal_schemes s WHERE s.active),
            (SELECT max(s.id) FROM appraisal_schemes s))
        FROM regulation_versions v
        WHERE v.status = 'approved'
        """
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_regulation_version_schemes_scheme_id"), table_name="regulation_version_schemes"
    )
    op.drop_table("regulation_version_schemes")
