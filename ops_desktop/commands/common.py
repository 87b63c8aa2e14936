"""What every sub-command shares: argument types, database options, opening the database."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

from ops_desktop.core.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from ops_desktop.db import Database
    from ops_desktop.exports.excel.reading import ImportReport

# The parser class the command line builds its sub-commands with (cli._Parser).
ParserT = TypeVar("ParserT", bound=argparse.ArgumentParser)


def month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month like 2026-10")
    return int(match.group(1)), int(match.group(2))


def period(text: str) -> tuple[int, int]:
    """YYYY-MM for a month, YYYY for a year (month 0)."""
    if re.fullmatch(r"\d{4}", text.strip()):
        return int(text), 0
    return month(text)


def year(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like 2026")
    return int(text)


def whole(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is negative")
    return value


def metres(text: str) -> float:
    """A reading distance: 0.3 to 20 metres."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a distance in metres") from None
    if not 0.3 <= value <= 20:
        raise argparse.ArgumentTypeError(f"{text} m: give a distance from 0.3 to 20 metres")
    return value


def staff_number(text: str) -> str:
    """A staff number as the staff list spells it (``op0002`` is OP0002)."""
    from ops_desktop.core.services.staff_numbers import normalise

    number = normalise(text)
    if not number:
        raise argparse.ArgumentTypeError(f"'{text}' is not a staff number")
    return number


def operator_name(text: str) -> str:
    """The name the audit log will keep, refused here rather than at the first change."""
    from ops_desktop.core.services.audit import operator_name

    try:
        return operator_name(text)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def db_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """--db / --database-url / --operator, accepted before or after the command."""
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the SQLite database file (default: in the user data directory)",
    )
    group.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="any SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db "
        "(also from OPS_DESKTOP_DATABASE_URL)",
    )
    parser.add_argument(
        "--operator",
        metavar="NAME",
        type=operator_name,
        default=default,
        help="who is making the changes, for the audit log",
    )


def url(args: argparse.Namespace, *, must_exist: bool = True) -> URL:
    from ops_desktop.db.location import require_existing, resolve_url, sqlite_file

    resolved = resolve_url(args.db, args.database_url)
    path = sqlite_file(resolved)
    if must_exist and path is not None:
        require_existing(path)
    return resolved


@contextlib.contextmanager
def database(args: argparse.Namespace, *, must_exist: bool = True) -> Iterator[Database]:
    from ops_desktop.db import open_database

    db = open_database(url(args, must_exist=must_exist))
    if db.upgraded is not None:
        done = db.upgraded
        kept = f"; the database as it was is kept at {done.copy}" if done.copy else ""
        print(
            f"ops-desktop: {db.description} was brought up to date "
            f"(schema {done.from_revision} → {done.to_revision}){kept}",
            file=sys.stderr,
        )
    try:
        yield db
    finally:
        db.close()


def operator(args: argparse.Namespace) -> str:
    return getattr(args, "operator", None) or "secretary"


def print_report(report: ImportReport) -> None:
    """An import's outcome, printed after its transaction has ended: the summary on stdout
    when the file was imported (its skipped rows on stderr), everything on stderr when it
    was refused."""
    out = sys.stdout if report.applied else sys.stderr
    print(report.summary(), file=out)
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
