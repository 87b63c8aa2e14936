"""regulation compare: the revision table (修訂對照表) of two versions, as A4 PDF or XLSX."""

from __future__ import annotations

import argparse
from typing import Any

from . import common


def register(kinds: argparse._SubParsersAction[Any]) -> None:
    """Add this module's kinds to ``ops-desktop regulation``."""
    compare = kinds.add_parser(
        "compare",
        help="the revision table (修訂對照表) between two versions (default: the draft "
        "against the version it replaces)",
    )
    common.db_options(compare, suppress=True)
    compare.add_argument("--from", dest="from_label", metavar="VERSION")
    compare.add_argument("--to", dest="to_label", metavar="VERSION")
    compare.add_argument("--script", choices=("hant", "hans"), default="hant")
    compare.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx")
    compare.set_defaults(handler=_compare)


def _compare(args: argparse.Namespace) -> int:
    from ops_desktop.core.outputs import pdf_or_xlsx
    from ops_desktop.core.services import regulation, regulation_compare
    from ops_desktop.exports.revision_outputs import write_revision_table
    from ops_desktop.exports.revision_words import KINDS

    target = pdf_or_xlsx(args.output)  # refused before anything is read or written
    with common.database(args) as db, db.transaction() as session:
        old = regulation.version_by_label(session, args.from_label) if args.from_label else None
        new = regulation.version_by_label(session, args.to_label) if args.to_label else None
        found = regulation_compare.compare(session, old, new, script=args.script)
        done = write_revision_table(session, found, target, script=args.script)
    counts = found.counts()
    said = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts.get(k)) or "no changes"
    print(f"written: {target} ({done}; {said})")
    return 0
