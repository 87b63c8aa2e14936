"""appeal add / decide / list / unlock / relock: appeals (績效申訴) against a result."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ops_desktop.core.errors import DomainError

from . import common
from .common import ParserT

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DECISION_CHOICES = ("upheld", "partly", "rejected")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-20") from None


def register(commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]) -> None:
    appeal = commands.add_parser("appeal", help="appeals against a result: add, decide, list")
    common.db_options(appeal, suppress=True)
    actions = appeal.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = actions.add_parser("add", help="record an employee's appeal")
    common.db_options(add, suppress=True)
    add.add_argument("--staff", required=True, type=common.staff_number, metavar="NO")
    _period_options(add, required=True)
    add.add_argument("--reason", required=True, help="the employee's reason")
    add.add_argument("--contested", default="", help="what is contested, in words")
    add.add_argument(
        "--source", choices=("supervisor", "peer", "self", "data"), help="the source contested"
    )
    add.add_argument("--dimension", metavar="CODE", help="the dimension contested (performance…)")
    add.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help="the day it was filed (today)"
    )
    add.add_argument(
        "--letter-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the result letter's date (default: the day the person's letter was first "
        "printed, else the day the period was first locked)",
    )
    add.add_argument("--late-reason", default="", help="why an appeal after its deadline is taken")
    decide = actions.add_parser("decide", help="record the manager's decision")
    common.db_options(decide, suppress=True)
    decide.add_argument("id", type=common.whole, metavar="ID")
    decide.add_argument("--decision", required=True, choices=DECISION_CHOICES)
    decide.add_argument("--reasons", required=True)
    decide.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help="the day of the decision (today)"
    )
    for name, text in (
        ("unlock", "unlock the period of an upheld appeal, the appeal named as the reason"),
        ("relock", "lock that period again once its scores are put right"),
    ):
        step = actions.add_parser(name, help=text)
        common.db_options(step, suppress=True)
        step.add_argument("id", type=common.whole, metavar="ID")
        step.add_argument(
            "--month", type=common.whole, help="an annual appeal: the month of its year to change"
        )
    listing = actions.add_parser("list", help="the appeals, newest period first")
    common.db_options(listing, suppress=True)
    listing.add_argument("--open", action="store_true", help="only those not decided yet")
    _period_options(listing, required=False)
    appeal.set_defaults(handler=_appeal)


def _period_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    when = parser.add_mutually_exclusive_group(required=required)
    when.add_argument("--period", type=common.month, metavar="YYYY-MM", help="a month")
    when.add_argument("--year", type=common.year, metavar="YYYY", help="a year (annual result)")


def _chosen_period(session: Session, args: argparse.Namespace) -> int | None:
    from ops_desktop.core.appraisal import periods

    if args.year is not None:
        return periods.get(session, args.year, 0).id
    if args.period is not None:
        return periods.get(session, *args.period).id
    return None


def _appeal(args: argparse.Namespace) -> int:
    from ops_desktop.core.appraisal import appeals

    who = common.operator(args)
    with common.database(args) as db, db.transaction() as session:
        if args.action == "list":
            for row in appeals.rows(
                session, open_only=args.open, period_id=_chosen_period(session, args)
            ):
                state = "open" if row.decision is None else f"{row.decision} {row.decided_on}"
                late = "  late" if row.late else ""
                print(
                    f"#{row.id}  {row.period}  {row.staff_no} {row.name}  filed {row.filed_on}"
                    f"  by {row.deadline}{late}  {state}  {row.contested or row.reason}"
                )
            return 0
        if args.action == "add":
            period_id = _chosen_period(session, args)
            assert period_id is not None  # the group is required
            staff_id = _staff_id(session, args.staff)
            appeal = appeals.add(
                session,
                period_id,
                staff_id,
                args.reason,
                contested=args.contested,
                source=args.source,
                dimension_code=args.dimension,
                filed_on=args.date,
                letter_on=args.letter_date,
                late_reason=args.late_reason,
                operator=who,
            )
            said = f"appeal #{appeal.id} recorded (deadline {appeal.deadline}"
            said += ", accepted late)" if appeal.late_reason else ")"
        elif args.action in ("unlock", "relock"):
            step = appeals.unlock_for if args.action == "unlock" else appeals.relock
            period = step(session, args.id, args.month, who)
            said = f"{period.kind} period {period.year}-{period.month:02d}: {period.status}"
            if period.kind == "annual":
                said = f"period {period.year}: {period.status}"
        else:
            appeal = appeals.decide(
                session, args.id, args.decision, args.reasons, decided_on=args.date, operator=who
            )
            said = f"appeal #{appeal.id} decided: {appeal.decision}"
            if appeal.decision in appeals.CHANGES_SCORES:
                said += (
                    "; to change scores, unlock the period for the appeal "
                    "(reason: " + appeals.unlock_reason(appeal) + "), edit them, lock it again"
                )
    print(said)
    return 0


def _staff_id(session: Session, staff_no: str) -> int:
    from sqlalchemy import select

    from ops_desktop.core.models import Staff

    found = session.scalar(select(Staff.id).where(Staff.staff_no == staff_no))
    if found is None:
        raise DomainError("There is no staff member {staff}.", staff=staff_no)
    return found
