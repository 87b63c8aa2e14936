"""a locked period's scores are guarded by the database itself

The program refused changes to a locked month, but only in its services: a second desk's
import that began before the lock, or any direct UPDATE, still changed locked scores. Triggers
now refuse every insert, update and delete of a locked period's score entries, data-analysis
scores, KPI figures, peer assignments and kept base bonuses, on SQLite and PostgreSQL alike,
with the message ``ops-locked-period`` (``Database.transaction`` words it for the user).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("score_entries", "data_scores", "kpi_figures", "peer_assignments", "period_bonus_bases")
MESSAGE = "ops-locked-period"
_LOCKED = "(SELECT status FROM appraisal_periods WHERE id = {row}.period_id) = 'locked'"


def _sqlite_upgrade() -> None:
    for table in TABLES:
        for event, rows in (
            ("INSERT", ("NEW",)),
            ("UPDATE", ("OLD", "NEW")),
            ("DELETE", ("OLD",)),
        ):
            when = " OR ".join(_LOCKED.format(row=row) for row in rows)
            op.execute(
                f"CREATE TRIGGER locked_{table}_{event.lower()} BEFORE {event} ON {table} "
                f"FOR EACH ROW WHEN {when} "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )


def _postgresql_upgrade() -> None:
    op.execute(f"""
        CREATE FUNCTION ops_refuse_locked_period() RETURNS trigger AS $$
        BEGIN
            IF (TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (
                    SELECT 1 FROM appraisal_periods
                    WHERE id = OLD.period_id AND status = 'locked'))
               OR (TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (
                    SELECT 1 FROM appraisal_periods
                    WHERE id = NEW.period_id AND status = 'locked')) THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END
        $$ LANGUAGE plpgsql
    """)
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER locked_{table} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION ops_refuse_locked_period()"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER locked_{table} ON {table}")
        op.execute("DROP FUNCTION ops_refuse_locked_period()")
        return
    for table in TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER locked_{table}_{event}")
