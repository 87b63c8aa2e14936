"""Stale copies: an edit made in a form that was loaded before someone else changed the same
record is refused, naming the record, instead of silently overwriting the other change.

Every record kind edited in a form has a version counter (``Versioned.row_version``; staff
and workflow runs: ``version``) that SQLAlchemy raises on every change of the row. A form
keeps the :class:`Seen` of the record it shows; the edit runs :func:`check` first, in the
same writing transaction, and keeps :func:`now` afterwards so that its undo and redo are
checked the same way. A service whose change touches only a record's parts (a meeting's
attendees, a scheme's weights) calls :func:`touch` on the record, so the change counts.

SQLite holds the write lock from the first statement of a writing transaction (BEGIN
IMMEDIATE), so nothing can change between the check and the write. On PostgreSQL the
version column itself guards the write: the UPDATE names the version it read, and a
concurrent change makes it fail (``StaleDataError``, refused by ``Database.transaction``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ops_desktop.core.clock import utcnow
from ops_desktop.core.errors import DomainError, NotFound
from ops_desktop.core.models import (
    AuditEntry,
    DevelopmentPlan,
    DutyLine,
    Meeting,
    RegulationChapter,
    RegulationClause,
    RegulationSection,
    ResponsibilityArea,
    TrainingSession,
    WorkflowStage,
    WorkflowStep,
)

_NAME_LENGTH = 40


@dataclass(frozen=True)
class Seen:
    """The version of one record that a form was loaded from, and the record's name as the
    form showed it (a refusal names the record the user knows, not its new text)."""

    model: type[Any]
    ident: int
    version: int
    label: str = field(default="", compare=False)


class OwnChanges:
    """The version at which this program instance last left each record it changed.

    Undoing an edit is checked against this, not against the version right after the edit:
    later edits of the same record made here (and undone before it, the undo stack being
    last-in first-out) are ours, not someone else's."""

    def __init__(self) -> None:
        self._versions: dict[tuple[type[Any], int], int] = {}

    def follow(self, session: Session) -> None:
        """Record the versions ``session`` writes, once (and only if) it commits."""
        pending: dict[tuple[type[Any], int], int | None] = {}

        def flushed(session: Session, _context: Any) -> None:
            for record in (*session.new, *session.dirty):
                key = _versioned_key(record)
                if key is not None:
                    pending[key[0]] = key[1]
            for record in session.deleted:
                key = _versioned_key(record)
                if key is not None:
                    pending[key[0]] = None

        def committed(_session: Session) -> None:
            for key, version in pending.items():
                if version is None:
                    self._versions.pop(key, None)
                else:
                    self._versions[key] = version

        event.listen(session, "after_flush", flushed)
        event.listen(session, "after_commit", committed)

    def expected(self, seen: Seen) -> Seen:
        """``seen``, moved on to the version of this instance's own latest change."""
        version = self._versions.get((seen.model, seen.ident))
        return seen if version is None else Seen(seen.model, seen.ident, version, seen.label)


def _versioned_key(record: Any) -> tuple[tuple[type[Any], int], int] | None:
    mapper = inspect(type(record), raiseerr=False)
    if mapper is None or mapper.version_id_col is None or record.id is None:
        return None
    return (type(record), record.id), getattr(record, version_key(type(record)))


def version_key(model: type[Any]) -> str:
    """The attribute holding ``model``'s version counter (ValueError if it has none)."""
    key = _VERSION_KEYS.get(model)
    if key is None:
        mapper = inspect(model)
        if mapper.version_id_col is None:
            raise ValueError(f"{model.__name__} has no version counter")
        key = _VERSION_KEYS[model] = mapper.get_property_by_column(mapper.version_id_col).key
    return key


# version_key's answers, by model. A plain dict, not functools.cache: mypy does not take a
# class for Hashable (python/mypy#11470), so a cached function could not be called with one.
_VERSION_KEYS: dict[type[Any], str] = {}


def seen(record: Any) -> Seen:
    """The version of a record as it was just read (the form shows this copy)."""
    model = type(record)
    return Seen(model, record.id, getattr(record, version_key(model)), name(record))


def read(session: Session, model: type[Any], ident: int) -> Seen:
    """The record's current version. Read it before the values the form shows (in the same
    transaction): a change in between then makes the save refused, never lost."""
    record = session.get(model, ident)
    if record is None:
        raise NotFound("The record was deleted by someone else meanwhile; nothing was saved.")
    return seen(record)


def check(session: Session, expected: Seen | None) -> None:
    """Refuse (DomainError naming the record and when it changed) if the record is no longer
    at the version the form was loaded from; NotFound if it has been deleted meanwhile."""
    if expected is None:
        return
    record = session.get(expected.model, expected.ident, populate_existing=True)
    if record is None and expected.label:
        raise NotFound(
            "{name} was deleted by someone else meanwhile; nothing was saved.",
            name=expected.label,
        )
    if record is None:
        raise NotFound("The record was deleted by someone else meanwhile; nothing was saved.")
    if getattr(record, version_key(expected.model)) == expected.version:
        return
    at, shown = changed_at(session, record), expected.label or name(record)
    if at is None:
        raise DomainError(
            "{title} was changed by someone else; reopen it and try again.", title=shown
        )
    raise DomainError(
        "{name} was changed by someone else at {at}; reopen it and try again.",
        name=shown,
        at=f"{at:%Y-%m-%d %H:%M}",
    )


def now(session: Session, expected: Seen | None) -> Seen | None:
    """The record's version after this transaction's change (None: nothing to follow)."""
    if expected is None:
        return None
    session.flush()
    record = session.get(expected.model, expected.ident)
    return None if record is None else seen(record)


def touch(record: Any) -> None:
    """Count a change of the record's parts as a change of the record (its version rises)."""
    if hasattr(record, "updated_at"):
        record.updated_at = utcnow()  # an UPDATE of the row, which raises the version
    else:
        mapper = inspect(type(record))
        plain = next(
            c.key
            for c in mapper.column_attrs
            if c.columns[0] is not mapper.version_id_col and not c.columns[0].primary_key
        )
        flag_modified(record, plain)  # an UPDATE of the row (same values), raising the version


def name(record: Any) -> str:
    """How a message names the record: its name, title or the start of its text."""
    if isinstance(record, TrainingSession):
        return f"{record.course.title} {record.held_on:%Y-%m-%d}"
    if isinstance(record, DevelopmentPlan):
        return record.staff.name
    for key in ("name", "title", "text"):
        value = getattr(record, key, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            if len(text) > _NAME_LENGTH:
                text = text[: _NAME_LENGTH - 1] + "…"
            day = f"{record.held_on:%Y-%m-%d}" if isinstance(record, Meeting) else ""
            if day and day not in text:  # a meeting is known by its date
                return f"{text} ({day})"
            return text
    return f"#{record.id}"


def changed_at(session: Session, record: Any) -> dt.datetime | None:
    """When the record last changed, in local time: its ``updated_at``, else the newest
    entry about it in the audit log."""
    at = getattr(record, "updated_at", None)
    if at is None:
        entity = _AUDIT_ENTITY.get(type(record))
        if entity is None:
            return None
        at = session.scalar(
            select(AuditEntry.at)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == record.id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(1)
        )
    return None if at is None else at.replace(tzinfo=dt.UTC).astimezone()


# Record kinds without ``updated_at``: the names their changes carry in the audit log.
_AUDIT_ENTITY: dict[type[Any], str] = {
    DutyLine: "duty_line",
    RegulationChapter: "regulation_chapter",
    RegulationClause: "regulation_clause",
    RegulationSection: "regulation_section",
    ResponsibilityArea: "responsibility_area",
    TrainingSession: "training_session",
    WorkflowStage: "workflow_stage",
    WorkflowStep: "workflow_step",
}
