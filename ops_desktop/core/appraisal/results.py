"""Results of a period and of a year, computed from the stored scores by ``rules``.

The rows here are what the appraisal page shows and what the Excel sheets for HR contain:
the sheets' formulas recompute totals, grades and ranks from the same inputs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Integer, cast, func, select, true
from sqlalchemy.orm import Session

from ops_desktop.core.models import (
    AppraisalPeriod,
    AppraisalScheme,
    DataScore,
    PeriodBonusBase,
    ScoreEntry,
)
from ops_desktop.core.models.appraisal import RATED_SOURCES
from ops_desktop.core.services import scheme as scheme_service
from ops_desktop.core.services import validate

from . import periods, rules


@dataclass(frozen=True)
class SchemeView:
    """The numbers of a scheme as plain values."""

    source_weights: dict[str, Decimal]  # code → weight, in the scheme's order
    source_names: dict[str, str]
    dimension_weights: dict[str, Decimal]
    dimension_names: dict[str, str]
    bands: list[rules.Band]  # highest first
    training_threshold: Decimal
    annual_min_months: int
    peer_drop_extremes: bool
    peer_drop_min_count: int

    @classmethod
    def of(cls, scheme: AppraisalScheme) -> SchemeView:
        return cls(
            {s.code: Decimal(s.weight) for s in scheme.sources},
            {s.code: s.name for s in scheme.sources},
            {d.code: Decimal(d.weight) for d in scheme.dimensions},
            {d.code: d.name for d in scheme.dimensions},
            [
                rules.Band(
                    g.name,
                    Decimal(g.min_score),
                    Decimal(g.bonus_coefficient),
                    None if g.max_share is None else Decimal(g.max_share),
                )
                for g in sorted(scheme.grades, key=lambda g: g.min_score, reverse=True)
            ],
            Decimal(scheme.training_threshold),
            scheme.annual_min_months,
            scheme.peer_drop_extremes,
            scheme.peer_drop_min_count,
        )


@dataclass
class PersonResult:
    staff_id: int
    staff_no: str
    name: str
    position: str
    base_bonus: Decimal
    inputs: dict[tuple[str, str], Decimal | None]  # (rated source, dimension) → input score
    data_score: Decimal | None
    peer_count: int
    source_scores: dict[str, Decimal | None]
    total: Decimal | None
    missing: list[str]
    grade: str | None = None
    bonus_coefficient: Decimal | None = None
    bonus: Decimal | None = None
    rank: int | None = None
    profile: dict[str, Decimal] = field(default_factory=dict)
    training_needs: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.total is not None


@dataclass
class PeriodResult:
    period_id: int
    label: str
    status: str
    scheme: SchemeView
    people: list[PersonResult]
    breaches: list[tuple[rules.Band, int, Decimal]]

    @property
    def complete_count(self) -> int:
        return sum(1 for p in self.people if p.complete)


def _mean(values: list[Decimal]) -> Decimal | None:
    return rules.round2(sum(values, Decimal(0)) / len(values)) if values else None


def compute(session: Session, period_id: int, subjects: set[int] | None = None) -> PeriodResult:
    """Everyone's result in a period; with ``subjects``, only theirs (ranks then cover only
    them: a caller refreshing a few rows re-ranks with ``rules.ranks``)."""
    period = validate.get(session, AppraisalPeriod, period_id, "Appraisal period")
    view = SchemeView.of(period.scheme)
    dim_code = {d.id: d.code for d in period.scheme.dimensions}
    raw: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    peer_raters: dict[int, set[int | None]] = defaultdict(set)
    # Plain rows in tenths (a score has one decimal), not ORM objects nor Decimals: a month
    # of 1,000 people is some 20,000 scores, and building an object for each took longer
    # than everything else the month's results do.
    table = ScoreEntry.__table__.c
    entries = (
        session.connection()
        .execute(
            select(
                table.subject_id,
                table.source,
                table.dimension_id,
                table.evaluator_id,
                cast(func.round(table.score * 10), Integer),
            )
            .where(table.period_id == period_id)
            .where(table.subject_id.in_(subjects) if subjects is not None else true())
        )
        .all()
    )
    for subject, source, dimension, evaluator, tenths in entries:
        raw[(subject, source, dim_code[dimension])].append(tenths)
        if source == "peer":
            peer_raters[subject].add(evaluator)
    data = {
        subject: score
        for subject, score in session.execute(
            select(DataScore.subject_id, DataScore.score).where(DataScore.period_id == period_id)
        )
    }
    kept_bases = {  # a locked period's bonuses use the base bonuses of its locking
        staff_id: base
        for staff_id, base in session.execute(
            select(PeriodBonusBase.staff_id, PeriodBonusBase.base_bonus).where(
                PeriodBonusBase.period_id == period_id
            )
        )
    }
    people: list[PersonResult] = []
    for staff_id, staff_no, name, position, base_bonus in periods.member_rows(
        session, period, subjects
    ):
        inputs: dict[tuple[str, str], Decimal | None] = {}
        for source in RATED_SOURCES:
            for dim in view.dimension_weights:
                scores = [Decimal(n).scaleb(-1) for n in raw.get((staff_id, source, dim), ())]
                inputs[(source, dim)] = (
                    rules.peer_average(
                        scores,
                        drop_extremes=view.peer_drop_extremes,
                        min_count=view.peer_drop_min_count,
                    )
                    if source == "peer"
                    else _mean(scores)
                )
        data_score = data.get(staff_id)
        base = kept_bases.get(staff_id, base_bonus)
        who = PersonResult(
            staff_id,
            staff_no,
            name,
            position or "",
            Decimal(base or 0),
            inputs,
            None if data_score is None else Decimal(data_score),
            len(peer_raters[staff_id]),
            {},
            None,
            [],
        )
        people.append(rescored(view, who, inputs, who.data_score))
    _rank(people)
    graded = [p.grade for p in people if p.grade]
    return PeriodResult(
        period.id,
        periods.label(period),
        period.status,
        view,
        people,
        rules.distribution_breaches(graded, view.bands),
    )


def rescored(
    view: SchemeView,
    person: PersonResult,
    inputs: dict[tuple[str, str], Decimal | None],
    data_score: Decimal | None,
) -> PersonResult:
    """``person`` with these input scores: sources, total, grade, bonus and training needs
    computed again (the rank is the caller's, who knows everyone's totals). The grid shows
    a typed score's effect with it at once, before the stored result confirms it."""
    source_scores: dict[str, Decimal | None] = {}
    missing: list[str] = []
    by_source: dict[str, dict[str, Decimal | None]] = {}
    for source in view.source_weights:
        if source == "data":
            source_scores[source] = data_score
            if data_score is None:
                missing.append("data")
            continue
        dims = {dim: inputs[(source, dim)] for dim in view.dimension_weights}
        by_source[source] = dims
        missing += [f"{source}.{dim}" for dim, v in dims.items() if v is None]
        source_scores[source] = rules.weighted(view.dimension_weights, dims)
    total = rules.monthly_total(view.source_weights, source_scores)
    profile = rules.dimension_profile({s: view.source_weights[s] for s in by_source}, by_source)
    result = PersonResult(
        person.staff_id,
        person.staff_no,
        person.name,
        person.position,
        person.base_bonus,
        inputs,
        data_score,
        person.peer_count,
        source_scores,
        total,
        missing,
        profile=profile,
        training_needs=[d for d, v in profile.items() if v < view.training_threshold],
    )
    if total is not None:
        band = rules.grade(total, view.bands)
        result.grade, result.bonus_coefficient = band.name, band.bonus_coefficient
        result.bonus = rules.bonus(band.bonus_coefficient, result.base_bonus)
    return result


def _rank(people: list[PersonResult]) -> None:
    ranking = rules.ranks({p.staff_id: p.total for p in people})
    for p in people:
        p.rank = ranking.get(p.staff_id)


@dataclass
class AnnualRow:
    staff_id: int
    staff_no: str
    name: str
    position: str
    monthly: dict[int, Decimal]  # month → total (complete months only)
    result: Decimal | None  # None: insufficient data
    grade: str | None
    promotion: bool
    rank: int | None = None


@dataclass
class AnnualResult:
    year: int
    scheme: SchemeView
    rows: list[AnnualRow]

    def promotion_list(self) -> list[AnnualRow]:
        """Annual 優秀 (the top grade): promotion priority, best first (chapter 4.5)."""
        return sorted((r for r in self.rows if r.promotion), key=lambda r: -(r.result or 0))


def compute_year(session: Session, year: int) -> AnnualResult:
    """Each person's monthly totals of the year, their mean and grade (top grade → promotion)."""
    annual = periods.find(session, year, 0)
    view = SchemeView.of(annual.scheme if annual else scheme_service.active(session))
    months = list(
        session.scalars(
            select(AppraisalPeriod)
            .where(AppraisalPeriod.year == year, AppraisalPeriod.kind == "monthly")
            .order_by(AppraisalPeriod.month)
        )
    )
    people: dict[int, AnnualRow] = {}
    for period in months:
        for p in compute(session, period.id).people:
            row = people.setdefault(
                p.staff_id,
                AnnualRow(p.staff_id, p.staff_no, p.name, p.position, {}, None, None, False),
            )
            if p.total is not None:
                row.monthly[period.month] = p.total
    top = view.bands[0].name
    for row in people.values():
        row.result = rules.annual_result(list(row.monthly.values()), view.annual_min_months)
        if row.result is not None:
            row.grade = rules.grade(row.result, view.bands).name
            row.promotion = row.grade == top
    ranking = rules.ranks({r.staff_id: r.result for r in people.values()})
    for row in people.values():
        row.rank = ranking.get(row.staff_id)
    return AnnualResult(year, view, sorted(people.values(), key=lambda r: r.staff_no))
