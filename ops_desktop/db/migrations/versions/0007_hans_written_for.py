"""the Traditional text each Simplified text of the regulation was written for

Editing a clause's Traditional text left its Simplified text as it was, with no word: the
Simplified poster printed the old clause. Each Simplified text (a clause's ``text_hans``, a
version's, chapter's or section's ``title_hans``) now keeps the Traditional text it was
written for (``*_hans_for``); when the Traditional text differs, the Simplified one is
outdated. Nothing tells which stored Simplified texts were written for an older wording:
they count as up to date (written for the Traditional text stored now).

Revision ID: 0007
Revises: 0006_score_comments
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006_score_comments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table → (the Traditional column, the Simplified column, the new column, its type)
COLUMNS = {
    "regulation_versions": ("title", "title_hans", "title_hans_for", sa.String(length=200)),
    "regulation_chapters": ("title", "title_hans", "title_hans_for", sa.String(length=200)),
    "regulation_sections": ("title", "title_hans", "title_hans_for", sa.String(length=200)),
    "regulation_clauses": ("text", "text_hans", "text_hans_for", sa.Text()),
}


def upgrade() -> None:
    for table, (own, hans, written_for, kind) in COLUMNS.items():
        op.add_column(table, sa.Column(written_for, kind, nullable=True))
        # row_version stays: no one's form is outdated by this (the text shown is the same)
        op.execute(f"UPDATE {table} SET {written_for} = {own} WHERE {hans} IS NOT NULL")


def downgrade() -> None:
    for table, (_own, _hans, written_for, _kind) in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            batch.drop_column(written_for)
