"""Outdated Simplified texts: a Simplified text keeps the Traditional text it was written for;
when the Traditional text changes without it, ``outdated_hans`` names the part, through
edits, their undo, deletion and its undo, new drafts and discarded drafts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import RegulationClause
from ops_desktop.core.services import regulation
from ops_desktop.core.services.regulation import ClauseNode, VersionTree
from ops_desktop.db import Database


def _tree(db: Database, version_id: int | None = None) -> VersionTree:
    with db.transaction() as s:
        return regulation.tree(s, version_id)


def _outdated(db: Database, version_id: int | None = None, chapter: int | None = None) -> list:
    with db.transaction() as s:
        return regulation.outdated_hans(s, version_id, chapter)


def _purpose(t: VersionTree) -> tuple[str, ClauseNode]:
    """一、總則 › 1.目的 and its first clause."""
    section = t.chapters[0].sections[0]
    return f"{t.chapters[0].title} › {section.title}", section.clauses[0]


def _clause(db: Database, ident: int) -> ClauseNode:
    return next(c for c in _tree(db).all_clauses() if c.id == ident)


def test_the_default_text_has_no_outdated_simplified_text(db: Database) -> None:
    t = _tree(db)
    assert _outdated(db) == []
    assert all(c.text_hans and c.hans_for == c.text for c in t.all_clauses())


def test_a_traditional_edit_alone_leaves_the_simplified_text_outdated(db: Database) -> None:
    path, clause = _purpose(_tree(db))
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, clause.text + "另增一句。", "", clause.text_hans)
    assert _outdated(db) == [f"{path} › 第1條"]
    edited = _clause(db, clause.id)
    assert edited.hans_outdated and edited.hans_for == clause.text  # what it was written for
    assert edited.text_hans == clause.text_hans


def test_saving_a_changed_simplified_text_makes_it_up_to_date(db: Database) -> None:
    _, clause = _purpose(_tree(db))
    new = clause.text + "另增一句。"
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, new, "", clause.text_hans)
        regulation.edit_clause(s, clause.id, new, "", clause.text_hans + "另增一句。")
    assert _outdated(db) == []
    assert _clause(db, clause.id).hans_for == new


def test_a_simplified_text_checked_as_it_is_is_up_to_date(db: Database) -> None:
    """The user converted again or read it and kept it: ``hans_for`` the text saved."""
    _, clause = _purpose(_tree(db))
    new = clause.text.replace("規範", "規範 ")
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, new, "", clause.text_hans)
        assert regulation.outdated_hans(s)
        regulation.edit_clause(s, clause.id, new, "", clause.text_hans, hans_for=new)
    assert _outdated(db) == []


def test_no_simplified_text_is_never_outdated(db: Database) -> None:
    _, clause = _purpose(_tree(db))
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, clause.text + "。", "", None)
        stored = s.get(RegulationClause, clause.id)
        assert stored is not None and stored.text_hans is None and stored.text_hans_for is None
    assert _outdated(db) == []


def test_undoing_an_edit_puts_back_what_the_simplified_text_was_written_for(db: Database) -> None:
    """As the editor undoes: the old values and the old ``hans_for``."""
    _, clause = _purpose(_tree(db))
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, clause.text + "一。", "", clause.text_hans)
    outdated = _clause(db, clause.id)
    with db.transaction() as s:  # an edit of the Simplified text, then its undo
        regulation.edit_clause(s, clause.id, outdated.text, "", "新的简体")
        regulation.edit_clause(
            s, clause.id, outdated.text, "", outdated.text_hans, hans_for=outdated.hans_for
        )
    assert _clause(db, clause.id) == outdated


def test_titles_of_chapters_and_sections_are_named_too(db: Database) -> None:
    t = _tree(db)
    chapter, section = t.chapters[1], t.chapters[1].sections[0]
    with db.transaction() as s:
        regulation.retitle(
            s, "chapter", chapter.id, chapter.title + "（修訂）", "", chapter.title_hans
        )
        regulation.retitle(s, "section", section.id, section.title + "甲", "", section.title_hans)
    renamed = f"{chapter.title}（修訂）"
    assert _outdated(db) == [renamed, f"{renamed} › {section.title}甲"]
    with db.transaction() as s:  # a new Simplified title: up to date
        regulation.retitle(s, "chapter", chapter.id, renamed, "", chapter.title_hans + "（修订）")
    assert _outdated(db) == [f"{renamed} › {section.title}甲"]


def test_sub_sections_and_the_chapter_filter(db: Database) -> None:
    t = _tree(db)
    chapter_no, chapter = next(
        (i, c) for i, c in enumerate(t.chapters, start=1) if any(s.children for s in c.sections)
    )
    parent = next(s for s in chapter.sections if s.children)
    child = parent.children[0]
    clause = child.clauses[-1]
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, clause.text + "。", "", clause.text_hans)
        first = t.chapters[0]
        regulation.retitle(s, "chapter", first.id, first.title + "甲", "", first.title_hans)
    where = f"{chapter.title} › {parent.title} › {child.title} › 第{len(child.clauses)}條"
    assert _outdated(db) == [f"{first.title}甲", where]
    assert _outdated(db, chapter=chapter_no) == [where]
    assert _outdated(db, chapter=1) == [f"{first.title}甲"]
    with pytest.raises(DomainError, match="no chapter 99"):
        _outdated(db, chapter=99)


def test_a_new_draft_and_deletions_carry_the_state(db: Database) -> None:
    """Copying a version keeps an outdated Simplified text outdated (and an up-to-date one
    up to date); so do undoing a deletion and bringing back a discarded draft."""
    path, clause = _purpose(_tree(db))
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, clause.text + "一。", "", clause.text_hans)
        first = regulation.current(s).id
        regulation.approve(s, first, "2026-01-01", "總經理")
        draft = regulation.new_draft(s, "1.1").id
    expected = [f"{path} › 第1條"]
    assert _outdated(db, first) == expected and _outdated(db, draft) == expected
    _, copied = _purpose(_tree(db, draft))
    with db.transaction() as s:
        snap = regulation.delete_clause(s, copied.id)
        assert regulation.outdated_hans(s, draft) == []
        regulation.restore_clause(s, snap)
    assert _outdated(db, draft) == expected
    with db.transaction() as s:
        chapter = regulation.delete_chapter(s, _tree(db, draft).chapters[0].id)
        regulation.restore_chapter(s, chapter)
    assert _outdated(db, draft) == expected
    with db.transaction() as s:
        version = regulation.discard_draft(s, draft)
        regulation.restore_draft(s, version)
    assert _outdated(db, draft) == expected
    with db.transaction() as s:
        up_to_date = s.scalars(
            select(RegulationClause.id).where(
                RegulationClause.text_hans_for == RegulationClause.text
            )
        ).all()
    assert len(up_to_date) == 2 * (len(_tree(db).all_clauses()) - 1)


def test_the_version_title_is_named_as_the_title(db: Database) -> None:
    from ops_desktop.core.models import RegulationVersion

    with db.transaction() as s:
        version = s.get(RegulationVersion, regulation.current(s).id)
        assert version is not None
        version.title = version.title + "（二版）"
    assert _outdated(db) == [f"標題 {_tree(db).title}"]
