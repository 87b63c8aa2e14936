"""Copies of regulation parts taken before they are removed, to put them back exactly.

Undo of a deletion (or redo of an addition) puts the part back at the same place among its
siblings and, when the numbers are still free, under the same database ids, so later undo
steps that name those ids keep working. These helpers do not check drafts or write audit
entries: ``services.regulation`` does, around them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from ops_desktop.core.models import (
    RegulationChapter,
    RegulationClause,
    RegulationSection,
    RegulationVersion,
)

from . import validate


class Ordered(Protocol):
    """A record numbered among its siblings (chapters, sections, clauses)."""

    sort_order: int


OrderedT = TypeVar("OrderedT", bound=Ordered)


@dataclass(frozen=True)
class ClauseSnapshot:
    id: int
    section_id: int
    index: int  # place among the section's clauses, from 0
    kind: str
    text: str
    text_hans: str | None
    text_hans_for: str | None  # what the Simplified text was written for: outdated stays so


@dataclass(frozen=True)
class SectionSnapshot:
    id: int
    chapter_id: int
    parent_id: int | None
    index: int  # place among its siblings (same chapter and parent), from 0
    title: str
    title_hans: str | None
    title_hans_for: str | None
    clauses: tuple[ClauseSnapshot, ...]
    children: tuple[SectionSnapshot, ...]


@dataclass(frozen=True)
class ChapterSnapshot:
    id: int
    version_id: int
    index: int
    title: str
    title_hans: str | None
    title_hans_for: str | None
    sections: tuple[SectionSnapshot, ...]  # the top-level ones; sub-sections inside


@dataclass(frozen=True)
class VersionSnapshot:
    id: int
    label: str
    title: str
    title_hans: str | None
    title_hans_for: str | None
    based_on_id: int | None
    notes: str
    chapters: tuple[ChapterSnapshot, ...]


def renumber(session: Session, ordered: Sequence[Ordered]) -> None:
    """Number ``ordered`` 1, 2, 3 … in its order (two passes keep unique orders intact)."""
    ordered = list(ordered)
    for i, obj in enumerate(ordered, start=1):
        obj.sort_order = -i
    session.flush()
    for obj in ordered:
        obj.sort_order = -obj.sort_order
    session.flush()


def _index(siblings: Sequence[OrderedT], item: OrderedT) -> int:
    return sorted(siblings, key=lambda x: x.sort_order).index(item)


def section_siblings(section: RegulationSection) -> list[RegulationSection]:
    return sorted(
        (s for s in section.chapter.sections if s.parent_id == section.parent_id),
        key=lambda s: s.sort_order,
    )


# ----------------------------------------------------------------------------- taking copies


def snapshot_clause(clause: RegulationClause) -> ClauseSnapshot:
    return ClauseSnapshot(
        clause.id,
        clause.section_id,
        _index(clause.section.clauses, clause),
        clause.kind,
        clause.text,
        clause.text_hans,
        clause.text_hans_for,
    )


def snapshot_section(section: RegulationSection) -> SectionSnapshot:
    return SectionSnapshot(
        section.id,
        section.chapter_id,
        section.parent_id,
        section_siblings(section).index(section),
        section.title,
        section.title_hans,
        section.title_hans_for,
        tuple(snapshot_clause(c) for c in sorted(section.clauses, key=lambda c: c.sort_order)),
        tuple(snapshot_section(c) for c in sorted(section.children, key=lambda c: c.sort_order)),
    )


def snapshot_chapter(chapter: RegulationChapter) -> ChapterSnapshot:
    top = sorted((s for s in chapter.sections if s.parent_id is None), key=lambda s: s.sort_order)
    return ChapterSnapshot(
        chapter.id,
        chapter.version_id,
        _index(chapter.version.chapters, chapter),
        chapter.title,
        chapter.title_hans,
        chapter.title_hans_for,
        tuple(snapshot_section(s) for s in top),
    )


def snapshot_version(version: RegulationVersion) -> VersionSnapshot:
    return VersionSnapshot(
        version.id,
        version.label,
        version.title,
        version.title_hans,
        version.title_hans_for,
        version.based_on_id,
        version.notes,
        tuple(snapshot_chapter(c) for c in sorted(version.chapters, key=lambda c: c.sort_order)),
    )


# ----------------------------------------------------------------------------- putting back


def _free(session: Session, model: type, ident: int) -> int | None:
    return ident if session.get(model, ident) is None else None


def _clause(session: Session, snap: ClauseSnapshot, order: int) -> RegulationClause:
    return RegulationClause(
        id=_free(session, RegulationClause, snap.id),
        sort_order=order,
        kind=snap.kind,
        text=snap.text,
        text_hans=snap.text_hans,
        text_hans_for=snap.text_hans_for,
    )


def _section(
    session: Session,
    snap: SectionSnapshot,
    chapter: RegulationChapter,
    parent: RegulationSection | None,
    order: int,
) -> RegulationSection:
    section = RegulationSection(
        id=_free(session, RegulationSection, snap.id),
        sort_order=order,
        title=snap.title,
        title_hans=snap.title_hans,
        title_hans_for=snap.title_hans_for,
        parent=parent,
    )
    section.clauses = [_clause(session, c, i) for i, c in enumerate(snap.clauses, start=1)]
    chapter.sections.append(section)
    for i, child in enumerate(snap.children, start=1):
        _section(session, child, chapter, section, i)
    return section


def _chapter(session: Session, snap: ChapterSnapshot, order: int) -> RegulationChapter:
    chapter = RegulationChapter(
        id=_free(session, RegulationChapter, snap.id),
        sort_order=order,
        title=snap.title,
        title_hans=snap.title_hans,
        title_hans_for=snap.title_hans_for,
    )
    for i, section in enumerate(snap.sections, start=1):
        _section(session, section, chapter, None, i)
    return chapter


def _place(session: Session, ordered: list[OrderedT], item: OrderedT, index: int) -> None:
    ordered = [x for x in ordered if x is not item]
    ordered.insert(min(index, len(ordered)), item)
    renumber(session, ordered)


def put_clause(session: Session, snap: ClauseSnapshot) -> RegulationClause:
    section = validate.get(session, RegulationSection, snap.section_id, "Section")
    order = max((c.sort_order for c in section.clauses), default=0) + 1
    with session.no_autoflush:
        clause = _clause(session, snap, order)
    section.clauses.append(clause)
    session.flush()
    _place(session, sorted(section.clauses, key=lambda c: c.sort_order), clause, snap.index)
    return clause


def put_section(session: Session, snap: SectionSnapshot) -> RegulationSection:
    chapter = validate.get(session, RegulationChapter, snap.chapter_id, "Chapter")
    parent = (
        validate.get(session, RegulationSection, snap.parent_id, "Section")
        if snap.parent_id is not None
        else None
    )
    siblings = [s for s in chapter.sections if s.parent_id == snap.parent_id]
    order = max((s.sort_order for s in siblings), default=0) + 1
    with session.no_autoflush:
        section = _section(session, snap, chapter, parent, order)
    session.flush()
    _place(session, sorted(siblings, key=lambda s: s.sort_order), section, snap.index)
    return section


def put_chapter(session: Session, snap: ChapterSnapshot) -> RegulationChapter:
    version = validate.get(session, RegulationVersion, snap.version_id, "Regulation version")
    order = max((c.sort_order for c in version.chapters), default=0) + 1
    with session.no_autoflush:
        chapter = _chapter(session, snap, order)
    version.chapters.append(chapter)
    session.flush()
    _place(session, sorted(version.chapters, key=lambda c: c.sort_order), chapter, snap.index)
    return chapter


def put_version(session: Session, snap: VersionSnapshot) -> RegulationVersion:
    """A draft again, as it was when it was discarded."""
    version = RegulationVersion(
        id=_free(session, RegulationVersion, snap.id),
        label=snap.label,
        title=snap.title,
        title_hans=snap.title_hans,
        title_hans_for=snap.title_hans_for,
        status="draft",
        based_on_id=snap.based_on_id,
        notes=snap.notes,
    )
    with session.no_autoflush:
        version.chapters = [_chapter(session, c, i) for i, c in enumerate(snap.chapters, start=1)]
    session.add(version)
    session.flush()
    return version
