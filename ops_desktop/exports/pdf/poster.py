"""A text poster (the regulation, a chapter, a position's responsibilities): a title band in
the theme colour, the text in columns at the largest size that fits the sheet, a footer with
version, effective date and approver. Every clause is printed: when even the minimum size
does not fit one sheet, the poster takes as many sheets as needed and says so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError
from ops_desktop.core.files import write_atomically

from . import fonts, legibility
from .flow import Fit, Layout, Placed, Placement, Rect, at_size, autofit
from .page import Frame, draw_band, draw_footer, paper_size, place_logo, theme_color
from .sheet import BLEED, refuse_bleed_with_tiles, write_sheets
from .text import TextBlock

CHARS_PER_LINE = 30  # a comfortable column for Chinese text


@dataclass(frozen=True)
class Block:
    kind: str  # chapter | section | subsection | item | paragraph
    text: str


@dataclass
class PosterContent:
    title: str
    subtitle: str
    footer: str
    blocks: list[Block] = field(default_factory=list)
    script: str = "hant"  # the program's own words on the poster (續, 頁) follow it
    # The parts whose Simplified text was written for an older Traditional one (a Simplified
    # poster prints them as they were): said as a warning with the poster.
    outdated: tuple[str, ...] = ()

    def all_text(self) -> str:
        return "".join([self.title, self.subtitle, self.footer, *(b.text for b in self.blocks)])

    def warnings(self) -> tuple[str, ...]:
        if not self.outdated:
            return ()
        shown = "、".join(self.outdated[:4]) + ("…" if len(self.outdated) > 4 else "")
        # A DomainError's text, so that the window's catalogue of core messages translates it.
        return (
            str(
                DomainError(
                    "The Simplified text of {count} part(s) is older than its Traditional "
                    "text, and prints as it was: {parts}. Review it in the regulation editor "
                    "(Convert to Simplified) before printing.",
                    count=len(self.outdated),
                    parts=shown,
                )
            ),
        )


ARRANGEMENTS = ("sheet", "chapters", "sheets")


@dataclass(frozen=True)
class PosterOptions:
    size: str = "A2"
    landscape: bool = False
    theme: str = "#1F4E79"
    logo: str | None = None
    font_path: str | None = None
    min_font: float = legibility.MIN_TEXT_PT  # below this nobody reads a wall: more sheets instead
    max_font: float = 96.0
    # sheet: the largest size that fits one sheet (more sheets only below min_font);
    # chapters: each chapter on its own sheet, all at the largest size every chapter fits;
    # sheets: the text at body_size on as many sheets as it takes.
    arrangement: str = "sheet"
    body_size: float | None = None
    bleed: bool = False  # for a print shop: 3 mm bleed, TrimBox and BleedBox, CMYK colours

    def with_changes(self, **changes: Any) -> PosterOptions:
        return replace(self, **changes)


@dataclass(frozen=True)
class SheetFit(Fit):
    """A fit whose pages may each begin something new (a chapter): those are not marked
    as continued."""

    fresh: frozenset[int] = frozenset()


@dataclass(frozen=True)
class PosterResult:
    path: Path
    pages: int
    font_size: float
    page_size: tuple[float, float]
    layout_passes: int
    warnings: tuple[str, ...] = ()  # accepted, but the user should know (a coarse logo…)
    outdated: tuple[str, ...] = ()  # PosterContent.outdated: asked about before printing

    @property
    def reading_distance(self) -> float:
        """Metres from which the body text reads comfortably."""
        return legibility.reading_distance(self.font_size)

    @property
    def note(self) -> str:
        sheets = "1 sheet" if self.pages == 1 else f"{self.pages} sheets"
        return (
            f"{sheets}, text at {round(self.font_size, 1):g} pt, reads comfortably from "
            f"{self.reading_distance:g} m"
        )


def _story(content: PosterContent, font: str, size: float, color: Color) -> list[Flowable]:
    story: list[Flowable] = []
    for block in content.blocks:
        if block.kind == "chapter":
            story.append(
                TextBlock(
                    block.text,
                    font,
                    size * 1.3,
                    color=color,
                    bold=True,
                    space_before=size * 0.9,
                    space_after=size * 0.25,
                    keep_with_next=True,
                )
            )
        elif block.kind in ("section", "subsection"):
            indent = 0 if block.kind == "section" else size * 0.6
            story.append(
                TextBlock(
                    block.text,
                    font,
                    size * 1.08,
                    color=black,
                    bold=True,
                    indent=indent,
                    space_before=size * 0.35,
                    space_after=size * 0.1,
                    keep_with_next=True,
                )
            )
        else:
            story.append(
                TextBlock(
                    block.text,
                    font,
                    size,
                    bullet="• " if block.kind == "item" else "",
                    indent=size * 0.6,
                    space_after=size * 0.15,
                )
            )
    return story


def _frames(frame: Frame, size: float, pages: int) -> list[Rect]:
    body_w = frame.width - 2 * frame.margin
    body_h = frame.body_top - frame.body_bottom
    cols = max(1, min(8, round(body_w / (CHARS_PER_LINE * size))))
    gutter = max(size * 1.5, frame.margin * 0.5)
    col_w = (body_w - gutter * (cols - 1)) / cols
    rects = [
        Rect(frame.margin + i * (col_w + gutter), frame.body_bottom, col_w, body_h)
        for i in range(cols)
    ]
    return rects * pages


def layout_poster(content: PosterContent, options: PosterOptions) -> tuple[Fit, Frame, str]:
    font = fonts.register(options.font_path)
    missing = fonts.missing_glyphs(font, content.all_text())
    if missing:
        raise DomainError(
            "The font has no glyphs for {chars}; choose another font so that no text is lost.",
            chars=missing,
        )
    frame = Frame(*paper_size(options.size, options.landscape)).with_footer(
        content.footer, font, script=content.script
    )
    color = theme_color(options.theme)

    def layout(size: float, pages: int) -> tuple[list[Flowable], list[Rect]]:
        return _story(content, font, size, color), _frames(frame, size, pages)

    if options.arrangement not in ARRANGEMENTS:
        raise DomainError(
            "'{arrangement}' is not an arrangement; use sheet, chapters or sheets.",
            arrangement=options.arrangement,
        )
    if options.arrangement == "sheets":
        size = max(options.min_font, options.body_size or options.min_font)
        return at_size(layout, size), frame, font
    groups = _chapters(content) if options.arrangement == "chapters" else [content.blocks]
    if len(groups) == 1:
        return autofit(layout, min_size=options.min_font, max_size=options.max_font), frame, font
    return _sheet_per_group(groups, content, options, font, frame), frame, font


def _chapters(content: PosterContent) -> list[list[Block]]:
    groups: list[list[Block]] = []
    for block in content.blocks:
        if block.kind == "chapter" or not groups:
            groups.append([])
        groups[-1].append(block)
    return groups


def _sheet_per_group(
    groups: list[list[Block]],
    content: PosterContent,
    options: PosterOptions,
    font: str,
    frame: Frame,
) -> SheetFit:
    """Each group from a sheet of its own, all at one size: the largest at which every
    group fits its sheet (a group that does not fit even at min_font takes more)."""
    color = theme_color(options.theme)

    def layout_of(blocks: list[Block]) -> Layout:
        part = replace(content, blocks=blocks)
        return lambda size, pages: (_story(part, font, size, color), _frames(frame, size, pages))

    fits = [
        autofit(layout_of(g), min_size=options.min_font, max_size=options.max_font) for g in groups
    ]
    size = min(f.size for f in fits)
    columns: list[list[Placed]] = []
    fresh: set[int] = set()
    pages, tries = 0, sum(f.tries for f in fits)
    for group in groups:
        fresh.add(pages)
        fit = at_size(layout_of(group), size)
        columns += fit.placement.columns
        pages += fit.pages
        tries += fit.tries
    return SheetFit(size, Placement(columns=columns), pages, tries, frozenset(fresh))


def draw_pages(
    content: PosterContent, options: PosterOptions, fit: Fit, frame: Frame, font: str
) -> Callable[[Canvas, int], None]:
    """A function drawing page ``i`` (0-based) of the poster on a canvas."""
    color = theme_color(options.theme)
    per_page = len(fit.placement.columns) // fit.pages

    def draw(canvas: Canvas, index: int) -> None:
        fresh = index == 0 or (isinstance(fit, SheetFit) and index in fit.fresh)
        continued = "" if fresh else scripts.pick(" (續)", None, content.script)
        subtitle = content.subtitle + continued
        draw_band(canvas, frame, font, content.title, subtitle, color, options.logo)
        for column in fit.placement.columns[index * per_page : (index + 1) * per_page]:
            for placed in column:
                placed.flowable.drawOn(canvas, placed.x, placed.y)
        draw_footer(
            canvas,
            frame,
            font,
            content.footer,
            index + 1,
            fit.pages,
            HexColor(0x555555),
            script=content.script,
        )

    return draw


def write_poster(
    content: PosterContent, options: PosterOptions, target: str | Path, tile: str | None = None
) -> PosterResult:
    refuse_bleed_with_tiles(options.bleed, tile)
    fit, frame, font = layout_poster(content, options)
    if options.bleed:
        frame = replace(frame, bleed=BLEED)
    logo = place_logo(frame, options.logo)
    draw = draw_pages(content, options, fit, frame, font)

    def write(tmp: Path) -> None:
        if tile:
            from .tiles import write_tiles

            write_tiles(
                tmp, (frame.width, frame.height), fit.pages, draw, tile, font, title=content.title
            )
            return
        write_sheets(
            tmp,
            (frame.width, frame.height),
            fit.pages,
            draw,
            font,
            bleed=options.bleed,
            title=content.title,
            subject=content.subtitle,
        )

    path = write_atomically(target, write)
    warnings = content.warnings() + (logo.warnings() if logo else ())
    return PosterResult(
        path,
        fit.pages,
        fit.size,
        (frame.width, frame.height),
        fit.tries,
        warnings,
        content.outdated,
    )
