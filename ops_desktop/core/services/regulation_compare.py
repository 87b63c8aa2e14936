"""What changed between two versions of the regulation (修訂對照表).

The versions are read with their placeholders filled (an approved version with the weights it
was approved with, a draft with the active scheme's), so a changed weight shows as a changed
clause: ``…總分的[X]%`` → ``…總分的40%`` is one change of ``[X]`` into ``40``.

A new draft is a copy of the version before it, with new database ids, so parts are matched by
what they say, not by id (``regulation_matching``): the same text first, then the nearest
similar one. A matched clause under another heading, or out of its order among its
neighbours, has moved. Chapters and section headings are compared the same way; a heading
whose only change is its number (a section inserted before it renumbers it) is not a change:
the insertion is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import RegulationVersion

from . import regulation, validate
from .regulation_matching import Item, Piece, items_of, match, moved_pairs, pieces

__all__ = ["Change", "Comparison", "Piece", "changes_of", "compare", "replaced_by"]

_NOTES = {
    ("clause", "added"): "新增條文",
    ("clause", "removed"): "刪除條文",
    ("clause", "changed"): "修改文字",
    ("heading", "added"): "新增標題",
    ("heading", "removed"): "刪除標題",
    ("heading", "changed"): "標題修改",
}


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | changed | moved
    part: str  # clause | heading (the regulation's title, a chapter or a section)
    where_from: str  # 四、考核 › 2.考核方式 › 第3條 in the old version; "" when added
    where_to: str  # the same in the new version; "" when removed
    old: str  # the old text, "" when added
    new: str  # the new text, "" when removed
    pieces: tuple[Piece, ...]  # old → new character by character
    text_changed: bool  # for a moved part: its words changed too
    script: str = "hant"

    @property
    def where(self) -> str:
        return self.where_to or self.where_from

    @property
    def note(self) -> str:
        """說明, in the comparison's script."""
        if self.kind == "moved":  # the place is already in the comparison's script
            return (
                self._words("由「")
                + self.where_from
                + self._words("」移至此" + ("並修改文字" if self.text_changed else ""))
            )
        return self._words(_NOTES[(self.part, self.kind)])

    def _words(self, text: str) -> str:
        return scripts.to_hans(text) if self.script == "hans" else text


@dataclass(frozen=True)
class Comparison:
    from_label: str  # "" when the version is the first (nothing before it)
    to_label: str
    from_id: int  # 0 when the version is the first
    to_id: int
    to_status: str
    effective_date: dt.date | None
    approved_by: str | None
    changes: tuple[Change, ...]  # in the new version's reading order
    script: str = "hant"

    @property
    def is_first(self) -> bool:
        """The version replaces none: it is the regulation's first publication."""
        return self.from_id == 0

    def counts(self) -> dict[str, int]:
        found = {"changed": 0, "added": 0, "removed": 0, "moved": 0}
        for change in self.changes:
            found[change.kind] += 1
        return found


def replaced_by(session: Session, version: RegulationVersion) -> RegulationVersion | None:
    """The version ``version`` replaces: for a draft, the version in force (else the one it
    was copied from); for an approved version, the approved one in force just before it took
    effect (else the one it was copied from)."""
    if version.status == "draft":
        found = regulation.in_force(session)
    else:
        found = session.scalar(
            select(RegulationVersion)
            .where(
                RegulationVersion.status == "approved",
                RegulationVersion.id != version.id,
                (RegulationVersion.effective_date < version.effective_date)
                | (
                    (RegulationVersion.effective_date == version.effective_date)
                    & (RegulationVersion.id < version.id)
                ),
            )
            .order_by(RegulationVersion.effective_date.desc(), RegulationVersion.id.desc())
            .limit(1)
        )
    if found is None and version.based_on_id is not None:
        found = session.get(RegulationVersion, version.based_on_id)
    return found


def _default_to(session: Session) -> RegulationVersion:
    """The draft if there is one, else the version in force, else the newest."""
    draft = regulation.current(session)
    if draft.status == "draft":
        return draft
    return regulation.in_force(session) or draft


def compare(
    session: Session,
    from_id: int | None = None,
    to_id: int | None = None,
    *,
    script: str = "hant",
) -> Comparison:
    """Version ``from_id`` against version ``to_id``. By default ``to_id`` is the draft (else
    the version in force) and ``from_id`` the version it replaces."""
    script = scripts.check(script)
    new = (
        validate.get(session, RegulationVersion, to_id, "Regulation version")
        if to_id is not None
        else _default_to(session)
    )
    if from_id is not None:
        old: RegulationVersion | None = validate.get(
            session, RegulationVersion, from_id, "Regulation version"
        )
    else:
        old = replaced_by(session, new)
        if old is None:
            raise DomainError(
                "Version {label} is the first version: there is nothing before it to compare "
                "it with.",
                label=new.label,
            )
    assert old is not None
    return _compare(session, old, new, script)


def changes_of(session: Session, version_id: int, *, script: str = "hant") -> Comparison:
    """Version ``version_id`` against the version it replaces; for the first version, a
    comparison with no changes whose ``is_first`` is true (首次發布)."""
    script = scripts.check(script)
    version = validate.get(session, RegulationVersion, version_id, "Regulation version")
    old = replaced_by(session, version)
    if old is None:
        return Comparison(
            "",
            version.label,
            0,
            version.id,
            version.status,
            version.effective_date,
            version.approved_by,
            (),
            script,
        )
    return _compare(session, old, version, script)


def _compare(
    session: Session, old: RegulationVersion, new: RegulationVersion, script: str
) -> Comparison:
    before = items_of(regulation.tree(session, old.id, fill_placeholders=True), script)
    after = items_of(regulation.tree(session, new.id, fill_placeholders=True), script)
    pairs = match(before, after)
    moved = moved_pairs(before, after, pairs)
    placed: list[tuple[tuple[int, int, int], Change]] = []

    def change(kind: str, o: Item | None, n: Item | None, text_changed: bool = False) -> Change:
        old_text = o.shown if o else ""
        new_text = n.shown if n else ""
        part = (o or n).part  # type: ignore[union-attr]  # one of them is always there
        return Change(
            kind,
            part,
            o.where if o else "",
            n.where if n else "",
            old_text,
            new_text,
            pieces(old_text, new_text),
            text_changed,
            script,
        )

    for o_index, n_index in pairs.items():
        o, n = before[o_index], after[n_index]
        differs = o.stem != n.stem if o.part == "heading" else o.shown != n.shown
        if (o_index, n_index) in moved:
            placed.append(((n.order, 0, 0), change("moved", o, n, differs)))
        elif differs:
            placed.append(((n.order, 0, 0), change("changed", o, n)))
    matched_new = set(pairs.values())
    for n in after:
        if n.order not in matched_new:
            placed.append(((n.order, 0, 0), change("added", None, n)))
    last_seen = -1  # where in the new version the old text before a removed part went
    for o in before:
        if o.order in pairs:
            last_seen = pairs[o.order]
        else:
            placed.append(((last_seen, 1, o.order), change("removed", o, None)))
    placed.sort(key=lambda entry: entry[0])
    return Comparison(
        old.label,
        new.label,
        old.id,
        new.id,
        new.status,
        new.effective_date,
        new.approved_by,
        tuple(c for _, c in placed),
        script,
    )
