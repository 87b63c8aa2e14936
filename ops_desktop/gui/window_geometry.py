"""Where the window opens: the place it was left at, when that still fits the screen and is
big enough to work in; else 80 % of the screen, centred.

A geometry saved on another screen (a docked laptop, a projector) or left tiny came back as
it was: a 405×294 window on a 1600×1000 screen, its staff list cut and its search box "S…".
The rule is plain rectangle arithmetic (no Qt), so it is tested without a window."""

from __future__ import annotations

from typing import NamedTuple

# Below this the pages do not work: a list beside its form, the appraisal grid's columns.
MIN_WIDTH, MIN_HEIGHT = 960, 640
SHARE = 0.8  # of the screen's available area, when the saved place is not kept


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:  # one past the last column, unlike QRect.right()
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def holds_point(self, x: int, y: int) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


def screen_of(saved: Rect, screens: list[Rect]) -> Rect:
    """The screen (its available area) the saved place would open on: the one holding its
    centre; else the first (the primary screen)."""
    cx, cy = saved.x + saved.width // 2, saved.y + saved.height // 2
    return next((s for s in screens if s.holds_point(cx, cy)), screens[0])


def usable(saved: Rect, screen: Rect) -> bool:
    """Inside the screen's available area, and not smaller than the pages need (or than the
    whole screen, on one smaller than that)."""
    return (
        screen.contains(saved)
        and saved.width >= min(MIN_WIDTH, screen.width)
        and saved.height >= min(MIN_HEIGHT, screen.height)
    )


def centred(screen: Rect, share: float = SHARE) -> Rect:
    width, height = round(screen.width * share), round(screen.height * share)
    return Rect(
        screen.x + (screen.width - width) // 2,
        screen.y + (screen.height - height) // 2,
        width,
        height,
    )


def placed(saved: Rect | None, screens: list[Rect]) -> Rect:
    """Where to open: ``saved`` when it is usable on its screen, else 80 % of that screen
    (the primary one for a first start), centred. ``screens``: available areas, primary
    first."""
    if saved is None:
        return centred(screens[0])
    screen = screen_of(saved, screens)
    return saved if usable(saved, screen) else centred(screen)
