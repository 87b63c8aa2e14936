"""The first-start guide's steps, and which are done — read from the data, never from which
buttons were clicked, so a second workstation (or the command line) that did a step ticks it
here too.

Two steps are a person's judgement rather than a record: the department's name (the default
content already holds one, 運營部, which may well be right) and the positions (the default
set, to be checked against the department's own). The secretary confirms those once; the
confirmation is a department-wide setting (``app_settings``, audited), not a workstation's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ops_desktop.core import clock

from .models import AppraisalPeriod, AppSetting, AuditEntry, RegulationVersion, Staff
from .services import settings

# In the order the guide lists them: each needs the one before it only as advice.
STEPS = ("operator", "department", "positions", "roster", "regulation", "month")
# The steps the secretary confirms (the setting that records it).
CONFIRMED = {"department": "setup.department_checked", "positions": "setup.positions_checked"}


@dataclass(frozen=True)
class Progress:
    done: frozenset[str]

    def is_done(self, step: str) -> bool:
        return step in self.done

    @property
    def complete(self) -> bool:
        return self.done >= frozenset(STEPS)

    @property
    def next_step(self) -> str | None:
        return next((step for step in STEPS if step not in self.done), None)


def progress(session: Session, operator: str) -> Progress:
    """Which steps are done. ``operator`` is the workstation's own name for its operator (kept
    with the workstation's preferences, not here): "" while nobody has been named."""
    done = {step for step, key in CONFIRMED.items() if session.get(AppSetting, key) is not None}
    if operator.strip():
        done.add("operator")
    if _department_named(session):
        done.add("department")
    if session.scalar(select(exists().where(Staff.id.is_not(None)))):
        done.add("roster")
    approved = exists().where(RegulationVersion.status == "approved")
    if session.scalar(select(approved)):
        done.add("regulation")
    if session.scalar(select(exists().where(AppraisalPeriod.id.is_not(None)))):
        done.add("month")
    return Progress(frozenset(done))


def _department_named(session: Session) -> bool:
    """Someone stored the department's name (the default content's row has no audit entry)."""
    named = exists().where(
        AuditEntry.entity == "app_settings", AuditEntry.summary == settings.DEPARTMENT
    )
    return bool(session.scalar(select(named)))


def confirm(session: Session, step: str, operator: str = "") -> None:
    """The secretary has checked ``step`` ("department", "positions"): recorded once, with
    the day, in the audit log."""
    key = CONFIRMED[step]
    if session.get(AppSetting, key) is None:
        settings.put(session, key, clock.today().isoformat(), operator)
