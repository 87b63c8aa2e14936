"""poster, and the A4 printouts (print minutes / event / letters / appeal)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ops_desktop.core.errors import DomainError

from . import common
from .common import ParserT

if TYPE_CHECKING:
    from ops_desktop.exports.pdf.poster import PosterResult


def register(commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]) -> None:
    poster = commands.add_parser(
        "poster",
        help="a wall poster (PDF) of the regulation, a "
        "position's responsibilities or a workflow flowchart",
    )
    common.db_options(poster, suppress=True)
    poster.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    poster.add_argument("--size", default="A2", help="A4, A3, A2, A1, A0 or WxHmm (A2)")
    poster.add_argument("--landscape", action="store_true")
    what = poster.add_mutually_exclusive_group()
    what.add_argument("--chapter", type=common.whole, metavar="N", help="only chapter N")
    what.add_argument("--position", metavar="NAME", help="the responsibilities of a position")
    what.add_argument("--flowchart", metavar="TEMPLATE", help="a workflow template's chart")
    what.add_argument(
        "--changes",
        action="store_true",
        help="the change notice (修訂公告) of --version (default: the newest approved)",
    )
    poster.add_argument(
        "--tile",
        choices=("A4", "A3"),
        type=str.upper,
        help="print as overlapping tiles on this paper",
    )
    poster.add_argument(
        "--script",
        choices=("hant", "hans"),
        default="hant",
        help="Traditional (hant, as written) or Simplified (hans) Chinese",
    )
    poster.add_argument(
        "--arrange",
        choices=("sheet", "chapters", "sheets"),
        default="sheet",
        help="sheet: the largest text that fits one sheet; chapters: a sheet per chapter; "
        "sheets: the text at the size --distance needs, on as many sheets as it takes",
    )
    poster.add_argument(
        "--distance",
        type=common.metres,
        default=1.5,
        metavar="METRES",
        help="the distance the poster is read from (1.5): says which layouts reach it",
    )
    poster.add_argument(
        "--version",
        metavar="LABEL",
        help="the regulation version to print (1.0 …): an approved one prints the values it "
        "was approved with (default: the draft being edited, else the newest approved)",
    )
    poster.add_argument(
        "--bleed",
        action="store_true",
        help="for a print shop: 3 mm bleed, TrimBox and BleedBox, CMYK colours (not with --tile)",
    )
    poster.add_argument("--theme", default="#1F4E79", metavar="#RRGGBB")
    poster.add_argument("--logo", metavar="IMAGE")
    poster.add_argument("--font", metavar="FONT.ttf", help="a TrueType font with CJK glyphs")
    poster.set_defaults(handler=_poster)

    printing = commands.add_parser(
        "print", help="A4 printouts: meeting minutes, event summary, result letters, appeals"
    )
    common.db_options(printing, suppress=True)
    kinds = printing.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=parser_class
    )
    minutes = kinds.add_parser("minutes", help="the minutes of a meeting")
    common.db_options(minutes, suppress=True)
    minutes.add_argument(
        "--date",
        required=True,
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day of the meeting",
    )
    minutes.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    event = kinds.add_parser("event", help="the summary report of an event run")
    common.db_options(event, suppress=True)
    event.add_argument("--run", required=True, type=common.whole, metavar="ID")
    event.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    letters = kinds.add_parser(
        "letters", help="result letters (績效考核結果通知書), one A4 page per person"
    )
    common.db_options(letters, suppress=True)
    when = letters.add_mutually_exclusive_group(required=True)
    when.add_argument("--period", type=common.month, metavar="YYYY-MM", help="a month's letters")
    when.add_argument("--year", type=common.year, metavar="YYYY", help="a year's letters")
    letters.add_argument(
        "--staff",
        nargs="+",
        type=common.staff_number,
        metavar="NO",
        help="only these people (default: everyone of the period)",
    )
    letters.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf|FOLDER",
        help="one PDF (a page per person), or a folder for one PDF per person "
        "(OP0003-陳美玲.pdf): a name not ending in .pdf is a folder",
    )
    appeal = kinds.add_parser(
        "appeal", help="an appeal and its decision (績效申訴決定書), marked 機密"
    )
    common.db_options(appeal, suppress=True)
    appeal.add_argument("id", type=common.whole, metavar="ID")
    appeal.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    for parser in (minutes, event, letters, appeal):
        parser.add_argument("--script", choices=("hant", "hans"), default="hant")
    printing.set_defaults(handler=_print)


def _poster(args: argparse.Namespace) -> int:
    from ops_desktop.exports.pdf import content, legibility, poster_layouts
    from ops_desktop.exports.pdf.flowchart import chart_content, write_flowchart
    from ops_desktop.exports.pdf.poster import PosterOptions, write_poster

    if args.version and (args.flowchart or args.position):
        raise DomainError(
            "--version chooses a version of the regulation; a position's or a workflow's "
            "poster prints what is recorded now."
        )
    with common.database(args) as db, db.transaction() as session:
        if args.flowchart:
            chart = chart_content(session, args.flowchart, script=args.script)
        elif args.position:
            text = content.position_content(session, args.position, script=args.script)
        elif args.changes:
            from ops_desktop.exports.pdf.change_notice import change_notice_content

            version = content.version_id(session, args.version) if args.version else None
            text = change_notice_content(session, version, script=args.script)
        else:
            version = content.version_id(session, args.version) if args.version else None
            text = content.regulation_content(
                session, chapter=args.chapter, script=args.script, version_id=version
            )
    if args.flowchart:
        result = write_flowchart(
            chart,
            args.output,
            size=args.size,
            landscape=args.landscape,
            theme=args.theme,
            font_path=args.font,
            tile=args.tile,
            bleed=args.bleed,
            logo=args.logo,
        )
        print("\n".join([f"written: {args.output} ({result.note})", *_warnings(result)]))
        return 0
    options = PosterOptions(
        size=args.size,
        landscape=args.landscape,
        theme=args.theme,
        logo=args.logo,
        font_path=args.font,
        arrangement=args.arrange,
        body_size=legibility.size_for(args.distance),
        bleed=args.bleed,
    )
    result = write_poster(text, options, args.output, tile=args.tile)
    print("\n".join([f"written: {args.output} ({result.note})", *_warnings(result)]))
    if result.reading_distance < args.distance:
        print(f"to read it from {args.distance:g} m:")
        for layout in poster_layouts.layouts(text, options, args.distance):
            print(f"  {layout.describe()}")
    return 0


def _warnings(result: PosterResult) -> list[str]:
    return [f"warning: {w}" for w in result.warnings]


def _print(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ops_desktop.core.models import Meeting
    from ops_desktop.exports.pdf import printouts

    if args.kind == "letters":
        return _letters(args)
    if args.kind == "appeal":
        return _appeal(args)
    with common.database(args) as db, db.transaction() as session:
        if args.kind == "minutes":
            meeting = session.scalar(select(Meeting).where(Meeting.held_on == args.date))
            if meeting is None:
                raise DomainError("There is no meeting on {date}.", date=str(args.date))
            title, blocks = printouts.minutes_blocks(session, meeting.id)
        else:
            title, blocks = printouts.event_summary_blocks(session, args.run)
    pages = printouts.write_document(title, blocks, args.output, script=args.script)
    print(f"written: {args.output} ({pages} page(s))")
    return 0


def _letters(args: argparse.Namespace) -> int:
    """Every letter of the period, or none: a refused person is named on stderr, and with
    nobody to write for the command refuses and writes nothing."""
    from ops_desktop.core.appraisal import letters
    from ops_desktop.exports.pdf.letters import write_letters

    target = Path(args.output)
    folder = target.is_dir() or target.suffix.lower() != ".pdf"
    with common.database(args) as db, db.transaction() as session:
        if args.year is not None:
            batch = letters.annual(session, args.year, args.staff)
        else:
            year, month = args.period
            batch = letters.monthly(session, year, month, args.staff)
    for refused in batch.refused:
        print(f"no letter for {refused.staff_no} {refused.name}: {refused.reason}", file=sys.stderr)
    written = write_letters(batch.to_print(), target, folder=folder, script=args.script)
    with common.database(args) as db, db.transaction() as session:  # the letters' date kept
        batch.record_printed(session, common.operator(args))
    where = f"{len(written)} file(s) in {target}" if folder else str(target)
    print(f"written: {where} ({len(batch.letters)} letter(s), one page each)")
    return 0


def _appeal(args: argparse.Namespace) -> int:
    from ops_desktop.exports.pdf.appeal import write_appeal

    if Path(args.output).suffix.lower() != ".pdf":  # a PDF named k.txt was written
        raise DomainError("{path} must end in .pdf.", path=args.output)

    with common.database(args) as db, db.transaction() as session:
        pages = write_appeal(session, args.id, args.output, script=args.script)
    print(f"written: {args.output} ({pages} page(s))")
    return 0
