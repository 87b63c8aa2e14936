"""The regulation service: the default text, live weights, editing, approval, new drafts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry
from ops_desktop.core.services import regulation, scheme
from ops_desktop.core.services.regulation import SectionNode, VersionTree
from ops_desktop.db import Database

CHAPTER_NUMBERS = "一二三四五六"


def tree(db: Database, version_id: int | None = None, fill: bool = False) -> VersionTree:
    with db.transaction() as session:
        return regulation.tree(session, version_id, fill_placeholders=fill)


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


def _section_shape(section: SectionNode) -> tuple:
    return (
        section.title,
        tuple((c.kind, c.text, c.text_hans) for c in section.clauses),
        tuple(_section_shape(child) for child in section.children),
    )


def shape(t: VersionTree) -> tuple:
    """Everything a reader sees of a version, without database ids."""
    return tuple(
        (c.title, c.title_hans, tuple(_section_shape(s) for s in c.sections)) for c in t.chapters
    )


def weight_percentages(t: VersionTree) -> list[list[str]]:
    """The percentages written in each clause of 四、績效考核 / 4.考核方式."""
    [chapter] = [c for c in t.chapters if c.title.startswith("四")]
    [section] = [s for s in chapter.sections if s.title.startswith("4")]
    return [re.findall(r"(\d+(?:\.\d+)?)%", clause.text) for clause in section.clauses]


def find_section(t: VersionTree, title: str) -> SectionNode:
    def walk(sections: list[SectionNode]) -> Iterator[SectionNode]:
        for s in sections:
            yield s
            yield from walk(s.children)

    [found] = [s for c in t.chapters for s in walk(c.sections) if s.title == title]
    return found


def audit_count(db: Database) -> int:
    return do(db, lambda s: s.scalar(select(func.count()).select_from(AuditEntry)))


# ----------------------------------------------------------------------------- default text


def test_fresh_database_holds_draft_1_0_with_six_chapters(db: Database) -> None:
    t = tree(db)
    assert (t.label, t.status, t.effective_date) == ("1.0", "draft", None)
    assert len(t.chapters) == 6
    assert [c.title[0] for c in t.chapters] == list(CHAPTER_NUMBERS)


def test_weights_are_placeholders_filled_from_the_scheme(db: Database) -> None:
    raw = weight_percentages(tree(db))
    assert raw == [[], [], [], []]  # stored as {{weight.…}}, never as a fixed number
    assert weight_percentages(tree(db, fill=True)) == [["40"], ["20"], ["10"], ["30"]]

    new = {"supervisor": "35.5", "peer": "24.5", "self": "5", "data": "35"}
    do(db, lambda s: scheme.set_weights(s, sources=new, operator="alice"))
    assert weight_percentages(tree(db, fill=True)) == [["35.5"], ["24.5"], ["5"], ["35"]]
    hans = [c.text_hans for c in find_section(tree(db, fill=True), "4.考核方式").clauses]
    assert [re.findall(r"(\d+(?:\.\d+)?)%", h or "") for h in hans] == [
        ["35.5"], ["24.5"], ["5"], ["35"]
    ]  # fmt: skip


def test_weights_not_adding_up_to_100_are_refused(db: Database) -> None:
    before, audits = do(db, scheme.source_weights), audit_count(db)
    bad = {"supervisor": "40", "peer": "20", "self": "9", "data": "30"}
    with pytest.raises(DomainError) as err:
        do(db, lambda s: scheme.set_weights(s, sources=bad))
    assert "100" in str(err.value) and "99" in str(err.value)
    assert err.value.field == "weight"
    assert do(db, scheme.source_weights) == before
    assert audit_count(db) == audits
    assert weight_percentages(tree(db, fill=True)) == [["40"], ["20"], ["10"], ["30"]]


# ----------------------------------------------------------------------------- editing a draft


def test_add_chapter_appends_after_chapter_six(db: Database) -> None:
    t = tree(db)
    do(db, lambda s: regulation.add_chapter(s, t.id, "七、附則", "alice"))
    titles = [c.title for c in tree(db).chapters]
    assert titles[:6] == [c.title for c in t.chapters]
    assert titles[5].startswith("六") and titles[6] == "七、附則"
    assert len(titles) == 7


def test_sections_and_clauses_keep_their_order(db: Database) -> None:
    vid = tree(db).id
    ch = do(db, lambda s: regulation.add_chapter(s, vid, "七、附則").id)
    s1 = do(db, lambda s: regulation.add_section(s, ch, "1.解釋").id)
    s2 = do(db, lambda s: regulation.add_section(s, ch, "2.生效").id)
    do(db, lambda s: regulation.add_section(s, ch, "2.1 細則", parent_id=s2))
    c1, c2, c3 = (
        do(db, lambda s, t=text: regulation.add_clause(s, s1, t).id)
        for text in ("甲條", "乙條", "丙條")
    )
    do(db, lambda s: regulation.edit_clause(s, c2, "乙條(修訂)"))
    do(db, lambda s: regulation.move_clause(s, c3, -1))  # 甲 丙 乙
    do(db, lambda s: regulation.move_clause(s, c1, -1))  # already first: unchanged
    assert [c.text for c in find_section(tree(db), "1.解釋").clauses] == [
        "甲條", "丙條", "乙條(修訂)"
    ]  # fmt: skip
    do(db, lambda s: regulation.delete_clause(s, c3))
    do(db, lambda s: regulation.add_clause(s, s1, "丁條", kind="paragraph"))
    section = find_section(tree(db), "1.解釋")
    assert [(c.kind, c.text) for c in section.clauses] == [
        ("item", "甲條"), ("item", "乙條(修訂)"), ("paragraph", "丁條")
    ]  # fmt: skip
    chapter = tree(db).chapters[-1]
    assert [s.title for s in chapter.sections] == ["1.解釋", "2.生效"]
    assert [c.title for c in chapter.sections[1].children] == ["2.1 細則"]


def test_move_chapter(db: Database) -> None:
    t = tree(db)
    six = t.chapters[5].id
    do(db, lambda s: regulation.move_chapter(s, six, -1))
    assert [c.title[0] for c in tree(db).chapters] == list("一二三四六五")
    do(db, lambda s: regulation.move_chapter(s, six, +10))  # clamps at the end
    assert shape(tree(db)) == shape(t)


def test_sub_section_in_another_chapter_is_refused(db: Database) -> None:
    t = tree(db)
    foreign_parent = t.chapters[0].sections[0].id
    with pytest.raises(DomainError):
        do(db, lambda s: regulation.add_section(s, t.chapters[1].id, "x", parent_id=foreign_parent))
    assert shape(tree(db)) == shape(t)


# ----------------------------------------------------------------------------- approval


def approve(db: Database, vid: int, date: str = "2026-01-01", approver: str = "總經理") -> None:
    do(db, lambda s: regulation.approve(s, vid, date, approver, "alice"))


@pytest.mark.parametrize(
    ("date", "approver", "field"),
    [("", "總經理", "effective_date"), ("2026-01-01", " ", "approver")],
)
def test_approve_requires_date_and_approver(
    db: Database, date: str, approver: str, field: str
) -> None:
    vid = tree(db).id
    with pytest.raises(DomainError) as err:
        approve(db, vid, date, approver)
    assert err.value.field == field
    t = tree(db)
    assert (t.status, t.effective_date, t.approved_by) == ("draft", None, None)


def test_approved_version_is_read_only(db: Database) -> None:
    t = tree(db)
    approve(db, t.id)
    approved = tree(db)
    assert (approved.status, str(approved.effective_date), approved.approved_by) == (
        "approved", "2026-01-01", "總經理"
    )  # fmt: skip
    chapter, section = t.chapters[0], t.chapters[0].sections[0]
    clause = section.clauses[0]
    edits: list[Callable[[Session], object]] = [
        lambda s: regulation.add_chapter(s, t.id, "七、附則"),
        lambda s: regulation.add_section(s, chapter.id, "4.新節"),
        lambda s: regulation.add_clause(s, section.id, "新條"),
        lambda s: regulation.edit_clause(s, clause.id, "改寫"),
        lambda s: regulation.delete_clause(s, clause.id),
        lambda s: regulation.move_clause(s, clause.id, 1),
        lambda s: regulation.move_chapter(s, chapter.id, 1),
        lambda s: regulation.retitle(s, "chapter", chapter.id, "一、改名"),
        lambda s: regulation.approve(s, t.id, "2027-01-01", "別人"),
    ]
    for edit in edits:
        with pytest.raises(DomainError) as err:
            do(db, edit)
        assert "read-only" in str(err.value)
    assert shape(tree(db)) == shape(t)
    assert tree(db).effective_date == approved.effective_date


def test_new_draft_is_a_deep_copy_of_the_approved_version(db: Database) -> None:
    original = tree(db)
    approve(db, original.id)
    draft_id = do(db, lambda s: regulation.new_draft(s, "1.1", "alice").id)
    draft = tree(db)
    assert (draft.id, draft.label, draft.status) == (draft_id, "1.1", "draft")
    assert shape(draft) == shape(original)
    old_ids = {c.id for c in original.all_clauses()}
    assert old_ids.isdisjoint(c.id for c in draft.all_clauses())

    first, second = draft.all_clauses()[:2]
    do(db, lambda s: regulation.edit_clause(s, first.id, "修訂後的目的。"))
    do(db, lambda s: regulation.delete_clause(s, second.id))
    do(db, lambda s: regulation.add_chapter(s, draft_id, "七、附則"))
    assert tree(db, draft_id).all_clauses()[0].text == "修訂後的目的。"
    assert shape(tree(db, original.id)) == shape(original)


def test_only_one_draft_at_a_time(db: Database) -> None:
    with pytest.raises(DomainError):  # the fresh 1.0 is itself a draft
        do(db, lambda s: regulation.new_draft(s, "1.1"))
    approve(db, tree(db).id)
    do(db, lambda s: regulation.new_draft(s, "1.1"))
    with pytest.raises(DomainError):
        do(db, lambda s: regulation.new_draft(s, "1.2"))
    assert [v.label for v in do(db, regulation.versions)] == ["1.0", "1.1"]
