"""The layouts that reach the reading distance the secretary picks: a larger sheet, one
sheet per chapter, or the text over several sheets at the size that distance needs — each
measured by laying the poster out, so what is offered is what prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .legibility import MAX_SIZE_PT, reading_distance, size_for
from .page import PAPER_MM
from .poster import PosterContent, PosterOptions, layout_poster


@dataclass(frozen=True)
class Layout:
    """One way to print the poster: its arrangement, paper, sheets and body size."""

    arrangement: str  # sheet | chapters | sheets (see PosterOptions.arrangement)
    size: str  # the paper: A4…A0 or WxHmm
    sheets: int
    body_pt: float

    @property
    def distance(self) -> float:
        return reading_distance(self.body_pt)

    def describe(self) -> str:
        """In words, for the command line (the designer says it in the user's language)."""
        how = {
            "sheet": f"one {self.size} sheet",
            "chapters": f"one {self.size} sheet per chapter ({self.sheets} sheets)",
            "sheets": f"{self.sheets} {self.size} sheets",
        }[self.arrangement]
        return f"{how}: text at {round(self.body_pt, 1):g} pt, reads from {self.distance:g} m"

    def reaches(self, distance_m: float) -> bool:
        return self.distance + 1e-9 >= distance_m

    def options(self, base: PosterOptions) -> PosterOptions:
        """``base`` set to print this layout."""
        return base.with_changes(
            size=self.size,
            arrangement=self.arrangement,
            body_size=(self.body_pt if self.arrangement == "sheets" else None),
        )


def measure(content: PosterContent, options: PosterOptions) -> Layout:
    """The layout ``options`` give ``content``: how many sheets, at what body size."""
    fit = layout_poster(content, options)[0]
    return Layout(options.arrangement, options.size, fit.pages, fit.size)


def layouts(
    content: PosterContent,
    options: PosterOptions,
    distance_m: float,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Layout]:
    """The layouts on offer for reading from ``distance_m``: the smallest standard sheet
    that reaches it on one sheet (or the largest, A0, with the distance it does reach); on
    the chosen paper one sheet per chapter (when there are chapters to part); and on the
    chosen paper as many sheets as the size for that distance needs."""
    found: list[Layout] = []
    one_sheet = options.with_changes(arrangement="sheet", body_size=None)
    larger = [name for name in PAPER_MM if name != "A4"]
    for name in larger:
        if cancelled():
            return found
        layout = measure(content, one_sheet.with_changes(size=name))
        if layout.sheets == 1 and (layout.reaches(distance_m) or name == larger[-1]):
            found.append(layout)
            break
    if sum(1 for block in content.blocks if block.kind == "chapter") > 1 and not cancelled():
        found.append(measure(content, options.with_changes(arrangement="chapters")))
    if not cancelled():
        size = min(size_for(distance_m), MAX_SIZE_PT)
        found.append(measure(content, options.with_changes(arrangement="sheets", body_size=size)))
    return found
