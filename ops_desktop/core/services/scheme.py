"""The appraisal scheme: weights (sum-to-100 rule), grade bands, bonus coefficients,
thresholds.

A scheme version that something must keep is never changed: a locked period keeps the
numbers it was computed with, and an approved regulation version the weights it was
approved with. When the active scheme is kept so, a change creates a new scheme version.
Months not yet locked either move to it (``APPLY_TO_OPEN``: they are re-scored) or keep the
version they have (``APPLY_FROM_NEXT``: only months opened afterwards use the new one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    AppraisalPeriod,
    AppraisalScheme,
    ApprovedScheme,
    GradeBand,
    KpiMetric,
    SchemeDimension,
    SchemeSource,
    ScoreEntry,
)

from . import audit, freshness, validate

HUNDRED = Decimal(100)

APPLY_TO_OPEN = "open"  # months not yet locked take the change (they are re-scored)
APPLY_FROM_NEXT = "next"  # they keep their version; months opened afterwards use the new one
APPLIES_TO = (APPLY_TO_OPEN, APPLY_FROM_NEXT)


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
            "The lowest grade must start at 0 so that every total has a grade.",
            field="min_score",
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


@dataclass
class SchemeChanges:
    """What Settings may change; ``None`` or empty leaves a part as it is."""

    sources: Mapping[str, object] = field(default_factory=dict)  # code → weight
    dimensions: Mapping[str, object] = field(default_factory=dict)  # code → weight
    kpi_metrics: Mapping[str, object] = field(default_factory=dict)  # code → weight
    grades: Mapping[str, tuple[object, object, object]] = field(default_factory=dict)
    # grade name → (min_score, bonus_coefficient, max_share or None)
    training_threshold: object = None
    annual_min_months: int | None = None
    peer_drop_extremes: bool | None = None
    peer_drop_min_count: int | None = None


class _Weighted(Protocol):
    """A weighted part of a scheme: a source, a dimension or a KPI metric."""

    code: str
    weight: Decimal


def _set_weights(rows: Sequence[_Weighted], new: Mapping[str, object]) -> None:
    unknown = set(new) - {r.code for r in rows}
    if unknown:
        raise DomainError("Unknown code(s): {codes}.", codes=", ".join(sorted(unknown)))
    for row in rows:
        if row.code in new:
            row.weight = validate.decimal(new[row.code], "weight", maximum=HUNDRED, required=True)


def _set_grades(scheme: AppraisalScheme, new: Mapping[str, tuple[object, object, object]]) -> None:
    by_name = {g.name: g for g in scheme.grades}
    unknown = set(new) - set(by_name)
    if unknown:
        raise DomainError("Unknown grade(s): {codes}.", codes=", ".join(sorted(unknown)))
    for name, (minimum, coefficient, share) in new.items():
        band = by_name[name]
        band.min_score = validate.decimal(
            minimum, "min_score", maximum=HUNDRED, places=1, required=True
        )
        band.bonus_coefficient = validate.decimal(
            coefficient, "bonus_coefficient", maximum=Decimal(10), required=True
        )
        band.max_share = validate.decimal(share, "max_share", maximum=HUNDRED)
        if band.max_share == 0:
            band.max_share = None


def edit(
    session: Session,
    changes: SchemeChanges,
    operator: str = "",
    *,
    applies_to: str = APPLY_TO_OPEN,
) -> AppraisalScheme:
    """Apply ``changes`` to the active scheme (a new version if something keeps it, see the
    module's text). ``applies_to``: whether the months not yet locked that use the active
    scheme take the change (``APPLY_TO_OPEN``) or keep their version (``APPLY_FROM_NEXT``).
    A change that changes nothing creates no version. The audit entry says which months
    took the change and which kept their version."""
    if applies_to not in APPLIES_TO:
        raise DomainError("Unknown choice of months: {value}.", value=applies_to)
    current = active(session)
    before = snapshot(current)
    with session.begin_nested() as trial:
        _apply(session, current, changes)
        unchanged = snapshot(current) == before
        trial.rollback()
    if unchanged:
        return active(session)
    freshness.touch(current)  # a form showing the scheme as it was must not overwrite this
    months = open_period_labels(session, current)
    scheme = _writable(session, keep_open=applies_to == APPLY_FROM_NEXT)
    _apply(session, scheme, changes)
    after = snapshot(scheme)
    changed = {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}
    took, kept = (months, []) if applies_to == APPLY_TO_OPEN else ([], months)
    audit.record(
        session,
        operator,
        "edit_scheme",
        "appraisal_scheme",
        scheme.id,
        "scheme",
        applies_to=applies_to,
        applied_to_months=took,
        months_keeping_their_version=kept,
        **changed,
    )
    return scheme


def open_periods(session: Session, of: AppraisalScheme) -> list[AppraisalPeriod]:
    """The periods not yet locked (open or in review) computed with ``of``, oldest first."""
    return list(
        session.scalars(
            select(AppraisalPeriod)
            .where(AppraisalPeriod.scheme_id == of.id, AppraisalPeriod.status != "locked")
            .order_by(AppraisalPeriod.year, AppraisalPeriod.month)
        )
    )


def open_period_labels(session: Session, of: AppraisalScheme) -> list[str]:
    """``open_periods`` as the program names them: 2026-11 for a month, 2026 for a year."""
    return [
        f"{p.year}-{p.month:02d}" if p.month else str(p.year) for p in open_periods(session, of)
    ]


def try_changes(session: Session, on: AppraisalScheme, changes: SchemeChanges) -> None:
    """Set ``changes`` on the scheme ``on`` (DomainError if wrong), for a trial that the
    caller rolls back without flushing (``appraisal.scheme_impact``): :func:`edit` stores."""
    _apply(session, on, changes)


def _apply(session: Session, scheme: AppraisalScheme, changes: SchemeChanges) -> None:
    """Set the changed values on ``scheme`` and check the result (DomainError if wrong)."""
    _set_weights(scheme.sources, changes.sources or {})
    _set_weights(scheme.dimensions, changes.dimensions or {})
    _set_weights(scheme.kpi_metrics, changes.kpi_metrics or {})
    _set_grades(scheme, changes.grades or {})
    if changes.training_threshold is not None:
        scheme.training_threshold = validate.decimal(
            changes.training_threshold,
            "training_threshold",
            maximum=HUNDRED,
            places=1,
            required=True,  # the column is NOT NULL: an emptied field is refused, not stored
        )
    if changes.annual_min_months is not None:
        if not 1 <= changes.annual_min_months <= 12:
            raise DomainError("The minimum number of months must be 1 to 12.")
        scheme.annual_min_months = changes.annual_min_months
    if changes.peer_drop_extremes is not None:
        scheme.peer_drop_extremes = changes.peer_drop_extremes
    if changes.peer_drop_min_count is not None:
        if changes.peer_drop_min_count < 3:
            raise DomainError("Dropping extremes needs at least 3 peer scores.")
        scheme.peer_drop_min_count = changes.peer_drop_min_count
    scheme.grades.sort(key=lambda g: g.min_score, reverse=True)
    for i, band in enumerate(scheme.grades, start=1):
        band.sort_order = i
    check_scheme(scheme)


def set_weights(
    session: Session,
    *,
    sources: Mapping[str, object] | None = None,
    dimensions: Mapping[str, object] | None = None,
    operator: str = "",
    applies_to: str = APPLY_TO_OPEN,
) -> AppraisalScheme:
    """Change source and/or dimension weights by code; each set must still sum to 100."""
    return edit(
        session,
        SchemeChanges(sources=sources or {}, dimensions=dimensions or {}),
        operator,
        applies_to=applies_to,
    )


def _n(value: object) -> str:
    """A number as text, the same however it was given (40, "40", 40.00 → "40")."""
    return "None" if value is None else f"{Decimal(str(value)).normalize():f}"


def snapshot(scheme: AppraisalScheme) -> dict[str, str]:
    out = {f"source.{s.code}": _n(s.weight) for s in scheme.sources}
    out |= {f"dimension.{d.code}": _n(d.weight) for d in scheme.dimensions}
    out |= {f"kpi.{m.code}": _n(m.weight) for m in scheme.kpi_metrics}
    for g in scheme.grades:
        out[f"grade.{g.name}"] = f"{_n(g.min_score)}/{_n(g.bonus_coefficient)}/{_n(g.max_share)}"
    out["training_threshold"] = _n(scheme.training_threshold)
    out["annual_min_months"] = str(scheme.annual_min_months)
    out["peer_drop"] = f"{scheme.peer_drop_extremes}/{scheme.peer_drop_min_count}"
    return out


def _kept(session: Session, scheme: AppraisalScheme, keep_open: bool) -> bool:
    """Whether ``scheme`` must stay as it is: a locked month or an approved regulation
    version uses it, or (``keep_open``) a month not yet locked is to keep it."""
    used = select(AppraisalPeriod.id).where(AppraisalPeriod.scheme_id == scheme.id)
    if not keep_open:
        used = used.where(AppraisalPeriod.status == "locked")
    if session.scalar(used.limit(1)) is not None:
        return True
    approved = select(ApprovedScheme.version_id).where(ApprovedScheme.scheme_id == scheme.id)
    return session.scalar(approved.limit(1)) is not None


def _writable(session: Session, *, keep_open: bool = False) -> AppraisalScheme:
    """The active scheme if nothing keeps it (see :func:`_kept`), else a new version of it,
    to which the months not yet locked move unless ``keep_open``. The scheme's periods are
    row-locked first (PostgreSQL): a month being locked by another desk is waited for and
    then seen, and a lock waits for this edit."""
    scheme = active(session)
    session.scalars(
        select(AppraisalPeriod.id).where(AppraisalPeriod.scheme_id == scheme.id).with_for_update()
    ).all()
    if not _kept(session, scheme, keep_open):
        return scheme
    copy = AppraisalScheme(
        name=scheme.name,
        active=True,
        peer_drop_extremes=scheme.peer_drop_extremes,
        peer_drop_min_count=scheme.peer_drop_min_count,
        annual_min_months=scheme.annual_min_months,
        training_threshold=scheme.training_threshold,
    )
    copy.sources = [
        SchemeSource(
            code=s.code, name=s.name, name_en=s.name_en, weight=s.weight, sort_order=s.sort_order
        )
        for s in scheme.sources
    ]
    copy.dimensions = [
        SchemeDimension(
            code=d.code, name=d.name, name_en=d.name_en, weight=d.weight, sort_order=d.sort_order
        )
        for d in scheme.dimensions
    ]
    copy.grades = [
        GradeBand(
            name=g.name,
            name_en=g.name_en,
            min_score=g.min_score,
            bonus_coefficient=g.bonus_coefficient,
            max_share=g.max_share,
            sort_order=g.sort_order,
        )
        for g in scheme.grades
    ]
    copy.kpi_metrics = [
        KpiMetric(
            code=m.code, name=m.name, name_en=m.name_en, weight=m.weight, sort_order=m.sort_order
        )
        for m in scheme.kpi_metrics
    ]
    scheme.active = False
    session.add(copy)
    session.flush()
    if not keep_open:
        _move_open_periods(session, scheme, copy)
    return copy


def _move_open_periods(session: Session, old: AppraisalScheme, new: AppraisalScheme) -> None:
    """Periods not yet locked follow the new version; their scores follow its dimensions.
    Their rows are locked (FOR UPDATE, on PostgreSQL) so that a month locked meanwhile by
    another desk is either waited for and left out, or waits for this change."""
    open_ids = list(
        session.scalars(
            select(AppraisalPeriod.id)
            .where(AppraisalPeriod.scheme_id == old.id, AppraisalPeriod.status != "locked")
            .with_for_update()
        )
    )
    if not open_ids:
        return
    new_dims = {d.code: d.id for d in new.dimensions}
    for dim in old.dimensions:
        session.execute(
            update(ScoreEntry)
            .where(ScoreEntry.period_id.in_(open_ids), ScoreEntry.dimension_id == dim.id)
            .values(dimension_id=new_dims[dim.code])
        )
    from ops_desktop.core.models import KpiFigure

    new_metrics = {m.code: m.id for m in new.kpi_metrics}
    for metric in old.kpi_metrics:
        session.execute(
            update(KpiFigure)
            .where(KpiFigure.period_id.in_(open_ids), KpiFigure.metric_id == metric.id)
            .values(metric_id=new_metrics[metric.code])
        )
    session.execute(
        update(AppraisalPeriod).where(AppraisalPeriod.id.in_(open_ids)).values(scheme_id=new.id)
    )
    session.expire_all()


def placeholder_values(session: Session, of: AppraisalScheme | None = None) -> dict[str, str]:
    """Values for the regulation's placeholders, e.g. ``{"weight.peer": "20"}``, from the
    scheme ``of`` (default: the active one)."""
    scheme = of if of is not None else active(session)
    return {f"weight.{s.code}": _n(s.weight) for s in scheme.sources}


def placeholder_names(scheme: AppraisalScheme) -> dict[str, str]:
    """What each placeholder stands for, as the scheme names it (``weight.peer`` → 同事評價)."""
    return {f"weight.{s.code}": s.name for s in scheme.sources}


# -- the Settings page ---------------------------------------------------------------------


def changes_of(scheme: AppraisalScheme) -> SchemeChanges:
    """Every value Settings may change, as they are now: editing back to this undoes an
    edit."""
    return SchemeChanges(
        sources={s.code: Decimal(s.weight) for s in scheme.sources},
        dimensions={d.code: Decimal(d.weight) for d in scheme.dimensions},
        kpi_metrics={m.code: Decimal(m.weight) for m in scheme.kpi_metrics},
        grades={
            g.name: (Decimal(g.min_score), Decimal(g.bonus_coefficient), g.max_share)
            for g in scheme.grades
        },
        training_threshold=Decimal(scheme.training_threshold),
        annual_min_months=scheme.annual_min_months,
        peer_drop_extremes=scheme.peer_drop_extremes,
        peer_drop_min_count=scheme.peer_drop_min_count,
    )


def weight_total(weights: Mapping[str, object]) -> Decimal | None:
    """The sum of weights as typed, or None while one of them is not a number."""
    total = Decimal(0)
    for value in weights.values():
        try:
            number = validate.decimal(value, "weight", maximum=HUNDRED, required=True)
        except DomainError:
            return None
        total += number or 0
    return total


def problems(session: Session, changes: SchemeChanges) -> dict[str, str]:
    """Every problem of the scheme form as key → message, for validation as you type.
    Keys: ``source.<code>``, ``sources`` (the sum), ``dimension.<code>``, ``dimensions``,
    ``grade.<name>`` (its min score, coefficient or share), ``training_threshold``,
    ``annual_min_months``, ``peer_drop_min_count`` and ``scheme`` (what only shows when the
    whole scheme is put together, e.g. the order of the grade bands)."""
    found: dict[str, str] = {}

    def attempt(key: str, check: Callable[..., object]) -> None:
        try:
            check()
        except DomainError as exc:
            found.setdefault(key, str(exc))

    for kind, values in (("source", changes.sources), ("dimension", changes.dimensions)):
        for code, value in (values or {}).items():
            attempt(
                f"{kind}.{code}",
                lambda v=value: validate.decimal(v, "weight", maximum=HUNDRED, required=True),
            )
        if values and weight_total(values) is not None:
            attempt(f"{kind}s", lambda k=kind, v=values: _check_sum(k, _decimals(v)))
    for name, (minimum, coefficient, share) in (changes.grades or {}).items():
        attempt(
            f"grade.{name}",
            lambda m=minimum, c=coefficient, s=share: (
                validate.decimal(m, "min_score", maximum=HUNDRED, places=1, required=True),
                validate.decimal(c, "bonus_coefficient", maximum=Decimal(10), required=True),
                validate.decimal(s, "max_share", maximum=HUNDRED),
            ),
        )
    attempt(
        "training_threshold",
        lambda: validate.decimal(
            changes.training_threshold,
            "training_threshold",
            maximum=HUNDRED,
            places=1,
            required=changes.training_threshold is not None,
        ),
    )
    if changes.annual_min_months is not None and not 1 <= changes.annual_min_months <= 12:
        found["annual_min_months"] = str(
            DomainError("The minimum number of months must be 1 to 12.")
        )
    if changes.peer_drop_min_count is not None and changes.peer_drop_min_count < 3:
        found["peer_drop_min_count"] = str(
            DomainError("Dropping extremes needs at least 3 peer scores.")
        )
    if not found:
        current = active(session)
        with session.begin_nested() as trial, session.no_autoflush:  # see differs()
            attempt("scheme", lambda: _apply(session, current, changes))
            trial.rollback()
    return found


def _decimals(values: Mapping[str, object]) -> dict[str, Decimal]:
    return {code: Decimal(str(value).strip()) for code, value in values.items()}


def differs(session: Session, changes: SchemeChanges) -> bool:
    """Whether ``changes`` would change the active scheme (nothing is stored)."""
    current = active(session)
    before = snapshot(current)
    # Tried on the objects and rolled back, never flushed: nothing is written, and no write
    # lock is taken while the secretary types.
    with session.begin_nested() as trial, session.no_autoflush:
        _apply(session, current, changes)
        changed = snapshot(current) != before
        trial.rollback()
    return changed
