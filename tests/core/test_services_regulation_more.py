"""The regulation service behind the editor page: deleting and restoring parts exactly,
moving sections, discarding a draft, the version list, headings and the checks as you type."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import regulation
from ops_desktop.core.services.regulation import SectionNode, VersionTree
from ops_desktop.db import Database


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


def tree(db: Database, version_id: int | None = None) -> VersionTree:
    return do(db, lambda s: regulation.tree(s, version_id))


def approve(db: Database, vid: int, date: str = "2026-01-01", approver: str = "總經理") -> None:
    do(db, lambda s: regulation.approve(s, vid, date, approver, "alice"))


def _section_shape(section: SectionNode) -> tuple:
    return (
        section.title,
        tuple((c.kind, c.text, c.text_hans) for c in section.clauses),
        tuple(_section_shape(child) for child in section.children),
    )


def shape(t: VersionTree) -> tuple:
    return tuple(
        (c.title, c.title_hans, tuple(_section_shape(s) for s in c.sections)) for c in t.chapters
    )


def find_section(t: VersionTree, title: str) -> SectionNode:
    def walk(sections: list[SectionNode]) -> Iterator[SectionNode]:
        for s in sections:
            yield s
            yield from walk(s.children)

    [found] = [s for c in t.chapters for s in walk(c.sections) if s.title == title]
    return found


def ids(t: VersionTree) -> tuple:
    def section(s: SectionNode) -> tuple:
        return (s.id, tuple(c.id for c in s.clauses), tuple(section(c) for c in s.children))

    return tuple((c.id, tuple(section(s) for s in c.sections)) for c in t.chapters)


def test_deleted_clause_comes_back_in_place_with_its_id(db: Database) -> None:
    before = tree(db)
    clause = find_section(before, "3.基本原則").clauses[1]
    snap = do(db, lambda s: regulation.delete_clause(s, clause.id, "alice"))
    assert clause.text not in [c.text for c in find_section(tree(db), "3.基本原則").clauses]
    assert do(db, lambda s: regulation.restore_clause(s, snap, "alice")) == clause.id
    assert shape(tree(db)) == shape(before) and ids(tree(db)) == ids(before)


def test_deleted_section_with_sub_sections_comes_back(db: Database) -> None:
    before = tree(db)
    manager = find_section(before, "運營經理")
    assert manager.children
    snap = do(db, lambda s: regulation.delete_section(s, manager.id, "alice"))
    titles = [s.title for s in tree(db).chapters[1].sections]
    assert titles == ["運營專員", "數據分析員"]
    assert do(db, lambda s: regulation.restore_section(s, snap)) == manager.id
    assert shape(tree(db)) == shape(before) and ids(tree(db)) == ids(before)


def test_deleted_chapter_comes_back(db: Database) -> None:
    before = tree(db)
    snap = do(db, lambda s: regulation.delete_chapter(s, before.chapters[2].id))
    assert [c.title[0] for c in tree(db).chapters] == list("一二四五六")
    do(db, lambda s: regulation.restore_chapter(s, snap))
    assert shape(tree(db)) == shape(before) and ids(tree(db)) == ids(before)


def test_move_section_among_its_siblings(db: Database) -> None:
    t = tree(db)
    analyst = find_section(t, "數據分析員")
    assert do(db, lambda s: regulation.move_section(s, analyst.id, -1)) == -1
    assert [s.title for s in tree(db).chapters[1].sections] == [
        "運營經理",
        "數據分析員",
        "運營專員",
    ]
    sub = find_section(t, "1.部門管理")
    assert do(db, lambda s: regulation.move_section(s, sub.id, -1)) == 0
    assert do(db, lambda s: regulation.move_section(s, sub.id, 2)) == 2
    assert [c.title for c in find_section(tree(db), "運營經理").children][-1] == "1.部門管理"


def test_edits_of_an_approved_version_are_refused(db: Database) -> None:
    t = tree(db)
    approve(db, t.id)
    section = t.chapters[0].sections[0]
    for edit in (
        lambda s: regulation.delete_section(s, section.id),
        lambda s: regulation.delete_chapter(s, t.chapters[0].id),
        lambda s: regulation.move_section(s, section.id, 1),
    ):
        with pytest.raises(DomainError, match="read-only"):
            do(db, edit)


def test_discard_draft_and_bring_it_back(db: Database) -> None:
    with pytest.raises(DomainError, match="only version"):
        do(db, lambda s: regulation.discard_draft(s, tree(db).id))
    approve(db, tree(db).id)
    assert do(db, regulation.next_label) == "1.1"
    draft = do(db, lambda s: regulation.new_draft(s, "1.1").id)
    do(db, lambda s: regulation.add_chapter(s, draft, "七、附則"))
    before = tree(db, draft)
    snap = do(db, lambda s: regulation.discard_draft(s, draft, "alice"))
    assert [r.label for r in do(db, regulation.version_rows)] == ["1.0"]
    assert tree(db).label == "1.0"
    assert do(db, lambda s: regulation.restore_draft(s, snap)) == draft
    assert shape(tree(db, draft)) == shape(before) and ids(tree(db, draft)) == ids(before)
    rows = do(db, regulation.version_rows)
    assert [(r.label, r.status, r.approved_by, r.based_on) for r in rows] == [
        ("1.0", "approved", "總經理", ""),
        ("1.1", "draft", "", "1.0"),
    ]


def test_headings_are_numbered_as_the_department_writes_them(db: Database) -> None:
    t = tree(db)
    assert do(db, lambda s: regulation.next_heading(s, "chapter", t.id)) == "七、"
    assert do(db, lambda s: regulation.next_heading(s, "section", t.chapters[0].id)) == "4."
    manager = find_section(t, "運營經理").id
    assert do(db, lambda s: regulation.next_heading(s, "subsection", manager)) == "4."
    assert [regulation.chinese_number(n) for n in (1, 10, 11, 20, 36)] == [
        "一", "十", "十一", "二十", "三十六"
    ]  # fmt: skip


def test_item_problems(db: Database) -> None:
    check = regulation.item_problems
    assert do(db, lambda s: check(s, "clause", "占{{weight.peer}}%")) == {}
    found = do(db, lambda s: check(s, "clause", "占{{weight.boss}}%", "  "))
    assert set(found) == {"text"} and "{{weight.boss}}" in found["text"]
    assert do(db, lambda s: check(s, "chapter", "")) == {"title": "Title is required."}
    assert "one line" in do(db, lambda s: check(s, "section", "a\nb"))["title"]
    assert "after the number" in do(db, lambda s: check(s, "chapter", "七、"))["title"]
    assert do(db, lambda s: check(s, "section", "2.1 細則")) == {}


def test_approval_problems_and_the_effective_date_order(db: Database) -> None:
    vid = tree(db).id
    found = do(db, lambda s: regulation.approval_problems(s, vid, "2026-02-30", ""))
    assert set(found) == {"effective_date", "approver"}
    assert do(db, lambda s: regulation.approval_problems(s, vid, "2026-01-01", "總經理")) == {}
    approve(db, vid, "2026-01-01")
    assert (
        "read-only"
        in do(db, lambda s: regulation.approval_problems(s, vid, "2026-01-01", "總經理"))["version"]
    )
    draft = do(db, lambda s: regulation.new_draft(s, "1.1").id)
    found = do(db, lambda s: regulation.approval_problems(s, draft, "2025-12-31", "總經理"))
    assert "2026-01-01" in found["effective_date"]
    with pytest.raises(DomainError) as err:
        approve(db, draft, "2025-12-31")
    assert err.value.field == "effective_date"
    approve(db, draft, "2026-07-01")
    assert tree(db).label == "1.1"
