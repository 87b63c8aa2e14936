"""What changed between two regulation versions (issue 20, point 1): versions built here by
the services, each with one kind of change, and the whole regulation against itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import regulation, regulation_compare, scheme
from ops_desktop.core.services.regulation import SectionNode, VersionTree
from ops_desktop.core.services.regulation_compare import Change, Comparison
from ops_desktop.core.services.regulation_matching import Piece, pieces
from ops_desktop.db import Database


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


def approved_and_draft(db: Database, day: str = "2026-01-01") -> tuple[int, int]:
    """Version 1.0 approved, and a draft 1.1 copied from it."""
    first = do(db, lambda s: regulation.approve(s, regulation.current(s).id, day, "總經理").id)
    return first, do(db, lambda s: regulation.new_draft(s, "1.1").id)


def section_of(t: VersionTree, chapter_start: str, section_start: str) -> SectionNode:
    [chapter] = [c for c in t.chapters if c.title.startswith(chapter_start)]
    [section] = [s for s in chapter.sections if s.title.startswith(section_start)]
    return section


def compared(db: Database, **kwargs: Any) -> Comparison:
    return do(db, lambda s: regulation_compare.compare(s, **kwargs))


def only(comparison: Comparison) -> Change:
    assert len(comparison.changes) == 1, comparison.changes
    return comparison.changes[0]


def test_the_whole_regulation_against_itself_and_a_fresh_draft_has_no_change(db: Database) -> None:
    first, draft = approved_and_draft(db)
    assert compared(db, from_id=first, to_id=first).changes == ()
    found = compared(db)  # the draft against the version in force
    assert (found.from_label, found.to_label, found.changes) == ("1.0", "1.1", ())
    assert found.counts() == {"changed": 0, "added": 0, "removed": 0, "moved": 0}


def test_an_edited_clause_is_one_change_marked_inside_the_clause(db: Database) -> None:
    _, draft = approved_and_draft(db)
    section = section_of(do(db, lambda s: regulation.tree(s, draft)), "一", "1")
    clause = section.clauses[0]
    edited = clause.text.replace("運營部", "營運部", 1)
    assert edited != clause.text
    do(db, lambda s: regulation.edit_clause(s, clause.id, edited))
    change = only(compared(db))
    assert (change.kind, change.part, change.note) == ("changed", "clause", "修改文字")
    assert (change.old, change.new) == (clause.text, edited)
    assert change.where_from == change.where_to == f"一、總則 › {section.title} › 第1條"
    marked = [p for p in change.pieces if p.kind != "same"]
    # 運營 → 營運 reads as one change, not as a kept 營 between two changes
    assert marked == [Piece("removed", "運營"), Piece("added", "營運")]
    assert "".join(p.text for p in change.pieces if p.kind != "added") == clause.text
    assert "".join(p.text for p in change.pieces if p.kind != "removed") == edited


def test_an_added_and_a_deleted_clause(db: Database) -> None:
    _, draft = approved_and_draft(db)
    section = section_of(do(db, lambda s: regulation.tree(s, draft)), "一", "1")
    removed = section.clauses[0]
    do(db, lambda s: regulation.delete_clause(s, removed.id))
    do(db, lambda s: regulation.add_clause(s, section.id, "每年檢討本制度一次。"))
    found = compared(db)
    kinds = {c.kind: c for c in found.changes}
    assert set(kinds) == {"added", "removed"} and len(found.changes) == 2
    assert (kinds["removed"].old, kinds["removed"].new, kinds["removed"].where_to) == (
        removed.text,
        "",
        "",
    )
    assert kinds["removed"].note == "刪除條文"
    assert kinds["added"].new == "每年檢討本制度一次。" and kinds["added"].where_from == ""
    assert kinds["added"].pieces == (Piece("added", "每年檢討本制度一次。"),)


def test_a_clause_moved_down_its_section_is_the_one_moved(db: Database) -> None:
    _, draft = approved_and_draft(db)
    section = next(
        s
        for ch in do(db, lambda s: regulation.tree(s, draft)).chapters
        for s in ch.sections
        if len(s.clauses) >= 3
    )
    first = section.clauses[0]
    do(db, lambda s: regulation.move_clause(s, first.id, 2))
    change = only(compared(db))
    assert (change.kind, change.text_changed, change.old, change.new) == (
        "moved",
        False,
        first.text,
        first.text,
    )
    assert change.where_from.endswith("第1條") and change.where_to.endswith("第3條")
    assert change.note == f"由「{change.where_from}」移至此"
    assert all(p.kind == "same" for p in change.pieces)


def test_a_clause_moved_under_another_heading_with_its_words_changed(db: Database) -> None:
    _, draft = approved_and_draft(db)
    t = do(db, lambda s: regulation.tree(s, draft))
    source, target = section_of(t, "一", "1"), section_of(t, "一", "2")
    clause = source.clauses[0]
    do(db, lambda s: regulation.delete_clause(s, clause.id))
    do(db, lambda s: regulation.add_clause(s, target.id, clause.text + "(修訂)"))
    change = only(compared(db))
    assert (change.kind, change.text_changed) == ("moved", True)
    assert source.title in change.where_from and target.title in change.where_to
    assert change.note.endswith("移至此並修改文字")
    assert [p for p in change.pieces if p.kind != "same"] == [Piece("added", "(修訂)")]


def test_a_changed_weight_is_a_changed_clause(db: Database) -> None:
    approved_and_draft(db)
    do(
        db,
        lambda s: scheme.set_weights(
            s, sources={"supervisor": "35", "peer": "25", "self": "10", "data": "30"}
        ),
    )
    found = compared(db)
    assert found.counts() == {"changed": 2, "added": 0, "removed": 0, "moved": 0}
    marks = [[(p.kind, p.text) for p in c.pieces if p.kind != "same"] for c in found.changes]
    assert marks == [[("removed", "40"), ("added", "35")], [("removed", "20"), ("added", "25")]]
    assert all(c.where.startswith("四、") for c in found.changes)


def test_a_placeholder_filled_in_is_one_change() -> None:
    assert pieces("評價結果占績效考核總分的[X]%。", "評價結果占績效考核總分的40%。") == (
        Piece("same", "評價結果占績效考核總分的"),
        Piece("removed", "[X]"),
        Piece("added", "40"),
        Piece("same", "%。"),
    )
    # one character in common between two changes does not cut a rewording in two
    assert [p.kind for p in pieces("每月一次", "每季二回")] == ["same", "removed", "added"]


def test_a_section_inserted_before_others_renumbers_nothing_reported(db: Database) -> None:
    _, draft = approved_and_draft(db)
    t = do(db, lambda s: regulation.tree(s, draft))
    chapter = t.chapters[0]
    new = do(db, lambda s: regulation.add_section(s, chapter.id, "9.附則").id)
    do(db, lambda s: regulation.add_clause(s, new, "本制度自公布日起施行。"))
    do(db, lambda s: regulation.move_section(s, new, -99))
    for i, section in enumerate(do(db, lambda s: regulation.tree(s, draft)).chapters[0].sections):
        if section.id != new:
            stem = section.title.split(".", 1)[1]
            do(
                db,
                lambda s, i=i, sid=section.id, stem=stem: regulation.retitle(
                    s, "section", sid, f"{i + 1}.{stem}"
                ),
            )
    found = compared(db)
    assert [(c.kind, c.part) for c in found.changes] == [("added", "heading"), ("added", "clause")]
    assert found.changes[0].new == "9.附則" and found.changes[0].note == "新增標題"


def test_a_renamed_heading_is_a_changed_heading(db: Database) -> None:
    _, draft = approved_and_draft(db)
    section = section_of(do(db, lambda s: regulation.tree(s, draft)), "一", "1")
    do(db, lambda s: regulation.retitle(s, "section", section.id, "1.宗旨與目的"))
    change = only(compared(db))
    assert (change.part, change.kind, change.old, change.new, change.note) == (
        "heading",
        "changed",
        section.title,
        "1.宗旨與目的",
        "標題修改",
    )


def test_in_simplified_the_texts_places_and_notes_are_simplified(db: Database) -> None:
    _, draft = approved_and_draft(db)
    section = section_of(do(db, lambda s: regulation.tree(s, draft)), "一", "1")
    do(db, lambda s: regulation.delete_clause(s, section.clauses[0].id))
    change = only(compared(db, script="hans"))
    assert (
        change.note == "删除条文"
        and change.where.startswith("一、总则")
        and change.where.endswith("第1条")
    )
    assert "運" not in change.old and "运营" in change.old


def test_the_first_version_replaces_nothing(db: Database) -> None:
    version = do(db, lambda s: regulation.current(s).id)
    found = do(db, lambda s: regulation_compare.changes_of(s, version))
    assert found.is_first and found.changes == () and found.to_id == version
    with pytest.raises(DomainError, match="first version"):
        compared(db)
    with pytest.raises(DomainError, match="Regulation version"):
        compared(db, from_id=version, to_id=999)


def test_changes_of_an_approved_version_are_against_the_one_in_force_before_it(
    db: Database, clock_at: Callable[..., None]
) -> None:
    first, draft = approved_and_draft(db)
    section = section_of(do(db, lambda s: regulation.tree(s, draft)), "一", "1")
    do(db, lambda s: regulation.delete_clause(s, section.clauses[0].id))
    do(db, lambda s: regulation.approve(s, draft, "2027-01-01", "總經理"))
    # approved to take effect later: 1.0 stays in force until then
    assert do(db, lambda s: regulation.in_force(s).id) == first
    found = do(db, lambda s: regulation_compare.changes_of(s, draft))
    assert (found.from_label, found.to_label, found.counts()["removed"]) == ("1.0", "1.1", 1)
    assert found.effective_date is not None and found.effective_date.isoformat() == "2027-01-01"
    clock_at("2027-01-01T08:00:00")
    assert do(db, lambda s: regulation.in_force(s).id) == draft
