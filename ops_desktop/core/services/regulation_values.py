"""What a regulation version's placeholders (the weights of 4.4) are filled with.

An approved version prints the scheme version it was approved with, for ever (the approval
keeps it: ``ApprovedScheme``); a draft prints the active scheme's numbers, and says where
they differ from the approved version it will replace.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.models import (
    AppraisalScheme,
    ApprovedScheme,
    RegulationVersion,
)

from . import scheme as schemes


@dataclass(frozen=True)
class ValueChange:
    """A placeholder whose value in a draft is not the approved version's."""

    key: str  # weight.supervisor
    name: str  # 上級評價, as the active scheme names it
    approved: str  # the approved version's value ("" if it had none)
    current: str  # the draft's, from the active scheme


@dataclass(frozen=True)
class Comparison:
    """A draft's placeholder values against the approved version it follows."""

    approved_label: str
    changes: tuple[ValueChange, ...]


def scheme_of(session: Session, version: RegulationVersion) -> AppraisalScheme:
    """The scheme that fills ``version``'s placeholders: for an approved version the one of
    its approval, for a draft the active one."""
    if version.status == "approved":
        kept = session.get(ApprovedScheme, version.id)
        if kept is not None:
            found = session.get(AppraisalScheme, kept.scheme_id)
            if found is not None:
                return found
    return schemes.active(session)


def values_of(session: Session, version: RegulationVersion) -> dict[str, str]:
    return schemes.placeholder_values(session, scheme_of(session, version))


def keep_scheme(session: Session, version: RegulationVersion) -> AppraisalScheme:
    """At an approval: keep the active scheme with ``version`` (it is then never changed)."""
    active = schemes.active(session)
    session.add(ApprovedScheme(version_id=version.id, scheme_id=active.id))
    return active


def _approved_before(session: Session, draft: RegulationVersion) -> RegulationVersion | None:
    """The approved version a draft will replace: the one it was copied from, else the
    newest approved one."""
    if draft.based_on_id is not None:
        base = session.get(RegulationVersion, draft.based_on_id)
        if base is not None and base.status == "approved":
            return base
    return session.scalar(
        select(RegulationVersion)
        .where(RegulationVersion.status == "approved")
        .order_by(RegulationVersion.effective_date.desc(), RegulationVersion.id.desc())
        .limit(1)
    )


def compare(session: Session, version: RegulationVersion, used: set[str]) -> Comparison | None:
    """For a draft: the placeholders among ``used`` (those its text holds) whose value is
    not the approved version's. None for an approved version or when none was approved."""
    if version.status == "approved":
        return None
    approved = _approved_before(session, version)
    if approved is None:
        return None
    active = schemes.active(session)
    now = schemes.placeholder_values(session, active)
    then = values_of(session, approved)
    names = schemes.placeholder_names(active)
    changes = tuple(
        ValueChange(key, names.get(key, key), then.get(key, ""), value)
        for key, value in now.items()
        if key in used and then.get(key) != value
    )
    return Comparison(approved.label, changes)
