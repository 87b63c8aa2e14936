"""The suggestion box (意見箱): named or anonymous; 新建 → 處理中 → 已回覆; a periodic summary."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Staff, Suggestion
from ops_desktop.core.models.communication import SUGGESTION_STATUSES

from . import audit, validate


def set_status(session: Session, suggestion_id: int, status: str, operator: str = "") -> Suggestion:
    item = validate.get(session, Suggestion, suggestion_id, "Suggestion")
    validate.choice(status, SUGGESTION_STATUSES, "status")
    if status == "answered" and not item.reply.strip():
        raise DomainError("Write the reply before marking the suggestion answered.", field="reply")
    # The summary names the suggestion, the details the change: the log words the statuses
    # in the reader's language (a summary "in_progress" was shown as it was stored).
    old, item.status = item.status, status
    audit.record(
        session, operator, "set_status", "suggestion", item.id, item.title, status=[old, status]
    )
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
    item.replied_at = at or clock.now()
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


# -- editing (the Suggestions page) --------------------------------------------------------


@dataclass(frozen=True)
class SuggestionInput:
    """What the suggestion form supplies."""

    title: str
    body: str = ""
    category: str = ""
    author_id: int | None = None
    anonymous: bool = False
    submitted_on: dt.date | str | None = None  # None: today


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    submitted_on: dt.date
    title: str
    category: str
    author: str  # "" when anonymous
    anonymous: bool
    status: str
    replied_by: str


@dataclass(frozen=True)
class ReplyState:
    """A suggestion's answer, kept to undo a reply or a status change."""

    status: str
    reply: str
    replied_by: str | None
    replied_at: dt.datetime | None


def _author(session: Session, data: SuggestionInput, current: int | None) -> int | None:
    if data.anonymous:
        if data.author_id is not None:
            raise DomainError("An anonymous suggestion cannot name its author.", field="author")
        return None
    if data.author_id is None:
        raise DomainError("Name the author, or mark the suggestion anonymous.", field="author")
    person = validate.get(session, Staff, data.author_id, "Staff")
    if person.status == "departed" and data.author_id != current:
        raise DomainError("{name} has left the department.", field="author", name=person.name)
    return data.author_id


def _checks(
    session: Session, data: SuggestionInput, current: Suggestion | None
) -> dict[str, Callable[[], object]]:
    return {
        "submitted_on": lambda: validate.date(data.submitted_on, "date") or clock.today(),
        "title": lambda: validate.text(data.title, "title"),
        "category": lambda: validate.text(data.category, "category", required=False, max_len=40),
        "author": lambda: _author(session, data, current.author_id if current else None),
        "body": lambda: validate.text(data.body, "text", required=False, max_len=8000),
    }


def problems(
    session: Session, data: SuggestionInput, suggestion_id: int | None = None
) -> dict[str, str]:
    """Every problem of the suggestion form as field → message (date, title, category,
    author, text), for validation as you type."""
    current = session.get(Suggestion, suggestion_id) if suggestion_id is not None else None
    found: dict[str, str] = {}
    for key, check in _checks(session, data, current).items():
        try:
            check()
        except DomainError as exc:
            found.setdefault(exc.field or key, str(exc))
    return found


def create(session: Session, data: SuggestionInput, operator: str = "") -> int:
    """Put a suggestion in the box; returns the new record's id."""
    values = {key: check() for key, check in _checks(session, data, None).items()}
    # Each value is what its check in _checks returned; the casts name those types.
    item = Suggestion(
        title=cast(str, values["title"]),
        body=cast(str, values["body"]),
        category=cast(str, values["category"]),
        author_id=cast("int | None", values["author"]),
        anonymous=data.anonymous,
        submitted_on=cast(dt.date, values["submitted_on"]),
    )
    session.add(item)
    session.flush()
    audit.record(session, operator, "create", "suggestion", item.id, item.title)
    return item.id


def update(session: Session, suggestion_id: int, data: SuggestionInput, operator: str = "") -> None:
    """Correct a suggestion's date, title, category, author (or anonymity) and text."""
    item = validate.get(session, Suggestion, suggestion_id, "Suggestion")
    values = {key: check() for key, check in _checks(session, data, item).items()}
    new = {
        "submitted_on": values["submitted_on"],
        "title": values["title"],
        "category": values["category"],
        "author_id": values["author"],
        "anonymous": data.anonymous,
        "body": values["body"],
    }
    changes = {k: (str(getattr(item, k)), str(v)) for k, v in new.items() if getattr(item, k) != v}
    if new["anonymous"]:  # the constraint holds at every flush: clear the author first
        item.author_id = None
    for key, value in new.items():
        setattr(item, key, value)
    if changes:
        audit.record(session, operator, "update", "suggestion", item.id, item.title, **changes)


def input_of(session: Session, suggestion_id: int) -> SuggestionInput:
    """The stored suggestion as the form shows it."""
    item = get(session, suggestion_id)
    return SuggestionInput(
        title=item.title,
        body=item.body,
        category=item.category,
        author_id=item.author_id,
        anonymous=item.anonymous,
        submitted_on=item.submitted_on,
    )


def get(session: Session, suggestion_id: int) -> Suggestion:
    return validate.get(session, Suggestion, suggestion_id, "Suggestion")


def remove_new(session: Session, suggestion_id: int, operator: str = "") -> None:
    """Delete a suggestion nobody has taken up yet (undoing its submission)."""
    item = validate.get(session, Suggestion, suggestion_id, "Suggestion")
    if item.status != "new":
        raise DomainError("{title} is being handled and is kept.", title=item.title)
    audit.record(session, operator, "delete", "suggestion", item.id, item.title)
    session.delete(item)
    session.flush()


def reply_problems(text: str, replied_by: str) -> dict[str, str]:
    """Problems of the reply form: the reply and who gives it are both needed."""
    found: dict[str, str] = {}
    if not (text or "").strip():
        found["reply"] = str(DomainError("Write the reply first.", field="reply"))
    else:
        found.update(_problem(lambda: validate.text(text, "reply", max_len=4000)))
    if not (replied_by or "").strip():
        found["replied_by"] = str(DomainError("Say who replies.", field="replied_by"))
    elif len(replied_by.strip()) > 80:
        found["replied_by"] = str(DomainError("The name is longer than {max} characters.", max=80))
    else:
        found.update(_problem(lambda: validate.storable(replied_by, "replied_by")))
    return found


def _problem(check: Callable[[], object]) -> dict[str, str]:
    try:
        check()
    except DomainError as exc:
        return {exc.field or "": str(exc)}
    return {}


def reply_state(item: Suggestion) -> ReplyState:
    return ReplyState(item.status, item.reply, item.replied_by, item.replied_at)


def restore_reply(
    session: Session, suggestion_id: int, state: ReplyState, operator: str = ""
) -> Suggestion:
    """Put back an earlier answer and status (undoing a reply or a status change)."""
    item = validate.get(session, Suggestion, suggestion_id, "Suggestion")
    validate.choice(state.status, SUGGESTION_STATUSES, "status")
    item.reply, item.replied_by, item.replied_at = state.reply, state.replied_by, state.replied_at
    old, item.status = item.status, state.status
    audit.record(
        session,
        operator,
        "restore_reply",
        "suggestion",
        item.id,
        item.title,
        status=[old, state.status],
    )
    return item


def rows(session: Session, *, include_answered: bool = True) -> list[SuggestionRow]:
    """The suggestions, newest first; the author is blank when anonymous."""
    query = (
        select(Suggestion, Staff.name)
        .outerjoin(Staff, Suggestion.author_id == Staff.id)
        .order_by(Suggestion.submitted_on.desc(), Suggestion.id.desc())
    )
    if not include_answered:
        query = query.where(Suggestion.status != "answered")
    return [
        SuggestionRow(
            s.id,
            s.submitted_on,
            s.title,
            s.category,
            name or "",
            s.anonymous,
            s.status,
            s.replied_by or "",
        )
        for s, name in session.execute(query)
    ]


def categories(session: Session) -> list[str]:
    """The categories used so far, for the form's choices."""
    found = session.scalars(select(Suggestion.category).where(Suggestion.category != "").distinct())
    return sorted(found)
