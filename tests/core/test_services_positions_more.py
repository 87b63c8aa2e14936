"""The positions service behind the positions page: the list, the form's checks, saving,
areas and duty lines moved, removed and put back exactly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry
from ops_desktop.core.services import duty_lines, position_areas, positions
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.position_areas import AreaInput
from ops_desktop.core.services.positions import PositionInput
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.db import Database


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


def duties(db: Database, code: str) -> list[tuple[str, list[str]]]:
    def read(s: Session) -> list[tuple[str, list[str]]]:
        return [(a.title, [d.text for d in a.duties]) for a in positions.by_code(s, code).areas]

    return do(db, read)


def test_rows_count_areas_duties_and_holders(db: Database) -> None:
    manager = do(db, lambda s: positions.by_code(s, "manager").id)
    do(db, lambda s: staff_service.create(s, StaffInput("M1", "王經理", position_id=manager)))
    rows = {r.name: r for r in do(db, positions.rows)}
    assert set(rows) == {"運營經理", "運營專員", "數據分析員"}
    assert (rows["運營經理"].areas, rows["運營經理"].duties, rows["運營經理"].holders) == (3, 9, 1)
    assert rows["運營專員"].holders == 0 and rows["運營專員"].active


def test_problems_name_every_field(db: Database) -> None:
    bad = PositionInput(name="運營經理", code="bad code!", name_en="x" * 121)
    found = do(db, lambda s: positions.problems(s, bad))
    assert set(found) == {"name", "code", "name_en"}
    assert "already exists" in found["name"]
    assert do(db, lambda s: positions.problems(s, PositionInput(name=" "))) == {
        "name": "Name is required."
    }
    manager = do(db, lambda s: positions.by_code(s, "manager").id)
    same = PositionInput(name="運營經理", code="ignored once created")
    assert do(db, lambda s: positions.problems(s, same, manager)) == {}


def test_save_creates_and_edits_but_keeps_the_code(db: Database) -> None:
    data = PositionInput(name="內容編輯", code="editor", name_en="Editor", description="寫作")
    new_id = do(db, lambda s: positions.create(s, data, operator="alice"))
    changed = PositionInput(name="內容主編", code="other", name_en="Chief editor")
    do(db, lambda s: positions.update(s, new_id, changed, "alice"))
    p = do(db, lambda s: positions.get(s, new_id))
    assert (p.name, p.code, p.name_en, p.description) == ("內容主編", "editor", "Chief editor", "")
    with pytest.raises(DomainError) as err:
        do(db, lambda s: positions.update(s, new_id, PositionInput(name="運營專員")))
    assert err.value.field == "name"


def test_remove_new_refuses_a_position_in_use(db: Database) -> None:
    new_id = do(db, lambda s: positions.create(s, PositionInput(name="實習生")))
    do(db, lambda s: staff_service.create(s, StaffInput("I1", "小李", position_id=new_id)))
    with pytest.raises(DomainError) as err:
        do(db, lambda s: positions.remove_new(s, new_id))
    assert "retire" in str(err.value)
    spare = do(db, lambda s: positions.create(s, PositionInput(name="顧問")))
    do(db, lambda s: positions.remove_new(s, spare))
    assert "顧問" not in [r.name for r in do(db, positions.rows)]


def test_retire_and_reactivate(db: Database) -> None:
    analyst = do(db, lambda s: positions.by_code(s, "analyst").id)
    do(db, lambda s: staff_service.create(s, StaffInput("A1", "數據員", position_id=analyst)))
    with pytest.raises(DomainError) as err:
        do(db, lambda s: positions.retire(s, analyst))
    assert "1 people still hold" in str(err.value)
    specialist = do(db, lambda s: positions.by_code(s, "specialist").id)
    do(db, lambda s: positions.retire(s, specialist, "alice"))
    assert "運營專員" not in [r.name for r in do(db, positions.rows)]
    assert "運營專員" in [r.name for r in do(db, lambda s: positions.rows(s, include_retired=True))]
    do(db, lambda s: positions.reactivate(s, specialist, "alice"))
    assert "運營專員" in [r.name for r in do(db, positions.rows)]


def test_rename_and_move_areas(db: Database) -> None:
    before = duties(db, "manager")
    first, second = do(db, lambda s: [a.id for a in positions.by_code(s, "manager").areas])[:2]
    renamed = AreaInput(None, "部門管理(修訂)")  # the position stays the area's own
    do(db, lambda s: position_areas.update(s, first, renamed, "alice"))
    assert do(db, lambda s: position_areas.move(s, first, 1)) == 1
    assert do(db, lambda s: position_areas.move(s, second, -5)) == 0  # already first
    titles = [t for t, _ in duties(db, "manager")]
    assert titles == [before[1][0], "部門管理(修訂)", before[2][0]]
    with pytest.raises(DomainError) as err:
        do(db, lambda s: position_areas.update(s, first, AreaInput(None, "  ")))
    assert err.value.field == "title"


def test_move_duty_reports_how_far_it_moved(db: Database) -> None:
    texts = duties(db, "analyst")[0][1]
    first = do(db, lambda s: positions.by_code(s, "analyst").areas[0].duties[0].id)
    assert do(db, lambda s: duty_lines.move(s, first, 5)) == len(texts) - 1
    assert duties(db, "analyst")[0][1] == texts[1:] + texts[:1]
    assert do(db, lambda s: duty_lines.move(s, first, 1)) == 0


def test_a_removed_duty_comes_back_in_place_with_its_id(db: Database) -> None:
    before = duties(db, "specialist")
    duty = do(db, lambda s: positions.by_code(s, "specialist").areas[1].duties[1].id)
    snap = do(db, lambda s: duty_lines.take(s, duty, "alice"))
    assert len(duties(db, "specialist")[1][1]) == len(before[1][1]) - 1
    assert do(db, lambda s: duty_lines.restore(s, snap, "alice")) == duty
    assert duties(db, "specialist") == before


def test_a_removed_area_comes_back_with_its_duties(db: Database) -> None:
    before = duties(db, "specialist")
    area = do(db, lambda s: positions.by_code(s, "specialist").areas[0].id)
    snap = do(db, lambda s: position_areas.take(s, area, "alice"))
    assert [t for t, _ in duties(db, "specialist")] == [t for t, _ in before[1:]]
    assert do(db, lambda s: position_areas.restore(s, snap, "alice")) == area
    assert duties(db, "specialist") == before
    actions = do(db, lambda s: [e.action for e in s.scalars(select(AuditEntry))])
    assert "delete" in actions and "restore" in actions
