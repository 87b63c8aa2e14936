"""regulation acknowledge / due: who has acknowledged (閱知確認) the regulation in force."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from . import common


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-20") from None


def register(kinds: argparse._SubParsersAction[Any]) -> None:
    """Add this module's kinds to ``ops-desktop regulation``."""
    ack = kinds.add_parser(
        "acknowledge", help="record who acknowledged a version (from the signed sheet)"
    )
    common.db_options(ack, suppress=True)
    ack.add_argument("--version", required=True, metavar="LABEL", help="the version, e.g. 1.0")
    ack.add_argument("--staff", required=True, nargs="+", type=common.staff_number, metavar="NO")
    ack.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the day signed (today)")
    ack.set_defaults(handler=_acknowledge)
    due = kinds.add_parser("due", help="who has not acknowledged the version in force")
    common.db_options(due, suppress=True)
    due.set_defaults(handler=_due)


def _acknowledge(args: argparse.Namespace) -> int:
    from ops_desktop.core.services import regulation, regulation_acks

    with common.database(args) as db, db.transaction() as session:
        version_id = regulation.version_by_label(session, args.version)
        n = regulation_acks.record(
            session, version_id, args.staff, args.date, common.operator(args)
        )
    print(f"{n} acknowledgement(s) of version {args.version} recorded")
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
