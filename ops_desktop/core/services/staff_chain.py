"""Who reports to whom: the supervision chain, as the staff form's supervisor picker and
the departure check read it. A person's supervisor can be neither the person nor anyone
below them (that would be a cycle), and a person cannot leave while they still supervise
someone."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.models import Staff


def reporting_lines(session: Session) -> dict[int, int | None]:
    """Every person's supervisor (None: nobody), departed people included: a chain may pass
    through someone who has left."""
    return {ident: boss for ident, boss in session.execute(select(Staff.id, Staff.supervisor_id))}


def below(lines: Mapping[int, int | None], staff_id: int | None) -> set[int]:
    """``staff_id`` and everyone under them, however far down (none for a new person)."""
    if staff_id is None:
        return set()
    reports: dict[int, list[int]] = {}
    for person, boss in lines.items():
        if boss is not None:
            reports.setdefault(boss, []).append(person)
    found, waiting = {staff_id}, [staff_id]
    while waiting:
        for person in reports.get(waiting.pop(), []):
            if person not in found:  # a stored cycle (older data) ends here
                found.add(person)
                waiting.append(person)
    return found


def not_below(session: Session, staff_id: int | None) -> list[int]:
    """The people who may supervise ``staff_id``: not departed, neither the person nor
    anyone under them; in staff-number order."""
    excluded = below(reporting_lines(session), staff_id)
    query = select(Staff.id).where(Staff.status != "departed").order_by(Staff.staff_no)
    return [ident for ident in session.scalars(query) if ident not in excluded]


def supervised(session: Session, staff_id: int) -> list[str]:
    """The people (not departed) whom ``staff_id`` supervises, as "staff no. name"."""
    query = (
        select(Staff.staff_no, Staff.name)
        .where(Staff.supervisor_id == staff_id, Staff.status != "departed")
        .order_by(Staff.staff_no)
    )
    return [f"{no} {name}" for no, name in session.execute(query)]
