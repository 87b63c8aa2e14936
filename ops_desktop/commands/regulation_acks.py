"""regulation signoff / acknowledge / due: the sign-off sheet (閱知簽收表) of a version, and who
has acknowledged (閱知確認) the regulation in force."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from ops_desktop.core.errors import DomainError

from . import common


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-20") from None


def register(kinds: argparse._SubParsersAction[Any]) -> None:
    """Add this module's kinds to ``ops-desktop regulation``."""
    sheet = kinds.add_parser(
        "signoff",
        help="the sign-off sheet (閱知簽收表) of a version: PDF to sign, or HR's workbook",
    )
    common.db_options(sheet, suppress=True)
    sheet.add_argument("--version", required=True, metavar="LABEL", help="the version, e.g. 1.0")
    sheet.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx", help="A4 PDF or workbook"
    )
    sheet.add_argument(
        "--script",
        choices=("hant", "hans"),
        default="hant",
        help="the PDF in Traditional (hant) or Simplified (hans) Chinese",
    )
    sheet.set_defaults(handler=_signoff)
    ack = kinds.add_parser(
        "acknowledge", help="record who acknowledged a version (from the signed sheet)"
    )
    common.db_options(ack, suppress=True)
    ack.add_argument("--version", required=True, metavar="LABEL", help="the version, e.g. 1.0")
    who = ack.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", nargs="+", type=common.staff_number, metavar="NO")
    who.add_argument(
        "--from-workbook", metavar="FILE.xlsx", help="the sign-off workbook HR sent back"
    )
    ack.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the day signed (today)")
    ack.set_defaults(handler=_acknowledge)
    due = kinds.add_parser("due", help="who has not acknowledged the version in force")
    common.db_options(due, suppress=True)
    due.set_defaults(handler=_due)


def _signoff(args: argparse.Namespace) -> int:
    from ops_desktop.core.outputs import pdf_or_xlsx
    from ops_desktop.core.services import regulation

    target = pdf_or_xlsx(args.output)  # refused before anything is read or written
    kind = target.suffix.lower()
    with common.database(args) as db, db.transaction() as session:
        version_id = regulation.version_by_label(session, args.version)
        if kind == ".pdf":
            from ops_desktop.exports.pdf.signoff import write_signoff_pdf

            pages = write_signoff_pdf(session, version_id, target, script=args.script)
            done = f"{pages} page(s)"
        else:
            from ops_desktop.exports.excel.signoff_sheet import write_signoff_workbook

            write_signoff_workbook(session, version_id, target)
            done = "workbook"
    print(f"written: {target} ({done}), the sign-off sheet of version {args.version}")
    return 0


def _acknowledge(args: argparse.Namespace) -> int:
    from ops_desktop.core.services import regulation, regulation_acks

    if args.from_workbook:
        return _from_workbook(args)
    with common.database(args) as db, db.transaction() as session:
        version_id = regulation.version_by_label(session, args.version)
        n = regulation_acks.record(
            session, version_id, args.staff, args.date, common.operator(args)
        )
    print(f"{n} acknowledgement(s) of version {args.version} recorded")
    return 0


def _from_workbook(args: argparse.Namespace) -> int:
    from ops_desktop.core.services import regulation
    from ops_desktop.exports.excel.reading import read_sent
    from ops_desktop.exports.excel.signoff_sheet import import_workbook

    if args.date is not None:
        raise DomainError("--date goes with --staff: the workbook has a date per person.")
    sent = read_sent(args.from_workbook)  # parsed before the write transaction
    with common.database(args) as db, db.transaction() as session:
        version_id = regulation.version_by_label(session, args.version)
        report = import_workbook(session, sent, common.operator(args), version_id=version_id)
    print(f"{report.added} acknowledgement(s) of version {args.version} recorded from "
          f"{report.file}; {report.unchanged} already recorded")  # fmt: skip
    return 0


def _due(args: argparse.Namespace) -> int:
    from ops_desktop.core.services import regulation, regulation_acks

    with common.database(args) as db, db.transaction() as session:
        version = regulation.in_force(session)
        label = version.label if version else ""
        found = regulation_acks.due(session)
    for r in found:
        print(f"{r.staff_no}  {r.name}  {r.position or '—'}  {label}  {r.due_since}  "
              f"{r.overdue_days}")  # fmt: skip
    if not found:
        print("nobody is due" if version else "no version is in force")
    return 0
