"""Issue 18, records: the supervisor a person may have (not themself, nobody below them),
the staff number a new person is offered, a departure refused while the person still
supervises someone (naming them), and search folding Traditional and Simplified alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from ops_desktop.core.errors import DomainError
from ops_desktop.core.script import fold
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services import staff_chain
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.staff_numbers import next_free
from ops_desktop.db import Database

OPERATOR = "alice"


def create(db: Database, staff_no: str, name: str, **kw: object) -> int:
    with db.transaction() as session:
        return staff_service.create(session, StaffInput(staff_no, name, **kw), OPERATOR)


def test_below_is_the_person_and_everyone_under_them() -> None:
    lines = {1: None, 2: 1, 3: 2, 4: 3, 5: 1, 6: None, 7: 6}
    assert staff_chain.below(lines, 2) == {2, 3, 4}
    assert staff_chain.below(lines, 1) == {1, 2, 3, 4, 5}
    assert staff_chain.below(lines, 7) == {7}
    assert staff_chain.below(lines, None) == set()


def test_below_ends_on_a_stored_cycle() -> None:
    assert staff_chain.below({1: 2, 2: 1, 3: 1}, 1) == {1, 2, 3}


def test_supervisor_choices_leave_out_the_person_those_below_and_the_departed(
    db: Database,
) -> None:
    top = create(db, "E001", "林志明")
    middle = create(db, "E002", "陳美玲", supervisor_id=top)
    bottom = create(db, "E003", "王小華", supervisor_id=middle)
    other = create(db, "E004", "張偉")
    gone = create(db, "E005", "李娜", status="departed")
    with db.transaction() as session:
        assert staff_chain.not_below(session, middle) == [top, other]
        assert staff_chain.not_below(session, top) == [other]
        assert staff_chain.not_below(session, None) == [top, middle, bottom, other]
        assert gone not in staff_chain.not_below(session, bottom)


def test_a_departure_is_refused_naming_the_people_still_supervised(db: Database) -> None:
    boss = create(db, "E001", "林志明")
    create(db, "E002", "陳美玲", supervisor_id=boss)
    create(db, "E003", "王小華", supervisor_id=boss)
    with db.transaction() as session:
        data = replace(staff_service.input_of(session, boss), status="departed")
        found = staff_service.problems(session, data, boss)
    assert "E002 陳美玲, E003 王小華" in found["status"]
    with pytest.raises(DomainError, match="E002 陳美玲, E003 王小華"), db.transaction() as s:
        staff_service.update(s, boss, data, OPERATOR)
    with db.transaction() as session:
        assert staff_service.get(session, boss).status == "active"


def test_a_departure_keeps_the_leave_date_given_and_its_undo_clears_it(db: Database) -> None:
    pid = create(db, "E001", "林志明")
    with db.transaction() as session:
        before = staff_service.input_of(session, pid)
        left = replace(before, status="departed", departed_on=dt.date(2026, 11, 30))
        assert staff_service.problems(session, left, pid) == {}
        staff_service.update(session, pid, left, OPERATOR)
    with db.transaction() as session:
        assert staff_service.input_of(session, pid).departed_on == dt.date(2026, 11, 30)
        staff_service.update(session, pid, before, OPERATOR)  # what undo does
    with db.transaction() as session:
        person = staff_service.get(session, pid)
        assert (person.status, person.departed_on) == ("active", None)


@pytest.mark.parametrize(
    ("numbers", "offered"),
    [
        (["E001", "E002", "E025"], "E026"),  # after the last, not into the gap
        (["E025", "E003", "e024"], "E026"),
        (["OP0099", "OP0007"], "OP0100"),
        (["E999", "E1000"], "E1001"),
        (["E001", "E002", "T9", "X"], "E003"),  # the pattern most numbers follow
        ([], ""),  # no staff: the secretary types the first
        (["甲", "乙"], ""),
    ],
)
def test_the_next_free_staff_number(numbers: list[str], offered: str) -> None:
    assert next_free(numbers) == offered


def test_the_next_staff_number_from_the_database(db: Database) -> None:
    with db.transaction() as session:
        assert staff_service.next_staff_no(session) == ""
    create(db, "E001", "林志明")
    create(db, "E025", "陳美玲")
    with db.transaction() as session:
        assert staff_service.next_staff_no(session) == "E026"


def test_search_folds_traditional_and_simplified_alike() -> None:
    assert fold("陈美玲") == fold("陳美玲")
    assert fold("陈") in fold("E002\t陳美玲")
    assert fold("OP0003") == fold("op0003")
    assert fold("乾") in fold("乾隆")  # character by character, whatever the phrase
    assert fold("李") != fold("林")
