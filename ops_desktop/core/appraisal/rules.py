"""The appraisal rules as pure functions over Decimals: no database, no rounding surprises.

Rounding (the same in the program and in the Excel formulas HR receives):

* a computed 數據分析 score is rounded to 1 decimal, like an entered score;
* a peer average and a dimension profile are rounded to 2 decimals (half up) and used as
  such — the Excel sheet shows exactly these values as inputs;
* a source score is Σ dimension weight × dimension score / 100, kept exact;
* a monthly total is Σ source weight × source score / 100, rounded to 2 decimals (half up);
* an annual result is the mean of the year's monthly totals, rounded to 2 decimals (half up).

Weights are percentages and each set sums to 100.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def round2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def round1(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def peer_average(
    scores: Sequence[Decimal], *, drop_extremes: bool, min_count: int
) -> Decimal | None:
    """Mean of the peers' scores; with ``drop_extremes`` and at least ``min_count`` scores the
    highest and the lowest are left out. ``None`` when there is no score."""
    if not scores:
        return None
    ordered = sorted(scores)
    if drop_extremes and len(ordered) >= min_count:
        ordered = ordered[1:-1]
    return round2(sum(ordered, Decimal(0)) / len(ordered))


def weighted(
    weights: Mapping[str, Decimal], values: Mapping[str, Decimal | None]
) -> Decimal | None:
    """Σ weight × value / 100 over the weights' keys; ``None`` if any value is missing."""
    total = Decimal(0)
    for key, weight in weights.items():
        value = values.get(key)
        if value is None:
            return None
        total += weight * value
    return total / HUNDRED


def monthly_total(
    source_weights: Mapping[str, Decimal], source_scores: Mapping[str, Decimal | None]
) -> Decimal | None:
    exact = weighted(source_weights, source_scores)
    return None if exact is None else round2(exact)


def kpi_score(
    metric_weights: Mapping[str, Decimal], values: Mapping[str, Decimal | None]
) -> Decimal | None:
    """The 數據分析 score from completion rates in percent: Σ weight × min(rate, 100) / 100,
    rounded to one decimal like every entered score."""
    capped = {k: (None if v is None else min(v, HUNDRED)) for k, v in values.items()}
    exact = weighted(metric_weights, capped)
    return None if exact is None else round1(exact)


@dataclass(frozen=True)
class Band:
    name: str
    min_score: Decimal
    bonus_coefficient: Decimal
    max_share: Decimal | None = None


def grade(total: Decimal, bands: Sequence[Band]) -> Band:
    """The first band (highest minimum first) whose minimum the total reaches."""
    for band in sorted(bands, key=lambda b: b.min_score, reverse=True):
        if total >= band.min_score:
            return band
    raise ValueError(f"no grade band covers {total}")


def ranks(totals: Mapping[int, Decimal | None]) -> dict[int, int]:
    """Competition ranking (1, 2, 2, 4) of the complete totals, like Excel's RANK."""
    present = sorted(t for t in totals.values() if t is not None)
    # 1 + how many are strictly greater, found by bisection: O(n log n) for 10,000 people.
    return {
        key: 1 + len(present) - bisect_right(present, t)
        for key, t in totals.items()
        if t is not None
    }


def annual_result(monthly: Sequence[Decimal], min_months: int) -> Decimal | None:
    """Mean of the monthly totals, or ``None`` (insufficient data) below ``min_months``."""
    if len(monthly) < max(1, min_months):
        return None
    return round2(sum(monthly, Decimal(0)) / len(monthly))


def distribution_breaches(
    grades: Sequence[str], bands: Sequence[Band]
) -> list[tuple[Band, int, Decimal]]:
    """Bands whose share of the graded people exceeds their forced-distribution limit:
    ``(band, count, share in percent)``."""
    if not grades:
        return []
    out = []
    for band in bands:
        if band.max_share is None:
            continue
        count = sum(1 for g in grades if g == band.name)
        share = Decimal(count) * HUNDRED / len(grades)
        if share > band.max_share:  # compared exactly; reported to 2 decimals
            out.append((band, count, round2(share)))
    return out


def limit_text(band: Band) -> str:
    """A band's forced-distribution limit as people read it: 20, 12.5 (not 20.00)."""
    return "" if band.max_share is None else f"{band.max_share.normalize():f}"


def dimension_profile(
    source_weights: Mapping[str, Decimal], by_source: Mapping[str, Mapping[str, Decimal | None]]
) -> dict[str, Decimal]:
    """Each dimension's score across the rated sources that have one, weighted by the
    sources' weights: the basis for training needs."""
    out: dict[str, Decimal] = {}
    dimensions = dict.fromkeys(d for scores in by_source.values() for d in scores)
    for dim in dimensions:
        num = den = Decimal(0)
        for source, scores in by_source.items():
            value = scores.get(dim)
            if value is not None:
                num += source_weights[source] * value
                den += source_weights[source]
        if den:
            out[dim] = round2(num / den)
    return out


def bonus(coefficient: Decimal, base: Decimal) -> Decimal:
    return round2(coefficient * base)
