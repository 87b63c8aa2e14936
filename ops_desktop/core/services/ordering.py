"""Records numbered among their siblings (a position's areas, an area's duty lines): moving
one and numbering them again without ever breaking the (parent, order) uniqueness."""

from __future__ import annotations

from collections.abc import MutableSequence, Sequence
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session


class Ordered(Protocol):
    """A record numbered among its siblings."""

    sort_order: int


OrderedT = TypeVar("OrderedT", bound=Ordered)


def in_order(siblings: Sequence[OrderedT]) -> list[OrderedT]:
    return sorted(siblings, key=lambda x: x.sort_order)


def append(session: Session, siblings: MutableSequence[OrderedT], item: OrderedT) -> None:
    """Add ``item`` (new) after the last of ``siblings`` (a parent's relationship)."""
    item.sort_order = max((x.sort_order for x in siblings), default=0) + 1
    siblings.append(item)
    session.flush()


def insert(
    session: Session, siblings: MutableSequence[OrderedT], item: OrderedT, index: int
) -> None:
    """Add ``item`` (new) as the ``index``-th of ``siblings`` (0-based; past the end: last)."""
    ordered = in_order(siblings)
    append(session, siblings, item)
    ordered.insert(min(index, len(ordered)), item)
    renumber(session, ordered)


def remove(session: Session, siblings: MutableSequence[OrderedT], item: OrderedT) -> None:
    """Take ``item`` out of ``siblings`` and number the others again."""
    siblings.remove(item)
    session.flush()
    renumber(session, in_order(siblings))


def move(session: Session, siblings: Sequence[OrderedT], item: OrderedT, delta: int) -> int:
    """Move ``item`` up (delta < 0) or down among ``siblings``; returns how far it moved."""
    ordered = in_order(siblings)
    index = ordered.index(item)
    target = min(max(index + delta, 0), len(ordered) - 1)
    if target != index:
        ordered.insert(target, ordered.pop(index))
        renumber(session, ordered)
    return target - index


def renumber(session: Session, ordered: Sequence[Ordered]) -> None:
    """Number ``ordered`` 1, 2, … in that order."""
    for i, obj in enumerate(ordered, start=1):
        obj.sort_order = -i  # a first pass with free numbers keeps (parent, order) unique
    session.flush()
    for obj in ordered:
        obj.sort_order = -obj.sort_order
    session.flush()
