"""The appraisal scheme: weights (sum-to-100 rule), grade bands, thresholds."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AppraisalScheme

from . import audit, validate

HUNDRED = Decimal(100)


def _check_sum(kind: str, weights: Mapping[str, Decimal]) -> None:
    total = sum(weights.values(), Decimal(0))
    if total != HUNDRED:
        detail = ", ".join(f"{k} {v.normalize():f}" for k, v in weights.items())
        raise DomainError(
            "The {kind} weights must add up to 100; they add up to {total} ({detail}).",
            field="weight",
            kind=kind,
            total=f"{total.normalize():f}",
            detail=detail,
        )


def check_scheme(scheme: AppraisalScheme) -> None:
    """Refuse a scheme whose numbers cannot work, with a message that says why."""
    _check_sum("source", {s.name: Decimal(s.weight) for s in scheme.sources})
    _check_sum("dimension", {d.name: Decimal(d.weight) for d in scheme.dimensions})
    if scheme.kpi_metrics:
        _check_sum("KPI", {m.name: Decimal(m.weight) for m in scheme.kpi_metrics})
    mins = [Decimal(g.min_score) for g in scheme.grades]
    if not mins or any(a <= b for a, b in zip(mins, mins[1:], strict=False)):
        raise DomainError(
            "Grade bands must go from the highest minimum score to the lowest, "
            "each lower than the one before.",
            field="min_score",
        )
    if mins[-1] != 0:
        raise DomainError(
            "The lowest grade must start at 0 so that every total has a grade.", field="min_score"
        )


def active(session: Session) -> AppraisalScheme:
    scheme = session.scalar(
        select(AppraisalScheme).where(AppraisalScheme.active).order_by(AppraisalScheme.id.desc())
    )
    if scheme is None:
        raise DomainError("This database has no active appraisal scheme.")
    return scheme


def source_weights(session: Session) -> dict[str, Decimal]:
    return {s.code: Decimal(s.weight) for s in active(session).sources}


def set_weights(
    session: Session,
    *,
    sources: Mapping[str, object] | None = None,
    dimensions: Mapping[str, object] | None = None,
    operator: str = "",
) -> AppraisalScheme:
    """Change source and/or dimension weights (by code). Refused unless each set sums to 100."""
    scheme = active(session)
    before = {f"source.{s.code}": str(s.weight) for s in scheme.sources}
    before |= {f"dimension.{d.code}": str(d.weight) for d in scheme.dimensions}
    for rows, new in ((scheme.sources, sources), (scheme.dimensions, dimensions)):
        if not new:
            continue
        known = {r.code for r in rows}
        unknown = set(new) - known
        if unknown:
            raise DomainError("Unknown code(s): {codes}.", codes=", ".join(sorted(unknown)))
        for row in rows:
            if row.code in new:
                row.weight = validate.decimal(
                    new[row.code], "weight", maximum=HUNDRED, required=True
                )
    check_scheme(scheme)
    audit.record(
        session,
        operator,
        "set_weights",
        "appraisal_scheme",
        scheme.id,
        "weights changed",
        before=before,
    )
    return scheme


def placeholder_values(session: Session) -> dict[str, str]:
    """Values for the regulation's placeholders, e.g. ``{"weight.peer": "20"}``."""
    return {f"weight.{code}": f"{w.normalize():f}" for code, w in source_weights(session).items()}
