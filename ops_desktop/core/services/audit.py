"""The audit log: who changed what and when. Entries are written in the same transaction as
the change they describe, so a rolled-back change leaves no entry."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry

from . import validate

DEFAULT_OPERATOR = "secretary"
OPERATOR_MAX = 80  # the width of the audit log's operator column


def operator_name(operator: str | None) -> str:
    """The name the audit log keeps for ``operator`` (the default when none is given), or
    DomainError: every change is refused while the operator's name cannot be stored."""
    return validate.text(operator, "operator", required=False, max_len=OPERATOR_MAX) or (
        DEFAULT_OPERATOR
    )


def operator_problem(operator: str) -> str:
    """What is wrong with an operator's name ("" when it can be used), for the settings."""
    try:
        operator_name(operator)
    except DomainError as exc:
        return str(exc)
    return ""


def record(
    session: Session,
    operator: str,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    **details: Any,
) -> None:
    session.add(
        AuditEntry(
            operator=operator_name(operator),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
            details=json.dumps(details, ensure_ascii=False, default=str) if details else "",
        )
    )


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    operator: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    details: dict[str, Any]


def entries(
    session: Session,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    action: str | None = None,
    since: dt.datetime | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """Newest first, filtered by any of entity, record, action and time."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if action:
        query = query.where(AuditEntry.action == action)
    if since:
        query = query.where(AuditEntry.at >= since)
    return [
        AuditRow(
            e.at,
            e.operator,
            e.action,
            e.entity,
            e.entity_id,
            e.summary,
            json.loads(e.details) if e.details else {},
        )
        for e in session.scalars(query)
    ]
