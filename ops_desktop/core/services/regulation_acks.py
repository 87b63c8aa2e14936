"""Acknowledgement of the regulation (閱知確認): who has read an approved version, and when.

Acknowledgements are per version: a new version in force makes everyone due again. A person
is due from the version's effective date, or from their hire date when hired later. The
secretary records them from the signed sheet (or the workbook HR sends back); every record
and withdrawal is an audit entry, all or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Position, RegulationAcknowledgement, RegulationVersion, Staff
from ops_desktop.core.models.acknowledgements import SOURCES

from . import audit, regulation, settings, validate

ENTITY = "regulation_acknowledgement"


@dataclass(frozen=True)
class AckRow:
    """One employee for one version."""

    staff_id: int
    staff_no: str
    name: str
    position: str
    hire_date: dt.date | None
    acknowledged_on: dt.date | None
    due_since: dt.date | None  # None when acknowledged or the version is not in force
    overdue_days: int  # days since due_since (0 if acknowledged / not due)


def _version(session: Session, version_id: int) -> RegulationVersion:
    return validate.get(session, RegulationVersion, version_id, "Regulation version")


def approved(session: Session, version_id: int) -> RegulationVersion:
    """The version, refused when it is a draft: only what is approved is signed for."""
    version = _version(session, version_id)
    if version.status != "approved" or version.approved_at is None:
        raise DomainError(
            "Version {label} is a draft: only an approved version can be acknowledged.",
            label=version.label,
        )
    return version


def _present(day: dt.date):  # type: ignore[no-untyped-def]  # a SQL condition
    return (Staff.status != "departed") | (Staff.departed_on > day)


def rows(session: Session, version_id: int, today: dt.date | None = None) -> list[AckRow]:
    """Every employee not departed on ``today``, by staff number, with their acknowledgement
    of the version."""
    today = today or clock.today()
    version = _version(session, version_id)
    force = regulation.in_force(session, today)
    in_force = force is not None and force.id == version.id
    acked = dict(
        session.execute(
            select(
                RegulationAcknowledgement.staff_id, RegulationAcknowledgement.acknowledged_on
            ).where(RegulationAcknowledgement.version_id == version.id)
        ).all()
    )
    query = (
        select(Staff.id, Staff.staff_no, Staff.name, Position.name, Staff.hire_date)
        .outerjoin(Position, Staff.position_id == Position.id)
        .where(_present(today))
        .order_by(Staff.staff_no)
    )
    out = []
    for staff_id, no, name, position, hired in session.execute(query):
        on = acked.get(staff_id)
        since = None
        if on is None and in_force and version.effective_date is not None:
            since = max(version.effective_date, hired) if hired else version.effective_date
        days = max((today - since).days, 0) if since else 0
        out.append(AckRow(staff_id, no, name, position or "", hired, on, since, days))
    return out


def due(session: Session, today: dt.date | None = None) -> list[AckRow]:
    """Who has not acknowledged the version in force and is due, longest overdue first."""
    today = today or clock.today()
    version = regulation.in_force(session, today)
    if version is None:
        return []
    found = [r for r in rows(session, version.id, today) if r.due_since and r.due_since <= today]
    return sorted(found, key=lambda r: (-r.overdue_days, r.staff_no))


def overdue(session: Session, today: dt.date | None = None) -> list[AckRow]:
    """Those due for more than the days in Settings (``settings.ack_days``)."""
    limit = settings.ack_days(session)
    return [r for r in due(session, today) if r.overdue_days > limit]


def _people(session: Session, numbers: Sequence[str]) -> list[Staff]:
    from .staff_numbers import normalise

    out = []
    for number in numbers:
        person = session.scalar(select(Staff).where(Staff.staff_no == normalise(number)))
        if person is None:
            raise DomainError("There is no staff member {staff}.", staff=number)
        out.append(person)
    return out


def record(
    session: Session,
    version_id: int,
    staff_numbers: Sequence[str],
    day: dt.date | None = None,
    operator: str = "",
    source: str = "sheet",
) -> int:
    """Record that these people acknowledged the version on ``day`` (today); returns how
    many. All or nothing: the first bad one refuses them all."""
    return record_each(
        session, version_id, [(n, day or clock.today()) for n in staff_numbers], operator, source
    )


def record_each(
    session: Session,
    version_id: int,
    entries: Sequence[tuple[str, dt.date]],
    operator: str = "",
    source: str = "sheet",
) -> int:
    """:func:`record` with a day per person (the workbook HR sends back)."""
    version = approved(session, version_id)
    validate.choice(source, SOURCES, "source")
    assert version.approved_at is not None
    approved_on = version.approved_at.date()
    today = clock.today()
    people = _people(session, [n for n, _ in entries])
    seen: set[int] = set()
    for person, (_, day) in zip(people, entries, strict=True):
        if day > today:
            raise DomainError("{field} cannot be in the future.", field="acknowledged_on")
        if day < approved_on:
            raise DomainError(
                "{date} is before version {label} was approved ({approved}).",
                date=day.isoformat(),
                label=version.label,
                approved=approved_on.isoformat(),
            )
        if person.status == "departed" and (
            person.departed_on is None or person.departed_on <= day
        ):
            raise DomainError("{name} has left the department.", name=person.name)
        stored = session.scalar(
            select(RegulationAcknowledgement.acknowledged_on).where(
                RegulationAcknowledgement.version_id == version.id,
                RegulationAcknowledgement.staff_id == person.id,
            )
        )
        if stored is not None or person.id in seen:
            raise DomainError(
                "{staff} {name} has already acknowledged version {label}.",
                staff=person.staff_no,
                name=person.name,
                label=version.label,
            )
        seen.add(person.id)
    who = audit.operator_name(operator)
    for person, (_, day) in zip(people, entries, strict=True):
        ack = RegulationAcknowledgement(
            version_id=version.id,
            staff_id=person.id,
            acknowledged_on=day,
            source=source,
            recorded_by=who,
        )
        session.add(ack)
        session.flush()
        audit.record(
            session, operator, "create", ENTITY, ack.id,
            f"{version.label} {person.staff_no} {person.name}",
            version=version.label, staff_id=person.id, acknowledged_on=str(day),
            record_source=source,
        )  # fmt: skip
    return len(people)


def withdraw(
    session: Session, version_id: int, staff_numbers: Sequence[str], operator: str = ""
) -> int:
    """Take back these people's acknowledgements of the version (the window's undo)."""
    version = _version(session, version_id)
    found = []
    for person in _people(session, staff_numbers):
        ack = session.scalar(
            select(RegulationAcknowledgement).where(
                RegulationAcknowledgement.version_id == version.id,
                RegulationAcknowledgement.staff_id == person.id,
            )
        )
        if ack is None:
            raise DomainError(
                "{staff} {name} has not acknowledged version {label}.",
                staff=person.staff_no,
                name=person.name,
                label=version.label,
            )
        found.append((person, ack))
    for person, ack in found:
        audit.record(
            session, operator, "delete", ENTITY, ack.id,
            f"{version.label} {person.staff_no} {person.name}",
            version=version.label, staff_id=person.id,
            acknowledged_on=str(ack.acknowledged_on), record_source=ack.source,
        )  # fmt: skip
        session.delete(ack)
    session.flush()
    return len(found)


def acknowledged_versions(session: Session, staff_id: int) -> list[tuple[str, dt.date]]:
    """The versions the person acknowledged, as (label, day), oldest first (their history)."""
    query = (
        select(RegulationVersion.label, RegulationAcknowledgement.acknowledged_on)
        .join(RegulationVersion, RegulationAcknowledgement.version_id == RegulationVersion.id)
        .where(RegulationAcknowledgement.staff_id == staff_id)
        .order_by(RegulationAcknowledgement.acknowledged_on, RegulationVersion.id)
    )
    return [(label, on) for label, on in session.execute(query)]
