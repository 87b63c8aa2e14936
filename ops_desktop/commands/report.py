"""report calibration: the raters' calibration report (考核校準報告) as A4 PDF or XLSX."""

from __future__ import annotations

import argparse

from . import common
from .common import ParserT


def register(commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]) -> None:
    report = commands.add_parser("report", help="reports for the manager's review: calibration")
    common.db_options(report, suppress=True)
    kinds = report.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=parser_class
    )
    calibration = kinds.add_parser(
        "calibration",
        help="rater calibration (考核校準): each evaluator's mean, spread, z-score, share of "
        "the top grade and flags, the peers' agreement, the grade distribution",
    )
    common.db_options(calibration, suppress=True)
    when = calibration.add_mutually_exclusive_group(required=True)
    when.add_argument("--period", type=common.month, metavar="YYYY-MM", help="a month")
    when.add_argument("--year", type=common.year, metavar="YYYY", help="a year's months")
    calibration.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx", help="A4 PDF or workbook"
    )
    calibration.add_argument(
        "--script",
        choices=("hant", "hans"),
        default="hant",
        help="the PDF in Traditional (hant) or Simplified (hans) Chinese",
    )
    report.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    from ops_desktop.core.appraisal import calibration
    from ops_desktop.core.outputs import pdf_or_xlsx
    from ops_desktop.core.services import settings

    target = pdf_or_xlsx(args.output)  # refused before anything is read or written
    kind = target.suffix.lower()
    with common.database(args) as db, db.transaction() as session:
        if args.year is not None:
            found = calibration.annual(session, args.year)
        else:
            found = calibration.monthly(session, *args.period)
        department = settings.department(session)
    if kind == ".pdf":
        from ops_desktop.exports.pdf.calibration import write_calibration_pdf

        pages = write_calibration_pdf(found, target, department=department, script=args.script)
        done = f"{pages} page(s)"
    else:
        from ops_desktop.exports.excel.calibration_sheet import write_calibration_sheet

        write_calibration_sheet(found, target, department=department)
        done = "4 sheets"
    flagged = ", ".join(
        f"{r.label} ({'lenient' if r.lenient else 'severe'})" for r in found.flagged
    )
    print(f"written: {target} ({done}); flagged: {flagged or 'none'}")
    return 0
