"""row versions on every record edited in a form

Each record kind the window edits gets a ``row_version`` counter (SQLAlchemy's version
column), so that an edit based on a stale copy of the record can be refused. Existing rows
start at version 1.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "action_items",
    "appraisal_schemes",
    "development_plans",
    "duty_lines",
    "meetings",
    "positions",
    "regulation_chapters",
    "regulation_clauses",
    "regulation_sections",
    "responsibility_areas",
    "suggestions",
    "training_courses",
    "training_plans",
    "training_sessions",
    "workflow_stages",
    "workflow_steps",
)


def upgrade() -> None:
    for table in TABLES:
        # ADD COLUMN with a constant default: no table rebuild on SQLite or PostgreSQL.
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
