"""Staff records through the service: create, update, deactivate, list and search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry, Staff
from ops_desktop.core.services import (
    audit,
    courses,
    freshness,
    positions,
    training,
    training_sessions,
)
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.courses import CourseInput
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.training_sessions import AttendanceInput, SessionInput
from ops_desktop.db import Database

OPERATOR = "alice"


def create(db: Database, staff_no: str, name: str, **kw: object) -> int:
    with db.transaction() as session:
        return staff_service.create(session, StaffInput(staff_no, name, **kw), OPERATOR)


def data_of(db: Database, staff_id: int) -> StaffInput:
    """The person as an input form would show them, ready to be edited."""
    with db.transaction() as session:
        return staff_service.input_of(session, staff_id)


def update(db: Database, staff_id: int, data: StaffInput, **kw: object) -> None:
    with db.transaction() as session:
        staff_service.update(session, staff_id, data, OPERATOR, **kw)


def audit_count(db: Database) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def refused(
    db: Database, action: Callable[[Session], object], field: str | None = None
) -> DomainError:
    """Run ``action(session)``; it must be refused and leave no audit entry behind."""
    before = audit_count(db)
    with pytest.raises(DomainError) as err, db.transaction() as session:
        action(session)
    if field is not None:
        assert err.value.field == field
    assert audit_count(db) == before
    return err.value


def staff_audit(db: Database, staff_id: int) -> list[audit.AuditRow]:
    with db.transaction() as session:
        return audit.entries(session, entity="staff", entity_id=staff_id)


# ----------------------------------------------------------------------------- create


def test_create_stores_the_person_and_audits(db: Database) -> None:
    with db.transaction() as session:
        manager = positions.by_code(session, "manager").id
    pid = create(db, "A001", " 王偉 ", position_id=manager, hire_date="2024-05-06",
                 email="wang@example.com", base_bonus="1200.50")  # fmt: skip
    with db.transaction() as session:
        person = staff_service.get(session, pid)
        assert (person.name, person.hire_date, person.status) == (
            "王偉", dt.date(2024, 5, 6), "active"
        )  # fmt: skip
        assert str(person.base_bonus) == "1200.50"
    [entry] = staff_audit(db, pid)
    assert (entry.action, entry.operator) == ("create", OPERATOR)
    assert "A001" in entry.summary


def test_duplicate_staff_no_names_the_number(db: Database) -> None:
    create(db, "A002", "李芳")
    err = refused(
        db, lambda s: staff_service.create(s, StaffInput(" A002 ", "張敏"), OPERATOR), "staff_no"
    )
    assert "A002" in str(err)
    with db.transaction() as session:
        assert [r.name for r in staff_service.rows(session)] == ["李芳"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"staff_no": ""}, "staff_no"),
        ({"email": "not-an-address"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"hire_date": "2024-13-01"}, "hire_date"),
        ({"hire_date": "yesterday"}, "hire_date"),
        ({"status": "retired"}, "status"),
        ({"base_bonus": "-5"}, "base_bonus"),
    ],
)
def test_invalid_input_is_refused_with_its_field(db: Database, changes: dict, field: str) -> None:
    data = replace(StaffInput("A003", "陳靜"), **changes)
    refused(db, lambda s: staff_service.create(s, data, OPERATOR), field)
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0


def test_bad_date_message_quotes_the_value(db: Database) -> None:
    data = StaffInput("A004", "楊麗", hire_date="31/12/2024")
    err = refused(db, lambda s: staff_service.create(s, data, OPERATOR), "hire_date")
    assert "31/12/2024" in str(err)


# ----------------------------------------------------------------------------- supervisors


def test_own_supervisor_is_refused(db: Database) -> None:
    pid = create(db, "B001", "黃強")
    data = replace(data_of(db, pid), supervisor_id=pid)
    refused(db, lambda s: staff_service.update(s, pid, data, OPERATOR), "supervisor")
    assert data_of(db, pid).supervisor_id is None


def test_supervisor_cycle_is_refused(db: Database) -> None:
    top = create(db, "B002", "趙磊")
    middle = create(db, "B003", "吳軍", supervisor_id=top)
    bottom = create(db, "B004", "周洋", supervisor_id=middle)
    for boss in (middle, bottom):  # direct and indirect cycles
        data = replace(data_of(db, top), supervisor_id=boss)
        refused(db, lambda s, d=data: staff_service.update(s, top, d, OPERATOR), "supervisor")
    assert data_of(db, top).supervisor_id is None


def test_departed_person_cannot_become_a_supervisor(db: Database) -> None:
    gone = create(db, "B005", "徐勇")
    with db.transaction() as session:
        staff_service.deactivate(session, gone, OPERATOR)
    data = StaffInput("B006", "孫艷", supervisor_id=gone)
    err = refused(db, lambda s: staff_service.create(s, data, OPERATOR), "supervisor")
    assert "徐勇" in str(err)


# ----------------------------------------------------------------------------- update


def test_update_changes_fields_and_audits_the_difference(db: Database) -> None:
    pid = create(db, "C001", "馬傑")
    update(db, pid, replace(data_of(db, pid), phone="13800000000", email="ma@example.com"))
    data = data_of(db, pid)
    assert (data.phone, data.email) == ("13800000000", "ma@example.com")
    latest = staff_audit(db, pid)[0]
    assert (latest.action, latest.operator) == ("update", OPERATOR)
    assert set(latest.details) == {"phone", "email"}
    assert latest.details["email"] == ["", "ma@example.com"]


def test_an_edit_from_a_stale_copy_is_refused_naming_the_person(db: Database) -> None:
    pid = create(db, "C002", "朱娟")
    with db.transaction() as session:
        seen = freshness.seen(staff_service.get(session, pid))
    update(db, pid, replace(data_of(db, pid), phone="111"))
    stale = replace(data_of(db, pid), phone="222")

    def stale_edit(session: Session) -> object:
        freshness.check(session, seen)
        return staff_service.update(session, pid, stale, OPERATOR)

    err = refused(db, stale_edit)
    assert "朱娟" in str(err) and "someone else" in str(err)
    assert data_of(db, pid).phone == "111"


def test_refused_update_changes_nothing(db: Database) -> None:
    create(db, "C003", "胡濤")
    pid = create(db, "C004", "郭明")
    bad = replace(data_of(db, pid), name="新名字", staff_no="C003")
    refused(db, lambda s: staff_service.update(s, pid, bad, OPERATOR), "staff_no")
    data = data_of(db, pid)
    assert (data.staff_no, data.name) == ("C004", "郭明")
    assert [e.action for e in staff_audit(db, pid)] == ["create"]


# ----------------------------------------------------------------------------- deactivate


def _attend(db: Database, staff_id: int) -> None:
    with db.transaction() as session:
        category, method = training.categories(session)[0].id, training.methods(session)[0].id
        course = courses.create(session, CourseInput("溝通技巧", category, method))
        held = training_sessions.create(session, SessionInput(course, "2026-03-02"))
        training_sessions.record_attendance(session, AttendanceInput(held, staff_id, score="88"))


def test_deactivate_keeps_the_row_and_its_history(db: Database) -> None:
    pid = create(db, "D001", "何超")
    _attend(db, pid)
    with db.transaction() as session:
        staff_service.deactivate(session, pid, OPERATOR, on=dt.date(2026, 4, 1))
    with db.transaction() as session:
        person = staff_service.get(session, pid)
        assert (person.status, person.departed_on) == ("departed", dt.date(2026, 4, 1))
        assert pid not in [r.id for r in staff_service.rows(session)]
        assert pid in [r.id for r in staff_service.rows(session, include_departed=True)]
        [(course, _, attendance)] = training.person_history(session, pid)
        assert (course.title, attendance.score) == ("溝通技巧", Decimal("88.0"))
    latest = staff_audit(db, pid)[0]
    assert (latest.action, latest.operator) == ("deactivate", OPERATOR)


def test_deactivate_twice_is_refused(db: Database) -> None:
    pid = create(db, "D002", "林秀英")
    with db.transaction() as session:
        staff_service.deactivate(session, pid, OPERATOR)
    with db.transaction() as session:
        assert staff_service.get(session, pid).departed_on == clock.today()
    refused(db, lambda s: staff_service.deactivate(s, pid, OPERATOR))


def test_deactivating_a_supervisor_of_active_people_is_refused(db: Database) -> None:
    boss = create(db, "D003", "羅霞")
    report = create(db, "D004", "高平", supervisor_id=boss)
    err = refused(db, lambda s: staff_service.deactivate(s, boss, OPERATOR))
    assert "羅霞" in str(err)
    assert data_of(db, boss).status == "active"
    with db.transaction() as session:  # once the report has left, the boss may leave too
        staff_service.deactivate(session, report, OPERATOR)
        staff_service.deactivate(session, boss, OPERATOR)
    assert data_of(db, boss).status == "departed"


def test_departing_through_update_is_refused_too_while_supervising(db: Database) -> None:
    """Setting status 'departed' in the edit form must obey the same rule as deactivate."""
    boss = create(db, "D005", "宋傑")
    create(db, "D006", "唐娟", supervisor_id=boss)
    data = replace(data_of(db, boss), status="departed")
    refused(db, lambda s: staff_service.update(s, boss, data, OPERATOR))
    assert data_of(db, boss).status == "active"


def test_departed_person_stays_editable_after_their_supervisor_left(db: Database) -> None:
    """Correcting an old record must not require rewriting who supervised them."""
    boss = create(db, "D007", "許濤")
    report = create(db, "D008", "韓明", supervisor_id=boss)
    with db.transaction() as session:
        staff_service.deactivate(session, report, OPERATOR)
        staff_service.deactivate(session, boss, OPERATOR)
    update(db, report, replace(data_of(db, report), notes="離職面談已完成"))
    data = data_of(db, report)
    assert (data.notes, data.supervisor_id, data.status) == ("離職面談已完成", boss, "departed")


# ----------------------------------------------------------------------------- rows


def test_rows_sorted_and_searchable(db: Database) -> None:
    boss = create(db, "E002", "鄭剛", phone="13911112222")
    create(db, "E001", "梁桂英", supervisor_id=boss, email="Liang@Example.com")
    create(db, "E003", "謝嘉怡")
    with db.transaction() as session:
        rows = staff_service.rows(session)
        assert [r.staff_no for r in rows] == ["E001", "E002", "E003"]
        assert rows[0].supervisor == "鄭剛"

        def found(text: str) -> list[str]:
            return [r.staff_no for r in staff_service.rows(session, text)]

        assert found("嘉怡") == ["E003"]
        assert found("e00") == ["E001", "E002", "E003"]
        assert found("1111") == ["E002"]
        assert found("liang@") == ["E001"]
        assert found("nobody") == []
