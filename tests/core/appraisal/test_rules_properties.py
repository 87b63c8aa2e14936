"""Property tests of the pure appraisal rules (ops_desktop.core.appraisal.rules).

Every expected value is computed here independently, with exact fractions and an explicit
round-half-up, never by calling the rule under test.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ops_desktop.core.appraisal import rules

PROPS = settings(max_examples=200, deadline=None)


def scores_from(low: Decimal = Decimal(0)) -> st.SearchStrategy[Decimal]:
    """A score as entered, 0–100 with one decimal, at least ``low``."""
    return st.integers(int(low * 10), 1000).map(lambda n: Decimal(n).scaleb(-1))


scores = scores_from()
# A monthly total: 0–100 with two decimals.
totals = st.integers(0, 10_000).map(lambda n: Decimal(n).scaleb(-2))
# A KPI completion rate in percent: 0–1000 with two decimals.
rates = st.integers(0, 100_000).map(lambda n: Decimal(n).scaleb(-2))

BANDS = [
    rules.Band("優秀", Decimal(90), Decimal("1.2"), Decimal(20)),
    rules.Band("良好", Decimal(80), Decimal("1.0")),
    rules.Band("合格", Decimal(60), Decimal("0.8")),
    rules.Band("不合格", Decimal(0), Decimal(0)),
]


@st.composite
def composition(draw: st.DrawFn, parts: int) -> list[Decimal]:
    """``parts`` integer percentages summing to 100 (zeros allowed)."""
    cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=parts - 1, max_size=parts - 1)))
    bounds = [0, *cuts, 100]
    return [Decimal(b - a) for a, b in zip(bounds, bounds[1:], strict=False)]


@st.composite
def weights(draw: st.DrawFn, prefix: str, max_parts: int = 4) -> dict[str, Decimal]:
    parts = draw(composition(draw(st.integers(1, max_parts))))
    return {f"{prefix}{i}": w for i, w in enumerate(parts)}


@st.composite
def cases(draw: st.DrawFn) -> tuple[dict, dict, dict]:
    """(source weights, dimension weights, scores[source][dimension])."""
    sources, dims = draw(weights("s")), draw(weights("d"))
    grid = {s: {d: draw(scores) for d in dims} for s in sources}
    return sources, dims, grid


def total_of(sources: dict, dims: dict, grid: dict) -> Decimal | None:
    """The monthly total as the results module builds it: source scores, then the total."""
    by_source = {s: rules.weighted(dims, grid[s]) for s in sources}
    return rules.monthly_total(sources, by_source)


def half_up(value: Fraction, places: int) -> Fraction:
    """Round a non-negative exact value half up to ``places`` decimals."""
    scale = 10**places
    return Fraction(math.floor(value * scale + Fraction(1, 2)), scale)


def exact_total(sources: dict, dims: dict, grid: dict) -> Fraction:
    terms = [Fraction(sources[s] * dims[d] * grid[s][d]) for s in sources for d in dims]
    return sum(terms, Fraction(0)) / 10_000


def places(value: Decimal) -> int:
    return max(0, -value.as_tuple().exponent)


# --- bounds -------------------------------------------------------------------------------


@PROPS
@given(cases())
def test_monthly_total_is_within_0_and_100(case: tuple) -> None:
    total = total_of(*case)
    assert total is not None
    assert Decimal(0) <= total <= Decimal(100)


@PROPS
@given(st.lists(scores, min_size=1, max_size=12), st.booleans(), st.integers(3, 8))
def test_peer_average_is_within_the_inputs(peers: list, drop: bool, min_count: int) -> None:
    avg = rules.peer_average(peers, drop_extremes=drop, min_count=min_count)
    assert avg is not None
    assert min(peers) <= avg <= max(peers)


# --- monotonicity ---------------------------------------------------------------------------


@PROPS
@given(cases(), st.data())
def test_raising_one_score_never_lowers_the_total(case: tuple, data: st.DataObject) -> None:
    sources, dims, grid = case
    s = data.draw(st.sampled_from(list(sources)))
    d = data.draw(st.sampled_from(list(dims)))
    higher = data.draw(scores_from(grid[s][d]))
    raised = {k: dict(v) for k, v in grid.items()}
    raised[s][d] = higher
    assert total_of(sources, dims, raised) >= total_of(sources, dims, grid)


@PROPS
@given(st.lists(scores, min_size=1, max_size=12), st.booleans(), st.integers(3, 8), st.data())
def test_raising_a_peer_score_never_lowers_the_average(
    peers: list, drop: bool, min_count: int, data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(peers) - 1))
    raised = [*peers]
    raised[i] = data.draw(scores_from(peers[i]))
    kw = {"drop_extremes": drop, "min_count": min_count}
    assert rules.peer_average(raised, **kw) >= rules.peer_average(peers, **kw)


# --- permutation ----------------------------------------------------------------------------


@PROPS
@given(cases(), st.data())
def test_order_of_sources_and_dimensions_does_not_matter(case: tuple, data: st.DataObject) -> None:
    sources, dims, grid = case
    s_order = data.draw(st.permutations(list(sources)))
    d_order = data.draw(st.permutations(list(dims)))
    shuffled_sources = {s: sources[s] for s in s_order}
    shuffled_dims = {d: dims[d] for d in d_order}
    shuffled_grid = {s: {d: grid[s][d] for d in d_order} for s in s_order}
    before = total_of(sources, dims, grid)
    after = total_of(shuffled_sources, shuffled_dims, shuffled_grid)
    assert after == before
    assert str(after) == str(before)


# --- rounding -------------------------------------------------------------------------------


TIE = (  # 0.25 × 80.1 + 0.75 × 80 = 80.025: half up gives 80.03, half even 80.02
    {"s0": Decimal(25), "s1": Decimal(75)},
    {"d0": Decimal(100)},
    {"s0": {"d0": Decimal("80.1")}, "s1": {"d0": Decimal(80)}},
)


@PROPS
@given(cases())
@example(TIE)
def test_monthly_total_is_the_exact_sum_rounded_half_up_to_cents(case: tuple) -> None:
    total = total_of(*case)
    assert places(total) <= 2
    assert Fraction(total) == half_up(exact_total(*case), 2)


@PROPS
@given(st.lists(totals, min_size=1, max_size=12), st.integers(1, 12))
def test_annual_result_is_the_mean_rounded_half_up(monthly: list, min_months: int) -> None:
    result = rules.annual_result(monthly, min_months)
    if len(monthly) < min_months:
        assert result is None
        return
    assert places(result) <= 2
    assert Fraction(result) == half_up(sum(map(Fraction, monthly), Fraction(0)) / len(monthly), 2)


@PROPS
@given(st.integers(1, 4).flatmap(composition), st.data())
def test_kpi_score_caps_rates_at_100_and_has_one_decimal(parts: list, data: st.DataObject) -> None:
    metric_weights = {f"m{i}": w for i, w in enumerate(parts)}
    values = {m: data.draw(rates) for m in metric_weights}
    score = rules.kpi_score(metric_weights, values)
    assert score.as_tuple().exponent == -1
    assert Decimal(0) <= score <= Decimal(100)
    exact = sum(
        (Fraction(w) * Fraction(min(values[m], Decimal(100))) / 100)
        for m, w in metric_weights.items()
    )
    assert Fraction(score) == half_up(exact, 1)
    capped = {m: min(v, Decimal(100)) for m, v in values.items()}
    assert rules.kpi_score(metric_weights, capped) == score


@pytest.mark.parametrize(
    ("business", "task", "expected"),
    [(90, 110, "95.0"), (150, 100, "100.0"), ("87.35", "92.4", "89.9"), (0, 0, "0.0")],
)
def test_kpi_score_examples(business: object, task: object, expected: str) -> None:
    # (50 × 87.35 + 50 × 92.4) / 100 = 89.875 → 89.9
    w = {"business_target": Decimal(50), "task_completion": Decimal(50)}
    values = {"business_target": Decimal(str(business)), "task_completion": Decimal(str(task))}
    assert str(rules.kpi_score(w, values)) == expected


@pytest.mark.parametrize(("exact", "rounded"), [("80.085", "80.09"), ("80.065", "80.07")])
def test_half_cents_round_up(exact: str, rounded: str) -> None:
    # exactly half a cent rounds up, also where banker's rounding would go down to even
    assert rules.monthly_total({"a": Decimal(100)}, {"a": Decimal(exact)}) == Decimal(rounded)
    assert rules.annual_result([Decimal("80.00"), Decimal("80.01")], 1) == Decimal("80.01")


# --- missing input ----------------------------------------------------------------------------


@PROPS
@given(cases(), st.data())
def test_a_missing_score_gives_none_not_zero(case: tuple, data: st.DataObject) -> None:
    sources, dims, grid = case
    s = data.draw(st.sampled_from(list(sources)))
    by_source = {k: rules.weighted(dims, grid[k]) for k in sources}
    by_source[s] = None
    assert rules.monthly_total(sources, by_source) is None
    del by_source[s]
    assert rules.monthly_total(sources, by_source) is None
    d = data.draw(st.sampled_from(list(dims)))
    assert rules.weighted(dims, {**grid[s], d: None}) is None
    assert rules.kpi_score(dims, {**grid[s], d: None}) is None


def test_no_input_gives_none() -> None:
    assert rules.peer_average([], drop_extremes=True, min_count=5) is None
    assert rules.peer_average([], drop_extremes=False, min_count=5) is None
    assert rules.annual_result([], 1) is None
    assert rules.annual_result([], 0) is None
    assert rules.distribution_breaches([], BANDS) == []


# --- peers ------------------------------------------------------------------------------------


@PROPS
@given(st.lists(scores, min_size=1, max_size=12), st.booleans(), st.integers(3, 8))
@example([Decimal(10), Decimal(20), Decimal(90)], True, 3)  # exactly min_count: dropped
@example([Decimal(10), Decimal(20), Decimal(90)], True, 4)  # one short: kept
def test_peer_average_drops_one_highest_and_one_lowest_only_when_enough(
    peers: list, drop: bool, min_count: int
) -> None:
    kept = sorted(peers)
    if drop and len(peers) >= min_count:
        kept = kept[1:-1]
    expected = half_up(sum(map(Fraction, kept), Fraction(0)) / len(kept), 2)
    assert Fraction(rules.peer_average(peers, drop_extremes=drop, min_count=min_count)) == expected


def test_peer_average_drops_only_one_of_equal_extremes() -> None:
    peers = [Decimal(v) for v in (90, 90, 90, 60, 70)]
    # one 90 and the 60 go: (90 + 90 + 70) / 3 = 83.333…
    assert rules.peer_average(peers, drop_extremes=True, min_count=5) == Decimal("83.33")
    assert rules.peer_average(peers[:4], drop_extremes=True, min_count=5) == Decimal("82.50")
    assert rules.peer_average(peers, drop_extremes=False, min_count=5) == Decimal("80.00")


# --- ranks and grades ---------------------------------------------------------------------


@PROPS
@given(st.dictionaries(st.integers(1, 60), st.none() | totals, max_size=25))
def test_ranks_are_competition_ranks_ignoring_none(people: dict) -> None:
    ranking = rules.ranks(people)
    present = {k: v for k, v in people.items() if v is not None}
    assert set(ranking) == set(present)
    for key, total in present.items():
        assert ranking[key] == 1 + sum(1 for other in present.values() if other > total)
    by_rank = sorted(present, key=lambda k: ranking[k])
    assert [present[k] for k in by_rank] == sorted(present.values(), reverse=True)
    if present:
        assert min(ranking.values()) == 1


@PROPS
@given(
    st.sampled_from(["0", "59.99", "60", "80", "89.99", "90"]).map(Decimal) | totals,
    st.permutations(BANDS),
)
def test_grade_is_the_band_with_the_greatest_minimum_reached(total: Decimal, bands: list) -> None:
    expected = max((b for b in BANDS if b.min_score <= total), key=lambda b: b.min_score)
    assert rules.grade(total, bands) == expected


@pytest.mark.parametrize(
    ("total", "name"),
    [
        ("100", "優秀"),
        ("90", "優秀"),
        ("90.00", "優秀"),
        ("89.99", "良好"),
        ("80", "良好"),
        ("79.99", "合格"),
        ("60.00", "合格"),
        ("59.99", "不合格"),
        ("0", "不合格"),
        ("0.00", "不合格"),
    ],
)
def test_grade_boundaries(total: str, name: str) -> None:
    assert rules.grade(Decimal(total), BANDS).name == name


# --- annual, distribution, bonus ------------------------------------------------------------


@PROPS
@given(st.integers(1, 12), st.data())
def test_annual_result_is_none_below_the_minimum_months(
    min_months: int, data: st.DataObject
) -> None:
    few = data.draw(st.lists(totals, max_size=min_months - 1))
    assert rules.annual_result(few, min_months) is None
    enough = data.draw(st.lists(totals, min_size=min_months, max_size=12))
    assert rules.annual_result(enough, min_months) is not None


@PROPS
@given(st.lists(st.sampled_from([b.name for b in BANDS]), max_size=50), st.integers(1, 100))
def test_distribution_breaches_are_the_bands_over_their_share(graded: list, max_share: int) -> None:
    bands = [
        rules.Band(b.name, b.min_score, b.bonus_coefficient, Decimal(max_share)) for b in BANDS
    ]
    breaches = rules.distribution_breaches(graded, bands)
    flagged = {band.name: (count, share) for band, count, share in breaches}
    for band in bands:
        count = graded.count(band.name)
        over = bool(graded) and Fraction(count * 100, len(graded)) > max_share
        assert (band.name in flagged) == over
        if over:
            share = half_up(Fraction(count * 100, len(graded)), 2)
            assert flagged[band.name][0] == count
            assert Fraction(flagged[band.name][1]) == share


@pytest.mark.parametrize(
    ("excellent", "of", "breach"), [(1, 5, False), (2, 10, False), (3, 10, True)]
)
def test_distribution_breach_only_above_the_limit(excellent: int, of: int, breach: bool) -> None:
    graded = ["優秀"] * excellent + ["良好"] * (of - excellent)
    found = rules.distribution_breaches(graded, BANDS)
    assert bool(found) == breach
    if breach:
        assert found[0][0].name == "優秀" and found[0][1] == excellent


@PROPS
@given(st.sampled_from(BANDS), st.integers(0, 1_000_000).map(lambda n: Decimal(n).scaleb(-2)))
def test_bonus_is_coefficient_times_base(band: rules.Band, base: Decimal) -> None:
    assert Fraction(rules.bonus(band.bonus_coefficient, base)) == half_up(
        Fraction(band.bonus_coefficient) * Fraction(base), 2
    )


PROFILE_ORDER = """
from decimal import Decimal as D
from ops_desktop.core.appraisal import rules
weights = {"supervisor": D(40), "peer": D(20), "self": D(10)}
scores = {s: {"performance": D(50), "ability": D(60), "attitude": D(65)} for s in weights}
print(" ".join(rules.dimension_profile(weights, scores)))
"""


def test_dimension_profile_keeps_the_order_of_the_dimensions() -> None:
    """The profile (and so the training needs shown and exported) lists the dimensions in the
    scheme's order, the same in every run — not in an order that depends on string hashing."""
    orders = {
        seed: subprocess.run(
            [sys.executable, "-c", PROFILE_ORDER],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=Path(__file__).resolve().parents[3],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for seed in ("0", "1", "2", "3", "4")
    }
    assert orders == dict.fromkeys(orders, ["performance", "ability", "attitude"])
