"""Records numbered among their siblings (a position's areas, an area's duty lines): moving
one and numbering them again without ever breaking the (parent, order) uniqueness."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session


class Ordered(Protocol):
    """A record numbered among its siblings."""

    sort_order: int


OrderedT = TypeVar("OrderedT", bound=Ordered)


def move(session: Session, siblings: Sequence[OrderedT], item: OrderedT, delta: int) -> int:
    """Move ``item`` up (delta < 0) or down among ``siblings``; returns how far it moved."""
    ordered = sorted(siblings, key=lambda x: x.sort_order)
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
