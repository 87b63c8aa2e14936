"""Normalising a draft's punctuation: every title and text, both scripts, in one step that
puts everything back when undone; audited; refused for an approved version."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import AuditEntry
from ops_desktop.core.punctuation import changes
from ops_desktop.core.services import regulation
from ops_desktop.core.services.regulation import VersionTree
from ops_desktop.core.services.regulation_punctuation import (
    normalise_punctuation,
    punctuation_changes,
    restore_punctuation,
)
from ops_desktop.db import Database


def _tree(db: Database) -> VersionTree:
    with db.transaction() as s:
        return regulation.tree(s)


def _texts(t: VersionTree, written_for: bool = True) -> list[str | None]:
    """Every text of a version, with what each Simplified one was written for unless not
    ``written_for`` (the texts people read)."""
    out: list[str | None] = [t.title, t.title_hans]

    def part(text: str, hans: str | None, hans_for: str | None) -> None:
        out.extend((text, hans, hans_for) if written_for else (text, hans))

    def walk(node: regulation.SectionNode) -> None:
        part(node.title, node.title_hans, node.hans_for)
        for c in node.clauses:
            part(c.text, c.text_hans, c.hans_for)
        for child in node.children:
            walk(child)

    for ch in t.chapters:
        part(ch.title, ch.title_hans, ch.hans_for)
        for section in ch.sections:
            walk(section)
    return out


def _audits(db: Database) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_the_count_covers_every_text_of_both_scripts(db: Database) -> None:
    section = _tree(db).chapters[0].sections[0]
    with db.transaction() as s:
        version_id = regulation.current(s).id
        before = punctuation_changes(s, version_id)
        regulation.retitle(s, "section", section.id, "1.目的:總則", "", "1.目的:总则")
        counted = punctuation_changes(s, version_id)
    read = _texts(_tree(db), written_for=False)
    assert counted == sum(changes(x) for x in read if x is not None) > 300
    assert counted == before + 2  # a title's mark, in both scripts


def test_normalising_changes_everything_once_and_undo_puts_it_back(db: Database) -> None:
    before = _tree(db)
    audits = _audits(db)
    with db.transaction() as s:
        version_id = regulation.current(s).id
        count = punctuation_changes(s, version_id)
        kept = normalise_punctuation(s, version_id, "秘書")
    after = _tree(db)
    assert count > 0 and kept
    assert all(changes(x) == 0 for x in _texts(after) if x is not None)
    assert _audits(db) == audits + len(kept)
    clause = after.chapters[0].sections[0].clauses[0]
    assert "流程，確保" in clause.text and "流程，确保" in (clause.text_hans or "")
    assert not any(c.hans_outdated for c in after.all_clauses())  # still up to date
    with db.transaction() as s:
        assert punctuation_changes(s, version_id) == 0
        assert normalise_punctuation(s, version_id) == ()  # nothing left: nothing changed
        restore_punctuation(s, version_id, kept, "秘書")
    assert _texts(_tree(db)) == _texts(before)
    assert _audits(db) == audits + 2 * len(kept)


def test_an_outdated_simplified_text_stays_outdated(db: Database) -> None:
    clause = _tree(db).chapters[0].sections[0].clauses[0]
    with db.transaction() as s:
        regulation.edit_clause(s, clause.id, clause.text + "另:一句", "", clause.text_hans)
        normalise_punctuation(s, regulation.current(s).id)
    [outdated] = [c for c in _tree(db).all_clauses() if c.hans_outdated]
    assert outdated.id == clause.id and outdated.text.endswith("另：一句")


def test_an_approved_version_is_not_normalised(db: Database) -> None:
    with db.transaction() as s:
        version_id = regulation.current(s).id
        regulation.approve(s, version_id, "2026-01-01", "總經理")
    before = _texts(_tree(db))
    with db.transaction() as s, pytest.raises(DomainError, match="read-only"):
        normalise_punctuation(s, version_id)
    assert _texts(_tree(db)) == before
