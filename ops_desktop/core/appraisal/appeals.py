"""Appeals (績效申訴) against a person's result of a month or a year: filed within the days
Settings give from the result letter's date, then decided by the manager.

A decision never touches a score. An upheld (or partly upheld) appeal is put right the way
any change to a locked month is: :func:`unlock_for` unlocks the period with the appeal
named as the reason, the secretary edits the scores as a normal edit (each in the audit
log), and :func:`relock` locks it again. Every step is an audit entry of the appeal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AppraisalPeriod, SchemeDimension, Staff
from ops_desktop.core.models.appeals import CONTESTED_SOURCES, DECISIONS, TEXT_LENGTH, Appeal
from ops_desktop.core.services import audit, validate

from . import letter_dates, periods

CHANGES_SCORES = ("upheld", "partly")  # the decisions that may lead to an unlock
ENTITY = "appeal"


def first_lock_date(session: Session, period: AppraisalPeriod) -> dt.date | None:
    """The day the period was first locked, which the result letters are printed from: the
    earliest of its lock entries in the audit log, of the lock times an appeal's unlock
    kept, and of its lock time now (a lock the log does not hold: the demo's)."""
    locks = audit.entries(
        session, entity="appraisal_period", entity_id=period.id, action="lock", limit=10_000
    )
    found = [local_date(entry.at) for entry in locks]
    for entry in audit.entries(session, entity=ENTITY, action="unlock_period", limit=10_000):
        kept = entry.details.get("locked_at")
        if entry.details.get("period_id") == period.id and kept:
            found.append(dt.datetime.fromisoformat(kept).date())
    if period.locked_at is not None:
        found.append(period.locked_at.date())
    return min(found, default=None)


def local_date(at: dt.datetime) -> dt.date:
    """The local day of an audit entry's time (the log keeps UTC)."""
    return at.replace(tzinfo=dt.UTC).astimezone().date()


def deadline_of(session: Session, letter_on: dt.date) -> dt.date:
    return letter_dates.deadline(session, letter_on)


def add(
    session: Session,
    period_id: int,
    staff_id: int,
    reason: str,
    *,
    contested: str = "",
    source: str | None = None,
    dimension_code: str | None = None,
    filed_on: dt.date | None = None,
    letter_on: dt.date | None = None,
    late_reason: str = "",
    operator: str = "",
) -> Appeal:
    """Record an appeal. Its deadline is the letter's date (by default the day the period
    was first locked) plus the days to appeal; after it the appeal is refused unless
    ``late_reason`` says why it is accepted late."""
    period = validate.get(session, AppraisalPeriod, period_id, "Appraisal period")
    person = validate.get(session, Staff, staff_id, "Staff")
    if not periods.members(session, period, among=[person.id]):
        raise DomainError(
            "{staff} is not appraised in {period}.",
            staff=person.staff_no,
            period=periods.label(period),
        )
    reason = validate.text(reason, "reason", max_len=TEXT_LENGTH)
    contested = validate.text(contested, "contested", required=False, max_len=500)
    if source is not None:
        validate.choice(source, CONTESTED_SOURCES, "source")
    dimension = _dimension(session, period, dimension_code)
    today = clock.today()
    filed_on = filed_on or today
    if filed_on > today:
        raise DomainError("{field} cannot be in the future.", field="filed_on")
    # the date on the person's letter, as printed first; unprinted: the period's first lock
    letter_on = (
        letter_on
        or letter_dates.issued(session, periods.label(period)).get(person.staff_no)
        or first_lock_date(session, period)
    )
    if letter_on is None:
        raise DomainError(
            "The period {period} has not been locked yet: give the date of the result letter.",
            period=periods.label(period),
        )
    if filed_on < letter_on:
        raise DomainError(
            "The appeal is dated {filed}, before the result letter of {letter}.",
            filed=str(filed_on),
            letter=str(letter_on),
        )
    deadline = deadline_of(session, letter_on)
    late = validate.text(late_reason, "late_reason", required=False, max_len=TEXT_LENGTH)
    if filed_on > deadline and not late:
        raise DomainError(
            "The appeal of {filed} is late: the deadline was {deadline} ({days} days from the "
            "letter of {letter}). Give the reason it is accepted late to record it.",
            filed=str(filed_on),
            deadline=str(deadline),
            days=(deadline - letter_on).days,
            letter=str(letter_on),
        )
    if filed_on <= deadline and late:
        raise DomainError(
            "The appeal is within its deadline ({deadline}): it needs no reason for lateness.",
            deadline=str(deadline),
        )
    appeal = Appeal(
        period_id=period.id,
        staff_id=person.id,
        filed_on=filed_on,
        contested=contested,
        source=source,
        dimension_id=dimension.id if dimension else None,
        reason=reason,
        letter_on=letter_on,
        deadline=deadline,
        late_reason=late or None,
    )
    session.add(appeal)
    session.flush()
    details: dict[str, object] = {
        "period": periods.label(period),
        "staff_id": person.id,
        "filed_on": str(filed_on),
        "deadline": str(deadline),
        "reason": reason,
    }
    if contested:
        details["contested"] = contested
    if source:
        details["source_contested"] = source
    if dimension:
        details["dimension"] = dimension.id
    if late:
        details["late_reason"] = late
    audit.record(session, operator, "file", ENTITY, appeal.id, _summary(appeal), **details)
    return appeal


def _dimension(
    session: Session, period: AppraisalPeriod, code: str | None
) -> SchemeDimension | None:
    if not code:
        return None
    found = session.scalar(
        select(SchemeDimension).where(
            SchemeDimension.scheme_id == period.scheme_id, SchemeDimension.code == code
        )
    )
    if found is None:
        raise DomainError(
            "{period} has no dimension {code}.", period=periods.label(period), code=code
        )
    return found


def _summary(appeal: Appeal) -> str:
    return (
        f"#{appeal.id} {appeal.staff.staff_no} {appeal.staff.name} {periods.label(appeal.period)}"
    )


def decide(
    session: Session,
    appeal_id: int,
    decision: str,
    reasons: str,
    *,
    decided_on: dt.date | None = None,
    operator: str = "",
) -> Appeal:
    """Record the manager's decision. It changes no score: see :func:`unlock_for`."""
    appeal = validate.get(session, Appeal, appeal_id, "Appeal")
    if appeal.decision is not None:
        raise DomainError(
            "Appeal #{id} was already decided on {date} ({decision}).",
            id=appeal.id,
            date=str(appeal.decided_on),
            decision=appeal.decision,
        )
    validate.choice(decision, DECISIONS, "decision")
    reasons = validate.text(reasons, "reasons", max_len=TEXT_LENGTH)
    decided_on = decided_on or clock.today()
    if decided_on > clock.today():
        raise DomainError("{field} cannot be in the future.", field="decided_on")
    if decided_on < appeal.filed_on:
        raise DomainError(
            "The decision is dated {date}, before the appeal was filed ({filed}).",
            date=str(decided_on),
            filed=str(appeal.filed_on),
        )
    appeal.decision = decision
    appeal.decision_reasons = reasons
    appeal.decided_on = decided_on
    appeal.decided_by = audit.operator_name(operator)
    session.flush()
    audit.record(
        session,
        operator,
        "decide",
        ENTITY,
        appeal.id,
        _summary(appeal),
        appeal_decision=[None, decision],
        reasons=reasons,
        decided_on=str(decided_on),
    )
    return appeal


def unlock_reason(appeal: Appeal) -> str:
    """The reason an unlock for the appeal gives: it names the appeal first."""
    what = appeal.contested or appeal.reason
    text = f"appeal #{appeal.id}: {appeal.staff.staff_no} {appeal.staff.name} — {what}"
    return text[:1000]


def unlock_for(
    session: Session, appeal_id: int, month: int | None = None, operator: str = ""
) -> AppraisalPeriod:
    """Unlock the period an upheld appeal is about (an annual appeal: ``month`` of its
    year, where the scores are), with the appeal as the reason."""
    appeal = validate.get(session, Appeal, appeal_id, "Appeal")
    if appeal.decision not in CHANGES_SCORES:
        raise DomainError("Appeal #{id} is not upheld: the scores stay as they are.", id=appeal.id)
    target = _scored_period(session, appeal, month)
    locked_at = target.locked_at  # kept: the unlock forgets it (see first_lock_date)
    period = periods.unlock(session, target.id, unlock_reason(appeal), operator)
    audit.record(
        session,
        operator,
        "unlock_period",
        ENTITY,
        appeal.id,
        _summary(appeal),
        period=periods.label(period),
        period_id=period.id,
        locked_at=locked_at.isoformat() if locked_at else None,
    )
    return period


def relock(
    session: Session, appeal_id: int, month: int | None = None, operator: str = ""
) -> AppraisalPeriod:
    """Lock again the period :func:`unlock_for` opened, once its scores are put right."""
    appeal = validate.get(session, Appeal, appeal_id, "Appeal")
    target = _scored_period(session, appeal, month)
    unlocked = [
        e
        for e in audit.entries(session, entity=ENTITY, entity_id=appeal.id, limit=1_000)
        if e.action == "unlock_period" and e.details.get("period_id") == target.id
    ]
    if not unlocked:  # another appeal's, or a plain unlock: the log would name the wrong one
        raise DomainError(
            "Appeal #{id} did not unlock {period}: lock it on the Appraisals page instead.",
            id=appeal.id,
            period=periods.label(target),
        )
    period = periods.lock(session, target.id, operator)
    audit.record(
        session, operator, "relock_period", ENTITY, appeal.id, _summary(appeal),
        period=periods.label(period),
    )  # fmt: skip
    return period


def _scored_period(session: Session, appeal: Appeal, month: int | None) -> AppraisalPeriod:
    if appeal.period.kind == "monthly":
        return appeal.period
    if month is None:
        raise DomainError(
            "Appeal #{id} is about the year {year}: say which month's scores to change.",
            id=appeal.id,
            year=appeal.period.year,
        )
    return periods.get(session, appeal.period.year, month)


@dataclass(frozen=True)
class AppealRow:
    id: int
    period: str
    period_id: int
    staff_id: int
    staff_no: str
    name: str
    filed_on: dt.date
    deadline: dt.date
    late: bool
    contested: str
    reason: str
    decision: str | None
    decided_on: dt.date | None

    @property
    def open(self) -> bool:
        return self.decision is None


def rows(
    session: Session, *, open_only: bool = False, period_id: int | None = None
) -> list[AppealRow]:
    """The appeals, newest period first, then in the order they were filed."""
    query = (
        select(Appeal)
        .join(AppraisalPeriod, Appeal.period_id == AppraisalPeriod.id)
        .options(selectinload(Appeal.staff), selectinload(Appeal.period))
        .order_by(AppraisalPeriod.year.desc(), AppraisalPeriod.month.desc(), Appeal.id)
    )
    if open_only:
        query = query.where(Appeal.decision.is_(None))
    if period_id is not None:
        query = query.where(Appeal.period_id == period_id)
    return [
        AppealRow(
            a.id,
            periods.label(a.period),
            a.period_id,
            a.staff_id,
            a.staff.staff_no,
            a.staff.name,
            a.filed_on,
            a.deadline,
            a.late_reason is not None,
            a.contested,
            a.reason,
            a.decision,
            a.decided_on,
        )
        for a in session.scalars(query)
    ]


def open_staff(session: Session, period_id: int) -> set[int]:
    """The people with an appeal of the period not yet decided (the grid's and the score
    sheet's mark)."""
    return set(
        session.scalars(
            select(Appeal.staff_id).where(Appeal.period_id == period_id, Appeal.decision.is_(None))
        )
    )
