"""Shared fixtures. Qt runs offscreen; every test gets its own database.

With ``OPS_TEST_DATABASE_URL`` set to a PostgreSQL server (e.g.
``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``), ``db`` and ``demo_db`` are
private PostgreSQL databases made from templates, and tests about SQLite files skip.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

# Offscreen, on a 1920×1080 screen like the secretary's (the default offscreen screen is
# 800×800, smaller than the main window's minimum size), whatever the environment says: a
# QT_QPA_PLATFORM already set (offscreen without the screen, or a display) would change
# window sizes and make tests depend on how the suite was started.
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

# The program's one clock (ops_desktop/core/clock.py) starts at the same chosen time in
# every test, never at the real date: the demo department's present (its last appraisal
# month is 2026-10). The environment carries it to the program instances that tests start.
# A test about another day sets its own with the ``clock_at`` fixture.
TEST_NOW = "2026-11-16T10:00:00"
os.environ["OPS_DESKTOP_CLOCK"] = TEST_NOW

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from ops_desktop.core import clock  # noqa: E402
from ops_desktop.db import Database, open_database  # noqa: E402
from ops_desktop.db.location import sqlite_url  # noqa: E402

SERVER_URL = os.environ.get("OPS_TEST_DATABASE_URL", "").strip()
SQLITE_ONLY = "a test of SQLite files (the suite runs against PostgreSQL)"


def _build_demo(database: Database) -> None:
    from ops_desktop.core.demo import build_demo

    with database.transaction() as session:
        build_demo(session, staff=25, months=12, seed=1, until=(2026, 10))


@pytest.fixture(autouse=True)
def _test_clock() -> Iterator[None]:
    clock.set_time(clock.parse(TEST_NOW))
    yield
    clock.set_time(clock.parse(TEST_NOW))


@pytest.fixture
def clock_at(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``clock_at("2028-02-29T23:59:00", running=False)`` sets the program's clock, in this
    process and in the program instances the test starts afterwards."""

    def set_to(text: str, *, running: bool = True) -> None:
        clock.set_time(clock.parse(text), running=running)
        monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, text)

    return set_to


class _Server:
    """Databases on the PostgreSQL test server, copied from templates (fast)."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.run = uuid.uuid4().hex[:8]

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def create(self, name: str, template: str | None = None) -> str:
        suffix = f" TEMPLATE {template}" if template else ""
        self._execute(f'CREATE DATABASE "{name}"{suffix}')
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def template(self, kind: str, fill) -> str:  # type: ignore[no-untyped-def]
        name = f"ops_tpl_{kind}_{self.run}"
        database = open_database(self.create(name))
        if fill:
            fill(database)
        database.close()
        return name


@pytest.fixture(scope="session")
def _server() -> Iterator[_Server | None]:
    if not SERVER_URL:
        yield None
        return
    server = _Server(SERVER_URL)
    yield server
    with server.admin.connect() as conn:
        names = (
            conn.execute(
                text(f"SELECT datname FROM pg_database WHERE datname LIKE 'ops_%{server.run}%'")
            )
            .scalars()
            .all()
        )
    for name in names:
        server.drop(name)
    server.admin.dispose()


@pytest.fixture(scope="session")
def _pg_templates(_server: _Server | None) -> dict[str, str]:
    if _server is None:
        return {}
    return {"fresh": _server.template("fresh", None), "demo": _server.template("demo", _build_demo)}


def _pg_database(server: _Server, template: str) -> Iterator[Database]:
    name = f"ops_t_{uuid.uuid4().hex[:10]}_{server.run}"
    database = open_database(server.create(name, template))
    yield database
    database.close()
    server.drop(name)


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created database (migrated, default content), made once per test run."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(sqlite_url(path)).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    """The path of a new SQLite database with the default content, private to the test."""
    if SERVER_URL:
        pytest.skip(SQLITE_ONLY)
    path = tmp_path / "ops.sqlite3"
    shutil.copyfile(_template_db, path)
    return path


@pytest.fixture
def db(
    tmp_path: Path,
    _server: _Server | None,
    _pg_templates: dict[str, str],
    request: pytest.FixtureRequest,
) -> Iterator[Database]:
    """A new database with the default content (SQLite file, or PostgreSQL database)."""
    if _server is not None:
        yield from _pg_database(_server, _pg_templates["fresh"])
        return
    path = request.getfixturevalue("db_path")
    database = open_database(sqlite_url(path))
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if SERVER_URL:
        pytest.skip(SQLITE_ONLY)
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(sqlite_url(path))
    _build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_db(
    tmp_path: Path,
    _server: _Server | None,
    _pg_templates: dict[str, str],
    request: pytest.FixtureRequest,
) -> Iterator[Database]:
    """A private copy of the 25-person, 12-month demo department (until 2026-10, seed 1)."""
    if _server is not None:
        yield from _pg_database(_server, _pg_templates["demo"])
        return
    template = request.getfixturevalue("_demo_template")
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.close()


@pytest.fixture
def back_to():  # type: ignore[no-untyped-def]
    """``back_to(db, revision)`` turns a database at the head into the one an older program
    left (0009 added the table regulation_acknowledgements, 0008 the table appeals, 0007
    the regulation's ``*_hans_for`` columns, 0006_score_comments the table score_comments,
    0006_staff_no_normalised normalised the staff numbers (data only), 0005 the table
    regulation_version_schemes, 0004 the locked-period triggers, 0003 the table
    period_bonus_bases, 0002 the row_version columns); returns the row counts of the tables
    that lose a column."""

    def turn(db: Database, revision: str) -> dict[str, int]:
        from sqlalchemy import text

        from ops_desktop.core.models import Base

        tables = sorted(t.name for t in Base.metadata.sorted_tables if "row_version" in t.c)
        with db.engine.begin() as conn:
            counts = {
                t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables
            }
            if revision < "0009":
                conn.execute(text("DROP TABLE regulation_acknowledgements"))
            if revision < "0008":
                conn.execute(text("DROP TABLE appeals"))
            if revision < "0007":
                for table, column in (
                    ("regulation_versions", "title_hans_for"),
                    ("regulation_chapters", "title_hans_for"),
                    ("regulation_sections", "title_hans_for"),
                    ("regulation_clauses", "text_hans_for"),
                ):
                    conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
            if revision < "0006":
                conn.execute(text("DROP TABLE score_comments"))  # its triggers go with it
            if revision < "0005":
                conn.execute(text("DROP TABLE regulation_version_schemes"))
            if revision < "0004":  # the triggers guarding locked periods
                if conn.dialect.name == "postgresql":
                    conn.execute(text("DROP FUNCTION ops_refuse_locked_period() CASCADE"))
                else:
                    names = conn.execute(
                        text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                    ).scalars()
                    for name in list(names):
                        conn.execute(text(f"DROP TRIGGER {name}"))
            if revision < "0003":
                conn.execute(text("DROP TABLE period_bonus_bases"))
            if revision == "0001":
                for table in tables:
                    conn.execute(text(f"ALTER TABLE {table} DROP COLUMN row_version"))
            conn.execute(text(f"UPDATE alembic_version SET version_num = '{revision}'"))
        return counts

    return turn


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``@pytest.mark.sqlite_only`` tests (files, PRAGMAs, backups) skip on PostgreSQL."""
    if not SERVER_URL:
        return
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason=SQLITE_ONLY))
