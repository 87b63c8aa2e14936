"""export roster/training, roster import."""

from __future__ import annotations

import argparse

from . import common
from .common import ParserT


def register(commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]) -> None:
    roster = commands.add_parser("roster", help="import the staff roster from an HR workbook")
    common.db_options(roster, suppress=True)
    actions = roster.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    imp = actions.add_parser("import", help="create and update staff from a workbook")
    common.db_options(imp, suppress=True)
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument(
        "--only-valid",
        action="store_true",
        help="import the valid rows of a file that has problems",
    )
    roster.set_defaults(handler=_roster)


def export_parsers(kinds: argparse._SubParsersAction[ParserT]) -> None:
    roster = kinds.add_parser("roster", help="staff roster (員工名冊)")
    common.db_options(roster, suppress=True)
    roster.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    training = kinds.add_parser("training", help="training records")
    common.db_options(training, suppress=True)
    training.add_argument("--year", type=common.year, default=None)
    training.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")


def export(args: argparse.Namespace) -> None:
    from ops_desktop.core.services import settings

    with common.database(args) as db, db.transaction() as session:
        department = settings.department(session)
        if args.kind == "roster":
            from ops_desktop.exports.excel.roster import write_roster

            write_roster(session, args.output, department=department)
        else:
            from ops_desktop.exports.excel.training_records import write_training_records

            write_training_records(session, args.output, department=department, year=args.year)
    print(f"written: {args.output}")


def _roster(args: argparse.Namespace) -> int:
    from ops_desktop.exports.excel.reading import read_sent
    from ops_desktop.exports.excel.roster import import_roster

    sent = read_sent(args.file)  # parsed before the write lock is taken
    with common.database(args) as db, db.transaction() as session:
        report = import_roster(session, sent, common.operator(args), only_valid=args.only_valid)
    common.print_report(report)
    return 0 if report.applied else 1
