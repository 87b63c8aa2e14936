"""Rater calibration (考核校準) on the small team's hand-computed month (appraisal_team), the
agreement among peers against hand-computed and documented alphas, and the demo's lenient
and severe supervisors.

The team's ratings (dimension weights 50 / 30 / 20):
  supervisor H → A 45+24+14 = 83, → B 47.5+28.5+18 = 94, → C 40+18+10 = 68, → D 50;
  公司高層 → H 85;
  peers of A: B 42.75+24+14 = 80.75, C 40+24+15 = 79, D 40.5+24+16 = 80.5;
  peers of B (A, C, D) 91 each; of C 60 each; of D 55 each; of H (A, B, C) 80 each.
20 ratings, Σ = 1478.25 → department mean 73.9125; Σx² = 113 233.8125 → population
variance 113 233.8125 / 20 − 73.9125² = 198.6330, SD 14.0937.
"""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from appraisal_team import OP, fill, make_team
from sqlalchemy import func, select

from ops_desktop.core.appraisal import agreement, calibration
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ScoreEntry
from ops_desktop.core.services import settings


def team_month(db):
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        return calibration.monthly(s, 2026, 1)


def rows_by_label(found):
    return {(r.source, r.label): r for r in found.raters}


def test_per_rater_figures_computed_by_hand(db):
    found = team_month(db)
    assert (found.period, found.kind, found.top_band) == ("2026-01", "monthly", "優秀")
    assert (found.department_mean, found.department_spread) == (Decimal("73.91"), Decimal("14.09"))
    rows = rows_by_label(found)
    h = rows[("supervisor", "T0 主管")]
    # 83, 94, 68, 50: mean 295 / 4 = 73.75; deviations 9.25, 20.25, −5.75, −23.75 → Σ² 1092.75
    # / 4 = 273.1875, SD 16.53; z = (73.75 − 73.9125) / 14.0937 = −0.0115; one of 4 ≥ 90
    assert (h.count, h.mean, h.spread, h.z, h.top_share) == (
        4, Decimal("73.75"), Decimal("16.53"), Decimal("-0.01"), Decimal("25.00")
    )  # fmt: skip
    outside = rows[("supervisor", "公司高層")]
    # one rating of 85: no spread; z = (85 − 73.9125) / 14.0937 = 0.787
    assert (outside.count, outside.spread, outside.z) == (1, Decimal("0.00"), Decimal("0.79"))
    d = rows[("peer", "TD 組員D")]
    # A 80.5, B 91, C 60: mean 77.17; one of three ≥ 90 = 33.33 %; z = 3.2542 / 14.0937
    assert (d.count, d.mean, d.z, d.top_share) == (3, Decimal("77.17"), Decimal("0.23"),
                                                    Decimal("33.33"))  # fmt: skip
    b = rows[("peer", "TB 組員B")]  # 80.75, 60, 55, 80 → 68.9375; z = −4.975 / 14.0937
    assert (b.mean, b.z, b.top_share) == (Decimal("68.94"), Decimal("-0.35"), Decimal("0.00"))
    assert [r.source for r in found.raters] == ["supervisor"] * 2 + ["peer"] * 4
    assert found.flagged == ()  # nobody near |z| 1.5 or 40 % of 優秀


def test_the_flags_follow_the_thresholds_in_settings(db):
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        settings.put(s, settings.CALIBRATION_Z, "0.3", OP)
        settings.put(s, settings.CALIBRATION_TOP_SHARE, "30", OP)
        found = calibration.monthly(s, 2026, 1)
    flagged = {r.label: (r.lenient, r.severe) for r in found.flagged}
    # 公司高層 z 0.79 ≥ 0.3 lenient; 組員B z −0.35 ≤ −0.3 severe; 組員D 33.33 % > 30 % lenient
    assert flagged == {"公司高層": (True, False), "TB 組員B": (False, True),
                       "TD 組員D": (True, False)}  # fmt: skip
    assert found.thresholds == settings.CalibrationSettings(Decimal("0.3"), Decimal(30))


@pytest.mark.parametrize(
    ("key", "value"),
    [(settings.CALIBRATION_Z, "0"), (settings.CALIBRATION_Z, "x"),
     (settings.CALIBRATION_TOP_SHARE, "101"), (settings.CALIBRATION_TOP_SHARE, "NaN")],
)  # fmt: skip
def test_thresholds_out_of_range_are_refused(db, key, value):
    with db.transaction() as s, pytest.raises(DomainError):
        settings.put(s, key, value, OP)


def test_peer_agreement_per_person_by_hand(db):
    found = team_month(db)
    alphas = {a.staff_no: a for a in found.agreement}
    assert {no: a.peers for no, a in alphas.items()} == dict.fromkeys(
        ("T0", "TA", "TB", "TC", "TD"), 3
    )
    # A's peers on the three dimensions: (85.5, 80, 81), (80, 80, 80), (70, 75, 80).
    # Do = [(5.5² + 4.5² + 1²) + 0 + (5² + 10² + 5²)] / 9 = 201.5 / 9 = 22.389;
    # De = 2 Σ(x − 79.0556)² / 8 = 2 × 148.2222 / 8 = 37.056 → α = 1 − 22.389 / 37.056
    assert alphas["TA"].alpha == pytest.approx(1 - (201.5 / 9) / (2 * 148.2222222 / 8), abs=1e-6)
    assert alphas["TA"].alpha == pytest.approx(0.3958, abs=1e-4)
    assert alphas["TB"].alpha == pytest.approx(1.0)  # (92, 90, 90) from all three: no disagreement
    assert alphas["TC"].alpha is None  # every score 60: nothing to agree or disagree about
    assert found.overall_alpha is not None and 0 < found.overall_alpha <= 1


def test_alpha_from_the_package_matches_its_documented_example_and_a_hand_one():
    nan = None
    documented = [
        [nan, nan, nan, nan, nan, 3, 4, 1, 2, 1, 1, 3, 3, nan, 3],
        [1, nan, 2, 1, 3, 3, 4, 3, nan, nan, nan, nan, nan, nan, nan],
        [nan, nan, 2, 1, 3, 4, 4, nan, 2, 1, 1, 3, 3, nan, 4],
    ]
    assert round(agreement.alpha(documented) or 0, 6) == 0.810845
    # two raters, a point apart on three units: Do = 6 / 6 = 1, De = 2 × 6 × 5.5 / 30 = 2.2
    assert agreement.alpha([[1, 2, 3], [2, 3, 4]]) == pytest.approx(1 - 1 / 2.2)
    assert agreement.alpha([[1, 2, 3]]) is None  # one rater
    assert agreement.alpha([[1, None], [None, 2]]) is None  # no unit rated twice


def test_the_calibrated_view_never_changes_a_stored_score(db):
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        before = s.execute(select(func.sum(ScoreEntry.score), func.count())).one()
        found = calibration.monthly(s, 2026, 1)
    with db.transaction() as s:
        assert s.execute(select(func.sum(ScoreEntry.score), func.count())).one() == before
    people = {p.staff_no: p for p in found.people}
    a = people["TA"]
    assert (a.total, a.grade, a.supervisor) == (Decimal("84.77"), "良好", Decimal("83.00"))
    # H's rating of A on the department's scale: 73.9125 + (83 − 73.75) / 16.5284 × 14.0937
    assert a.supervisor_std == Decimal("81.80")
    assert a.peers == Decimal("80.08")  # (80.75 + 79 + 80.5) / 3 = 80.083
    # the head's one outside rating moves by the means only: 85 − 85 + 73.9125
    assert people["T0"].supervisor_std == Decimal("73.91")


def test_the_months_distribution_against_the_forced_limits(db):
    found = team_month(db)
    assert [(b.name, b.count, b.share, b.over) for b in found.distribution] == [
        ("優秀", 1, 20, False), ("良好", 2, 40, False), ("合格", 1, 20, False),
        ("不合格", 1, 20, False),
    ]  # fmt: skip
    assert found.distribution[0].limit == 20 and found.graded == 5


def test_an_unknown_period_is_refused(db):
    with db.transaction() as s, pytest.raises(DomainError, match="2026-05"):
        calibration.monthly(s, 2026, 5)
    with db.transaction() as s, pytest.raises(DomainError, match="2019"):
        calibration.annual(s, 2019)


def test_the_demo_has_a_lenient_and_a_severe_supervisor_every_month(demo_db):
    with demo_db.transaction() as s:
        months = [calibration.monthly(s, 2026, m) for m in range(1, 11)]
        year = calibration.annual(s, 2026)
    for found in [*months, year]:
        supervisors = {r.label: r for r in found.flagged if r.source == "supervisor"}
        assert {(r.lenient, r.severe) for r in supervisors.values()} == {
            (True, False), (False, True)
        }, found.period  # fmt: skip
        severe = next(r for r in supervisors.values() if r.severe)
        assert severe.z is not None and severe.z <= Decimal("-1.5")
        lenient = next(r for r in supervisors.values() if r.lenient)
        assert lenient.top_share > 40
    assert year.kind == "annual" and year.period == "2026"
    assert sum(r.count for r in year.raters if r.source == "supervisor") == sum(
        r.count for m in months for r in m.raters if r.source == "supervisor"
    )
    assert all(a.alpha is None or not math.isnan(a.alpha) for a in year.agreement)


def test_numpy_and_krippendorff_wait_until_an_alpha_is_computed():
    import subprocess
    import sys

    probe = (
        "import sys, ops_desktop.cli, ops_desktop.core.appraisal.calibration, "
        "ops_desktop.exports.pdf.calibration, ops_desktop.exports.excel.calibration_sheet; "
        "print(sorted(m for m in ('numpy', 'krippendorff') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
