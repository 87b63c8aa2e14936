"""The regulation: a tree of chapters, sections and clauses in versions.

Only a draft may change. Approving a draft gives it an effective date and an approver and
makes it read-only; the next change starts a new draft copied from it, so every version that
ever hung on the wall stays as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    RegulationChapter,
    RegulationClause,
    RegulationSection,
    RegulationVersion,
)
from ops_desktop.core.models.regulation import hans_outdated
from ops_desktop.core.placeholders import render, tokens

from . import audit, freshness, regulation_values, validate
from .freshness import Seen
from .regulation_snapshots import (
    ChapterSnapshot,
    ClauseSnapshot,
    OrderedT,
    SectionSnapshot,
    VersionSnapshot,
    put_chapter,
    put_clause,
    put_section,
    put_version,
    renumber,
    section_siblings,
    snapshot_chapter,
    snapshot_clause,
    snapshot_section,
    snapshot_version,
)
from .scheme import placeholder_values


@dataclass
class ClauseNode:
    id: int
    kind: str
    text: str
    text_hans: str | None
    seen: Seen | None = None  # the version this copy was read at
    hans_for: str | None = None  # the Traditional text the Simplified one was written for
    hans_outdated: bool = False  # written for another Traditional text than ``text``


@dataclass
class SectionNode:
    id: int
    title: str
    title_hans: str | None
    clauses: list[ClauseNode] = field(default_factory=list)
    children: list[SectionNode] = field(default_factory=list)
    seen: Seen | None = None
    hans_for: str | None = None
    hans_outdated: bool = False


@dataclass
class ChapterNode:
    id: int
    title: str
    title_hans: str | None
    sections: list[SectionNode] = field(default_factory=list)
    seen: Seen | None = None
    hans_for: str | None = None
    hans_outdated: bool = False


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
    # With the placeholders filled, for a draft: where they differ from the approved version
    compared: regulation_values.Comparison | None = None
    hans_outdated: bool = False  # the title's Simplified text

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

    def chapter_nodes(self, chapter: int | None = None) -> list[ChapterNode]:
        """Every chapter, or chapter ``chapter`` alone (1-based, as the posters count)."""
        if chapter is None:
            return list(self.chapters)
        if not 1 <= chapter <= len(self.chapters):
            raise DomainError(
                "The regulation has chapters 1 to {count}; there is no chapter {chapter}.",
                count=len(self.chapters),
                chapter=chapter,
            )
        return [self.chapters[chapter - 1]]

    def outdated_hans(self, chapter: int | None = None) -> list[str]:
        """Where a Simplified text was written for another Traditional text than the one
        stored (the Simplified poster would print the old wording), in reading order, each
        named as the editor's tree shows the way to it: ``一、總則 › 1.目的 › 第2條``; the
        version's title as ``標題 …``. ``chapter``: that chapter and the title printed above
        it."""
        found = [f"標題 {self.title}"] if self.hans_outdated else []

        def walk(node: SectionNode, path: str) -> None:
            here = f"{path} › {node.title}"
            if node.hans_outdated:
                found.append(here)
            found.extend(
                f"{here} › 第{i}條" for i, c in enumerate(node.clauses, start=1) if c.hans_outdated
            )
            for child in node.children:
                walk(child, here)

        for ch in self.chapter_nodes(chapter):
            if ch.hans_outdated:
                found.append(ch.title)
            for section in ch.sections:
                walk(section, ch.title)
        return found


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


def version_by_label(session: Session, label: str) -> int:
    """The id of the version labelled ``label`` (1.0, 1.1 …)."""
    found = versions(session)
    for version in found:
        if version.label == label.strip():
            return version.id
    raise DomainError(
        "There is no regulation version {label}; the versions are {labels}.",
        label=label,
        labels="、".join(v.label for v in found),
    )


def in_force(session: Session, day: dt.date | None = None) -> RegulationVersion | None:
    """The approved version in force on ``day`` (today by default): the one with the latest
    effective date not after it (of two on one day, the later approved). None before the
    first takes effect. A version approved to take effect later leaves its predecessor in
    force until that day."""
    day = day or clock.today()
    return session.scalar(
        select(RegulationVersion)
        .where(
            RegulationVersion.status == "approved",
            RegulationVersion.effective_date <= day,
        )
        .order_by(RegulationVersion.effective_date.desc(), RegulationVersion.id.desc())
        .limit(1)
    )


def tree(
    session: Session, version_id: int | None = None, *, fill_placeholders: bool = False
) -> VersionTree:
    """The whole text of a version as plain values; placeholders filled when asked (an
    approved version's with the scheme of its approval, a draft's with the active one, and
    then ``compared`` says where a draft's differ from the approved version)."""
    version = (
        validate.get(session, RegulationVersion, version_id, "Regulation version")
        if version_id is not None
        else current(session)
    )
    values = regulation_values.values_of(session, version) if fill_placeholders else None
    used: set[str] = set()

    def fill(text: str | None) -> str | None:
        if values is None or text is None:
            return text
        used.update(tokens(text))
        return render(text, values)

    def section_node(s: RegulationSection) -> SectionNode:
        node = SectionNode(
            s.id,
            s.title,
            s.title_hans,
            seen=freshness.seen(s),
            hans_for=s.title_hans_for,
            hans_outdated=hans_outdated(s.title, s.title_hans, s.title_hans_for),
        )
        node.clauses = [
            ClauseNode(
                c.id,
                c.kind,
                fill(c.text) or "",
                fill(c.text_hans),
                freshness.seen(c),
                c.text_hans_for,
                hans_outdated(c.text, c.text_hans, c.text_hans_for),
            )
            for c in s.clauses
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
        hans_outdated=hans_outdated(version.title, version.title_hans, version.title_hans_for),
    )
    for chapter in version.chapters:
        node = ChapterNode(
            chapter.id,
            chapter.title,
            chapter.title_hans,
            seen=freshness.seen(chapter),
            hans_for=chapter.title_hans_for,
            hans_outdated=hans_outdated(chapter.title, chapter.title_hans, chapter.title_hans_for),
        )
        node.sections = [section_node(s) for s in chapter.sections if s.parent_id is None]
        result.chapters.append(node)
    if fill_placeholders:
        result.compared = regulation_values.compare(session, version, used)
    return result


def outdated_hans(
    session: Session, version_id: int | None = None, chapter: int | None = None
) -> list[str]:
    """``VersionTree.outdated_hans`` of the version shown (``current``) unless ``version_id``."""
    return tree(session, version_id).outdated_hans(chapter)


def require_draft(version: RegulationVersion) -> RegulationVersion:
    """``version``, when it may change (a draft); else the refusal that says why not."""
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
    version = require_draft(
        validate.get(session, RegulationVersion, version_id, "Regulation version")
    )
    chapter = RegulationChapter(
        title=validate.text(title, "title"),
        title_hans=validate.storable((title_hans or "").strip(), "title") or None,
        sort_order=max((c.sort_order for c in version.chapters), default=0) + 1,
    )
    version.chapters.append(chapter)
    session.flush()
    audit.record(session, operator, "create", "regulation_chapter", chapter.id, chapter.title)
    return chapter


def add_section(
    session: Session,
    chapter_id: int,
    title: str,
    operator: str = "",
    parent_id: int | None = None,
    title_hans: str | None = None,
) -> RegulationSection:
    chapter = validate.get(session, RegulationChapter, chapter_id, "Chapter")
    require_draft(chapter.version)
    siblings = [s for s in chapter.sections if s.parent_id == parent_id]
    if parent_id is not None:
        parent = validate.get(session, RegulationSection, parent_id, "Section")
        if parent.chapter_id != chapter_id:
            raise DomainError("A sub-section must be in the same chapter as its parent.")
    section = RegulationSection(
        title=validate.text(title, "title"),
        title_hans=validate.storable((title_hans or "").strip(), "title") or None,
        parent_id=parent_id,
        sort_order=max((s.sort_order for s in siblings), default=0) + 1,
    )
    chapter.sections.append(section)
    session.flush()
    audit.record(session, operator, "create", "regulation_section", section.id, section.title)
    return section


def add_clause(
    session: Session,
    section_id: int,
    text: str,
    operator: str = "",
    kind: str = "item",
    text_hans: str | None = None,
) -> RegulationClause:
    section = validate.get(session, RegulationSection, section_id, "Section")
    require_draft(section.chapter.version)
    clause = RegulationClause(
        text=validate.text(text, "text", max_len=4000),
        text_hans=validate.storable((text_hans or "").strip(), "text") or None,
        kind=validate.choice(kind, ("item", "paragraph"), "kind"),
        sort_order=max((c.sort_order for c in section.clauses), default=0) + 1,
    )
    section.clauses.append(clause)
    session.flush()
    audit.record(session, operator, "create", "regulation_clause", clause.id, clause.text)
    return clause


def edit_clause(
    session: Session,
    clause_id: int,
    text: str,
    operator: str = "",
    text_hans: str | None = None,
    kind: str | None = None,
    *,
    hans_for: str | None = None,
) -> RegulationClause:
    """Change a clause; the Simplified text is replaced (or cleared, to be derived again).

    A Simplified text that changes is written for the new Traditional text; one kept as it
    was stays written for the text it was written for — outdated when the Traditional text
    changed. ``hans_for`` says it instead: the Traditional text it was written for (the new
    text when the user has checked it; the old one again when an edit is undone)."""
    clause = validate.get(session, RegulationClause, clause_id, "Clause")
    require_draft(clause.section.chapter.version)
    new = validate.text(text, "text", max_len=4000)
    hans = validate.storable((text_hans or "").strip(), "text") or None
    if kind is not None:
        clause.kind = validate.choice(kind, ("item", "paragraph"), "kind")
    audit.record(session, operator, "update", "regulation_clause", clause.id, new, old=clause.text)
    clause.text_hans_for = _written_for(clause.text_hans, clause.text_hans_for, new, hans, hans_for)
    clause.text, clause.text_hans = new, hans
    return clause


def _written_for(
    old_hans: str | None, old_for: str | None, text: str, hans: str | None, told: str | None
) -> str | None:
    """What a Simplified text being saved was written for (see ``edit_clause``)."""
    if hans is None:
        return None
    if told is not None:
        return told
    if hans != old_hans or old_for is None:
        return text
    return old_for


def retitle(
    session: Session,
    kind: str,
    ident: int,
    title: str,
    operator: str = "",
    title_hans: str | None = None,
    *,
    hans_for: str | None = None,
) -> None:
    """Change a chapter's or section's title; its Simplified title as ``edit_clause`` does."""
    models: dict[str, type[RegulationChapter] | type[RegulationSection]] = {
        "chapter": RegulationChapter,
        "section": RegulationSection,
    }
    model = models[kind]
    obj = validate.get(session, model, ident, kind.capitalize())
    version = obj.version if isinstance(obj, RegulationChapter) else obj.chapter.version
    require_draft(version)
    new = validate.text(title, "title")
    hans = validate.storable((title_hans or "").strip(), "title") or None
    audit.record(session, operator, "update", f"regulation_{kind}", ident, new, old=obj.title)
    obj.title_hans_for = _written_for(obj.title_hans, obj.title_hans_for, new, hans, hans_for)
    obj.title, obj.title_hans = new, hans


def delete_clause(session: Session, clause_id: int, operator: str = "") -> ClauseSnapshot:
    """Remove a clause; the returned snapshot puts it back (``restore_clause``)."""
    clause = validate.get(session, RegulationClause, clause_id, "Clause")
    require_draft(clause.section.chapter.version)
    snap = snapshot_clause(clause)
    audit.record(session, operator, "delete", "regulation_clause", clause.id, clause.text)
    section = clause.section
    section.clauses.remove(clause)
    session.flush()
    renumber(session, sorted(section.clauses, key=lambda c: c.sort_order))
    return snap


def move_clause(session: Session, clause_id: int, delta: int, operator: str = "") -> int:
    """Move a clause up (delta < 0) or down among its section's clauses; returns how far it
    really moved (0 at the edge)."""
    clause = validate.get(session, RegulationClause, clause_id, "Clause")
    require_draft(clause.section.chapter.version)
    moved = _move(session, clause.section.clauses, clause, delta)
    audit.record(
        session, operator, "move", "regulation_clause", clause.id, clause.text[:80], delta=moved
    )
    return moved


def move_chapter(session: Session, chapter_id: int, delta: int, operator: str = "") -> int:
    chapter = validate.get(session, RegulationChapter, chapter_id, "Chapter")
    require_draft(chapter.version)
    moved = _move(session, chapter.version.chapters, chapter, delta)
    audit.record(
        session, operator, "move", "regulation_chapter", chapter.id, chapter.title, delta=moved
    )
    return moved


def _move(session: Session, siblings: Sequence[OrderedT], item: OrderedT, delta: int) -> int:
    ordered = sorted(siblings, key=lambda x: x.sort_order)
    index = ordered.index(item)
    target = min(max(index + delta, 0), len(ordered) - 1)
    if target == index:
        return 0
    ordered.insert(target, ordered.pop(index))
    renumber(session, ordered)
    return target - index


def approve(
    session: Session,
    version_id: int,
    effective_date: dt.date | str,
    approver: str,
    operator: str = "",
) -> RegulationVersion:
    version = require_draft(
        validate.get(session, RegulationVersion, version_id, "Regulation version")
    )
    version.effective_date = _effective_date(session, version_id, effective_date)
    version.approved_by = validate.text(approver, "approver", max_len=80)
    version.approved_at = clock.now()
    version.status = "approved"
    kept = regulation_values.keep_scheme(session, version)  # its weights, for ever
    audit.record(
        session,
        operator,
        "approve",
        "regulation_version",
        version.id,
        version.label,
        effective=str(version.effective_date),
        approver=approver,
        scheme=kept.id,
        weights=placeholder_values(session, kept),
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
        title_hans_for=base.title_hans_for,  # an outdated Simplified text stays outdated
        status="draft",
        based_on_id=base.id,
    )
    for chapter in base.chapters:
        copy = RegulationChapter(
            sort_order=chapter.sort_order,
            title=chapter.title,
            title_hans=chapter.title_hans,
            title_hans_for=chapter.title_hans_for,
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
        title_hans_for=section.title_hans_for,
        parent=parent,
    )
    copy.clauses = [
        RegulationClause(
            sort_order=c.sort_order,
            kind=c.kind,
            text=c.text,
            text_hans=c.text_hans,
            text_hans_for=c.text_hans_for,
        )
        for c in section.clauses
    ]
    chapter.sections.append(copy)
    for child in section.children:
        _copy_section(child, chapter, copy)


# ----------------------------------------------------------------------------- the editor page


def restore_clause(session: Session, snap: ClauseSnapshot, operator: str = "") -> int:
    """Put a deleted clause back where it was; returns its id."""
    require_draft(
        validate.get(session, RegulationSection, snap.section_id, "Section").chapter.version
    )
    clause = put_clause(session, snap)
    audit.record(session, operator, "restore", "regulation_clause", clause.id, clause.text)
    return clause.id


def delete_section(session: Session, section_id: int, operator: str = "") -> SectionSnapshot:
    """Remove a section with its sub-sections and clauses; the snapshot puts it back."""
    section = validate.get(session, RegulationSection, section_id, "Section")
    chapter = section.chapter
    require_draft(chapter.version)
    snap = snapshot_section(section)
    siblings = [s for s in section_siblings(section) if s is not section]

    def remove(s: RegulationSection) -> None:  # the deepest first
        for child in list(s.children):
            remove(child)
        chapter.sections.remove(s)
        session.flush()

    audit.record(session, operator, "delete", "regulation_section", section.id, section.title)
    remove(section)
    renumber(session, siblings)
    return snap


def restore_section(session: Session, snap: SectionSnapshot, operator: str = "") -> int:
    require_draft(validate.get(session, RegulationChapter, snap.chapter_id, "Chapter").version)
    section = put_section(session, snap)
    audit.record(session, operator, "restore", "regulation_section", section.id, section.title)
    return section.id


def move_section(session: Session, section_id: int, delta: int, operator: str = "") -> int:
    """Move a section up or down among the sections of the same chapter and parent."""
    section = validate.get(session, RegulationSection, section_id, "Section")
    require_draft(section.chapter.version)
    moved = _move(session, section_siblings(section), section, delta)
    audit.record(
        session, operator, "move", "regulation_section", section.id, section.title, delta=moved
    )
    return moved


def delete_chapter(session: Session, chapter_id: int, operator: str = "") -> ChapterSnapshot:
    """Remove a chapter with everything in it; the snapshot puts it back."""
    chapter = validate.get(session, RegulationChapter, chapter_id, "Chapter")
    version = require_draft(chapter.version)
    snap = snapshot_chapter(chapter)
    audit.record(session, operator, "delete", "regulation_chapter", chapter.id, chapter.title)
    for section in sorted(chapter.sections, key=lambda s: s.parent_id is None):
        chapter.sections.remove(section)  # sub-sections first
        session.flush()
    version.chapters.remove(chapter)
    session.flush()
    renumber(session, sorted(version.chapters, key=lambda c: c.sort_order))
    return snap


def restore_chapter(session: Session, snap: ChapterSnapshot, operator: str = "") -> int:
    require_draft(validate.get(session, RegulationVersion, snap.version_id, "Regulation version"))
    chapter = put_chapter(session, snap)
    audit.record(session, operator, "restore", "regulation_chapter", chapter.id, chapter.title)
    return chapter.id


def discard_draft(session: Session, version_id: int, operator: str = "") -> VersionSnapshot:
    """Throw a draft away (approved versions are kept for ever); refused when it is the only
    version. The snapshot brings it back (``restore_draft``)."""
    version = require_draft(
        validate.get(session, RegulationVersion, version_id, "Regulation version")
    )
    others = session.scalar(select(func.count()).where(RegulationVersion.id != version_id))
    if not others:
        raise DomainError(
            "Draft {label} is the only version of the regulation and cannot be discarded.",
            label=version.label,
        )
    snap = snapshot_version(version)
    audit.record(session, operator, "delete", "regulation_version", version.id, version.label)
    for chapter in list(version.chapters):
        delete_chapter(session, chapter.id, operator="")
    session.delete(version)
    session.flush()
    return snap


def restore_draft(session: Session, snap: VersionSnapshot, operator: str = "") -> int:
    if session.scalar(select(RegulationVersion.id).where(RegulationVersion.status == "draft")):
        raise DomainError("A draft already exists; approve or discard it first.")
    version = put_version(session, snap)
    audit.record(session, operator, "restore", "regulation_version", version.id, version.label)
    return version.id


@dataclass(frozen=True)
class VersionRow:
    id: int
    label: str
    status: str
    effective_date: dt.date | None
    approved_by: str
    based_on: str
    chapters: int


def version_rows(session: Session) -> list[VersionRow]:
    """Every version, oldest first, for the version selector."""
    found = versions(session)
    labels = {v.id: v.label for v in found}
    return [
        VersionRow(
            v.id,
            v.label,
            v.status,
            v.effective_date,
            v.approved_by or "",
            labels.get(v.based_on_id, "") if v.based_on_id else "",
            len(v.chapters),
        )
        for v in found
    ]


def next_label(session: Session) -> str:
    """A label for the next draft: 1.0 → 1.1, 1.9 → 1.10; else the first free "N.0"."""
    taken = {v.label for v in versions(session)}
    base = current(session).label
    major, _, minor = base.partition(".")
    if major.isdigit() and minor.isdigit():
        candidate = f"{major}.{int(minor) + 1}"
        while candidate in taken:
            minor = str(int(candidate.partition(".")[2]))
            candidate = f"{major}.{int(minor) + 1}"
        return candidate
    n = len(taken) + 1
    while f"{n}.0" in taken:
        n += 1
    return f"{n}.0"


_NUMERALS = "零一二三四五六七八九"
_ONLY_NUMBER = re.compile(r"^[\s\d.、．零一二三四五六七八九十]+$")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (chapter numbers)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens] + "十")
    return head + (_NUMERALS[ones] if ones else "")


def next_heading(session: Session, kind: str, parent_id: int) -> str:
    """The numbered start of a new heading, as the department writes them: a chapter of
    version ``parent_id`` → "七、"; a section of chapter ``parent_id`` → "4."; a sub-section
    of section ``parent_id`` → "1."."""
    if kind == "chapter":
        version = validate.get(session, RegulationVersion, parent_id, "Regulation version")
        return f"{chinese_number(len(version.chapters) + 1)}、"
    if kind == "section":
        chapter = validate.get(session, RegulationChapter, parent_id, "Chapter")
        return f"{len([s for s in chapter.sections if s.parent_id is None]) + 1}."
    if kind == "subsection":
        section = validate.get(session, RegulationSection, parent_id, "Section")
        return f"{len(section.children) + 1}."
    return ""


def item_problems(
    session: Session, kind: str, text: str, text_hans: str | None = None
) -> dict[str, str]:
    """Problems of a chapter, section or clause being typed, as field → message: ``title``
    or ``text`` (the Traditional text) and ``text_hans``."""
    field_name = "text" if kind == "clause" else "title"
    limit = 4000 if kind == "clause" else 200
    found: dict[str, str] = {}
    known = placeholder_values(session)
    for key, value, required in ((field_name, text, True), ("text_hans", text_hans, False)):
        try:
            cleaned = validate.text(value, field_name, required=required, max_len=limit)
            if kind != "clause" and "\n" in cleaned:
                raise DomainError("A heading is one line.", field=key)
            if kind != "clause" and cleaned and _ONLY_NUMBER.match(cleaned):
                raise DomainError("Write the title after the number.", field=key)
            unknown = [t for t in tokens(cleaned) if t not in known]
            if unknown:
                raise DomainError(
                    "Unknown placeholder {{{{{name}}}}}; known: {known}.",
                    field=key,
                    name=unknown[0],
                    known=", ".join(sorted(known)),
                )
        except DomainError as exc:
            found[key] = str(exc)
    return found


def approval_problems(
    session: Session, version_id: int, effective_date: dt.date | str | None, approver: str
) -> dict[str, str]:
    """Problems of an approval being typed, as field → message (effective_date, approver,
    and ``version`` when the version cannot be approved at all)."""
    found: dict[str, str] = {}
    try:
        require_draft(validate.get(session, RegulationVersion, version_id, "Regulation version"))
    except DomainError as exc:
        found["version"] = str(exc)
    try:
        _effective_date(session, version_id, effective_date)
    except DomainError as exc:
        found["effective_date"] = str(exc)
    try:
        validate.text(approver, "approver", max_len=80)
    except DomainError as exc:
        found["approver"] = str(exc)
    return found


def _effective_date(session: Session, version_id: int, value: dt.date | str | None) -> dt.date:
    day = validate.date(value, "effective_date", required=True)
    latest = session.scalar(
        select(RegulationVersion)
        .where(RegulationVersion.status == "approved", RegulationVersion.id != version_id)
        .order_by(RegulationVersion.effective_date.desc())
    )
    # An approved version always has its date (CHECK approved_has_date_and_approver).
    if latest is not None and latest.effective_date is not None and day < latest.effective_date:
        raise DomainError(
            "{field} cannot be before {date}, when version {label} took effect.",
            field="effective_date",
            date=latest.effective_date.isoformat(),
            label=latest.label,
        )
    return day
