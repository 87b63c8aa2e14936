"""Evaluators' comments (評語): what each evaluator wrote about a person for a rated source in
a month, stored from the 評語 column of the evaluator forms, shown in the window and printed
on the score sheet's 評語 sheet.

Like scores, a change is audit-logged with its old text, and an import notes what it changed
(``CommentChange``) so that its undo puts every comment back — refused, changing nothing,
when the month has been locked since or someone else has changed one of them since.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ScoreComment, Staff
from ops_desktop.core.models.appraisal import COMMENT_LENGTH, RATED_SOURCES
from ops_desktop.core.services import audit, validate

from . import periods

# What XML 1.0 cannot hold: a workbook or a report with it would be damaged.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class CommentKey:
    subject_id: int
    source: str
    evaluator_id: int | None  # None: a supervisor score's evaluator from outside the program


@dataclass(frozen=True)
class CommentChange:
    """One comment before and after an action ("": there was, or is, no comment)."""

    key: CommentKey
    before: str
    after: str


@dataclass(frozen=True)
class Comment:
    """A stored comment with the names the window and the score sheet show."""

    subject_id: int
    staff_no: str
    name: str
    source: str
    evaluator_id: int | None
    evaluator: str  # "OP0001 王偉", or "" for one from outside the program
    text: str


def clean(text: object) -> str:
    """The comment as stored ("" for none): trimmed, Windows line ends made plain, at most
    ``COMMENT_LENGTH`` characters, no character a workbook cannot hold."""
    typed = "" if text is None else str(text)
    found = _NOT_XML.search(typed)
    if found:
        raise DomainError(
            "{field} holds a character that cannot be stored (U+{code}); remove it.",
            field="comment",
            code=f"{ord(found.group()):04X}",
        )
    typed = typed.replace("\r\n", "\n").replace("\r", "\n")
    return validate.text(typed, "comment", required=False, max_len=COMMENT_LENGTH)


def stored(session: Session, period_id: int, key: CommentKey) -> ScoreComment | None:
    return session.scalar(
        select(ScoreComment).where(
            ScoreComment.period_id == period_id,
            ScoreComment.subject_id == key.subject_id,
            ScoreComment.source == key.source,
            ScoreComment.evaluator_id.is_(None)
            if key.evaluator_id is None
            else ScoreComment.evaluator_id == key.evaluator_id,
        )
    )


def put(
    session: Session,
    period_id: int,
    key: CommentKey,
    text: object,
    operator: str = "",
    into: list[CommentChange] | None = None,
) -> bool:
    """Store ``text`` as the comment under ``key`` ("" removes it). True: it changed (and is
    noted in ``into``)."""
    period = periods.writable(session, period_id)
    if key.source not in RATED_SOURCES:
        raise DomainError("'{source}' is not a rated source.", source=key.source)
    after = clean(text)
    row = stored(session, period_id, key)
    before = "" if row is None else row.comment
    if before == after:
        return False
    if row is None:
        session.add(
            ScoreComment(
                period_id=period_id,
                subject_id=key.subject_id,
                source=key.source,
                evaluator_id=key.evaluator_id,
                comment=after,
            )
        )
    elif after:
        row.comment = after
    else:
        session.delete(row)
    session.flush()
    audit.record(
        session,
        operator,
        "comment" if after else "delete_comment",
        "score_comment",
        key.subject_id,
        f"{periods.label(period)} {key.source}",
        evaluator=key.evaluator_id,
        old=before or None,
        new=after or None,
    )
    if into is not None:
        into.append(CommentChange(key, before, after))
    return True


def net(changes: Iterable[CommentChange]) -> list[CommentChange]:
    """One change per comment, from its first ``before`` to its last ``after``; comments back
    where they started are left out."""
    first: dict[CommentKey, CommentChange] = {}
    for change in changes:
        earlier = first.get(change.key)
        first[change.key] = change if earlier is None else replace(earlier, after=change.after)
    return [c for c in first.values() if c.before != c.after]


def take_back(
    session: Session, period_id: int, changes: Iterable[CommentChange], operator: str = ""
) -> None:
    """Put every comment back as it was before the action (undo)."""
    undone = [CommentChange(c.key, c.after, c.before) for c in reversed(net(changes))]
    _move(session, period_id, undone, operator)


def put_again(
    session: Session, period_id: int, changes: Iterable[CommentChange], operator: str = ""
) -> None:
    """Store the action's comments again, after :func:`take_back` (redo)."""
    _move(session, period_id, net(changes), operator)


def _move(session: Session, period_id: int, changes: list[CommentChange], operator: str) -> None:
    """Every check before the first write: a refusal leaves every comment as it is."""
    periods.writable(session, period_id)
    for change in changes:
        row = stored(session, period_id, change.key)
        if ("" if row is None else row.comment) != change.before:
            name = validate.get(session, Staff, change.key.subject_id, "Staff").name
            raise DomainError(
                "A comment on {name} was changed by someone else since; it was left as it is now.",
                name=name,
            )
    for change in changes:
        put(session, period_id, change.key, change.after, operator)


def of_period(session: Session, period_id: int, subject_id: int | None = None) -> list[Comment]:
    """The month's comments (or one person's), by staff number, source and evaluator."""
    subject, evaluator = aliased(Staff), aliased(Staff)
    query = (
        select(ScoreComment, subject, evaluator)
        .join(subject, subject.id == ScoreComment.subject_id)
        .outerjoin(evaluator, evaluator.id == ScoreComment.evaluator_id)
        .where(ScoreComment.period_id == period_id)
    )
    if subject_id is not None:
        query = query.where(ScoreComment.subject_id == subject_id)
    order = {source: n for n, source in enumerate(("self", "supervisor", "peer"))}
    found = [
        Comment(
            row.subject_id,
            person.staff_no,
            person.name,
            row.source,
            row.evaluator_id,
            "" if by is None else f"{by.staff_no} {by.name}",
            row.comment,
        )
        for row, person, by in cast(
            "list[tuple[ScoreComment, Staff, Staff | None]]", session.execute(query).all()
        )  # fmt: skip
    ]
    return sorted(found, key=lambda c: (c.staff_no, order[c.source], c.evaluator))
