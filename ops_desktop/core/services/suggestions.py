"""The suggestion box (意見箱): named or anonymous; 新建 → 處理中 → 已回覆; a periodic summary."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Staff, Suggestion
from ops_desktop.core.models.communication import SUGGESTION_STATUSES

from . import audit, validate


def submit(
    session: Session,
    title: str,
    operator: str = "",
    *,
    body: str = "",
    category: str = "",
    author_id: int | None = None,
    anonymous: bool = False,
    on: object = None,
) -> Suggestion:
    if anonymous and author_id is not None:
        raise DomainError("An anonymous suggestion cannot name its author.")
    if not anonymous and author_id is None:
        raise DomainError("Name the author, or mark the suggestion anonymous.", field="owner")
    if author_id is not None:
        validate.get(session, Staff, author_id, "Staff")
    item = Suggestion(
        title=validate.text(title, "title"),
        body=body.strip(),
        category=validate.text(category, "category", required=False, max_len=40),
        author_id=author_id,
        anonymous=anonymous,
        submitted_on=validate.date(on, "date") or dt.date.today(),
    )  # type: ignore[arg-type]
    session.add(item)
    session.flush()
    audit.record(session, operator, "create", "suggestion", item.id, item.title)
    return item


def set_status(session: Session, suggestion_id: int, status: str, operator: str = "") -> Suggestion:
    item = validate.get(session, Suggestion, suggestion_id, "Suggestion")
    validate.choice(status, SUGGESTION_STATUSES, "status")
    if status == "answered" and not item.reply.strip():
        raise DomainError("Write the reply before marking the suggestion answered.", field="reply")
    item.status = status
    audit.record(session, operator, "set_status", "suggestion", item.id, status)
    return item


def reply(
    session: Session,
    suggestion_id: int,
    text: str,
    replied_by: str,
    operator: str = "",
    at: dt.datetime | None = None,
) -> Suggestion:
    item = validate.get(session, Suggestion, suggestion_id, "Suggestion")
    item.reply = validate.text(text, "reply", max_len=4000)
    item.replied_by = validate.text(replied_by, "approver", max_len=80)
    item.replied_at = at or dt.datetime.now()
    item.status = "answered"
    audit.record(session, operator, "reply", "suggestion", item.id, item.title)
    return item


@dataclass(frozen=True)
class Summary:
    total: int
    by_status: dict[str, int]
    by_category: dict[str, int]
    anonymous: int
    unanswered: int


def summary(session: Session, start: dt.date, end: dt.date) -> Summary:
    """Counts of the suggestions submitted from ``start`` to ``end`` inclusive."""
    items = list(
        session.scalars(
            select(Suggestion).where(
                Suggestion.submitted_on >= start, Suggestion.submitted_on <= end
            )
        )
    )
    by_status = Counter(i.status for i in items)
    return Summary(
        total=len(items),
        by_status={s: by_status.get(s, 0) for s in SUGGESTION_STATUSES},
        by_category=dict(Counter(i.category or "—" for i in items)),
        anonymous=sum(i.anonymous for i in items),
        unanswered=len(items) - by_status.get("answered", 0),
    )


def unanswered(session: Session) -> list[Suggestion]:
    return list(
        session.scalars(
            select(Suggestion)
            .where(Suggestion.status != "answered")
            .order_by(Suggestion.submitted_on)
        )
    )
