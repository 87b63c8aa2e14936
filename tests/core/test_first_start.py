"""The first-start guide's steps are ticked from the data: a new database has none done, each
record or confirmation ticks its own step, and the demo department has
its roster and months but its regulation is still a draft."""

from __future__ import annotations

from sqlalchemy import select

from ops_desktop.core import first_start
from ops_desktop.core.appraisal import periods
from ops_desktop.core.models import AuditEntry, RegulationVersion
from ops_desktop.core.services import regulation, settings
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.db import Database


def done(db: Database, operator: str = "") -> frozenset[str]:
    with db.reading() as session:
        return first_start.progress(session, operator).done


def test_a_new_database_has_no_step_done_and_each_step_ticks_from_its_data(db: Database):
    assert done(db) == frozenset()  # the default content's department name is not "set"
    assert done(db, operator="  ") == frozenset()
    assert done(db, operator="陳秘書") == {"operator"}
    with db.transaction() as session:
        settings.put(session, settings.DEPARTMENT, "營運部", "陳秘書")
    assert done(db) == {"department"}
    with db.transaction() as session:
        first_start.confirm(session, "positions", "陳秘書")
    assert done(db) == {"department", "positions"}
    with db.transaction() as session:
        staff_service.create(session, StaffInput("S001", "王小明"), "陳秘書")
    assert done(db) == {"department", "positions", "roster"}
    with db.transaction() as session:
        draft = session.scalars(select(RegulationVersion)).one()
        regulation.approve(session, draft.id, "2026-11-01", "總經理", "陳秘書")
    assert "regulation" in done(db)
    with db.transaction() as session:
        periods.open_period(session, 2026, 11, "陳秘書")
    progress = None
    with db.reading() as session:
        progress = first_start.progress(session, "陳秘書")
    assert progress.complete and progress.next_step is None


def test_a_confirmation_is_kept_once_and_audited(db: Database):
    with db.transaction() as session:
        first_start.confirm(session, "department", "陳秘書")
        first_start.confirm(session, "department", "林秘書")  # already confirmed: nothing
    with db.reading() as session:
        progress = first_start.progress(session, "")
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.summary == "setup.department_checked")
        ).all()
        assert settings.department(session) == "運營部"  # confirmed as it was
    assert progress.done == {"department"}
    assert progress.next_step == "operator"
    assert [e.operator for e in entries] == ["陳秘書"]


def test_the_demo_department_has_its_roster_and_months_and_a_draft_regulation(
    demo_db: Database,
):
    assert done(demo_db, "陳秘書") == {"operator", "roster", "month"}
