"""The ``ops-desktop`` command. No arguments opens the window; sub-commands work without one.

Every refusal is one line on stderr and a non-zero exit; a traceback never reaches the user
(unexpected errors go to the log, :mod:`ops_desktop.logs`, whose path is printed).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from ops_desktop import APP_NAME, __version__, logs
from ops_desktop.commands import (
    appeals,
    appraisal,
    common,
    printing,
    records,
    regulation,
    report,
    safety,
)
from ops_desktop.core.errors import DomainError

EXIT_REFUSED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {APP_NAME} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="The Operations Department's regulation, records, appraisals and posters. "
        "Without a command: open the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    common.db_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="build a demo department in a new database")
    common.db_options(demo, suppress=True)
    demo.add_argument("--staff", type=common.whole, default=25, help="number of staff (25)")
    demo.add_argument(
        "--months", type=common.whole, default=12, help="months of complete appraisal scores (12)"
    )
    demo.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    demo.add_argument(
        "--until",
        type=common.month,
        default=None,
        metavar="YYYY-MM",
        help="last appraisal month (default: last month)",
    )
    demo.set_defaults(handler=_demo)

    info = commands.add_parser("info", help="row count of every table and the schema revision")
    common.db_options(info, suppress=True)
    info.set_defaults(handler=_info)

    export = commands.add_parser("export", help="write an Excel workbook for HR")
    common.db_options(export, suppress=True)
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True, parser_class=_Parser)
    appraisal.export_parsers(kinds)
    records.export_parsers(kinds)
    export.set_defaults(handler=_export)
    appraisal.register(commands, _Parser)
    appeals.register(commands, _Parser)
    records.register(commands, _Parser)
    printing.register(commands, _Parser)
    regulation.register(commands, _Parser)
    report.register(commands, _Parser)
    safety.register(commands, _Parser)
    return parser


def _export(args: argparse.Namespace) -> int:
    if not appraisal.export(args):
        records.export(args)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from ops_desktop.core.demo import build_demo
    from ops_desktop.db import open_database

    db = open_database(common.url(args, must_exist=False))
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
    from ops_desktop.db.migrate import current_revision

    with common.database(args) as db, db.engine.connect() as conn:
        print(f"database: {db.description}")
        print(f"schema revision: {current_revision(conn)}")
        for name, table in sorted(Base.metadata.tables.items()):
            count = conn.execute(select(func.count()).select_from(table)).scalar()
            print(f"{name}: {count}")
    return 0


def _gui(args: argparse.Namespace) -> int:
    import logging

    from ops_desktop.gui.app import run

    code = run(common.url(args, must_exist=False), operator=getattr(args, "operator", None))
    # Everything is saved and closed by now. Leave without tearing Qt down object by object
    # in the interpreter's finalisation, where PySide can abort (seen once on quitting:
    # "bool_dealloc" while garbage-collecting at exit).
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:  # --help, --version, or a usage error already printed
        return int(done.code or 0)
    handler = getattr(args, "handler", _gui)
    try:
        return handler(args)
    except DomainError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # e.g. `ops-desktop period list | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted; nothing was saved.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        log = logs.unexpected(f"{APP_NAME} {args.command or 'window'} failed", exc)
        where = f" (details in {log})" if log else ""
        print(f"{APP_NAME}: unexpected error: {logs.describe(exc)}{where}", file=sys.stderr)
        return EXIT_REFUSED
