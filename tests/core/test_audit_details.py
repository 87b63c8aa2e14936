"""Issue 18 point 5: the audit log's details name the records they point at and say which
field changed from what to what — not "supervisor_id: ['40', '50']" or "stage_id: 8"."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from ops_desktop.core import models as m
from ops_desktop.core.errors import FIELD_LABELS
from ops_desktop.core.services import action_items, audit, audit_details, scheme, staff
from ops_desktop.core.services.audit_details import Detail

PACKAGE = Path(__file__).resolve().parents[2] / "ops_desktop"


def latest(session, **filters):
    rows = audit.entries(session, limit=1, **filters)
    return audit_details.describe(session, rows)[0]


def person(session, number):
    return next(r for r in staff.rows(session, number) if r.staff_no == number)


def test_a_changed_supervisor_and_status_are_names_and_codes_not_ids(demo_db):
    with demo_db.transaction() as session:
        someone, new_boss = person(session, "OP0024"), person(session, "OP0003")
        data = staff.input_of(session, someone.id)
        old_boss = session.get(m.Staff, data.supervisor_id)
        assert old_boss.id != new_boss.id
        changed = dataclasses.replace(data, supervisor_id=new_boss.id, status="leave")
        staff.update(session, someone.id, changed, "林秘書")
        details = latest(session, entity="staff", action="update")
    assert (
        Detail(
            "supervisor", f"OP0003 {new_boss.name}", f"{old_boss.staff_no} {old_boss.name}", True
        )
        in details
    )
    assert Detail("status", "leave", "active", True) in details
    assert all(not d.field.endswith("_id") for d in details)


def test_an_approved_stage_and_a_ticked_step_are_named(demo_db):
    with demo_db.transaction() as session:
        entries = audit.entries(session, entity="workflow_run", limit=5000)
        described = audit_details.describe(session, entries)
        stage = session.get(
            m.WorkflowStage, next(r.details["stage_id"] for r in entries if r.action == "approve")
        )
        step = session.get(
            m.WorkflowStep,
            next(r.details["step_id"] for r in entries if r.action == "complete_step"),
        )
    flat = [d for ds in described for d in ds]
    assert Detail("stage", stage.name) in flat
    assert Detail("step", step.text[:60]) in flat


def test_a_scheme_weight_says_whose_weight_it_is(demo_db):
    with demo_db.transaction() as session:
        weights = {s.code: s.weight for s in scheme.active(session).sources}
        peer = next(s.name for s in scheme.active(session).sources if s.code == "peer")
        moved = {**weights, "peer": weights["peer"] + 5, "self": weights["self"] - 5}
        scheme.edit(session, scheme.SchemeChanges(sources=moved), "林秘書")
        details = latest(session, entity="appraisal_scheme")
    (weight,) = [d for d in details if d.field == "source" and d.about == peer]
    assert weight.changed and float(weight.new) == float(weights["peer"]) + 5


def test_a_task_given_to_someone_else_names_both(demo_db):
    with demo_db.transaction() as session:
        item = session.query(m.ActionItem).filter(m.ActionItem.owner_id.is_not(None)).first()
        before = item.owner
        other = person(session, "OP0005")
        data = dataclasses.replace(action_items.input_of(session, item.id), owner_id=other.id)
        action_items.update(session, item.id, data, "林秘書")
        details = latest(session, entity="action_item", action="update")
    assert details == [
        Detail("owner", f"OP0005 {other.name}", f"{before.staff_no} {before.name}", True)
    ]


def test_a_record_since_deleted_reads_as_its_number(demo_db):
    with demo_db.transaction() as session:
        audit.record(session, "林秘書", "approve", "workflow_run", 424242, "", stage_id=99999)
        session.flush()
        assert latest(session, entity_id=424242) == [Detail("stage", "#99999")]


def _recorded_keys() -> set[str]:
    """Every keyword of an audit.record call, and every column of the records whose update
    records the fields it changed (``**changes``)."""
    found = {"previous", "incomplete", "people"}  # the lock's **details
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and getattr(node.func.value, "id", "") == "audit"
            ):
                found |= {k.arg for k in node.keywords if k.arg}
    kept = {"id", "version", "row_version", "created_at", "updated_at", "sort_order"}
    for model in (m.Staff, m.Position, m.Meeting, m.Suggestion, m.TrainingCourse,
                  m.DevelopmentPlan, m.WorkflowRun, m.WorkflowStage, m.ActionItem):  # fmt: skip
        found |= {c.key for c in model.__table__.columns} - kept
    found |= {"source", "dimension", "kpi", "grade", "training_threshold", "annual_min_months",
              "peer_drop"}  # fmt: skip  # the scheme's snapshot
    return found - {"old", "new", "before", "after"}


def test_every_field_the_log_can_hold_has_a_name():
    fields = {audit_details._field(k) for k in _recorded_keys()}
    fields |= set(audit_details.WHOLE_VALUE.values()) | {"text", "value"}
    assert "supervisor" in fields and "stage" in fields  # the scan found the keys
    assert sorted(f for f in fields if f not in FIELD_LABELS) == []


def test_a_suggestions_status_is_a_change_of_status_under_its_title(db):
    """The log's summary was the stored code ("in_progress") in every language."""
    from ops_desktop.core.services import suggestions

    with db.transaction() as session:
        ident = suggestions.create(
            session, suggestions.SuggestionInput(title="茶水間換咖啡機", anonymous=True)
        )
        suggestions.set_status(session, ident, "in_progress", "林秘書")
        (row,) = audit.entries(session, limit=1, entity="suggestion", action="set_status")
        details = audit_details.describe(session, [row])[0]
    assert row.summary == "茶水間換咖啡機"
    assert details == [Detail("status", "in_progress", "new", True)]
