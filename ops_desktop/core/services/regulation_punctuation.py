"""Normalising the punctuation of a draft's stored text: the half-width ``,:;?!`` typed
between Chinese characters become the full-width marks print uses (``core.punctuation``),
in every title and clause, both scripts, in one step that can be undone.

The Simplified texts stay as up to date as they were: what each was written for is
normalised with it, so a Simplified text written for the Traditional text is still written
for it afterwards, and an outdated one stays outdated.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ops_desktop.core.models import (
    RegulationChapter,
    RegulationClause,
    RegulationSection,
    RegulationVersion,
)
from ops_desktop.core.punctuation import changes, full_width

from . import audit, validate
from .regulation import require_draft

Part = RegulationVersion | RegulationChapter | RegulationSection | RegulationClause


@dataclass(frozen=True)
class PartText:
    """One part's texts as they were before the normalising (to put them back)."""

    entity: str  # regulation_version | regulation_chapter | regulation_section | …
    id: int
    text: str
    hans: str | None
    hans_for: str | None


def _fields(part: Part) -> tuple[str, str, str]:
    """The names of a part's Traditional text, Simplified text and what that was written for."""
    if isinstance(part, RegulationClause):
        return "text", "text_hans", "text_hans_for"
    return "title", "title_hans", "title_hans_for"


def _entity(part: Part) -> str:
    return str(part.__tablename__).removesuffix("s")


def _parts(version: RegulationVersion) -> Iterator[Part]:
    yield version
    for chapter in sorted(version.chapters, key=lambda c: c.sort_order):
        yield chapter
        for section in chapter.sections:  # every section of the chapter, at any depth
            yield section
            yield from section.clauses


def _texts(part: Part) -> PartText:
    own, hans, written_for = (getattr(part, name) for name in _fields(part))
    return PartText(_entity(part), part.id, own, hans, written_for)


def _draft_version(session: Session, version_id: int) -> RegulationVersion:
    return require_draft(validate.get(session, RegulationVersion, version_id, "Regulation version"))


def punctuation_changes(session: Session, version_id: int) -> int:
    """How many marks normalising would change in the version (titles and texts, both
    scripts); 0 when there is nothing to do."""
    version = validate.get(session, RegulationVersion, version_id, "Regulation version")
    total = 0
    for part in _parts(version):
        texts = _texts(part)
        total += changes(texts.text) + changes(texts.hans or "")
    return total


def normalise_punctuation(
    session: Session, version_id: int, operator: str = ""
) -> tuple[PartText, ...]:
    """Make the draft's punctuation full-width where it belongs to Chinese text; returns the
    parts it changed as they were (``restore_punctuation`` puts them back). Refused for an
    approved version: it stays as it was put into effect."""
    version = _draft_version(session, version_id)
    before: list[PartText] = []
    for part in list(_parts(version)):
        texts = _texts(part)
        fixed = _fixed(texts)
        if fixed == texts:
            continue
        before.append(texts)
        _put(part, fixed)
        audit.record(
            session,
            operator,
            "update",
            texts.entity,
            texts.id,
            fixed.text,
            old=texts.text,
            punctuation=changes(texts.text) + changes(texts.hans or ""),
        )
    session.flush()
    return tuple(before)


def restore_punctuation(
    session: Session, version_id: int, parts: Sequence[PartText], operator: str = ""
) -> None:
    """Put back the texts ``normalise_punctuation`` changed (its undo)."""
    version = _draft_version(session, version_id)
    by_key = {(_entity(p), p.id): p for p in _parts(version)}
    for texts in parts:
        part = by_key.get((texts.entity, texts.id))
        if part is None:  # removed since: the undo of that removal brings it back as it was
            continue
        now = _texts(part)
        _put(part, texts)
        audit.record(session, operator, "update", texts.entity, texts.id, texts.text, old=now.text)
    session.flush()


def _fixed(texts: PartText) -> PartText:
    def fix(value: str | None) -> str | None:
        return full_width(value) if value is not None else None

    return PartText(
        texts.entity, texts.id, full_width(texts.text), fix(texts.hans), fix(texts.hans_for)
    )


def _put(part: Part, texts: PartText) -> None:
    own, hans, written_for = _fields(part)
    setattr(part, own, texts.text)
    setattr(part, hans, texts.hans)
    setattr(part, written_for, texts.hans_for)
