"""The regulation: a tree of chapters, sections and clauses in versions.

Only a draft may change. Approving a draft gives it an effective date and an approver and
makes it read-only; the next change starts a new draft copied from it, so every version that
ever hung on the wall stays as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    RegulationChapter,
    RegulationClause,
    RegulationSection,
    RegulationVersion,
)
from ops_desktop.core.placeholders import render

from . import audit, validate
from .scheme import placeholder_values


@dataclass
class ClauseNode:
    id: int
    kind: str
    text: str
    text_hans: str | None


@dataclass
class SectionNode:
    id: int
    title: str
    title_hans: str | None
    clauses: list[ClauseNode] = field(default_factory=list)
    children: list[SectionNode] = field(default_factory=list)


@dataclass
class ChapterNode:
    id: int
    title: str
    title_hans: str | None
    sections: list[SectionNode] = field(default_factory=list)


@dataclass
class VersionTree:
    id: int
    label: str
    title: str
    title_hans: str | None
    status: str
    effective_date: dt.date | None
    approved_by: str | None
    chapters: list[ChapterNode] = field(default_factory=list)

    def all_clauses(self) -> list[ClauseNode]:
        out: list[ClauseNode] = []

        def walk(section: SectionNode) -> None:
            out.extend(section.clauses)
            for child in section.children:
                walk(child)

        for chapter in self.chapters:
            for section in chapter.sections:
                walk(section)
        return out


def versions(session: Session) -> list[RegulationVersion]:
    return list(session.scalars(select(RegulationVersion).order_by(RegulationVersion.id)))


def current(session: Session) -> RegulationVersion:
    """The draft being edited, or else the newest approved version."""
    draft = session.scalar(
        select(RegulationVersion)
        .where(RegulationVersion.status == "draft")
        .order_by(RegulationVersion.id.desc())
    )
    if draft is not None:
        return draft
    latest = session.scalar(
        select(RegulationVersion).order_by(
            RegulationVersion.effective_date.desc(), RegulationVersion.id.desc()
        )
    )
    if latest is None:
        raise DomainError("This database holds no regulation.")
    return latest


def tree(
    session: Session, version_id: int | None = None, *, fill_placeholders: bool = False
) -> VersionTree:
    """The whole text of a version as plain values; placeholders filled when asked."""
    version = (
        validate.get(session, RegulationVersion, version_id, "Regulation version")
        if version_id is not None
        else current(session)
    )
    values = placeholder_values(session) if fill_placeholders else None

    def fill(text: str | None) -> str | None:
        return render(text, values) if (values is not None and text is not None) else text

    def section_node(s: RegulationSection) -> SectionNode:
        node = SectionNode(s.id, s.title, s.title_hans)
        node.clauses = [
            ClauseNode(c.id, c.kind, fill(c.text) or "", fill(c.text_hans)) for c in s.clauses
        ]
        node.children = [section_node(child) for child in s.children]
        return node

    result = VersionTree(
        version.id,
        version.label,
        version.title,
        version.title_hans,
        version.status,
        version.effective_date,
        version.approved_by,
    )
    for chapter in version.chapters:
        node = ChapterNode(chapter.id, chapter.title, chapter.title_hans)
        node.sections = [section_node(s) for s in chapter.sections if s.parent_id is None]
        result.chapters.append(node)
    return result


def _draft(version: RegulationVersion) -> RegulationVersion:
    if version.status != "draft":
        raise DomainError(
            "Version {label} is approved and read-only; start a new draft to "
            "change the regulation.",
            label=version.label,
        )
    return version


def add_chapter(
    session: Session, version_id: int, title: str, operator: str = "", title_hans: str | None = None
) -> RegulationChapter:
    """Append a chapter (e.g. the chapters after 六 that the posted text lacks)."""
    version = _draft(validate.get(session, RegulationVersion, version_id, "Regulation version"))
    chapter = RegulationChapter(
        title=validate.text(title, "title"),
        title_hans=title_hans,
        sort_order=max((c.sort_order for c in version.chapters), default=0) + 1,
    )
    version.chapters.append(chapter)
    session.flush()
    audit.record(session, operator, "create", "regulation_chapter", chapter.id, chapter.title)
    return chapter


def add_section(
    session: Session, chapter_id: int, title: str, operator: str = "", parent_id: int | None = None
) -> RegulationSection:
    chapter = validate.get(session, RegulationChapter, chapter_id, "Chapter")
    _draft(chapter.version)
    siblings = [s for s in chapter.sections if s.parent_id == parent_id]
    if parent_id is not None:
        parent = validate.get(session, RegulationSection, parent_id, "Section")
        if parent.chapter_id != chapter_id:
            raise DomainError("A sub-section must be in the same chapter as its parent.")
    section = RegulationSection(
        title=validate.text(title, "title"),
        parent_id=parent_id,
        sort_order=max((s.sort_order for s in siblings), default=0) + 1,
    )
    chapter.sections.append(section)
    session.flush()
    audit.record(session, operator, "create", "regulation_section", section.id, section.title)
    return section


def add_clause(
    session: Session, section_id: int, text: str, operator: str = "", kind: str = "item"
) -> RegulationClause:
    section = validate.get(session, RegulationSection, section_id, "Section")
    _draft(section.chapter.version)
    clause = RegulationClause(
        text=validate.text(text, "text", max_len=4000),
        kind=validate.choice(kind, ("item", "paragraph"), "kind"),
        sort_order=max((c.sort_order for c in section.clauses), default=0) + 1,
    )
    section.clauses.append(clause)
    session.flush()
    audit.record(session, operator, "create", "regulation_clause", clause.id, clause.text)
    return clause


def edit_clause(
    session: Session, clause_id: int, text: str, operator: str = "", text_hans: str | None = None
) -> RegulationClause:
    """Change a clause; the Simplified text is replaced (or cleared, to be derived again)."""
    clause = validate.get(session, RegulationClause, clause_id, "Clause")
    _draft(clause.section.chapter.version)
    new = validate.text(text, "text", max_len=4000)
    audit.record(session, operator, "update", "regulation_clause", clause.id, new, old=clause.text)
    clause.text, clause.text_hans = new, text_hans
    return clause


def retitle(
    session: Session,
    kind: str,
    ident: int,
    title: str,
    operator: str = "",
    title_hans: str | None = None,
) -> None:
    model = {"chapter": RegulationChapter, "section": RegulationSection}[kind]
    obj = validate.get(session, model, ident, kind.capitalize())
    version = obj.version if isinstance(obj, RegulationChapter) else obj.chapter.version
    _draft(version)
    new = validate.text(title, "title")
    audit.record(session, operator, "update", f"regulation_{kind}", ident, new, old=obj.title)
    obj.title, obj.title_hans = new, title_hans


def delete_clause(session: Session, clause_id: int, operator: str = "") -> None:
    clause = validate.get(session, RegulationClause, clause_id, "Clause")
    _draft(clause.section.chapter.version)
    audit.record(session, operator, "delete", "regulation_clause", clause.id, clause.text)
    clause.section.clauses.remove(clause)


def move_clause(session: Session, clause_id: int, delta: int, operator: str = "") -> None:
    """Move a clause up (delta < 0) or down among its section's clauses."""
    clause = validate.get(session, RegulationClause, clause_id, "Clause")
    _draft(clause.section.chapter.version)
    _move(session, clause.section.clauses, clause, delta)
    audit.record(
        session, operator, "move", "regulation_clause", clause.id, clause.text[:80], delta=delta
    )


def move_chapter(session: Session, chapter_id: int, delta: int, operator: str = "") -> None:
    chapter = validate.get(session, RegulationChapter, chapter_id, "Chapter")
    _draft(chapter.version)
    _move(session, chapter.version.chapters, chapter, delta)
    audit.record(
        session, operator, "move", "regulation_chapter", chapter.id, chapter.title, delta=delta
    )


def _move(session: Session, siblings: list, item, delta: int) -> None:  # type: ignore[no-untyped-def]
    ordered = sorted(siblings, key=lambda x: x.sort_order)
    index = ordered.index(item)
    target = min(max(index + delta, 0), len(ordered) - 1)
    if target == index:
        return
    ordered.insert(target, ordered.pop(index))
    for i, obj in enumerate(ordered, start=1):
        obj.sort_order = -i  # a first pass with free numbers keeps the unique order intact
    session.flush()
    for obj in ordered:
        obj.sort_order = -obj.sort_order
    session.flush()


def approve(
    session: Session,
    version_id: int,
    effective_date: dt.date | str,
    approver: str,
    operator: str = "",
) -> RegulationVersion:
    version = _draft(validate.get(session, RegulationVersion, version_id, "Regulation version"))
    version.effective_date = validate.date(effective_date, "effective_date", required=True)
    version.approved_by = validate.text(approver, "approver", max_len=80)
    version.approved_at = dt.datetime.now()
    version.status = "approved"
    audit.record(
        session,
        operator,
        "approve",
        "regulation_version",
        version.id,
        version.label,
        effective=str(version.effective_date),
        approver=approver,
    )
    return version


def new_draft(
    session: Session, label: str, operator: str = "", from_version_id: int | None = None
) -> RegulationVersion:
    """A new draft copied from an approved version (the newest one by default)."""
    if session.scalar(select(RegulationVersion.id).where(RegulationVersion.status == "draft")):
        raise DomainError("A draft already exists; approve or discard it first.")
    base = (
        validate.get(session, RegulationVersion, from_version_id, "Regulation version")
        if from_version_id is not None
        else current(session)
    )
    label = validate.text(label, "label", max_len=40)
    if session.scalar(select(RegulationVersion.id).where(RegulationVersion.label == label)):
        raise DomainError("A version labelled {label} already exists.", field="label", label=label)
    draft = RegulationVersion(
        label=label,
        title=base.title,
        title_hans=base.title_hans,
        status="draft",
        based_on_id=base.id,
    )
    for chapter in base.chapters:
        copy = RegulationChapter(
            sort_order=chapter.sort_order, title=chapter.title, title_hans=chapter.title_hans
        )
        for section in chapter.sections:
            if section.parent_id is None:
                _copy_section(section, copy, None)
        draft.chapters.append(copy)
    session.add(draft)
    session.flush()
    audit.record(
        session, operator, "create", "regulation_version", draft.id, label, based_on=base.label
    )
    return draft


def _copy_section(
    section: RegulationSection, chapter: RegulationChapter, parent: RegulationSection | None
) -> None:
    copy = RegulationSection(
        sort_order=section.sort_order,
        title=section.title,
        title_hans=section.title_hans,
        parent=parent,
    )
    copy.clauses = [
        RegulationClause(sort_order=c.sort_order, kind=c.kind, text=c.text, text_hans=c.text_hans)
        for c in section.clauses
    ]
    chapter.sections.append(copy)
    for child in section.children:
        _copy_section(child, chapter, copy)
