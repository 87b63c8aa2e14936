"""The date a person's result letter bears, and so the deadline of their appeal.

A letter is dated the day it is first printed for that person and period, and says so again
when printed again: the employee holds the first one, and the days to appeal run from it.
The first printing of each is kept in the audit log ("result_letters", "issue"). An appeal
counts from the same date (core/appraisal/appeals.py); for a person whose letter was never
printed, from the day the period was first locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.models import Staff
from ops_desktop.core.models.appeals import Appeal
from ops_desktop.core.services import audit, settings

ENTITY = "result_letters"
ACTION = "issue"


def issued(session: Session, period: str) -> dict[str, dt.date]:
    """Staff number → the day their letter of ``period`` (2026-11, or 2026 for a year) was
    first printed."""
    first: dict[str, dt.date] = {}
    for entry in audit.entries(session, entity=ENTITY, action=ACTION, limit=100_000):
        if entry.details.get("period") != period:
            continue
        on = dt.date.fromisoformat(str(entry.details.get("dated")))
        for staff_no in entry.details.get("staff", []):
            if staff_no not in first or on < first[staff_no]:
                first[staff_no] = on
    return first


def known(session: Session, period: str, period_id: int | None) -> dict[str, dt.date]:
    """Staff number → the date their letter of ``period`` bears: the day it was first
    printed, or the letter date an appeal of theirs on the period was judged by, whichever is
    earlier — an appeal recorded before any letter was printed keeps the letter to its date."""
    dates = issued(session, period)
    if period_id is not None:
        appealed = session.execute(
            select(Staff.staff_no, func.min(Appeal.letter_on))
            .join(Staff, Staff.id == Appeal.staff_id)
            .where(Appeal.period_id == period_id)
            .group_by(Staff.staff_no)
        )
        for staff_no, on in appealed:
            dates[staff_no] = min(on, dates.get(staff_no, on))
    return dates


def deadline(session: Session, letter_on: dt.date) -> dt.date:
    """The last day to appeal a result given by a letter of ``letter_on``."""
    return letter_on + dt.timedelta(days=settings.appeal_days(session))


def record_issued(
    session: Session, period: str, staff_nos: Iterable[str], on: dt.date, operator: str = ""
) -> None:
    """The letters of these people were printed on ``on``: those printed before keep their
    first date (``issued``)."""
    before = issued(session, period)
    new = sorted(no for no in set(staff_nos) if no not in before)
    if new:
        audit.record(
            session, operator, ACTION, ENTITY, None, period, period=period, staff=new, dated=on
        )
