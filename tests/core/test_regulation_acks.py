"""Acknowledgement of the regulation in force (閱知確認): who is due, from when, the
dashboard alert after the days in Settings, and all-or-nothing records in the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ops_desktop.core import dashboard
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import RegulationAcknowledgement
from ops_desktop.core.services import audit, regulation, regulation_acks, settings, staff
from ops_desktop.core.services.staff import StaffInput

OP = "秘書"
EFFECTIVE = dt.date(2026, 11, 1)


@pytest.fixture
def team(db):
    with db.transaction() as s:
        for no, name, hired in (
            ("OP0001", "甲", dt.date(2020, 1, 1)),
            ("OP0002", "乙", dt.date(2026, 11, 10)),  # hired after the version took effect
            ("OP0003", "丙", dt.date(2021, 1, 1)),
        ):
            staff.create(s, StaffInput(no, name, hire_date=hired), OP)
        left = staff.create(s, StaffInput("OP0004", "丁", hire_date=dt.date(2019, 1, 1)), OP)
        staff.deactivate(s, left, OP, on=dt.date(2026, 11, 5))
        version = regulation.current(s)
        regulation.approve(s, version.id, EFFECTIVE, "運營經理", OP)
        return version.id


def test_due_from_the_effective_date_or_a_later_hire_date_departed_left_out(db, team):
    with db.transaction() as s:
        found = {r.staff_no: r for r in regulation_acks.rows(s, team)}
        assert sorted(found) == ["OP0001", "OP0002", "OP0003"]
        assert found["OP0001"].due_since == EFFECTIVE and found["OP0001"].overdue_days == 15
        assert found["OP0002"].due_since == dt.date(2026, 11, 10)
        assert found["OP0002"].overdue_days == 6
        assert [r.staff_no for r in regulation_acks.due(s)] == ["OP0001", "OP0003", "OP0002"]
        assert regulation_acks.record(s, team, ["op0001"], operator=OP) == 1
        assert [r.staff_no for r in regulation_acks.due(s)] == ["OP0003", "OP0002"]
        person = regulation_acks.rows(s, team)[0]
        assert person.acknowledged_on == dt.date(2026, 11, 16) and person.due_since is None
        ack = s.scalar(select(RegulationAcknowledgement))
        assert ack.recorded_by == OP and ack.source == "sheet"
        assert regulation_acks.acknowledged_versions(s, person.staff_id) == [
            ("1.0", dt.date(2026, 11, 16))
        ]
        entry = audit.entries(s, entity=regulation_acks.ENTITY)[0]
        assert entry.action == "create" and entry.details["staff_id"] == person.staff_id


def test_a_bad_number_refuses_the_whole_record(db, team):
    for numbers, day, message in (
        (["OP0001", "OP0099"], None, "no staff member OP0099"),
        (["OP0001", "OP0004"], None, "has left"),
        (["OP0001"], dt.date(2026, 11, 17), "future"),
        (["OP0001"], dt.date(2026, 11, 15), "before version 1.0 was approved"),
        (["OP0001", "OP0001"], None, "already acknowledged"),
    ):
        with pytest.raises(DomainError, match=message), db.transaction() as s:
            regulation_acks.record(s, team, numbers, day, OP)
        with db.transaction() as s:
            assert s.scalar(select(RegulationAcknowledgement)) is None
            assert not audit.entries(s, entity=regulation_acks.ENTITY)


def test_the_alert_comes_after_the_days_in_settings_and_a_new_version_makes_all_due(db, team):
    with db.transaction() as s:
        settings.put(s, settings.ACK_DAYS, "15", OP)  # OP0001 and OP0003: due for 15 days
        assert [a for a in dashboard.summary(s).alerts if a.kind == "unacknowledged"] == []
        settings.put(s, settings.ACK_DAYS, "10", OP)
        alert = [a for a in dashboard.summary(s).alerts if a.kind == "unacknowledged"]
        assert len(alert) == 1 and alert[0].record_id == team
        assert alert[0].params == {"count": "2", "version": "1.0", "days": "10",
                                   "since": "2026-11-01"}  # fmt: skip
        regulation_acks.record(s, team, ["OP0001", "OP0002", "OP0003"], operator=OP)
        assert regulation_acks.due(s) == []
        draft = regulation.new_draft(s, "1.1", OP)
        regulation.approve(s, draft.id, dt.date(2026, 11, 16), "運營經理", OP)
        assert [r.staff_no for r in regulation_acks.due(s)] == ["OP0001", "OP0002", "OP0003"]
        with pytest.raises(DomainError, match="1 to 365"):
            settings.put(s, settings.ACK_DAYS, "0", OP)
    with db.transaction() as s:
        assert regulation_acks.withdraw(s, team, ["OP0001"], OP) == 1
        assert audit.entries(s, entity=regulation_acks.ENTITY)[0].action == "delete"
