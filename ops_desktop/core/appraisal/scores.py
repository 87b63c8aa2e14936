"""Entering scores: rated sources per evaluator and dimension, the 數據分析 score, KPI figures.

Every write checks the period is not locked, the score's range and precision and who may
score whom; a change to an existing score is recorded in the audit log with its old value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    AppraisalPeriod,
    DataScore,
    KpiFigure,
    KpiMetric,
    SchemeDimension,
    ScoreEntry,
    Staff,
)
from ops_desktop.core.models.appraisal import RATED_SOURCES
from ops_desktop.core.services import audit, validate

from . import periods, rules


def parse_score(value: object) -> Decimal:
    """A score 0–100 with at most one decimal. Typed text is read as a Chinese input method
    gives it: full-width digits and point (８５．５) and spaces around it are fine; anything
    but plain digits with one optional point (1e2, 9_0, -0, +5) is refused."""
    if isinstance(value, bool):
        raise DomainError("'{value}' is not a score.", field="score", value=value)
    if isinstance(value, str):
        typed = value
        value = unicodedata.normalize("NFKC", value).strip()
        if not value.isascii():
            raise DomainError(
                "'{value}' is not a score: type it with digits, e.g. 90.",
                field="score",
                value=typed,
            )
        if value and not _PLAIN_NUMBER.fullmatch(value):
            raise DomainError("'{value}' is not a score.", field="score", value=typed)
    if isinstance(value, float):
        value = repr(value)
    score = validate.decimal(value, "score", maximum=Decimal(100), places=1, required=True)
    assert score is not None
    return score


_PLAIN_NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?")


@dataclass(frozen=True)
class ScoreKey:
    subject_id: int
    source: str
    evaluator_id: int | None
    dimension_id: int


def _check_rater(
    session: Session, period: AppraisalPeriod, key: ScoreKey, external: str | None
) -> None:
    if key.source not in RATED_SOURCES:
        raise DomainError("'{source}' is not a rated source.", source=key.source)
    subject = validate.get(session, Staff, key.subject_id, "Staff")
    dim = validate.get(session, SchemeDimension, key.dimension_id, "Dimension")
    if dim.scheme_id != period.scheme_id:
        raise DomainError("That dimension belongs to another appraisal scheme.")
    if key.source == "self" and key.evaluator_id != key.subject_id:
        raise DomainError("A self evaluation must be by {name} themself.", name=subject.name)
    if key.source == "peer":
        if key.evaluator_id == key.subject_id:
            raise DomainError("{name} cannot be their own peer evaluator.", name=subject.name)
        if key.evaluator_id is None:
            raise DomainError("A peer score needs its evaluator.")
    if key.source == "supervisor":
        if key.evaluator_id is None and not (external or "").strip():
            raise DomainError("Name who gave the supervisor score.")
        if key.evaluator_id == key.subject_id:
            raise DomainError("{name} cannot be their own supervisor.", name=subject.name)
    if key.evaluator_id is not None:
        validate.get(session, Staff, key.evaluator_id, "Evaluator")


def enter(
    session: Session,
    period_id: int,
    key: ScoreKey,
    score: object,
    operator: str = "",
    external_evaluator: str | None = None,
) -> str:
    """Insert or change one score. Returns "added", "changed" or "unchanged"."""
    period = periods.writable(session, period_id)
    value = parse_score(score)
    external_evaluator = validate.text(external_evaluator, "evaluator", required=False, max_len=80)
    _check_rater(session, period, key, external_evaluator)
    row = stored_entry(session, period_id, key)
    if row is not None and row.score == value:
        return "unchanged"
    if row is None:
        session.add(
            ScoreEntry(
                period_id=period_id,
                subject_id=key.subject_id,
                source=key.source,
                evaluator_id=key.evaluator_id,
                dimension_id=key.dimension_id,
                external_evaluator=None if key.evaluator_id else external_evaluator or None,
                score=value,
            )
        )
        result, old = "added", None
    else:
        result, old = "changed", str(row.score)
        row.score = value
    session.flush()
    audit.record(
        session,
        operator,
        "score",
        "score_entry",
        key.subject_id,
        f"{periods.label(period)} {key.source}",
        evaluator=key.evaluator_id,
        dimension=key.dimension_id,
        old=old,
        new=str(value),
    )
    return result


def stored_entry(session: Session, period_id: int, key: ScoreKey) -> ScoreEntry | None:
    """The score stored under ``key`` in the period, if any."""
    return session.scalar(
        select(ScoreEntry).where(
            ScoreEntry.period_id == period_id,
            ScoreEntry.subject_id == key.subject_id,
            ScoreEntry.source == key.source,
            ScoreEntry.dimension_id == key.dimension_id,
            ScoreEntry.evaluator_id.is_(None)
            if key.evaluator_id is None
            else ScoreEntry.evaluator_id == key.evaluator_id,
        )
    )


def stored_data_score(session: Session, period_id: int, subject_id: int) -> DataScore | None:
    return session.scalar(
        select(DataScore).where(
            DataScore.period_id == period_id, DataScore.subject_id == subject_id
        )
    )


def remove(session: Session, period_id: int, key: ScoreKey, operator: str = "") -> bool:
    periods.writable(session, period_id)
    row = stored_entry(session, period_id, key)
    if row is None:
        return False
    audit.record(
        session,
        operator,
        "delete_score",
        "score_entry",
        key.subject_id,
        key.source,
        old=str(row.score),
        evaluator=key.evaluator_id,
        dimension=key.dimension_id,
    )
    session.delete(row)
    return True


def enter_data_score(
    session: Session, period_id: int, subject_id: int, score: object, operator: str = ""
) -> str:
    """The 數據分析 score entered directly."""
    period = periods.writable(session, period_id)
    value = parse_score(score)
    validate.get(session, Staff, subject_id, "Staff")
    return _put_data_score(session, period, subject_id, value, "entered", operator)


def _put_data_score(
    session: Session,
    period: AppraisalPeriod,
    subject_id: int,
    value: Decimal,
    method: str,
    operator: str,
) -> str:
    row = stored_data_score(session, period.id, subject_id)
    if row is not None and row.score == value and row.method == method:
        return "unchanged"
    old = None if row is None else str(row.score)
    if row is None:
        session.add(
            DataScore(period_id=period.id, subject_id=subject_id, score=value, method=method)
        )
    else:
        row.score, row.method = value, method
    session.flush()
    audit.record(
        session,
        operator,
        "score",
        "data_score",
        subject_id,
        periods.label(period),
        old=old,
        new=str(value),
        method=method,
    )
    return "added" if old is None else "changed"


def record_kpi(
    session: Session,
    period_id: int,
    subject_id: int,
    metric_code: str,
    value: object,
    operator: str = "",
) -> None:
    """A completion rate in percent (0–1000) for one person and metric."""
    period = periods.writable(session, period_id)
    validate.get(session, Staff, subject_id, "Staff")
    metric = session.scalar(
        select(KpiMetric).where(
            KpiMetric.scheme_id == period.scheme_id, KpiMetric.code == metric_code
        )
    )
    if metric is None:
        raise DomainError("There is no KPI metric with the code {code}.", code=metric_code)
    number = validate.decimal(value, "value", maximum=Decimal(1000), required=True)
    row = session.scalar(
        select(KpiFigure).where(
            KpiFigure.period_id == period_id,
            KpiFigure.subject_id == subject_id,
            KpiFigure.metric_id == metric.id,
        )
    )
    if row is None:
        session.add(
            KpiFigure(period_id=period_id, subject_id=subject_id, metric_id=metric.id, value=number)
        )
    else:
        row.value = number
    session.flush()
    audit.record(session, operator, "kpi", "kpi_figure", subject_id, metric.code, value=str(number))


def compute_data_scores(session: Session, period_id: int, operator: str = "") -> int:
    """Set each person's 數據分析 score from their KPI figures (rules.kpi_score) where every
    metric has a figure and no score was entered by hand. Returns how many were set."""
    period = periods.writable(session, period_id)
    metrics = period.scheme.kpi_metrics
    weights = {m.code: Decimal(m.weight) for m in metrics}
    code_of = {m.id: m.code for m in metrics}
    figures: dict[int, dict[str, Decimal | None]] = {}
    for fig in session.scalars(select(KpiFigure).where(KpiFigure.period_id == period_id)):
        figures.setdefault(fig.subject_id, {})[code_of[fig.metric_id]] = Decimal(fig.value)
    entered = set(
        session.scalars(
            select(DataScore.subject_id).where(
                DataScore.period_id == period_id, DataScore.method == "entered"
            )
        )
    )
    count = 0
    for subject_id, values in figures.items():
        score = rules.kpi_score(weights, values)
        if score is None or subject_id in entered:
            continue
        if _put_data_score(session, period, subject_id, score, "kpi", operator) != "unchanged":
            count += 1
    return count


@dataclass(frozen=True)
class PeerScores:
    evaluator_id: int
    staff_no: str
    name: str
    scores: dict[str, Decimal]  # dimension code → score


def peer_scores(session: Session, period_id: int, subject_id: int) -> list[PeerScores]:
    """The assigned peers of one person and the scores each gave, by dimension code."""
    period = validate.get(session, AppraisalPeriod, period_id, "Appraisal period")
    codes = {d.id: d.code for d in period.scheme.dimensions}
    given: dict[int, dict[str, Decimal]] = {}
    for entry in session.scalars(
        select(ScoreEntry).where(
            ScoreEntry.period_id == period_id,
            ScoreEntry.subject_id == subject_id,
            ScoreEntry.source == "peer",
        )
    ):
        assert entry.evaluator_id is not None  # a peer score names its evaluator (CHECK)
        given.setdefault(entry.evaluator_id, {})[codes[entry.dimension_id]] = Decimal(entry.score)
    evaluators = periods.peers_of(session, period_id).get(subject_id, [])
    evaluators += [e for e in given if e not in evaluators]
    out = []
    for ident in evaluators:
        person = session.get(Staff, ident)
        if person is not None:
            out.append(PeerScores(ident, person.staff_no, person.name, given.get(ident, {})))
    return out


def supervisor_of(session: Session, subject_id: int) -> tuple[int | None, str | None]:
    """Who gives a person's supervisor score: their supervisor, or — for the department head —
    the superior outside the program named on earlier scores (default 公司高層)."""
    person = validate.get(session, Staff, subject_id, "Staff")
    if person.supervisor_id is not None:
        return person.supervisor_id, None
    named = session.scalar(
        select(ScoreEntry.external_evaluator)
        .where(ScoreEntry.subject_id == subject_id, ScoreEntry.evaluator_id.is_(None))
        .order_by(ScoreEntry.id.desc())
    )
    return None, named or "公司高層"


def remove_data_score(
    session: Session, period_id: int, subject_id: int, operator: str = ""
) -> bool:
    period = periods.writable(session, period_id)
    row = stored_data_score(session, period.id, subject_id)
    if row is None:
        return False
    audit.record(
        session,
        operator,
        "delete_score",
        "data_score",
        subject_id,
        periods.label(period),
        old=str(row.score),
    )
    session.delete(row)
    return True
