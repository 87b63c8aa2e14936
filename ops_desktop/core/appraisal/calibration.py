"""Rater calibration (考核校準): do the evaluators of a month (or a year) score alike?

Read-only: nothing here changes a stored score. An adjustment the manager decides on is a
normal score edit, with its reason in the audit log.

What is compared (chosen once, and the tests compute it by hand):

* A *rating* is one evaluator's score of one person in one month: the dimension-weighted
  score of their dimension scores (as a source score is), kept only when every dimension
  is scored. Self scores are not calibrated; supervisors' and peers' are.
* An *evaluator* is a supervisor (one row each, an external one by name) or a member of
  staff as a peer (one row per person, for the ratings they gave as a peer): a team lead
  who also rates colleagues as a peer has two rows.
* The department's mean and standard deviation are those of all ratings in the period
  (supervisors' and peers' pooled). Standard deviations are population ones (÷ n).
* z = (the evaluator's mean − the department's mean) ÷ the department's standard
  deviation, rounded to 2 decimals; the flags compare the rounded z with the settings.
* The top-grade share is the percentage of an evaluator's ratings that reach the top band.
* A standardised score puts a rating on the department's scale:
  department mean + (rating − evaluator's mean) ÷ evaluator's SD × department SD; for an
  evaluator with one rating or no spread, only the means are moved (rating − evaluator's
  mean + department mean).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AppraisalPeriod, ScoreEntry, Staff
from ops_desktop.core.services import settings

from . import agreement, periods, results, rules

CALIBRATED_SOURCES = ("supervisor", "peer")


@dataclass(frozen=True)
class Rating:
    period_id: int
    subject_id: int
    source: str
    evaluator: tuple[int | None, str]  # (staff id, external name) of the evaluator
    score: Decimal  # dimension-weighted, exact
    dims: dict[str, Decimal]


@dataclass(frozen=True)
class RaterRow:
    source: str  # supervisor / peer
    staff_id: int | None
    label: str  # "OP0002 王偉", or the external evaluator's name
    count: int
    mean: Decimal
    spread: Decimal  # population standard deviation of their ratings
    z: Decimal | None  # None when the department's ratings have no spread
    top_share: Decimal  # percent of their ratings in the top band
    lenient: bool
    severe: bool


@dataclass(frozen=True)
class PeerAgreement:
    staff_no: str
    name: str
    peers: int
    alpha: float | None  # None: fewer than 2 peers, or nothing to disagree about


@dataclass(frozen=True)
class BandCount:
    name: str
    count: int
    share: Decimal  # percent of the graded people
    limit: Decimal | None  # the forced-distribution maximum share, if any
    over: bool


@dataclass(frozen=True)
class CalibratedPerson:
    """A person's stored result with their evaluators' ratings raw and standardised."""

    staff_no: str
    name: str
    total: Decimal | None  # the stored (computed) total — never changed here
    grade: str | None
    supervisor: Decimal | None  # mean of the supervisor ratings (a year: over its months)
    supervisor_std: Decimal | None
    peers: Decimal | None  # plain mean of the peer ratings (no extremes left out)
    peers_std: Decimal | None


@dataclass(frozen=True)
class Calibration:
    period: str  # 2026-10, or 2026
    kind: str  # monthly / annual
    department_mean: Decimal | None
    department_spread: Decimal | None
    thresholds: settings.CalibrationSettings
    top_band: str
    raters: tuple[RaterRow, ...]
    agreement: tuple[PeerAgreement, ...]
    overall_alpha: float | None  # all peers' ratings of everyone, as one reliability matrix
    distribution: tuple[BandCount, ...]
    graded: int
    people: tuple[CalibratedPerson, ...]

    @property
    def flagged(self) -> tuple[RaterRow, ...]:
        return tuple(r for r in self.raters if r.lenient or r.severe)


def monthly(session: Session, year: int, month: int) -> Calibration:
    period = periods.get(session, year, month)
    result = results.compute(session, period.id)
    people = [(p.staff_id, p.staff_no, p.name, p.total, p.grade) for p in result.people]
    grades = [p.grade for p in result.people if p.grade]
    return _calibrate(session, [period], result.label, "monthly", people, grades)


def annual(session: Session, year: int) -> Calibration:
    months = list(
        session.scalars(
            select(AppraisalPeriod)
            .where(AppraisalPeriod.year == year, AppraisalPeriod.kind == "monthly")
            .order_by(AppraisalPeriod.month)
        )
    )
    if not months:
        raise DomainError("There is no appraisal month in {year}.", year=year)
    found = results.compute_year(session, year)
    people = [(r.staff_id, r.staff_no, r.name, r.result, r.grade) for r in found.rows]
    grades = [r.grade for r in found.rows if r.grade]
    return _calibrate(session, months, str(year), "annual", people, grades, found.scheme)


def ratings(session: Session, months: list[AppraisalPeriod]) -> list[Rating]:
    """Every complete supervisor and peer rating of these months."""
    views = {p.id: results.SchemeView.of(p.scheme) for p in months}
    codes = {d.id: d.code for p in months for d in p.scheme.dimensions}
    found: dict[tuple[int, int, str, int | None, str], dict[str, Decimal]] = defaultdict(dict)
    rows = session.execute(
        select(
            ScoreEntry.period_id,
            ScoreEntry.subject_id,
            ScoreEntry.source,
            ScoreEntry.evaluator_id,
            ScoreEntry.external_evaluator,
            ScoreEntry.dimension_id,
            ScoreEntry.score,
        ).where(ScoreEntry.period_id.in_(views), ScoreEntry.source.in_(CALIBRATED_SOURCES))
    )
    for period_id, subject, source, evaluator, external, dimension, score in rows:
        key = (period_id, subject, source, evaluator, external or "")
        found[key][codes[dimension]] = Decimal(score)
    out = []
    for (period_id, subject, source, evaluator, external), dims in sorted(
        found.items(), key=lambda item: tuple(str(k) for k in item[0])
    ):
        weighted = rules.weighted(views[period_id].dimension_weights, dims)
        if weighted is not None:
            out.append(Rating(period_id, subject, source, (evaluator, external), weighted, dims))
    return out


def _calibrate(
    session: Session,
    months: list[AppraisalPeriod],
    label: str,
    kind: str,
    people: list[tuple[int, str, str, Decimal | None, str | None]],
    grades: list[str],
    view: results.SchemeView | None = None,
) -> Calibration:
    view = view or results.SchemeView.of(months[0].scheme)
    thresholds = settings.calibration_settings(session)
    found = ratings(session, months)
    pooled = [r.score for r in found]
    mean = statistics.mean(pooled) if pooled else None
    spread = statistics.pstdev(pooled) if pooled else None
    top = view.bands[0]
    by_rater: dict[tuple[str, tuple[int | None, str]], list[Rating]] = defaultdict(list)
    for r in found:
        by_rater[(r.source, r.evaluator)].append(r)
    names = _staff_labels(session)
    raters = []
    standing: dict[tuple[str, tuple[int | None, str]], tuple[Decimal, Decimal]] = {}
    for (source, evaluator), given in by_rater.items():
        scores = [r.score for r in given]
        own_mean, own_spread = statistics.mean(scores), statistics.pstdev(scores)
        standing[(source, evaluator)] = (own_mean, own_spread)
        z = None
        if mean is not None and spread:
            z = rules.round2((own_mean - mean) / spread)
        share = rules.round2(
            Decimal(sum(1 for s in scores if s >= top.min_score)) * 100 / len(scores)
        )
        raters.append(
            RaterRow(
                source,
                evaluator[0],
                names.get(evaluator[0], "") if evaluator[0] is not None else evaluator[1],
                len(scores),
                rules.round2(own_mean),
                rules.round2(own_spread),
                z,
                share,
                lenient=(z is not None and z >= thresholds.z) or share > thresholds.top_share,
                severe=z is not None and z <= -thresholds.z,
            )
        )
    raters.sort(key=lambda r: (CALIBRATED_SOURCES.index(r.source), r.label))

    def standardised(r: Rating) -> Decimal:
        assert mean is not None and spread is not None
        own_mean, own_spread = standing[(r.source, r.evaluator)]
        if own_spread and len(by_rater[(r.source, r.evaluator)]) > 1:
            return mean + (r.score - own_mean) / own_spread * spread
        return r.score - own_mean + mean

    by_subject: dict[tuple[int, str], list[Rating]] = defaultdict(list)
    for r in found:
        by_subject[(r.subject_id, r.source)].append(r)
    calibrated = []
    agreements = []
    for staff_id, staff_no, name, total, grade in people:
        sup = by_subject.get((staff_id, "supervisor"), [])
        peer = by_subject.get((staff_id, "peer"), [])
        calibrated.append(
            CalibratedPerson(
                staff_no,
                name,
                total,
                grade,
                _mean2([r.score for r in sup]),
                _mean2([standardised(r) for r in sup]),
                _mean2([r.score for r in peer]),
                _mean2([standardised(r) for r in peer]),
            )
        )
        raters_of = {r.evaluator for r in peer}
        if len(raters_of) >= 2:
            agreements.append(
                PeerAgreement(staff_no, name, len(raters_of), agreement.peer_alpha(peer))
            )
    return Calibration(
        label,
        kind,
        None if mean is None else rules.round2(mean),
        None if spread is None else rules.round2(spread),
        thresholds,
        top.name,
        tuple(raters),
        tuple(agreements),
        agreement.peer_alpha([r for r in found if r.source == "peer"], across_people=True),
        _distribution(grades, view),
        len(grades),
        tuple(calibrated),
    )


def _mean2(values: list[Decimal]) -> Decimal | None:
    return rules.round2(statistics.mean(values)) if values else None


def _staff_labels(session: Session) -> dict[int | None, str]:
    return {
        staff_id: f"{no} {name}"
        for staff_id, no, name in session.execute(select(Staff.id, Staff.staff_no, Staff.name))
    }


def _distribution(grades: list[str], view: results.SchemeView) -> tuple[BandCount, ...]:
    """Each band's count and share of the graded people, against its forced limit."""
    over = {band.name for band, _, _ in rules.distribution_breaches(grades, view.bands)}
    out = []
    for band in view.bands:
        count = sum(1 for g in grades if g == band.name)
        share = rules.round2(Decimal(count) * 100 / len(grades)) if grades else Decimal(0)
        out.append(BandCount(band.name, count, share, band.max_share, band.name in over))
    return tuple(out)
