"""Flowing a story into columns, and finding the largest font size at which it fits.

reportlab's document templates draw as they lay out; posters need to *try* sizes first, so
this module places flowables into column rectangles itself (wrap and split, as reportlab's
Frame does) and only draws the placement that was chosen.

Where a column ends: a paragraph splits by its own rules (``TextBlock.split`` leaves no line
alone at either side), and a heading (keep-with-next) goes to the next column unless the
headings after it and the first lines of the text they head fit under it too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from ops_desktop.core.errors import DomainError


@dataclass(frozen=True)
class Rect:
    x: float
    y: float  # bottom
    width: float
    height: float


@dataclass
class Placed:
    flowable: Flowable
    x: float
    y: float  # bottom


@dataclass
class Placement:
    columns: list[list[Placed]] = field(default_factory=list)
    overflow: list[Flowable] = field(default_factory=list)
    used_height: float = 0.0  # including what overflowed (measured in the last column width)

    @property
    def fits(self) -> bool:
        return not self.overflow


def _keeps_with_next(f: Flowable) -> bool:
    return bool(f.getKeepWithNext())  # type: ignore[no-untyped-call]  # unannotated in the stubs


def _least_start(f: Flowable, width: float) -> float:
    """The least height ``f`` takes at the foot of a column (all of it, unless it says)."""
    least = getattr(f, "least_start", None)
    return float(least(width)) if least else float(f.wrap(width, 1e9)[1])


def _heading_needs(queue: Sequence[Flowable], width: float) -> float:
    """The room a heading (``queue[0]``, keep-with-next) needs below its own lines: its space
    after, the headings that follow it (chapter, then section) and the least start of the
    text they head — so that no heading, nor a chain of them, ends a column."""
    need = queue[0].getSpaceAfter()
    for f in queue[1:]:
        need += f.getSpaceBefore()
        if not _keeps_with_next(f):
            return need + _least_start(f, width)
        need += f.wrap(width, 1e9)[1] + f.getSpaceAfter()
    return need


def _split(f: Flowable, width: float, avail: float, column_empty: bool) -> list[Flowable]:
    if _keeps_with_next(f):
        return []
    parts = f.split(width, avail)
    if not parts and column_empty and hasattr(f, "split_anywhere"):
        parts = f.split_anywhere(width, avail)  # a column too short for the usual rules
    return list(parts)


def flow(story: Sequence[Flowable], frames: list[Rect]) -> Placement:
    """Place ``story`` into ``frames`` in order; what does not fit is ``overflow``."""
    queue = list(story)
    placement = Placement()
    for frame in frames:
        column: list[Placed] = []
        top = frame.y + frame.height
        while queue:
            f = queue[0]
            space_before = f.getSpaceBefore() if column else 0.0
            avail = top - space_before - frame.y
            _, h = f.wrap(frame.width, avail)
            extra = _heading_needs(queue, frame.width) if _keeps_with_next(f) and column else 0.0
            if h + extra <= avail + 1e-6:
                top -= space_before + h
                column.append(Placed(f, frame.x, top))
                placement.used_height += space_before + h + f.getSpaceAfter()
                top -= f.getSpaceAfter()
                queue.pop(0)
                continue
            parts = _split(f, frame.width, avail, not column)
            if parts:
                head = parts[0]
                _, hh = head.wrap(frame.width, avail)
                top -= space_before + hh
                column.append(Placed(head, frame.x, top))
                placement.used_height += space_before + hh
                queue[0:1] = parts[1:]
            break
        placement.columns.append(column)
    if queue and frames:
        placement.overflow = queue
        width = frames[-1].width
        for f in queue:
            placement.used_height += f.wrap(width, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return placement


@dataclass(frozen=True)
class Fit:
    size: float
    placement: Placement
    pages: int
    tries: int


Layout = Callable[[float, int], tuple[list[Flowable], list[Rect]]]
"""layout(size, pages) → (a fresh story at that font size, the frames of that many pages)."""


def autofit(layout: Layout, *, min_size: float, max_size: float, max_pages: int = 20) -> Fit:
    """The largest size (to about 1 %) at which the story fits one page; below ``min_size``,
    ``min_size`` on as many pages as needed. Converges in a few layout passes because the
    area text needs grows with the square of its size."""
    tries = 0

    def attempt(size: float, pages: int = 1) -> tuple[Placement, float]:
        """The placement at ``size`` and the share of the room its text needs."""
        nonlocal tries
        tries += 1
        story, frames = layout(size, pages)
        placement = flow(story, frames)
        return placement, placement.used_height / max(sum(r.height for r in frames), 1e-6)

    best: tuple[float, Placement] | None = None
    fail = max_size * 1.01
    size = min(max_size, 12.0)
    for _ in range(8):
        placement, ratio = attempt(size)
        if placement.fits:
            if best is None or size > best[0]:
                best = (size, placement)
        else:
            fail = min(fail, size)
        low = best[0] if best else min_size * 0.5
        if fail / max(low, 1e-6) < 1.012 or (best and best[0] >= max_size):
            break
        guess = size / math.sqrt(max(ratio, 1e-6)) * (0.995 if ratio > 1 else 0.99)
        if best and guess <= best[0]:
            guess = (best[0] + fail) / 2
        if guess >= fail:
            guess = (low + fail) / 2
        size = min(max(guess, min_size * 0.5), max_size)
    if best and best[0] >= min_size:
        return Fit(round(best[0], 2), best[1], 1, tries)
    fit = at_size(layout, min_size, max_pages)
    return Fit(fit.size, fit.placement, fit.pages, tries + fit.tries)


def at_size(layout: Layout, size: float, max_pages: int = 40) -> Fit:
    """The story at ``size`` on as few pages as hold it."""
    for pages in range(1, max_pages + 1):
        story, frames = layout(size, pages)
        placement = flow(story, frames)
        if placement.fits:
            return Fit(size, placement, pages, pages)
    raise DomainError(
        "The text does not fit on {pages} pages even at {size} pt.", pages=max_pages, size=size
    )
