"""Bring a database to the schema this program uses, safely.

* A new database is created by the migrations and filled with the default content in one
  transaction: it ends complete, or not at all.
* An older database is copied aside (SQLite online backup) before it is upgraded.
* A database from a newer program, or a foreign one, is refused and never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.orm import Session

from ops_desktop.core.errors import StorageError

from .guard import APPLICATION_ID
from .location import describe
from .schema import HEAD, KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _foreign_tables(conn: Connection) -> list[str]:
    return [t for t in inspect(conn).get_table_names() if t != "alembic_version"]


def backup_before_upgrade(engine: Engine, path: Path, revision: str) -> Path:
    """Copy the database aside through the engine's own connection (online backup API: a
    second connection to the live file would drop the engine's locks); returns the copy."""
    from .backup import backup_engine, unique_name

    target = unique_name(path.parent, f"{path.stem}.before-upgrade-from-{revision}", path.suffix)
    return backup_engine(engine, target)


@dataclass(frozen=True)
class Upgrade:
    """An older database brought to this program's schema: what it was, and (SQLite) where
    the copy of it as it was is kept."""

    from_revision: str
    to_revision: str
    copy: Path | None


def ensure_schema(engine: Engine, path: Path | None, *, seed: bool = True) -> Upgrade | None:
    """Create or upgrade the schema; returns what an upgrade did (None: nothing upgraded)."""
    with engine.connect() as conn:
        revision = current_revision(conn)
        foreign = _foreign_tables(conn) if revision is None else []
    if revision == HEAD:
        return None
    where = describe(engine.url)
    if revision is None and foreign:
        raise StorageError(
            "{where} already holds tables of another program; it is not an ops-desktop "
            "database and was left unchanged.",
            where=where,
        )
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StorageError(
            "{where} was written by a newer version of ops-desktop (schema {revision}). "
            "Install the newer version to open it; the file was left unchanged.",
            where=where,
            revision=revision,
        )
    copy = None
    if revision is not None and path is not None:
        copy = backup_before_upgrade(engine, path, revision)
    _upgrade(engine, fresh=revision is None, seed=seed)
    return None if revision is None else Upgrade(revision, HEAD, copy)


def _upgrade(engine: Engine, *, fresh: bool, seed: bool) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        if fresh:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            if seed:
                from ops_desktop.core.defaults import install_defaults

                with Session(bind=conn) as session:
                    install_defaults(session)
                    session.flush()
