"""What the Meetings, Suggestions and Settings pages need from the services: editing a
meeting and its attendees and action items, editing and answering suggestions with undo,
checking the appraisal scheme as it is typed, and the department name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import ActionItem, AuditEntry, Meeting, Suggestion
from ops_desktop.core.services import action_items, meetings, scheme, settings, suggestions
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.action_items import ActionInput
from ops_desktop.core.services.meetings import MeetingInput
from ops_desktop.core.services.scheme import SchemeChanges
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.suggestions import SuggestionInput
from ops_desktop.db import Database

D = dt.date


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


def refused(db: Database, action: Callable[[Session], object], field: str | None = None) -> str:
    with pytest.raises(DomainError) as err:
        do(db, action)
    if field is not None:
        assert err.value.field == field
    return str(err.value)


def person(db: Database, staff_no: str, name: str) -> int:
    return do(db, lambda s: staff_service.create(s, StaffInput(staff_no, name)))


@pytest.fixture
def people(db: Database) -> list[int]:
    return [person(db, f"M{i:03d}", n) for i, n in enumerate(("王偉", "李娜", "張敏"))]


# ----------------------------------------------------------------------------- meetings


def test_meeting_problems_and_create(db: Database, people: list[int]) -> None:
    bad = MeetingInput(held_on="2026-02-30", chair_id=people[0], minutes="x" * 9000)
    found = do(db, lambda s: meetings.problems(s, bad))
    assert set(found) == {"held_on", "minutes"} and "not a date" in found["held_on"]
    good = MeetingInput("2026-03-02", "", people[0], [people[1], people[2], people[1]], "上週", "")
    assert do(db, lambda s: meetings.problems(s, good)) == {}
    mid = do(db, lambda s: meetings.create(s, good, "秘書"))
    row = do(db, meetings.rows)[0]
    assert (row.id, row.title, row.chair, row.attendees, row.open_items) == (
        mid,
        "2026-03-02 部門例會",
        "王偉",
        2,
        0,
    )


def test_update_changes_fields_and_attendees_and_is_audited(
    db: Database, people: list[int]
) -> None:
    mid = do(db, lambda s: meetings.create(s, MeetingInput(D(2026, 3, 2), attendee_ids=people[:2])))
    changed = MeetingInput(D(2026, 3, 3), "三月例會", people[2], [people[2]], "總結", "紀要")
    do(db, lambda s: meetings.update(s, mid, changed, "秘書"))
    values = do(db, lambda s: meetings.input_of(s, mid))
    assert values == MeetingInput(
        D(2026, 3, 3), "三月例會", people[2], (people[2],), "總結", "紀要"
    )
    assert do(db, lambda s: s.scalar(select(func.count()).where(AuditEntry.action == "update")))


def test_a_meeting_cannot_move_after_its_items_are_due(db: Database) -> None:
    mid = do(db, lambda s: meetings.create(s, MeetingInput(D(2026, 3, 2))))
    do(db, lambda s: action_items.create(s, ActionInput(mid, "跟進", due_date="2026-03-05")))
    later = MeetingInput(D(2026, 3, 9))
    assert "2026-03-05" in do(db, lambda s: meetings.problems(s, later, mid))["held_on"]
    refused(db, lambda s: meetings.update(s, mid, later), "held_on")


def test_departed_people_stay_on_old_meetings_but_cannot_be_added(
    db: Database, people: list[int]
) -> None:
    mid = do(
        db, lambda s: meetings.create(s, MeetingInput(D(2026, 3, 2), attendee_ids=[people[2]]))
    )
    do(db, lambda s: staff_service.deactivate(s, people[2]))
    keep = MeetingInput(D(2026, 3, 2), "例會", None, [people[2]])
    assert do(db, lambda s: meetings.problems(s, keep, mid)) == {}
    other = do(db, lambda s: meetings.create(s, MeetingInput(D(2026, 3, 9))))
    assert "left" in do(db, lambda s: meetings.problems(s, keep, other))["attendees"]
    refused(db, lambda s: meetings.set_attendees(s, other, [people[2]]), "attendees")


def test_remove_refuses_a_meeting_with_action_items(db: Database, people: list[int]) -> None:
    mid = do(db, lambda s: meetings.create(s, MeetingInput(D(2026, 3, 2), attendee_ids=people)))
    values = do(db, lambda s: meetings.input_of(s, mid))
    do(db, lambda s: meetings.remove_new(s, mid))
    assert values.attendee_ids == tuple(sorted(people))
    assert do(db, lambda s: s.get(Meeting, mid)) is None
    again = do(db, lambda s: meetings.create(s, values))
    do(db, lambda s: action_items.create(s, ActionInput(again, "任務")))
    assert "kept" in refused(db, lambda s: meetings.remove_new(s, again))


def test_action_rows_carried_rows_edit_and_remove(db: Database, people: list[int]) -> None:
    first = do(db, lambda s: meetings.create(s, MeetingInput(D(2026, 3, 2))))
    second = do(db, lambda s: meetings.create(s, MeetingInput(D(2026, 3, 9))))
    item = do(
        db,
        lambda s: action_items.create(s, ActionInput(first, "整理數據", people[0], D(2026, 3, 6))),
    )
    rows = do(db, lambda s: action_items.rows(s, first, D(2026, 3, 10)))
    assert [(r.text, r.owner, r.overdue) for r in rows] == [("整理數據", "王偉", True)]
    carried = do(db, lambda s: action_items.carried_rows(s, second, D(2026, 3, 5)))
    assert [(r.id, r.meeting_date, r.overdue) for r in carried] == [(item, D(2026, 3, 2), False)]
    found = do(db, lambda s: action_items.problems(s, ActionInput(first, " ", None, "2026-03-01")))
    assert set(found) == {"text", "due_date"}
    do(db, lambda s: action_items.update(s, item, ActionInput(first, "整理報表", people[1])))
    edited = do(db, lambda s: s.get(ActionItem, item))
    assert (edited.text, edited.owner_id, edited.due_date) == ("整理報表", people[1], None)
    refused(db, lambda s: action_items.update(s, item, ActionInput(first, "")), "text")
    do(db, lambda s: action_items.remove_new(s, item))
    assert do(db, lambda s: s.get(ActionItem, item)) is None
    assert do(db, meetings.rows)[1].open_items == 0


# ----------------------------------------------------------------------------- suggestions


def test_suggestion_problems_create_update_remove(db: Database, people: list[int]) -> None:
    named_but_none = SuggestionInput("白板", anonymous=False)
    assert set(do(db, lambda s: suggestions.problems(s, named_but_none))) == {"author"}
    both = SuggestionInput("", author_id=people[0], anonymous=True, submitted_on="x")
    assert set(do(db, lambda s: suggestions.problems(s, both))) == {
        "author",
        "title",
        "date",
    }
    data = SuggestionInput("增加白板", "會議室", "行政", people[0], False, D(2026, 3, 2))
    sid = do(db, lambda s: suggestions.create(s, data, "秘書"))
    anon = SuggestionInput("增加白板", "會議室", "行政", None, True, D(2026, 3, 3))
    do(db, lambda s: suggestions.update(s, sid, anon, "秘書"))
    item = do(db, lambda s: s.get(Suggestion, sid))
    assert (item.anonymous, item.author_id, item.submitted_on) == (True, None, D(2026, 3, 3))
    row = do(db, suggestions.rows)[0]
    assert (row.title, row.author, row.anonymous, row.status) == ("增加白板", "", True, "new")
    assert do(db, suggestions.categories) == ["行政"]
    do(db, lambda s: suggestions.remove_new(s, sid))
    assert do(db, suggestions.rows) == []


def test_reply_can_be_undone_with_its_earlier_state(db: Database) -> None:
    sid = do(db, lambda s: suggestions.create(s, SuggestionInput("縮短例會", anonymous=True)))
    before = do(db, lambda s: suggestions.reply_state(suggestions.get(s, sid)))
    assert suggestions.reply_problems("", " ").keys() == {"reply", "replied_by"}
    assert suggestions.reply_problems("好", "經理") == {}
    do(db, lambda s: suggestions.reply(s, sid, "已安排", "經理"))
    assert do(db, lambda s: suggestions.rows(s, include_answered=False)) == []
    refused(db, lambda s: suggestions.remove_new(s, sid))
    do(db, lambda s: suggestions.restore_reply(s, sid, before))
    item = do(db, lambda s: s.get(Suggestion, sid))
    assert (item.status, item.reply, item.replied_by) == ("new", "", None)


# ----------------------------------------------------------------------------- scheme


def test_scheme_problems_name_each_wrong_value(db: Database) -> None:
    now = do(db, lambda s: scheme.changes_of(scheme.active(s)))
    assert do(db, lambda s: scheme.problems(s, now)) == {}
    wrong = SchemeChanges(
        sources={**now.sources, "peer": "25"},
        dimensions={**now.dimensions, "performance": "abc"},
        grades={"優秀": ("90", "-1", None)},
        training_threshold="101",
        annual_min_months=13,
        peer_drop_min_count=2,
    )
    found = do(db, lambda s: scheme.problems(s, wrong))
    assert "add up to 100" in found["sources"] and "105" in found["sources"]
    assert set(found) == {
        "sources",
        "dimension.performance",
        "grade.優秀",
        "training_threshold",
        "annual_min_months",
        "peer_drop_min_count",
    }
    assert scheme.weight_total(wrong.sources) == Decimal(105)
    assert scheme.weight_total(wrong.dimensions) is None


def test_scheme_problems_change_nothing_and_edit_back_undoes(db: Database) -> None:
    before = do(db, lambda s: scheme.changes_of(scheme.active(s)))
    no_zero = SchemeChanges(grades={"不合格": ("10", "0", None)})
    assert "start at 0" in do(db, lambda s: scheme.problems(s, no_zero))["scheme"]
    weights = {"supervisor": "50", "peer": "10", "self": "10", "data": "30"}
    assert do(db, lambda s: scheme.problems(s, SchemeChanges(sources=weights))) == {}
    assert do(db, scheme.source_weights)["supervisor"] == Decimal(40)  # nothing was stored
    do(db, lambda s: scheme.edit(s, SchemeChanges(sources=weights, training_threshold="65")))
    assert do(db, scheme.source_weights)["supervisor"] == Decimal(50)
    do(db, lambda s: scheme.edit(s, before))
    same = SchemeChanges(sources={"supervisor": "40.0", "peer": 20, "self": "10", "data": "30"})
    assert not do(db, lambda s: scheme.differs(s, same))
    after = do(db, lambda s: scheme.snapshot(scheme.active(s)))
    assert after["source.supervisor"] == "40" and after["training_threshold"] == "70"


def test_department_name_problem(db: Database) -> None:
    assert settings.problem("運營部") == ""
    assert "required" in settings.problem("  ")
    do(db, lambda s: settings.put(s, "department_name", "運營中心"))
    assert do(db, settings.department) == "運營中心"
