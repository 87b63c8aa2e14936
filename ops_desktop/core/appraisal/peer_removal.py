"""Taking a peer away from a person's month, with the scores they gave: a peer who is no
longer assigned but whose scores stay would still count (``results`` averages every peer
score). Removal and its putting back are each one change, audit-logged score by score and
as the peers set."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ScoreEntry, Staff
from ops_desktop.core.services import validate

from . import periods, scores
from . import stale_scores as stale


@dataclass(frozen=True)
class RemovedPeer:
    subject_id: int
    evaluator_id: int
    assigned: bool  # was an assigned peer (not only someone whose scores were there)
    scores: dict[str, Decimal]  # dimension code → the score taken away with them


def given(
    session: Session, period_id: int, subject_id: int, evaluator_id: int
) -> dict[str, Decimal]:
    """The peer scores ``evaluator_id`` gave ``subject_id`` in the period, by dimension code."""
    codes = {d.id: d.code for d in periods.scheme_dimensions(session, period_id)}
    rows = session.scalars(
        select(ScoreEntry).where(
            ScoreEntry.period_id == period_id,
            ScoreEntry.subject_id == subject_id,
            ScoreEntry.source == "peer",
            ScoreEntry.evaluator_id == evaluator_id,
        )
    )
    return {codes[r.dimension_id]: Decimal(r.score) for r in rows if r.dimension_id in codes}


def remove(
    session: Session,
    period_id: int,
    subject_id: int,
    evaluator_id: int,
    shown: Mapping[str, Decimal],
    operator: str = "",
) -> RemovedPeer:
    """Remove ``evaluator_id`` as a peer of ``subject_id`` and the scores they gave — the
    scores the user saw (``shown``, by dimension code) and was asked about: refused when
    they differ from those stored (a score given or changed meanwhile is not removed
    unasked)."""
    periods.writable(session, period_id)
    stored = given(session, period_id, subject_id, evaluator_id)
    if stored != {code: Decimal(str(value)) for code, value in shown.items()}:
        raise DomainError(
            "The scores {evaluator} gives {name} were changed after they were shown; "
            "nothing was removed: look at them again.",
            evaluator=validate.get(session, Staff, evaluator_id, "Evaluator").name,
            name=validate.get(session, Staff, subject_id, "Staff").name,
        )
    dims = {d.code: d.id for d in periods.scheme_dimensions(session, period_id)}
    for code in stored:
        key = scores.ScoreKey(subject_id, "peer", evaluator_id, dims[code])
        scores.remove(session, period_id, key, operator)
    peers = periods.peers_of(session, period_id).get(subject_id, [])
    if evaluator_id in peers:
        periods.set_peers(
            session, period_id, subject_id, [e for e in peers if e != evaluator_id], operator
        )
    return RemovedPeer(subject_id, evaluator_id, evaluator_id in peers, stored)


def put_back(session: Session, period_id: int, removed: RemovedPeer, operator: str = "") -> None:
    """Undo :func:`remove`: the peer again (beside the peers assigned since) and their scores
    — refused where someone has given a score in their place meanwhile."""
    periods.writable(session, period_id)
    subject, evaluator = removed.subject_id, removed.evaluator_id
    peers = periods.peers_of(session, period_id).get(subject, [])
    if removed.assigned and evaluator not in peers:
        periods.set_peers(session, period_id, subject, [*peers, evaluator], operator)
    dims = {d.code: d.id for d in periods.scheme_dimensions(session, period_id)}
    for code, value in removed.scores.items():
        key = scores.ScoreKey(subject, "peer", evaluator, dims[code])
        stale.expect_score(session, period_id, key, None)
        scores.enter(session, period_id, key, value, operator)
