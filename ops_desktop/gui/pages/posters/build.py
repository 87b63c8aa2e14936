"""What the designer asks for, and building that PDF (Qt-free: runs on the worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ops_desktop.db import Database

if TYPE_CHECKING:
    from ops_desktop.exports.pdf.poster import PosterContent, PosterOptions, PosterResult
    from ops_desktop.exports.pdf.poster_layouts import Layout


@dataclass(frozen=True)
class PosterRequest:
    kind: str  # regulation | chapter | position | flowchart | changes (修訂公告)
    target: str = ""  # chapter number, position name or template code
    size: str = "A2"
    landscape: bool = False
    script: str = "hant"
    theme: str = "#1F4E79"
    logo: str | None = None
    tile: str | None = None
    font: str | None = None
    bleed: bool = False  # for a print shop (PosterOptions.bleed)
    arrangement: str = "sheet"  # see PosterOptions.arrangement
    distance: float = 1.5  # metres the poster is read from
    version: int | None = None  # the regulation version (None: the one being edited)


Contents = dict[tuple[str, str, str, int | None], "PosterContent"]
"""What the posters said, by (kind, target, script): a change of paper or colour lays the
same text out again without reading it again. The page starts a new one when records change."""


def _content(db: Database, request: PosterRequest, contents: Contents | None) -> PosterContent:
    key = (request.kind, request.target, request.script, request.version)
    if contents is not None and key in contents:
        return contents[key]
    found = _read_content(db, request)
    if contents is not None:
        contents[key] = found
    return found


def _read_content(db: Database, request: PosterRequest) -> PosterContent:
    from ops_desktop.exports.pdf import content

    with db.reading() as session:
        if request.kind == "position":
            return content.position_content(session, request.target, script=request.script)
        if request.kind == "changes":
            from ops_desktop.exports.pdf.change_notice import change_notice_content

            return change_notice_content(session, request.version, script=request.script)
        chapter = int(request.target) if request.kind == "chapter" else None
        return content.regulation_content(
            session, chapter=chapter, script=request.script, version_id=request.version
        )


def _options(request: PosterRequest) -> PosterOptions:
    from ops_desktop.exports.pdf import legibility
    from ops_desktop.exports.pdf.poster import PosterOptions

    return PosterOptions(
        size=request.size,
        landscape=request.landscape,
        theme=request.theme,
        logo=request.logo,
        font_path=request.font,
        bleed=request.bleed,
        arrangement=request.arrangement if request.kind != "flowchart" else "sheet",
        body_size=legibility.size_for(request.distance),
    )


def build(
    db: Database, request: PosterRequest, target: Path, contents: Contents | None = None
) -> PosterResult:
    """Write the poster to ``target``; the result says its sheets and body size."""
    from ops_desktop.exports.pdf.flowchart import chart_content, write_flowchart
    from ops_desktop.exports.pdf.poster import write_poster

    if request.kind == "flowchart":
        with db.reading() as session:
            chart = chart_content(session, request.target, script=request.script)
        return write_flowchart(
            chart,
            target,
            size=request.size,
            landscape=request.landscape,
            theme=request.theme,
            font_path=request.font,
            tile=request.tile,
            bleed=request.bleed,
            logo=request.logo,
        )
    return write_poster(
        _content(db, request, contents), _options(request), target, tile=request.tile
    )


def offer_layouts(
    db: Database, request: PosterRequest, contents: Contents | None = None
) -> list[Layout]:
    """The layouts that reach the request's distance (none for a flowchart, whose boxes set
    their own sizes)."""
    from ops_desktop.exports.pdf.poster_layouts import layouts

    if request.kind == "flowchart":
        return []
    return layouts(_content(db, request, contents), _options(request), request.distance)
