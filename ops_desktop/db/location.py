"""Which database to use: ``--database-url``, ``OPS_DESKTOP_DATABASE_URL``, ``--db PATH``, or
the default SQLite file in the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ops_desktop.core.errors import DomainError

ENV_URL = "OPS_DESKTOP_DATABASE_URL"
DEFAULT_FILE_NAME = "ops-desktop.sqlite3"


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("ops-desktop", appauthor=False) / DEFAULT_FILE_NAME


def sqlite_url(path: str | os.PathLike[str]) -> URL:
    return URL.create("sqlite+pysqlite", database=str(Path(path).expanduser().absolute()))


def resolve_url(db_path: str | None = None, database_url: str | None = None) -> URL:
    """The URL to open. An explicit argument wins over the environment, which wins over the
    default. Giving both ``db_path`` and ``database_url`` is refused."""
    if db_path and database_url:
        raise DomainError("Give either --db or --database-url, not both.")
    if db_path:
        return sqlite_url(db_path)
    text = database_url or os.environ.get(ENV_URL, "").strip()
    if text:
        try:
            url = make_url(text)
        except ArgumentError:
            raise DomainError("Not a database URL: {url}", url=text) from None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            url = url.set(database=str(Path(url.database).expanduser().absolute()))
        return url
    return sqlite_url(default_db_path())


def require_existing(path: Path) -> None:
    """Refuse a file that is not there where one is to be opened (not created)."""
    if not path.exists():
        raise DomainError("{path} does not exist.", path=str(path))


def chosen_file(path: str | os.PathLike[str], *, new: bool) -> URL:
    """The URL of a SQLite file the user chose in the window (File → Open or New): the checks
    of ``--db``. Open wants an existing file; New may name one that is not there yet. The
    file's kind and health are judged by ``open_database``, before its first connection:
    a file of another program, a damaged or an empty one is refused there for both."""
    url = sqlite_url(path)
    if not new:
        require_existing(Path(str(url.database)))
    return url


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL; ``None`` for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """A short text for titles and messages; never shows a password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)
