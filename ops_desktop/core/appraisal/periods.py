"""Appraisal periods: opened, filled, reviewed, then locked. A locked period changes only
after an explicit unlock with a reason, which the audit log keeps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    AppraisalPeriod,
    PeerAssignment,
    PeriodBonusBase,
    Position,
    SchemeDimension,
    Staff,
)
from ops_desktop.core.services import audit, scheme, validate

if TYPE_CHECKING:
    from . import completeness


def label(period: AppraisalPeriod) -> str:
    return f"{period.year}-{period.month:02d}" if period.kind == "monthly" else f"{period.year}"


def find(session: Session, year: int, month: int = 0) -> AppraisalPeriod | None:
    return session.scalar(
        select(AppraisalPeriod).where(AppraisalPeriod.year == year, AppraisalPeriod.month == month)
    )


def get(session: Session, year: int, month: int = 0) -> AppraisalPeriod:
    period = find(session, year, month)
    if period is None:
        what = f"{year}-{month:02d}" if month else str(year)
        raise DomainError("There is no appraisal period {period}.", period=what)
    return period


def open_period(session: Session, year: int, month: int = 0, operator: str = "") -> AppraisalPeriod:
    """Open a monthly (month 1–12) or annual (month 0) period with the active scheme, and
    assign peers for a month: each person's colleagues with the same supervisor."""
    if not 2000 <= year <= 2200:
        raise DomainError("{year} is not a plausible year.", field="year", year=year)
    if not 0 <= month <= 12:
        raise DomainError("{month} is not a month.", month=month)
    if find(session, year, month) is not None:
        raise DomainError(
            "The period {period} already exists.",
            period=f"{year}-{month:02d}" if month else str(year),
        )
    period = AppraisalPeriod(
        kind="monthly" if month else "annual",
        year=year,
        month=month,
        scheme=scheme.active(session),
        status="open",
    )
    session.add(period)
    session.flush()
    if month:
        assign_default_peers(session, period)
    audit.record(session, operator, "open", "appraisal_period", period.id, label(period))
    return period


def members(
    session: Session, period: AppraisalPeriod, among: Collection[int] | None = None
) -> list[Staff]:
    """Who is appraised in a period: everyone hired by its last day who had not left by its
    first day; with ``among``, only those of these staff ids."""
    query = _appraised(select(Staff).options(selectinload(Staff.position)), period, among)
    return list(session.scalars(query))


class Member(NamedTuple):
    id: int
    staff_no: str
    name: str
    position: str | None
    base_bonus: Decimal | None


def member_rows(
    session: Session, period: AppraisalPeriod, among: Collection[int] | None = None
) -> list[Member]:
    """:func:`members` as plain rows: a month's results need no more, and a thousand ORM
    objects take longer to load than the month's scores."""
    columns = select(Staff.id, Staff.staff_no, Staff.name, Position.name, Staff.base_bonus)
    joined = columns.outerjoin(Position, Staff.position_id == Position.id)
    return [Member(*row) for row in session.execute(_appraised(joined, period, among))]


def _appraised(query: Any, period: AppraisalPeriod, among: Collection[int] | None) -> Any:
    """``query`` of staff narrowed to those appraised in ``period`` (and ``among``)."""
    start = dt.date(period.year, period.month or 1, 1)
    end = (
        dt.date(period.year, 12, 31)
        if not period.month
        else (
            dt.date(period.year + (period.month == 12), period.month % 12 + 1, 1)
            - dt.timedelta(days=1)
        )
    )
    query = (
        query.where((Staff.status != "departed") | (Staff.departed_on > start))
        .where(Staff.hire_date.is_(None) | (Staff.hire_date <= end))
        .order_by(Staff.staff_no)
    )
    if among is not None:
        query = query.where(Staff.id.in_(among))
    return query


def previous_month(session: Session, period: AppraisalPeriod) -> AppraisalPeriod | None:
    """The latest month before ``period``, if any."""
    return session.scalar(
        select(AppraisalPeriod)
        .where(AppraisalPeriod.kind == "monthly")
        .where(
            (AppraisalPeriod.year < period.year)
            | ((AppraisalPeriod.year == period.year) & (AppraisalPeriod.month < period.month))
        )
        .order_by(AppraisalPeriod.year.desc(), AppraisalPeriod.month.desc())
        .limit(1)
    )


def next_month(session: Session) -> tuple[int, int]:
    """The month a new month would be: the one after the latest, or this month."""
    latest = session.scalar(
        select(AppraisalPeriod)
        .where(AppraisalPeriod.kind == "monthly")
        .order_by(AppraisalPeriod.year.desc(), AppraisalPeriod.month.desc())
        .limit(1)
    )
    if latest is None:
        today = clock.today()
        return today.year, today.month
    return (latest.year + 1, 1) if latest.month == 12 else (latest.year, latest.month + 1)


def assign_default_peers(session: Session, period: AppraisalPeriod) -> int:
    """Each person's peers as in their previous month (those still appraised now); for a
    person who had none there, the others who share their supervisor (the team). Existing
    assignments stay."""
    people = members(session, period)
    present = {p.id for p in people}
    existing = {
        (a.subject_id, a.evaluator_id)
        for a in session.scalars(
            select(PeerAssignment).where(PeerAssignment.period_id == period.id)
        )
    }
    before = previous_month(session, period)
    carried = peers_of(session, before.id) if before is not None else {}
    added = 0
    for subject in people:
        if subject.id in carried:
            evaluators = [e for e in carried[subject.id] if e in present and e != subject.id]
        elif subject.supervisor_id is None:
            evaluators = []
        else:
            evaluators = [
                other.id
                for other in people
                if other is not subject and other.supervisor_id == subject.supervisor_id
            ]
        for evaluator in evaluators:
            if (subject.id, evaluator) not in existing:
                session.add(
                    PeerAssignment(
                        period_id=period.id, subject_id=subject.id, evaluator_id=evaluator
                    )
                )
                added += 1
    session.flush()
    return added


def set_peers(
    session: Session, period_id: int, subject_id: int, evaluator_ids: list[int], operator: str = ""
) -> None:
    period = writable(session, period_id)
    if subject_id in evaluator_ids:
        raise DomainError("A person cannot be their own peer evaluator.")
    for ident in evaluator_ids:
        validate.get(session, Staff, ident, "Staff")
    current = list(
        session.scalars(
            select(PeerAssignment).where(
                PeerAssignment.period_id == period.id, PeerAssignment.subject_id == subject_id
            )
        )
    )
    for row in current:
        if row.evaluator_id not in evaluator_ids:
            session.delete(row)
    have = {r.evaluator_id for r in current}
    for ident in dict.fromkeys(evaluator_ids):
        if ident not in have:
            session.add(
                PeerAssignment(period_id=period.id, subject_id=subject_id, evaluator_id=ident)
            )
    session.flush()
    audit.record(
        session,
        operator,
        "set_peers",
        "appraisal_period",
        period.id,
        "",
        subject=subject_id,
        peers=evaluator_ids,
    )


def peers_of(session: Session, period_id: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for row in session.scalars(
        select(PeerAssignment)
        .where(PeerAssignment.period_id == period_id)
        .order_by(PeerAssignment.id)
    ):
        out.setdefault(row.subject_id, []).append(row.evaluator_id)
    return out


def writable(session: Session, period_id: int) -> AppraisalPeriod:
    """The period, if it may change; it stays so until the transaction ends. On PostgreSQL
    its row is locked (FOR UPDATE): a lock by another desk waits for this transaction, or
    this one waits for the lock and then sees it. (SQLite: the write lock is already held
    from BEGIN IMMEDIATE.) The database refuses writes to a locked period's scores anyway."""
    period = session.get(AppraisalPeriod, period_id, with_for_update=True, populate_existing=True)
    if period is None:
        period = validate.get(session, AppraisalPeriod, period_id, "Appraisal period")
    if period.status == "locked":
        raise DomainError(
            "The period {period} is locked; unlock it (with a reason) to change it.",
            period=label(period),
        )
    return period


def set_review(session: Session, period_id: int, operator: str = "") -> AppraisalPeriod:
    period = writable(session, period_id)
    period.status = "review"
    audit.record(session, operator, "review", "appraisal_period", period.id, label(period))
    return period


# The refusal of a lock of a month with people not complete; a caller that can offer to
# lock it as it is (the command line's --incomplete) recognises it by this text.
NOT_COMPLETE = "{count} people of {period} are not complete: {people}."


def lock(
    session: Session, period_id: int, operator: str = "", *, incomplete: bool = False
) -> AppraisalPeriod:
    """Lock a month as it is. With people not complete it is refused, naming them, unless
    ``incomplete`` says the caller chose to lock it so; the audit entry then says so and how
    many. The entry keeps the status it had: an unlock returns to it."""
    from . import completeness  # noqa: F811 - it computes results, which import this module

    period = writable(session, period_id)
    previous = period.status
    lacking = completeness.incomplete(session, period.id) if period.kind == "monthly" else []
    if lacking and not incomplete:
        raise DomainError(
            NOT_COMPLETE,
            period=label(period),
            count=len(lacking),
            people=_listed(lacking),
        )
    session.add_all(  # the month's bonuses stay what they are now
        PeriodBonusBase(period_id=period.id, staff_id=person.id, base_bonus=person.base_bonus)
        for person in members(session, period)
    )
    session.flush()  # written while the period is open: the database refuses it after
    period.status = "locked"
    period.locked_at = clock.now()
    period.locked_by = audit.operator_name(operator)
    details: dict[str, object] = {"previous": previous}
    if lacking:
        details.update(incomplete=len(lacking), people=[p.staff_no for p in lacking])
    audit.record(session, operator, "lock", "appraisal_period", period.id, label(period), **details)
    return period


def _listed(lacking: list[completeness.Incomplete], shown: int = 10) -> str:
    """The first ``shown`` people and what each lacks; a message of 200 names is not read."""
    text = "; ".join(f"{p.staff_no} {p.name}: {p.describe()}" for p in lacking[:shown])
    return text + (f"; … (+{len(lacking) - shown})" if len(lacking) > shown else "")


def status_before_lock(session: Session, period_id: int) -> str:
    """What the period was when it was last locked: "review" for a lock recorded before the
    lock entries kept it (what an unlock always returned to then)."""
    last = audit.entries(
        session, entity="appraisal_period", entity_id=period_id, action="lock", limit=1
    )
    previous = last[0].details.get("previous") if last else None
    return previous if previous in ("open", "review") else "review"


def unlock(session: Session, period_id: int, reason: str, operator: str = "") -> AppraisalPeriod:
    period = session.get(AppraisalPeriod, period_id, with_for_update=True, populate_existing=True)
    if period is None:
        period = validate.get(session, AppraisalPeriod, period_id, "Appraisal period")
    if period.status != "locked":
        raise DomainError("The period {period} is not locked.", period=label(period))
    reason = validate.text(reason, "reason", required=False, max_len=1000)
    if len(reason) < 2:
        raise DomainError("Give a reason for unlocking the period.", field="reason")
    period.status = status_before_lock(session, period.id)
    period.locked_at = period.locked_by = None
    session.flush()  # open first: the database refuses to delete a locked month's bonuses
    session.execute(delete(PeriodBonusBase).where(PeriodBonusBase.period_id == period.id))
    audit.record(
        session, operator, "unlock", "appraisal_period", period.id, label(period), reason=reason
    )
    return period


def all_periods(session: Session) -> list[AppraisalPeriod]:
    return list(
        session.scalars(
            select(AppraisalPeriod).order_by(
                AppraisalPeriod.year.desc(), AppraisalPeriod.month.desc()
            )
        )
    )


def scheme_dimensions(session: Session, period_id: int) -> list[SchemeDimension]:
    """The dimensions of the scheme a period is computed with, in order."""
    period = validate.get(session, AppraisalPeriod, period_id, "Appraisal period")
    return list(period.scheme.dimensions)
