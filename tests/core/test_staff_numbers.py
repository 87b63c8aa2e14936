"""One spelling per staff number: full-width, lower-case and zero-width variants of a number
are the same person, on every way in (the staff service here; imports and the command line
in their own tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Staff
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.staff_numbers import normalise
from ops_desktop.db import Database

VARIANTS = ["ＯＰ０００２", "op0002", "OP0002\u200b", "\u2060 Op0002\ufeff ", "OP\u200d0002"]


@pytest.mark.parametrize("typed", VARIANTS)
def test_every_variant_of_a_number_is_the_number(typed: str) -> None:
    assert normalise(typed) == "OP0002"


@given(st.text())
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(alphabet=st.characters(codec="ascii", categories=["Lu", "Nd"]), min_size=1))
def test_a_number_in_its_spelling_is_kept(text: str) -> None:
    assert normalise(text) == text


def in_session(db: Database, work: Callable[[Session], object]) -> object:
    with db.transaction() as session:
        return work(session)


def test_the_service_stores_the_one_spelling(db: Database) -> None:
    pid = in_session(
        db, lambda s: staff_service.create(s, StaffInput("ｏｐ０００２\u200b", "甲"), "t")
    )
    with db.transaction() as session:
        assert session.get(Staff, pid).staff_no == "OP0002"


@pytest.mark.parametrize("typed", VARIANTS)
def test_a_variant_of_a_stored_number_is_a_duplicate(db: Database, typed: str) -> None:
    in_session(db, lambda s: staff_service.create(s, StaffInput("OP0002", "甲"), "t"))
    with pytest.raises(DomainError) as err, db.transaction() as session:
        staff_service.create(session, StaffInput(typed, "乙"), "t")
    assert err.value.field == "staff_no" and "OP0002" in str(err.value)
    found = in_session(db, lambda s: staff_service.problems(s, StaffInput(typed, "乙")))
    assert set(found) == {"staff_no"}  # shown beside the field as it is typed
    with db.transaction() as session:
        assert list(session.scalars(select(Staff.staff_no))) == ["OP0002"]


def test_editing_a_person_with_a_variant_of_their_number_keeps_them(db: Database) -> None:
    pid = in_session(db, lambda s: staff_service.create(s, StaffInput("OP0002", "甲"), "t"))
    in_session(db, lambda s: staff_service.update(s, pid, StaffInput("op0002 ", "甲乙"), "t"))
    with db.transaction() as session:
        person = session.get(Staff, pid)
        assert (person.staff_no, person.name) == ("OP0002", "甲乙")
