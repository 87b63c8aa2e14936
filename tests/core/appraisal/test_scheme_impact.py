"""New appraisal settings and the months not yet locked (issue 15): before saving, what they
would change in each such month; then either those months take them (re-scored) or they keep
the scheme version they have and only months opened afterwards use the new one. Locked
months never change; the audit log says which months took the change.

The demo department: 2025-11 … 2026-09 locked, 2026-10 in review.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, results, scheme_impact
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AppraisalScheme, AuditEntry
from ops_desktop.core.services import scheme
from ops_desktop.core.services.scheme import APPLY_FROM_NEXT, APPLY_TO_OPEN, SchemeChanges
from ops_desktop.db import Database

EVEN = SchemeChanges(sources=dict.fromkeys(("supervisor", "peer", "self", "data"), 25))


def outcome(s: Session, year: int, month: int) -> dict[int, tuple]:
    return {
        p.staff_id: (p.total, p.grade, p.bonus, p.training_needs)
        for p in results.compute(s, periods.get(s, year, month).id).people
    }


def stored_state(s: Session) -> tuple:
    """Everything a preview must leave as it was."""
    active = scheme.active(s)
    return (
        active.id,
        active.row_version,
        scheme.snapshot(active),
        s.scalar(select(func.count()).select_from(AppraisalScheme)),
        s.scalar(select(func.count()).select_from(AuditEntry)),
        periods.get(s, 2026, 10).scheme_id,
    )


def last_scheme_audit(s: Session) -> dict:
    entry = s.scalars(
        select(AuditEntry).where(AuditEntry.action == "edit_scheme").order_by(AuditEntry.id.desc())
    ).first()
    assert entry is not None
    return json.loads(entry.details)


def counted(before: dict[int, tuple], after: dict[int, tuple]) -> list[int]:
    return [sum(1 for k in before if before[k][i] != after[k][i]) for i in range(4)]


@pytest.mark.parametrize(
    "changes",
    [
        EVEN,
        SchemeChanges(grades={"良好": ("78", "1.1", None)}),
        SchemeChanges(grades={"優秀": ("90", "1.5", None)}),  # bonuses only
        SchemeChanges(training_threshold="85"),
    ],
    ids=["weights", "grade band", "coefficient", "threshold"],
)
def test_the_preview_counts_what_saving_would_change_and_writes_nothing(
    demo_db: Database, changes: SchemeChanges
) -> None:
    with demo_db.transaction() as s:
        before, state = outcome(s, 2026, 10), stored_state(s)
        [impact] = scheme_impact.preview(s, changes)
        assert stored_state(s) == state
    with demo_db.transaction() as s:
        assert stored_state(s) == state  # nothing was written, nothing committed
        scheme.edit(s, changes, applies_to=APPLY_TO_OPEN)
        after = outcome(s, 2026, 10)
    expected = counted(before, after)
    assert (impact.label, impact.status, impact.people) == ("2026-10", "review", len(before))
    assert [impact.totals, impact.grades, impact.bonuses, impact.training] == expected
    assert impact.changed == sum(1 for k in before if before[k] != after[k]) > 0


def test_a_coefficient_changes_bonuses_but_no_total_or_grade(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        [impact] = scheme_impact.preview(s, SchemeChanges(grades={"優秀": ("90", "1.5", None)}))
    assert (impact.totals, impact.grades, impact.training) == (0, 0, 0) and impact.bonuses > 0


def test_no_month_open_nothing_to_preview(db: Database) -> None:
    with db.transaction() as s:
        assert scheme_impact.preview(s, EVEN) == []
        periods.open_period(s, 2026, 11)
        [impact] = scheme_impact.preview(s, EVEN)
    assert (impact.label, impact.people, impact.changed) == ("2026-11", 0, 0)


def test_from_next_month_the_open_month_keeps_its_version(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        october_before, september_before = outcome(s, 2026, 10), outcome(s, 2026, 9)
        old = periods.get(s, 2026, 10).scheme_id
        new = scheme.edit(s, EVEN, "秘書", applies_to=APPLY_FROM_NEXT).id
    with demo_db.transaction() as s:
        assert new != old and scheme.active(s).id == new
        assert periods.get(s, 2026, 10).scheme_id == old
        assert outcome(s, 2026, 10) == october_before  # not re-scored
        assert outcome(s, 2026, 9) == september_before  # locked: never
        assert scheme_impact.preview(s, SchemeChanges(training_threshold="50")) == []
        november = periods.open_period(s, 2026, 11)
        assert november.scheme_id == new
        assert results.compute(s, november.id).scheme.source_weights["peer"] == 25
        details = last_scheme_audit(s)
    assert details["applies_to"] == APPLY_FROM_NEXT
    assert details["applied_to_months"] == []
    assert details["months_keeping_their_version"] == ["2026-10"]
    assert details["source.peer"] == ["20", "25"]


def test_applied_to_the_open_months_they_are_re_scored_and_the_audit_names_them(
    demo_db: Database,
) -> None:
    with demo_db.transaction() as s:
        october_before, september_before = outcome(s, 2026, 10), outcome(s, 2026, 9)
        new = scheme.edit(s, EVEN, "秘書").id  # the default: as before this choice existed
    with demo_db.transaction() as s:
        assert periods.get(s, 2026, 10).scheme_id == new
        assert outcome(s, 2026, 10) != october_before
        assert outcome(s, 2026, 9) == september_before
        details = last_scheme_audit(s)
    assert details["applies_to"] == APPLY_TO_OPEN
    assert details["applied_to_months"] == ["2026-10"]
    assert details["months_keeping_their_version"] == []


@pytest.mark.parametrize("applies_to", [APPLY_TO_OPEN, APPLY_FROM_NEXT])
def test_locked_months_keep_their_scheme_and_results_either_way(
    demo_db: Database, applies_to: str
) -> None:
    with demo_db.transaction() as s:
        locked = [periods.get(s, 2026, m) for m in range(1, 10)]
        kept = {p.id: (p.scheme_id, outcome(s, 2026, p.month)) for p in locked}
        scheme.edit(s, EVEN, applies_to=applies_to)
    with demo_db.transaction() as s:
        for month in range(1, 10):
            period = periods.get(s, 2026, month)
            assert (period.scheme_id, outcome(s, 2026, month)) == kept[period.id]


def test_from_next_month_makes_a_version_even_when_nothing_is_locked(db: Database) -> None:
    """Without a locked month the scheme used to change in place; an open month that is to
    keep its numbers needs its own version all the same."""
    with db.transaction() as s:
        first = scheme.active(s).id
        november = periods.open_period(s, 2026, 11).id
        scheme.edit(s, EVEN, applies_to=APPLY_FROM_NEXT)
    with db.transaction() as s:
        active = scheme.active(s)
        assert active.id != first and s.get(AppraisalScheme, first).active is False
        kept = s.get(AppraisalScheme, first)
        assert {x.code: x.weight for x in kept.sources}["supervisor"] == 40
        assert periods.get(s, 2026, 11).id == november
        assert periods.get(s, 2026, 11).scheme_id == first
        # a second change from the next month: the new version is used by no month yet
        scheme.edit(s, SchemeChanges(training_threshold="65"), applies_to=APPLY_FROM_NEXT)
        assert scheme.active(s).id == active.id


def test_nothing_holding_the_scheme_it_changes_in_place(db: Database) -> None:
    with db.transaction() as s:
        first = scheme.active(s).id
        scheme.edit(s, EVEN, applies_to=APPLY_FROM_NEXT)
        assert scheme.active(s).id == first
        assert scheme.source_weights(s)["supervisor"] == Decimal(25)


def test_an_unknown_choice_is_refused_and_changes_nothing(db: Database) -> None:
    with db.transaction() as s:
        state = scheme.snapshot(scheme.active(s))
        with pytest.raises(DomainError, match="Unknown choice of months"):
            scheme.edit(s, EVEN, applies_to="yesterday")
        assert scheme.snapshot(scheme.active(s)) == state
