"""A small team with a month of hand-computed scores, for the engine's tests and for the
printouts made from its results (the result letters).

Expected totals are written out by hand from the product rules (default scheme: sources
supervisor 40 / peer 20 / self 10 / data 30, dimensions performance 50 / ability 30 /
attitude 20; 優秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below; bonus 1.2 / 1.0 / 0.8 / 0).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.appraisal.scores import ScoreKey
from ops_desktop.core.models import AppraisalPeriod
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.db import Database

OP = "hr"
DIMS = ("performance", "ability", "attitude")


@dataclass
class Team:
    period_id: int
    ids: dict[str, int]  # "H" the supervisor, "A", "B", … the reports


def make_team(db: Database, reports: str = "ABCD") -> Team:
    """A supervisor H (base bonus 6000) with reports (3000 each), and period 2026-01 opened."""
    with db.transaction() as s:
        head = staff_service.create(s, StaffInput("T0", "主管", base_bonus=6000), OP)
        ids = {"H": head}
        for code in reports:
            data = StaffInput(f"T{code}", f"組員{code}", supervisor_id=head, base_bonus=3000)
            ids[code] = staff_service.create(s, data, OP)
        return Team(periods.open_period(s, 2026, 1, OP).id, ids)


def rate(
    s: Session, team: Team, subject: str, source: str, rater: str | None, triple: tuple
) -> str:
    """Enter ``triple`` (performance, ability, attitude) — or fewer — from one rater."""
    dims = {d.code: d.id for d in s.get(AppraisalPeriod, team.period_id).scheme.dimensions}
    out = ""
    for code, value in zip(DIMS, triple, strict=False):
        key = ScoreKey(team.ids[subject], source, team.ids.get(rater or ""), dims[code])
        external = None if rater else "公司高層"
        out = scores.enter(s, team.period_id, key, value, OP, external_evaluator=external)
    return out


# subject: (supervisor, {peer: scores}, self, data)
PLAN = {
    "A": ((90, 80, 70), {"B": ("85.5", 80, 70), "C": (80, 80, 75), "D": (81, 80, 80)},
          (95, 90, 85), 88),
    "B": ((95, 95, 90), dict.fromkeys("ACD", (92, 90, 90)), (90, 90, 90), 95),
    "C": ((80, 60, 50), dict.fromkeys("ABD", (60, 60, 60)), (80, 80, 80), 55),
    "D": ((50, 50, 50), dict.fromkeys("ABC", (55, 55, 55)), (60, 60, 60), 40),
    "H": ((85, 85, 85), dict.fromkeys("ABC", (80, 80, 80)), (88, 88, 88), 82),
}  # fmt: skip
# subject: (total, grade, rank, bonus)
EXPECTED = {
    # sup 45+24+14 = 83; peers: performance (85.5+80+81)/3 = 82.17, ability 80, attitude 75
    # → 41.085+24+15 = 80.085; self 47.5+27+17 = 91.5; data 88
    # 0.4×83 + 0.2×80.085 + 0.1×91.5 + 0.3×88 = 33.2+16.017+9.15+26.4 = 84.767 → 84.77
    "A": ("84.77", "良好", 2, "3000"),
    # sup 47.5+28.5+18 = 94; peers 46+27+18 = 91; self 90; data 95 → 37.6+18.2+9+28.5
    "B": ("93.30", "優秀", 1, "3600"),
    # sup 40+18+10 = 68; peers 60; self 80; data 55 → 27.2+12+8+16.5
    "C": ("63.70", "合格", 4, "2400"),
    # 50, 55, 60, 40 → 20+11+6+12
    "D": ("49.00", "不合格", 5, "0"),
    # external supervisor 85, peers 80, self 88, data 82 → 34+16+8.8+24.6
    "H": ("83.40", "良好", 3, "6000"),
}


def fill(db: Database, team: Team, plan: dict = PLAN, skip: frozenset = frozenset()) -> None:
    with db.transaction() as s:
        peers_of_h = [team.ids[c] for c in plan["H"][1]]
        periods.set_peers(s, team.period_id, team.ids["H"], peers_of_h, OP)
        for who, (sup, peers, own, data) in plan.items():
            if (who, "supervisor") not in skip:
                rate(s, team, who, "supervisor", None if who == "H" else "H", sup)
            if (who, "peer") not in skip:
                for rater, triple in peers.items():
                    rate(s, team, who, "peer", rater, triple)
            if (who, "self") not in skip:
                rate(s, team, who, "self", who, own)
            if (who, "data") not in skip:
                scores.enter_data_score(s, team.period_id, team.ids[who], data, OP)
