"""Shared fixtures. Qt runs offscreen; every test gets its own database file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from ops_desktop.db import Database, open_database  # noqa: E402
from ops_desktop.db.location import sqlite_url  # noqa: E402


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created database (migrated, default content), made once per test run."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(sqlite_url(path)).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    """The path of a new database with the default content, private to the test."""
    path = tmp_path / "ops.sqlite3"
    shutil.copyfile(_template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(db_path))
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ops_desktop.core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(sqlite_url(path))
    with database.transaction() as session:
        build_demo(session, staff=25, months=12, seed=1, until=(2026, 10))
    database.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, _demo_template: Path) -> Iterator[Database]:
    """A private copy of the 25-person, 12-month demo department (until 2026-10, seed 1)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.close()
