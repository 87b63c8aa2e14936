"""Alembic environment. Run from code (``ops_desktop.db.migrate``), never from a CLI config."""

from alembic import context
from sqlalchemy import Connection, create_engine

from ops_desktop.core.models import Base

target_metadata = Base.metadata
config = context.config


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )


connection = config.attributes.get("connection")
if connection is not None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
else:  # e.g. `alembic revision --autogenerate` during development with a URL in the config
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("Give Alembic a connection, or sqlalchemy.url in its config.")
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
