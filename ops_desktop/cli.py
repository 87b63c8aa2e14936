"""The ``ops-desktop`` command. No arguments opens the window; sub-commands work without one.

Every refusal is one line on stderr and a non-zero exit; a traceback never reaches the user
(unexpected errors are written to a log file whose path is printed).
"""

from __future__ import annotations

import argparse
import re
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from ops_desktop import APP_NAME, __version__
from ops_desktop.core.errors import DomainError

EXIT_REFUSED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {APP_NAME} --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is negative")
    return value


def _month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month like 2026-10")
    return int(match.group(1)), int(match.group(2))


def _db_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="The Operations Department's regulation, "
        "records, appraisals and posters. Without a command: open the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _db_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="build a demo department in a new database")
    _db_options(demo, suppress=True)
    demo.add_argument("--staff", type=_positive, default=25, help="number of staff (25)")
    demo.add_argument(
        "--months", type=_positive, default=12, help="months of complete appraisal scores (12)"
    )
    demo.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    demo.add_argument(
        "--until",
        type=_month,
        default=None,
        metavar="YYYY-MM",
        help="last appraisal month (default: last month)",
    )

    info = commands.add_parser("info", help="row count of every table and the schema revision")
    _db_options(info, suppress=True)
    return parser


def _url(args: argparse.Namespace, *, must_exist: bool):  # type: ignore[no-untyped-def]
    from ops_desktop.db.location import resolve_url, sqlite_file

    url = resolve_url(args.db, args.database_url)
    path = sqlite_file(url)
    if must_exist and path is not None and not path.exists():
        raise DomainError("{path} does not exist.", path=str(path))
    return url


def _demo(args: argparse.Namespace) -> int:
    from ops_desktop.core.demo import build_demo
    from ops_desktop.db import open_database

    db = open_database(_url(args, must_exist=False))
    try:
        with db.transaction() as session:
            summary = build_demo(
                session, staff=args.staff, months=args.months, seed=args.seed, until=args.until
            )
    finally:
        db.close()
    print(
        f"Demo department written to {db.description}: {summary.staff} staff, "
        f"{summary.periods} months, {summary.score_entries} scores, "
        f"{summary.workflow_runs} workflow runs."
    )
    return 0


def _info(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from ops_desktop.core.models import Base
    from ops_desktop.db import open_database
    from ops_desktop.db.migrate import current_revision

    db = open_database(_url(args, must_exist=True))
    try:
        with db.engine.connect() as conn:
            print(f"database: {db.description}")
            print(f"schema revision: {current_revision(conn)}")
            for name, table in sorted(Base.metadata.tables.items()):
                count = conn.execute(select(func.count()).select_from(table)).scalar()
                print(f"{name}: {count}")
    finally:
        db.close()
    return 0


def _gui(args: argparse.Namespace) -> int:
    from ops_desktop.gui.app import run

    return run(_url(args, must_exist=False))


def _log_unexpected() -> Path | None:
    try:
        from platformdirs import user_log_path

        path = user_log_path(APP_NAME, appauthor=False) / "error.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            traceback.print_exc(file=fh)
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {"demo": _demo, "info": _info, None: _gui}[args.command]
    try:
        return handler(args)
    except DomainError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted; nothing was saved.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        log = _log_unexpected()
        where = f" (details in {log})" if log else ""
        print(f"{APP_NAME}: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return EXIT_REFUSED
