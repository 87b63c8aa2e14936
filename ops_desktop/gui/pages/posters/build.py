"""What the designer asks for, and building that PDF (Qt-free: runs on the worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ops_desktop.db import Database


@dataclass(frozen=True)
class PosterRequest:
    kind: str  # regulation | chapter | position | flowchart
    target: str = ""  # chapter number, position name or template code
    size: str = "A2"
    landscape: bool = False
    script: str = "hant"
    theme: str = "#1F4E79"
    logo: str | None = None
    tile: str | None = None
    font: str | None = None


def build(db: Database, request: PosterRequest, target: Path) -> float | None:
    """Write the poster to ``target``; returns the text size in points (None for a
    flowchart, whose boxes each have their own)."""
    from ops_desktop.exports.pdf import content
    from ops_desktop.exports.pdf.flowchart import chart_content, write_flowchart
    from ops_desktop.exports.pdf.poster import PosterOptions, write_poster

    with db.reading() as session:
        if request.kind == "flowchart":
            chart = chart_content(session, request.target, script=request.script)
        elif request.kind == "position":
            text = content.position_content(session, request.target, script=request.script)
        else:
            chapter = int(request.target) if request.kind == "chapter" else None
            text = content.regulation_content(session, chapter=chapter, script=request.script)
    if request.kind == "flowchart":
        write_flowchart(
            chart,
            target,
            size=request.size,
            landscape=request.landscape,
            theme=request.theme,
            font_path=request.font,
            tile=request.tile,
        )
        return None
    options = PosterOptions(
        size=request.size,
        landscape=request.landscape,
        theme=request.theme,
        logo=request.logo,
        font_path=request.font,
    )
    return write_poster(text, options, target, tile=request.tile).font_size
