"""period, export scores/annual, forms generate/import."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ops_desktop.core.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ops_desktop.core.appraisal.results import PeriodResult
    from ops_desktop.core.models import AppraisalPeriod

from . import common
from .common import ParserT


def register(commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]) -> None:
    period = commands.add_parser("period", help="open, lock, unlock or list appraisal periods")
    common.db_options(period, suppress=True)
    actions = period.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    for name, text in (
        ("open", "open a month (YYYY-MM) or a year (YYYY)"),
        ("lock", "lock a period"),
        ("unlock", "unlock a period, with a reason"),
    ):
        action = actions.add_parser(name, help=text)
        common.db_options(action, suppress=True)
        action.add_argument("period", type=common.period, metavar="YYYY-MM|YYYY")
        if name == "unlock":
            action.add_argument("--reason", required=True)
        if name == "lock":
            action.add_argument(
                "--incomplete",
                action="store_true",
                help="lock a month although some people's scores are not all in",
            )
    listing = actions.add_parser("list", help="every period with its status and completion")
    common.db_options(listing, suppress=True)
    period.set_defaults(handler=_period)

    forms = commands.add_parser("forms", help="evaluator forms: generate, import")
    common.db_options(forms, suppress=True)
    steps = forms.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    gen = steps.add_parser("generate", help="one workbook per evaluator")
    common.db_options(gen, suppress=True)
    gen.add_argument("--period", type=common.month, required=True, metavar="YYYY-MM")
    gen.add_argument(
        "-o", "--output", required=True, metavar="FOLDER", help="made if it is not there yet"
    )
    gen.add_argument(
        "--evaluator",
        action="append",
        type=common.staff_number,
        metavar="STAFF_NO",
        help="only this evaluator's form (repeatable)",
    )
    imp = steps.add_parser("import", help="read filled-in forms back")
    common.db_options(imp, suppress=True)
    imp.add_argument("--period", type=common.month, required=True, metavar="YYYY-MM")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument(
        "--only-valid",
        action="store_true",
        help="import the valid rows of a file that has problems",
    )
    forms.set_defaults(handler=_forms)


def export_parsers(kinds: argparse._SubParsersAction[ParserT]) -> None:
    scores = kinds.add_parser("scores", help="monthly score sheet (月度績效考核表)")
    common.db_options(scores, suppress=True)
    scores.add_argument("--period", type=common.month, required=True, metavar="YYYY-MM")
    scores.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    annual = kinds.add_parser("annual", help="annual sheet from the months")
    common.db_options(annual, suppress=True)
    annual.add_argument("--year", type=common.year, required=True)
    annual.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")


def breaches(result: PeriodResult) -> list[str]:
    """The forced-distribution limits a month exceeds, one sentence each."""
    from ops_desktop.core.appraisal import rules

    return [
        f"{band.name} has {count} of {result.complete_count} graded people ({share}%), "
        f"above the {rules.limit_text(band)}% limit"
        for band, count, share in result.breaches
    ]


def _period(args: argparse.Namespace) -> int:
    from ops_desktop.core.appraisal import periods, results

    with common.database(args) as db, db.transaction() as session:
        if args.action == "list":
            for p in periods.all_periods(session):
                done = results.compute(session, p.id) if p.kind == "monthly" else None
                extra = f"  {done.complete_count}/{len(done.people)} complete" if done else ""
                over = "".join(f"  over the limit: {b}" for b in breaches(done)) if done else ""
                print(f"{periods.label(p)}  {p.kind}  {p.status}{extra}{over}")
            return 0
        year, month = args.period
        who = common.operator(args)
        said: list[str] = []
        if args.action == "open":
            p = periods.open_period(session, year, month, who)
        else:
            found = periods.get(session, year, month)
            if args.action == "lock":
                p = _lock(session, found.id, who, args.incomplete)
                if p.kind == "monthly":  # locked as it is: say what HR will question
                    said = [f"warning: {b}" for b in breaches(results.compute(session, p.id))]
            else:
                p = periods.unlock(session, found.id, args.reason, who)
        outcome = f"{periods.label(p)}: {p.status}"
    print("\n".join([outcome, *said]))  # only once the change is committed
    return 0


def _lock(session: Session, period_id: int, operator: str, incomplete: bool) -> AppraisalPeriod:
    from ops_desktop.core.appraisal import periods

    try:
        return periods.lock(session, period_id, operator, incomplete=incomplete)
    except DomainError as exc:
        if exc.message != periods.NOT_COMPLETE:
            raise
        raise DomainError(
            "{refused} Give --incomplete to lock it as it is.", refused=str(exc)
        ) from None


def export(args: argparse.Namespace) -> bool:
    """Handle the appraisal exports; False when ``args.kind`` is not one of them."""
    from ops_desktop.core.appraisal import periods, results
    from ops_desktop.core.services import settings

    if args.kind not in ("scores", "annual"):
        return False
    with common.database(args) as db, db.transaction() as session:
        department = settings.department(session)
        if args.kind == "scores":
            from ops_desktop.core.appraisal import appeals, comments
            from ops_desktop.exports.excel.score_sheet import write_score_sheet

            found = periods.get(session, *args.period)
            result = results.compute(session, found.id)
            said = comments.of_period(session, found.id)
            appealed = appeals.open_staff(session, found.id)
            write_score_sheet(
                result, args.output, department=department, comments=said, appealed=appealed
            )
        else:
            from ops_desktop.exports.excel.annual_sheet import write_annual_sheet

            write_annual_sheet(
                results.compute_year(session, args.year), args.output, department=department
            )
    print(f"written: {args.output}")
    return True


def _forms(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ops_desktop.core.appraisal import periods
    from ops_desktop.core.models import Staff
    from ops_desktop.core.outputs import output_folder
    from ops_desktop.core.services import settings
    from ops_desktop.exports.excel import evaluator_forms

    with common.database(args) as db:
        if args.action == "generate":
            with db.transaction() as session:
                found = periods.get(session, *args.period)
                ids = None
                if args.evaluator:
                    ids = list(
                        session.scalars(select(Staff.id).where(Staff.staff_no.in_(args.evaluator)))
                    )
                    if len(ids) != len(set(args.evaluator)):
                        raise DomainError(
                            "Unknown staff number among {numbers}.",
                            numbers=", ".join(args.evaluator),
                        )
                # A folder not there yet is made (and taken away again if nothing is
                # written into it: the refusal leaves the disk as it was).
                with output_folder(args.output) as folder:
                    paths = evaluator_forms.generate_forms(
                        session,
                        found.id,
                        folder,
                        department=settings.department(session),
                        evaluator_ids=ids,
                    )
            print(f"{len(paths)} form(s) written to {args.output}")
            return 0
        refused = 0
        for file in args.files:
            try:
                sent = evaluator_forms.read_form(file)  # parsed before the write lock is taken
                with db.transaction() as session:
                    found = periods.get(session, *args.period)
                    report = evaluator_forms.import_form(
                        session, found.id, sent, common.operator(args), only_valid=args.only_valid
                    )
            except DomainError as exc:
                print(f"{file}: refused: {exc}", file=sys.stderr)
                refused += 1
                continue
            common.print_report(report)
            refused += 0 if report.applied else 1
        return 1 if refused else 0
